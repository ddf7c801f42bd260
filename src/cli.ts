#!/usr/bin/env node
import { main } from './cli/main.js'
import { wantsColor } from './cli/render.js'

const color = wantsColor(process.stdout.isTTY, process.env)

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color,
})
process.exitCode = code
