/**
 * No way around the gate, on the CLI: each way a regressed model used to pass, on a real git repository of
 * its own (every test builds its own, so each passes alone and in any order).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { BASE_FILES, churn, POLICY } from '../helpers/integrity-fixtures.js'

let repo: TestRepo | undefined
afterEach(() => repo?.remove())

/** A repository whose main has churn 3.0.0 in production, and a branch `pr` with these changes. */
async function change(
  files: Record<string, string>,
  remove: string[] = [],
  base: Record<string, string> = BASE_FILES,
) {
  repo = makeRepo()
  repo.commit('production', base)
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  repo.git('checkout', '--quiet', '-b', 'pr')
  for (const path of remove) repo.git('rm', '--quiet', path)
  repo.commit('change', files)
  return repo
}

const check = (r: TestRepo, format = 'text') =>
  runCli(r.dir, ['check', '--base', 'main', '--head', 'pr', '--format', format])

describe('1. a model is checked when anything it is made of changes', () => {
  it('a metrics-file-only retrain that breaks a floor fails, and says why the model was checked', async () => {
    const r = await check(await change({ 'models/churn/eval/metrics.json': '{"f1": 0.5, "recall": 0.7}\n' }))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('  checked because models/churn/eval/metrics.json changed\n')
    expect(r.stdout).toMatch(/\n {2}f1 +0\.8 +0\.5 +-0\.3 +-37\.50% +below floor /)
  })

  it('a pointer-only change (dvc) is checked too', async () => {
    const r = await check(
      await change({
        'models/churn/weights.pkl.dvc':
          'outs:\n- md5: 11111111111111111111111111111aaa\n  path: weights.pkl\n',
      }),
      'json',
    )
    const json = JSON.parse(r.stdout)
    expect([r.code, json.verdict, json.models[0].name, json.models[0].checked_because]).toEqual([
      0,
      'pass',
      'churn',
      ['models/churn/weights.pkl.dvc'],
    ])
  })

  it('a referenced file deleted at the head is an error on the model', async () => {
    const r = await check(await change({}, ['models/churn/eval/metrics.json']))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '  error: models/churn/model.yaml:7: metrics_files[0] references models/churn/eval/metrics.json, which this change deletes\n',
    )
  })
})

describe('2. a model keeps its identity', () => {
  it('a renamed model is compared with the old name’s production and says so', async () => {
    const renamed = churn({ name: 'churn-v2', metrics: '  accuracy: {value: 0.80, n: 20000}\n  auc: 0.95\n' })
    const r = await check(await change({ 'models/churn/model.yaml': renamed }))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '[FAIL] churn-v2 3.0.0 -> 3.1.0: failed (1 metric)  (models/churn/model.yaml)\n',
    )
    expect(r.stdout).toContain(
      "  warning: renamed from churn: compared with churn's production; the new name starts its own history when promoted\n",
    )
  })

  it('a rename without a regression is still a warning', async () => {
    const r = await check(await change({ 'models/churn/model.yaml': churn({ name: 'churn-v2' }) }), 'json')
    const json = JSON.parse(r.stdout)
    expect([r.code, json.verdict, json.models[0].renamed_from, json.models[0].production_version]).toEqual([
      0,
      'warn',
      'churn',
      '3.0.0',
    ])
  })

  it('a removed manifest whose model is in production is listed as removed', async () => {
    const r = await check(await change({}, ['models/churn/model.yaml']))
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('[REMOVED] churn: removed  (models/churn/model.yaml)\n')
    expect(r.stdout).toContain(
      '  note: manifest removed in this change; production 3.0.0 stays until it is rolled back or retired\n',
    )
  })

  it('a copy of a production manifest under another path is an error naming both', async () => {
    const r = await check(
      await change({
        'models/churn-copy/model.yaml': churn({ metrics: '  accuracy: {value: 0.80, n: 20000}\n' }),
        'models/churn-copy/eval/metrics.json': BASE_FILES['models/churn/eval/metrics.json'],
      }),
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "error: models/churn-copy/model.yaml:1: model 'churn' is declared by more than one manifest at the head: models/churn-copy/model.yaml and models/churn/model.yaml",
    )
  })
})

