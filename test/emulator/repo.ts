// Git object store operations the emulator needs, answered by the git CLI in a real repository.

import { GitError, ObjectReader, SIMPLE_REF, git, gitRaw } from './git.js'

export const ZERO_SHA = '0000000000000000000000000000000000000000'
export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export interface Person {
  name: string
  email: string
  /** ISO 8601, UTC ('2024-01-01T00:00:00Z'). */
  date: string
}

export interface CommitObject {
  sha: string
  tree: string
  parents: string[]
  author: Person
  committer: Person
  message: string
}

export interface TagObject {
  sha: string
  object: string
  type: string
  tag: string
  tagger: Person | null
  message: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Present for blobs. */
  size?: number
  path: string
}

export interface RefEntry {
  ref: string
  sha: string
  type: string
}

export interface DiffFile {
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed'
  filename: string
  previous_filename?: string
  oldSha: string
  newSha: string
  additions: number
  deletions: number
}

/** Parses "Name <email> 1700000000 +0100" into a Person with a UTC ISO date. */
export function parsePerson(line: string): Person {
  const m = /^(.*?) ?<([^>]*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!m) return { name: line, email: '', date: new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z') }
  const date = new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return { name: m[1] ?? '', email: m[2] ?? '', date }
}

/** Formats an ISO 8601 date (or Date) as git's "<epoch> <+hhmm>", keeping the given offset. */
export function gitDate(date: string | Date): string {
  if (date instanceof Date) return `${Math.floor(date.getTime() / 1000)} +0000`
  const ms = Date.parse(date)
  if (Number.isNaN(ms)) throw new Error(`invalid date ${date}`)
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(date)
  const tz = m ? `${m[1]}${m[2]}${m[3]}` : '+0000'
  return `${Math.floor(ms / 1000)} ${tz}`
}

function splitHeaders(raw: Buffer): { headers: [string, string][]; message: string } {
  const text = raw.toString('utf8')
  const end = text.indexOf('\n\n')
  const head = end < 0 ? text : text.slice(0, end)
  const message = end < 0 ? '' : text.slice(end + 2)
  const headers: [string, string][] = []
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && headers.length > 0) {
      const last = headers[headers.length - 1]
      if (last) last[1] += `\n${line.slice(1)}`
      continue
    }
    const sp = line.indexOf(' ')
    headers.push([line.slice(0, sp), line.slice(sp + 1)])
  }
  return { headers, message }
}

export function parseCommit(sha: string, raw: Buffer): CommitObject {
  const { headers, message } = splitHeaders(raw)
  const get = (k: string) => headers.find(([h]) => h === k)?.[1] ?? ''
  return {
    sha,
    tree: get('tree'),
    parents: headers.filter(([h]) => h === 'parent').map(([, v]) => v),
    author: parsePerson(get('author')),
    committer: parsePerson(get('committer')),
    message,
  }
}

export function parseTag(sha: string, raw: Buffer): TagObject {
  const { headers, message } = splitHeaders(raw)
  const get = (k: string) => headers.find(([h]) => h === k)?.[1]
  const tagger = get('tagger')
  return {
    sha,
    object: get('object') ?? '',
    type: get('type') ?? '',
    tag: get('tag') ?? '',
    tagger: tagger === undefined ? null : parsePerson(tagger),
    message,
  }
}

const SHA_RE = /^[0-9a-f]{40}$/
const SHORT_SHA_RE = /^[0-9a-f]{7,40}$/

/** Rejects names that are not plain ref names (no revision syntax, no options). */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    !name.startsWith('-') &&
    !name.includes('..') &&
    !/[\s~^:?*[\\]/.test(name) &&
    ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) &&
    !name.endsWith('.lock') &&
    !name.endsWith('/') &&
    !name.startsWith('/')
  )
}

export class GitRepo {
  private readonly diffCache = new Map<string, Promise<DiffFile[]>>()
  /**
   * Answers about objects named by full SHAs never change (an object, once there, stays what it is): they
   * are read from git once. Only answers that found something are kept: a missing object may come later.
   */
  private readonly objectCache = new Map<string, Promise<unknown>>()

