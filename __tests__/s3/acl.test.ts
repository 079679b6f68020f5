import {
  EC2_CANONICAL_ID,
  aclGrants,
  aclPermissionFor,
  cannedAclGrants,
  checkAcl,
  defaultAcl,
  objectOwnerContext,
  objectOwnershipEffects,
  permissionCovers,
  type AclCheckInput
} from '../../src/s3/acl.js'
import type { Requester } from '../../src/s3/actions.js'
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI, LOG_DELIVERY_URI, type AclGrant } from '../../src/s3/public.js'
import type { Acl, AclPermission, ObjectOwnership, Readable } from '../../src/scenario/types.js'

const BUCKET_OWNER = '123456789012'
const WRITER = '210987654321'
const STRANGER = '444455556666'

const owner = (id: string) => ({ grantee: { type: 'CanonicalUser' as const, id }, permission: 'FULL_CONTROL' as const })
const group = (uri: string, permission: AclPermission) => ({ grantee: { type: 'Group' as const, uri }, permission })

// Canned ACL table: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
const cannedRows: { canned: string; onBucket?: boolean; objectOwner?: string; grants: AclGrant[] }[] = [
  { canned: 'private', grants: [owner(WRITER)] },
  { canned: 'public-read', grants: [owner(WRITER), group(ALL_USERS_URI, 'READ')] },
  { canned: 'public-read-write', grants: [owner(WRITER), group(ALL_USERS_URI, 'READ'), group(ALL_USERS_URI, 'WRITE')] },
  { canned: 'aws-exec-read', grants: [owner(WRITER), { grantee: { type: 'CanonicalUser', id: EC2_CANONICAL_ID }, permission: 'READ' }] },
  { canned: 'authenticated-read', grants: [owner(WRITER), group(AUTHENTICATED_USERS_URI, 'READ')] },
  { canned: 'bucket-owner-read', grants: [owner(WRITER), { grantee: { type: 'CanonicalUser', id: BUCKET_OWNER }, permission: 'READ' }] },
  { canned: 'bucket-owner-full-control', grants: [owner(WRITER), owner(BUCKET_OWNER)] },
  { canned: 'bucket-owner-full-control', objectOwner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER)] },
  { canned: 'bucket-owner-read', onBucket: true, objectOwner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER)] },
  { canned: 'log-delivery-write', onBucket: true, objectOwner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER), group(LOG_DELIVERY_URI, 'WRITE'), group(LOG_DELIVERY_URI, 'READ_ACP')] }
]

describe('cannedAclGrants', () => {
  test.each(cannedRows)('$canned (owner $objectOwner, bucket $onBucket)', ({ canned, onBucket, objectOwner, grants }) => {
    const result = cannedAclGrants(canned, { owner: objectOwner ?? WRITER, bucketOwner: BUCKET_OWNER, onBucket: onBucket ?? false })
    expect(result).toEqual({ ok: true, grants })
  })

  test('an unknown canned ACL is reported, not guessed', () => {
    const result = cannedAclGrants('public', { owner: WRITER, bucketOwner: BUCKET_OWNER })
    expect(result.ok).toBe(false)
  })
})

// "Mapping of ACL permissions and access policy permissions" and the permissions table:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions
const permissionRows: { action: string; onObject: boolean; permission: AclPermission | null }[] = [
  { action: 's3:GetObject', onObject: true, permission: 'READ' },
  { action: 's3:GetObjectVersion', onObject: true, permission: 'READ' },
  { action: 's3:GetObjectAcl', onObject: true, permission: 'READ_ACP' },
  { action: 's3:GetObjectVersionAcl', onObject: true, permission: 'READ_ACP' },
  { action: 's3:PutObjectAcl', onObject: true, permission: 'WRITE_ACP' },
  { action: 's3:PutObjectVersionAcl', onObject: true, permission: 'WRITE_ACP' },
  { action: 's3:PutObject', onObject: true, permission: null },
  { action: 's3:DeleteObject', onObject: true, permission: null },
  { action: 's3:ListBucket', onObject: false, permission: 'READ' },
  { action: 's3:ListBucketVersions', onObject: false, permission: 'READ' },
  { action: 's3:ListBucketMultipartUploads', onObject: false, permission: 'READ' },
  { action: 's3:PutObject', onObject: false, permission: 'WRITE' },
  { action: 's3:DeleteObject', onObject: false, permission: 'WRITE' },
  { action: 's3:DeleteObjectVersion', onObject: false, permission: 'WRITE' },
  { action: 's3:GetBucketAcl', onObject: false, permission: 'READ_ACP' },
  { action: 's3:PutBucketAcl', onObject: false, permission: 'WRITE_ACP' },
  { action: 's3:GetObject', onObject: false, permission: null },
  { action: 's3:PutBucketPolicy', onObject: false, permission: null },
  { action: 'S3:getobject', onObject: true, permission: 'READ' }
]

