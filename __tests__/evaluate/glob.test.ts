/**
 * The compiled patterns the evaluator uses for Action and Resource patterns (exact, prefix, `*`-only
 * and general) agree with the reference `wildcardMatch` on every pattern and value: `*` any run, `?`
 * one character (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards).
 */
import fc from 'fast-check'
import { compilePattern, matchPattern } from '../../src/evaluate/statement.js'
import { wildcardMatch } from '../../src/policy/wildcard.js'

const text = (alphabet: string[], maxLength: number) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''))

test('compiled patterns agree with wildcardMatch', () => {
  fc.assert(
    fc.property(text(['a', 'b', '/', '*', '?'], 8), text(['a', 'b', '/'], 10), (pattern, value) => {
      expect(matchPattern(compilePattern(pattern), value)).toBe(wildcardMatch(pattern, value))
    }),
    { numRuns: 20_000 }
  )
})

test.each([
  ['arn:aws:s3:::artifacts/*/app.zip', 'arn:aws:s3:::artifacts/builds/app.zip', true],
  ['arn:aws:s3:::artifacts/*/app.zip', 'arn:aws:s3:::artifacts/app.zip', false],
  ['arn:aws:s3:::*-prod/*', 'arn:aws:s3:::artifacts-prod/builds/app.zip', true],
  ['arn:aws:s3:::ab*ba', 'arn:aws:s3:::aba', false],
  ['arn:aws:s3:::a**b', 'arn:aws:s3:::ab', true],
  ['arn:aws:s3:::.*(x)', 'arn:aws:s3:::.aa(x)', true]
])('%s matches %s: %p', (pattern, value, expected) => {
  expect(matchPattern(compilePattern(pattern), value)).toBe(expected)
})
