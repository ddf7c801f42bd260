/**
 * The `gto` registry: production is what GTO's tags say (the newest active assignment of the production
 * stage), read from the manifest at the tagged commit. Promotion and rollback write GTO-format annotated
 * tags, so `gto show` agrees with Model Gate. Acceptances still live on the registry branch.
 */
import { asInputError, InputError, quote } from '../core/diagnostics.js'
import {
  findGtoModel,
  gtoState,
  previousStageVersion,
  productionVersion,
  type GtoModelState,
} from '../core/gto/state.js'
import { parseGtoTag, toGtoVersion, type GtoTag } from '../core/gto/tags.js'
import {
  assignTagMessage,
  assignTagName,
  nextCounter,
  registerTagMessage,
  registerTagName,
} from '../core/gto/write.js'
import type { ModelVersion } from '../core/compare.js'
import { RegistryError, runOf } from '../core/registry.js'
import { findModelVersion } from '../gate/model-version.js'
import { noRecordedMetrics } from '../gate/baseline-warning.js'
import type { BaselineLookup, BaselineSource, SourceReader } from '../gate/ports.js'
import { backoffDelay, COMPARE_AND_SWAP, realSleep, type Backoff } from '../gate/retry.js'
import type { TagStore } from './tag-store.js'

export interface TagChange {
  readonly model: string
  readonly version: string
  readonly commit: string
  readonly created: readonly string[]
  readonly from?: string
  /**
   * rollback: nothing was written, since this run already rolled back (replayed, reported as it was then) or
   * the target already holds the stage (current).
   */
  readonly outcome?: 'replayed' | 'current'
  /** promote: nothing was written, since the stage's holder comes from a commit that contains this one. */
  readonly superseded?: { readonly version: string; readonly commit: string }
}

/** True when `commit` is already contained in `other` (the same commit, or one of its ancestors). */
export type ContainedIn = (commit: string, other: string) => Promise<boolean>

export class GtoRegistry implements BaselineSource {
  readonly description: string
  private cached?: Promise<GtoTag[]>

  constructor(
    private readonly tags: TagStore,
    private readonly source: SourceReader,
    readonly stage: string,
    private readonly manifests: string,
    private readonly retry: Backoff = COMPARE_AND_SWAP,
  ) {
    this.description = `GTO tags (stage ${stage})`
  }

  private all(fresh = false): Promise<GtoTag[]> {
    if (fresh || !this.cached) this.cached = this.tags.list((name) => parseGtoTag(name) !== undefined)
    return this.cached
  }

  /**
   * The GTO artifact name of a model: its manifest name, or a monorepo name `dir:name` whose `dir` holds the
   * manifest (GTO writes it `dir=name` in tags); without a manifest path, the only monorepo name that fits.
   */
  async artifactName(name: string, manifestPath?: string, fresh = false): Promise<string> {
    const state = gtoState(await this.all(fresh))
    if (findGtoModel(state, name)) return name
    const candidates = state.models.map((m) => m.model).filter((m) => m.endsWith(`:${name}`))
    if (manifestPath === undefined) return candidates.length === 1 && candidates[0] ? candidates[0] : name
    const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/')) : ''
    const monorepo = candidates
      .filter((m) => {
        const prefix = m.slice(0, m.length - name.length - 1)
        return dir === prefix || dir.startsWith(`${prefix}/`)
      })
      .sort((a, b) => b.length - a.length)
    return monorepo[0] ?? name
  }

  async model(name: string, manifestPath?: string): Promise<GtoModelState | undefined> {
    return findGtoModel(gtoState(await this.all()), await this.artifactName(name, manifestPath))
  }

  async baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup> {
    const path = previousPath ?? candidatePath
    try {
      const artifact = await this.artifactName(name, path)
      const holder = productionVersion(await this.all(), artifact, this.stage)
      if (!holder) return { kind: 'none' }
      const where = { file: `${holder.tag} (${holder.commit.slice(0, 12)})` }
      const found = await findModelVersion(
        this.source,
        holder.commit,
        name,
        this.manifests,
        path,
        holder.version,
      )
      if (!found) {
        const why = `${holder.tag} (${holder.commit.slice(0, 12)}) has no manifest named ${quote(name)}`
        return { kind: 'none', warning: noRecordedMetrics(holder.version, why, candidatePath, 'gto') }
      }
      if (!found.ok)
        return { kind: 'error', error: found.errors[0] ?? new InputError(where, 'invalid manifest') }
      const loaded = found
      if (toGtoVersion(loaded.version.manifest.version) !== holder.version) {
        return {
          kind: 'error',
          error: new InputError(
            where,
            `${holder.tag} names ${holder.version}, but the manifest at its commit says ${loaded.version.manifest.version}`,
          ),
        }
      }
      return {
        kind: 'found',
        baseline: {
          ...loaded.version,
          source: `GTO ${holder.tag} (${holder.version})`,
          commit: holder.commit,
          path: loaded.version.manifest.file,
        },
      }
    } catch (error) {
      const e = asInputError(error, { file: path })
      return { kind: 'error', error: e }
    }
  }

  /** Another writer took the tag this attempt meant to write: wait as the shared policy says, unless it was the last. */
  private async lostSwap(attempt: number): Promise<void> {
    if (attempt < this.retry.attempts)
      await (this.retry.sleep ?? realSleep)(backoffDelay(this.retry, attempt))
  }

