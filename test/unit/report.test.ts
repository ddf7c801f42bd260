import { describe, expect, it } from 'vitest'
import { compareModel, invalidModel, runVerdict } from '../../src/core/compare.js'
import type { ModelReport, RunReport } from '../../src/core/report/types.js'
import { InputError } from '../../src/core/diagnostics.js'
import { parsePolicy } from '../../src/core/policy.js'
import { escapeMarkdown, escapeTerminal } from '../../src/core/report/escape.js'
import { regressions, reportToJson } from '../../src/core/report/json.js'
import { renderMarkdown } from '../../src/core/report/markdown.js'
import { renderText } from '../../src/core/report/text.js'
import { baseline, version } from '../helpers/versions.js'

const policy = parsePolicy(
  'metrics:\n  accuracy: {fail: 0.01, min: 0.85}\nrequire: [accuracy]\n',
  '.github/model-gate.yml',
)

function run(models: ModelReport[]): RunReport {
  return { verdict: runVerdict(models), models, policySource: '.github/model-gate.yml' }
}

const failing = compareModel({
  candidate: version({
    name: 'churn',
    version: '3.1.0',
    hyperparameters: { lr: 0.08 },
    metrics: { accuracy: 0.897, latency_ms: 44 },
  }),
  baseline: baseline({
    name: 'churn',
    version: '3.0.0',
    hyperparameters: { lr: 0.05 },
    metrics: { accuracy: 0.912, latency_ms: 41.5 },
  }),
  policy,
})
const passing = compareModel({
  candidate: version({ name: 'fraud', version: '1.5.0', metrics: { accuracy: 0.983 } }),
  baseline: baseline({ name: 'fraud', version: '1.4.0', metrics: { accuracy: 0.981 } }),
  policy,
})
const fresh = compareModel({
  candidate: version({ name: 'ranker', version: '0.1.0', metrics: { accuracy: 0.88 } }),
  policy,
})

