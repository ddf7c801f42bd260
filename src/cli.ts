#!/usr/bin/env node
import { main } from './cli/main.js'

// https://no-color.org: NO_COLOR set to anything but the empty string turns colour off.
const color = process.stdout.isTTY === true && !process.env.NO_COLOR

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color,
})
process.exitCode = code
