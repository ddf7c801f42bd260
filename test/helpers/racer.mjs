// A long-lived action process for the racing tests: it runs the built dist/index.js once per job it is sent
// (a fresh import each time, so nothing is shared between runs but the process), with the job's environment
// and its stdout and stderr captured, and answers with the exit code and the output.
import { pathToFileURL } from 'node:url'

const action = pathToFileURL(process.argv[2]).href
const base = { ...process.env }
let jobs = 0

process.on('message', async (job) => {
  for (const name of Object.keys(process.env)) delete process.env[name]
  Object.assign(process.env, base, job.env)
  const out = []
  const err = []
  const writes = { out: process.stdout.write, err: process.stderr.write }
  const capture =
    (into) =>
    (chunk, ...rest) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      rest.find((r) => typeof r === 'function')?.()
      return true
    }
  process.stdout.write = capture(out)
  process.stderr.write = capture(err)
  process.exitCode = undefined
  try {
    await import(`${action}?job=${++jobs}`)
  } catch (error) {
    err.push(String(error?.stack ?? error))
    process.exitCode = 1
  } finally {
    process.stdout.write = writes.out
    process.stderr.write = writes.err
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = undefined
  process.send({ id: job.id, code, stdout: out.join(''), stderr: err.join('') })
})
