/**
 * Where the policy is: the path given, and for the default location either spelling,
 * `.github/model-gate.yml` or `.github/model-gate.yaml`. Both present is an error naming both, never a guess.
 */
import { InputError } from '../core/diagnostics.js'
import type { SourceReader } from './ports.js'

const SPELLINGS = ['.github/model-gate.yml', '.github/model-gate.yaml'] as const

/** The paths the policy may be at: both spellings for the default location, else the one given. */
export function policyPaths(path: string): readonly string[] {
  return (SPELLINGS as readonly string[]).includes(path) ? SPELLINGS : [path]
}

/** The policy file at ref and its path; text undefined when there is none. */
export async function findPolicy(
  source: SourceReader,
  ref: string,
  path: string,
): Promise<{ readonly path: string; readonly text?: string }> {
  const paths = policyPaths(path)
  const found: { path: string; text: string }[] = []
  for (const p of paths) {
    const text = await source.readFile(ref, p)
    if (text !== undefined) found.push({ path: p, text })
  }
  if (found.length > 1) {
    throw new InputError(
      { file: found[0]?.path ?? path },
      `both ${found.map((f) => f.path).join(' and ')} exist: keep one policy file`,
    )
  }
  return found[0] ?? { path }
}
