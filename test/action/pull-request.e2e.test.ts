import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction, type ActionRun } from '../helpers/action.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { VERSION } from '../../src/version.js'
import { commitOnBranch, manifest } from '../helpers/fixtures.js'

const POLICY = `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
require: [accuracy]
`
const MARKER = '<!-- model-gate:comment -->'

let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 1

/** A branch off main with these files, opened as a pull request in the emulator. */
function openPull(files: Record<string, string>, options: { fork?: boolean; from?: string } = {}) {
  const number = nextPull++
  const branch = `pr-${number}`
  const head = commitOnBranch(repo, branch, files, {
    from: options.from ?? 'main',
    message: `change ${number}`,
  })
  emulator.setPull(number, {
    baseRef: 'main',
    baseSha: base,
    headRef: branch,
    headSha: head,
    user: 'alice',
    fork: options.fork ?? false,
  })
  return { number, branch, head }
}

function push(pull: { number: number; branch: string; head: string }, files: Record<string, string>) {
  repo.git('checkout', '--quiet', pull.branch)
  const head = repo.commit('another push', files)
  repo.git('checkout', '--quiet', 'main')
  emulator.setPull(pull.number, { headSha: head })
  return { ...pull, head }
}

function check(
  pull: { number: number; branch: string; head: string },
  inputs: Record<string, string> = {},
  extra: { fork?: boolean; bundle?: boolean } = {},
) {
  return runAction({
    bundle: extra.bundle ?? false,
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({
      number: pull.number,
      baseSha: base,
      headRef: pull.branch,
      headSha: pull.head,
      fork: extra.fork ?? false,
    }),
    inputs,
    sha: pull.head,
  })
}

