/** `model-gate validate dvc.yaml`: the implicit manifest of each `type: model` artifact, derived and printed. */
import { escapeTerminal } from '../../core/report/escape.js'
import { yamlLib } from '../../core/lazy-libs.js'
import { implicitManifestsOf } from '../../gate/implicit-manifest.js'
import { versionOf } from '../../gate/model-version.js'
import { paramsDrift } from '../../gate/params-drift.js'
import type { Context, FileArg } from '../context.js'

/**
 * Errors of every derived manifest; for each valid one, its summary line, the manifest it stands for, and a
 * warning per params key that says otherwise than dvc.lock (what `check` warns about).
 */
export async function validateDvcYaml(ctx: Context, file: FileArg): Promise<string[]> {
  const exists = async (p: string) => (await file.read(p).catch(() => undefined)) !== undefined
  const label = file.ref ? `0.0.0+commit.${file.ref.slice(0, 12)}` : '0.0.0+workspace'
  const models = await implicitManifestsOf(file.text, file.path, { read: file.read, exists }, () => label)
  if (models.length === 0) {
    ctx.out(`ok ${escapeTerminal(file.path)} (no artifact of type model: no implicit manifest)\n`)
    return []
  }
  const errors: string[] = []
  for (const m of models) {
    if (!m.manifest) {
      errors.push(...(m.errors ?? []).map((e) => e.message))
      continue
    }
    const loaded = await versionOf(m.manifest, file.read)
    if (!loaded.ok) {
      errors.push(...loaded.errors.map((e) => e.message))
      continue
    }
    const { name, version } = loaded.version.manifest
    ctx.out(
      `ok ${escapeTerminal(m.path)} (${name} ${version}, ${loaded.version.metrics.size} metrics): the implicit manifest\n`,
    )
    const derived = yamlLib().stringify(loaded.version.manifest.snapshot)
    for (const line of derived.trimEnd().split('\n')) ctx.out(`  ${escapeTerminal(line, 400)}\n`)
    const drift = m.recordedParams ? await paramsDrift(m.recordedParams, file.read) : undefined
    for (const w of drift?.warnings ?? []) ctx.out(`warning: ${escapeTerminal(w, 400)}\n`)
    errors.push(...(drift?.errors ?? []).map((e) => e.message))
  }
  return errors
}
