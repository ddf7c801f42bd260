export interface RepoRef {
  readonly owner: string
  readonly repo: string
}
