/**
 * The defaults of the action's inputs and the CLI's flags, in a module of their own: reading the inputs must
 * not load the engine (the action's entry stays small; see src/action/run.ts).
 */

/** Where the policy is read, at the base. */
export const DEFAULT_POLICY_PATH = '.github/model-gate.yml'

/** Which files are manifests. */
export const DEFAULT_MANIFESTS = '**/model.{yaml,yml,json}'
