import { validateConditionClause } from '../../src/conditions/index.js'
import { check, clauseOf, evaluate, type Row } from './helpers.js'

// Bool compares "true" / "false"; the operators page lists policy variables as supported for it.
// BinaryEquals "compares the value of the specified key byte for byte against a base-64 encoded
// representation of the binary value in the policy" (request values are base64 in a scenario too).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
const S = 'aws:SecureTransport'
const boolRows: Row[] = [
  { name: 'Bool: false = false (deny-insecure-transport example)', operator: 'Bool', key: S, policy: 'false', request: 'false', expected: true },
  { name: 'Bool: true vs false', operator: 'Bool', key: S, policy: 'false', request: 'true', expected: false },
  { name: 'Bool: case-insensitive policy', operator: 'Bool', key: S, policy: 'TRUE', request: 'true', expected: true },
  { name: 'Bool: case-insensitive request', operator: 'Bool', key: S, policy: 'true', request: 'True', expected: true },
  { name: 'Bool: missing key', operator: 'Bool', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: undefined, expected: false },
  { name: 'BoolIfExists: missing key', operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: undefined, expected: true },
  { name: 'BoolIfExists: present and different', operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: 'true', expected: false },
  { name: 'Bool: request not a boolean', operator: 'Bool', key: S, policy: 'true', request: 'yes', expected: false, error: '"yes" is not a valid boolean' }
]

const B = 'test:binary'
const binaryRows: Row[] = [
  { name: 'BinaryEquals: same bytes', operator: 'BinaryEquals', key: B, policy: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', request: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', expected: true },
  { name: 'BinaryEquals: same bytes, padding omitted', operator: 'BinaryEquals', key: B, policy: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', request: 'QmluYXJ5VmFsdWVJbkJhc2U2NA', expected: true },
  { name: 'BinaryEquals: different bytes', operator: 'BinaryEquals', key: B, policy: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', request: 'QmluYXJ5', expected: false },
  { name: 'BinaryEquals: one of several', operator: 'BinaryEquals', key: B, policy: ['AAAA', 'AQID'], request: 'AQID', expected: true },
  { name: 'BinaryEquals: missing key', operator: 'BinaryEquals', key: B, policy: 'AQID', request: undefined, expected: false },
  { name: 'BinaryEqualsIfExists: missing key', operator: 'BinaryEqualsIfExists', key: B, policy: 'AQID', request: undefined, expected: true },
  { name: 'BinaryEquals: request not base64', operator: 'BinaryEquals', key: B, policy: 'AQID', request: '@@@', expected: false, error: '"@@@" is not valid base64' }
]

describe('Bool', () => {
  test.each(boolRows)('$name', (row) => check(row))

  test.each([
    { value: 'true', problem: null },
    { value: 'False', problem: null },
    { value: '${aws:username}', problem: null },
    { value: 'yes', problem: '"yes" is not a valid boolean (expected "true" or "false")' },
    { value: '1', problem: '"1" is not a valid boolean (expected "true" or "false")' }
  ])('validateConditionClause: $value', ({ value, problem }) => {
    expect(validateConditionClause(clauseOf('Bool', S, value))).toBe(problem)
  })

  test('a policy variable in a Bool value is substituted', () => {
    const trace = evaluate('Bool', 'test:flag', '${test:other}', 'true', '2012-10-17', { 'test:other': 'TRUE' })
    expect(trace.policyValues).toEqual(['TRUE'])
    expect(trace.matched).toBe(true)
  })
})

describe('BinaryEquals', () => {
  test.each(binaryRows)('$name', (row) => check(row))

  test.each([
    { value: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', problem: null },
    { value: 'AQID', problem: null },
    { value: 'not base64!', problem: '"not base64!" is not valid base64' },
    { value: 'A', problem: '"A" is not valid base64' },
    { value: 'AQ=', problem: '"AQ=" is not valid base64' }
  ])('validateConditionClause: $value', ({ value, problem }) => {
    expect(validateConditionClause(clauseOf('BinaryEquals', B, value))).toBe(problem)
  })
})
