#!/usr/bin/env node
// Checks a release and moves its major tag: what .github/workflows/release.yml runs on a published release.
// Usage: node scripts/release.mjs TAG [--remote NAME] [--dry-run]
//
// Run in a clean checkout of TAG (vMAJOR.MINOR.PATCH) with dependencies installed. It refuses the release (exit 1,
// nothing tagged) unless package.json's version is the tag's, CHANGELOG.md has a section for it, and
// `npm run check-dist` says dist/ is exactly what the sources build. Then it points the major tag vMAJOR at the
// release commit (creating it on the first release of that major) and pushes it with a lease, so a concurrent
// release cannot be overwritten blindly. The major tag only moves forward: releasing a patch of an older minor,
// or a pre-release (v2.0.0-rc.1), leaves it where it is. Exit 2: usage error.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

class Refusal extends Error {}
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { tag: undefined, remote: 'origin', dryRun: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--remote') {
      options.remote = argv[++i]
      if (!options.remote) throw new UsageError('--remote needs a name')
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`)
    else if (options.tag === undefined) options.tag = arg
    else throw new UsageError(`unexpected argument '${arg}'`)
  }
  if (!options.tag) throw new UsageError('no tag given')
  return options
}

function git(...args) {
  const r = spawnSync('git', args, { encoding: 'utf8' })
  if (r.error) throw new Refusal(`cannot run git: ${r.error.message}`)
  if (r.status !== 0) throw new Refusal(`git ${args.join(' ')} failed: ${r.stderr.trim()}`)
  return r.stdout.trimEnd()
}

/** The object a ref names (peeled to its commit with peel), or undefined when it does not exist. */
function resolveRef(ref, peel = false) {
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', peel ? `${ref}^{commit}` : ref], {
    encoding: 'utf8',
  })
  return r.status === 0 ? r.stdout.trim() : undefined
}

function parseTag(tag) {
  const m = SEMVER_TAG.exec(tag)
  if (!m) return undefined
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4], version: tag.slice(1) }
}

function newer(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

const short = (sha) => sha.slice(0, 12)

function release({ tag, remote, dryRun }) {
  const parsed = parseTag(tag)
  if (!parsed) throw new UsageError(`'${tag}' is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3`)

  const commit = resolveRef(`refs/tags/${tag}`, true)
  if (!commit) throw new Refusal(`tag ${tag} does not exist here (fetch it: git fetch --tags)`)
  const head = resolveRef('HEAD')
  if (head !== commit) {
    throw new Refusal(
      `the work tree is at ${head ? short(head) : 'no commit'}, not at ${tag} (${short(commit)}): check out the tag first`,
    )
  }
  const dirty = git('status', '--porcelain')
  if (dirty) throw new Refusal(`the work tree has changes, so it is not ${tag}:\n${dirty}`)
  console.log(`release ${tag} (commit ${short(commit)})`)

  let pkg
  try {
    pkg = JSON.parse(readFileSync('package.json', 'utf8'))
  } catch (error) {
    throw new Refusal(`cannot read package.json: ${error.message}`)
  }
  if (pkg.version !== parsed.version) {
    throw new Refusal(
      `tag ${tag} does not match package.json's version ${pkg.version}: set "version": "${parsed.version}" in the release commit, or tag v${pkg.version}`,
    )
  }
  console.log(`ok: package.json's version is ${parsed.version}`)

  let changelog = ''
  try {
    changelog = readFileSync('CHANGELOG.md', 'utf8')
  } catch {
    // reported below as a missing section
  }
  const heading = new RegExp(`^## \\[${parsed.version.replace(/[.+]/g, '\\$&')}\\]`, 'm')
  if (!heading.test(changelog)) {
    throw new Refusal(
      `CHANGELOG.md has no '## [${parsed.version}]' section: say what changed before releasing`,
    )
  }
  console.log(`ok: CHANGELOG.md has a section for ${parsed.version}`)

  const check = spawnSync('npm', ['run', '--silent', 'check-dist'], { stdio: 'inherit' })
  if (check.error || check.status !== 0) {
    throw new Refusal(
      `dist/ is not what ${tag}'s sources build (npm run check-dist failed); nothing was tagged`,
    )
  }
  console.log('ok: dist/ matches a fresh build')

  const major = `v${parsed.major}`
  if (parsed.pre) {
    console.log(`${major}: unchanged, ${tag} is a pre-release`)
    return
  }
  const latest = git('tag', '--list', `${major}.*`)
    .split('\n')
    .map((name) => ({ name, v: parseTag(name) }))
    .filter(({ v }) => v && !v.pre && v.major === parsed.major)
    .reduce((best, t) => (best === undefined || newer(t.v, best.v) > 0 ? t : best), undefined)
  if (latest && newer(latest.v, parsed) > 0) {
    console.log(`${major}: unchanged, ${latest.name} is newer than ${tag}`)
    return
  }
  const old = resolveRef(`refs/tags/${major}`)
  const oldCommit = old && resolveRef(`refs/tags/${major}`, true)
  if (oldCommit === commit) {
    console.log(`${major}: already at ${short(commit)}`)
    return
  }
  const what = old
    ? `moved from ${short(oldCommit ?? old)} to ${short(commit)}`
    : `created at ${short(commit)}`
  if (dryRun) {
    console.log(`${major}: would be ${what} (dry run: nothing tagged or pushed)`)
    return
  }
  git('tag', '--force', major, commit)
  // The lease: the push only replaces the major tag if the remote still has the value read here, so a release
  // published at the same time is never overwritten blindly.
  const push = spawnSync(
    'git',
    ['push', '--quiet', `--force-with-lease=refs/tags/${major}:${old ?? ''}`, remote, `refs/tags/${major}`],
    { encoding: 'utf8' },
  )
  if (push.status !== 0) {
    throw new Refusal(`${major} was ${what} here but not pushed to ${remote}: ${push.stderr.trim()}`)
  }
  console.log(`${major}: ${what}, pushed to ${remote}`)
}

try {
  release(parseArgs(process.argv.slice(2)))
} catch (error) {
  if (error instanceof UsageError) {
    console.error(
      `release: ${error.message}\nUsage: node scripts/release.mjs TAG [--remote NAME] [--dry-run]`,
    )
    process.exit(2)
  }
  if (error instanceof Refusal) {
    console.error(`release refused: ${error.message}`)
    process.exit(1)
  }
  console.error(`release: internal error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
