#!/usr/bin/env node
import { main } from './cli/main.js'
import { pipeOutput } from './cli/output.js'
import { wantsColor } from './cli/render.js'

const color = wantsColor(process.stdout.isTTY, process.env)

process.exitCode = await main(process.argv.slice(2), {
  ...pipeOutput(process.stdout, process.stderr),
  color,
})
