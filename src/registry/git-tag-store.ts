/** GTO's tags in a local repository, read with for-each-ref and written with `git tag -a`. */
import type { GtoTag } from '../core/gto/tags.js'
import type { Git } from '../git/git.js'
import type { NewTag, TagStore } from './tag-store.js'

const FORMAT = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objectname)',
  '%(taggerdate:iso-strict)',
  '%(taggername)',
].join('%00')

export class GitTagStore implements TagStore {
  constructor(private readonly git: Git) {}

  async list(filter: (name: string) => boolean): Promise<GtoTag[]> {
    const out = await this.git.text(['for-each-ref', `--format=${FORMAT}`, 'refs/tags'])
    const tags: GtoTag[] = []
    for (const line of out.split('\n')) {
      if (!line) continue
      const [name = '', type, object = '', peeled = '', date = '', tagger = ''] = line.split('\0')
      if (!filter(name)) continue
      const annotated = type === 'tag'
      tags.push({
        name,
        commit: annotated ? peeled : object,
        createdAt: annotated ? new Date(date).toISOString() : '',
        annotated,
        ...(annotated && tagger ? { tagger } : {}),
      })
    }
    return tags
  }

  async create(tag: NewTag): Promise<boolean> {
    const env = tag.tagger
      ? { GIT_COMMITTER_NAME: tag.tagger.name, GIT_COMMITTER_EMAIL: tag.tagger.email }
      : {}
    const r = await this.git.run(['tag', '-a', '-m', tag.message, '--', tag.name, tag.commit], {
      env,
      okCodes: [128],
    })
    return r.code === 0
  }
}
