/**
 * src/github/client.ts's retries against a local server answering from a script: which answers are asked
 * again, how often, and how long it waits (through the client's sleep, recorded here instead of slept).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/github/client.js'
import { localServers } from '../helpers/local-servers.js'

const localServer = localServers()

type Answer = (req: IncomingMessage, res: ServerResponse) => void

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }
}

/** A client of a server giving the answers in order (the last one again after them); what it was asked. */
async function scripted(...answers: Answer[]) {
  const asked: string[] = []
  const { url } = await localServer((req, res) => {
    req.resume()
    req.on('end', () => {
      asked.push(`${req.method ?? ''} ${req.url ?? ''}`)
      const answer = answers[Math.min(asked.length, answers.length) - 1] as Answer
      answer(req, res)
    })
  })
  const waits: number[] = []
  const api = createClient({
    token: 't',
    baseUrl: url,
    sleep: (ms) => {
      waits.push(ms)
      return Promise.resolve()
    },
    now: () => 0,
  })
  return { api, asked, waits }
}

const repo = { owner: 'acme', repo: 'models' }
const serverError = (status: number) => json(status, { message: 'Server Error' })
const ok = json(200, { name: 'models', full_name: 'acme/models' })

describe('5xx answers', () => {
  it('are asked again, waiting 1 s then 4 s, and the answer that comes is the result', async () => {
    const { api, asked, waits } = await scripted(serverError(502), serverError(503), ok)
    const { data } = await api.request('GET /repos/{owner}/{repo}', repo)
    expect(data).toEqual({ name: 'models', full_name: 'acme/models' })
    expect(asked).toEqual(['GET /repos/acme/models', 'GET /repos/acme/models', 'GET /repos/acme/models'])
    expect(waits).toEqual([1000, 4000])
  })

  it('give up after 3 retries (1 s, 4 s, 9 s) with the last error', async () => {
    const { api, asked, waits } = await scripted(serverError(500))
    await expect(api.request('GET /repos/{owner}/{repo}', repo)).rejects.toMatchObject({ status: 500 })
    expect(asked).toHaveLength(4)
    expect(waits).toEqual([1000, 4000, 9000])
  })

  it('a connection that breaks counts as one (a request error of status 500)', async () => {
    const { api, asked, waits } = await scripted((req) => req.socket.destroy(), ok)
    const { data } = await api.request('GET /repos/{owner}/{repo}', repo)
    expect(data).toMatchObject({ name: 'models' })
    expect(asked).toHaveLength(2)
    expect(waits).toEqual([1000])
  })
})

describe('answers that are not asked again', () => {
  for (const status of [400, 401, 404, 410, 422, 451]) {
    it(`${status}: one request, no wait`, async () => {
      const { api, asked, waits } = await scripted(json(status, { message: 'No' }), ok)
      await expect(api.request('GET /repos/{owner}/{repo}', repo)).rejects.toMatchObject({ status })
      expect(asked).toHaveLength(1)
      expect(waits).toEqual([])
    })
  }

  it('a rate limit is waited for by the rate-limit hook alone, as GitHub asks, never also as a 5xx', async () => {
    const limited = json(429, { message: 'rate limited' }, { 'retry-after': '2' })
    const { api, asked, waits } = await scripted(limited, limited, ok)
    await api.request('GET /repos/{owner}/{repo}', repo)
    expect(asked).toHaveLength(3)
    expect(waits).toEqual([2000, 2000])
  })
})

describe('GraphQL', () => {
  const trouble = json(200, {
    data: null,
    errors: [
      {
        message:
          'Something went wrong while executing your query. Please include `ABCD` when reporting this issue.',
      },
    ],
  })

  it("GitHub's 'something went wrong' (status 200) is asked again as a 5xx", async () => {
    const { api, asked, waits } = await scripted(trouble, json(200, { data: { viewer: { login: 'alice' } } }))
    await expect(api.graphql('query { viewer { login } }')).resolves.toEqual({ viewer: { login: 'alice' } })
    expect(asked).toEqual(['POST /graphql', 'POST /graphql'])
    expect(waits).toEqual([1000])
  })

  it('past the retries it fails as a 500 with GitHub’s message', async () => {
    const { api, asked } = await scripted(trouble)
    await expect(api.graphql('query { viewer { login } }')).rejects.toMatchObject({
      status: 500,
      message: expect.stringMatching(/^Something went wrong while executing your query/),
    })
    expect(asked).toHaveLength(4)
  })

  it('any other GraphQL error is the query’s fault: one request, the error as Octokit gives it', async () => {
    const wrong = json(200, {
      data: null,
      errors: [{ message: "Field 'nope' doesn't exist on type 'Query'" }],
    })
    const { api, asked, waits } = await scripted(wrong)
    await expect(api.graphql('query { nope }')).rejects.toMatchObject({
      name: 'GraphqlResponseError',
      errors: [{ message: "Field 'nope' doesn't exist on type 'Query'" }],
    })
    expect(asked).toHaveLength(1)
    expect(waits).toEqual([])
  })
})
