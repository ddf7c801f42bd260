#!/usr/bin/env node
import { main } from './cli/main.js'
import { pipeOutput } from './cli/output.js'

process.exitCode = await main(process.argv.slice(2), pipeOutput(process.stdout, process.stderr))
