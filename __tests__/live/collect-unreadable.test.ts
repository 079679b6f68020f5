/**
 * Every read the collector makes, failing every way it can: the doctor's own AccessDenied, a
 * "not configured" 404, throttling (then success, or for good), a timeout, and a malformed answer.
 * Whatever happens, the scenario loads and evaluates, a lost layer is `{"unreadable": ...}` at its
 * path, and the report names the permission that would have read it.
 *
 * Error codes: https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (S3),
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html (IAM),
 * https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html (KMS),
 * https://docs.aws.amazon.com/organizations/latest/APIReference/CommonErrors.html (Organizations),
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (EC2: UnauthorizedOperation, RequestLimitExceeded).
 * Throttling codes retried: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { collectScenario, type CollectInput } from '../../src/live/collect.js'
import { permissionFor, type ReadName } from '../../src/live/doctor-policy.js'
import { readScenario } from '../../src/scenario/read.js'
import {
  ACCOUNT,
  BUCKET,
  CANONICAL_ID,
  KEY,
  KMS_KEY_ARN,
  MANAGED_ARN,
  VPCE_ID,
  at,
  baseInput,
  deniedFor,
  fakeAws,
  s3Error,
  throttledFor,
  urlEncoded,
  KEY_POLICY,
  type FakeAws
} from './collect-fixtures.js'

let fake: FakeAws
beforeEach(() => {
  fake = fakeAws()
})
afterEach(() => fake.restore())

const OBJECT = `bucket.objects["${KEY}"]`

/** The object exists, SSE-KMS encrypted, with an ACL, tags, a retention and a legal hold. */
function objectExists(target: FakeAws): void {
  target.on('s3.HeadObject', () => ({ ContentLength: 1024, ETag: '"9b2cf535f27731c974343645a3985328"', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KMS_KEY_ARN }))
  target.on('s3.GetObjectAcl', () => ({ Owner: { ID: CANONICAL_ID }, Grants: [{ Grantee: { ID: CANONICAL_ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] }))
  target.on('s3.GetObjectTagging', () => ({ TagSet: [{ Key: 'stage', Value: 'prod' }] }))
  target.on('s3.GetObjectRetention', () => ({ Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date('2027-01-01T00:00:00Z') } }))
  target.on('s3.GetObjectLegalHold', () => ({ LegalHold: { Status: 'OFF' } }))
}

const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/deployer`
const GROUP_MANAGED_ARN = `arn:aws:iam::${ACCOUNT}:policy/group-extra`

/** The caller is an IAM user with an inline and a managed policy, in a group with an inline and a managed policy. */
function userCaller(target: FakeAws): Partial<CollectInput> {
  target.on('iam.ListUserPolicies', () => ({ PolicyNames: ['deploy-inline'], IsTruncated: false }))
  target.on('iam.ListAttachedUserPolicies', () => ({ AttachedPolicies: [{ PolicyName: 'kms-use', PolicyArn: MANAGED_ARN }], IsTruncated: false }))
  target.on('iam.ListGroupsForUser', () => ({ Groups: [{ Path: '/', GroupName: 'ci', GroupId: 'AGPAEXAMPLE', Arn: `arn:aws:iam::${ACCOUNT}:group/ci`, CreateDate: new Date() }], IsTruncated: false }))
  target.on('iam.ListGroupPolicies', () => ({ PolicyNames: ['ci-group-inline'], IsTruncated: false }))
  target.on('iam.ListAttachedGroupPolicies', () => ({ AttachedPolicies: [{ PolicyName: 'group-extra', PolicyArn: GROUP_MANAGED_ARN }], IsTruncated: false }))
  return { caller: { arn: USER_ARN, account: ACCOUNT, userId: 'AIDAEXAMPLE', source: 'environment' } }
}

const withEndpoint = (): Partial<CollectInput> => ({ settings: { region: 'us-east-1', sourceIp: '192.0.2.10', vpcEndpointId: VPCE_ID, timeoutSeconds: 30 } })

interface Row {
  name: string
  read: ReadName
  /** The paths that become unreadable (none: the read feeds no scenario field). */
  paths: string[]
  setup?: (target: FakeAws) => Partial<CollectInput> | void
}

/** Runs the collector, checks that the result loads and evaluates, and returns it. */
async function collect(input: CollectInput) {
  const result = await collectScenario(input)
  const replayed = readScenario(JSON.stringify(result.scenario)) // what `explain` does with a saved scenario
  expect(replayed).toEqual(result.scenario)
  expect(() => evaluateScenario(result.scenario)).not.toThrow()
  return result
}

describe("the doctor's own AccessDenied on each read", () => {
  const rows: Row[] = [
    { name: 'GetBucketLocation', read: 's3.GetBucketLocation', paths: ['bucket.region'] },
    { name: 'ListBuckets (which account owns the bucket)', read: 's3.ListBuckets', paths: ['bucket.account'] },
    { name: 'GetBucketPolicy', read: 's3.GetBucketPolicy', paths: ['bucket.policy'] },
    { name: 'GetBucketPolicyStatus (an observation, no layer)', read: 's3.GetBucketPolicyStatus', paths: [] },
    { name: 'GetPublicAccessBlock (bucket)', read: 's3.GetPublicAccessBlock', paths: ['bucket.publicAccessBlock'] },
    { name: 'GetPublicAccessBlock (account, S3 Control)', read: 's3control.GetPublicAccessBlock', paths: ['bucket.accountPublicAccessBlock'] },
    { name: 'GetBucketOwnershipControls', read: 's3.GetBucketOwnershipControls', paths: ['bucket.objectOwnership'] },
    { name: 'GetBucketAcl', read: 's3.GetBucketAcl', paths: ['bucket.acl'] },
    { name: 'GetBucketEncryption', read: 's3.GetBucketEncryption', paths: ['bucket.encryption'] },
    { name: 'GetBucketVersioning', read: 's3.GetBucketVersioning', paths: ['bucket.versioning'] },
    { name: 'GetObjectLockConfiguration', read: 's3.GetObjectLockConfiguration', paths: ['bucket.objectLock'] },
    { name: 'GetBucketRequestPayment', read: 's3.GetBucketRequestPayment', paths: ['bucket.requesterPays'] },
    { name: 'HeadObject', read: 's3.HeadObject', paths: [OBJECT] },
    { name: 'GetObjectAcl', read: 's3.GetObjectAcl', paths: [`${OBJECT}.acl`], setup: objectExists },
    { name: 'GetObjectTagging', read: 's3.GetObjectTagging', paths: [`${OBJECT}.tags`], setup: objectExists },
    { name: 'GetObjectRetention', read: 's3.GetObjectRetention', paths: [`${OBJECT}.retention`], setup: objectExists },
    { name: 'GetObjectLegalHold', read: 's3.GetObjectLegalHold', paths: [`${OBJECT}.legalHold`], setup: objectExists },
    { name: 'GetRole', read: 'iam.GetRole', paths: ['identity.arn', 'identity.permissionsBoundary'] },
    { name: 'ListRolePolicies', read: 'iam.ListRolePolicies', paths: ['identity.policies[1].document'] },
    { name: 'GetRolePolicy', read: 'iam.GetRolePolicy', paths: ['identity.policies[0].document'] },
    { name: 'ListAttachedRolePolicies', read: 'iam.ListAttachedRolePolicies', paths: ['identity.policies[1].document'] },
    { name: 'GetPolicy (managed policy and boundary)', read: 'iam.GetPolicy', paths: ['identity.policies[1].document', 'identity.permissionsBoundary.document'] },
    { name: 'GetPolicyVersion (managed policy and boundary)', read: 'iam.GetPolicyVersion', paths: ['identity.policies[1].document', 'identity.permissionsBoundary.document'] },
    { name: 'GetUser (the boundary is unknown too)', read: 'iam.GetUser', paths: ['identity.arn', 'identity.permissionsBoundary'], setup: userCaller },
    { name: 'ListUserPolicies', read: 'iam.ListUserPolicies', paths: ['identity.policies[3].document'], setup: userCaller },
    { name: 'GetUserPolicy', read: 'iam.GetUserPolicy', paths: ['identity.policies[0].document'], setup: userCaller },
    { name: 'ListAttachedUserPolicies', read: 'iam.ListAttachedUserPolicies', paths: ['identity.policies[3].document'], setup: userCaller },
    { name: 'ListGroupsForUser', read: 'iam.ListGroupsForUser', paths: ['identity.policies[2].document'], setup: userCaller },
    { name: 'ListGroupPolicies', read: 'iam.ListGroupPolicies', paths: ['identity.policies[3].document'], setup: userCaller },
    { name: 'GetGroupPolicy', read: 'iam.GetGroupPolicy', paths: ['identity.policies[2].document'], setup: userCaller },
    { name: 'ListAttachedGroupPolicies', read: 'iam.ListAttachedGroupPolicies', paths: ['identity.policies[3].document'], setup: userCaller },
    { name: 'DescribeKey of a key ARN (the ARN is known anyway; only who manages the key is not)', read: 'kms.DescribeKey', paths: ['kmsKeys[0].keyManager'] },
    { name: 'GetKeyPolicy', read: 'kms.GetKeyPolicy', paths: ['kmsKeys[0].policy'] },
    { name: 'ListGrants', read: 'kms.ListGrants', paths: ['kmsKeys[0].grants'] },
    { name: 'DescribeVpcEndpoints', read: 'ec2.DescribeVpcEndpoints', paths: ['vpcEndpoints[0].policy'], setup: withEndpoint },
    { name: 'DescribeOrganization', read: 'organizations.DescribeOrganization', paths: ['identity.orgId'] },
    { name: 'ListRoots (policy types then inferred from the levels)', read: 'organizations.ListRoots', paths: [] },
    { name: 'ListParents (typical for a member account)', read: 'organizations.ListParents', paths: ['identity.orgPaths', 'organization.serviceControlPolicies'] },
    { name: 'ListPoliciesForTarget', read: 'organizations.ListPoliciesForTarget', paths: ['organization.serviceControlPolicies'] },
    {
      name: 'DescribePolicy (one SCP attached at every level, read once)',
      read: 'organizations.DescribePolicy',
      paths: ['organization.serviceControlPolicies[0][0].document', 'organization.serviceControlPolicies[1][0].document', 'organization.serviceControlPolicies[2][0].document']
    }
  ]

  test.each(rows)('$name', async ({ read, paths, setup }) => {
    const extra = setup?.(fake) ?? {}
    fake.fail(read, deniedFor(read))
    const result = await collect(baseInput(fake, extra))
    expect(result.unreadable.map((layer) => layer.path).sort()).toEqual([...paths].sort())
    for (const layer of result.unreadable) {
      expect(layer.permission).toBe(permissionFor(read))
      expect(layer.error).toMatch(/AccessDenied|UnauthorizedOperation|Forbidden/)
    }
    for (const path of paths) {
      const marker = at(result.scenario, path)
      // identity.arn, identity.orgId/orgPaths and a key's keyManager are plain fields: unknown means left out.
      if (/^identity\.(arn|orgId|orgPaths)$|^bucket\.(region|account)$|^kmsKeys\[\d+\]\.keyManager$/.test(path)) expect(marker).toBeUndefined()
      else if (path === OBJECT) expect(at(result.scenario, `${OBJECT}.exists`)).toBeUndefined()
      else expect(marker).toEqual({ unreadable: expect.stringMatching(/AccessDenied|UnauthorizedOperation|Forbidden/) as unknown })
    }
  })

  test('every read the collector makes has a row', () => {
    const covered = new Set(rows.map((row) => row.read))
    const made = new Set<ReadName>()
    return collectScenario(baseInput(fake, { ...withEndpoint() })).then(() => {
      for (const call of fake.calls) made.add(call.read)
      for (const read of made) expect(covered.has(read)).toBe(true)
    })
  })

  test('HeadObject 403 says both readings of it', async () => {
    fake.fail('s3.HeadObject', s3Error('Forbidden', 403, 'UnknownError'))
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([
      { path: OBJECT, permission: 's3:GetObject', error: expect.stringContaining('the key does not exist and the doctor lacks s3:ListBucket') as unknown }
    ])
  })
})

describe('"not configured" answers are absent layers, not unreadable ones', () => {
  const rows: { name: string; read: ReadName; error: Error; path: string; expected: unknown }[] = [
    { name: 'no bucket policy', read: 's3.GetBucketPolicy', error: s3Error('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'), path: 'bucket.policy', expected: undefined },
    {
      name: 'no bucket Block Public Access',
      read: 's3.GetPublicAccessBlock',
      error: s3Error('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found'),
      path: 'bucket.publicAccessBlock',
      expected: undefined
    },
    {
      name: 'no account Block Public Access',
      read: 's3control.GetPublicAccessBlock',
      error: s3Error('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found'),
      path: 'bucket.accountPublicAccessBlock',
      expected: undefined
    },
    { name: 'no ownership controls (ACLs enabled, ObjectWriter)', read: 's3.GetBucketOwnershipControls', error: s3Error('OwnershipControlsNotFoundError', 404, 'The bucket ownership controls were not found'), path: 'bucket.objectOwnership', expected: undefined },
    {
      name: 'no default encryption (an S3-compatible server)',
      read: 's3.GetBucketEncryption',
      error: s3Error('ServerSideEncryptionConfigurationNotFoundError', 404, 'The server side encryption configuration was not found'),
      path: 'bucket.encryption',
      expected: undefined
    },
    { name: 'no Object Lock', read: 's3.GetObjectLockConfiguration', error: s3Error('ObjectLockConfigurationNotFoundError', 404, 'Object Lock configuration does not exist for this bucket'), path: 'bucket.objectLock', expected: undefined },
    { name: 'a key that does not exist', read: 's3.HeadObject', error: s3Error('NotFound', 404, 'UnknownError'), path: `${OBJECT}.exists`, expected: false }
  ]
  test.each(rows)('$name', async ({ read, error, path, expected }) => {
    fake.fail(read, error)
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([])
    expect(at(result.scenario, path)).toEqual(expected)
  })

  test('an account in no organization has no SCPs, no RCPs and no org id', async () => {
    const notInUse = (): never => {
      throw Object.assign(deniedFor('organizations.DescribeOrganization'), { name: 'AWSOrganizationsNotInUseException', message: 'Your account is not a member of an organization.' })
    }
    for (const read of ['organizations.DescribeOrganization', 'organizations.ListRoots', 'organizations.ListParents', 'organizations.ListPoliciesForTarget'] as const) fake.on(read, notInUse)
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([])
    expect(result.scenario.organization).toBeUndefined()
    expect(result.scenario.identity?.orgId).toBeUndefined()
  })

  test('an object without retention or legal hold (Object Lock enabled)', async () => {
    objectExists(fake)
    const missing = s3Error('NoSuchObjectLockConfiguration', 404, 'The specified object does not have a ObjectLock configuration')
    fake.fail('s3.GetObjectRetention', missing)
    fake.fail('s3.GetObjectLegalHold', missing)
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([])
    expect(at(result.scenario, `${OBJECT}.retention`)).toBeUndefined()
    expect(at(result.scenario, `${OBJECT}.legalHold`)).toBeUndefined()
    expect(at(result.scenario, `${OBJECT}.tags`)).toEqual({ stage: 'prod' })
  })
})

describe('throttling', () => {
  const reads: ReadName[] = ['s3.GetBucketPolicy', 's3control.GetPublicAccessBlock', 'iam.GetRole', 'iam.GetPolicyVersion', 'kms.GetKeyPolicy', 'organizations.ListParents', 'organizations.DescribePolicy']
  test.each(reads)('%s: throttled twice, then answered', async (read) => {
    const sleeps: number[] = []
    fake.failFirst(read, throttledFor(read), throttledFor(read))
    const result = await collect(baseInput(fake, { sleep: async (ms) => void sleeps.push(ms), limits: { random: () => 0.5 } }))
    expect(result.unreadable).toEqual([])
    const baseline = await collectScenario(baseInput(fakeForBaseline()))
    expect(result.scenario).toEqual(baseline.scenario)
    // Full jitter: random 0.5 of 200 ms, then of 400 ms (a read made twice, like GetPolicyVersion, takes one throttle each).
    expect(sleeps).toHaveLength(2)
    for (const ms of sleeps) expect([100, 200]).toContain(ms)
  })

  test.each([['s3.GetBucketPolicy', 'bucket.policy'], ['iam.GetRolePolicy', 'identity.policies[0].document'], ['ec2.DescribeVpcEndpoints', 'vpcEndpoints[0].policy']] as [ReadName, string][])(
    '%s: throttled on every attempt -> unreadable',
    async (read, path) => {
      fake.fail(read, throttledFor(read))
      const result = await collect(baseInput(fake, { ...withEndpoint(), limits: { maxAttempts: 3, random: () => 0 } }))
      expect(fake.calls.filter((call) => call.read === read)).toHaveLength(3)
      expect(result.unreadable).toEqual([{ path, permission: permissionFor(read), error: expect.stringMatching(/still failing after retries/) as unknown }])
    }
  )

  test('an access denial is not retried', async () => {
    fake.fail('s3.GetBucketPolicy', deniedFor('s3.GetBucketPolicy'))
    await collect(baseInput(fake))
    expect(fake.calls.filter((call) => call.read === 's3.GetBucketPolicy')).toHaveLength(1)
  })
})

function fakeForBaseline(): FakeAws {
  // A second, untouched world to compare with (the mocks of `fake` are per client instance).
  const other = fakeAws()
  afterEachRestore.push(other)
  return other
}
const afterEachRestore: FakeAws[] = []
afterEach(() => {
  for (const item of afterEachRestore.splice(0)) item.restore()
})

describe('timeouts', () => {
  const rows: { read: ReadName; path: string }[] = [
    { read: 's3.GetBucketPolicy', path: 'bucket.policy' },
    { read: 'iam.GetRolePolicy', path: 'identity.policies[0].document' },
    { read: 'kms.ListGrants', path: 'kmsKeys[0].grants' },
    { read: 'organizations.DescribePolicy', path: 'organization.serviceControlPolicies[0][0].document' }
  ]
  test.each(rows)('$read hangs -> unreadable, timed out', async ({ read, path }) => {
    fake.hang(read)
    const result = await collect(baseInput(fake, { limits: { attemptTimeoutMs: 25 } }))
    expect(result.unreadable).toContainEqual({ path, permission: permissionFor(read), error: expect.stringMatching(/timed out after 0\.025 s/) as unknown })
    expect(at(result.scenario, path)).toEqual({ unreadable: expect.stringMatching(/timed out/) as unknown })
  })

  test('a timeout is not retried (it already cost its time)', async () => {
    fake.hang('s3.GetBucketAcl')
    await collect(baseInput(fake, { limits: { attemptTimeoutMs: 20 } }))
    expect(fake.calls.filter((call) => call.read === 's3.GetBucketAcl')).toHaveLength(1)
  })
})

describe('malformed answers are unreadable with the reason, never a wrong value', () => {
  const rows: { name: string; read: ReadName; answer: (input: Record<string, unknown>) => unknown; path: string; error: RegExp; setup?: (target: FakeAws) => Partial<CollectInput> | void }[] = [
    { name: 'a bucket policy that is not JSON', read: 's3.GetBucketPolicy', answer: () => ({ Policy: '{"Version": "2012-10-17", "Statement": [' }), path: 'bucket.policy', error: /bucket\.policy: the JSON string: invalid JSON/ },
    { name: 'a bucket policy without Statement', read: 's3.GetBucketPolicy', answer: () => ({ Policy: '{"Version": "2012-10-17"}' }), path: 'bucket.policy', error: /bucket\.policy\.Statement: required/ },
    {
      name: 'a bucket policy with an unknown condition operator',
      read: 's3.GetBucketPolicy',
      answer: () => ({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringEqualsSometimes: { 'aws:SourceVpce': 'vpce-1' } } }] }) }),
      path: 'bucket.policy',
      error: /StringEqualsSometimes/
    },
    { name: 'an empty GetBucketPolicy answer', read: 's3.GetBucketPolicy', answer: () => ({}), path: 'bucket.policy', error: /malformed GetBucketPolicy response: no Policy/ },
    {
      name: 'ownership controls answered with a bucket listing (Ceph)',
      read: 's3.GetBucketOwnershipControls',
      answer: () => ({ Name: BUCKET, Contents: [] }),
      path: 'bucket.objectOwnership',
      error: /no OwnershipControls\.Rules\[0\]\.ObjectOwnership/
    },
    { name: 'an unknown Object Ownership value', read: 's3.GetBucketOwnershipControls', answer: () => ({ OwnershipControls: { Rules: [{ ObjectOwnership: 'Whoever' }] } }), path: 'bucket.objectOwnership', error: /got "Whoever"/ },
    { name: 'encryption answered with a bucket listing (Ceph)', read: 's3.GetBucketEncryption', answer: () => ({ Name: BUCKET }), path: 'bucket.encryption', error: /no ServerSideEncryptionConfiguration/ },
    { name: 'an ACL without its owner', read: 's3.GetBucketAcl', answer: () => ({ Grants: [] }), path: 'bucket.acl', error: /no Owner\.ID/ },
    { name: 'an ACL grant without a grantee id', read: 's3.GetBucketAcl', answer: () => ({ Owner: { ID: CANONICAL_ID }, Grants: [{ Grantee: { Type: 'CanonicalUser' }, Permission: 'READ' }] }), path: 'bucket.acl', error: /Grants\[0\]\.Grantee has no ID/ },
    {
      name: 'an ACL naming an id that is no canonical id',
      read: 's3.GetBucketAcl',
      answer: () => ({ Owner: { ID: CANONICAL_ID }, Grants: [{ Grantee: { ID: 'testid', Type: 'CanonicalUser' }, Permission: 'READ' }] }),
      path: 'bucket.acl',
      error: /bucket\.acl\.grants\[0\]\.grantee\.id: expected a 12-digit account id or a 64-hex-digit canonical user id/
    },
    { name: 'a Block Public Access flag that is not a boolean', read: 's3.GetPublicAccessBlock', answer: () => ({ PublicAccessBlockConfiguration: { BlockPublicAcls: 'yes' } }), path: 'bucket.publicAccessBlock', error: /BlockPublicAcls is "yes"/ },
    { name: 'a versioning status S3 does not have', read: 's3.GetBucketVersioning', answer: () => ({ Status: 'Paused' }), path: 'bucket.versioning', error: /Status is "Paused"/ },
    { name: 'Object Lock with a retention of 0 days', read: 's3.GetObjectLockConfiguration', answer: () => ({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 0 } } } }), path: 'bucket.objectLock', error: /DefaultRetention\.Days is 0/ },
    { name: 'a request payment answer without Payer', read: 's3.GetBucketRequestPayment', answer: () => ({}), path: 'bucket.requesterPays', error: /Payer is undefined/ },
    {
      name: 'HeadObject says SSE-KMS but names no key',
      read: 's3.HeadObject',
      answer: () => ({ ContentLength: 1, ServerSideEncryption: 'aws:kms' }),
      path: OBJECT,
      error: /ServerSideEncryption is aws:kms but no SSEKMSKeyId/
    },
    { name: 'a retention date that is not a date', read: 's3.GetObjectRetention', answer: () => ({ Retention: { Mode: 'COMPLIANCE', RetainUntilDate: 'tomorrow' } }), path: `${OBJECT}.retention`, error: /RetainUntilDate is not a time/, setup: objectExists },
    { name: 'a legal hold status that is neither ON nor OFF', read: 's3.GetObjectLegalHold', answer: () => ({ LegalHold: {} }), path: `${OBJECT}.legalHold`, error: /LegalHold\.Status is undefined/, setup: objectExists },
    { name: 'an inline policy with a malformed %-escape', read: 'iam.GetRolePolicy', answer: () => ({ PolicyDocument: '%7B%22Version%ZZ' }), path: 'identity.policies[0].document', error: /malformed %-escape/ },
    { name: 'an inline policy whose decoded text is not JSON', read: 'iam.GetRolePolicy', answer: () => ({ PolicyDocument: encodeURIComponent('{"Statement": ') }), path: 'identity.policies[0].document', error: /URL-decoded string: invalid JSON/ },
    { name: 'a managed policy version without a document', read: 'iam.GetPolicyVersion', answer: () => ({ PolicyVersion: { VersionId: 'v3' } }), path: 'identity.policies[1].document', error: /no PolicyVersion\.Document/ },
    { name: 'GetRole without Role', read: 'iam.GetRole', answer: () => ({}), path: 'identity.arn', error: /no Role\.Arn/ },
    { name: 'an SCP without content', read: 'organizations.DescribePolicy', answer: () => ({ Policy: { PolicySummary: { Id: 'p-1' } } }), path: 'organization.serviceControlPolicies[0][0].document', error: /no Policy\.Content/ },
    { name: 'ListParents without parents', read: 'organizations.ListParents', answer: () => ({ Parents: [] }), path: 'organization.serviceControlPolicies', error: /no Parents\[0\]/ },
    { name: 'an empty key policy', read: 'kms.GetKeyPolicy', answer: () => ({ Policy: '' }), path: 'kmsKeys[0].policy', error: /no Policy/ },
    { name: 'a grant without a grantee', read: 'kms.ListGrants', answer: () => ({ Grants: [{ Operations: ['Decrypt'] }], Truncated: false }), path: 'kmsKeys[0].grants', error: /Grants\[0\] has no GranteePrincipal/ },
    {
      name: 'an endpoint policy that is not JSON',
      read: 'ec2.DescribeVpcEndpoints',
      answer: () => ({ VpcEndpoints: [{ VpcEndpointId: VPCE_ID, VpcEndpointType: 'Gateway', PolicyDocument: '{"Statement": "all"' }] }),
      path: 'vpcEndpoints[0].policy',
      error: /invalid JSON/,
      setup: withEndpoint
    },
    { name: 'DescribeVpcEndpoints without the endpoint', read: 'ec2.DescribeVpcEndpoints', answer: () => ({ VpcEndpoints: [] }), path: 'vpcEndpoints[0].policy', error: /no endpoint vpce-0abc1234def567890/, setup: withEndpoint }
  ]
  test.each(rows)('$name', async ({ read, answer, path, error, setup }) => {
    const extra = setup?.(fake) ?? {}
    fake.on(read, answer)
    const result = await collect(baseInput(fake, extra))
    const lost = result.unreadable.find((layer) => layer.path === path)
    expect(lost).toEqual({ path, permission: permissionFor(read), error: expect.stringMatching(error) as unknown })
    const value = at(result.scenario, path)
    if (!/^identity\.arn$|^bucket\.objects\[[^\]]+\]$/.test(path)) expect(value).toEqual({ unreadable: lost?.error })
  })

  test('an SDK deserialization failure is a malformed answer', async () => {
    fake.fail('s3.GetBucketVersioning', Object.assign(new Error('Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), { name: 'SyntaxError' }))
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([{ path: 'bucket.versioning', permission: 's3:GetBucketVersioning', error: expect.stringMatching(/^malformed GetBucketVersioning response: Deserialization error/) as unknown }])
  })

  test('a document IAM returned URL-encoded is decoded', async () => {
    // java.net.URLEncoder writes a space as "+" (the key policy's Sid has spaces).
    fake.on('iam.GetRolePolicy', () => ({ PolicyDocument: urlEncoded(KEY_POLICY).replace(/%20/g, '+') }))
    const result = await collect(baseInput(fake))
    expect(at(result.scenario, 'identity.policies[0].document')).toEqual(KEY_POLICY)
  })
})
