/**
 * Changes of production, the same for the CLI (local git) and the action (GitHub API): each is one
 * compare-and-swap update of the model's registry entry, with an event appended to its history.
 */
import type { ModelVersion } from '../core/compare.js'
import {
  applyAccept,
  applyPromote,
  applyRollback,
  type RegistryEvent,
  type RollbackRequest,
} from '../core/registry.js'
import type { BranchRegistry, UpdateResult } from '../registry/branch-registry.js'
import { metricsToRecord } from './model-version.js'

export interface Provenance {
  readonly actor: string
  readonly at: string
  readonly commit?: string
  readonly pr?: number
  readonly run?: string
  readonly reason?: string
}

export function promote(
  registry: BranchRegistry,
  version: ModelVersion,
  who: Provenance,
): Promise<UpdateResult> {
  const { manifest } = version
  const event: RegistryEvent = {
    type: 'promote',
    version: manifest.version,
    ...who,
    path: manifest.file,
    manifest: manifest.snapshot,
    metrics: metricsToRecord(version.metrics),
  }
  return registry.update(
    manifest.name,
    (entry) => applyPromote(entry, manifest.name, event),
    `promote ${manifest.name} ${manifest.version}`,
  )
}

export function rollback(
  registry: BranchRegistry,
  name: string,
  request: RollbackRequest,
): Promise<UpdateResult> {
  return registry.update(
    name,
    (entry) => applyRollback(entry, name, request),
    `rollback ${name}${request.to ? ` to ${request.to}` : ''}: ${request.reason}`,
  )
}

export interface AcceptRequest extends Provenance {
  readonly name: string
  readonly version: string
  readonly sha: string
  readonly reason: string
  /** The production it is accepted against (`version#digest`, or 'none'): it lapses when production moves. */
  readonly against: string
}

export function accept(registry: BranchRegistry, request: AcceptRequest): Promise<UpdateResult> {
  const { name, ...rest } = request
  const event: RegistryEvent = { type: 'accept', ...rest }
  return registry.update(
    name,
    (entry) => applyAccept(entry, name, event),
    `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`,
  )
}
