/**
 * Live diagnosis (issue 3), end to end: credentials and the principal, probes as the pipeline, the
 * snapshot of every layer (with the reader role's credentials when one is given), the offline
 * evaluation, the proven fixes, and the disagreement between what S3 answered and what the
 * snapshot says. One `Diagnosis` per operation.
 *
 * Round trips on the critical path: resolving the credentials (1 GetCallerIdentity, +1 AssumeRole
 * with role-to-assume, +1 for reader-role-to-assume, in parallel with the probes), then the probes
 * and the collection start together (diagnose mode), so the collection's 3 rounds overlap the
 * probes. In preflight mode the layers are read only when a probe was denied or errored: a clean
 * preflight costs the probes and nothing else.
 *
 * `timeoutSeconds` is an overall deadline: every retry stops at it, and the collector gets what is
 * left of it.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import type { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Operation, Settings } from '../action/settings.js'
import { evaluateScenario } from '../evaluate/engine.js'
import { diagnoseFixes } from '../fix/index.js'
import type { Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import { parseAccessDenied } from './access-denied.js'
import type { AwsClients } from './clients.js'
import { collectScenario, type CollectResult, type NetworkProbes } from './collect.js'
import { uploadHeaders } from './context.js'
import { resolveCredentials, type AssumeRoleFailure, type CredentialResult } from './credentials.js'
import { explainDisagreement } from './disagreement.js'
import { runProbes } from './probe.js'
import type { RetryOptions } from './retry.js'
import type { CallerIdentity, Diagnosis, ProbeRecord } from './types.js'

export interface DiagnoseDeps {
  /** Makes the AWS clients for some credentials (undefined: the SDK's default chain). */
  clients: (credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider) => AwsClients
  /** `core.getIDToken` in the action. */
  getIDToken: (audience: string) => Promise<string>
  /** `core.setSecret` in the action. */
  setSecret: (secret: string) => void
  env: Record<string, string | undefined>
  /** The default credential chain (`fromNodeProviderChain()`). */
  defaultCredentials?: AwsCredentialIdentityProvider
  /** The parsed GITHUB_EVENT_PATH payload. */
  event?: unknown
  /** Told of what the run could not do but survived (the reader role could not be assumed...). */
  warning?: (message: string) => void
  now?: () => Date
  randomId?: () => string
  sleep?: (ms: number) => Promise<void>
  network?: NetworkProbes
  /** Tests: fewer attempts, a fixed random source. */
  retry?: Pick<RetryOptions, 'maxAttempts' | 'random' | 'baseDelayMs' | 'maxDelayMs'>
}

/** The IAM action and S3 operation each `operations` entry exercises. */
export const OPERATION_REQUESTS: Record<Operation, { action: string; operation: string }> = {
  put: { action: 's3:PutObject', operation: 'PutObject' },
  get: { action: 's3:GetObject', operation: 'GetObject' },
  head: { action: 's3:GetObject', operation: 'HeadObject' },
  list: { action: 's3:ListBucket', operation: 'ListObjectsV2' },
  delete: { action: 's3:DeleteObject', operation: 'DeleteObject' },
  multipart: { action: 's3:PutObject', operation: 'CreateMultipartUpload' }
}

/** Thrown when the credentials cannot be had: its message is the whole explanation (OIDC, trust policy). */
export class CredentialsError extends Error {
  override name = 'CredentialsError'
  constructor(readonly failure: AssumeRoleFailure) {
    super(explainFailure(failure))
  }
}

/** The report of a credentials failure: the summary, then the OIDC/trust diagnosis, one point a line. */
export function explainFailure(failure: AssumeRoleFailure): string {
  const lines = [failure.summary]
  const diagnosis = failure.diagnosis
  if (diagnosis !== undefined) {
    if (diagnosis.expectedSub !== null) lines.push(`This run's OIDC subject (the trust policy's token.actions.githubusercontent.com:sub must match it): ${diagnosis.expectedSub}`)
    if (diagnosis.evaluation !== undefined && diagnosis.evaluation.summary !== '') lines.push(diagnosis.evaluation.summary)
    for (const note of diagnosis.notes) lines.push(`- ${note}`)
    if (diagnosis.suggestedTrustStatement !== null) {
      lines.push(`A trust policy statement that lets this job assume the role:\n${JSON.stringify(diagnosis.suggestedTrustStatement, null, 2)}`)
    }
  } else if (failure.nonAuthorization !== undefined && !failure.summary.includes(failure.nonAuthorization.explanation)) {
    lines.push(failure.nonAuthorization.explanation)
  }
  return lines.join('\n')
}

