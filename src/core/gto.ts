/**
 * GTO (iterative/gto) registry state derived from git tags: a pure model of what `gto show` prints.
 *
 * Rules reproduced here, with the GTO source each one comes from:
 * - Tag grammar (gto/constants.py `tag_re`, gto/tag.py `TagTemplates`, `parse_name`):
 *   register `name@vX.Y.Z`, deregister `name@vX.Y.Z!`, assign `name#stage`, unassign `name#stage!`,
 *   deprecate `name@deprecated`; every form may end in an optional `#N` counter. Versions are 'v' + SemVer.
 *   Names and stages match `[a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?`. `name@created` matches the grammar but
 *   carries no action, so GTO cannot index it.
 * - Monorepo names (gto/constants.py `name_to_tag`, `tag_to_name`): the artifact `dir:name` is written
 *   `dir=name` in tag names; `dir` may hold letters, digits, '-', '_', '.', '/'.
 * - Only annotated tags count (gto/tag.py `find`: lightweight tags are dropped). Tags are ordered by tagger
 *   time in whole seconds; equal times keep the tag listing order, which is by name (gto/tag.py `find`).
 * - Indexing order (gto/registry.py `get_state`): deprecations, then every register/deregister tag, then
 *   every assign/unassign tag. So an assignment maps to a version registered on its commit even when that
 *   registration tag is newer than the assignment.
 * - An assignment or unassignment tag maps to the version registered (or deregistered) on the commit it points
 *   to; with none, to a version named by the commit hash (gto/tag.py `index_tag`, gto/base.py
 *   `Artifact.find_version`). Two versions on one commit make GTO fail (ManyVersions).
 * - A version is active while its newest register/deregister event is a registration (gto/base.py
 *   `Version.is_active`); a stage is active on a version while its newest event there is an assignment
 *   (gto/base.py `VStage.is_active`). Deregistering keeps the assignment tags but hides the version, and so its
 *   stages, from `gto show` (gto/base.py `Artifact.get_versions`).
 * - What a stage shows (gto/base.py `Artifact.get_vstages` with gto/api.py `show` defaults: sort by timestamp,
 *   assignments_per_version=-1, versions_per_stage=1; gto/constants.py): among active versions, the active stage
 *   assignment whose newest assignment tag is newest wins. Older assignments stay active unless unassigned, so
 *   several versions may be in a stage at once and the previous holder reappears when the current one is
 *   unassigned or deregistered.
 * - An artifact is deprecated while its newest event is a deprecation; `gto show` then hides it (gto/base.py
 *   `Artifact.is_active`, gto/api.py `_show_registry`).
 * - The "latest" column is the greatest active registered SemVer (gto/base.py `get_latest_version`).
 * - New tags (gto/tag.py `name_tag`, gto/api.py defaults, gto/registry.py messages): register, deregister and
 *   deprecate tags carry no counter; assign and unassign tags end in `#N`, N = 1 + the greatest counter among
 *   all tags of the artifact (every stage and action, lightweight tags included).
 */
import { compareSemVer, parseSemVer, type SemVer } from './names.js'

/** One git tag of the repository. */
export interface GtoTag {
  readonly name: string
  /** The commit the tag points to (peeled). */
  readonly commit: string
  /** ISO 8601: the annotated tag's tagger date. */
  readonly createdAt: string
  readonly message?: string
  readonly annotated: boolean
  /** The annotated tag's tagger name, where the store reads it. */
  readonly tagger?: string
}

export type GtoAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate'

interface ParsedCommon {
  /** The artifact name as GTO prints it (`dir:name`, not the tag form `dir=name`). */
  readonly model: string
  readonly counter?: number
}

export type ParsedGtoTag =
  | (ParsedCommon & { readonly action: 'register' | 'deregister'; readonly version: string })
  | (ParsedCommon & { readonly action: 'assign' | 'unassign'; readonly stage: string })
  | (ParsedCommon & { readonly action: 'deprecate' })

const NAME = String.raw`[a-zA-Z0-9](?:[a-zA-Z0-9/_-]*[a-zA-Z0-9])?`
const DIRNAME = String.raw`[a-zA-Z0-9_./-]+`
const NUM = String.raw`(?:0|[1-9]\d*)`
const PRE_PART = String.raw`(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)`
const SEMVER =
  String.raw`${NUM}\.${NUM}\.${NUM}(?:-${PRE_PART}(?:\.${PRE_PART})*)?` +
  String.raw`(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?`
