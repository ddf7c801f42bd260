/**
 * Values that fit a 900-pixel column: digests shown as their first DIGEST_CHARS characters (the JSON report
 * keeps them whole), and URIs longer than URI_WIDTH cut in the middle, keeping the scheme, the host and the
 * file name.
 */
export const DIGEST_CHARS = 12
export const URI_WIDTH = 40

/** A run of 32 or more hex digits: an md5, sha1, sha256 or sha512 digest, or a full git object id. */
const DIGEST = /\b[0-9a-f]{32,}\b/gi
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i

export function shortenDigests(text: string): string {
  return text.replace(DIGEST, (d) => d.slice(0, DIGEST_CHARS))
}

/** text cut to width by an ellipsis in its middle: the start and the end are what tell URIs apart. */
export function shortenMiddle(text: string, width: number): string {
  const chars = [...text]
  if (chars.length <= width) return text
  const tail = Math.floor((width - 1) / 2)
  const head = width - 1 - tail
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`
}

/** A value for display: digests shortened, and a URI past URI_WIDTH cut in the middle. */
export function shortenValue(text: string): string {
  const short = shortenDigests(text)
  return URI.test(short) ? shortenMiddle(short, URI_WIDTH) : short
}
