/**
 * S3 access control lists and Object Ownership: canned ACLs, which ACL permission an action needs,
 * whether an ACL grants it to a requester, and what Object Ownership does to ACL headers and to
 * who owns an object.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-auth-workflow-object-operation.html
 */
import { applyIgnorePublicAcls } from './block-public-access.js'
import { isUnreadable } from '../scenario/types.js'
import type { Acl, AclGrantee, AclPermission, ObjectOwnership, ObjectState, Readable } from '../scenario/types.js'
import type { Requester } from './actions.js'
import { getHeader } from './actions.js'
import type { AclGrant } from './public.js'
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI, LOG_DELIVERY_URI, parseGrantHeaders } from './public.js'

/** The canonical user `aws-exec-read` grants READ to (Amazon EC2, display name `za-team`). */
export const EC2_CANONICAL_ID = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c'

/** The service principal that writes server access logs, the member of the LogDelivery group. */
export const LOG_DELIVERY_SERVICE = 'logging.s3.amazonaws.com'

export const CANNED_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'aws-exec-read',
  'authenticated-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'log-delivery-write'
] as const

export type CannedAcl = (typeof CANNED_ACLS)[number]

export function isCannedAcl(value: string): value is CannedAcl {
  return (CANNED_ACLS as readonly string[]).includes(value)
}

/** The ACL S3 gives a new bucket or object: its owner has FULL_CONTROL. */
export function defaultAcl(owner: string): Acl {
  return { owner, grants: [{ grantee: { type: 'CanonicalUser', id: owner }, permission: 'FULL_CONTROL' }] }
}

export type CannedAclGrants = { ok: true; grants: AclGrant[] } | { ok: false; reason: string }

/**
 * The grants a canned ACL adds (acl-overview, Canned ACL table). `owner` is the owner of the
 * resource (the writer for a new object under ObjectWriter, the bucket owner under the other
 * settings); `bucketOwner` the bucket's. Decisions beyond the table:
 * - `bucket-owner-read` and `bucket-owner-full-control` on a bucket: "If you specify this canned
 *   ACL when creating a bucket, Amazon S3 ignores it", so only the owner's FULL_CONTROL remains;
 *   when the object owner is the bucket owner the two grants are one.
 * - `log-delivery-write`: the table lists the LogDelivery grants only; the owner keeps FULL_CONTROL
 *   as with every other canned ACL (S3 never stores an ACL without its owner's grant).
 */
export function cannedAclGrants(canned: string, parties: { owner: string; bucketOwner: string; onBucket?: boolean }): CannedAclGrants {
  const value = canned.trim()
  if (!isCannedAcl(value)) return { ok: false, reason: `"${value}" is not a canned ACL (expected one of ${CANNED_ACLS.join(', ')})` }
  const owner: AclGrant = { grantee: { type: 'CanonicalUser', id: parties.owner }, permission: 'FULL_CONTROL' }
  const group = (uri: string, permission: AclPermission): AclGrant => ({ grantee: { type: 'Group', uri }, permission })
  switch (value) {
    case 'private':
      return { ok: true, grants: [owner] }
    case 'public-read':
      return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ')] }
    case 'public-read-write':
      return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ'), group(ALL_USERS_URI, 'WRITE')] }
    case 'aws-exec-read':
      return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: EC2_CANONICAL_ID }, permission: 'READ' }] }
    case 'authenticated-read':
      return { ok: true, grants: [owner, group(AUTHENTICATED_USERS_URI, 'READ')] }
    case 'bucket-owner-read':
    case 'bucket-owner-full-control': {
      if (parties.onBucket === true || parties.bucketOwner === parties.owner) return { ok: true, grants: [owner] }
      const permission: AclPermission = value === 'bucket-owner-read' ? 'READ' : 'FULL_CONTROL'
      return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: parties.bucketOwner }, permission }] }
    }
    case 'log-delivery-write':
      return { ok: true, grants: [owner, group(LOG_DELIVERY_URI, 'WRITE'), group(LOG_DELIVERY_URI, 'READ_ACP')] }
  }
}

// ---------------------------------------------------------------------------------------------
// Which ACL permission an action needs
// ---------------------------------------------------------------------------------------------

