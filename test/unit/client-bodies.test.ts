/**
 * The client's success bodies (src/github/client.ts, successBodies): read as @octokit/request reads them, a
 * JSON body parsed by JSON.parse instead of json-with-bigint. Each answer is asked of the client and of a
 * plain Octokit over the same fetch, which parses as @octokit/request does: the data must be the same, but
 * for an integer past 2^53, which Octokit makes a BigInt and the client a number.
 */
import { Octokit } from '@octokit/core'
import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/github/client.js'
import { httpFetch } from '../../src/github/http-fetch.js'
import { localServers } from '../helpers/local-servers.js'

const localServer = localServers()
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** Answers by path: [content-type or null, body]. */
const ANSWERS: Record<string, [string | null, string]> = {
  '/json': ['application/json; charset=utf-8', '{"tree":[{"path":"a","size":1}],"truncated":false}'],
  '/scim': ['application/scim+json', '{"schemas":["x"]}'],
  '/unicode': ['application/json', '{"name":"caf\\u00e9 ☕","note":"\\ud83d\\ude00"}'],
  '/not-json': ['application/json; charset=utf-8', '{"broken": '],
  '/text': ['text/plain', 'plain words'],
  '/utf8': ['application/vnd.github.raw; charset=utf-8', 'raw: blob'],
  '/quoted': ['application/x-thing; charset="UTF-8"', 'quoted charset'],
  '/bytes': ['application/octet-stream', 'bytes'],
  '/bytes-utf8': ['application/octet-stream; charset=utf-8', 'bytes still'],
  '/none': [null, 'no type'],
  '/big': ['application/json', '{"id":12345678901234567890,"small":42}'],
}

async function both() {
  const { url } = await localServer((req, res) => {
    const answer = ANSWERS[req.url ?? '']
    if (!answer) return res.writeHead(404).end()
    const [type, body] = answer
    res.writeHead(200, type === null ? {} : { 'content-type': type })
    // A body without a content-type: Node would add none, as GitHub sends none.
    res.end(body)
  })
  const client = createClient({ token: 't', baseUrl: url })
  const octokit = new Octokit({ baseUrl: url, log: quiet, request: { fetch: httpFetch() } })
  return { client, octokit }
}

/** ArrayBuffers as their text, so that they compare by content. */
const comparable = (data: unknown) =>
  data instanceof ArrayBuffer ? { bytes: Buffer.from(data).toString('utf8') } : data

describe("the client's success bodies", () => {
  it('are what @octokit/request gives for every kind of answer', async () => {
    const { client, octokit } = await both()
    const paths = Object.keys(ANSWERS).filter((p) => p !== '/big')
    const ours = await Promise.all(
      paths.map(async (p) => comparable((await client.request(`GET ${p}`)).data)),
    )
    const theirs = await Promise.all(
      paths.map(async (p) => comparable((await octokit.request(`GET ${p}`)).data)),
    )
    expect(ours).toEqual(theirs)
    expect(Object.fromEntries(paths.map((p, i) => [p, ours[i]]))).toEqual({
      '/json': { tree: [{ path: 'a', size: 1 }], truncated: false },
      '/scim': { schemas: ['x'] },
      '/unicode': { name: 'café ☕', note: '😀' },
      '/not-json': '{"broken": ',
      '/text': 'plain words',
      '/utf8': 'raw: blob',
      '/quoted': 'quoted charset',
      '/bytes': { bytes: 'bytes' },
      '/bytes-utf8': { bytes: 'bytes still' },
      '/none': 'no type',
    })
  })

  it('give a number, not a BigInt, for an integer past 2^53', async () => {
    const { client, octokit } = await both()
    expect((await client.request('GET /big')).data).toEqual({ id: Number('12345678901234567890'), small: 42 })
    expect((await octokit.request('GET /big')).data).toEqual({ id: 12345678901234567890n, small: 42 })
  })
})
