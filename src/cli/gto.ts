import type { BaselineSource } from '../gate/ports.js'
import { UsageError } from './args.js'
import type { Context } from './context.js'

/** The gto backend arrives with the model lifecycle work; until then it is refused clearly. */
export async function gtoBaselines(_ctx: Context): Promise<BaselineSource> {
  throw new UsageError("--registry gto is not available in this version; use 'branch' or 'base'")
}
