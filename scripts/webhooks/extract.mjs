#!/usr/bin/env node
// Extracts one real example payload per webhook event Model Gate handles from the npm package
// @octokit/webhooks-examples into test/fixtures/webhooks/<event>[.<action>].json, verbatim.
// Tests rewrite repository names and SHAs on top of these.
//
// Never add the package to the project; install it into a temporary directory instead:
//
//   mkdir -p /tmp/wh && cd /tmp/wh && npm init -y && npm install @octokit/webhooks-examples@latest
//   cd -   # back to the repository root
//   node scripts/webhooks/extract.mjs /tmp/wh/node_modules/@octokit/webhooks-examples
//
// argv[2] is the package directory (or its api.github.com/index.json); an optional argv[3] overrides
// the output directory. Files are formatted with the project's prettier when it is available, so that
// `prettier --check` passes; the JSON value is written unchanged.

import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Each wanted fixture: the event, the action (or null for events without one), and an optional
 * preference among matching examples (the first example satisfying `prefer` wins, else the first match).
 */
export const WANTED = [
  { event: 'pull_request', action: 'opened' },
  { event: 'pull_request', action: 'synchronize' },
  {
    event: 'push',
    action: null,
    // A branch push that carries commits, rather than a tag creation/deletion.
    require: (e) => e.ref.startsWith('refs/heads/') && !e.deleted && e.commits.length > 0,
  },
  {
    event: 'issue_comment',
    action: 'created',
    // Prefer a comment on a pull request (an issue with `pull_request`), if an example has one.
    prefer: (e) => Boolean(e.issue?.pull_request),
  },
  { event: 'issue_comment', action: 'edited', prefer: (e) => Boolean(e.issue?.pull_request) },
  { event: 'workflow_dispatch', action: null },
]

export function select(index) {
  const out = []
  for (const want of WANTED) {
    const entry = index.find((e) => e.name === want.event)
    if (!entry) throw new Error(`event ${want.event} not found`)
    const matches = entry.examples.filter(
      (e) => (want.action === null || e.action === want.action) && (!want.require || want.require(e)),
    )
    if (matches.length === 0) throw new Error(`no example for ${want.event}.${want.action}`)
    const preferred = want.prefer ? matches.find(want.prefer) : undefined
    const example = preferred ?? matches[0]
    const file = want.action ? `${want.event}.${want.action}.json` : `${want.event}.json`
    out.push({ file, example, preferredFound: want.prefer ? Boolean(preferred) : null })
  }
  return out
}

async function format(text, file) {
  try {
    const prettier = await import('prettier')
    const options = (await prettier.resolveConfig(file)) ?? {}
    return await prettier.format(text, { ...options, filepath: file })
  } catch {
    return text
  }
}

async function main() {
  const input = process.argv[2]
  if (!input) {
    console.error('usage: node scripts/webhooks/extract.mjs <path/to/@octokit/webhooks-examples> [outdir]')
    process.exit(2)
  }
  const indexPath = statSync(input).isDirectory() ? join(input, 'api.github.com', 'index.json') : input
  const index = JSON.parse(readFileSync(indexPath, 'utf8'))
  const here = dirname(fileURLToPath(import.meta.url))
  const outDir = process.argv[3] ?? join(here, '..', '..', 'test', 'fixtures', 'webhooks')
  mkdirSync(outDir, { recursive: true })
  for (const { file, example, preferredFound } of select(index)) {
    const path = join(outDir, file)
    writeFileSync(path, await format(JSON.stringify(example, null, 2) + '\n', path))
    const note = preferredFound === false ? ' (no example matched the preference; took the first)' : ''
    console.log(`wrote ${path}${note}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
