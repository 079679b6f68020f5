/**
 * One read of one authorization layer: the AWS call with a per-attempt timeout, retried on
 * throttling (./retry.ts), its answer parsed, and every failure turned into data the collector
 * records instead of throwing: a 404 that means "not configured" is `absent`; a denial, a call the
 * server does not implement (Ceph, MinIO...), a timeout or a malformed answer is `unreadable`, with an
 * error a person can act on and the permission the doctor would need.
 *
 * Every read is logged with its start and end, so the collector can report how many sequential
 * round trips its critical path took (`roundTrips`).
 */
import { READS, type ReadName } from './doctor-policy.js'
import { describeAwsError, isRetryable, withRetry, type AwsErrorInfo } from './retry.js'
import type { UnreadableLayer } from './types.js'

export type Failure = 'denied' | 'unsupported' | 'timeout' | 'throttled' | 'malformed' | 'not-found' | 'error'

export type ReadResult<T> =
  | { ok: true; value: T }
  /** A 404 that means "this layer is not configured" (NoSuchBucketPolicy...). */
  | { ok: false; absent: true; code: string }
  | { ok: false; absent: false; read: ReadName; failure: Failure; error: string }

export type Unreadable = Extract<ReadResult<never>, { absent: false }>

/** Thrown by a parser when a 200 answer does not have the shape the API documents. */
export class MalformedResponse extends Error {
  override name = 'MalformedResponse'
}

/** Our own per-attempt timeout. */
class AttemptTimeout extends Error {
  override name = 'AttemptTimeout'
  /** `budget`: the collection's deadline cut the attempt short, not the per-attempt limit. */
  constructor(
    readonly ms: number,
    readonly budget: boolean
  ) {
    super(`timed out after ${seconds(ms)}`)
  }
}