describe('aclPermissionFor', () => {
  test.each(permissionRows)('$action on the $onObject ACL (true = object) → $permission', ({ action, onObject, permission }) => {
    expect(aclPermissionFor(action, onObject)).toBe(permission)
  })

  // FULL_CONTROL "Allows grantee the READ, WRITE, READ_ACP, and WRITE_ACP permissions".
  test.each(['READ', 'WRITE', 'READ_ACP', 'WRITE_ACP', 'FULL_CONTROL'] as AclPermission[])('FULL_CONTROL covers %s', (needed) => {
    expect(permissionCovers('FULL_CONTROL', needed)).toBe(true)
  })
  test('READ does not cover WRITE', () => {
    expect(permissionCovers('READ', 'WRITE')).toBe(false)
  })
})

// Grantees: "Access permission to this group [AllUsers] allows anyone in the world access ... signed
// (authenticated) or unsigned (anonymous)"; AuthenticatedUsers "represents all AWS accounts ... all
// requests must be signed". A scenario may use the owning account's 12-digit id as the canonical id
// (scenario-format.md). (acl-overview, Who is a grantee?)
const anonymous: Requester = { anonymous: true }
const bucketOwnerUser: Requester = { anonymous: false, account: BUCKET_OWNER }
const writerUser: Requester = { anonymous: false, account: WRITER }
const canonicalUser: Requester = { anonymous: false, account: STRANGER, canonicalId: 'c0ffee' }

const grantRows: { name: string; acl: Acl; requester: Requester; permission: AclPermission; granted: boolean }[] = [
  { name: 'AllUsers READ admits anonymous', acl: { owner: WRITER, grants: [group(ALL_USERS_URI, 'READ')] }, requester: anonymous, permission: 'READ', granted: true },
  { name: 'AuthenticatedUsers READ does not admit anonymous', acl: { owner: WRITER, grants: [group(AUTHENTICATED_USERS_URI, 'READ')] }, requester: anonymous, permission: 'READ', granted: false },
  { name: 'AuthenticatedUsers READ admits any signed account', acl: { owner: WRITER, grants: [group(AUTHENTICATED_USERS_URI, 'READ')] }, requester: canonicalUser, permission: 'READ', granted: true },
  { name: 'CanonicalUser id equal to the account id', acl: defaultAcl(WRITER), requester: writerUser, permission: 'READ', granted: true },
  { name: 'CanonicalUser id equal to the canonical id', acl: { owner: WRITER, grants: [{ grantee: { type: 'CanonicalUser', id: 'c0ffee' }, permission: 'READ' }] }, requester: canonicalUser, permission: 'READ', granted: true },
  { name: 'another account is not named', acl: defaultAcl(WRITER), requester: bucketOwnerUser, permission: 'READ', granted: false },
  { name: 'READ grant does not cover WRITE_ACP', acl: { owner: WRITER, grants: [{ grantee: { type: 'CanonicalUser', id: BUCKET_OWNER }, permission: 'READ' }] }, requester: bucketOwnerUser, permission: 'WRITE_ACP', granted: false },
  { name: 'e-mail grantee cannot be matched offline', acl: { owner: WRITER, grants: [{ grantee: { type: 'AmazonCustomerByEmail', emailAddress: 'a@example.com' }, permission: 'READ' }] }, requester: bucketOwnerUser, permission: 'READ', granted: false },
  { name: 'LogDelivery WRITE admits the logging service', acl: { owner: WRITER, grants: [group(LOG_DELIVERY_URI, 'WRITE')] }, requester: { anonymous: false, service: 'logging.s3.amazonaws.com' }, permission: 'WRITE', granted: true },
  { name: 'CanonicalUser grant never admits anonymous', acl: defaultAcl(WRITER), requester: anonymous, permission: 'READ', granted: false }
]

