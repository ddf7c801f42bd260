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

  it('a .dvc-only change is checked, and its hash is what changed', async () => {
    const r = await runCli(repo.dir, ['check', '--registry', 'base', '--base', 'main', '--head', 'dvc-only'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('  checked because data/data.xml.dvc changed\n')
    expect(r.stdout).toContain(
      '  what changed:\n    data.data/data.xml.md5: 22a1a2931c83 -> 4bd325a30d5f\n    data.data/data.xml.size: 14445097 -> 59918667\n',
    )
  })

  it('a params.yaml-only change is checked (the implicit manifest takes dvc.lock values: nothing ran yet)', async () => {
    const r = await runCli(repo.dir, [
      'check',
      '--registry',
      'base',
      '--base',
      'main',
      '--head',
      'params-only',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('  checked because params.yaml changed\n')
    expect(r.stdout).not.toContain('what changed')
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
})

describe('iterative/example-gto: GTO tags on dvc.yaml artifacts, no dvc.lock, no metrics', () => {
  let repo: RealRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-gto')
  })
  afterAll(() => repo.remove())

  it('"Update model" checks churn, whose weights changed, against production v3.0.0', async () => {
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
        '[WARN] churn v3.0.0 -> 0.0.0+commit.75ea1474fce6: warned (1 warning)  (dvc.yaml:churn)',
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
