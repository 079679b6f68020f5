/**
 * A fake AWS for the collector's tests: every client mocked with aws-sdk-client-mock, a baseline
 * "world" of realistic answers (shapes copied from the API references' examples), and per-read
 * overrides: fail with an error, answer something else, answer after throttling, hang, or delay.
 *
 * Baseline: role ci-deploy (path /ci/, a boundary, one inline and one managed policy) in account
 * 111122223333, in an organization (SCPs enabled, RCPs not); bucket artifacts-prod owned by the same
 * account in us-east-1, SSE-KMS by default with a customer managed key, a bucket policy that denies
 * requests from outside 192.0.2.0/24; the key builds/app.zip does not exist yet.
 */
import type { EC2Client } from '@aws-sdk/client-ec2'
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  IAMServiceException,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand
} from '@aws-sdk/client-iam'
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, KMSServiceException, ListGrantsCommand } from '@aws-sdk/client-kms'
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  OrganizationsClient,
  OrganizationsServiceException
} from '@aws-sdk/client-organizations'
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetBucketVersioningCommand,
  GetObjectAclCommand,
  GetObjectLegalHoldCommand,
  GetObjectLockConfigurationCommand,
  GetObjectRetentionCommand,
  GetObjectTaggingCommand,
  GetPublicAccessBlockCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException
} from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient, S3ControlServiceException } from '@aws-sdk/client-s3-control'
import { STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { createClients, type AwsClients } from '../../src/live/clients.js'
import { DescribeRouteTablesCommand, DescribeVpcEndpointsCommand, Ec2ServiceError } from '../../src/live/ec2-query.js'
import type { CollectInput } from '../../src/live/collect.js'
import type { ReadName } from '../../src/live/doctor-policy.js'
import type { CallerIdentity } from '../../src/live/types.js'

export const ACCOUNT = '111122223333'
export const OTHER_ACCOUNT = '444455556666'
export const BUCKET = 'artifacts-prod'
export const KEY = 'builds/app.zip'
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ci/ci-deploy`
export const SESSION_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/gh-run-42`
export const BOUNDARY_ARN = `arn:aws:iam::${ACCOUNT}:policy/ci-boundary`
export const MANAGED_ARN = `arn:aws:iam::${ACCOUNT}:policy/kms-use`
export const KMS_KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
export const CANONICAL_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
export const OTHER_CANONICAL_ID = 'b3f9c3a1e0d6b8c2a7f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6'
export const ORG_ID = 'o-a1b2c3d4e5'
export const ROOT_ID = 'r-ab12'
export const OU_ID = 'ou-ab12-11111111'
export const MANAGEMENT_ACCOUNT = '999988887777'
export const VPCE_ID = 'vpce-0abc1234def567890'

export const CALLER: CallerIdentity = { arn: SESSION_ARN, account: ACCOUNT, userId: 'AROAEXAMPLEID:gh-run-42', source: 'assume-role-with-web-identity' }

const json = (value: unknown): string => JSON.stringify(value)
/** IAM's URL encoding (RFC 3986, as java.net.URLEncoder would produce it). */
export const urlEncoded = (value: unknown): string => encodeURIComponent(json(value))

export const BUCKET_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyOutsideOffice',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
      Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }
    }
  ]
}
export const INLINE_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Write', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`] }]
}
export const MANAGED_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'UseKey', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: KMS_KEY_ARN }]
}
export const BOUNDARY_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 'kms:*'], Resource: '*' }] }
export const FULL_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
export const KEY_POLICY = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]
}
export const ENDPOINT_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'OnlyArtifacts', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`] }]
}

const metadata = (status: number) => ({ httpStatusCode: status, requestId: 'EXAMPLE-REQUEST-ID', attempts: 1, totalRetryDelay: 0 })

/** The baseline answers, by read. A function receives the command's input. */
export function baselineWorld(): Partial<Record<ReadName, (input: Record<string, unknown>) => unknown>> {
  return {
    's3.GetBucketLocation': () => ({ LocationConstraint: undefined }),
    's3.ListBuckets': () => ({ Buckets: [{ Name: BUCKET, CreationDate: new Date('2024-01-01T00:00:00Z'), BucketRegion: 'us-east-1' }], Owner: { ID: CANONICAL_ID }, Prefix: BUCKET }),
    's3.GetBucketPolicy': () => ({ Policy: json(BUCKET_POLICY) }),
    's3.GetBucketPolicyStatus': () => ({ PolicyStatus: { IsPublic: false } }),
    's3.GetPublicAccessBlock': () => ({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
    's3control.GetPublicAccessBlock': () => ({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
    's3.GetBucketOwnershipControls': () => ({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }),
    's3.GetBucketAcl': () => ({ Owner: { ID: CANONICAL_ID }, Grants: [{ Grantee: { ID: CANONICAL_ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] }),
    's3.GetBucketEncryption': () => ({
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KMS_KEY_ARN }, BucketKeyEnabled: true }] }
    }),
    's3.GetBucketVersioning': () => ({ Status: 'Enabled', MFADelete: 'Disabled' }),
    's3.GetObjectLockConfiguration': () => {
      throw s3Error('ObjectLockConfigurationNotFoundError', 404, 'Object Lock configuration does not exist for this bucket')
    },
    's3.GetBucketRequestPayment': () => ({ Payer: 'BucketOwner' }),
    's3.HeadObject': () => {
      throw s3Error('NotFound', 404, 'UnknownError')
    },
    's3.GetObjectAcl': () => {
      throw s3Error('NoSuchKey', 404, 'The specified key does not exist.')
    },
    's3.GetObjectTagging': () => {
      throw s3Error('NoSuchKey', 404, 'The specified key does not exist.')
    },
    's3.GetObjectRetention': () => {
      throw s3Error('InvalidRequest', 400, 'Bucket is missing Object Lock Configuration')
    },
    's3.GetObjectLegalHold': () => {
      throw s3Error('InvalidRequest', 400, 'Bucket is missing Object Lock Configuration')
    },

    'iam.GetRole': () => ({
      Role: {
        Path: '/ci/',
        RoleName: 'ci-deploy',
        RoleId: 'AROAEXAMPLEID',
        Arn: ROLE_ARN,
        CreateDate: new Date('2024-01-01T00:00:00Z'),
        AssumeRolePolicyDocument: urlEncoded({ Version: '2012-10-17', Statement: [] }),
        MaxSessionDuration: 3600,
        PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: BOUNDARY_ARN },
        Tags: [{ Key: 'team', Value: 'platform' }],
        RoleLastUsed: {}
      }
    }),
    'iam.ListRolePolicies': () => ({ PolicyNames: ['ci-write'], IsTruncated: false }),
    'iam.GetRolePolicy': (input) => ({ RoleName: input['RoleName'], PolicyName: input['PolicyName'], PolicyDocument: urlEncoded(INLINE_POLICY) }),
    'iam.ListAttachedRolePolicies': () => ({ AttachedPolicies: [{ PolicyName: 'kms-use', PolicyArn: MANAGED_ARN }], IsTruncated: false }),
    'iam.GetPolicy': (input) => ({
      Policy: { PolicyName: String(input['PolicyArn']).split('/').pop(), PolicyId: 'ANPAEXAMPLE', Arn: input['PolicyArn'], DefaultVersionId: 'v3', AttachmentCount: 1, IsAttachable: true }
    }),
    'iam.GetPolicyVersion': (input) => ({
      PolicyVersion: { Document: urlEncoded(input['PolicyArn'] === BOUNDARY_ARN ? BOUNDARY_POLICY : MANAGED_POLICY), VersionId: input['VersionId'], IsDefaultVersion: true }
    }),

    'organizations.DescribeOrganization': () => ({
      Organization: { Id: ORG_ID, Arn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:organization/${ORG_ID}`, FeatureSet: 'ALL', MasterAccountId: MANAGEMENT_ACCOUNT, MasterAccountArn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:account/${ORG_ID}/${MANAGEMENT_ACCOUNT}` }
    }),
    'organizations.ListRoots': () => ({
      Roots: [{ Id: ROOT_ID, Arn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:root/${ORG_ID}/${ROOT_ID}`, Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }]
    }),
    'organizations.ListParents': (input) => ({
      Parents: [input['ChildId'] === ACCOUNT ? { Id: OU_ID, Type: 'ORGANIZATIONAL_UNIT' } : { Id: ROOT_ID, Type: 'ROOT' }]
    }),
    'organizations.ListPoliciesForTarget': (input) => ({
      Policies:
        input['Filter'] === 'SERVICE_CONTROL_POLICY'
          ? [{ Id: 'p-FullAWSAccess', Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true }]
          : []
    }),
    'organizations.DescribePolicy': (input) => ({
      Policy: { PolicySummary: { Id: input['PolicyId'], Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true }, Content: json(FULL_ACCESS) }
    }),

    'kms.DescribeKey': () => ({
      KeyMetadata: { AWSAccountId: ACCOUNT, KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: KMS_KEY_ARN, KeyManager: 'CUSTOMER', KeyState: 'Enabled', KeyUsage: 'ENCRYPT_DECRYPT', Enabled: true }
    }),
    'kms.GetKeyPolicy': () => ({ Policy: json(KEY_POLICY), PolicyName: 'default' }),
    'kms.ListGrants': () => ({
      Grants: [
        {
          KeyId: KMS_KEY_ARN,
          GrantId: '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60',
          Name: 'ci-grant',
          GranteePrincipal: ROLE_ARN,
          IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
          Operations: ['Encrypt', 'GenerateDataKey'],
          Constraints: { EncryptionContextSubset: { 'aws:s3:arn': `arn:aws:s3:::${BUCKET}` } },
          CreationDate: new Date('2024-01-01T00:00:00Z')
        }
      ],
      Truncated: false
    }),

    'ec2.DescribeVpcEndpoints': () => ({
      VpcEndpoints: [
        {
          VpcEndpointId: VPCE_ID,
          VpcEndpointType: 'Gateway',
          VpcId: 'vpc-0a1b2c3d',
          ServiceName: 'com.amazonaws.us-east-1.s3',
          State: 'available',
          PolicyDocument: json(ENDPOINT_POLICY),
          RouteTableIds: ['rtb-0123456789abcdef0']
        }
      ]
    }),
    'ec2.DescribeRouteTables': () => ({
      RouteTables: [
        { RouteTableId: 'rtb-0123456789abcdef0', VpcId: 'vpc-0a1b2c3d', Associations: [{ Main: false, SubnetId: 'subnet-0aaa1111', RouteTableId: 'rtb-0123456789abcdef0' }] },
        { RouteTableId: 'rtb-0fffffffffffffff0', VpcId: 'vpc-0a1b2c3d', Associations: [{ Main: true, RouteTableId: 'rtb-0fffffffffffffff0' }] }
      ]
    }),

    'iam.GetUser': (input) => ({
      User: { Path: '/', UserName: input['UserName'] ?? 'deployer', UserId: 'AIDAEXAMPLE', Arn: `arn:aws:iam::${ACCOUNT}:user/${String(input['UserName'] ?? 'deployer')}`, CreateDate: new Date('2024-01-01T00:00:00Z') }
    }),
    'iam.ListUserPolicies': () => ({ PolicyNames: [], IsTruncated: false }),
    'iam.GetUserPolicy': (input) => ({ UserName: input['UserName'], PolicyName: input['PolicyName'], PolicyDocument: urlEncoded(INLINE_POLICY) }),
    'iam.ListAttachedUserPolicies': () => ({ AttachedPolicies: [], IsTruncated: false }),
    'iam.ListGroupsForUser': () => ({ Groups: [], IsTruncated: false }),
    'iam.ListGroupPolicies': () => ({ PolicyNames: [], IsTruncated: false }),
    'iam.GetGroupPolicy': (input) => ({ GroupName: input['GroupName'], PolicyName: input['PolicyName'], PolicyDocument: urlEncoded(INLINE_POLICY) }),
    'iam.ListAttachedGroupPolicies': () => ({ AttachedPolicies: [], IsTruncated: false })
  }
}

