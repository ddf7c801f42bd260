/**
 * The fetch Octokit calls (its `request.fetch`), over node:http and node:https. Node's global fetch loads its
 * own copy of undici and web streams on first use, which costs a run more than all its requests together;
 * this keeps what Octokit relies on: keep-alive connections, redirects followed (credentials dropped across
 * origins), gzip/deflate/br bodies decoded, undici's timeouts (connect 10 s, headers and body 300 s), an
 * abort signal, and a failure as a TypeError whose cause says why (Octokit reports the cause: a 500 that
 * the client's server-error hook retries, client.ts).
 */
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http'
import type { Readable, Transform } from 'node:stream'

export interface FetchTimeouts {
  readonly connectMs: number
  readonly headersMs: number
  /** The longest wait for the next bytes of a body. */
  readonly bodyMs: number
}

/** undici's: what Node's fetch would wait. */
export const FETCH_TIMEOUTS: FetchTimeouts = { connectMs: 10_000, headersMs: 300_000, bodyMs: 300_000 }

/** What Octokit passes to fetch. */
export interface FetchInit {
  readonly method?: string
  readonly body?: string | Uint8Array | ArrayBuffer | null
  readonly redirect?: 'follow' | 'manual' | 'error'
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal | null
}

/** The headers of an answer: names lower-case, repeated ones joined by ', ', iterated in name order. */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>()

  constructor(raw: readonly string[]) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase()
      const known = this.map.get(name)
      this.map.set(name, known === undefined ? (raw[i + 1] as string) : `${known}, ${raw[i + 1]}`)
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return [...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]()
  }
}

/** An answer, its body already read (or being read) into memory. */
export class FetchResponse {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: ResponseHeaders,
    private readonly bytes: Promise<Buffer>,
  ) {
    bytes.catch(() => undefined) // read or not, a failed body is no unhandled rejection
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  /**
   * What Octokit hands on as the data of a success answer when it is told not to parse it
   * (`request.parseSuccessResponseBody: false`): this answer, for client.ts's successBody to read.
   */
  get body(): FetchResponse {
    return this
  }

  /** The body as UTF-8, a byte order mark dropped, as fetch decodes it. */
  async text(): Promise<string> {
    return (await this.bytes).toString('utf8').replace(/^\uFEFF/, '')
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = await this.bytes
    return new Uint8Array(b).buffer
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 20
const BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type']
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie', 'host']

interface Attempt {
  readonly url: URL
  readonly method: string
  readonly headers: Record<string, string>
  readonly body: Buffer | undefined
}

/** Octokit's fetch over node:http(s). */
export function httpFetch(timeouts: FetchTimeouts = FETCH_TIMEOUTS) {
  return async (input: string | URL, init: FetchInit = {}): Promise<FetchResponse> => {
    init.signal?.throwIfAborted()
    let attempt = firstAttempt(input, init)
    for (let redirects = 0; ; redirects++) {
      const res = await send(attempt, init.signal ?? undefined, timeouts)
      const location = res.headers.location
      if (!REDIRECTS.has(res.statusCode ?? 0) || !location || init.redirect === 'manual')
        return answer(attempt, res, timeouts, init.signal ?? undefined)
      void drained(res)
      if (init.redirect === 'error') throw failed(new Error('unexpected redirect'))
      if (redirects >= MAX_REDIRECTS) throw failed(new Error('redirect count exceeded'))
      attempt = redirected(attempt, res.statusCode as number, new URL(location, attempt.url))
    }
  }
}

function firstAttempt(input: string | URL, init: FetchInit): Attempt {
  const url = new URL(input)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value
  headers['accept-encoding'] ??= url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate'
  const body = init.body == null ? undefined : bodyBytes(init.body)
  return { url, method: (init.method ?? 'GET').toUpperCase(), headers, body }
}

function bodyBytes(body: string | Uint8Array | ArrayBuffer): Buffer {
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
}

/** The request after a redirect: GET without a body after 303 (and 301/302 of a POST), no credentials across origins. */
function redirected(previous: Attempt, status: number, url: URL): Attempt {
  const headers = { ...previous.headers }
  let { method, body } = previous
  if (
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  ) {
    method = 'GET'
    body = undefined
    for (const name of BODY_HEADERS) delete headers[name]
  }
  if (url.origin !== previous.url.origin) for (const name of CREDENTIALS) delete headers[name]
  return { url, method, headers, body }
}

const agents = new Map<string, Promise<{ request: typeof import('node:http').request; agent: Agent }>>()

/** node:http or node:https, loaded when a URL first asks for it, with a keep-alive agent. */
function transport(protocol: string) {
  let loaded = agents.get(protocol)
  if (!loaded) {
    if (protocol !== 'http:' && protocol !== 'https:')
      throw failed(new Error(`unsupported protocol ${protocol}`))
    loaded = (protocol === 'https:' ? import('node:https') : import('node:http')).then((lib) => ({
      request: lib.request as typeof import('node:http').request,
      agent: new lib.Agent({ keepAlive: true }),
    }))
    agents.set(protocol, loaded)
  }
  return loaded
}

/** One request: its answer's head, or a TypeError whose cause says what failed. */
async function send(attempt: Attempt, signal: AbortSignal | undefined, timeouts: FetchTimeouts) {
  const { request, agent } = await transport(attempt.url.protocol)
  const headers = { ...attempt.headers }
  if (attempt.body) headers['content-length'] = String(attempt.body.length)
  else if (attempt.method !== 'GET' && attempt.method !== 'HEAD') headers['content-length'] = '0'
  const options: RequestOptions = { method: attempt.method, headers, agent }
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(attempt.url, options)
    const stop = guard(req, signal, timeouts, reject)
    req.once('response', (res) => {
      stop()
      resolve(res)
    })
    req.end(attempt.body)
  })
}