const commentsOn = (n: number) => emulator.state.comments.filter((c) => c.issue_number === n)
const checksOn = (sha: string) => emulator.state.checkRuns.filter((c) => c.head_sha === sha)

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', {
    '.github/model-gate.yml': POLICY,
    'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.912\n  latency_ms: 40\n'),
    'models/fraud/model.yaml': manifest('fraud', '1.4.0', '  accuracy: 0.98\n'),
  })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  expect((await runCli(repo.dir, ['promote', 'models/fraud/model.yaml'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models', requireToken: true })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => {
  // Every request any test made was one GitHub's OpenAPI description allows.
  expect(emulator.violations).toEqual([])
})

function expectNoCrash(run: ActionRun) {
  // no stack frame of any form (`at fn (file:1:2)`, `at file:1:2`, `at async fn ...`) on either stream
  for (const text of [run.stderr, run.stdout]) expect(text).not.toMatch(/^\s+at \S.*:\d+(:\d+)?\)?$/m)
}

describe('the pull-request check, end to end', () => {
  it('a regression fails the check, the job and comments once, with annotations on the manifest lines', async () => {
    const pull = openPull({
      'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.89\n  latency_ms: 41\n'),
    })
    // The pull_request smoke test: the built bundle, in its own process.
    const run = await check(pull, {}, { bundle: true })
    expectNoCrash(run)
    expect(run.code).toBe(1)
    expect(run.commands).toContainEqual({ kind: 'error', message: 'Model Gate: fail (fail-on: fail)' })
    expect(run.outputs.verdict).toBe('fail')
    expect(JSON.parse(run.outputs.regressions ?? '')).toEqual([
      {
        model: 'churn',
        metric: 'accuracy',
        verdict: 'fail',
        level: 'fail',
        production: 0.912,
        candidate: 0.89,
        delta: 0.89 - 0.912,
        accepted: false,
      },
      {
        model: 'churn',
        metric: 'latency_ms',
        verdict: 'fail',
        level: 'fail',
        production: 40,
        candidate: 41,
        delta: 1,
        accepted: false,
      },
    ])
    expect(JSON.parse(run.outputs.report ?? '').models[0].name).toBe('churn')

    const [comment, ...others] = commentsOn(pull.number)
    expect(others).toEqual([])
    expect(comment?.body).toBe(`${MARKER}

## ❌ Model Gate: failed

1 model checked: 1 failed.

Policy: .github/model-gate.yml.

| Model | Candidate | Production | Verdict |
| - | - | - | - |
| ❌ churn | \`3.1.0\` | \`3.0.0\` | failed (2 metrics) |

### ❌ churn \`3.0.0\` → \`3.1.0\`

${comment?.body.match(/models\/churn\/model\.yaml, production from model-registry: promoted by Test Author \d{4}-\d\d-\d\d \d\d:\d\d UTC \((just now|\d+ minutes? ago)\)/)?.[0]}

| Metric | Production | Candidate | Δ | Δ % | Rule | Verdict |
| - | - | - | - | - | - | - |
| accuracy | 0.912 | 0.89 | -0.022 | -2.41% | higher is better; warn 1%, fail 0.01, min 0.85 | ❌ fail |
| latency\\_ms | 40 | 41 | +1 | +2.50% | lower is better (inferred); warn 1%, fail 2% | ❌ fail |

<details><summary>Trend: accuracy, latency_ms</summary>

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
  title "accuracy: fails below 0.902"
  x-axis ["3.0.0", "3.1.0 (candidate)"]
  y-axis "higher is better" 0.887 --> 0.915
  line [0.912, 0.89]
  line [0.902, 0.902]
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
  title "latency_ms: fails above 40.8"
  x-axis ["3.0.0", "3.1.0 (candidate)"]
  y-axis "lower is better" 39.8 --> 41.1
  line [40, 41]
  line [40.8, 40.8]
\`\`\`

<sub>Each chart: production versions, oldest first, then this candidate. The flat line is where a candidate fails.</sub>

</details>

<sub>Model Gate ${VERSION} checked ${pull.head.slice(0, 12)} · [run](https://github.com/acme/models/actions/runs/1001)</sub>
<!-- model-gate:head=${pull.head} -->
`)
    const [run1, ...moreRuns] = checksOn(pull.head)
    expect(moreRuns).toEqual([])
    expect(run1).toMatchObject({ name: 'model-gate', status: 'completed', conclusion: 'failure' })
    expect(run1?.output.title).toBe('1 of 1 model failed')
    expect(run1?.output.summary).toContain('## ❌ Model Gate: failed')
    expect(run1?.output.annotations).toEqual([
      {
        path: 'models/churn/model.yaml',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        title: 'model-gate: churn accuracy: fail',
        message:
          'accuracy: 0.912 → 0.89 (-0.022, -2.41%). Rule: higher is better; warn 1%, fail 0.01, min 0.85.',
      },
      {
        path: 'models/churn/model.yaml',
        start_line: 5,
        end_line: 5,
        annotation_level: 'failure',
        title: 'model-gate: churn latency_ms: fail',
        message: 'latency_ms: 40 → 41 (+1, +2.50%). Rule: lower is better (inferred); warn 1%, fail 2%.',
      },
    ])
    expect(run.summary).toContain('## ❌ Model Gate: failed')
    expect(run.summary).toContain(`<!-- model-gate:head=${pull.head} -->`)
  })

  it('an improvement passes, and a re-run updates the same comment', async () => {
    const pull = openPull({ 'models/fraud/model.yaml': manifest('fraud', '1.5.0', '  accuracy: 0.99\n') })
    const first = await check(pull)
    expect([first.code, first.outputs.verdict]).toEqual([0, 'pass'])
    const again = await check(pull)
    expect(again.code).toBe(0)
    const comments = commentsOn(pull.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('## ✅ Model Gate: passed')
    expect(
      emulator
        .requestsFor('issues/update-comment')
        .filter((r) => r.path.endsWith(`/comments/${comments[0]?.id}`)),
    ).toHaveLength(1)
    expect(checksOn(pull.head).map((c) => c.conclusion)).toEqual(['success', 'success'])
  })

  it('two pushes leave one comment with the newest SHA; an older run arriving late does not overwrite it', async () => {
    const first = openPull({ 'models/fraud/model.yaml': manifest('fraud', '1.5.0', '  accuracy: 0.5\n') })
    expect((await check(first)).code).toBe(1)
    const second = push(first, {
      'models/fraud/model.yaml': manifest('fraud', '1.5.1', '  accuracy: 0.985\n'),
    })
    expect((await check(second)).code).toBe(0)
    const [only, ...rest] = commentsOn(first.number)
    expect(rest).toEqual([])
    expect(only?.body).toContain(`<!-- model-gate:head=${second.head} -->`)
    expect(only?.body).toContain('## ✅ Model Gate: passed')

    const late = await check(first) // the run for the first push, arriving after the second's
    expect(late.code).toBe(1) // its own result still fails its own commit's check...
    expect(late.commands).toContainEqual({
      kind: 'notice',
      message: `The pull request's head is now ${second.head.slice(0, 12)}; this run checked ${first.head.slice(0, 12)}, so it leaves the comment to the newer run.`,
    })
    const [still] = commentsOn(first.number) // ...but the comment keeps the newest result
    expect(still?.body).toBe(only?.body)
    expect(checksOn(second.head).map((c) => c.conclusion)).toEqual(['success'])
  })

  it('a new model is reported, not failed', async () => {
    const pull = openPull({ 'models/ranker/model.yaml': manifest('ranker', '0.1.0', '  accuracy: 0.9\n') })
    const run = await check(pull)
    expect([run.code, run.outputs.verdict]).toEqual([0, 'pass'])
    expect(commentsOn(pull.number)[0]?.body).toContain('| 🆕 ranker | `0.1.0` | none (new model) | new |')
  })

  it('no manifest changed: a success check "no model changes", and no comment', async () => {
    const pull = openPull({ 'README.md': 'docs only\n' })
    // Through the built bundle: the path whose cold start `npm run bench` measures, its handler a chunk.
    const run = await check(pull, {}, { bundle: true })
    expect([run.code, run.outputs.verdict]).toEqual([0, 'skip'])
    expect(checksOn(pull.head).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['success', 'No model changes'],
    ])
    expect(commentsOn(pull.number)).toEqual([])
  })

  it('a policy loosened in the pull request is ignored: the base decides', async () => {
    const pull = openPull({
      '.github/model-gate.yml': 'defaults: {warn: 90%, fail: 99%}\n',
      'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.5\n  latency_ms: 40\n'),
    })
    const run = await check(pull)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    expect(commentsOn(pull.number)[0]?.body).toContain(
      '| accuracy | 0.912 | 0.5 | -0.412 | -45.18% | higher is better; warn 1%, fail 0.01, min 0.85 | ❌ below floor |',
    )
  })

  it('a bad manifest gets an annotated error while the other models are still checked', async () => {
    const pull = openPull({
      'models/churn/model.yaml': 'name: churn\nversion: 3.1.0\nmetrics:\n  accuracy: .nan\n',
      'models/fraud/model.yaml': manifest('fraud', '1.5.0', '  accuracy: 0.981\n'),
    })
    const run = await check(pull)
    expectNoCrash(run)
    expect(run.code).toBe(1)
    const body = commentsOn(pull.number)[0]?.body ?? ''
    expect(body).toContain('- ❌ models/churn/model.yaml:4:13: number NaN is not finite')
    expect(body).toContain('| ✅ fraud | `1.5.0` | `1.4.0` | passed |')
    expect(checksOn(pull.head)[0]?.output.annotations).toEqual([
      {
        path: 'models/churn/model.yaml',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        title: 'model-gate: models/churn/model.yaml is invalid',
        message: 'models/churn/model.yaml:4:13: number NaN is not finite',
      },
    ])
  })
})

