/**
 * The probe: per operation, the cheapest request that proves or disproves access without changing
 * the bucket, and what each answer means. Every request carries the headers of the real upload
 * (ACL, SSE, KMS key, request payer), so header-dependent policy conditions are exercised too.
 *
 * ## Choosing the write probe
 *
 * A write probe must be authorized exactly as the real upload is, and then refused before anything
 * is stored. The candidates, against AWS's pages:
 *
 * - `PutObject` with `If-None-Match: *`: needs only s3:PutObject, and answers 412 when the key exists,
 *   but STORES the object when the key does not exist. Rejected: it can write.
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
 * - `PutObject` with an `If-Match` ETag no object has: never stores (412 on an ETag mismatch, 404 when
 *   the key is missing), but "you must have the s3:PutObject and s3:GetObject permissions" for it
 *   (same page): an upload-only CI role would look denied when its real upload is allowed. And both
 *   conditional headers add the s3:if-match / s3:if-none-match condition keys, which buckets that
 *   enforce conditional writes test: the probe would be judged by other rules than the real upload.
 *   Rejected: it does not ask the same authorization question.
 * - `PutObject` whose `Content-MD5` cannot match its body (the MD5 of the empty string, sent with a
 *   non-empty body): the same action, resource, headers and condition keys as the real upload. S3
 *   authorizes a request from its headers before it reads the body (that is what lets it refuse an
 *   `Expect: 100-continue` upload before the body is sent), and checks the body's MD5 before storing
 *   it: "If supplied, after the file has been uploaded to S3, S3 checks to ensure that the MD5 hash
 *   of the uploaded file matches the hash supplied" (PutObject, Content-MD5), answering 400
 *   BadDigest. CHOSEN. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * - `CreateMultipartUpload` aborted at once: exercises kms:GenerateDataKey on SSE-KMS buckets (the
 *   MD5 probe may be refused before S3 asks KMS for a data key; AWS does not document the order),
 *   but creates an upload, and needs s3:AbortMultipartUpload to remove it. Used for the `multipart`
 *   operation only, where the pipeline makes this very call; a failed abort is reported loudly.
 *
 * So an unauthorized write probe gets 403 whatever the key's state; an authorized one gets 400
 * BadDigest. `canary` mode settles what the conditional probe cannot (KMS data keys, a server that
 * skips the MD5 check): it writes and deletes one small object.
 *
 * The delete probe is `DeleteObject` with `If-Match: *` ("delete only if it exists") on a fresh key
 * that does not exist: S3 answers 404 NoSuchKey (or 412) after authorizing s3:DeleteObject, and
 * deletes nothing; a plain DELETE of a missing key would leave a delete marker in a versioned bucket.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html
 *
 * ## What each answer means
 *
 * | probe | request | authorized (`allowed`) | refused | also |
 * | --- | --- | --- | --- | --- |
 * | HeadBucket | HEAD bucket (s3:ListBucket) | 200 | 403, no body | 404 NoSuchBucket `not-found`; 301 another Region `error` |
 * | ListObjectsV2 | the prefix, MaxKeys 1 (s3:ListBucket) | 200 | 403 | 404 NoSuchBucket `not-found` |
 * | HeadObject | HEAD key (s3:GetObject) | 200 | 403, no body: GetObject denied, or the key is missing and s3:ListBucket is not granted | 404 `not-found`: authorized, key missing |
 * | GetObject | Range bytes=0-0 (s3:GetObject, kms:Decrypt on SSE-KMS) | 200/206; 416 InvalidRange (an empty object) | 403, the message names s3:GetObject or kms:Decrypt | 404 NoSuchKey `not-found` |
 * | PutObject (conditional) | the upload's key and headers, wrong Content-MD5 (s3:PutObject) | 400 BadDigest: nothing stored | 403 | 400 AccessControlListNotSupported `denied` (ACLs disabled); other 400 `error` (the real upload fails the same way); 2xx `error` + `leftBehind` (the server skipped the MD5 check) |
 * | CreateMultipartUpload | the upload's key and headers (s3:PutObject, kms:GenerateDataKey), then AbortMultipartUpload | 200 | 403 | a failed abort: `leftBehind` with the upload id |
 * | DeleteObject (conditional) | `If-Match: *` on `<prefix>.s3-403-doctor-probe-<id>` (s3:DeleteObject) | 404 NoSuchKey or 412 `precondition-failed`: nothing deleted | 403 | 204 `allowed`, the server ignored If-Match (`leftBehind`: a possible delete marker) |
 * | PutObject (canary) | `<prefix>.s3-403-doctor-canary-<id>`, the upload's headers | 200 | 403 | |
 * | DeleteObject (canary cleanup) | the canary, by VersionId when versioned (s3:DeleteObject / s3:DeleteObjectVersion) | 204 | 403 or error: `leftBehind`, loudly | runs even when a later step fails |
 *
 * Every probe also reports the non-authorization answers (SignatureDoesNotMatch, ExpiredToken,
 * RequestTimeTooSkewed... see ./access-denied.ts) as `error`, never as `denied`. Throttling and 5xx
 * are retried (./retry.ts); a timeout is reported with status null.
 */
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import type { Operation, ProbeMode, UploadHeaders } from '../action/settings.js'
import { parseAccessDenied } from './access-denied.js'
import { describeAwsError, withRetry, type AwsErrorInfo, type RetryOptions } from './retry.js'
import type { ProbeOutcome, ProbeRecord } from './types.js'