const SERVICE_UNSUPPORTED = /NotImplemented|InvalidAction|MethodNotAllowed|UnknownOperation|UnsupportedOperation|NotFound/i

/**
 * S3-compatible servers (Ceph RGW) have no sts:GetCallerIdentity: the run goes on with the default
 * credentials and an unknown caller (the collector derives the principal from IAM or the bucket).
 */
function callerUnavailable(failure: AssumeRoleFailure, settings: Settings): boolean {
  if (settings.endpointUrl === undefined || settings.roleToAssume !== undefined) return false
  if (failure.kind !== 'caller-identity' || failure.nonAuthorization !== undefined) return false
  const error = failure.error
  if (error === undefined) return true
  if (error.kind === 'credentials') return false
  if (error.code !== null && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied/i.test(error.code)) return false
  return error.status === null || error.status === 400 || error.status === 404 || error.status === 405 || error.status === 501 || SERVICE_UNSUPPORTED.test(error.code ?? '')
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0')
}

/** The pipeline's credentials as a provider for the reader's AssumeRole. */
function asProvider(credentials: AwsCredentialIdentity | undefined, fallback: AwsCredentialIdentityProvider | undefined): AwsCredentialIdentityProvider | undefined {
  if (credentials !== undefined) return () => Promise.resolve(credentials)
  return fallback
}

