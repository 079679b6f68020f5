/**
 * String condition operators: exact (case-sensitive), IgnoreCase, and Like (`*` and `?` wildcards).
 * Policy variables are allowed; a substituted value is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 */
import { sameCharIgnoringCase, wildcardMatch } from '../policy/wildcard.js'
import { defineOperator, operandText, type ConditionOperator, type Operand } from './operator.js'

/** Case-insensitive equality, character by character (no lower-cased copies). */
export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (!sameCharIgnoringCase(a.charCodeAt(i), b.charCodeAt(i))) return false
  }
  return true
}

const asIs = (value: string): string => value

/** Exact operators compare the joined text; Like keeps the segments so literal pieces stay literal. */
function exact(name: string, negated: boolean, same: (request: string, policy: string) => boolean): ConditionOperator {
  return defineOperator<string, string>({ name, negated, variables: true, preparePolicy: operandText, prepareRequest: asIs, test: same })
}

function like(name: string, negated: boolean): ConditionOperator {
  return defineOperator<string, Operand>({
    name,
    negated,
    variables: true,
    preparePolicy: (value) => value,
    prepareRequest: asIs,
    test: (request, policy) => wildcardMatch(policy, request)
  })
}

export const stringOperators: readonly ConditionOperator[] = [
  exact('StringEquals', false, (r, p) => r === p),
  exact('StringNotEquals', true, (r, p) => r === p),
  exact('StringEqualsIgnoreCase', false, equalsIgnoreCase),
  exact('StringNotEqualsIgnoreCase', true, equalsIgnoreCase),
  like('StringLike', false),
  like('StringNotLike', true)
]
