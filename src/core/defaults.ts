/**
 * The default paths of the action's inputs and the CLI's flags, in a module of their own: the CLI parses its
 * flags before it loads any command, and these are all it needs of the gate and the policy.
 */

/** Where the manifests are, by default. */
export const DEFAULT_MANIFESTS = '**/model.{yaml,yml,json}'

/** Where the policy file is, by default. */
export const DEFAULT_POLICY_PATH = '.github/model-gate.yml'