const TAG_RE = new RegExp(
  String.raw`^((?:${DIRNAME}=)?${NAME})(?:(?:#(${NAME})|@(v${SEMVER}))(!?)|@(deprecated|created))(?:#([0-9]+))?$`,
)
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`)
const STAGE_RE = new RegExp(`^${NAME}$`)
const HEXSHA_RE = /^[0-9a-fA-F]{40}$/
const MAX_TAG_LENGTH = 1024

const SEPARATOR_IN_NAME = ':'
const SEPARATOR_IN_TAG = '='

/** The artifact name as it appears in tag names: `dir:name` becomes `dir=name`. */
export function tagSafeName(model: string): string {
  return model.split(SEPARATOR_IN_NAME).join(SEPARATOR_IN_TAG)
}

/** The artifact name from the part of a tag name before `@` or `#`: `dir=name` becomes `dir:name`. */
export function modelFromTagName(tagPart: string): string {
  return tagPart.split(SEPARATOR_IN_TAG).join(SEPARATOR_IN_NAME)
}

/** Whether GTO accepts this artifact name (`name` or `dir:name`). */
export function isGtoModelName(model: string): boolean {
  return FULLNAME_RE.test(model)
}

/** Whether GTO accepts this stage name. */
export function isGtoStageName(stage: string): boolean {
  return STAGE_RE.test(stage)
}

/** GTO's spelling of a version: `3.1.0` and `v3.1.0` both give `v3.1.0`. Throws on anything that is not SemVer. */
export function toGtoVersion(version: string): string {
  if (!parseSemVer(version)) throw new Error(`'${version}' is not a SemVer version (like 1.2.3 or v1.2.3)`)
  return version.startsWith('v') ? version : `v${version}`
}

interface RawTag {
  readonly model: string
  readonly counter?: number
  readonly parsed?: ParsedGtoTag
  readonly created: boolean
}

function matchTag(name: string): RawTag | undefined {
  if (name.length > MAX_TAG_LENGTH) return undefined
  const m = TAG_RE.exec(name)
  if (!m || m[1] === undefined) return undefined
  const [, artifact, stage, version, cancel, special, counterText] = m
  const model = modelFromTagName(artifact)
  const common: ParsedCommon = counterText === undefined ? { model } : { model, counter: Number(counterText) }
  const raw = (parsed: ParsedGtoTag | undefined): RawTag => ({
    ...common,
    parsed,
    created: parsed === undefined,
  })
  if (special === 'created') return raw(undefined)
  if (special === 'deprecated') return raw({ ...common, action: 'deprecate' })
  if (version !== undefined)
    return raw({ ...common, action: cancel === '!' ? 'deregister' : 'register', version })
  if (stage !== undefined) return raw({ ...common, action: cancel === '!' ? 'unassign' : 'assign', stage })
  return undefined
}

/** Parse a GTO tag name; undefined for tags that are not GTO's (and for `name@created`, which GTO cannot index). */
export function parseGtoTag(name: string): ParsedGtoTag | undefined {
  return matchTag(name)?.parsed
}

// ---------------------------------------------------------------------------------------------------------
// State

/** A version that holds (or held) a stage. */
export interface GtoStageHolder {
  /** `vX.Y.Z`, or the commit hash when the commit was assigned without a registered version. */
  readonly version: string
  readonly commit: string
  /** Tagger date of the newest assignment tag of this version to the stage. */
  readonly assignedAt: string
  /** That assignment tag. */
  readonly tag: string
  readonly registered: boolean
}

export interface GtoStageEvent {
  readonly action: 'assign' | 'unassign'
  readonly version: string
  readonly commit: string
  readonly at: string
  readonly tag: string
}

export interface GtoStageState {
  readonly stage: string
  /** What `gto show` prints for the stage (undefined: `-`). */
  readonly current?: GtoStageHolder
  /** Every version active in the stage, newest assignment first (`gto show --vs -1`); current is the first. */
  readonly holders: readonly GtoStageHolder[]
  /** Every assignment and unassignment tag of the stage, in the order GTO indexes them. */
  readonly events: readonly GtoStageEvent[]
}

