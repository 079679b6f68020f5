/**
 * S3 Block Public Access: the effective settings of a bucket (the most restrictive of the bucket's
 * and its owner account's), the write-time rejections (BlockPublicAcls, BlockPublicPolicy) and the
 * request-time limits (RestrictPublicBuckets, IgnorePublicAcls).
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html
 */
import type { Policy } from '../policy/types.js'
import { isUnreadable } from '../scenario/types.js'
import type { Acl, PublicAccessBlock, Readable } from '../scenario/types.js'
import type { Requester } from './actions.js'
import type { AclGrant } from './public.js'
import { isPolicyPublic, isPublicGrantee, requestAclPublicity } from './public.js'

export type BlockSetting = 'BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets'

/** Where an effective setting comes from; `both` when the bucket and the account both turn it on. */
export type BlockLevel = 'bucket' | 'account' | 'both'

export const BLOCK_SETTINGS: readonly BlockSetting[] = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']

export type EffectiveBlock = Required<PublicAccessBlock> & {
  /** For each setting that is on, which level turns it on (null when off). */
  source: Record<BlockSetting, BlockLevel | null>
  /** Levels the collector could not read: a setting that is off here may still be on there. */
  unreadable: ('bucket' | 'account')[]
}

/**
 * "If the block public access settings for the access point, bucket, or account differ, then
 * Amazon S3 applies the most restrictive combination": each setting is on when either level turns
 * it on. A missing configuration turns nothing on.
 */
export function effectiveBlock(bucket?: Readable<PublicAccessBlock>, account?: Readable<PublicAccessBlock>): EffectiveBlock {
  const unreadable: ('bucket' | 'account')[] = []
  const bucketSettings = bucket === undefined || isUnreadable(bucket) ? undefined : bucket
  const accountSettings = account === undefined || isUnreadable(account) ? undefined : account
  if (bucket !== undefined && isUnreadable(bucket)) unreadable.push('bucket')
  if (account !== undefined && isUnreadable(account)) unreadable.push('account')
  const source = {} as Record<BlockSetting, BlockLevel | null>
  const result = { source, unreadable } as EffectiveBlock
  for (const setting of BLOCK_SETTINGS) {
    const onBucket = bucketSettings?.[setting] === true
    const onAccount = accountSettings?.[setting] === true
    result[setting] = onBucket || onAccount
    source[setting] = onBucket && onAccount ? 'both' : onBucket ? 'bucket' : onAccount ? 'account' : null
  }
  return result
}

/** `bucket`, `account`, or `bucket and account`: the level(s) a setting is on at, in words. */
export function levelWords(level: BlockLevel): string {
  return level === 'both' ? 'bucket and account' : level
}

// ---------------------------------------------------------------------------------------------
// Write time
// ---------------------------------------------------------------------------------------------

export type WriteTimeBlock =
  | { blocked: false }
  | {
      blocked: true
      setting: 'BlockPublicAcls' | 'BlockPublicPolicy'
      level: BlockLevel
      httpStatus: 403
      errorCode: 'AccessDenied'
      reason: string
      /** BlockPublicAcls: the public grants the request carries. */
      publicGrants?: AclGrant[]
      /** BlockPublicPolicy: the statements that make the new policy public. */
      publicStatements?: string[]
    }

/**
 * IAM actions that BlockPublicAcls rejects when the request carries a public ACL: "PutBucketAcl and
 * PutObjectAcl calls fail if the specified ACL is public. PUT Object calls fail if the request
 * includes a public ACL. PUT Bucket calls fail if the request includes a public ACL."
 * `s3:PutObject` covers every call that authorizes as it and creates an object with an ACL
 * (PutObject, CopyObject, CreateMultipartUpload); `s3:PutObjectVersionAcl` is PutObjectAcl with a
 * version id.
 */
const ACL_WRITING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket'])

/**
 * The write-time checks: BlockPublicAcls rejects the calls above when their `x-amz-acl` /
 * `x-amz-grant-*` headers are public; BlockPublicPolicy rejects `s3:PutBucketPolicy` with a public
 * policy ("reject calls to PUT Bucket policy if the specified bucket policy allows public access").
 * For `s3:CreateBucket` only the account level counts: the new bucket has no settings of its own yet.
 * An ACL sent in a PutBucketAcl/PutObjectAcl body is not part of the scenario; only headers are checked.
 */
export function checkWriteTimeBlock(
  action: string,
  headers: Readonly<Record<string, string>> | undefined,
  requestPolicy: Policy | undefined,
  block: EffectiveBlock
): WriteTimeBlock {
  const lower = action.toLowerCase()
  if (ACL_WRITING_ACTIONS.has(lower)) {
    const level = settingLevel(block, 'BlockPublicAcls', lower === 's3:createbucket')
    if (level === null) return { blocked: false }
    const acl = requestAclPublicity(headers)
    if (!acl.public) return { blocked: false }
    return {
      blocked: true,
      setting: 'BlockPublicAcls',
      level,
      httpStatus: 403,
      errorCode: 'AccessDenied',
      reason: `BlockPublicAcls (${levelWords(level)} level) rejects ${action} with a public ACL: ${acl.reason}`,
      publicGrants: acl.grants
    }
  }
  if (lower === 's3:putbucketpolicy' && requestPolicy !== undefined) {
    const level = settingLevel(block, 'BlockPublicPolicy', false)
    if (level === null) return { blocked: false }
    const publicity = isPolicyPublic(requestPolicy)
    if (!publicity.public) return { blocked: false }
    return {
      blocked: true,
      setting: 'BlockPublicPolicy',
      level,
      httpStatus: 403,
      errorCode: 'AccessDenied',
      reason: `BlockPublicPolicy (${levelWords(level)} level) rejects a bucket policy that grants public access (statement ${publicity.publicStatements.join(', ')})`,
      publicStatements: publicity.publicStatements
    }
  }
  return { blocked: false }
}

