/** `model-gate diff A B`: two manifests compared as the gate would, with what changed between them. */
import { compareModel, invalidModel, runVerdict } from '../../core/compare.js'
import type { ModelReport } from '../../core/report/types.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../core/policy.js'
import { loadModelVersion } from '../../gate/model-version.js'
import { UsageError } from '../args.js'
import { readWorkTreeFile } from '../../git/work-tree.js'
import { readFileArg, type Context } from '../context.js'
import { render } from '../render.js'
import { join } from 'node:path'

export async function diff(ctx: Context): Promise<number> {
  const [a, b, ...rest] = ctx.options.positionals
  if (a === undefined || b === undefined || rest.length)
    throw new UsageError('diff needs exactly two manifests: A B')
  // One after the other: a read still running when the first fails would outlive the command's close.
  const left = await readFileArg(ctx, a)
  const right = await readFileArg(ctx, b)
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

/** The policy where the paths are read: at --head (default HEAD), or with --worktree from the work tree. */
async function localPolicy(ctx: Context): Promise<Policy> {
  const path = ctx.options.policy
  let text: string | undefined
  if (ctx.options.worktree) {
    const top = await ctx.git.line(['rev-parse', '--show-toplevel'])
    text = await readWorkTreeFile(join(top, path), path, top)
  } else {
    const head = await ctx.git.resolve(ctx.options.head ?? 'HEAD')
    text = head ? await ctx.source.readFile(head, path) : undefined
  }
  return text === undefined ? DEFAULT_POLICY : parsePolicy(text, path)
}