  /**
   * Register the version at commit (unless GTO has it already) and assign the production stage to it. With
   * containedIn, a holder from a commit that already contains this one is kept: the decision is taken on
   * every attempt, against the tags read in that attempt.
   */
  async promote(
    version: ModelVersion,
    commit: string,
    tagger?: { name: string; email: string },
    containedIn?: ContainedIn,
  ): Promise<TagChange> {
    const { manifest } = version
    const gtoVersion = toGtoVersion(manifest.version)
    for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
      const tags = await this.all(true)
      const artifact = await this.artifactName(manifest.name, manifest.file)
      const model = findGtoModel(gtoState(tags), artifact)
      const existing = model?.versions.find((v) => v.registered && v.version === gtoVersion)
      if (existing && existing.commit !== commit) {
        throw new RegistryError(
          `${artifact} ${gtoVersion} is already registered at ${existing.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`,
        )
      }
      const current = productionVersion(tags, artifact, this.stage)
      if (current?.version === gtoVersion && current.commit === commit) {
        return { model: artifact, version: gtoVersion, commit, created: [] }
      }
      if (current && current.commit !== commit && (await containedIn?.(commit, current.commit))) {
        const superseded = { version: current.version, commit: current.commit }
        return { model: artifact, version: gtoVersion, commit, created: [], superseded }
      }
      const created: string[] = []
      if (!existing) {
        const name = registerTagName(artifact, gtoVersion)
        if (
          !(await this.tags.create({
            name,
            commit,
            message: registerTagMessage(artifact, gtoVersion),
            ...(tagger ? { tagger } : {}),
          }))
        ) {
          await this.lostSwap(attempt)
          continue
        }
        created.push(name)
      }
      const name = assignTagName(artifact, this.stage, nextCounter(tags, artifact))
      const message = assignTagMessage(artifact, this.stage, gtoVersion)
      if (await this.tags.create({ name, commit, message, ...(tagger ? { tagger } : {}) })) {
        return {
          model: artifact,
          version: gtoVersion,
          commit,
          created: [...created, name],
          ...(current ? { from: current.version } : {}),
        }
      }
      await this.lostSwap(attempt)
    }
    throw new RegistryError(
      `gave up after ${this.retry.attempts} attempts: GTO tags of ${manifest.name} kept changing`,
    )
  }

  /**
   * Assign the production stage again to an earlier version: by default the one that held it before,
   * computed once before the first attempt. With run, the tag message records the run, and a re-run of it
   * (a later attempt) finds that tag and writes nothing. A target that holds the stage already writes nothing.
   */
  async rollback(
    name: string,
    to: string | undefined,
    reason: string,
    tagger?: { name: string; email: string },
    run?: string,
  ): Promise<TagChange> {
    let target = to === undefined ? undefined : toGtoVersion(to)
    for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
      const tags = await this.all(true)
      const artifact = await this.artifactName(name)
      const replayed = run ? rollbackOfRun(tags, artifact, run) : undefined
      if (replayed) return { model: artifact, created: [], outcome: 'replayed', ...replayed }
      const model = findGtoModel(gtoState(tags), artifact)
      const current = productionVersion(tags, artifact, this.stage)
      if (!model || !current)
        throw new RegistryError(
          `model ${quote(name)} has no version in stage ${quote(this.stage)} to roll back`,
        )
      target ??= previousStageVersion(tags, artifact, this.stage)?.version
      if (target === undefined)
        throw new RegistryError(`model ${quote(name)} has no earlier version in stage ${quote(this.stage)}`)
      if (target === current.version)
        return { model: artifact, version: target, commit: current.commit, created: [], outcome: 'current' }
      const version = model.versions.find((v) => v.version === target && v.registered && v.active)
      if (!version) {
        const known = model.versions.filter((v) => v.registered && v.active).map((v) => v.version)
        throw new RegistryError(
          `version ${quote(target)} of ${quote(name)} is not a registered GTO version (known: ${known.join(', ') || 'none'})`,
        )
      }
      const tag = assignTagName(artifact, this.stage, nextCounter(tags, artifact))
      const message = `${assignTagMessage(artifact, this.stage, target)}\n\nRollback from ${current.version}: ${reason}${run ? `\n${RUN_TRAILER}${runOf(run)}` : ''}`
      if (
        await this.tags.create({ name: tag, commit: version.commit, message, ...(tagger ? { tagger } : {}) })
      ) {
        return {
          model: artifact,
          version: target,
          commit: version.commit,
          created: [tag],
          from: current.version,
        }
      }
      await this.lostSwap(attempt)
    }
    throw new RegistryError(
      `gave up after ${this.retry.attempts} attempts: GTO tags of ${name} kept changing`,
    )
  }
}

const RUN_TRAILER = 'Model-Gate-Run: '

/** The rollback a run wrote, found by the run recorded in its tag's message. */
function rollbackOfRun(tags: readonly GtoTag[], artifact: string, run: string) {
  const line = `${RUN_TRAILER}${runOf(run)}`
  for (const tag of tags) {
    const message = tag.message ?? ''
    if (!message.split('\n').includes(line)) continue
    const parsed = parseGtoTag(tag.name)
    const version = / version (\S+)$/.exec(message.split('\n')[0] ?? '')?.[1]
    if (parsed?.model !== artifact || !version) continue
    const from = /^Rollback from (\S+): /m.exec(message)?.[1]
    return { version, commit: tag.commit, ...(from ? { from } : {}) }
  }
  return undefined
}
