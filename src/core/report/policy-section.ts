/**
 * The policy a pull request proposes, rendered beside the one in force: a markdown section, text lines and
 * JSON. Every scope and value may come from the pull request, so all of it is escaped.
 */
import { markdownTable } from 'markdown-table'
import { countEffects, type PolicyChange, type PolicyDiff, type PolicyEffect } from '../policy-diff.js'
import { escapeMarkdown as esc, escapeTerminal } from './escape.js'

/** Most rows in the markdown table; the rest are counted (the JSON report lists them all). */
export const POLICY_ROWS_SHOWN = 100

const ICON: Record<PolicyEffect, string> = { looser: '⚠️', tighter: '🔒', neutral: '➖' }

/** One change as a line: "metrics.accuracy: fail 0.01 -> 0.5, looser". Raw text: escape where it is shown. */
export function policyChangeLine(c: PolicyChange): string {
  return `${c.scope}: ${c.setting} ${c.before} -> ${c.after}, ${c.effect}${c.note ? ` (${c.note})` : ''}`
}

export function policyHeadline(diff: PolicyDiff): string {
  const { looser, tighter, neutral } = countEffects(diff)
  if (diff.changes.length === 0) return 'the file changed, no rule did'
  const parts = [
    looser && `${looser} loosened`,
    tighter && `${tighter} tightened`,
    neutral && `${neutral} unchanged in effect`,
  ].filter(Boolean)
  return `${parts.join(', ')}`
}

function whatChanged(diff: PolicyDiff, escape: (s: string) => string): string {
  const after =
    diff.after === 'built-in defaults'
      ? 'deletes the policy file: after merge the built-in defaults apply'
      : `changes ${escape(diff.after)}`
  return `This pull request ${after}. This check still uses the policy in force (${escape(diff.before)}); loosening a rule is a warning.`
}

/** Looser first: when rows are cut, what lets more through is what stays. */
function ordered(diff: PolicyDiff): PolicyChange[] {
  const rank: Record<PolicyEffect, number> = { looser: 0, tighter: 1, neutral: 2 }
  return [...diff.changes].sort((a, b) => rank[a.effect] - rank[b.effect])
}

export function policySectionMarkdown(diff: PolicyDiff): string {
  const icon = countEffects(diff).looser ? '⚠️' : '✅'
  const parts = [`### ${icon} Proposed policy: ${policyHeadline(diff)}`, whatChanged(diff, (s) => esc(s))]
  const shown = ordered(diff).slice(0, POLICY_ROWS_SHOWN)
  if (shown.length) {
    const rows = shown.map((c) => [
      esc(c.scope),
      esc(c.setting),
      esc(c.before, 80),
      esc(c.after, 80),
      `${ICON[c.effect]} ${c.effect}${c.note ? ` (${esc(c.note)})` : ''}`,
    ])
    const header = ['Rule', 'Setting', 'In force', 'Proposed', 'Effect']
    parts.push(markdownTable([header, ...rows], { alignDelimiters: false }))
  }
  const hidden = diff.changes.length - shown.length
  if (hidden > 0) parts.push(`… and ${hidden} more change${hidden === 1 ? '' : 's'}, in the JSON report.`)
  return parts.join('\n\n')
}

export function policySectionText(diff: PolicyDiff): string[] {
  return [
    `Proposed policy: ${policyHeadline(diff)}`,
    `  ${whatChanged(diff, (s) => escapeTerminal(s))}`,
    ...ordered(diff).map((c) => `  ${escapeTerminal(policyChangeLine(c), 400)}`),
  ]
}

export function policyDiffToJson(diff: PolicyDiff | undefined) {
  if (!diff) return null
  const { looser, tighter } = countEffects(diff)
  return {
    in_force: diff.before,
    proposed: diff.after,
    loosened: looser,
    tightened: tighter,
    changes: diff.changes.map((c) => ({
      rule: c.scope,
      setting: c.setting,
      in_force: c.before,
      proposed: c.after,
      effect: c.effect,
      note: c.note ?? null,
    })),
  }
}
