/**
 * One statement, one policy: do they apply to the request, and how. Pure, and the hot path:
 * the large benchmark case runs this for thousands of statements per evaluation.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { evaluateCondition } from '../conditions/index.js'
import type { RequestContext } from '../context/types.js'
import { substituteVariables } from '../policy/variables.js'
import { wildcardMatch } from '../policy/wildcard.js'
import type { ElementSpec, Policy, PolicyVersion, Statement } from '../policy/types.js'
import type { ElementMatch, PolicyOutcome, PolicyTrace, StatementTrace } from '../verdict/types.js'
import { matchPrincipal, type Caller, type PrincipalMatchKind } from './principal.js'

export interface AuthorizationRequest {
  /** `s3:PutObject`, or `kms:GenerateDataKey` for the KMS call an upload implies. */
  action: string
  /** The resource ARN: the object, the bucket, or the KMS key. */
  resource: string
  caller: Caller
  context: RequestContext
  /** The caller has a permissions boundary (a Deny with NotPrincipal then always applies). */
  hasBoundary: boolean
}

/** Identity-side documents have no Principal element; resource-side ones must name one. */
export type PolicySide = 'identity' | 'resource'

export interface StatementResult {
  trace: StatementTrace
  /** For a resource-side statement that applies: how its Principal named the caller. */
  principalKind: PrincipalMatchKind | null
}

export function evaluateStatement(
  statement: Statement,
  version: PolicyVersion | null,
  request: AuthorizationRequest,
  side: PolicySide
): StatementResult {
  const action = matchAction(statement.action, request.action)
  const trace: StatementTrace = {
    index: statement.index,
    label: statement.label,
    effect: statement.effect,
    applies: false,
    action,
    resource: null,
    principal: null,
    conditions: []
  }
  if (!action.matched) return { trace, principalKind: null }

  let principalKind: PrincipalMatchKind | null = null
  if (side === 'resource') {
    if (statement.principal === null) {
      trace.principal = { element: 'Principal', matched: false, pattern: null }
      return { trace, principalKind: null }
    }
    const match = matchPrincipal(statement.principal, request.caller, {
      denyWithBoundary: statement.effect === 'Deny' && request.hasBoundary
    })
    trace.principal = { element: statement.principal.negated ? 'NotPrincipal' : 'Principal', matched: match.matched, pattern: match.pattern }
    if (!match.matched) return { trace, principalKind: null }
    principalKind = match.kind
  }

  if (statement.resource !== null) {
    trace.resource = matchResource(statement.resource, request.resource, request.context, version)
    if (!trace.resource.matched) return { trace, principalKind: null }
  }

  for (const clause of statement.conditions) {
    const result = evaluateCondition(clause, request.context, version)
    trace.conditions.push(result)
    if (!result.matched) return { trace, principalKind: null }
  }
  trace.applies = true
  return { trace, principalKind }
}

function matchAction(spec: ElementSpec, action: string): ElementMatch {
  const found = spec.values.find((pattern) => matchesAction(pattern, action)) ?? null
  return spec.negated
    ? { element: 'NotAction', matched: found === null, pattern: found }
    : { element: 'Action', matched: found !== null, pattern: found }
}

/** Actions compare case-insensitively, service prefix included. */
export function matchesAction(pattern: string, action: string): boolean {
  return pattern === '*' || wildcardMatch(pattern, action, true)
}

function matchResource(spec: ElementSpec, resource: string, context: RequestContext, version: PolicyVersion | null): ElementMatch {
  let found: string | null = null
  for (const pattern of spec.values) {
    if (matchesResource(pattern, resource, context, version)) {
      found = pattern
      break
    }
  }
  return spec.negated
    ? { element: 'NotResource', matched: found === null, pattern: found }
    : { element: 'Resource', matched: found !== null, pattern: found }
}

/** Resources compare case-sensitively, with policy variables substituted (Version 2012-10-17 only). */
export function matchesResource(pattern: string, resource: string, context: RequestContext, version: PolicyVersion | null): boolean {
  if (pattern === '*') return true
  if (version === '2012-10-17' && pattern.includes('${')) {
    const segments = substituteVariables(pattern, context, version)
    return segments !== null && wildcardMatch(segments, resource)
  }
  return wildcardMatch(pattern, resource)
}

export interface PolicyResult {
  trace: PolicyTrace
  /** Among the applying Allow statements of a resource-side policy: the strongest way the caller was named. */
  allowedAs: PrincipalMatchKind | null
}

const STRENGTH: Record<PrincipalMatchKind, number> = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 }

/** Evaluates every statement of one document (all of them: the trace shows each). */
export function evaluatePolicy(policy: Policy, name: string, path: string, request: AuthorizationRequest, side: PolicySide): PolicyResult {
  const statements: StatementTrace[] = []
  const denies: string[] = []
  const allows: string[] = []
  let allowedAs: PrincipalMatchKind | null = null
  for (const statement of policy.statements) {
    const result = evaluateStatement(statement, policy.version, request, side)
    statements.push(result.trace)
    if (!result.trace.applies) continue
    if (statement.effect === 'Deny') denies.push(statement.label)
    else {
      allows.push(statement.label)
      const kind = result.principalKind
      if (kind !== null && (allowedAs === null || STRENGTH[kind] > STRENGTH[allowedAs])) allowedAs = kind
    }
  }
  const outcome: PolicyOutcome = denies.length > 0 ? 'explicit-deny' : allows.length > 0 ? 'allow' : 'no-match'
  return {
    trace: { policy: name, path, outcome, statements, deciding: denies.length > 0 ? denies : allows },
    allowedAs: outcome === 'allow' ? allowedAs : null
  }
}
