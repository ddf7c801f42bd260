/**
 * A pull request that touches the policy file: the proposed policy is validated, and compared with the one in
 * force so that what it loosens is visible. The check itself still uses the policy in force (the base's).
 */
import type { InputError } from '../core/diagnostics.js'
import { errorMessage, InputError as Problem } from '../core/diagnostics.js'
import { diffPolicies, type PolicyDiff } from '../core/policy-diff.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../core/policy.js'
import type { ChangedFile, SourceReader } from './ports.js'
import { findPolicy, policyPaths } from './policy-file.js'

export interface ProposedPolicy {
  /** What the proposed policy changes; undefined when the file is untouched or the proposal is invalid. */
  readonly diff?: PolicyDiff
  readonly errors: readonly InputError[]
}

/** A policy file deleted (or moved away) at the head proposes the built-in defaults. */
export async function proposedPolicy(
  source: SourceReader,
  at: { readonly head: string; readonly policyPath: string },
  changed: readonly ChangedFile[],
  inForce: Policy,
): Promise<ProposedPolicy> {
  const path = at.policyPath
  const paths = policyPaths(path)
  const touches = (p: string | undefined) => p !== undefined && paths.includes(p)
  if (!changed.some((f) => touches(f.path) || touches(f.previousPath))) return { errors: [] }
  try {
    const found = await findPolicy(source, at.head, path)
    const proposed = found.text === undefined ? DEFAULT_POLICY : parsePolicy(found.text, found.path)
    return { diff: diffPolicies(inForce, proposed), errors: [] }
  } catch (error) {
    return { errors: [error instanceof Problem ? error : new Problem({ file: path }, errorMessage(error))] }
  }
}
