/** The action over the rebuilt iterative/example-get-started: a DVC pipeline with GTO tags and no model.yaml. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { rebuildRealRepo, type RealRepo } from '../helpers/real-repos.js'

describe('a pull request on a DVC + GTO repository with no model.yaml', () => {
  let repo: RealRepo
  let emulator: Emulator

  beforeAll(async () => {
    repo = rebuildRealRepo('example-get-started')
    emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
  })
  afterAll(async () => {
    await emulator.close()
    repo.remove()
  })
  afterEach(() => expect(emulator.violations).toEqual([]))

  it('try-large-dataset: the implicit manifest is checked through the API, production without metrics warned', async () => {
    const base = repo.branches.get('main')!
    const head = repo.branches.get('try-large-dataset')!
    emulator.setPull(7, {
      baseRef: 'main',
      baseSha: base,
      headRef: 'try-large-dataset',
      headSha: head,
      user: 'dberenbaum',
    })
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number: 7, baseSha: base, headRef: 'try-large-dataset', headSha: head }),
      inputs: { registry: 'gto' },
      sha: head,
    })
    expect([run.code, run.stderr, run.commands]).toEqual([0, '', []])
    const report = JSON.parse(run.outputs.report ?? '')
    const [model] = report.models
    expect([report.verdict, model.name, model.path, model.production_version, model.checked_because]).toEqual(
      [
        'warn',
        'text-classification',
        'dvc.yaml:text-classification',
        'v1.0.0',
        ['data/data.xml.dvc', 'dvc.lock', 'params.yaml'],
      ],
    )
    expect(model.warnings).toEqual([
      'production v1.0.0 has no recorded metrics (GTO text-classification#prod#1 (v1.0.0)): no metric is compared; write a model.yaml for it beside dvc.yaml with its metrics (docs/dvc-and-gto.md), then promote it',
    ])
    expect(model.changes[0]).toEqual({
      section: 'data',
      key: 'data/data.xml.md5',
      kind: 'changed',
      before: '22a1a2931c8370d3aeedd7183606fd7f',
      after: '4bd325a30d5f1d5ea1a451d98767ddde',
    })
    const comments = emulator.state.comments.filter((c) => c.issue_number === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('data/data.xml.dvc')
    const checks = emulator.state.checkRuns.filter((c) => c.head_sha === head)
    expect(checks.map((c) => c.conclusion)).toEqual(['neutral']) // a warning, not a failure
  })
})
