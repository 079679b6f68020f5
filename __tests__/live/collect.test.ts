/**
 * The collector end to end against a fake AWS: the scenario it builds loads (as `explain` would load
 * a saved one), evaluates to what AWS would decide, carries the request context it can vouch for,
 * and takes few sequential round trips. Then the situations a live run meets: an S3-compatible
 * server, a bucket in another account, KMS aliases, a VPC endpoint, each kind of caller.
 *
 * Semantics settled from AWS's documentation:
 * - ListBuckets lists the buckets the caller's account owns, and its Owner.ID is that account's
 *   canonical id: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html
 * - A session policy cannot be read back; GetFederationToken sessions carry the calling user's
 *   policies: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * - aws:SourceIp is absent through a VPC endpoint, where aws:SourceVpc, aws:SourceVpce and
 *   aws:VpcSourceIp are present: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * - aws:PrincipalOrgPaths: "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths
 * - Ceph RGW ARNs have an empty account (arn:aws:iam:::user/testid) and RGW has no STS GetCallerIdentity:
 *   https://docs.ceph.com/en/latest/radosgw/bucketpolicy/
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { collectScenario, type CollectInput } from '../../src/live/collect.js'
import { readScenario } from '../../src/scenario/read.js'
import {
  ACCOUNT,
  BUCKET,
  CALLER,
  CANONICAL_ID,
  FULL_ACCESS,
  KEY,
  KMS_KEY_ARN,
  MANAGED_ARN,
  ORG_ID,
  OTHER_CANONICAL_ID,
  OU_ID,
  ROLE_ARN,
  ROOT_ID,
  VPCE_ID,
  at,
  baseInput,
  deniedFor,
  fakeAws,
  s3Error,
  throttledFor,
  type FakeAws
} from './collect-fixtures.js'

let fake: FakeAws
beforeEach(() => {
  fake = fakeAws()
})
afterEach(() => fake.restore())

async function collect(input: CollectInput) {
  const result = await collectScenario(input)
  expect(readScenario(JSON.stringify(result.scenario))).toEqual(result.scenario)
  return result
}

describe('the baseline: a role in an organization uploading to its own bucket', () => {
  test('every layer is read, nothing is unreadable, and the scenario replays offline', async () => {
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([])
    const { scenario } = result
    expect(scenario.request).toEqual({
      principal: CALLER.arn,
      action: 's3:PutObject',
      bucket: BUCKET,
      key: KEY,
      context: {
        'aws:SecureTransport': 'true',
        'aws:CurrentTime': '2026-11-25T10:00:00Z',
        'aws:RequestedRegion': 'us-east-1',
        's3:signatureversion': 'AWS4-HMAC-SHA256',
        's3:authType': 'REST-HEADER',
        'aws:SourceIp': '192.0.2.10'
      }
    })
    expect(scenario.identity).toEqual({
      arn: ROLE_ARN,
      tags: { team: 'platform' },
      policies: [
        { name: 'ci-write', document: expect.objectContaining({ Statement: [expect.objectContaining({ Sid: 'Write' })] }) as unknown },
        { name: MANAGED_ARN, document: expect.objectContaining({ Statement: [expect.objectContaining({ Sid: 'UseKey' })] }) as unknown }
      ],
      permissionsBoundary: { name: `arn:aws:iam::${ACCOUNT}:policy/ci-boundary`, document: expect.objectContaining({ Version: '2012-10-17' }) as unknown },
      orgId: ORG_ID,
      orgPaths: [`${ORG_ID}/${ROOT_ID}/${OU_ID}/`]
    })
    expect(scenario.organization).toEqual({
      managementAccount: '999988887777',
      serviceControlPolicies: [0, 1, 2].map(() => [{ name: 'FullAWSAccess', document: FULL_ACCESS }])
    })
    expect(scenario.bucket).toMatchObject({
      name: BUCKET,
      account: ACCOUNT,
      region: 'us-east-1',
      objectOwnership: 'BucketOwnerEnforced',
      acl: { owner: ACCOUNT, grants: [{ grantee: { type: 'CanonicalUser', id: ACCOUNT }, permission: 'FULL_CONTROL' }] },
      encryption: { algorithm: 'aws:kms', kmsKeyArn: KMS_KEY_ARN, bucketKeyEnabled: true },
      versioning: 'Enabled',
      requesterPays: false,
      objects: { [KEY]: { exists: false } }
    })
    expect(scenario.bucket?.objectLock).toBeUndefined()
    expect(scenario.kmsKeys).toEqual([{ arn: KMS_KEY_ARN, keyManager: 'CUSTOMER', policy: expect.objectContaining({ Id: 'key-default-1' }) as unknown, grants: [expect.objectContaining({ granteePrincipal: ROLE_ARN })] }])
    expect(result.observations).toEqual({ bucketPolicyIsPublic: false })
    expect(result.stats.reads).toBe(fake.calls.length)
  })

  const verdicts: { name: string; setup: (target: FakeAws) => Partial<CollectInput> | void; decision: 'allow' | 'deny'; denial?: Record<string, unknown> }[] = [
    { name: 'from the office range: allowed', setup: () => undefined, decision: 'allow' },
    {
      name: "from outside the office range: the bucket policy's IP deny",
      setup: () => ({ settings: { region: 'us-east-1', sourceIp: '198.51.100.7', timeoutSeconds: 30 } }),
      decision: 'deny',
      denial: { kind: 'explicit', policyType: 'resource-based-policy', statement: 'DenyOutsideOffice', action: 's3:PutObject' }
    },
    {
      name: "an SCP at the OU that denies uploads",
      setup: (target) => {
        target.on('organizations.ListPoliciesForTarget', (input) => ({
          Policies: input['Filter'] !== 'SERVICE_CONTROL_POLICY' ? [] : [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess' }, ...(input['TargetId'] === OU_ID ? [{ Id: 'p-denys3put', Name: 'deny-uploads' }] : [])]
        }))
        target.on('organizations.DescribePolicy', (input) => ({
          Policy: {
            Content: JSON.stringify(
              input['PolicyId'] === 'p-denys3put' ? { Version: '2012-10-17', Statement: [{ Sid: 'NoUploads', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }] } : FULL_ACCESS
            )
          }
        }))
      },
      decision: 'deny',
      denial: { kind: 'explicit', policyType: 'service-control-policy', statement: 'NoUploads', action: 's3:PutObject' }
    },
    {
      name: 'a key policy that does not delegate to the account, and no grant',
      setup: (target) => {
        target.on('kms.GetKeyPolicy', () => ({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AdminsOnly', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` }, Action: 'kms:*', Resource: '*' }] }) }))
        target.on('kms.ListGrants', () => ({ Grants: [], Truncated: false }))
      },
      decision: 'deny',
      denial: { kind: 'implicit', policyType: 'resource-based-policy', action: 'kms:GenerateDataKey' }
    }
  ]
  test.each(verdicts)('evaluates like AWS: $name', async ({ setup, decision, denial }) => {
    const extra = setup(fake) ?? {}
    const result = await collect(baseInput(fake, extra))
    const verdict = evaluateScenario(result.scenario)
    expect(verdict.decision).toBe(decision)
    if (denial !== undefined) expect(verdict.denial).toMatchObject(denial)
  })

  test('an unreadable inline policy: the verdict says its conclusion depends on it', async () => {
    fake.fail('iam.GetRolePolicy', deniedFor('iam.GetRolePolicy'))
    const result = await collect(baseInput(fake))
    const verdict = evaluateScenario(result.scenario)
    expect(verdict.dependsOnUnreadable.map((item) => item.path)).toContain('identity.policies[0].document')
  })

  test('the unknown source IP names the statement that depends on it', async () => {
    const result = await collect(baseInput(fake, { settings: { region: 'us-east-1', timeoutSeconds: 30 } }))
    expect(result.scenario.request.context?.['aws:SourceIp']).toBeUndefined()
    expect(result.contextNotes).toContainEqual({
      key: 'aws:SourceIp',
      reason: expect.stringContaining('source-ip') as unknown,
      conditions: [{ path: 'bucket.policy', statement: 'DenyOutsideOffice', effect: 'Deny', operator: 'NotIpAddress', values: ['192.0.2.0/24'] }]
    })
  })

  test('a discovered source IP is used, and said to be discovered', async () => {
    const result = await collect(baseInput(fake, { settings: { region: 'us-east-1', timeoutSeconds: 30 }, network: { discoverSourceIp: async () => '203.0.113.5' } }))
    expect(result.scenario.request.context?.['aws:SourceIp']).toBe('203.0.113.5')
    expect(result.notes.join(' ')).toMatch(/203\.0\.113\.5 was discovered/)
    expect(evaluateScenario(result.scenario).denial?.statement).toBe('DenyOutsideOffice')
  })
})

describe('round trips', () => {
  /** Only the key the upload header names: no default KMS key, no identity policy to fetch, no organization. */
  function keyInHeader(target: FakeAws, key: string): Partial<CollectInput> {
    target.on('s3.GetBucketEncryption', () => ({ ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }))
    target.on('iam.ListAttachedRolePolicies', () => ({ AttachedPolicies: [], IsTruncated: false }))
    target.on('iam.ListRolePolicies', () => ({ PolicyNames: [], IsTruncated: false }))
    target.on('iam.GetRole', () => ({ Role: { Arn: ROLE_ARN, Tags: [] } }))
    target.fail('organizations.DescribeOrganization', Object.assign(deniedFor('organizations.DescribeOrganization'), { name: 'AWSOrganizationsNotInUseException' }))
    target.fail('organizations.ListRoots', Object.assign(deniedFor('organizations.ListRoots'), { name: 'AWSOrganizationsNotInUseException' }))
    target.fail('organizations.ListParents', Object.assign(deniedFor('organizations.ListParents'), { name: 'AWSOrganizationsNotInUseException' }))
    target.fail('organizations.ListPoliciesForTarget', Object.assign(deniedFor('organizations.ListPoliciesForTarget'), { name: 'AWSOrganizationsNotInUseException' }))
    return { request: { action: 's3:PutObject', bucket: BUCKET, key: KEY, headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': key } } }
  }
  // Every call answers after 30 ms; the critical path is counted from the reads' start and end times.
  const rows: { name: string; setup: (target: FakeAws) => Partial<CollectInput> | void; roundTrips: number }[] = [
    { name: 'the baseline (managed policies need GetPolicy then GetPolicyVersion; one OU level)', setup: () => undefined, roundTrips: 3 },
    {
      name: 'two OU levels add one ListParents',
      setup: (target) => target.on('organizations.ListParents', (input) => ({ Parents: [input['ChildId'] === ACCOUNT ? { Id: OU_ID, Type: 'ORGANIZATIONAL_UNIT' } : input['ChildId'] === OU_ID ? { Id: 'ou-ab12-22222222', Type: 'ORGANIZATIONAL_UNIT' } : { Id: ROOT_ID, Type: 'ROOT' }] })),
      roundTrips: 4
    },
    {
      name: 'a KMS alias in the upload header: DescribeKey, then the key policy',
      setup: (target) => keyInHeader(target, 'alias/ci-key'),
      roundTrips: 2
    },
    {
      name: 'a KMS key ARN in the upload header: DescribeKey (the key manager), GetKeyPolicy and ListGrants together',
      setup: (target) => keyInHeader(target, KMS_KEY_ARN),
      roundTrips: 1
    },
    {
      name: 'the baseline with a VPC endpoint named (its policy and type in one DescribeVpcEndpoints, in the first round)',
      setup: () => ({ settings: { region: 'us-east-1', sourceIp: '192.0.2.10', vpcEndpointId: VPCE_ID, timeoutSeconds: 30 } }),
      roundTrips: 3
    }
  ]
  test.each(rows)('$name: $roundTrips', async ({ setup, roundTrips }) => {
    const extra = setup(fake) ?? {}
    fake.delayMs = 30
    const result = await collect(baseInput(fake, extra))
    expect(result.stats.roundTrips).toBe(roundTrips)
    expect(result.stats.elapsedMs).toBeLessThan(30 * (roundTrips + 3) + 500)
  })
})

