/**
 * A command that fails while git is still being read for it ends, and the CLI exits: the check's diff is
 * started before the check's own code runs (cli/check-start.ts), and read through the batch reader level by
 * level (git/tree-diff.ts), so an error thrown meanwhile closes the reader under a read still on its way. A
 * read after the close must fail, not start a reader that nothing ends. Run through the built CLI, whose
 * process would otherwise never exit (the test's timeout then fails it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

let repo: TestRepo
beforeAll(() => {
  repo = makeRepo()
  // Ten folders deep, and twelve commits ahead: the walk needs many rounds of the batch reader.
  const deep = 'a/b/c/d/e/f/g/h/i/j/x.txt'
  repo.commit('base', { [deep]: '0\n' })
  repo.git('checkout', '--quiet', '-b', 'feat')
  for (let i = 1; i <= 12; i++) repo.commit(`change ${i}`, { [deep]: `${i}\n` })
  repo.git('checkout', '--quiet', 'main')
})
afterAll(() => repo.remove())

describe('a check that fails while its diff is read', () => {
  it('a usage error: reported, and the CLI exits', async () => {
    expect(
      await runCli(repo.dir, ['check', 'extra', '--base', 'main', '--head', 'feat'], {}, { bundle: true }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: "model-gate: check takes no arguments (got 'extra')\nRun 'model-gate --help' for usage.\n",
    })
  }, 20_000)
})
