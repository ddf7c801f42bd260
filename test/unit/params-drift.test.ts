/** A DVC project's params files against dvc.lock: what the implicit manifest's model was trained with. */
import { describe, expect, it } from 'vitest'
import { findModelsAt } from '../../src/gate/implicit-manifest.js'
import { MAX_DRIFT_WARNINGS, paramsDrift, type RecordedParams } from '../../src/gate/params-drift.js'
import type { SourceReader } from '../../src/gate/ports.js'

const REPRO = 'the model was not reproduced with these params (run dvc repro)'

function source(tree: Record<string, string>): SourceReader {
  return {
    readFile: (_ref, p) => Promise.resolve(tree[p]),
    listFiles: () => Promise.resolve(Object.keys(tree)),
    changedFiles: () => Promise.resolve([]),
  }
}

const drift = (recorded: RecordedParams[], tree: Record<string, string>) =>
  paramsDrift(recorded, (p) => Promise.resolve(tree[p]))

describe('paramsDrift', () => {
  const train = (values: RecordedParams['values'], stage = 'train', path = 'params.yaml') => ({
    stage,
    path,
    values,
  })

  it('nothing when the params files say what dvc.lock records (0.20 is 0.2, lists compared whole)', async () => {
    const tree = { 'params.yaml': 'train:\n  split: 0.20\n  layers: [64, 32]\n  name: rf\n' }
    const r = await drift([train({ 'train.split': 0.2, 'train.layers': [64, 32], 'train.name': 'rf' })], tree)
    expect(r).toEqual({ warnings: [], errors: [] })
  })

  it('a warning per key that differs or is gone; a string is quoted, other values are JSON', async () => {
    const tree = { 'params.yaml': 'train:\n  n_est: 100\n  name: "50"\n  layers: [64]\n' }
    const r = await drift(
      [train({ 'train.n_est': 50, 'train.name': 'rf', 'train.layers': [64, 32], 'train.seed': 7 })],
      tree,
    )
    expect(r.warnings).toEqual([
      `params.yaml train.n_est is 100 but dvc.lock records 50 (stage train): ${REPRO}`,
      `params.yaml train.name is '50' but dvc.lock records 'rf' (stage train): ${REPRO}`,
      `params.yaml train.layers is [64] but dvc.lock records [64,32] (stage train): ${REPRO}`,
      `params.yaml has no train.seed but dvc.lock records 7 (stage train): ${REPRO}`,
    ])
  })

  it('one warning for a key two stages ran with, naming both', async () => {
    const tree = { 'params.yaml': 'seed: 2\n' }
    const r = await drift([train({ seed: 1 }, 'prepare'), train({ seed: 1 })], tree)
    expect(r.warnings).toEqual([
      `params.yaml seed is 2 but dvc.lock records 1 (stages prepare, train): ${REPRO}`,
    ])
  })

  it('a params file that is not there, once per file', async () => {
    const r = await drift([train({ a: 1 }, 'prepare'), train({ b: 2 })], {})
    expect(r.warnings).toEqual([
      `params.yaml does not exist but dvc.lock records params from it (stages prepare, train): ${REPRO}`,
    ])
  })

  it('a broken params file is an error at its line, never a stack trace', async () => {
    const r = await drift([train({ a: 1 })], { 'params.yaml': 'a: 1\nb: [\n' })
    expect(r.warnings).toEqual([])
    expect(r.errors.map((e) => e.message)).toEqual([
      'params.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ])
    const notMap = await drift([train({ a: 1 })], { 'params.yaml': '- 1\n' })
    expect(notMap.errors.map((e) => e.message)).toEqual([
      'params.yaml:1:1: params file params.yaml must be a mapping',
    ])
  })

  it(`at most ${MAX_DRIFT_WARNINGS} warnings: the rest are counted`, async () => {
    const keys = Array.from({ length: 14 }, (_, i) => `k${String(i).padStart(2, '0')}`)
    const tree = { 'params.yaml': keys.map((k) => `${k}: 2`).join('\n') }
    const r = await drift([train(Object.fromEntries(keys.map((k) => [k, 1])))], tree)
    expect(r.warnings).toHaveLength(MAX_DRIFT_WARNINGS)
    expect(r.warnings.at(-2)).toBe(`params.yaml k08 is 2 but dvc.lock records 1 (stage train): ${REPRO}`)
    expect(r.warnings.at(-1)).toBe(`5 more params differ from what dvc.lock records: ${REPRO}`)
  })
})

describe('the implicit manifest records what dvc.lock says each producing stage ran with', () => {
  const dvcYaml = [
    'artifacts:',
    '  clf: {path: model.pkl, type: model}',
    'stages:',
    '  prepare: {cmd: p, deps: [data.csv], outs: [prepared]}',
    '  train: {cmd: t, deps: [prepared], outs: [model.pkl]}',
    '  report: {cmd: r, deps: [model.pkl], outs: [report.html]}',
    '',
  ].join('\n')
  const dvcLock = [
    'schema: "2.0"',
    'stages:',
    '  prepare:',
    '    params: {../params.yaml: {prepare.split: 0.2}}',
    '  train:',
    '    params:',
    '      ../params.yaml: {train: {n_est: 50, seed: 7}}',
    '      train.json: {lr: 0.1}',
    '  report:',
    '    params: {../params.yaml: {report.title: x}}',
    '',
  ].join('\n')

  it('paths from the dvc.yaml folder, sections flattened, downstream stages left out', async () => {
    const tree = { 'ml/dvc.yaml': dvcYaml, 'ml/dvc.lock': dvcLock }
    const [model] = await findModelsAt(source(tree), 'HEAD', { manifests: '**/model.yaml' })
    expect(model?.recordedParams).toEqual([
      { stage: 'prepare', path: 'params.yaml', values: { 'prepare.split': 0.2 } },
      { stage: 'train', path: 'params.yaml', values: { 'train.n_est': 50, 'train.seed': 7 } },
      { stage: 'train', path: 'ml/train.json', values: { lr: 0.1 } },
    ])
  })

  it('a params file outside the repository is not read', async () => {
    const lock = dvcLock.replace('../params.yaml: {prepare.split: 0.2}', '../../outside.yaml: {a: 1}')
    const tree = { 'ml/dvc.yaml': dvcYaml, 'ml/dvc.lock': lock }
    const [model] = await findModelsAt(source(tree), 'HEAD', { manifests: '**/model.yaml' })
    expect(model?.recordedParams?.map((r) => r.path)).toEqual(['params.yaml', 'ml/train.json'])
  })
})