describe('markdown report', () => {
  it('renders the same text for one report asked several times, each with its own header, footer, length and time', () => {
    const promoted = {
      ...failing,
      baselineSource: 'model-registry',
      baselinePromoted: { event: 'promote' as const, actor: 'alice', at: '2026-12-01T10:00:00Z' },
    }
    const report = run([promoted, passing, fresh])
    const variants = [
      { header: '<!-- model-gate -->', footer: '<sub>footer</sub>', now: new Date('2026-12-02T10:00:00Z') },
      { maxLength: 200, fullReportLink: 'https://example.com/run', now: new Date('2026-12-02T10:00:00Z') },
      { footer: 'job summary', now: new Date('2026-12-04T10:00:00Z') },
      {},
      { header: '<!-- model-gate -->', footer: '<sub>footer</sub>', now: new Date('2026-12-02T10:00:00Z') },
    ]
    const once = variants.map((options) => renderMarkdown(report, options))
    // each as a report never rendered before renders it
    expect(once).toEqual(variants.map((options) => renderMarkdown(structuredClone(report), options)))
    expect(once[0]).toContain('promoted by alice 2026-12-01 10:00 UTC (1 day ago)')
    expect(once[2]).toContain('(3 days ago)')
    expect(once[2]?.endsWith('job summary\n')).toBe(true)
    expect(once[1]?.length).toBeLessThanOrEqual(200)
  })

  it('renders the headline first, a table per model, and what changed collapsed', () => {
    expect(renderMarkdown(run([failing, passing, fresh]), { header: '<!-- model-gate -->' }))
      .toBe(`<!-- model-gate -->

## ❌ Model Gate: failed

3 models checked: 1 failed, 1 passed, 1 new.

Policy: .github/model-gate.yml.

| Model | Candidate | Production | Verdict |
| - | - | - | - |
| ❌ churn | \`3.1.0\` | \`3.0.0\` | failed (2 metrics) |
| ✅ fraud | \`1.5.0\` | \`1.4.0\` | passed |
| 🆕 ranker | \`0.1.0\` | none (new model) | new |

<sub>🆕 new model, no production version yet</sub>

### ❌ churn \`3.0.0\` → \`3.1.0\`

models/churn/model.yaml, production from model-registry

| Metric | Production | Candidate | Δ | Δ % | Rule | Verdict |
| - | - | - | - | - | - | - |
| accuracy | 0.912 | 0.897 | -0.015 | -1.64% | higher is better (inferred); warn 0.5%, fail 0.01, min 0.85 | ❌ fail |
| latency\\_ms | 41.5 | 44 | +2.5 | +6.02% | lower is better (inferred); warn 0.5%, fail 1% | ❌ fail |

<details><summary>Trend: accuracy, latency_ms</summary>

\`\`\`mermaid
---
config:
  xyChart:
    width: 760
    height: 320
  themeVariables:
    xyChart:
      plotColorPalette: "#0969da, #cf222e"
---
xychart-beta
  title "accuracy: fails below 0.902"
  x-axis ["3.0.0", "3.1.0 (candidate)"]
  y-axis "higher is better" 0.895 --> 0.914
  line [0.912, 0.897]
  line [0.902, 0.902]
\`\`\`

\`\`\`mermaid
---
config:
  xyChart:
    width: 760
    height: 320
  themeVariables:
    xyChart:
      plotColorPalette: "#0969da, #cf222e"
---
xychart-beta
  title "latency_ms: fails above 41.915"
  x-axis ["3.0.0", "3.1.0 (candidate)"]
  y-axis "lower is better" 41.2 --> 44.3
  line [41.5, 44]
  line [41.915, 41.915]
\`\`\`

<sub>Each chart: production versions, oldest first, then this candidate. The flat line is where a candidate fails.</sub>

</details>

<details><summary>What changed: 1 change in hyperparameters</summary>

| Section | Key | Change | Production | Candidate |
| - | - | - | - | - |
| hyperparameters | lr | changed | 0.05 | 0.08 |

</details>

### ✅ fraud \`1.4.0\` → \`1.5.0\`

models/fraud/model.yaml, production from model-registry

<details><summary>Metrics (1)</summary>

| Metric | Production | Candidate | Δ | Δ % | Rule | Verdict |
| - | - | - | - | - | - | - |
| accuracy | 0.981 | 0.983 | +0.002 | +0.20% | higher is better (inferred); warn 0.5%, fail 0.01, min 0.85 | ✅ improved |

</details>

<details><summary>Trend: accuracy</summary>

\`\`\`mermaid
---
config:
  xyChart:
    width: 760
    height: 320
  themeVariables:
    xyChart:
      plotColorPalette: "#0969da, #cf222e"
---
xychart-beta
  title "accuracy: fails below 0.971"
  x-axis ["1.4.0", "1.5.0 (candidate)"]
  y-axis "higher is better" 0.969 --> 0.985
  line [0.981, 0.983]
  line [0.971, 0.971]
\`\`\`

<sub>Each chart: production versions, oldest first, then this candidate. The flat line is where a candidate fails.</sub>

</details>

### 🆕 ranker \`0.1.0\`

models/ranker/model.yaml, new model: no production version yet

<details><summary>Metrics (1)</summary>

| Metric | Production | Candidate | Δ | Δ % | Rule | Verdict |
| - | - | - | - | - | - | - |
| accuracy | | 0.88 | | | higher is better (inferred); warn 0.5%, fail 0.01, min 0.85 | 🆕 new |

</details>
`)
  })

  it('says when nothing changed', () => {
    expect(renderMarkdown(run([]))).toBe('## ✅ Model Gate: no model changes\n\nNo model manifest changed.\n')
  })
})