describe('an S3-compatible server (Ceph RGW): no STS, no ownership controls, empty-account ARNs', () => {
  const CEPH_POLICY = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'DenyCiWrites', Effect: 'Deny', Principal: { AWS: ['arn:aws:iam:::user/testid'] }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }]
  }
  function ceph(target: FakeAws): void {
    target.on('s3.ListBuckets', () => ({ Buckets: [{ Name: BUCKET, CreationDate: new Date() }], Owner: { ID: 'testid', DisplayName: 'tester' } }))
    target.on('s3.GetBucketLocation', () => ({ LocationConstraint: '' }))
    target.on('s3.GetBucketPolicy', () => ({ Policy: JSON.stringify(CEPH_POLICY) }))
    target.fail('s3.GetBucketPolicyStatus', s3Error('NotImplemented', 501, 'A header you provided implies functionality that is not implemented'))
    target.on('s3.GetBucketOwnershipControls', () => ({ Name: BUCKET, Prefix: '', MaxKeys: 1000, IsTruncated: false }))
    target.fail('s3.GetPublicAccessBlock', s3Error('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found'))
    target.on('s3.GetBucketAcl', () => ({ Owner: { ID: 'testid', DisplayName: 'tester' }, Grants: [{ Grantee: { ID: 'testid', Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] }))
    target.fail('s3.GetBucketEncryption', s3Error('ServerSideEncryptionConfigurationNotFoundError', 404, 'The server side encryption configuration was not found'))
    target.on('iam.ListUserPolicies', () => ({ PolicyNames: ['rgw-writer'], IsTruncated: false }))
    target.on('iam.GetUserPolicy', () => ({ PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) }))
    target.fail('iam.ListAttachedUserPolicies', Object.assign(deniedFor('iam.ListAttachedUserPolicies'), { name: 'MethodNotAllowed', $metadata: { httpStatusCode: 405 } }))
    target.fail('iam.ListGroupsForUser', Object.assign(deniedFor('iam.ListGroupsForUser'), { name: 'NotImplemented', $metadata: { httpStatusCode: 501 } }))
  }
  const rows: { name: string; getUser: 'works' | 'not implemented'; principal: string }[] = [
    { name: 'IAM GetUser names the caller', getUser: 'works', principal: 'arn:aws:iam:::user/testid' },
    { name: "no GetUser either: the bucket listing's owner id is the caller", getUser: 'not implemented', principal: 'arn:aws:iam:::user/testid' }
  ]
  test.each(rows)('$name', async ({ getUser, principal }) => {
    fake.restore()
    fake = fakeAws({ endpointUrl: 'http://127.0.0.1:7480' })
    ceph(fake)
    if (getUser === 'works') fake.on('iam.GetUser', (input) => ({ User: { UserName: 'testid', UserId: 'testid', Arn: 'arn:aws:iam:::user/testid', Path: '/', CreateDate: new Date(), ...(input['UserName'] !== undefined ? {} : {}) } }))
    else fake.fail('iam.GetUser', Object.assign(deniedFor('iam.GetUser'), { name: 'MethodNotAllowed', message: '', $metadata: { httpStatusCode: 405 } }))
    const result = await collect(baseInput(fake, { caller: null, settings: { endpointUrl: 'http://127.0.0.1:7480', timeoutSeconds: 30 } }))

    expect(result.scenario.request.principal).toBe(principal)
    expect(result.scenario.request.context?.['aws:SecureTransport']).toBe('false')
    // Nothing is asked of services an S3-compatible server has not got.
    expect(fake.calls.some((call) => call.read.startsWith('organizations.') || call.read.startsWith('s3control.'))).toBe(false)
    const lost = Object.fromEntries(result.unreadable.map((layer) => [layer.path, layer.error]))
    expect(lost['bucket.objectOwnership']).toMatch(/malformed GetBucketOwnershipControls response/)
    expect(lost['bucket.acl']).toMatch(/expected a 12-digit account id or a 64-hex-digit canonical user id, got "testid"/)
    expect(lost['bucket.accountPublicAccessBlock']).toMatch(/no AWS account id/)
    if (getUser === 'works') {
      expect(result.scenario.identity?.policies).toEqual([
        { name: 'rgw-writer', document: expect.objectContaining({ Version: '2012-10-17' }) as unknown },
        { name: 'managed policies attached to user testid (could not be listed)', document: { unreadable: expect.stringMatching(/^MethodNotAllowed: .*does not implement ListAttachedUserPolicies/) as unknown } },
        { name: 'policies of the groups of user testid (could not be listed)', document: { unreadable: expect.stringMatching(/^NotImplemented: /) as unknown } }
      ])
    } else {
      expect(result.notes.join(' ')).toMatch(/identified from the bucket listing's owner id \(testid\)/)
    }
    // The readable layers decide: the bucket policy's explicit deny is named.
    const verdict = evaluateScenario(result.scenario)
    expect(verdict.denial).toMatchObject({ kind: 'explicit', policyType: 'resource-based-policy', statement: 'DenyCiWrites' })
  })

  test('a tenant or RGW account id in the ARN is blanked, with a note', async () => {
    fake.restore()
    fake = fakeAws({ endpointUrl: 'http://127.0.0.1:7480' })
    ceph(fake)
    fake.on('iam.GetUser', () => ({ User: { UserName: 'testid', Arn: 'arn:aws:iam::RGW33567154695143645:user/testid' } }))
    const result = await collect(baseInput(fake, { caller: null, settings: { endpointUrl: 'http://127.0.0.1:7480', timeoutSeconds: 30 } }))
    expect(result.scenario.request.principal).toBe('arn:aws:iam:::user/testid')
    expect(result.notes.join(' ')).toMatch(/RGW33567154695143645.*is not an AWS account id/)
  })
})

