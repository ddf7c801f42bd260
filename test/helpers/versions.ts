/** Small factories for model versions in unit tests. */
import type { Baseline, ModelVersion } from '../../src/core/compare.js'
import { parseManifest } from '../../src/core/manifest.js'
import type { PlainMap } from '../../src/core/document.js'
import { stringify } from 'yaml'

export function version(doc: PlainMap, file = `models/${String(doc.name)}/model.yaml`): ModelVersion {
  const r = parseManifest(stringify(doc), file)
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'))
  return { manifest: r.manifest, metrics: r.manifest.metrics }
}

export function baseline(doc: PlainMap, source = 'model-registry'): Baseline {
  return { ...version(doc, `model-registry:registry/${String(doc.name)}.yaml`), source }
}
