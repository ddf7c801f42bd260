import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { copyRepo, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest } from '../helpers/fixtures.js'

// Each test starts from a repository of its own at the step it needs (the tagged history; then a retrain
// branch; then churn 1.3.0 promoted), so no test sees another's branches or tags, whatever the order.

/** A repository with its commits by name. */
interface Tagged {
  readonly repo: TestRepo
  readonly c: Readonly<Record<string, string>>
}

/**
 * Commits churn, fraud and vision on main and tags them as `gto` would, the tags one minute apart from
 * 2026-01-01T00:01:00Z. The commits by name.
 */
function tagHistory(repo: TestRepo): Record<string, string> {
  const c: Record<string, string> = {}
  let clock = Date.parse('2026-01-01T00:00:00Z')
  /** An annotated tag, one minute after the previous one, as `gto` would write it. */
  const tag = (name: string, commit: string, message = name) => {
    clock += 60_000
    const date = new Date(clock).toISOString()
    repo.gitWithEnv({ GIT_COMMITTER_DATE: date }, 'tag', '-a', '-m', message, name, commit)
  }
  c.churn1 = repo.commit('churn 1.0.0', { 'models/churn/model.yaml': manifest('churn', '1.0.0', 0.9) })
  c.churn2 = repo.commit('churn 1.1.0', { 'models/churn/model.yaml': manifest('churn', '1.1.0', 0.91) })
  c.churn3 = repo.commit('churn 1.2.0', { 'models/churn/model.yaml': manifest('churn', '1.2.0', 0.95) })
  c.fraud1 = repo.commit('fraud 0.1.0', { 'models/fraud/model.yaml': manifest('fraud', '0.1.0', 0.8) })
  c.fraud2 = repo.commit('fraud 0.2.0', { 'models/fraud/model.yaml': manifest('fraud', '0.2.0', 0.85) })
  c.vision = repo.commit('vision 2.0.0', { 'models/vision/model.yaml': manifest('vision', '2.0.0', 0.7) })
  // churn: registered three times, prod moves 1.0.0 -> 1.1.0 -> 1.2.0, then 1.2.0 is deregistered
  tag('churn@v1.0.0', c.churn1)
  tag('churn#prod#1', c.churn1)
  tag('churn@v1.1.0', c.churn2)
  tag('churn#staging#2', c.churn2)
  tag('churn#prod#3', c.churn2)
  tag('churn@v1.2.0', c.churn3)
  tag('churn#prod#4', c.churn3)
  tag('churn@v1.2.0!', c.churn3)
  // a lightweight tag: gto ignores it (but its counter still counts)
  repo.git('tag', 'churn#prod#9', c.churn3)
  // fraud: prod 0.1.0, then 0.2.0, then 0.2.0 unassigned from prod
  tag('fraud@v0.1.0', c.fraud1)
  tag('fraud#prod#1', c.fraud1)
  tag('fraud@v0.2.0', c.fraud2)
  tag('fraud#prod#2', c.fraud2)
  tag('fraud#prod!#3', c.fraud2)
  // a monorepo artifact models:vision, written models=vision in tags
  tag('models=vision@v2.0.0', c.vision)
  tag('models=vision#prod#1', c.vision)
  return c
}

// The history is written once (about 35 git processes) into a template no test writes to; each test works on
// a copy of it: the same commits and tags, with the same dates.
let template: TestRepo
let commits: Record<string, string>
beforeAll(() => {
  template = makeRepo()
  commits = tagHistory(template)
})
afterAll(() => template.remove())

/** A copy of the tagged history (main checked out), the running test's own: removed when it finishes. */
function taggedRepo(): Tagged {
  const repo = copyRepo(template)
  onTestFinished(() => repo.remove())
  return { repo, c: commits }
}

/** Then a branch 'retrain', checked out, whose one commit retrains all three (churn 1.3.0 at 0.85). */
function retrained(): Tagged {
  const tagged = taggedRepo()
  tagged.repo.git('checkout', '--quiet', '-b', 'retrain')
  tagged.repo.commit('retrain all', {
    'models/churn/model.yaml': manifest('churn', '1.3.0', 0.85),
    'models/fraud/model.yaml': manifest('fraud', '0.3.0', 0.81),
    'models/vision/model.yaml': manifest('vision', '2.1.0', 0.71),
  })
  return tagged
}

/** Then churn 1.3.0 promoted to prod from the retrain commit: tags churn@v1.3.0 and churn#prod#10. */
async function promotedRetrain(): Promise<Tagged> {
  const tagged = retrained()
  const r = await runCli(tagged.repo.dir, ['promote', 'models/churn/model.yaml', '--registry', 'gto'])
  expect([r.code, r.stderr]).toEqual([0, ''])
  return tagged
}

