// Small HTTP helpers shared by the emulator's handlers: responses, errors, pagination.

export interface EmulatorResponse {
  status: number
  /** JSON body (ignored when `raw` is set). */
  body?: unknown
  raw?: Buffer
  headers?: Record<string, string>
  /** Set when the request breaks a documented rule the schema cannot express: recorded as a violation. */
  violation?: string
}

export const DOCS = 'https://docs.github.com/rest'

/** A GitHub-style error body: {message, documentation_url, status}. */
export function error(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): EmulatorResponse {
  return { status, body: { message, ...extra, documentation_url: DOCS, status: String(status) } }
}

export const notFound = (): EmulatorResponse => error(404, 'Not Found')

export function json(status: number, body: unknown, headers?: Record<string, string>): EmulatorResponse {
  return headers ? { status, body, headers } : { status, body }
}

export interface PageOptions {
  defaultPerPage?: number
  maxPerPage?: number
  /** GitHub never lists more than this many items (e.g. 3000 pull request files). */
  cap?: number
}

export interface PageContext {
  /** Absolute base of the emulator, e.g. http://127.0.0.1:1234 */
  baseUrl: string
  /** Raw (percent-encoded) path of the request. */
  rawPath: string
  query: URLSearchParams
}

function intParam(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value.trim())) return null
  return Number(value)
}

/**
 * Slices `items` like GitHub does (per_page default 30, clamped to max 100; page from 1) and builds an
 * RFC 5988 link header with GitHub's rel order (prev, next, last, first).
 */
export function paginate<T>(
  ctx: PageContext,
  items: T[],
  options: PageOptions = {},
): { items: T[]; headers: Record<string, string>; page: number; lastPage: number } {
  const max = options.maxPerPage ?? 100
  const requested = intParam(ctx.query.get('per_page'))
  const perPage =
    requested === null || requested < 1 ? (options.defaultPerPage ?? 30) : Math.min(requested, max)
  const page = Math.max(1, intParam(ctx.query.get('page')) ?? 1)
  const all = options.cap !== undefined ? items.slice(0, options.cap) : items
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const link = (p: number) => {
    const q = new URLSearchParams(ctx.query)
    q.set('page', String(p))
    return `<${ctx.baseUrl}${ctx.rawPath}?${q.toString()}>`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`${link(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) rels.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`)
  if (page > 1) rels.push(`${link(1)}; rel="first"`)
  const headers: Record<string, string> = rels.length > 0 ? { link: rels.join(', ') } : {}
  return { items: all.slice((page - 1) * perPage, page * perPage), headers, page, lastPage }
}

/** Base64 the way the contents and blobs APIs return it: lines of 60 characters, each ending in \n. */
export function wrappedBase64(data: Buffer): string {
  const b64 = data.toString('base64')
  let out = ''
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`
  return out
}

/** ISO 8601 without milliseconds, like GitHub ('2024-01-01T00:00:00Z'). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Deterministic positive id for a login. */
export function idFor(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return 1_000_000 + (h % 90_000_000)
}

export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`
}
