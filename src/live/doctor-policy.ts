/**
 * What the doctor reads, and the least privilege it needs to read it: one entry per API call the
 * collector makes (./collect*.ts), naming the IAM permission that call needs. `UnreadableLayer.permission`
 * comes from here, and so does the policy in docs/doctor-permissions.md (a test keeps them in step).
 *
 * Permissions per call, from the Service Authorization Reference and each API page:
 * - S3: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 *   (GetBucketEncryption needs s3:GetEncryptionConfiguration, GetObjectLockConfiguration needs
 *   s3:GetBucketObjectLockConfiguration, GetPublicAccessBlock needs s3:GetBucketPublicAccessBlock, the
 *   S3 Control GetPublicAccessBlock needs s3:GetAccountPublicAccessBlock, ListBuckets needs
 *   s3:ListAllMyBuckets). HeadObject needs s3:GetObject, and answers 404 rather than 403 for a missing
 *   key only with s3:ListBucket: https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
 * - IAM: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 * - KMS: https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html
 *   (a key in another account also needs its key policy to allow the doctor: IAM alone is not enough).
 * - Organizations: every call but DescribeOrganization works only from the management account or a
 *   delegated administrator: https://docs.aws.amazon.com/organizations/latest/APIReference/action-reference.html
 * - STS GetCallerIdentity needs no permission at all:
 *   https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
import type { PolicyDocument } from '../scenario/types.js'

export type ReadService = 's3' | 's3control' | 'iam' | 'kms' | 'ec2' | 'organizations' | 'sts'

/** Where the permission applies: the bucket, its objects, or `*` (account-wide or not resource-scoped). */
export type ReadScope = 'bucket' | 'object' | 'any'

export interface ReadSpec {
  service: ReadService
  /** The API operation, as the SDK command names it. */
  operation: string
  /** The IAM permission the call needs; empty for a call that needs none. */
  permission: string
  scope: ReadScope
  /** What the read is for, in a few words (reports and the docs table). */
  purpose: string
}

function spec(service: ReadService, operation: string, permission: string, scope: ReadScope, purpose: string): ReadSpec {
  return { service, operation, permission, scope, purpose }
}

