/**
 * A DVC project's params files against what its dvc.lock records. The implicit manifest of a dvc.yaml
 * artifact takes its hyperparameters from dvc.lock: the params the model was trained with. A params file that
 * now says otherwise (a pull request that edits params.yaml and did not run `dvc repro`) is shown as a
 * warning per key, since the weights and the metrics then describe a model trained with other params. Only
 * the keys the producing stages use are compared, as dvc.lock records them per stage.
 */
import { asInputError, quote, type InputError } from '../core/diagnostics.js'
import type { Plain, PlainMap } from '../core/document.js'
import { paramsOf } from '../core/params.js'
import { deepEqual } from '../core/snapshot-diff.js'
import { clip } from '../core/text.js'

/** The params one stage ran with from one params file, as dvc.lock records them. */
export interface RecordedParams {
  readonly stage: string
  /** The params file's repository path. */
  readonly path: string
  /** dvc.lock's values, flattened to dotted names. */
  readonly values: PlainMap
}

/** At most this many keys are listed one by one; the rest are counted in one more warning. */
export const MAX_DRIFT_WARNINGS = 10

const REPRO = 'the model was not reproduced with these params (run dvc repro)'

export interface ParamsDrift {
  readonly warnings: readonly string[]
  /** Params files that cannot be read as params (with their file:line). */
  readonly errors: readonly InputError[]
}

/** The keys whose current value differs from dvc.lock's, one warning each, in stage and dvc.lock order. */
export async function paramsDrift(
  recorded: readonly RecordedParams[],
  read: (path: string) => Promise<string | undefined>,
): Promise<ParamsDrift> {
  const files = new Map<string, Map<string, Plain> | 'missing' | 'invalid'>()
  const errors: InputError[] = []
  // One warning per file, key and pair of values; the stages that share it are listed together.
  const found = new Map<string, { text: string; stages: string[] }>()
  const add = (id: string, text: string, stage: string) => {
    const earlier = found.get(id)
    if (earlier) earlier.stages.push(stage)
    else found.set(id, { text, stages: [stage] })
  }
  for (const r of recorded) {
    let current = files.get(r.path)
    if (current === undefined) {
      current = await currentParams(r.path, read, errors)
      files.set(r.path, current)
    }
    if (current === 'invalid') continue
    if (current === 'missing') {
      add(`${r.path}\u0000`, `${r.path} does not exist but dvc.lock records params from it`, r.stage)
      continue
    }
    for (const [key, value] of Object.entries(r.values)) {
      const now = current.get(key)
      if (now !== undefined && deepEqual(now, value)) continue
      const id = JSON.stringify([r.path, key, now ?? null, value])
      const text =
        now === undefined
          ? `${r.path} has no ${key} but dvc.lock records ${shown(value)}`
          : `${r.path} ${key} is ${shown(now)} but dvc.lock records ${shown(value)}`
      add(id, text, r.stage)
    }
  }
  const all = [...found.values()].map(
    (f) => `${f.text} (${f.stages.length > 1 ? 'stages' : 'stage'} ${f.stages.join(', ')}): ${REPRO}`,
  )
  const warnings =
    all.length > MAX_DRIFT_WARNINGS
      ? [
          ...all.slice(0, MAX_DRIFT_WARNINGS - 1),
          `${all.length - MAX_DRIFT_WARNINGS + 1} more params differ from what dvc.lock records: ${REPRO}`,
        ]
      : all
  return { warnings, errors }
}

async function currentParams(
  path: string,
  read: (path: string) => Promise<string | undefined>,
  errors: InputError[],
): Promise<Map<string, Plain> | 'missing' | 'invalid'> {
  try {
    const text = await read(path)
    if (text === undefined) return 'missing'
    return new Map(Object.entries(paramsOf(text, path, undefined)))
  } catch (error) {
    errors.push(asInputError(error, { file: path }))
    return 'invalid'
  }
}

/** A value as the warning shows it: strings quoted, the rest as JSON, both clipped. */
function shown(value: Plain): string {
  return typeof value === 'string' ? quote(value, 40) : clip(JSON.stringify(value), 40)
}
