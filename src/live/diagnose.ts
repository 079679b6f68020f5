/**
 * Live diagnosis (issue 3), end to end: credentials and the principal, probes as the pipeline, the
 * snapshot of every layer (with the reader role's credentials when one is given), the offline
 * evaluation, the proven fixes, and the disagreement between what S3 answered and what the
 * snapshot says. One `Diagnosis` per operation.
 *
 * Round trips on the critical path: every call starts the moment its inputs are known.
 * - Without role-to-assume: GetCallerIdentity, the probes and (diagnose mode) every S3 read of the
 *   collection go out together in round 1; the caller's IAM reads, its account's Block Public
 *   Access and its organization in round 2; GetRolePolicy/GetPolicy and the KMS key policy in
 *   round 3; GetPolicyVersion in round 4.
 * - With role-to-assume: AssumeRole (or AssumeRoleWithWebIdentity) in round 1, beside the reader
 *   role's own assume and, for AssumeRole, the base credentials' GetCallerIdentity (only a failed
 *   assume reads it); the assume's AssumedRoleUser names the session, so no GetCallerIdentity
 *   follows. Then the probes and the whole collection in round 2, and the same depths as above:
 *   4 in all.
 * - A preflight reads the layers only when a probe was denied or errored: a clean preflight costs
 *   the credentials and one round of concurrent probes, and never loads the IAM, KMS, EC2,
 *   Organizations or S3 Control clients (./clients.ts), nor the collector.
 *
 * When assuming the pipeline role fails, the reader role (assumed independently, with the base
 * credentials or the OIDC token) or else the base credentials read the role's trust policy, which
 * is evaluated with the OIDC token's claims (or the calling principal) as the request context.
 *
 * Every string a Diagnosis carries is scrubbed of credentials before it is returned (./secrets.ts):
 * reports, outputs and saved scenarios are made from it.
 *
 * `timeoutSeconds` is an overall deadline: every retry stops at it, and the collector gets what is
 * left of it.
 */