describe('3. a metric cannot disappear to escape its rule', () => {
  const withMetrics = (metrics: string) => ({ 'models/churn/model.yaml': churn({ metrics }) })

  it('a deleted metric that the policy names fails', async () => {
    const r = await check(await change(withMetrics('  accuracy: {value: 0.91, n: 20000}\n')))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/\n {2}auc +0\.95 +- +- +- +missing \(named by the policy\) /)
  })

  it('a look-alike name (Cyrillic а) is an error naming both', async () => {
    const r = await check(await change(withMetrics('  accuracy: {value: 0.91, n: 20000}\n  аuc: 0.5\n')))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "  error: models/churn/model.yaml:10: metric '\\u{430}uc' looks like production's 'auc' but is a different name: write 'auc', or declare renamed_from: auc\n",
    )
  })

  it('a zero-width character in a name is refused with file:line', async () => {
    const r = await check(
      await change(withMetrics('  accuracy: {value: 0.91, n: 20000}\n  "auc\u200b": 0.5\n')),
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "models/churn/model.yaml:10:3: metric name 'auc\\u200B' contains an invisible character (U+200B)",
    )
  })

  it('a value written as a string in the manifest is an error with file:line', async () => {
    const r = await check(await change(withMetrics('  accuracy: {value: 0.91, n: 20000}\n  auc: "0.5"\n')))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'models/churn/model.yaml:10:3: metric auc must be a number or {value, n, std, ci}',
    )
  })

  it('a string in a metrics file is skipped and listed, and the named metric it hid fails as missing', async () => {
    const r = await check(
      await change({ 'models/churn/eval/metrics.json': '{"f1": "0.8", "recall": 0.7}\n' }),
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '  note: metrics-file entries skipped because they are not numbers: models/churn/eval/metrics.json:1 f1 (string)\n',
    )
    expect(r.stdout).toMatch(/\n {2}f1 +0\.8 +- +- +- +missing \(named by the policy\) /)
  })

  it('a declared rename is compared with the old name’s production value under its rule', async () => {
    const metrics = '  accuracy: {value: 0.91, n: 20000}\n  roc_auc: {value: 0.90, renamed_from: auc}\n'
    const r = await check(await change(withMetrics(metrics)))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/\n {2}roc_auc \(renamed from auc\) +0\.95 +0\.9 +-0\.05 +-5\.26% +fail /)
    expect(r.stdout).not.toContain('missing')
  })

  it('one name from two sources is an error, not last-one-wins', async () => {
    const metrics = '  accuracy: {value: 0.91, n: 20000}\n  auc: 0.95\n  recall: 0.99\n'
    const r = await check(await change(withMetrics(metrics)))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "error: models/churn/eval/metrics.json:1: metric 'recall' is also written at models/churn/model.yaml:11: a metric must have one source",
    )
  })
})

describe('4. the noise cannot be widened quietly', () => {
  it('a shrunken sample is shown in what changed and is a warning', async () => {
    const r = await check(
      await change({
        'models/churn/model.yaml': churn({ metrics: '  accuracy: {value: 0.91, n: 1}\n  auc: 0.95\n' }),
      }),
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('[WARN] churn 3.0.0 -> 3.1.0: warned (1 warning)')
    expect(r.stdout).toContain(
      '  warning: accuracy: sample size n 20000 → 1 shrank by more than half: significance tests will treat the metric as noisier\n',
    )
    expect(r.stdout).toContain('    metrics.accuracy.n: 20000 -> 1\n')
  })

  it('with significance on, a baseline sample below the minimum never softens a failure', async () => {
    const base = {
      ...BASE_FILES,
      '.github/model-gate.yml': `${POLICY}significance: {alpha: 0.05}\n`,
      'models/churn/model.yaml': churn({ metrics: '  accuracy: {value: 0.91, n: 10}\n  auc: 0.95\n' }),
    }
    const metrics = '  accuracy: {value: 0.88, n: 10}\n  auc: 0.95\n'
    const r = await check(await change({ 'models/churn/model.yaml': churn({ metrics }) }, [], base), 'json')
    const accuracy = JSON.parse(r.stdout).models[0].metrics[0]
    expect([r.code, accuracy.verdict, accuracy.noise_ignored]).toEqual([
      1,
      'fail',
      "production's sample n=10 is below 30",
    ])
  })
})

describe('5. a changed evaluation set does not launder a regression', () => {
  it('a metric crossing its fail threshold on changed evaluation data still fails, labelled', async () => {
    const candidate = churn({
      evalUri: 's3://corp/churn/eval-easy.parquet',
      metrics: '  accuracy: {value: 0.87, n: 20000}\n  auc: 0.96\n',
    })
    const r = await check(await change({ 'models/churn/model.yaml': candidate }), 'json')
    const [accuracy, auc] = JSON.parse(r.stdout).models[0].metrics
    expect(r.code).toBe(1)
    expect([accuracy.verdict, accuracy.evaluation_changed]).toEqual([
      'fail',
      'eval.uri s3://corp/churn/eval-2026-10.parquet → s3://corp/churn/eval-easy.parquet',
    ])
    expect(auc.verdict).toBe('not-comparable')
  })
})