export interface ProbePlan {
  bucket: string
  key?: string
  prefix?: string
  operations: readonly Operation[]
  headers: UploadHeaders
  mode: ProbeMode
  /** Sent as x-amz-expected-bucket-owner on every request, when given. */
  expectedBucketOwner?: string
}

export interface ProbeDeps {
  now: () => Date
  /** A short random id for probe and canary keys (letters and digits). */
  randomId: () => string
  retry?: RetryOptions
}

/** The MD5 of the empty string: sent with a non-empty body, it can never match. */
export const WRONG_CONTENT_MD5 = '1B2M2Y8AsgTpgAmY7PhCfg=='
export const PROBE_BODY = 's3-403-doctor write probe: its Content-MD5 is deliberately wrong, so S3 refuses to store it.\n'

/** Where probe and canary keys go: the prefix, or the key's "directory". */
export function probeBase(plan: Pick<ProbePlan, 'key' | 'prefix'>): string {
  if (plan.prefix !== undefined) return plan.prefix
  if (plan.key !== undefined) return plan.key.slice(0, plan.key.lastIndexOf('/') + 1)
  return ''
}

export function canaryKey(plan: Pick<ProbePlan, 'key' | 'prefix'>, id: string): string {
  return `${probeBase(plan)}.s3-403-doctor-canary-${id}`
}

export function probeKey(plan: Pick<ProbePlan, 'key' | 'prefix'>, id: string): string {
  return `${probeBase(plan)}.s3-403-doctor-probe-${id}`
}

type Interpretation = { outcome: ProbeOutcome; meaning: string }

/** The answers every probe shares: no response, throttling, 5xx, wrong Region, no bucket, non-authorization 403s. */
function common(info: AwsErrorInfo, operation: string): Interpretation | null {
  if (info.status === null) {
    const what = info.kind === 'timeout' ? 'timed out' : info.kind === 'network' ? 'could not reach the endpoint' : info.kind === 'credentials' ? 'had no credentials' : 'failed before any answer'
    return { outcome: 'error', meaning: `${operation} ${what}: nothing is known about access.` }
  }
  if (info.code === 'NoSuchBucket') return { outcome: 'not-found', meaning: 'The bucket does not exist (in this partition): check the bucket name.' }
  if (info.status === 301 || info.code === 'PermanentRedirect' || info.code === 'AuthorizationHeaderMalformed' || info.code === 'IllegalLocationConstraintException') {
    return { outcome: 'error', meaning: 'The bucket is in another Region than the client’s: set region to the bucket’s Region and probe again.' }
  }
  if (info.status === 429 || (info.status >= 500 && info.status !== 501)) {
    return { outcome: 'error', meaning: `S3 kept answering ${info.status} ${info.code ?? ''} after the retries: nothing is known about access.`.replace(' .', '.') }
  }
  if (info.status === 403 || info.status === 400) {
    const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status, operation })
    if (parsed.nonAuthorization !== undefined && parsed.nonAuthorization.code !== 'ExpectedBucketOwner') {
      return { outcome: 'error', meaning: parsed.nonAuthorization.explanation }
    }
  }
  return null
}

