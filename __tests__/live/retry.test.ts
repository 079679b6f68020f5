/**
 * Retries: only throttling and 5xx, jittered backoff within a cap, a deadline, and an injected
 * clock and sleep so that nothing here waits.
 * Throttling codes: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 * S3 SlowDown (503): https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
import { backoffDelay, DeadlineExceededError, describeAwsError, isRetryable, withRetry, type RetryOptions } from '../../src/live/retry.js'

/** An error shaped like the SDK's: name, Code, $metadata, $fault. */
function awsError(name: string, status: number, message = name, requestId = 'REQ1'): Error {
  return Object.assign(new Error(message), { name, Code: name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status, requestId, extendedRequestId: 'HOST1' } })
}

function fakeClock(start = 0): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let time = start
  const slept: number[] = []
  return {
    now: () => time,
    sleep: async (ms) => {
      slept.push(ms)
      time += ms
    },
    slept
  }
}

describe('isRetryable', () => {
  const cases: { name: string; error: unknown; retry: boolean }[] = [
    { name: 'S3 SlowDown 503', error: awsError('SlowDown', 503), retry: true },
    { name: 'STS Throttling 400', error: awsError('Throttling', 400), retry: true },
    { name: 'ThrottlingException 400', error: awsError('ThrottlingException', 400), retry: true },
    { name: 'RequestLimitExceeded', error: awsError('RequestLimitExceeded', 400), retry: true },
    { name: 'any 429', error: awsError('TooManyRequests', 429), retry: true },
    { name: 'InternalError 500', error: awsError('InternalError', 500), retry: true },
    { name: 'ServiceUnavailable 503', error: awsError('ServiceUnavailable', 503), retry: true },
    { name: 'NotImplemented 501 (an answer, not a fault)', error: awsError('NotImplemented', 501), retry: false },
    { name: 'AccessDenied 403', error: awsError('AccessDenied', 403), retry: false },
    { name: 'BadDigest 400', error: awsError('BadDigest', 400), retry: false },
    { name: 'NoSuchKey 404', error: awsError('NoSuchKey', 404), retry: false },
    { name: 'a timeout (TimeoutError, no response)', error: Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }), retry: false },
    { name: 'an abort (AbortError)', error: Object.assign(new Error('aborted'), { name: 'AbortError' }), retry: false },
    { name: 'a thrown string', error: 'boom', retry: false }
  ]
  test.each(cases)('$name → $retry', ({ error, retry }) => {
    expect(isRetryable(error)).toBe(retry)
  })
})

describe('describeAwsError', () => {
  const cases: { name: string; error: unknown; expected: Partial<ReturnType<typeof describeAwsError>> }[] = [
    {
      name: 'an SDK service error',
      error: awsError('AccessDenied', 403, 'Access Denied'),
      expected: { status: 403, code: 'AccessDenied', message: 'Access Denied', requestId: 'REQ1', extendedRequestId: 'HOST1', kind: 'service' }
    },
    {
      name: 'a HEAD 403 with no body (the SDK says Unknown / UnknownError)',
      error: Object.assign(new Error('UnknownError'), { name: 'Unknown', $metadata: { httpStatusCode: 403 } }),
      expected: { status: 403, code: null, message: '', kind: 'service' }
    },
    {
      name: 'a timeout',
      error: Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }),
      expected: { status: null, code: 'TimeoutError', kind: 'timeout' }
    },
    { name: 'a refused connection', error: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), expected: { status: null, code: 'ECONNREFUSED', kind: 'network' } },
    {
      name: 'no credentials',
      error: Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      expected: { kind: 'credentials', status: null }
    },
    {
      name: 'a malformed response (deserialization failure with $metadata)',
      error: Object.assign(new Error('Expected closing tag'), { name: 'SyntaxError', $metadata: { httpStatusCode: 200 } }),
      expected: { status: 200, code: 'SyntaxError', kind: 'service' }
    },
    { name: 'a thrown number', error: 42, expected: { status: null, code: null, message: '42', kind: 'unknown' } },
    { name: 'null', error: null, expected: { message: 'null', kind: 'unknown' } }
  ]
  test.each(cases)('$name', ({ error, expected }) => {
    expect(describeAwsError(error)).toMatchObject(expected)
  })

  test('an AwsErrorInfo passes through unchanged', () => {
    const info = describeAwsError(awsError('ExpiredToken', 400))
    expect(describeAwsError(info)).toBe(info)
  })
})