describe('untrusted text is inert', () => {
  const hostile = compareModel({
    candidate: version({
      name: 'churn',
      version: '3.1.0',
      description:
        '<img src=x onerror=alert(1)> cc @org/team see [x](javascript:alert(1)) https://evil.example #12',
      hyperparameters: { 'a|b': 'x | y', '<script>': '`code`' },
      metrics: { 'acc|uracy': 0.5, '@org/team': 0.1 },
    }),
    baseline: baseline({
      name: 'churn',
      version: '3.0.0',
      description: 'ok',
      metrics: { 'acc|uracy': 0.9, '@org/team': 0.1 },
    }),
    policy,
  })

  it('escapes HTML and markdown, neutralizes mentions, links and issue references, keeps tables intact', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(escapeMarkdown('@org/team')).toBe('@&#8203;org/team')
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)')
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
    expect(escapeMarkdown('https://evil.example www.evil.example #12')).toBe(
      'https:/&#8203;/evil.example www&#8203;.evil.example \\#&#8203;12',
    )
    expect(escapeMarkdown('line1\nline2\r\n<!-- model-gate -->')).toBe(
      'line1 line2 &lt;\\!-- model-gate --&gt;',
    )
  })

  it('renders the hostile manifest with every table row intact', () => {
    const text = renderMarkdown(run([hostile]))
    expect(text).toContain(
      '| acc\\|uracy | 0.9 | 0.5 | -0.4 | -44.44% | higher is better (inferred); warn 0.5%, fail 1% | ❌ fail |',
    )
    expect(text).toContain(
      '| @&#8203;org/team | 0.1 | 0.1 | 0 | 0.00% | higher is better (inferred); warn 0.5%, fail 1% | ✅ unchanged |',
    )
    expect(text).toContain(
      // values are cut at 80 characters before escaping
      '| description | | changed | ok | &lt;img src=x onerror=alert\\(1\\)&gt; cc @&#8203;org/team see \\[x\\]\\(javascript:alert\\(1\\)\\) https:/&#8203;/… |',
    )
    expect(text).toContain('| hyperparameters | a\\|b | added | | x \\| y |')
    expect(text).toContain('| hyperparameters | &lt;script&gt; | added | | \\`code\\` |')
    // Every table line has the same number of unescaped pipes as its header.
    for (const table of text.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length)
      expect(new Set(counts).size).toBe(1)
    }
    expect(text).not.toMatch(/<img|<script|\]\(javascript|@org/)
  })

  it('escapes error messages that quote the input', () => {
    const bad = invalidModel('models/<b>x</b>|y/model.yaml', [
      new InputError(
        { file: 'models/<b>x</b>|y/model.yaml', line: 3, col: 1 },
        "unknown key '@admins [x](http://a)'",
      ),
    ])
    expect(renderMarkdown(run([bad]))).toBe(`## ❌ Model Gate: failed

1 model checked: 1 failed.

Policy: .github/model-gate.yml.

| Model | Candidate | Production | Verdict |
| - | - | - | - |
| ❌ models/&lt;b&gt;x&lt;/b&gt;\\|y/model.yaml | | | invalid |

### ❌ models/&lt;b&gt;x&lt;/b&gt;\\|y/model.yaml

models/&lt;b&gt;x&lt;/b&gt;\\|y/model.yaml

- ❌ models/&lt;b&gt;x&lt;/b&gt;\\|y/model.yaml:3:1: unknown key '@&#8203;admins \\[x\\]\\(http:/&#8203;/a\\)'
`)
  })

  it('shows terminal escape sequences in the text report as text, never sends them', () => {
    const bad = invalidModel('m/model.yaml', [
      new InputError({ file: 'm/model.yaml', line: 1 }, 'bad \u001b[31mred\u001b[0m'),
    ])
    expect(renderText(run([bad]))).toBe(`Model Gate: failed
1 model checked: 1 failed.
Policy: .github/model-gate.yml

[FAIL] m/model.yaml: invalid  (m/model.yaml)
  error: m/model.yaml:1: bad \\u001B[31mred\\u001B[0m
`)
  })
})

describe('text and JSON reports', () => {
  it('renders aligned plain text', () => {
    expect(renderText(run([passing]))).toBe(`Model Gate: passed
1 model checked: 1 passed.
Policy: .github/model-gate.yml

[PASS] fraud 1.4.0 -> 1.5.0: passed  (models/fraud/model.yaml)
  metric    production  candidate  delta   delta %  verdict   rule
  accuracy  0.981       0.983      +0.002  +0.20%   improved  higher is better (inferred); warn 0.5%, fail 0.01, min 0.85
`)
  })

  it('gives machines stable keys', () => {
    const json = reportToJson(run([failing])) as { verdict: string; models: { metrics: unknown[] }[] }
    expect(json.verdict).toBe('fail')
    expect(json.models[0]?.metrics[0]).toEqual({
      name: 'accuracy',
      verdict: 'fail',
      level: 'fail',
      production: 0.912,
      candidate: 0.897,
      delta: 0.897 - 0.912,
      delta_percent: ((0.897 - 0.912) / 0.912) * 100,
      better: 'higher',
      better_inferred: true,
      warn: '0.5%',
      fail: '0.01',
      min: 0.85,
      max: null,
      required: true,
      named_by_policy: true,
      renamed_from: null,
      evaluation_changed: null,
      noise_ignored: null,
      p_value: null,
      location: 'models/churn/model.yaml:6',
    })
    expect(regressions(run([failing, passing])).map((r) => [r.model, r.metric, r.verdict])).toEqual([
      ['churn', 'accuracy', 'fail'],
      ['churn', 'latency_ms', 'fail'],
    ])
  })
})

