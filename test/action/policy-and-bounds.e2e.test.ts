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

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', {
    '.github/model-gate.yml': POLICY,
    'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.912\n'),
  })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models', requireToken: true })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

/** A branch off main with these changes (paths mapped to null are deleted), opened as a pull request. */
function openPull(files: Record<string, string | null>) {
  const number = nextPull++
  const branch = `pr-${number}`
  repo.git('checkout', '--quiet', '-b', branch, base)
  for (const [path, text] of Object.entries(files)) if (text === null) repo.git('rm', '--quiet', path)
  const written = Object.fromEntries(Object.entries(files).filter(([, t]) => t !== null)) as Record<
    string,
    string
  >
  const head = repo.commit(`change ${number}`, written)
  repo.git('checkout', '--quiet', 'main')
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  return { number, branch, head }
}

function check(
  pull: { number: number; branch: string; head: string },
  inputs: Record<string, string> = {},
  env?: Record<string, string>,
) {
  return runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({
      number: pull.number,
      baseSha: base,
      headRef: pull.branch,
      headSha: pull.head,
    }),
    inputs,
    sha: pull.head,
    ...(env ? { env } : {}),
  })
}

const commentsOn = (n: number) => emulator.state.comments.filter((c) => c.issue_number === n)
const checksOn = (sha: string) => emulator.state.checkRuns.filter((c) => c.head_sha === sha)
const footer = (head: string) =>
  `<sub>Model Gate ${VERSION} checked ${head.slice(0, 12)} · [run](https://github.com/acme/models/actions/runs/1001)</sub>\n<!-- model-gate:head=${head} -->\n`

function expectNoCrash(run: ActionRun) {
  for (const text of [run.stderr, run.stdout]) expect(text).not.toMatch(/^\s+at \S.*:\d+(:\d+)?\)?$/m)
}

describe('loosening the gate is visible (issue 7, point 7)', () => {
  it('a pull request that only loosens the policy: a warning, a comment with the rules side by side, the check neutral', async () => {
    const pull = openPull({ '.github/model-gate.yml': POLICY.replace('fail: 0.01, min: 0.85', 'fail: 0.5') })
    const run = await check(pull)
    expectNoCrash(run)
    expect([run.code, run.outputs.verdict, run.outputs.regressions]).toEqual([0, 'warn', '[]'])
    const section = `### ⚠️ Proposed policy: 2 loosened

This pull request changes .github/model-gate.yml. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.

| Rule | Setting | In force | Proposed | Effect |
| - | - | - | - | - |
| metrics.accuracy | fail | 0.01 | 0.5 | ⚠️ looser |
| metrics.accuracy | min | 0.85 | none | ⚠️ looser |`
    const [comment, ...others] = commentsOn(pull.number)
    expect(others).toEqual([])
    expect(comment?.body).toBe(`${MARKER}

## ⚠️ Model Gate: passed with warnings

No model manifest changed.

${section}

${footer(pull.head)}`)
    const [checkRun, ...more] = checksOn(pull.head)
    expect(more).toEqual([])
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'neutral' })
    expect(checkRun?.output.title).toBe('Policy loosened (2 rules)')
    expect(checkRun?.output.summary).toContain(section)
    expect(run.summary).toContain(section)
    expect(JSON.parse(run.outputs.report ?? '').policy_changes).toMatchObject({ loosened: 2, tightened: 0 })
  })

  it('with fail-on: warn, loosening the policy fails the job and the check', async () => {
    const pull = openPull({ '.github/model-gate.yml': POLICY.replace('require: [accuracy]\n', '') })
    const run = await check(pull, { 'fail-on': 'warn' })
    expect([run.code, run.outputs.verdict]).toEqual([1, 'warn'])
    expect(run.commands).toContainEqual({ kind: 'error', message: 'Model Gate: warn (fail-on: warn)' })
    expect(checksOn(pull.head).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['failure', 'Policy loosened (1 rule)'],
    ])
    expect(commentsOn(pull.number)[0]?.body).toContain(
      '| require | accuracy | required | not required | ⚠️ looser |',
    )
  })

  it('deleting the policy file is compared with the built-in defaults', async () => {
    const pull = openPull({ '.github/model-gate.yml': null })
    const run = await check(pull)
    expect([run.code, run.outputs.verdict]).toEqual([0, 'warn'])
    expect(commentsOn(pull.number)[0]?.body).toContain(`### ⚠️ Proposed policy: 3 loosened, 2 tightened

This pull request deletes the policy file: after merge the built-in defaults apply. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.

| Rule | Setting | In force | Proposed | Effect |
| - | - | - | - | - |
| metrics.accuracy | fail | 0.01 | 1% | ⚠️ looser (changed kind: which is wider depends on the baseline value) |
| metrics.accuracy | min | 0.85 | none | ⚠️ looser |
| require | accuracy | required | not required | ⚠️ looser |
| defaults | warn | 1% | 0.5% | 🔒 tighter |
| defaults | fail | 2% | 1% | 🔒 tighter |`)
  })

  it('a policy that only tightens passes, and still says what it changes', async () => {
    const pull = openPull({ '.github/model-gate.yml': POLICY.replace('min: 0.85', 'min: 0.9') })
    const run = await check(pull)
    expect([run.code, run.outputs.verdict]).toEqual([0, 'pass'])
    expect(checksOn(pull.head).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['success', 'Policy changed, nothing loosened'],
    ])
    expect(commentsOn(pull.number)[0]?.body).toContain(
      '### ✅ Proposed policy: 1 tightened\n\nThis pull request changes .github/model-gate.yml.',
    )
  })

  it('a model change beside a loosened policy: the base thresholds decide, the loosening is listed', async () => {
    const pull = openPull({
      '.github/model-gate.yml': 'defaults: {warn: 90%, fail: 99%}\n',
      'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.5\n'),
    })
    const run = await check(pull)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    const body = commentsOn(pull.number)[0]?.body ?? ''
    expect(body).toContain(
      '| accuracy | 0.912 | 0.5 | -0.412 | -45.18% | higher is better; warn 1%, fail 0.01, min 0.85 | ❌ below floor |',
    )
    expect(body).toContain('| metrics.accuracy | min | 0.85 | none | ⚠️ looser |')
    expect(checksOn(pull.head).map((c) => [c.conclusion, c.output.title])).toEqual([
      ['failure', '1 of 1 model failed; policy loosened (5 rules)'],
    ])
  })
})

