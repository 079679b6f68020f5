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
import type { Finding } from '../verdict/findings.js'
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
  side: PolicySide,
  actionLower = request.action.toLowerCase(),
  compiled = compile(statement)
): StatementResult {
  const action = matchAction(compiled, actionLower)
  const trace: StatementTrace = {
    index: statement.index,
    label: statement.label,
    effect: statement.effect,
    applies: false,
    action,
    resource: null,
    principal: null,
    conditions: NO_CONDITIONS
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
    trace.resource = matchResource(statement.resource, compiled, request.resource, request.context, version)
    if (!trace.resource.matched) return { trace, principalKind: null }
  }

  if (statement.conditions.length > 0) {
    trace.conditions = []
    for (const clause of statement.conditions) {
      const result = evaluateCondition(clause, request.context, version)
      trace.conditions.push(result)
      if (!result.matched) return { trace, principalKind: null }
    }
  }
  trace.applies = true
  return { trace, principalKind }
}

/** Shared by every trace without conditions: traces are read, never changed. */
const NO_CONDITIONS: StatementTrace['conditions'] = Object.freeze([]) as unknown as StatementTrace['conditions']

type Matcher = (value: string) => boolean

interface CompiledStatement {
  /** Over the lower-cased action. */
  actions: Matcher[]
  /** Null for patterns with policy variables: those are substituted per request. */
  resources: (Matcher | null)[]
  /** The trace entries, made once: traces are read, never changed (one per pattern, and the miss). */
  actionHits: ElementMatch[]
  actionMiss: ElementMatch
  resourceHits: ElementMatch[]
  resourceMiss: ElementMatch
}

const compiledStatements = new WeakMap<Statement, CompiledStatement>()
const compiledPolicies = new WeakMap<Policy, CompiledStatement[]>()

/** Matchers built once per parsed statement: most patterns are exact names or a prefix and a trailing `*`. */
function compile(statement: Statement): CompiledStatement {
  let compiled = compiledStatements.get(statement)
  if (compiled === undefined) {
    const action = statement.action
    const resource = statement.resource ?? { negated: false, values: [] }
    const element = (negated: boolean, positive: 'Action' | 'Resource'): ElementMatch['element'] => (negated ? `Not${positive}` : positive)
    compiled = {
      actions: action.values.map((pattern) => globMatcher(pattern.toLowerCase())),
      resources: resource.values.map((pattern) => (pattern.includes('${') ? null : globMatcher(pattern))),
      // For Not- elements a hit on a listed pattern means the element does not match.
      actionHits: action.values.map((pattern) => Object.freeze({ element: element(action.negated, 'Action'), matched: !action.negated, pattern })),
      actionMiss: Object.freeze({ element: element(action.negated, 'Action'), matched: action.negated, pattern: null }),
      resourceHits: resource.values.map((pattern) => Object.freeze({ element: element(resource.negated, 'Resource'), matched: !resource.negated, pattern })),
      resourceMiss: Object.freeze({ element: element(resource.negated, 'Resource'), matched: resource.negated, pattern: null })
    }
    compiledStatements.set(statement, compiled)
  }
  return compiled
}

/** The matchers of every statement of a policy: one lookup per document, not per statement. */
function compilePolicy(policy: Policy): CompiledStatement[] {
  let compiled = compiledPolicies.get(policy)
  if (compiled === undefined) compiledPolicies.set(policy, (compiled = policy.statements.map(compile)))
  return compiled
}

function globMatcher(pattern: string): Matcher {
  if (pattern === '*') return () => true
  const star = pattern.indexOf('*')
  const question = pattern.indexOf('?')
  if (star < 0 && question < 0) return (value) => value === pattern
  if (question < 0 && star === pattern.length - 1) {
    const prefix = pattern.slice(0, -1)
    return (value) => value.startsWith(prefix)
  }
  return (value) => wildcardMatch(pattern, value)
}

function matchAction(compiled: CompiledStatement, actionLower: string): ElementMatch {
  const matchers = compiled.actions
  for (let index = 0; index < matchers.length; index++) {
    if ((matchers[index] as Matcher)(actionLower)) return compiled.actionHits[index] as ElementMatch
  }
  return compiled.actionMiss
}

/** Actions compare case-insensitively, service prefix included. */
export function matchesAction(pattern: string, action: string): boolean {
  return pattern === '*' || wildcardMatch(pattern, action, true)
}

function matchResource(
  spec: ElementSpec,
  compiled: CompiledStatement,
  resource: string,
  context: RequestContext,
  version: PolicyVersion | null
): ElementMatch {
  for (let index = 0; index < spec.values.length; index++) {
    const matcher = compiled.resources[index]
    if (matcher ? matcher(resource) : matchesResource(spec.values[index] as string, resource, context, version)) {
      return compiled.resourceHits[index] as ElementMatch
    }
  }
  return compiled.resourceMiss
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
  /** Conditions that could not be compared as written (a request value that is not an IP...). */
  conditionErrors: Finding[]
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
  const conditionErrors: Finding[] = []
  const actionLower = request.action.toLowerCase()
  const compiled = compilePolicy(policy)
  for (let index = 0; index < policy.statements.length; index++) {
    const statement = policy.statements[index] as Statement
    const result = evaluateStatement(statement, policy.version, request, side, actionLower, compiled[index])
    statements.push(result.trace)
    for (const condition of result.trace.conditions) {
      if (condition.error === undefined) continue
      const where = `${path}.Statement[${statement.index}].Condition.${condition.operator}.${condition.key}`
      conditionErrors.push({ code: 'invalid-context-value', path: where, message: condition.error })
    }
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
    conditionErrors,
    allowedAs: outcome === 'allow' ? allowedAs : null
  }
}
