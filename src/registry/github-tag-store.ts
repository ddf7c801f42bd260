/** GTO's tags through the Git Data API: matching refs, tag objects, and new annotated tags. */
import type { GtoTag } from '../core/gto.js'
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
    const tags: GtoTag[] = []
    for (const ref of refs) {
      const name = ref.ref.replace(/^refs\/tags\//, '')
      if (!filter(name)) continue
      if (ref.object.type !== 'tag') {
        tags.push({ name, commit: ref.object.sha, createdAt: '', annotated: false })
        continue
      }
      const { data } = await this.api.rest.git.getTag({ ...this.repo, tag_sha: ref.object.sha })
      if (data.object.type !== 'commit') continue
      tags.push({
        name,
        commit: data.object.sha,
        createdAt: new Date(data.tagger.date).toISOString(),
        message: data.message.trim(),
        annotated: true,
      })
    }
    return tags
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
