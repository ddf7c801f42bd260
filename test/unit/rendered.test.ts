// @vitest-environment happy-dom
/**
 * Every report shape rendered the way GitHub renders it (GFM), and asserted on what a reader sees; every
 * Mermaid block parsed by Mermaid's own parser (which needs a DOM for its sanitizer: happy-dom).
 */
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { COMMENT_MARKER, headStamp } from '../../src/action/sticky-comment.js'
import { CHECK_SUMMARY_MAX, COMMENT_MAX, JOB_SUMMARY_MAX } from '../../src/action/limits.js'
import { compareModel, removedModel, runVerdict, type Baseline } from '../../src/core/compare.js'
import type { ModelReport, RunReport } from '../../src/core/report/types.js'
import { parsePolicy } from '../../src/core/policy.js'
import { entryOf, type RegistryEvent } from '../../src/core/registry.js'
import { renderHistoryMarkdown } from '../../src/core/report/history.js'
import { renderMarkdown } from '../../src/core/report/markdown.js'
import { renderPromotions } from '../../src/core/report/promotion.js'
import { renderRollback } from '../../src/core/report/rollback.js'
import type { ProductionPoint } from '../../src/core/trend.js'
import {
  detailsBalanced,
  mermaidBlocks,
  renderGfm,
  tableShapes,
  tagNames,
  visibleText,
} from '../helpers/gfm.js'
import { baseline, version } from '../helpers/versions.js'

const NOW = new Date('2026-12-05T13:40:00Z')
const SHA = '9f2c5a0d1e0b4c5e8a7f3b2d6c1e9f0a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e'
const OLD_SHA = '5d41402abc4b2a76b9719d911017c592ae2ad8d7d8bb9a1e39d1b8a2f8a6c301'
const HOSTILE =
  '<img src=x onerror=alert(1)> cc @org/team [x](javascript:alert(1)) https://evil.example #12 *b*'
const QUOTED = 'f1 "macro" %% @org <b>'

const policy = parsePolicy(
  [
    'metrics:',
    '  accuracy: {better: higher, fail: 0.01, min: 0.85}',
    'require: [accuracy]',
    'models:',
    `  churn: {chart: [accuracy, '${QUOTED.replace(/'/g, "''")}', latency_ms]}`,
  ].join('\n'),
  '.github/model-gate.yml',
)

/** 50 production versions; 2.45.0 has no accuracy. */
const history: ProductionPoint[] = Array.from({ length: 50 }, (_, i) => ({
  version: `2.${i}.0`,
  at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  event: 'promote',
  metrics: {
    ...(i === 45 ? {} : { accuracy: { value: 0.93 - i * 0.0004 } }),
    [QUOTED]: { value: 0.5 + i / 1000 },
    latency_ms: { value: 40 + (i % 5) },
  },
}))

function withHistory(b: Baseline, points: readonly ProductionPoint[]): Baseline {
  return {
    ...b,
    history: points,
    promoted: { event: 'promote', actor: '@admins', at: '2026-12-02T13:38:27.397Z' },
  }
}

const data = (sha: string, month: string) => [
  {
    name: 'train',
    role: 'train',
    uri: `s3://corp-ml-artifacts/churn/training/2026/${month}/train-2026-${month}-final.parquet`,
    sha256: sha,
  },
]

const churn = compareModel({
  candidate: version({
    name: 'churn',
    version: '3.1.0',
    description: HOSTILE,
    data: data(SHA, '10'),
    metrics_files: ['eval/metrics.json'],
    metrics: { accuracy: 0.897, [QUOTED]: 0.6, latency_ms: 44 },
  }),
  baseline: withHistory(
    baseline({
      name: 'churn',
      version: '2.49.0',
      description: 'ok',
      data: data(OLD_SHA, '09'),
      metrics: { accuracy: 0.912, [QUOTED]: 0.549, latency_ms: 44 },
    }),
    history,
  ),
  policy,
})

