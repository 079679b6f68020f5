/**
 * Credentials and the principal. First the default AWS credential chain (what
 * aws-actions/configure-aws-credentials leaves in the environment, a profile, web identity
 * variables); with `role-to-assume`, STS AssumeRoleWithWebIdentity with the job's GitHub OIDC token
 * when the job can have one, else AssumeRole with the base credentials. The principal comes first
 * thing, in the same round trip: without a role, GetCallerIdentity (it needs no permission and
 * works even under an explicit deny); with one, the assume's own AssumedRoleUser (the session ARN
 * GetCallerIdentity would return), while GetCallerIdentity of the base credentials runs beside the
 * AssumeRole, for the diagnosis of a failed assume (who tried, and whether their keys are good).
 *
 * Every secret (access keys, session tokens, the OIDC token) goes to `setSecret` (GitHub masks it
 * in the log) before anything could print it, and every message this module returns is scrubbed
 * of them again.
 *
 * - GetCallerIdentity needs no permission: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 * - AssumeRoleWithWebIdentity: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 * - AssumeRole: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, type AssumeRoleCommandOutput, type STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Settings } from '../action/settings.js'
import type { PolicyDocument } from '../scenario/types.js'
import { parseAccessDenied } from './access-denied.js'
import { decodeJwtClaims, explainAssumeRoleFailure, explainMissingToken, type AssumeRoleDiagnosis, type MissingTokenCause, type OidcClaims } from './oidc.js'
import { describeAwsError, withRetry, type AwsErrorInfo, type RetryOptions } from './retry.js'
import type { CallerIdentity } from './types.js'

export interface CredentialDeps {
  /** Makes an STS client; no credentials means the SDK's default chain (use ./clients.ts's options). */
  sts: (credentials?: AwsCredentialIdentity) => STSClient
  /** `core.getIDToken` in the action. */
  getIDToken: (audience: string) => Promise<string>
  /** `core.setSecret` in the action. */
  setSecret: (secret: string) => void
  env: Record<string, string | undefined>
  /**
   * The default chain as a provider (`fromNodeProviderChain()`), so that its credentials are masked
   * and their absence explained. Without it the STS client resolves the chain itself.
   */
  defaultCredentials?: AwsCredentialIdentityProvider
  /** The parsed GITHUB_EVENT_PATH payload: tells a fork pull request. */
  event?: unknown
  /** Reads the role's trust policy with other credentials (reader-role-to-assume) when assuming fails. */
  readTrustPolicy?: (roleArn: string) => Promise<PolicyDocument>
  retry?: RetryOptions
}

export type CredentialFailureKind =
  /** No credentials anywhere (and no role to assume with an OIDC token). */
  | 'no-credentials'
  /** role-to-assume without base credentials, and no OIDC token: missing id-token: write, a fork PR... */
  | MissingTokenCause
  /** GetCallerIdentity failed: the credentials themselves are bad (expired, unknown key, clock skew). */
  | 'caller-identity'
  | 'assume-role'
  | 'assume-role-with-web-identity'

export interface AssumeRoleFailure {
  kind: CredentialFailureKind
  /** One or two sentences for the top of the report. */
  summary: string
  roleArn?: string
  error?: AwsErrorInfo
  /** For a failed GetCallerIdentity: SignatureDoesNotMatch, ExpiredToken... explained. */
  nonAuthorization?: { code: string; explanation: string }
  /** Who tried to assume the role (AssumeRole with base credentials). */
  caller?: CallerIdentity
  /** The OIDC and trust policy side of a failed assume. */
  diagnosis?: AssumeRoleDiagnosis
}

export type CredentialResult =
  | {
      kind: 'resolved'
      /** Undefined: keep the SDK's default chain (no role was assumed). */
      credentials: AwsCredentialIdentity | undefined
      caller: CallerIdentity
    }
  | { kind: 'failed'; failure: AssumeRoleFailure }

/** The role (or user) behind a caller ARN. The role's path is unknown without IAM (iam:GetRole): it is left out. */
export function identityArnOf(arn: string): string | undefined {
  const match = /^arn:([^:]+):sts::(\d*):assumed-role\/([^/]+)\/.+$/.exec(arn)
  if (match !== null) return `arn:${match[1]}:iam::${match[2]}:role/${match[3]}`
  if (/^arn:[^:]+:iam::\d*:(user\/.+|root)$/.test(arn)) return arn
  // federated-user/NAME: the IAM user that called GetFederationToken is not in the ARN.
  return undefined
}

