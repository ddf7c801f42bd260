/**
 * GTO's tag grammar (iterative/gto): what a tag name says, and GTO's spelling of names and versions.
 *
 * - Tag grammar (gto/constants.py `tag_re`, gto/tag.py `TagTemplates`, `parse_name`):
 *   register `name@vX.Y.Z`, deregister `name@vX.Y.Z!`, assign `name#stage`, unassign `name#stage!`,
 *   deprecate `name@deprecated`; every form may end in an optional `#N` counter. Versions are 'v' + SemVer.
 *   Names and stages match `[a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?`. `name@created` matches the grammar but
 *   carries no action, so GTO cannot index it.
 * - Monorepo names (gto/constants.py `name_to_tag`, `tag_to_name`): the artifact `dir:name` is written
 *   `dir=name` in tag names; `dir` may hold letters, digits, '-', '_', '.', '/'.
 *
 * The state these tags fold into is in state.ts; writing new tags like GTO does, in write.ts.
 */
import { GTO_NAME, parseSemVer, SEMVER } from '../names.js'

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

export interface ParsedCommon {
  /** The artifact name as GTO prints it (`dir:name`, not the tag form `dir=name`). */
  readonly model: string
  readonly counter?: number
}

export type ParsedGtoTag =
  | (ParsedCommon & { readonly action: 'register' | 'deregister'; readonly version: string })
  | (ParsedCommon & { readonly action: 'assign' | 'unassign'; readonly stage: string })
  | (ParsedCommon & { readonly action: 'deprecate' })

const NAME = GTO_NAME
const DIRNAME = String.raw`[a-zA-Z0-9_./-]+`
const TAG_RE = new RegExp(
  String.raw`^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`,
)
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`)
const STAGE_RE = new RegExp(`^${NAME}$`)
export const HEXSHA_RE = /^[0-9a-fA-F]{40}$/
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

export interface RawTag {
  readonly model: string
  readonly counter?: number
  readonly parsed?: ParsedGtoTag
  readonly created: boolean
}

/** The tag name's parts; `parsed` is undefined for `name@created`, which matches the grammar but carries no action. */
export function matchTag(name: string): RawTag | undefined {
  if (name.length > MAX_TAG_LENGTH) return undefined
  const m = TAG_RE.exec(name)
  const artifact = m?.groups?.artifact
  if (!m?.groups || artifact === undefined) return undefined
  const { stage, version, cancel, special, counter: counterText } = m.groups
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
