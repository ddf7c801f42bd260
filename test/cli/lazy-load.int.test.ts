/**
 * The built CLI loads code when it is needed: `--version` and `--help` its bundle alone, a command its own
 * chunks, and the YAML and TOML libraries and the glob compiler (dist/yaml.cjs, dist/toml.cjs,
 * dist/picomatch.cjs, out of the bundles) only for a document or a policy that needs them. Each run is the
 * built dist/cli/index.js, the files it loads recorded.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { recordLoadedFiles } from '../helpers/loaded-files.js'

let repo: TestRepo
beforeAll(() => {
  repo = makeRepo()
  repo.commit('models', {
    '.github/model-gate.yml': 'defaults: {warn: 1%, fail: 2%}\n',
    'models/plain/model.yaml': 'name: plain\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n',
    // An anchor and its alias: past the fast parser, so the full one parses this manifest.
    'models/anchored/model.yaml':
      'name: anchored\nversion: 1.0.0\nhyperparameters: {lr: &lr 0.1, warmup_lr: *lr}\nmetrics: {accuracy: 0.9}\n',
    'models/tomled/model.yaml': 'name: tomled\nversion: 1.0.0\nmetrics_files: [metrics.toml]\n',
    'models/tomled/metrics.toml': 'accuracy = 0.9\n[eval]\nloss = 0.25\n',
  })
  // A change of the plain model (plain-change); the same under a policy with a glob rule (glob-base, glob-change).
  const change = { 'models/plain/model.yaml': 'name: plain\nversion: 1.1.0\nmetrics: {accuracy: 0.9}\n' }
  repo.git('checkout', '--quiet', '-b', 'plain-change')
  repo.commit('a plain change', change)
  repo.git('checkout', '--quiet', '-b', 'glob-base', 'main')
  repo.commit('a glob rule', {
    '.github/model-gate.yml': 'defaults: {warn: 1%, fail: 2%}\nmetrics:\n  "slices.*": {fail: 2%}\n',
  })
  repo.git('checkout', '--quiet', '-b', 'glob-change')
  repo.commit('a plain change', change)
  repo.git('checkout', '--quiet', 'main')
})
afterAll(() => repo.remove())

/** The built CLI's result and the files under dist/ it loaded. */
async function run(args: string[]) {
  const loaded = recordLoadedFiles()
  try {
    const result = await runCli(repo.dir, args, loaded.env, { bundle: true })
    return { result, files: loaded.files() }
  } finally {
    loaded.remove()
  }
}

const chunk = /^cli\/\d+\.index\.js$/

describe('the built CLI loads what a run needs', () => {
  it('--version and --help: the bundle alone', async () => {
    const version = await run(['--version'])
    expect(version.result).toMatchObject({ code: 0, stderr: '' })
    expect(version.result.stdout).toMatch(/^model-gate \d+\.\d+\.\d+/)
    expect(version.files).toEqual(['cli/index.js'])
    const help = await run(['--help'])
    expect(help.result).toMatchObject({ code: 0, stderr: '' })
    expect(help.files).toEqual(['cli/index.js'])
  })

  it('a plain manifest and policy: its command chunks, neither library', async () => {
    const { result, files } = await run(['validate', 'models/plain/model.yaml', '.github/model-gate.yml'])
    expect(result).toEqual({
      code: 0,
      stdout:
        'ok models/plain/model.yaml (plain 1.0.0, 1 metrics)\nok .github/model-gate.yml (policy)\n2 valid, 0 invalid\n',
      stderr: '',
    })
    expect(files.filter((f) => !chunk.test(f))).toEqual(['cli/index.js'])
    expect(files.filter((f) => chunk.test(f)).length).toBeGreaterThan(0)
  })

  it('a manifest with an anchor: the YAML library, through cli/yaml.cjs', async () => {
    const { result, files } = await run(['validate', 'models/anchored/model.yaml'])
    expect(result).toEqual({
      code: 0,
      stdout: 'ok models/anchored/model.yaml (anchored 1.0.0, 1 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
    expect(files.filter((f) => !chunk.test(f))).toEqual(['cli/index.js', 'cli/yaml.cjs', 'yaml.cjs'])
  })

  it('a TOML metrics file: the TOML library, through cli/toml.cjs', async () => {
    const { result, files } = await run(['validate', 'models/tomled/model.yaml'])
    expect(result).toEqual({
      code: 0,
      stdout: 'ok models/tomled/model.yaml (tomled 1.0.0, 2 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
    expect(files.filter((f) => !chunk.test(f))).toEqual(['cli/index.js', 'cli/toml.cjs', 'toml.cjs'])
  })

  it('a check under a policy with a glob rule: the glob compiler, through cli/picomatch.cjs', async () => {
    const plain = await run(['check', '--base', 'main', '--head', 'plain-change', '--registry', 'base'])
    expect(plain.result.stdout.split('\n')[0]).toBe('Model Gate: passed')
    expect(plain.files.filter((f) => !chunk.test(f))).toEqual(['cli/index.js'])
    const glob = await run(['check', '--base', 'glob-base', '--head', 'glob-change', '--registry', 'base'])
    expect(glob.result.stdout.split('\n')[0]).toBe('Model Gate: passed')
    expect(glob.files.filter((f) => !chunk.test(f))).toEqual([
      'cli/index.js',
      'cli/picomatch.cjs',
      'picomatch.cjs',
    ])
  })

  it('a check on the registry branch loads no code of the GTO backend; --registry gto loads it', async () => {
    const gtoCode = (files: string[]) =>
      files.filter((f) =>
        readFileSync(join(DIST, f), 'utf8').includes(
          '// CONCATENATED MODULE: ./src/registry/gto-registry.ts',
        ),
      )
    const branch = await run(['check', '--base', 'main', '--head', 'plain-change'])
    expect(branch.result.stdout.split('\n')[0]).toMatch(/^Model Gate: /)
    expect(gtoCode(branch.files)).toEqual([])
    const gto = await run(['check', '--base', 'main', '--head', 'plain-change', '--registry', 'gto'])
    expect(gto.result.stdout.split('\n')[0]).toMatch(/^Model Gate: /)
    expect(gtoCode(gto.files)).toHaveLength(1)
  })

  it('an invalid YAML document: the full parser says where, file:line:col, exit 1', async () => {
    repo.write({ 'broken.yaml': 'name: broken\nversion: 1.0.0\nmetrics: {accuracy: 0.9\n' })
    const { result, files } = await run(['validate', '--worktree', 'broken.yaml'])
    expect(result).toEqual({
      code: 1,
      stdout: '0 valid, 1 invalid\n',
      stderr:
        'broken.yaml:4:1: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }\n',
    })
    expect(files.filter((f) => !chunk.test(f))).toEqual(['cli/index.js', 'cli/yaml.cjs', 'yaml.cjs'])
  })
})
