import { validateConditionClause } from '../../src/conditions/index.js'
import { check, clauseOf, evaluate, type Row } from './helpers.js'

// ARN operators: "Case-sensitive matching of the ARN. Each of the six colon-delimited components of
// the ARN is checked separately and each can include multi-character match wildcards (*) or
// single-character match wildcards (?). The ArnEquals and ArnLike condition operators behave
// identically." ArnNotEquals/ArnNotLike are the (identical) negations. Policy variables are allowed.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
const P = 'aws:PrincipalArn'
const ADMIN = 'arn:aws:iam::123456789012:role/AdminRole'
const positive: Omit<Row, 'operator'>[] = [
  { name: 'wildcard account and role name', key: P, policy: 'arn:aws:iam::*:role/*', request: ADMIN, expected: true },
  { name: 'role pattern vs a user', key: P, policy: 'arn:aws:iam::*:role/*', request: 'arn:aws:iam::123456789012:user/User', expected: false },
  { name: 'exact ARN', key: P, policy: ADMIN, request: ADMIN, expected: true },
  { name: 'case-sensitive', key: P, policy: 'arn:aws:iam::123456789012:role/adminrole', request: ADMIN, expected: false },
  { name: '? per character', key: 'aws:SourceArn', policy: 'arn:aws:ec2:*:*:instance/i-?????', request: 'arn:aws:ec2:us-east-1:123456789012:instance/i-12345', expected: true },
  { name: '? count must fit', key: 'aws:SourceArn', policy: 'arn:aws:ec2:*:*:instance/i-?????', request: 'arn:aws:ec2:us-east-1:123456789012:instance/i-123456', expected: false },
  { name: 'resource keeps its colons', key: 'aws:SourceArn', policy: 'arn:aws:logs:us-east-1:123456789012:log-group:app:*', request: 'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:web', expected: true },
  { name: 'empty region and account components', key: 'aws:SourceArn', policy: 'arn:aws:s3:::artifacts-*', request: 'arn:aws:s3:::artifacts-prod', expected: true },
  { name: 'wildcard does not span components (docs example)', key: 'aws:SourceArn', policy: 'arn:aws:someservice:*:111122223333:finance/*', request: 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt', expected: false },
  { name: 'pattern with fewer than six components', key: 'aws:SourceArn', policy: 'arn:aws:*', request: 'arn:aws:s3:::bucket', expected: false },
  { name: 'wildcard component must not be left out', key: 'aws:SourceArn', policy: 'arn:aws:s3:*', request: 'arn:aws:s3:::bucket', expected: false },
  { name: 'missing key', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:123456789012:topic', request: undefined, expected: false },
  { name: 'request not an ARN', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:*', request: 'not-an-arn', expected: false, error: '"not-an-arn" is not an ARN' }
]

// The negations: true exactly when the positive form is false, except a missing key (true) and errors (false).
const negative = positive.map((row) => ({
  ...row,
  expected: row.error !== undefined ? false : row.request === undefined ? true : !row.expected
}))

const rows: Row[] = [
  ...positive.map((row) => ({ ...row, name: `ArnLike: ${row.name}`, operator: 'ArnLike' })),
  ...positive.map((row) => ({ ...row, name: `ArnEquals (same as ArnLike): ${row.name}`, operator: 'ArnEquals' })),
  ...negative.map((row) => ({ ...row, name: `ArnNotLike: ${row.name}`, operator: 'ArnNotLike' })),
  ...negative.map((row) => ({ ...row, name: `ArnNotEquals (same as ArnNotLike): ${row.name}`, operator: 'ArnNotEquals' })),
  { name: 'ArnLikeIfExists: missing key', operator: 'ArnLikeIfExists', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:*', request: undefined, expected: true },
  { name: 'ArnNotLike: matches one of several (NOR)', operator: 'ArnNotLike', key: P, policy: ['arn:aws:iam::*:user/*', 'arn:aws:iam::*:role/Admin*'], request: ADMIN, expected: false }
]

describe('ARN condition operators', () => {
  test.each(rows)('$name', (row) => check(row))

  test('the same value matches StringLike but not ArnLike (docs example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*'
    const value = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'
    expect(evaluate('StringLike', 'aws:SourceArn', pattern, value).matched).toBe(true)
    expect(evaluate('ArnLike', 'aws:SourceArn', pattern, value).matched).toBe(false)
  })

  // Variables substitute literal text, colons included, before the ARN is split into components.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  test.each([
    { name: 'account from a variable', policy: 'arn:aws:iam::${aws:PrincipalAccount}:role/*', request: ADMIN, expected: true },
    { name: 'account from a variable, other account', policy: 'arn:aws:iam::${aws:PrincipalAccount}:role/*', request: 'arn:aws:iam::999999999999:role/AdminRole', expected: false },
    { name: 'whole ARN from a variable', policy: '${test:arn}', request: ADMIN, expected: true },
    { name: 'substituted * is literal', policy: 'arn:aws:iam::123456789012:role/${test:star}', request: ADMIN, expected: false }
  ])('ArnEquals with policy variables: $name', ({ policy, request, expected }) => {
    const trace = evaluate('ArnEquals', P, policy, request, '2012-10-17', {
      'aws:PrincipalAccount': '123456789012',
      'test:arn': ADMIN,
      'test:star': '*'
    })
    expect(trace.matched).toBe(expected)
  })

  test('ARN policy values are never rejected statically', () => {
    expect(validateConditionClause(clauseOf('ArnLike', P, ['*', 'arn:aws:iam::*:role/*']))).toBeNull()
  })
})
