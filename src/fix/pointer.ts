/**
 * JSON Pointers (RFC 6901) into a scenario, and "put this value there" on a copy.
 * https://www.rfc-editor.org/rfc/rfc6901
 *
 * - `''` is the whole document; otherwise the pointer starts with `/` and each token unescapes
 *   `~1` to `/` and then `~0` to `~` (in that order, as section 4 requires).
 * - In an array, a token is a decimal index without leading zeros; `-` (or the index equal to the
 *   length) appends, an existing index is replaced.
 * - Putting a value creates missing intermediate members as objects (an array only before `-`),
 *   so `/request/headers/x-amz-acl` works on a request without headers.
 * - Members are defined as own properties, so a token such as `__proto__` is an ordinary key.
 */
import type { JsonValue } from '../scenario/types.js'

export class PointerError extends Error {}

/** The tokens of a pointer, unescaped. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new PointerError(`a JSON Pointer starts with "/": ${JSON.stringify(pointer)}`)
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~(?![01])/.test(token)) throw new PointerError(`"~" must be followed by 0 or 1 in a JSON Pointer: ${JSON.stringify(pointer)}`)
      return token.replace(/~1/g, '/').replace(/~0/g, '~')
    })
}

/** A pointer from unescaped tokens (numbers for array positions, `-` to append). */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

const INDEX = /^(0|[1-9]\d*)$/

type Container = JsonValue[] | { [key: string]: JsonValue }

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

function setMember(target: Container, token: string, value: JsonValue, pointer: string): void {
  if (Array.isArray(target)) {
    const index = token === '-' ? target.length : INDEX.test(token) ? Number(token) : Number.NaN
    if (Number.isNaN(index) || index > target.length) throw new PointerError(`${pointer}: "${token}" is not a position in an array of ${target.length}`)
    target[index] = value
    return
  }
  Object.defineProperty(target, token, { value, writable: true, enumerable: true, configurable: true })
}

function getMember(target: Container, token: string): JsonValue | undefined {
  if (Array.isArray(target)) return INDEX.test(token) ? target[Number(token)] : undefined
  return Object.hasOwn(target, token) ? target[token] : undefined
}

/** Puts `value` at `pointer` inside `root` (mutating it) and returns the root (a new one for `''`). */
export function putAtPointer(root: JsonValue, pointer: string, value: JsonValue): JsonValue {
  const tokens = parsePointer(pointer)
  if (tokens.length === 0) return value
  if (!isContainer(root)) throw new PointerError(`${pointer}: the document is not an object or array`)
  let current: Container = root
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as string
    let next = getMember(current, token)
    if (next === undefined || next === null) {
      next = tokens[i + 1] === '-' ? [] : {}
      setMember(current, token, next, pointer)
    }
    if (!isContainer(next)) throw new PointerError(`${pointer}: "${token}" holds a ${typeof next}, not an object or array`)
    current = next
  }
  setMember(current, tokens[tokens.length - 1] as string, value, pointer)
  return root
}

/** The value at `pointer`, or undefined when there is none. */
export function getAtPointer(root: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let current: JsonValue | undefined = root
  for (const token of parsePointer(pointer)) {
    if (!isContainer(current)) return undefined
    current = getMember(current, token)
  }
  return current
}
