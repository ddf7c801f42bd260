import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pushPayload, runAction } from '../helpers/action.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'
import { commitOnBranch } from '../helpers/fixtures.js'

const N = 20

describe(`${N} promotions racing on the registry ref, each in its own process`, () => {
  let repo: TestRepo
  let emulator: Emulator
  let base: string

  // Every test promotes: each has a repository (one commit on main) and an emulator of its own. The race
  // counts every ref update the emulator saw and every commit of the registry branch: another test's
  // promotion would be counted with them.
  beforeEach(async () => {
    repo = makeRepo()
    base = repo.commit('base', { 'README.md': 'models\n' })
    emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
  })
  afterEach(async () => {
    await emulator.close()
    repo.remove()
  })

  /** N branches from the base, each a commit of churn 1.<i>.0: their heads. */
  function racers(): string[] {
    const heads: string[] = []
    for (let i = 0; i < N; i++) {
      repo.git('checkout', '--quiet', '-b', `v${i}`, base)
      heads.push(
        repo.commit(`churn 1.${i}.0`, {
          'models/churn/model.yaml': `name: churn\nversion: 1.${i}.0\nmetrics:\n  accuracy: 0.9\n`,
        }),
      )
    }
    repo.git('checkout', '--quiet', 'main')
    return heads
  }

  it('all land in the history, none lost, every ref update a fast-forward', async () => {
    const heads = racers()
    const runs = await Promise.all(
      heads.map((after, i) =>
        runAction({
          apiUrl: emulator.url,
          event: 'push',
          payload: pushPayload({ before: base, after }),
          sha: after,
          runId: String(i),
          bundle: true,
        }),
      ),
    )
    expect(runs.map((r) => [r.code, JSON.parse(r.outputs.promoted ?? '[]').length])).toEqual(
      heads.map(() => [0, 1]),
    )
    expect(emulator.violations).toEqual([])

    const tip = repo.git('rev-parse', 'refs/heads/model-registry')
    const entry = JSON.parse(repo.git('show', `${tip}:registry/churn.json`))
    expect(entry.history.map((e: { version: string }) => e.version).sort()).toEqual(
      heads.map((_, i) => `1.${i}.0`).sort(),
    )
    expect(entry.history.map((e: { run: string }) => e.run.split('/').at(-1)).sort()).toEqual(
      heads.map((_, i) => String(i)).sort(),
    )

    // Every ref update was sent without force; the ones that landed built a single line of N commits.
    const updates = emulator.requestsFor('git/update-ref').concat(emulator.requestsFor('git/create-ref'))
    expect(updates.every((r) => (r.body as { force?: boolean }).force !== true)).toBe(true)
    expect(updates.filter((r) => r.status === 200 || r.status === 201)).toHaveLength(N)
    const lost = updates.filter((r) => r.status === 422).length
    expect(lost).toBeGreaterThan(0) // the race really happened
    expect(repo.git('rev-list', '--count', tip)).toBe(String(N))
    expect(repo.git('rev-list', '--merges', '--count', tip)).toBe('0')
    const commits = repo.git('rev-list', '--reverse', tip).split('\n')
    for (let i = 1; i < commits.length; i++) {
      const prev = JSON.parse(repo.git('show', `${commits[i - 1]}:registry/churn.json`)).history
      const next = JSON.parse(repo.git('show', `${commits[i]}:registry/churn.json`)).history
      expect(next.slice(0, -1)).toEqual(prev)
    }
  }, 900_000)

  it('the push that creates the default branch (no "before") promotes every manifest in it', async () => {
    const after = commitOnBranch(
      repo,
      'first',
      {
        'models/fresh/model.yaml': 'name: fresh\nversion: 0.1.0\nmetrics:\n  accuracy: 0.8\n',
        'vision/detector/model.json':
          '{"name": "vision/detector", "version": "2.0.0", "metrics": {"map": 0.5}}',
      },
      { from: base, message: 'two models' },
    )
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'push',
      payload: pushPayload({ before: '0000000000000000000000000000000000000000', after }),
      sha: after,
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.promoted ?? '')).toEqual([
      { model: 'fresh', version: '0.1.0' },
      { model: 'vision/detector', version: '2.0.0' },
    ])
    expect(repo.git('show', 'model-registry:registry/vision/detector.json')).toContain('"version": "2.0.0"')
    expect(emulator.violations).toEqual([])
  })

  it('a push that arrives after a newer one was promoted never moves production back', async () => {
    repo.git('checkout', '--quiet', '-b', 'ordered', base)
    const a = repo.commit('ordered 1.0.0', {
      'models/ordered/model.yaml': 'name: ordered\nversion: 1.0.0\nmetrics:\n  accuracy: 0.9\n',
    })
    const b = repo.commit('ordered 1.1.0', {
      'models/ordered/model.yaml': 'name: ordered\nversion: 1.1.0\nmetrics:\n  accuracy: 0.9\n',
    })
    repo.git('checkout', '--quiet', 'main')
    const push = (before: string, after: string) =>
      runAction({ apiUrl: emulator.url, event: 'push', payload: pushPayload({ before, after }), sha: after })
    expect((await push(a, b)).outputs.promoted).toBe('[{"model":"ordered","version":"1.1.0"}]')
    const late = await push(base, a) // the older push's run, finishing last
    expect([late.code, late.outputs.promoted]).toEqual([0, '[]'])
    expect(late.summary).toContain(
      `| ordered | \`1.1.0\` | \`1.0.0\` | skipped | production 1.1.0 comes from ${b.slice(0, 12)}, which already contains this commit |`,
    )
    expect(JSON.parse(repo.git('show', 'model-registry:registry/ordered.json')).production.version).toBe(
      '1.1.0',
    )
    expect(emulator.violations).toEqual([])
  })
})

// The two racing pushes, round after round on each backend: order-race-branch.e2e and order-race-gto.e2e.