// ---------------------------------------------------------------------------------------------
// Errors as the SDK throws them

export function s3Error(name: string, status: number, message: string): Error {
  return new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: metadata(status), message })
}

/** The doctor's own AccessDenied on a read, in each service's words. */
export function deniedFor(read: ReadName): Error {
  const [service, operation] = read.split('.') as [string, string]
  const text = `User: arn:aws:sts::${ACCOUNT}:assumed-role/doctor-reader/run is not authorized to perform: ${service === 's3control' ? 's3' : service}:${operation} because no identity-based policy allows the action`
  switch (service) {
    case 's3':
      return s3Error('AccessDenied', 403, text)
    case 's3control':
      return new S3ControlServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: metadata(403), message: text })
    case 'iam':
      return new IAMServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: metadata(403), message: text })
    case 'kms':
      return new KMSServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: metadata(400), message: text })
    case 'organizations':
      return new OrganizationsServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: metadata(400), message: 'You don\'t have permissions to access this resource.' })
    case 'ec2':
      return new Ec2ServiceError({ code: 'UnauthorizedOperation', status: 403, requestId: 'EXAMPLE-REQUEST-ID', message: 'You are not authorized to perform this operation.' })
    default:
      throw new Error(`no denial for ${read}`)
  }
}

