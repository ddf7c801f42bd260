/** Every input of action.yml, read once into one typed object and validated. */
import * as runner from './runner.js'
import { errorMessage } from '../core/diagnostics.js'
import { pathMatcher } from '../core/glob.js'
import { DEFAULT_MANIFESTS, DEFAULT_POLICY_PATH } from '../core/defaults.js'
import { parseFailOn, type FailLevel } from '../core/fail-on.js'
import type { RegistryKind } from '../gate/ports.js'

export type FailOn = FailLevel

export interface Inputs {
  readonly token: string
  readonly manifests: string
  readonly policy: string
  readonly registry: RegistryKind
  readonly registryBranch: string
  readonly checkName: string
  readonly failOn: FailOn
  /** How a missing registry branch counts: `fail-on: fail, missing-registry:warn` makes it a warning. */
  readonly missingRegistry: 'fail' | 'warn'
  readonly comment: boolean
  readonly productionStage: string
  readonly promoteFailed: boolean
  readonly model: string
  readonly version: string
  readonly reason: string
  /** Where the head's manifests and referenced files are read: through the API, or the job's checkout. */
  readonly source: 'api' | 'workspace'
}

export class InputsError extends Error {}

type Read = (name: string) => string

export function getInputs(read: Read = (name) => runner.getInput(name)): Inputs {
  const text = (name: string, fallback: string) => read(name).trim() || fallback
  const choice = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const value = text(name, fallback)
    if ((allowed as readonly string[]).includes(value)) return value as T
    throw new InputsError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`)
  }
  const flag = (name: string, fallback: boolean) => {
    const value = text(name, String(fallback)).toLowerCase()
    if (value === 'true') return true
    if (value === 'false') return false
    throw new InputsError(`input '${name}' must be true or false, not '${value}'`)
  }
  const token = read('github-token').trim()
  if (!token)
    throw new InputsError(
      "input 'github-token' is empty: pass ${{ github.token }} or a token with the needed permissions",
    )
  const registryBranch = text('registry-branch', 'model-registry')
  if (!/^[A-Za-z0-9._/-]+$/.test(registryBranch) || registryBranch.includes('..')) {
    throw new InputsError(`input 'registry-branch' is not a valid branch name: '${registryBranch}'`)
  }
  const manifests = text('manifests', DEFAULT_MANIFESTS)
  try {
    pathMatcher(manifests)
  } catch (error) {
    throw new InputsError(`input 'manifests' is not a valid glob ('${manifests}'): ${errorMessage(error)}`)
  }
  return {
    token,
    manifests,
    policy: text('policy', DEFAULT_POLICY_PATH),
    registry: choice<RegistryKind>('registry', 'branch', ['branch', 'gto', 'base']),
    registryBranch,
    checkName: text('check-name', 'model-gate'),
    ...failOnOf(text('fail-on', 'fail')),
    comment: flag('comment', true),
    productionStage: text('production-stage', 'prod'),
    promoteFailed: flag('promote-failed', false),
    model: read('model').trim(),
    version: read('version').trim(),
    reason: read('reason').trim(),
    source: choice('source', 'api', ['api', 'workspace'] as const),
  }
}

function failOnOf(value: string): { failOn: FailOn; missingRegistry: 'fail' | 'warn' } {
  const rule = parseFailOn(value)
  if ('error' in rule) throw new InputsError(`input 'fail-on' ${rule.error}`)
  return { failOn: rule.level, missingRegistry: rule.missingRegistry }
}
