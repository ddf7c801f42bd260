/**
 * No way around the gate, through the built action against the GitHub emulator: each way a regressed
 * model used to pass ends in a failing check (or a warning that says why) with the reason in the comment,
 * the check run and the outputs. Every test opens its own pull request from the same production commit.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { commentPayload, pullRequestPayload, pushPayload, runAction } from '../helpers/action.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { VERSION } from '../../src/version.js'
import { BASE_FILES, churn } from '../helpers/integrity-fixtures.js'

const MARKER = '<!-- model-gate:comment -->'
let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 300

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', BASE_FILES)
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  emulator = await startEmulator({
    repoDir: repo.dir,
    owner: 'acme',
    repo: 'models',
    permissions: { maintainer: 'maintain', alice: 'read' },
  })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

/** A pull request from the production commit with these changes, checked by the action. */
async function checkPull(files: Record<string, string>, remove: string[] = []) {
  const number = nextPull++
  const branch = `pr-${number}`
  repo.git('checkout', '--quiet', '-b', branch, base)
  for (const path of remove) repo.git('rm', '--quiet', path)
  const head = repo.commit(`change ${number}`, files)
  repo.git('checkout', '--quiet', 'main')
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  const run = await runCheck(number, branch, head)
  return { number, branch, head, run }
}

const runCheck = (number: number, branch: string, head: string) =>
  runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: base, headRef: branch, headSha: head }),
    sha: head,
  })

const sticky = (n: number) =>
  emulator.state.comments.find((c) => c.issue_number === n && c.body.startsWith(MARKER))?.body ?? ''
const conclusions = (sha: string) =>
  emulator.state.checkRuns.filter((c) => c.head_sha === sha).map((c) => c.conclusion)
const lastCheck = (sha: string) => emulator.state.checkRuns.filter((c) => c.head_sha === sha).at(-1)

