// The emulator's git processes are started from this small process, not from the test's: starting a process
// copies the starter's memory map, which costs a big test process (vitest, the GraphQL schema, the OpenAPI
// validator: hundreds of MB) about 13 ms of CPU a process against about 3 ms here. It runs each job it is
// sent ({id, file, args, cwd, env, input}) with execFile and answers {id, code, stdout, stderr, message}.
// The first message ({env}) is the environment every job runs in, a job's env only what it adds: sending
// (and copying) the whole environment with every job cost the test process more than the job itself.
import { execFile } from 'node:child_process'

let baseEnv = {}

process.on('message', (job) => {
  if (job.id === undefined) {
    baseEnv = job.env
    return
  }
  const env = job.env ? { ...baseEnv, ...job.env } : baseEnv
  const child = execFile(
    job.file,
    job.args,
    { cwd: job.cwd, env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
    (error, stdout, stderr) => {
      process.send({
        id: job.id,
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        stdout,
        stderr,
        message: error?.message,
      })
    },
  )
  child.stdin?.on('error', () => {
    // The child may exit before reading all of its input; the exit code tells what happened.
  })
  child.stdin?.end(job.input === undefined ? undefined : Buffer.from(job.input))
})
process.on('disconnect', () => process.exit(0))
