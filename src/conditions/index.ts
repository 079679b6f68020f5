/**
 * Evaluates one condition clause (operator, key, values) against the request context.
 *
 * The rules, from AWS's pages:
 * - Several policy values for one key are OR-ed; for a negated operator (StringNotEquals,
 *   NotIpAddress, ArnNotLike...) they are NOR-ed: the request value must match none of them.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * - A key missing from the request: positive operators are false, negated ones true; `...IfExists`
 *   is true; `Null` tests presence itself.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * - `ForAllValues:` is true when every request value matches, and also when the key is missing or
 *   its set is empty (the documented caveat: pair it with `"Null": {key: "false"}`).
 *   `ForAnyValue:` is true when at least one request value matches: false on a missing key or an
 *   empty set. With a negated operator, "matches" is the negated test applied to each request value.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * - A single-valued key under a set operator is a set of one value ("do not use", but it
 *   evaluates). A multivalued key without one cannot be compared ("Multivalued context keys require
 *   a condition set operator"): the clause is false, with an error saying so, whatever the operator.
 * - A policy variable with no value and no default leaves that policy value unresolved (null in the
 *   trace): it matches nothing, and a negated operator fails on it ("any attempt to match it fails").
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * - A request value the operator cannot read (an IP that is not one, a date that is not one) makes
 *   the clause false with `error` set; it never throws.
 */
import type { ContextEntry, RequestContext } from '../context/types.js'
import type { ConditionClause, PolicyVersion } from '../policy/types.js'
import { hasVariables, substituteVariables } from '../policy/variables.js'
import { arnOperators } from './arn.js'
import { binaryOperators } from './binary.js'
import { boolOperators } from './bool.js'
import { dateOperators } from './date.js'
import { ipOperators } from './ip.js'
import { checkNullPolicyValue, nullMatches } from './null.js'
import { numericOperators } from './numeric.js'
import { Invalid, operandText, type ConditionOperator } from './operator.js'
import { stringOperators } from './string.js'
import type { ConditionEvaluator, ConditionTrace } from './types.js'

export type { ConditionOperator, Operand } from './operator.js'
export { Invalid } from './operator.js'

/** Operators by name; looked up as written first, then case-insensitively. */
const OPERATORS = new Map<string, ConditionOperator>()
for (const operator of [
  ...stringOperators,
  ...numericOperators,
  ...dateOperators,
  ...boolOperators,
  ...binaryOperators,
  ...ipOperators,
  ...arnOperators
]) {
  OPERATORS.set(operator.name, operator)
  OPERATORS.set(operator.name.toLowerCase(), operator)
}

function lookup(baseOperator: string): ConditionOperator | undefined {
  return OPERATORS.get(baseOperator) ?? OPERATORS.get(baseOperator.toLowerCase())
}

function isNullOperator(baseOperator: string): boolean {
  return baseOperator === 'Null' || (baseOperator.length === 4 && baseOperator.toLowerCase() === 'null')
}

/** Names of every supported base operator (Null included), as AWS spells them. */
export const CONDITION_OPERATORS: readonly string[] = [...new Set([...OPERATORS.values()].map((operator) => operator.name)), 'Null']

/**
 * Static check of a clause's operator and policy values: null when fine, else a message such as
 * `"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR` or `unknown condition operator "StringEqual"`.
 */
export function validateConditionClause(clause: ConditionClause): string | null {
  // Policies repeat their conditions: the answer depends only on the operator and the values.
  const id = `${clause.operator}\u0000${clause.values.join('\u0000')}`
  let problem = validated.get(id)
  if (problem === undefined) {
    problem = validateNow(clause)
    if (validated.size >= ALIKE_LIMIT) validated.clear()
    validated.set(id, problem)
  }
  return problem
}

const validated = new Map<string, string | null>()

function validateNow(clause: ConditionClause): string | null {
  if (isNullOperator(clause.baseOperator)) {
    if (clause.ifExists) return `"${clause.operator}" is not an operator: IfExists cannot be added to Null`
    for (const value of clause.values) {
      const problem = checkNullPolicyValue(value)
      if (problem !== null) return problem
    }
    return null
  }
  const operator = lookup(clause.baseOperator)
  if (operator === undefined) return `unknown condition operator "${clause.operator}"`
  for (const value of clause.values) {
    // A value holding a variable is only known at evaluation time (and is literal text without Version 2012-10-17).
    if (operator.variables && hasVariables(value)) continue
    const prepared = operator.preparePolicy(value)
    if (prepared instanceof Invalid) return prepared.message
  }
  return null
}