describe('aclGrants', () => {
  test.each(grantRows)('$name → $granted', ({ acl, requester, permission, granted }) => {
    const result = aclGrants(acl, requester, permission)
    expect(result.granted).toBe(granted)
    expect(result.reason.length).toBeGreaterThan(0)
  })
})

// Object Ownership:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
// "After you disable ACLs, your bucket accepts only PUT requests that do not specify an ACL or PUT
// requests with bucket owner full control ACLs, such as the bucket-owner-full-control canned ACL or
// equivalent forms of this ACL expressed in XML ... PUT requests that contain other ACLs ... fail and
// return a 400 error with the error code AccessControlListNotSupported."
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
// "Requests to set ACLs or update ACLs fail with a 400 error ... AccessControlListNotSupported";
// CreateBucket with BucketOwnerEnforced and an ACL granting others: InvalidBucketAclWithObjectOwnership.
// Settings table: Bucket owner preferred: "If an object upload includes the bucket-owner-full-control
// canned ACL, the bucket owner owns the object. Objects uploaded with other ACLs are owned by the
// writing account." Object writer: "Object writer owns the object."
const ownershipRows: {
  name: string
  ownership: Readable<ObjectOwnership> | undefined
  action: string
  headers?: Record<string, string>
  expected: { kind: 'rejected'; errorCode: string } | { kind: 'accepted'; aclsEnabled: boolean; newObjectOwner: string | null } | { kind: 'unknown' }
}[] = [
  { name: 'example 05: PutObject with bucket-owner-read on BucketOwnerEnforced → 400', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-acl': 'bucket-owner-read' }, expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'PutObject with public-read on BucketOwnerEnforced → 400', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-acl': 'public-read' }, expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'PutObject with private on BucketOwnerEnforced → 400 (only bucket-owner-full-control is accepted)', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-acl': 'private' }, expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'PutObject with bucket-owner-full-control on BucketOwnerEnforced is accepted', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-acl': 'bucket-owner-full-control' }, expected: { kind: 'accepted', aclsEnabled: false, newObjectOwner: BUCKET_OWNER } },
  { name: 'PutObject without an ACL on BucketOwnerEnforced is accepted, bucket owner owns it', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', expected: { kind: 'accepted', aclsEnabled: false, newObjectOwner: BUCKET_OWNER } },
  { name: 'PutObject with x-amz-grant-read to another account on BucketOwnerEnforced → 400', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-grant-read': `id="${STRANGER}"` }, expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'PutObject with x-amz-grant-full-control to the bucket owner only (header form of bucket-owner-full-control)', ownership: 'BucketOwnerEnforced', action: 's3:PutObject', headers: { 'x-amz-grant-full-control': `id="${BUCKET_OWNER}"` }, expected: { kind: 'accepted', aclsEnabled: false, newObjectOwner: BUCKET_OWNER } },
  { name: 'PutObjectAcl with public-read on BucketOwnerEnforced → 400', ownership: 'BucketOwnerEnforced', action: 's3:PutObjectAcl', headers: { 'x-amz-acl': 'public-read' }, expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'PutBucketAcl with an ACL in the body on BucketOwnerEnforced → 400', ownership: 'BucketOwnerEnforced', action: 's3:PutBucketAcl', expected: { kind: 'rejected', errorCode: 'AccessControlListNotSupported' } },
  { name: 'CreateBucket with public-read and BucketOwnerEnforced → InvalidBucketAclWithObjectOwnership', ownership: 'BucketOwnerEnforced', action: 's3:CreateBucket', headers: { 'x-amz-acl': 'public-read' }, expected: { kind: 'rejected', errorCode: 'InvalidBucketAclWithObjectOwnership' } },
  { name: 'CreateBucket with private and BucketOwnerEnforced is accepted', ownership: 'BucketOwnerEnforced', action: 's3:CreateBucket', headers: { 'x-amz-acl': 'private' }, expected: { kind: 'accepted', aclsEnabled: false, newObjectOwner: null } },
  { name: 'GetObjectAcl on BucketOwnerEnforced is accepted ("requests to read ACLs are supported")', ownership: 'BucketOwnerEnforced', action: 's3:GetObjectAcl', expected: { kind: 'accepted', aclsEnabled: false, newObjectOwner: null } },
  { name: 'BucketOwnerPreferred + bucket-owner-full-control: the bucket owner owns the upload', ownership: 'BucketOwnerPreferred', action: 's3:PutObject', headers: { 'x-amz-acl': 'bucket-owner-full-control' }, expected: { kind: 'accepted', aclsEnabled: true, newObjectOwner: BUCKET_OWNER } },
  { name: 'BucketOwnerPreferred without the canned ACL: the writer owns the upload', ownership: 'BucketOwnerPreferred', action: 's3:PutObject', expected: { kind: 'accepted', aclsEnabled: true, newObjectOwner: WRITER } },
  { name: 'ObjectWriter: the writer owns the upload even with bucket-owner-full-control', ownership: 'ObjectWriter', action: 's3:PutObject', headers: { 'x-amz-acl': 'bucket-owner-full-control' }, expected: { kind: 'accepted', aclsEnabled: true, newObjectOwner: WRITER } },
  { name: 'no OwnershipControls behaves as ObjectWriter', ownership: undefined, action: 's3:PutObject', headers: { 'x-amz-acl': 'public-read' }, expected: { kind: 'accepted', aclsEnabled: true, newObjectOwner: WRITER } },
  { name: 'unreadable Object Ownership', ownership: { unreadable: 'AccessDenied' }, action: 's3:PutObject', expected: { kind: 'unknown' } }
]

describe('objectOwnershipEffects', () => {
  test.each(ownershipRows)('$name', ({ ownership, action, headers, expected }) => {
    const result = objectOwnershipEffects(ownership, headers, action, { bucketOwner: BUCKET_OWNER, writer: WRITER })
    expect(result).toMatchObject(expected)
    if (result.kind === 'rejected') expect(result.httpStatus).toBe(400)
  })
})

// "If bucket and object owners are the same, access to the object can be granted in the bucket policy
// ... If the owners are different, the object owners must use an object ACL to grant permissions."
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-auth-workflow-object-operation.html
describe('objectOwnerContext', () => {
  const rows: { name: string; ownership: ObjectOwnership | undefined; objectOwner: string | undefined; kind: string }[] = [
    { name: 'object owned by another account under ObjectWriter', ownership: 'ObjectWriter', objectOwner: WRITER, kind: 'other-account' },
    { name: 'object owned by the bucket owner', ownership: 'ObjectWriter', objectOwner: BUCKET_OWNER, kind: 'bucket-owner' },
    { name: 'BucketOwnerEnforced: the bucket owner owns every object, whoever wrote it', ownership: 'BucketOwnerEnforced', objectOwner: WRITER, kind: 'bucket-owner' },
    { name: 'owner not given: taken as the bucket owner', ownership: 'BucketOwnerPreferred', objectOwner: undefined, kind: 'bucket-owner' }
  ]
  test.each(rows)('$name → $kind', ({ ownership, objectOwner, kind }) => {
    const object = objectOwner === undefined ? {} : { owner: objectOwner }
    expect(objectOwnerContext(ownership, BUCKET_OWNER, object).kind).toBe(kind)
  })
})

const checkRows: { name: string; action: string; input: AclCheckInput; kind: string }[] = [
  {
    name: 'object ACL grants READ to the owner account',
    action: 's3:GetObject',
    input: { requester: writerUser, onObject: true, acl: undefined, owner: WRITER, bucketOwner: BUCKET_OWNER },
    kind: 'granted'
  },
  {
    name: 'BucketOwnerEnforced: ACLs grant nothing',
    action: 's3:GetObject',
    input: { requester: anonymous, onObject: true, acl: { owner: BUCKET_OWNER, grants: [group(ALL_USERS_URI, 'READ')] }, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER, ownership: 'BucketOwnerEnforced' },
    kind: 'disabled'
  },
  {
    name: 'IgnorePublicAcls drops the AllUsers READ grant',
    action: 's3:GetObject',
    input: { requester: anonymous, onObject: true, acl: { owner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER), group(ALL_USERS_URI, 'READ')] }, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER, ignorePublicAcls: true },
    kind: 'not-granted'
  },
  {
    name: 'without IgnorePublicAcls the AllUsers READ grant admits anonymous',
    action: 's3:GetObject',
    input: { requester: anonymous, onObject: true, acl: { owner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER), group(ALL_USERS_URI, 'READ')] }, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER },
    kind: 'granted'
  },
  {
    name: 'bucket ACL WRITE for another account allows PutObject',
    action: 's3:PutObject',
    input: { requester: writerUser, onObject: false, acl: { owner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER), { grantee: { type: 'CanonicalUser', id: WRITER }, permission: 'WRITE' }] }, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER },
    kind: 'granted'
  },
  {
    name: 'bucket ACL WRITE allows DeleteObjectVersion only to the bucket owner',
    action: 's3:DeleteObjectVersion',
    input: { requester: writerUser, onObject: false, acl: { owner: BUCKET_OWNER, grants: [owner(BUCKET_OWNER), { grantee: { type: 'CanonicalUser', id: WRITER }, permission: 'WRITE' }] }, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER },
    kind: 'not-granted'
  },
  {
    name: 'bucket owner: WRITE covers DeleteObjectVersion',
    action: 's3:DeleteObjectVersion',
    input: { requester: bucketOwnerUser, onObject: false, acl: undefined, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER },
    kind: 'granted'
  },
  {
    name: 'no ACL permission maps to PutBucketPolicy',
    action: 's3:PutBucketPolicy',
    input: { requester: bucketOwnerUser, onObject: false, acl: undefined, owner: BUCKET_OWNER, bucketOwner: BUCKET_OWNER },
    kind: 'not-applicable'
  },
  {
    name: 'unreadable object ACL',
    action: 's3:GetObject',
    input: { requester: bucketOwnerUser, onObject: true, acl: { unreadable: 'AccessDenied: s3:GetObjectAcl' }, owner: WRITER, bucketOwner: BUCKET_OWNER },
    kind: 'unknown'
  }
]

