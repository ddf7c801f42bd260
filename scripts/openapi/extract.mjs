#!/usr/bin/env node
// Extracts the request side of the GitHub REST operations that Model Gate uses from GitHub's OpenAPI
// description, into test/fixtures/openapi/github-subset.json. The GitHub API emulator used by the
// end-to-end tests (test/emulator/) validates every request it receives against that file.
//
// The description ships in the npm package @octokit/openapi (~385 MB). Never add it to the project;
// install it into a temporary directory instead:
//
//   mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install @octokit/openapi@latest
//   cd -   # back to the repository root
//   node scripts/openapi/extract.mjs /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json
//
// Either api.github.com.json (with $refs, smaller) or api.github.com.deref.json works: every $ref that
// is left is resolved here, and a recursive $ref is cut (replaced by an unconstrained schema carrying
// `x-recursive-ref-cut`). Only request-side data is kept: method, path template, operationId,
// parameters (name, in, required, schema) and the application/json requestBody schema. Descriptions
// and examples are dropped to keep the file small. An optional argv[3] overrides the output path.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const OPERATION_IDS = [
  'repos/get',
  'repos/get-content',
  'pulls/get',
  'pulls/list-files',
  'repos/compare-commits-with-basehead',
  'repos/list-pull-requests-associated-with-commit',
  'git/get-ref',
  'git/list-matching-refs',
  'git/create-ref',
  'git/update-ref',
  'git/get-commit',
  'git/create-commit',
  'git/get-tree',
  'git/create-tree',
  'git/get-blob',
  'git/create-blob',
  'git/get-tag',
  'git/create-tag',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/get-comment',
  'reactions/create-for-issue-comment',
  'checks/create',
  'checks/update',
  'checks/list-for-ref',
  'repos/get-collaborator-permission-level',
  'repos/get-commit',
]

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

// Documentation-only keywords. They are dropped everywhere except as property names inside a
// `properties` map (e.g. the check-run output has a property called `title`).
const DOC_KEYWORDS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title'])

function lookup(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  let node = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !(key in node))
      throw new Error(`Unresolvable $ref ${ref}`)
    node = node[key]
  }
  return node
}

/**
 * Returns a copy of `node` with every $ref resolved, documentation keywords removed, and recursion cut.
 * `stack` holds the $refs being expanded on the current branch.
 */
function deref(doc, node, stack = [], inProperties = false) {
  if (Array.isArray(node)) return node.map((item) => deref(doc, item, stack))
  if (node === null || typeof node !== 'object') return node
  if (typeof node.$ref === 'string') {
    const ref = node.$ref
    if (stack.includes(ref)) return { 'x-recursive-ref-cut': ref }
    return deref(doc, lookup(doc, ref), [...stack, ref])
  }
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (!inProperties && DOC_KEYWORDS.has(key)) continue
    if (!inProperties && key.startsWith('x-') && key !== 'x-multi-segment' && key !== 'x-recursive-ref-cut') {
      continue
    }
    out[key] = deref(
      doc,
      value,
      stack,
      !inProperties && (key === 'properties' || key === 'patternProperties'),
    )
  }
  return out
}

function packageVersionOf(inputPath) {
  let dir = dirname(resolve(inputPath))
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      const json = JSON.parse(readFileSync(pkg, 'utf8'))
      if (json.name) return { name: json.name, version: json.version }
    }
    dir = dirname(dir)
  }
  return null
}

export function extract(doc, operationIds = OPERATION_IDS) {
  const byId = new Map()
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (!op || !operationIds.includes(op.operationId)) continue
      if (byId.has(op.operationId)) throw new Error(`operationId ${op.operationId} appears twice`)
      // Path-item level parameters apply to every operation unless overridden by (name, in).
      const params = new Map()
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const resolved = deref(doc, p)
        params.set(`${resolved.in}:${resolved.name}`, resolved)
      }
      const parameters = [...params.values()].map((p) => {
        const out = { name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} }
        if (p['x-multi-segment']) out['x-multi-segment'] = true
        return out
      })
      let requestBody = null
      if (op.requestBody) {
        const body = op.requestBody.$ref ? lookup(doc, op.requestBody.$ref) : op.requestBody
        const json = body.content?.['application/json']
        if (!json) throw new Error(`${op.operationId}: requestBody has no application/json content`)
        requestBody = {
          required: body.required === true,
          contentType: 'application/json',
          schema: deref(doc, json.schema ?? {}),
        }
      }
      byId.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        requestBody,
      })
    }
  }
  const missing = operationIds.filter((id) => !byId.has(id))
  if (missing.length > 0) throw new Error(`operations not found in the description: ${missing.join(', ')}`)
  return operationIds.map((id) => byId.get(id))
}

function main() {
  const input = process.argv[2]
  if (!input) {
    console.error('usage: node scripts/openapi/extract.mjs <path/to/api.github.com.json> [output.json]')
    process.exit(2)
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const output =
    process.argv[3] ?? join(here, '..', '..', 'test', 'fixtures', 'openapi', 'github-subset.json')
  const doc = JSON.parse(readFileSync(input, 'utf8'))
  const operations = extract(doc)
  const pkg = packageVersionOf(input)
  const subset = {
    comment:
      "Generated by scripts/openapi/extract.mjs from GitHub's OpenAPI description (request side only). Do not edit by hand.",
    source: {
      package: pkg ? `${pkg.name}@${pkg.version}` : null,
      file: input.split(/[\\/]/).slice(-2).join('/'),
      openapi: doc.openapi,
      plan: doc.info?.['x-github-plan'] ?? null,
    },
    info: { version: doc.info?.version ?? null },
    operations,
  }
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, JSON.stringify(subset, null, 2) + '\n')
  console.log(`wrote ${operations.length} operations to ${output}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