/**
 * The request's deadlines and its abort signal: connecting, then the answer's head. Returns what ends
 * them once the head has come; the body has its own deadline (readBody).
 */
function guard(
  req: ClientRequest,
  signal: AbortSignal | undefined,
  timeouts: FetchTimeouts,
  reject: (error: unknown) => void,
): () => void {
  let done = false
  const fail = (error: unknown) => {
    if (done) return
    done = true
    clear()
    reject(error)
    req.destroy()
  }
  const timer = (ms: number, message: string) => setTimeout(() => fail(failed(timeoutError(message))), ms)
  let deadline = timer(timeouts.connectMs, 'Connect Timeout Error')
  req.once('socket', (socket) => {
    const connected = () => {
      clearTimeout(deadline)
      deadline = timer(timeouts.headersMs, 'Headers Timeout Error')
    }
    // A TLS socket is connected once its handshake is done.
    if (socket.connecting) socket.once('encrypted' in socket ? 'secureConnect' : 'connect', connected)
    else connected()
  })
  const onAbort = () => fail(abortError(signal))
  signal?.addEventListener('abort', onAbort, { once: true })
  req.on('error', (error) => fail(failed(error))) // on, not once: a later error must not crash the run
  const clear = () => {
    clearTimeout(deadline)
    signal?.removeEventListener('abort', onAbort)
  }
  return () => {
    done = true
    clear()
  }
}

/** The answer Octokit reads: the body decoded and read with the body deadline and the abort signal. */
function answer(
  attempt: Attempt,
  res: IncomingMessage,
  timeouts: FetchTimeouts,
  signal: AbortSignal | undefined,
): FetchResponse {
  const status = res.statusCode ?? 0
  const headers = new ResponseHeaders(res.rawHeaders)
  const empty = attempt.method === 'HEAD' || status === 204 || status === 304
  const encoding = headers.get('content-encoding')
  const body = () =>
    whenDecodable(res, encoding, () => readBody(res, decoded(res, encoding), timeouts, signal))
  const bytes = empty ? drained(res) : body()
  return new FetchResponse(status, res.statusMessage ?? '', attempt.url.href, headers, bytes)
}

/**
 * A body nobody reads (a redirect's, a 204's): read to its end so that its connection is reused. It resolves
 * once the end has come, when the connection is free again: a request sent right after reading it reuses it.
 */
function drained(res: IncomingMessage): Promise<Buffer> {
  const empty = Buffer.alloc(0)
  return new Promise((resolve) => {
    res.on('error', () => resolve(empty))
    res.once('close', () => resolve(empty))
    res.once('end', () => resolve(empty))
    res.resume()
  })
}

/** The body through zlib when the server compressed it (the codings undone last first). */
function decoded(res: IncomingMessage, encoding: string | null): Readable {
  const codings = (encoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity')
  let stream: Readable = res
  for (const coding of codings.reverse()) {
    const next = decoder(coding)
    if (!next) return stream
    stream.on('error', (error) => next.destroy(error))
    stream = stream.pipe(next)
  }
  return stream
}

/** node:zlib, loaded when an answer first comes compressed: loading it at start-up cost about 19 ms. */
let zlib: typeof import('node:zlib') | undefined
let zlibLoading: Promise<unknown> | undefined
const ZLIB_CODINGS = /\b(?:x-gzip|gzip|deflate|br)\b/i

/** The body, once node:zlib is loaded if it is needed; an error of the answer meanwhile is kept, not thrown. */
function whenDecodable(
  res: IncomingMessage,
  encoding: string | null,
  read: () => Promise<Buffer>,
): Promise<Buffer> {
  if (zlib || !ZLIB_CODINGS.test(encoding ?? '')) return read()
  const early: unknown[] = []
  const keep = (error: unknown) => early.push(error)
  res.on('error', keep)
  zlibLoading ??= import('node:zlib').then((m) => (zlib = m))
  return zlibLoading.then(() => {
    res.off('error', keep)
    return early.length ? Promise.reject(failed(early[0])) : read()
  })
}

function decoder(coding: string): Transform | undefined {
  if (!zlib) return undefined // not a coding of ZLIB_CODINGS
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(lenient)
  if (coding === 'deflate') return zlib.createInflate(lenient)
  if (coding === 'br') return zlib.createBrotliDecompress()
  return undefined
}

/** The whole body; a failure, a pause longer than bodyMs or the abort signal rejects with a TypeError. */
function readBody(
  res: IncomingMessage,
  body: Readable,
  timeouts: FetchTimeouts,
  signal: AbortSignal | undefined,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    const finish = (error?: unknown) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (error === undefined) resolve(Buffer.concat(chunks))
      else {
        reject(error)
        res.destroy()
      }
    }
    const idle = () => {
      clearTimeout(timer)
      timer = setTimeout(() => finish(failed(timeoutError('Body Timeout Error'))), timeouts.bodyMs)
    }
    const onAbort = () => finish(abortError(signal))
    signal?.addEventListener('abort', onAbort, { once: true })
    idle()
    body.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      idle()
    })
    body.once('end', () => finish())
    body.on('error', (error) => finish(failed(error)))
    res.once('aborted', () => finish(failed(new Error('terminated'))))
  })
}

/** A network failure as fetch reports one: a TypeError whose cause is what failed. */
function failed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: message.replace(/ /g, '') })
}

/** What fetch rejects with on abort: the signal's reason, or an AbortError. */
function abortError(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason
  if (reason instanceof Error && reason.name === 'AbortError') return reason
  return Object.assign(new Error('This operation was aborted'), { name: 'AbortError', cause: reason })
}
