/** `model-gate validate FILE...`: every error of every file, each with file:line:col. */
import { basename } from 'node:path'
import { errorMessage, InputError } from '../../core/diagnostics.js'
import { parsePolicy } from '../../core/policy.js'
import { escapeTerminal } from '../../core/report/escape.js'
import { loadModelVersion } from '../../gate/model-version.js'
import { UsageError } from '../args.js'
import { FileArgError, readFileArg, type Context } from '../context.js'
import { isDvcYaml } from '../../gate/implicit-manifest.js'
import { validateDvcYaml } from './validate-dvc.js'

export async function validate(ctx: Context): Promise<number> {
  const files = ctx.options.positionals
  if (files.length === 0) throw new UsageError('validate needs at least one FILE')
  let failed = 0
  for (const arg of files) {
    const errors = await validateOne(ctx, arg)
    if (errors.length === 0) continue
    failed++
    for (const e of errors) ctx.err(`${escapeTerminal(e, 400)}\n`)
  }
  ctx.out(`${files.length - failed} valid, ${failed} invalid\n`)
  return failed ? 1 : 0
}

async function validateOne(ctx: Context, arg: string): Promise<string[]> {
  try {
    const file = await readFileArg(ctx, arg)
    if (isPolicyFile(file.path, ctx.options.policy)) {
      parsePolicy(file.text, file.path)
      ctx.out(`ok ${escapeTerminal(file.path)} (policy)\n`)
      return []
    }
    if (isDvcYaml(file.path)) return await validateDvcYaml(ctx, file)
    const loaded = await loadModelVersion(file.text, file.path, file.read)
    if (!loaded.ok) return loaded.errors.map((e) => e.message)
    const m = loaded.version.manifest
    ctx.out(
      `ok ${escapeTerminal(file.path)} (${m.name} ${m.version}, ${loaded.version.metrics.size} metrics)\n`,
    )
    return []
  } catch (error) {
    if (error instanceof FileArgError) return [error.message]
    if (error instanceof UsageError) return [`${arg}: ${error.message}`]
    if (error instanceof InputError) return [error.message]
    return [`${arg}: ${errorMessage(error)}`]
  }
}

function isPolicyFile(path: string, policyPath: string): boolean {
  return path === policyPath || /^model-gate\.ya?ml$/.test(basename(path))
}