/**
 * Who these credentials are, as STS says. `identityArn` is `arn:aws:iam::A:role/NAME` for a
 * session: without iam:GetRole the role's path is unknown, and is left out.
 */
export async function getCallerIdentity(sts: STSClient, source: CallerIdentity['source'] = 'unknown', retry: RetryOptions = {}): Promise<CallerIdentity> {
  const output = await withRetry(({ signal }) => sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal }), retry)
  const arn = output.Arn
  const account = output.Account
  const userId = output.UserId
  if (arn === undefined || account === undefined || userId === undefined) {
    throw new Error(`malformed GetCallerIdentity response: missing ${[arn === undefined ? 'Arn' : '', account === undefined ? 'Account' : '', userId === undefined ? 'UserId' : ''].filter(Boolean).join(', ')}`)
  }
  const caller: CallerIdentity = { arn, account, userId, source }
  const identity = identityArnOf(arn)
  if (identity !== undefined) caller.identityArn = identity
  return caller
}

/** Replaces every secret in a text by `***` (longest first, so a secret inside another cannot leak). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) out = out.split(secret).join('***')
  }
  return out
}

class Secrets {
  readonly values: string[] = []
  constructor(private readonly setSecret: (secret: string) => void) {}

  add(value: string | undefined): void {
    if (value === undefined || value === '' || this.values.includes(value)) return
    this.values.push(value)
    this.setSecret(value)
  }

  credentials(credentials: AwsCredentialIdentity): void {
    this.add(credentials.accessKeyId)
    this.add(credentials.secretAccessKey)
    this.add(credentials.sessionToken)
  }

  scrub(info: AwsErrorInfo): AwsErrorInfo {
    return { ...info, message: redact(info.message, this.values) }
  }
}

function sourceFromEnv(env: Record<string, string | undefined>): CallerIdentity['source'] {
  if (env['AWS_ACCESS_KEY_ID'] !== undefined || env['AWS_PROFILE'] !== undefined) return 'environment'
  if (env['AWS_WEB_IDENTITY_TOKEN_FILE'] !== undefined && env['AWS_ROLE_ARN'] !== undefined) return 'assume-role-with-web-identity'
  return 'unknown'
}

function oidcAvailable(env: Record<string, string | undefined>): boolean {
  return env['ACTIONS_ID_TOKEN_REQUEST_URL'] !== undefined && env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] !== undefined
}

function failedCallerIdentity(error: unknown, secrets: Secrets, what: string, deps: CredentialDeps): AssumeRoleFailure {
  const info = secrets.scrub(describeAwsError(error))
  const failure: AssumeRoleFailure = {
    kind: 'caller-identity',
    summary: `Could not learn who ${what} are (sts:GetCallerIdentity): ${info.code ?? 'error'}${info.message === '' ? '' : `: ${info.message}`}`,
    error: info
  }
  const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status })
  if (parsed.nonAuthorization !== undefined) {
    failure.nonAuthorization = parsed.nonAuthorization
    failure.summary += ` — ${parsed.nonAuthorization.explanation}`
  }
  if (info.kind === 'credentials') {
    const missing = explainMissingToken(deps.env, deps.event)
    failure.kind = missing.cause === 'fork-pull-request' || missing.cause === 'dependabot' ? missing.cause : 'no-credentials'
    failure.summary =
      failure.kind === 'no-credentials'
        ? `No AWS credentials were found (${info.message}): run aws-actions/configure-aws-credentials first, or give role-to-assume with permissions id-token: write.`
        : `No AWS credentials were found: ${missing.summary}`
  }
  return failure
}

const SESSION_SECONDS = 3600

/**
 * Resolves the credentials the doctor runs with and reports the principal. Never throws for an AWS
 * error: a failure comes back as `{ kind: 'failed' }` with everything known about it.
 */
