import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { rebuildRealRepo } from '../helpers/real-repos.js'

describe('status over the recorded example-gto repository', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-gto')
  })
  afterAll(() => repo.remove())

  it('reads production as gto show does: churn prod v3.0.0, dev and staging v3.1.0; segment dev v0.4.1; cv-class no stage', async () => {
    const r = await runCli(repo.dir, ['status', '--registry', 'gto'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'production from gto (stage prod)',
        'model     latest   #dev    #prod   #staging  since                 by                 manifest',
        // The manifest column: each model's implicit manifest in dvc.yaml at the default branch's head, with the
        // version GTO registered at that commit (churn v3.1.0), else labelled by the commit.
        'churn     v3.1.0   v3.1.0  v3.0.0  v3.1.0    2023-09-04 07:58 UTC  Alexander Guschin  dvc.yaml:churn (v3.1.0)',
        'cv-class  v0.1.13  -       -       -         -                     -                  dvc.yaml:cv-class (0.0.0+commit.75ea1474fce6)',
        'segment   v0.4.1   v0.4.1  -       -         -                     -                  dvc.yaml:segment (0.0.0+commit.75ea1474fce6)',
        '',
      ].join('\n'),
    )
  })

  it('--format json carries the exact times, the tag and the commit', async () => {
    const r = await runCli(repo.dir, ['status', '--registry', 'gto', '--format', 'json'])
    const json = JSON.parse(r.stdout)
    const churn = json.models.find((m: { model: string }) => m.model === 'churn')
    expect(churn.production).toMatchObject({
      version: 'v3.0.0',
      since: '2023-09-04T07:58:15.000Z',
      by: 'Alexander Guschin',
      event: 'assign',
      tag: 'churn#prod#3',
    })
    expect(churn.stages).toEqual({ dev: 'v3.1.0', prod: 'v3.0.0', staging: 'v3.1.0' })
    expect(json.models.map((m: { model: string }) => m.model)).toEqual(['churn', 'cv-class', 'segment'])
  })
})

const manifest = (name: string, version: string, accuracy: number) =>
  `name: ${name}\nversion: ${version}\nmetrics:\n  accuracy: ${accuracy}\n`

// Adopting writes the registry branch, and a test after it commits a fourth model: each test has a
// repository of its own, before or after the adoption as it needs (a few git processes and one adopt).

/**
 * A repository of the running test's own (removed when the test finishes) whose main declares three models
 * and no registry branch yet, and has an origin to push to; `main` is that commit.
 */
function threeModels(): { repo: TestRepo; main: string } {
  const repo = makeRepo()
  onTestFinished(() => repo.remove())
  const main = repo.commit('three models', {
    'models/churn/model.yaml': manifest('churn', '3.0.0', 0.9),
    'models/fraud/model.yaml': manifest('fraud', '1.2.0', 0.8),
    'vision/model.yaml': manifest('vision', '0.1.0', 0.7),
  })
  repo.git('remote', 'add', 'origin', 'https://example.invalid/acme/models.git')
  return { repo, main }
}

/** Then adopted: all three are production, from `main`, in one commit on model-registry. */
async function adopted(): Promise<{ repo: TestRepo; main: string }> {
  const fixture = threeModels()
  expect((await runCli(fixture.repo.dir, ['adopt'])).code).toBe(0)
  return fixture
}

