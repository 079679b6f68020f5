/**
 * One read: how every kind of failure is classified and worded, what is retried, and how the
 * critical path of a collection is measured.
 *
 * Retried: throttling codes and 5xx (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
 * S3-compatible servers answer calls they lack with 501 NotImplemented or 405 MethodNotAllowed
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html lists both codes).
 */
import { S3ServiceException } from '@aws-sdk/client-s3'
import { MalformedResponse, Reader, absentOn, roundTrips, unreadableLayer, type ReadLogEntry } from '../../src/live/collect-read.js'

const reader = (options: Partial<ConstructorParameters<typeof Reader>[0]> = {}) =>
  new Reader({ attemptTimeoutMs: 1000, deadline: Date.now() + 60_000, sleep: async () => undefined, random: () => 0, ...options })

const awsError = (name: string, status: number | undefined, message = 'the message') =>
  new S3ServiceException({ name, $fault: 'client', $metadata: status === undefined ? {} : { httpStatusCode: status }, message })

describe('classification of a failed read', () => {
  const rows: { name: string; error: unknown; failure: string; text: RegExp }[] = [
    { name: 'AccessDenied (S3, IAM)', error: awsError('AccessDenied', 403), failure: 'denied', text: /^AccessDenied: the message$/ },
    { name: 'AccessDeniedException (KMS, Organizations: HTTP 400)', error: awsError('AccessDeniedException', 400), failure: 'denied', text: /^AccessDeniedException: / },
    { name: 'UnauthorizedOperation (EC2)', error: awsError('UnauthorizedOperation', 403), failure: 'denied', text: /^UnauthorizedOperation: / },
    { name: 'a HEAD 403 without a body', error: awsError('Unknown', 403, 'UnknownError'), failure: 'denied', text: /^Forbidden \(HTTP 403\)$/ },
    { name: 'expired credentials', error: awsError('ExpiredToken', 400), failure: 'denied', text: /^ExpiredToken: / },
    { name: 'NotImplemented (S3-compatible server)', error: awsError('NotImplemented', 501), failure: 'unsupported', text: /does not implement GetBucketPolicy.*S3-compatible/ },
    { name: 'MethodNotAllowed without a code', error: awsError('Unknown', 405, ''), failure: 'unsupported', text: /^HTTP 405: the endpoint does not implement GetBucketPolicy/ },
    { name: 'a 404 that is not an absence', error: awsError('NoSuchBucket', 404, 'The specified bucket does not exist'), failure: 'not-found', text: /^NoSuchBucket \(HTTP 404\): The specified bucket does not exist$/ },
    { name: 'a wrong-region redirect', error: awsError('PermanentRedirect', 301), failure: 'error', text: /set the region input/ },
    { name: 'no network', error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED' }), failure: 'error', text: /could not reach the endpoint/ },
    { name: 'no credentials', error: Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), failure: 'error', text: /no credentials to read with/ },
    { name: 'an SDK deserialization error', error: new Error('Deserialization error: unexpected token <'), failure: 'malformed', text: /^malformed GetBucketPolicy response: Deserialization error/ },
    { name: 'a thrown string', error: 'boom', failure: 'error', text: /^Error/ }
  ]
  test.each(rows)('$name', async ({ error, failure, text }) => {
    const result = await reader().read('s3.GetBucketPolicy', () => Promise.reject(error), (value) => value)
    expect(result).toEqual({ ok: false, absent: false, read: 's3.GetBucketPolicy', failure, error: expect.stringMatching(text) as unknown })
  })

  test('an absence predicate turns a "not configured" code into an absent layer', async () => {
    const result = await reader().read('s3.GetBucketPolicy', () => Promise.reject(awsError('NoSuchBucketPolicy', 404)), (value) => value, absentOn(['NoSuchBucketPolicy']))
    expect(result).toEqual({ ok: false, absent: true, code: 'NoSuchBucketPolicy' })
  })

  test('a parser that throws MalformedResponse makes the read malformed', async () => {
    const result = await reader().read('s3.GetBucketAcl', async () => ({}), () => {
      throw new MalformedResponse('no Owner.ID')
    })
    expect(result).toEqual({ ok: false, absent: false, read: 's3.GetBucketAcl', failure: 'malformed', error: 'malformed GetBucketAcl response: no Owner.ID' })
  })

  test('a call that throws synchronously is a failed read, not a crash', async () => {
    const result = await reader().read('s3.GetBucketAcl', () => {
      throw awsError('AccessDenied', 403)
    }, (value) => value)
    expect(result).toMatchObject({ ok: false, failure: 'denied' })
  })

  test('the unreadable layer names the permission of the read', () => {
    expect(unreadableLayer('bucket.encryption', { ok: false, absent: false, read: 's3.GetBucketEncryption', failure: 'denied', error: 'AccessDenied: x' })).toEqual({
      path: 'bucket.encryption',
      error: 'AccessDenied: x',
      permission: 's3:GetEncryptionConfiguration'
    })
  })
})

