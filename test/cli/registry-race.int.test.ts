import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

const N = 20

describe(`${N} promotions started at once`, () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = makeRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i < N; i++) {
      files[`candidates/v${i}/model.yaml`] = `name: churn\nversion: 1.${i}.0\nmetrics:\n  accuracy: 0.9\n`
    }
    repo.commit('candidates', files)
  })
  afterAll(() => repo.remove())

  it('lands every one in the history, none lost, every ref update a fast-forward', async () => {
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        runCli(repo.dir, ['promote', `candidates/v${i}/model.yaml`], {}, { bundle: true }),
      ),
    )
    expect(results.map((r) => [r.code, r.stderr])).toEqual(Array.from({ length: N }, () => [0, '']))
    const entry = JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
    const versions = entry.history.map((e: { version: string }) => e.version)
    expect([...versions].sort()).toEqual(Array.from({ length: N }, (_, i) => `1.${i}.0`).sort())
    // one commit per promotion, in a single line of history: each swap built on the one before
    expect(repo.git('rev-list', '--count', 'model-registry')).toBe(String(N))
    expect(repo.git('rev-list', '--merges', '--count', 'model-registry')).toBe('0')
    // the history in each commit is the one before plus one event
    const commits = repo.git('rev-list', '--reverse', 'model-registry').split('\n')
    commits.forEach((c, i) => {
      const at = JSON.parse(repo.git('show', `${c}:registry/churn.json`))
      expect(at.history).toHaveLength(i + 1)
      expect(at.history.slice(0, i)).toEqual(
        i ? JSON.parse(repo.git('show', `${commits[i - 1]}:registry/churn.json`)).history : [],
      )
    })
    expect(entry.production.version).toBe(versions.at(-1))
  }, 180_000)
})
