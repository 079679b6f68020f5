/**
 * The bucket's and the object's side: every S3 read the scenario needs, all started at once (none
 * depends on another). Each returns a promise, so the KMS reads can start the moment the encryption
 * and HeadObject answers arrive instead of waiting for every S3 read.
 *
 * "Not configured" answers (S3 error codes, https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html):
 * NoSuchBucketPolicy, NoSuchPublicAccessBlockConfiguration (bucket and account), OwnershipControlsNotFoundError,
 * ServerSideEncryptionConfigurationNotFoundError, ObjectLockConfigurationNotFoundError, and for an
 * object NoSuchObjectLockConfiguration, or InvalidRequest "Bucket is missing Object Lock Configuration".
 * HeadObject answers 404 for a missing key (to a caller allowed s3:ListBucket) and 403 otherwise:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
 * GetBucketLocation: "Buckets in Region us-east-1 have a LocationConstraint of null. Buckets with a
 * LocationConstraint of EU reside in eu-west-1":
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html
 *
 * S3-compatible servers answer some configuration requests they do not implement with a bucket
 * listing (200): the SDK then finds none of the fields it expects, and the parsers below say
 * "malformed" instead of inventing a value.
 */
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
  type Grant,
  type Owner,
  type S3Client
} from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, type S3ControlClient } from '@aws-sdk/client-s3-control'
import type { Acl, AclGrantee, AclPermission, BucketEncryption, ObjectOwnership, PublicAccessBlock, Retention } from '../scenario/types.js'
import { MalformedResponse, absentOn, type ReadResult, type Reader } from './collect-read.js'
import type { AwsErrorInfo } from './retry.js'

export interface ObjectLockSettings {
  enabled: boolean
  defaultRetention?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; days?: number; years?: number }
}

/** ListBuckets filtered to the bucket's name: whether the caller's account owns it, and that account's canonical id. */
export interface Ownership {
  owned: boolean
  canonicalId: string | undefined
}

export interface HeadFacts {
  exists: boolean
  kmsKeyId?: string
}

export interface ObjectReads {
  head: Promise<ReadResult<HeadFacts>>
  acl: Promise<ReadResult<Acl>>
  tags: Promise<ReadResult<Record<string, string>>>
  retention: Promise<ReadResult<Retention>>
  legalHold: Promise<ReadResult<boolean>>
}

export interface S3Reads {
  region: Promise<ReadResult<string>>
  ownership: Promise<ReadResult<Ownership>>
  policy: Promise<ReadResult<string>>
  policyStatus: Promise<ReadResult<boolean>>
  publicAccessBlock: Promise<ReadResult<PublicAccessBlock>>
  /** Resolves to undefined when the account id is not known (S3-compatible servers): there is nothing to ask for. */
  accountPublicAccessBlock: Promise<ReadResult<PublicAccessBlock> | undefined>
  objectOwnership: Promise<ReadResult<ObjectOwnership>>
  acl: Promise<ReadResult<Acl>>
  encryption: Promise<ReadResult<BucketEncryption>>
  versioning: Promise<ReadResult<'Enabled' | 'Suspended' | 'Disabled'>>
  objectLock: Promise<ReadResult<ObjectLockSettings>>
  requesterPays: Promise<ReadResult<boolean>>
  object: ObjectReads | undefined
}

export interface S3ReadInput {
  bucket: string
  key?: string
  /**
   * The account whose Block Public Access to read (the caller's, taken to be the bucket owner's
   * until ListBuckets says otherwise). A promise when the caller is still being resolved: every
   * other read starts at once, this one when the account is known.
   */
  account?: string | Promise<string | undefined>
  /** Send `x-amz-request-payer: requester` on object reads (a Requester Pays bucket owned by another account). */
  requestPayer: boolean
}

// ---------------------------------------------------------------------------------------------
// Parsers: the documented shape, or MalformedResponse

const PERMISSIONS: readonly AclPermission[] = ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP']
const OWNERSHIPS: readonly ObjectOwnership[] = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter']
const ALGORITHMS: readonly BucketEncryption['algorithm'][] = ['AES256', 'aws:kms', 'aws:kms:dsse']

