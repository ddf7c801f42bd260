/** Annotated git tags, listed and created: local git or the GitHub API. */
import type { GtoTag } from '../core/gto/tags.js'

export interface NewTag {
  readonly name: string
  readonly commit: string
  readonly message: string
  /** Who creates the tag; the store's default identity when absent. */
  readonly tagger?: { readonly name: string; readonly email: string }
}

export interface TagStore {
  /** Every tag whose name passes the filter, with the commit it points to and, if annotated, its date. */
  list(filter: (name: string) => boolean): Promise<GtoTag[]>
  /** Create an annotated tag; false when a tag of that name exists already. */
  create(tag: NewTag): Promise<boolean>
}
