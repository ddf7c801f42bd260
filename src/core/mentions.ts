/**
 * Which texts may hold a given string (a file name, a model name) as a YAML, JSON or TOML string value or
 * key, decided on the text alone: to skip parsing documents that cannot concern a change.
 *
 * A string of letters, digits, '.', '_', '/' and '-' that is not a number's spelling is written in such a
 * document only as itself, whatever the style of its scalar: folding a line break inserts a space, single
 * quotes escape only a quote, block scalars only drop indentation, and an alias repeats an anchor written in
 * the same text. What could spell it otherwise is a backslash escape (`"metrics\x2ejson"`, `\u002e`, a
 * line-continuation backslash): a text with a backslash always counts; or a number read as a mapping key
 * (`params: {0x10: ...}` names the file `16`; `.nan`, `.inf`, YAML 1.1's `1_000` likewise), hence the
 * exclusion of whatever Number() reads; or a YAML 1.1 timestamp read as a string (it holds ':'). A string
 * outside that alphabet, or a number's spelling, is never ruled out: every text counts.
 */

const LITERAL = /^[A-Za-z0-9._/-]+$/
/** Maximal runs of the literal alphabet in a text: a literal string is a substring of one of them. */
const RUNS = /[A-Za-z0-9._/-]+/g
/** Up to this many needles a text is searched once per needle; past it, run by run. */
const FEW = 4

/** True when a document can only spell this string as itself (see above). */
export function spelledAsWritten(needle: string): boolean {
  return LITERAL.test(needle) && needle !== 'NaN' && Number.isNaN(Number(needle))
}

/** A test of texts against a set of needles: may the text hold one of them? */
export class Mentions {
  private readonly needles: readonly string[]
  private readonly anything: boolean
  private readonly exact: ReadonlySet<string>
  private readonly shortest: number
  /** Whether a run of the alphabet holds a needle, per distinct run seen. */
  private readonly runs = new Map<string, boolean>()

  constructor(needles: Iterable<string>) {
    this.exact = new Set(needles)
    this.needles = [...this.exact]
    this.anything = !this.needles.every(spelledAsWritten)
    this.shortest = Math.min(...this.needles.map((n) => n.length))
  }

  /** True when the text may hold one of the needles (always, for a text with a backslash). */
  in(text: string): boolean {
    if (this.anything) return true
    if (this.needles.length === 0) return false
    if (text.includes('\\')) return true
    if (this.needles.length <= FEW) return this.needles.some((n) => text.includes(n))
    for (const [run] of text.matchAll(RUNS)) if (run.length >= this.shortest && this.holds(run)) return true
    return false
  }

  private holds(run: string): boolean {
    let found = this.runs.get(run)
    if (found === undefined) {
      found = this.exact.has(run) || (run.length > this.shortest && this.needles.some((n) => run.includes(n)))
      this.runs.set(run, found)
    }
    return found
  }
}
