// The network floor of an action run, for `npm run bench -- cold` (scripts/bench/action.ts): the requests the
// action sent, replayed against the same emulator by node:http alone, each sent once every request that had
// been answered before the action sent it is answered again. So the same requests wait on the same ones, with
// none of the action's code: no Octokit, no parsing, no rendering, no outputs. What is left is node's
// start-up, its HTTP client and the emulator's answers, which any action making these requests pays.
// Usage: node network-floor.cjs PLAN.json   (PLAN: [{ method, url, headers, body, after: [indexes] }])
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS on purpose: no ES module loader to start */
'use strict'
const { request } = require('node:http')
const { readFileSync } = require('node:fs')

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const answered = new Array(plan.length)

function send(step) {
  return new Promise((resolve, reject) => {
    const req = request(step.url, { method: step.method, headers: step.headers }, (res) => {
      res.on('data', () => {})
      res.on('end', () =>
        res.statusCode < 400 ? resolve() : reject(new Error(`${step.url}: ${res.statusCode}`)),
      )
    })
    req.on('error', reject)
    req.end(step.body)
  })
}

for (let i = 0; i < plan.length; i++) {
  const step = plan[i]
  answered[i] = Promise.all(step.after.map((j) => answered[j])).then(() => send(step))
}
Promise.all(answered).catch((error) => {
  console.error(error.message)
  process.exitCode = 1
})