describe('the gto registry over real git tags', () => {
  it('resolves production as gto show would: newest active assignment, deregistered and unassigned versions skipped', async () => {
    const { repo } = taggedRepo()
    // gto show: churn prod is v1.1.0 (v1.2.0 is deregistered, so its prod#4 no longer counts; prod#3 is newest
    // of the rest); staging v1.1.0; fraud prod v0.1.0 (v0.2.0 was unassigned, prod#1 is still active).
    const churn = await runCli(repo.dir, ['history', 'churn', '--registry', 'gto'])
    expect(churn.stdout.split('\n')[0]).toBe(
      'churn: prod v1.1.0 since 2026-01-01T00:05:00.000Z (churn#prod#3)',
    )
    const staging = await runCli(repo.dir, [
      'history',
      'churn',
      '--registry',
      'gto',
      '--production-stage',
      'staging',
    ])
    expect(staging.stdout.split('\n')[0]).toBe(
      'churn: staging v1.1.0 since 2026-01-01T00:04:00.000Z (churn#staging#2)',
    )
    const fraud = await runCli(repo.dir, ['history', 'fraud', '--registry', 'gto'])
    expect(fraud.stdout.split('\n')[0]).toBe(
      'fraud: prod v0.1.0 since 2026-01-01T00:10:00.000Z (fraud#prod#1)',
    )
    const vision = await runCli(repo.dir, ['history', 'vision', '--registry', 'gto'])
    expect(vision.stdout.split('\n')[0]).toBe(
      'models:vision: prod v2.0.0 since 2026-01-01T00:15:00.000Z (models=vision#prod#1)',
    )
  })

  it('check compares with the manifest at the tagged commit', async () => {
    const { repo } = retrained()
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'gto',
      '--base',
      'main~0',
      '--head',
      'retrain',
      '--format',
      'json',
    ])
    const json = JSON.parse(r.stdout)
    expect(
      json.models.map(
        (m: {
          name: string
          production_version: string
          production_source: string
          metrics: { production: number }[]
        }) => [m.name, m.production_version, m.production_source, m.metrics[0]?.production],
      ),
    ).toEqual([
      ['churn', '1.1.0', 'GTO churn#prod#3 (v1.1.0)', 0.91],
      ['fraud', '0.1.0', 'GTO fraud#prod#1 (v0.1.0)', 0.8],
      ['vision', '2.0.0', 'GTO models=vision#prod#1 (v2.0.0)', 0.7],
    ])
    expect(r.code).toBe(1) // churn 0.91 -> 0.85
  })

  it('promote writes GTO tags: a registration and an assignment with the next counter and GTO messages', async () => {
    // the next counter is 10: the lightweight churn#prod#9 counts
    const { repo } = retrained()
    const r = await runCli(repo.dir, ['promote', 'models/churn/model.yaml', '--registry', 'gto'])
    expect(r.stdout).toBe('promoted churn v1.3.0 to prod (tags churn@v1.3.0, churn#prod#10)\n')
    const head = repo.git('rev-parse', 'HEAD')
    expect(repo.git('rev-parse', 'churn@v1.3.0^{commit}', 'churn#prod#10^{commit}')).toBe(`${head}\n${head}`)
    expect(
      repo.git('tag', '-l', '--format=%(objecttype) %(contents:subject)', 'churn@v1.3.0', 'churn#prod#10'),
    ).toBe(
      // git lists tags by name: '#' sorts before '@'
      'tag Assigning stage prod to artifact churn version v1.3.0\ntag Registering artifact churn version v1.3.0',
    )
    const h = await runCli(repo.dir, ['history', 'churn', '--registry', 'gto'])
    expect(h.stdout.split('\n')[0]).toMatch(/^churn: prod v1\.3\.0 since \S+ \(churn#prod#10\)$/)
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml', '--registry', 'gto'])).stdout).toBe(
      'promoted churn v1.3.0 to prod (already in stage)\n',
    )
  })

  it('rollback assigns prod again to the previous version, or to an explicit one; unknown versions are refused', async () => {
    // prod is churn v1.3.0 (churn#prod#10); before it v1.1.0 (churn#prod#3), as in the first test
    const { repo, c } = await promotedRetrain()
    const r = await runCli(repo.dir, [
      'rollback',
      'churn',
      '--registry',
      'gto',
      '--reason',
      'regression in prod',
    ])
    expect(r.stdout).toBe('rolled back churn: v1.3.0 -> v1.1.0 (tag churn#prod#11)\n')
    expect(repo.git('rev-parse', 'churn#prod#11^{commit}')).toBe(c.churn2)
    expect(repo.git('tag', '-l', '--format=%(contents)', 'churn#prod#11').trim()).toBe(
      'Assigning stage prod to artifact churn version v1.1.0\n\nRollback from v1.3.0: regression in prod',
    )
    const explicit = await runCli(repo.dir, [
      'rollback',
      'churn',
      '--registry',
      'gto',
      '--to',
      '1.0.0',
      '--reason',
      'older',
    ])
    expect(explicit.stdout).toBe('rolled back churn: v1.1.0 -> v1.0.0 (tag churn#prod#12)\n')
    const tags = repo.git('tag', '-l').split('\n').length
    const bad = await runCli(repo.dir, [
      'rollback',
      'churn',
      '--registry',
      'gto',
      '--to',
      '1.2.0',
      '--reason',
      'x',
    ])
    expect(bad).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "model-gate: version 'v1.2.0' of 'churn' is not a registered GTO version (known: v1.3.0, v1.1.0, v1.0.0)\n",
    })
    expect(repo.git('tag', '-l').split('\n').length).toBe(tags)
  })
})