describe('checkAcl', () => {
  test.each(checkRows)('$name → $kind', ({ action, input, kind }) => {
    expect(checkAcl(action, input).kind).toBe(kind)
  })

  test('the IgnorePublicAcls denial lists the ignored grant', () => {
    const result = checkAcl('s3:GetObject', checkRows[2]!.input)
    expect(result.kind === 'not-granted' && result.ignoredPublicGrants).toEqual([group(ALL_USERS_URI, 'READ')])
  })
})

// Regression: the CI cross-account upload without bucket-owner-full-control. Account WRITER's role
// uploads to BUCKET_OWNER's ObjectWriter bucket with no ACL; the object then belongs to WRITER and
// its default ACL names only WRITER, so the bucket owner's own principals get 403 on GetObject
// however its bucket policy reads (access-control-auth-workflow-object-operation.html).
describe('cross-account upload without bucket-owner-full-control', () => {
  test.each([
    { name: 'ObjectWriter, no canned ACL: bucket owner cannot read', ownership: 'ObjectWriter' as const, headers: {}, readable: false },
    { name: 'BucketOwnerPreferred, no canned ACL: bucket owner cannot read', ownership: 'BucketOwnerPreferred' as const, headers: {}, readable: false },
    { name: 'ObjectWriter with bucket-owner-full-control: bucket owner reads through the object ACL', ownership: 'ObjectWriter' as const, headers: { 'x-amz-acl': 'bucket-owner-full-control' }, readable: true },
    { name: 'BucketOwnerPreferred with bucket-owner-full-control: bucket owner owns it', ownership: 'BucketOwnerPreferred' as const, headers: { 'x-amz-acl': 'bucket-owner-full-control' }, readable: true }
  ])('$name', ({ ownership, headers, readable }) => {
    const upload = objectOwnershipEffects(ownership, headers, 's3:PutObject', { bucketOwner: BUCKET_OWNER, writer: WRITER })
    if (upload.kind !== 'accepted' || upload.newObjectOwner === null) throw new Error('upload expected to be accepted with a known owner')
    const canned = headers['x-amz-acl' as keyof typeof headers] ?? 'private'
    const stored = cannedAclGrants(canned, { owner: upload.newObjectOwner, bucketOwner: BUCKET_OWNER })
    if (!stored.ok) throw new Error(stored.reason)
    const object = { owner: upload.newObjectOwner, acl: { owner: upload.newObjectOwner, grants: stored.grants } }

    const context = objectOwnerContext(ownership, BUCKET_OWNER, object)
    const read = checkAcl('s3:GetObject', { requester: bucketOwnerUser, onObject: true, acl: object.acl, owner: object.owner, bucketOwner: BUCKET_OWNER, ownership })
    const bucketOwnerCanRead = context.kind === 'bucket-owner' || read.kind === 'granted'
    expect(bucketOwnerCanRead).toBe(readable)
    if (!readable) {
      expect(context).toMatchObject({ kind: 'other-account', owner: WRITER })
      expect(read.kind).toBe('not-granted')
    }
  })
})
