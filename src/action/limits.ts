/** GitHub's size limits on what the action writes, in characters. */
export const COMMENT_MAX = 65_536
export const CHECK_SUMMARY_MAX = 65_535
/**
 * The job summary may hold 1 MiB of UTF-8; a UTF-16 code unit takes at most 3 bytes, so this many
 * characters always fit.
 */
export const JOB_SUMMARY_MAX = 340_000
/** GitHub keeps at most 1 MB of each step output; the `report` and `regressions` outputs stay within it. */
export const OUTPUT_MAX_BYTES = 1_000_000
/** Most annotations on one check run: 10 requests of 50. */
export const ANNOTATIONS_MAX = 500
