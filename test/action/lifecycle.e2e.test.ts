import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { startEmulator, type Emulator, type PullSpec } from '../emulator/index.js'
import {
  commentPayload,
  dispatchPayload,
  pullRequestPayload,
  pushPayload,
  runAction,
} from '../helpers/action.js'
import { copyRepo, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { commitOnBranch, manifest as fixture } from '../helpers/fixtures.js'

const manifest = (version: string, accuracy: number, name = 'churn') =>
  fixture(name, version, accuracy, 'hyperparameters: {lr: 0.1}\n')

/** The running test's repository and emulator (own), or the story's while beforeAll tells it. */
let repo: TestRepo
let emulator: Emulator
/** Pull request numbers only need to differ from those of the template a test starts from. */
let nextPull = 100

const entry = (name = 'churn') => JSON.parse(repo.git('show', `model-registry:registry/${name}.json`))
const registryTip = () => repo.git('rev-parse', 'refs/heads/model-registry')

/** Open a pull request from main with these files, merge it with a merge commit, return both. */
function mergePull(files: Record<string, string>) {
  const number = nextPull++
  const before = repo.git('rev-parse', 'main')
  const head = commitOnBranch(repo, `pr-${number}`, files, { message: `pr ${number}` })
  repo.git('merge', '--quiet', '--no-ff', '-m', `Merge #${number}`, `pr-${number}`)
  const after = repo.git('rev-parse', 'HEAD')
  emulator.setPull(number, {
    baseRef: 'main',
    baseSha: before,
    headRef: `pr-${number}`,
    headSha: head,
    user: 'alice',
    merge_commit_sha: after,
    merged: true,
    state: 'closed',
  })
  return { number, before, head, after }
}

const pushRun = (
  before: string,
  after: string,
  inputs: Record<string, string> = {},
  ref = 'refs/heads/main',
  bundle = false,
) =>
  runAction({
    apiUrl: emulator.url,
    event: 'push',
    payload: pushPayload({ before, after, ref }),
    inputs,
    sha: after,
    ref,
    actor: 'merger',
    runId: '2002',
    bundle,
  })

/** A workflow_dispatch run (GitHub's "Run workflow"), or with attempt, a "Re-run jobs" of it. */
const dispatchRun = (inputs: Record<string, string>, runId: number, attempt?: number, bundle = false) =>
  runAction({
    bundle,
    apiUrl: emulator.url,
    event: 'workflow_dispatch',
    payload: dispatchPayload(inputs),
    actor: 'oncall',
    runId: String(runId),
    ...(attempt ? { runAttempt: String(attempt) } : {}),
  })

/** The emulator's clock runs ahead of the real one by this much: each command comes a second later. */
let skew = 0

/** A step of the story: the repository as it was then, and the pull requests the emulator knew. */
interface Template {
  readonly repo: TestRepo
  readonly pulls: Record<number, PullSpec>
}

const startEmulatorFor = (dir: string, pulls: Record<number, PullSpec> = {}) =>
  startEmulator({
    repoDir: dir,
    owner: 'acme',
    repo: 'models',
    pulls,
    permissions: { maintainer: 'maintain', writer: 'write', reader: 'read', alice: 'read' },
    now: () => new Date(Date.now() + skew),
  })

/** The pull requests as the emulator has them now. */
const pullsNow = () => Object.fromEntries([...emulator.state.pulls].map(([n, spec]) => [n, { ...spec }]))
/**
 * A template of `story`, and its pull requests: its objects packed, git's sample hooks left out, so that a
 * test's copy of it is a few files (a copy of a folder per loose object cost most of a test's time).
 */
function template(story: TestRepo): Template {
  story.git('repack', '-adq')
  rmSync(join(story.dir, '.git', 'hooks'), { recursive: true, force: true })
  return { repo: story, pulls: pullsNow() }
}
/** The story as it is now, kept. */
const keep = (): Template => template(copyRepo(repo))

/**
 * The running test's own repository and emulator, a copy of `template` (which no test writes to) and an
 * emulator that knows its pull requests, and has seen no request yet.
 */
async function own(template: Template): Promise<void> {
  repo = copyRepo(template.repo)
  emulator = await startEmulatorFor(repo.dir, template.pulls)
  const [mine, its] = [repo, emulator]
  onTestFinished(async () => {
    await its.close()
    mine.remove()
  })
}

// churn's story, told once: a template kept at each step a test starts from. Each test works on a copy of its
// step, with an emulator of its own, so that it needs nothing another test did, alone or in any order.
const at = {} as Record<
  'promotedV1' | 'pushedV11' | 'forcedV12' | 'rolledBackToV11' | 'rolledBackToV10' | 'pullOpened',
  Template
>
/** The pull request the bot's tests comment on: churn 2.0.0 at 0.7, regressed against production 1.0.0. */
let opened: { number: number; head: string; base: string }

beforeAll(async () => {
  repo = makeRepo()
  // main has churn 1.0.0, promoted by the CLI
  repo.commit('v1', { 'models/churn/model.yaml': manifest('1.0.0', 0.9) })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  emulator = await startEmulatorFor(repo.dir)
  try {
    at.promotedV1 = keep()
    // then #100 (churn 1.1.0 at 0.91) merged, and its push promoted it
    const v11 = mergePull({ 'models/churn/model.yaml': manifest('1.1.0', 0.91) })
    expect((await pushRun(v11.before, v11.after)).code).toBe(0)
    at.pushedV11 = keep()
    // then #101 (churn 1.2.0 at 0.5, its gate failed) merged, and promoted with promote-failed
    const v12 = mergePull({ 'models/churn/model.yaml': manifest('1.2.0', 0.5) })
    expect((await pushRun(v12.before, v12.after, { 'promote-failed': 'true' })).code).toBe(0)
    at.forcedV12 = keep()
    // then rolled back to 1.1.0 by run 3003 (a dispatch without a version: the one before the current)
    const back = await dispatchRun({ model: 'churn', reason: 'accuracy collapsed in production' }, 3003)
    expect(back.outputs.version).toBe('1.1.0')
    at.rolledBackToV11 = keep()
    // then rolled back to 1.0.0 by run 3005, from the form
    const to = await dispatchRun(
      { model: 'churn', version: 'v1.0.0', reason: 'back to the last good one' },
      3005,
    )
    expect(to.outputs.version).toBe('1.0.0')
    at.rolledBackToV10 = keep()
    // then #102 opened: churn 2.0.0 at 0.7, from main
    const number = nextPull++
    const base = repo.git('rev-parse', 'main')
    const head = commitOnBranch(
      repo,
      `pr-${number}`,
      { 'models/churn/model.yaml': manifest('2.0.0', 0.7) },
      { message: 'regress' },
    )
    emulator.setPull(number, {
      baseRef: 'main',
      baseSha: base,
      headRef: `pr-${number}`,
      headSha: head,
      user: 'alice',
    })
    opened = { number, head, base }
    at.pullOpened = template(repo)
    expect(emulator.violations).toEqual([])
  } finally {
    await emulator.close()
  }
})
afterAll(() => {
  for (const template of new Set(Object.values(at))) template.repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

// The story's steps, each from the step before it (a template, at): none needs another test to run first.
describe('the lifecycle of a model, step by step', () => {
  describe('promote on push to the default branch', () => {
    it('registers the changed manifest as production with its provenance, through the Git Data API', async () => {
      await own(at.promotedV1)
      const merge = mergePull({ 'models/churn/model.yaml': manifest('1.1.0', 0.91) })
      // The push smoke test: the built bundle, in its own process.
      const run = await pushRun(merge.before, merge.after, {}, 'refs/heads/main', true)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs.promoted ?? '')).toEqual([{ model: 'churn', version: '1.1.0' }])
      const e = entry()
      expect(e.production).toMatchObject({
        version: '1.1.0',
        event: 'promote',
        commit: merge.after,
        pr: merge.number,
        actor: 'merger',
        run: 'https://github.com/acme/models/actions/runs/2002',
        path: 'models/churn/model.yaml',
        manifest: {
          name: 'churn',
          version: '1.1.0',
          hyperparameters: { lr: 0.1 },
          metrics: { accuracy: 0.91 },
        },
        metrics: { accuracy: { value: 0.91 } },
      })
      expect(Date.parse(e.production.since)).toBeGreaterThan(Date.now() - 60_000)
      expect(e.history.map((h: { version: string }) => h.version)).toEqual(['1.0.0', '1.1.0'])
      // writes: every request but GETs and GraphQL queries (reads too)
      const writes = emulator.requests
        .filter((r) => r.method !== 'GET' && r.operationId !== 'graphql')
        .map((r) => r.operationId)
      // The entry's content goes inline in the one tree of the push's registry commit: no blob of its own.
      expect(writes).toEqual(['git/create-tree', 'git/create-commit', 'git/update-ref'])
      expect(emulator.requestsFor('git/update-ref').map((r) => (r.body as { force: boolean }).force)).toEqual(
        [false],
      )
      expect(run.summary).toContain('| churn | `1.0.0` | `1.1.0` | promoted |')
    })

    it('a re-run of the same push changes nothing', async () => {
      await own(at.pushedV11) // main's last commit is the merge of #100, whose push promoted 1.1.0
      const tip = registryTip()
      const merge = { before: repo.git('rev-parse', 'HEAD~1'), after: repo.git('rev-parse', 'HEAD') }
      const run = await pushRun(merge.before, merge.after)
      expect([run.code, run.outputs.promoted]).toEqual([0, '[]'])
      expect(registryTip()).toBe(tip)
    })

    it('does not promote a version whose gate failed and was not accepted, unless promote-failed is set', async () => {
      await own(at.pushedV11)
      const tip = registryTip()
      const merge = mergePull({ 'models/churn/model.yaml': manifest('1.2.0', 0.5) })
      const run = await pushRun(merge.before, merge.after)
      expect(run.code).toBe(1)
      expect(run.commands.map((c) => c.kind + ': ' + c.message)).toEqual([
        'warning: Model Gate did not promote churn 1.2.0: skipped (its gate failed and no acceptance was recorded; set promote-failed: true to promote such versions)',
        'error: Model Gate: not every changed model was promoted (see the job summary)',
      ])
      expect(registryTip()).toBe(tip)
      const forced = await pushRun(merge.before, merge.after, { 'promote-failed': 'true' })
      expect(forced.code).toBe(0)
      expect(entry().production.version).toBe('1.2.0')
    })

    it('ignores pushes to other branches', async () => {
      await own(at.forcedV12)
      const tip = registryTip()
      const run = await pushRun(
        repo.git('rev-parse', 'HEAD~1'),
        repo.git('rev-parse', 'HEAD'),
        {},
        'refs/heads/feature',
      )
      expect([run.code, run.outputs.verdict]).toEqual([0, 'skip'])
      expect(registryTip()).toBe(tip)
    })
  })

  describe('roll back on workflow_dispatch', () => {
    /** The test's last run: its template's last dispatch, until the test dispatches. */
    let runId: number
    /** The test's repository and emulator from template, whose last dispatch was run lastRun. */
    const startAt = async (template: Template, lastRun: number) => {
      await own(template)
      runId = lastRun
    }
    /** A new dispatch (its own run), or with attempt, GitHub's "Re-run jobs" of the last one. */
    const dispatch = (inputs: Record<string, string>, attempt?: number, bundle = false) => {
      if (!attempt) runId++
      return dispatchRun(inputs, runId, attempt, bundle)
    }

    it('defaults to the production version before the current one, with outputs for a deploy step', async () => {
      await startAt(at.forcedV12, 3002) // no dispatch yet: this one is run 3003
      const before = entry()
      expect(before.production.version).toBe('1.2.0')
      // The workflow_dispatch smoke test: the built bundle, in its own process.
      const run = await dispatch(
        { model: 'churn', reason: 'accuracy collapsed in production' },
        undefined,
        true,
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.outputs.model).toBe('churn')
      expect(run.outputs.version).toBe('1.1.0')
      expect(JSON.parse(run.outputs.manifest ?? '')).toEqual({
        name: 'churn',
        version: '1.1.0',
        hyperparameters: { lr: 0.1 },
        metrics: { accuracy: 0.91 },
      })
      expect(run.outputs.commit).toBe(before.history[1].commit)
      const e = entry()
      expect(e.production).toMatchObject({ version: '1.1.0', event: 'rollback', actor: 'oncall' })
      expect(e.history.at(-1)).toMatchObject({
        type: 'rollback',
        version: '1.1.0',
        from: '1.2.0',
        reason: 'accuracy collapsed in production',
        actor: 'oncall',
        run: 'https://github.com/acme/models/actions/runs/3003',
      })
      expect(run.summary).toBe(`## ⏪ Model Gate: rolled back churn \`1.2.0\` → \`1.1.0\`

By oncall: accuracy collapsed in production

Production is now version \`1.1.0\` from commit \`${before.history[1].commit.slice(0, 12)}\`.

### Metrics

| Metric | 1.2.0 (left) | 1.1.0 (restored) | Δ | Δ % |
| - | - | - | - | - |
| accuracy | 0.5 | 0.91 | +0.41 | +82.00% |
`)
    })

    it('a re-run of the same dispatch (a later attempt) writes nothing and reports the first rollback', async () => {
      await startAt(at.rolledBackToV11, 3003) // run 3003 rolled back from 1.2.0 to 1.1.0
      const tip = registryTip()
      // "Re-run jobs" after a deploy step failed: the default target must not be computed again (it would
      // be 1.2.0, the broken version, now the production version before the current one).
      const again = await dispatch({ model: 'churn', reason: 'accuracy collapsed in production' }, 2)
      expect([again.code, again.stderr]).toEqual([0, ''])
      expect(registryTip()).toBe(tip)
      expect(entry().production.version).toBe('1.1.0')
      expect([again.outputs.model, again.outputs.version]).toEqual(['churn', '1.1.0'])
      expect(again.outputs.commit).toBe(entry().history[1].commit)
      expect(again.summary).toContain('## ⏪ Model Gate: rolled back churn `1.2.0` → `1.1.0`')
      expect(again.summary).toMatch(
        /\n> This run already rolled back churn \(1\.2\.0 → 1\.1\.0\) at \d{4}-\d\d-\d\dT[\d:.]+Z; this attempt wrote nothing and reports that rollback\.\n$/,
      )
      expect(again.stdout).toContain('Model Gate: this run already rolled back churn from 1.2.0 to 1.1.0 at ')
      // A third attempt, the same.
      expect((await dispatch({ model: 'churn', reason: 'x' }, 3)).outputs.version).toBe('1.1.0')
      expect(registryTip()).toBe(tip)
    })

    it('a rollback to the version that is already production writes nothing', async () => {
      await startAt(at.rolledBackToV11, 3003)
      const tip = registryTip()
      const run = await dispatch({ model: 'churn', version: '1.1.0', reason: 'make sure' })
      expect([run.code, run.stderr, run.outputs.version]).toEqual([0, '', '1.1.0'])
      expect(run.summary).toBe(
        `## Model Gate: churn is already at \`1.1.0\`\n\nProduction is version \`1.1.0\` from commit \`${entry().production.commit.slice(0, 12)}\`: nothing was written.\n`,
      )
      expect(registryTip()).toBe(tip)
    })

    it('rolls back to an explicit version from the form', async () => {
      await startAt(at.rolledBackToV11, 3003)
      const run = await dispatch({ model: 'churn', version: 'v1.0.0', reason: 'back to the last good one' })
      expect([run.code, run.outputs.version]).toEqual([0, '1.0.0'])
      expect(entry().production.version).toBe('1.0.0')
    })

    it('an unknown model or version is a clear error, and the registry is untouched', async () => {
      await startAt(at.rolledBackToV10, 3005)
      const tip = registryTip()
      const unknownVersion = await dispatch({ model: 'churn', version: '9.9.9', reason: 'x' })
      expect(unknownVersion.code).toBe(1)
      expect(unknownVersion.commands).toEqual([
        {
          kind: 'error',
          message: "Model Gate: version '9.9.9' of 'churn' was never production (known: 1.0.0, 1.1.0, 1.2.0)",
        },
      ])
      const unknownModel = await dispatch({ model: 'nope', reason: 'x' })
      expect(unknownModel.commands).toEqual([
        { kind: 'error', message: "Model Gate: model 'nope' has no production version to roll back" },
      ])
      const noReason = await dispatch({ model: 'churn' })
      expect(noReason.commands).toEqual([
        {
          kind: 'error',
          message:
            'Model Gate: workflow_dispatch needs a reason (input reason): the registry history records why production moved',
        },
      ])
      expect(registryTip()).toBe(tip)
      expect(unknownVersion.stderr + unknownModel.stderr).toBe('')
    })
  })

  describe('the bot on issue_comment', () => {
    let pr: { number: number; head: string; base: string }

    const say = (
      body: string,
      login: string,
      extra: { type?: 'User' | 'Bot'; action?: 'created' | 'edited' } = {},
      bundle = false,
    ) => {
      // People comment at least a second after the report they read (GitHub's timestamps have whole seconds).
      skew += 1000
      const comment = emulator.addComment(pr.number, body, login)
      return runAction({
        apiUrl: emulator.url,
        event: 'issue_comment',
        payload: commentPayload({
          pull: pr.number,
          commentId: comment.id,
          createdAt: comment.created_at,
          body,
          login,
          ...extra,
        }),
        actor: login,
        bundle,
      })
    }
    /** The author pushes a new churn manifest to the pull request. */
    const pushToPull = (message: string, churn: string) => {
      repo.git('checkout', '--quiet', `pr-${pr.number}`)
      const head = repo.commit(message, { 'models/churn/model.yaml': churn })
      repo.git('checkout', '--quiet', 'main')
      emulator.setPull(pr.number, { headSha: head })
      return head
    }
    /** The pull_request run for that push. */
    const checkHead = (head: string) =>
      runAction({
        apiUrl: emulator.url,
        event: 'pull_request',
        payload: pullRequestPayload({
          action: 'synchronize',
          number: pr.number,
          baseSha: pr.base,
          headRef: `pr-${pr.number}`,
          headSha: head,
        }),
        sha: head,
      })
    const checks = () => emulator.state.checkRuns.filter((c) => c.head_sha === pr.head)
    const botReplies = () =>
      emulator.state.comments.filter(
        (c) => c.issue_number === pr.number && c.user.login === 'github-actions[bot]',
      )

    /** The test's repository and emulator with the pull request opened: churn 2.0.0, regressed against 1.0.0. */
    const openedPull = async () => {
      await own(at.pullOpened)
      pr = { ...opened }
    }
    /** The same, the pull request checked: its failing check run and its comment. */
    const checked = async () => {
      await openedPull()
      const run = await runAction({
        apiUrl: emulator.url,
        event: 'pull_request',
        payload: pullRequestPayload({
          number: pr.number,
          baseSha: pr.base,
          headRef: `pr-${pr.number}`,
          headSha: pr.head,
        }),
        sha: pr.head,
      })
      expect(run.code).toBe(1)
    }

    it('refuses an acceptance from a read-only user and from the author without write, recording nothing', async () => {
      await checked()
      const tip = registryTip()
      for (const login of ['reader', 'alice']) {
        const run = await say('/model-gate accept churn we know', login)
        expect(run.code).toBe(0)
        expect(botReplies().at(-1)?.body).toBe(
          `Model Gate: only people with write, maintain or admin permission on this repository can accept a regression; ${login} has read. Nothing was recorded.`,
        )
      }
      expect(registryTip()).toBe(tip)
      expect(checks().map((c) => c.conclusion)).toEqual(['failure'])
      // permission was asked of the API, for each user
      expect(
        emulator.requestsFor('repos/get-collaborator-permission-level').map((r) => r.path.split('/').at(-2)),
      ).toEqual(['reader', 'alice'])
    })

    it("ignores a bot's comment and an edited comment", async () => {
      await openedPull()
      const before = emulator.requests.length
      expect((await say('/model-gate accept churn ok', 'renovate[bot]', { type: 'Bot' })).code).toBe(0)
      expect((await say('/model-gate accept churn ok', 'maintainer', { action: 'edited' })).code).toBe(0)
      expect(emulator.requests.length).toBe(before)
    })

    it('accepts from a maintainer: records who and why for the head SHA, passes the check, updates the comment', async () => {
      await checked()
      // The issue_comment smoke test: the built bundle, in its own process.
      const run = await say(
        '/model-gate accept churn Known drop on the EU slice; new features outweigh it',
        'maintainer',
        {},
        true,
      )
      expect(run.code).toBe(0)
      const accepted = entry().history.at(-1)
      expect(accepted).toMatchObject({
        type: 'accept',
        version: '2.0.0',
        sha: pr.head,
        pr: pr.number,
        actor: 'maintainer',
        reason: 'Known drop on the EU slice; new features outweigh it',
      })
      expect(entry().production.version).toBe('1.0.0')
      const latest = checks().at(-1)
      expect(latest?.conclusion).toBe('success')
      expect(latest?.output.title).toBe('Passed: 1 regression accepted')
      expect(latest?.output.summary).toMatch(/Accepted by maintainer \d{4}-\d\d-\d\d \d\d:\d\d UTC: /)
      expect(latest?.output.summary).toContain(': Known drop on the EU slice; new features outweigh it')
      const sticky = emulator.state.comments.filter(
        (c) => c.issue_number === pr.number && c.body.includes('<!-- model-gate:comment -->'),
      )
      expect(sticky).toHaveLength(1)
      expect(sticky[0]?.body).toContain('| ☑️ churn | `2.0.0` | `1.0.0` | accepted (fail) |')
      expect(emulator.state.reactions.at(-1)?.content).toBe('+1')
    })

    it('an acceptance written before the latest push is refused: the maintainer did not see that head', async () => {
      await checked()
      const comment = emulator.addComment(
        pr.number,
        '/model-gate accept churn looked fine to me',
        'maintainer',
      )
      // the author pushes a worse version after the comment, and its check runs before the bot's job
      const sneaky = pushToPull('much worse', manifest('2.0.0', 0.1))
      await new Promise((r) => setTimeout(r, 1100)) // GitHub's timestamps have whole seconds
      await checkHead(sneaky)
      const tip = registryTip()
      const run = await runAction({
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
      expect(run.code).toBe(0)
      expect(botReplies().at(-1)?.body).toBe(
        `Model Gate: the report changed after your command (it now shows ${sneaky.slice(0, 12)}). Review it, then accept again. Nothing was recorded.`,
      )
      expect(registryTip()).toBe(tip)
    })

    it('a push after the acceptance needs a new acceptance', async () => {
      await checked()
      // a maintainer accepted the head the pull request had
      const accepted = await say('/model-gate accept churn Known drop on the EU slice', 'maintainer')
      expect([accepted.code, entry().history.at(-1).type]).toEqual([0, 'accept'])
      const head = pushToPull('another push', manifest('2.0.1', 0.7))
      const run = await checkHead(head)
      expect(run.code).toBe(1)
      expect(emulator.state.checkRuns.filter((c) => c.head_sha === head).map((c) => c.conclusion)).toEqual([
        'failure',
      ])
    })

    it('accepts only the head the comment showed: a force-push back to a worse head before the job is refused', async () => {
      await checked()
      const s1 = pushToPull('bad head S1', manifest('2.1.0', 0.1))
      expect((await checkHead(s1)).code).toBe(1)
      const s2 = pushToPull('mild head S2', manifest('2.1.1', 0.85))
      expect((await checkHead(s2)).code).toBe(1)
      await new Promise((r) => setTimeout(r, 1100)) // GitHub's timestamps have whole seconds
      // The maintainer reads the comment for S2 and accepts it ...
      const comment = emulator.addComment(pr.number, '/model-gate accept churn a mild drop', 'maintainer')
      // ... and the author force-pushes S1 back before the bot's job reads the pull request. S1's own check
      // finished long before the command: only the comment says what the maintainer saw.
      emulator.setPull(pr.number, { headSha: s1 })
      const tip = registryTip()
      const run = await runAction({
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
      expect([run.code, run.stderr]).toEqual([0, ''])
      expect(botReplies().at(-1)?.body).toBe(
        `Model Gate: when you commented, the report showed ${s2.slice(0, 12)}; the pull request's head is now ${s1.slice(0, 12)}. Review the report for ${s1.slice(0, 12)}, then accept again. Nothing was recorded.`,
      )
      expect(registryTip()).toBe(tip)
      expect(emulator.state.checkRuns.filter((c) => c.head_sha === s1).map((c) => c.conclusion)).toEqual([
        'failure',
      ])
      expect(emulator.state.reactions.at(-1)?.content).toBe('confused')
    })

    it('reads no command from fenced or indented code, block quotes or HTML comments', async () => {
      await openedPull()
      const before = emulator.requests.length
      const body = [
        'As the docs say:',
        '```',
        '/model-gate accept churn fenced',
        '```',
        '> /model-gate accept churn quoted',
        '',
        '    /model-gate accept churn indented',
        '<!-- /model-gate accept churn hidden -->',
      ].join('\n')
      const run = await say(body, 'maintainer')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Model Gate: comment ignored (no /model-gate command)')
      expect(emulator.requests.length).toBe(before)
    })

    it('answers help, recheck and unknown commands', async () => {
      await checked()
      await say('/model-gate help', 'reader')
      expect(botReplies().at(-1)?.body).toContain('| `/model-gate accept <model> <reason>` |')
      const recheck = await say('/model-gate recheck', 'reader')
      expect(recheck.code).toBe(1)
      expect(checks().map((c) => c.conclusion)).toEqual(['failure', 'failure'])
      const tip = registryTip()
      await say(`/model-gate accept churn ${'y'.repeat(501)}`, 'maintainer')
      expect(botReplies().at(-1)?.body.split('\n')[0]).toBe(
        'Model Gate: the reason is 501 characters, over the limit of 500: shorten it and accept again.',
      )
      expect(registryTip()).toBe(tip)
      await say('/model-gate frobnicate', 'reader')
      expect(botReplies().at(-1)?.body.startsWith('Model Gate: unknown command `frobnicate`.')).toBe(true)
      const ordinary = emulator.requests.length
      await say('thanks, looks good', 'reader')
      expect(emulator.requests.length).toBe(ordinary)
    })
  })
})
