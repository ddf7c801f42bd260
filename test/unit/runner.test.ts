/**
 * The runner protocol of src/action/runner.ts against @actions/core, the toolkit it stands in for: the same
 * calls, run through both, must write the same bytes to stdout, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY, and
 * set the same exit code. The exact expected text is asserted too, so a change in both would show.
 */
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as runner from '../../src/action/runner.js'

let dir: string
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-runner-test-'))
  process.exitCode = undefined
})

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
  vi.restoreAllMocks()
})

/** What a call writes to stdout, and the exit code it leaves. */
async function written(call: () => unknown): Promise<{ stdout: string; exitCode: unknown }> {
  const chunks: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  process.exitCode = undefined
  try {
    await call()
  } finally {
    vi.restoreAllMocks()
  }
  const exitCode = process.exitCode
  process.exitCode = undefined
  return { stdout: chunks.join(''), exitCode }
}

/** Runs the same call through @actions/core and runner.ts: both must write `expected`. */
async function same(ours: () => unknown, theirs: () => unknown, expected: string, exitCode?: number) {
  const a = await written(ours)
  const b = await written(theirs)
  expect(a).toEqual(b)
  expect(a).toEqual({ stdout: expected, exitCode })
}

describe('workflow commands on stdout', () => {
  it('writes a log line as is, and escapes % CR LF in a command', async () => {
    await same(
      () => runner.info('50% done: a\nb'),
      () => core.info('50% done: a\nb'),
      '50% done: a\nb\n',
    )
    await same(
      () => runner.debug('50%\r\nnext: a, b'),
      () => core.debug('50%\r\nnext: a, b'),
      '::debug::50%25%0D%0Anext: a, b\n',
    )
    await same(
      () => runner.setSecret('tok%en\nline'),
      () => core.setSecret('tok%en\nline'),
      '::add-mask::tok%25en%0Aline\n',
    )
  })

  it('writes annotations with their properties escaped, : and , included', async () => {
    const where = {
      title: 'Bad: value, here',
      file: 'models/a:b,c.yaml',
      startLine: 3,
      endLine: 4,
      startColumn: 5,
      endColumn: 6,
    }
    await same(
      () => runner.error('line 3: bad\n100%', where),
      () => core.error('line 3: bad\n100%', where),
      '::error title=Bad%3A value%2C here,file=models/a%3Ab%2Cc.yaml,line=3,endLine=4,col=5,endColumn=6::line 3: bad%0A100%25\n',
    )
    await same(
      () => runner.warning('w', { file: 'm.yaml', startLine: 7 }),
      () => core.warning('w', { file: 'm.yaml', startLine: 7 }),
      '::warning file=m.yaml,line=7::w\n',
    )
    await same(
      () => runner.notice('n: 1'),
      () => core.notice('n: 1'),
      '::notice::n: 1\n',
    )
    // Properties given but all empty: the toolkit still writes the space after the command.
    await same(
      () => runner.warning('w', { title: '' }),
      () => core.warning('w', { title: '' }),
      '::warning ::w\n',
    )
  })

  it('fails the step: an error annotation and exit code 1', async () => {
    await same(
      () => runner.setFailed('Model Gate: fail'),
      () => core.setFailed('Model Gate: fail'),
      '::error::Model Gate: fail\n',
      1,
    )
  })

  it('groups log lines', async () => {
    await same(
      () => {
        runner.startGroup('Models: 2')
        runner.info('a')
        runner.endGroup()
      },
      () => {
        core.startGroup('Models: 2')
        core.info('a')
        core.endGroup()
      },
      '::group::Models: 2\na\n::endgroup::\n',
    )
  })

  it('tells debug logging by RUNNER_DEBUG=1', () => {
    for (const value of [undefined, '0', '1', 'true']) {
      if (value === undefined) delete process.env.RUNNER_DEBUG
      else process.env.RUNNER_DEBUG = value
      expect(runner.isDebug()).toBe(core.isDebug())
      expect(runner.isDebug()).toBe(value === '1')
    }
  })
})

describe('inputs', () => {
  it('reads INPUT_ and the name upper-cased with spaces as _, trimmed; a missing one is empty', () => {
    process.env['INPUT_CHECK-NAME'] = '  gate \n'
    process.env.INPUT_MY_INPUT = ' x'
    for (const name of ['check-name', 'my input', 'absent']) {
      expect(runner.getInput(name)).toBe(core.getInput(name))
    }
    expect(['check-name', 'my input', 'absent'].map((n) => runner.getInput(n))).toEqual(['gate', 'x', ''])
  })
})

const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g

