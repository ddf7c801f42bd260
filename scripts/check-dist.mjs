#!/usr/bin/env node
// Fails when dist/ is not exactly what the sources build: builds into a temporary folder and compares
// every file both ways.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'model-gate-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })
  const list = (root) => {
    const out = []
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else out.push(relative(root, path))
      }
    }
    walk(root)
    return out.sort()
  }
  const committed = list('dist')
  const built = list(fresh)
  const problems = []
  for (const f of built) {
    if (!committed.includes(f)) problems.push(`missing from dist/: ${f}`)
    else if (!readFileSync(join('dist', f)).equals(readFileSync(join(fresh, f))))
      problems.push(`differs: dist/${f}`)
  }
  for (const f of committed) if (!built.includes(f)) problems.push(`not built by the sources: dist/${f}`)
  if (problems.length) {
    console.error(
      `dist/ does not match a fresh build (run 'npm run build' and commit dist/):\n  ${problems.join('\n  ')}`,
    )
    process.exit(1)
  }
  console.log(`dist/ matches a fresh build (${built.length} files)`)
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