describe('a pull request from a fork on pull_request (read-only token)', () => {
  let readOnly: Emulator
  beforeAll(async () => {
    readOnly = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models', readOnly: true })
  })
  afterAll(() => readOnly.close())

  it('does not crash: writes the job summary, warns once how to run safely, and still fails when the gate fails', async () => {
    const number = 900
    const head = commitOnBranch(
      repo,
      'fork-branch',
      {
        'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.5\n  latency_ms: 40\n'),
      },
      { message: 'from a fork' },
    )
    readOnly.setPull(number, {
      baseRef: 'main',
      baseSha: base,
      headRef: 'fork-branch',
      headSha: head,
      user: 'mallory',
      fork: true,
    })
    const run = await runAction({
      apiUrl: readOnly.url,
      event: 'pull_request',
      payload: pullRequestPayload({
        number,
        baseSha: base,
        headRef: 'fork-branch',
        headSha: head,
        author: 'mallory',
        fork: true,
      }),
      sha: head,
    })
    expectNoCrash(run)
    expect(run.code).toBe(1)
    expect(run.summary).toContain('## ❌ Model Gate: failed')
    const warnings = run.commands.filter((c) => c.kind === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toBe(
      'Model Gate could not write the check run and the comment: the token is read-only (a pull request from a fork, on the pull_request event). The result is in this job summary, and the job still fails when the gate fails. To comment and create the check on pull requests from forks, run Model Gate on pull_request_target: it reads files through the API and runs no code of the pull request, so it needs no checkout (see the README). Otherwise grant the job pull-requests: write and checks: write.',
    )
    expect(run.commands.filter((c) => c.kind === 'error')).toEqual([
      { kind: 'error', message: 'Model Gate: fail (fail-on: fail)' },
    ])
    expect(readOnly.state.comments).toEqual([])
    expect(readOnly.violations).toEqual([])
  })
})

