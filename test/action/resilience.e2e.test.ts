import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commitFiles, startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { makeRepo, ROOT, runCli, type TestRepo } from '../helpers/git-repo.js'
import { RATE_LIMIT } from '../../src/gate/retry.js'
import { commitOnBranch, manifest } from '../helpers/fixtures.js'

let repo: TestRepo
let emulator: Emulator
let base: string

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', {
    'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.912\n'),
  })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

async function pullWith(number: number, files: Record<string, string>) {
  const head = commitOnBranch(repo, `b${number}`, files, { message: `pr ${number}` })
  emulator.setPull(number, {
    baseRef: 'main',
    baseSha: base,
    headRef: `b${number}`,
    headSha: head,
    user: 'alice',
  })
  return head
}

function check(number: number, head: string, event = 'pull_request') {
  return runAction({
    apiUrl: emulator.url,
    event,
    payload: pullRequestPayload({ number, baseSha: base, headRef: `b${number}`, headSha: head }),
    sha: head,
  })
}

describe('transient API failures', () => {
  it('retries 502s and a secondary rate limit, with the same outcome as without them', async () => {
    const files = { 'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.85\n') }
    const calm = await check(1, await pullWith(1, files))
    const head = await pullWith(2, files)
    const faults = [
      emulator.addFault({ method: 'GET', path: /\/pulls\/2\/files$/, status: 502, times: 1 }),
      // the batched read of the files (the manifest, the policy, the registry branch)
      emulator.addFault({ method: 'POST', path: /^\/graphql$/, status: 503, times: 1 }),
      emulator.addFault({
        method: 'POST',
        path: /\/check-runs$/,
        status: 403,
        times: 1,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
      }),
      emulator.addFault({
        method: 'POST',
        path: /\/issues\/2\/comments$/,
        status: 429,
        times: 1,
        headers: { 'retry-after': '1' },
      }),
    ]
    const stormy = await check(2, head)
    expect(faults.map((f) => f.hits)).toEqual([1, 1, 1, 1])
    expect([stormy.code, stormy.outputs.verdict, stormy.outputs.regressions]).toEqual([
      calm.code,
      calm.outputs.verdict,
      calm.outputs.regressions,
    ])
    expect([calm.code, calm.outputs.verdict]).toEqual([1, 'fail'])
    const bodies = (n: number) =>
      emulator.state.comments.filter((c) => c.issue_number === n).map((c) => c.body.split('<sub>')[0])
    expect(bodies(2)).toEqual(bodies(1))
    expect(emulator.state.checkRuns.filter((c) => c.head_sha === head).map((c) => c.conclusion)).toEqual([
      'failure',
    ])
  })

  it('gives up after bounded retries with one clear error', async () => {
    const head = await pullWith(3, {
      'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.95\n'),
    })
    emulator.addFault({ method: 'GET', path: /\/pulls\/3\/files$/, status: 500, times: 10 })
    const run = await check(3, head)
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => c.kind === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Model Gate: .*500/),
    ])
    expect(emulator.requests.filter((r) => r.path.endsWith('/pulls/3/files'))).toHaveLength(4) // 1 + 3 retries
    expect(run.waits).toEqual([1000, 4000, 9000]) // k² seconds, no more
  })

  it('a persistent 429 makes exactly the number of requests the README promises, each wait as GitHub asks', async () => {
    const head = await pullWith(6, {
      'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.95\n'),
    })
    const limit = emulator.addFault({
      method: 'GET',
      path: /\/pulls\/6\/files$/,
      status: 429,
      times: 100,
      headers: { 'retry-after': '7' },
    })
    const run = await check(6, head)
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => c.kind === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Model Gate: .*429|^Model Gate: .*rate limit/i),
    ])
    const requests = emulator.requests.filter((r) => r.path.endsWith('/pulls/6/files')).length
    expect([requests, limit.hits]).toEqual([1 + RATE_LIMIT.retries, 1 + RATE_LIMIT.retries])
    expect(requests).toBe(4)
    expect(run.waits).toEqual([7000, 7000, 7000])
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ')
    expect(readme).toContain('a persistent rate limit makes 4 requests in all (the first and 3 retries)')
  })
})

