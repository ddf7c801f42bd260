/**
 * The `base` backend: production is the manifest as it is on the base commit, found by the model's name. It
 * does not move (revert the commit instead), so it is never promoted or rolled back and keeps no history;
 * acceptances live on the registry branch.
 */
import { asInputError, InputError } from '../core/diagnostics.js'
import { RegistryError, type RegistryEntry } from '../core/registry.js'
import type {
  AcceptRequest,
  BaselineLookup,
  Production,
  ProductionHistory,
  BatchPromoted,
  RolledBack,
  SourceReader,
} from '../gate/ports.js'
import { findModelVersion } from '../gate/model-version.js'

export class BaseCommitBaselines implements Production {
  readonly description: string
  readonly fixed = true

  constructor(
    private readonly source: SourceReader,
    private readonly base: string,
    private readonly manifests: string,
    private readonly acceptances: Pick<Production, 'entry' | 'accept'>,
  ) {
    this.description = `the base commit ${base.slice(0, 12)}`
  }

  async baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup> {
    const path = previousPath ?? candidatePath
    try {
      // A model that moved to a new path is still compared with itself.
      const found = await findModelVersion(this.source, this.base, name, this.manifests, path)
      if (!found) return { kind: 'none' }
      if (!found.ok) {
        const first = found.errors[0]
        return { kind: 'error', error: first ?? new InputError({ file: path }, 'invalid manifest at base') }
      }
      return {
        kind: 'found',
        baseline: {
          ...found.version,
          source: `base ${this.base.slice(0, 12)}`,
          commit: this.base,
          path: found.version.manifest.file,
        },
      }
    } catch (error) {
      const e = asInputError(error, { file: path })
      return { kind: 'error', error: e }
    }
  }

  entry(name: string): Promise<RegistryEntry | undefined> {
    return this.acceptances.entry(name)
  }

  accept(request: AcceptRequest): Promise<void> {
    return this.acceptances.accept(request)
  }

  async history(): Promise<ProductionHistory | undefined> {
    return undefined
  }

  promoteAll(): Promise<BatchPromoted[]> {
    return Promise.reject(
      new RegistryError('production is the base commit itself: there is nothing to promote'),
    )
  }

  rollback(): Promise<RolledBack> {
    return Promise.reject(
      new RegistryError('production is the base commit itself: revert the commit instead'),
    )
  }
}
