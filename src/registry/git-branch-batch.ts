/**
 * Many files in one registry commit, with git plumbing and one process per step whatever the number of
 * files: the blobs written by one `hash-object --stdin-paths`, the tree by one `update-index --index-info` in a
 * private index. Like GitBranchStore.commitFile, it does not move the branch: swap does.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BOT_IDENTITY } from '../core/identity.js'
import type { Git } from '../git/git.js'

export async function commitFiles(
  git: Git,
  parent: string | undefined,
  files: ReadonlyMap<string, string>,
  message: string,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-batch-'))
  try {
    const paths = [...files.keys()]
    const local = paths.map((_, i) => join(dir, `blob-${i}`))
    await Promise.all(paths.map((p, i) => writeFile(local[i] as string, files.get(p) ?? '')))
    const blobs = (await git.text(['hash-object', '-w', '--stdin-paths'], { input: local.join('\n') + '\n' }))
      .split('\n')
      .filter(Boolean)
    const env = { GIT_INDEX_FILE: join(dir, 'index') }
    await git.run(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env })
    const info = paths.map((p, i) => `100644 ${blobs[i] ?? ''}\t${p}`).join('\n') + '\n'
    await git.run(['update-index', '--index-info'], { env, input: info })
    const tree = await git.line(['write-tree'], { env })
    const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]
    return await git.line(args, { env: await identity(git) })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** git's identity when one is configured, else Model Gate's (CI machines often have none). */
export async function identity(git: Git): Promise<NodeJS.ProcessEnv> {
  const [committer, author] = await Promise.all([
    git.run(['var', 'GIT_COMMITTER_IDENT'], { okCodes: [128] }),
    git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] }),
  ])
  if (committer.code === 0 && author.code === 0) return {}
  return {
    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
  }
}