/** A clause's operator and its policy values prepared as written (valid whenever nothing is substituted). */
interface PreparedClause {
  /** The condition key in lower case, as the request context is keyed. */
  keyLower: string
  /** Null for the Null operator, which tests presence and has no operator of its own. */
  operator: ConditionOperator | null
  policy: unknown[]
  /** Why the clause cannot be compared as written (an unknown operator, a policy value that is not one), if so. */
  invalid: string | null
  /** Whether some value holds a policy variable the operator substitutes. */
  substitutes: boolean
  /**
   * The last evaluation: many statements of a scenario repeat the same clause ("aws:SecureTransport"
   * is "false", an office CIDR...), and within one authorization request (one RequestContext) its
   * outcome cannot change, so it is computed once and its trace shared (traces are never changed).
   */
  lastContext: RequestContext | null
  lastVersion: PolicyVersion | null
  lastTrace: ConditionTrace | null
}

/** A clause prepared for evaluation (opaque outside this module): see `prepareCondition`. */
export type PreparedCondition = PreparedClause

/**
 * Prepares a clause once; clauses written alike (same operator, key and values, as written) share
 * one preparation, so that the memo above serves every statement that repeats them. The evaluator
 * keeps the result with its compiled statement (../evaluate/statement.ts).
 */
export function prepareCondition(clause: ConditionClause): PreparedCondition {
  const id = `${clause.operator}\u0000${clause.key}\u0000${clause.values.join('\u0000')}`
  let result = alike.get(id)
  if (result === undefined) {
    result = prepareNew(clause)
    if (alike.size >= ALIKE_LIMIT) alike.clear()
    alike.set(id, result)
  }
  return result
}

const alike = new Map<string, PreparedClause>()
const ALIKE_LIMIT = 8192
/** For `evaluateCondition` on a lone clause. */
const preparedClauses = new WeakMap<ConditionClause, PreparedClause>()

function prepareClause(clause: ConditionClause): PreparedClause {
  let prepared = preparedClauses.get(clause)
  if (prepared === undefined) preparedClauses.set(clause, (prepared = prepareCondition(clause)))
  return prepared
}

function prepareNew(clause: ConditionClause): PreparedClause {
  const keyLower = clause.key.toLowerCase()
  if (isNullOperator(clause.baseOperator)) {
    return { keyLower, operator: null, policy: [], invalid: validateConditionClause(clause), substitutes: false, lastContext: null, lastVersion: null, lastTrace: null }
  }
  const operator = lookup(clause.baseOperator)
  if (operator === undefined) {
    return { keyLower, operator: null, policy: [], invalid: `unknown condition operator "${clause.operator}"`, substitutes: false, lastContext: null, lastVersion: null, lastTrace: null }
  }
  const policy: unknown[] = []
  let invalid: string | null = null
  let substitutes = false
  for (const value of clause.values) {
    if (operator.variables && hasVariables(value)) substitutes = true
    const prepared = operator.preparePolicy(value)
    if (prepared instanceof Invalid) invalid ??= prepared.message
    policy.push(prepared)
  }
  return { keyLower, operator, policy, invalid, substitutes, lastContext: null, lastVersion: null, lastTrace: null }
}

function trace(
  clause: ConditionClause,
  policyValues: (string | null)[],
  requestValues: string[] | null,
  matched: boolean,
  error?: string
): ConditionTrace {
  const result: ConditionTrace = { operator: clause.operator, key: clause.key, policyValues, requestValues, matched }
  if (error !== undefined) result.error = error
  return result
}

/**
 * One request value against all policy values: OR for a positive operator, NOR for a negated one.
 * An unresolved policy value (null) matches nothing, and a negated comparison fails on it.
 */
function matchesValue(operator: ConditionOperator, request: unknown, policy: readonly unknown[]): boolean {
  if (operator.negated) {
    for (const value of policy) if (value === null || operator.test(request, value)) return false
    return true
  }
  for (const value of policy) if (value !== null && operator.test(request, value)) return true
  return false
}