function record(operation: string, action: string, key: string | undefined, info: AwsErrorInfo | null, status: number | null, interpretation: Interpretation): ProbeRecord {
  const result: ProbeRecord = {
    operation,
    action,
    status: info?.status ?? status,
    errorCode: info?.code ?? null,
    message: info === null || info.message === '' ? null : info.message,
    requestId: info?.requestId ?? null,
    outcome: interpretation.outcome,
    meaning: interpretation.meaning
  }
  if (key !== undefined) result.key = key
  return result
}

function statusOf(output: { $metadata?: { httpStatusCode?: number | undefined; requestId?: string | undefined } } | undefined, fallback: number): number {
  return output?.$metadata?.httpStatusCode ?? fallback
}

function requestIdOf(output: { $metadata?: { requestId?: string | undefined } } | undefined): string | null {
  return output?.$metadata?.requestId ?? null
}

function success(operation: string, action: string, key: string | undefined, output: { $metadata?: { httpStatusCode?: number | undefined; requestId?: string | undefined } } | undefined, fallback: number, meaning: string, outcome: ProbeOutcome = 'allowed'): ProbeRecord {
  const result = record(operation, action, key, null, statusOf(output, fallback), { outcome, meaning })
  result.requestId = requestIdOf(output)
  return result
}

/** Sends probes in order and records each; never throws for an AWS answer. */
export async function runProbes(s3: S3Client, plan: ProbePlan, deps: ProbeDeps): Promise<ProbeRecord[]> {
  const records: ProbeRecord[] = []
  if (plan.mode === 'none') {
    for (const operation of plan.operations) {
      records.push({
        operation: OPERATION_NAMES[operation],
        action: OPERATION_ACTIONS[operation],
        status: null,
        errorCode: null,
        message: null,
        requestId: null,
        outcome: 'skipped',
        meaning: 'probe: none — no request was sent; the verdict rests on the snapshot alone.'
      })
    }
    return records
  }
  const run = new ProbeRun(s3, plan, deps, records)
  try {
    await run.headBucket()
    for (const operation of plan.operations) await run.operation(operation)
  } finally {
    await run.cleanUp()
  }
  return records
}

const OPERATION_NAMES: Record<Operation, string> = {
  put: 'PutObject',
  get: 'GetObject',
  head: 'HeadObject',
  list: 'ListObjectsV2',
  delete: 'DeleteObject',
  multipart: 'CreateMultipartUpload'
}

const OPERATION_ACTIONS: Record<Operation, string> = {
  put: 's3:PutObject',
  get: 's3:GetObject',
  head: 's3:GetObject',
  list: 's3:ListBucket',
  delete: 's3:DeleteObject',
  multipart: 's3:PutObject'
}

interface SendOptions {
  abortSignal: AbortSignal
}

class ProbeRun {
  private readonly cleanups: (() => Promise<void>)[] = []
  private readonly owner: { ExpectedBucketOwner?: string }
  private readonly payer: { RequestPayer?: 'requester' }
  private readonly upload: { ACL?: NonNullable<UploadHeaders['acl']>; ServerSideEncryption?: NonNullable<UploadHeaders['sse']>; SSEKMSKeyId?: string }

