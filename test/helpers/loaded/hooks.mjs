// The load hook of preload.mjs: each ES module loaded, as its file: URL, appended to MODEL_GATE_LOADED_LOG.
import { appendFileSync } from 'node:fs'

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.MODEL_GATE_LOADED_LOG, `${url}\n`)
  return nextLoad(url, context)
}
