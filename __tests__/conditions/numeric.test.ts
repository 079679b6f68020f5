import { validateConditionClause } from '../../src/conditions/index.js'
import { compareDecimals, parseDecimal } from '../../src/conditions/numeric.js'
import { check, clauseOf, type Row } from './helpers.js'

// Numeric operators compare "a key to an integer or decimal value"; no policy variables.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
const rows: Row[] = [
  { name: 'NumericEquals: same integer', operator: 'NumericEquals', policy: '10', request: '10', expected: true },
  { name: 'NumericEquals: 10 = 10.0', operator: 'NumericEquals', policy: '10', request: '10.0', expected: true },
  { name: 'NumericEquals: leading zeros', operator: 'NumericEquals', policy: '10', request: '010', expected: true },
  { name: 'NumericEquals: 0 = -0', operator: 'NumericEquals', policy: '0', request: '-0', expected: true },
  { name: 'NumericEquals: different', operator: 'NumericEquals', policy: '10', request: '11', expected: false },
  { name: 'NumericEquals: decimals', operator: 'NumericEquals', policy: '0.50', request: '.5', expected: true },
  { name: 'NumericEquals: exact beyond float precision', operator: 'NumericEquals', policy: '9007199254740993', request: '9007199254740992', expected: false },
  { name: 'NumericEquals: any of several', operator: 'NumericEquals', policy: ['1', '2', '3'], request: '2', expected: true },
  { name: 'NumericEquals: missing key', operator: 'NumericEquals', policy: '10', request: undefined, expected: false },
  { name: 'NumericNotEquals: different', operator: 'NumericNotEquals', policy: '10', request: '11', expected: true },
  { name: 'NumericNotEquals: equal to one of several', operator: 'NumericNotEquals', policy: ['10', '11'], request: '11', expected: false },
  { name: 'NumericNotEquals: missing key is true', operator: 'NumericNotEquals', policy: '10', request: undefined, expected: true },
  { name: 'NumericLessThan: less', operator: 'NumericLessThan', policy: '10', request: '9', expected: true },
  { name: 'NumericLessThan: equal', operator: 'NumericLessThan', policy: '10', request: '10', expected: false },
  { name: 'NumericLessThan: negative', operator: 'NumericLessThan', policy: '-1', request: '-2.5', expected: true },
  { name: 'NumericLessThan: 9.99 < 10', operator: 'NumericLessThan', policy: '10', request: '9.99', expected: true },
  { name: 'NumericLessThan: 100 vs 99 (not string order)', operator: 'NumericLessThan', policy: '99', request: '100', expected: false },
  { name: 'NumericLessThanEquals: equal (s3:max-keys example)', operator: 'NumericLessThanEquals', key: 's3:max-keys', policy: '10', request: '10', expected: true },
  { name: 'NumericLessThanEquals: greater', operator: 'NumericLessThanEquals', key: 's3:max-keys', policy: '10', request: '1000', expected: false },
  { name: 'NumericGreaterThan: greater', operator: 'NumericGreaterThan', policy: '9007199254740992', request: '9007199254740993', expected: true },
  { name: 'NumericGreaterThan: equal', operator: 'NumericGreaterThan', policy: '5', request: '5.000', expected: false },
  { name: 'NumericGreaterThanEquals: equal', operator: 'NumericGreaterThanEquals', policy: '5', request: '5', expected: true },
  { name: 'NumericGreaterThanEquals: less', operator: 'NumericGreaterThanEquals', policy: '5', request: '4.9', expected: false },
  { name: 'NumericGreaterThanEqualsIfExists: missing', operator: 'NumericGreaterThanEqualsIfExists', policy: '5', request: undefined, expected: true },
  { name: 'NumericLessThan: request not a number', operator: 'NumericLessThan', policy: '10', request: 'ten', expected: false, error: '"ten" is not a valid number' },
  { name: 'NumericNotEquals: request not a number', operator: 'NumericNotEquals', policy: '10', request: '1.2.3', expected: false, error: 'is not a valid number' },
  { name: 'NumericEquals: policy not a number', operator: 'NumericEquals', policy: 'ten', request: '10', expected: false, error: '"ten" is not a valid number' }
]

describe('numeric condition operators', () => {
  test.each(rows)('$name', (row) => check(row))

  test.each([
    { name: 'integer', value: '10', problem: null },
    { name: 'signed decimal', value: '-0.25', problem: null },
    { name: 'JSON number written with exponent', value: '1e+21', problem: null },
    { name: 'two dots', value: '10.0.1', problem: '"10.0.1" is not a valid number' },
    { name: 'word', value: 'ten', problem: '"ten" is not a valid number' },
    { name: 'empty', value: '', problem: '"" is not a valid number' },
    { name: 'lone sign', value: '-', problem: '"-" is not a valid number' },
    { name: 'policy variable (not allowed for numbers)', value: '${aws:username}', problem: '"${aws:username}" is not a valid number' }
  ])('validateConditionClause: $name', ({ value, problem }) => {
    expect(validateConditionClause(clauseOf('NumericLessThan', 's3:max-keys', value))).toBe(problem)
  })

  test.each([
    { a: '1e3', b: '1000', expected: 0 },
    { a: '0.001', b: '1e-3', expected: 0 },
    { a: '-10', b: '-9', expected: -1 },
    { a: '123.456', b: '123.4559', expected: 1 },
    { a: '0', b: '0.0001', expected: -1 }
  ])('compareDecimals($a, $b) = $expected', ({ a, b, expected }) => {
    const left = parseDecimal(a)
    const right = parseDecimal(b)
    expect(left).not.toBeNull()
    expect(right).not.toBeNull()
    if (left !== null && right !== null) expect(compareDecimals(left, right)).toBe(expected)
  })
})
