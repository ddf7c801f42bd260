/** `model-gate promote FILE...`: several manifests in one commit of the registry branch, or nothing. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { copyRepo, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest } from '../helpers/fixtures.js'

const NAMES = ['churn', 'fraud', 'ranker', 'vision/detector']

describe('promote of several manifests', () => {
  let repo: TestRepo
  const registryHead = () => repo.git('rev-parse', 'refs/heads/model-registry')
  const entry = (name: string) => JSON.parse(repo.git('show', `model-registry:registry/${name}.json`))
  const path = (name: string) => `models/${name}/model.yaml`

  /** The next step of the story for the tests that build on it: all four promoted from 'v2' in one commit. */
  const promoteAll = async () => {
    const r = await runCli(repo.dir, ['promote', ...NAMES.map(path), '--reason', 'quarterly release'])
    expect([r.code, r.stderr]).toEqual([0, ''])
  }

  // Each test writes (a promote, a commit, a damaged entry): each gets a repository of its own, a copy of a
  // template written once and never written again (the same commits, the same registry branch).
  let template: TestRepo
  beforeAll(async () => {
    template = makeRepo()
    template.commit('v1', Object.fromEntries(NAMES.map((n) => [path(n), manifest(n, '1.0.0', 0.9)])))
    // churn already has a production, from an earlier commit
    expect((await runCli(template.dir, ['promote', path('churn')])).code).toBe(0)
    template.commit('v2', Object.fromEntries(NAMES.map((n) => [path(n), manifest(n, '2.0.0', 0.91)])))
  })
  afterAll(() => template.remove())
  beforeEach(() => {
    repo = copyRepo(template)
  })
  afterEach(() => repo.remove())

  it('writes every entry in one commit of the registry branch', async () => {
    const before = registryHead()
    const head = repo.git('rev-parse', 'HEAD')
    const r = await runCli(repo.dir, ['promote', ...NAMES.map(path), '--reason', 'quarterly release'])
    expect([r.code, r.stderr]).toEqual([0, ''])
    const commit = registryHead()
    expect(r.stdout).toBe(
      NAMES.map((n) => `promoted ${n} 2.0.0 (model-registry ${commit.slice(0, 12)})\n`).join(''),
    )
    expect(repo.git('rev-list', '--count', `${before}..${commit}`)).toBe('1')
    expect(repo.git('rev-parse', `${commit}^`)).toBe(before)
    expect(repo.git('diff', '--name-only', before, commit).split('\n')).toEqual(
      NAMES.map((n) => `registry/${n}.json`),
    )
    expect(repo.git('log', '-1', '--format=%s', commit)).toBe(`promote 4 models at ${head.slice(0, 12)}`)
    for (const n of NAMES) {
      expect(entry(n).production).toMatchObject({
        version: '2.0.0',
        commit: head,
        path: path(n),
      })
      expect(entry(n).history.at(-1).reason).toBe('quarterly release')
    }
    expect(entry('churn').history.map((e: { version: string }) => e.version)).toEqual(['1.0.0', '2.0.0'])
  })

  it('again from the same commit writes nothing', async () => {
    await promoteAll()
    const before = registryHead()
    const r = await runCli(repo.dir, ['promote', ...NAMES.map(path)])
    expect([r.code, r.stdout]).toEqual([0, NAMES.map((n) => `already production: ${n} 2.0.0\n`).join('')])
    expect(registryHead()).toBe(before)
  })

  it('writes nothing when one manifest does not validate, and says so', async () => {
    repo.commit('v3', {
      [path('churn')]: manifest('churn', '3.0.0', 0.92),
      [path('fraud')]: 'name: fraud\nversion: three\nmetrics: {accuracy: 0.9}\n',
    })
    const before = registryHead()
    const r = await runCli(repo.dir, ['promote', path('churn'), path('fraud')])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('models/fraud/model.yaml:2')
    expect(r.stderr).toContain('model-gate: nothing was promoted: fix the manifests above first\n')
    expect(registryHead()).toBe(before)
  })

  it('refuses one model named twice, and files of two commits', async () => {
    const before = registryHead()
    const twice = await runCli(repo.dir, ['promote', path('churn'), `HEAD:${path('churn')}`])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain(
      "model 'churn' is declared by both models/churn/model.yaml and models/churn/model.yaml",
    )
    const commits = await runCli(repo.dir, ['promote', path('churn'), `HEAD~1:${path('ranker')}`])
    expect(commits.code).toBe(2)
    expect(commits.stderr).toContain('promote reads every FILE from one commit')
    expect(registryHead()).toBe(before)
  })

  it('an entry that does not parse fails its model only: the others are written, in one commit', async () => {
    await promoteAll()
    repo.commit('v4', { [path('fraud')]: manifest('fraud', '4.0.0', 0.93) })
    const before = registryHead()
    // ranker's entry is damaged on the registry branch
    const bad = repo.gitInput('{"schema": 1,\n', 'hash-object', '-w', '--stdin')
    const tree = repo.git('rev-parse', `${before}^{tree}`)
    const index = { GIT_INDEX_FILE: `${repo.dir}/.git/index-damage` }
    repo.gitWithEnv(index, 'read-tree', tree)
    repo.gitWithEnv(index, 'update-index', '--cacheinfo', `100644,${bad},registry/ranker.json`)
    const damaged = repo.git(
      'commit-tree',
      repo.gitWithEnv(index, 'write-tree'),
      '-p',
      before,
      '-m',
      'damage',
    )
    repo.git('update-ref', 'refs/heads/model-registry', damaged)
    const r = await runCli(repo.dir, ['promote', path('fraud'), path('ranker')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^model-gate: model-registry:registry\/ranker\.json:2:1: invalid JSON: /)
    const commit = registryHead()
    expect(r.stdout).toBe(`promoted fraud 4.0.0 (model-registry ${commit.slice(0, 12)})\n`)
    expect(repo.git('rev-parse', `${commit}^`)).toBe(damaged)
    expect(repo.git('diff', '--name-only', damaged, commit)).toBe('registry/fraud.json')
    expect(repo.git('show', `${commit}:registry/ranker.json`)).toBe('{"schema": 1,')
  })
})