export interface GtoVersionState {
  /** `vX.Y.Z`, or the commit hash for a commit assigned to a stage without a registered version. */
  readonly version: string
  readonly commit: string
  readonly registered: boolean
  /** False once deregistered: `gto show` lists only active versions. */
  readonly active: boolean
  /** GTO's created_at: the newest registration tag (for an unregistered commit, its newest stage tag). */
  readonly createdAt: string
  /** The registration tag. */
  readonly tag?: string
  /** The stages `gto show <model>` prints for this version: those it currently holds. */
  readonly stages: readonly string[]
}

export interface GtoModelState {
  readonly model: string
  /** `gto show` hides deprecated models altogether. */
  readonly deprecated: boolean
  /** The "latest" column: greatest active registered version. */
  readonly latest?: string
  /** Greatest SemVer first, then commit-hash versions. */
  readonly versions: readonly GtoVersionState[]
  /** Every stage the model was ever assigned to, by name. */
  readonly stages: readonly GtoStageState[]
}

export interface GtoIgnoredTag {
  readonly tag: string
  readonly reason: string
}

export interface GtoState {
  /** By model name. */
  readonly models: readonly GtoModelState[]
  /** GTO-shaped tags that did not count, and why. */
  readonly ignored: readonly GtoIgnoredTag[]
}

interface Ev {
  readonly action: GtoAction
  readonly model: string
  readonly version?: string
  readonly stage?: string
  readonly commit: string
  /** Whole seconds since the epoch, like git's tagger time. */
  readonly time: number
  readonly at: string
  readonly tag: string
}

interface VStageObj {
  readonly stage: string
  readonly owner: VersionObj
  readonly assignments: Ev[]
  readonly unassignments: Ev[]
}

interface VersionObj {
  readonly name: string
  readonly commit: string
  readonly registrations: Ev[]
  readonly deregistrations: Ev[]
  readonly stages: Map<string, VStageObj>
}

interface ArtifactObj {
  readonly name: string
  readonly versions: VersionObj[]
  readonly deprecations: Ev[]
  readonly stageLog: (GtoStageEvent & { readonly stage: string })[]
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Python's `sorted(xs, key=...)[::-1]`: a stable ascending sort, then reversed (so ties come out last-first). */
function newestFirst<T>(xs: readonly T[], key: (x: T) => number): T[] {
  return [...xs].sort((a, b) => key(a) - key(b)).reverse()
}

const evTime = (e: Ev): number => e.time

function addSorted(list: Ev[], e: Ev): void {
  list.push(e)
  list.sort((a, b) => a.time - b.time)
}

const vstageEvents = (s: VStageObj): Ev[] => newestFirst([...s.assignments, ...s.unassignments], evTime)
const vstageActive = (s: VStageObj): boolean => vstageEvents(s)[0]?.action === 'assign'
/** GTO's authoring event of a stage on a version: its newest assignment. */
const vstageAuthor = (s: VStageObj): Ev | undefined => vstageEvents(s).find((e) => e.action === 'assign')
const vstageAuthorTime = (s: VStageObj): number => vstageAuthor(s)?.time ?? 0

const discovered = (v: VersionObj): boolean => v.registrations.length + v.deregistrations.length === 0
const registered = (v: VersionObj): boolean => v.registrations.length > 0
const directEvents = (v: VersionObj): Ev[] => newestFirst([...v.registrations, ...v.deregistrations], evTime)
const indirectEvents = (v: VersionObj): Ev[] =>
  newestFirst([...v.stages.values()].flatMap(vstageEvents), evTime)
const versionEvents = (v: VersionObj): Ev[] =>
  newestFirst(
    [...v.registrations, ...v.deregistrations, ...[...v.stages.values()].flatMap(vstageEvents)],
    evTime,
  )

function versionActive(v: VersionObj): boolean {
  const direct = directEvents(v)
  if (direct.length > 0) return direct[0]?.action === 'register'
  return indirectEvents(v).length > 0
}

/** GTO's authoring event of a version: its newest registration, else its newest stage event. */
function versionAuthor(v: VersionObj): Ev | undefined {
  return directEvents(v).find((e) => e.action === 'register') ?? indirectEvents(v)[0]
}

function artifactActive(a: ArtifactObj): boolean {
  const events = newestFirst([...a.deprecations, ...a.versions.flatMap(versionEvents)], evTime)
  return events.length > 0 && events[0]?.action !== 'deprecate'
}

/** gto/base.py `Artifact.get_versions` with active_only=True, include_discovered=False. */
function activeVersions(a: ArtifactObj, includeNonExplicit: boolean): VersionObj[] {
  return a.versions.filter(
    (v) => versionActive(v) && ((registered(v) && !discovered(v)) || (includeNonExplicit && !registered(v))),
  )
}

/** gto/base.py `sort_versions` by SemVer, descending: SemVer names first, then the rest by name. */
function semverDescending<T>(items: readonly T[], name: (x: T) => string): T[] {
  const semver: { x: T; parsed: SemVer }[] = []
  const others: T[] = []
  for (const x of items) {
    const parsed = name(x).startsWith('v') ? parseSemVer(name(x)) : undefined
    if (parsed) semver.push({ x, parsed })
    else others.push(x)
  }
  return [
    ...semver
      .sort((a, b) => compareSemVer(a.parsed, b.parsed))
      .reverse()
      .map((s) => s.x),
    ...others.sort((a, b) => byName(name(a), name(b))).reverse(),
  ]
}

/** gto/base.py `Artifact.get_vstages` with sort=timestamp and assignments_per_version=-1. */
function stageHolders(a: ArtifactObj, versionsPerStage: number): Map<string, VStageObj[]> {
  const versions = newestFirst(activeVersions(a, true), (v) => versionAuthor(v)?.time ?? 0)
  const assignments = versions.flatMap((v) =>
    [...v.stages.values()].filter(vstageActive).sort((x, y) => vstageAuthorTime(x) - vstageAuthorTime(y)),
  )
  const stages = new Map<string, VStageObj[]>()
  for (const s of newestFirst(assignments, vstageAuthorTime)) {
    const list = stages.get(s.stage) ?? []
    stages.set(s.stage, list)
    if (versionsPerStage > -1 && list.length >= versionsPerStage) continue
    if (!list.some((x) => x.owner.name === s.owner.name)) list.push(s)
  }
  return stages
}

function holderOf(s: VStageObj): GtoStageHolder | undefined {
  const author = vstageAuthor(s)
  if (!author) return undefined
  return {
    version: s.owner.name,
    commit: s.owner.commit,
    assignedAt: author.at,
    tag: author.tag,
    registered: registered(s.owner),
  }
}

const newVersion = (name: string, commit: string): VersionObj => ({
  name,
  commit,
  registrations: [],
  deregistrations: [],
  stages: new Map(),
})

function tagTime(iso: string): number | undefined {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000)
}