/** A throttling answer in each service's words. */
export function throttledFor(read: ReadName): Error {
  const service = read.split('.')[0]
  switch (service) {
    case 's3':
      return s3Error('SlowDown', 503, 'Please reduce your request rate.')
    case 's3control':
      return new S3ControlServiceException({ name: 'SlowDown', $fault: 'server', $metadata: metadata(503), message: 'Please reduce your request rate.' })
    case 'iam':
      return new IAMServiceException({ name: 'Throttling', $fault: 'client', $metadata: metadata(400), message: 'Rate exceeded' })
    case 'kms':
      return new KMSServiceException({ name: 'ThrottlingException', $fault: 'client', $metadata: metadata(400), message: 'Rate exceeded' })
    case 'organizations':
      return new OrganizationsServiceException({ name: 'TooManyRequestsException', $fault: 'client', $metadata: metadata(400), message: 'AWS Organizations can\'t complete your request because another request is already in progress.' })
    default:
      return new Ec2ServiceError({ code: 'RequestLimitExceeded', status: 503, requestId: 'EXAMPLE-REQUEST-ID', message: 'Request limit exceeded.' })
  }
}

// ---------------------------------------------------------------------------------------------

type Handler = (input: Record<string, unknown>) => unknown

interface Route {
  client: keyof AwsClients
  command: new (input: never) => unknown
}