  /** Reads of objects named by full SHAs, answered by one long-lived git process. */
  private readonly objects: ObjectReader

  constructor(readonly dir: string) {
    this.objects = new ObjectReader(dir)
  }

  /** Ends the repository's long-lived git process. */
  close(): void {
    this.objects.close()
  }

  private once<T>(key: string, read: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const cached = this.objectCache.get(key) as Promise<T> | undefined
    if (cached) return cached
    const value = read()
    this.objectCache.set(key, value)
    value.then(
      (v) => (keep(v) ? undefined : this.objectCache.delete(key)),
      () => this.objectCache.delete(key),
    )
    return value
  }

  /** Type of the object, or null when it does not exist. */
  async objectType(sha: string): Promise<string | null> {
    if (!SHA_RE.test(sha)) return null
    return this.once(
      `type ${sha}`,
      () => this.readObjectType(sha),
      (t) => t !== null,
    )
  }

  private async readObjectType(sha: string): Promise<string | null> {
    return (await this.objects.info(sha))?.type ?? null
  }

  private async verify(rev: string): Promise<string | null> {
    // <full sha>^{commit} and ^{tree} name the same object forever; branch and tag names do not.
    if (/^[0-9a-f]{40}\^\{(commit|tree)\}$/.test(rev))
      return this.once(
        `verify ${rev}`,
        () => this.readVerify(rev),
        (v) => v !== null,
      )
    return this.readVerify(rev)
  }

