/** A user's permission on the repository, asked of the API (never trusted from a webhook payload). */
import { unlessNotFound, type Api } from './client.js'
import type { RepoRef } from './repo.js'

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export async function roleOf(api: Api, repo: RepoRef, username: string): Promise<Role> {
  const response = await unlessNotFound(api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username }))
  if (!response) return 'none'
  // role_name is the real role; a custom role falls back to the base permission it grants.
  const known = ['admin', 'maintain', 'write', 'triage', 'read'] as const
  const { data } = response
  return known.find((r) => r === data.role_name) ?? known.find((r) => r === data.permission) ?? 'none'
}

export function canWrite(role: Role): boolean {
  return role === 'admin' || role === 'maintain' || role === 'write'
}
