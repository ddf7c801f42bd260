#!/usr/bin/env node
import { main } from './cli/main.js'
import { pipeOutput, wantsColor } from './cli/output.js'

const color = wantsColor(process.stdout.isTTY, process.env)

process.exitCode = await main(process.argv.slice(2), {
  ...pipeOutput(process.stdout, process.stderr),
  color,
})