  private async readVerify(rev: string): Promise<string | null> {
    if (/^[0-9a-f]{40}\^\{(commit|tree)\}$/.test(rev)) return (await this.objects.info(rev))?.sha ?? null
    const r = await gitRaw(this.dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', rev], {
      okCodes: [1, 128],
    })
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null
  }

  /**
   * Resolves what GitHub accepts as a commit-ish in URLs: a (possibly abbreviated) SHA, a branch name, a
   * tag name, or 'heads/x' / 'tags/x' / 'refs/heads/x'. Returns the commit SHA or null.
   */
  async resolveCommit(ref: string): Promise<string | null> {
    if (SHORT_SHA_RE.test(ref)) {
      const sha = await this.verify(`${ref}^{commit}`)
      if (sha) return sha
    }
    if (!isPlainName(ref)) return null
    const candidates = ref.startsWith('refs/')
      ? [ref]
      : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]
    for (const c of candidates) {
      const sha = await this.verify(`${c}^{commit}`)
      if (sha) return sha
    }
    return null
  }

  /** Resolves a tree SHA or anything resolveCommit accepts to a tree SHA. */
  async resolveTree(treeish: string): Promise<string | null> {
    if (SHA_RE.test(treeish)) {
      const t = await this.objectType(treeish)
      if (t === 'tree') return treeish
      if (t === 'commit' || t === 'tag') return this.verify(`${treeish}^{tree}`)
      return null
    }
    const commit = await this.resolveCommit(treeish)
    return commit ? this.verify(`${commit}^{tree}`) : null
  }

  async readCommit(sha: string): Promise<CommitObject | null> {
    if (!SHA_RE.test(sha)) return null
    return this.once(
      `commit ${sha}`,
      () => this.readCommitOnce(sha),
      (c) => c !== null,
    )
  }

  private async readCommitOnce(sha: string): Promise<CommitObject | null> {
    const obj = await this.objects.contents(sha)
    if (!obj?.content || obj.type !== 'commit') return null
    return parseCommit(sha, obj.content)
  }

  async readCommits(shas: string[]): Promise<CommitObject[]> {
    if (shas.length === 0) return []
    const objs = await Promise.all(shas.map((sha) => (SHA_RE.test(sha) ? this.objects.contents(sha) : null)))
    return shas.map((sha, i) => {
      const obj = objs[i]
      if (!obj?.content || obj.type !== 'commit') throw new Error(`commit ${sha} not found`)
      return parseCommit(sha, obj.content)
    })
  }

  async readTag(sha: string): Promise<TagObject | null> {
    if (!SHA_RE.test(sha)) return null
    return this.once(
      `tag ${sha}`,
      () => this.readTagOnce(sha),
      (t) => t !== null,
    )
  }

  private async readTagOnce(sha: string): Promise<TagObject | null> {
    const obj = await this.objects.contents(sha)
    if (!obj?.content || obj.type !== 'tag') return null
    return parseTag(sha, obj.content)
  }

  async readBlob(sha: string): Promise<Buffer | null> {
    if (!SHA_RE.test(sha)) return null
    return this.once(
      `blob ${sha}`,
      () => this.readBlobOnce(sha),
      (b) => b !== null,
    )
  }

  private async readBlobOnce(sha: string): Promise<Buffer | null> {
    const obj = await this.objects.contents(sha)
    if (!obj?.content || obj.type !== 'blob') return null
    return obj.content
  }

  /** Object types of many SHAs at once (null for missing ones). */
  async objectTypes(shas: string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(shas)].filter((s) => SHA_RE.test(s))
    const out = new Map<string, string | null>(shas.map((s) => [s, null]))
    if (unique.length === 0) return out
    const found = await Promise.all(unique.map((sha) => this.objects.info(sha)))
    for (const [i, sha] of unique.entries()) out.set(sha, found[i]?.type ?? null)
    return out
  }

  /** Entries of a tree (recursive: also the entries of subtrees, trees included, with full paths). */
  async lsTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    if (!SHA_RE.test(treeish)) return this.lsTreeOnce(treeish, recursive)
    // Callers may change the entries they get: each gets its own copies.
    const entries = await this.once(
      `ls-tree ${recursive} ${treeish}`,
      () => this.lsTreeOnce(treeish, recursive),
      () => true,
    )
    return entries.map((e) => ({ ...e }))
  }

  private async lsTreeOnce(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    if (!recursive && SHA_RE.test(treeish)) return this.readTree(treeish)
    const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), '--end-of-options', treeish]
    const out = (await gitRaw(this.dir, args)).stdout.toString('utf8')
    const entries: TreeEntry[] = []
    for (const rec of out.split('\0')) {
      if (!rec) continue
      const tab = rec.indexOf('\t')
      const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/)
      const entry: TreeEntry = {
        mode: mode ?? '',
        type: (type ?? 'blob') as TreeEntry['type'],
        sha: sha ?? '',
        path: rec.slice(tab + 1),
      }
      if (type === 'blob' && size !== undefined && size !== '-') entry.size = Number(size)
      entries.push(entry)
    }
    return entries
  }

  /**
   * What `git ls-tree -l <sha>` lists (sha names a tree, or a commit or tag peeled to its tree), read from
   * the tree object itself: each entry's mode (six digits), type, SHA and name, and the size of each blob.
   */
  private async readTree(sha: string): Promise<TreeEntry[]> {
    const tree = await this.objects.contents(`${sha}^{tree}`)
    if (!tree?.content || tree.type !== 'tree') {
      const args = ['ls-tree', '-l', '-z', '--end-of-options', sha]
      throw new GitError(`git ${args.join(' ')} failed (128): fatal: not a tree object`, args, 128, '')
    }
    const raw = tree.content
    const entries: TreeEntry[] = []
    for (let at = 0; at < raw.length;) {
      const space = raw.indexOf(0x20, at)
      const nul = raw.indexOf(0, space)
      const mode = raw.subarray(at, space).toString('latin1').padStart(6, '0')
      const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
      const path = raw.subarray(space + 1, nul).toString('utf8')
      entries.push({ mode, type, sha: raw.subarray(nul + 1, nul + 21).toString('hex'), path })
      at = nul + 21
    }
    const sizes = await Promise.all(entries.map((e) => (e.type === 'blob' ? this.objects.info(e.sha) : null)))
    for (const [i, entry] of entries.entries()) {
      const size = sizes[i]?.size
      if (size !== undefined) entry.size = size
    }
    return entries
  }

  /**
   * Looks a path up in a commit: the root (''), a directory, or a file. Returns the entry (mode, type, sha,
   * size) or null.
   */
  async lookupPath(commit: string, path: string): Promise<TreeEntry | null> {
    const clean = path.replace(/^\/+|\/+$/g, '')
    if (clean === '') {
      const tree = await this.resolveTree(commit)
      return tree ? { mode: '040000', type: 'tree', sha: tree, path: '' } : null
    }
    const parts = clean.split('/')
    if (parts.some((p) => p === '' || p === '.' || p === '..')) return null
    const name = parts.pop() ?? ''
    let dirSha = await this.resolveTree(commit)
    for (const part of parts) {
      if (!dirSha) return null
      const entries = await this.lsTree(dirSha)
      const next = entries.find((e) => e.path === part)
      dirSha = next && next.type === 'tree' ? next.sha : null
    }
    if (!dirSha) return null
    const entry = (await this.lsTree(dirSha)).find((e) => e.path === name)
    return entry ? { ...entry, path: clean } : null
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const r = await gitRaw(this.dir, ['merge-base', a, b], { okCodes: [1] })
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null
  }

  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (SHA_RE.test(ancestor) && SHA_RE.test(descendant))
      return this.once(
        `ancestor ${ancestor} ${descendant}`,
        () => this.isAncestorOnce(ancestor, descendant),
        () => true,
      )
    return this.isAncestorOnce(ancestor, descendant)
  }

  private async isAncestorOnce(ancestor: string, descendant: string): Promise<boolean> {
    const r = await gitRaw(this.dir, ['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] })
    return r.code === 0
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async revList(base: string | null, head: string): Promise<string[]> {
    const range = base ? [head, `^${base}`] : [head]
    const out = await git(this.dir, ['rev-list', '--reverse', '--topo-order', ...range])
    return out ? out.split('\n') : []
  }

  async countCommits(base: string | null, head: string): Promise<number> {
    const range = base ? [head, `^${base}`] : [head]
    return Number(await git(this.dir, ['rev-list', '--count', ...range]))
  }

  /** Changed files between two trees/commits (a null `from` means the empty tree), renames detected. */
  diff(from: string | null, to: string): Promise<DiffFile[]> {
    const key = `${from ?? EMPTY_TREE_SHA}..${to}`
    let cached = this.diffCache.get(key)
    if (!cached) {
      cached = this.computeDiff(from ?? EMPTY_TREE_SHA, to)
      this.diffCache.set(key, cached)
      cached.catch(() => this.diffCache.delete(key))
    }
    return cached
  }

  private async computeDiff(from: string, to: string): Promise<DiffFile[]> {
    const common = ['diff-tree', '-r', '-z', '-M', '--no-commit-id']
    const [raw, numstat] = await Promise.all([
      gitRaw(this.dir, [...common, '--raw', from, to]),
      gitRaw(this.dir, [...common, '--numstat', from, to]),
    ])
    const rawParts = raw.stdout.toString('utf8').split('\0')
    const files: DiffFile[] = []
    for (let i = 0; i < rawParts.length;) {
      const meta = rawParts[i++]
      if (!meta) continue
      const [, , oldSha, newSha, statusField] = meta.slice(1).split(' ')
      const letter = (statusField ?? 'M')[0]
      const path1 = rawParts[i++] ?? ''
      const file: DiffFile = {
        status: 'modified',
        filename: path1,
        oldSha: oldSha ?? ZERO_SHA,
        newSha: newSha ?? ZERO_SHA,
        additions: 0,
        deletions: 0,
      }
      if (letter === 'R' || letter === 'C') {
        file.previous_filename = path1
        file.filename = rawParts[i++] ?? ''
        file.status = letter === 'R' ? 'renamed' : 'copied'
      } else if (letter === 'A') file.status = 'added'
      else if (letter === 'D') file.status = 'removed'
      else if (letter === 'T') file.status = 'changed'
      files.push(file)
    }
    const numParts = numstat.stdout.toString('utf8').split('\0')
    let index = 0
    for (let i = 0; i < numParts.length;) {
      const rec = numParts[i++]
      if (!rec) continue
      const [add, del, path] = rec.split('\t')
      if (path === '') i += 2 // rename/copy: the two paths follow as separate records
      const file = files[index++]
      if (!file) break
      file.additions = add === '-' ? 0 : Number(add)
      file.deletions = del === '-' ? 0 : Number(del)
    }
    return files
  }

  /** Refs under refs/ whose full name starts with `prefix` (string prefix, like GitHub's matching-refs). */
  async listRefs(prefix: string): Promise<RefEntry[]> {
    const out = await git(this.dir, [
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)',
      'refs/heads/',
      'refs/tags/',
      'refs/pull/',
      'refs/notes/',
    ])
    const refs: RefEntry[] = []
    for (const line of out.split('\n')) {
      if (!line) continue
      const [ref, sha, type] = line.split('\0')
      if (ref && sha && type && ref.startsWith(prefix)) refs.push({ ref, sha, type })
    }
    return refs.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
  }

  async getRef(fullRef: string): Promise<RefEntry | null> {
    if (!isPlainName(fullRef)) return null
    // What for-each-ref lists for it, without a git process: the object it names and its type.
    if (SIMPLE_REF.test(fullRef) && !fullRef.endsWith('.lock') && !fullRef.endsWith('.')) {
      const found = await this.objects.info(fullRef)
      return found ? { ref: fullRef, sha: found.sha, type: found.type } : null
    }
    const all = await this.listRefs(fullRef)
    return all.find((r) => r.ref === fullRef) ?? null
  }

  /**
   * Compare-and-swap: sets `fullRef` to `sha` only if it currently is `expected` (ZERO_SHA: must not
   * exist). Returns false when the ref moved or is locked by a concurrent update.
   */
  async casRef(fullRef: string, sha: string, expected: string): Promise<boolean> {
    const r = await gitRaw(this.dir, ['update-ref', '--no-deref', fullRef, sha, expected], {
      okCodes: [1, 128],
    })
    return r.code === 0
  }

  async checkRefFormat(fullRef: string): Promise<boolean> {
    const r = await gitRaw(this.dir, ['check-ref-format', fullRef], { okCodes: [1] })
    return r.code === 0
  }

  async hashObject(type: 'blob' | 'commit' | 'tag', content: Buffer): Promise<string> {
    return git(this.dir, ['hash-object', '-w', '-t', type, '--stdin'], { input: content })
  }

  /** Writes a tree with `git mktree`. Entries must exist (mktree verifies), names must be single components. */
  async mktree(entries: { mode: string; type: string; sha: string; name: string }[]): Promise<string> {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join('')
    return git(this.dir, ['mktree', '-z'], { input })
  }

  async commitTree(options: {
    tree: string
    parents: string[]
    message: string
    author: { name: string; email: string; date: string }
    committer: { name: string; email: string; date: string }
  }): Promise<string> {
    const args = ['commit-tree', options.tree]
    for (const p of options.parents) args.push('-p', p)
    args.push('-F', '-')
    return git(this.dir, args, {
      input: options.message,
      env: {
        GIT_AUTHOR_NAME: options.author.name,
        GIT_AUTHOR_EMAIL: options.author.email,
        GIT_AUTHOR_DATE: options.author.date,
        GIT_COMMITTER_NAME: options.committer.name,
        GIT_COMMITTER_EMAIL: options.committer.email,
        GIT_COMMITTER_DATE: options.committer.date,
      },
    })
  }

  async mktag(options: {
    object: string
    type: string
    tag: string
    tagger: { name: string; email: string; date: string }
    message: string
  }): Promise<string> {
    const { object, type, tag, tagger, message } = options
    const input = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagger.date}\n\n${message}`
    return git(this.dir, ['mktag'], { input })
  }
}

export { GitError }
