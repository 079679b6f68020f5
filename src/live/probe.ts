/**
 * The probe: per operation, the cheapest request that proves or disproves access without changing
 * the bucket, and what each answer means. Every request carries the headers of the real upload
 * (ACL, SSE, KMS key, request payer, expected bucket owner), so header-dependent policy conditions
 * are exercised too. The probes are independent and are sent concurrently: one round trip for all
 * of them (two for the multipart probe and its abort, and for a canary and its deletion).
 *
 * ## Never a real key
 *
 * Every probe that could write (PutObject, CreateMultipartUpload, DeleteObject) goes to a fresh,
 * unguessable key in the same "folder" as the real key or prefix: `<folder>.s3-403-doctor-probe-<id>`,
 * `<id>` 128 random bits. The user's object is never the target of a write, even one designed to be
 * refused, because not every server refuses it: moto and some S3-compatible servers skip the
 * Content-MD5 check and store the body, and Ceph ignores `If-Match: *` on DeleteObject. The cost:
 * a policy that names exact object names (`Resource: arn:aws:s3:::bucket/builds/app.zip`, no
 * wildcard) does not cover the probe key, so the probe is denied where the real upload is allowed.
 * The offline evaluation always uses the real key, so that case shows up as a probe/snapshot
 * disagreement, and ./disagreement.ts names it (docs/doctor-permissions.md, "Probe keys").
 *
 * Whatever a server keeps anyway is removed at once, by VersionId when it gave one (a stored probe
 * body, a delete marker), and reported loudly in the probe's record; what cannot be removed is
 * `leftBehind`, which every report shows.
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
 *   non-empty body): the same action, headers and condition keys as the real upload. S3 authorizes
 *   a request from its headers before it reads the body (that is what lets it refuse an
 *   `Expect: 100-continue` upload before the body is sent), and checks the body's MD5 before storing
 *   it: "If supplied, after the file has been uploaded to S3, S3 checks to ensure that the MD5 hash
 *   of the uploaded file matches the hash supplied" (PutObject, Content-MD5), answering 400
 *   BadDigest. CHOSEN. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * - `CreateMultipartUpload` aborted at once: exercises kms:GenerateDataKey on SSE-KMS buckets (the
 *   MD5 probe may be refused before S3 asks KMS for a data key; AWS does not document the order),
 *   but creates an upload, and needs s3:AbortMultipartUpload to remove it. Used for the `multipart`
 *   operation only, where the pipeline makes this very call; a failed abort is reported loudly.
 *
 * The probe's S3 client sends no flexible checksum (`requestChecksumCalculation: WHEN_REQUIRED`,
 * ./clients.ts). By default the SDK adds "a CRC32 checksum for uploads ... if you don't provide a
 * precalculated checksum value" (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/s3-checksums.html),
 * and S3 "independently calculates a checksum on the server side and validates it against the
 * provided value before durably storing the object" (https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html):
 * that CRC32 would be CORRECT for the probe body, so a server that skips Content-MD5 but checks the
 * CRC32 would store the probe. With WHEN_REQUIRED (PutObject does not require a checksum) the only
 * integrity value on the wire is the wrong Content-MD5, and the body is plain (no aws-chunked
 * trailer, which S3-compatible servers refuse with 411). A loopback test captures the exact request.
 *
 * So an unauthorized write probe gets 403 whatever the key's state; an authorized one gets 400
 * BadDigest. `canary` mode settles what the conditional probe cannot (KMS data keys, a server that
 * skips the MD5 check): it writes and deletes one small object.
 *
 * The delete probe is `DeleteObject` with `If-Match: *` ("delete only if it exists") on a fresh key
 * that does not exist: S3 answers 404 NoSuchKey (or 412) after authorizing s3:DeleteObject, and
 * deletes nothing. "Conditional delete evaluations only apply to the current version of the object"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html). A server that
 * ignores If-Match (Ceph RGW 16) deletes the missing key: nothing on an unversioned bucket, a delete
 * marker on a versioned one, which the probe then deletes by its VersionId (s3:DeleteObjectVersion).
 *
 * ## ExpectedBucketOwner
 *
 * With `expected-bucket-owner`, every probe sends `x-amz-expected-bucket-owner`; "if the account ID
 * that you provide does not match the actual owner of the bucket, the request fails with the HTTP
 * status code 403 Forbidden (access denied)" (e.g. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html),
 * with the same bare AccessDenied as a policy denial. To tell them apart, a probe that writes nothing
 * and got 403 is sent once more without the header: an answer other than 403 proves the mismatch.
 *
 * ## What each answer means
 *
 * | probe | request | authorized (`allowed`) | refused | also |
 * | --- | --- | --- | --- | --- |
 * | HeadBucket | HEAD bucket (s3:ListBucket) | 200 | 403, no body | 404 NoSuchBucket `not-found`; 301 another Region `error` |
 * | ListObjectsV2 | the prefix, MaxKeys 1 (s3:ListBucket) | 200 | 403 | 404 NoSuchBucket `not-found` |
 * | HeadObject | HEAD key (s3:GetObject) | 200 | 403, no body: GetObject denied, or the key is missing and s3:ListBucket is not granted | 404 `not-found`: authorized, key missing |
 * | GetObject | Range bytes=0-0 (s3:GetObject, kms:Decrypt on SSE-KMS) | 200/206; 416 InvalidRange (an empty object) | 403, the message names s3:GetObject or kms:Decrypt | 404 NoSuchKey `not-found` |
 * | PutObject (conditional) | a fresh probe key, the upload's headers, wrong Content-MD5 (s3:PutObject) | 400 BadDigest: nothing stored | 403 | 400 AccessControlListNotSupported `denied` (ACLs disabled); other 400 `error` (the real upload fails the same way); 2xx `allowed`, STORED by a server that skips the MD5 check: deleted by VersionId at once |
 * | CreateMultipartUpload | a fresh probe key, the upload's headers (s3:PutObject, kms:GenerateDataKey), then AbortMultipartUpload | 200 | 403 | a failed abort: `leftBehind` with the upload id |
 * | DeleteObject (conditional) | `If-Match: *` on a fresh probe key (s3:DeleteObject) | 404 NoSuchKey or 412 `precondition-failed`: nothing deleted | 403 | 204 `allowed`, the server ignored If-Match: its delete marker is deleted by VersionId |
 * | PutObject (canary) | `<folder>.s3-403-doctor-canary-<id>`, the upload's headers | 200 | 403 | |
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
  /** A random id for probe and canary keys (letters and digits; 128 random bits in real runs, so no one can guess the key). */
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