const ROUTES: Partial<Record<ReadName, Route>> = {
  's3.GetBucketLocation': { client: 's3', command: GetBucketLocationCommand },
  's3.ListBuckets': { client: 's3', command: ListBucketsCommand },
  's3.GetBucketPolicy': { client: 's3', command: GetBucketPolicyCommand },
  's3.GetBucketPolicyStatus': { client: 's3', command: GetBucketPolicyStatusCommand },
  's3.GetPublicAccessBlock': { client: 's3', command: GetPublicAccessBlockCommand },
  's3control.GetPublicAccessBlock': { client: 's3control', command: GetAccountPublicAccessBlockCommand },
  's3.GetBucketOwnershipControls': { client: 's3', command: GetBucketOwnershipControlsCommand },
  's3.GetBucketAcl': { client: 's3', command: GetBucketAclCommand },
  's3.GetBucketEncryption': { client: 's3', command: GetBucketEncryptionCommand },
  's3.GetBucketVersioning': { client: 's3', command: GetBucketVersioningCommand },
  's3.GetObjectLockConfiguration': { client: 's3', command: GetObjectLockConfigurationCommand },
  's3.GetBucketRequestPayment': { client: 's3', command: GetBucketRequestPaymentCommand },
  's3.HeadObject': { client: 's3', command: HeadObjectCommand },
  's3.GetObjectAcl': { client: 's3', command: GetObjectAclCommand },
  's3.GetObjectTagging': { client: 's3', command: GetObjectTaggingCommand },
  's3.GetObjectRetention': { client: 's3', command: GetObjectRetentionCommand },
  's3.GetObjectLegalHold': { client: 's3', command: GetObjectLegalHoldCommand },
  'iam.GetRole': { client: 'iam', command: GetRoleCommand },
  'iam.ListRolePolicies': { client: 'iam', command: ListRolePoliciesCommand },
  'iam.GetRolePolicy': { client: 'iam', command: GetRolePolicyCommand },
  'iam.ListAttachedRolePolicies': { client: 'iam', command: ListAttachedRolePoliciesCommand },
  'iam.GetPolicy': { client: 'iam', command: GetPolicyCommand },
  'iam.GetPolicyVersion': { client: 'iam', command: GetPolicyVersionCommand },
  'iam.GetUser': { client: 'iam', command: GetUserCommand },
  'iam.ListUserPolicies': { client: 'iam', command: ListUserPoliciesCommand },
  'iam.GetUserPolicy': { client: 'iam', command: GetUserPolicyCommand },
  'iam.ListAttachedUserPolicies': { client: 'iam', command: ListAttachedUserPoliciesCommand },
  'iam.ListGroupsForUser': { client: 'iam', command: ListGroupsForUserCommand },
  'iam.ListGroupPolicies': { client: 'iam', command: ListGroupPoliciesCommand },
  'iam.GetGroupPolicy': { client: 'iam', command: GetGroupPolicyCommand },
  'iam.ListAttachedGroupPolicies': { client: 'iam', command: ListAttachedGroupPoliciesCommand },
  'kms.DescribeKey': { client: 'kms', command: DescribeKeyCommand },
  'kms.GetKeyPolicy': { client: 'kms', command: GetKeyPolicyCommand },
  'kms.ListGrants': { client: 'kms', command: ListGrantsCommand },
  'ec2.DescribeVpcEndpoints': { client: 'ec2', command: DescribeVpcEndpointsCommand },
  'ec2.DescribeRouteTables': { client: 'ec2', command: DescribeRouteTablesCommand },
  'organizations.DescribeOrganization': { client: 'organizations', command: DescribeOrganizationCommand },
  'organizations.ListRoots': { client: 'organizations', command: ListRootsCommand },
  'organizations.ListParents': { client: 'organizations', command: ListParentsCommand },
  'organizations.ListPoliciesForTarget': { client: 'organizations', command: ListPoliciesForTargetCommand },
  'organizations.DescribePolicy': { client: 'organizations', command: DescribePolicyCommand }
}

