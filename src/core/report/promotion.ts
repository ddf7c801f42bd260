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
