/** `model-gate diff A B`: two manifests compared as the gate would, with what changed between them. */
import { compareModel, invalidModel, runVerdict } from '../../core/compare.js'
import type { ModelReport } from '../../core/report/types.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../core/policy.js'
import { loadModelVersion } from '../../gate/model-version.js'
import { UsageError } from '../args.js'
import { readFileArg, readWorkTreeFile, type Context } from '../context.js'
import { render } from '../render.js'
import { join } from 'node:path'

export async function diff(ctx: Context): Promise<number> {
  const [a, b, ...rest] = ctx.options.positionals
  if (a === undefined || b === undefined || rest.length)
    throw new UsageError('diff needs exactly two manifests: A B')
  const [left, right] = await Promise.all([readFileArg(ctx, a), readFileArg(ctx, b)])
  const [before, after] = await Promise.all([
    loadModelVersion(left.text, left.path, left.read),
    loadModelVersion(right.text, right.path, right.read),
  ])
  const policy = await localPolicy(ctx)
  let model: ModelReport
  if (!before.ok) model = invalidModel(left.path, before.errors, before.name)
  else if (!after.ok) model = invalidModel(right.path, after.errors, after.name)
  else {
    model = compareModel({
      candidate: after.version,
      baseline: {
        ...before.version,
        source: left.ref ? `${left.path} at ${left.ref.slice(0, 12)}` : left.path,
      },
      policy,
    })
  }
  const report = { verdict: runVerdict([model]), models: [model], policySource: policy.source }
  ctx.out(render(report, ctx.options.format))
  return model.status === 'invalid' ? 1 : 0
}

/** diff is a local tool: the policy is read from the work tree. */
async function localPolicy(ctx: Context): Promise<Policy> {
  const top = await ctx.git.line(['rev-parse', '--show-toplevel'])
  const text = await readWorkTreeFile(join(top, ctx.options.policy), ctx.options.policy, top)
  return text === undefined ? DEFAULT_POLICY : parsePolicy(text, ctx.options.policy)
}
