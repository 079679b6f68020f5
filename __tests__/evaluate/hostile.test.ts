/**
 * Hostile and odd input through the whole evaluator: a clear error or a correct result, never a
 * hang or a crash. (The loader's own cases — nesting, size, JSON errors — are in __tests__/scenario.)
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { readScenario } from '../../src/scenario/read.js'
import { ScenarioError } from '../../src/scenario/errors.js'
import type { JsonObject } from '../../src/scenario/types.js'

const base = (bucketPolicy: JsonObject, request: JsonObject = {}): JsonObject => ({
  version: 1,
  request: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/run', action: 's3:PutObject', bucket: 'b', key: 'k', context: { 'aws:SourceIp': '198.51.100.7' }, ...request },
  identity: { arn: 'arn:aws:iam::111122223333:role/ci', policies: [{ name: 'w', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }] } }] },
  bucket: { name: 'b', account: '111122223333', policy: bucketPolicy }
})
const evaluate = (scenario: JsonObject) => evaluateScenario(readScenario(JSON.stringify(scenario)))

test('a 10 MB bucket policy is evaluated, and its last statement still counts', () => {
  const filler = Array.from({ length: 40_000 }, (_, index) => ({
    Sid: `S${index}`,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::b/never-${index}/${'x'.repeat(150)}*`
  }))
  const policy = { Version: '2012-10-17', Statement: [...filler, { Sid: 'Last', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' }] }
  expect(JSON.stringify(policy).length).toBeGreaterThan(10_000_000)
  const verdict = evaluate(base(policy))
  expect(verdict.denial).toMatchObject({ kind: 'explicit', statement: 'Last' })
})

test.each([
  ['(a+)+$', 'k', false],
  ['k.*', 'k', false],
  ['[k]', 'k', false],
  ['k\\', 'k\\', true],
  ['^k$', '^k$', true],
  ['k{1,}', 'k{1,}', true],
  ['(a+)+*', '(a+)+b', true]
])('regex metacharacters in a Resource are literal: %s vs key %s', (pattern, key, matches) => {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'D', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::b/${pattern}` }] }
  const verdict = evaluate(base(policy, { key }))
  expect(verdict.decision).toBe(matches ? 'deny' : 'allow')
})

test('an invalid ARN in a Principal names nobody', () => {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'D', Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::not-an-account:role/ci' }, Action: 's3:*', Resource: '*' }] }
  expect(evaluate(base(policy)).decision).toBe('allow')
})

test('a request value that is not an IP gives a finding and no match, not a crash', () => {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'Office', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }] }
  const verdict = evaluate(base(policy, { context: { 'aws:SourceIp': 'not-an-ip' } }))
  expect(verdict.decision).toBe('allow')
  expect(verdict.findings).toContainEqual(expect.objectContaining({ code: 'invalid-context-value', path: 'bucket.policy.Statement[0].Condition.IpAddress.aws:SourceIp' }))
})

test.each([
  ['an invalid CIDR', { IpAddress: { 'aws:SourceIp': '300.1.1.1/8' } }, 'bucket.policy.Statement[0].Condition.IpAddress.aws:SourceIp'],
  ['an invalid date', { DateLessThan: { 'aws:CurrentTime': '2026-13-45' } }, 'bucket.policy.Statement[0].Condition.DateLessThan.aws:CurrentTime'],
  ['an invalid number', { NumericLessThan: { 's3:max-keys': 'ten' } }, 'bucket.policy.Statement[0].Condition.NumericLessThan.s3:max-keys'],
  ['an unknown operator', { StringEqualz: { 'aws:username': 'a' } }, 'bucket.policy.Statement[0].Condition.StringEqualz.aws:username']
])('%s in a policy is a ScenarioError naming the clause', (_name, condition, path) => {
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: condition }] }
  let error: unknown
  try {
    evaluate(base(policy))
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(ScenarioError)
  expect((error as ScenarioError).issues.map((issue) => issue.path)).toContain(path)
})

test('__proto__ as a context key, a header and a tag is an ordinary key and pollutes nothing', () => {
  const text = `{
    "version": 1,
    "request": { "principal": "arn:aws:sts::111122223333:assumed-role/ci/run", "action": "s3:PutObject", "bucket": "b", "key": "k",
      "headers": { "__proto__": "x" }, "context": { "__proto__": "polluted", "aws:SourceIp": "198.51.100.7" } },
    "identity": { "arn": "arn:aws:iam::111122223333:role/ci", "tags": { "__proto__": "platform" },
      "policies": [ { "name": "w", "document": { "Version": "2012-10-17", "Statement": [
        { "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalTag/__proto__": "platform" } } } ] } } ] },
    "bucket": { "name": "b", "account": "111122223333" }
  }`
  const verdict = evaluateScenario(readScenario(text))
  expect(verdict.decision).toBe('allow')
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
})