export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 3 : 1))} s`
}

export interface ReaderOptions {
  /** How long one attempt may take. */
  attemptTimeoutMs: number
  /** An absolute `now()` time after which no attempt starts. */
  deadline: number
  maxAttempts?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  setTimer?: (callback: () => void, ms: number) => () => void
}

export interface ReadLogEntry {
  read: ReadName
  start: number
  end: number
  outcome: 'ok' | 'absent' | Failure
}

/** Codes that mean the server does not implement the call (S3-compatible servers, old APIs). */
const UNSUPPORTED_CODES = new Set([
  'NotImplemented',
  'MethodNotAllowed',
  'XNotImplemented',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'UnknownOperationException',
  'InvalidAction',
  'UnsupportedAPIEndpointException',
  'NotSupported'
])

/** Codes that mean the doctor's request was refused: the doctor's own AccessDenied. */
const DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'Forbidden',
  'AllAccessDisabled',
  'AccessDeniedForDependencyException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidToken'
])

/** Redirects: the client signs for another region than the bucket's. */
const REDIRECT_CODES = new Set(['PermanentRedirect', 'TemporaryRedirect', 'AuthorizationHeaderMalformed', 'IllegalLocationConstraintException'])

const realTimer = (callback: () => void, ms: number): (() => void) => {
  const handle = setTimeout(callback, ms)
  handle.unref?.()
  return () => clearTimeout(handle)
}

export class Reader {
  readonly log: ReadLogEntry[] = []
  readonly now: () => number
  private readonly setTimer: (callback: () => void, ms: number) => () => void

  constructor(private readonly options: ReaderOptions) {
    this.now = options.now ?? Date.now
    this.setTimer = options.setTimer ?? realTimer
  }

  /**
   * Calls `call` (with an abort signal) and parses its answer. `absent` says which errors mean
   * "not configured"; `parse` throws MalformedResponse for an answer without the documented shape.
   */
  async read<R, T>(
    name: ReadName,
    call: (signal: AbortSignal) => Promise<R>,
    parse: (response: R) => T,
    absent: (info: AwsErrorInfo) => boolean = () => false
  ): Promise<ReadResult<T>> {
    const start = performanceNow()
    const finish = <X extends ReadResult<T>>(result: X): X => {
      this.log.push({ read: name, start, end: performanceNow(), outcome: result.ok ? 'ok' : result.absent ? 'absent' : result.failure })
      return result
    }
    let response: R
    try {
      response = await this.attempts(call)
    } catch (error) {
      const info = describeAwsError(error)
      if (!(error instanceof AttemptTimeout) && absent(info)) return finish({ ok: false, absent: true, code: info.code ?? String(info.status) })
      return finish(this.failure(name, error, info))
    }
    try {
      return finish({ ok: true, value: parse(response) })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return finish({ ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${READS[name].operation} response: ${detail}` })
    }
  }

  /**
   * A paginated list: `call(token)` for each page, `page` extracting its items and the next token.
   * The first failing page fails the whole list (a partial list would be a wrong value).
   */
  async readPages<R, T>(
    name: ReadName,
    call: (token: string | undefined, signal: AbortSignal) => Promise<R>,
    page: (response: R) => { items: T[]; next: string | undefined },
    maxPages = 100
  ): Promise<ReadResult<T[]>> {
    const items: T[] = []
    let token: string | undefined
    for (let count = 0; count < maxPages; count++) {
      const current = token
      const result = await this.read(name, (signal) => call(current, signal), page)
      if (!result.ok) return result
      items.push(...result.value.items)
      token = result.value.next
      if (token === undefined) return { ok: true, value: items }
    }
    return { ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${READS[name].operation} response: more than ${maxPages} pages` }
  }

  private attempts<R>(call: (signal: AbortSignal) => Promise<R>): Promise<R> {
    const options = this.options
    return withRetry(
      ({ signal }) => this.withTimeout(call, signal),
      {
        deadline: options.deadline,
        now: this.now,
        setTimer: this.setTimer,
        retryable: (error) => !(error instanceof AttemptTimeout) && isRetryable(error),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
        ...(options.random !== undefined ? { random: options.random } : {})
      }
    )
  }

  private withTimeout<R>(call: (signal: AbortSignal) => Promise<R>, deadlineSignal: AbortSignal): Promise<R> {
    const remaining = this.options.deadline - this.now()
    const ms = Math.max(1, Math.min(this.options.attemptTimeoutMs, remaining))
    const budget = remaining < this.options.attemptTimeoutMs
    const controller = new AbortController()
    const onDeadline = (): void => controller.abort()
    deadlineSignal.addEventListener('abort', onDeadline, { once: true })
    return new Promise<R>((resolve, reject) => {
      const disarm = this.setTimer(() => {
        controller.abort()
        reject(new AttemptTimeout(ms, budget))
      }, ms)
      let running: Promise<R>
      try {
        running = call(controller.signal)
      } catch (error) {
        running = Promise.reject(error)
      }
      running.then(
        (value) => {
          disarm()
          deadlineSignal.removeEventListener('abort', onDeadline)
          resolve(value)
        },
        (error: unknown) => {
          disarm()
          deadlineSignal.removeEventListener('abort', onDeadline)
          reject(error)
        }
      )
    })
  }

  private failure(name: ReadName, error: unknown, info: AwsErrorInfo): Unreadable {
    const operation = READS[name].operation
    const fail = (failure: Failure, text: string): Unreadable => ({ ok: false, absent: false, read: name, failure, error: text })
    const code = info.code
    const said = info.message !== '' ? `: ${info.message}` : ''
    if (error instanceof AttemptTimeout) {
      return fail('timeout', `${operation} timed out after ${seconds(error.ms)}${error.budget ? ", when the collection's time budget (timeout-seconds) ran out" : ''}`)
    }
    if (info.kind === 'timeout' || error instanceof Error && error.name === 'TimeoutError') {
      return fail('timeout', `${operation} timed out (the collection deadline passed)${said}`)
    }
    if (code !== null && REDIRECT_CODES.has(code)) {
      return fail('error', `${code}${said} (the bucket is in another region than the one the doctor's client signs for: set the region input to the bucket's region)`)
    }
    if (code !== null && DENIED_CODES.has(code)) return fail('denied', `${code}${said}`)
    if (info.status === 403) return fail('denied', `${code ?? 'Forbidden'} (HTTP 403)${said}`)
    if ((code !== null && UNSUPPORTED_CODES.has(code)) || info.status === 501 || info.status === 405) {
      return fail('unsupported', `${code ?? `HTTP ${String(info.status)}`}: the endpoint does not implement ${operation}${said} (an S3-compatible server?)`)
    }
    if (isRetryable(error)) return fail('throttled', `${code ?? `HTTP ${String(info.status)}`}${said} (still failing after retries)`)
    if (info.status === 404 || (code !== null && /NotFound|NoSuch/.test(code))) return fail('not-found', `${code ?? 'NotFound'} (HTTP 404)${said}`)
    if (info.kind === 'network') return fail('error', `${code ?? 'network error'}: could not reach the endpoint${said}`)
    if (info.kind === 'credentials') return fail('error', `no credentials to read with${said}`)
    if (error instanceof Error && info.status === null && /deserializ|xml|json|parse/i.test(`${error.name} ${error.message}`)) {
      return fail('malformed', `malformed ${operation} response: ${error.message}`)
    }
    return fail('error', `${code ?? (error instanceof Error ? error.name : 'Error')}${said}`)
  }
}

function performanceNow(): number {
  return globalThis.performance.now()
}

/** The UnreadableLayer a report lists: where in the scenario, why, and the permission to grant. */
export function unreadableLayer(path: string, result: Unreadable): UnreadableLayer {
  return { path, error: result.error, permission: READS[result.read].permission }
}

/**
 * The longest chain of reads each of which started after the previous one ended: the number of
 * sequential round trips the collection took. Reads are logged as they finish; the chain is
 * computed over start/end times, so concurrent reads count once.
 */
export function roundTrips(log: readonly ReadLogEntry[]): number {
  const entries = [...log].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  let best = 0
  for (let i = 0; i < entries.length; i++) {
    const current = entries[i] as ReadLogEntry
    let longest = 0
    for (let j = 0; j < i; j++) {
      const earlier = entries[j] as ReadLogEntry
      if (earlier.end <= current.start && (depth[j] ?? 0) > longest) longest = depth[j] ?? 0
    }
    depth[i] = longest + 1
    best = Math.max(best, longest + 1)
  }
  return best
}

/** `absent` predicate for reads whose "not configured" answer is one of these codes (or any 404 when `anyNotFound`). */
export function absentOn(codes: readonly string[], anyNotFound = false): (info: AwsErrorInfo) => boolean {
  return (info) => (info.code !== null && codes.includes(info.code)) || (anyNotFound && info.status === 404)
}
