/**
 * Retries for every AWS call the doctor makes: jittered exponential backoff ("full jitter"), a
 * deadline, and a clock, sleep and random source that tests swap so that they run instantly.
 *
 * Only throttling and 5xx answers are retried. Everything else (403s above all, but also 400s,
 * timeouts, unreachable endpoints, missing credentials) is an answer the caller must report, not
 * hide behind another attempt. The SDK's own retries are off (`maxAttempts: 1` in ./clients.ts).
 *
 * Throttling codes: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 * S3's SlowDown (503): https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */

/** An AWS SDK error (or anything thrown) reduced to what reports and retries look at. */
export interface AwsErrorInfo {
  /** HTTP status, when a response came back. */
  status: number | null
  /** The service's error code (`AccessDenied`, `SlowDown`...), or the JS error name without a response. */
  code: string | null
  message: string
  requestId: string | null
  /** S3's x-amz-id-2, for AWS Support. */
  extendedRequestId: string | null
  /** What happened, for reports: a service answer, a timeout, no network, no credentials, or unknown. */
  kind: 'service' | 'timeout' | 'network' | 'credentials' | 'unknown'
}

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException'
])

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException'])
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

const KINDS = new Set(['service', 'timeout', 'network', 'credentials', 'unknown'])

/** An `AwsErrorInfo` already (described once, passed on): returned as it is. */
function isAwsErrorInfo(object: Record<string, unknown>): object is Record<string, unknown> & AwsErrorInfo {
  return (
    typeof object['kind'] === 'string' &&
    KINDS.has(object['kind']) &&
    'extendedRequestId' in object &&
    'requestId' in object &&
    typeof object['message'] === 'string' &&
    !(object instanceof Error)
  )
}

/** Reads an SDK v3 error (`name`, `Code`, `$metadata`, `$response`), a Node error or any thrown value. */
export function describeAwsError(error: unknown): AwsErrorInfo {
  const object = record(error)
  if (object === null) {
    return { status: null, code: null, message: String(error), requestId: null, extendedRequestId: null, kind: 'unknown' }
  }
  if (isAwsErrorInfo(object)) return object
  const metadata = record(object['$metadata'])
  const response = record(object['$response'])
  const statusValue = metadata?.['httpStatusCode'] ?? response?.['statusCode']
  const status = typeof statusValue === 'number' ? statusValue : null
  const name = text(object['name'])
  const code = text(object['Code']) ?? text(object['code']) ?? (name !== null && name !== 'Error' ? name : null)
  const rawMessage = text(object['message']) ?? text(object['Message']) ?? ''
  const requestId = text(metadata?.['requestId']) ?? text(object['RequestId'])
  const extendedRequestId = text(metadata?.['extendedRequestId']) ?? text(object['HostId'])
  let kind: AwsErrorInfo['kind'] = 'unknown'
  if (status !== null) kind = 'service'
  else if ((name !== null && TIMEOUT_NAMES.has(name)) || (code !== null && TIMEOUT_NAMES.has(code))) kind = 'timeout'
  else if (code !== null && NETWORK_CODES.has(code)) kind = 'network'
  else if (name === 'CredentialsProviderError' || name === 'ProviderError') kind = 'credentials'
  else if (metadata !== null || text(object['$fault']) !== null) kind = 'service'
  // A HEAD answer has no body, so the SDK has no code or message for it.
  const message = rawMessage === 'UnknownError' ? '' : rawMessage
  return { status, code: code === 'Unknown' ? null : code, message, requestId, extendedRequestId, kind }
}

/** Throttling (by code or 429) and server errors (5xx) are worth another attempt; nothing else is. */
export function isRetryable(error: unknown): boolean {
  const info = describeAwsError(error)
  if (info.code !== null && THROTTLING_CODES.has(info.code)) return true
  if (info.status === 429) return true
  // 501 Not Implemented is an answer, not a passing fault.
  return info.status !== null && info.status >= 500 && info.status <= 599 && info.status !== 501
}

export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number
  /** The backoff's base and cap in milliseconds (defaults 200 and 5000). */
  baseDelayMs?: number
  maxDelayMs?: number
  /** An absolute time (`now()` milliseconds) after which no new attempt starts, and the running one is aborted. */
  deadline?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  /** Arms a timer; returns a function that disarms it. Swapped in tests. */
  setTimer?: (callback: () => void, ms: number) => () => void
  /** Told before each wait, e.g. to log "SlowDown from S3, retrying in 340 ms". */
  onRetry?: (event: { attempt: number; delayMs: number; error: AwsErrorInfo }) => void
  /** Overrides which errors are retried. */
  retryable?: (error: unknown) => boolean
}

/** What each attempt receives: its number (1-based) and a signal that fires at the deadline. */
export interface Attempt {
  attempt: number
  signal: AbortSignal
}

/** Thrown when the deadline passes; carries the last error the operation produced, if any. */
export class DeadlineExceededError extends Error {
  override name = 'TimeoutError'
  constructor(
    message: string,
    readonly lastError: unknown
  ) {
    super(message)
  }
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

const realTimer = (callback: () => void, ms: number): (() => void) => {
  const handle = setTimeout(callback, ms)
  handle.unref?.()
  return () => clearTimeout(handle)
}

/** The delay before retry number `retry` (1-based): uniform in [0, min(cap, base * 2^(retry-1))]. */
export function backoffDelay(retry: number, random: () => number, baseDelayMs = 200, maxDelayMs = 5000): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1))
  return Math.floor(random() * ceiling)
}

/**
 * Runs `operation` until it succeeds, fails with an error that is not retryable, runs out of
 * attempts, or reaches the deadline. The last error is rethrown as it was (never wrapped), so
 * callers read the service's own code and message; only a passed deadline throws
 * `DeadlineExceededError`.
 */
export async function withRetry<T>(operation: (attempt: Attempt) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5)
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const setTimer = options.setTimer ?? realTimer
  const retryable = options.retryable ?? isRetryable
  const deadline = options.deadline
  let lastError: unknown = undefined
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline === undefined ? Infinity : deadline - now()
    if (remaining <= 0) throw new DeadlineExceededError(`deadline reached before attempt ${attempt}`, lastError)
    const controller = new AbortController()
    const disarm = remaining === Infinity ? () => undefined : setTimer(() => controller.abort(), remaining)
    try {
      return await operation({ attempt, signal: controller.signal })
    } catch (error) {
      lastError = error
      if (attempt >= maxAttempts || !retryable(error)) throw error
      const delayMs = backoffDelay(attempt, random, options.baseDelayMs, options.maxDelayMs)
      if (deadline !== undefined && now() + delayMs >= deadline) throw error
      options.onRetry?.({ attempt, delayMs, error: describeAwsError(error) })
      await sleep(delayMs)
    } finally {
      disarm()
    }
  }
}
