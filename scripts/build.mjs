#!/usr/bin/env node
// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the CLI).
// Usage: node scripts/build.mjs [OUT_DIR]   (default: dist)
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js')
const out = resolve(process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })

const bundles = [
  { entry: 'src/main.ts', dir: out },
  { entry: 'src/cli.ts', dir: join(out, 'cli') },
]
for (const { entry, dir } of bundles) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  })
}
