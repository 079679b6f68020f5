/**
 * One statement, one policy: do they apply to the request, and how. Pure, and the hot path:
 * the large benchmark case runs this for thousands of statements per evaluation.
 *
 * How it stays fast without changing what it computes:
 * - what depends only on a parsed document is worked out once per document: compiled patterns,
 *   prepared conditions, and, per action, which statements the action cannot match (their trace is
 *   the same for every request, so it is made once and shared);
 * - what depends on the request is remembered for the last request it was asked about: a pattern's
 *   last value, a condition's last request context, a Principal's last caller. One authorization
 *   request meets the same pattern or condition in statement after statement, and a diagnosis
 *   evaluates the same scenario again and again;
 * - traces that are equal are shared: read them, never change them.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { evaluatePreparedCondition, prepareCondition, type PreparedCondition } from '../conditions/index.js'
import type { RequestContext } from '../context/types.js'
import { substituteVariables } from '../policy/variables.js'
import { wildcardMatch } from '../policy/wildcard.js'
import type { ConditionClause, ElementSpec, Policy, PolicyVersion, PrincipalSpec, Statement } from '../policy/types.js'
import type { ConditionTrace } from '../conditions/types.js'
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

/** One statement on its own (documents go through `evaluatePolicy`). */
export function evaluateStatement(statement: Statement, version: PolicyVersion | null, request: AuthorizationRequest, side: PolicySide): StatementResult {
  const compiled = compile(statement)
  const action = matchAction(compiled, request.action.toLowerCase())
  if (!action.matched) return { trace: newTrace(statement, action, 'action-mismatch'), principalKind: null }
  const found: PrincipalFound = { kind: null }
  const trace = evaluateMatched(statement, version, request, side, compiled, action, false, found)
  return { trace, principalKind: found.kind }
}

function newTrace(statement: Statement, action: ElementMatch, outcome: StatementTrace['outcome']): StatementTrace {
  return {
    index: statement.index,
    label: statement.label,
    effect: statement.effect,
    applies: false,
    outcome,
    action,
    resource: null,
    principal: null,
    conditions: NO_CONDITIONS
  }
}

/** Where evaluateMatched leaves how the Principal named the caller (one per policy evaluation, reused). */
interface PrincipalFound {
  kind: PrincipalMatchKind | null
}

/** The rest of a statement whose Action already matched: Principal, Resource, Condition, in that order. */
function evaluateMatched(
  statement: Statement,
  version: PolicyVersion | null,
  request: AuthorizationRequest,
  side: PolicySide,
  compiled: CompiledStatement,
  action: ElementMatch,
  accountMeansRoot: boolean,
  found: PrincipalFound
): StatementTrace {
  const trace = newTrace(statement, action, 'action-mismatch')
  found.kind = null
  if (side === 'resource') {
    if (statement.principal === null) {
      trace.principal = NO_PRINCIPAL
      trace.outcome = 'principal-mismatch'
      return trace
    }
    const principal = principalMatch(statement, compiled, request.caller, statement.effect === 'Deny' && request.hasBoundary, accountMeansRoot)
    trace.principal = principal.trace
    if (!principal.trace.matched) {
      trace.outcome = 'principal-mismatch'
      return trace
    }
    found.kind = principal.kind
  }

  if (statement.resource !== null) {
    trace.resource = matchResource(compiled, request.resource, request.context, version)
    if (!trace.resource.matched) {
      trace.outcome = 'resource-mismatch'
      found.kind = null
      return trace
    }
  }

  const prepared = compiled.conditions
  if (prepared.length > 0) {
    const clauses = statement.conditions
    const conditions: ConditionTrace[] = []
    trace.conditions = conditions
    for (let index = 0; index < prepared.length; index++) {
      const result = evaluatePreparedCondition(prepared[index] as PreparedCondition, clauses[index] as ConditionClause, request.context, version)
      conditions.push(result)
      if (!result.matched) {
        trace.outcome = 'condition-mismatch'
        found.kind = null
        return trace
      }
    }
  }
  trace.applies = true
  trace.outcome = 'applies'
  return trace
}

const NO_PRINCIPAL: ElementMatch = Object.freeze({ element: 'Principal', matched: false, pattern: null })

