/**
 * The probe against a mocked S3 (aws-sdk-client-mock): each operation's request, and what each
 * answer means, including throttling, timeouts, malformed responses, and canary cleanup.
 * Status meanings: the table in src/live/probe.ts, from
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (Content-MD5),
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
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
  S3Client
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { canaryKey, probeKey, runProbes, WRONG_CONTENT_MD5, type ProbeDeps, type ProbePlan } from '../../src/live/probe.js'
import type { ProbeRecord } from '../../src/live/types.js'

const s3 = mockClient(S3Client)
beforeEach(() => s3.reset())
afterAll(() => s3.restore())

const client = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } })

function deps(ids: string[] = ['id1', 'id2', 'id3', 'id4']): ProbeDeps {
  let index = 0
  return {
    now: () => new Date('2026-11-25T10:00:00Z'),
    randomId: () => ids[index++] ?? `id${index}`,
    retry: { sleep: async () => undefined, random: () => 0, setTimer: () => () => undefined, maxAttempts: 3 }
  }
}

const ok = (status: number, extra: Record<string, unknown> = {}) => ({ $metadata: { httpStatusCode: status, requestId: `ok-${status}` }, ...extra })

function awsError(name: string, status: number, message = '', requestId = `req-${name}`): Error {
  return Object.assign(new Error(message === '' ? 'UnknownError' : message), {
    name,
    Code: name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, requestId }
  })
}

const denied = (action: string, resource: string) =>
  awsError('AccessDenied', 403, `User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action`)

const plan = (extra: Partial<ProbePlan> = {}): ProbePlan => ({
  bucket: 'artifacts',
  key: 'builds/app.zip',
  operations: ['put'],
  headers: {},
  mode: 'conditional',
  ...extra
})

const summary = (records: ProbeRecord[]) => records.map((item) => [item.operation, item.status, item.errorCode, item.outcome])

describe('conditional mode, everything authorized', () => {
  test('each probe sends its cheapest request and reads the answer as access proven', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(ListObjectsV2Command).resolves(ok(200, { KeyCount: 1 }))
    s3.on(HeadObjectCommand).resolves(ok(200))
    s3.on(GetObjectCommand).resolves(ok(206))
    s3.on(PutObjectCommand).rejects(awsError('BadDigest', 400, 'The Content-MD5 you specified did not match what we received.'))
    s3.on(DeleteObjectCommand).rejects(awsError('NoSuchKey', 404, 'The specified key does not exist.'))
    s3.on(CreateMultipartUploadCommand).resolves(ok(200, { UploadId: 'up-1' }))
    s3.on(AbortMultipartUploadCommand).resolves(ok(204))
    const headers = { acl: 'bucket-owner-full-control', sse: 'aws:kms', sseKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', requestPayer: true } as const
    const records = await runProbes(client, plan({ operations: ['list', 'head', 'get', 'put', 'delete', 'multipart'], headers, expectedBucketOwner: '111122223333' }), deps())
    expect(summary(records)).toEqual([
      ['HeadBucket', 200, null, 'allowed'],
      ['ListObjectsV2', 200, null, 'allowed'],
      ['HeadObject', 200, null, 'allowed'],
      ['GetObject', 206, null, 'allowed'],
      ['PutObject', 400, 'BadDigest', 'allowed'],
      ['DeleteObject', 404, 'NoSuchKey', 'precondition-failed'],
      ['CreateMultipartUpload', 200, null, 'allowed'],
      ['AbortMultipartUpload', 204, null, 'allowed']
    ])
    expect(records.every((item) => item.leftBehind === undefined)).toBe(true)
    // Every write goes to a fresh probe key beside the real key, never to the real key.
    expect(records[4]).toMatchObject({ key: 'builds/.s3-403-doctor-probe-id1', requestId: 'req-BadDigest', message: expect.stringMatching(/Content-MD5/), meaning: expect.stringMatching(/Nothing was stored/) })

    expect(s3.commandCalls(ListObjectsV2Command)[0]?.args[0].input).toEqual({ Bucket: 'artifacts', Prefix: 'builds/', MaxKeys: 1, RequestPayer: 'requester', ExpectedBucketOwner: '111122223333' })
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toMatchObject({ Key: 'builds/app.zip', Range: 'bytes=0-0', RequestPayer: 'requester' })
    expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      Bucket: 'artifacts',
      Key: 'builds/.s3-403-doctor-probe-id1',
      ContentMD5: WRONG_CONTENT_MD5,
      ACL: 'bucket-owner-full-control',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1',
      RequestPayer: 'requester',
      ExpectedBucketOwner: '111122223333'
    })
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input
    expect(put?.IfMatch).toBeUndefined()
    expect(put?.IfNoneMatch).toBeUndefined()
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'artifacts', Key: 'builds/.s3-403-doctor-probe-id2', IfMatch: '*', RequestPayer: 'requester', ExpectedBucketOwner: '111122223333' })
    expect(s3.commandCalls(CreateMultipartUploadCommand)[0]?.args[0].input).toMatchObject({ Key: 'builds/.s3-403-doctor-probe-id3' })
    expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toMatchObject({ Key: 'builds/.s3-403-doctor-probe-id3', UploadId: 'up-1' })
    const written = [PutObjectCommand, DeleteObjectCommand, CreateMultipartUploadCommand, AbortMultipartUploadCommand].flatMap((command) => s3.commandCalls(command as typeof PutObjectCommand).map((call) => call.args[0].input.Key))
    expect(written).toHaveLength(4)
    expect(written).not.toContain('builds/app.zip')
  })

  test('the probes are sent all at once: none waits for another’s answer', async () => {
    const operations = ['list', 'head', 'get', 'put', 'delete', 'multipart'] as const
    // Every answer is held until all seven first requests (HeadBucket and one per operation) are in flight: sequential probes would never finish.
    let inFlight = 0
    let release: () => void = () => undefined
    const all = new Promise<void>((resolve) => (release = resolve))
    const held = <T>(answer: () => T) => async () => {
      inFlight++
      if (inFlight === operations.length + 1) release()
      await all
      return answer()
    }
    s3.on(HeadBucketCommand).callsFake(held(() => ok(200)))
    s3.on(ListObjectsV2Command).callsFake(held(() => ok(200)))
    s3.on(HeadObjectCommand).callsFake(held(() => ok(200)))
    s3.on(GetObjectCommand).callsFake(held(() => ok(206)))
    s3.on(PutObjectCommand).callsFake(
      held(() => {
        throw awsError('BadDigest', 400)
      })
    )
    s3.on(DeleteObjectCommand).callsFake(
      held(() => {
        throw awsError('NoSuchKey', 404)
      })
    )
    s3.on(CreateMultipartUploadCommand).callsFake(held(() => ok(200, { UploadId: 'up-1' })))
    s3.on(AbortMultipartUploadCommand).resolves(ok(204))
    const records = await runProbes(client, plan({ operations: [...operations] }), deps())
    expect(inFlight).toBe(operations.length + 1)
    expect(records.map((item) => item.outcome)).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'precondition-failed', 'allowed', 'allowed'])
  })

  test('the records come in the plan’s order whatever order the answers arrive in', async () => {
    const late = (ms: number, answer: () => unknown) => async () => {
      await new Promise((resolve) => setTimeout(resolve, ms))
      return answer()
    }
    s3.on(HeadBucketCommand).callsFake(late(30, () => ok(200)))
    s3.on(ListObjectsV2Command).callsFake(late(20, () => ok(200)))
    s3.on(PutObjectCommand).callsFake(
      late(1, () => {
        throw awsError('BadDigest', 400)
      })
    )
    const records = await runProbes(client, plan({ operations: ['put', 'list'] }), deps())
    expect(records.map((item) => item.operation)).toEqual(['HeadBucket', 'PutObject', 'ListObjectsV2'])
  })
})

describe('x-amz-expected-bucket-owner', () => {
  // "If the account ID that you provide does not match the actual owner of the bucket, the request
  // fails with the HTTP status code 403 Forbidden (access denied)":
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (ExpectedBucketOwner)
  const bare = () => awsError('AccessDenied', 403, 'Access Denied')

  test('a 403 that disappears without the header is the owner mismatch, not a policy denial', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand, { ExpectedBucketOwner: '111122223333' }).rejects(bare())
    s3.on(PutObjectCommand, { ExpectedBucketOwner: undefined }).rejects(awsError('BadDigest', 400))
    s3.on(CreateMultipartUploadCommand).rejects(bare())
    const records = await runProbes(client, plan({ operations: ['put', 'multipart'], expectedBucketOwner: '111122223333' }), deps())
    const put = records.find((item) => item.operation === 'PutObject')
    expect(put).toMatchObject({ outcome: 'denied', status: 403, ownerMismatch: true, meaning: expect.stringMatching(/^NOT A POLICY DENIAL: the bucket is not owned by account 111122223333/) })
    // The multipart probe (not sent twice: it would create an upload) is marked from the put's proof.
    expect(records.find((item) => item.operation === 'CreateMultipartUpload')).toMatchObject({ ownerMismatch: true, meaning: expect.stringMatching(/another probe sent without that header was not refused/) })
    const sent = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input)
    expect(sent.map((input) => input.ExpectedBucketOwner)).toEqual(['111122223333', undefined])
    expect(sent[0]?.Key).toBe(sent[1]?.Key)
    expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(1)
  })

  test('a 403 with and without the header is a policy denial', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).rejects(denied('s3:PutObject', 'arn:aws:s3:::artifacts/builds/x'))
    const records = await runProbes(client, plan({ expectedBucketOwner: '111122223333' }), deps())
    expect(records[1]).toMatchObject({ outcome: 'denied', meaning: expect.stringMatching(/^The upload is refused/) })
    expect(records[1]?.ownerMismatch).toBeUndefined()
  })

  test('without expected-bucket-owner a 403 is never sent twice', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).rejects(bare())
    await runProbes(client, plan(), deps())
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1)
  })
})

test('the wrong Content-MD5 is the MD5 of the empty string, and the body is not empty', async () => {
  const { createHash } = await import('node:crypto')
  expect(createHash('md5').update('').digest('base64')).toBe(WRONG_CONTENT_MD5)
  s3.on(HeadBucketCommand).resolves(ok(200))
  s3.on(PutObjectCommand).rejects(awsError('BadDigest', 400))
  await runProbes(client, plan(), deps())
  const body = s3.commandCalls(PutObjectCommand)[0]?.args[0].input.Body
  expect(typeof body === 'string' && body.length > 0).toBe(true)
})

describe('one answer per row', () => {
  type Row = { name: string; operation: 'list' | 'head' | 'get' | 'put' | 'delete' | 'multipart'; command: unknown; error: Error; outcome: string; meaning: RegExp }
  const rows: Row[] = [
    { name: 'List denied', operation: 'list', command: ListObjectsV2Command, error: denied('s3:ListBucket', 'arn:aws:s3:::artifacts'), outcome: 'denied', meaning: /s3:ListBucket/ },
    { name: 'HEAD 403 without a body', operation: 'head', command: HeadObjectCommand, error: awsError('Unknown', 403), outcome: 'denied', meaning: /no body.*s3:ListBucket/ },
    { name: 'HEAD 404: authorized, key missing', operation: 'head', command: HeadObjectCommand, error: awsError('NotFound', 404), outcome: 'not-found', meaning: /Authorized/ },
    { name: 'GET denied by S3', operation: 'get', command: GetObjectCommand, error: denied('s3:GetObject', 'arn:aws:s3:::artifacts/builds/app.zip'), outcome: 'denied', meaning: /s3:GetObject/ },
    { name: 'GET denied by KMS', operation: 'get', command: GetObjectCommand, error: denied('kms:Decrypt', 'arn:aws:kms:us-east-1:1:key/k'), outcome: 'denied', meaning: /KMS \(kms:Decrypt\)/ },
    { name: 'GET of an empty object (416)', operation: 'get', command: GetObjectCommand, error: awsError('InvalidRange', 416, 'The requested range is not satisfiable'), outcome: 'allowed', meaning: /empty/ },
    { name: 'GET 404 NoSuchKey', operation: 'get', command: GetObjectCommand, error: awsError('NoSuchKey', 404, 'The specified key does not exist.'), outcome: 'not-found', meaning: /does not exist/ },
    { name: 'GET of an archived object', operation: 'get', command: GetObjectCommand, error: awsError('InvalidObjectState', 403, "The operation is not valid for the object's storage class"), outcome: 'error', meaning: /archived/ },
    { name: 'PUT denied', operation: 'put', command: PutObjectCommand, error: denied('s3:PutObject', 'arn:aws:s3:::artifacts/builds/app.zip'), outcome: 'denied', meaning: /refused/ },
    { name: 'PUT with an ACL on a BucketOwnerEnforced bucket', operation: 'put', command: PutObjectCommand, error: awsError('AccessControlListNotSupported', 400, 'The bucket does not allow ACLs'), outcome: 'denied', meaning: /ACLs disabled/ },
    { name: 'PUT with a bad KMS key id (400)', operation: 'put', command: PutObjectCommand, error: awsError('InvalidArgument', 400, 'Invalid arn'), outcome: 'error', meaning: /real upload fails the same way/ },
    { name: 'PUT: the endpoint rejects Content-MD5 itself', operation: 'put', command: PutObjectCommand, error: awsError('InvalidDigest', 400), outcome: 'error', meaning: /canary/ },
    { name: 'DELETE denied', operation: 'delete', command: DeleteObjectCommand, error: denied('s3:DeleteObject', 'arn:aws:s3:::artifacts/builds/x'), outcome: 'denied', meaning: /s3:DeleteObject/ },
    { name: 'DELETE 412', operation: 'delete', command: DeleteObjectCommand, error: awsError('PreconditionFailed', 412), outcome: 'precondition-failed', meaning: /Authorized/ },
    { name: 'DELETE: conditional deletes unsupported', operation: 'delete', command: DeleteObjectCommand, error: awsError('NotImplemented', 501), outcome: 'error', meaning: /does not support conditional deletes/ },
    { name: 'multipart refused by KMS', operation: 'multipart', command: CreateMultipartUploadCommand, error: denied('kms:GenerateDataKey', 'arn:aws:kms:us-east-1:1:key/k'), outcome: 'denied', meaning: /KMS \(kms:GenerateDataKey\)/ },
    {
      name: 'SignatureDoesNotMatch is not a denial',
      operation: 'put',
      command: PutObjectCommand,
      error: awsError('SignatureDoesNotMatch', 403, 'The request signature we calculated does not match the signature you provided.'),
      outcome: 'error',
      meaning: /signature did not verify/
    },
    { name: 'clock skew is not a denial', operation: 'list', command: ListObjectsV2Command, error: awsError('RequestTimeTooSkewed', 403, 'The difference between the request time and the current time is too large.'), outcome: 'error', meaning: /clock/ },
    { name: 'expired credentials are not a denial', operation: 'get', command: GetObjectCommand, error: awsError('ExpiredToken', 400, 'The provided token has expired.'), outcome: 'error', meaning: /expired/ },
    { name: 'the wrong Region', operation: 'put', command: PutObjectCommand, error: awsError('PermanentRedirect', 301, 'The bucket you are attempting to access must be addressed using the specified endpoint.'), outcome: 'error', meaning: /another Region/ },
    { name: 'no such bucket', operation: 'list', command: ListObjectsV2Command, error: awsError('NoSuchBucket', 404, 'The specified bucket does not exist'), outcome: 'not-found', meaning: /bucket does not exist/ },
    { name: 'a timeout', operation: 'put', command: PutObjectCommand, error: Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }), outcome: 'error', meaning: /timed out/ },
    { name: 'an abort at the deadline', operation: 'get', command: GetObjectCommand, error: Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }), outcome: 'error', meaning: /timed out/ },
    { name: 'an unreachable endpoint', operation: 'list', command: ListObjectsV2Command, error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED' }), outcome: 'error', meaning: /could not reach/ },
    {
      name: 'a malformed response (the SDK could not parse it)',
      operation: 'list',
      command: ListObjectsV2Command,
      error: Object.assign(new Error('Unexpected end of XML'), { name: 'SyntaxError', $metadata: { httpStatusCode: 200 } }),
      outcome: 'error',
      meaning: /Unexpected answer 200 SyntaxError/
    }
  ]
  test.each(rows)('$name → $outcome', async ({ operation, command, error, outcome, meaning }) => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(command as typeof PutObjectCommand).rejects(error)
    const records = await runProbes(client, plan({ operations: [operation] }), deps())
    const probe = records[1]
    expect(probe?.outcome).toBe(outcome)
    expect(probe?.meaning).toMatch(meaning)
    const info = error as unknown as { $metadata?: { requestId?: string; httpStatusCode?: number } }
    expect(probe?.requestId).toBe(info.$metadata?.requestId ?? null)
    expect(probe?.status).toBe(info.$metadata?.httpStatusCode ?? null)
  })
})

describe('HeadBucket answers', () => {
  const rows = [
    { name: '403 (no body)', error: awsError('Unknown', 403), outcome: 'denied', meaning: /s3:ListBucket/ },
    { name: '404', error: awsError('NotFound', 404), outcome: 'not-found', meaning: /does not exist/ },
    { name: '301 another Region', error: awsError('Unknown', 301), outcome: 'error', meaning: /another Region/ }
  ]
  test.each(rows)('$name → $outcome', async ({ error, outcome, meaning }) => {
    s3.on(HeadBucketCommand).rejects(error)
    s3.on(PutObjectCommand).rejects(awsError('BadDigest', 400))
    const records = await runProbes(client, plan(), deps())
    expect(records[0]).toMatchObject({ operation: 'HeadBucket', outcome, meaning: expect.stringMatching(meaning) })
    // The object probes still run: an upload-only role may not list.
    expect(records[1]?.operation).toBe('PutObject')
  })
})

describe('retries', () => {
  test('SlowDown twice, then the answer', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).rejectsOnce(awsError('SlowDown', 503, 'Please reduce your request rate.')).rejectsOnce(awsError('SlowDown', 503)).rejects(awsError('BadDigest', 400))
    const records = await runProbes(client, plan(), deps())
    expect(records[1]).toMatchObject({ operation: 'PutObject', outcome: 'allowed', errorCode: 'BadDigest' })
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(3)
  })

  test('a 500 that does not stop is reported as an error after the attempts', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(ListObjectsV2Command).rejects(awsError('InternalError', 500, 'We encountered an internal error.'))
    const records = await runProbes(client, plan({ operations: ['list'] }), deps())
    expect(records[1]).toMatchObject({ outcome: 'error', status: 500, meaning: expect.stringMatching(/kept answering 500 InternalError/) })
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(3)
  })

  test('ThrottlingException is retried; AccessDenied is not', async () => {
    s3.on(HeadBucketCommand).rejectsOnce(awsError('ThrottlingException', 400)).resolves(ok(200))
    s3.on(PutObjectCommand).rejects(denied('s3:PutObject', 'arn:aws:s3:::artifacts/builds/app.zip'))
    await runProbes(client, plan(), deps())
    expect(s3.commandCalls(HeadBucketCommand)).toHaveLength(2)
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1)
  })
})

describe('what the probe could not undo is reported loudly', () => {
  test('an endpoint that stores despite the wrong Content-MD5: the probe key (never the real one) is deleted by its VersionId', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200, { ETag: '"abc"', VersionId: 'v-stored' }))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    const records = await runProbes(client, plan(), deps())
    expect(records.slice(1)).toMatchObject([
      { operation: 'PutObject', outcome: 'allowed', key: 'builds/.s3-403-doctor-probe-id1', meaning: expect.stringMatching(/STORED.*never to the real key.*VersionId v-stored/) },
      { operation: 'DeleteObject', action: 's3:DeleteObjectVersion', cleanup: 'PutObject', outcome: 'allowed', meaning: expect.stringMatching(/^CLEANUP: .*deleted by its VersionId; nothing is left/) }
    ])
    expect(records.every((item) => item.leftBehind === undefined)).toBe(true)
    expect(s3.commandCalls(DeleteObjectCommand).map((call) => call.args[0].input)).toEqual([{ Bucket: 'artifacts', Key: 'builds/.s3-403-doctor-probe-id1', VersionId: 'v-stored' }])
  })

  test('stored in an unversioned bucket: a plain delete removes it', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200, { ETag: '"abc"' }))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    const records = await runProbes(client, plan(), deps())
    expect(records[2]).toMatchObject({ action: 's3:DeleteObject', cleanup: 'PutObject', outcome: 'allowed' })
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'artifacts', Key: 'builds/.s3-403-doctor-probe-id1' })
  })

  test('stored, and its removal refused: left behind, loudly, with its version', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200, { VersionId: 'v-stored' }))
    s3.on(DeleteObjectCommand).rejects(denied('s3:DeleteObjectVersion', 'arn:aws:s3:::artifacts/builds/.s3-403-doctor-probe-id1'))
    const records = await runProbes(client, plan(), deps())
    expect(records[2]).toMatchObject({ outcome: 'denied', cleanup: 'PutObject', leftBehind: 's3://artifacts/builds/.s3-403-doctor-probe-id1?versionId=v-stored', meaning: expect.stringMatching(/^CLEANUP FAILED/) })
  })

  test('a multipart upload that cannot be aborted', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(CreateMultipartUploadCommand).resolves(ok(200, { UploadId: 'up-9' }))
    s3.on(AbortMultipartUploadCommand).rejects(denied('s3:AbortMultipartUpload', 'arn:aws:s3:::artifacts/builds/app.zip'))
    const records = await runProbes(client, plan({ operations: ['multipart'] }), deps())
    expect(records.at(-1)).toMatchObject({
      operation: 'AbortMultipartUpload',
      outcome: 'denied',
      leftBehind: 's3://artifacts/builds/.s3-403-doctor-probe-id1?uploadId=up-9',
      meaning: expect.stringMatching(/^CLEANUP FAILED/)
    })
  })

  test('a malformed CreateMultipartUpload answer (no UploadId)', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(CreateMultipartUploadCommand).resolves(ok(200))
    const records = await runProbes(client, plan({ operations: ['multipart'] }), deps())
    expect(records[1]).toMatchObject({ outcome: 'error', meaning: expect.stringMatching(/Malformed response/), leftBehind: expect.stringMatching(/unknown id/) })
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0)
  })

  test('an endpoint that ignores If-Match: * on delete (Ceph) leaves a delete marker: it is deleted by its VersionId', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(DeleteObjectCommand, { IfMatch: '*' }).resolves(ok(204, { DeleteMarker: true, VersionId: 'v-dm' }))
    s3.on(DeleteObjectCommand, { VersionId: 'v-dm' }).resolves(ok(204, { DeleteMarker: true, VersionId: 'v-dm' }))
    const records = await runProbes(client, { bucket: 'artifacts', prefix: 'logs/', operations: ['delete'], headers: {}, mode: 'conditional' }, deps())
    expect(records.slice(1)).toMatchObject([
      { outcome: 'allowed', key: 'logs/.s3-403-doctor-probe-id1', meaning: expect.stringMatching(/ignored If-Match.*delete marker \(v-dm\).*deleted by its VersionId/) },
      { operation: 'DeleteObject', action: 's3:DeleteObjectVersion', cleanup: 'DeleteObject', outcome: 'allowed' }
    ])
    expect(records.every((item) => item.leftBehind === undefined)).toBe(true)
    expect(s3.commandCalls(DeleteObjectCommand).map((call) => call.args[0].input)).toEqual([
      { Bucket: 'artifacts', Key: 'logs/.s3-403-doctor-probe-id1', IfMatch: '*' },
      { Bucket: 'artifacts', Key: 'logs/.s3-403-doctor-probe-id1', VersionId: 'v-dm' }
    ])
  })

  test('a delete marker that cannot be deleted is left behind, loudly', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(DeleteObjectCommand, { IfMatch: '*' }).resolves(ok(204, { DeleteMarker: true, VersionId: 'v-dm' }))
    s3.on(DeleteObjectCommand, { VersionId: 'v-dm' }).rejects(denied('s3:DeleteObjectVersion', 'arn:aws:s3:::artifacts/logs/x'))
    const records = await runProbes(client, { bucket: 'artifacts', prefix: 'logs/', operations: ['delete'], headers: {}, mode: 'conditional' }, deps())
    expect(records[2]).toMatchObject({ outcome: 'denied', leftBehind: 's3://artifacts/logs/.s3-403-doctor-probe-id1?versionId=v-dm', meaning: expect.stringMatching(/^CLEANUP FAILED/) })
  })

  test('an unversioned bucket: the ignored If-Match deleted nothing, and nothing is sent again', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    const records = await runProbes(client, { bucket: 'artifacts', prefix: 'logs/', operations: ['delete'], headers: {}, mode: 'conditional' }, deps())
    expect(records).toHaveLength(2)
    expect(records[1]).toMatchObject({ outcome: 'allowed', meaning: expect.stringMatching(/not versioned, so nothing was written/) })
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(1)
  })
})

describe('canary mode', () => {
  const canaryPlan = (extra: Partial<ProbePlan> = {}): ProbePlan => {
    const base: ProbePlan = { bucket: 'artifacts', prefix: 'builds/', operations: ['put', 'delete'], headers: { sse: 'aws:kms' }, mode: 'canary' }
    return { ...base, ...extra }
  }

  test('writes the canary with the upload’s headers, then deletes its version', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200, { VersionId: 'v1' }))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    const records = await runProbes(client, canaryPlan(), deps(['abc']))
    expect(summary(records)).toEqual([
      ['HeadBucket', 200, null, 'allowed'],
      ['PutObject', 200, null, 'allowed'],
      ['DeleteObject', 204, null, 'allowed']
    ])
    expect(records[2]).toMatchObject({ action: 's3:DeleteObjectVersion', key: 'builds/.s3-403-doctor-canary-abc' })
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input
    expect(put).toMatchObject({ Key: 'builds/.s3-403-doctor-canary-abc', ServerSideEncryption: 'aws:kms' })
    expect(put?.ContentMD5).toBeUndefined()
    expect(put?.Body).toMatch(/2026-11-25T10:00:00.000Z/)
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'artifacts', Key: 'builds/.s3-403-doctor-canary-abc', VersionId: 'v1' })
  })

  test('a cleanup that fails is reported with the key and version, loudly', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200, { VersionId: 'v1' }))
    s3.on(DeleteObjectCommand).rejects(denied('s3:DeleteObjectVersion', 'arn:aws:s3:::artifacts/builds/.s3-403-doctor-canary-abc'))
    const records = await runProbes(client, canaryPlan(), deps(['abc']))
    expect(records.at(-1)).toMatchObject({
      operation: 'DeleteObject',
      outcome: 'denied',
      leftBehind: 's3://artifacts/builds/.s3-403-doctor-canary-abc?versionId=v1',
      meaning: expect.stringMatching(/^CLEANUP FAILED: the canary object s3:\/\/artifacts\/builds\/.s3-403-doctor-canary-abc\?versionId=v1 is still in the bucket/)
    })
  })

  test('the canary is deleted even when a later step fails', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).resolves(ok(200))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    let calls = 0
    const failing: ProbeDeps = {
      ...deps(),
      randomId: () => {
        calls++
        if (calls > 1) throw new Error('entropy exhausted')
        return 'abc'
      }
    }
    await expect(runProbes(client, canaryPlan({ operations: ['put', 'multipart'] }), failing)).rejects.toThrow('entropy exhausted')
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toMatchObject({ Key: 'builds/.s3-403-doctor-canary-abc' })
  })

  test('a refused canary stored nothing: no delete is sent', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).rejects(denied('kms:GenerateDataKey', 'arn:aws:kms:us-east-1:1:key/k'))
    const records = await runProbes(client, canaryPlan(), deps(['abc']))
    expect(records[1]).toMatchObject({ outcome: 'denied', meaning: expect.stringMatching(/KMS \(kms:GenerateDataKey\)/) })
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(0)
  })

  test('a canary upload that timed out may have been stored: it is deleted anyway', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(PutObjectCommand).rejects(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }))
    s3.on(DeleteObjectCommand).resolves(ok(204))
    const records = await runProbes(client, canaryPlan(), deps(['abc']))
    expect(records[1]).toMatchObject({ outcome: 'error' })
    expect(records.at(-1)).toMatchObject({ operation: 'DeleteObject', action: 's3:DeleteObject', outcome: 'allowed' })
  })

  test('canary mode without put probes delete conditionally', async () => {
    s3.on(HeadBucketCommand).resolves(ok(200))
    s3.on(DeleteObjectCommand).rejects(awsError('NoSuchKey', 404))
    const records = await runProbes(client, canaryPlan({ operations: ['delete'] }), deps(['abc']))
    expect(records[1]).toMatchObject({ operation: 'DeleteObject', outcome: 'precondition-failed', key: 'builds/.s3-403-doctor-probe-abc' })
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  })
})

test('probe: none sends nothing', async () => {
  const records = await runProbes(client, plan({ mode: 'none', operations: ['put', 'list'] }), deps())
  expect(summary(records)).toEqual([
    ['PutObject', null, null, 'skipped'],
    ['ListObjectsV2', null, null, 'skipped']
  ])
  expect(s3.calls()).toHaveLength(0)
})

test('reads need a key: with a prefix only they are skipped, and say why', async () => {
  s3.on(HeadBucketCommand).resolves(ok(200))
  const records = await runProbes(client, { bucket: 'artifacts', prefix: 'builds/', operations: ['head', 'get'], headers: {}, mode: 'conditional' }, deps())
  expect(summary(records).slice(1)).toEqual([
    ['HeadObject', null, null, 'skipped'],
    ['GetObject', null, null, 'skipped']
  ])
  expect(records[1]?.meaning).toMatch(/give key/)
})

describe('probe and canary keys', () => {
  const rows = [
    { name: 'a key in a folder', plan: { key: 'builds/app.zip' }, probe: 'builds/.s3-403-doctor-probe-x', canary: 'builds/.s3-403-doctor-canary-x' },
    { name: 'a key at the root', plan: { key: 'app.zip' }, probe: '.s3-403-doctor-probe-x', canary: '.s3-403-doctor-canary-x' },
    { name: 'a prefix', plan: { prefix: 'releases/v1/' }, probe: 'releases/v1/.s3-403-doctor-probe-x', canary: 'releases/v1/.s3-403-doctor-canary-x' },
    { name: 'a partial prefix', plan: { prefix: 'logs/app-' }, probe: 'logs/app-.s3-403-doctor-probe-x', canary: 'logs/app-.s3-403-doctor-canary-x' },
    { name: 'nothing', plan: {}, probe: '.s3-403-doctor-probe-x', canary: '.s3-403-doctor-canary-x' }
  ]
  test.each(rows)('$name', ({ plan: where, probe, canary }) => {
    expect(probeKey(where, 'x')).toBe(probe)
    expect(canaryKey(where, 'x')).toBe(canary)
  })
})
