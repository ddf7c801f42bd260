/** The files ML teams already keep: params files, .dvc and Git LFS pointers, model cards, dvc.yaml artifacts. */
import { describe, expect, it } from 'vitest'
import { parseDvcPointer, parseLfsPointer, producingStages, parseDvcYaml } from '../../src/core/dvc.js'
import { parseManifest } from '../../src/core/manifest.js'
import { parseModelCard } from '../../src/core/model-card.js'
import { paramsOf } from '../../src/core/params.js'
import { findModelsAt } from '../../src/gate/implicit-manifest.js'
import { loadModelVersion } from '../../src/gate/model-version.js'
import type { SourceReader } from '../../src/gate/ports.js'

/** A commit as a map of files. */
function files(tree: Record<string, string>) {
  const read = (p: string) => Promise.resolve(tree[p])
  const source: SourceReader = {
    readFile: (_ref, p) => read(p),
    listFiles: () => Promise.resolve(Object.keys(tree)),
    changedFiles: () => Promise.resolve([]),
  }
  return { read, source }
}

const errors = async (text: string, tree: Record<string, string>, file = 'models/churn/model.yaml') => {
  const r = await loadModelVersion(text, file, files(tree).read)
  return r.ok ? [] : r.errors.map((e) => e.message)
}

const snapshotOf = async (text: string, tree: Record<string, string>, file = 'models/churn/model.yaml') => {
  const r = await loadModelVersion(text, file, files(tree).read)
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'))
  return r.version.manifest.snapshot
}

describe('params: files flattened into hyperparameters', () => {
  const params = 'prepare:\n  split: 0.2\ntrain:\n  seed: 7\n  n_est: 50\n  layers: [64, 32]\n'
  it('all keys of a list of files, YAML, JSON and TOML alike', async () => {
    const text = 'name: churn\nversion: 1.0.0\nparams: [../../params.yaml, extra.json, more.toml]\n'
    const tree = {
      'params.yaml': params,
      'models/churn/extra.json': '{"optimizer": {"lr": 0.01}}',
      'models/churn/more.toml': '[augment]\nflip = true\n',
    }
    expect((await snapshotOf(text, tree)).hyperparameters).toEqual({
      'prepare.split': 0.2,
      'train.seed': 7,
      'train.n_est': 50,
      'train.layers': [64, 32],
      'optimizer.lr': 0.01,
      'augment.flip': true,
    })
  })

  it('a selection of keys; a section selects everything below it', async () => {
    const text = 'name: churn\nversion: 1.0.0\nparams: {params.yaml: [train.n_est, prepare]}\n'
    expect((await snapshotOf(text, { 'models/churn/params.yaml': params })).hyperparameters).toEqual({
      'train.n_est': 50,
      'prepare.split': 0.2,
    })
  })

  it('a missing file, a missing key, or a key with two sources is an error', async () => {
    const head = 'name: churn\nversion: 1.0.0\nhyperparameters: {train: {seed: 1}}\n'
    expect(await errors(`${head}params: [params.yaml]\n`, {})).toEqual([
      'models/churn/model.yaml:4: params file models/churn/params.yaml does not exist',
    ])
    expect(
      await errors(`${head}params: {params.yaml: [train.lr]}\n`, { 'models/churn/params.yaml': params }),
    ).toEqual(["models/churn/model.yaml:4: params key 'train.lr' is not in models/churn/params.yaml"])
    expect(await errors(`${head}params: [params.yaml]\n`, { 'models/churn/params.yaml': params })).toEqual([
      "models/churn/model.yaml:4: hyperparameter 'train.seed' is in models/churn/params.yaml and in models/churn/model.yaml hyperparameters",
    ])
  })

  it('flattening keeps order and values as written', () => {
    expect(paramsOf('a: {b: 1, c: [x]}\nd: null\n', 'p.yaml', undefined)).toEqual({
      'a.b': 1,
      'a.c': ['x'],
      d: null,
    })
  })
})

