/**
 * A commit's tree listed through the open batch reader, as `git ls-tree -r --full-tree` lists it, without a
 * process of its own: for a small tree (a few folders) the listing is a few round trips of the batch. A tree
 * of more folders than the walk allows is left to ls-tree (undefined), which lists a large tree faster.
 */
import type { CatFileBatch } from './cat-file.js'

/** A commit's tree, listed: every path in git's order (files, symlinks, submodules), and each regular file's blob id. */
export interface Listing {
  readonly paths: readonly string[]
  readonly regular: ReadonlyMap<string, string>
}

export interface WalkLimits {
  /** The most trees (folders, the root included) read before the walk gives up. */
  readonly trees: number
  /** The most bytes one tree object may have. */
  readonly treeBytes: number
}

/** One entry of a tree object: `<mode> <name>\0<raw id>`. */
export interface Entry {
  readonly mode: string
  readonly name: string
  /** The name's bytes, one latin1 character each: what git orders entries by. */
  readonly key: string
  readonly id: string
}

/**
 * The listing of commit (a full object id), or undefined when the walk gives up: more trees than the
 * limits allow, a tree too large, or a commit the batch does not find (ls-tree then says what is wrong).
 */
export async function walkTree(
  batch: CatFileBatch,
  commit: string,
  limits: WalkLimits,
): Promise<Listing | undefined> {
  const root = await batch.read(`${commit}^{tree}`, limits.treeBytes)
  if (!root?.content || root.type !== 'tree' || !root.oid) return undefined
  const idBytes = root.oid.length / 2
  const entries = new Map<string, readonly Entry[]>([['', parseTree(root.content, idBytes)]])
  let read = 1
  // Level by level, every folder of a level asked at once.
  for (let level = [''], next: string[] = []; level.length; level = next, next = []) {
    const folders = level.flatMap((dir) =>
      (entries.get(dir) ?? [])
        .filter((e) => e.mode === '40000')
        .map((e) => ({ path: join(dir, e.name), id: e.id })),
    )
    read += folders.length
    if (read > limits.trees) return undefined
    const trees = await Promise.all(folders.map((f) => batch.read(f.id, limits.treeBytes)))
    for (const [i, tree] of trees.entries()) {
      const folder = folders[i] as { path: string }
      if (!tree?.content || tree.type !== 'tree') return undefined
      entries.set(folder.path, parseTree(tree.content, idBytes))
      next.push(folder.path)
    }
  }
  return flatten(entries)
}

/** Depth first in each tree's order, as ls-tree -r lists: files, symlinks and submodules, not folders. */
function flatten(entries: ReadonlyMap<string, readonly Entry[]>): Listing {
  const paths: string[] = []
  const regular = new Map<string, string>()
  const visit = (dir: string) => {
    for (const e of entries.get(dir) ?? []) {
      const path = join(dir, e.name)
      if (e.mode === '40000') {
        visit(path)
        continue
      }
      paths.push(path)
      if (e.mode === '100644' || e.mode === '100755') regular.set(path, e.id)
    }
  }
  visit('')
  return { paths, regular }
}

/** A tree entry's path: its folder's path, then its name. */
export function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}

/** A tree object's entries, in its order. */
export function parseTree(content: Buffer, idBytes: number): Entry[] {
  const entries: Entry[] = []
  for (let at = 0; at < content.length;) {
    const space = content.indexOf(0x20, at)
    const nul = content.indexOf(0, space + 1)
    if (space < 0 || nul < 0) break
    const mode = content.toString('latin1', at, space)
    const name = content.toString('utf8', space + 1, nul)
    const key = content.toString('latin1', space + 1, nul)
    const id = content.toString('hex', nul + 1, nul + 1 + idBytes)
    entries.push({ mode, name, key, id })
    at = nul + 1 + idBytes
  }
  return entries
}
