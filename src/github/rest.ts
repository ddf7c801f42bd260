/**
 * `octokit.rest.<scope>.<method>` for the endpoints Model Gate calls, made as @octokit/plugin-rest-endpoint-methods
 * makes them: `octokit.request.defaults({ method, url })`, which `paginate` takes too. That plugin builds a
 * table of all of GitHub's endpoints when it is imported, about 10 ms of every cold run; this lists the ones
 * used, typed as the plugin types them, so a call to any other endpoint does not type-check until its route
 * is added here. test/unit/rest-routes.test.ts checks every route against the plugin's.
 */
import type { Octokit } from '@octokit/core'
import type { Api as RestApi } from '@octokit/plugin-rest-endpoint-methods'

type Methods = RestApi['rest']

export const ROUTES = {
  checks: {
    create: 'POST /repos/{owner}/{repo}/check-runs',
    listForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  },
  git: {
    createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
    createCommit: 'POST /repos/{owner}/{repo}/git/commits',
    createRef: 'POST /repos/{owner}/{repo}/git/refs',
    createTag: 'POST /repos/{owner}/{repo}/git/tags',
    createTree: 'POST /repos/{owner}/{repo}/git/trees',
    getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    getTag: 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
    getTree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    listMatchingRefs: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
    updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  },
  issues: {
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  },
  reactions: {
    createForIssueComment: 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
  },
  repos: {
    compareCommitsWithBasehead: 'GET /repos/{owner}/{repo}/compare/{basehead}',
    getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
    listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  },
} as const satisfies { readonly [S in keyof Methods]?: { readonly [M in keyof Methods[S]]?: string } }

type Routes = typeof ROUTES

/** The listed methods, each with the plugin's parameter and response types. */
export type RestMethods = {
  readonly [S in keyof Routes & keyof Methods]: Pick<Methods[S], keyof Routes[S] & keyof Methods[S]>
}

/** An Octokit plugin: `octokit.rest` with the listed endpoints. */
export function restEndpoints(octokit: Octokit): { rest: RestMethods } {
  const rest: Record<string, Record<string, unknown>> = {}
  for (const [scope, methods] of Object.entries(ROUTES)) {
    const made: Record<string, unknown> = {}
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ')
      made[name] = octokit.request.defaults({ method, url })
    }
    rest[scope] = made
  }
  return { rest: rest as unknown as RestMethods }
}
