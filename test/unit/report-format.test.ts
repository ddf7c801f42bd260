import { describe, expect, it } from 'vitest'
import { compareModel, removedModel, runVerdict } from '../../src/core/compare.js'
import type { ModelReport } from '../../src/core/report/types.js'
import { parsePolicy } from '../../src/core/policy.js'
import { distinct } from '../../src/core/report/chart.js'
import { escapeHtmlText } from '../../src/core/report/html-text.js'
import { legend, markIcon, markOf } from '../../src/core/report/marks.js'
import { DIGEST_CHARS, shortenMiddle, shortenValue, URI_WIDTH } from '../../src/core/report/shorten.js'
import { renderText } from '../../src/core/report/text.js'
import { formatAgo, formatTime, formatTimeAgo } from '../../src/core/report/time.js'
import { baseline, version } from '../helpers/versions.js'

describe('times for people', () => {
  const now = new Date('2026-12-05T13:40:00Z')
  it('shows a time in minutes, in UTC, and leaves what is not a time alone', () => {
    expect(formatTime('2026-12-02T13:38:27.397Z')).toBe('2026-12-02 13:38 UTC')
    expect(formatTime('2026-12-02T15:38:27+02:00')).toBe('2026-12-02 13:38 UTC')
    expect(formatTime('yesterday')).toBe('yesterday')
  })
  it('says how long ago', () => {
    expect(formatAgo('2026-12-05T13:39:30Z', now)).toBe('just now')
    expect(formatAgo('2026-12-05T13:35:00Z', now)).toBe('5 minutes ago')
    expect(formatAgo('2026-12-05T12:40:00Z', now)).toBe('1 hour ago')
    expect(formatAgo('2026-12-02T13:38:27Z', now)).toBe('3 days ago')
    expect(formatAgo('2026-09-01T00:00:00Z', now)).toBe('3 months ago')
    expect(formatAgo('2024-01-01T00:00:00Z', now)).toBe('2 years ago')
    expect(formatAgo('2027-01-01T00:00:00Z', now)).toBe('in the future')
    expect(formatAgo('nope', now)).toBeUndefined()
    expect(formatTimeAgo('2026-12-02T13:38:27Z', now)).toBe('2026-12-02 13:38 UTC (3 days ago)')
    expect(formatTimeAgo('2026-12-02T13:38:27Z')).toBe('2026-12-02 13:38 UTC')
  })
})

describe('values that fit the column', () => {
  const sha = '9f2c5a0d1e0b4c5e8a7f3b2d6c1e9f0a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e'
  it(`shows digests as ${DIGEST_CHARS} characters, alone or inside a value`, () => {
    expect(shortenValue(sha)).toBe('9f2c5a0d1e0b')
    expect(shortenValue('0cc175b9c0f1b6a831c399e269772661')).toBe('0cc175b9c0f1')
    expect(shortenValue(`{"name":"eval","sha256":"${sha}"}`)).toBe('{"name":"eval","sha256":"9f2c5a0d1e0b"}')
    expect(shortenValue('sha256:' + sha)).toBe('sha256:9f2c5a0d1e0b')
    // shorter hex runs (versions, short SHAs) are left alone
    expect(shortenValue('deadbeef')).toBe('deadbeef')
  })
  it(`cuts URIs longer than ${URI_WIDTH} characters in the middle, keeping both ends`, () => {
    const uri = 's3://corp-ml-artifacts/churn/training/2026/10/train-2026-10-final.parquet'
    const short = shortenValue(uri)
    expect([...short]).toHaveLength(URI_WIDTH)
    expect(short).toBe('s3://corp-ml-artifac…26-10-final.parquet')
    expect(shortenValue('s3://corp/churn/train-2026-10.parquet')).toBe(
      's3://corp/churn/train-2026-10.parquet',
    )
    // only URIs: other long text is cut at its end by the escaping, as before
    expect(shortenValue('x'.repeat(60))).toBe('x'.repeat(60))
    expect(shortenMiddle('abcdef', 5)).toBe('ab…ef')
  })
})

describe('chart labels', () => {
  it('tells apart a version that comes back, since Mermaid draws equal labels on one spot', () => {
    expect(distinct(['1.0.0', '2.0.0', '1.0.0', '2.0.0', '1.0.0'])).toEqual([
      '1.0.0',
      '2.0.0',
      '1.0.0 ↩',
      '2.0.0 ↩',
      '1.0.0 ↩2',
    ])
  })
})