/**
 * "Mapping of ACL permissions and access policy permissions" (acl-overview):
 * object ACL: READ → s3:GetObject, s3:GetObjectVersion; READ_ACP → s3:GetObjectAcl,
 * s3:GetObjectVersionAcl; WRITE_ACP → s3:PutObjectAcl, s3:PutObjectVersionAcl.
 * Bucket ACL: READ → s3:ListBucket, s3:ListBucketVersions, s3:ListBucketMultipartUploads;
 * WRITE → s3:PutObject, and "for the bucket and object owners of existing objects, also allows
 * deletions and overwrites of those objects" (s3:DeleteObject; s3:DeleteObjectVersion only for the
 * bucket owner); READ_ACP → s3:GetBucketAcl; WRITE_ACP → s3:PutBucketAcl.
 */
const OBJECT_ACL_PERMISSIONS: ReadonlyMap<string, AclPermission> = new Map([
  ['s3:getobject', 'READ'],
  ['s3:getobjectversion', 'READ'],
  ['s3:getobjectacl', 'READ_ACP'],
  ['s3:getobjectversionacl', 'READ_ACP'],
  ['s3:putobjectacl', 'WRITE_ACP'],
  ['s3:putobjectversionacl', 'WRITE_ACP']
])

const BUCKET_ACL_PERMISSIONS: ReadonlyMap<string, AclPermission> = new Map([
  ['s3:listbucket', 'READ'],
  ['s3:listbucketversions', 'READ'],
  ['s3:listbucketmultipartuploads', 'READ'],
  ['s3:putobject', 'WRITE'],
  ['s3:deleteobject', 'WRITE'],
  ['s3:deleteobjectversion', 'WRITE'],
  ['s3:getbucketacl', 'READ_ACP'],
  ['s3:putbucketacl', 'WRITE_ACP']
])

/**
 * The permission that, granted in the object ACL (`onObject`) or the bucket ACL (`!onObject`),
 * allows the action; null when that ACL cannot grant it (e.g. `s3:PutObject` on an object ACL, or
 * `s3:PutBucketPolicy` anywhere). FULL_CONTROL grants every permission (see `permissionCovers`).
 */
export function aclPermissionFor(action: string, onObject: boolean): AclPermission | null {
  const lower = action.toLowerCase()
  return (onObject ? OBJECT_ACL_PERMISSIONS.get(lower) : BUCKET_ACL_PERMISSIONS.get(lower)) ?? null
}

/** FULL_CONTROL "Allows grantee the READ, WRITE, READ_ACP, and WRITE_ACP permissions". */
export function permissionCovers(granted: AclPermission, needed: AclPermission): boolean {
  return granted === needed || granted === 'FULL_CONTROL'
}

// ---------------------------------------------------------------------------------------------
// Whether an ACL grants a permission to a requester
// ---------------------------------------------------------------------------------------------

/**
 * Whether a grantee names the requester. A CanonicalUser id matches the requester's canonical id,
 * or its account id (scenarios may use the owning account's 12-digit id as its canonical id). The
 * grant then covers every principal of that account, within that account's own IAM policies.
 */
export function granteeMatches(grantee: AclGrantee, requester: Requester): boolean {
  switch (grantee.type) {
    case 'CanonicalUser':
      if (requester.anonymous) return false
      return (requester.canonicalId !== undefined && grantee.id === requester.canonicalId) || (requester.account !== undefined && grantee.id === requester.account)
    case 'Group':
      if (grantee.uri === ALL_USERS_URI) return true
      if (grantee.uri === AUTHENTICATED_USERS_URI) return !requester.anonymous
      if (grantee.uri === LOG_DELIVERY_URI) return requester.service === LOG_DELIVERY_SERVICE
      return false
    case 'AmazonCustomerByEmail':
      // S3 stores the account's canonical id in place of an e-mail address; an e-mail grantee cannot be matched offline.
      return false
  }
}

/** `READ to the AllUsers group, WRITE to ...`: grants in words. */
export function describeGrants(grants: readonly { grantee: AclGrantee; permission: AclPermission }[]): string {
  return grants.map((grant) => `${grant.permission} to ${describeGrantee(grant.grantee)}`).join(', ')
}

export function describeGrantee(grantee: AclGrantee): string {
  switch (grantee.type) {
    case 'CanonicalUser':
      return `canonical user ${grantee.id}`
    case 'Group':
      return grantee.uri === ALL_USERS_URI ? 'the AllUsers group' : grantee.uri === AUTHENTICATED_USERS_URI ? 'the AuthenticatedUsers group' : `group ${grantee.uri}`
    case 'AmazonCustomerByEmail':
      return `e-mail ${grantee.emailAddress}`
  }
}

