/**
 * A Hugging Face model card (`README.md`) as a metrics file: its YAML front matter's `model-index` is read,
 * every `results[].metrics[]` entry becoming the metric `<dataset name (or type)>.<metric type>`. For the card
 * the transformers Trainer writes (docs/dvc-and-gto.md has the whole example):
 *
 *   model-index:
 *   - name: bert-base-cased-finetuned-mrpc
 *     results:
 *     - task: {name: Text Classification, type: text-classification}
 *       dataset: {name: GLUE MRPC, type: glue, config: mrpc, split: validation, args: mrpc}
 *       metrics:
 *       - {name: Accuracy, type: accuracy, value: 0.8603}
 *       - {name: F1, type: f1, value: 0.9026}
 *
 * gives `GLUE MRPC.accuracy` = 0.8603 and `GLUE MRPC.f1` = 0.9026. Values that are not numbers are skipped and
 * listed, as in other metrics files; a name that two results write is an error naming both lines.
 */
import { InputError, quote } from './diagnostics.js'
import { isPlainMap, parseDocument, type Plain, type PlainMap } from './document.js'
import { invisibleCharacter } from './lookalike.js'
import type { LocatedMetric, MetricsFile, SkippedMetric } from './metrics.js'

export const isModelCard = (path: string) => path.toLowerCase().endsWith('.md')

const list = (v: Plain | undefined): Plain[] => (Array.isArray(v) ? v : [])
const map = (v: Plain | undefined): PlainMap => (isPlainMap(v ?? null) ? (v as PlainMap) : {})

/** The front matter of a markdown file: the YAML between a first line `---` and the next `---` line. */
export function frontMatter(text: string, file: string): string {
  const lines = text.split(/\r?\n/)
  const end = lines.indexOf('---', 1)
  if (lines[0] !== '---' || end === -1) {
    throw new InputError(
      { file, line: 1 },
      `${file} has no YAML front matter (a model card starts with '---')`,
    )
  }
  // The opening '---' stays: YAML reads it as the document start, so line numbers are the file's own.
  return lines.slice(0, end).join('\n')
}

export function parseModelCard(text: string, file: string): MetricsFile {
  const doc = parseDocument(frontMatter(text, file), file, { format: 'yaml' })
  const index = map(doc.value)['model-index']
  if (!Array.isArray(index)) {
    throw new InputError(doc.locate([]), `${file}: the front matter has no 'model-index' list`)
  }
  const metrics = new Map<string, LocatedMetric>()
  const skipped: SkippedMetric[] = []
  index.forEach((model, i) => {
    list(map(model).results).forEach((result, j) => {
      const dataset = map(map(result).dataset)
      const prefix = stringOf(dataset.name) ?? stringOf(dataset.type)
      list(map(result).metrics).forEach((entry, k) => {
        const m = map(entry)
        const type = stringOf(m.type) ?? stringOf(m.name)
        const at = ['model-index', i, 'results', j, 'metrics', k]
        const line = doc.locate([...at, 'value']).line ?? doc.locate(at).line
        if (prefix === undefined || type === undefined) {
          throw new InputError(
            { file, ...(line ? { line } : {}) },
            'a model-index metric needs a dataset name or type and a metric type',
          )
        }
        const name = `${prefix}.${type}`
        const hidden = invisibleCharacter(name)
        if (hidden)
          throw new InputError(
            { file, ...(line ? { line } : {}) },
            `metric name ${quote(name)} contains an invisible character (${hidden})`,
          )
        const earlier = metrics.get(name)
        if (earlier) {
          throw new InputError(
            { file, ...(line ? { line } : {}) },
            `metric ${quote(name)} is written twice (also at line ${earlier.line ?? '?'})`,
          )
        }
        if (typeof m.value === 'number')
          metrics.set(name, { metric: { value: m.value }, file, ...(line ? { line } : {}) })
        else
          skipped.push({
            name,
            file,
            ...(line ? { line } : {}),
            type:
              m.value === null || m.value === undefined
                ? 'null'
                : Array.isArray(m.value)
                  ? 'list'
                  : typeof m.value,
          })
      })
    })
  })
  return { metrics, skipped }
}

function stringOf(value: Plain | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