describe('size limits', () => {
  const many = compareModel({
    candidate: version({
      name: 'big',
      version: '2.0.0',
      metrics: Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [`slice_${i}.accuracy`, i % 2 ? 0.5 : 0.9]),
      ),
    }),
    baseline: baseline({
      name: 'big',
      version: '1.0.0',
      metrics: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`slice_${i}.accuracy`, 0.9])),
    }),
    policy,
  })

  it('keeps the headline and every failing row when the full report is too long', () => {
    const full = renderMarkdown(run([many]))
    const cut = renderMarkdown(run([many]), {
      maxLength: 30_000,
      fullReportLink: 'https://example.test/run/1',
    })
    expect(full.length).toBeGreaterThan(30_000)
    expect(cut.length).toBeLessThanOrEqual(30_000)
    expect(cut.startsWith('## ❌ Model Gate: failed\n\n1 model checked: 1 failed.')).toBe(true)
    expect(cut).toContain(
      `> The full report (${full.length} characters) is too long for this place; it shows the headline and every failing metric. Read the full report: https://example.test/run/1.`,
    )
    for (let i = 1; i < 400; i += 2) expect(cut).toContain(`| slice\\_${i}.accuracy | 0.9 | 0.5 |`)
    expect(cut).not.toContain('slice\\_0.accuracy')
  })

  it('leaves the charts out first: they never push a failing row out', () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { trend, ...withoutTrend } = failing
    const plain = renderMarkdown(run([withoutTrend]))
    const full = renderMarkdown(run([failing]))
    expect(full).toContain('```mermaid')
    expect(full.length).toBeGreaterThan(plain.length)
    expect(renderMarkdown(run([failing]), { maxLength: plain.length })).toBe(plain)
    expect(plain).toContain('| latency\\_ms | 41.5 | 44 |')
    expect(plain).not.toContain('mermaid')
  })

  it('never exceeds the limit, counting what it had to leave out', () => {
    const cut = renderMarkdown(run([many]), { maxLength: 5_000 })
    expect(cut.length).toBeLessThanOrEqual(5_000)
    expect(cut).toMatch(/- … and \d+ more failing rows, in the full report\n$/)
    expect(cut).toContain('- ❌ big: slice\\_1.accuracy 0.9 → 0.5 (fail)')
  })
})

describe('what people read is what was written', () => {
  it('neutralizes GH-123 references', () => {
    expect(escapeMarkdown('fixes GH-123 and gh-7')).toBe('fixes GH&#8203;-123 and gh&#8203;-7')
  })

  it('shows bidi controls, zero-width and C0/C1 control characters visibly', () => {
    expect(escapeMarkdown('acc\u202Eycarucca')).toBe('acc\\\\u202Eycarucca')
    expect(escapeTerminal('acc\u202Eycarucca')).toBe('acc\\u202Eycarucca')
    expect(escapeTerminal('a\u200Bb\u2066c\u2069d\u0007e\u001b[31mf\u0085g\uFEFF')).toBe(
      'a\\u200Bb\\u2066c\\u2069d\\u0007e\\u001B[31mf\\u0085g\\uFEFF',
    )
    // line breaks and tabs are one space: the text stays on one line
    expect(escapeTerminal('a\r\n\tb\u2028c')).toBe('a b c')
    // a joiner inside an emoji is part of it
    expect(escapeTerminal('👩\u200D💻')).toBe('👩\u200D💻')
  })

  it('truncates between graphemes, never inside a surrogate pair or a combined character', () => {
    expect(escapeTerminal('ab😀cd', 4)).toBe('ab…')
    expect(escapeTerminal('abe\u0301cd', 4)).toBe('ab…')
    expect(escapeTerminal('abe\u0301cd', 5)).toBe('abe\u0301…')
    expect(escapeTerminal('👩\u200D💻👩\u200D💻', 6)).toBe('👩\u200D💻…')
    expect(escapeTerminal('x\u202Ey', 5)).toBe('x…')
    for (let max = 2; max < 12; max++) {
      const cut = escapeTerminal('😀'.repeat(10), max)
      expect(cut.length).toBeLessThanOrEqual(max)
      expect(cut).toMatch(/^(😀)*…$/u)
    }
  })
})
