import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { dispatchPayload, pullRequestPayload, pushPayload, runAction } from '../helpers/action.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'
import { commitOnBranch, manifest as fixture } from '../helpers/fixtures.js'

const manifest = (version: string, accuracy: number) => fixture('churn', version, accuracy)
const GTO = { registry: 'gto' }

describe('the gto registry through the API', () => {
  let repo: TestRepo
  let emulator: Emulator
  let v1: string
  let head: string

  // Each test writes tags or moves main: each has a repository (churn v1.0.0 in prod, a branch retraining it
  // to 1.1.0) and an emulator of its own.
  beforeEach(async () => {
    repo = makeRepo()
    v1 = repo.commit('churn 1.0.0', { 'models/churn/model.yaml': manifest('1.0.0', 0.9) })
    repo.gitWithEnv(
      { GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
      'tag',
      '-a',
      '-m',
      'Registering artifact churn version v1.0.0',
      'churn@v1.0.0',
      v1,
    )
    repo.gitWithEnv(
      { GIT_COMMITTER_DATE: '2026-01-01T00:01:00Z' },
      'tag',
      '-a',
      '-m',
      'Assigning stage prod to artifact churn version v1.0.0',
      'churn#prod#1',
      v1,
    )
    head = commitOnBranch(
      repo,
      'retrain',
      { 'models/churn/model.yaml': manifest('1.1.0', 0.8) },
      { message: 'churn 1.1.0' },
    )
    emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
  })
  afterEach(async () => {
    const violations = [...emulator.violations]
    await emulator.close()
    repo.remove()
    expect(violations).toEqual([])
  })

  it('a pull request is compared with the version GTO tags as prod', async () => {
    emulator.setPull(1, { baseRef: 'main', baseSha: v1, headRef: 'retrain', headSha: head, user: 'alice' })
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number: 1, baseSha: v1, headRef: 'retrain', headSha: head }),
      inputs: GTO,
      sha: head,
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(run.outputs.report ?? '')
    expect([report.models[0].production_version, report.models[0].production_source]).toEqual([
      '1.0.0',
      'GTO churn#prod#1 (v1.0.0)',
    ])
    expect(emulator.requestsFor('git/list-matching-refs').length).toBeGreaterThan(0)
    expect(emulator.requestsFor('git/get-tag').length).toBeGreaterThan(0)
  })

  it('a push promotes by writing GTO tags, and a dispatch rolls back with another assignment', async () => {
    repo.git('merge', '--quiet', '--no-ff', '-m', 'merge', 'retrain')
    const after = repo.git('rev-parse', 'HEAD')
    const push = await runAction({
      apiUrl: emulator.url,
      event: 'push',
      payload: pushPayload({ before: v1, after }),
      inputs: { ...GTO, 'promote-failed': 'true' },
      sha: after,
      actor: 'merger',
    })
    expect(push.stderr).toBe('')
    expect([push.code, push.outputs.promoted]).toEqual([0, '[{"model":"churn","version":"1.1.0"}]'])
    expect(
      repo.git(
        'tag',
        '-l',
        '--format=%(objecttype) %(refname:strip=2) %(*objectname) %(taggername) %(contents:subject)',
        'churn@v1.1.0',
        'churn#prod#2',
      ),
    ).toBe(
      [
        `tag churn#prod#2 ${after} merger Assigning stage prod to artifact churn version v1.1.0`,
        `tag churn@v1.1.0 ${after} merger Registering artifact churn version v1.1.0`,
      ].join('\n'),
    )

    const rollback = await runAction({
      apiUrl: emulator.url,
      event: 'workflow_dispatch',
      payload: dispatchPayload({ model: 'churn', reason: 'v1.1.0 is worse' }),
      inputs: GTO,
      actor: 'oncall',
    })
    expect(rollback.stderr).toBe('')
    expect(rollback.code).toBe(0)
    expect([rollback.outputs.model, rollback.outputs.version, rollback.outputs.commit]).toEqual([
      'churn',
      'v1.0.0',
      v1,
    ])
    expect(JSON.parse(rollback.outputs.manifest ?? '')).toEqual({
      name: 'churn',
      version: '1.0.0',
      metrics: { accuracy: 0.9 },
    })
    expect(
      repo.git('tag', '-l', '--format=%(*objectname) %(taggername) %(contents:subject)', 'churn#prod#3'),
    ).toBe(`${v1} oncall Assigning stage prod to artifact churn version v1.0.0`)
    expect(rollback.summary).toContain('| accuracy | 0.8 | 0.9 | +0.1 | +12.50% |')

    // "Re-run jobs" of the same run: it finds its own tag and writes none (the default target, computed
    // again, would be v1.1.0: the version it rolled back from).
    const tags = repo.git('tag', '-l')
    const again = await runAction({
      apiUrl: emulator.url,
      event: 'workflow_dispatch',
      payload: dispatchPayload({ model: 'churn', reason: 'v1.1.0 is worse' }),
      inputs: GTO,
      actor: 'oncall',
      runAttempt: '2',
    })
    expect([again.code, again.stderr, again.outputs.version, again.outputs.commit]).toEqual([
      0,
      '',
      'v1.0.0',
      v1,
    ])
    expect(repo.git('tag', '-l')).toBe(tags)
    expect(again.summary).toContain(
      '> This run already rolled back churn (v1.1.0 → v1.0.0); this attempt wrote no tag and reports that rollback.',
    )

    // A rollback to the version that already holds the stage writes nothing.
    const current = await runAction({
      apiUrl: emulator.url,
      event: 'workflow_dispatch',
      payload: dispatchPayload({ model: 'churn', version: '1.0.0', reason: 'make sure' }),
      inputs: GTO,
      actor: 'oncall',
      runId: '4004',
    })
    expect([current.code, current.stderr, current.outputs.version]).toEqual([0, '', 'v1.0.0'])
    expect(current.summary).toBe(
      `## Model Gate: churn is already at \`v1.0.0\`\n\nIt holds stage prod from commit \`${v1.slice(0, 12)}\`: no tag was written.\n`,
    )
    expect(repo.git('tag', '-l')).toBe(tags)
  })
})
