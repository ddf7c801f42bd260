/**
 * The CLI as npm users get it: `npm pack` of this repository (its dist/ as it is on disk: in CI, the committed
 * bundles, which check-dist holds equal to a fresh build), then a global install of the tarball into a temporary
 * prefix with npm offline and its registry pointed at a closed port, so any dependency it tried to fetch would
 * fail the install.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRepo, ROOT } from '../helpers/git-repo.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  dependencies?: Record<string, string>
}

/** npm's environment without anything a surrounding `npm test` exported, and with no usable registry. */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v
  return {
    ...env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: cache,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)]
  })
}

let tmp: string
let packed: { filename: string; files: { path: string }[] }
let prefix: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'model-gate-npm-'))
  const env = npmEnv(join(tmp, 'cache'))
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  packed = (JSON.parse(out) as (typeof packed)[])[0]!
  prefix = join(tmp, 'prefix')
  execFileSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--ignore-scripts', join(tmp, packed.filename)],
    { cwd: tmp, env, encoding: 'utf8' },
  )
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the npm package', () => {
  it('declares no runtime dependency: the bundles inline everything', () => {
    expect(pkg.dependencies).toBeUndefined()
  })

  it('contains the bundles, action.yml, README, LICENSE and CHANGELOG, and nothing else', () => {
    expect(packed.filename).toBe(`${pkg.name}-${pkg.version}.tgz`)
    const paths = packed.files.map((f) => f.path).sort()
    expect(paths).toEqual(
      [
        ...filesUnder(join(ROOT, 'dist')),
        'action.yml',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'package.json',
      ].sort(),
    )
    expect(paths).toContain('dist/index.js')
    expect(paths).toContain('dist/cli/index.js')
  })

  it('installs globally without fetching anything, with no node_modules of its own', () => {
    const installed = join(prefix, 'lib', 'node_modules', pkg.name)
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name])
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
  })

  it('runs from the install: --version prints package.json version, and a command works', async () => {
    const bin = join(prefix, 'bin', 'model-gate')
    const env = npmEnv(join(tmp, 'cache'))
    const run = (args: string[], cwd = tmp) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(bin, args, { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
        })
      })
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `model-gate ${pkg.version}\n`, stderr: '' })
    // a command that runs the engine (YAML parsing, the manifest checks) from the installed bundle
    const repo = makeRepo('model-gate-npm-repo-')
    try {
      repo.write({ 'model.yaml': 'name: churn\nversion: 1.0.0\nmetrics: {accuracy: .nan}\n' })
      expect(await run(['validate', '--worktree', 'model.yaml'], repo.dir)).toEqual({
        code: 1,
        stdout: '0 valid, 1 invalid\n',
        stderr: 'model.yaml:3:21: number NaN is not finite\n',
      })
    } finally {
      repo.remove()
    }
  })
})
