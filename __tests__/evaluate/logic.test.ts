/**
 * AWS's evaluation logic across the policy layers, as a table: each row a small scenario and the
 * verdict AWS documents for it.
 *
 * Sources:
 * [denyallow] https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * [cross]     https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * [session]   https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * [boundary]  https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * [notprin]   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 * [scp]       https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 * [rcp]       https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 * [kms]       https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * [kms-x]     https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html
 * [grants]    https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 * [vpce]      https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { parseScenario } from '../../src/scenario/load.js'
import type { JsonObject } from '../../src/scenario/types.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'
const BUCKET = 'artifacts'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci`
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run-1`
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1111-2222`
const OTHER_KEY = `arn:aws:kms:us-east-1:${OTHER}:key/3333-4444`

type Statement = JsonObject
const allow = (action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): Statement => ({ Effect: 'Allow', Action: action, Resource: resource, ...extra })
const deny = (sid: string, action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): Statement => ({ Sid: sid, Effect: 'Deny', Action: action, Resource: resource, ...extra })
const doc = (...statements: Statement[]): JsonObject => ({ Version: '2012-10-17', Statement: statements })
const named = (name: string, ...statements: Statement[]) => ({ name, document: doc(...statements) })
const put = allow('s3:PutObject', `arn:aws:s3:::${BUCKET}/*`)
const grantTo = (principal: string | JsonObject, action = 's3:PutObject'): Statement =>
  allow(action, `arn:aws:s3:::${BUCKET}/*`, { Principal: typeof principal === 'string' && principal !== '*' ? { AWS: principal } : principal })

interface Case {
  name: string
  scenario: JsonObject
  decision: 'allow' | 'deny'
  policyType?: string
  kind?: 'explicit' | 'implicit'
  statement?: string | null
  action?: string
}

function scenario(parts: {
  principal?: string
  identityArn?: string | null
  policies?: JsonObject[] | { unreadable: string }
  boundary?: JsonObject
  sessionPolicies?: JsonObject[]
  bucketPolicy?: JsonObject | { unreadable: string }
  bucketAccount?: string
  scps?: JsonObject[][]
  rcps?: JsonObject[][]
  management?: string
  vpce?: JsonObject
  kmsKey?: { arn: string; policy: JsonObject | { unreadable: string }; grants?: JsonObject[] }
  headers?: Record<string, string>
  action?: string
}): JsonObject {
  const principal = parts.principal ?? SESSION
  const identity: JsonObject = {}
  if (parts.identityArn !== null) identity['arn'] = parts.identityArn ?? ROLE
  if (parts.policies !== undefined) identity['policies'] = parts.policies as JsonObject[]
  if (parts.boundary !== undefined) identity['permissionsBoundary'] = parts.boundary
  if (parts.sessionPolicies !== undefined) identity['sessionPolicies'] = parts.sessionPolicies
  const bucket: JsonObject = { name: BUCKET, account: parts.bucketAccount ?? ACCOUNT, region: 'us-east-1' }
  if (parts.bucketPolicy !== undefined) bucket['policy'] = parts.bucketPolicy
  if (parts.kmsKey !== undefined) bucket['encryption'] = { algorithm: 'aws:kms', kmsKeyArn: parts.kmsKey.arn }
  const result: JsonObject = {
    version: 1,
    request: {
      principal,
      action: parts.action ?? 's3:PutObject',
      bucket: BUCKET,
      key: 'builds/app.zip',
      headers: parts.headers ?? {},
      context: { 'aws:SourceIp': '198.51.100.7', 'aws:SecureTransport': 'true', 'aws:CurrentTime': '2026-11-25T10:00:00Z' },
      ...(parts.vpce !== undefined ? { vpcEndpoint: 'vpce-1' } : {})
    },
    bucket
  }
  if (principal !== 'anonymous') result['identity'] = identity
  const organization: JsonObject = {}
  if (parts.scps !== undefined) organization['serviceControlPolicies'] = parts.scps
  if (parts.rcps !== undefined) organization['resourceControlPolicies'] = parts.rcps
  if (parts.management !== undefined) organization['managementAccount'] = parts.management
  if (Object.keys(organization).length > 0) result['organization'] = organization
  if (parts.vpce !== undefined) result['vpcEndpoints'] = [{ id: 'vpce-1', policy: parts.vpce }]
  if (parts.kmsKey !== undefined) result['kmsKeys'] = [{ arn: parts.kmsKey.arn, policy: parts.kmsKey.policy, ...(parts.kmsKey.grants ? { grants: parts.kmsKey.grants } : {}) }]
  return result
}

const fullAccess = [named('FullAWSAccess', allow('*'))]
const rootKeyPolicy = (account: string) => doc(allow('kms:*', '*', { Sid: 'EnableIAM', Principal: { AWS: `arn:aws:iam::${account}:root` } }))

const cases: Case[] = [
  // Identity and resource policies in one account [denyallow]
  { name: 'nothing allows: implicit deny by identity-based policies', scenario: scenario({ policies: [] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit', statement: null },
  { name: 'an identity policy allows', scenario: scenario({ policies: [named('w', put)] }), decision: 'allow' },
  { name: 'same account: the bucket policy alone grants the role ARN', scenario: scenario({ bucketPolicy: doc(grantTo(ROLE)) }), decision: 'allow' },
  { name: 'same account: the bucket policy grants the account root: the identity side must also allow', scenario: scenario({ bucketPolicy: doc(grantTo(`arn:aws:iam::${ACCOUNT}:root`)) }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'same account: a 12-digit account principal delegates as :root does', scenario: scenario({ bucketPolicy: doc(grantTo(ACCOUNT)), policies: [named('w', put)] }), decision: 'allow' },
  { name: 'explicit deny in identity policy beats an allow in the bucket policy', scenario: scenario({ policies: [named('guard', deny('NoPut', 's3:PutObject'))], bucketPolicy: doc(grantTo(ROLE)) }), decision: 'deny', policyType: 'identity-based-policy', kind: 'explicit', statement: 'NoPut' },
  { name: 'a statement without Sid is named #N', scenario: scenario({ policies: [named('guard', allow('s3:GetObject'), { Effect: 'Deny', Action: 's3:Put*', Resource: '*' })] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'explicit', statement: '#1' },
  { name: 'NotAction deny covers the action', scenario: scenario({ policies: [named('w', put, { Sid: 'OnlyReads', Effect: 'Deny', NotAction: ['s3:Get*', 's3:List*'], Resource: '*' })] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'explicit', statement: 'OnlyReads' },
  { name: 'NotResource allow does not cover a resource it lists', scenario: scenario({ policies: [named('w', { Effect: 'Allow', Action: 's3:PutObject', NotResource: `arn:aws:s3:::${BUCKET}/builds/*` })] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'actions are case-insensitive', scenario: scenario({ policies: [named('w', allow('S3:putobject', `arn:aws:s3:::${BUCKET}/*`))] }), decision: 'allow' },
  { name: 'resources are case-sensitive', scenario: scenario({ policies: [named('w', allow('s3:PutObject', `arn:aws:s3:::${BUCKET}/BUILDS/*`))] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'the account root user needs no identity policy', scenario: scenario({ principal: `arn:aws:iam::${ACCOUNT}:root`, identityArn: null }), decision: 'allow' },
  { name: 'the account root user is still stopped by an explicit deny in the bucket policy', scenario: scenario({ principal: `arn:aws:iam::${ACCOUNT}:root`, identityArn: null, bucketPolicy: doc(deny('NoOne', 's3:*', '*', { Principal: '*' })) }), decision: 'deny', policyType: 'resource-based-policy', kind: 'explicit', statement: 'NoOne' },

  // Role ARN vs role session ARN with boundaries and session policies [denyallow] [session] [boundary]
  { name: 'bucket grants the role ARN: limited by the boundary', scenario: scenario({ bucketPolicy: doc(grantTo(ROLE)), boundary: named('b', allow('s3:GetObject')) }), decision: 'deny', policyType: 'permissions-boundary', kind: 'implicit' },
  { name: 'bucket grants the session ARN: not limited by the boundary', scenario: scenario({ bucketPolicy: doc(grantTo(SESSION)), boundary: named('b', allow('s3:GetObject')) }), decision: 'allow' },
  { name: 'bucket grants the role ARN: limited by a session policy', scenario: scenario({ bucketPolicy: doc(grantTo(ROLE)), sessionPolicies: [named('s', allow('s3:GetObject'))] }), decision: 'deny', policyType: 'session-policy', kind: 'implicit' },
  { name: 'bucket grants the session ARN: not limited by a session policy', scenario: scenario({ bucketPolicy: doc(grantTo(SESSION)), sessionPolicies: [named('s', allow('s3:GetObject'))] }), decision: 'allow' },
  { name: 'bucket grants the IAM user ARN: not limited by the boundary', scenario: scenario({ principal: USER, identityArn: USER, bucketPolicy: doc(grantTo(USER)), boundary: named('b', allow('s3:GetObject')) }), decision: 'allow' },
  { name: 'identity allows, boundary allows too', scenario: scenario({ policies: [named('w', put)], boundary: named('b', allow('s3:*')) }), decision: 'allow' },
  { name: 'identity allows, the boundary does not', scenario: scenario({ policies: [named('w', put)], boundary: named('b', allow('s3:GetObject')) }), decision: 'deny', policyType: 'permissions-boundary', kind: 'implicit' },
  { name: 'explicit deny in the session policy', scenario: scenario({ policies: [named('w', put)], sessionPolicies: [named('s', allow('*'), deny('NoWrites', 's3:Put*'))] }), decision: 'deny', policyType: 'session-policy', kind: 'explicit', statement: 'NoWrites' },
  { name: 'a role path: the identity ARN with path is the role named in the bucket policy', scenario: scenario({ identityArn: `arn:aws:iam::${ACCOUNT}:role/team/ci`, bucketPolicy: doc(grantTo(`arn:aws:iam::${ACCOUNT}:role/team/ci`)) }), decision: 'allow' },

  // NotPrincipal [notprin]
  { name: 'Deny with NotPrincipal naming role, session and account spares the session', scenario: scenario({ policies: [named('w', put)], bucketPolicy: doc(deny('OnlyCi', 's3:*', '*', { NotPrincipal: { AWS: [ROLE, SESSION, `arn:aws:iam::${ACCOUNT}:root`] } })) }), decision: 'allow' },
  { name: 'Deny with NotPrincipal naming only the role still denies the session', scenario: scenario({ policies: [named('w', put)], bucketPolicy: doc(deny('OnlyCi', 's3:*', '*', { NotPrincipal: { AWS: [ROLE] } })) }), decision: 'deny', policyType: 'resource-based-policy', kind: 'explicit', statement: 'OnlyCi' },
  { name: 'Deny with NotPrincipal always applies to a caller with a permissions boundary', scenario: scenario({ policies: [named('w', put)], boundary: named('b', allow('*')), bucketPolicy: doc(deny('OnlyCi', 's3:*', '*', { NotPrincipal: { AWS: [ROLE, SESSION, `arn:aws:iam::${ACCOUNT}:root`] } })) }), decision: 'deny', policyType: 'resource-based-policy', kind: 'explicit', statement: 'OnlyCi' },

  // Cross-account [cross]
  { name: 'cross-account: identity allows, bucket policy silent', scenario: scenario({ policies: [named('w', put)], bucketAccount: OTHER }), decision: 'deny', policyType: 'resource-based-policy', kind: 'implicit' },
  { name: 'cross-account: bucket grants the account, identity silent', scenario: scenario({ bucketAccount: OTHER, bucketPolicy: doc(grantTo(ACCOUNT)) }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'cross-account: both sides allow', scenario: scenario({ policies: [named('w', put)], bucketAccount: OTHER, bucketPolicy: doc(grantTo(`arn:aws:iam::${ACCOUNT}:root`)) }), decision: 'allow' },
  { name: 'cross-account: a session-ARN grant still needs the identity side', scenario: scenario({ bucketAccount: OTHER, bucketPolicy: doc(grantTo(SESSION)) }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'anonymous: allowed only by a public grant', scenario: scenario({ principal: 'anonymous', action: 's3:GetObject', bucketPolicy: doc(grantTo('*', 's3:GetObject')) }), decision: 'allow' },
  { name: 'anonymous: a grant to an account does not reach it', scenario: scenario({ principal: 'anonymous', action: 's3:GetObject', bucketPolicy: doc(grantTo(ACCOUNT, 's3:GetObject')) }), decision: 'deny', policyType: 'resource-based-policy', kind: 'implicit', action: 's3:GetObject' },

  // SCPs and RCPs [scp] [rcp]
  { name: 'SCP: every level must allow (the OU allows only EC2)', scenario: scenario({ policies: [named('w', put)], scps: [fullAccess, [named('ec2-only', allow('ec2:*'))], fullAccess] }), decision: 'deny', policyType: 'service-control-policy', kind: 'implicit' },
  { name: 'SCP: allowed at every level', scenario: scenario({ policies: [named('w', put)], scps: [fullAccess, fullAccess] }), decision: 'allow' },
  { name: 'SCP: an explicit deny at the root', scenario: scenario({ policies: [named('w', put)], scps: [[named('FullAWSAccess', allow('*')), named('guard', deny('NoPut', 's3:PutObject'))]] }), decision: 'deny', policyType: 'service-control-policy', kind: 'explicit', statement: 'NoPut' },
  { name: 'SCP: the management account is not restricted', scenario: scenario({ policies: [named('w', put)], scps: [[named('guard', deny('NoPut', 's3:PutObject'))]], management: ACCOUNT }), decision: 'allow' },
  { name: 'SCP: service-linked roles are not restricted', scenario: scenario({ principal: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForX/s`, identityArn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX`, policies: [named('w', put)], scps: [[named('guard', deny('NoPut', 's3:PutObject'))]] }), decision: 'allow' },
  { name: 'SCP: an SCP does not grant (identity still needed)', scenario: scenario({ scps: [fullAccess] }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit' },
  { name: 'RCP: explicit deny on the bucket account', scenario: scenario({ policies: [named('w', put)], rcps: [[named('RCPFullAWSAccess', allow('*', '*', { Principal: '*' })), named('guard', deny('NoExternal', 's3:*', '*', { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': OTHER } } }))]] }), decision: 'deny', policyType: 'resource-control-policy', kind: 'explicit', statement: 'NoExternal' },
  { name: 'RCP: the management account\'s resources are not restricted', scenario: scenario({ policies: [named('w', put)], management: ACCOUNT, rcps: [[named('guard', deny('NoAll', 's3:*', '*', { Principal: '*' }))]] }), decision: 'allow' },
  { name: 'explicit denies are reported in AWS order: SCP before the bucket policy', scenario: scenario({ policies: [named('w', put)], scps: [[named('FullAWSAccess', allow('*')), named('g', deny('ScpDeny', 's3:*'))]], bucketPolicy: doc(deny('BucketDeny', 's3:*', '*', { Principal: '*' })) }), decision: 'deny', policyType: 'service-control-policy', kind: 'explicit', statement: 'ScpDeny' },

  // VPC endpoint policy [vpce]
  { name: 'VPC endpoint policy allows the bucket', scenario: scenario({ policies: [named('w', put)], vpce: doc(allow('s3:*', `arn:aws:s3:::${BUCKET}/*`, { Principal: '*' })) }), decision: 'allow' },
  { name: 'VPC endpoint policy explicit deny', scenario: scenario({ policies: [named('w', put)], vpce: doc(allow('*', '*', { Principal: '*' }), deny('NoPut', 's3:PutObject', '*', { Principal: '*' })) }), decision: 'deny', policyType: 'vpc-endpoint-policy', kind: 'explicit', statement: 'NoPut' },

  // KMS [kms] [kms-x] [grants]
  { name: 'KMS: the key policy delegates to the account and the identity allows', scenario: scenario({ policies: [named('w', put, allow('kms:GenerateDataKey', KEY))], kmsKey: { arn: KEY, policy: rootKeyPolicy(ACCOUNT) } }), decision: 'allow' },
  { name: 'KMS: the key policy delegates, the identity lacks kms:GenerateDataKey', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: KEY, policy: rootKeyPolicy(ACCOUNT) } }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit', action: 'kms:GenerateDataKey' },
  { name: 'KMS: without the root statement, the identity grant does not count', scenario: scenario({ policies: [named('w', put, allow('kms:*', KEY))], kmsKey: { arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` } })) } }), decision: 'deny', policyType: 'resource-based-policy', kind: 'implicit', action: 'kms:GenerateDataKey' },
  { name: 'KMS: the key policy names the role: no identity policy needed', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: KEY, policy: doc(allow('kms:GenerateDataKey', '*', { Principal: { AWS: ROLE } })) } }), decision: 'allow' },
  { name: 'KMS: a grant lets the role use the key', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` } })), grants: [{ granteePrincipal: ROLE, operations: ['GenerateDataKey', 'Decrypt'] }] } }), decision: 'allow' },
  { name: 'KMS: a key in another account must name this account and the identity must allow', scenario: scenario({ policies: [named('w', put, allow('kms:GenerateDataKey', OTHER_KEY))], kmsKey: { arn: OTHER_KEY, policy: doc(allow('kms:GenerateDataKey', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })) } }), decision: 'allow' },
  { name: 'KMS: a key in another account, identity silent', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: OTHER_KEY, policy: doc(allow('kms:GenerateDataKey', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })) } }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit', action: 'kms:GenerateDataKey' },
  { name: 'KMS: kms:ViaService in the key policy matches the S3 call', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: KEY, policy: doc(allow('kms:GenerateDataKey', '*', { Principal: { AWS: '*' }, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': ACCOUNT } } })) } }), decision: 'allow' },
  { name: 'KMS: the caller IP is not in the KMS call S3 makes', scenario: scenario({ policies: [named('w', put, allow('kms:GenerateDataKey', KEY, { Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } }))], kmsKey: { arn: KEY, policy: rootKeyPolicy(ACCOUNT) } }), decision: 'deny', policyType: 'identity-based-policy', kind: 'implicit', action: 'kms:GenerateDataKey' },
  { name: 'KMS: AES256 requested: no KMS call', scenario: scenario({ policies: [named('w', put)], kmsKey: { arn: KEY, policy: rootKeyPolicy(ACCOUNT) }, headers: { 'x-amz-server-side-encryption': 'AES256' } }), decision: 'allow' },

  // Unreadable layers: the verdict comes from what could be read
  { name: 'an unreadable bucket policy does not invent a deny (same account, identity allows)', scenario: scenario({ policies: [named('w', put)], bucketPolicy: { unreadable: 'AccessDenied: s3:GetBucketPolicy' } }), decision: 'allow' },
  { name: 'cross-account with an unreadable bucket policy: assumed to grant, and said so', scenario: scenario({ policies: [named('w', put)], bucketAccount: OTHER, bucketPolicy: { unreadable: 'AccessDenied' } }), decision: 'allow' },
  { name: 'unreadable identity policies: a readable explicit deny still decides', scenario: scenario({ policies: { unreadable: 'AccessDenied: iam:ListRolePolicies' }, bucketPolicy: doc(deny('NoPut', 's3:PutObject', '*', { Principal: '*' })) }), decision: 'deny', policyType: 'resource-based-policy', kind: 'explicit', statement: 'NoPut' }
]

test.each(cases)('$name', (row) => {
  const verdict = evaluateScenario(parseScenario(row.scenario))
  expect(verdict.decision).toBe(row.decision)
  if (row.decision === 'allow') {
    expect(verdict.denial).toBeNull()
    return
  }
  expect(verdict.denial).toMatchObject({
    policyType: row.policyType,
    kind: row.kind,
    action: row.action ?? 's3:PutObject',
    ...(row.statement !== undefined ? { statement: row.statement } : {})
  })
})

test('an allow that depends on an unreadable layer says so', () => {
  const verdict = evaluateScenario(parseScenario(scenario({ policies: [named('w', put)], bucketPolicy: { unreadable: 'AccessDenied: s3:GetBucketPolicy' } })))
  expect(verdict.dependsOnUnreadable).toEqual([
    { layer: 'resource-based-policy', path: 'bucket.policy', error: 'AccessDenied: s3:GetBucketPolicy', effect: 'it may hold an explicit deny the verdict cannot see' }
  ])
})

test('the trace shows the failed condition with the policy and request values', () => {
  const verdict = evaluateScenario(
    parseScenario(scenario({ policies: [named('w', allow('s3:PutObject', '*', { Sid: 'Office', Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }))] }))
  )
  const identity = verdict.requests[0]?.layers.find((layer) => layer.layer === 'identity-based-policy')
  const statement = identity?.policies[0]?.statements[0]
  expect(statement).toMatchObject({ label: 'Office', applies: false, action: { matched: true } })
  expect(statement?.conditions).toEqual([
    expect.objectContaining({ operator: 'IpAddress', key: 'aws:SourceIp', policyValues: ['192.0.2.0/24'], requestValues: ['198.51.100.7'], matched: false })
  ])
})
