/**
 * Writing tags like GTO does: names, counters and messages.
 *
 * - New tags (gto/tag.py `name_tag`, gto/api.py defaults, gto/registry.py messages): register, deregister and
 *   deprecate tags carry no counter; assign and unassign tags end in `#N`, N = 1 + the greatest counter among
 *   all tags of the artifact (every stage and action, lightweight tags included).

 */
import {
  HEXSHA_RE,
  isGtoModelName,
  isGtoStageName,
  matchTag,
  tagSafeName,
  toGtoVersion,
  type GtoTag,
} from './tags.js'
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