/** How the statement's Principal names the caller: computed once per caller and flags (see `lastPrincipal`). */
function principalMatch(statement: Statement, compiled: CompiledStatement, caller: Caller, denyWithBoundary: boolean, accountMeansRoot: boolean): NonNullable<CompiledStatement['lastPrincipal']> {
  const flags = (denyWithBoundary ? 1 : 0) | (accountMeansRoot ? 2 : 0)
  const last = compiled.lastPrincipal
  if (last !== null && last.caller === caller && last.flags === flags) return last
  const spec = statement.principal as PrincipalSpec
  const match = matchPrincipal(spec, caller, { denyWithBoundary, accountMeansRoot })
  const trace: ElementMatch = Object.freeze({ element: spec.negated ? 'NotPrincipal' : 'Principal', matched: match.matched, pattern: match.pattern })
  return (compiled.lastPrincipal = { caller, flags, kind: match.kind, trace })
}

/** How a document's statements are read beyond the request: set-aside statements, gateway endpoint principals. */
export interface PolicyOptions {
  /** Indexes of the statements AWS would refuse (../policy/validate.ts): set aside. */
  invalid?: ReadonlySet<number>
  /** A gateway endpoint's policy: an account principal names the root user only. */
  accountMeansRoot?: boolean
}

const NO_POLICY_OPTIONS: PolicyOptions = Object.freeze({})

/** Shared by every trace without conditions: traces are read, never changed. */
const NO_CONDITIONS: StatementTrace['conditions'] = Object.freeze([]) as unknown as StatementTrace['conditions']

/**
 * An Action (lower-cased) or Resource pattern, compiled once: most are exact names, `*`, a prefix
 * and a trailing `*`, or `*`-only globs. Data rather than closures, so that one small function
 * matches them all (a call site that sees a single function stays fast).
 */
export type Pattern =
  | { kind: 'any' }
  | { kind: 'exact'; text: string; last: LastMatch }
  | { kind: 'prefix'; text: string; last: LastMatch }
  /** Only `*`: the head must start the value, the tail end it, the middle pieces appear in order. */
  | { kind: 'stars'; head: string; tail: string; middle: string[]; fixed: number; last: LastMatch }
  | { kind: 'glob'; text: string; last: LastMatch }
  /** A Resource with policy variables: substituted per request. */
  | { kind: 'variables'; text: string }

/**
 * The last value a pattern was matched against, and the answer. Patterns written alike share one
 * compiled Pattern, and one authorization request compares every pattern with the same resource
 * (or action): a pattern repeated in many statements is compared once.
 */
interface LastMatch {
  value: string | null
  matched: boolean
}

/** One of a statement's two pattern lists (Action/NotAction, Resource/NotResource), compiled. */
interface CompiledElement {
  patterns: Pattern[]
  /** The values as written, for the trace. */
  values: string[]
  element: ElementMatch['element']
  negated: boolean
  /** The trace entries, made when first needed and then shared: traces are read, never changed. */
  hits: (ElementMatch | undefined)[]
  miss: ElementMatch | undefined
}

interface CompiledStatement {
  /** Over the lower-cased action. */
  action: CompiledElement
  resource: CompiledElement
  /** The statement's condition clauses, prepared (../conditions). */
  conditions: PreparedCondition[]
  /**
   * The last caller the Principal element was matched with (and the flags that change the answer):
   * callers are immutable and remembered (./principal.ts), so re-evaluations ask the same question.
   */
  lastPrincipal: { caller: Caller; flags: number; kind: PrincipalMatchKind | null; trace: ElementMatch } | null
}

/** For `evaluateStatement` on a lone statement; documents keep theirs in `compiledPolicies`. */
const compiledStatements = new WeakMap<Statement, CompiledStatement>()
const compiledPolicies = new WeakMap<Policy, CompiledStatement[]>()

function compile(statement: Statement): CompiledStatement {
  let compiled = compiledStatements.get(statement)
  if (compiled === undefined) compiledStatements.set(statement, (compiled = compileNew(statement)))
  return compiled
}

const NO_VALUES: ElementSpec = { negated: false, values: [] }

/** Patterns and prepared conditions, built once per parsed statement. */
function compileNew(statement: Statement): CompiledStatement {
  const action = statement.action
  const resource = statement.resource ?? NO_VALUES
  return {
    action: compileElement(action, action.values.map((pattern) => compilePattern(pattern.toLowerCase())), action.negated ? 'NotAction' : 'Action'),
    resource: compileElement(
      resource,
      resource.values.map((pattern): Pattern => (pattern.includes('${') ? { kind: 'variables', text: pattern } : compilePattern(pattern))),
      resource.negated ? 'NotResource' : 'Resource'
    ),
    conditions: statement.conditions.length === 0 ? NO_PREPARED : statement.conditions.map(prepareCondition),
    lastPrincipal: null
  }
}

