/**
 * Promotion on a push, the same story for every backend: plan what each changed model gets (pure), then
 * promote the planned versions one by one through the Production port.
 */
import { errorMessage } from '../core/diagnostics.js'
import type { ModelVersion } from '../core/compare.js'
import type { PromotionRow } from '../core/report/promotion.js'
import type { ModelReport } from '../core/report/types.js'
import type { ContainedIn, Production, Promoted, Provenance } from './ports.js'

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
    if (m.level === 'fail' && !promoteFailed) {
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

/** Promote every planned version, in order; each model's error is its own row, the others still run. */
export async function promotePlanned(
  production: Production,
  plan: readonly PlannedPromotion[],
  options: PromoteOptions,
): Promise<PromotionResult[]> {
  const results: PromotionResult[] = []
  for (const step of plan) {
    const result = step.kind === 'settled' ? step.result : await promoteOne(production, step.model, options)
    const previous = step.model.baselineVersion
    results.push(previous && !result.previous ? { ...result, previous } : result)
  }
  return results
}

async function promoteOne(
  production: Production,
  m: ModelReport,
  options: PromoteOptions,
): Promise<PromotionResult> {
  const version = m.candidateVersion ?? ''
  try {
    const loaded = await options.load(m)
    if (!loaded) {
      const detail = `${m.path} could not be read at ${options.head.slice(0, 12)}`
      return { model: m.name, version, outcome: 'error', detail }
    }
    const promoted = await production.promote(loaded, options.who, options.containedIn)
    const detail = options.describe(promoted)
    if (promoted.superseded) {
      return { model: m.name, version, outcome: 'skipped', detail, previous: promoted.superseded.version }
    }
    const outcome = promoted.written.length ? 'promoted' : 'unchanged'
    return { model: m.name, version, outcome, detail }
  } catch (error) {
    return { model: m.name, version, outcome: 'error', detail: errorMessage(error) }
  }
}
