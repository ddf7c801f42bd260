/**
 * The changes between two commits, as `git diff --name-status --find-renames BASE...HEAD` lists them, read
 * through the open batch reader instead of a git process, when that is cheap and certain to be the same:
 * - base is an ancestor of head, a few commits back (then base is their merge base, the diff's left side),
 *   in a repository whose commits have the parents their objects say (not shallow, no grafts: the caller
 *   asks git/history-plain.ts);
 * - the two trees differ in a few folders;
 * - no file is added while another is removed (with no addition beside a removal, rename detection has no
 *   pair to make), no submodule changed (git may be told to ignore one), no path turned from a file into a
 *   folder or back, and every mode is one git writes.
 * Otherwise it answers undefined, and the caller runs git diff. A small pull request that edits a model's
 * manifest and metrics is the first case: its diff is a few reads of the batch already open.
 */
import type { ChangedFile } from '../gate/ports.js'
import type { CatFileBatch } from './cat-file.js'
import { join, parseTree, type Entry } from './tree-walk.js'

export interface DiffLimits {
  /** The most commits read from head looking for base. */
  readonly commits: number
  /** The most trees read on both sides (the roots included). */
  readonly trees: number
  /** The most bytes one commit or tree object may have. */
  readonly objectBytes: number
}

/** Thrown inside the walk to give up; never escapes it. */
const GIVE_UP = new Error('the diff is left to git')

const TREE = '40000'
const GITLINK = '160000'
const MODES = new Set(['100644', '100755', '120000', GITLINK, TREE])

export async function diffTrees(
  batch: CatFileBatch,
  base: string,
  head: string,
  limits: DiffLimits,
): Promise<ChangedFile[] | undefined> {
  try {
    if (base === head) return []
    if (!(await isAncestor(batch, base, head, limits))) return undefined
    const walk = new Walk(batch, limits)
    const [left, right] = await Promise.all([walk.tree(`${base}^{tree}`), walk.tree(`${head}^{tree}`)])
    const changes = await walk.compare(left, right, '')
    const statuses = new Set(changes.map((c) => c.status))
    return statuses.has('added') && statuses.has('removed') ? undefined : changes
  } catch {
    // GIVE_UP, or a read that failed: git diff says what is wrong, if anything is.
    return undefined
  }
}

/** Whether base is head or one of its ancestors within limits.commits commits, level by level. */
async function isAncestor(
  batch: CatFileBatch,
  base: string,
  head: string,
  limits: DiffLimits,
): Promise<boolean> {
  const seen = new Set<string>([head])
  for (let level = [head]; level.length;) {
    const commits = await Promise.all(level.map((sha) => batch.read(sha, limits.objectBytes)))
    const next: string[] = []
    for (const commit of commits) {
      if (commit?.type !== 'commit' || !commit.content) return false
      for (const parent of parents(commit.content)) {
        if (parent === base) return true
        if (seen.has(parent)) continue
        seen.add(parent)
        next.push(parent)
      }
    }
    if (seen.size > limits.commits) return false
    level = next
  }
  return false
}

/**
 * The parents of a commit object, as git reads them: the `parent` lines right after its `tree` line (git
 * ignores one anywhere else). A header not shaped so gives up.
 */
function parents(content: Buffer): string[] {
  const end = content.indexOf('\n\n')
  const lines = content.toString('latin1', 0, end < 0 ? content.length : end).split('\n')
  if (!lines[0]?.startsWith('tree ')) throw GIVE_UP
  const out: string[] = []
  for (const line of lines.slice(1)) {
    if (!line.startsWith('parent ')) break
    out.push(line.slice(7))
  }
  return out
}

class Walk {
  private read = 0

  constructor(
    private readonly batch: CatFileBatch,
    private readonly limits: DiffLimits,
  ) {}

  async tree(name: string): Promise<Entry[]> {
    if (++this.read > this.limits.trees) throw GIVE_UP
    const tree = await this.batch.read(name, this.limits.objectBytes)
    if (tree?.type !== 'tree' || !tree.content || !tree.oid) throw GIVE_UP
    const entries = parseTree(tree.content, tree.oid.length / 2)
    if (entries.some((e) => !MODES.has(e.mode))) throw GIVE_UP
    return entries
  }

  /** The changes under dir, in git's order: both entry lists are in it, and merged in it. */
  async compare(left: readonly Entry[], right: readonly Entry[], dir: string): Promise<ChangedFile[]> {
    const parts: Promise<ChangedFile[]>[] = []
    let i = 0
    let j = 0
    while (i < left.length || j < right.length) {
      const a = left[i]
      const b = right[j]
      const order = !a ? 1 : !b ? -1 : compareEntries(a, b)
      if (order < 0 && a) {
        parts.push(this.all(a, dir, 'removed'))
        i++
      } else if (order > 0 && b) {
        parts.push(this.all(b, dir, 'added'))
        j++
      } else if (a && b) {
        parts.push(this.changed(a, b, dir))
        i++
        j++
      }
    }
    return (await Promise.all(parts)).flat()
  }

  /** One name on both sides, both folders or both not. */
  private async changed(a: Entry, b: Entry, dir: string): Promise<ChangedFile[]> {
    if (a.id === b.id && a.mode === b.mode) return []
    if (a.mode === GITLINK || b.mode === GITLINK) throw GIVE_UP
    const path = join(dir, b.name)
    if (b.mode !== TREE) return [{ path, status: 'modified' }]
    const [left, right] = await Promise.all([this.tree(a.id), this.tree(b.id)])
    return this.compare(left, right, path)
  }

  /** Every file under an entry only one side has, added or removed. */
  private async all(entry: Entry, dir: string, status: 'added' | 'removed'): Promise<ChangedFile[]> {
    const path = join(dir, entry.name)
    if (entry.mode === GITLINK) throw GIVE_UP
    if (entry.mode !== TREE) return [{ path, status }]
    const entries = await this.tree(entry.id)
    return (await Promise.all(entries.map((e) => this.all(e, path, status)))).flat()
  }
}

/**
 * Git's order of tree entries: by the bytes of their names, a folder's name read as if it ended with '/'.
 * The keys are the names read as latin1, one character a byte, so that comparing them compares the bytes.
 */
function compareEntries(a: Entry, b: Entry): number {
  const x = a.mode === TREE ? `${a.key}/` : a.key
  const y = b.mode === TREE ? `${b.key}/` : b.key
  return x < y ? -1 : x > y ? 1 : 0
}
