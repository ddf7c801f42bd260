/** The `base` registry: production is the manifest as it is on the base commit, found by the model's name. */
import { InputError, errorMessage } from '../core/diagnostics.js'
import type { BaselineLookup, BaselineSource, SourceReader } from '../gate/ports.js'
import { findModelVersion } from '../gate/model-version.js'

export class BaseCommitBaselines implements BaselineSource {
  readonly description: string

  constructor(
    private readonly source: SourceReader,
    private readonly base: string,
    private readonly manifests: string,
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
      const e = error instanceof InputError ? error : new InputError({ file: path }, errorMessage(error))
      return { kind: 'error', error: e }
    }
  }
}
