/**
 * Scenario format 1: one S3 request plus a snapshot of every authorization layer.
 * The contract is ../shared/scenario-format.md; the JSON Schema in ./schema.ts enforces it.
 *
 * A missing layer means "not present". A layer that could not be read is an `Unreadable`.
 * Policy documents are kept as the JSON AWS stores (already decoded by the loader), because
 * reports quote them and fixes edit them; `../policy/parse.ts` turns them into `Policy` values.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

/** A layer the collector was denied or failed to read. */
export interface Unreadable {
  unreadable: string
}

export type Readable<T> = T | Unreadable

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'unreadable' in value
}

/** A policy document as AWS stores it: an object after the loader decoded strings and URL-encoding. */
export type PolicyDocument = JsonObject

export interface NamedPolicy {
  name: string
  document: Readable<PolicyDocument>
}

export interface ScenarioRequest {
  /** As GetCallerIdentity reports it, or "anonymous" for an unsigned request. */
  principal: string
  action: string
  bucket: string
  key?: string
  headers?: Record<string, string>
  /** Condition keys the request carries; arrays for multi-valued keys. */
  context?: Record<string, string | string[]>
  vpcEndpoint?: string
  /** The bucket policy a s3:PutBucketPolicy request sends, for Block Public Access's write-time check. */
  policy?: PolicyDocument
  /**
   * The S3 API operation, when the IAM action alone does not tell (an addition to format 1):
   * `HeadObject` (no kms:Decrypt), `CreateMultipartUpload`/`UploadPart`/`CompleteMultipartUpload`
   * (SSE-KMS multipart uploads also need kms:Decrypt).
   */
  operation?: string
}

export interface Identity {
  /** The user or role behind the session, with its path. */
  arn?: string
  tags?: Record<string, string>
  policies?: Readable<NamedPolicy[]>
  permissionsBoundary?: Readable<NamedPolicy>
  sessionPolicies?: Readable<NamedPolicy[]>
  orgId?: string
  orgPaths?: string[]
}

/** One list of policies per level: root first, then each OU, then the account. */
export type PolicyLevels = NamedPolicy[][]

export interface Organization {
  serviceControlPolicies?: Readable<PolicyLevels>
  resourceControlPolicies?: Readable<PolicyLevels>
  managementAccount?: string
}

export interface PublicAccessBlock {
  BlockPublicAcls?: boolean
  IgnorePublicAcls?: boolean
  BlockPublicPolicy?: boolean
  RestrictPublicBuckets?: boolean
}

export type AclGrantee =
  | { type: 'CanonicalUser'; id: string; displayName?: string }
  | { type: 'Group'; uri: string }
  | { type: 'AmazonCustomerByEmail'; emailAddress: string }

export type AclPermission = 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP'

export interface Acl {
  owner: string
  grants: { grantee: AclGrantee; permission: AclPermission }[]
}

export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter'

export interface Retention {
  mode: 'GOVERNANCE' | 'COMPLIANCE'
  until: string
}

export interface ObjectState {
  exists?: boolean
  owner?: string
  kmsKeyArn?: string
  acl?: Readable<Acl>
  tags?: Readable<Record<string, string>>
  retention?: Readable<Retention>
  legalHold?: Readable<boolean>
}

export interface BucketEncryption {
  algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse'
  kmsKeyArn?: string
  bucketKeyEnabled?: boolean
}

export interface Bucket {
  name: string
  account?: string
  region?: string
  policy?: Readable<PolicyDocument>
  publicAccessBlock?: Readable<PublicAccessBlock>
  accountPublicAccessBlock?: Readable<PublicAccessBlock>
  objectOwnership?: Readable<ObjectOwnership>
  acl?: Readable<Acl>
  encryption?: Readable<BucketEncryption>
  versioning?: Readable<'Enabled' | 'Suspended' | 'Disabled'>
  objectLock?: Readable<{ enabled: boolean; defaultRetention?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; days?: number; years?: number } }>
  requesterPays?: Readable<boolean>
  objects?: Record<string, ObjectState>
}

export interface KmsKey {
  arn: string
  /** Aliases of the key (`alias/ci-key`): a request header may name the key by one of them. */
  aliases?: string[]
  /**
   * An addition to format 1: DescribeKey's `KeyManager`. `AWS` marks an AWS managed key (aws/s3),
   * whose key policy AWS defines and which no other account can use; absent means customer managed
   * unless an alias says `alias/aws/s3`.
   */
  keyManager?: 'AWS' | 'CUSTOMER'
  policy?: Readable<PolicyDocument>
  grants?: Readable<KmsGrant[]>
}

export interface KmsGrant {
  granteePrincipal: string
  operations: string[]
  retiringPrincipal?: string
  constraints?: { encryptionContextSubset?: Record<string, string>; encryptionContextEquals?: Record<string, string> }
}

export interface VpcEndpoint {
  id: string
  /**
   * An addition to format 1: DescribeVpcEndpoints' `VpcEndpointType`. It changes what an account
   * principal in the endpoint policy means: on a gateway endpoint only the account's root user
   * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway).
   * Absent: unknown; the policy is read as for an interface endpoint, with a finding when that matters.
   */
  type?: 'Gateway' | 'Interface'
  policy?: Readable<PolicyDocument>
}

export type PolicyType =
  | 'service-control-policy'
  | 'resource-control-policy'
  | 'identity-based-policy'
  | 'resource-based-policy'
  | 'permissions-boundary'
  | 'session-policy'
  | 'vpc-endpoint-policy'
  | 'block-public-access'
  | 'acl'
  | 'object-ownership'
  | 'object-lock'
  | 'requester-pays'
  | 'missing-list-permission'

export const POLICY_TYPES: readonly PolicyType[] = [
  'service-control-policy',
  'resource-control-policy',
  'identity-based-policy',
  'resource-based-policy',
  'permissions-boundary',
  'session-policy',
  'vpc-endpoint-policy',
  'block-public-access',
  'acl',
  'object-ownership',
  'object-lock',
  'requester-pays',
  'missing-list-permission'
]

export interface ExpectedOutcome {
  decision: 'allow' | 'deny'
  denial?: {
    kind?: 'explicit' | 'implicit'
    policyType: PolicyType
    statement?: string | null
    action?: string
  }
}

export interface Scenario {
  version: 1
  name?: string
  source?: string
  request: ScenarioRequest
  identity?: Identity
  organization?: Organization
  bucket?: Bucket
  kmsKeys?: KmsKey[]
  vpcEndpoints?: VpcEndpoint[]
  expect?: ExpectedOutcome
}
