/**
 * Times for people: `2026-12-02 13:38 UTC`, and "3 days ago" where a relative time reads better. The JSON
 * report keeps the exact ISO 8601 time.
 */
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Text that is not a time is shown as it is, through the renderer's escape. */
type Other = (text: string) => string
const asIs: Other = (text) => text

/** `2026-12-02 13:38 UTC`; text that is not a time goes through `other`. */
export function formatTime(iso: string, other: Other = asIs): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return other(iso)
  const d = new Date(t).toISOString()
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`
}

/** How long before `now` the time was: "just now", "5 minutes ago", "3 days ago"; undefined if not a time. */
export function formatAgo(iso: string, now: Date): string | undefined {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return undefined
  const ms = now.getTime() - t
  if (ms < 0) return ms > -MINUTE ? 'just now' : 'in the future'
  if (ms < MINUTE) return 'just now'
  const [n, unit] =
    ms < HOUR
      ? [Math.floor(ms / MINUTE), 'minute']
      : ms < DAY
        ? [Math.floor(ms / HOUR), 'hour']
        : ms < 45 * DAY
          ? [Math.floor(ms / DAY), 'day']
          : ms < 365 * DAY
            ? [Math.floor(ms / (30 * DAY)), 'month']
            : [Math.floor(ms / (365 * DAY)), 'year']
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`
}

/** `2026-12-02 13:38 UTC (3 days ago)`, or the time alone when there is no clock to compare with. */
export function formatTimeAgo(iso: string, now?: Date, other: Other = asIs): string {
  const ago = now ? formatAgo(iso, now) : undefined
  return ago ? `${formatTime(iso)} (${ago})` : formatTime(iso, other)
}
