import fc from 'fast-check'
import { hasWildcard, wildcardMatch, type Segment } from '../../src/policy/wildcard.js'

// IAM wildcards: "multi-character match wildcards (*) and single-character match wildcards (?)
// anywhere in the string"; `${*}` / `${?}` and substituted values are literal.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
describe('wildcardMatch', () => {
  test.each([
    { name: 'exact text', pattern: 's3:GetObject', value: 's3:GetObject', expected: true },
    { name: 'exact text, other value', pattern: 's3:GetObject', value: 's3:GetObjectAcl', expected: false },
    { name: '* alone matches anything', pattern: '*', value: 'anything at all', expected: true },
    { name: '* alone matches empty', pattern: '*', value: '', expected: true },
    { name: 'empty pattern only matches empty', pattern: '', value: 'a', expected: false },
    { name: 'trailing *', pattern: 's3:Get*', value: 's3:GetObjectVersion', expected: true },
    { name: 'leading *', pattern: '*Object', value: 's3:GetObject', expected: true },
    { name: 'middle *', pattern: 's3:*Object', value: 's3:PutObject', expected: true },
    { name: 'several *', pattern: '*a*b*c*', value: 'xxaxxbxxcxx', expected: true },
    { name: 'several *, wrong order', pattern: '*a*b*c*', value: 'xxcxxbxxaxx', expected: false },
    { name: '? one character', pattern: 'i-?', value: 'i-1', expected: true },
    { name: '? not zero characters', pattern: 'i-?', value: 'i-', expected: false },
    { name: '?* at least one', pattern: 'a?*', value: 'a', expected: false },
    { name: '**** collapses', pattern: 'a****b', value: 'ab', expected: true },
    { name: 'case-sensitive by default', pattern: 'S3:GET*', value: 's3:getobject', expected: false },
    { name: 'regex metacharacters are literal', pattern: 'a.b+c(d)[e]{f}|^$\\', value: 'a.b+c(d)[e]{f}|^$\\', expected: true },
    { name: 'dot is not any character', pattern: 'a.c', value: 'abc', expected: false },
    { name: 'needs backtracking to an earlier position', pattern: '*ab', value: 'aab', expected: true },
    { name: 'newline is an ordinary character', pattern: 'a*b', value: 'a\nb', expected: true }
  ])('$name', ({ pattern, value, expected }) => {
    expect(wildcardMatch(pattern, value)).toBe(expected)
  })

  test.each([
    { name: 'ASCII', pattern: 'S3:GET*', value: 's3:getobject', expected: true },
    { name: 'non-ASCII', pattern: 'ÉTÉ-?', value: 'été-1', expected: true },
    { name: 'still whole-value', pattern: 'S3:GET', value: 's3:getobject', expected: false }
  ])('ignoreCase: $name', ({ pattern, value, expected }) => {
    expect(wildcardMatch(pattern, value, true)).toBe(expected)
  })

  test.each([
    { name: 'literal * segment', segments: [{ text: 'file', literal: false }, { text: '*', literal: true }], value: 'file*', expected: true },
    { name: 'literal * segment is not a wildcard', segments: [{ text: 'file', literal: false }, { text: '*', literal: true }], value: 'file1', expected: false },
    { name: 'literal ? segment', segments: [{ text: '?', literal: true }], value: 'x', expected: false },
    { name: 'wildcard after a literal value', segments: [{ text: 'home/', literal: false }, { text: 'a*b', literal: true }, { text: '/*', literal: false }], value: 'home/a*b/c/d', expected: true },
    { name: 'literal value with * does not expand', segments: [{ text: 'home/', literal: false }, { text: 'a*b', literal: true }, { text: '/*', literal: false }], value: 'home/axxb/c', expected: false },
    { name: 'one non-literal segment behaves like the string', segments: [{ text: 'a*', literal: false }], value: 'abc', expected: true },
    { name: 'no segments matches empty', segments: [], value: '', expected: true }
  ] as { name: string; segments: Segment[]; value: string; expected: boolean }[])('segments: $name', ({ segments, value, expected }) => {
    expect(wildcardMatch(segments, value)).toBe(expected)
  })

  test.each([
    { pattern: 'a*', expected: true },
    { pattern: 'a?', expected: true },
    { pattern: 'abc', expected: false },
    { pattern: '', expected: false }
  ])('hasWildcard($pattern) = $expected', ({ pattern, expected }) => {
    expect(hasWildcard(pattern)).toBe(expected)
  })
})

/** The reference: an anchored RegExp with every non-wildcard character escaped. */
function reference(segments: readonly Segment[], value: string): boolean {
  let source = '^'
  for (const segment of segments) {
    for (const char of segment.text) {
      if (!segment.literal && char === '*') source += '[\\s\\S]*'
      else if (!segment.literal && char === '?') source += '[\\s\\S]'
      else source += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
    }
  }
  return new RegExp(`${source}$`).test(value)
}

describe('wildcardMatch agrees with an escaped RegExp', () => {
  // A small alphabet so that matches are frequent, with the regex metacharacters in it.
  const alphabet = ['a', 'b', '*', '?', '.', '+', '(', ')', '[', ']', '\\', '^', '$', '|', '{', '}', '-', '\n']
  const char = fc.constantFrom(...alphabet)
  const text = (maxLength: number) => fc.array(char, { maxLength }).map((chars) => chars.join(''))

  test('string patterns', () => {
    fc.assert(
      fc.property(text(12), text(16), (pattern, value) => {
        expect(wildcardMatch(pattern, value)).toBe(reference([{ text: pattern, literal: false }], value))
      }),
      { numRuns: 5000 }
    )
  })

  test('string patterns against values built to match', () => {
    // Values derived from the pattern (each * expanded, each ? filled) make true cases common.
    const expanded = text(10).chain((pattern) =>
      fc
        .tuple(...[...pattern].map((c) => (c === '*' ? text(4) : c === '?' ? char : fc.constant(c))))
        .map((parts) => ({ pattern, value: parts.join('') }))
    )
    fc.assert(
      fc.property(expanded, ({ pattern, value }) => {
        expect(wildcardMatch(pattern, value)).toBe(true)
        expect(reference([{ text: pattern, literal: false }], value)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  test('segment patterns with literal pieces', () => {
    const segment = fc.record({ text: text(5), literal: fc.boolean() })
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), text(16), (segments, value) => {
        expect(wildcardMatch(segments, value)).toBe(reference(segments, value))
      }),
      { numRuns: 5000 }
    )
  })
})

describe('no catastrophic backtracking', () => {
  const megabyte = 'a'.repeat(1 << 20)

  test.each([
    { name: 'no b at the end', pattern: '*a*a*a*a*b', value: megabyte, expected: false },
    { name: 'b at the end', pattern: '*a*a*a*a*b', value: `${megabyte}b`, expected: true },
    { name: 'many ? and *', pattern: '*?*?*?*?*?*c', value: megabyte, expected: false },
    { name: 'case-insensitive', pattern: '*A*A*A*A*B', value: `${megabyte}b`, expected: true }
  ])('1 MB value, $name', ({ pattern, value, expected }) => {
    expect(wildcardMatch(pattern, value, pattern.includes('A'))).toBe(expected)
  })
})