export function parseAcl(owner: Owner | undefined, grants: Grant[] | undefined): Acl {
  if (owner === undefined || typeof owner.ID !== 'string' || owner.ID === '') throw new MalformedResponse('no Owner.ID')
  if (grants !== undefined && !Array.isArray(grants)) throw new MalformedResponse('Grants is not a list')
  return {
    owner: owner.ID,
    grants: (grants ?? []).map((grant, index) => {
      const permission = grant.Permission as AclPermission | undefined
      if (permission === undefined || !PERMISSIONS.includes(permission)) throw new MalformedResponse(`Grants[${index}].Permission is ${JSON.stringify(grant.Permission)}`)
      return { grantee: granteeOf(grant.Grantee, index), permission }
    })
  }
}

function granteeOf(grantee: Grant['Grantee'], index: number): AclGrantee {
  const where = `Grants[${index}].Grantee`
  switch (grantee?.Type) {
    case 'CanonicalUser':
      if (typeof grantee.ID !== 'string' || grantee.ID === '') throw new MalformedResponse(`${where} has no ID`)
      return grantee.DisplayName !== undefined ? { type: 'CanonicalUser', id: grantee.ID, displayName: grantee.DisplayName } : { type: 'CanonicalUser', id: grantee.ID }
    case 'Group':
      if (typeof grantee.URI !== 'string') throw new MalformedResponse(`${where} has no URI`)
      return { type: 'Group', uri: grantee.URI }
    case 'AmazonCustomerByEmail':
      if (typeof grantee.EmailAddress !== 'string') throw new MalformedResponse(`${where} has no EmailAddress`)
      return { type: 'AmazonCustomerByEmail', emailAddress: grantee.EmailAddress }
    default:
      throw new MalformedResponse(`${where}.Type is ${JSON.stringify(grantee?.Type)}`)
  }
}

export function parsePublicAccessBlock(config: Record<string, unknown> | undefined): PublicAccessBlock {
  if (config === undefined || typeof config !== 'object' || config === null) throw new MalformedResponse('no PublicAccessBlockConfiguration')
  const block: PublicAccessBlock = {}
  for (const name of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const) {
    const value = config[name]
    if (value === undefined) continue
    if (typeof value !== 'boolean') throw new MalformedResponse(`PublicAccessBlockConfiguration.${name} is ${JSON.stringify(value)}`)
    block[name] = value
  }
  return block
}

/** `null`/empty is us-east-1 and `EU` is eu-west-1 (GetBucketLocation). */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1'
  if (constraint === 'EU') return 'eu-west-1'
  return constraint
}

function lockMode(value: unknown, where: string): 'GOVERNANCE' | 'COMPLIANCE' {
  if (value === 'GOVERNANCE' || value === 'COMPLIANCE') return value
  throw new MalformedResponse(`${where} is ${JSON.stringify(value)}`)
}

function positive(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new MalformedResponse(`${where} is ${JSON.stringify(value)}`)
  return value
}

