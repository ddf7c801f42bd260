/**
 * scripts/release.mjs (what the release workflow runs) against a local repository and a bare "origin": the
 * major tag is created, moved forward, left alone, and the release refused on a version mismatch, a missing
 * changelog section or a stale dist/. The fixture's "build" copies src/ to dist/, and its check-dist compares
 * them, so the script runs the repository's own check exactly as it runs `npm run check-dist` here.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { GIT_ENV, makeRepo, ROOT, type TestRepo } from '../helpers/git-repo.js'

const SCRIPT = join(ROOT, 'scripts', 'release.mjs')

const CHECK_DIST = `import { readFileSync } from 'node:fs'
const read = (p) => { try { return readFileSync(p, 'utf8') } catch { return undefined } }
if (read('src/main.txt') !== read('dist/main.txt')) {
  console.log('fixture check-dist: dist/main.txt differs from src/main.txt')
  process.exit(1)
}
console.log('fixture check-dist: dist/ matches')
`

interface Fixture {
  readonly repo: TestRepo
  /** The bare repository the script pushes to. */
  readonly origin: string
  /** Commit a release: package.json's version, a changelog section, src/ and dist/ in step (unless stale). */
  commitRelease(version: string, options?: { staleDist?: boolean; changelog?: boolean; tag?: string }): string
  remoteTag(name: string): string | undefined
  localTag(name: string): string | undefined
}

/** A fixture's repositories go when its test finishes. */
function fixture(onTestFinished: (cleanup: () => void) => void): Fixture {
  const repo = makeRepo('model-gate-release-')
  const origin = mkdtempSync(join(tmpdir(), 'model-gate-release-origin-'))
  onTestFinished(() => {
    repo.remove()
    rmSync(origin, { recursive: true, force: true })
  })
  execFileSync('git', ['init', '--quiet', '--bare', origin], { env: { ...process.env, ...GIT_ENV } })
  repo.git('remote', 'add', 'origin', origin)
  const sections: string[] = []
  const tagCommit = (name: string, dir: string) => {
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV },
        encoding: 'utf8',
      }).trim()
    } catch {
      return undefined
    }
  }
  return {
    repo,
    origin,
    commitRelease(version, options = {}) {
      if (options.changelog !== false)
        sections.unshift(`## [${version}] - 2026-12-01\n\n### Added\n\n- ${version}\n`)
      const source = `the sources of ${version}\n`
      const commit = repo.commit(`Release ${version}`, {
        'package.json': `${JSON.stringify({ name: 'fixture', version, private: true, scripts: { 'check-dist': 'node check-dist.mjs' } }, null, 2)}\n`,
        'check-dist.mjs': CHECK_DIST,
        'CHANGELOG.md': `# Changelog\n\n${sections.join('\n')}`,
        'src/main.txt': source,
        'dist/main.txt': options.staleDist ? 'the sources of an older commit\n' : source,
      })
      repo.git('push', '--quiet', 'origin', 'HEAD:refs/heads/main')
      repo.git('tag', options.tag ?? `v${version}`)
      return commit
    },
    remoteTag: (name) => tagCommit(name, origin),
    localTag: (name) => tagCommit(name, repo.dir),
  }
}

function release(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, ...args],
      { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
      },
    )
  })
}

const short = (sha: string) => sha.slice(0, 12)
const CHECKS = (version: string) =>
  `ok: package.json's version is ${version}\nok: CHANGELOG.md has a section for ${version}\nfixture check-dist: dist/ matches\nok: dist/ matches a fresh build\n`

