/**
 * Names people read: a metric or model name with an invisible character, or one that only looks like
 * another, is a way to make a rule stop applying without anyone noticing. Pure functions.
 */

/**
 * Characters a reader cannot see: controls (Cc), format characters (Cf: zero-width spaces and joiners,
 * bidi controls, soft hyphen, word joiner, BOM), line and paragraph separators, and the blank letters
 * (Hangul fillers, braille blank) that render as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u

/** The first invisible character of text, as `U+200B`, or undefined. */
export function invisibleCharacter(text: string): string | undefined {
  const m = INVISIBLE.exec(text)
  return m ? codePoint(m[0]) : undefined
}

export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Text with every character outside printable ASCII shown as \uXXXX, for messages about look-alikes. */
export function visible(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    out += cp >= 0x20 && cp < 0x7f ? ch : `\\u{${cp.toString(16).toUpperCase()}}`
  }
  return out
}

/**
 * Letters of other scripts that look like Latin ones (from Unicode's confusables for the letters metric
 * names are made of). Compatibility forms (fullwidth, mathematical letters) are folded by NFKC first.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ь: 'b',
  А: 'a',
  В: 'b',
  С: 'c',
  Е: 'e',
  Н: 'h',
  І: 'i',
  Ј: 'j',
  К: 'k',
  М: 'm',
  О: 'o',
  Р: 'p',
  Ѕ: 's',
  Т: 't',
  Х: 'x',
  У: 'y',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Χ: 'x',
  Υ: 'y',
  Ζ: 'z',
  // Latin look-alikes and digits
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ℓ: 'l',
  '0': 'o',
  '1': 'l',
}

/** What a name looks like: compatibility forms and accents folded, look-alike letters replaced, lower case. */
export function skeleton(name: string): string {
  let out = ''
  for (const ch of name.normalize('NFKD').replace(/\p{M}/gu, '')) out += LOOKALIKES[ch] ?? ch
  return out.toLowerCase()
}

/** True when a and b are different names that a reader would take for the same one. */
export function looksLike(a: string, b: string): boolean {
  return a !== b && skeleton(a) === skeleton(b)
}
