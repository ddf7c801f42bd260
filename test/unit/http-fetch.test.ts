/**
 * src/github/http-fetch.ts, Octokit's fetch over node:http, against local servers: what it reads must be
 * what Node's own fetch reads from the same answers (run both), and it keeps fetch's redirects, decoding,
 * timeouts, abort and failure shape. Through Octokit, errors keep the status the client's retries decide on.
 */
import { Octokit } from '@octokit/rest'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { FETCH_TIMEOUTS, httpFetch, type FetchResponse } from '../../src/github/http-fetch.js'
import { localServers } from '../helpers/local-servers.js'

const localServer = localServers()

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
  /** The client's port: one per connection. */
  readonly port: number | undefined
}

/** A server answering with handle; what it was asked is in seen. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const seen: Seen[] = []
  const { url, server } = await localServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        port: req.socket.remotePort,
      })
      handle(req, res, body)
    })
  })
  return { url, seen, server }
}

/** What Octokit reads of an answer. */
async function read(response: FetchResponse | Response) {
  return {
    status: response.status,
    statusText: response.statusText,
    url: response.url,
    headers: [...response.headers].filter(([name]) => name !== 'date' && name !== 'keep-alive'),
    text: await response.text(),
  }
}

const fetchIt = httpFetch()
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

describe('answers, as Node fetch reads them', () => {
  it('reads status, headers (lower-case, in order, repeated ones joined) and the body', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(201, 'Made', [
        ['X-B', '1'],
        ['Content-Type', 'application/json; charset=utf-8'],
        ['x-b', '2'],
        ['X-A', 'a'],
      ])
      res.end('\uFEFF{"ok":"é"}')
    })
    const init = { method: 'POST', headers: { Authorization: 'token t' }, body: '{"a":"ü"}' }
    const ours = await read(await fetchIt(`${url}/x?y=1`, init))
    expect(ours).toEqual(await read(await fetch(`${url}/x?y=1`, init)))
    expect(ours).toEqual({
      status: 201,
      statusText: 'Made',
      url: `${url}/x?y=1`,
      headers: [
        ['connection', 'keep-alive'],
        ['content-type', 'application/json; charset=utf-8'],
        ['transfer-encoding', 'chunked'],
        ['x-a', 'a'],
        ['x-b', '1, 2'],
      ],
      text: '{"ok":"é"}',
    })
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/x?y=1', body: '{"a":"ü"}' })
    expect(seen[0]?.headers).toMatchObject({
      authorization: 'token t',
      'content-length': '10',
      'accept-encoding': 'gzip, deflate',
    })
  })

  it('decodes gzip, deflate and br bodies', async () => {
    const text = 'model-gate '.repeat(100)
    const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }
    const { url } = await serve((req, res) => {
      const coding = (req.url ?? '').slice(1) as keyof typeof encoders
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': coding })
      res.end(encoders[coding](text))
    })
    for (const coding of Object.keys(encoders)) {
      const ours = await read(await fetchIt(`${url}/${coding}`))
      expect(ours).toEqual(await read(await fetch(`${url}/${coding}`)))
      expect(ours.text).toBe(text)
    }
  })

  it('gives bytes for arrayBuffer, and an empty body for 204 and HEAD', async () => {
    const { url } = await serve((req, res) => {
      if (req.url === '/none') res.writeHead(204).end()
      else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0, 255, 1]))
    })
    const bytes = await (await fetchIt(`${url}/bin`)).arrayBuffer()
    expect([...new Uint8Array(bytes)]).toEqual([0, 255, 1])
    expect(await read(await fetchIt(`${url}/none`))).toEqual(await read(await fetch(`${url}/none`)))
    expect(await (await fetchIt(`${url}/bin`, { method: 'HEAD' })).text()).toBe('')
  })
})

describe('connections', () => {
  it('requests one after another share one kept-alive connection, whatever their method and answer', async () => {
    const { url, seen } = await serve((req, res, body) => {
      res.writeHead(req.url === '/none' ? 204 : 200, { 'content-type': 'application/json' })
      res.end(req.url === '/none' ? undefined : JSON.stringify({ echo: body }))
    })
    const fetch = httpFetch()
    const requests = [
      ['/a', 'GET', undefined],
      ['/b', 'POST', '{"query":"{ viewer { login } }"}'],
      ['/none', 'PATCH', '{}'],
      ['/c', 'GET', undefined],
    ] as const
    for (const [path, method, body] of requests) {
      const response = await fetch(`${url}${path}`, { method, ...(body ? { body } : {}) })
      await response.text()
    }
    expect(seen.map((s) => s.url)).toEqual(['/a', '/b', '/none', '/c'])
    expect(new Set(seen.map((s) => s.port)).size).toBe(1)
  })
})