describe('dvc: and lfs: pointers, read into the snapshot', () => {
  const dvcFile =
    'outs:\n- md5: 153aad06d376b6595932470e459ef42a.dir\n  size: 8437363\n  nfiles: 2\n  hash: md5\n  path: prepared\n'
  const lfsFile =
    'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n'

  it('the .dvc hash (a folder keeps its .dir), size and nfiles; the LFS oid and size', async () => {
    const text =
      'name: churn\nversion: 1.0.0\ndata:\n  - {name: train, role: train, dvc: ../../data/prepared.dvc}\nweights: {lfs: model.bin}\n'
    const snapshot = await snapshotOf(text, {
      'data/prepared.dvc': dvcFile,
      'models/churn/model.bin': lfsFile,
    })
    expect([snapshot.data, snapshot.weights]).toEqual([
      [
        {
          name: 'train',
          role: 'train',
          dvc: '../../data/prepared.dvc',
          md5: '153aad06d376b6595932470e459ef42a.dir',
          size: 8437363,
          nfiles: 2,
        },
      ],
      {
        lfs: 'model.bin',
        sha256: '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393',
        size: 12345,
      },
    ])
  })

  it('a hash written beside the pointer must agree with it', async () => {
    const text = 'name: churn\nversion: 1.0.0\nweights: {dvc: w.dvc, md5: abc0123}\n'
    expect(await errors(text, { 'models/churn/w.dvc': dvcFile })).toEqual([
      'models/churn/model.yaml:3: md5 abc0123 disagrees with models/churn/w.dvc (153aad06d376b6595932470e459ef42a.dir)',
    ])
  })

  it('pointer files that are not pointers say what is wrong, at their own line', () => {
    expect(() => parseDvcPointer('outs: []\n', 'a.dvc')).toThrow(
      "a .dvc pointer must list exactly one output under 'outs' (it lists 0)",
    )
    expect(() => parseDvcPointer('outs:\n- path: a\n', 'a.dvc')).toThrow('outs[0] has no md5 (a hex string)')
    expect(() => parseLfsPointer('binary\0data', 'm.bin')).toThrow(
      "not a Git LFS pointer (no 'version https://git-lfs.github.com/spec/v1' line)",
    )
    expect(() =>
      parseLfsPointer('version https://git-lfs.github.com/spec/v1\noid md5:12\n', 'm.bin'),
    ).toThrow("no 'oid sha256:<64 hex digits>' line")
  })
})

describe('paths with ..', () => {
  const at = (path: string) => `name: churn\nversion: 1.0.0\nmetrics_files: [${path}]\n`
  it('are accepted while the normalized path stays inside the repository', () => {
    const r = parseManifest(at('../../eval/metrics.json'), 'models/churn/model.yaml')
    expect(r.ok && r.manifest.references.map((x) => x.path)).toEqual(['eval/metrics.json'])
  })
  it('are refused, saying so, when they leave it', () => {
    const r = parseManifest(at('../../../x.json'), 'models/churn/model.yaml')
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "models/churn/model.yaml:3:17: metrics file '../../../x.json' leaves the repository (resolved from models/churn/)",
    ])
    const root = parseManifest(at('../x.json'), 'model.yaml')
    expect(root.ok ? [] : root.errors.map((e) => e.message)).toEqual([
      "model.yaml:3:17: metrics file '../x.json' leaves the repository (resolved from the repository root)",
    ])
  })
})

/** The front matter the transformers Trainer writes (`trainer.push_to_hub()` / `create_model_card()`). */
export const TRAINER_CARD = `---
license: apache-2.0
base_model: bert-base-cased
tags:
- generated_from_trainer
datasets:
- glue
metrics:
- accuracy
- f1
model-index:
- name: bert-base-cased-finetuned-mrpc
  results:
  - task:
      name: Text Classification
      type: text-classification
    dataset:
      name: glue
      type: glue
      config: mrpc
      split: validation
      args: mrpc
    metrics:
    - name: Accuracy
      type: accuracy
      value: 0.8602941176470589
    - name: F1
      type: f1
      value: 0.9042016806722689
---

# bert-base-cased-finetuned-mrpc

This model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased) on the glue dataset.
`

