/** GTO's tags through the Git Data API: matching refs, tag objects, and new annotated tags. */
import type { GtoTag } from '../core/gto/tags.js'
import { mapLimit } from '../gate/concurrency.js'
import { statusOf, type Api } from '../github/client.js'
import type { RepoRef } from '../github/repo.js'
import type { NewTag, TagStore } from './tag-store.js'

export class GitHubTagStore implements TagStore {
  constructor(
    private readonly api: Api,
    private readonly repo: RepoRef,
    private readonly defaultTagger: { readonly name: string; readonly email: string },
  ) {}

  async list(filter: (name: string) => boolean): Promise<GtoTag[]> {
    const refs = await this.api.paginate(this.api.rest.git.listMatchingRefs, { ...this.repo, ref: 'tags/' })
    const wanted = refs
      .map((ref) => ({ ref, name: ref.ref.replace(/^refs\/tags\//, '') }))
      .filter(({ name }) => filter(name))
    // One tag object per annotated tag: read a few at a time.
    const read = await mapLimit(wanted, 8, async ({ ref, name }): Promise<GtoTag | undefined> => {
      if (ref.object.type !== 'tag') return { name, commit: ref.object.sha, createdAt: '', annotated: false }
      const { data } = await this.api.rest.git.getTag({ ...this.repo, tag_sha: ref.object.sha })
      if (data.object.type !== 'commit') return undefined
      return {
        name,
        commit: data.object.sha,
        createdAt: new Date(data.tagger.date).toISOString(),
        message: data.message.trim(),
        annotated: true,
      }
    })
    return read.filter((t): t is GtoTag => t !== undefined)
  }

  async create(tag: NewTag): Promise<boolean> {
    const tagger = tag.tagger ?? this.defaultTagger
    const { data } = await this.api.rest.git.createTag({
      ...this.repo,
      tag: tag.name,
      message: tag.message,
      object: tag.commit,
      type: 'commit',
      tagger: { ...tagger, date: new Date().toISOString() },
    })
    try {
      await this.api.rest.git.createRef({ ...this.repo, ref: `refs/tags/${tag.name}`, sha: data.sha })
      return true
    } catch (error) {
      if (statusOf(error) === 422) return false
      throw error
    }
  }
}
