/**
 * IAM policy variables: `${key}`, `${key, 'default'}` and the fixed `${*}`, `${?}`, `${$}`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 *
 * - Only policies with `"Version": "2012-10-17"` have variables; under 2008-10-17 or without a
 *   Version, `${aws:username}` is literal text.
 * - A substituted value (and a default) is literal: a `*` in a user name is not a wildcard.
 * - A key with no value in the request, or a multivalued key (which cannot be a variable), resolves
 *   to its default when one is given and otherwise leaves the policy value unresolved (null): "any
 *   attempt to match it fails".
 */
import type { RequestContext } from '../context/types.js'
import type { PolicyVersion } from './types.js'
import type { Segment } from './wildcard.js'

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'char'; text: string }
  | { kind: 'variable'; key: string; fallback: string | null }

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' }

/** Parsed templates, keyed by the policy text: a policy's values are parsed once, not per evaluation. */
const templates = new Map<string, Token[]>()
const TEMPLATE_CACHE_LIMIT = 4096

/** True when the text may hold a policy variable (it contains `${`). */
export function hasVariables(text: string): boolean {
  return text.includes('${')
}

/**
 * Substitutes `${key}` and `${key, 'default'}` from the context, and `${*}` `${?}` `${$}` as literal
 * characters. Only when version is `2012-10-17`; otherwise the text is one non-literal segment.
 * Returns null when a variable has no value in the context and no default.
 */
export function substituteVariables(text: string, context: RequestContext, version: PolicyVersion | null): Segment[] | null {
  if (version !== '2012-10-17' || !hasVariables(text)) return [{ text, literal: false }]
  const tokens = template(text)
  const segments: Segment[] = []
  for (const token of tokens) {
    if (token.kind === 'text') {
      segments.push({ text: token.text, literal: false })
    } else if (token.kind === 'char') {
      segments.push({ text: token.text, literal: true })
    } else {
      const entry = context.get(token.key)
      if (entry !== undefined && !entry.multiValued && entry.values.length === 1) {
        segments.push({ text: entry.values[0] as string, literal: true })
      } else if (token.fallback !== null) {
        segments.push({ text: token.fallback, literal: true })
      } else {
        return null
      }
    }
  }
  return segments
}

function template(text: string): Token[] {
  const cached = templates.get(text)
  if (cached !== undefined) return cached
  const tokens = parseTemplate(text)
  if (templates.size >= TEMPLATE_CACHE_LIMIT) templates.clear()
  templates.set(text, tokens)
  return tokens
}

/** Splits policy text into plain text and variables; a malformed `${` stays literal text. */
function parseTemplate(text: string): Token[] {
  const tokens: Token[] = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const start = text.indexOf('${', i)
    if (start < 0) {
      plain += text.slice(i)
      break
    }
    plain += text.slice(i, start)
    const parsed = parseVariable(text, start + 2)
    if (parsed === null) {
      plain += '${'
      i = start + 2
      continue
    }
    if (plain.length > 0) tokens.push({ kind: 'text', text: plain })
    plain = ''
    tokens.push(parsed.token)
    i = parsed.end
  }
  if (plain.length > 0) tokens.push({ kind: 'text', text: plain })
  return tokens
}

/** Parses `key}` or `key, 'default'}` from `from`; null when it is not a well-formed variable. */
function parseVariable(text: string, from: number): { token: Token; end: number } | null {
  let i = from
  while (i < text.length && text[i] !== '}' && text[i] !== ',' && text[i] !== '$' && text[i] !== '{') i++
  // `${$}` is the one variable whose name is `$`.
  if (i === from && text[i] === '$' && text[i + 1] === '}') return { token: { kind: 'char', text: '$' }, end: i + 2 }
  if (i >= text.length || (text[i] !== '}' && text[i] !== ',')) return null
  const key = text.slice(from, i).trim()
  if (key.length === 0) return null
  if (text[i] === '}') {
    const special = SPECIAL[key]
    if (special !== undefined) return { token: { kind: 'char', text: special }, end: i + 1 }
    return { token: { kind: 'variable', key, fallback: null }, end: i + 1 }
  }
  // `${key, 'default'}`: AWS documents a comma and a space before the quoted default.
  i++
  while (text[i] === ' ') i++
  if (text[i] !== "'") return null
  const close = text.indexOf("'", i + 1)
  if (close < 0) return null
  const fallback = text.slice(i + 1, close)
  let end = close + 1
  while (text[end] === ' ') end++
  if (text[end] !== '}') return null
  if (SPECIAL[key] !== undefined) return null
  return { token: { kind: 'variable', key, fallback }, end: end + 1 }
}
