/** The reasons people give for changing production or accepting a regression. */
/**
 * The one length limit of a reason a person writes (a rollback's, an acceptance's), in characters (Unicode
 * code points). A longer reason is refused, never cut: the history records what was written.
 */
export const MAX_REASON = 500

/** Why a reason cannot be recorded, or undefined when it can. */
export function reasonProblem(reason: string): string | undefined {
  const length = [...reason].length
  return length > MAX_REASON
    ? `the reason is ${length} characters, over the limit of ${MAX_REASON}`
    : undefined
}

/** Room to show any reason within the limit whole, even one whose every character is shown as `\uXXXX`. */
export const REASON_SHOWN = MAX_REASON * 6
