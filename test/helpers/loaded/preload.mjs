// Preloaded with --import into a built bundle's process (see ../loaded-files.ts): records every file the
// process loads into the file MODEL_GATE_LOADED_LOG, one file: URL a line. ES modules (the bundle and its
// chunks) through a load hook; CommonJS files (the libraries loaded on first use) from require's cache at exit.
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import { pathToFileURL } from 'node:url'

const log = process.env.MODEL_GATE_LOADED_LOG
register('./hooks.mjs', import.meta.url)
process.on('exit', () => {
  const cached = Object.keys(createRequire(import.meta.url).cache).map((path) => pathToFileURL(path).href)
  appendFileSync(log, cached.map((url) => `${url}\n`).join(''))
})
