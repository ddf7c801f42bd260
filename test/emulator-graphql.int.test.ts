/**
 * The emulator's POST /graphql: queries GitHub's published schema accepts are answered from the git repository;
 * any other query is recorded as a violation, like a REST request the OpenAPI description does not allow.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Emulator, git, makeGitRepo, startEmulator } from './emulator/index.js'
import { createClient } from '../src/github/client.js'
import { readHeadAndComment } from '../src/github/head-and-comment.js'

let dir: string
let emulator: Emulator
let octokit: Octokit
let head: string

// The repository is only read: the tests share it. Each test has an emulator of its own, so that its request
// log, violations and comments are its own whatever ran before it.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-graphql-'))
  head =
    (await makeGitRepo(dir, {
      files: { 'models/a/model.yaml': 'name: a\n', 'models/a/weights.bin': Buffer.from([0, 1, 2]) },
    })) ?? ''
  await git(dir, ['update-ref', 'refs/heads/model-registry', head])
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  emulator = await startEmulator({
    repoDir: dir,
    owner: 'acme',
    repo: 'models',
    pulls: { 7: { baseRef: 'main', headRef: 'retrain', headSha: head, user: 'alice' } },
  })
  octokit = new Octokit({ baseUrl: emulator.url, auth: 'x' })
})
afterEach(async () => {
  await emulator.close()
})

const QUERY = `query($owner: String!, $name: String!, $a0: String!, $a1: String!, $a2: String!, $a3: String!, $a4: String!) {
  repository(owner: $owner, name: $name) {
    a0: object(expression: $a0) { __typename ... on Blob { text isTruncated isBinary byteSize } }
    a1: object(expression: $a1) { __typename ... on Blob { text isTruncated isBinary byteSize } }
    a2: object(expression: $a2) { __typename ... on Blob { text } }
    a3: object(expression: $a3) { __typename ... on Tree { entries { name mode } } }
    a4: ref(qualifiedName: $a4) { target { oid } }
  }
}`

describe('POST /graphql', () => {
  it('answers blobs, trees and refs at exact commits from the repository', async () => {
    const { data } = await octokit.request('POST /graphql', {
      query: QUERY,
      variables: {
        owner: 'acme',
        name: 'models',
        a0: `${head}:models/a/model.yaml`,
        a1: `${head}:models/a/weights.bin`,
        a2: `${head}:models/b/model.yaml`,
        a3: `${head}:models/a`,
        a4: 'refs/heads/model-registry',
      },
    })
    expect(data).toEqual({
      data: {
        repository: {
          a0: { __typename: 'Blob', text: 'name: a\n', isTruncated: false, isBinary: false, byteSize: 8 },
          a1: { __typename: 'Blob', text: null, isTruncated: false, isBinary: true, byteSize: 3 },
          a2: null,
          a3: {
            __typename: 'Tree',
            entries: [
              { name: 'model.yaml', mode: 0o100644 },
              { name: 'weights.bin', mode: 0o100644 },
            ],
          },
          a4: { target: { oid: head } },
        },
      },
    })
    expect(emulator.requestsFor('graphql')).toHaveLength(1)
    expect(emulator.violations).toEqual([])
  })

  it('records a query that GitHub’s schema rejects as a violation', async () => {
    const { data } = await octokit.request('POST /graphql', {
      query: '{ repository(owner: "acme", name: "models") { object(path: "x") { ... on Blob { body } } } }',
    })
    expect((data as { errors: unknown[] }).errors.length).toBeGreaterThan(0)
    expect(emulator.violations.map((v) => [v.operationId, v.message.split(':')[0]])).toEqual([
      ['graphql', 'POST /graphql'],
    ])
    expect(emulator.violations[0]?.details.join('\n')).toMatch(
      /Unknown argument "path"|Cannot query field "body"/,
    )
  })
})

const PULL = `query($owner: String!, $name: String!, $number: Int!, $after: String, $before: String, $first: Int, $last: Int) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number headRefOid headRefName baseRefName baseRefOid state
      comments(first: $first, last: $last, after: $after, before: $before) {
        totalCount
        nodes { fullDatabaseId body author { __typename login } viewerDidAuthor }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
}`

type Page = {
  nodes: { fullDatabaseId: string; body: string; author: { __typename: string; login: string } }[]
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string }
  totalCount: number
}
type PullAnswer = {
  data: { repository: { pullRequest: Record<string, unknown> & { comments: Page } } | null }
  errors?: { message: string; type?: string; path?: unknown[] }[]
}

async function pull(variables: Record<string, unknown>): Promise<PullAnswer> {
  const { data } = await octokit.request('POST /graphql', {
    query: PULL,
    variables: { owner: 'acme', name: 'models', number: 7, ...variables },
  })
  return data as PullAnswer
}

describe('POST /graphql: a pull request, its head and its comments', () => {
  it("answers the head from the emulator's pulls, and each comment's REST id, body and author", async () => {
    const person = emulator.addComment(7, 'looks good', 'bob')
    const bot = emulator.addComment(7, '<!-- marker -->\nreport', 'github-actions[bot]')
    const answer = await pull({ first: 100 })
    expect(answer.errors).toBeUndefined()
    const { comments, ...rest } = answer.data.repository?.pullRequest ?? {}
    expect(rest).toEqual({
      number: 7,
      headRefOid: head,
      headRefName: 'retrain',
      baseRefName: 'main',
      baseRefOid: head,
      state: 'OPEN',
    })
    expect(comments?.totalCount).toBe(2)
    // fullDatabaseId is a BigInt, sent as a string; a bot's GraphQL login has no [bot]
    expect(comments?.nodes).toEqual([
      {
        fullDatabaseId: String(person.id),
        body: 'looks good',
        author: { __typename: 'User', login: 'bob' },
        viewerDidAuthor: false,
      },
      {
        fullDatabaseId: String(bot.id),
        body: '<!-- marker -->\nreport',
        author: { __typename: 'Bot', login: 'github-actions' },
        viewerDidAuthor: true,
      },
    ])
    expect(comments?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false })
    expect(emulator.violations).toEqual([])
  })

  it('pages 100 at a time, forward with first/after and backward with last/before', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => emulator.addComment(7, `comment ${i}`, 'bob').id)
    const bodies = (page: Page) => page.nodes.map((n) => n.body)
    const comments = async (variables: Record<string, unknown>) =>
      (await pull(variables)).data.repository?.pullRequest.comments as Page
    const one = await comments({ first: 100 })
    expect([one.nodes[0]?.fullDatabaseId, bodies(one).at(-1), one.pageInfo.hasNextPage]).toEqual([
      String(ids[0]),
      'comment 99',
      true,
    ])
    const two = await comments({ first: 100, after: one.pageInfo.endCursor })
    expect([bodies(two)[0], bodies(two).at(-1), two.pageInfo]).toMatchObject([
      'comment 100',
      'comment 199',
      { hasNextPage: true, hasPreviousPage: true },
    ])
    const three = await comments({ first: 100, after: two.pageInfo.endCursor })
    expect([bodies(three).length, bodies(three).at(-1), three.pageInfo.hasNextPage]).toEqual([
      50,
      'comment 249',
      false,
    ])
    const newest = await comments({ last: 100 })
    expect([bodies(newest)[0], bodies(newest).at(-1), newest.pageInfo.hasPreviousPage]).toEqual([
      'comment 150',
      'comment 249',
      true,
    ])
    const older = await comments({ last: 100, before: newest.pageInfo.startCursor })
    expect([bodies(older)[0], bodies(older).at(-1)]).toEqual(['comment 50', 'comment 149'])
    const oldest = await comments({ last: 100, before: older.pageInfo.startCursor })
    expect([bodies(oldest).length, bodies(oldest)[0], oldest.pageInfo.hasPreviousPage]).toEqual([
      50,
      'comment 0',
      false,
    ])
    expect(emulator.violations).toEqual([])
  })

  it("keeps GitHub's connection rules: first or last, not both, at most 100", async () => {
    const messages = async (variables: Record<string, unknown>) =>
      ((await pull(variables)).errors ?? []).map((e) => e.message)
    expect(await messages({})).toEqual([
      'You must provide a `first` or `last` value to properly paginate the `comments` connection.',
    ])
    expect(await messages({ last: 101 })).toEqual([
      'Requesting 101 records on the `comments` connection exceeds the `last` limit of 100 records.',
    ])
    expect(await messages({ first: 1, last: 1 })).toEqual([
      'Passing both `first` and `last` to paginate the `comments` connection is not supported.',
    ])
    expect(emulator.violations.map((v) => v.details)).toEqual([
      ['You must provide a `first` or `last` value to properly paginate the `comments` connection.'],
      ['Requesting 101 records on the `comments` connection exceeds the `last` limit of 100 records.'],
      ['Passing both `first` and `last` to paginate the `comments` connection is not supported.'],
    ])
  })

  it('an unknown pull request is null with a NOT_FOUND error; a comment id past 2^31 - 1 is no databaseId', async () => {
    const missing = await pull({ number: 8, first: 1 })
    expect(missing).toEqual({
      data: { repository: { pullRequest: null } },
      errors: [
        {
          message: 'Could not resolve to a PullRequest with the number of 8.',
          path: ['repository', 'pullRequest'],
          type: 'NOT_FOUND',
        },
      ],
    })
    const comment = emulator.addComment(7, 'hello', 'bob')
    expect(comment.id).toBeGreaterThan(2 ** 31 - 1)
    const { data } = await octokit.request('POST /graphql', {
      query: `query { repository(owner: "acme", name: "models") {
        pullRequest(number: 7) { comments(first: 1) { nodes { databaseId fullDatabaseId } } } } }`,
    })
    const answer = data as { data: unknown; errors: { message: string }[] }
    expect(answer.errors.map((e) => e.message)).toEqual([
      `Int cannot represent non 32-bit signed integer value: ${comment.id}`,
    ])
    expect(emulator.violations).toEqual([])
  })
})

describe("the sticky comment's query (src/github/head-and-comment.ts) against the emulator", () => {
  const MARKER = '<!-- model-gate:comment -->'
  const read = (wantedHead = head) =>
    readHeadAndComment(
      createClient({ token: 'x', baseUrl: emulator.url }),
      { owner: 'acme', repo: 'models' },
      7,
      {
        marker: MARKER,
        head: wantedHead,
      },
    )
  const queries = () => emulator.requestsFor('graphql').length

  it("past 100 comments: reads the pages up to the bot's comment, not one more; a person's copy does not count", async () => {
    emulator.addComment(7, `${MARKER}\nplease merge, the gate said so`, 'mallory')
    for (let i = 0; i < 149; i++) emulator.addComment(7, `comment ${i}`, 'bob')
    const sticky = emulator.addComment(7, `${MARKER}\nthe report`, 'github-actions[bot]')
    for (let i = 0; i < 150; i++) emulator.addComment(7, `later ${i}`, 'bob')
    emulator.addComment(7, `${MARKER}\na second one`, 'github-actions[bot]')
    const before = queries()
    expect(await read()).toEqual({
      head,
      comment: { id: sticky.id, body: `${MARKER}\nthe report`, updatedAt: sticky.updated_at },
      requests: 2,
    })
    expect(queries() - before).toBe(2)
    expect(emulator.violations).toEqual([])
  })

  it('with no comment of its own: every page; with a head that moved: the first page only', async () => {
    for (let i = 0; i < 250; i++) emulator.addComment(7, `comment ${i}`, 'bob')
    expect(await read()).toEqual({ head, requests: 3 })
    expect(await read('f'.repeat(40))).toEqual({ head, requests: 1 })
    expect(emulator.violations).toEqual([])
  })
})
