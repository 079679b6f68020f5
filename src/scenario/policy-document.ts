/**
 * Policy documents as the collector finds them, and the JSON text they are written in.
 *
 * IAM returns documents URL-encoded: GetRolePolicy, GetUserPolicy, GetPolicyVersion and friends
 * say "Policies returned by this operation are URL-encoded compliant with RFC 3986. You can use a
 * URL decoding method to convert the policy back to plain JSON text", naming java.net.URLDecoder
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html). We decode as that
 * class does: `+` is a space, `%XX` a UTF-8 byte. A literal `+` in the JSON is always `%2B` there.
 *
 * Hostile text never reaches JSON.parse unchecked: a linear scan rejects nesting deeper than
 * MAX_NESTING levels first, so no input overflows the stack, here or in anything that walks the
 * parsed value recursively.
 */

import { ScenarioError, displayPath, preview } from './errors.js'
import type { PolicyDocument } from './types.js'

/** Deepest nesting of arrays and objects accepted; a real scenario needs about 12. */
export const MAX_NESTING = 64
/** Longest JSON text accepted, in characters: 64 MiB, far beyond any real scenario. */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024

/** True for `{...}` values: not null, not an array, not a Date, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Accepts an object, a JSON string, or a URL-encoded JSON string (as IAM's GetRolePolicy/GetPolicyVersion
 * return it). Returns the object (an object argument is returned as is), or throws ScenarioError naming
 * `path`. The policy grammar is checked by the scenario schema, not here.
 */
export function decodePolicyDocument(value: unknown, path: string): PolicyDocument {
  if (isPlainObject(value)) return value as PolicyDocument
  const where = displayPath(path)
  if (typeof value === 'string') {
    const start = firstNonSpace(value)
    let parsed: unknown
    if (value[start] === '{') {
      parsed = parseJsonText(value, path, 'the JSON string: ')
    } else if (value[start] === '%' || value[start] === '+') {
      let decoded: string
      try {
        decoded = decodeURIComponent(value.replace(/\+/g, ' '))
      } catch {
        throw new ScenarioError([
          { path: where, message: 'the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)' }
        ])
      }
      parsed = parseJsonText(decoded, path, 'the URL-decoded string: ')
    } else {
      throw new ScenarioError([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${preview(value)}` }])
    }
    if (!isPlainObject(parsed)) {
      throw new ScenarioError([
        { path: where, message: `expected the string to hold a policy document (a JSON object), but it holds ${preview(parsed)}` }
      ])
    }
    return parsed as PolicyDocument
  }
  throw new ScenarioError([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${preview(value)}` }])
}

const EXPECTED_DOCUMENT = 'expected a policy document: an object, a JSON string or a URL-encoded JSON string'

function firstNonSpace(text: string): number {
  let i = 0
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/**
 * JSON.parse with limits and messages a person can act on. Throws ScenarioError at `path`
 * (prefixing each message with `context`) for text longer than MAX_TEXT_LENGTH, nesting deeper
 * than MAX_NESTING, or invalid JSON (naming line and column).
 */
export function parseJsonText(text: string, path: string, context = ''): unknown {
  const where = displayPath(path)
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ScenarioError([
      {
        path: where,
        message: `${context}larger than the ${MAX_TEXT_LENGTH / (1024 * 1024)} MiB limit (${text.length} characters)`
      }
    ])
  }
  const tooDeep = findExcessiveNesting(text)
  if (tooDeep !== -1) {
    throw new ScenarioError([
      { path: where, message: `${context}nesting deeper than ${MAX_NESTING} levels at ${lineColumn(text, tooDeep)}` }
    ])
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const fault = findSyntaxError(text)
    const detail = fault
      ? ` at ${lineColumn(text, fault.offset)}: ${fault.message}`
      : `: ${error instanceof Error ? error.message : String(error)}`
    throw new ScenarioError([{ path: where, message: `${context}invalid JSON${detail}` }])
  }
}

/** Offset of the first `[` or `{` that opens level MAX_NESTING + 1, or -1. Linear, no recursion. */
function findExcessiveNesting(text: string): number {
  const n = text.length
  let depth = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped by a backslash.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22) break
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return i
    } else if (c === 0x5d || c === 0x7d) {
      depth--
    }
  }
  return -1
}