export function describeRequester(requester: Requester): string {
  if (requester.anonymous) return 'an anonymous requester'
  if (requester.service !== undefined) return requester.service
  if (requester.account !== undefined) return `account ${requester.account}`
  if (requester.canonicalId !== undefined) return `canonical user ${requester.canonicalId}`
  return 'the requester'
}

export type AclGrantResult = { granted: true; grant: AclGrant; reason: string } | { granted: false; reason: string }

export function aclGrants(acl: Acl, requester: Requester, permission: AclPermission): AclGrantResult {
  for (const grant of acl.grants) {
    if (permissionCovers(grant.permission, permission) && granteeMatches(grant.grantee, requester)) {
      return { granted: true, grant, reason: `the ACL grants ${grant.permission} to ${describeGrantee(grant.grantee)}, which covers ${describeRequester(requester)}` }
    }
  }
  const email = acl.grants.some((grant) => grant.grantee.type === 'AmazonCustomerByEmail' && permissionCovers(grant.permission, permission))
  return {
    granted: false,
    reason: `no grant in the ACL (owner ${acl.owner}) gives ${permission} to ${describeRequester(requester)}${email ? ' (an e-mail grantee cannot be matched to an account offline)' : ''}`
  }
}

// ---------------------------------------------------------------------------------------------
// Object Ownership
// ---------------------------------------------------------------------------------------------

/** IAM actions whose requests carry an ACL in `x-amz-acl` / `x-amz-grant-*`. */
const ACL_CARRYING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket'])
/** IAM actions whose only purpose is to set an ACL (in headers or in the body). */
const ACL_SETTING_ACTIONS = new Set(['s3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl'])

export type OwnershipEffect =
  | {
      kind: 'rejected'
      httpStatus: 400
      errorCode: 'AccessControlListNotSupported' | 'InvalidBucketAclWithObjectOwnership'
      reason: string
    }
  | {
      kind: 'accepted'
      aclsEnabled: boolean
      /** For `s3:PutObject`: the account that will own the new object (null when unknown or not a write). */
      newObjectOwner: string | null
      reason: string
    }
  | { kind: 'unknown'; reason: string }

/** The setting a bucket without OwnershipControls behaves as: ACLs enabled, the writer owns objects. */
function resolveOwnership(ownership: ObjectOwnership | undefined): ObjectOwnership {
  return ownership ?? 'ObjectWriter'
}

/**
 * What Object Ownership does to a request. A bucket without OwnershipControls (the scenario's
 * `objectOwnership` absent) behaves as ObjectWriter.
 *
 * BucketOwnerEnforced: "your bucket accepts only PUT requests that do not specify an ACL or PUT
 * requests with bucket owner full control ACLs, such as the bucket-owner-full-control canned ACL or
 * equivalent forms of this ACL expressed in XML ... PUT requests that contain other ACLs ... fail
 * and return a 400 error with the error code AccessControlListNotSupported"; "Requests to set ACLs
 * or update ACLs fail" (a PutObjectAcl/PutBucketAcl whose ACL is in the body, which the scenario
 * does not carry, is taken as such a request). `x-amz-grant-full-control` naming only the bucket
 * owner is the header form of bucket-owner-full-control and is accepted. A CreateBucket with an ACL
 * granting others fails with InvalidBucketAclWithObjectOwnership.
 *
 * New object owner: BucketOwnerEnforced → the bucket owner; BucketOwnerPreferred → the bucket
 * owner when the upload carries `x-amz-acl: bucket-owner-full-control`, the writer otherwise;
 * ObjectWriter → the writer.
 */
