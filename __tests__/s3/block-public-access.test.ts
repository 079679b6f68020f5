import {
  applyIgnorePublicAcls,
  checkRestrictPublicBuckets,
  checkWriteTimeBlock,
  effectiveBlock,
  restrictPublicBucketsAdmits,
  type EffectiveBlock
} from '../../src/s3/block-public-access.js'
import type { Requester } from '../../src/s3/actions.js'
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI } from '../../src/s3/public.js'
import type { Acl, PublicAccessBlock, Readable } from '../../src/scenario/types.js'
import { policy } from './policy-builder.js'

const ALL_ON: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
const OWNER = '123456789012'
const OTHER = '210987654321'

// "If the block public access settings for the access point, bucket, or account differ, then
// Amazon S3 applies the most restrictive combination of the access point, bucket, and account settings."
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
const effectiveRows: {
  name: string
  bucket: Readable<PublicAccessBlock> | undefined
  account: Readable<PublicAccessBlock> | undefined
  expected: Partial<EffectiveBlock>
}[] = [
  {
    name: 'nothing configured: every setting off',
    bucket: undefined,
    account: undefined,
    expected: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false, unreadable: [] }
  },
  {
    name: 'account-level only (example 11-block-public-access)',
    bucket: undefined,
    account: ALL_ON,
    expected: {
      RestrictPublicBuckets: true,
      source: { BlockPublicAcls: 'account', IgnorePublicAcls: 'account', BlockPublicPolicy: 'account', RestrictPublicBuckets: 'account' }
    }
  },
  {
    name: 'bucket turns one on, account another: both apply',
    bucket: { BlockPublicAcls: true, RestrictPublicBuckets: false },
    account: { RestrictPublicBuckets: true },
    expected: {
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: true,
      source: { BlockPublicAcls: 'bucket', IgnorePublicAcls: null, BlockPublicPolicy: null, RestrictPublicBuckets: 'account' }
    }
  },
  {
    name: 'both levels on: source "both"',
    bucket: ALL_ON,
    account: { BlockPublicPolicy: true },
    expected: { source: { BlockPublicAcls: 'bucket', IgnorePublicAcls: 'bucket', BlockPublicPolicy: 'both', RestrictPublicBuckets: 'bucket' } }
  },
  {
    name: 'a false bucket setting does not override the account\'s true',
    bucket: { RestrictPublicBuckets: false },
    account: { RestrictPublicBuckets: true },
    expected: { RestrictPublicBuckets: true }
  },
  {
    name: 'unreadable account level is reported',
    bucket: { BlockPublicAcls: true },
    account: { unreadable: 'AccessDenied: s3:GetAccountPublicAccessBlock' },
    expected: { BlockPublicAcls: true, RestrictPublicBuckets: false, unreadable: ['account'] }
  }
]

describe('effectiveBlock', () => {
  test.each(effectiveRows)('$name', ({ bucket, account, expected }) => {
    expect(effectiveBlock(bucket, account)).toMatchObject(expected)
  })
})

// BlockPublicAcls: "PutBucketAcl and PutObjectAcl calls fail if the specified ACL is public.
// PUT Object calls fail if the request includes a public ACL. PUT Bucket calls fail if the request
// includes a public ACL." BlockPublicPolicy: "reject calls to PUT Bucket policy if the specified
// bucket policy allows public access."
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PublicAccessBlockConfiguration.html
const publicPolicy = policy({ sid: 'Public', principal: '*' })
const privatePolicy = policy({ sid: 'Partner', principal: { AWS: OTHER } })