  constructor(
    private readonly s3: S3Client,
    private readonly plan: ProbePlan,
    private readonly deps: ProbeDeps,
    private readonly records: ProbeRecord[]
  ) {
    this.owner = plan.expectedBucketOwner !== undefined ? { ExpectedBucketOwner: plan.expectedBucketOwner } : {}
    this.payer = plan.headers.requestPayer === true ? { RequestPayer: 'requester' } : {}
    this.upload = {
      ...(plan.headers.acl !== undefined ? { ACL: plan.headers.acl } : {}),
      ...(plan.headers.sse !== undefined ? { ServerSideEncryption: plan.headers.sse } : {}),
      ...(plan.headers.sseKmsKeyId !== undefined ? { SSEKMSKeyId: plan.headers.sseKmsKeyId } : {})
    }
  }

  private async send<T>(call: (options: SendOptions) => Promise<T>): Promise<{ output: T } | { error: AwsErrorInfo }> {
    try {
      return { output: await withRetry(({ signal }) => call({ abortSignal: signal }), this.deps.retry ?? {}) }
    } catch (error) {
      return { error: describeAwsError(error) }
    }
  }

  private push(value: ProbeRecord): void {
    this.records.push(value)
  }

  private failure(operation: string, action: string, key: string | undefined, info: AwsErrorInfo, specific: (info: AwsErrorInfo) => Interpretation): ProbeRecord {
    return record(operation, action, key, info, null, common(info, operation) ?? specific(info))
  }

  async headBucket(): Promise<void> {
    const { bucket } = this.plan
    const result = await this.send((options) => this.s3.send(new HeadBucketCommand({ Bucket: bucket, ...this.owner }), options))
    if ('output' in result) {
      this.push(success('HeadBucket', 's3:ListBucket', undefined, result.output, 200, 'The bucket exists and this principal may list it.'))
      return
    }
    this.push(
      this.failure('HeadBucket', 's3:ListBucket', undefined, result.error, (info) =>
        info.status === 403
          ? {
              outcome: 'denied',
              meaning:
                'HeadBucket needs s3:ListBucket and was refused (a HEAD answer has no body, so no reason is given). A pipeline that only uploads does not need it; the object probes below tell more.'
            }
          : info.status === 404
            ? { outcome: 'not-found', meaning: 'The bucket does not exist (in this partition): check the bucket name.' }
            : unexpected(info)
      )
    )
  }

  async operation(operation: Operation): Promise<void> {
    switch (operation) {
      case 'list':
        return this.list()
      case 'head':
        return this.head()
      case 'get':
        return this.get()
      case 'put':
        return this.plan.mode === 'canary' ? this.canary() : this.conditionalPut()
      case 'multipart':
        return this.multipart()
      case 'delete':
        return this.plan.mode === 'canary' && this.plan.operations.includes('put') ? undefined : this.conditionalDelete()
    }
  }

  private needKey(operation: string, action: string): string | null {
    if (this.plan.key !== undefined) return this.plan.key
    this.push({
      operation,
      action,
      status: null,
      errorCode: null,
      message: null,
      requestId: null,
      outcome: 'skipped',
      meaning: `${operation} needs an object key: give key (not only prefix) to probe reads.`
    })
    return null
  }