describe('adopt, then status, on the branch registry', () => {
  it('status before adopt says the registry is not there and lists the declared models as unregistered', async () => {
    const { repo } = threeModels()
    const r = await runCli(repo.dir, ['status'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      "warning: registry branch 'model-registry' not found: every model is treated as new",
      'production from branch model-registry',
      'model   production  since  by  event  commit  manifest',
    ])
    expect(r.stdout).toContain(
      'churn   -           -      -   -      -       models/churn/model.yaml (3.0.0)\n',
    )
  })

  it('registers every model in one commit and prints the push', async () => {
    const { repo, main } = threeModels()
    const r = await runCli(repo.dir, ['adopt'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const tip = repo.git('rev-parse', 'model-registry')
    expect(r.stdout).toBe(
      [
        'adopted churn 3.0.0 (models/churn/model.yaml)',
        'adopted fraud 1.2.0 (models/fraud/model.yaml)',
        'adopted vision 0.1.0 (vision/model.yaml)',
        `3 models from ${main.slice(0, 12)} registered in one commit on model-registry (${tip.slice(0, 12)}). Publish it:`,
        '  git push origin model-registry',
        '',
      ].join('\n'),
    )
    expect(repo.git('rev-list', '--count', 'model-registry')).toBe('1')
    expect(repo.git('ls-tree', '-r', '--name-only', 'model-registry').split('\n')).toEqual([
      'registry/churn.json',
      'registry/fraud.json',
      'registry/vision.json',
    ])
    const entry = JSON.parse(repo.git('show', 'model-registry:registry/fraud.json'))
    expect(entry.production).toMatchObject({
      version: '1.2.0',
      event: 'promote',
      actor: 'Test Author',
      commit: main,
      path: 'models/fraud/model.yaml',
      metrics: { accuracy: { value: 0.8 } },
    })
    expect(entry.history[0].reason).toBe('adopted by model-gate adopt')
    // the work tree and the checked-out branch are untouched
    expect(repo.git('status', '--porcelain')).toBe('')
    expect(repo.git('rev-parse', 'HEAD')).toBe(main)
  })

  it('status then shows each production, who adopted it and from which commit', async () => {
    const { repo, main } = await adopted()
    const r = await runCli(repo.dir, ['status', '--format', 'json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.registry).toEqual({ kind: 'branch', branch: 'model-registry', found: true })
    expect(
      json.models.map((m: { model: string; production: { version: string } }) => [
        m.model,
        m.production.version,
      ]),
    ).toEqual([
      ['churn', '3.0.0'],
      ['fraud', '1.2.0'],
      ['vision', '0.1.0'],
    ])
    expect(json.models[0].production).toMatchObject({ by: 'Test Author', event: 'promote', commit: main })
    const md = await runCli(repo.dir, ['status', '--format', 'markdown'])
    expect(md.stdout).toContain(`| churn | 3.0.0 |`)
  })

  it('refuses to overwrite an existing production, and writes nothing', async () => {
    const { repo } = await adopted()
    const before = repo.git('rev-parse', 'model-registry')
    repo.commit('a fourth model', { 'models/ranker/model.yaml': manifest('ranker', '0.0.1', 0.5) })
    const r = await runCli(repo.dir, ['adopt'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'model-gate: model-registry already has a production for churn (production 3.0.0), fraud (production 1.2.0), vision (production 0.1.0): adopt never overwrites one (use promote); nothing was written\n',
    )
    expect(repo.git('rev-parse', 'model-registry')).toBe(before)
  })

  it('an invalid manifest stops the adoption with its file:line, and nothing is written', async () => {
    const other = makeRepo()
    try {
      other.commit('models', {
        'a/model.yaml': manifest('a', '1.0.0', 0.5),
        'b/model.yaml': 'name: b\nversion: one\n',
      })
      const r = await runCli(other.dir, ['adopt'])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/^b\/model\.yaml:2:\d+: .*version/)
      expect(r.stderr).toContain('model-gate: nothing was adopted')
      expect(other.git('branch', '--list', 'model-registry')).toBe('')
    } finally {
      other.remove()
    }
  })
})

describe('status over the recorded example-get-started repository', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-get-started')
  })
  afterAll(() => repo.remove())

  it('text-classification: prod v1.0.0, stage v1.1.0, dev v1.2.0, as its GTO tags say', async () => {
    const r = await runCli(repo.dir, ['status', '--registry', 'gto', '--format', 'json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.models).toHaveLength(1)
    expect(json.models[0]).toMatchObject({
      model: 'text-classification',
      latest: 'v1.2.0',
      stages: { prod: 'v1.0.0', stage: 'v1.1.0', dev: 'v1.2.0' },
      production: { version: 'v1.0.0', tag: 'text-classification#prod#1', by: 'runner' },
    })
  })
})