const writeRows: {
  name: string
  action: string
  headers?: Record<string, string>
  requestPolicy?: ReturnType<typeof policy>
  block: EffectiveBlock
  expected: { blocked: false } | { blocked: true; setting: string; level: string }
}[] = [
  {
    name: 'CI classic: PutObject with x-amz-acl public-read under account BlockPublicAcls',
    action: 's3:PutObject',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock(undefined, ALL_ON),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'account' }
  },
  {
    name: 'PutObject with x-amz-grant-read AllUsers under bucket BlockPublicAcls',
    action: 's3:PutObject',
    headers: { 'x-amz-grant-read': `uri="${ALL_USERS_URI}"` },
    block: effectiveBlock({ BlockPublicAcls: true }),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'bucket' }
  },
  {
    name: 'PutObjectAcl with authenticated-read',
    action: 's3:PutObjectAcl',
    headers: { 'x-amz-acl': 'authenticated-read' },
    block: effectiveBlock({ BlockPublicAcls: true }),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'bucket' }
  },
  {
    name: 'PutObjectVersionAcl (PutObjectAcl with a version id) with public-read',
    action: 's3:PutObjectVersionAcl',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock({ BlockPublicAcls: true }),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'bucket' }
  },
  {
    name: 'PutBucketAcl with public-read-write, both levels',
    action: 's3:PutBucketAcl',
    headers: { 'x-amz-acl': 'public-read-write' },
    block: effectiveBlock(ALL_ON, ALL_ON),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'both' }
  },
  {
    name: 'CreateBucket with public-read under account BlockPublicAcls',
    action: 's3:CreateBucket',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock(undefined, ALL_ON),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'account' }
  },
  {
    name: 'CreateBucket ignores bucket-level settings (the new bucket has none yet)',
    action: 's3:CreateBucket',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock(ALL_ON, undefined),
    expected: { blocked: false }
  },
  {
    name: 'PutObject with bucket-owner-full-control is not public',
    action: 's3:PutObject',
    headers: { 'x-amz-acl': 'bucket-owner-full-control' },
    block: effectiveBlock(ALL_ON, ALL_ON),
    expected: { blocked: false }
  },
  {
    name: 'PutObject with public-read but BlockPublicAcls off (IgnorePublicAcls alone allows the PUT)',
    action: 's3:PutObject',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock({ IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
    expected: { blocked: false }
  },
  {
    name: 'GetObject is not a write',
    action: 's3:GetObject',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock(ALL_ON, ALL_ON),
    expected: { blocked: false }
  },
  {
    name: 'PutBucketPolicy with a public policy under BlockPublicPolicy',
    action: 's3:PutBucketPolicy',
    requestPolicy: publicPolicy,
    block: effectiveBlock({ BlockPublicPolicy: true }),
    expected: { blocked: true, setting: 'BlockPublicPolicy', level: 'bucket' }
  },
  {
    name: 'PutBucketPolicy granting one account is not public',
    action: 's3:PutBucketPolicy',
    requestPolicy: privatePolicy,
    block: effectiveBlock(ALL_ON, ALL_ON),
    expected: { blocked: false }
  },
  {
    name: 'PutBucketPolicy with a public policy but BlockPublicPolicy off',
    action: 's3:PutBucketPolicy',
    requestPolicy: publicPolicy,
    block: effectiveBlock({ BlockPublicAcls: true, RestrictPublicBuckets: true }),
    expected: { blocked: false }
  },
  {
    name: 'action names compare case-insensitively',
    action: 'S3:PUTOBJECT',
    headers: { 'x-amz-acl': 'public-read' },
    block: effectiveBlock({ BlockPublicAcls: true }),
    expected: { blocked: true, setting: 'BlockPublicAcls', level: 'bucket' }
  }
]

describe('checkWriteTimeBlock', () => {
  test.each(writeRows)('$name', ({ action, headers, requestPolicy, block, expected }) => {
    const result = checkWriteTimeBlock(action, headers, requestPolicy, block)
    expect(result).toMatchObject(expected)
    if (result.blocked) {
      expect(result.httpStatus).toBe(403)
      expect(result.reason).toContain(result.setting)
    }
  })

  test('the blocked PutBucketPolicy names the public statement', () => {
    const result = checkWriteTimeBlock('s3:PutBucketPolicy', undefined, publicPolicy, effectiveBlock(ALL_ON))
    expect(result.blocked && result.publicStatements).toEqual(['Public'])
  })
})

// RestrictPublicBuckets: "restricts access to an access point or bucket with a public policy to only
// AWS service principals and authorized users within the bucket owner's account ... blocks all
// cross-account access ... including non-public delegation to specific accounts"; it "only applies
// to buckets that have public policies". (access-control-block-public-access.html, settings table and
// "How Amazon S3 evaluates a bucket policy that contains both public and non-public access grants")
const anonymous: Requester = { anonymous: true }
const sameAccount: Requester = { anonymous: false, account: OWNER }
const crossAccount: Requester = { anonymous: false, account: OTHER }
const cloudTrail: Requester = { anonymous: false, service: 'cloudtrail.amazonaws.com' }
const mixedPolicy = policy(
  { sid: 'CloudTrail', principal: { Service: 'cloudtrail.amazonaws.com' } },
  { sid: 'Account2', principal: { AWS: OTHER } },
  { sid: 'Everyone', principal: '*' }
)

const restrictRows: {
  name: string
  block: EffectiveBlock
  bucketPolicy: ReturnType<typeof policy> | undefined
  requester: Requester
  bucketOwner?: string
  kind: string
}[] = [
  { name: 'CI classic: anonymous read through a public policy under account RestrictPublicBuckets', block: effectiveBlock(undefined, ALL_ON), bucketPolicy: publicPolicy, requester: anonymous, kind: 'restricted' },
  { name: 'same-account principal is still admitted', block: effectiveBlock(undefined, ALL_ON), bucketPolicy: publicPolicy, requester: sameAccount, kind: 'admitted' },
  { name: 'service principal (CloudTrail) is still admitted', block: effectiveBlock(ALL_ON), bucketPolicy: mixedPolicy, requester: cloudTrail, kind: 'admitted' },
  { name: 'page example: Account-2 loses access because another statement is public', block: effectiveBlock(ALL_ON), bucketPolicy: mixedPolicy, requester: crossAccount, kind: 'restricted' },
  { name: 'page example: without the public statement Account-2 keeps access', block: effectiveBlock(ALL_ON), bucketPolicy: privatePolicy, requester: crossAccount, kind: 'not-applicable' },
  { name: 'RestrictPublicBuckets off: anonymous read is not restricted', block: effectiveBlock({ BlockPublicAcls: true, BlockPublicPolicy: true }), bucketPolicy: publicPolicy, requester: anonymous, kind: 'not-applicable' },
  { name: 'no bucket policy: nothing to restrict', block: effectiveBlock(ALL_ON), bucketPolicy: undefined, requester: anonymous, kind: 'not-applicable' },
  { name: 'bucket owner unknown, cross-account caller: unknown', block: effectiveBlock(ALL_ON), bucketPolicy: publicPolicy, requester: crossAccount, bucketOwner: '', kind: 'unknown' }
]

describe('checkRestrictPublicBuckets', () => {
  test.each(restrictRows)('$name → $kind', ({ block, bucketPolicy, requester, bucketOwner, kind }) => {
    const owner = bucketOwner === '' ? undefined : (bucketOwner ?? OWNER)
    const result = checkRestrictPublicBuckets(block, bucketPolicy, requester, owner)
    expect(result.kind).toBe(kind)
    if (result.kind === 'restricted') {
      expect(result.httpStatus).toBe(403)
      expect(result.publicStatements.length).toBeGreaterThan(0)
    }
  })

  test('the restricted result names the level and the public statement', () => {
    const result = checkRestrictPublicBuckets(effectiveBlock(undefined, ALL_ON), publicPolicy, anonymous, OWNER)
    expect(result).toMatchObject({ kind: 'restricted', level: 'account', publicStatements: ['Public'] })
  })
})

describe('restrictPublicBucketsAdmits', () => {
  const rows: { name: string; requester: Requester; admitted: boolean | null }[] = [
    { name: 'anonymous', requester: anonymous, admitted: false },
    { name: 'bucket owner account', requester: sameAccount, admitted: true },
    { name: 'another account', requester: crossAccount, admitted: false },
    { name: 'AWS service principal', requester: cloudTrail, admitted: true }
  ]
  test.each(rows)('$name → $admitted', ({ requester, admitted }) => {
    expect(restrictPublicBucketsAdmits(requester, OWNER)?.admitted).toBe(admitted)
  })
})

// IgnorePublicAcls: "causes Amazon S3 to ignore all public ACLs on a bucket and any objects that it contains".
describe('applyIgnorePublicAcls', () => {
  const acl: Acl = {
    owner: OWNER,
    grants: [
      { grantee: { type: 'CanonicalUser', id: OWNER }, permission: 'FULL_CONTROL' },
      { grantee: { type: 'Group', uri: ALL_USERS_URI }, permission: 'READ' },
      { grantee: { type: 'Group', uri: AUTHENTICATED_USERS_URI }, permission: 'WRITE' },
      { grantee: { type: 'CanonicalUser', id: OTHER }, permission: 'READ' }
    ]
  }
  const rows: { name: string; ignore: boolean; kept: number; ignored: number }[] = [
    { name: 'setting on: AllUsers and AuthenticatedUsers grants dropped', ignore: true, kept: 2, ignored: 2 },
    { name: 'setting off: ACL unchanged', ignore: false, kept: 4, ignored: 0 }
  ]
  test.each(rows)('$name', ({ ignore, kept, ignored }) => {
    const result = applyIgnorePublicAcls(acl, { IgnorePublicAcls: ignore })
    expect(result.acl.grants).toHaveLength(kept)
    expect(result.ignored).toHaveLength(ignored)
    expect(result.acl.owner).toBe(OWNER)
  })
})
