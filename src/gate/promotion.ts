/**
 * Promotion on a push, the same story for every backend: plan what each changed model gets (pure), then
 * promote the planned versions in one batch through the Production port.
 */
import { errorMessage } from '../core/diagnostics.js'
import type { ModelVersion } from '../core/compare.js'
import type { PromotionRow } from '../core/report/promotion.js'
import type { ModelReport } from '../core/report/types.js'
import { mapLimit } from './concurrency.js'
import type { BatchPromoted, ContainedIn, Production, Promoted, Provenance } from './ports.js'

export interface PromotionResult extends PromotionRow {
  /** Skipped because its gate failed without an acceptance: production did not move, and the job says so. */
  readonly gateFailed?: boolean
}

export type PlannedPromotion =
  | { readonly kind: 'promote'; readonly model: ModelReport }
  | { readonly kind: 'settled'; readonly model: ModelReport; readonly result: PromotionResult }

/**
 * What each changed model gets: a removed manifest leaves production alone, an invalid one is an error, a
 * failed gate without an acceptance is skipped (unless promoteFailed), everything else is promoted.
 */
export function planPromotion(models: readonly ModelReport[], promoteFailed: boolean): PlannedPromotion[] {
  return models.map((m): PlannedPromotion => {
    const version = m.candidateVersion ?? ''
    if (m.status === 'removed') {
      const detail = 'manifest removed; production untouched'
      return settled(m, { model: m.name, version: m.baselineVersion ?? '', outcome: 'skipped', detail })
    }
    if (m.status === 'invalid') {
      const detail = m.errors.map((e) => e.message).join('; ')
      return settled(m, { model: m.name, version, outcome: 'error', detail })
    }
    if (m.verdict === 'fail' && !promoteFailed) {
      const detail =
        'its gate failed and no acceptance was recorded; set promote-failed: true to promote such versions'
      return settled(m, { model: m.name, version, outcome: 'skipped', detail, gateFailed: true })
    }
    return { kind: 'promote', model: m }
  })
}

function settled(model: ModelReport, result: PromotionResult): PlannedPromotion {
  return { kind: 'settled', model, result }
}

export interface PromoteOptions {
  /** The commit promoted: the push's head. */
  readonly head: string
  /** The version of a changed model at head; undefined when it cannot be read there. */
  readonly load: (m: ModelReport) => Promise<ModelVersion | undefined>
  readonly who: Provenance
  readonly containedIn?: ContainedIn
  /** What a promotion wrote, or why it wrote nothing, for the summary. */
  readonly describe: (promoted: Promoted) => string
}

/**
 * Promote every planned version in one batch through the port (one registry commit for the push): each
 * model's result is its own row, in plan order; a model that cannot be loaded, or that the batch could not
 * write, is an error row and the others are still promoted.
 */
export async function promotePlanned(
  production: Production,
  plan: readonly PlannedPromotion[],
  options: PromoteOptions,
): Promise<PromotionResult[]> {
  const loaded = await mapLimit(plan, 8, async (step): Promise<PromotionResult | ModelVersion> => {
    if (step.kind === 'settled') return step.result
    return loadPlanned(step.model, options)
  })
  const batch = loaded.filter((l): l is ModelVersion => !isResult(l))
  const promoted = await promoteBatch(production, batch, options)
  let next = 0
  return plan.map((step, i) => {
    const l = loaded[i] as PromotionResult | ModelVersion
    const result = isResult(l) ? l : rowOf(step.model, promoted[next++], options)
    const previous = step.model.baselineVersion
    return previous && !result.previous ? { ...result, previous } : result
  })
}

function isResult(l: PromotionResult | ModelVersion): l is PromotionResult {
  return 'outcome' in l
}

async function loadPlanned(m: ModelReport, options: PromoteOptions): Promise<PromotionResult | ModelVersion> {
  const version = m.candidateVersion ?? ''
  try {
    const loaded = await options.load(m)
    if (loaded) return loaded
    const detail = `${m.path} could not be read at ${options.head.slice(0, 12)}`
    return { model: m.name, version, outcome: 'error', detail }
  } catch (error) {
    return { model: m.name, version, outcome: 'error', detail: errorMessage(error) }
  }
}

/** The batch's results; when the whole batch fails (the registry cannot be written), every model's error. */
async function promoteBatch(
  production: Production,
  versions: readonly ModelVersion[],
  options: PromoteOptions,
): Promise<BatchPromoted[]> {
  if (!versions.length) return []
  try {
    return await production.promoteAll(versions, options.who, options.containedIn)
  } catch (error) {
    return versions.map((v) => ({ ok: false, model: v.manifest.name, version: v.manifest.version, error }))
  }
}

function rowOf(m: ModelReport, p: BatchPromoted | undefined, options: PromoteOptions): PromotionResult {
  const version = m.candidateVersion ?? ''
  if (!p) return { model: m.name, version, outcome: 'error', detail: 'not promoted' }
  if (!p.ok) return { model: m.name, version, outcome: 'error', detail: errorMessage(p.error) }
  const detail = options.describe(p)
  if (p.superseded) {
    return { model: m.name, version, outcome: 'skipped', detail, previous: p.superseded.version }
  }
  return { model: m.name, version, outcome: p.written.length ? 'promoted' : 'unchanged', detail }
}