  private async list(): Promise<void> {
    const prefix = this.plan.prefix ?? (this.plan.key !== undefined ? probeBase(this.plan) : undefined)
    const input = { Bucket: this.plan.bucket, MaxKeys: 1, ...(prefix !== undefined && prefix !== '' ? { Prefix: prefix } : {}), ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new ListObjectsV2Command(input), options))
    const where = prefix !== undefined && prefix !== '' ? `under "${prefix}"` : 'in the bucket'
    if ('output' in result) {
      this.push(success('ListObjectsV2', 's3:ListBucket', prefix, result.output, 200, `This principal may list keys ${where} (s3:ListBucket).`))
      return
    }
    this.push(this.failure('ListObjectsV2', 's3:ListBucket', prefix, result.error, (info) => (info.status === 403 ? { outcome: 'denied', meaning: `Listing keys ${where} is refused (s3:ListBucket).` } : unexpected(info))))
  }

  private async head(): Promise<void> {
    const key = this.needKey('HeadObject', 's3:GetObject')
    if (key === null) return
    const input = { Bucket: this.plan.bucket, Key: key, ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new HeadObjectCommand(input), options))
    if ('output' in result) {
      this.push(success('HeadObject', 's3:GetObject', key, result.output, 200, 'The object exists and this principal may read its metadata (s3:GetObject).'))
      return
    }
    this.push(
      this.failure('HeadObject', 's3:GetObject', key, result.error, (info) => {
        if (info.status === 404) return { outcome: 'not-found', meaning: 'Authorized, and the key does not exist: S3 says 404 only to callers allowed s3:ListBucket.' }
        if (info.status === 403) {
          return {
            outcome: 'denied',
            meaning: 'Refused, with no body (HEAD): either s3:GetObject is denied, or the key does not exist and s3:ListBucket is not granted (S3 then says 403, not 404). The GetObject probe reads the reason.'
          }
        }
        return unexpected(info)
      })
    )
  }

  private async get(): Promise<void> {
    const key = this.needKey('GetObject', 's3:GetObject')
    if (key === null) return
    const input = { Bucket: this.plan.bucket, Key: key, Range: 'bytes=0-0', ...this.payer, ...this.owner }
    const result = await this.send(async (options) => {
      const output = await this.s3.send(new GetObjectCommand(input), options)
      // One byte at most: release the connection.
      const body = output.Body as { destroy?: () => void } | undefined
      body?.destroy?.()
      return output
    })
    if ('output' in result) {
      this.push(success('GetObject', 's3:GetObject', key, result.output, 206, 'This principal may read the object (s3:GetObject, and kms:Decrypt when it is SSE-KMS encrypted).'))
      return
    }
    this.push(
      this.failure('GetObject', 's3:GetObject', key, result.error, (info) => {
        if (info.status === 416) return { outcome: 'allowed', meaning: 'Authorized: the object is empty, so the one-byte range cannot be served (416 InvalidRange).' }
        if (info.status === 404) return { outcome: 'not-found', meaning: 'Authorized, and the key does not exist (NoSuchKey): S3 says 404 only to callers allowed s3:ListBucket.' }
        if (info.status === 403) {
          const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status })
          const kms = parsed.action?.toLowerCase().startsWith('kms:') === true
          return {
            outcome: 'denied',
            meaning: kms
              ? `Reading is refused by KMS (${parsed.action}): the key that encrypted this object does not let this principal decrypt.`
              : 'Reading the object is refused (s3:GetObject), or the key does not exist and s3:ListBucket is not granted.'
          }
        }
        if (info.code === 'InvalidObjectState') return { outcome: 'error', meaning: 'The object is archived: restore it before reading. Permissions are not the problem.' }
        return unexpected(info)
      })
    )
  }

  private async conditionalPut(): Promise<void> {
    const key = this.plan.key ?? probeKey(this.plan, this.deps.randomId())
    const input = {
      Bucket: this.plan.bucket,
      Key: key,
      Body: PROBE_BODY,
      ContentMD5: WRONG_CONTENT_MD5,
      ContentType: 'text/plain',
      ...this.upload,
      ...this.payer,
      ...this.owner
    }
    const result = await this.send((options) => this.s3.send(new PutObjectCommand(input), options))
    if ('output' in result) {
      const stored = record('PutObject', 's3:PutObject', key, null, statusOf(result.output, 200), {
        outcome: 'error',
        meaning:
          'The server STORED the probe body although its Content-MD5 was wrong (S3 refuses that with BadDigest; this endpoint does not check): access is allowed, but the object now holds the probe text. Use probe: canary or none with this endpoint.'
      })
      stored.requestId = requestIdOf(result.output)
      stored.leftBehind = `s3://${this.plan.bucket}/${key}`
      this.push(stored)
      return
    }
    this.push(
      this.failure('PutObject', 's3:PutObject', key, result.error, (info) => {
        if (info.code === 'BadDigest') {
          return { outcome: 'allowed', meaning: 'Authorized: S3 accepted the upload’s headers and refused the body only for its deliberately wrong Content-MD5 (400 BadDigest). Nothing was stored.' }
        }
        if (info.code === 'AccessControlListNotSupported') {
          return { outcome: 'denied', meaning: 'The bucket has ACLs disabled (Object Ownership: BucketOwnerEnforced) and the upload sends an ACL header: S3 refuses it with 400. Drop the ACL, or send bucket-owner-full-control.' }
        }
        if (info.status === 403) return { outcome: 'denied', meaning: 'The upload is refused: S3 answered 403 before reading the body, so the real upload with these headers is refused too.' }
        if (info.code === 'InvalidDigest') return { outcome: 'error', meaning: 'The endpoint rejected the Content-MD5 header itself (InvalidDigest): the probe cannot tell; use probe: canary.' }
        if (info.status === 400) return { outcome: 'error', meaning: `S3 rejects the upload’s headers (${info.code ?? '400'}): the real upload fails the same way, before authorization is known.` }
        return unexpected(info)
      })
    )
  }

  private async multipart(): Promise<void> {
    const key = this.plan.key ?? probeKey(this.plan, this.deps.randomId())
    const input = { Bucket: this.plan.bucket, Key: key, ContentType: 'application/octet-stream', ...this.upload, ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new CreateMultipartUploadCommand(input), options))
    if (!('output' in result)) {
      this.push(
        this.failure('CreateMultipartUpload', 's3:PutObject', key, result.error, (info) => {
          if (info.status === 403) {
            const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status })
            return {
              outcome: 'denied',
              meaning: parsed.action?.toLowerCase().startsWith('kms:') === true ? `Starting a multipart upload is refused by KMS (${parsed.action}).` : 'Starting a multipart upload is refused (s3:PutObject).'
            }
          }
          if (info.code === 'AccessControlListNotSupported') return { outcome: 'denied', meaning: 'The bucket has ACLs disabled and the upload sends an ACL header.' }
          return unexpected(info)
        })
      )
      return
    }
    const uploadId = result.output.UploadId
    if (uploadId === undefined || uploadId === '') {
      const malformed = success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, 'Malformed response: S3 answered without an UploadId, so the upload (if any) cannot be aborted.', 'error')
      malformed.leftBehind = `s3://${this.plan.bucket}/${key} (an incomplete multipart upload of unknown id)`
      this.push(malformed)
      return
    }
    this.push(success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, 'Authorized to start a multipart upload (s3:PutObject, and kms:GenerateDataKey on SSE-KMS). It is aborted at once; no part was sent.'))
    const abortInput = { Bucket: this.plan.bucket, Key: key, UploadId: uploadId, ...this.payer, ...this.owner }
    const abort = await this.send((options) => this.s3.send(new AbortMultipartUploadCommand(abortInput), options))
    if ('output' in abort) {
      this.push(success('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.output, 204, 'The probe’s multipart upload was aborted: nothing is left.'))
      return
    }
    const failed = record('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.error, null, {
      outcome: abort.error.status === 403 ? 'denied' : 'error',
      meaning: `CLEANUP FAILED: the probe's multipart upload ${uploadId} on ${key} could not be aborted; it holds no data, but delete it (aws s3api abort-multipart-upload) or let a lifecycle rule for incomplete uploads remove it.`
    })
    failed.leftBehind = `s3://${this.plan.bucket}/${key}?uploadId=${uploadId}`
    this.push(failed)
  }

  private async conditionalDelete(): Promise<void> {
    const key = probeKey(this.plan, this.deps.randomId())
    const input = { Bucket: this.plan.bucket, Key: key, IfMatch: '*', ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new DeleteObjectCommand(input), options))
    if ('output' in result) {
      const ignored = success(
        'DeleteObject',
        's3:DeleteObject',
        key,
        result.output,
        204,
        'Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist; in a versioned bucket it may have left a delete marker for the probe key.'
      )
      if (result.output.DeleteMarker === true || result.output.VersionId !== undefined) {
        ignored.leftBehind = `s3://${this.plan.bucket}/${key}${result.output.VersionId !== undefined ? `?versionId=${result.output.VersionId}` : ''} (a delete marker)`
      }
      this.push(ignored)
      return
    }
    this.push(
      this.failure('DeleteObject', 's3:DeleteObject', key, result.error, (info) => {
        if (info.status === 404 || info.status === 412) {
          return { outcome: 'precondition-failed', meaning: 'Authorized: S3 checked the If-Match: * precondition (only done after authorization) on a key that does not exist. Nothing was deleted.' }
        }
        if (info.status === 403) return { outcome: 'denied', meaning: 'Deleting objects here is refused (s3:DeleteObject).' }
        if (info.status === 501 || info.code === 'NotImplemented') return { outcome: 'error', meaning: 'The endpoint does not support conditional deletes: the probe cannot tell.' }
        return unexpected(info)
      })
    )
  }

  private async canary(): Promise<void> {
    const key = canaryKey(this.plan, this.deps.randomId())
    const state: { stored: boolean; versionId?: string } = { stored: true }
    // Registered before the write: whatever happens next, the canary is deleted if it may exist.
    this.cleanups.push(() => this.deleteCanary(key, state))
    const input = {
      Bucket: this.plan.bucket,
      Key: key,
      Body: `s3-403-doctor canary, written ${this.deps.now().toISOString()} and deleted at once. If it is still here, the doctor could not delete it: delete it.\n`,
      ContentType: 'text/plain',
      ...this.upload,
      ...this.payer,
      ...this.owner
    }
    const result = await this.send((options) => this.s3.send(new PutObjectCommand(input), options))
    if ('output' in result) {
      if (result.output.VersionId !== undefined) state.versionId = result.output.VersionId
      this.push(success('PutObject', 's3:PutObject', key, result.output, 200, 'The canary upload with the real upload’s headers succeeded: writing is allowed, KMS included. It is deleted at the end.'))
      return
    }
    // A definite 4xx refusal stored nothing; a timeout or 5xx may have.
    state.stored = result.error.status === null || result.error.status >= 500
    this.push(
      this.failure('PutObject', 's3:PutObject', key, result.error, (info) => {
        if (info.status === 403) {
          const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status })
          return {
            outcome: 'denied',
            meaning: parsed.action?.toLowerCase().startsWith('kms:') === true ? `The canary upload is refused by KMS (${parsed.action}).` : 'The canary upload with the real upload’s headers is refused.'
          }
        }
        if (info.code === 'AccessControlListNotSupported') return { outcome: 'denied', meaning: 'The bucket has ACLs disabled and the upload sends an ACL header.' }
        return unexpected(info)
      })
    )
  }

  private async deleteCanary(key: string, state: { stored: boolean; versionId?: string }): Promise<void> {
    if (!state.stored) return
    const action = state.versionId !== undefined ? 's3:DeleteObjectVersion' : 's3:DeleteObject'
    const input = { Bucket: this.plan.bucket, Key: key, ...(state.versionId !== undefined ? { VersionId: state.versionId } : {}), ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new DeleteObjectCommand(input), options))
    if ('output' in result) {
      this.push(success('DeleteObject', action, key, result.output, 204, `The canary was deleted${state.versionId !== undefined ? ' (its version too)' : ''}: deleting is allowed, and nothing is left.`))
      return
    }
    const where = `s3://${this.plan.bucket}/${key}${state.versionId !== undefined ? `?versionId=${state.versionId}` : ''}`
    const failed = record('DeleteObject', action, key, result.error, null, {
      outcome: result.error.status === 403 ? 'denied' : 'error',
      meaning: `CLEANUP FAILED: the canary object ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
    })
    failed.leftBehind = where
    this.push(failed)
  }

  async cleanUp(): Promise<void> {
    const cleanups = this.cleanups.splice(0)
    for (const cleanup of cleanups) {
      try {
        await cleanup()
      } catch (error) {
        const info = describeAwsError(error)
        this.push(record('cleanup', 's3:DeleteObject', undefined, info, null, { outcome: 'error', meaning: `CLEANUP FAILED: ${info.message}` }))
      }
    }
  }
}

function unexpected(info: AwsErrorInfo): Interpretation {
  return { outcome: 'error', meaning: `Unexpected answer ${info.status ?? ''} ${info.code ?? ''}: nothing is known about access.`.replace(/\s+/g, ' ') }
}
