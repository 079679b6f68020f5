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
import type { ConditionClause } from '../policy/types.js'
import { hasVariables, substituteVariables } from '../policy/variables.js'
import { arnOperators } from './arn.js'
import { binaryOperators } from './binary.js'
import { boolOperators } from './bool.js'
import { dateOperators } from './date.js'
import { ipOperators } from './ip.js'
import { checkNullPolicyValue, nullMatches } from './null.js'
import { numericOperators } from './numeric.js'
import { memoize, operandText, type ConditionOperator, type Operand } from './operator.js'
import { stringOperators } from './string.js'
import type { ConditionEvaluator, ConditionTrace } from './types.js'

export type { ConditionOperator, Operand } from './operator.js'

interface Registered {
  operator: ConditionOperator
  /** The operator's policy-value check, memoized: the same values are checked on every evaluation. */
  checkPolicyValue: (value: string) => string | null
}

/** Operators by name; looked up as written first, then case-insensitively. */
const OPERATORS = new Map<string, Registered>()
for (const operator of [
  ...stringOperators,
  ...numericOperators,
  ...dateOperators,
  ...boolOperators,
  ...binaryOperators,
  ...ipOperators,
  ...arnOperators
]) {
  const registered = { operator, checkPolicyValue: memoize((value: string) => operator.checkPolicyValue(value)) }
  OPERATORS.set(operator.name, registered)
  OPERATORS.set(operator.name.toLowerCase(), registered)
}

function lookup(baseOperator: string): Registered | undefined {
  return OPERATORS.get(baseOperator) ?? OPERATORS.get(baseOperator.toLowerCase())
}

function isNullOperator(baseOperator: string): boolean {
  return baseOperator === 'Null' || baseOperator.toLowerCase() === 'null'
}

/** Names of every supported base operator (Null included), as AWS spells them. */
export const CONDITION_OPERATORS: readonly string[] = [
  ...new Set([...OPERATORS.values()].map((registered) => registered.operator.name)),
  'Null'
]

/**
 * Static check of a clause's operator and policy values: null when fine, else a message such as
 * `"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR` or `unknown condition operator "StringEqual"`.
 */
export function validateConditionClause(clause: ConditionClause): string | null {
  if (isNullOperator(clause.baseOperator)) {
    if (clause.ifExists) return `"${clause.operator}" is not an operator: IfExists cannot be added to Null`
    for (const value of clause.values) {
      const problem = checkNullPolicyValue(value)
      if (problem !== null) return problem
    }
    return null
  }
  const registered = lookup(clause.baseOperator)
  if (registered === undefined) return `unknown condition operator "${clause.operator}"`
  for (const value of clause.values) {
    // A value holding a variable is only known at evaluation time (and is literal text without Version 2012-10-17).
    if (registered.operator.variables && hasVariables(value)) continue
    const problem = registered.checkPolicyValue(value)
    if (problem !== null) return problem
  }
  return null
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

/** Evaluates one clause. The trace's arrays may be the clause's or the context's own: do not mutate them. */
export const evaluateCondition: ConditionEvaluator = (clause, context, version) => {
  const entry = context.get(clause.key)
  const requestValues = entry === undefined ? null : entry.values

  if (isNullOperator(clause.baseOperator)) {
    if (clause.ifExists) return trace(clause, clause.values, requestValues, false, validateConditionClause(clause) ?? undefined)
    for (const value of clause.values) {
      const problem = checkNullPolicyValue(value)
      if (problem !== null) return trace(clause, clause.values, requestValues, false, problem)
    }
    return trace(clause, clause.values, requestValues, nullMatches(clause.values, entry))
  }

  const registered = lookup(clause.baseOperator)
  if (registered === undefined) {
    return trace(clause, clause.values, requestValues, false, `unknown condition operator "${clause.operator}"`)
  }
  const { operator } = registered

  // Policy values after substitution; the clause's own arrays are reused when nothing is substituted.
  let operands: (Operand | null)[] = clause.values
  let policyValues: (string | null)[] = clause.values
  if (operator.variables && version === '2012-10-17') {
    for (let i = 0; i < clause.values.length; i++) {
      const value = clause.values[i] as string
      if (!hasVariables(value)) continue
      if (operands === clause.values) {
        operands = [...clause.values]
        policyValues = [...clause.values]
      }
      const segments = substituteVariables(value, context, version)
      operands[i] = segments
      policyValues[i] = segments === null ? null : operandText(segments)
    }
  }
  for (const operand of operands) {
    if (typeof operand !== 'string') continue
    const problem = registered.checkPolicyValue(operand)
    if (problem !== null) return trace(clause, policyValues, requestValues, false, problem)
  }

  if (entry === undefined) return trace(clause, policyValues, null, matchesMissingKey(clause, operator))

  for (const value of entry.values) {
    const problem = operator.checkRequestValue(value)
    if (problem !== null) return trace(clause, policyValues, requestValues, false, problem)
  }

  // One request value against all policy values: OR for a positive operator, NOR for a negated one.
  const matchesValue = operator.negated
    ? (value: string): boolean => operands.every((operand) => operand !== null && !operator.test(value, operand))
    : (value: string): boolean => operands.some((operand) => operand !== null && operator.test(value, operand))

  switch (clause.qualifier) {
    case 'ForAllValues':
      return trace(clause, policyValues, requestValues, entry.values.every(matchesValue))
    case 'ForAnyValue':
      return trace(clause, policyValues, requestValues, entry.values.some(matchesValue))
    default:
      if (entry.multiValued) {
        const error = `"${clause.key}" is a multivalued key: it needs ForAllValues: or ForAnyValue: before "${clause.operator}"`
        return trace(clause, policyValues, requestValues, false, error)
      }
      // A single-valued key given without a value is as good as missing.
      if (entry.values.length === 0) return trace(clause, policyValues, requestValues, matchesMissingKey(clause, operator))
      return trace(
        clause,
        policyValues,
        requestValues,
        operator.negated ? entry.values.every(matchesValue) : entry.values.some(matchesValue)
      )
  }
}

/** IfExists and ForAllValues hold on a missing key, ForAnyValue does not; otherwise negated operators hold. */
function matchesMissingKey(clause: ConditionClause, operator: ConditionOperator): boolean {
  if (clause.ifExists) return true
  if (clause.qualifier === 'ForAllValues') return true
  if (clause.qualifier === 'ForAnyValue') return false
  return operator.negated
}