describe('outputs in $GITHUB_OUTPUT', () => {
  const values: [string, unknown][] = [
    ['verdict', 'pass'],
    ['report', { schema: 1, models: [] }],
    ['comment', 'line 1\r\nline 2\n::error::not a command\n'],
    ['empty', ''],
    ['none', undefined],
  ]

  it('appends name<<DELIMITER, the value, DELIMITER, as the toolkit does, with a fresh random delimiter', async () => {
    const ours = join(dir, 'ours')
    const theirs = join(dir, 'theirs')
    writeFileSync(ours, '')
    writeFileSync(theirs, '')
    for (const [name, value] of values) {
      process.env.GITHUB_OUTPUT = ours
      expect((await written(() => runner.setOutput(name, value))).stdout).toBe('')
      process.env.GITHUB_OUTPUT = theirs
      core.setOutput(name, value)
    }
    const text = readFileSync(ours, 'utf8')
    const delimiters = text.match(DELIMITER) ?? []
    expect(delimiters).toHaveLength(2 * values.length)
    expect(new Set(delimiters).size).toBe(values.length)
    const normal = (s: string) => s.replace(DELIMITER, 'ghadelimiter_D')
    expect(normal(text)).toBe(normal(readFileSync(theirs, 'utf8')))
    expect(normal(text)).toBe(
      'verdict<<ghadelimiter_D\npass\nghadelimiter_D\n' +
        'report<<ghadelimiter_D\n{"schema":1,"models":[]}\nghadelimiter_D\n' +
        'comment<<ghadelimiter_D\nline 1\r\nline 2\n::error::not a command\n\nghadelimiter_D\n' +
        'empty<<ghadelimiter_D\n\nghadelimiter_D\n' +
        'none<<ghadelimiter_D\n\nghadelimiter_D\n',
    )
  })

  it('refuses a name or a value that contains the delimiter', () => {
    const delimiter = 'ghadelimiter_fixed'
    expect(runner.keyValueMessage('a', 'x', delimiter)).toBe('a<<ghadelimiter_fixed\nx\nghadelimiter_fixed')
    expect(() => runner.keyValueMessage('a', `x\n${delimiter}\ny`, delimiter)).toThrow(
      'Unexpected input: value should not contain the delimiter "ghadelimiter_fixed"',
    )
    expect(() => runner.keyValueMessage(`a${delimiter}`, 'x', delimiter)).toThrow(
      'Unexpected input: name should not contain the delimiter "ghadelimiter_fixed"',
    )
  })

  it('fails as the toolkit does when $GITHUB_OUTPUT names no file', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing')
    const message = `Missing file at path: ${join(dir, 'missing')}`
    expect(() => core.setOutput('a', 'x')).toThrow(message)
    expect(() => runner.setOutput('a', 'x')).toThrow(message)
  })

  it('without $GITHUB_OUTPUT, writes the old set-output command', async () => {
    delete process.env.GITHUB_OUTPUT
    await same(
      () => runner.setOutput('report', { a: '1%\n' }),
      () => core.setOutput('report', { a: '1%\n' }),
      '\n::set-output name=report::{"a":"1%25\\n"}\n',
    )
  })
})

describe('the job summary in $GITHUB_STEP_SUMMARY', () => {
  /** core.summary keeps the path of its first write: each case here starts it afresh. */
  const freshSummary = () => {
    ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
    return core.summary.emptyBuffer()
  }

  it('appends the markdown as is', async () => {
    const ours = join(dir, 'ours.md')
    const theirs = join(dir, 'theirs.md')
    writeFileSync(ours, '# before\n')
    writeFileSync(theirs, '# before\n')
    const markdown = '## Model Gate\n\n| a | b |\n|---|---|\n| 1% | <b>x</b> |\n'
    process.env.GITHUB_STEP_SUMMARY = ours
    await runner.appendSummary(markdown)
    await runner.appendSummary('more')
    process.env.GITHUB_STEP_SUMMARY = theirs
    await freshSummary().addRaw(markdown).write()
    await core.summary.addRaw('more').write()
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'))
    expect(readFileSync(ours, 'utf8')).toBe(`# before\n${markdown}more`)
  })

  it("fails with the toolkit's messages when there is no summary file", async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const unset = await freshSummary()
      .write()
      .catch((e: Error) => e.message)
    await expect(runner.appendSummary('x')).rejects.toThrow(unset as string)
    expect(unset).toBe(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    )
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing.md')
    const missing = await freshSummary()
      .write()
      .catch((e: Error) => e.message)
    await expect(runner.appendSummary('x')).rejects.toThrow(missing as string)
    expect(missing).toBe(
      `Unable to access summary file: '${join(dir, 'missing.md')}'. Check if the file has correct read/write permissions.`,
    )
  })
})
