/** Model names and versions: the identifiers that become file paths, git refs and GTO tags. */

/**
 * A name GTO accepts for an artifact or a stage (gto/constants.py): letters, digits, '-', '_' and '/', not
 * starting or ending with '-', '_' or '/'. Unanchored, for building patterns.
 */
export const GTO_NAME = String.raw`[a-zA-Z0-9](?:[a-zA-Z0-9/_-]*[a-zA-Z0-9])?`
/** A model's name: GTO-compatible, narrowed to lowercase letters, digits, '-' and '/'. */
const NAME = /^[a-z0-9]([a-z0-9\-/]*[a-z0-9])?$/
export const MAX_NAME_LENGTH = 100

export function nameProblem(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`
  if (!NAME.test(name))
    return "must match [a-z0-9]([a-z0-9-/]*[a-z0-9])? (lowercase letters, digits, '-', '/')"
  if (name.includes('//')) return "must not contain '//'"
  return undefined
}

const NUM = String.raw`(0|[1-9]\d*)`
const PRE_PART = String.raw`(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)`
/**
 * SemVer 2.0.0 without a leading 'v', unanchored, for building patterns (GTO's tag grammar uses it too).
 * Groups: major, minor, patch, prerelease, build.
 */
export const SEMVER =
  String.raw`${NUM}\.${NUM}\.${NUM}(?:-(${PRE_PART}(?:\.${PRE_PART})*))?` +
  String.raw`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?`
const SEMVER_RE = new RegExp(`^v?${SEMVER}$`)

export interface SemVer {
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly prerelease: readonly string[]
}

export function parseSemVer(text: string): SemVer | undefined {
  if (text.length > 128) return undefined
  const m = SEMVER_RE.exec(text)
  if (!m) return undefined
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
  }
}

/** The version without a leading 'v': '3.1.0' and 'v3.1.0' name the same version. */
export function normalizeVersion(version: string): string {
  return version.startsWith('v') ? version.slice(1) : version
}

export function sameVersion(a: string, b: string): boolean {
  return normalizeVersion(a) === normalizeVersion(b)
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const xn = /^\d+$/.test(x)
    const yn = /^\d+$/.test(y)
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1
    if (xn !== yn) return xn ? -1 : 1
    return x < y ? -1 : 1
  }
  return 0
}
