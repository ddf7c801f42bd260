import { execFile } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, GIT_ENV, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

/** A shell pipeline `model-gate ARGS | head -1`: what head printed, the CLI's stderr and its exit status. */
function pipedIntoHead(cwd: string, args: string[]) {
  const script = `node "$0" "$@" 2>"$MG_ERR" | head -1; echo "status=\${PIPESTATUS[0]}"; cat "$MG_ERR"`
  return new Promise<string>((resolve, reject) => {
    execFile(
      'bash',
      ['-c', script, CLI, ...args],
      { cwd, env: { ...process.env, ...GIT_ENV, MG_ERR: `${cwd}/.git/cli-stderr` }, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    )
  })
}

const FILES = 1000
const path = (i: number) =>
  `models/a-folder-name-long-enough-to-fill-the-pipe-quickly/with-depth/m${i}/model.yaml`

describe('the CLI never shows a stack trace', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = makeRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i < FILES; i++)
      files[path(i)] = `name: m${i}\nversion: 1.0.0\nmetrics:\n  accuracy: 0.9\n`
    repo.commit('many models', files)
    // A registry entry with a long history, written as the registry branch would hold it.
    const history = Array.from({ length: 3000 }, (_, i) => ({
      type: 'promote',
      version: `1.${i}.0`,
      at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
      actor: 'alice',
      manifest: { name: 'churn', version: `1.${i}.0` },
      metrics: {},
    }))
    const entry = { schema: 1, name: 'churn', production: null, history }
    const blob = repo.gitInput(JSON.stringify(entry, null, 2), 'hash-object', '-w', '--stdin')
    const inner = repo.gitInput(`100644 blob ${blob}\tchurn.json\n`, 'mktree')
    const tree = repo.gitInput(`040000 tree ${inner}\tregistry\n`, 'mktree')
    repo.git('update-ref', 'refs/heads/model-registry', repo.git('commit-tree', tree, '-m', 'registry'))
  })
  afterAll(() => repo.remove())

  it('history piped into head -1 ends quietly with the usual status', async () => {
    // the first line only (the relative time depends on today), then the command's own status
    expect(await pipedIntoHead(repo.dir, ['history', 'churn'])).toMatch(
      /^churn: production 1\.2999\.0 since 2026-01-01 00:00 UTC \([^)]*\); promoted by alice\nstatus=0\n$/,
    )
  })

  it('validate piped into head -1 ends quietly with the usual status', async () => {
    // 1000 lines of over 100 bytes: more than a pipe holds, so the CLI writes after head has gone
    const args = ['validate', ...Array.from({ length: FILES }, (_, i) => path(i))]
    expect(await pipedIntoHead(repo.dir, args)).toBe(`ok ${path(0)} (m0 1.0.0, 1 metrics)\nstatus=0\n`)
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    "'model-gate %s' is an unknown command: a usage error, exit 2",
    async (name) => {
      const r = await runCli(repo.dir, [name])
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: `model-gate: unknown command '${name}'\nRun 'model-gate --help' for usage.\n`,
      })
    },
  )
})