function compileElement(spec: ElementSpec, patterns: Pattern[], element: ElementMatch['element']): CompiledElement {
  return { patterns, values: spec.values, element, negated: spec.negated, hits: [], miss: undefined }
}

const NO_PREPARED: PreparedCondition[] = []

/** The trace entry for a hit on pattern `index` (for a Not- element, a hit means the element does not match). */
function hitOf(compiled: CompiledElement, index: number): ElementMatch {
  let hit = compiled.hits[index]
  if (hit === undefined) {
    hit = Object.freeze({ element: compiled.element, matched: !compiled.negated, pattern: compiled.values[index] as string })
    compiled.hits[index] = hit
  }
  return hit
}

/** The trace entry when no pattern matched. */
function missOf(compiled: CompiledElement): ElementMatch {
  return (compiled.miss ??= Object.freeze({ element: compiled.element, matched: compiled.negated, pattern: null }))
}

/** The compiled statements of a policy: one lookup per document, not per statement. */
function compilePolicy(policy: Policy): CompiledStatement[] {
  let compiled = compiledPolicies.get(policy)
  if (compiled === undefined) compiledPolicies.set(policy, (compiled = policy.statements.map(compileNew)))
  return compiled
}

/** Compiles one pattern (shared by patterns written alike); exported for the property test against `wildcardMatch`. */
export function compilePattern(pattern: string): Pattern {
  let compiled = patterns.get(pattern)
  if (compiled === undefined) {
    if (patterns.size >= PATTERN_LIMIT) patterns.clear()
    patterns.set(pattern, (compiled = newPattern(pattern)))
  }
  return compiled
}

const patterns = new Map<string, Pattern>()
const PATTERN_LIMIT = 16384
const ANY: Pattern = Object.freeze({ kind: 'any' })

function newPattern(pattern: string): Pattern {
  if (pattern === '*') return ANY
  const last: LastMatch = { value: null, matched: false }
  const star = pattern.indexOf('*')
  const question = pattern.indexOf('?')
  if (star < 0 && question < 0) return { kind: 'exact', text: pattern, last }
  if (question >= 0) return { kind: 'glob', text: pattern, last }
  if (star === pattern.length - 1) return { kind: 'prefix', text: pattern.slice(0, -1), last }
  const parts = pattern.split('*')
  const head = parts[0] as string
  const tail = parts[parts.length - 1] as string
  return { kind: 'stars', head, tail, middle: parts.slice(1, -1).filter((part) => part !== ''), fixed: head.length + tail.length, last }
}

/** Whether `value` matches a compiled pattern (`variables` patterns are matched by the caller). */
export function matchPattern(pattern: Pattern, value: string): boolean {
  if (pattern.kind === 'any') return true
  if (pattern.kind === 'variables') return false
  const last = pattern.last
  if (last.value !== value) {
    last.matched = matchNow(pattern, value)
    last.value = value
  }
  return last.matched
}

/**
 * For `stars`, taking each middle piece at its first occurrence is always right, so native `indexOf`
 * does the work, in linear time. (`indexOf` from a position compares faster than `startsWith`, whose
 * comparison goes character by character.)
 */
function matchNow(pattern: Exclude<Pattern, { kind: 'any' } | { kind: 'variables' }>, value: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return value === pattern.text
    case 'prefix':
      return value.length >= pattern.text.length && value.lastIndexOf(pattern.text, 0) === 0
    case 'stars': {
      if (value.length < pattern.fixed || value.lastIndexOf(pattern.head, 0) !== 0 || value.indexOf(pattern.tail, value.length - pattern.tail.length) < 0) return false
      let from = pattern.head.length
      const end = value.length - pattern.tail.length
      for (const part of pattern.middle) {
        const at = value.indexOf(part, from)
        if (at < 0 || at + part.length > end) return false
        from = at + part.length
      }
      return true
    }
    default:
      return wildcardMatch(pattern.text, value)
  }
}