describe('the action closes each way around the gate', () => {
  it('1. a metrics-file-only retrain is checked, fails its floor, and says why it was checked', async () => {
    const pr = await checkPull({ 'models/churn/eval/metrics.json': '{"f1": 0.5, "recall": 0.7}\n' })
    expect(pr.run.code).toBe(1)
    expect(conclusions(pr.head)).toEqual(['failure'])
    expect(pr.run.outputs.verdict).toBe('fail')
    const body = sticky(pr.number).replace(/ \d{4}-\d\d-\d\d \d\d:\d\d UTC \(just now\)/, ' TIME')
    expect(body).toBe(EXPECTED_METRICS_FILE_COMMENT(pr.head))
    expect(lastCheck(pr.head)?.output.summary).toContain(
      'Checked because models/churn/eval/metrics.json changed.',
    )
    expect(pr.run.summary).toContain('Checked because models/churn/eval/metrics.json changed.')
    const report = JSON.parse(pr.run.outputs.report ?? '{}')
    expect(report.models[0].checked_because).toEqual(['models/churn/eval/metrics.json'])
  })

  it('1. a referenced file deleted at the head fails the model', async () => {
    const pr = await checkPull({}, ['models/churn/eval/metrics.json'])
    expect(conclusions(pr.head)).toEqual(['failure'])
    expect(sticky(pr.number)).toContain(
      '- ❌ models/churn/model.yaml:7: metrics\\_files\\[0\\] references models/churn/eval/metrics.json, which this change deletes',
    )
  })

  it('2. a renamed model is compared with the old name’s production, and the comment says so', async () => {
    const renamed = churn({ name: 'churn-v2', metrics: '  accuracy: {value: 0.80, n: 20000}\n  auc: 0.95\n' })
    const pr = await checkPull({ 'models/churn/model.yaml': renamed })
    expect(conclusions(pr.head)).toEqual(['failure'])
    const body = sticky(pr.number)
    expect(body).toContain('| ❌ churn-v2 | `3.1.0` | `3.0.0` | failed (1 metric) |')
    expect(body).toContain(
      "- ⚠️ renamed from churn: compared with churn's production; the new name starts its own history when promoted",
    )
  })

  it('2. a removed production model is listed as removed', async () => {
    const pr = await checkPull({}, ['models/churn/model.yaml'])
    expect(conclusions(pr.head)).toEqual(['success'])
    expect(sticky(pr.number)).toContain(
      '- manifest removed in this change; production 3.0.0 stays until it is rolled back or retired',
    )
  })

  it('3. a look-alike metric name fails with an error naming both, annotated on its line', async () => {
    const metrics = '  accuracy: {value: 0.91, n: 20000}\n  аuc: 0.5\n'
    const pr = await checkPull({ 'models/churn/model.yaml': churn({ metrics }) })
    expect(conclusions(pr.head)).toEqual(['failure'])
    expect(sticky(pr.number)).toContain(
      "- ❌ models/churn/model.yaml:10: metric '\\\\u{430}uc' looks like production's 'auc' but is a different name: write 'auc', or declare renamed\\_from: auc",
    )
    expect(pr.run.outputs.verdict).toBe('fail')
    expect(lastCheck(pr.head)?.output.annotations).toContainEqual({
      path: 'models/churn/model.yaml',
      start_line: 10,
      end_line: 10,
      annotation_level: 'failure',
      title: 'model-gate: churn has an error',
      message:
        "models/churn/model.yaml:10: metric '\\u{430}uc' looks like production's 'auc' but is a different name: write 'auc', or declare renamed_from: auc",
    })
  })

  it('3. a metric the policy names cannot be deleted', async () => {
    const pr = await checkPull({ 'models/churn/model.yaml': churn({ metrics: '  accuracy: 0.91\n' }) })
    expect(conclusions(pr.head)).toEqual(['failure'])
    expect(sticky(pr.number)).toContain(
      '| auc | 0.95 | | | | higher is better; warn 1%, fail 0.02 | ❌ missing (named by the policy) |',
    )
    expect(JSON.parse(pr.run.outputs.regressions ?? '[]')).toContainEqual({
      model: 'churn',
      metric: 'auc',
      verdict: 'missing',
      level: 'fail',
      production: 0.95,
      candidate: null,
      delta: null,
      accepted: false,
    })
  })

  it('4. a shrunken sample is a warning shown in what changed', async () => {
    const metrics = '  accuracy: {value: 0.91, n: 1}\n  auc: 0.95\n'
    const pr = await checkPull({ 'models/churn/model.yaml': churn({ metrics }) })
    expect(pr.run.code).toBe(0)
    expect(conclusions(pr.head)).toEqual(['neutral'])
    const body = sticky(pr.number)
    expect(body).toContain(
      '- ⚠️ accuracy: sample size n 20000 → 1 shrank by more than half: significance tests will treat the metric as noisier',
    )
    expect(body).toContain('| metrics | accuracy.n | changed | 20000 | 1 |')
    expect((await runCheckFailOnWarn(pr)).code).toBe(1)
  })

  it('5. a regression on a changed evaluation set still fails, labelled with what changed', async () => {
    const candidate = churn({
      evalUri: 's3://corp/churn/eval-easy.parquet',
      metrics: '  accuracy: {value: 0.87, n: 20000}\n  auc: 0.96\n',
    })
    const pr = await checkPull({ 'models/churn/model.yaml': candidate })
    expect(conclusions(pr.head)).toEqual(['failure'])
    expect(sticky(pr.number)).toContain(
      '❌ fail (evaluation data changed: eval.uri s3:/&#8203;/corp/churn/eval-2026-10.parquet → s3:/&#8203;/corp/churn/eval-easy.parquet) |',
    )
  })
})

const runCheckFailOnWarn = (pr: { number: number; branch: string; head: string }) =>
  runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({ number: pr.number, baseSha: base, headRef: pr.branch, headSha: pr.head }),
    sha: pr.head,
    inputs: { 'fail-on': 'warn' },
  })

