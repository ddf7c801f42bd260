/** The CLI writes the JSON report model by model (renderJsonParts): joined, the parts are renderJson's text. */
import { describe, expect, it } from 'vitest'
import { compareModel, invalidModel, runVerdict } from '../../src/core/compare.js'
import { InputError } from '../../src/core/diagnostics.js'
import { parsePolicy } from '../../src/core/policy.js'
import { renderJson, renderJsonParts } from '../../src/core/report/json.js'
import type { ModelReport, RunReport } from '../../src/core/report/types.js'
import { baseline, version } from '../helpers/versions.js'

const policy = parsePolicy('metrics:\n  accuracy: {fail: 0.01}\n', '.github/model-gate.yml')

function run(models: ModelReport[], more: Partial<RunReport> = {}): RunReport {
  return { verdict: runVerdict(models), models, policySource: '.github/model-gate.yml', ...more }
}

const failing = compareModel({
  candidate: version({
    name: 'churn',
    version: '3.1.0',
    hyperparameters: { lr: 0.08 },
    metrics: { accuracy: 0.8 },
  }),
  baseline: baseline({
    name: 'churn',
    version: '3.0.0',
    hyperparameters: { lr: 0.05 },
    metrics: { accuracy: 0.9 },
  }),
  policy,
})
const broken = invalidModel('models/x/model.yaml', [
  new InputError({ file: 'models/x/model.yaml', line: 2 }, 'a message\nover "two" lines'),
])

describe('the JSON report in parts', () => {
  it.each([
    ['no model', run([])],
    ['one model', run([failing])],
    [
      'models, errors and a missing registry',
      run([failing, broken, failing], {
        base: 'a'.repeat(40),
        head: 'b'.repeat(40),
        errors: [new InputError({ file: '.github/model-gate.yml' }, 'bad')],
        registryMissing: { branch: 'model-registry', level: 'fail' },
      }),
    ],
  ])('joined, is renderJson: %s', (_, report) => {
    const parts = [...renderJsonParts(report)]
    expect(parts.join('')).toBe(renderJson(report))
    expect(parts.length).toBe(report.models.length ? report.models.length + 2 : 1)
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(renderJson(report)))
  })
})