function indexTags(tags: readonly GtoTag[]): {
  artifacts: Map<string, ArtifactObj>
  ignored: GtoIgnoredTag[]
} {
  const ignored: GtoIgnoredTag[] = []
  const events: Ev[] = []
  for (const tag of tags) {
    const raw = matchTag(tag.name)
    if (!raw) continue
    if (!tag.annotated) {
      ignored.push({ tag: tag.name, reason: 'lightweight tag: GTO reads annotated tags only' })
      continue
    }
    if (!raw.parsed) {
      ignored.push({ tag: tag.name, reason: "'@created' tags carry no action: gto show fails on them" })
      continue
    }
    const time = tagTime(tag.createdAt)
    if (time === undefined) {
      ignored.push({ tag: tag.name, reason: `unreadable tag date '${tag.createdAt}'` })
      continue
    }
    const p = raw.parsed
    events.push({
      action: p.action,
      model: p.model,
      version: p.action === 'register' || p.action === 'deregister' ? p.version : undefined,
      stage: p.action === 'assign' || p.action === 'unassign' ? p.stage : undefined,
      commit: tag.commit,
      time,
      at: tag.createdAt,
      tag: tag.name,
    })
  }
  const inOrder = (actions: readonly GtoAction[]): Ev[] =>
    events.filter((e) => actions.includes(e.action)).sort((a, b) => a.time - b.time || byName(a.tag, b.tag))

  const artifacts = new Map<string, ArtifactObj>()
  const artifact = (name: string): ArtifactObj => {
    let a = artifacts.get(name)
    if (!a) {
      a = { name, versions: [], deprecations: [], stageLog: [] }
      artifacts.set(name, a)
    }
    return a
  }
  // Versions GTO can match by name and commit: those with a register or deregister event (not "discovered").
  const explicit = (a: ArtifactObj, name: string | undefined, commit: string): VersionObj[] =>
    a.versions.filter((v) => (name === undefined || v.name === name) && v.commit === commit && !discovered(v))

  for (const e of inOrder(['deprecate'])) addSorted(artifact(e.model).deprecations, e)

  for (const e of inOrder(['register', 'deregister'])) {
    const a = artifact(e.model)
    const name = e.version ?? ''
    let v = explicit(a, name, e.commit)[0]
    if (!v) {
      v = newVersion(name, e.commit)
      a.versions.push(v)
    }
    addSorted(e.action === 'register' ? v.registrations : v.deregistrations, e)
  }

  for (const e of inOrder(['assign', 'unassign'])) {
    const a = artifact(e.model)
    const stage = e.stage ?? ''
    const onCommit = explicit(a, undefined, e.commit)
    if (onCommit.length > 1) {
      const names = onCommit.map((v) => v.name).join(', ')
      ignored.push({
        tag: e.tag,
        reason: `versions ${names} share its commit: gto show fails (ManyVersions)`,
      })
      continue
    }
    // GTO then files the event under a version of that name and commit that is not "discovered"; a version
    // named by its commit hash never is, so each stage tag on an unregistered commit gets a version of its own.
    let v = onCommit[0]
    if (!v) {
      v = newVersion(e.commit, e.commit)
      a.versions.push(v)
    }
    let s = v.stages.get(stage)
    if (!s) {
      s = { stage, owner: v, assignments: [], unassignments: [] }
      v.stages.set(stage, s)
    }
    addSorted(e.action === 'assign' ? s.assignments : s.unassignments, e)
    a.stageLog.push({
      action: e.action === 'assign' ? 'assign' : 'unassign',
      stage,
      version: v.name,
      commit: e.commit,
      at: e.at,
      tag: e.tag,
    })
  }
  return { artifacts, ignored }
}