export async function resolveCredentials(settings: Pick<Settings, 'roleToAssume' | 'roleSessionName' | 'audience'>, deps: CredentialDeps): Promise<CredentialResult> {
  const secrets = new Secrets(deps.setSecret)
  const env = deps.env
  secrets.add(env['AWS_ACCESS_KEY_ID'])
  secrets.add(env['AWS_SECRET_ACCESS_KEY'])
  secrets.add(env['AWS_SESSION_TOKEN'])
  const retry = deps.retry ?? {}

  let base: AwsCredentialIdentity | undefined
  let baseError: unknown
  if (deps.defaultCredentials !== undefined) {
    try {
      base = await deps.defaultCredentials()
      secrets.credentials(base)
    } catch (error) {
      baseError = error
    }
  }

  const role = settings.roleToAssume
  if (role === undefined) {
    if (deps.defaultCredentials !== undefined && base === undefined) {
      return { kind: 'failed', failure: failedCallerIdentity(baseError, secrets, 'these credentials', deps) }
    }
    try {
      const caller = await getCallerIdentity(deps.sts(base), sourceFromEnv(env), retry)
      return { kind: 'resolved', credentials: base, caller }
    } catch (error) {
      return { kind: 'failed', failure: failedCallerIdentity(error, secrets, 'these credentials', deps) }
    }
  }

  if (oidcAvailable(env)) return assumeWithWebIdentity(role, settings, deps, secrets)
  if (base === undefined && deps.defaultCredentials !== undefined) {
    const missing = explainMissingToken(env, deps.event)
    return { kind: 'failed', failure: { kind: missing.cause, summary: `Cannot assume ${role}: ${missing.summary}`, roleArn: role } }
  }
  return assumeWithBase(role, base, settings, deps, secrets)
}

async function readTrust(deps: CredentialDeps, role: string, secrets: Secrets): Promise<{ trustPolicy?: PolicyDocument; trustPolicyError?: string }> {
  if (deps.readTrustPolicy === undefined) return {}
  try {
    return { trustPolicy: await deps.readTrustPolicy(role) }
  } catch (error) {
    const info = secrets.scrub(describeAwsError(error))
    return { trustPolicyError: `${info.code ?? 'error'}${info.message === '' ? '' : `: ${info.message}`}` }
  }
}

async function assumeWithWebIdentity(
  role: string,
  settings: Pick<Settings, 'roleSessionName' | 'audience'>,
  deps: CredentialDeps,
  secrets: Secrets
): Promise<CredentialResult> {
  let token: string
  try {
    token = await deps.getIDToken(settings.audience)
  } catch (error) {
    const missing = explainMissingToken(deps.env, deps.event, error)
    return { kind: 'failed', failure: { kind: missing.cause, summary: redact(`Could not get an OIDC token to assume ${role}: ${missing.summary}`, secrets.values), roleArn: role } }
  }
  secrets.add(token)
  let claims: OidcClaims | null = null
  let claimsProblem: string | null = null
  try {
    claims = decodeJwtClaims(token)
  } catch (error) {
    claimsProblem = error instanceof Error ? error.message : String(error)
  }
  const retry = deps.retry ?? {}
  try {
    const sts = deps.sts()
    const output = await withRetry(
      ({ signal }) =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({ RoleArn: role, RoleSessionName: settings.roleSessionName, WebIdentityToken: token, DurationSeconds: SESSION_SECONDS }),
          { abortSignal: signal }
        ),
      retry
    )
    const credentials = toIdentity(output.Credentials, 'AssumeRoleWithWebIdentity')
    secrets.credentials(credentials)
    const caller = await callerAfterAssume(() => deps.sts(credentials), output.AssumedRoleUser, 'assume-role-with-web-identity', retry)
    return { kind: 'resolved', credentials, caller }
  } catch (error) {
    const info = secrets.scrub(describeAwsError(error))
    const trust = await readTrust(deps, role, secrets)
    const diagnosis = explainAssumeRoleFailure(info, claims, {
      roleArn: role,
      audience: settings.audience,
      roleSessionName: settings.roleSessionName,
      ...trust
    })
    if (claimsProblem !== null) diagnosis.notes.push(`The OIDC token's claims could not be read: ${claimsProblem}.`)
    return {
      kind: 'failed',
      failure: {
        kind: 'assume-role-with-web-identity',
        summary: redact(`Could not assume ${role} with the GitHub OIDC token: ${diagnosis.summary}`, secrets.values),
        roleArn: role,
        error: info,
        diagnosis
      }
    }
  }
}

