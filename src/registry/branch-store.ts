/** A branch whose tip can be read and moved only by compare-and-swap: local git or the GitHub API. */
export interface BranchTip {
  /** The commit new registry commits build on (the local branch, or its remote-tracking copy). */
  readonly parent?: string
  /** What the branch ref holds now: the expected value of the swap; undefined when it does not exist. */
  readonly expected?: string
}

export interface BranchStore {
  /** For messages: e.g. `model-registry`. */
  readonly branch: string
  tip(): Promise<BranchTip>
  readFile(commit: string, path: string): Promise<string | undefined>
  /** Files about to be read at commit, fetched together where the store can (never fails). */
  prefetch?(commit: string, paths: readonly string[]): Promise<void>
  /** A new commit on top of parent whose tree is parent's with path set to content. Does not move the ref. */
  commitFile(parent: string | undefined, path: string, content: string, message: string): Promise<string>
  /**
   * A new commit on top of parent whose tree is parent's with every path of files set to its content (one
   * tree, one commit, whatever the number of files). Does not move the ref.
   */
  commitFiles(
    parent: string | undefined,
    files: ReadonlyMap<string, string>,
    message: string,
  ): Promise<string>
  /** Move the branch from expected to next, only if it still holds expected. False when the race was lost. */
  swap(expected: string | undefined, next: string): Promise<boolean>
}