describe('6. an acceptance covers what was accepted, and nothing else', () => {
  // This test moves production and main; it puts both back, so the other tests see churn 3.0.0 in any order.
  let refs: { registry: string; main: string }
  beforeEach(() => {
    refs = { registry: repo.git('rev-parse', 'model-registry'), main: repo.git('rev-parse', 'main') }
  })
  afterEach(() => {
    repo.git('update-ref', 'refs/heads/model-registry', refs.registry)
    repo.git('checkout', '--quiet', 'main')
    repo.git('reset', '--quiet', '--hard', refs.main)
  })

  it('lapses when production moves: the check fails again and the push does not promote on it', async () => {
    const regressed = churn({ metrics: '  accuracy: {value: 0.89, n: 20000}\n  auc: 0.95\n' })
    const pr = await checkPull({ 'models/churn/model.yaml': regressed })
    expect(conclusions(pr.head)).toEqual(['failure'])
    await new Promise((r) => setTimeout(r, 1100)) // the check finished before the comment, in whole seconds
    const comment = emulator.addComment(pr.number, '/model-gate accept churn known drop', 'maintainer')
    const say = () =>
      runAction({
        apiUrl: emulator.url,
        event: 'issue_comment',
        payload: commentPayload({
          pull: pr.number,
          commentId: comment.id,
          createdAt: comment.created_at,
          body: comment.body,
          login: 'maintainer',
        }),
        actor: 'maintainer',
      })
    expect((await say()).code).toBe(0)
    expect(conclusions(pr.head)).toEqual(['failure', 'success'])
    const entry = () => JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
    expect(entry().history.at(-1)).toMatchObject({
      type: 'accept',
      against: expect.stringMatching(/^3\.0\.0#[0-9a-f]{16}$/),
    })

    // Production moves (another pull request merged and promoted 3.0.5 at 0.97).
    repo.git('checkout', '--quiet', 'main')
    repo.commit('3.0.5', {
      'models/churn/model.yaml': churn({
        metrics: '  accuracy: {value: 0.97, n: 20000}\n  auc: 0.95\n',
      }).replace('version: 3.1.0', 'version: 3.0.5'),
    })
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)

    const again = await runCheck(pr.number, pr.branch, pr.head)
    expect(again.code).toBe(1)
    expect(conclusions(pr.head)).toEqual(['failure', 'success', 'failure'])
    expect(sticky(pr.number).replace(/content [0-9a-f]{8}/g, 'content X')).toContain(
      '- ❌ Acceptance lapsed: accepted by maintainer against 3.0.0 \\(content X\\); production is now 3.0.5 \\(content X\\), so the regression must be reviewed again',
    )

    // Merged anyway: the push does not promote on the lapsed acceptance.
    const before = repo.git('rev-parse', 'main')
    repo.git('merge', '--quiet', '--no-ff', '-X', 'theirs', '-m', `Merge #${pr.number}`, pr.branch)
    const after = repo.git('rev-parse', 'HEAD')
    emulator.setPull(pr.number, { merge_commit_sha: after, merged: true, state: 'closed' })
    const push = await runAction({
      apiUrl: emulator.url,
      event: 'push',
      payload: pushPayload({ before, after }),
      sha: after,
      ref: 'refs/heads/main',
      actor: 'merger',
    })
    expect(push.code).toBe(1)
    expect(entry().production.version).toBe('3.0.5')
    expect(push.summary).toContain('its gate failed and no acceptance was recorded')
  })
})

const EXPECTED_METRICS_FILE_COMMENT = (head: string) => `${MARKER}

## ❌ Model Gate: failed

1 model checked: 1 failed.

Policy: .github/model-gate.yml.

| Model | Candidate | Production | Verdict |
| - | - | - | - |
| ❌ churn | \`3.0.0\` | \`3.0.0\` | failed (1 metric) |

### ❌ churn \`3.0.0\` → \`3.0.0\`

models/churn/model.yaml, production from model-registry: promoted by Test Author TIME

Checked because models/churn/eval/metrics.json changed.

| Metric | Production | Candidate | Δ | Δ % | Rule | Verdict |
| - | - | - | - | - | - | - |
| accuracy | 0.91 | 0.91 | 0 | 0.00% | higher is better; warn 1%, fail 0.01, min 0.85 | ✅ unchanged |
| auc | 0.95 | 0.95 | 0 | 0.00% | higher is better; warn 1%, fail 0.02 | ✅ unchanged |
| f1 | 0.8 | 0.5 | -0.3 | -37.50% | higher is better (inferred); warn 1%, fail 2%, min 0.75 | ❌ below floor |
| recall | 0.7 | 0.7 | 0 | 0.00% | higher is better (inferred); warn 1%, fail 2% | ✅ unchanged |

<details><summary>Trend: f1, accuracy</summary>

\`\`\`mermaid
---
config:
  xyChart:
    width: 760
    height: 320
  themeVariables:
    xyChart:
      plotColorPalette: "#0969da, #cf222e"
---
xychart-beta
  title "f1: fails below 0.784"
  x-axis ["3.0.0", "3.0.0 ↩ (candidate)"]
  y-axis "higher is better" 0.46 --> 0.83
  line [0.8, 0.5]
  line [0.784, 0.784]
\`\`\`

\`\`\`mermaid
---
config:
  xyChart:
    width: 760
    height: 320
  themeVariables:
    xyChart:
      plotColorPalette: "#0969da, #cf222e"
---
xychart-beta
  title "accuracy: fails below 0.9"
  x-axis ["3.0.0", "3.0.0 ↩ (candidate)"]
  y-axis "higher is better" 0.899 --> 0.911
  line [0.91, 0.91]
  line [0.9, 0.9]
\`\`\`

<sub>Each chart: production versions, oldest first, then this candidate. The flat line is where a candidate fails.</sub>

</details>

<sub>Model Gate ${VERSION} checked ${head.slice(0, 12)} · [run](https://github.com/acme/models/actions/runs/1001)</sub>
<!-- model-gate:head=${head} -->
`
