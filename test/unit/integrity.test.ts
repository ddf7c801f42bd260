import { describe, expect, it } from 'vitest'
import { compareModel } from '../../src/core/compare.js'
import { invisibleCharacter, looksLike, skeleton, visible } from '../../src/core/lookalike.js'
import { parseManifest } from '../../src/core/manifest.js'
import { namesMetric, parsePolicy } from '../../src/core/policy.js'
import { findTargets, type ManifestIndex } from '../../src/gate/targets.js'
import type { PlainMap } from '../../src/core/document.js'
import { baseline, version } from '../helpers/versions.js'

describe('names people can read', () => {
  it('finds invisible and format characters, and nothing in plain names', () => {
    expect(
      ['auc\u200b', 'a\u202Ec', 'x\u00ad', 'a\u2028', 'ok\u3164', 'accuracy', 'slices.eu.f1'].map(
        invisibleCharacter,
      ),
    ).toEqual(['U+200B', 'U+202E', 'U+00AD', 'U+2028', 'U+3164', undefined, undefined])
  })

  it('folds look-alikes: other scripts, case, compatibility forms and accents', () => {
    expect(skeleton('аccuracy')).toBe('accuracy') // Cyrillic а
    expect(looksLike('Accuracy', 'accuracy')).toBe(true)
    expect(looksLike('ａｕｃ', 'auc')).toBe(true) // fullwidth
    expect(looksLike('précision', 'precision')).toBe(true)
    expect(looksLike('accuracy', 'accuracy')).toBe(false)
    expect(looksLike('recall', 'precision')).toBe(false)
    expect(visible('аuc\u200b')).toBe('\\u{430}uc\\u{200B}')
  })
})

describe('what the policy names', () => {
  const policy = parsePolicy(
    'metrics:\n  accuracy: {fail: 0.01}\n  "slices.*.f1": {min: 0.5}\nrequire: [auc]\nmodels:\n  "vision/*": {metrics: {map: {fail: 1%}}}\n',
    '.github/model-gate.yml',
  )
  it('an exact rule, a glob rule, require and a model override name a metric; defaults do not', () => {
    expect(
      [
        ['churn', 'accuracy'],
        ['churn', 'slices.eu.f1'],
        ['churn', 'auc'],
        ['vision/detector', 'map'],
        ['churn', 'map'],
        ['churn', 'latency_ms'],
      ].map(([model, metric]) => namesMetric(policy, model ?? '', metric ?? '')),
    ).toEqual([true, true, true, true, false, false])
  })
})

describe('the noise a metric carries', () => {
  const compare = (before: PlainMap, after: PlainMap) =>
    compareModel({
      candidate: version({ name: 'm', version: '1.1.0', metrics: { accuracy: after } }),
      baseline: baseline({ name: 'm', version: '1.0.0', metrics: { accuracy: before } }),
      policy: parsePolicy('metrics: {accuracy: {fail: 0.5}}\n', 'p.yml'),
    })

  it('lists n, std and ci changes and warns when the sample shrinks by more than half', () => {
    const r = compare({ value: 0.9, n: 20000 }, { value: 0.9, n: 1 })
    expect(r.changes).toEqual([
      { section: 'metrics', key: 'accuracy.n', kind: 'changed', before: 20000, after: 1 },
    ])
    expect([r.verdict, r.warnings]).toEqual([
      'warn',
      [
        'accuracy: sample size n 20000 → 1 shrank by more than half: significance tests will treat the metric as noisier',
      ],
    ])
  })

  it('warns when the standard error grows more than 2x, and not for a small change', () => {
    expect(compare({ value: 0.9, std: 0.01, n: 100 }, { value: 0.9, std: 0.05, n: 100 }).warnings).toEqual([
      'accuracy: standard error 0.00100 → 0.00500 grew more than 2x: significance tests will treat the metric as noisier',
    ])
    const small = compare({ value: 0.9, std: 0.01, n: 100 }, { value: 0.9, std: 0.015, n: 100 })
    expect([small.verdict, small.warnings, small.changes.map((c) => c.key)]).toEqual([
      'pass',
      undefined,
      ['accuracy.std'],
    ])
  })
})

describe('which models a change touches', () => {
  const index = (manifests: Record<string, string>): ManifestIndex => {
    const byPath = new Map()
    const byName = new Map()
    for (const [path, text] of Object.entries(manifests)) {
      const parsed = parseManifest(text, path)
      if (!parsed.ok) throw new Error(String(parsed.errors[0]))
      byPath.set(path, { path, text, manifest: parsed.manifest, name: parsed.manifest.name })
      byName.set(parsed.manifest.name, [path])
    }
    return { byPath, byName }
  }
  const head = index({
    'models/a/model.yaml':
      'name: a\nversion: 1.0.0\nmetrics_files: [eval/m.json]\nweights: {lfs: w.bin}\ndata: [{name: e, dvc: data/e.dvc}]\n',
    'models/b/model.yaml': 'name: b\nversion: 1.0.0\n',
  })
  const isManifest = (p: string) => p.endsWith('/model.yaml')

  it('maps a changed referenced file to its manifest and says which file', () => {
    const t = findTargets([{ path: 'models/a/data/e.dvc', status: 'modified' }], head, isManifest)
    expect(t).toEqual([
      {
        path: 'models/a/model.yaml',
        kind: 'candidate',
        manifestChanged: false,
        because: ['models/a/data/e.dvc'],
        deleted: [],
      },
    ])
  })

  it('a deleted reference is carried to the model; a removed manifest is a removed target', () => {
    const t = findTargets(
      [
        { path: 'models/a/w.bin', status: 'removed' },
        { path: 'models/c/model.yaml', status: 'removed' },
      ],
      head,
      isManifest,
    )
    expect(
      t.map((x) => [x.path, x.kind, x.because, x.deleted.map((r) => `${r.key} ${r.path}:${r.line}`)]),
    ).toEqual([
      ['models/a/model.yaml', 'candidate', ['models/a/w.bin'], ['weights.lfs models/a/w.bin:4']],
      ['models/c/model.yaml', 'removed', [], []],
    ])
  })

  it('an unrelated change touches nothing', () => {
    expect(findTargets([{ path: 'models/a/README.md', status: 'modified' }], head, isManifest)).toEqual([])
  })
})