/** The S3 time value as ISO 8601 UTC without milliseconds. */
function isoTime(value: unknown, where: string): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (date === undefined || Number.isNaN(date.getTime())) throw new MalformedResponse(`${where} is not a time`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const isObjectLockMissing = (info: AwsErrorInfo): boolean =>
  info.code === 'NoSuchObjectLockConfiguration' ||
  info.code === 'ObjectLockConfigurationNotFoundError' ||
  info.code === 'NoSuchKey' ||
  info.status === 404 ||
  (info.code === 'InvalidRequest' && /object ?lock/i.test(info.message))

// ---------------------------------------------------------------------------------------------

export function startS3Reads(reader: Reader, s3: S3Client, s3control: S3ControlClient, input: S3ReadInput): S3Reads {
  const Bucket = input.bucket
  const send = s3.send.bind(s3)
  return {
    region: reader.read(
      's3.GetBucketLocation',
      (abortSignal) => send(new GetBucketLocationCommand({ Bucket }), { abortSignal }),
      (response) => regionOfLocation(response.LocationConstraint)
    ),
    ownership: reader.readPages(
      's3.ListBuckets',
      (token, abortSignal) => send(new ListBucketsCommand({ Prefix: Bucket, ...(token !== undefined ? { ContinuationToken: token } : {}) }), { abortSignal }),
      (response) => {
        if (response.Buckets !== undefined && !Array.isArray(response.Buckets)) throw new MalformedResponse('Buckets is not a list')
        const owned = (response.Buckets ?? []).some((bucket) => bucket.Name === Bucket)
        const canonicalId = typeof response.Owner?.ID === 'string' && response.Owner.ID !== '' ? response.Owner.ID : undefined
        const next = typeof response.ContinuationToken === 'string' && response.ContinuationToken !== '' ? response.ContinuationToken : undefined
        return { items: [{ owned, canonicalId }], next }
      }
    ).then((pages): ReadResult<Ownership> => {
      if (!pages.ok) return pages
      return { ok: true, value: { owned: pages.value.some((page) => page.owned), canonicalId: pages.value.find((page) => page.canonicalId !== undefined)?.canonicalId } }
    }),
    policy: reader.read(
      's3.GetBucketPolicy',
      (abortSignal) => send(new GetBucketPolicyCommand({ Bucket }), { abortSignal }),
      (response) => {
        if (typeof response.Policy !== 'string' || response.Policy.trim() === '') throw new MalformedResponse('no Policy')
        return response.Policy
      },
      absentOn(['NoSuchBucketPolicy'])
    ),
    policyStatus: reader.read(
      's3.GetBucketPolicyStatus',
      (abortSignal) => send(new GetBucketPolicyStatusCommand({ Bucket }), { abortSignal }),
      (response) => {
        const value = response.PolicyStatus?.IsPublic
        if (typeof value !== 'boolean') throw new MalformedResponse('no PolicyStatus.IsPublic')
        return value
      },
      absentOn(['NoSuchBucketPolicy'])
    ),
    publicAccessBlock: reader.read(
      's3.GetPublicAccessBlock',
      (abortSignal) => send(new GetPublicAccessBlockCommand({ Bucket }), { abortSignal }),
      (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration as Record<string, unknown> | undefined),
      absentOn(['NoSuchPublicAccessBlockConfiguration'])
    ),
    accountPublicAccessBlock: Promise.resolve(input.account).then((account) =>
      account === undefined
        ? undefined
        : reader.read(
            's3control.GetPublicAccessBlock',
            (abortSignal) => s3control.send(new GetAccountPublicAccessBlockCommand({ AccountId: account }), { abortSignal }),
            (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration as Record<string, unknown> | undefined),
            absentOn(['NoSuchPublicAccessBlockConfiguration'])
          )
    ),
    objectOwnership: reader.read(
      's3.GetBucketOwnershipControls',
      (abortSignal) => send(new GetBucketOwnershipControlsCommand({ Bucket }), { abortSignal }),
      (response) => {
        const value = response.OwnershipControls?.Rules?.[0]?.ObjectOwnership as ObjectOwnership | undefined
        if (value === undefined || !OWNERSHIPS.includes(value)) {
          throw new MalformedResponse(`no OwnershipControls.Rules[0].ObjectOwnership${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`)
        }
        return value
      },
      absentOn(['OwnershipControlsNotFoundError'])
    ),
    acl: reader.read(
      's3.GetBucketAcl',
      (abortSignal) => send(new GetBucketAclCommand({ Bucket }), { abortSignal }),
      (response) => parseAcl(response.Owner, response.Grants)
    ),
    encryption: reader.read(
      's3.GetBucketEncryption',
      (abortSignal) => send(new GetBucketEncryptionCommand({ Bucket }), { abortSignal }),
      (response) => {
        const rule = response.ServerSideEncryptionConfiguration?.Rules?.[0]
        const byDefault = rule?.ApplyServerSideEncryptionByDefault
        const algorithm = byDefault?.SSEAlgorithm as BucketEncryption['algorithm'] | undefined
        if (algorithm === undefined || !ALGORITHMS.includes(algorithm)) {
          throw new MalformedResponse(`no ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm${algorithm === undefined ? '' : ` (got ${JSON.stringify(algorithm)})`}`)
        }
        const encryption: BucketEncryption = { algorithm }
        if (typeof byDefault?.KMSMasterKeyID === 'string' && byDefault.KMSMasterKeyID !== '') encryption.kmsKeyArn = byDefault.KMSMasterKeyID
        if (typeof rule?.BucketKeyEnabled === 'boolean') encryption.bucketKeyEnabled = rule.BucketKeyEnabled
        return encryption
      },
      absentOn(['ServerSideEncryptionConfigurationNotFoundError'])
    ),
    versioning: reader.read(
      's3.GetBucketVersioning',
      (abortSignal) => send(new GetBucketVersioningCommand({ Bucket }), { abortSignal }),
      (response) => {
        const status: unknown = response.Status
        if (status === undefined) return 'Disabled' // never versioned: S3 returns no Status element
        if (status === 'Enabled' || status === 'Suspended') return status
        throw new MalformedResponse(`Status is ${JSON.stringify(status)}`)
      }
    ),
    objectLock: reader.read(
      's3.GetObjectLockConfiguration',
      (abortSignal) => send(new GetObjectLockConfigurationCommand({ Bucket }), { abortSignal }),
      (response) => {
        const config = response.ObjectLockConfiguration
        if (config === undefined) throw new MalformedResponse('no ObjectLockConfiguration')
        const lock: ObjectLockSettings = { enabled: config.ObjectLockEnabled === 'Enabled' }
        const retention = config.Rule?.DefaultRetention
        if (retention !== undefined) {
          const days = positive(retention.Days, 'DefaultRetention.Days')
          const years = positive(retention.Years, 'DefaultRetention.Years')
          lock.defaultRetention = { mode: lockMode(retention.Mode, 'DefaultRetention.Mode'), ...(days !== undefined ? { days } : {}), ...(years !== undefined ? { years } : {}) }
        }
        return lock
      },
      absentOn(['ObjectLockConfigurationNotFoundError'])
    ),
    requesterPays: reader.read(
      's3.GetBucketRequestPayment',
      (abortSignal) => send(new GetBucketRequestPaymentCommand({ Bucket }), { abortSignal }),
      (response) => {
        const payer: unknown = response.Payer
        if (payer === 'Requester') return true
        if (payer === 'BucketOwner') return false
        throw new MalformedResponse(`Payer is ${JSON.stringify(payer)}`)
      }
    ),
    object: input.key === undefined ? undefined : objectReads(reader, s3, Bucket, input.key, input.requestPayer)
  }
}

function objectReads(reader: Reader, s3: S3Client, Bucket: string, Key: string, requestPayer: boolean): ObjectReads {
  const payer = requestPayer ? ({ RequestPayer: 'requester' } as const) : {}
  const send = s3.send.bind(s3)
  return {
    head: reader
      .read(
        's3.HeadObject',
        (abortSignal) => send(new HeadObjectCommand({ Bucket, Key, ...payer }), { abortSignal }),
        (response): HeadFacts => {
          const sse: unknown = response.ServerSideEncryption
          const facts: HeadFacts = { exists: true }
          if (typeof sse === 'string' && sse.startsWith('aws:kms')) {
            if (typeof response.SSEKMSKeyId !== 'string' || response.SSEKMSKeyId === '') throw new MalformedResponse(`ServerSideEncryption is ${sse} but no SSEKMSKeyId`)
            facts.kmsKeyId = response.SSEKMSKeyId
          }
          return facts
        },
        absentOn(['NotFound', 'NoSuchKey'], true)
      )
      .then((result): ReadResult<HeadFacts> => (!result.ok && result.absent ? { ok: true, value: { exists: false } } : result)),
    acl: reader.read(
      's3.GetObjectAcl',
      (abortSignal) => send(new GetObjectAclCommand({ Bucket, Key, ...payer }), { abortSignal }),
      (response) => parseAcl(response.Owner, response.Grants),
      absentOn(['NoSuchKey'], true)
    ),
    tags: reader.read(
      's3.GetObjectTagging',
      (abortSignal) => send(new GetObjectTaggingCommand({ Bucket, Key, ...payer }), { abortSignal }),
      (response) => {
        if (!Array.isArray(response.TagSet)) throw new MalformedResponse('no TagSet')
        const tags: Record<string, string> = {}
        for (const tag of response.TagSet) {
          if (typeof tag.Key !== 'string' || typeof tag.Value !== 'string') throw new MalformedResponse('a tag without Key or Value')
          tags[tag.Key] = tag.Value
        }
        return tags
      },
      absentOn(['NoSuchKey', 'NoSuchTagSet'], true)
    ),
    retention: reader.read(
      's3.GetObjectRetention',
      (abortSignal) => send(new GetObjectRetentionCommand({ Bucket, Key, ...payer }), { abortSignal }),
      (response) => {
        const retention = response.Retention
        if (retention === undefined) throw new MalformedResponse('no Retention')
        return { mode: lockMode(retention.Mode, 'Retention.Mode'), until: isoTime(retention.RetainUntilDate, 'Retention.RetainUntilDate') }
      },
      isObjectLockMissing
    ),
    legalHold: reader.read(
      's3.GetObjectLegalHold',
      (abortSignal) => send(new GetObjectLegalHoldCommand({ Bucket, Key, ...payer }), { abortSignal }),
      (response) => {
        const status: unknown = response.LegalHold?.Status
        if (status === 'ON') return true
        if (status === 'OFF') return false
        throw new MalformedResponse(`LegalHold.Status is ${JSON.stringify(status)}`)
      },
      isObjectLockMissing
    )
  }
}