export async function diagnose(settings: Settings, deps: DiagnoseDeps): Promise<Diagnosis[]> {
  const bucket = settings.bucket
  if (bucket === undefined) throw new Error('diagnose needs a bucket')
  const now = deps.now ?? (() => new Date())
  const deadline = Date.now() + settings.timeoutSeconds * 1000
  const retry: RetryOptions = { ...(deps.retry ?? {}), deadline, ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}) }
  const stsFor = (credentials?: AwsCredentialIdentity): STSClient => deps.clients(credentials).sts
  const credentialDeps = {
    sts: stsFor,
    getIDToken: deps.getIDToken,
    setSecret: deps.setSecret,
    env: deps.env,
    retry,
    ...(deps.defaultCredentials !== undefined ? { defaultCredentials: deps.defaultCredentials } : {}),
    ...(deps.event !== undefined ? { event: deps.event } : {})
  }

  // 1. The pipeline's credentials and who they are.
  const resolved: CredentialResult = await resolveCredentials(settings, credentialDeps)
  let caller: CallerIdentity | null
  let pipelineCredentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined
  if (resolved.kind === 'resolved') {
    caller = resolved.caller
    pipelineCredentials = resolved.credentials ?? deps.defaultCredentials
  } else if (callerUnavailable(resolved.failure, settings)) {
    caller = null
    pipelineCredentials = deps.defaultCredentials
  } else {
    throw new CredentialsError(resolved.failure)
  }
  const pipeline = deps.clients(pipelineCredentials)

  // 2. The reader's clients (reader-role-to-assume), assumed while the probes run.
  const reader: Promise<AwsClients> =
    settings.readerRoleToAssume === undefined
      ? Promise.resolve(pipeline)
      : (async () => {
          const base = asProvider(resolved.kind === 'resolved' ? resolved.credentials : undefined, deps.defaultCredentials)
          const result = await resolveCredentials(
            { roleToAssume: settings.readerRoleToAssume ?? '', roleSessionName: `${settings.roleSessionName}-reader`.slice(0, 64), audience: settings.audience },
            { ...credentialDeps, ...(base !== undefined ? { defaultCredentials: base } : {}) }
          )
          if (result.kind === 'resolved') return deps.clients(result.credentials)
          deps.warning?.(`${explainFailure(result.failure)}\nThe layers are read with the pipeline's own credentials instead.`)
          return pipeline
        })()

  const headers = uploadHeaders(settings.headers)
  const requests = settings.operations.map((name) => ({ name, ...OPERATION_REQUESTS[name] }))
  const collect = async (clients: AwsClients, request: (typeof requests)[number]): Promise<CollectResult> => {
    const key = settings.key ?? settings.prefix
    return collectScenario({
      clients,
      caller,
      request: {
        action: request.action,
        bucket,
        ...(request.action !== 's3:ListBucket' && key !== undefined ? { key } : {}),
        headers: request.action === 's3:PutObject' ? headers : {},
        operation: request.operation
      },
      settings: { ...settings, timeoutSeconds: Math.max(1, Math.floor((deadline - Date.now()) / 1000)) },
      now: now(),
      ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}),
      ...(deps.network !== undefined ? { network: deps.network } : {}),
      ...(deps.retry?.maxAttempts !== undefined || deps.retry?.random !== undefined
        ? {
            limits: {
              ...(deps.retry.maxAttempts !== undefined ? { maxAttempts: deps.retry.maxAttempts } : {}),
              ...(deps.retry.random !== undefined ? { random: deps.retry.random } : {})
            }
          }
        : {})
    })
  }
  const collectAll = async (): Promise<CollectResult[]> => {
    const clients = await reader
    return Promise.all(requests.map((request) => collect(clients, request)))
  }

  // 3. Probes and collection: together in diagnose mode; in preflight, layers only on a denial.
  const probing = runProbes(pipeline.s3 as S3Client, probePlan(settings, bucket), { now, randomId: deps.randomId ?? randomId, retry })
  let collected: CollectResult[] | null
  let probes: ProbeRecord[]
  if (settings.mode === 'diagnose' || settings.probe === 'none') {
    const collecting = collectAll()
    // Neither rejects for an AWS answer; wait for both so neither is left running on an error.
    const [probeResult, collectResult] = await Promise.allSettled([probing, collecting])
    if (probeResult.status === 'rejected') throw probeResult.reason
    if (collectResult.status === 'rejected') throw collectResult.reason
    probes = probeResult.value
    collected = collectResult.value
  } else {
    probes = await probing
    const troubled = probes.some((probe) => probe.outcome === 'denied' || probe.outcome === 'error')
    collected = troubled || settings.errorMessage !== undefined ? await collectAll() : null
  }

  const parsedError = settings.errorMessage !== undefined ? parseAccessDenied(settings.errorMessage) : null

  // 4. Evaluate, fix, compare: one diagnosis per operation.
  return requests.map((request, index) => {
    const own = probes.filter((probe) => probe.operation === request.operation || (probe.action === request.action && probe.operation.startsWith(request.operation)))
    const relevant = own.length > 0 ? own : probes.filter((probe) => probe.action === request.action)
    const result = collected?.[index]
    if (result === undefined) return probedOnly(caller, relevant, parsedError, bucket, request, settings)
    const verdict = evaluateScenario(result.scenario)
    const { fixes, noFix } = diagnoseFixes(result.scenario, verdict)
    const disagreement = explainDisagreement(relevant, verdict, result.unreadable, result.scenario, { parsedError, contextNotes: result.contextNotes })
    const diagnosis: Diagnosis = { caller, probes: relevant, parsedError, scenario: result.scenario, verdict, fixes, unreadable: result.unreadable, disagreement, noFix }
    return diagnosis
  })
}

function probePlan(settings: Settings, bucket: string) {
  return {
    bucket,
    ...(settings.key !== undefined ? { key: settings.key } : {}),
    ...(settings.prefix !== undefined ? { prefix: settings.prefix } : {}),
    operations: settings.operations,
    headers: settings.headers,
    mode: settings.probe
  }
}

/**
 * A preflight whose probes were all allowed: S3 itself said yes, so no layer was read. The scenario
 * holds only the request, and the verdict is the probes' allow.
 */
function probedOnly(
  caller: CallerIdentity | null,
  probes: ProbeRecord[],
  parsedError: Diagnosis['parsedError'],
  bucket: string,
  request: { action: string; operation: string },
  settings: Settings
): Diagnosis {
  const key = request.action === 's3:ListBucket' ? undefined : (settings.key ?? settings.prefix)
  const scenario: Scenario = {
    version: 1,
    name: `Preflight: ${request.action} on s3://${bucket}${key !== undefined ? `/${key}` : ''} (allowed by S3; layers not read)`,
    request: {
      principal: caller?.arn ?? 'unknown',
      action: request.action,
      bucket,
      ...(key !== undefined ? { key } : {}),
      operation: request.operation
    },
    bucket: { name: bucket }
  }
  const verdict: Verdict = { decision: 'allow', denial: null, requests: [], dependsOnUnreadable: [], findings: [], context: [] }
  return { caller, probes, parsedError, scenario, verdict, fixes: [], unreadable: [], disagreement: null, noFix: null }
}