function modelState(a: ArtifactObj): GtoModelState {
  const current = stageHolders(a, 1)
  const all = stageHolders(a, -1)
  const stageNames = [...new Set(a.stageLog.map((e) => e.stage))].sort(byName)
  const stages: GtoStageState[] = stageNames.map((stage) => {
    const first = current.get(stage)?.[0]
    const holder = first ? holderOf(first) : undefined
    return {
      stage,
      ...(holder ? { current: holder } : {}),
      holders: (all.get(stage) ?? []).flatMap((s) => holderOf(s) ?? []),
      events: a.stageLog
        .filter((e) => e.stage === stage)
        .map(({ action, version, commit, at, tag }) => ({ action, version, commit, at, tag })),
    }
  })

  const groups = new Map<string, VersionObj[]>()
  for (const v of a.versions) {
    if (versionEvents(v).length === 0) continue
    const key = `${v.name}\u0000${v.commit}`
    groups.set(key, [...(groups.get(key) ?? []), v])
  }
  const versions = [...groups.values()].flatMap((objs): GtoVersionState[] => {
    const [head] = objs
    if (!head) return []
    const authors = objs.flatMap((v) => versionAuthor(v) ?? [])
    const author = newestFirst(authors, evTime)[0]
    const reg = objs.find(registered)
    const registration = reg ? directEvents(reg).find((e) => e.action === 'register') : undefined
    return [
      {
        version: head.name,
        commit: head.commit,
        registered: reg !== undefined,
        active: reg ? versionActive(reg) : objs.some(versionActive),
        createdAt: author?.at ?? '',
        ...(registration ? { tag: registration.tag } : {}),
        stages: stages
          .filter((s) => s.current?.version === head.name && s.current.commit === head.commit)
          .map((s) => s.stage),
      },
    ]
  })
  const latest = semverDescending(activeVersions(a, false), (v) => v.name)[0]
  return {
    model: a.name,
    deprecated: !artifactActive(a),
    ...(latest ? { latest: latest.name } : {}),
    versions: semverDescending(versions, (v) => v.version),
    stages,
  }
}

/** Fold every tag of the repository into GTO's registry state. */
export function gtoState(tags: readonly GtoTag[]): GtoState {
  const { artifacts, ignored } = indexTags(tags)
  const models = [...artifacts.values()].map(modelState).sort((a, b) => byName(a.model, b.model))
  return { models, ignored }
}

/** The state of one model, if any tag names it. */
export function findGtoModel(state: GtoState, model: string): GtoModelState | undefined {
  return state.models.find((m) => m.model === model)
}

