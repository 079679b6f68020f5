/**
 * IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one.
 *
 * No RegExp is built: a two-pointer glob matcher that, on a mismatch, only ever backs up to the
 * most recent `*`. That is enough for glob patterns (an earlier `*` can never need to absorb more
 * once a later one has matched), so a match costs O(value × pattern) at worst and is linear in
 * practice, whatever the input: regex metacharacters are ordinary characters and a megabyte value
 * against `*a*a*a*b` cannot backtrack catastrophically.
 */

/**
 * A piece of a pattern after policy-variable substitution. `literal` pieces (from `${*}`, `${?}`,
 * `${$}` or a substituted variable value) match their characters exactly: a `*` or `?` in them is
 * not a wildcard.
 */
export interface Segment {
  text: string
  literal: boolean
}

const STAR = 42 // '*'
const QUESTION = 63 // '?'

/** A pattern flattened to one string, with the positions whose `*`/`?` are literal. */
export interface FlatPattern {
  text: string
  /** `literal[i] === 1`: the character at i matches only itself. Null when every `*`/`?` is a wildcard. */
  literal: Uint8Array | null
}

/** Joins segments into one string plus a literal mask (null when no segment is literal). */
export function flattenSegments(segments: readonly Segment[]): FlatPattern {
  if (segments.length === 1) {
    const only = segments[0] as Segment
    if (!only.literal) return { text: only.text, literal: null }
  }
  let text = ''
  let anyLiteral = false
  for (const segment of segments) {
    text += segment.text
    if (segment.literal && segment.text.length > 0) anyLiteral = true
  }
  if (!anyLiteral) return { text, literal: null }
  const literal = new Uint8Array(text.length)
  let at = 0
  for (const segment of segments) {
    if (segment.literal) literal.fill(1, at, at + segment.text.length)
    at += segment.text.length
  }
  return { text, literal }
}

/** True when the pattern text has a `*` or `?` (read as wildcards). */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/** Case-insensitive comparison of two UTF-16 code units (ASCII fast path, Unicode fallback). */
export function sameCharIgnoringCase(a: number, b: number): boolean {
  if (a === b) return true
  if (a < 128 && b < 128) {
    const la = a >= 65 && a <= 90 ? a + 32 : a
    const lb = b >= 65 && b <= 90 ? b + 32 : b
    return la === lb
  }
  const ca = String.fromCharCode(a)
  const cb = String.fromCharCode(b)
  return ca.toLowerCase() === cb.toLowerCase() || ca.toUpperCase() === cb.toUpperCase()
}

/**
 * Matches `pattern[pStart, pEnd)` against `value[vStart, vEnd)`. The ranges let ARN matching compare
 * one colon-separated component at a time without slicing strings.
 */
export function matchRange(
  pattern: string,
  pStart: number,
  pEnd: number,
  literal: Uint8Array | null,
  value: string,
  vStart: number,
  vEnd: number,
  ignoreCase: boolean
): boolean {
  let p = pStart
  let v = vStart
  let starP = -1
  let starV = 0
  while (v < vEnd) {
    if (p < pEnd) {
      const pc = pattern.charCodeAt(p)
      const wild = literal === null || literal[p] !== 1
      if (pc === STAR && wild) {
        starP = p
        starV = v
        p++
        continue
      }
      const vc = value.charCodeAt(v)
      if ((pc === QUESTION && wild) || pc === vc || (ignoreCase && sameCharIgnoringCase(pc, vc))) {
        p++
        v++
        continue
      }
    }
    if (starP < 0) return false
    // Let the most recent `*` absorb one more character and retry from just after it.
    p = starP + 1
    starV++
    v = starV
  }
  while (p < pEnd && pattern.charCodeAt(p) === STAR && (literal === null || literal[p] !== 1)) p++
  return p === pEnd
}

/**
 * Whether `value` matches `pattern`, where `*` is any run (including empty) and `?` exactly one
 * UTF-16 code unit. A Segment[] pattern keeps the `*` and `?` of its literal segments literal.
 */
export function wildcardMatch(pattern: string | readonly Segment[], value: string, ignoreCase = false): boolean {
  if (typeof pattern === 'string') {
    if (!ignoreCase && !hasWildcard(pattern)) return pattern === value
    return matchRange(pattern, 0, pattern.length, null, value, 0, value.length, ignoreCase)
  }
  const flat = flattenSegments(pattern)
  return matchRange(flat.text, 0, flat.text.length, flat.literal, value, 0, value.length, ignoreCase)
}