describe('Hugging Face model cards', () => {
  it('model-index results become <dataset>.<metric type>, at their line', () => {
    const card = parseModelCard(TRAINER_CARD, 'README.md')
    expect([...card.metrics].map(([k, m]) => [k, m.metric.value, m.line])).toEqual([
      ['glue.accuracy', 0.8602941176470589, 26],
      ['glue.f1', 0.9042016806722689, 29],
    ])
  })

  it('a dataset without a name uses its type; a value that is not a number is skipped and listed', () => {
    const text =
      '---\nmodel-index:\n- results:\n  - dataset: {type: imdb}\n    metrics:\n    - {type: accuracy, value: 0.9}\n    - {type: loss, value: n/a}\n---\n'
    const card = parseModelCard(text, 'README.md')
    expect([[...card.metrics.keys()], card.skipped]).toEqual([
      ['imdb.accuracy'],
      [{ name: 'imdb.loss', file: 'README.md', line: 7, type: 'string' }],
    ])
  })

  it('no front matter, or none with a model-index, is an error', () => {
    expect(() => parseModelCard('# A card\n', 'README.md')).toThrow(
      "README.md has no YAML front matter (a model card starts with '---')",
    )
    expect(() => parseModelCard('---\nlicense: mit\n---\n', 'README.md')).toThrow(
      "README.md: the front matter has no 'model-index' list",
    )
  })

  it('metrics_files: [README.md] reads the card', async () => {
    const r = await loadModelVersion(
      'name: bert\nversion: 1.0.0\nmetrics_files: [README.md]\n',
      'model.yaml',
      files({ 'README.md': TRAINER_CARD }).read,
    )
    expect(r.ok && [...r.version.metrics.keys()]).toEqual(['glue.accuracy', 'glue.f1'])
  })
})

describe('implicit manifests: dvc.yaml artifacts of type model', () => {
  const dvcYaml = `artifacts:
  clf: {path: model.pkl, type: model}
  raw: {path: data/raw.csv, type: dataset}
stages:
  prepare: {cmd: p, deps: [data/raw.csv], outs: [data/prepared]}
  train: {cmd: t, deps: [data/prepared, train.py], params: [train.lr], outs: [model.pkl]}
  report: {cmd: r, deps: [model.pkl], outs: [eval]}
metrics: [eval/metrics.json]
`
  const lock = `schema: '2.0'
stages:
  prepare:
    deps: [{path: data/raw.csv, md5: aaaa1111aaaa1111aaaa1111aaaa1111, size: 10}]
    outs: [{path: data/prepared, md5: bbbb2222bbbb2222bbbb2222bbbb2222.dir, size: 5, nfiles: 2}]
  train:
    deps:
    - {path: data/prepared, md5: bbbb2222bbbb2222bbbb2222bbbb2222.dir, size: 5, nfiles: 2}
    - {path: train.py, md5: cccc3333cccc3333cccc3333cccc3333, size: 3}
    params: {params.yaml: {train.lr: 0.1}}
    outs: [{path: model.pkl, md5: dddd4444dddd4444dddd4444dddd4444, size: 99}]
`

  it('the producing stages and those upstream, not the ones downstream', () => {
    expect(producingStages(parseDvcYaml(dvcYaml, 'dvc.yaml'), 'model.pkl').map((s) => s.name)).toEqual([
      'prepare',
      'train',
    ])
  })

  it('derived as documented; an explicit manifest of the same name wins', async () => {
    const tree = {
      'ml/dvc.yaml': dvcYaml,
      'ml/dvc.lock': lock,
      'ml/eval/metrics.json': '{"acc": 0.9}',
      'ml/data/raw.csv.dvc': 'outs:\n- md5: aaaa1111aaaa1111aaaa1111aaaa1111\n  path: raw.csv\n',
    }
    const models = await findModelsAt(files(tree).source, 'abc123def4567890', { manifests: '**/model.yaml' })
    expect(
      models.map((m) => [m.path, m.manifest?.snapshot, m.manifest?.references.map((r) => r.path)]),
    ).toEqual([
      [
        'ml/dvc.yaml:clf',
        {
          name: 'clf',
          version: '0.0.0+commit.abc123def456',
          hyperparameters: { 'train.lr': 0.1 },
          data: [
            { name: 'data/raw.csv', role: 'train', dvc: 'data/raw.csv.dvc' },
            {
              name: 'data/prepared',
              role: 'train',
              md5: 'bbbb2222bbbb2222bbbb2222bbbb2222.dir',
              size: 5,
              nfiles: 2,
            },
            { name: 'train.py', role: 'train', md5: 'cccc3333cccc3333cccc3333cccc3333', size: 3 },
          ],
          weights: { uri: 'model.pkl', md5: 'dddd4444dddd4444dddd4444dddd4444', size: 99 },
          metrics_files: ['eval/metrics.json'],
        },
        ['ml/eval/metrics.json', 'ml/data/raw.csv.dvc', 'ml/dvc.yaml', 'ml/dvc.lock', 'ml/params.yaml'],
      ],
    ])
    const explicit = await findModelsAt(
      files({ ...tree, 'ml/model.yaml': 'name: clf\nversion: 2.0.0\n' }).source,
      'abc',
      {
        manifests: '**/model.yaml',
      },
    )
    expect(explicit.map((m) => m.path)).toEqual(['ml/model.yaml'])
  })
})