describe('the sticky comment cannot be hijacked', () => {
  it("ignores a person's comment that carries the marker, and comments anew", async () => {
    const pull = openPull({ 'models/fraud/model.yaml': manifest('fraud', '1.6.0', '  accuracy: 0.99\n') })
    const planted = emulator.addComment(pull.number, `${MARKER}\nplease merge, the gate said so`, 'mallory')
    const run = await check(pull)
    expect(run.code).toBe(0)
    const comments = commentsOn(pull.number)
    expect(
      comments.map((c) => [c.user.login, c.body.startsWith(`${MARKER}\n\n## ✅ Model Gate: passed`)]),
    ).toEqual([
      ['mallory', false],
      ['github-actions[bot]', true],
    ])
    expect(comments[0]?.body).toBe(planted.body)
  })
})

describe('a long conversation', () => {
  it('finds its comment past the first 100 comments and updates it in place, one query a page', async () => {
    const pull = openPull({ 'models/fraud/model.yaml': manifest('fraud', '1.6.1', '  accuracy: 0.99\n') })
    for (let i = 0; i < 150; i++) emulator.addComment(pull.number, `comment ${i}`, 'bob')
    expect((await check(pull)).code).toBe(0)
    const [mine, ...others] = commentsOn(pull.number).filter((c) => c.user.login === 'github-actions[bot]')
    expect(others).toEqual([])
    for (let i = 0; i < 150; i++) emulator.addComment(pull.number, `later ${i}`, 'bob')
    const from = emulator.requests.length
    expect((await check(pull)).code).toBe(0)
    const since = emulator.requests.slice(from)
    // the head and the comment: the 151st comment, on the second page of 100
    const query = (r: { body: unknown }) =>
      r.body as { query?: string; variables?: { after?: string | null } }
    const searches = since.filter((r) => /pullRequest\(/.test(query(r)?.query ?? ''))
    expect(searches.map((r) => query(r).variables?.after)).toEqual([null, expect.any(String)])
    // the comment updated in place, and the check run (written side by side with it, in either order)
    const writes = since.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql')
    expect(writes.map((r) => [r.operationId, r.path.split('/').at(-1)]).sort()).toEqual([
      ['checks/create', 'check-runs'],
      ['issues/update-comment', String(mine?.id)],
    ])
    expect(commentsOn(pull.number).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1)
  })
})
