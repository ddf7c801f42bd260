/**
 * The registry stays fast as it grows, on real git through the CLI: an entry file keeps the newest 50
 * events, every event stays in the registry branch's git log, and `history --all` reads them from there.
 */
import { afterEach, describe, expect, it } from 'vitest'
import {
  applyAccept,
  applyPromote,
  applyRollback,
  compactEntry,
  entryOf,
  serializeEntry,
  type RegistryEntry,
  type RegistryEvent,
} from '../../src/core/registry.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { commitEntryVersions } from '../helpers/registry-versions.js'

const minute = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
const promote = (version: string, i: number): RegistryEvent => ({
  type: 'promote',
  version,
  at: minute(i),
  actor: 'ci',
  commit: (i % 16).toString(16).repeat(40),
  manifest: { name: 'churn', version },
})

const commitVersions = (repo: TestRepo, texts: readonly string[]) => commitEntryVersions(repo, texts)

const fileOf = (repo: TestRepo) => JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
const versionsOf = (json: string) =>
  (JSON.parse(json).history as RegistryEvent[]).map((e) =>
    e.type === 'accept' ? `accept ${e.sha}` : e.version,
  )

let repo: TestRepo
afterEach(() => repo.remove())

describe('registry entries keep the newest 50 events; history --all reads the rest from git log', () => {
  it('an entry of 10,000 events is written back compacted to 50; history --all still lists all of them in order', async () => {
    repo = makeRepo()
    repo.commit('model', {
      'models/churn/model.yaml': 'name: churn\nversion: 9.0.0\nmetrics: {accuracy: 0.9}\n',
    })
    const history = Array.from({ length: 10_000 }, (_, i) => promote(`1.${i}.0`, i))
    commitVersions(repo, [serializeEntry(entryOf('churn', history))])

    expect(await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).toMatchObject({
      code: 0,
      stderr: '',
    })
    const file = fileOf(repo)
    expect([file.earlier, file.history.length, file.history[0].version, file.production.version]).toEqual([
      9951,
      50,
      '1.9951.0',
      '9.0.0',
    ])

    const all = await runCli(repo.dir, ['history', 'churn', '--all', '--format', 'json'])
    expect([all.code, all.stderr]).toEqual([0, ''])
    expect(versionsOf(all.stdout)).toEqual([...history.map((e) => e.version), '9.0.0'])

    // The default rollback target (the version before production) was kept: it still works.
    const back = await runCli(repo.dir, ['rollback', 'churn', '--reason', 'bad'])
    expect([back.code, back.stdout.split(' (')[0]]).toEqual([0, 'rolled back churn: 9.0.0 -> 1.9999.0'])
    const text = await runCli(repo.dir, ['history', 'churn'])
    expect(text.stdout.split('\n').length).toBe(1 + 1 + 50 + 1)
    expect(text.stderr).toBe(
      '9952 older events are in the git log of model-registry: history churn --all lists them\n',
    )
    const again = await runCli(repo.dir, ['history', 'churn', '--all', '--format', 'json'])
    expect(versionsOf(again.stdout)).toEqual([...history.map((e) => e.version), '9.0.0', '1.9999.0'])
  }, 180_000) // parses a 2 MiB entry written before compaction three times, on machines of any load

  it('history --all joins many compacted versions of the file, acceptances and a kept rollback included', async () => {
    repo = makeRepo()
    repo.commit('empty')
    const versions: string[] = []
    const expected: string[] = []
    let entry: RegistryEntry | undefined
    const write = (next: RegistryEntry, label: string) => {
      entry = compactEntry(next)
      versions.push(serializeEntry(entry))
      expected.push(label)
    }
    for (let i = 0; i < 230; i++) {
      write(applyPromote(entry, 'churn', promote(`1.${i}.0`, i)), `1.${i}.0`)
      if (i % 7 === 3) {
        const sha = `s${i}`
        const event = {
          type: 'accept',
          version: '9.9.9',
          sha,
          at: minute(i),
          actor: 'c',
          against: 'none',
        } as const
        write(applyAccept(entry, 'churn', event), `accept ${sha}`)
      }
      if (i === 20) {
        const run = 'https://github.com/acme/models/actions/runs/5'
        write(applyRollback(entry, 'churn', { reason: 'r', actor: 'a', at: minute(i), run }), '1.19.0')
      }
    }
    commitVersions(repo, versions)
    expect(fileOf(repo).history[0].version).toBe('1.19.0') // the rollback by a run, kept for its re-runs
    const all = await runCli(repo.dir, ['history', 'churn', '--all', '--format', 'json'])
    expect([all.code, all.stderr]).toEqual([0, ''])
    expect(versionsOf(all.stdout)).toEqual(expected)
    expect(expected.length).toBe(230 + 33 + 1)
  })

  it('a log that lacks the older versions (a rewritten branch) lists what it has and says how many are missing', async () => {
    repo = makeRepo()
    repo.commit('empty')
    let entry: RegistryEntry | undefined
    for (let i = 0; i < 80; i++) entry = compactEntry(applyPromote(entry, 'churn', promote(`1.${i}.0`, i)))
    commitVersions(repo, [serializeEntry(entry as RegistryEntry)])
    const all = await runCli(repo.dir, ['history', 'churn', '--all', '--format', 'json'])
    expect([all.code, versionsOf(all.stdout).length]).toEqual([0, 50])
    expect(all.stderr).toBe(
      '30 older events are no longer in the git log of model-registry (a shallow clone?)\n',
    )
  })

  it('--all is only for history; with GTO tags it changes nothing (tags are never compacted)', async () => {
    repo = makeRepo()
    repo.commit('empty')
    expect(await runCli(repo.dir, ['check', '--all'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "model-gate: --all is not a flag of 'check' (see model-gate check --help)\nRun 'model-gate --help' for usage.\n",
    })
    const gto = await runCli(repo.dir, ['history', 'churn', '--all', '--registry', 'gto'])
    expect(gto).toEqual({ code: 1, stdout: '', stderr: "no GTO tags for 'churn'\n" })
  })
})