const onePoint = compareModel({
  candidate: version({ name: 'fraud', version: '1.5.0', metrics: { accuracy: 0.983 } }),
  baseline: baseline({ name: 'fraud', version: '1.4.0', metrics: { auc: 0.9 } }),
  policy,
})
const fresh = compareModel({
  candidate: version({ name: 'ranker', version: '0.1.0', metrics: { accuracy: 0.9 } }),
  policy,
})
const removed = removedModel('models/old/model.yaml', 'old', '1.0.0')
const renamed: ModelReport = {
  ...compareModel({
    candidate: version({ name: 'churn-eu', version: '1.0.1', metrics: { accuracy: 0.9 } }),
    baseline: baseline({ name: 'churn-eu', version: '1.0.0', metrics: { accuracy: 0.9 } }),
    policy,
  }),
  identity: 'renamed',
}
const accepted = compareModel({
  candidate: version({ name: 'vision', version: '2.0.0', metrics: { accuracy: 0.8 } }),
  baseline: baseline({ name: 'vision', version: '1.0.0', metrics: { accuracy: 0.9 } }),
  policy,
  acceptance: { kind: 'held', acceptance: { actor: 'ana', reason: HOSTILE, at: '2026-12-02T13:38:27.397Z' } },
})
const evalData = (uri: string) => ({
  data: [{ name: 'eval', role: 'eval', uri }],
  evaluation: { dataset: 'eval' },
})
const notComparable = compareModel({
  candidate: version({
    name: 'nlp',
    version: '2.0.0',
    ...evalData('s3://b/e2'),
    metrics: { accuracy: 0.95 },
  }),
  baseline: baseline({
    name: 'nlp',
    version: '1.0.0',
    ...evalData('s3://b/e1'),
    metrics: { accuracy: 0.96 },
  }),
  policy,
})

const models = [churn, onePoint, fresh, removed, renamed, accepted, notComparable]
const report: RunReport = { verdict: runVerdict(models), models, policySource: '.github/model-gate.yml' }
const big = (() => {
  const many = compareModel({
    candidate: version({
      name: 'big',
      version: '2.0.0',
      metrics: Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [`s${i}.accuracy`, i % 2 ? 0.5 : 0.9]),
      ),
    }),
    baseline: baseline({
      name: 'big',
      version: '1.0.0',
      metrics: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`s${i}.accuracy`, 0.9])),
    }),
    policy,
  })
  const all = [churn, many]
  return { verdict: runVerdict(all), models: all, policySource: 'p.yml' } satisfies RunReport
})()

const footer = `<sub>Model Gate checked ${'a'.repeat(12)} · [run](https://github.com/o/r/actions/runs/1)</sub>\n${headStamp('a'.repeat(40))}`
const events: RegistryEvent[] = [
  ...history.map((p, i) => ({
    type: 'promote' as const,
    version: p.version,
    at: p.at ?? '',
    actor: i % 2 ? '@admins' : 'ci',
    commit: SHA.slice(0, 40),
    pr: i + 1,
    manifest: { name: 'churn', version: p.version },
    metrics: p.metrics,
  })),
  {
    type: 'rollback',
    version: '2.48.0',
    from: '2.49.0',
    at: 'not a time <b>',
    actor: '<script>x</script>',
    reason: HOSTILE,
    manifest: { name: 'churn', version: '2.48.0' },
    metrics: history[48]?.metrics ?? {},
  },
]