function stageOf(tags: readonly GtoTag[], model: string, stage: string): GtoStageState | undefined {
  const m = findGtoModel(gtoState(tags), model)
  if (!m || m.deprecated) return undefined
  return m.stages.find((s) => s.stage === stage)
}

/** What `gto show` prints for the model's stage; undefined when the stage is empty or the model deprecated. */
export function productionVersion(
  tags: readonly GtoTag[],
  model: string,
  stage = 'prod',
): GtoStageHolder | undefined {
  return stageOf(tags, model, stage)?.current
}

/**
 * The version that held the stage before the current one, for a rollback: the second version
 * `gto show <model>#<stage> --versions-per-stage -1` lists. Versions since unassigned from the stage or deregistered
 * are skipped, as GTO no longer counts them in the stage.
 */
export function previousStageVersion(
  tags: readonly GtoTag[],
  model: string,
  stage: string,
): GtoStageHolder | undefined {
  return stageOf(tags, model, stage)?.holders[1]
}

// ---------------------------------------------------------------------------------------------------------
// Writing tags like GTO does

function checkModel(model: string): void {
  if (!isGtoModelName(model)) throw new Error(`'${model}' is not a GTO artifact name`)
}

function checkStage(stage: string): void {
  if (!isGtoStageName(stage)) throw new Error(`'${stage}' is not a GTO stage name`)
}

function checkCounter(counter: number): void {
  if (!Number.isSafeInteger(counter) || counter < 0) throw new Error(`'${counter}' is not a tag counter`)
}

/** `model@vX.Y.Z` (as `gto register` writes it: no counter). */
export function registerTagName(model: string, version: string): string {
  checkModel(model)
  return `${tagSafeName(model)}@${toGtoVersion(version)}`
}

/** `model@vX.Y.Z!` (as `gto deprecate model vX.Y.Z` writes it: no counter). */
export function deregisterTagName(model: string, version: string): string {
  return `${registerTagName(model, version)}!`
}

/** `model#stage#N`. */
export function assignTagName(model: string, stage: string, counter: number): string {
  checkModel(model)
  checkStage(stage)
  checkCounter(counter)
  return `${tagSafeName(model)}#${stage}#${counter}`
}

/** `model#stage!#N`. */
export function unassignTagName(model: string, stage: string, counter: number): string {
  checkModel(model)
  checkStage(stage)
  checkCounter(counter)
  return `${tagSafeName(model)}#${stage}!#${counter}`
}

/** `model@deprecated` (as `gto deprecate model` writes it: no counter). */
export function deprecateTagName(model: string): string {
  checkModel(model)
  return `${tagSafeName(model)}@deprecated`
}

/**
 * The `N` for a new `#N` tag: one more than the greatest counter on any tag of the model, whatever its stage or
 * action, lightweight tags included. GTO's counter is per artifact, so the stage does not matter.
 */
export function nextCounter(tags: readonly GtoTag[], model: string, _stage?: string): number {
  let max = 0
  for (const tag of tags) {
    const raw = matchTag(tag.name)
    if (raw && raw.model === model && raw.counter !== undefined && raw.counter > max) max = raw.counter
  }
  return max + 1
}

/** A version as GTO writes it in messages: SemVer gets its `v`; a commit hash (unregistered) stays as it is. */
function messageVersion(version: string): string {
  return HEXSHA_RE.test(version) ? version : toGtoVersion(version)
}

/** `Registering artifact <model> version <vX.Y.Z>` */
export function registerTagMessage(model: string, version: string): string {
  return `Registering artifact ${model} version ${toGtoVersion(version)}`
}

/** `Deregistering artifact <model> version <vX.Y.Z>` */
export function deregisterTagMessage(model: string, version: string): string {
  return `Deregistering artifact ${model} version ${toGtoVersion(version)}`
}

/** `Assigning stage <stage> to artifact <model> version <vX.Y.Z>` */
export function assignTagMessage(model: string, stage: string, version: string): string {
  return `Assigning stage ${stage} to artifact ${model} version ${messageVersion(version)}`
}

/** `Unassigning stage '<stage>' to artifact '<model>' version '<vX.Y.Z>'` (GTO's wording, quotes and all). */
export function unassignTagMessage(model: string, stage: string, version: string): string {
  return `Unassigning stage '${stage}' to artifact '${model}' version '${messageVersion(version)}'`
}

/** `Deprecating artifact '<model>'` */
export function deprecateTagMessage(model: string): string {
  return `Deprecating artifact '${model}'`
}
