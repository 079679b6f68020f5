/**
 * applyFix and its JSON Pointers (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901): `~1` is `/`,
 * `~0` is `~` (unescaped in that order, section 4), `-` is the position after the last element of an
 * array (section 4, "the (nonexistent) member after the last array element"), `''` is the whole document.
 */
import fc from 'fast-check'
import { applyFix, formatPointer, parsePointer, PointerError } from '../../src/fix/index.js'
import { getAtPointer, putAtPointer } from '../../src/fix/pointer.js'
import type { JsonValue, Scenario } from '../../src/scenario/types.js'
import { base } from './helpers.js'

describe('parsePointer / formatPointer', () => {
  test.each([
    { pointer: '', tokens: [] },
    { pointer: '/bucket/policy', tokens: ['bucket', 'policy'] },
    { pointer: '/request/headers/x-amz-acl', tokens: ['request', 'headers', 'x-amz-acl'] },
    { pointer: '/bucket/objects/builds~1app.zip/legalHold', tokens: ['bucket', 'objects', 'builds/app.zip', 'legalHold'] },
    { pointer: '/a~0b', tokens: ['a~b'] },
    // ~01 is "~1" literally, not "/": ~1 is replaced first, then ~0 (RFC 6901 section 4).
    { pointer: '/~01', tokens: ['~1'] },
    { pointer: '/identity/policies/-', tokens: ['identity', 'policies', '-'] },
    { pointer: '/', tokens: [''] }
  ])('pointer "$pointer"', ({ pointer, tokens }) => {
    expect(parsePointer(pointer)).toEqual(tokens)
    expect(formatPointer(tokens)).toBe(pointer)
  })

  test.each(['bucket/policy', '/a~2', '/a~'])('rejects %s', (pointer) => {
    expect(() => parsePointer(pointer)).toThrow(PointerError)
  })
})

describe('applyFix', () => {
  const scenario = (): Scenario => base()

  test.each([
    {
      name: 'replaces an existing member',
      target: '/bucket/region',
      document: 'eu-west-1',
      read: (s: Scenario) => s.bucket?.region,
      expected: 'eu-west-1'
    },
    {
      name: 'appends to an array with -',
      target: '/identity/policies/-',
      document: { name: 'extra', document: { Statement: [] } },
      read: (s: Scenario) => (Array.isArray(s.identity?.policies) ? s.identity.policies.map((item) => item.name) : null),
      expected: ['ci-write', 'extra']
    },
    {
      name: 'replaces an array element by index',
      target: '/identity/policies/0/name',
      document: 'renamed',
      read: (s: Scenario) => (Array.isArray(s.identity?.policies) ? s.identity.policies[0]?.name : null),
      expected: 'renamed'
    },
    {
      name: 'creates missing objects on the way',
      target: '/request/headers/x-amz-acl',
      document: 'bucket-owner-full-control',
      read: (s: Scenario) => s.request.headers,
      expected: { 'x-amz-acl': 'bucket-owner-full-control' }
    },
    {
      name: 'creates a missing array before -',
      target: '/kmsKeys/-',
      document: { arn: 'arn:aws:kms:us-east-1:111122223333:key/k' },
      read: (s: Scenario) => s.kmsKeys,
      expected: [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/k' }]
    },
    {
      name: 'unescapes ~1 in object keys',
      target: '/bucket/objects/builds~1app.zip/legalHold',
      document: true,
      read: (s: Scenario) => s.bucket?.objects?.['builds/app.zip']?.legalHold,
      expected: true
    },
    {
      name: 'treats __proto__ as an ordinary key',
      target: '/request/headers/__proto__',
      document: 'x',
      read: (s: Scenario) => ({ own: Object.hasOwn(s.request.headers ?? {}, '__proto__'), polluted: ({} as Record<string, unknown>).x }),
      expected: { own: true, polluted: undefined }
    }
  ])('$name', ({ target, document, read, expected }) => {
    expect(read(applyFix(scenario(), { target, document: document as JsonValue }))).toEqual(expected)
  })

  test.each([
    { name: 'an index past the end', target: '/identity/policies/5' },
    { name: 'a non-numeric array position', target: '/identity/policies/first' },
    { name: 'a path through a string', target: '/request/action/x' },
    { name: 'no leading slash', target: 'request/action' }
  ])('throws for $name', ({ target }) => {
    expect(() => applyFix(scenario(), { target, document: 'x' })).toThrow(PointerError)
  })

  test("'' replaces the whole document", () => {
    const replacement = { ...base(), name: 'other' }
    expect(applyFix(scenario(), { target: '', document: replacement as unknown as JsonValue })).toEqual(replacement)
  })

  test('the document put in place is a copy: changing the fix later does not change the result', () => {
    const document = { name: 'x', document: { Statement: [] } }
    const fixed = applyFix(scenario(), { target: '/identity/policies/-', document })
    document.name = 'changed'
    expect(Array.isArray(fixed.identity?.policies) ? fixed.identity.policies[1]?.name : null).toBe('x')
  })
})

// Property: applyFix never mutates its input, whatever the pointer and the value.
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 })
  )
})).value

const token = fc.oneof(fc.constantFrom('request', 'headers', 'identity', 'policies', 'bucket', 'objects', '-', '0', '1', '__proto__', 'a/b', 'a~b'), fc.string({ maxLength: 5 }))

test('applyFix never mutates the scenario it is given (property)', () => {
  fc.assert(
    fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), json, (tokens, document) => {
      const input = base()
      const before = JSON.stringify(input)
      try {
        applyFix(input, { target: formatPointer(tokens), document })
      } catch (error) {
        if (!(error instanceof PointerError)) throw error
      }
      expect(JSON.stringify(input)).toBe(before)
    }),
    { numRuns: 500 }
  )
})

test('getAtPointer reads what putAtPointer wrote (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 1, maxLength: 5 }).filter((text) => text !== '-' && !/^\d+$/.test(text)), { minLength: 1, maxLength: 4 }), json, (tokens, value) => {
      const root: JsonValue = {}
      const pointer = formatPointer(tokens)
      putAtPointer(root, pointer, value)
      expect(getAtPointer(root, pointer)).toEqual(value)
    })
  )
})