const SHAPES: Record<string, string> = {
  comment: renderMarkdown(report, { header: COMMENT_MARKER, footer, maxLength: COMMENT_MAX, now: NOW }),
  'comment without charts': renderMarkdown(big, {
    header: COMMENT_MARKER,
    footer,
    maxLength: 45_000,
    now: NOW,
  }),
  'compact comment': renderMarkdown(big, { header: COMMENT_MARKER, footer, maxLength: 30_000, now: NOW }),
  'tightest comment': renderMarkdown(big, { header: COMMENT_MARKER, footer, maxLength: 3_000, now: NOW }),
  'check summary': renderMarkdown(report, {
    maxLength: CHECK_SUMMARY_MAX,
    fullReportLink: 'https://github.com/o/r/actions/runs/1',
    now: NOW,
  }),
  'job summary': renderMarkdown(big, { maxLength: JOB_SUMMARY_MAX, footer, now: NOW }),
  rollback: renderRollback({
    name: 'churn',
    from: '3.1.0',
    to: '3.0.0',
    reason: HOSTILE,
    actor: '@admins',
    commit: SHA,
    comparison: churn,
  }),
  promotion: renderPromotions(
    [
      { model: 'churn', version: '3.1.0', previous: '3.0.0', outcome: 'promoted', detail: HOSTILE },
      { model: '<b>x</b>', version: '1.0.0', outcome: 'error', detail: 'no | pipes @here' },
    ],
    SHA,
    12,
  ),
  history: renderHistoryMarkdown(entryOf('churn', events), { policy, now: NOW }),
}

