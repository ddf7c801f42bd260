/**
 * src/github/rest.ts lists the endpoints Model Gate calls instead of importing @octokit/plugin-rest-endpoint-
 * methods' table of all of them: each route must be the plugin's, with no defaults or decorations the plugin
 * would add, and the methods must behave as the plugin's (a request.defaults function that paginate takes).
 */
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { describe, expect, it } from 'vitest'
import { restEndpoints, ROUTES } from '../../src/github/rest.js'

const octokit = new Octokit()
interface Method {
  readonly endpoint: ((parameters: Record<string, unknown>) => unknown) & {
    readonly DEFAULTS: Record<string, unknown>
  }
}
const theirs = restEndpointMethods(octokit).rest as unknown as Record<string, Record<string, Method>>
const ours = restEndpoints(octokit).rest as unknown as typeof theirs

describe('the endpoint methods of rest.ts', () => {
  const listed = Object.entries(ROUTES).flatMap(([scope, methods]) =>
    Object.keys(methods).map((name) => [scope, name] as const),
  )

  it('lists the 24 endpoints the action and the registry call', () => {
    expect(listed.length).toBe(24)
  })

  it.each(listed)("%s.%s has the plugin's route and defaults", (scope, name) => {
    const mine = ours[scope]?.[name]
    const plugin = theirs[scope]?.[name]
    expect(typeof mine).toBe('function')
    expect(mine?.endpoint.DEFAULTS).toEqual(plugin?.endpoint.DEFAULTS)
    expect(mine?.endpoint({ owner: 'o', repo: 'r', ref: 'heads/x', path: 'a b' })).toEqual(
      plugin?.endpoint({ owner: 'o', repo: 'r', ref: 'heads/x', path: 'a b' }),
    )
  })
})
