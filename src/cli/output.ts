/**
 * The CLI's standard streams. A reader that goes away (`model-gate history churn | head -1`) closes the pipe:
 * the next write fails with EPIPE. That ends the output quietly, as it does for git and coreutils: nothing
 * more is written, no stack trace, and the command still exits with the status it computed.
 */
import type { Output } from './context.js'

export function pipeOutput(stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): Output {
  let outClosed = false
  let errClosed = false
  stdout.on('error', () => {
    outClosed = true
  })
  stderr.on('error', () => {
    errClosed = true
  })
  return {
    out: (text) => {
      if (!outClosed) stdout.write(text)
    },
    err: (text) => {
      if (!errClosed) stderr.write(text)
    },
    // A pipe takes writes without blocking: what the reader has not taken yet waits in memory, so a large
    // output waits for it part by part. A closed pipe waits for nothing.
    drained: () =>
      outClosed || !stdout.writableNeedDrain
        ? Promise.resolve()
        : new Promise((resolve) => {
            const done = () => {
              stdout.off('drain', done).off('error', done).off('close', done)
              resolve()
            }
            stdout.on('drain', done).on('error', done).on('close', done)
          }),
  }
}

/** Colour on a terminal, unless NO_COLOR is set to anything but the empty string (https://no-color.org). */
export function wantsColor(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY === true && !env.NO_COLOR
}
