/** Small pieces of text handling used across the code, written once. */

/** Strings in code-unit order (not the locale's): the same order on every machine. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** text cut to at most max UTF-16 code units, the cut marked by '…'. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** text cut to at most max code points (no surrogate pair split), the cut marked by '…'. */
export function clipChars(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}