describe('a bucket in another account', () => {
  test('its account settings and RCPs are out of reach, and say so; canonical ids map only where known', async () => {
    fake.on('s3.ListBuckets', () => ({ Buckets: [{ Name: 'our-other-bucket' }], Owner: { ID: CANONICAL_ID } }))
    fake.on('s3.GetBucketAcl', () => ({
      Owner: { ID: OTHER_CANONICAL_ID },
      Grants: [
        { Grantee: { ID: OTHER_CANONICAL_ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' },
        { Grantee: { ID: CANONICAL_ID, Type: 'CanonicalUser' }, Permission: 'WRITE' }
      ]
    }))
    fake.on('organizations.ListRoots', () => ({ Roots: [{ Id: ROOT_ID, PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' }] }] }))
    const result = await collect(baseInput(fake))
    expect(result.scenario.bucket?.account).toBeUndefined()
    expect(result.scenario.bucket?.acl).toEqual({
      owner: OTHER_CANONICAL_ID,
      grants: [
        { grantee: { type: 'CanonicalUser', id: OTHER_CANONICAL_ID }, permission: 'FULL_CONTROL' },
        { grantee: { type: 'CanonicalUser', id: ACCOUNT }, permission: 'WRITE' }
      ]
    })
    expect(result.scenario.bucket?.accountPublicAccessBlock).toEqual({ unreadable: expect.stringMatching(/another account/) as unknown })
    expect(result.scenario.organization?.resourceControlPolicies).toEqual({ unreadable: expect.stringMatching(/another account/) as unknown })
    expect(result.unreadable.filter((layer) => layer.permission === '').map((layer) => layer.path).sort()).toEqual([
      'bucket.account',
      'bucket.accountPublicAccessBlock',
      'organization.resourceControlPolicies'
    ])
  })
})

describe('KMS keys', () => {
  const kmsHeaders = (key: string) => ({ request: { action: 's3:PutObject', bucket: BUCKET, key: KEY, headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': key } } })

  test('an alias in the header resolves to the same key as the bucket default: one entry', async () => {
    const result = await collect(baseInput(fake, kmsHeaders('alias/ci-key')))
    expect(result.scenario.kmsKeys?.map((key) => key.arn)).toEqual([KMS_KEY_ARN])
    expect(fake.calls.filter((call) => call.read === 'kms.DescribeKey').map((call) => call.input['KeyId']).sort()).toEqual([KMS_KEY_ARN, 'alias/ci-key'].sort())
    expect(result.scenario.request.headers).toEqual({ 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': 'alias/ci-key' })
  })

  test('an alias that cannot be resolved: its policy and grants are unreadable, naming the alias', async () => {
    fake.on('kms.DescribeKey', (input) => {
      if (input['KeyId'] === 'alias/missing') throw Object.assign(deniedFor('kms.DescribeKey'), { name: 'NotFoundException', message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.', $metadata: { httpStatusCode: 400 } })
      return { KeyMetadata: { Arn: KMS_KEY_ARN, KeyManager: 'CUSTOMER' } }
    })
    const result = await collect(baseInput(fake, kmsHeaders('alias/missing')))
    const entry = result.scenario.kmsKeys?.find((key) => key.arn === 'alias/missing')
    expect(entry).toEqual({
      arn: 'alias/missing',
      policy: { unreadable: expect.stringMatching(/the alias alias\/missing could not be resolved to a key, so its key policy could not be read: NotFoundException/) as unknown },
      grants: { unreadable: expect.stringMatching(/its grants could not be read/) as unknown }
    })
    expect(result.notes.join(' ')).toMatch(/alias\/missing could not be resolved/)
  })

  test("the existing object's key is read too (a download)", async () => {
    const objectKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0000aaaa-1111-2222-3333-444455556666`
    fake.on('s3.HeadObject', () => ({ ContentLength: 10, ServerSideEncryption: 'aws:kms', SSEKMSKeyId: objectKey }))
    fake.on('kms.DescribeKey', (input) => ({ KeyMetadata: { Arn: input['KeyId'], KeyManager: 'CUSTOMER' } }))
    const result = await collect(baseInput(fake, { request: { action: 's3:GetObject', bucket: BUCKET, key: KEY, headers: {} } }))
    expect(result.scenario.kmsKeys?.map((key) => key.arn).sort()).toEqual([KMS_KEY_ARN, objectKey].sort())
    expect(at(result.scenario, `bucket.objects["${KEY}"].kmsKeyArn`)).toBe(objectKey)
  })

  test('aws/s3 is not read: the evaluator knows its key policy', async () => {
    await collect(baseInput(fake, kmsHeaders('alias/aws/s3')))
    expect(fake.calls.filter((call) => call.read === 'kms.DescribeKey').map((call) => call.input['KeyId'])).toEqual([KMS_KEY_ARN])
  })

  /** The manager the evaluation used for the KMS call of this scenario (the key policy layer's trace). */
  const managerUsed = (scenario: Parameters<typeof evaluateScenario>[0]) =>
    evaluateScenario(scenario)
      .requests.flatMap((request) => request.layers)
      .flatMap((layer) => (layer.kind === 'kms-key-policy' ? [layer.key.manager] : []))

  test("DescribeKey's KeyManager is recorded: an AWS managed key named by its ARN is one to the evaluation", async () => {
    fake.on('kms.DescribeKey', (input) => ({ KeyMetadata: { Arn: KMS_KEY_ARN, KeyId: String(input['KeyId']).split('/').pop(), KeyManager: 'AWS', KeyState: 'Enabled' } }))
    const result = await collect(baseInput(fake))
    expect(result.unreadable).toEqual([])
    expect(result.scenario.kmsKeys).toEqual([expect.objectContaining({ arn: KMS_KEY_ARN, keyManager: 'AWS' })])
    expect(managerUsed(result.scenario)).toEqual(['AWS'])
  })

  test('DescribeKey denied: the key policy and grants are still read, and the key manager is recorded as unknown', async () => {
    fake.fail('kms.DescribeKey', deniedFor('kms.DescribeKey'))
    const result = await collect(baseInput(fake))
    const [key] = result.scenario.kmsKeys ?? []
    expect(key).toEqual({ arn: KMS_KEY_ARN, policy: expect.objectContaining({ Id: 'key-default-1' }) as unknown, grants: [expect.objectContaining({ granteePrincipal: ROLE_ARN })] })
    expect(result.unreadable).toEqual([
      { path: 'kmsKeys[0].keyManager', permission: 'kms:DescribeKey', error: expect.stringMatching(/^AccessDeniedException: .*kms:DescribeKey.*; whether AWS manages the key is unknown: the snapshot treats it as customer managed/) as unknown }
    ])
    expect(managerUsed(result.scenario)).toEqual(['CUSTOMER'])
  })

  test('DescribeKey throttled and then answering: retried, the key manager recorded', async () => {
    fake.failFirst('kms.DescribeKey', throttledFor('kms.DescribeKey'))
    const result = await collect(baseInput(fake))
    expect(result.scenario.kmsKeys?.[0]?.keyManager).toBe('CUSTOMER')
    expect(fake.calls.filter((call) => call.read === 'kms.DescribeKey')).toHaveLength(2)
  })

  test('DescribeKey answering without a KeyManager: unknown, as a malformed answer', async () => {
    fake.on('kms.DescribeKey', () => ({ KeyMetadata: { Arn: KMS_KEY_ARN } }))
    const result = await collect(baseInput(fake))
    expect(result.scenario.kmsKeys?.[0]).not.toHaveProperty('keyManager')
    expect(result.unreadable).toEqual([{ path: 'kmsKeys[0].keyManager', permission: 'kms:DescribeKey', error: expect.stringMatching(/^malformed DescribeKey response: no KeyMetadata.KeyManager/) as unknown }])
  })

  test('an alias resolved by DescribeKey carries its key manager', async () => {
    fake.on('kms.DescribeKey', () => ({ KeyMetadata: { Arn: KMS_KEY_ARN, KeyManager: 'CUSTOMER' } }))
    const result = await collect(baseInput(fake, kmsHeaders('alias/ci-key')))
    expect(result.scenario.kmsKeys).toEqual([expect.objectContaining({ arn: KMS_KEY_ARN, aliases: ['alias/ci-key'], keyManager: 'CUSTOMER' })])
  })

  test('grants are read page by page', async () => {
    let page = 0
    fake.on('kms.ListGrants', (input) => {
      page++
      return input['Marker'] === undefined
        ? { Grants: [{ GranteePrincipal: ROLE_ARN, Operations: ['Decrypt'] }], Truncated: true, NextMarker: 'page-2' }
        : { Grants: [{ GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/other`, Operations: ['Encrypt'], RetiringPrincipal: ROLE_ARN }], Truncated: false }
    })
    const result = await collect(baseInput(fake))
    expect(page).toBe(2)
    expect(result.scenario.kmsKeys?.[0]?.grants).toEqual([
      { granteePrincipal: ROLE_ARN, operations: ['Decrypt'] },
      { granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/other`, operations: ['Encrypt'], retiringPrincipal: ROLE_ARN }
    ])
  })
})

describe('the VPC endpoint in the path', () => {
  test('given as input: its policy is read and the request goes through it', async () => {
    const result = await collect(baseInput(fake, { settings: { region: 'us-east-1', sourceIp: '192.0.2.10', vpcEndpointId: VPCE_ID, timeoutSeconds: 30 } }))
    expect(result.scenario.request.vpcEndpoint).toBe(VPCE_ID)
    expect(result.scenario.vpcEndpoints).toEqual([{ id: VPCE_ID, type: 'Gateway', policy: expect.objectContaining({ Statement: [expect.objectContaining({ Sid: 'OnlyArtifacts' })] }) as unknown }])
    // Through an endpoint the request carries no aws:SourceIp, but its VPC and endpoint.
    expect(result.scenario.request.context).toMatchObject({ 'aws:SourceVpce': VPCE_ID, 'aws:SourceVpc': 'vpc-0a1b2c3d' })
    expect(result.scenario.request.context?.['aws:SourceIp']).toBeUndefined()
    expect(result.contextNotes.map((note) => note.key)).toContain('aws:VpcSourceIp')
  })

  const named = (): Partial<CollectInput> => ({ settings: { region: 'us-east-1', sourceIp: '192.0.2.10', vpcEndpointId: VPCE_ID, timeoutSeconds: 30 } })
  /** The endpoint's answer with another type and a policy that names the caller's account only. */
  function endpointOfType(target: FakeAws, type: string | undefined): void {
    target.fail('s3.GetBucketPolicy', s3Error('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'))
    const policy = { Version: '2012-10-17', Statement: [{ Sid: 'AccountOnly', Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 's3:*', Resource: '*' }] }
    target.on('ec2.DescribeVpcEndpoints', () => ({
      VpcEndpoints: [{ VpcEndpointId: VPCE_ID, ...(type !== undefined ? { VpcEndpointType: type } : {}), VpcId: 'vpc-0a1b2c3d', ServiceName: 'com.amazonaws.us-east-1.s3', State: 'available', PolicyDocument: JSON.stringify(policy) }]
    }))
  }

  test.each([
    { type: 'Gateway', decision: 'deny' },
    { type: 'Interface', decision: 'allow' }
  ] as const)("the endpoint's type is recorded ($type): an account principal in its policy admits the role only on an interface endpoint", async ({ type, decision }) => {
    endpointOfType(fake, type)
    const result = await collect(baseInput(fake, named()))
    expect(result.unreadable).toEqual([])
    expect(result.scenario.vpcEndpoints).toEqual([{ id: VPCE_ID, type, policy: expect.objectContaining({ Statement: [expect.objectContaining({ Sid: 'AccountOnly' })] }) as unknown }])
    const verdict = evaluateScenario(result.scenario)
    expect(verdict.decision).toBe(decision)
    if (decision === 'deny') expect(verdict.denial?.policyType).toBe('vpc-endpoint-policy')
    expect(verdict.findings.map((finding) => finding.code)).not.toContain('vpc-endpoint-type-unknown')
  })

  test('an endpoint that is neither Gateway nor Interface: no type in the snapshot, and a note', async () => {
    endpointOfType(fake, 'GatewayLoadBalancer')
    const result = await collect(baseInput(fake, named()))
    expect(result.scenario.vpcEndpoints?.[0]).not.toHaveProperty('type')
    expect(result.notes.join(' ')).toMatch(new RegExp(`${VPCE_ID} is a GatewayLoadBalancer endpoint`))
  })

  test('DescribeVpcEndpoints without a VpcEndpointType: the type is unknown (a malformed answer), the policy is kept', async () => {
    endpointOfType(fake, undefined)
    const result = await collect(baseInput(fake, named()))
    expect(result.scenario.vpcEndpoints).toEqual([{ id: VPCE_ID, policy: expect.objectContaining({ Statement: [expect.objectContaining({ Sid: 'AccountOnly' })] }) as unknown }])
    expect(result.unreadable).toEqual([{ path: 'vpcEndpoints[0].type', permission: 'ec2:DescribeVpcEndpoints', error: expect.stringMatching(/no VpcEndpointType/) as unknown }])
  })

  const detection: { name: string; subnet: string; expected: string | undefined }[] = [
    { name: "the subnet's route table is associated with the S3 gateway endpoint", subnet: 'subnet-0aaa1111', expected: VPCE_ID },
    { name: "the subnet uses the main route table, which the endpoint is not on", subnet: 'subnet-0bbb2222', expected: undefined }
  ]
  test.each(detection)('detected on a self-hosted runner: $name', async ({ subnet, expected }) => {
    const result = await collect(
      baseInput(fake, { network: { runnerNetwork: async () => ({ vpcId: 'vpc-0a1b2c3d', subnetId: subnet, privateIp: '10.0.1.25' }) } })
    )
    expect(result.scenario.request.vpcEndpoint).toBe(expected)
    if (expected !== undefined) {
      expect(result.scenario.vpcEndpoints).toEqual([expect.objectContaining({ id: VPCE_ID, type: 'Gateway' })])
      expect(result.scenario.request.context).toMatchObject({ 'aws:SourceVpce': VPCE_ID, 'aws:SourceVpc': 'vpc-0a1b2c3d', 'aws:VpcSourceIp': '10.0.1.25' })
      const describe = fake.calls.find((call) => call.read === 'ec2.DescribeVpcEndpoints')
      expect(describe?.input['Filters']).toEqual([
        { Name: 'vpc-id', Values: ['vpc-0a1b2c3d'] },
        { Name: 'service-name', Values: ['com.amazonaws.us-east-1.s3'] }
      ])
    } else {
      expect(result.scenario.request.context?.['aws:SourceIp']).toBe('192.0.2.10')
    }
  })

  test('a GitHub-hosted runner (no instance metadata): no endpoint, no EC2 call', async () => {
    await collect(baseInput(fake, { network: { runnerNetwork: async () => null } }))
    expect(fake.calls.some((call) => call.read.startsWith('ec2.'))).toBe(false)
  })

  test('detection denied: whether an endpoint is in the path is unknown, and the note says which conditions care', async () => {
    fake.fail('ec2.DescribeVpcEndpoints', deniedFor('ec2.DescribeVpcEndpoints'))
    const result = await collect(baseInput(fake, { network: { runnerNetwork: async () => ({ vpcId: 'vpc-0a1b2c3d' }) } }))
    expect(result.unreadable).toEqual([{ path: 'request.vpcEndpoint', permission: 'ec2:DescribeVpcEndpoints', error: expect.stringMatching(/UnauthorizedOperation/) as unknown }])
    expect(result.contextNotes.map((note) => note.key)).toContain('aws:SourceVpce')
  })
})

describe('callers', () => {
  test('a federated user: its policies cannot be told from the session ARN', async () => {
    const result = await collect(baseInput(fake, { caller: { arn: `arn:aws:sts::${ACCOUNT}:federated-user/bob`, account: ACCOUNT, userId: `${ACCOUNT}:bob`, source: 'environment' } }))
    expect(result.scenario.identity?.policies).toEqual({ unreadable: expect.stringMatching(/federated user/) as unknown })
    expect(result.scenario.identity?.sessionPolicies).toEqual({ unreadable: expect.stringMatching(/GetFederationToken/) as unknown })
    expect(fake.calls.some((call) => call.read.startsWith('iam.'))).toBe(false)
  })

  test('the account root: no identity policies to read', async () => {
    const result = await collect(baseInput(fake, { caller: { arn: `arn:aws:iam::${ACCOUNT}:root`, account: ACCOUNT, userId: ACCOUNT, source: 'environment' } }))
    expect(result.scenario.identity).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:root` })
    expect(fake.calls.some((call) => call.read.startsWith('iam.'))).toBe(false)
  })

  test('a role session whose credentials came from the environment: session policies are an assumption', async () => {
    const result = await collect(baseInput(fake, { caller: { ...CALLER, source: 'environment' } }))
    expect(result.notes.join(' ')).toMatch(/Session policies .* cannot be read back/)
  })

  test("a user's and its groups' policies are all identity policies, paginated", async () => {
    fake.on('iam.ListUserPolicies', (input) => (input['Marker'] === undefined ? { PolicyNames: ['one'], IsTruncated: true, Marker: 'next' } : { PolicyNames: ['two'], IsTruncated: false }))
    fake.on('iam.ListGroupsForUser', () => ({ Groups: [{ GroupName: 'ci' }], IsTruncated: false }))
    fake.on('iam.ListGroupPolicies', () => ({ PolicyNames: ['group-inline'], IsTruncated: false }))
    const result = await collect(baseInput(fake, { caller: { arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, account: ACCOUNT, userId: 'AIDAEXAMPLE', source: 'environment' } }))
    expect((result.scenario.identity?.policies as { name: string }[]).map((policy) => policy.name)).toEqual(['one', 'two', 'group/ci/group-inline'])
  })
})

describe('a caller nobody can name', () => {
  test('no GetCallerIdentity, GetUser denied: a placeholder principal, recorded as unreadable', async () => {
    fake.fail('iam.GetUser', deniedFor('iam.GetUser'))
    const result = await collect(baseInput(fake, { caller: null }))
    expect(result.scenario.request.principal).toBe('arn:aws:iam:::user/unidentified-caller')
    expect(result.unreadable).toContainEqual({ path: 'request.principal', permission: 'iam:GetUser', error: expect.stringMatching(/^the caller could not be identified \(no GetCallerIdentity; GetUser: AccessDenied: /) as unknown })
  })

  test('a runner network probe that throws leaves a note, not a crash', async () => {
    const result = await collect(baseInput(fake, { network: { runnerNetwork: async () => Promise.reject(new Error('EHOSTUNREACH 169.254.169.254')) } }))
    expect(result.notes.join(' ')).toMatch(/could not be examined \(EHOSTUNREACH/)
    expect(result.scenario.request.vpcEndpoint).toBeUndefined()
  })
})

describe('requests', () => {
  test('a Requester Pays upload header is sent on the object reads too', async () => {
    await collect(baseInput(fake, { request: { action: 's3:PutObject', bucket: BUCKET, key: KEY, headers: { 'X-Amz-Request-Payer': 'requester' } } }))
    const head = fake.calls.find((call) => call.read === 's3.HeadObject')
    expect(head?.input['RequestPayer']).toBe('requester')
  })

  test('a bucket-level action reads no object', async () => {
    const result = await collect(baseInput(fake, { request: { action: 's3:ListBucket', bucket: BUCKET, headers: {} } }))
    expect(result.scenario.bucket?.objects).toBeUndefined()
    expect(fake.calls.some((call) => call.read === 's3.HeadObject')).toBe(false)
  })

  test('the overall time budget ends a read that hangs', async () => {
    fake.hang('iam.GetRole')
    fake.hang('s3.GetBucketPolicy')
    const result = await collect(baseInput(fake, { settings: { region: 'us-east-1', sourceIp: '192.0.2.10', timeoutSeconds: 1 }, limits: { attemptTimeoutMs: 60_000 } }))
    expect(result.unreadable.find((layer) => layer.path === 'bucket.policy')?.error).toMatch(/GetBucketPolicy timed out after (0\.9\d+|1) s, when the collection's time budget \(timeout-seconds\) ran out/)
  })
})