function matchAction(compiled: CompiledStatement, actionLower: string): ElementMatch {
  const element = compiled.action
  const patterns = element.patterns
  for (let index = 0; index < patterns.length; index++) {
    if (matchPattern(patterns[index] as Pattern, actionLower)) return hitOf(element, index)
  }
  return missOf(element)
}

/** Actions compare case-insensitively, service prefix included. */
export function matchesAction(pattern: string, action: string): boolean {
  return pattern === '*' || wildcardMatch(pattern, action, true)
}

function matchResource(compiled: CompiledStatement, resource: string, context: RequestContext, version: PolicyVersion | null): ElementMatch {
  const element = compiled.resource
  const patterns = element.patterns
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index] as Pattern
    if (pattern.kind === 'variables' ? matchesResource(pattern.text, resource, context, version) : matchPattern(pattern, resource)) return hitOf(element, index)
  }
  return missOf(element)
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

/**
 * How each statement's Action element compares with one action, and, for the statements it does not
 * match, their (complete) trace: computed once per document and action, since a statement whose
 * Action does not match is traced the same way for every request. Shared traces are frozen.
 */
interface ActionTable {
  matches: ElementMatch[]
  misses: (StatementTrace | null)[]
}

const actionTables = new WeakMap<Policy, Map<string, ActionTable>>()
/** Distinct actions kept per document: a scenario asks a handful (the S3 action, kms: actions, s3:ListBucket). */
const ACTIONS_PER_POLICY = 32

function actionTable(policy: Policy, compiled: CompiledStatement[], actionLower: string): ActionTable {
  let byAction = actionTables.get(policy)
  if (byAction === undefined) actionTables.set(policy, (byAction = new Map()))
  let table = byAction.get(actionLower)
  if (table === undefined) {
    const matches: ElementMatch[] = []
    const misses: (StatementTrace | null)[] = []
    for (let index = 0; index < policy.statements.length; index++) {
      const match = matchAction(compiled[index] as CompiledStatement, actionLower)
      matches.push(match)
      misses.push(match.matched ? null : Object.freeze(newTrace(policy.statements[index] as Statement, match, 'action-mismatch')))
    }
    if (byAction.size >= ACTIONS_PER_POLICY) byAction.clear()
    byAction.set(actionLower, (table = { matches, misses }))
  }
  return table
}

/** Evaluates every statement of one document (all of them: the trace shows each). */
export function evaluatePolicy(policy: Policy, name: string, path: string, request: AuthorizationRequest, side: PolicySide, options: PolicyOptions = NO_POLICY_OPTIONS): PolicyResult {
  const statements: StatementTrace[] = []
  const denies: string[] = []
  const allows: string[] = []
  let allowedAs: PrincipalMatchKind | null = null
  let conditionErrors: Finding[] = NO_FINDINGS
  const compiled = compilePolicy(policy)
  const table = actionTable(policy, compiled, request.action.toLowerCase())
  const invalid = options.invalid !== undefined && options.invalid.size > 0 ? options.invalid : null
  const accountMeansRoot = options.accountMeansRoot === true
  const found: PrincipalFound = { kind: null }
  for (let index = 0; index < policy.statements.length; index++) {
    const statement = policy.statements[index] as Statement
    if (invalid !== null && invalid.has(statement.index)) {
      // AWS would have refused the statement (../policy/validate.ts): it neither allows nor denies.
      statements.push(newTrace(statement, table.matches[index] as ElementMatch, 'invalid'))
      continue
    }
    const miss = table.misses[index]
    if (miss !== null && miss !== undefined) {
      statements.push(miss)
      continue
    }
    const trace = evaluateMatched(statement, policy.version, request, side, compiled[index] as CompiledStatement, table.matches[index] as ElementMatch, accountMeansRoot, found)
    statements.push(trace)
    const conditions = trace.conditions
    for (let at = 0; at < conditions.length; at++) {
      const condition = conditions[at] as ConditionTrace
      if (condition.error === undefined) continue
      if (conditionErrors === NO_FINDINGS) conditionErrors = []
      const where = `${path}.Statement[${statement.index}].Condition.${condition.operator}.${condition.key}`
      conditionErrors.push({ code: 'invalid-context-value', path: where, message: condition.error })
    }
    if (!trace.applies) continue
    if (statement.effect === 'Deny') denies.push(statement.label)
    else {
      allows.push(statement.label)
      const kind = found.kind
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

/** Shared by every policy without condition errors: read, never changed. */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[]
