/** The promotion's job summary: per changed manifest, the version production was and is now, and why. */
import { markdownTable } from 'markdown-table'
import { escapeMarkdown as esc } from './escape.js'

export interface PromotionRow {
  readonly model: string
  readonly version: string
  readonly outcome: 'promoted' | 'unchanged' | 'skipped' | 'error'
  readonly detail: string
  readonly previous?: string
}

export function renderPromotions(promotions: readonly PromotionRow[], commit: string, pr?: number): string {
  const head = `## Model Gate: promotion of ${commit.slice(0, 12)}${pr !== undefined ? ` (#${pr})` : ''}`
  if (!promotions.length) return `${head}\n\nNo model manifest changed.\n`
  const rows = promotions.map((p) => [
    esc(p.model),
    p.previous ? `\`${p.previous}\`` : '',
    p.version ? `\`${p.version}\`` : '',
    p.outcome,
    esc(p.detail, 300),
  ])
  return `${head}\n\n${markdownTable([['Model', 'Was', 'Now', 'Outcome', 'Detail'], ...rows], { alignDelimiters: false })}\n`
}

/** What a promotion wrote, or why it wrote nothing. */
export interface PromotionWrite {
  /** What was written: the registry branch's new commit, or the new tags. Empty: nothing was written. */
  readonly written: readonly string[]
  /** Compare-and-swap attempts, where the backend counts them. */
  readonly attempts?: number
  /** Production was not moved: it comes from a commit that already contains this one. */
  readonly superseded?: { readonly version: string; readonly commit?: string }
}

/**
 * The detail of a promotion's row. With a stage (GTO), what was written are tags; else the registry branch's
 * commit, and how many compare-and-swap attempts it took when more than one.
 */
export function promotionDetail(p: PromotionWrite, where: { stage?: string; branch: string }): string {
  if (p.superseded) {
    return `production ${p.superseded.version} comes from ${p.superseded.commit?.slice(0, 12) ?? '?'}, which already contains this commit`
  }
  if (where.stage !== undefined) {
    return p.written.length ? `tags ${p.written.join(', ')}` : `already in stage ${where.stage}`
  }
  const commit = p.written[0]
  if (commit === undefined) return 'already production from this commit'
  const attempts = p.attempts !== undefined && p.attempts > 1 ? ` (after ${p.attempts} attempts)` : ''
  return `${where.branch} ${commit.slice(0, 12)}${attempts}`
}