/** `line L, column C` (both 1-based) of a character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++
    lineStart = nl + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}

class SyntaxFault {
  constructor(
    readonly offset: number,
    readonly message: string
  ) {}
}

/**
 * Where and why `text` is not JSON (RFC 8259), or null if it is. Only called after JSON.parse
 * failed, because V8's messages do not always give a position. Recursion is bounded by the
 * nesting check that ran before.
 */
function findSyntaxError(text: string): SyntaxFault | null {
  const n = text.length
  let i = 0

  const describe = (at: number): string => {
    if (at >= n) return 'the end of the text'
    const cp = text.codePointAt(at) ?? 0
    return cp < 0x20 ? `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(String.fromCodePoint(cp))
  }
  const fail = (message: string, at = i): never => {
    throw new SyntaxFault(at, message)
  }
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++
  }
  const hint = (at: number): string => {
    const ch = text[at]
    if (ch === "'") return ' (JSON strings use double quotes)'
    if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return ' (comments are not allowed in JSON)'
    return ''
  }

  const parseString = (): void => {
    const start = i
    i++ // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string', start)
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return
      }
      if (c < 0x20) fail(`${describe(i)} inside a string; escape it (for example \\n)`)
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape; expected 4 hex digits')
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2
        } else {
          fail(`invalid escape ${JSON.stringify(`\\${e ?? ''}`)} in a string`)
        }
      } else {
        i++
      }
    }
  }

  const parseNumber = (): void => {
    const match = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
    match.lastIndex = i
    const m = match.exec(text)
    if (m === null) return fail(`invalid number`)
    i += m[0].length
  }

  const parseValue = (depth: number, after: string): void => {
    skipSpace()
    if (i >= n) fail(`unexpected end of the text; expected a value${after === '' ? '' : ` ${after}`}`)
    const ch = text[i] as string
    if (ch === '{') return parseObject(depth + 1)
    if (ch === '[') return parseArray(depth + 1)
    if (ch === '"') return parseString()
    if (ch === '-' || (ch >= '0' && ch <= '9')) return parseNumber()
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length
        return
      }
    }
    const trailing = (ch === ']' || ch === '}') && after === 'after ","' ? ' (trailing commas are not allowed in JSON)' : ''
    fail(`unexpected ${describe(i)}; expected a value${trailing}${hint(i)}`)
  }

  const parseObject = (depth: number): void => {
    if (depth > MAX_NESTING) fail(`nesting deeper than ${MAX_NESTING} levels`)
    i++ // {
    skipSpace()
    if (text[i] === '}') {
      i++
      return
    }
    for (;;) {
      skipSpace()
      if (text[i] !== '"') {
        const trailing = text[i] === '}' ? ' (trailing commas are not allowed in JSON)' : ''
        fail(`expected a property name in double quotes, got ${describe(i)}${trailing}${hint(i)}`)
      }
      parseString()
      skipSpace()
      if (text[i] !== ':') fail(`expected ":" after a property name, got ${describe(i)}`)
      i++
      parseValue(depth, 'after ":"')
      skipSpace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return
      }
      fail(`expected "," or "}" after a property value, got ${describe(i)}${hint(i)}`)
    }
  }

  const parseArray = (depth: number): void => {
    if (depth > MAX_NESTING) fail(`nesting deeper than ${MAX_NESTING} levels`)
    i++ // [
    skipSpace()
    if (text[i] === ']') {
      i++
      return
    }
    for (let first = true; ; first = false) {
      parseValue(depth, first ? 'after "["' : 'after ","')
      skipSpace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ']') {
        i++
        return
      }
      fail(`expected "," or "]" after an array element, got ${describe(i)}${hint(i)}`)
    }
  }

  try {
    parseValue(0, '')
    skipSpace()
    if (i < n) fail(`unexpected ${describe(i)} after the end of the JSON value${hint(i)}`)
    return null
  } catch (error) {
    if (error instanceof SyntaxFault) return error
    throw error
  }
}
