/**
 * When assuming the role fails: what the GitHub OIDC token says, what a trust policy usually
 * compares, the exact `sub` this run presents, a trust statement that would admit it, and (when
 * the trust policy could be read with other credentials) the trust policy evaluated with the
 * token's claims as the request context.
 *
 * The token is decoded without verifying its signature: for diagnosis only, never to decide
 * anything. Nothing here returns the token or its signature.
 *
 * - GitHub's claims, the default `sub` forms and the immutable `repo:owner@id/name@id:...` form:
 *   https://docs.github.com/actions/reference/openid-connect-reference and
 *   https://github.blog/changelog/2026-04-23-immutable-subject-claims-for-github-actions-oidc-tokens/
 * - The trust policy AWS documents for GitHub (`:aud` = sts.amazonaws.com, `:sub` compared with
 *   StringEquals or StringLike): https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 * - Condition keys a web identity request carries (`<issuer host>:sub`, `:aud`, aws:FederatedProvider):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 * - Fork pull requests get no secrets and a read-only GITHUB_TOKEN (so no id-token: write):
 *   https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication
 */
import { evaluateCondition } from '../conditions/index.js'
import type { ConditionTrace } from '../conditions/types.js'
import { RequestContext } from '../context/types.js'
import { parseCaller, principalArn, callerAccount } from '../evaluate/principal.js'
import { evaluateStatement, matchesAction, type AuthorizationRequest } from '../evaluate/statement.js'
import { parsePolicy } from '../policy/parse.js'
import type { Statement } from '../policy/types.js'
import type { JsonObject, PolicyDocument } from '../scenario/types.js'
import { parseAccessDenied } from './access-denied.js'
import { describeAwsError, type AwsErrorInfo } from './retry.js'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** The claims of a GitHub Actions OIDC token that the diagnosis reads; `all` keeps every claim. */
export interface OidcClaims {
  iss?: string
  sub?: string
  aud?: string | string[]
  repository?: string
  repository_id?: string
  repository_owner?: string
  repository_owner_id?: string
  ref?: string
  ref_type?: string
  environment?: string
  job_workflow_ref?: string
  workflow_ref?: string
  event_name?: string
  actor?: string
  exp?: number
  iat?: number
  all: Record<string, unknown>
}

export class MalformedTokenError extends Error {
  override name = 'MalformedTokenError'
}

const STRING_CLAIMS = [
  'iss',
  'sub',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'ref',
  'ref_type',
  'environment',
  'job_workflow_ref',
  'workflow_ref',
  'event_name',
  'actor'
] as const

/**
 * Decodes a JWT's payload without verifying it (diagnosis only). Throws `MalformedTokenError`,
 * whose message never contains the token.
 */
export function decodeJwtClaims(token: string): OidcClaims {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || parts.some((part) => part === '')) {
    throw new MalformedTokenError(`not a JWT: expected three dot-separated parts, got ${parts.length}`)
  }
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'))
  } catch {
    throw new MalformedTokenError('not a JWT: the payload is not base64url-encoded JSON')
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new MalformedTokenError('not a JWT: the payload is not a JSON object')
  }
  const all = payload as Record<string, unknown>
  const claims: OidcClaims = { all }
  for (const name of STRING_CLAIMS) {
    const value = all[name]
    if (typeof value === 'string') claims[name] = value
    else if (typeof value === 'number') claims[name] = String(value)
  }
  const aud = all['aud']
  if (typeof aud === 'string') claims.aud = aud
  else if (Array.isArray(aud) && aud.every((value) => typeof value === 'string')) claims.aud = aud as string[]
  if (typeof all['exp'] === 'number') claims.exp = all['exp']
  if (typeof all['iat'] === 'number') claims.iat = all['iat']
  return claims
}

/** The `sub` taken apart: `repo:OWNER[@ID]/NAME[@ID]:CONTEXT`. */
export interface SubjectInfo {
  sub: string
  /** `owner/name`, without the immutable ids. */
  repository: string | null
  ownerId: string | null
  repositoryId: string | null
  /** The new form, with `@id` after the owner and the repository (GitHub, 2026). */
  immutable: boolean
  /** What follows the repository: an environment, a ref, a pull request, or a customized template. */
  context: 'environment' | 'ref' | 'pull_request' | 'custom'
  /** The environment name or the ref. */
  value: string | null
}

