/**
 * Production as GTO's tags say: the newest active assignment of the production stage. Promotion and rollback
 * write GTO-format annotated tags (gto-registry.ts); acceptances live on the registry branch.
 */
import type { ModelVersion } from '../core/compare.js'
import type { RegistryEntry, RollbackRequest } from '../core/registry.js'
import { findModelVersion } from '../gate/model-version.js'
import type {
  AcceptRequest,
  BaselineLookup,
  BatchPromoted,
  ContainedIn,
  Production,
  ProductionHistory,
  Provenance,
  RolledBack,
  RollbackVersions,
  SourceReader,
} from '../gate/ports.js'
import type { GtoRegistry } from './gto-registry.js'

export interface Tagger {
  readonly name: string
  readonly email: string
}

export class GtoProduction implements Production {
  readonly description: string
  readonly stage: string

  constructor(
    private readonly tags: GtoRegistry,
    private readonly acceptances: Pick<Production, 'entry' | 'accept'>,
    private readonly source: SourceReader,
    private readonly manifests: string,
    /** Who the tags written are by; git's configured identity when undefined. */
    private readonly tagger?: Tagger,
  ) {
    this.description = tags.description
    this.stage = tags.stage
  }

  baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup> {
    return this.tags.baseline(name, candidatePath, previousPath)
  }

  entry(name: string): Promise<RegistryEntry | undefined> {
    return this.acceptances.entry(name)
  }

  accept(request: AcceptRequest): Promise<void> {
    return this.acceptances.accept(request)
  }

  async history(name: string): Promise<ProductionHistory | undefined> {
    const model = await this.tags.model(name)
    return model ? { kind: 'stages', model } : undefined
  }

  /**
   * GTO keeps production in tags, one compare-and-swap per model: the versions are tagged model by model
   * (GTO's own format has no batch), each with its ordering decision taken against the tags of its attempt.
   */
  async promoteAll(
    versions: readonly ModelVersion[],
    who: Provenance,
    containedIn?: ContainedIn,
  ): Promise<BatchPromoted[]> {
    const commit = who.commit
    if (!commit) throw new Error('a GTO promotion needs the commit the version comes from')
    const results: BatchPromoted[] = []
    for (const version of versions) {
      try {
        const change = await this.tags.promote(version, commit, this.tagger, containedIn)
        results.push({
          ok: true,
          model: change.model,
          version: change.version,
          written: change.created,
          ...(change.superseded ? { superseded: change.superseded } : {}),
        })
      } catch (error) {
        results.push({ ok: false, model: version.manifest.name, version: version.manifest.version, error })
      }
    }
    return results
  }

  async rollback(name: string, request: RollbackRequest): Promise<RolledBack> {
    const change = await this.tags.rollback(name, request.to, request.reason, this.tagger, request.run)
    return {
      model: change.model,
      outcome: change.outcome ?? 'rolled-back',
      version: change.version,
      ...(change.from ? { from: change.from } : {}),
      commit: change.commit,
      written: change.created,
      actor: request.actor,
      reason: request.reason,
      versions: () => this.rollbackVersions(name, change.commit, change.from),
    }
  }

  /** The version restored, read from the manifest at its commit, and the version left, at the commit GTO has for it. */
  private async rollbackVersions(name: string, commit: string, from?: string): Promise<RollbackVersions> {
    const restored = await this.manifestAt(commit, name)
    const state = from === undefined ? undefined : await this.tags.model(name)
    const leftCommit = state?.versions.find((v) => v.version === from)?.commit
    const left = leftCommit === undefined ? undefined : await this.manifestAt(leftCommit, name)
    return { ...(restored ? { restored } : {}), ...(left ? { left: { ...left, source: 'gto' } } : {}) }
  }

  /** The model's manifest at a commit, wherever it lives there. */
  private async manifestAt(commit: string, name: string): Promise<ModelVersion | undefined> {
    const found = await findModelVersion(this.source, commit, name, this.manifests)
    return found?.ok ? found.version : undefined
  }
}