import { randomBytes } from 'node:crypto'
import type { S3Client } from '@aws-sdk/client-s3'
import type { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Operation, Settings } from '../action/settings.js'
import { evaluateScenario } from '../evaluate/engine.js'
import { diagnoseFixes } from '../fix/index.js'
import type { PolicyDocument, Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import { parseAccessDenied } from './access-denied.js'
import type { AwsClients } from './clients.js'
import type { CollectResult, NetworkProbes } from './collect.js'
import { uploadHeaders } from './context.js'
import { resolveCredentials, type AssumeRoleFailure, type CredentialDeps, type CredentialResult } from './credentials.js'
import { explainDisagreement } from './disagreement.js'
import { runProbes, type ProbePlan } from './probe.js'
import { scrubSecrets, scrubText } from './secrets.js'
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
  /**
   * Called at the start of a run that will read the layers for sure (mode diagnose): loads what
   * the collection needs while the credentials resolve (./clients.ts `preloadCollectionClients`).
   */
  prepareCollection?: () => Promise<void>
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

/** 128 random bits as 32 hex digits: a probe key no one can guess (or create in advance). */
function randomId(): string {
  return randomBytes(16).toString('hex')
}

/** The pipeline's credentials as a provider for a chained AssumeRole. */
function asProvider(credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  return typeof credentials === 'function' ? credentials : () => Promise.resolve(credentials)
}

export async function diagnose(settings: Settings, deps: DiagnoseDeps): Promise<Diagnosis[]> {
  const bucket = settings.bucket
  if (bucket === undefined) throw new Error('diagnose needs a bucket')
  const now = deps.now ?? (() => new Date())
  const deadline = Date.now() + settings.timeoutSeconds * 1000
  const retry: RetryOptions = { ...(deps.retry ?? {}), deadline, ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}) }
  // Every secret the run learns is masked by the runner and scrubbed from what the run returns.
  const secrets: string[] = []
  const setSecret = (secret: string): void => {
    if (secret !== '' && !secrets.includes(secret)) secrets.push(secret)
    deps.setSecret(secret)
  }
  const warn = (message: string): void => deps.warning?.(scrubText(message, secrets))
  const stsFor = (credentials?: AwsCredentialIdentity): STSClient => deps.clients(credentials).sts
  const baseDeps: CredentialDeps = {
    sts: stsFor,
    getIDToken: deps.getIDToken,
    setSecret,
    env: deps.env,
    retry,
    ...(deps.defaultCredentials !== undefined ? { defaultCredentials: deps.defaultCredentials } : {}),
    ...(deps.event !== undefined ? { event: deps.event } : {})
  }

  // Round 1. The reader role is assumed on its own (base credentials or the OIDC token), beside the
  // pipeline's: its reads never wait for the pipeline, and it is there to read the pipeline role's
  // trust policy when the pipeline role cannot be assumed.
  const readerRole = settings.readerRoleToAssume
  const readerSettings = readerRole === undefined ? undefined : { roleToAssume: readerRole, roleSessionName: `${settings.roleSessionName}-reader`.slice(0, 64), audience: settings.audience }
  const readerResolved: Promise<CredentialResult | null> = readerSettings === undefined ? Promise.resolve(null) : resolveCredentials(readerSettings, baseDeps)
  const trustReader = async (): Promise<AwsClients> => {
    const reader = await readerResolved
    return reader?.kind === 'resolved' ? deps.clients(reader.credentials ?? deps.defaultCredentials) : deps.clients(deps.defaultCredentials)
  }
  const readTrustPolicy = async (roleArn: string): Promise<PolicyDocument> => {
    const [clients, { readRoleTrustPolicy }] = await Promise.all([trustReader(), import('./collect-iam.js')])
    return readRoleTrustPolicy(clients.iam, roleArn, retry)
  }
  const resolving = resolveCredentials(settings, { ...baseDeps, readTrustPolicy })

  // Without a role to assume, the pipeline's credentials are the default chain's: the probes (and,
  // in diagnose mode, the S3 reads) need not wait for GetCallerIdentity.
  const earlyClients = settings.roleToAssume === undefined ? deps.clients(deps.defaultCredentials) : undefined
  const probePlanned = probePlan(settings, bucket)
  const probeDeps = { now, randomId: deps.randomId ?? randomId, retry }
  const earlyProbes = earlyClients !== undefined ? runProbes(earlyClients.s3 as S3Client, probePlanned, probeDeps) : undefined

  const callerKnown: Promise<CallerIdentity | null> = resolving.then((resolved) => {
    if (resolved.kind === 'resolved') return resolved.caller
    if (callerUnavailable(resolved.failure, settings)) return null
    throw new CredentialsError(scrubSecrets(resolved.failure, secrets))
  })
  // Settled here so that a failure is not unhandled while other work is waiting.
  callerKnown.catch(() => undefined)

  const readerClients = async (pipeline: AwsClients, pipelineCredentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined): Promise<AwsClients> => {
    if (readerSettings === undefined) return pipeline
    const reader = await readerResolved
    if (reader?.kind === 'resolved') return deps.clients(reader.credentials ?? deps.defaultCredentials)
    // A reader role that trusts the pipeline role rather than the base credentials: chained from the pipeline.
    const chained =
      settings.roleToAssume !== undefined && pipelineCredentials !== undefined
        ? await resolveCredentials(readerSettings, { ...baseDeps, env: withoutOidc(deps.env), defaultCredentials: asProvider(pipelineCredentials) })
        : null
    if (chained?.kind === 'resolved') return deps.clients(chained.credentials)
    if (reader?.kind === 'failed') warn(`${explainFailure(reader.failure)}\nThe layers are read with the pipeline's own credentials instead.`)
    return pipeline
  }

  const headers = uploadHeaders(settings.headers)
  const requests = settings.operations.map((name) => ({ name, ...OPERATION_REQUESTS[name] }))
  const collectAll = async (clients: AwsClients, caller: CallerIdentity | null | Promise<CallerIdentity | null>): Promise<CollectResult[]> => {
    const { collectScenario } = await import('./collect.js')
    const key = settings.key ?? settings.prefix
    return Promise.all(
      requests.map((request) =>
        collectScenario({
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
      )
    )
  }

  const collectFirst = settings.mode === 'diagnose' || settings.probe === 'none'
  if (collectFirst) {
    // Load the collector and its clients now, beside round 1, not on the collection's critical path.
    void import('./collect.js').catch(() => undefined)
    void deps.prepareCollection?.().catch(() => undefined)
  }
  // Diagnose mode without a role: the collection starts with the probes, its caller still a promise.
  const earlyCollection = collectFirst && earlyClients !== undefined ? readerClients(earlyClients, deps.defaultCredentials).then((clients) => collectAll(clients, callerKnown)) : undefined
  earlyCollection?.catch(() => undefined)

  let caller: CallerIdentity | null
  try {
    caller = await callerKnown
  } catch (error) {
    // The credentials are bad: let what already started finish (it fails fast), then explain.
    await Promise.allSettled([earlyProbes, earlyCollection])
    throw error
  }
  const resolved = await resolving
  const pipelineCredentials = resolved.kind === 'resolved' ? (resolved.credentials ?? deps.defaultCredentials) : deps.defaultCredentials
  const pipeline = earlyClients ?? deps.clients(pipelineCredentials)

  // Round 2 with a role: the probes, and in diagnose mode the collection, together.
  const probing = earlyProbes ?? runProbes(pipeline.s3 as S3Client, probePlanned, probeDeps)
  let collected: CollectResult[] | null
  let probes: ProbeRecord[]
  if (collectFirst) {
    const collecting = earlyCollection ?? readerClients(pipeline, pipelineCredentials).then((clients) => collectAll(clients, caller))
    // Neither rejects for an AWS answer; wait for both so neither is left running on an error.
    const [probeResult, collectResult] = await Promise.allSettled([probing, collecting])
    if (probeResult.status === 'rejected') throw probeResult.reason
    if (collectResult.status === 'rejected') throw collectResult.reason
    probes = probeResult.value
    collected = collectResult.value
  } else {
    probes = await probing
    const troubled = probes.some((probe) => probe.outcome === 'denied' || probe.outcome === 'error')
    collected = troubled || settings.errorMessage !== undefined ? await collectAll(await readerClients(pipeline, pipelineCredentials), caller) : null
  }

  const parsedError = settings.errorMessage !== undefined ? parseAccessDenied(settings.errorMessage) : null

  // 4. Evaluate, fix, compare: one diagnosis per operation.
  const diagnoses = requests.map((request, index) => {
    const relevant = probesFor(probes, request)
    const result = collected?.[index]
    if (result === undefined) return probedOnly(caller, relevant, parsedError, bucket, request, settings)
    const verdict = evaluateScenario(result.scenario)
    const { fixes, noFix } = diagnoseFixes(result.scenario, verdict)
    const disagreement = explainDisagreement(relevant, verdict, result.unreadable, result.scenario, { parsedError, contextNotes: result.contextNotes })
    const diagnosis: Diagnosis = { caller, probes: relevant, parsedError, scenario: result.scenario, verdict, fixes, unreadable: result.unreadable, disagreement, noFix }
    return diagnosis
  })
  return diagnoses.map((diagnosis) => scrubSecrets(diagnosis, secrets))
}

/**
 * The probe records that belong to one operation: its own probes (by operation name; the canary's
 * delete for `delete`), and the clean-ups its probes caused (`cleanup` names the probe).
 */
function probesFor(probes: readonly ProbeRecord[], request: { action: string; operation: string }): ProbeRecord[] {
  const own = probes.filter((probe) => (probe.cleanup === undefined ? probe.operation === request.operation || (probe.action === request.action && probe.operation.startsWith(request.operation)) : probe.cleanup === request.operation))
  return own.some((probe) => probe.cleanup === undefined) ? own : [...probes.filter((probe) => probe.cleanup === undefined && probe.action === request.action), ...own]
}

/** The environment without the OIDC request variables: the chained reader assume uses AssumeRole, not the token. */
function withoutOidc(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const copy = { ...env }
  delete copy['ACTIONS_ID_TOKEN_REQUEST_URL']
  delete copy['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  return copy
}

function probePlan(settings: Settings, bucket: string): ProbePlan {
  return {
    bucket,
    ...(settings.key !== undefined ? { key: settings.key } : {}),
    ...(settings.prefix !== undefined ? { prefix: settings.prefix } : {}),
    operations: settings.operations,
    headers: settings.headers,
    mode: settings.probe,
    ...(settings.expectedBucketOwner !== undefined ? { expectedBucketOwner: settings.expectedBucketOwner } : {})
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
