/**
 * The emulator's POST /graphql: queries GitHub's published schema accepts are answered from the git repository;
 * any other query is recorded as a violation, like a REST request the OpenAPI description does not allow.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, git, makeGitRepo, startEmulator } from './emulator/index.js'

let dir: string
let emulator: Emulator
let octokit: Octokit
let head: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-graphql-'))
  head =
    (await makeGitRepo(dir, {
      files: { 'models/a/model.yaml': 'name: a\n', 'models/a/weights.bin': Buffer.from([0, 1, 2]) },
    })) ?? ''
  await git(dir, ['update-ref', 'refs/heads/model-registry', head])
  emulator = await startEmulator({ repoDir: dir, owner: 'acme', repo: 'models' })
  octokit = new Octokit({ baseUrl: emulator.url, auth: 'x' })
})
afterAll(async () => {
  await emulator.close()
  await rm(dir, { recursive: true, force: true })
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
    emulator.violations.length = 0
  })
})
