/**
 * Whether the commits of the repository at cwd have the parents their objects say, so that the merge base of
 * two commits can be found by reading commit objects (git/tree-diff.ts). Git itself reads some commits with
 * other parents: a shallow clone's boundary commits with none (`shallow`), and any commit a grafts file names
 * (`info/grafts`). Answered from the repository's git folder, found as git finds it from cwd: the nearest
 * `.git` folder, or a `.git` file naming one (a worktree or a submodule; its `commondir` names the shared
 * folder). Anything else (GIT_DIR and the variables that move what git reads, a layout not understood) answers
 * false, and the caller leaves the question to git.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const MOVED_BY = [
  'GIT_DIR',
  'GIT_COMMON_DIR',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_CEILING_DIRECTORIES',
]

export function plainHistory(cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (MOVED_BY.some((name) => env[name] !== undefined)) return false
  const common = commonDir(cwd)
  if (common === undefined) return false
  return !existsSync(join(common, 'shallow')) && !existsSync(join(common, 'info', 'grafts'))
}

/** The shared git folder of the repository at cwd, or undefined when it is not found as expected. */
function commonDir(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git')
    const kind = kindOf(dotGit)
    if (kind === 'dir') return dotGit
    if (kind === 'file') return linkedCommonDir(dotGit)
    if (dirname(dir) === dir) return undefined
  }
}

function kindOf(path: string): 'dir' | 'file' | undefined {
  try {
    const s = statSync(path)
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined
  } catch {
    return undefined
  }
}

/** A `.git` file: `gitdir: PATH`; that folder's `commondir` (relative to it), if any, is the shared one. */
function linkedCommonDir(dotGit: string): string | undefined {
  const match = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))
  if (!match?.[1]) return undefined
  const gitDir = resolve(dirname(dotGit), match[1].trim())
  const commondir = join(gitDir, 'commondir')
  if (!existsSync(commondir)) return kindOf(gitDir) === 'dir' ? gitDir : undefined
  const common = resolve(gitDir, readFileSync(commondir, 'utf8').trim())
  return kindOf(common) === 'dir' ? common : undefined
}