describe('retries and time', () => {
  test('throttling is retried up to maxAttempts, then reported', async () => {
    let calls = 0
    const result = await reader({ maxAttempts: 4 }).read('s3.GetBucketPolicy', () => {
      calls++
      return Promise.reject(awsError('SlowDown', 503, 'Please reduce your request rate.'))
    }, (value) => value)
    expect(calls).toBe(4)
    expect(result).toMatchObject({ failure: 'throttled', error: 'SlowDown: Please reduce your request rate. (still failing after retries)' })
  })

  test('a 500 then an answer', async () => {
    let calls = 0
    const result = await reader().read('s3.GetBucketPolicy', () => (++calls === 1 ? Promise.reject(awsError('InternalError', 500)) : Promise.resolve('ok')), (value) => value)
    expect(result).toEqual({ ok: true, value: 'ok' })
  })

  test('an attempt that never answers times out, and its call is aborted', async () => {
    let signal: AbortSignal | undefined
    const result = await reader({ attemptTimeoutMs: 20 }).read('kms.GetKeyPolicy', (abort) => {
      signal = abort
      return new Promise(() => undefined)
    }, (value) => value)
    expect(result).toMatchObject({ failure: 'timeout', error: 'GetKeyPolicy timed out after 0.02 s' })
    expect(signal?.aborted).toBe(true)
  })

  test('a deadline already passed: no attempt is made', async () => {
    let calls = 0
    const result = await reader({ deadline: Date.now() - 1 }).read('s3.GetBucketPolicy', () => {
      calls++
      return Promise.resolve('never')
    }, (value) => value)
    expect(calls).toBe(0)
    expect(result).toMatchObject({ failure: 'timeout', error: expect.stringMatching(/collection deadline passed/) as unknown })
  })

  test('pages are followed, and a list with no end is malformed', async () => {
    const endless = await reader().readPages('iam.ListRolePolicies', async (token) => ({ names: [token ?? 'first'], next: `${token ?? ''}+` }), (page) => ({ items: page.names, next: page.next }), 5)
    expect(endless).toMatchObject({ ok: false, failure: 'malformed', error: 'malformed ListRolePolicies response: more than 5 pages' })
  })
})

describe('round trips: the longest chain of reads each started after the last ended', () => {
  const entry = (start: number, end: number): ReadLogEntry => ({ read: 's3.GetBucketPolicy', start, end, outcome: 'ok' })
  const rows: { name: string; log: ReadLogEntry[]; depth: number }[] = [
    { name: 'nothing read', log: [], depth: 0 },
    { name: 'three concurrent reads', log: [entry(0, 30), entry(1, 31), entry(2, 29)], depth: 1 },
    { name: 'a chain of three', log: [entry(0, 30), entry(31, 60), entry(61, 90)], depth: 3 },
    { name: 'a chain of two beside a long read', log: [entry(0, 100), entry(0, 30), entry(31, 60)], depth: 2 },
    { name: 'logged out of order', log: [entry(61, 90), entry(0, 30), entry(31, 60), entry(31, 50)], depth: 3 }
  ]
  test.each(rows)('$name: $depth', ({ log, depth }) => expect(roundTrips(log)).toBe(depth))
})