describe('untrusted text in raw HTML', () => {
  it('is HTML-escaped without markdown backslashes, mentions and references broken', () => {
    expect(escapeHtmlText('metrics_files, a*b, `x`')).toBe('metrics_files, a*b, `x`')
    expect(escapeHtmlText('</summary><img src=x onerror=alert(1)> "q"')).toBe(
      '&lt;/summary&gt;&lt;img src=x onerror=alert(1)&gt; &quot;q&quot;',
    )
    expect(escapeHtmlText('@org/team #12 https://x www.y')).toBe(
      '@&#8203;org/team #&#8203;12 https:/&#8203;/x www&#8203;.y',
    )
  })
})

const policy = parsePolicy('require: [accuracy]\n', 'p.yml')
const changed = (metrics: Record<string, number>, extra = {}) =>
  compareModel({
    candidate: version({ name: 'm', version: '2.0.0', metrics, ...extra }),
    baseline: baseline({ name: 'm', version: '1.0.0', metrics: { accuracy: 0.9 } }),
    policy,
  })

describe('marks', () => {
  const evalChanged = compareModel({
    candidate: version({
      name: 'm',
      version: '2.0.0',
      data: [{ name: 'eval', role: 'eval', uri: 's3://b/eval2' }],
      evaluation: { dataset: 'eval' },
      metrics: { accuracy: 0.95 },
    }),
    baseline: baseline({
      name: 'm',
      version: '1.0.0',
      data: [{ name: 'eval', role: 'eval', uri: 's3://b/eval1' }],
      evaluation: { dataset: 'eval' },
      metrics: { accuracy: 0.9 },
    }),
    policy,
  })
  const cases: [string, ModelReport, string][] = [
    ['pass', changed({ accuracy: 0.9 }), '✅'],
    ['warn', changed({ accuracy: 0.894 }), '⚠️'],
    ['fail', changed({ accuracy: 0.5 }), '❌'],
    [
      'new',
      compareModel({ candidate: version({ name: 'n', version: '1.0.0', metrics: { accuracy: 1 } }), policy }),
      '🆕',
    ],
    ['removed', removedModel('models/o/model.yaml', 'o', '1.0.0'), '🗑️'],
    ['renamed', { ...changed({ accuracy: 0.9 }), identity: 'renamed' }, '🏷️'],
    ['not-comparable', evalChanged, '❔'],
    [
      'accepted',
      compareModel({
        candidate: version({ name: 'm', version: '2.0.0', metrics: { accuracy: 0.5 } }),
        baseline: baseline({ name: 'm', version: '1.0.0', metrics: { accuracy: 0.9 } }),
        policy,
        acceptance: {
          kind: 'held',
          acceptance: { actor: 'ana', reason: 'known', at: '2026-12-02T13:38:27Z' },
        },
      }),
      '☑️',
    ],
  ]
  it.each(cases)('%s has its own mark', (mark, model, icon) => {
    expect(markOf(model)).toBe(mark)
    expect(markIcon(model)).toBe(icon)
  })
  it('a failure shows as one whatever else is true of the model', () => {
    expect(markOf({ ...changed({ accuracy: 0.5 }), identity: 'renamed' })).toBe('fail')
  })
  it('the legend names only the marks that need it, when they appear', () => {
    expect(legend(cases.map((c) => c[1]))).toBe(
      '🆕 new model, no production version yet · 🗑️ manifest removed · 🏷️ renamed · ❔ not comparable: evaluation data changed · ☑️ regression accepted',
    )
    expect(legend([changed({ accuracy: 0.5 }), changed({ accuracy: 0.9 })])).toBeUndefined()
  })
})

describe('the terminal report', () => {
  const models = [changed({ accuracy: 0.5 }), changed({ accuracy: 0.9 })]
  const report = { verdict: runVerdict(models), models, policySource: 'p.yml' }
  it('is in colour when asked, and has no escape sequence otherwise', () => {
    const plain = renderText(report)
    const coloured = renderText(report, { color: true })
    expect(plain).not.toContain('\u001b[')
    expect(coloured).toContain('\u001b[1m\u001b[31mModel Gate: failed\u001b[0m\u001b[0m')
    expect(coloured).toContain('\u001b[31m[FAIL]\u001b[0m')
    expect(coloured).toContain('\u001b[32m[PASS]\u001b[0m')
    // the same text once the colours are taken out
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })
})
