/**
 * The engine alone, in process: compareModel on synthetic models of 300 metrics against production, under a
 * policy with globbed rules and model overrides. After one round to warm up, each round (every model compared once)
 * is timed on its own. Prints one JSON line: {models, metrics, comparisons (a round's), rounds (ms each),
 * perSecond (at the median round), slowest and fastest (per second)}. One round is about a tenth of a second:
 * on a shared machine a neighbour's burst can stall any one of them, and the median of many is what the engine
 * does, not what the neighbour did. Bundled by scripts/bench/scale.mjs with ncc (as scripts/build.mjs builds
 * dist/), then run.
 * Usage: node <bundle> [MODELS] [ROUNDS]
 */
import { compareModel, type Baseline, type ModelVersion } from '../../src/core/compare.js'
import type { LocatedMetric } from '../../src/core/metrics.js'
import { parseManifest } from '../../src/core/manifest.js'
import { parsePolicy } from '../../src/core/policy.js'

const MODELS = Number(process.argv[2] ?? 200)
const ROUNDS = Number(process.argv[3] ?? 15)
const METRICS = 300

const policy = parsePolicy(
  `defaults: {warn: 0.5%, fail: 1%}
metrics:
  m0: {better: higher, fail: 0.01, min: 0.5}
  "m1*": {warn: 1%, fail: 2%}
  "m2?": {better: higher}
  "slices.**": {fail: 3%}
  "*_latency": {better: lower, max: 100}
models:
  "group-1/*": {defaults: {fail: 2%}, metrics: {"m3*": {fail: 5%}}}
  "**/model-00*": {metrics: {"m4*": {warn: 2%}}}
`,
  '.github/model-gate.yml',
)

function version(name: string, v: string, value: (i: number) => number): ModelVersion {
  const metrics = Array.from({ length: METRICS }, (_, i) => `  m${i}: ${value(i)}`).join('\n')
  const text =
    `name: ${name}\nversion: ${v}\n` +
    `data:\n  - {name: train, role: train, uri: s3://bench/train}\n  - {name: eval, role: eval, uri: s3://bench/eval}\n` +
    `metrics:\n${metrics}\n`
  const r = parseManifest(text, `models/${name}/model.yaml`)
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'))
  return { manifest: r.manifest, metrics: r.manifest.metrics as ReadonlyMap<string, LocatedMetric> }
}

const pairs = Array.from({ length: MODELS }, (_, i) => {
  const name = `group-${i % 3}/model-${String(i).padStart(4, '0')}`
  const baseline: Baseline = { ...version(name, '1.0.0', () => 0.9), source: 'model-registry' }
  const candidate = version(name, '1.1.0', (m) => (m % 7 === 0 ? 0.85 : 0.91))
  return { candidate, baseline }
})

function round(): number {
  let comparisons = 0
  for (const { candidate, baseline } of pairs) {
    comparisons += compareModel({ candidate, baseline, policy }).metrics.length
  }
  return comparisons
}

const comparisons = round() // warm-up: the JIT, and the first resolution of every rule
const rounds: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  const start = process.hrtime.bigint()
  if (round() !== comparisons) throw new Error('a round compared a different number of metrics')
  rounds.push(Number(process.hrtime.bigint() - start) / 1e6)
}
const rate = (ms: number) => Math.round(comparisons / (ms / 1000))
const sorted = [...rounds].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)] as number
console.log(
  JSON.stringify({
    models: MODELS,
    metrics: METRICS,
    comparisons,
    rounds,
    perSecond: rate(median),
    slowest: rate(sorted[sorted.length - 1] as number),
    fastest: rate(sorted[0] as number),
  }),
)
