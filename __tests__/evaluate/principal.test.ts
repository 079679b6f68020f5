/**
 * Callers as GetCallerIdentity reports them, and how a resource policy's Principal names them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import { matchPrincipal, parseCaller, principalArn } from '../../src/evaluate/principal.js'
import type { PrincipalSpec } from '../../src/policy/types.js'

test.each([
  ['anonymous', undefined, { kind: 'anonymous' }],
  ['arn:aws:iam::111122223333:root', undefined, { kind: 'root', account: '111122223333' }],
  ['arn:aws:iam::111122223333:user/dev/alice', undefined, { kind: 'user', account: '111122223333', name: 'alice' }],
  ['arn:aws:sts::111122223333:assumed-role/ci/run-42', undefined, { kind: 'role-session', roleArn: 'arn:aws:iam::111122223333:role/ci', sessionName: 'run-42', serviceLinked: false }],
  ['arn:aws:sts::111122223333:assumed-role/ci/run-42', 'arn:aws:iam::111122223333:role/team/ci', { kind: 'role-session', roleArn: 'arn:aws:iam::111122223333:role/team/ci' }],
  ['arn:aws:sts::111122223333:assumed-role/ci/run-42', 'arn:aws:iam::111122223333:role/other', { kind: 'role-session', roleArn: 'arn:aws:iam::111122223333:role/ci' }],
  ['arn:aws:sts::111122223333:federated-user/bob', undefined, { kind: 'federated-user', name: 'bob' }],
  ['arn:aws-cn:iam::111122223333:user/alice', undefined, { kind: 'user', partition: 'aws-cn' }],
  // S3-compatible servers (Ceph RGW) use an empty account.
  ['arn:aws:iam:::user/bob', undefined, { kind: 'user', account: '', name: 'bob' }],
  ['cloudtrail.amazonaws.com', undefined, { kind: 'service', service: 'cloudtrail.amazonaws.com' }],
  ['not an arn', undefined, { kind: 'other' }]
])('parseCaller(%s, %s)', (principal, identity, expected) => {
  expect(parseCaller(principal, identity)).toMatchObject(expected)
})

test('aws:PrincipalArn of a role session is the role ARN', () => {
  expect(principalArn(parseCaller('arn:aws:sts::111122223333:assumed-role/ci/s', 'arn:aws:iam::111122223333:role/p/ci'))).toBe('arn:aws:iam::111122223333:role/p/ci')
  expect(principalArn(parseCaller('anonymous'))).toBeUndefined()
})

const aws = (...values: string[]): PrincipalSpec => ({ negated: false, wildcard: false, AWS: values, Service: [], Federated: [], CanonicalUser: [] })
const session = parseCaller('arn:aws:sts::111122223333:assumed-role/ci/run', 'arn:aws:iam::111122223333:role/ci')
const user = parseCaller('arn:aws:iam::111122223333:user/alice')

test.each([
  ['"*"', { negated: false, wildcard: true } as PrincipalSpec, session, 'wildcard'],
  ['{"AWS": "*"}', aws('*'), session, 'wildcard'],
  ['the account id', aws('111122223333'), session, 'account'],
  ['the account root', aws('arn:aws:iam::111122223333:root'), session, 'account'],
  ['the role ARN', aws('arn:aws:iam::111122223333:role/ci'), session, 'role'],
  ['the session ARN', aws('arn:aws:sts::111122223333:assumed-role/ci/run'), session, 'direct'],
  ['another session of the role', aws('arn:aws:sts::111122223333:assumed-role/ci/other'), session, null],
  ['the user ARN', aws('arn:aws:iam::111122223333:user/alice'), user, 'direct'],
  ['another account', aws('444455556666'), user, null],
  ['a wildcard inside an ARN is not a wildcard', aws('arn:aws:iam::111122223333:user/*'), user, null],
  ['the strongest of several', aws('111122223333', 'arn:aws:iam::111122223333:user/alice'), user, 'direct'],
  ['a service principal does not name a user', { negated: false, wildcard: false, AWS: [], Service: ['s3.amazonaws.com'], Federated: [], CanonicalUser: [] } as PrincipalSpec, user, null],
  ['a canonical id equal to the account id (scenario convention)', { negated: false, wildcard: false, AWS: [], Service: [], Federated: [], CanonicalUser: ['111122223333'] } as PrincipalSpec, user, 'account']
])('Principal %s', (_name, spec, caller, kind) => {
  const match = matchPrincipal(spec, caller)
  expect(match.matched).toBe(kind !== null)
  expect(match.kind).toBe(kind)
})

test.each([
  ['account + user', ['111122223333', 'arn:aws:iam::111122223333:user/alice'], user, false],
  ['user only', ['arn:aws:iam::111122223333:user/alice'], user, true],
  ['account + role + session', ['arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/ci', 'arn:aws:sts::111122223333:assumed-role/ci/run'], session, false],
  ['role + session, no account', ['arn:aws:iam::111122223333:role/ci', 'arn:aws:sts::111122223333:assumed-role/ci/run'], session, true],
  ['someone else', ['444455556666'], user, true]
])('NotPrincipal listing %s applies: %s', (_name, values, caller, applies) => {
  expect(matchPrincipal({ ...aws(...values), negated: true }, caller).matched).toBe(applies)
})

test('NotPrincipal with Deny applies to a caller with a permissions boundary whatever it lists', () => {
  const spec = { ...aws('111122223333', 'arn:aws:iam::111122223333:user/alice'), negated: true }
  expect(matchPrincipal(spec, user, { denyWithBoundary: true }).matched).toBe(true)
})