function settingLevel(block: EffectiveBlock, setting: BlockSetting, accountOnly: boolean): BlockLevel | null {
  const level = block.source[setting]
  if (level === null || !block[setting]) return null
  if (!accountOnly) return level
  return level === 'bucket' ? null : 'account'
}

// ---------------------------------------------------------------------------------------------
// Request time: RestrictPublicBuckets
// ---------------------------------------------------------------------------------------------

export interface Admission {
  admitted: boolean
  reason: string
}

/**
 * Who a public bucket policy still grants to under RestrictPublicBuckets: "only AWS service
 * principals and authorized users within the bucket owner's account". Anonymous callers and every
 * other account are cut off ("This setting blocks all cross-account access ... (except by AWS
 * service principals)"), even those a non-public statement names ("including non-public delegation
 * to specific accounts"). Null when the bucket owner is unknown and the caller is an AWS account.
 */
export function restrictPublicBucketsAdmits(requester: Requester, bucketOwner: string | undefined): Admission | null {
  if (requester.service !== undefined) return { admitted: true, reason: `${requester.service} is an AWS service principal, which RestrictPublicBuckets still admits` }
  if (requester.anonymous) return { admitted: false, reason: 'RestrictPublicBuckets cuts off anonymous access granted by a public bucket policy' }
  if (requester.account === undefined || bucketOwner === undefined) return null
  if (requester.account === bucketOwner) {
    return { admitted: true, reason: `the requester is in the bucket owner's account ${bucketOwner}, which RestrictPublicBuckets still admits` }
  }
  return {
    admitted: false,
    reason: `RestrictPublicBuckets cuts off cross-account access (account ${requester.account}, bucket owner ${bucketOwner}) granted by a public bucket policy, even through statements naming that account`
  }
}

export type RestrictPublicBucketsCheck =
  | { kind: 'not-applicable'; reason: string }
  /** The policy is public and the setting on, but this requester is still admitted: the policy applies as written. */
  | { kind: 'admitted'; level: BlockLevel; publicStatements: string[]; reason: string }
  /** The bucket policy's Allow statements grant this requester nothing (its Deny statements still apply). */
  | { kind: 'restricted'; level: BlockLevel; publicStatements: string[]; httpStatus: 403; errorCode: 'AccessDenied'; reason: string }
  | { kind: 'unknown'; level: BlockLevel; publicStatements: string[]; reason: string }

/**
 * RestrictPublicBuckets at request time. It "only applies to buckets that have public policies";
 * then access derived from the bucket policy is limited to service principals and the bucket
 * owner's account. Access from IAM policies of the owner's account and from ACLs is not its concern.
 */
export function checkRestrictPublicBuckets(
  block: EffectiveBlock,
  bucketPolicy: Policy | undefined,
  requester: Requester,
  bucketOwner: string | undefined
): RestrictPublicBucketsCheck {
  const level = block.source.RestrictPublicBuckets
  if (!block.RestrictPublicBuckets || level === null) return { kind: 'not-applicable', reason: 'RestrictPublicBuckets is off' }
  if (bucketPolicy === undefined) return { kind: 'not-applicable', reason: 'the bucket has no policy, so RestrictPublicBuckets has nothing to restrict' }
  const publicity = isPolicyPublic(bucketPolicy)
  if (!publicity.public) return { kind: 'not-applicable', reason: 'the bucket policy is not public, so RestrictPublicBuckets leaves it in effect as written' }
  const publicStatements = publicity.publicStatements
  const admission = restrictPublicBucketsAdmits(requester, bucketOwner)
  const where = `RestrictPublicBuckets (${levelWords(level)} level) applies because statement ${publicStatements.join(', ')} makes the bucket policy public`
  if (admission === null) return { kind: 'unknown', level, publicStatements, reason: `${where}, but the bucket owner's account is not known` }
  if (admission.admitted) return { kind: 'admitted', level, publicStatements, reason: `${where}; ${admission.reason}` }
  return { kind: 'restricted', level, publicStatements, httpStatus: 403, errorCode: 'AccessDenied', reason: `${where}; ${admission.reason}` }
}

// ---------------------------------------------------------------------------------------------
// Request time: IgnorePublicAcls
// ---------------------------------------------------------------------------------------------

export interface IgnoredAcl {
  /** The ACL S3 enforces: without the public grants when IgnorePublicAcls is on. */
  acl: Acl
  ignored: AclGrant[]
}

/**
 * "Setting this option to TRUE causes Amazon S3 to ignore all public ACLs on a bucket and any
 * objects that it contains": grants to AllUsers and AuthenticatedUsers count for nothing.
 */
export function applyIgnorePublicAcls(acl: Acl, block: Pick<EffectiveBlock, 'IgnorePublicAcls'>): IgnoredAcl {
  if (!block.IgnorePublicAcls) return { acl, ignored: [] }
  const ignored: AclGrant[] = []
  const kept: AclGrant[] = []
  for (const grant of acl.grants) {
    if (isPublicGrantee(grant.grantee)) ignored.push(grant)
    else kept.push(grant)
  }
  return ignored.length === 0 ? { acl, ignored } : { acl: { owner: acl.owner, grants: kept }, ignored }
}