const SUBJECT = /^repo:([^/@:]+)(?:@(\d+))?\/([^:@]+)(?:@(\d+))?:(.*)$/

export function parseSubject(sub: string): SubjectInfo {
  const match = SUBJECT.exec(sub)
  if (match === null) {
    return { sub, repository: null, ownerId: null, repositoryId: null, immutable: false, context: 'custom', value: null }
  }
  const [, owner, ownerId, name, repositoryId, rest = ''] = match
  const info: SubjectInfo = {
    sub,
    repository: `${owner}/${name}`,
    ownerId: ownerId ?? null,
    repositoryId: repositoryId ?? null,
    immutable: ownerId !== undefined || repositoryId !== undefined,
    context: 'custom',
    value: null
  }
  if (rest.startsWith('environment:') && !rest.slice('environment:'.length).includes(':')) {
    info.context = 'environment'
    info.value = rest.slice('environment:'.length)
  } else if (rest.startsWith('ref:') && !/:(?:job_workflow_ref|context|workflow|actor|environment):/.test(rest)) {
    info.context = 'ref'
    info.value = rest.slice('ref:'.length)
  } else if (rest === 'pull_request') {
    info.context = 'pull_request'
  }
  return info
}

/** The `sub` GitHub's default template gives for these claims (null when the claims are too few). */
export function defaultSubject(claims: OidcClaims): string | null {
  if (claims.repository === undefined) return null
  const subject = claims.sub !== undefined ? parseSubject(claims.sub) : null
  const repo =
    subject?.immutable === true && claims.repository_owner_id !== undefined && claims.repository_id !== undefined
      ? `${claims.repository.split('/')[0]}@${claims.repository_owner_id}/${claims.repository.split('/')[1]}@${claims.repository_id}`
      : claims.repository
  if (claims.environment !== undefined) return `repo:${repo}:environment:${claims.environment}`
  if (claims.event_name === 'pull_request') return `repo:${repo}:pull_request`
  if (claims.ref !== undefined) return `repo:${repo}:ref:${claims.ref}`
  return null
}