export const MOCKED_READS = Object.keys(ROUTES) as ReadName[]

export interface FakeAws {
  clients: AwsClients
  /** Every call made, in order: the read and its input. */
  calls: { read: ReadName; input: Record<string, unknown> }[]
  /** Answer `read` with `handler` from now on. */
  on(read: ReadName, handler: Handler): void
  fail(read: ReadName, error: Error): void
  /** Answer the next calls with these errors, then as before. */
  failFirst(read: ReadName, ...errors: Error[]): void
  /** Never answer. */
  hang(read: ReadName): void
  /** Every call answers after this many milliseconds (for measuring round trips). */
  delayMs: number
  restore(): void
}

export function fakeAws(options: { endpointUrl?: string } = {}): FakeAws {
  const clients = createClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
    ...(options.endpointUrl !== undefined ? { endpointUrl: options.endpointUrl } : {})
  })
  const world = baselineWorld()
  const pending = new Map<ReadName, Error[]>()
  const calls: FakeAws['calls'] = []
  const fake: FakeAws = {
    clients,
    calls,
    delayMs: 0,
    on: (read, handler) => {
      world[read] = handler
    },
    fail: (read, error) => {
      world[read] = () => {
        throw error
      }
    },
    failFirst: (read, ...errors) => {
      pending.set(read, [...(pending.get(read) ?? []), ...errors])
    },
    hang: (read) => {
      world[read] = () => new Promise(() => undefined)
    },
    restore: () => {
      for (const mock of mocks) mock.restore()
    }
  }
  const mocks = [
    mockClient(clients.s3 as S3Client),
    mockClient(clients.s3control as S3ControlClient),
    mockClient(clients.iam as IAMClient),
    mockClient(clients.kms as KMSClient),
    // Our own EC2 Query client (src/live/ec2-query.ts) has the SDK's send(command): mocked the same way.
    mockClient(clients.ec2 as unknown as EC2Client),
    mockClient(clients.organizations as OrganizationsClient),
    mockClient(clients.sts as STSClient)
  ]
  const byClient: Record<string, (typeof mocks)[number]> = { s3: mocks[0]!, s3control: mocks[1]!, iam: mocks[2]!, kms: mocks[3]!, ec2: mocks[4]!, organizations: mocks[5]!, sts: mocks[6]! }
  for (const [read, route] of Object.entries(ROUTES) as [ReadName, Route][]) {
    const mock = byClient[route.client] as unknown as { on(command: unknown): { callsFake(fn: (input: Record<string, unknown>) => unknown): void } }
    mock.on(route.command).callsFake(async (input: Record<string, unknown>) => {
      calls.push({ read, input })
      if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs))
      const queued = pending.get(read)
      if (queued !== undefined && queued.length > 0) throw queued.shift()
      const handler = world[read]
      if (handler === undefined) throw new Error(`no fake answer for ${read}`)
      return handler(input)
    })
  }
  return fake
}

/** The collector's input for the baseline world; `overrides` replace fields. */
export function baseInput(fake: FakeAws, overrides: Partial<CollectInput> = {}): CollectInput {
  return {
    clients: fake.clients,
    caller: CALLER,
    request: { action: 's3:PutObject', bucket: BUCKET, key: KEY, headers: {} },
    settings: { region: 'us-east-1', sourceIp: '192.0.2.10', timeoutSeconds: 30 },
    now: new Date('2026-11-25T10:00:00.000Z'),
    sleep: async () => undefined,
    limits: { random: () => 0 },
    ...overrides
  }
}

/** The value at a scenario path as the loader writes paths: `bucket.objects["builds/app.zip"].acl`, `kmsKeys[0].policy`. */
export function at(value: unknown, path: string): unknown {
  let node: unknown = value
  const tokens = /\.?([A-Za-z_$][\w$:-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy
  let match: RegExpExecArray | null
  while (tokens.lastIndex < path.length && (match = tokens.exec(path)) !== null) {
    const key = match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3] as string) as string))
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}
