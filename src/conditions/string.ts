/**
 * String condition operators: exact (case-sensitive), IgnoreCase, and Like (`*` and `?` wildcards).
 * Policy variables are allowed; a substituted value is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 */
import { sameCharIgnoringCase, wildcardMatch } from '../policy/wildcard.js'
import { operandText, type ConditionOperator, type Operand } from './operator.js'

const anyString = (): null => null

/** Case-insensitive equality, character by character (no lower-cased copies). */
export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (!sameCharIgnoringCase(a.charCodeAt(i), b.charCodeAt(i))) return false
  }
  return true
}

function equals(request: string, policy: Operand): boolean {
  return request === operandText(policy)
}

function equalsIgnoringCase(request: string, policy: Operand): boolean {
  return equalsIgnoreCase(request, operandText(policy))
}

function like(request: string, policy: Operand): boolean {
  return wildcardMatch(policy, request)
}

function operator(name: string, negated: boolean, test: (request: string, policy: Operand) => boolean): ConditionOperator {
  return { name, negated, variables: true, checkPolicyValue: anyString, checkRequestValue: anyString, test }
}

export const stringOperators: readonly ConditionOperator[] = [
  operator('StringEquals', false, equals),
  operator('StringNotEquals', true, equals),
  operator('StringEqualsIgnoreCase', false, equalsIgnoringCase),
  operator('StringNotEqualsIgnoreCase', true, equalsIgnoringCase),
  operator('StringLike', false, like),
  operator('StringNotLike', true, like)
]