export const READS = {
  'sts.GetCallerIdentity': spec('sts', 'GetCallerIdentity', '', 'any', 'who the pipeline is'),

  's3.GetBucketLocation': spec('s3', 'GetBucketLocation', 's3:GetBucketLocation', 'bucket', "the bucket's region (aws:RequestedRegion)"),
  's3.ListBuckets': spec('s3', 'ListBuckets', 's3:ListAllMyBuckets', 'any', "whether the caller's account owns the bucket, and that account's canonical id"),
  's3.GetBucketPolicy': spec('s3', 'GetBucketPolicy', 's3:GetBucketPolicy', 'bucket', 'the bucket policy'),
  's3.GetBucketPolicyStatus': spec('s3', 'GetBucketPolicyStatus', 's3:GetBucketPolicyStatus', 'bucket', 'whether S3 considers the bucket policy public'),
  's3.GetPublicAccessBlock': spec('s3', 'GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock', 'bucket', "the bucket's Block Public Access settings"),
  's3control.GetPublicAccessBlock': spec('s3control', 'GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock', 'any', "the account's Block Public Access settings"),
  's3.GetBucketOwnershipControls': spec('s3', 'GetBucketOwnershipControls', 's3:GetBucketOwnershipControls', 'bucket', 'Object Ownership (whether ACLs are disabled)'),
  's3.GetBucketAcl': spec('s3', 'GetBucketAcl', 's3:GetBucketAcl', 'bucket', "the bucket ACL and the bucket owner's canonical id"),
  's3.GetBucketEncryption': spec('s3', 'GetBucketEncryption', 's3:GetEncryptionConfiguration', 'bucket', 'default encryption (and its KMS key)'),
  's3.GetBucketVersioning': spec('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'bucket', 'versioning'),
  's3.GetObjectLockConfiguration': spec('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'bucket', 'Object Lock and default retention'),
  's3.GetBucketRequestPayment': spec('s3', 'GetBucketRequestPayment', 's3:GetBucketRequestPayment', 'bucket', 'Requester Pays'),
  's3.HeadObject': spec('s3', 'HeadObject', 's3:GetObject', 'object', 'whether the key exists, and its KMS key (s3:ListBucket too, to tell a missing key from a denial)'),
  's3.GetObjectAcl': spec('s3', 'GetObjectAcl', 's3:GetObjectAcl', 'object', "the object's ACL and owner"),
  's3.GetObjectTagging': spec('s3', 'GetObjectTagging', 's3:GetObjectTagging', 'object', "the object's tags (s3:ExistingObjectTag/*)"),
  's3.GetObjectRetention': spec('s3', 'GetObjectRetention', 's3:GetObjectRetention', 'object', "the object's retention"),
  's3.GetObjectLegalHold': spec('s3', 'GetObjectLegalHold', 's3:GetObjectLegalHold', 'object', "the object's legal hold"),

  'iam.GetRole': spec('iam', 'GetRole', 'iam:GetRole', 'any', "the role's path, tags and permissions boundary"),
  'iam.ListRolePolicies': spec('iam', 'ListRolePolicies', 'iam:ListRolePolicies', 'any', "the role's inline policies"),
  'iam.GetRolePolicy': spec('iam', 'GetRolePolicy', 'iam:GetRolePolicy', 'any', 'an inline role policy'),
  'iam.ListAttachedRolePolicies': spec('iam', 'ListAttachedRolePolicies', 'iam:ListAttachedRolePolicies', 'any', "the role's managed policies"),
  'iam.GetUser': spec('iam', 'GetUser', 'iam:GetUser', 'any', "the user's path, tags and permissions boundary"),
  'iam.ListUserPolicies': spec('iam', 'ListUserPolicies', 'iam:ListUserPolicies', 'any', "the user's inline policies"),
  'iam.GetUserPolicy': spec('iam', 'GetUserPolicy', 'iam:GetUserPolicy', 'any', 'an inline user policy'),
  'iam.ListAttachedUserPolicies': spec('iam', 'ListAttachedUserPolicies', 'iam:ListAttachedUserPolicies', 'any', "the user's managed policies"),
  'iam.ListGroupsForUser': spec('iam', 'ListGroupsForUser', 'iam:ListGroupsForUser', 'any', "the user's groups"),
  'iam.ListGroupPolicies': spec('iam', 'ListGroupPolicies', 'iam:ListGroupPolicies', 'any', "a group's inline policies"),
  'iam.GetGroupPolicy': spec('iam', 'GetGroupPolicy', 'iam:GetGroupPolicy', 'any', 'an inline group policy'),
  'iam.ListAttachedGroupPolicies': spec('iam', 'ListAttachedGroupPolicies', 'iam:ListAttachedGroupPolicies', 'any', "a group's managed policies"),
  'iam.GetPolicy': spec('iam', 'GetPolicy', 'iam:GetPolicy', 'any', "a managed policy's default version"),
  'iam.GetPolicyVersion': spec('iam', 'GetPolicyVersion', 'iam:GetPolicyVersion', 'any', "a managed policy's document"),

  'kms.DescribeKey': spec('kms', 'DescribeKey', 'kms:DescribeKey', 'any', 'the KMS key an alias or key id names, and whether AWS manages it (KeyManager)'),
  'kms.GetKeyPolicy': spec('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'any', 'the KMS key policy'),
  'kms.ListGrants': spec('kms', 'ListGrants', 'kms:ListGrants', 'any', "the KMS key's grants"),

  'ec2.DescribeVpcEndpoints': spec('ec2', 'DescribeVpcEndpoints', 'ec2:DescribeVpcEndpoints', 'any', "the VPC endpoint's policy and type (Gateway or Interface)"),
  'ec2.DescribeRouteTables': spec('ec2', 'DescribeRouteTables', 'ec2:DescribeRouteTables', 'any', "which gateway endpoint the runner's subnet routes S3 through"),

  'organizations.DescribeOrganization': spec('organizations', 'DescribeOrganization', 'organizations:DescribeOrganization', 'any', 'the organization id and management account'),
  'organizations.ListRoots': spec('organizations', 'ListRoots', 'organizations:ListRoots', 'any', 'whether SCPs and RCPs are enabled'),
  'organizations.ListParents': spec('organizations', 'ListParents', 'organizations:ListParents', 'any', "the account's OU path"),
  'organizations.ListPoliciesForTarget': spec('organizations', 'ListPoliciesForTarget', 'organizations:ListPoliciesForTarget', 'any', 'the SCPs and RCPs attached at each level'),
  'organizations.DescribePolicy': spec('organizations', 'DescribePolicy', 'organizations:DescribePolicy', 'any', 'an SCP or RCP document')
} as const satisfies Record<string, ReadSpec>

export type ReadName = keyof typeof READS

/** The permission a read needs (`s3:GetBucketPolicy` for `s3.GetBucketPolicy`). */
export function permissionFor(read: ReadName): string {
  return READS[read].permission
}

/** Every read, in the order of the table above. */
export function allReads(): ReadName[] {
  return Object.keys(READS) as ReadName[]
}

export interface DoctorPolicyOptions {
  /** The bucket the doctor reads; `*` (any bucket) when not given. */
  bucket?: string
  partition?: string
}

/**
 * The least-privilege identity policy for the role the doctor reads with (`reader-role-to-assume`,
 * or the pipeline's own role). Bucket and object reads are scoped to the bucket; the rest cannot be
 * (account-level and Describe/List calls take `"Resource": "*"`), except KMS, where a key ARN may
 * replace `*` by hand.
 */
export function doctorPolicy(options: DoctorPolicyOptions = {}): PolicyDocument {
  const partition = options.partition ?? 'aws'
  const bucket = options.bucket ?? '*'
  const permissions = (predicate: (read: ReadSpec) => boolean): string[] => {
    const list: string[] = []
    for (const read of Object.values(READS) as ReadSpec[]) {
      if (read.permission !== '' && predicate(read) && !list.includes(read.permission)) list.push(read.permission)
    }
    return list
  }
  const service = (name: ReadService) => (read: ReadSpec) => read.service === name && read.scope === 'any'
  const bucketActions = permissions((read) => read.scope === 'bucket')
  // HeadObject answers 404 for a missing key only to a caller allowed s3:ListBucket.
  bucketActions.push('s3:ListBucket')
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadBucketSettings', Effect: 'Allow', Action: bucketActions, Resource: `arn:${partition}:s3:::${bucket}` },
      { Sid: 'ReadObjectMetadata', Effect: 'Allow', Action: permissions((read) => read.scope === 'object'), Resource: `arn:${partition}:s3:::${bucket}/*` },
      { Sid: 'ReadAccountSettings', Effect: 'Allow', Action: permissions((read) => (read.service === 's3' || read.service === 's3control') && read.scope === 'any'), Resource: '*' },
      { Sid: 'ReadIdentityPolicies', Effect: 'Allow', Action: permissions(service('iam')), Resource: '*' },
      { Sid: 'ReadKmsKeys', Effect: 'Allow', Action: permissions(service('kms')), Resource: '*' },
      { Sid: 'ReadVpcEndpoints', Effect: 'Allow', Action: permissions(service('ec2')), Resource: '*' },
      { Sid: 'ReadOrganizationPolicies', Effect: 'Allow', Action: permissions(service('organizations')), Resource: '*' }
    ]
  }
}
