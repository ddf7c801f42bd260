/**
 * The repositories DVC and GTO teams already have, rebuilt from their recorded metadata
 * (test/helpers/real-repos.ts): no model.yaml anywhere, hyperparameters in params.yaml, hashes in dvc.lock and
 * .dvc files, production in GTO tags. The CLI checks them as they are.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/git-repo.js'
import { rebuildRealRepo, REAL_FIXTURES, type RealRepo } from '../helpers/real-repos.js'

const recorded = (repo: string, commit: string, path: string) =>
  readFileSync(`${REAL_FIXTURES}/${repo}/tree/${commit}/${path}`, 'utf8')

const NO_METRICS_IMPLICIT =
  'no metric is compared; write a model.yaml for it beside dvc.yaml with its metrics (docs/dvc-and-gto.md), then promote it'
const NOT_REPRODUCED = 'the model was not reproduced with these params (run dvc repro)'

describe('iterative/example-get-started: a DVC pipeline, GTO tags, no model.yaml', () => {
  let repo: RealRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-get-started')
    repo.git('checkout', '--quiet', '-b', 'dvc-only', 'main')
    repo.commit('A larger dataset, pointer only', {
      'data/data.xml.dvc': recorded('example-get-started', 'c0c556d', 'data/data.xml.dvc'),
    })
    repo.git('checkout', '--quiet', '-b', 'params-only', 'main')
    repo.commit('More trees, params only', {
      'params.yaml': recorded('example-get-started', 'bea12fe', 'params.yaml'),
    })
    repo.git('checkout', '--quiet', 'main')
  })
  afterAll(() => repo.remove())

  it('try-large-dataset against GTO production: the implicit manifest is checked, production without metrics is a warning', async () => {
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'gto',
      '--base',
      'main',
      '--head',
      'try-large-dataset',
    ])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toBe(
      [
        'Model Gate: passed with warnings',
        '1 model checked: 1 warned.',
        'Policy: built-in defaults',
        '',
        '[WARN] text-classification v1.0.0 -> 0.0.0+commit.0eeff296ab95: warned (1 warning)  (dvc.yaml:text-classification)',
        '  checked because data/data.xml.dvc, dvc.lock, params.yaml changed',
        `  warning: production v1.0.0 has no recorded metrics (GTO text-classification#prod#1 (v1.0.0)): ${NO_METRICS_IMPLICIT}`,
        '  what changed:',
        '    data.data/data.xml.md5: 22a1a2931c83 -> 4bd325a30d5f',
        '    data.data/data.xml.size: 14445097 -> 59918667',
        '    data.data/prepared.md5: 153aad06d376.dir -> f8934609be51.dir',
        '    data.data/prepared.size: 8437363 -> 35339221',
        '    data.data/features.md5: f8f5cbc31880.dir -> 121056a1b192.dir',
        '    data.data/features.size: 1556290 -> 12597137',
        '    weights.md5: cfa72ff6e257 -> 0af1d96a26c6',
        '    weights.size: 1855075 -> 3365729',
        '    hyperparameters.featurize.max_features: 100 -> 500',
        '    hyperparameters.featurize.ngrams: 1 -> 2',
        '',
      ].join('\n'),
    )
  })

  const short = (ref: string) => repo.git('rev-parse', ref).slice(0, 12)

  it('a .dvc-only change is checked, and its hash is what changed', async () => {
    const r = await runCli(repo.dir, ['check', '--registry', 'base', '--base', 'main', '--head', 'dvc-only'])
    expect([r.code, r.stderr]).toEqual([0, ''])
    const [base, head] = [short('main'), short('dvc-only')]
    expect(r.stdout).toBe(
      [
        'Model Gate: passed with warnings',
        '1 model checked: 1 warned.',
        'Policy: built-in defaults',
        '',
        `[WARN] text-classification 0.0.0+commit.${base} -> 0.0.0+commit.${head}: warned (1 warning)  (dvc.yaml:text-classification)`,
        '  checked because data/data.xml.dvc changed',
        `  warning: production 0.0.0+commit.${base} has no recorded metrics (base ${base}): ${NO_METRICS_IMPLICIT}`,
        '  what changed:',
        '    data.data/data.xml.md5: 22a1a2931c83 -> 4bd325a30d5f',
        '    data.data/data.xml.size: 14445097 -> 59918667',
        '',
      ].join('\n'),
    )
  })

  describe('a params.yaml-only change: dvc.lock still records the params the model was trained with', () => {
    const check = (format: string) =>
      runCli(repo.dir, [
        'check',
        '--registry',
        'base',
        '--base',
        'main',
        '--head',
        'params-only',
        '--format',
        format,
      ])
    const drift = [
      `params.yaml train.min_split is 8 but dvc.lock records 0.01 (stage train): ${NOT_REPRODUCED}`,
      `params.yaml train.n_est is 100 but dvc.lock records 50 (stage train): ${NOT_REPRODUCED}`,
    ]
    const noMetrics = () =>
      `production 0.0.0+commit.${short('main')} has no recorded metrics (base ${short('main')}): ${NO_METRICS_IMPLICIT}`
    const title = () => `0.0.0+commit.${short('main')} -> 0.0.0+commit.${short('params-only')}`

    it('text: each key that differs from dvc.lock is a warning', async () => {
      const r = await check('text')
      expect([r.code, r.stderr]).toEqual([0, ''])
      expect(r.stdout).toBe(
        [
          'Model Gate: passed with warnings',
          '1 model checked: 1 warned.',
          'Policy: built-in defaults',
          '',
          `[WARN] text-classification ${title()}: warned (3 warnings)  (dvc.yaml:text-classification)`,
          '  checked because params.yaml changed',
          `  warning: ${noMetrics()}`,
          `  warning: ${drift[0]}`,
          `  warning: ${drift[1]}`,
          '',
        ].join('\n'),
      )
    })

    it('markdown: the same warnings', async () => {
      const r = await check('markdown')
      expect([r.code, r.stderr]).toEqual([0, ''])
      const md = (text: string) => text.replace(/[()_]/g, (c) => `\\${c}`)
      const [base, head] = [short('main'), short('params-only')]
      expect(r.stdout).toBe(
        [
          '## ⚠️ Model Gate: passed with warnings',
          '',
          '1 model checked: 1 warned.',
          '',
          'Policy: built-in defaults.',
          '',
          '| Model | Candidate | Production | Verdict |',
          '| - | - | - | - |',
          `| ⚠️ text-classification | \`0.0.0+commit.${head}\` | \`0.0.0+commit.${base}\` | warned (3 warnings) |`,
          '',
          `### ⚠️ text-classification \`0.0.0+commit.${base}\` → \`0.0.0+commit.${head}\``,
          '',
          `dvc.yaml:text-classification, production from base ${base}`,
          '',
          'Checked because params.yaml changed.',
          '',
          `- ⚠️ ${md(noMetrics())}`,
          `- ⚠️ ${md(drift[0]!)}`,
          `- ⚠️ ${md(drift[1]!)}`,
          '',
        ].join('\n'),
      )
    })

    it('json: the warnings, and nothing in "what changed" (the model itself did not change)', async () => {
      const r = await check('json')
      expect([r.code, r.stderr]).toEqual([0, ''])
      const [model] = JSON.parse(r.stdout).models
      expect([model.verdict, model.checked_because, model.warnings, model.changes]).toEqual([
        'warn',
        ['params.yaml'],
        [noMetrics(), ...drift],
        [],
      ])
    })
  })

  it('a params.yaml that is not YAML: the model is invalid, the error at its line', async () => {
    repo.git('checkout', '--quiet', '-b', 'broken-params', 'main')
    repo.commit('Broken params', { 'params.yaml': 'train:\n  n_est: [100\n' })
    repo.git('checkout', '--quiet', 'main')
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'base',
      '--base',
      'main',
      '--head',
      'broken-params',
    ])
    expect([r.code, r.stderr]).toEqual([1, ''])
    expect(r.stdout).toBe(
      [
        'Model Gate: failed',
        '1 model checked: 1 failed.',
        'Policy: built-in defaults',
        '',
        '[FAIL] text-classification: invalid  (dvc.yaml:text-classification)',
        '  error: params.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        '',
      ].join('\n'),
    )
  })

  describe("the candidate's version: a model.yaml beside dvc.yaml, else GTO's registration of the head, else the commit", () => {
    it('a head GTO registered (9-bigrams-model, text-classification@v1.1.0) is checked as that version', async () => {
      const r = await runCli(repo.dir, [
        'check',
        '--registry',
        'gto',
        '--base',
        repo.commit('0d46eb4'),
        '--head',
        repo.commit('e4bc9b0'),
      ])
      expect([r.code, r.stderr]).toEqual([0, ''])
      expect(r.stdout).toBe(
        [
          'Model Gate: passed with warnings',
          '1 model checked: 1 warned.',
          'Policy: built-in defaults',
          '',
          '[WARN] text-classification v1.0.0 -> v1.1.0: warned (1 warning)  (dvc.yaml:text-classification)',
          '  checked because dvc.lock, params.yaml changed',
          `  warning: production v1.0.0 has no recorded metrics (GTO text-classification#prod#1 (v1.0.0)): ${NO_METRICS_IMPLICIT}`,
          '  what changed:',
          '    data.data/features.md5: f8f5cbc31880.dir -> f35d4cc2c552.dir',
          '    data.data/features.size: 1556290 -> 2232588',
          '    weights.md5: cfa72ff6e257 -> d1f6e055f7f5',
          '    weights.size: 1855075 -> 1958115',
          '    hyperparameters.featurize.max_features: 100 -> 200',
          '    hyperparameters.featurize.ngrams: 1 -> 2',
          '',
        ].join('\n'),
      )
    })

    it('with --registry base the same head is labelled by its commit (no GTO registration is read)', async () => {
      const r = await runCli(repo.dir, [
        'check',
        '--registry',
        'base',
        '--base',
        repo.commit('0d46eb4'),
        '--head',
        repo.commit('e4bc9b0'),
      ])
      expect(r.stdout).toContain(
        `[WARN] text-classification 0.0.0+commit.${short(repo.commit('0d46eb4'))} -> 0.0.0+commit.${short(repo.commit('e4bc9b0'))}: `,
      )
    })

    it('a model.yaml beside dvc.yaml wins over the registration of its commit', async () => {
      repo.git('checkout', '--quiet', '-b', 'beside', 'main')
      const head = repo.commit('A manifest beside dvc.yaml', {
        'model.yaml': 'name: text-classification\nversion: 1.3.0\nmetrics: {accuracy: 0.9}\n',
      })
      repo.git('tag', '-a', '-m', 'Registering', 'text-classification@v1.4.0', head)
      repo.git('checkout', '--quiet', 'main')
      const r = await runCli(repo.dir, ['check', '--registry', 'gto', '--base', 'main', '--head', 'beside'])
      repo.git('tag', '-d', 'text-classification@v1.4.0')
      expect([r.code, r.stderr]).toEqual([0, ''])
      expect(r.stdout).toContain(
        '[WARN] text-classification v1.0.0 -> 1.3.0: warned (1 warning)  (model.yaml)\n',
      )
    })
  })

  it('validate dvc.yaml prints the implicit manifest derived as documented', async () => {
    const r = await runCli(repo.dir, ['validate', 'dvc.yaml'])
    expect([r.code, r.stderr]).toEqual([0, ''])
    const data = (name: string, pins: string[]) => [
      `    - name: ${name}`,
      '      role: train',
      ...pins.map((p) => `      ${p}`),
    ]
    expect(r.stdout).toBe(
      [
        'ok dvc.yaml:text-classification (text-classification 0.0.0+workspace, 0 metrics): the implicit manifest',
        '  name: text-classification',
        '  version: 0.0.0+workspace',
        '  hyperparameters:',
        '    prepare.seed: 20170428',
        '    prepare.split: 0.2',
        '    featurize.max_features: 200',
        '    featurize.ngrams: 2',
        '    train.min_split: 0.01',
        '    train.n_est: 50',
        '    train.seed: 20170428',
        '  data:',
        ...data('data/data.xml', [
          'dvc: data/data.xml.dvc',
          'md5: 22a1a2931c8370d3aeedd7183606fd7f',
          'size: 14445097',
        ]),
        ...data('src/prepare.py', ['md5: f54d670ac8a4f63206781fc31d1f2651', 'size: 2231']),
        ...data('data/prepared', ['md5: 153aad06d376b6595932470e459ef42a.dir', 'size: 8437363', 'nfiles: 2']),
        ...data('src/featurization.py', ['md5: e22789fc9581cad11ef7a6fa3aa3f17b', 'size: 4158']),
        ...data('data/features', ['md5: f35d4cc2c552ac959ae602162b8543f3.dir', 'size: 2232588', 'nfiles: 2']),
        ...data('src/train.py', ['md5: 324001573ed724e5ae092226fcf9ca30', 'size: 1666']),
        '  weights:',
        '    uri: model.pkl',
        '    md5: d1f6e055f7f5e2827fcfae68d9b64d4c',
        '    size: 1958115',
        '1 valid, 0 invalid',
        '',
      ].join('\n'),
    )
  })
  it('validate dvc.yaml warns, as check does, when params.yaml says otherwise than dvc.lock', async () => {
    repo.git('checkout', '--quiet', 'params-only')
    const r = await runCli(repo.dir, ['validate', 'dvc.yaml'])
    repo.git('checkout', '--quiet', 'main')
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain(
      [
        '    size: 1958115',
        `warning: params.yaml train.min_split is 8 but dvc.lock records 0.01 (stage train): ${NOT_REPRODUCED}`,
        `warning: params.yaml train.n_est is 100 but dvc.lock records 50 (stage train): ${NOT_REPRODUCED}`,
        '1 valid, 0 invalid',
        '',
      ].join('\n'),
    )
  })
})

describe('iterative/example-gto: GTO tags on dvc.yaml artifacts, no dvc.lock, no metrics', () => {
  let repo: RealRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-gto')
  })
  afterAll(() => repo.remove())

  it('"Update model" checks churn, whose weights changed, against production v3.0.0; its head is registered v3.1.0', async () => {
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'gto',
      '--base',
      repo.commit('5561a3b'),
      '--head',
      repo.commit('8a1eb65'),
    ])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toBe(
      [
        'Model Gate: passed with warnings',
        '1 model checked: 1 warned.',
        'Policy: built-in defaults',
        '',
        '[WARN] churn v3.0.0 -> v3.1.0: warned (1 warning)  (dvc.yaml:churn)',
        '  checked because models/churn.pkl changed',
        `  warning: production v3.0.0 has no recorded metrics (GTO churn#prod#3 (v3.0.0)): ${NO_METRICS_IMPLICIT}`,
        '',
      ].join('\n'),
    )
  })

  it('a first model.yaml is compared as new with a warning, never called invalid for production', async () => {
    repo.git('checkout', '--quiet', '-b', 'first-manifest', 'main')
    repo.commit('churn 3.2.0 with metrics', {
      'models/churn/model.yaml': 'name: churn\nversion: 3.2.0\nmetrics:\n  accuracy: 0.9\n',
    })
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'gto',
      '--base',
      'main',
      '--head',
      'first-manifest',
    ])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain(
      '[WARN] churn v3.0.0 -> 3.2.0: warned (1 warning)  (models/churn/model.yaml)\n' +
        '  warning: production v3.0.0 has no recorded metrics (GTO churn#prod#3 (v3.0.0)): no metric is compared; after merging, `model-gate promote models/churn/model.yaml --registry gto` records this version, with its metrics, as production\n',
    )
    expect(r.stdout).not.toContain('invalid')
  })

  it('production whose commit has neither a manifest nor a dvc.yaml artifact: the same warning, the fix named', async () => {
    repo.git('checkout', '--quiet', '-b', 'renamed-artifact', 'main')
    repo.git(
      'tag',
      '-a',
      '-m',
      'Assigning stage prod to artifact fraud version v1.0.0',
      'fraud@v1.0.0',
      repo.commit('d007655'),
    )
    repo.git('tag', '-a', '-m', 'Assigning stage prod', 'fraud#prod#1', repo.commit('d007655'))
    repo.commit('fraud 1.1.0', {
      'models/fraud/model.yaml': 'name: fraud\nversion: 1.1.0\nmetrics:\n  f1: 0.7\n',
    })
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'gto',
      '--base',
      'main',
      '--head',
      'renamed-artifact',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `  warning: production v1.0.0 has no recorded metrics (fraud#prod#1 (${repo.commit('d007655').slice(0, 12)}) has no manifest named 'fraud'): no metric is compared; after merging, \`model-gate promote models/fraud/model.yaml --registry gto\` records this version, with its metrics, as production\n`,
    )
  })
})

describe('a model.yaml over the files a DVC project keeps: params, a .dvc pointer, paths with ..', () => {
  let repo: RealRepo
  const manifest = [
    'name: text-classification',
    'version: 1.3.0',
    'params: {../../params.yaml: [train.n_est, train.seed]}',
    'data:',
    '  - {name: stackoverflow, role: eval, dvc: ../../data/data.xml.dvc}',
    'evaluation: {dataset: stackoverflow}',
    'metrics: {accuracy: 0.9}',
    '',
  ].join('\n')
  beforeAll(() => {
    repo = rebuildRealRepo('example-get-started')
    repo.commit('A manifest beside the pipeline', { 'models/text-classification/model.yaml': manifest })
    repo.git('checkout', '--quiet', '-b', 'params-only', 'main')
    repo.commit('More trees', { 'params.yaml': recorded('example-get-started', 'bea12fe', 'params.yaml') })
    repo.git('checkout', '--quiet', '-b', 'dvc-only', 'main')
    repo.commit('A larger eval set', {
      'data/data.xml.dvc': recorded('example-get-started', 'c0c556d', 'data/data.xml.dvc'),
    })
    repo.git('checkout', '--quiet', 'main')
  })
  afterAll(() => repo.remove())

  it('a params.yaml-only change is checked and its values are what changed', async () => {
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'base',
      '--base',
      'main',
      '--head',
      'params-only',
    ])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain(
      '  checked because params.yaml changed\n' +
        '  note: version 1.3.0 is unchanged but the snapshot differs\n',
    )
    expect(r.stdout).toContain('  what changed:\n    hyperparameters.train.n_est: 50 -> 100\n')
  })

  it('a changed evaluation pointer makes the evaluation data changed', async () => {
    const r = await runCli(repo.dir, ['check', '--registry', 'base', '--base', 'main', '--head', 'dvc-only'])
    expect(r.stdout).toContain('  checked because data/data.xml.dvc changed\n')
    expect(r.stdout).toContain(
      'stackoverflow.md5 22a1a2931c8370d3aeedd7183606fd7f → 4bd325a30d5f1d5ea1a451d98767ddde',
    )
    expect(r.stdout).toContain(
      '    data.stackoverflow.md5: 22a1a2931c83 -> 4bd325a30d5f\n    data.stackoverflow.size: 14445097 -> 59918667\n',
    )
  })

  it('a reference that leaves the repository is refused, saying so', async () => {
    repo.write({
      'models/text-classification/model.yaml': manifest.replace('../../params.yaml', '../../../params.yaml'),
    })
    const r = await runCli(repo.dir, ['validate', '--worktree', 'models/text-classification/model.yaml'])
    repo.git('checkout', '--', '.')
    expect([r.code, r.stderr]).toEqual([
      1,
      "models/text-classification/model.yaml:3:10: params file '../../../params.yaml' leaves the repository (resolved from models/text-classification/)\n",
    ])
  })
})