export function objectOwnershipEffects(
  ownership: Readable<ObjectOwnership> | undefined,
  headers: Readonly<Record<string, string>> | undefined,
  action: string,
  parties: { bucketOwner: string | undefined; writer: string | undefined }
): OwnershipEffect {
  if (ownership !== undefined && isUnreadable(ownership)) return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` }
  const setting = resolveOwnership(ownership)
  const lower = action.toLowerCase()
  const canned = getHeader(headers, 'x-amz-acl')?.trim()
  const grants = parseGrantHeaders(headers)
  const writes = lower === 's3:putobject'

  if (setting === 'BucketOwnerEnforced') {
    if (ACL_CARRYING_ACTIONS.has(lower)) {
      const rejection = enforcedRejection(lower, canned, grants.headers, grants.grants, parties)
      if (rejection !== null) return rejection
    }
    return {
      kind: 'accepted',
      aclsEnabled: false,
      newObjectOwner: writes ? (parties.bucketOwner ?? null) : null,
      reason: 'BucketOwnerEnforced: ACLs are disabled and the bucket owner owns every object'
    }
  }

  if (!writes) return { kind: 'accepted', aclsEnabled: true, newObjectOwner: null, reason: `${setting}: ACLs are enabled` }
  if (setting === 'BucketOwnerPreferred' && canned === 'bucket-owner-full-control') {
    return {
      kind: 'accepted',
      aclsEnabled: true,
      newObjectOwner: parties.bucketOwner ?? null,
      reason: 'BucketOwnerPreferred: an upload with the bucket-owner-full-control canned ACL is owned by the bucket owner'
    }
  }
  const writer = parties.writer ?? null
  const crossAccount = writer !== null && parties.bucketOwner !== undefined && writer !== parties.bucketOwner
  const why =
    setting === 'BucketOwnerPreferred'
      ? 'BucketOwnerPreferred: without the bucket-owner-full-control canned ACL, the writing account owns the new object'
      : 'ObjectWriter: the writing account owns the new object'
  return {
    kind: 'accepted',
    aclsEnabled: true,
    newObjectOwner: writer,
    reason: crossAccount ? `${why}; account ${writer} will own it, not the bucket owner ${parties.bucketOwner}` : why
  }
}

function enforcedRejection(
  action: string,
  canned: string | undefined,
  grantHeaders: string[],
  grants: AclGrant[],
  parties: { bucketOwner: string | undefined; writer: string | undefined }
): OwnershipEffect | null {
  if (action === 's3:createbucket') {
    const owner = parties.writer
    const grantsOthers =
      (canned !== undefined && canned !== 'private' && canned !== 'bucket-owner-full-control' && canned !== 'bucket-owner-read') ||
      grants.some((grant) => !(grant.grantee.type === 'CanonicalUser' && grant.grantee.id === owner))
    if (!grantsOthers) return null
    return {
      kind: 'rejected',
      httpStatus: 400,
      errorCode: 'InvalidBucketAclWithObjectOwnership',
      reason: 'CreateBucket with BucketOwnerEnforced cannot set an ACL that grants access to anyone but the bucket owner'
    }
  }
  if (canned !== undefined) {
    if (canned === 'bucket-owner-full-control' && grantHeaders.length === 0) return null
    return {
      kind: 'rejected',
      httpStatus: 400,
      errorCode: 'AccessControlListNotSupported',
      reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets x-amz-acl: ${canned}; only bucket-owner-full-control or no ACL is accepted`
    }
  }
  if (grantHeaders.length > 0) {
    const ownerFullControlOnly =
      grantHeaders.length === 1 &&
      grantHeaders[0] === 'x-amz-grant-full-control' &&
      parties.bucketOwner !== undefined &&
      grants.length > 0 &&
      grants.every((grant) => grant.grantee.type === 'CanonicalUser' && grant.grantee.id === parties.bucketOwner)
    if (ownerFullControlOnly) return null
    return {
      kind: 'rejected',
      httpStatus: 400,
      errorCode: 'AccessControlListNotSupported',
      reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets ${grantHeaders.join(', ')}; only a bucket-owner-full-control ACL or no ACL is accepted`
    }
  }
  if (ACL_SETTING_ACTIONS.has(action)) {
    return {
      kind: 'rejected',
      httpStatus: 400,
      errorCode: 'AccessControlListNotSupported',
      reason: 'the bucket uses BucketOwnerEnforced (ACLs disabled): requests to set or update ACLs fail unless the ACL is bucket-owner-full-control'
    }
  }
  return null
}

export type ObjectOwnerContext =
  | { kind: 'bucket-owner'; owner: string | null; assumed: boolean; reason: string }
  | { kind: 'other-account'; owner: string; bucketOwner: string; reason: string }
  | { kind: 'unknown'; reason: string }

/**
 * Who owns an existing object, which decides what can grant access to it: "If bucket and object
 * owners are the same, access to the object can be granted in the bucket policy ... If the owners
 * are different, the object owners must use an object ACL to grant permissions" (the bucket owner
 * can still deny). This is the classic cross-account 403: an object uploaded by another account
 * without bucket-owner-full-control stays that account's, and the bucket owner's policies cannot
 * grant its own principals access to it. Under BucketOwnerEnforced the bucket owner owns every
 * object. An object whose owner the scenario does not give is taken as the bucket owner's.
 */
export function objectOwnerContext(
  ownership: Readable<ObjectOwnership> | undefined,
  bucketOwner: string | undefined,
  object: ObjectState | undefined
): ObjectOwnerContext {
  if (ownership !== undefined && isUnreadable(ownership)) return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` }
  if (resolveOwnership(ownership) === 'BucketOwnerEnforced') {
    return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: false, reason: 'BucketOwnerEnforced: the bucket owner owns every object' }
  }
  const owner = object?.owner
  if (owner === undefined) return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: true, reason: "the object's owner is not given; taken to be the bucket owner" }
  if (bucketOwner === undefined) return { kind: 'unknown', reason: `the object is owned by ${owner} but the bucket owner's account is not known` }
  if (owner === bucketOwner) return { kind: 'bucket-owner', owner, assumed: false, reason: `the object is owned by the bucket owner ${owner}` }
  return {
    kind: 'other-account',
    owner,
    bucketOwner,
    reason: `the object is owned by account ${owner}, not the bucket owner ${bucketOwner}: the bucket policy can deny but not grant access to it; only its object ACL (or ${owner}'s own IAM policies, for ${owner}'s principals) can`
  }
}

