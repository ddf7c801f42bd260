/** The action over the rebuilt iterative/example-get-started: a DVC pipeline with GTO tags and no model.yaml. */
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { rebuildRealRepo, REAL_FIXTURES, type RealRepo } from '../helpers/real-repos.js'

const NOT_REPRODUCED = 'the model was not reproduced with these params (run dvc repro)'

describe('a pull request on a DVC + GTO repository with no model.yaml', () => {
  let repo: RealRepo
  let emulator: Emulator

  beforeAll(async () => {
    repo = rebuildRealRepo('example-get-started')
    repo.git('checkout', '--quiet', '-b', 'params-only', 'main')
    repo.commit('More trees, params only', {
      'params.yaml': readFileSync(`${REAL_FIXTURES}/example-get-started/tree/bea12fe/params.yaml`, 'utf8'),
    })
    repo.git('checkout', '--quiet', '-b', 'dvc-only', 'main')
    repo.commit('A larger dataset, pointer only', {
      'data/data.xml.dvc': readFileSync(
        `${REAL_FIXTURES}/example-get-started/tree/c0c556d/data/data.xml.dvc`,
        'utf8',
      ),
    })
    repo.git('checkout', '--quiet', 'main')
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

  /** A pull request from head to base, checked against production in `registry`; the report and the comment. */
  async function checkPull(registry: string, number: number, base: string, headRef: string, head: string) {
    emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef, headSha: head, user: 'dberenbaum' })
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number, baseSha: base, headRef, headSha: head }),
      inputs: { registry },
      sha: head,
    })
    expect([run.code, run.stderr, run.commands]).toEqual([0, '', []])
    const comments = emulator.state.comments.filter((c) => c.issue_number === number)
    expect(comments).toHaveLength(1)
    return { model: JSON.parse(run.outputs.report ?? '').models[0], comment: comments[0]?.body ?? '' }
  }

  it('a params.yaml-only change: each key dvc.lock records otherwise is a warning, in the report and the comment', async () => {
    // Production is the base commit: what changed is then only what this pull request changed.
    const { model, comment } = await checkPull(
      'base',
      8,
      repo.branches.get('main')!,
      'params-only',
      repo.git('rev-parse', 'params-only'),
    )
    const drift = [
      `params.yaml train.min_split is 8 but dvc.lock records 0.01 (stage train): ${NOT_REPRODUCED}`,
      `params.yaml train.n_est is 100 but dvc.lock records 50 (stage train): ${NOT_REPRODUCED}`,
    ]
    expect([
      model.verdict,
      model.checked_because,
      model.warnings.length,
      model.warnings.slice(1),
      model.changes,
    ]).toEqual([
      'warn',
      ['params.yaml'],
      3, // production's commit has no recorded metrics, then the two keys
      drift,
      [],
    ])
    expect(comment).toContain(
      '\n- ⚠️ params.yaml train.min\\_split is 8 but dvc.lock records 0.01 \\(stage train\\): the model was not reproduced with these params \\(run dvc repro\\)\n' +
        '- ⚠️ params.yaml train.n\\_est is 100 but dvc.lock records 50 \\(stage train\\): the model was not reproduced with these params \\(run dvc repro\\)\n',
    )
  })

  it('a .dvc-only change: checked, and the data hash is what changed', async () => {
    const head = repo.git('rev-parse', 'dvc-only')
    const { model, comment } = await checkPull('base', 10, repo.branches.get('main')!, 'dvc-only', head)
    expect([model.checked_because, model.changes]).toEqual([
      ['data/data.xml.dvc'],
      [
        {
          section: 'data',
          key: 'data/data.xml.md5',
          kind: 'changed',
          before: '22a1a2931c8370d3aeedd7183606fd7f',
          after: '4bd325a30d5f1d5ea1a451d98767ddde',
        },
        { section: 'data', key: 'data/data.xml.size', kind: 'changed', before: 14445097, after: 59918667 },
      ],
    ])
    expect(comment).toContain('| data | data/data.xml.md5 | changed | 22a1a2931c83 | 4bd325a30d5f |\n')
  })

  it('a head GTO registered is checked as its registered version', async () => {
    const head = repo.commit('e4bc9b0')
    repo.git('branch', 'bigrams', head)
    const { model } = await checkPull('gto', 9, repo.commit('0d46eb4'), 'bigrams', head)
    expect([model.candidate_version, model.production_version]).toEqual(['v1.1.0', 'v1.0.0'])
  })
})
