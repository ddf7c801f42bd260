import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { commentPayload, pullRequestPayload, runAction } from '../helpers/action.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'
import { commitOnBranch } from '../helpers/fixtures.js'

// The tests share the repository (only read) and the emulator: each looks only at the check runs it created.
describe('a required check is never left pending', () => {
  let repo: TestRepo
  let emulator: Emulator
  let base: string
  let head: string

  beforeAll(async () => {
    repo = makeRepo()
    base = repo.commit('base', {
      'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n',
    })
    // A registry entry damaged by hand: its history is cut off.
    const blob = repo.gitInput(
      '{\n  "schema": 1,\n  "name": "churn",\n  "history": [\n',
      'hash-object',
      '-w',
      '--stdin',
    )
    const inner = repo.gitInput(`100644 blob ${blob}\tchurn.json\n`, 'mktree')
    const tree = repo.gitInput(`040000 tree ${inner}\tregistry\n`, 'mktree')
    repo.git('update-ref', 'refs/heads/model-registry', repo.git('commit-tree', tree, '-m', 'broken by hand'))
    head = commitOnBranch(
      repo,
      'retrain',
      {
        'models/churn/model.yaml': 'name: churn\nversion: 1.1.0\nmetrics: {accuracy: 0.8}\n',
      },
      { message: 'retrain' },
    )
    emulator = await startEmulator({
      repoDir: repo.dir,
      owner: 'acme',
      repo: 'models',
      pulls: { 5: { baseRef: 'main', baseSha: base, headRef: 'retrain', headSha: head, user: 'alice' } },
      permissions: { maintainer: 'maintain' },
    })
  })
  afterAll(async () => {
    await emulator.close()
    repo.remove()
  })
  afterEach(() => expect(emulator.violations).toEqual([]))

  const check = (inputs: Record<string, string> = {}) =>
    runAction({
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number: 5, baseSha: base, headRef: 'retrain', headSha: head }),
      inputs,
      sha: head,
    })
  const runs = () => emulator.state.checkRuns.filter((c) => c.head_sha === head)

  it('an invalid input still creates a failing check run with the error', async () => {
    const before = runs().length
    const run = await check({ 'fail-on': 'sometimes' })
    expect([run.code, run.stderr]).toEqual([1, ''])
    const error = "input 'fail-on' must be one of fail, warn, never, not 'sometimes'"
    expect(run.commands).toEqual([{ kind: 'error', message: `Model Gate: ${error}` }])
    const created = runs().slice(before)
    expect(created.map((c) => [c.name, c.conclusion, c.output.title, c.output.summary])).toEqual([
      [
        'model-gate',
        'failure',
        'Model Gate could not check this pull request',
        `Model Gate stopped before its verdict:\n\n> input 'fail-on' must be one of fail, warn, never, not 'sometimes'\n\nFix the cause and re-run the job.`,
      ],
    ])
  })

  it('an unclosed brace in manifests fails the check with the error, never leaves it pending', async () => {
    const before = runs().length
    const run = await check({ manifests: 'models/{churn/model.yaml' })
    expect(run.code).toBe(1)
    const created = runs().slice(before)
    expect(created.map((c) => c.conclusion)).toEqual(['failure'])
    expect(created[0]?.output.summary).toContain(
      "> input 'manifests' is not a valid glob \\('models/{churn/model.yaml'\\): Invalid regular expression: ",
    )
  })

  it('a broken registry entry fails the check, naming the entry and its file:line', async () => {
    const before = runs().length
    const run = await check()
    expect(run.code).toBe(1)
    const created = runs().slice(before)
    expect(created.map((c) => c.conclusion)).toEqual(['failure'])
    expect(created[0]?.output.summary).toContain('model-registry:registry/churn.json:5')
  })

  it("the bot's reply to an acceptance of a model with a broken registry entry names the entry and file:line", async () => {
    const comment = emulator.addComment(5, '/model-gate accept churn known drop', 'maintainer')
    const run = await runAction({
      apiUrl: emulator.url,
      event: 'issue_comment',
      payload: commentPayload({
        pull: 5,
        commentId: comment.id,
        createdAt: comment.created_at,
        body: comment.body,
        login: 'maintainer',
      }),
      actor: 'maintainer',
    })
    expect([run.code, run.stderr]).toEqual([0, ''])
    const reply = emulator.state.comments.filter((c) => c.user.login === 'github-actions[bot]').at(-1)?.body
    expect(reply).toMatch(
      /^Model Gate: churn cannot be accepted:\n\n- model-registry:registry\/churn\.json:5:1: .+\n\nNothing was recorded\.$/,
    )
  })
})