describe('bounded work, never a success followed by a crash (issue 7, point 8)', () => {
  it('the reproduction: three manifests of 16 metrics files of 0.56 MB end in a failing check with a clear message, fast', async () => {
    const file = (f: number) =>
      `{${Array.from({ length: 23_000 }, (_, i) => `"f${f}_m${String(i).padStart(6, '0')}": 0.9`).join(',\n')}}\n`
    const files: Record<string, string> = {}
    for (let m = 0; m < 3; m++) {
      const list = Array.from({ length: 16 }, (_, f) => `m${f}.json`).join(', ')
      files[`models/m${m}/model.yaml`] = `name: m${m}\nversion: 1.0.0\nmetrics_files: [${list}]\n`
      for (let f = 0; f < 16; f++) files[`models/m${m}/m${f}.json`] = file(f)
    }
    const pull = openPull(files)
    const run = await check(pull)
    expectNoCrash(run)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    const [checkRun, ...more] = checksOn(pull.head)
    expect(more).toEqual([])
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(checkRun?.output.title).toBe('3 of 3 models failed')
    const report = JSON.parse(run.outputs.report ?? '')
    expect(
      report.models.map((m: { name: string; errors: { message: string }[] }) => [m.name, m.errors]),
    ).toEqual(
      [0, 1, 2].map((m) => [
        `m${m}`,
        [
          {
            location: `models/m${m}/model.yaml:3`,
            message:
              'the model has more than 10,000 metrics (23,000 read so far, manifest and metrics files together)',
          },
        ],
      ]),
    )
    expect(commentsOn(pull.number)[0]?.body).toContain(
      '- ❌ models/m0/model.yaml:3: the model has more than 10,000 metrics \\(23,000 read so far, manifest and metrics files together\\)',
    )
  }, 120_000)

  it('past the run bound a model is refused; the outputs stay within 1 MB together', async () => {
    // 10,000 metrics per model, the most one model may have: accuracy (required) and 9,999 others
    const names = (m: number) => Array.from({ length: 9_999 }, (_, i) => `m${m}_metric_${i}`)
    const at = (m: number, value: number) =>
      `name: wide${m}\nversion: 1.0.0\nmetrics:\n  accuracy: 0.9\n${names(m)
        .map((n) => `  ${n}: ${value}\n`)
        .join('')}`
    const baseFiles: Record<string, string> = {}
    const headFiles: Record<string, string> = {}
    for (let m = 0; m < 6; m++) {
      baseFiles[`models/wide${m}/model.yaml`] = at(m, 0.9)
      headFiles[`models/wide${m}/model.yaml`] = at(m, 0.88).replace('1.0.0', '1.1.0') // -2.2%: a failure
    }
    repo.git('checkout', '--quiet', '-b', 'wide-base', base)
    const wideBase = repo.commit('wide models', baseFiles)
    const head = commitOnBranch(repo, 'wide-head', headFiles, { from: 'wide-base', message: 'wide retrain' })
    emulator.setPull(500, {
      baseRef: 'main',
      baseSha: wideBase,
      headRef: 'wide-head',
      headSha: head,
      user: 'alice',
    })
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number: 500, baseSha: wideBase, headRef: 'wide-head', headSha: head }),
      inputs: { registry: 'base' },
      sha: head,
    })
    expectNoCrash(run)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    const reportOutput = run.outputs.report ?? ''
    expect(Buffer.byteLength(reportOutput)).toBeLessThanOrEqual(390_000)
    const report = JSON.parse(reportOutput)
    expect(report.truncated.reason).toMatch(/^over 390000 bytes: /)
    expect(report.truncated.full_report).toBe('https://github.com/acme/models/actions/runs/1001')
    expect(report.models.map((m: { name: string; verdict: string }) => [m.name, m.verdict])).toEqual([
      ['wide0', 'fail'],
      ['wide1', 'fail'],
      ['wide2', 'fail'],
      ['wide3', 'fail'],
      ['wide4', 'fail'],
      ['wide5', 'fail'],
    ])
    // the first five hold 50,000 metrics, the bound: compared; the sixth is past it
    expect(report.models.slice(0, 5).map((m: { errors: unknown[] }) => m.errors)).toEqual([
      [],
      [],
      [],
      [],
      [],
    ])
    expect(report.models[5].errors).toEqual([
      {
        location: 'models/wide5/model.yaml',
        message:
          "not compared: this run's models have more than 50,000 metrics in all (models are taken in path order); check fewer models per pull request",
      },
    ])
    const regressions = run.outputs.regressions ?? ''
    expect(Buffer.byteLength(regressions)).toBeLessThanOrEqual(100_000)
    // GitHub counts every output of the step together, in UTF-16: two bytes a character
    const outputs = Object.entries(run.outputs).reduce((n, [k, v]) => n + k.length + v.length, 0)
    expect(2 * outputs).toBeLessThanOrEqual(1_000_000)
    const kept = JSON.parse(regressions).length
    expect(kept).toBeGreaterThan(500)
    expect(run.commands).toContainEqual({
      kind: 'notice',
      message: `The regressions output holds the first ${kept} regressions; ${49_995 - kept} more did not fit in 100000 bytes (see the job summary).`,
    })
    expect(run.commands).toContainEqual({
      kind: 'notice',
      message:
        // 49,995 failing metrics and the refused model's error
        'The check run carries the first 500 of 49996 annotations, failures first; the report lists every metric.',
    })
    const [checkRun, ...more] = checksOn(head)
    expect(more).toEqual([])
    expect([checkRun?.status, checkRun?.conclusion, checkRun?.output.annotations.length]).toEqual([
      'completed',
      'failure',
      500,
    ])
  }, 240_000)

  it('the conclusion is written last: an error after the comment leaves a failure check run, not a success', async () => {
    const pull = openPull({ 'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.95\n') })
    const run = await check(pull, {}, { GITHUB_OUTPUT: '/nonexistent/model-gate-output' })
    expectNoCrash(run)
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => c.kind === 'error')).toEqual([
      { kind: 'error', message: 'Model Gate: Missing file at path: /nonexistent/model-gate-output' },
    ])
    const [checkRun, ...more] = checksOn(pull.head)
    expect(more).toEqual([])
    // written once, last: as a failure that says why
    expect(checkRun?.history.map((h) => [h.status ?? null, h.conclusion ?? null])).toEqual([
      ['completed', 'failure'],
    ])
    expect(checkRun?.output.title).toBe('Model Gate stopped with an error')
    expect(checkRun?.output.summary).toMatch(
      /^Model Gate stopped before it finished: Missing file at path: \/nonexistent\/model-gate-output\. See the \[run\]/,
    )
    // the comment, written before the error, still shows the gate's own result
    expect(commentsOn(pull.number)[0]?.body).toContain('## ✅ Model Gate: passed')
  })

  it('nesting deeper than 64 levels is an error with file:line, not a stack overflow', async () => {
    const pull = openPull({
      'models/churn/model.yaml': 'name: churn\nversion: 3.1.0\nmetrics_files: [m.json]\n',
      'models/churn/m.json': `{"accuracy": 0.9,\n "deep": ${'['.repeat(400_000)}${']'.repeat(400_000)}}\n`,
    })
    const run = await check(pull)
    expectNoCrash(run)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    expect(commentsOn(pull.number)[0]?.body).toContain(
      '- ❌ models/churn/m.json:2:73: nesting deeper than 64 levels',
    )
    // on the metrics file's own line: every changed file can carry an annotation
    expect(checksOn(pull.head)[0]?.output.annotations).toEqual([
      {
        path: 'models/churn/m.json',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'model-gate: churn is invalid',
        message: 'models/churn/m.json:2:73: nesting deeper than 64 levels',
      },
    ])
  })
})