/** Whether a key is one the doctor's probes or canary write (and never the user's). */
export function isProbeKey(key: string): boolean {
  return /\.s3-403-doctor-(probe|canary)-[A-Za-z0-9]+$/.test(key)
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

type Metadata = { $metadata?: { httpStatusCode?: number | undefined; requestId?: string | undefined } }

function statusOf(output: Metadata | undefined, fallback: number): number {
  return output?.$metadata?.httpStatusCode ?? fallback
}

function requestIdOf(output: Metadata | undefined): string | null {
  return output?.$metadata?.requestId ?? null
}

function success(operation: string, action: string, key: string | undefined, output: Metadata | undefined, fallback: number, meaning: string, outcome: ProbeOutcome = 'allowed'): ProbeRecord {
  const result = record(operation, action, key, null, statusOf(output, fallback), { outcome, meaning })
  result.requestId = requestIdOf(output)
  return result
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

/**
 * Sends the probes, all at once, and records each; never throws for an AWS answer. The records come
 * back in a fixed order whatever order the answers arrive in: HeadBucket, then each operation's
 * records in the order of `plan.operations`, then the canary's cleanup.
 */
export async function runProbes(s3: S3Client, plan: ProbePlan, deps: ProbeDeps): Promise<ProbeRecord[]> {
  if (plan.mode === 'none') {
    return plan.operations.map((operation) => ({
      operation: OPERATION_NAMES[operation],
      action: OPERATION_ACTIONS[operation],
      status: null,
      errorCode: null,
      message: null,
      requestId: null,
      outcome: 'skipped',
      meaning: 'probe: none — no request was sent; the verdict rests on the snapshot alone.'
    }))
  }
  const run = new ProbeRun(s3, plan, deps)
  const groups: ProbeRecord[][] = [[], ...plan.operations.map(() => [])]
  const settled = await Promise.allSettled([run.headBucket(groups[0] as ProbeRecord[]), ...plan.operations.map((operation, index) => run.operation(operation, groups[index + 1] as ProbeRecord[]))])
  // The canary is deleted once every probe has answered, whatever happened to them.
  const cleanup = await run.cleanUp()
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failed !== undefined) throw failed.reason
  const records = [...groups.flat(), ...cleanup]
  run.annotateOwnerMismatch(records)
  return records
}

interface SendOptions {
  abortSignal: AbortSignal
}

type OwnerParam = { ExpectedBucketOwner?: string }
type Sent<T> = { output: T } | { error: AwsErrorInfo; ownerMismatch?: boolean }

class ProbeRun {
  private readonly cleanups: (() => Promise<ProbeRecord[]>)[] = []
  private readonly owner: OwnerParam
  private readonly payer: { RequestPayer?: 'requester' }
  private readonly upload: { ACL?: NonNullable<UploadHeaders['acl']>; ServerSideEncryption?: NonNullable<UploadHeaders['sse']>; SSEKMSKeyId?: string }
  /** A probe sent again without x-amz-expected-bucket-owner was not refused: the bucket's owner is not the expected one. */
  private ownerMismatch = false

  constructor(
    private readonly s3: S3Client,
    private readonly plan: ProbePlan,
    private readonly deps: ProbeDeps
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

  /**
   * Sends a probe that writes nothing with the expected owner; a 403 is followed by the same request
   * without x-amz-expected-bucket-owner, and any other answer to that proves the mismatch.
   * `stored` undoes what a server kept from the second request (a probe body stored regardless).
   */
  private async sendOwned<T>(call: (owner: OwnerParam, options: SendOptions) => Promise<T>, stored?: (output: T) => Promise<void>): Promise<Sent<T>> {
    const first = await this.send((options) => call(this.owner, options))
    if ('output' in first || first.error.status !== 403 || this.plan.expectedBucketOwner === undefined) return first
    const second = await this.send((options) => call({}, options))
    if ('output' in second) await stored?.(second.output)
    const mismatch = 'output' in second || second.error.status !== 403
    if (mismatch) this.ownerMismatch = true
    return { error: first.error, ownerMismatch: mismatch }
  }

  private failure(operation: string, action: string, key: string | undefined, sent: { error: AwsErrorInfo; ownerMismatch?: boolean }, specific: (info: AwsErrorInfo) => Interpretation): ProbeRecord {
    const info = sent.error
    if (sent.ownerMismatch === true) {
      const result = record(operation, action, key, info, null, { outcome: 'denied', meaning: this.mismatchMeaning(`${operation} sent without that header was not refused`) })
      result.ownerMismatch = true
      return result
    }
    return record(operation, action, key, info, null, common(info, operation) ?? specific(info))
  }

  private mismatchMeaning(proof: string): string {
    return `NOT A POLICY DENIAL: the bucket is not owned by account ${this.plan.expectedBucketOwner ?? ''} (expected-bucket-owner). S3 refuses every request carrying x-amz-expected-bucket-owner with a 403 when the bucket belongs to another account, and ${proof}. The real upload sends the header too and fails the same way: check the bucket name and the expected owner's account id.`
  }

  /** Marks the other 403s that carried the header once the mismatch is proven. */
  annotateOwnerMismatch(records: ProbeRecord[]): void {
    if (!this.ownerMismatch) return
    for (const item of records) {
      if (item.outcome !== 'denied' || item.ownerMismatch === true || item.status !== 403) continue
      item.ownerMismatch = true
      item.meaning = `${this.mismatchMeaning('another probe sent without that header was not refused')} (${item.meaning})`
    }
  }

  async headBucket(out: ProbeRecord[]): Promise<void> {
    const { bucket } = this.plan
    const result = await this.sendOwned((owner, options) => this.s3.send(new HeadBucketCommand({ Bucket: bucket, ...owner }), options))
    if ('output' in result) {
      out.push(success('HeadBucket', 's3:ListBucket', undefined, result.output, 200, 'The bucket exists and this principal may list it.'))
      return
    }
    out.push(
      this.failure('HeadBucket', 's3:ListBucket', undefined, result, (info) =>
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

  async operation(operation: Operation, out: ProbeRecord[]): Promise<void> {
    switch (operation) {
      case 'list':
        return this.list(out)
      case 'head':
        return this.head(out)
      case 'get':
        return this.get(out)
      case 'put':
        return this.plan.mode === 'canary' ? this.canary(out) : this.conditionalPut(out)
      case 'multipart':
        return this.multipart(out)
      case 'delete':
        return this.plan.mode === 'canary' && this.plan.operations.includes('put') ? undefined : this.conditionalDelete(out)
    }
  }

  private needKey(operation: string, action: string, out: ProbeRecord[]): string | null {
    if (this.plan.key !== undefined) return this.plan.key
    out.push({
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

  private async list(out: ProbeRecord[]): Promise<void> {
    const prefix = this.plan.prefix ?? (this.plan.key !== undefined ? probeBase(this.plan) : undefined)
    const input = { Bucket: this.plan.bucket, MaxKeys: 1, ...(prefix !== undefined && prefix !== '' ? { Prefix: prefix } : {}), ...this.payer }
    const result = await this.sendOwned((owner, options) => this.s3.send(new ListObjectsV2Command({ ...input, ...owner }), options))
    const where = prefix !== undefined && prefix !== '' ? `under "${prefix}"` : 'in the bucket'
    if ('output' in result) {
      out.push(success('ListObjectsV2', 's3:ListBucket', prefix, result.output, 200, `This principal may list keys ${where} (s3:ListBucket).`))
      return
    }
    out.push(this.failure('ListObjectsV2', 's3:ListBucket', prefix, result, (info) => (info.status === 403 ? { outcome: 'denied', meaning: `Listing keys ${where} is refused (s3:ListBucket).` } : unexpected(info))))
  }

  private async head(out: ProbeRecord[]): Promise<void> {
    const key = this.needKey('HeadObject', 's3:GetObject', out)
    if (key === null) return
    const input = { Bucket: this.plan.bucket, Key: key, ...this.payer }
    const result = await this.sendOwned((owner, options) => this.s3.send(new HeadObjectCommand({ ...input, ...owner }), options))
    if ('output' in result) {
      out.push(success('HeadObject', 's3:GetObject', key, result.output, 200, 'The object exists and this principal may read its metadata (s3:GetObject).'))
      return
    }
    out.push(
      this.failure('HeadObject', 's3:GetObject', key, result, (info) => {
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

  private async get(out: ProbeRecord[]): Promise<void> {
    const key = this.needKey('GetObject', 's3:GetObject', out)
    if (key === null) return
    const input = { Bucket: this.plan.bucket, Key: key, Range: 'bytes=0-0', ...this.payer }
    const result = await this.sendOwned(async (owner, options) => {
      const output = await this.s3.send(new GetObjectCommand({ ...input, ...owner }), options)
      // One byte at most: release the connection.
      const body = output.Body as { destroy?: () => void } | undefined
      body?.destroy?.()
      return output
    })
    if ('output' in result) {
      out.push(success('GetObject', 's3:GetObject', key, result.output, 206, 'This principal may read the object (s3:GetObject, and kms:Decrypt when it is SSE-KMS encrypted).'))
      return
    }
    out.push(
      this.failure('GetObject', 's3:GetObject', key, result, (info) => {
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

  /**
   * Removes what a server kept although it should not have (a probe body stored despite its wrong
   * Content-MD5): by its VersionId when the server gave one, so no delete marker or noncurrent
   * version survives. Returns the records of what was done, loudly.
   */
  private async removeStored(probe: string, key: string, versionId: string | undefined, what: string, owner: OwnerParam = this.owner): Promise<ProbeRecord[]> {
    return (await this.removeStoredRecords(key, versionId, what, owner)).map((item) => ({ ...item, cleanup: probe }))
  }

  private async removeStoredRecords(key: string, versionId: string | undefined, what: string, owner: OwnerParam): Promise<ProbeRecord[]> {
    const byVersion = versionId !== undefined && versionId !== ''
    const action = byVersion ? 's3:DeleteObjectVersion' : 's3:DeleteObject'
    const input = { Bucket: this.plan.bucket, Key: key, ...(byVersion ? { VersionId: versionId } : {}), ...this.payer, ...owner }
    const where = `s3://${this.plan.bucket}/${key}${byVersion ? `?versionId=${versionId}` : ''}`
    const result = await this.send((options) => this.s3.send(new DeleteObjectCommand(input), options))
    if ('output' in result) {
      const marker = !byVersion && (result.output.DeleteMarker === true || (result.output.VersionId !== undefined && result.output.VersionId !== ''))
      if (!marker) return [success('DeleteObject', action, key, result.output, 204, `CLEANUP: ${what} ${where} was deleted${byVersion ? ' by its VersionId' : ''}; nothing is left.`)]
      // A versioned bucket that gave no version id for the stored body: the delete added a marker above a version we cannot name.
      const left = success('DeleteObject', action, key, result.output, 204, `CLEANUP INCOMPLETE: ${what} ${where} was stored in a versioned bucket without a version id; deleting it added a delete marker, and the stored version remains. Delete the versions of this key by hand.`, 'error')
      left.leftBehind = `${where} (a noncurrent version and the delete marker ${result.output.VersionId ?? ''})`.replace(' )', ')')
      return [left]
    }
    const failed = record('DeleteObject', action, key, result.error, null, {
      outcome: result.error.status === 403 ? 'denied' : 'error',
      meaning: `CLEANUP FAILED: ${what} ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
    })
    failed.leftBehind = where
    return [failed]
  }

  private async conditionalPut(out: ProbeRecord[]): Promise<void> {
    // Never the real key: a server that skips the MD5 check would overwrite the user's object.
    const key = probeKey(this.plan, this.deps.randomId())
    const input = {
      Bucket: this.plan.bucket,
      Key: key,
      Body: PROBE_BODY,
      ContentMD5: WRONG_CONTENT_MD5,
      ContentType: 'text/plain',
      ...this.upload,
      ...this.payer
    }
    const cleanup: ProbeRecord[] = []
    const result = await this.sendOwned(
      (owner, options) => this.s3.send(new PutObjectCommand({ ...input, ...owner }), options),
      async (output) => {
        cleanup.push(...(await this.removeStored('PutObject', key, output.VersionId, 'the probe body, stored by a server that skips the Content-MD5 check when sent without x-amz-expected-bucket-owner,', {})))
      }
    )
    if ('output' in result) {
      const stored = success(
        'PutObject',
        's3:PutObject',
        key,
        result.output,
        200,
        `Authorized, but the server STORED the probe body although its Content-MD5 was wrong (S3 refuses that with BadDigest; this endpoint does not check). It went to the fresh probe key ${key}, never to the real key, and is deleted at once${result.output.VersionId !== undefined ? ` by its VersionId ${result.output.VersionId}` : ''} (next record).`
      )
      out.push(stored, ...(await this.removeStored('PutObject', key, result.output.VersionId, 'the stored probe body')))
      return
    }
    out.push(
      this.failure('PutObject', 's3:PutObject', key, result, (info) => {
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
      }),
      ...cleanup
    )
  }

  private async multipart(out: ProbeRecord[]): Promise<void> {
    const key = probeKey(this.plan, this.deps.randomId())
    const input = { Bucket: this.plan.bucket, Key: key, ContentType: 'application/octet-stream', ...this.upload, ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new CreateMultipartUploadCommand(input), options))
    if (!('output' in result)) {
      out.push(
        this.failure('CreateMultipartUpload', 's3:PutObject', key, result, (info) => {
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
      out.push(malformed)
      return
    }
    out.push(success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, `Authorized to start a multipart upload (s3:PutObject, and kms:GenerateDataKey on SSE-KMS), on the fresh probe key ${key}. It is aborted at once; no part was sent.`))
    const abortInput = { Bucket: this.plan.bucket, Key: key, UploadId: uploadId, ...this.payer, ...this.owner }
    const abort = await this.send((options) => this.s3.send(new AbortMultipartUploadCommand(abortInput), options))
    if ('output' in abort) {
      out.push(success('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.output, 204, 'The probe’s multipart upload was aborted: nothing is left.'))
      return
    }
    const failed = record('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.error, null, {
      outcome: abort.error.status === 403 ? 'denied' : 'error',
      meaning: `CLEANUP FAILED: the probe's multipart upload ${uploadId} on ${key} could not be aborted; it holds no data, but delete it (aws s3api abort-multipart-upload) or let a lifecycle rule for incomplete uploads remove it.`
    })
    failed.leftBehind = `s3://${this.plan.bucket}/${key}?uploadId=${uploadId}`
    out.push(failed)
  }

  private async conditionalDelete(out: ProbeRecord[]): Promise<void> {
    const key = probeKey(this.plan, this.deps.randomId())
    const input = { Bucket: this.plan.bucket, Key: key, IfMatch: '*', ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new DeleteObjectCommand(input), options))
    if ('output' in result) {
      const markerId = result.output.VersionId
      const marker = result.output.DeleteMarker === true || (markerId !== undefined && markerId !== '')
      const ignored = success(
        'DeleteObject',
        's3:DeleteObject',
        key,
        result.output,
        204,
        marker
          ? `Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist and wrote a delete marker${markerId !== undefined ? ` (${markerId})` : ''} for the fresh probe key in this versioned bucket; it is deleted by its VersionId at once (next record).`
          : 'Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist; the bucket is not versioned, so nothing was written.'
      )
      out.push(ignored)
      if (!marker) return
      if (markerId === undefined || markerId === '') {
        ignored.leftBehind = `s3://${this.plan.bucket}/${key} (a delete marker of unknown version id)`
        return
      }
      out.push(...(await this.removeStored('DeleteObject', key, markerId, 'the delete marker the probe caused,')))
      return
    }
    out.push(
      this.failure('DeleteObject', 's3:DeleteObject', key, result, (info) => {
        if (info.status === 404 || info.status === 412) {
          return { outcome: 'precondition-failed', meaning: 'Authorized: S3 checked the If-Match: * precondition (only done after authorization) on a key that does not exist. Nothing was deleted.' }
        }
        if (info.status === 403) return { outcome: 'denied', meaning: 'Deleting objects here is refused (s3:DeleteObject).' }
        if (info.status === 501 || info.code === 'NotImplemented') return { outcome: 'error', meaning: 'The endpoint does not support conditional deletes: the probe cannot tell.' }
        return unexpected(info)
      })
    )
  }

  private async canary(out: ProbeRecord[]): Promise<void> {
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
      out.push(success('PutObject', 's3:PutObject', key, result.output, 200, 'The canary upload with the real upload’s headers succeeded: writing is allowed, KMS included. It is deleted at the end.'))
      return
    }
    // A definite 4xx refusal stored nothing; a timeout or 5xx may have.
    state.stored = result.error.status === null || result.error.status >= 500
    out.push(
      this.failure('PutObject', 's3:PutObject', key, result, (info) => {
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

  private async deleteCanary(key: string, state: { stored: boolean; versionId?: string }): Promise<ProbeRecord[]> {
    if (!state.stored) return []
    const action = state.versionId !== undefined ? 's3:DeleteObjectVersion' : 's3:DeleteObject'
    const input = { Bucket: this.plan.bucket, Key: key, ...(state.versionId !== undefined ? { VersionId: state.versionId } : {}), ...this.payer, ...this.owner }
    const result = await this.send((options) => this.s3.send(new DeleteObjectCommand(input), options))
    if ('output' in result) {
      return [success('DeleteObject', action, key, result.output, 204, `The canary was deleted${state.versionId !== undefined ? ' (its version too)' : ''}: deleting is allowed, and nothing is left.`)]
    }
    const where = `s3://${this.plan.bucket}/${key}${state.versionId !== undefined ? `?versionId=${state.versionId}` : ''}`
    const failed = record('DeleteObject', action, key, result.error, null, {
      outcome: result.error.status === 403 ? 'denied' : 'error',
      meaning: `CLEANUP FAILED: the canary object ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
    })
    failed.leftBehind = where
    return [failed]
  }

  async cleanUp(): Promise<ProbeRecord[]> {
    const records: ProbeRecord[] = []
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        records.push(...(await cleanup()))
      } catch (error) {
        const info = describeAwsError(error)
        records.push(record('cleanup', 's3:DeleteObject', undefined, info, null, { outcome: 'error', meaning: `CLEANUP FAILED: ${info.message}` }))
      }
    }
    return records
  }
}

function unexpected(info: AwsErrorInfo): Interpretation {
  return { outcome: 'error', meaning: `Unexpected answer ${info.status ?? ''} ${info.code ?? ''}: nothing is known about access.`.replace(/\s+/g, ' ') }
}
