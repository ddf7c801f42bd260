/**
 * The run's metric bound comes from the policy at the base (`limits.metrics_per_run`): a monorepo raises it for
 * its large pull requests, and a pull request cannot raise its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifest } from '../helpers/fixtures.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

const two = '  accuracy: 0.9\n  auc: 0.8\n'
const refused =
  "not compared: this run's models have more than 3 metrics in all (models are taken in path order); check fewer models per pull request"

describe('limits.metrics_per_run', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = makeRepo()
    repo.commit('base', { '.github/model-gate.yml': 'limits: {metrics_per_run: 3}\n' })
    repo.git('checkout', '--quiet', '-b', 'pr')
    repo.commit('three models', {
      'models/a/model.yaml': manifest('a', '1.0.0', two),
      'models/b/model.yaml': manifest('b', '1.0.0', two),
      'models/c/model.yaml': manifest('c', '1.0.0', two),
    })
    repo.git('checkout', '--quiet', '-b', 'raises-its-own', 'pr')
    repo.commit('raise the bound', { '.github/model-gate.yml': 'limits: {metrics_per_run: 100}\n' })
    repo.git('checkout', '--quiet', 'main')
  })
  afterAll(() => repo.remove())

  const models = async (head: string) => {
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'base',
      '--base',
      'main',
      '--head',
      head,
      '--format',
      'json',
    ])
    const report = JSON.parse(r.stdout)
    return {
      code: r.code,
      models: report.models.map((m: { name: string; errors: { message: string }[] }) => [
        m.name,
        m.errors.map((e) => e.message),
      ]),
    }
  }

  it("the base's bound of 3 metrics: the first model past it and every later one are refused", async () => {
    expect(await models('pr')).toEqual({
      code: 1,
      models: [
        ['a', []],
        ['b', [refused]],
        ['c', [refused]],
      ],
    })
  })

  it('a pull request that raises the bound in its own policy is still held to the base', async () => {
    const r = await models('raises-its-own')
    expect(r.models).toEqual([
      ['a', []],
      ['b', [refused]],
      ['c', [refused]],
    ])
    expect(r.code).toBe(1)
  })
})