/** Evaluates one clause. The trace (and its arrays) may be shared with other statements or the context: do not mutate it. */
export const evaluateCondition: ConditionEvaluator = (clause, context, version) => evaluatePreparedCondition(prepareClause(clause), clause, context, version)

/** `evaluateCondition` for a clause prepared by `prepareCondition`. */
export function evaluatePreparedCondition(prepared: PreparedCondition, clause: ConditionClause, context: RequestContext, version: PolicyVersion | null): ConditionTrace {
  if (prepared.lastTrace !== null && prepared.lastContext === context && prepared.lastVersion === version) return prepared.lastTrace
  const trace = evaluatePrepared(clause, prepared, context, version)
  prepared.lastContext = context
  prepared.lastVersion = version
  prepared.lastTrace = trace
  return trace
}

function evaluatePrepared(clause: ConditionClause, prepared: PreparedClause, context: RequestContext, version: PolicyVersion | null): ConditionTrace {
  const entry = context.getLower(prepared.keyLower)
  const requestValues = entry === undefined ? null : entry.values
  const operator = prepared.operator
  if (operator === null) {
    // The Null operator (an invalid one is reported as such), or an unknown operator.
    if (prepared.invalid !== null) return trace(clause, clause.values, requestValues, false, prepared.invalid)
    return trace(clause, clause.values, requestValues, nullMatches(clause.values, entry))
  }

  // Policy values: prepared once per clause, unless variables are substituted from this request.
  let policy: unknown[] = prepared.policy
  let policyValues: (string | null)[] = clause.values
  if (prepared.substitutes && version === '2012-10-17') {
    policy = []
    policyValues = []
    let invalid: string | null = null
    for (const value of clause.values) {
      const segments = hasVariables(value) ? substituteVariables(value, context, version) : value
      if (segments === null) {
        policy.push(null)
        policyValues.push(null)
        continue
      }
      policyValues.push(typeof segments === 'string' ? segments : operandText(segments))
      const operand = operator.preparePolicy(segments)
      if (operand instanceof Invalid) invalid ??= operand.message
      policy.push(operand)
    }
    if (invalid !== null) return trace(clause, policyValues, requestValues, false, invalid)
  } else if (prepared.invalid !== null) {
    return trace(clause, policyValues, requestValues, false, prepared.invalid)
  }

  if (entry === undefined) return trace(clause, policyValues, null, matchesMissingKey(clause, operator))
  const result = compare(clause, operator, entry, policy)
  return typeof result === 'string'
    ? trace(clause, policyValues, requestValues, false, result)
    : trace(clause, policyValues, requestValues, result)
}

/** The clause's outcome for a present key, or why it could not be compared. */
function compare(clause: ConditionClause, operator: ConditionOperator, entry: ContextEntry, policy: readonly unknown[]): boolean | string {
  const values = entry.values
  if (clause.qualifier === null) {
    if (entry.multiValued) {
      return `"${clause.key}" is a multivalued key: it needs ForAllValues: or ForAnyValue: before "${clause.operator}"`
    }
    // A single-valued key given without a value is as good as missing.
    if (values.length === 0) return matchesMissingKey(clause, operator)
  }
  if (values.length === 1) {
    const request = operator.prepareRequest(values[0] as string)
    if (request instanceof Invalid) return request.message
    return matchesValue(operator, request, policy)
  }
  const requests: unknown[] = []
  for (const value of values) {
    const request = operator.prepareRequest(value)
    if (request instanceof Invalid) return request.message
    requests.push(request)
  }
  // ForAllValues: every request value matches (true on an empty set); ForAnyValue: at least one does.
  // Unqualified (a single-valued key given several values): any value for a positive operator, none for a negated one.
  const every = clause.qualifier === 'ForAllValues' || (clause.qualifier === null && operator.negated)
  return every
    ? requests.every((request) => matchesValue(operator, request, policy))
    : requests.some((request) => matchesValue(operator, request, policy))
}

/** IfExists and ForAllValues hold on a missing key, ForAnyValue does not; otherwise negated operators hold. */
function matchesMissingKey(clause: ConditionClause, operator: ConditionOperator): boolean {
  if (clause.ifExists) return true
  if (clause.qualifier === 'ForAllValues') return true
  if (clause.qualifier === 'ForAnyValue') return false
  return operator.negated
}