// Each test has its own repository and origin, and most of its time is the script's processes (node, git,
// npm run check-dist): the tests run side by side.
describe.concurrent('scripts/release.mjs', () => {
  it('creates the major tag on the first release and pushes it', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    const r = await release(f.repo.dir, 'v1.0.0')
    expect(r).toEqual({
      code: 0,
      stdout: `release v1.0.0 (commit ${short(c1)})\n${CHECKS('1.0.0')}v1: created at ${short(c1)}, pushed to origin\n`,
      stderr: '',
    })
    expect(f.remoteTag('v1')).toBe(c1)
  })

  it('moves the major tag to the next compatible release', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect((await release(f.repo.dir, 'v1.0.0')).code).toBe(0)
    const c2 = f.commitRelease('1.1.0')
    const r = await release(f.repo.dir, 'v1.1.0')
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      `release v1.1.0 (commit ${short(c2)})\n${CHECKS('1.1.0')}v1: moved from ${short(c1)} to ${short(c2)}, pushed to origin\n`,
    )
    expect(r.code).toBe(0)
    expect(f.remoteTag('v1')).toBe(c2)
    // a second run of the same release changes nothing
    const again = await release(f.repo.dir, 'v1.1.0')
    expect(again.code).toBe(0)
    expect(again.stdout.endsWith(`v1: already at ${short(c2)}\n`)).toBe(true)
  })

  it('refuses a tag that is not package.json version, and tags nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect((await release(f.repo.dir, 'v1.0.0')).code).toBe(0)
    const c2 = f.commitRelease('1.1.0', { tag: 'v1.2.0' })
    const r = await release(f.repo.dir, 'v1.2.0')
    expect(r).toEqual({
      code: 1,
      stdout: `release v1.2.0 (commit ${short(c2)})\n`,
      stderr: `release refused: tag v1.2.0 does not match package.json's version 1.1.0: set "version": "1.2.0" in the release commit, or tag v1.1.0\n`,
    })
    expect(f.remoteTag('v1')).toBe(c1)
    expect(f.localTag('v1')).toBe(c1)
  })

  it('refuses a release whose dist/ is not what its sources build', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect((await release(f.repo.dir, 'v1.0.0')).code).toBe(0)
    const c2 = f.commitRelease('1.0.1', { staleDist: true })
    const r = await release(f.repo.dir, 'v1.0.1')
    expect(r).toEqual({
      code: 1,
      stdout: `release v1.0.1 (commit ${short(c2)})\nok: package.json's version is 1.0.1\nok: CHANGELOG.md has a section for 1.0.1\nfixture check-dist: dist/main.txt differs from src/main.txt\n`,
      stderr: `release refused: dist/ is not what v1.0.1's sources build (npm run check-dist failed); nothing was tagged\n`,
    })
    expect(f.remoteTag('v1')).toBe(c1)
  })

  it('refuses a release without a changelog section', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    f.commitRelease('1.0.0', { changelog: false })
    const r = await release(f.repo.dir, 'v1.0.0')
    expect(r.stderr).toBe(
      "release refused: CHANGELOG.md has no '## [1.0.0]' section: say what changed before releasing\n",
    )
    expect(r.code).toBe(1)
    expect(f.remoteTag('v1')).toBeUndefined()
  })

  it('leaves the major tag on a newer release when an older line gets a patch', async ({
    expect,
    onTestFinished,
  }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.1.0')
    expect((await release(f.repo.dir, 'v1.1.0')).code).toBe(0)
    f.repo.git('checkout', '--quiet', '-b', 'release-1.0')
    f.commitRelease('1.0.1')
    const r = await release(f.repo.dir, 'v1.0.1')
    expect(r.stderr).toBe('')
    expect(r.stdout.endsWith('v1: unchanged, v1.1.0 is newer than v1.0.1\n')).toBe(true)
    expect(r.code).toBe(0)
    expect(f.remoteTag('v1')).toBe(c1)
  })

  it('checks a pre-release but moves no major tag; the first 2.0.0 creates v2 and leaves v1', async ({
    expect,
    onTestFinished,
  }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect((await release(f.repo.dir, 'v1.0.0')).code).toBe(0)
    f.commitRelease('2.0.0-rc.1')
    const rc = await release(f.repo.dir, 'v2.0.0-rc.1')
    expect(rc.stdout.endsWith(`${CHECKS('2.0.0-rc.1')}v2: unchanged, v2.0.0-rc.1 is a pre-release\n`)).toBe(
      true,
    )
    expect(rc.code).toBe(0)
    expect(f.remoteTag('v2')).toBeUndefined()
    const c3 = f.commitRelease('2.0.0')
    const r = await release(f.repo.dir, 'v2.0.0')
    expect(r.stdout.endsWith(`v2: created at ${short(c3)}, pushed to origin\n`)).toBe(true)
    expect(f.remoteTag('v2')).toBe(c3)
    expect(f.remoteTag('v1')).toBe(c1)
  })

  it('dry run: says what it would do and tags nothing', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    const r = await release(f.repo.dir, 'v1.0.0', '--dry-run')
    expect(
      r.stdout.endsWith(`v1: would be created at ${short(c1)} (dry run: nothing tagged or pushed)\n`),
    ).toBe(true)
    expect(r.code).toBe(0)
    expect(f.localTag('v1')).toBeUndefined()
    expect(f.remoteTag('v1')).toBeUndefined()
  })

  it('refuses to overwrite a major tag that moved on the remote since it was read', async ({
    expect,
    onTestFinished,
  }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect((await release(f.repo.dir, 'v1.0.0')).code).toBe(0)
    // meanwhile another run moved v1 on the remote; this checkout still has v1 at c1
    const elsewhere = f.repo.commit('elsewhere', { 'other.txt': 'x\n' })
    f.repo.git('push', '--quiet', '--force', 'origin', `${elsewhere}:refs/tags/v1`)
    const c2 = f.commitRelease('1.1.0')
    const r = await release(f.repo.dir, 'v1.1.0')
    expect(r.stderr).toMatch(
      new RegExp(
        `^release refused: v1 was moved from ${short(c1)} to ${short(c2)} here but not pushed to origin: .+`,
      ),
    )
    expect(r.code).toBe(1)
    expect(f.remoteTag('v1')).toBe(elsewhere)
  })

  it('refuses bad usage and a checkout that is not the tag', async ({ expect, onTestFinished }) => {
    const f = fixture(onTestFinished)
    const c1 = f.commitRelease('1.0.0')
    expect(await release(f.repo.dir, 'release-1')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "release: 'release-1' is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3\nUsage: node scripts/release.mjs TAG [--remote NAME] [--dry-run]\n",
    })
    expect((await release(f.repo.dir)).stderr.startsWith('release: no tag given\n')).toBe(true)
    expect(await release(f.repo.dir, 'v9.9.9')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'release refused: tag v9.9.9 does not exist here (fetch it: git fetch --tags)\n',
    })
    const c2 = f.repo.commit('after the release', { 'notes.txt': 'later\n' })
    expect(await release(f.repo.dir, 'v1.0.0')).toEqual({
      code: 1,
      stdout: '',
      stderr: `release refused: the work tree is at ${short(c2)}, not at v1.0.0 (${short(c1)}): check out the tag first\n`,
    })
    f.repo.git('checkout', '--quiet', 'v1.0.0')
    f.repo.write({ 'dist/main.txt': 'edited by hand\n' })
    expect(await release(f.repo.dir, 'v1.0.0')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'release refused: the work tree has changes, so it is not v1.0.0:\n M dist/main.txt\n',
    })
    expect(f.remoteTag('v1')).toBeUndefined()
  })
})
