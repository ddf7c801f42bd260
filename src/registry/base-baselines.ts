/** The `base` registry: production is the manifest as it is on the base commit. */
import { InputError, errorMessage } from '../core/diagnostics.js'
import type { BaselineLookup, BaselineSource, SourceReader } from '../gate/ports.js'
import { loadModelVersion } from '../gate/model-version.js'

export class BaseCommitBaselines implements BaselineSource {
  readonly description: string

  constructor(
    private readonly source: SourceReader,
    private readonly base: string,
  ) {
    this.description = `the base commit ${base.slice(0, 12)}`
  }

  async baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup> {
    const path = previousPath ?? candidatePath
    try {
      const text = await this.source.readFile(this.base, path)
      if (text === undefined) return { kind: 'none' }
      const loaded = await loadModelVersion(text, path, (p) => this.source.readFile(this.base, p))
      if (!loaded.ok) {
        const first = loaded.errors[0]
        return { kind: 'error', error: first ?? new InputError({ file: path }, 'invalid manifest at base') }
      }
      if (loaded.version.manifest.name !== name) return { kind: 'none' }
      return {
        kind: 'found',
        baseline: { ...loaded.version, source: `base ${this.base.slice(0, 12)}`, commit: this.base },
      }
    } catch (error) {
      const e = error instanceof InputError ? error : new InputError({ file: path }, errorMessage(error))
      return { kind: 'error', error: e }
    }
  }
}
