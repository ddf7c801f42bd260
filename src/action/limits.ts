/** GitHub's size limits on what the action writes, in characters. */
export const COMMENT_MAX = 65_536
export const CHECK_SUMMARY_MAX = 65_535
/**
 * The job summary may hold 1 MiB of UTF-8; a UTF-16 code unit takes at most 3 bytes, so this many
 * characters always fit.
 */
export const JOB_SUMMARY_MAX = 340_000
/**
 * GitHub keeps at most 1 MB of outputs for a step's job, all outputs together, and counts their size in UTF-16
 * (docs.github.com, "Defining outputs for jobs"): two bytes a character. A UTF-8 byte is at most one UTF-16
 * code unit, so outputs of OUTPUTS_MAX_BYTES / 2 UTF-8 bytes in all always fit. They are shared: the
 * `regressions` output takes at most REGRESSIONS_MAX_BYTES, the `report` output REPORT_MAX_BYTES, and the
 * rest (10,000 bytes) is left for `verdict`, the names and the delimiters.
 */
export const OUTPUTS_MAX_BYTES = 1_000_000
export const REPORT_MAX_BYTES = 390_000
export const REGRESSIONS_MAX_BYTES = 100_000
/** Most annotations on one check run: 10 requests of 50. */
export const ANNOTATIONS_MAX = 500
