/**
 * Which files of the built bundles a run loads: an environment for the child process (NODE_OPTIONS preloads
 * loaded/preload.mjs) and, after it exits, the files it loaded under dist/, relative to it, sorted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DIST } from './git-repo.js'

export interface LoadedFiles {
  readonly env: Record<string, string>
  /** Files under dist/ the run loaded, relative to it (`cli/index.js`, `yaml.cjs`, ...), sorted, once each. */
  files(): string[]
  remove(): void
}

export function recordLoadedFiles(): LoadedFiles {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-loaded-'))
  const log = join(dir, 'loaded.log')
  const preload = pathToFileURL(join(import.meta.dirname, 'loaded', 'preload.mjs')).href
  return {
    env: { NODE_OPTIONS: `--import ${preload}`, MODEL_GATE_LOADED_LOG: log },
    files: () => {
      const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
      const paths = urls.map((url) => relative(DIST, fileURLToPath(url)))
      return [...new Set(paths.filter((p) => !p.startsWith('..')))].sort()
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