// ---------------------------------------------------------------------------------------------
// The ACL layer in one call
// ---------------------------------------------------------------------------------------------

export interface AclCheckInput {
  requester: Requester
  /** Check the object's ACL (object actions) or the bucket's (bucket actions and writes into the bucket). */
  onObject: boolean
  /** The ACL; absent means the default ACL of `owner`. */
  acl: Readable<Acl> | undefined
  /** The owner of the bucket or object whose ACL this is. */
  owner: string | undefined
  bucketOwner: string | undefined
  ownership?: Readable<ObjectOwnership> | undefined
  /** The effective IgnorePublicAcls setting. */
  ignorePublicAcls?: boolean
}

export type AclCheck =
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'disabled'; reason: string }
  | { kind: 'granted'; permission: AclPermission; grant: AclGrant; reason: string }
  | { kind: 'not-granted'; permission: AclPermission; ignoredPublicGrants: AclGrant[]; reason: string }
  | { kind: 'unknown'; reason: string }

/**
 * Whether the bucket or object ACL grants the action to the requester: the permission the action
 * needs, ACLs disabled by BucketOwnerEnforced ("ACLs no longer affect permissions"), public grants
 * dropped by IgnorePublicAcls, and the bucket-owner-only reach of WRITE for s3:DeleteObjectVersion.
 */
export function checkAcl(action: string, input: AclCheckInput): AclCheck {
  const permission = aclPermissionFor(action, input.onObject)
  const which = input.onObject ? 'object ACL' : 'bucket ACL'
  if (permission === null) return { kind: 'not-applicable', reason: `no ${which} permission grants ${action}` }
  if (input.ownership !== undefined && isUnreadable(input.ownership)) return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${input.ownership.unreadable})` }
  if (resolveOwnership(input.ownership) === 'BucketOwnerEnforced') {
    return { kind: 'disabled', reason: 'BucketOwnerEnforced: ACLs are disabled and grant nothing; only policies grant access' }
  }
  if (input.acl !== undefined && isUnreadable(input.acl)) return { kind: 'unknown', reason: `the ${which} could not be read (${input.acl.unreadable})` }
  let acl: Acl
  if (input.acl !== undefined) acl = input.acl
  else if (input.owner !== undefined) acl = defaultAcl(input.owner)
  else return { kind: 'unknown', reason: `neither the ${which} nor its owner is known` }

  const effective = applyIgnorePublicAcls(acl, { IgnorePublicAcls: input.ignorePublicAcls === true })
  acl = effective.acl
  const ignored = effective.ignored

  if (action.toLowerCase() === 's3:deleteobjectversion' && !input.onObject) {
    const account = input.requester.account
    if (account === undefined || input.bucketOwner === undefined || account !== input.bucketOwner) {
      return {
        kind: 'not-granted',
        permission,
        ignoredPublicGrants: ignored,
        reason: 'WRITE in a bucket ACL allows s3:DeleteObjectVersion only to the bucket owner'
      }
    }
  }

  const result = aclGrants(acl, input.requester, permission)
  if (result.granted) return { kind: 'granted', permission, grant: result.grant, reason: `${which}: ${result.reason}` }
  const note = ignored.length > 0 ? `; IgnorePublicAcls ignores ${describeGrants(ignored)}` : ''
  return { kind: 'not-granted', permission, ignoredPublicGrants: ignored, reason: `${which}: ${result.reason}${note}` }
}