async function assumeWithBase(
  role: string,
  base: AwsCredentialIdentity | undefined,
  settings: Pick<Settings, 'roleSessionName' | 'audience'>,
  deps: CredentialDeps,
  secrets: Secrets
): Promise<CredentialResult> {
  const retry = deps.retry ?? {}
  const baseSts = deps.sts(base)
  // Who is asking, at the same time as the AssumeRole (not before it: one round trip, not two).
  // Only a failed assume needs it; a successful one names its session itself.
  const asking = getCallerIdentity(baseSts, sourceFromEnv(deps.env), retry).then(
    (caller) => ({ caller }),
    (error: unknown) => ({ error })
  )
  let output: AssumeRoleCommandOutput
  let credentials: AwsCredentialIdentity
  try {
    output = await withRetry(
      ({ signal }) =>
        baseSts.send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: settings.roleSessionName, DurationSeconds: SESSION_SECONDS }), { abortSignal: signal }),
      retry
    )
    credentials = toIdentity(output.Credentials, 'AssumeRole')
    secrets.credentials(credentials)
  } catch (error) {
    const who = await asking
    if ('error' in who) {
      const info = describeAwsError(who.error)
      if (info.kind === 'credentials') {
        // No base credentials and no OIDC token: say why there is no token.
        const missing = explainMissingToken(deps.env, deps.event)
        return { kind: 'failed', failure: { kind: missing.cause, summary: `Cannot assume ${role}: ${missing.summary}`, roleArn: role } }
      }
      // A server without GetCallerIdentity (Ceph RGW: 405) says nothing about the credentials: the assume's own failure is the story.
      if (!callerIdentityUnsupported(info)) return { kind: 'failed', failure: { ...failedCallerIdentity(who.error, secrets, 'the base credentials', deps), roleArn: role } }
    }
    const caller = 'caller' in who ? who.caller : undefined
    const info = secrets.scrub(describeAwsError(error))
    const trust = await readTrust(deps, role, secrets)
    const diagnosis = explainAssumeRoleFailure(info, null, {
      roleArn: role,
      audience: settings.audience,
      roleSessionName: settings.roleSessionName,
      ...(caller !== undefined ? { callerArn: caller.arn } : {}),
      ...(caller?.identityArn !== undefined ? { callerIdentityArn: caller.identityArn } : {}),
      ...trust
    })
    return {
      kind: 'failed',
      failure: {
        kind: 'assume-role',
        summary: redact(`${caller?.arn ?? 'These credentials'} could not assume ${role}: ${diagnosis.summary}`, secrets.values),
        roleArn: role,
        error: info,
        ...(caller !== undefined ? { caller } : {}),
        diagnosis
      }
    }
  }
  const caller = await callerAfterAssume(() => deps.sts(credentials), output.AssumedRoleUser, 'assume-role', retry)
  return { kind: 'resolved', credentials, caller }
}

/** GetCallerIdentity not implemented by the endpoint (an S3-compatible server), as opposed to bad credentials. */
function callerIdentityUnsupported(info: AwsErrorInfo): boolean {
  if (info.code !== null && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied|InvalidAccessKeyId/i.test(info.code)) return false
  return info.status === 405 || info.status === 501 || (info.code !== null && /NotImplemented|MethodNotAllowed|InvalidAction|UnknownOperation|UnsupportedOperation/i.test(info.code))
}

function toIdentity(
  credentials: { AccessKeyId?: string | undefined; SecretAccessKey?: string | undefined; SessionToken?: string | undefined; Expiration?: Date | undefined } | undefined,
  operation: string
): AwsCredentialIdentity {
  if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined) {
    throw Object.assign(new Error(`malformed ${operation} response: no credentials in it`), { name: 'MalformedResponse' })
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken !== undefined ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration !== undefined ? { expiration: credentials.Expiration } : {})
  }
}

/**
 * The session the assume created, from its own answer: "AssumedRoleUser.Arn: the ARN of the
 * temporary security credentials that are returned from the AssumeRole action", and AssumedRoleId
 * "contains the role ID and the role session name" (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumedRoleUser.html):
 * the very Arn and UserId GetCallerIdentity would return for these credentials, so no second call
 * is made. Only an answer without it (a malformed or S3-compatible server's) costs a GetCallerIdentity.
 */
async function callerAfterAssume(
  sts: () => STSClient,
  assumed: { Arn?: string | undefined; AssumedRoleId?: string | undefined } | undefined,
  source: CallerIdentity['source'],
  retry: RetryOptions
): Promise<CallerIdentity> {
  const arn = assumed?.Arn
  if (arn !== undefined && /^arn:[^:]+:sts::\d*:assumed-role\/[^/]+\/.+$/.test(arn)) {
    const caller: CallerIdentity = { arn, account: arn.split(':')[4] ?? '', userId: assumed?.AssumedRoleId ?? '', source }
    const identity = identityArnOf(arn)
    if (identity !== undefined) caller.identityArn = identity
    return caller
  }
  return getCallerIdentity(sts(), source, retry)
}