describe('redirects', () => {
  it('follows them: a 303 after a POST becomes a GET without body, credentials stay on the origin', async () => {
    const other = await serve((_req, res) => res.end('elsewhere'))
    const { url, seen } = await serve((req, res) => {
      if (req.url === '/post') res.writeHead(303, { location: '/same' }).end()
      else if (req.url === '/same') res.writeHead(307, { location: `${other.url}/there` }).end()
      else res.end('?')
    })
    const init = {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: '{}',
    }
    const response = await fetchIt(`${url}/post`, init)
    expect({ status: response.status, url: response.url, text: await response.text() }).toEqual({
      status: 200,
      url: `${other.url}/there`,
      text: 'elsewhere',
    })
    expect(seen.map((s) => [s.method, s.url, s.headers.authorization, s.headers['content-type']])).toEqual([
      ['POST', '/post', 'token t', 'application/json'],
      ['GET', '/same', 'token t', undefined],
    ])
    expect(other.seen.map((s) => [s.method, s.url, s.headers.authorization])).toEqual([
      ['GET', '/there', undefined],
    ])
  })

  it("returns the redirect itself with redirect: 'manual', and fails with 'error'", async () => {
    const { url } = await serve((_req, res) => res.writeHead(302, { location: '/next' }).end())
    expect((await fetchIt(url, { redirect: 'manual' })).status).toBe(302)
    await expect(fetchIt(url, { redirect: 'error' })).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { message: 'unexpected redirect' },
    })
    await expect(fetchIt(url)).rejects.toMatchObject({ cause: { message: 'redirect count exceeded' } })
  })
})

describe('failures', () => {
  it('a refused connection is a TypeError whose cause says so, as with Node fetch', async () => {
    const { url, server } = await serve(() => undefined)
    await new Promise((resolve) => server.close(resolve))
    const theirs = await fetch(url).catch((e: TypeError) => e)
    const ours = await fetchIt(url).catch((e: TypeError) => e)
    expect(ours).toBeInstanceOf(TypeError)
    expect([(ours as TypeError).message, ((ours as TypeError).cause as Error).message]).toEqual([
      (theirs as TypeError).message,
      ((theirs as TypeError).cause as Error).message,
    ])
    expect(((ours as TypeError).cause as Error).message).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
  })

  it('an answer that does not come, or a body that stops, ends at its deadline', async () => {
    const { url } = await serve((req, res) => {
      if (req.url === '/slow-body') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('part')
      } // else: no answer at all
    })
    const quick = httpFetch({ ...FETCH_TIMEOUTS, headersMs: 50, bodyMs: 50 })
    await expect(quick(`${url}/silent`)).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { name: 'HeadersTimeoutError', message: 'Headers Timeout Error' },
    })
    const response = await quick(`${url}/slow-body`)
    await expect(response.text()).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { name: 'BodyTimeoutError', message: 'Body Timeout Error' },
    })
  })

  it('an abort signal ends the request with an AbortError', async () => {
    const { url } = await serve(() => undefined)
    const controller = new AbortController()
    const pending = fetchIt(url, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('under Octokit', () => {
  it("gives data, and errors with the status and message that the client's retries and the gate read", async () => {
    const { url } = await serve((req, res) => {
      const json = { 'content-type': 'application/json; charset=utf-8' }
      if (req.url === '/repos/o/r') res.writeHead(200, json).end('{"full_name":"o/r"}')
      else if (req.url === '/repos/o/gone') res.writeHead(404, json).end('{"message":"Not Found"}')
      else res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>')
    })
    const octokit = new Octokit({ baseUrl: url, log: quiet, request: { fetch: fetchIt } })
    const { data, status } = await octokit.rest.repos.get({ owner: 'o', repo: 'r' })
    expect([status, data.full_name]).toEqual([200, 'o/r'])
    await expect(octokit.rest.repos.get({ owner: 'o', repo: 'gone' })).rejects.toMatchObject({
      status: 404,
      message: 'Not Found',
    })
    await expect(octokit.rest.repos.get({ owner: 'o', repo: 'down' })).rejects.toMatchObject({
      status: 502,
      message: '<html>bad gateway</html>',
    })
    const refused = new Octokit({
      baseUrl: 'http://127.0.0.1:9',
      log: quiet,
      request: { fetch: fetchIt },
    })
    await expect(refused.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({
      status: 500,
      message: 'connect ECONNREFUSED 127.0.0.1:9',
    })
  })
})