/** The condition-key prefix a web identity request carries: the issuer URL without its scheme. */
export function issuerKeyPrefix(claims: OidcClaims | null): string {
  const iss = claims?.iss ?? GITHUB_ISSUER
  return iss.replace(/^https:\/\//, '').replace(/\/$/, '')
}

function roleAccount(roleArn: string): { partition: string; account: string } {
  const parts = roleArn.split(':')
  return { partition: parts[1] ?? 'aws', account: parts[4] ?? '' }
}

/** The OIDC provider ARN the role's account must have for this issuer. */
export function providerArn(roleArn: string, claims: OidcClaims | null): string {
  const { partition, account } = roleAccount(roleArn)
  return `arn:${partition}:iam::${account}:oidc-provider/${issuerKeyPrefix(claims)}`
}

function audiences(claims: OidcClaims | null, fallback: string): string[] {
  const aud = claims?.aud
  if (aud === undefined) return [fallback]
  return typeof aud === 'string' ? [aud] : aud
}

/** A trust policy statement that admits exactly this run's token (least privilege: the exact `sub`). */
export function suggestTrustStatement(roleArn: string, claims: OidcClaims | null, audience: string): JsonObject | null {
  if (claims?.sub === undefined) return null
  const prefix = issuerKeyPrefix(claims)
  const aud = audiences(claims, audience)
  return {
    Sid: 'GitHubActionsOidc',
    Effect: 'Allow',
    Principal: { Federated: providerArn(roleArn, claims) },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${prefix}:aud`]: aud.length === 1 ? (aud[0] as string) : aud,
        [`${prefix}:sub`]: claims.sub
      }
    }
  }
}

export type TrustRequest =
  | { kind: 'web-identity'; claims: OidcClaims; roleSessionName?: string }
  | { kind: 'assume-role'; callerArn: string; identityArn?: string; roleSessionName?: string }

export interface TrustStatementResult {
  label: string
  effect: 'Allow' | 'Deny'
  applies: boolean
  actionMatched: boolean
  principalMatched: boolean
  /** Every condition clause compared, in order, until the first that failed. */
  conditions: ConditionTrace[]
  /** The clauses that did not match (the first failure stops evaluation, as IAM's does). */
  failed: ConditionTrace[]
}

export interface TrustEvaluation {
  decision: 'allow' | 'explicit-deny' | 'implicit-deny'
  statements: TrustStatementResult[]
  /** Sentences for the report: which statement decided, or why the closest Allow did not match. */
  summary: string
}

function contextFor(request: TrustRequest, roleArn: string): RequestContext {
  const context = new RequestContext()
  const put = (key: string, value: string | string[]): void => {
    context.set({ key, values: Array.isArray(value) ? value : [value], multiValued: Array.isArray(value), origin: 'given' })
  }
  if (request.roleSessionName !== undefined) put('sts:RoleSessionName', request.roleSessionName)
  if (request.kind === 'web-identity') {
    const prefix = issuerKeyPrefix(request.claims)
    for (const [name, value] of Object.entries(request.claims.all)) {
      if (typeof value === 'string') put(`${prefix}:${name}`, value)
      else if (typeof value === 'number' || typeof value === 'boolean') put(`${prefix}:${name}`, String(value))
      else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) put(`${prefix}:${name}`, value as string[])
    }
    put('aws:FederatedProvider', providerArn(roleArn, request.claims))
  } else {
    const caller = parseCaller(request.callerArn, request.identityArn)
    const arn = principalArn(caller)
    if (arn !== undefined) put('aws:PrincipalArn', arn)
    const account = callerAccount(caller)
    if (account !== undefined) put('aws:PrincipalAccount', account)
  }
  return context
}

function webIdentityPrincipal(statement: Statement, provider: string): boolean {
  const spec = statement.principal
  if (spec === null) return false
  if (spec.wildcard) return !spec.negated
  const named = spec.Federated.some((value) => value === '*' || value === provider)
  return spec.negated ? !named : named
}

/**
 * Evaluates a role's trust policy for this AssumeRoleWithWebIdentity (with the token's claims as
 * context) or AssumeRole (with the caller as principal). Throws PolicyError for a document that
 * does not parse.
 */
export function evaluateTrustPolicy(document: PolicyDocument, request: TrustRequest, roleArn: string): TrustEvaluation {
  const policy = parsePolicy(document, 'trustPolicy')
  const context = contextFor(request, roleArn)
  const action = request.kind === 'web-identity' ? 'sts:AssumeRoleWithWebIdentity' : 'sts:AssumeRole'
  const provider = request.kind === 'web-identity' ? providerArn(roleArn, request.claims) : ''
  const caller = request.kind === 'assume-role' ? parseCaller(request.callerArn, request.identityArn) : ({ kind: 'anonymous' } as const)
  const authorization: AuthorizationRequest = { action, resource: roleArn, caller, context, hasBoundary: false }
  const statements: TrustStatementResult[] = []
  for (const statement of policy.statements) {
    const actionMatched = statement.action.negated
      ? !statement.action.values.some((pattern) => matchesAction(pattern, action))
      : statement.action.values.some((pattern) => matchesAction(pattern, action))
    let principalMatched: boolean
    let conditions: ConditionTrace[]
    let applies: boolean
    if (request.kind === 'web-identity') {
      principalMatched = webIdentityPrincipal(statement, provider)
      conditions = []
      let failedAt = -1
      for (const clause of statement.conditions) {
        const trace = evaluateCondition(clause, context, policy.version)
        conditions.push(trace)
        if (!trace.matched) {
          failedAt = conditions.length - 1
          break
        }
      }
      applies = actionMatched && principalMatched && failedAt === -1
    } else {
      const result = evaluateStatement(statement, policy.version, authorization, 'resource')
      principalMatched = result.trace.principal?.matched ?? false
      conditions = result.trace.conditions
      if (!principalMatched || !actionMatched) {
        // Show the conditions even when the principal did not match: they are what the reader edits next.
        conditions = statement.conditions.map((clause) => evaluateCondition(clause, context, policy.version))
      }
      applies = result.trace.applies
    }
    statements.push({
      label: statement.label,
      effect: statement.effect,
      applies,
      actionMatched,
      principalMatched,
      conditions,
      failed: conditions.filter((trace) => !trace.matched)
    })
  }
  const deny = statements.find((result) => result.applies && result.effect === 'Deny')
  const allow = statements.find((result) => result.applies && result.effect === 'Allow')
  const decision: TrustEvaluation['decision'] = deny !== undefined ? 'explicit-deny' : allow !== undefined ? 'allow' : 'implicit-deny'
  return { decision, statements, summary: summarize(decision, statements, request, action, provider, deny ?? allow) }
}

function quote(values: readonly (string | null)[] | null): string {
  if (values === null) return '(absent from the request)'
  return values.map((value) => (value === null ? '(unresolved variable)' : `"${value}"`)).join(', ')
}

function summarize(
  decision: TrustEvaluation['decision'],
  statements: TrustStatementResult[],
  request: TrustRequest,
  action: string,
  provider: string,
  deciding: TrustStatementResult | undefined
): string {
  if (decision === 'explicit-deny') return `Statement ${deciding?.label} denies ${action} for this ${request.kind === 'web-identity' ? 'token' : 'caller'}.`
  if (decision === 'allow') {
    return `Statement ${deciding?.label} of the trust policy admits this ${request.kind === 'web-identity' ? 'token' : 'caller'}: the failure has another cause (the role's identity, the OIDC provider's audiences, or an SCP on sts:${action.slice(4)}).`
  }
  const candidates = statements.filter((result) => result.effect === 'Allow' && result.actionMatched)
  if (candidates.length === 0) return `No Allow statement of the trust policy names ${action}.`
  const named = candidates.filter((result) => result.principalMatched)
  if (named.length === 0) {
    return request.kind === 'web-identity'
      ? `No Allow statement for ${action} names the provider ${provider} as its Federated principal (it must be in the role's own account).`
      : `No Allow statement for ${action} names ${request.callerArn} (or its role or account) as its principal.`
  }
  const reasons = named.map((result) => {
    const failed = result.failed[0]
    if (failed === undefined) return `statement ${result.label}: no condition failed`
    return `statement ${result.label}: ${failed.operator} on ${failed.key} expects ${quote(failed.policyValues)}, this request has ${quote(failed.requestValues)}`
  })
  return `The trust policy does not admit this request: ${reasons.join('; ')}.`
}

export type AssumeRoleCause =
  | 'trust-policy'
  | 'identity-policy'
  | 'no-oidc-provider'
  | 'audience'
  | 'token-expired'
  | 'idp-unreachable'
  | 'invalid-role'
  | 'session-duration'
  | 'region-disabled'
  | 'other'

export interface AssumeRoleDiagnosis {
  cause: AssumeRoleCause
  summary: string
  error: AwsErrorInfo
  /** The token's claims (never the token). Null for AssumeRole without OIDC, or an undecodable token. */
  claims: OidcClaims | null
  subject: SubjectInfo | null
  /** The exact `sub` this run presents (what the trust policy's `:sub` condition must match). */
  expectedSub: string | null
  /** The claims a typical GitHub trust policy compares, as condition keys. */
  comparedClaims: string[]
  suggestedTrustStatement: JsonObject | null
  evaluation?: TrustEvaluation
  notes: string[]
}

export interface ExplainOptions {
  roleArn: string
  audience: string
  roleSessionName?: string
  /** The role's trust policy, when other credentials could read it (iam:GetRole). */
  trustPolicy?: PolicyDocument
  /** Why the trust policy could not be read, for the notes. */
  trustPolicyError?: string
  /** AssumeRole (no OIDC): the caller that tried, as GetCallerIdentity reported it. */
  callerArn?: string
  callerIdentityArn?: string
}

function classify(info: AwsErrorInfo, webIdentity: boolean): { cause: AssumeRoleCause; summary: string } {
  const message = info.message
  const code = info.code ?? ''
  if (/No OpenIDConnect provider found/i.test(message)) {
    return { cause: 'no-oidc-provider', summary: 'The role’s account has no IAM OIDC identity provider for this token’s issuer.' }
  }
  if (/Incorrect token audience/i.test(message)) {
    return { cause: 'audience', summary: 'The token’s audience (aud) is not one of the client IDs of the account’s OIDC provider.' }
  }
  if (/ExpiredToken/i.test(code) || /token (?:is )?expired/i.test(message)) {
    return { cause: 'token-expired', summary: 'The OIDC token expired before STS read it: request it right before AssumeRoleWithWebIdentity.' }
  }
  if (code === 'IDPCommunicationError' || /Couldn't retrieve verification key/i.test(message)) {
    return { cause: 'idp-unreachable', summary: 'STS could not reach the token issuer to verify the token: a passing fault; try again.' }
  }
  if (/MaxSessionDuration/i.test(message)) {
    return { cause: 'session-duration', summary: 'The requested session is longer than the role’s MaxSessionDuration.' }
  }
  if (code === 'RegionDisabledException') {
    return { cause: 'region-disabled', summary: 'STS is not activated in this Region for the account: use another Region or activate it in IAM account settings.' }
  }
  if (code === 'ValidationError' || /Request ARN is invalid/i.test(message)) {
    return { cause: 'invalid-role', summary: 'STS refused the request as malformed: check role-to-assume and role-session-name.' }
  }
  if (code === 'AccessDenied' || /not authorized to perform/i.test(message)) {
    const parsed = parseAccessDenied(message, { code: info.code, status: info.status })
    if (!webIdentity && parsed.policyType === 'identity-based-policy') {
      return { cause: 'identity-policy', summary: 'The caller’s own policies do not allow sts:AssumeRole on this role.' }
    }
    return {
      cause: 'trust-policy',
      summary: webIdentity
        ? 'STS refused sts:AssumeRoleWithWebIdentity: the role’s trust policy does not admit this token (or the role does not exist: STS answers the same).'
        : 'STS refused sts:AssumeRole: the role’s trust policy does not name this caller, or the caller’s own policies do not allow sts:AssumeRole (or the role does not exist: STS answers the same).'
    }
  }
  return { cause: 'other', summary: `STS refused the request: ${info.code ?? 'error'}${message === '' ? '' : `: ${message}`}` }
}

/** Why AssumeRole / AssumeRoleWithWebIdentity failed, with the token's side of the story. */
export function explainAssumeRoleFailure(error: unknown, claims: OidcClaims | null, options: ExplainOptions): AssumeRoleDiagnosis {
  const info = describeAwsError(error)
  const webIdentity = options.callerArn === undefined
  const { cause, summary } = classify(info, webIdentity)
  const subject = claims?.sub !== undefined ? parseSubject(claims.sub) : null
  const prefix = issuerKeyPrefix(claims)
  const notes: string[] = []
  const diagnosis: AssumeRoleDiagnosis = {
    cause,
    summary,
    error: info,
    claims,
    subject,
    expectedSub: claims?.sub ?? null,
    comparedClaims: webIdentity ? [`${prefix}:sub`, `${prefix}:aud`] : ['aws:PrincipalArn', 'sts:ExternalId'],
    suggestedTrustStatement: null,
    notes
  }
  if (webIdentity) {
    diagnosis.suggestedTrustStatement = suggestTrustStatement(options.roleArn, claims, options.audience)
    if (claims !== null) {
      const aud = audiences(claims, options.audience)
      if (!aud.includes(options.audience)) notes.push(`The token's aud is ${aud.join(', ')}, not the audience input "${options.audience}".`)
      if (!aud.includes('sts.amazonaws.com')) {
        notes.push('AWS’s documented GitHub setup uses the audience sts.amazonaws.com: the OIDC provider’s client IDs and the trust policy’s :aud condition must list this token’s aud.')
      }
    }
    if (subject !== null) {
      if (subject.immutable) {
        notes.push(
          `This token uses GitHub's immutable subject (owner and repository with @id): a trust policy written for "repo:${subject.repository}:..." no longer matches it. Compare against "${subject.sub}", or list both forms.`
        )
      }
      if (subject.context === 'environment') {
        notes.push(`The job runs in environment "${subject.value}", so the sub ends in ":environment:${subject.value}", not in the branch ref: a condition on "repo:${subject.repository}:ref:refs/heads/..." does not match.`)
      } else if (subject.context === 'pull_request') {
        notes.push('Workflows triggered by pull_request present "...:pull_request" as the sub, with no branch in it.')
      } else if (subject.context === 'custom') {
        notes.push('This sub does not follow the default template: the repository or organization customized its OIDC subject claim; the trust policy must match the customized form.')
      }
      const standard = claims === null ? null : defaultSubject(claims)
      if (standard !== null && standard !== subject.sub && subject.context !== 'custom') {
        notes.push(`The default template would give "${standard}".`)
      }
    }
  } else if (options.callerIdentityArn !== undefined) {
    diagnosis.suggestedTrustStatement = {
      Sid: 'AllowCallerToAssume',
      Effect: 'Allow',
      Principal: { AWS: options.callerIdentityArn },
      Action: 'sts:AssumeRole'
    }
  }
  if (options.trustPolicy !== undefined) {
    try {
      const request: TrustRequest = webIdentity
        ? { kind: 'web-identity', claims: claims ?? { all: {} }, ...(options.roleSessionName !== undefined ? { roleSessionName: options.roleSessionName } : {}) }
        : {
            kind: 'assume-role',
            callerArn: options.callerArn as string,
            ...(options.callerIdentityArn !== undefined ? { identityArn: options.callerIdentityArn } : {}),
            ...(options.roleSessionName !== undefined ? { roleSessionName: options.roleSessionName } : {})
          }
      diagnosis.evaluation = evaluateTrustPolicy(options.trustPolicy, request, options.roleArn)
    } catch (problem) {
      notes.push(`The trust policy could not be evaluated: ${problem instanceof Error ? problem.message : String(problem)}`)
    }
  } else if (options.trustPolicyError !== undefined) {
    notes.push(`The trust policy could not be read (${options.trustPolicyError}): give reader-role-to-assume a role allowed iam:GetRole on ${options.roleArn} to have it evaluated.`)
  }
  return diagnosis
}

export type MissingTokenCause = 'not-github-actions' | 'fork-pull-request' | 'dependabot' | 'missing-id-token-permission' | 'token-request-failed'

export interface MissingTokenExplanation {
  cause: MissingTokenCause
  summary: string
}

function isForkPullRequest(event: unknown): boolean {
  const payload = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : null
  const pr = payload?.['pull_request']
  if (typeof pr !== 'object' || pr === null) return false
  const head = (pr as Record<string, unknown>)['head'] as Record<string, unknown> | undefined
  const base = (pr as Record<string, unknown>)['base'] as Record<string, unknown> | undefined
  const headRepo = head?.['repo'] as Record<string, unknown> | null | undefined
  const baseRepo = base?.['repo'] as Record<string, unknown> | null | undefined
  if (headRepo === null) return true // the fork was deleted
  if (headRepo?.['fork'] === true) return true
  const headName = headRepo?.['full_name']
  const baseName = baseRepo?.['full_name']
  return typeof headName === 'string' && typeof baseName === 'string' && headName !== baseName
}

/**
 * Why this job has no OIDC token (or could not get one). `event` is the parsed GITHUB_EVENT_PATH
 * payload, when the caller read it.
 */
export function explainMissingToken(env: Record<string, string | undefined>, event?: unknown, failure?: unknown): MissingTokenExplanation {
  if (env['GITHUB_ACTIONS'] !== 'true') {
    return {
      cause: 'not-github-actions',
      summary: 'Not running in GitHub Actions, so there is no OIDC token to exchange: give base credentials (environment, profile) for role-to-assume, or run inside a workflow.'
    }
  }
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  if (eventName.startsWith('pull_request') && eventName !== 'pull_request_target' && isForkPullRequest(event)) {
    return {
      cause: 'fork-pull-request',
      summary:
        'This run comes from a pull request opened from a fork: GitHub gives such runs a read-only GITHUB_TOKEN, no id-token: write, and no secrets, so no AWS credentials can be had. Probe after the merge, or from a workflow_run triggered by this one; pull_request_target has secrets but runs with the base branch’s trust, so never check out and run the fork’s code there.'
    }
  }
  if (env['GITHUB_ACTOR'] === 'dependabot[bot]') {
    return {
      cause: 'dependabot',
      summary: 'Runs triggered by Dependabot are treated like fork pull requests: a read-only GITHUB_TOKEN, no id-token: write and no Actions secrets (only Dependabot secrets).'
    }
  }
  if (env['ACTIONS_ID_TOKEN_REQUEST_URL'] === undefined || env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] === undefined) {
    return {
      cause: 'missing-id-token-permission',
      summary:
        'The job has no OIDC token: add `permissions: id-token: write` to the job (a permissions block that omits it turns it off; a reusable workflow needs it granted by its caller too). contents: read stays needed for checkout.'
    }
  }
  const reason = failure === undefined ? '' : `: ${describeAwsError(failure).message}`
  return { cause: 'token-request-failed', summary: `GitHub did not issue an OIDC token${reason}` }
}
