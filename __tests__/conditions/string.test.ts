import { validateConditionClause } from '../../src/conditions/index.js'
import { check, clauseOf, evaluate, type Row } from './helpers.js'

// String operators: case-sensitive except IgnoreCase; Like takes `*` and `?`; a missing key makes a
// positive operator false and a negated one true; several policy values are OR-ed (NOR-ed when negated).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
const rows: Row[] = [
  { name: 'StringEquals: same value', operator: 'StringEquals', policy: 'prod', request: 'prod', expected: true },
  { name: 'StringEquals: case differs', operator: 'StringEquals', policy: 'prod', request: 'Prod', expected: false },
  { name: 'StringEquals: * is literal', operator: 'StringEquals', policy: 'pr*', request: 'prod', expected: false },
  { name: 'StringEquals: * matches itself', operator: 'StringEquals', policy: 'pr*', request: 'pr*', expected: true },
  { name: 'StringEquals: any of several values', operator: 'StringEquals', policy: ['dev', 'prod'], request: 'prod', expected: true },
  { name: 'StringEquals: none of several values', operator: 'StringEquals', policy: ['dev', 'prod'], request: 'test', expected: false },
  { name: 'StringEquals: missing key', operator: 'StringEquals', policy: 'prod', request: undefined, expected: false },
  { name: 'StringEquals: empty string equals empty string', operator: 'StringEquals', policy: '', request: '', expected: true },
  { name: 'StringEqualsIfExists: missing key', operator: 'StringEqualsIfExists', policy: 'prod', request: undefined, expected: true },
  { name: 'StringEqualsIfExists: present, differs', operator: 'StringEqualsIfExists', policy: 'prod', request: 'dev', expected: false },
  { name: 'StringEqualsIfExists: present, same', operator: 'StringEqualsIfExists', policy: 'prod', request: 'prod', expected: true },
  { name: 'StringNotEquals: differs', operator: 'StringNotEquals', policy: 'prod', request: 'dev', expected: true },
  { name: 'StringNotEquals: same', operator: 'StringNotEquals', policy: 'prod', request: 'prod', expected: false },
  { name: 'StringNotEquals: case differs', operator: 'StringNotEquals', policy: 'prod', request: 'PROD', expected: true },
  { name: 'StringNotEquals: equals one of several (NOR)', operator: 'StringNotEquals', policy: ['dev', 'prod'], request: 'dev', expected: false },
  { name: 'StringNotEquals: equals none of several', operator: 'StringNotEquals', policy: ['dev', 'prod'], request: 'test', expected: true },
  { name: 'StringNotEquals: missing key is true', operator: 'StringNotEquals', policy: 'prod', request: undefined, expected: true },
  { name: 'StringNotEqualsIfExists: missing key', operator: 'StringNotEqualsIfExists', policy: 'prod', request: undefined, expected: true },
  { name: 'StringEqualsIgnoreCase: case differs', operator: 'StringEqualsIgnoreCase', policy: 'Prod', request: 'pROD', expected: true },
  { name: 'StringEqualsIgnoreCase: different text', operator: 'StringEqualsIgnoreCase', policy: 'prod', request: 'prod2', expected: false },
  { name: 'StringEqualsIgnoreCase: non-ASCII letters', operator: 'StringEqualsIgnoreCase', policy: 'ÉTÉ', request: 'été', expected: true },
  { name: 'StringEqualsIgnoreCase: missing key', operator: 'StringEqualsIgnoreCase', policy: 'prod', request: undefined, expected: false },
  { name: 'StringNotEqualsIgnoreCase: case differs only', operator: 'StringNotEqualsIgnoreCase', policy: ['dev', 'prod'], request: 'PROD', expected: false },
  { name: 'StringNotEqualsIgnoreCase: other text', operator: 'StringNotEqualsIgnoreCase', policy: 'prod', request: 'test', expected: true },
  { name: 'StringNotEqualsIgnoreCase: missing key', operator: 'StringNotEqualsIgnoreCase', policy: 'prod', request: undefined, expected: true },
  { name: 'StringLike: prefix with *', operator: 'StringLike', policy: 'home/*', request: 'home/alice/notes.txt', expected: true },
  { name: 'StringLike: * matches empty', operator: 'StringLike', policy: 'home/*', request: 'home/', expected: true },
  { name: 'StringLike: no wildcard means whole value', operator: 'StringLike', policy: 'home', request: 'home/alice', expected: false },
  { name: 'StringLike: ? is exactly one character', operator: 'StringLike', policy: 'v?', request: 'v1', expected: true },
  { name: 'StringLike: ? does not match two', operator: 'StringLike', policy: 'v?', request: 'v10', expected: false },
  { name: 'StringLike: ? does not match none', operator: 'StringLike', policy: 'v?', request: 'v', expected: false },
  { name: 'StringLike: case-sensitive', operator: 'StringLike', policy: 'Home/*', request: 'home/x', expected: false },
  { name: 'StringLike: regex dot is literal', operator: 'StringLike', policy: 'a.b', request: 'axb', expected: false },
  { name: 'StringLike: regex class is literal', operator: 'StringLike', policy: '[ab]*', request: 'a', expected: false },
  { name: 'StringLike: empty pattern, empty value', operator: 'StringLike', policy: '', request: '', expected: true },
  { name: 'StringLike: one of several patterns', operator: 'StringLike', policy: ['', 'home/', 'home/alice/*'], request: 'home/alice/a', expected: true },
  { name: 'StringLike: missing key', operator: 'StringLike', policy: '*', request: undefined, expected: false },
  { name: 'StringLikeIfExists: missing key', operator: 'StringLikeIfExists', policy: 't2.*', request: undefined, expected: true },
  { name: 'StringNotLike: matches the pattern', operator: 'StringNotLike', policy: 'key1*', request: 'key1:legal', expected: false },
  { name: 'StringNotLike: does not match', operator: 'StringNotLike', policy: 'key1*', request: 'key2:audit', expected: true },
  { name: 'StringNotLike: missing key is true', operator: 'StringNotLike', policy: 'key1*', request: undefined, expected: true },
  { name: 'StringNotLike: matches one of several (NOR)', operator: 'StringNotLike', policy: ['a*', 'b*'], request: 'bee', expected: false }
]

describe('string condition operators', () => {
  test.each(rows)('$name', (row) => check(row))

  // "Key names are case-insensitive": the context lookup ignores case; the operator still compares values exactly.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  test('a condition key written in another case finds the request key', () => {
    const trace = evaluate('StringEquals', 'AWS:PRINCIPALTAG/Team', 'platform', undefined, '2012-10-17', {
      'aws:PrincipalTag/team': 'platform'
    })
    expect(trace.matched).toBe(true)
    expect(trace.requestValues).toEqual(['platform'])
  })

  test('string operators accept any policy text', () => {
    expect(validateConditionClause(clauseOf('StringLike', 's3:prefix', ['', '*', '${aws:username}/*']))).toBeNull()
  })
})
