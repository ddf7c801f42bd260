#!/usr/bin/env node
// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the CLI).
// The yaml and smol-toml libraries, which most runs never need, are CommonJS files of their own beside them,
// loaded on first use (src/core/lazy-libs.ts): dist/yaml.cjs and dist/toml.cjs, each required by its
// namesake in dist/cli/.
// A dynamic import() becomes a chunk file beside its bundle (dist/NNN.index.js), loaded when the import runs.
// ncc's license plugin writes one license file per chunk: each is asked for under its chunk's name and the
// build merges them into one licenses.txt per bundle, every package once, sorted, in the plugin's format.
// Usage: node scripts/build.mjs [OUT_DIR]   (default: dist)
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { assertPlainCalls, eagerFactories } from './eager-factories.mjs'

const require = createRequire(import.meta.url)
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js')
const out = resolve(process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })

/** Every package name under node_modules (nested ones too): what can head a license entry. */
function packageNames(dir = 'node_modules', names = new Set()) {
  if (!existsSync(dir)) return names
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.name.startsWith('@')) {
      packageNames(path, names)
      continue
    }
    const manifest = join(path, 'package.json')
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8'))
      if (typeof name === 'string') names.add(name)
    }
    packageNames(join(path, 'node_modules'), names)
  }
  return names
}

/**
 * The entries of a license file in the plugin's format: `name\nlicense\ntext`, sorted by name, each followed
 * by a blank line, the whole trimmed. An entry starts at a line naming a package, at the top or after a blank
 * line; the blank line before it belongs to no entry.
 */
function parseLicenses(text, names) {
  const entries = new Map()
  let current
  const close = () => current && entries.set(current.name, current.lines.join('\n'))
  // The plugin joins `name\nlicense\ntext` entries with a blank line and adds nothing at the end: the last
  // entry keeps its text's final line feed, as the others do.
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if ((i === 0 || lines[i - 1] === '') && names.has(line)) {
      current?.lines.pop()
      close()
      current = { name: line, lines: [line] }
    } else if (current) current.lines.push(line)
    else throw new Error(`license file does not start with a package name: ${line}`)
  })
  close()
  return entries
}

/** One licenses.txt from the chunks' license files, rendered as the plugin renders one. */
function mergeLicenses(dir, names) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.licenses.txt'))
  const entries = new Map()
  for (const file of files.sort()) {
    for (const [name, entry] of parseLicenses(readFileSync(join(dir, file), 'utf8'), names)) {
      const known = entries.get(name)
      if (known !== undefined && known.trimEnd() !== entry.trimEnd())
        throw new Error(`two license texts for ${name}`)
      if (known === undefined || entry.length > known.length) entries.set(name, entry)
    }
    rmSync(join(dir, file))
  }
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, entry]) => `${entry}\n\n`)
  writeFileSync(join(dir, 'licenses.txt'), `${sorted.join('').trim()}\n`)
}

function nccBuild(entry, dir, license) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--license', license, '--quiet'], {
    stdio: 'inherit',
  })
}

/** The libraries loaded on first use (src/core/lazy-libs.ts), each from its one-line entry in scripts/libs/. */
const LIBS = ['yaml', 'toml', 'picomatch']

/**
 * Each library as dist/NAME.cjs (ncc of its entry), and dist/cli/NAME.cjs a require of it; its license file
 * goes beside each bundle's, to be merged into both licenses.txt.
 */
function buildLibs() {
  const tmp = mkdtempSync(join(tmpdir(), 'model-gate-libs-'))
  try {
    for (const lib of LIBS) {
      const built = join(tmp, lib)
      nccBuild(`scripts/libs/${lib}.cjs`, built, `${lib}.licenses.txt`)
      copyFileSync(join(built, 'index.cjs'), join(out, `${lib}.cjs`))
      writeFileSync(join(out, 'cli', `${lib}.cjs`), `module.exports = require('../${lib}.cjs')\n`)
      for (const dir of [out, join(out, 'cli')])
        copyFileSync(join(built, `${lib}.licenses.txt`), join(dir, `lib-${lib}.licenses.txt`))
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/**
 * Every factory of every built file compiled with its file (scripts/eager-factories.mjs), once each runtime
 * that calls them is checked: the two entries' and each library's own.
 */
function eagerAll() {
  const runtimes = [
    join(out, 'index.js'),
    join(out, 'cli', 'index.js'),
    ...LIBS.map((l) => join(out, `${l}.cjs`)),
  ]
  for (const file of runtimes) assertPlainCalls(readFileSync(file, 'utf8'), file)
  for (const dir of [out, join(out, 'cli')]) {
    for (const name of readdirSync(dir).filter((f) => /\.c?js$/.test(f))) {
      const file = join(dir, name)
      const { text, count } = eagerFactories(readFileSync(file, 'utf8'))
      if (count) writeFileSync(file, text)
    }
  }
}

const names = packageNames()
const bundles = [
  { entry: 'src/main.ts', dir: out },
  { entry: 'src/cli.ts', dir: join(out, 'cli') },
]
for (const { entry, dir } of bundles) nccBuild(entry, dir, '[name].licenses.txt')
buildLibs()
for (const { dir } of bundles) mergeLicenses(dir, names)
eagerAll()