describe('size', () => {
  it('more than 3,000 changed files: the manifests are found by comparing trees', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3100; i++) files[`data/shard-${String(i).padStart(4, '0')}.txt`] = `${i}\n`
    files['models/churn/model.yaml'] = manifest('churn', '3.1.0', '  accuracy: 0.80\n')
    files['zz/models/late/model.yaml'] = manifest('late', '0.1.0', '  accuracy: 0.9\n')
    const head = await commitFiles(repo.dir, { branch: 'big', parent: base, files })
    emulator.setPull(4, { baseRef: 'main', baseSha: base, headRef: 'big', headSha: head, user: 'alice' })
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'pull_request_target',
      payload: pullRequestPayload({ number: 4, baseSha: base, headRef: 'big', headSha: head }),
      sha: base,
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('files listed via trees')
    const report = JSON.parse(run.outputs.report ?? '')
    expect(report.models.map((m: { name: string; verdict: string }) => [m.name, m.verdict])).toEqual([
      ['churn', 'fail'],
      ['late', 'pass'],
    ])
    // all 30 pages of the files endpoint were read before falling back
    expect(emulator.requests.filter((r) => r.path.endsWith('/pulls/4/files'))).toHaveLength(30)
  })

  it('a report over the comment limit keeps the headline and every failing row, and says where the rest is', async () => {
    const n = 900
    const before = Object.fromEntries(Array.from({ length: n }, (_, i) => [`segment_${i}.accuracy`, 0.9]))
    const metrics = (values: Record<string, number>) =>
      Object.entries(values)
        .map(([k, v]) => `  ${k}: ${v}\n`)
        .join('')
    const wideBase = commitOnBranch(
      repo,
      'wide-base',
      {
        'models/wide/model.yaml': manifest('wide', '1.0.0', metrics({ accuracy: 0.9, ...before })),
      },
      { message: 'wide' },
    )
    expect((await runCli(repo.dir, ['promote', `${wideBase}:models/wide/model.yaml`])).code).toBe(0)
    const after = Object.fromEntries(Object.keys(before).map((k, i) => [k, i % 3 === 0 ? 0.7 : 0.9]))
    const head = commitOnBranch(
      repo,
      'b5',
      {
        'models/wide/model.yaml': manifest('wide', '1.1.0', metrics({ accuracy: 0.9, ...after })),
      },
      { message: 'wide change' },
    )
    emulator.setPull(5, { baseRef: 'main', baseSha: base, headRef: 'b5', headSha: head, user: 'alice' })
    const run = await check(5, head)
    expect(run.code).toBe(1)
    const body = emulator.state.comments.find((c) => c.issue_number === 5)?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(
      body.startsWith(
        '<!-- model-gate:comment -->\n\n## ❌ Model Gate: failed\n\n1 model checked: 1 failed.',
      ),
    ).toBe(true)
    expect(body).toContain('Read the full report: https://github.com/acme/models/actions/runs/1001.')
    for (let i = 0; i < n; i += 3) expect(body).toContain(`| segment\\_${i}.accuracy | 0.9 | 0.7 |`)
    expect(body).not.toContain('segment\\_1.accuracy')
    expect(body).toContain(`<!-- model-gate:head=${head} -->`)
    const summary = emulator.state.checkRuns.find((c) => c.head_sha === head)?.output.summary ?? ''
    expect(summary.length).toBeLessThanOrEqual(65_535)
    // the job summary has room for the whole report
    expect(run.summary).toContain('| segment\\_1.accuracy | 0.9 | 0.9 |')
    expect(emulator.state.checkRuns.find((c) => c.head_sha === head)?.output.annotations).toHaveLength(n / 3)
    // the annotations 50 per request: the first 50 create the run in progress, the conclusion comes with the
    // last 50, written last
    const checkRun = emulator.state.checkRuns.find((c) => c.head_sha === head)
    const updates = emulator
      .requestsFor('checks/update')
      .filter((r) => r.path.endsWith(`/check-runs/${checkRun?.id}`))
    expect(updates.length).toBe(Math.ceil(n / 3 / 50) - 1)
    expect(checkRun?.history.map((h) => [h.status ?? null, h.conclusion ?? null, annotationsIn(h)])).toEqual([
      ['in_progress', null, 50],
      [null, null, 50],
      [null, null, 50],
      [null, null, 50],
      [null, null, 50],
      ['completed', 'failure', 50],
    ])
  })
})

const annotationsIn = (body: Record<string, unknown>) =>
  (body.output as { annotations?: unknown[] } | undefined)?.annotations?.length ?? 0

describe('a check run whose annotations cannot all be written', () => {
  it('ends as a failure that says why, never left in progress', async () => {
    const metrics = (value: number) =>
      Array.from(
        { length: 60 },
        (_, i) => `  segment_${i}.accuracy: ${value}
`,
      ).join('')
    const wideBase = commitOnBranch(
      repo,
      'sixty-base',
      { 'models/sixty/model.yaml': manifest('sixty', '1.0.0', metrics(0.9)) },
      { message: 'sixty' },
    )
    expect((await runCli(repo.dir, ['promote', `${wideBase}:models/sixty/model.yaml`])).code).toBe(0)
    const head = await pullWith(7, { 'models/sixty/model.yaml': manifest('sixty', '1.1.0', metrics(0.7)) })
    // the second request of annotations fails, retries included
    const fault = emulator.addFault({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 500, times: 4 })
    const run = await check(7, head)
    expect(fault.hits).toBe(4)
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => c.kind === 'error').map((c) => c.message)).toEqual([
      'Model Gate could not write the check run: Injected fault (500) - https://docs.github.com/rest',
      'Model Gate could not post its result (check run)',
      'Model Gate: fail (fail-on: fail)',
    ])
    const [checkRun, ...more] = emulator.state.checkRuns.filter((c) => c.head_sha === head)
    expect(more).toEqual([])
    expect(checkRun?.history.map((h) => [h.status ?? null, h.conclusion ?? null, annotationsIn(h)])).toEqual([
      ['in_progress', null, 50],
      ['completed', 'failure', 0],
    ])
    expect([checkRun?.output.title, checkRun?.output.summary]).toEqual([
      'Model Gate stopped with an error',
      'Model Gate stopped before it finished: Injected fault \\(500\\) - https:/&#8203;/docs.github.com/rest. See the [run](https://github.com/acme/models/actions/runs/1001).',
    ])
  })
})