describe.each(Object.entries(SHAPES))('the %s, rendered as GitHub renders it', (_, markdown) => {
  const html = renderGfm(markdown)
  const text = visibleText(html)

  it('shows no escape backslash', () => {
    expect(text).not.toContain('\\')
  })

  it('has as many cells in every table row as in its header', () => {
    for (const [header, ...rows] of tableShapes(markdown)) {
      expect(header).toBeGreaterThan(0)
      for (const cells of rows) expect(cells).toBe(header)
    }
  })

  it('closes every <details> it opens', () => {
    expect(detailsBalanced(html)).toBe(true)
  })

  it('has no live HTML, link or mention from the input', () => {
    const allowed = ['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre']
    allowed.push('details', 'summary', 'sub', 'ul', 'li', 'blockquote', 'a', 'br', 'em', 'strong')
    expect([...tagNames(html)].filter((t) => !allowed.includes(t))).toEqual([])
    // the only link is the trusted one in the footer
    for (const m of html.matchAll(/<a href="([^"]*)"/g))
      expect(m[1]).toBe('https://github.com/o/r/actions/runs/1')
    expect(text).not.toMatch(/@[a-z]/i)
    // #N only as a whole cell: the pull request a registry event names (trusted, a number)
    expect(text.replace(/^#\d+$/gm, '')).not.toMatch(/(^|\s)#\d/)
    expect(html).not.toMatch(/<img|<script/)
  })

  it('fits digests and URIs in the column', () => {
    expect(text).not.toMatch(/[0-9a-f]{13,}/i)
    const longest = Math.max(0, ...text.split(/[\s\u200b]+/).map((w) => [...w].length))
    expect(longest).toBeLessThanOrEqual(60)
  })

  it('writes Mermaid that Mermaid parses, each line as long as its x-axis', async () => {
    for (const block of mermaidBlocks(markdown)) {
      await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' })
      const labels = /x-axis \[(.*)\]/.exec(block)?.[1]?.match(/"[^"]*"/g) ?? []
      const lines = [...block.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]?.split(', ').length)
      expect(lines.length).toBeGreaterThan(0)
      for (const n of lines) expect(n).toBe(labels.length)
    }
  })
})

describe('what the shapes show', () => {
  it('the comment has churn trend with its threshold, short digests, a legend, and times for people', () => {
    const md = SHAPES.comment ?? ''
    expect(md).toContain(
      '<details><summary>Trend: accuracy, f1 &quot;macro&quot; %% @&#8203;org &lt;b&gt;, latency_ms</summary>',
    )
    expect(md).toContain('  title "accuracy: fails below 0.902"')
    expect(md).toContain('| data | train.sha256 | changed | 5d41402abc4b | 9f2c5a0d1e0b |')
    expect(md).toContain(
      '| data | train.uri | changed | s3:/&#8203;/corp-ml-artifac…26-09-final.parquet | s3:/&#8203;/corp-ml-artifac…26-10-final.parquet |',
    )
    expect(md).toContain(
      '<details><summary>What changed: 4 changes in data, description, metrics_files</summary>',
    )
    expect(md).toContain(
      '<sub>🆕 new model, no production version yet · 🗑️ manifest removed · 🏷️ renamed · ❔ not comparable: evaluation data changed · ☑️ regression accepted</sub>',
    )
    expect(md).toContain('promoted by @&#8203;admins 2026-12-02 13:38 UTC (3 days ago)')
    expect(md).toContain('Accepted by ana 2026-12-02 13:38 UTC:')
    expect(md).not.toContain('2026-12-02T13:38')
  })

  it('a comment a little too long leaves the charts out, and only them', () => {
    const md = SHAPES['comment without charts'] ?? ''
    expect(md).not.toContain('mermaid')
    expect(md).not.toContain('The full report')
    expect(md).toContain('<details><summary>What changed')
    expect(md).toContain('| s399.accuracy | 0.9 | 0.5 |')
  })

  it('the compact comments keep every failing row and leave the charts out', () => {
    for (const name of ['compact comment', 'tightest comment']) {
      const md = SHAPES[name] ?? ''
      expect(md).toContain('The full report')
      expect(md).not.toContain('mermaid')
    }
    expect(SHAPES['compact comment']).toContain('| s399.accuracy | 0.9 | 0.5 |')
  })

  it('the history charts the same metrics as the check, and names the time that does not parse', () => {
    const md = SHAPES.history ?? ''
    expect(mermaidBlocks(md)).toHaveLength(3)
    expect(md).toContain(
      '| not a time &lt;b&gt; | rollback | `2.49.0` → `2.48.0` | &lt;script&gt;x&lt;/script&gt; |',
    )
    expect(md).toContain('| 2026-01-01 00:00 UTC | promote | `2.0.0` | ci | `9f2c5a0d1e0b` | #1 | |')
  })
})

describe("Mermaid's parser accepts every chart", () => {
  const blocksOf = (m: ModelReport) =>
    mermaidBlocks(renderMarkdown({ verdict: 'pass', models: [m], policySource: 'p' }))

  it('with one point', async () => {
    const block = blocksOf(onePoint).find((b) => b.includes('title "accuracy'))
    expect(block).toContain('x-axis ["1.5.0 (candidate)"]')
    expect(block).toContain('line [0.983]')
    await expect(mermaid.parse(block ?? '')).resolves.toBeTruthy()
  })

  it('with a missing value: that version is left out of the chart and named under it', async () => {
    const blocks = blocksOf(churn)
    const accuracy = blocks.find((b) => b.includes('title "accuracy'))
    expect(accuracy).toContain('"2.44.0", "2.46.0"')
    expect(renderMarkdown({ verdict: 'fail', models: [churn], policySource: 'p' })).toContain(
      'No accuracy for 2.45.0.',
    )
    await expect(mermaid.parse(accuracy ?? '')).resolves.toBeTruthy()
  })

  it('with a metric name that needs quoting', async () => {
    const block = blocksOf(churn).find((b) => b.includes('title "f1'))
    expect(block).toContain(`title "f1 'macro' % @org  b : fails below 0.54351"`)
    await expect(mermaid.parse(block ?? '')).resolves.toBeTruthy()
  })

  it('with 50 versions: the newest ones, the oldest counted', async () => {
    const block = blocksOf(churn).find((b) => b.includes('title "latency_ms'))
    expect(block).toContain('"2.49.0", "3.1.0 (candidate)"]')
    await expect(mermaid.parse(block ?? '')).resolves.toBeTruthy()
    expect(renderMarkdown({ verdict: 'fail', models: [churn], policySource: 'p' })).toContain(
      'The 31 oldest production versions are left out.',
    )
  })

  it('rejects what is not a chart, so the test can fail', async () => {
    await expect(mermaid.parse('xychart-beta\n  line [1, , 2]\n')).rejects.toThrow(/Parse error/)
  })
})