describe('backoffDelay', () => {
  const cases = [
    { retry: 1, random: 0.999, expected: 199 },
    { retry: 2, random: 0.5, expected: 200 },
    { retry: 3, random: 0.999, expected: 799 },
    { retry: 10, random: 0.999, expected: 4995 },
    { retry: 4, random: 0, expected: 0 }
  ]
  test.each(cases)('retry $retry with random $random → $expected ms (full jitter, 200 ms base, 5 s cap)', ({ retry, random, expected }) => {
    expect(backoffDelay(retry, () => random)).toBe(expected)
  })
})

describe('withRetry', () => {
  const options = (clock: ReturnType<typeof fakeClock>, extra: RetryOptions = {}): RetryOptions => ({ now: clock.now, sleep: clock.sleep, random: () => 0.5, setTimer: () => () => undefined, ...extra })

  test('retries SlowDown then succeeds, waiting the jittered delays', async () => {
    const clock = fakeClock()
    let calls = 0
    const retries: number[] = []
    const result = await withRetry(
      async ({ attempt }) => {
        calls++
        if (attempt < 3) throw awsError('SlowDown', 503)
        return 'ok'
      },
      options(clock, { onRetry: ({ attempt }) => retries.push(attempt) })
    )
    expect(result).toBe('ok')
    expect(calls).toBe(3)
    expect(clock.slept).toEqual([100, 200])
    expect(retries).toEqual([1, 2])
  })

  test('does not retry AccessDenied: the first error is thrown as it was', async () => {
    const clock = fakeClock()
    const denied = awsError('AccessDenied', 403)
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw denied
      }, options(clock))
    ).rejects.toBe(denied)
    expect(calls).toBe(1)
    expect(clock.slept).toEqual([])
  })

  test('gives up after maxAttempts and throws the last throttling error', async () => {
    const clock = fakeClock()
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw awsError('ThrottlingException', 400, `attempt ${calls}`)
      }, options(clock, { maxAttempts: 4 }))
    ).rejects.toThrow('attempt 4')
    expect(calls).toBe(4)
  })

  test('stops before a wait that would pass the deadline', async () => {
    const clock = fakeClock(1000)
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw awsError('InternalError', 500)
      }, options(clock, { deadline: 1150, random: () => 0.9 }))
    ).rejects.toMatchObject({ name: 'InternalError' })
    // First retry waits 180 ms: past the deadline, so no second attempt.
    expect(calls).toBe(1)
  })

  test('a deadline already passed throws DeadlineExceededError without calling', async () => {
    const clock = fakeClock(5000)
    let calls = 0
    const error = await withRetry(async () => {
      calls++
      return 1
    }, options(clock, { deadline: 4000 })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DeadlineExceededError)
    expect(calls).toBe(0)
  })

  test('the deadline timer aborts the running attempt and is disarmed afterwards', async () => {
    const clock = fakeClock(0)
    let fire: (() => void) | undefined
    let armedFor = -1
    let disarmed = 0
    const setTimer = (callback: () => void, ms: number): (() => void) => {
      fire = callback
      armedFor = ms
      return () => {
        disarmed++
      }
    }
    const error = await withRetry(
      ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' })))
          fire?.()
        }),
      { now: clock.now, sleep: clock.sleep, deadline: 2500, setTimer }
    ).catch((caught: unknown) => caught)
    expect(armedFor).toBe(2500)
    expect(describeAwsError(error)).toMatchObject({ code: 'AbortError', kind: 'timeout' })
    expect(disarmed).toBe(1)
  })
})
