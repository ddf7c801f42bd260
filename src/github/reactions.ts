/** A reaction on a comment: how the bot says "seen" without another comment. */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

export type Reaction = '+1' | '-1' | 'confused' | 'eyes' | 'rocket'

export async function react(api: Api, repo: RepoRef, commentId: number, content: Reaction): Promise<void> {
  await api.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content })
}
