import * as core from '@actions/core'

/** Replaced by the pull-request check (issue 3); until then the action refuses to run rather than pass. */
export async function run(): Promise<void> {
  core.setFailed('model-gate: the action entry point is not built yet; use the model-gate CLI')
}
