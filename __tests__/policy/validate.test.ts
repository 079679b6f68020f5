/**
 * What AWS accepts as a Resource and as an AWS principal, as tables (the statement-level rules and
 * how the evaluator sets a refused statement aside are cases in __tests__/evaluate/cases/invalid-policies.json).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { parsePolicy } from '../../src/policy/parse.js'
import { isAwsPrincipalValue, isResourceArnPattern, validatePolicy, validityFindings } from '../../src/policy/validate.js'

test.each([
  ['*', true],
  ['arn:aws:s3:::bucket/*', true],
  ['arn:aws:s3:::*', true],
  ['arn:aws-cn:kms:cn-north-1:111122223333:key/abc', true],
  ['arn:aws:s3:::bucket/a:b', true],
  ['arn:*:s3:::bucket', true],
  ['not-an-arn', false],
  ['arn:aws:iam::xyz', false],
  ['arn:aws:s3:::', false],
  ['arn::s3:::bucket', false],
  ['', false]
])('Resource %p is an ARN pattern: %p', (value, expected) => {
  expect(isResourceArnPattern(value)).toBe(expected)
})

test.each([
  ['*', true],
  ['111122223333', true],
  ['arn:aws:iam::111122223333:root', true],
  ['arn:aws:iam::111122223333:role/path/name', true],
  ['arn:aws:sts::111122223333:assumed-role/name/session', true],
  ['arn:aws:iam:::user/bob', true],
  ['AIDAJQABLZS4A3QDU576Q', true],
  ['arn:aws:iam::xyz', false],
  ['arn:aws:s3:::bucket', false],
  ['not-an-arn', false],
  ['11112222333', false]
])('AWS principal %p is valid: %p', (value, expected) => {
  expect(isAwsPrincipalValue(value)).toBe(expected)
})

test('validity depends on where the document lives, and is memoized per kind', () => {
  const policy = parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
  expect(validatePolicy(policy, 'identity').invalid.size).toBe(0)
  expect([...validatePolicy(policy, 'bucket-policy').invalid]).toEqual([0])
  expect(validatePolicy(policy, 'bucket-policy')).toBe(validatePolicy(policy, 'bucket-policy'))
  expect(validityFindings(policy, 'bucket-policy', 'bucket.policy')).toEqual([
    expect.objectContaining({ code: 'invalid-policy', path: 'bucket.policy.Statement[0]', message: expect.stringContaining('must name a Principal') })
  ])
})

test('RCPs do not support NotPrincipal', () => {
  const policy = parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' }] })
  expect(validityFindings(policy, 'resource-control-policy', 'rcp')).toEqual([expect.objectContaining({ path: 'rcp.Statement[0].NotPrincipal' })])
  expect(validityFindings(policy, 'bucket-policy', 'bucket.policy')).toEqual([])
})
