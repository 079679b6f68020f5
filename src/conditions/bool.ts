/**
 * `Bool`: compares "true" / "false", case-insensitively. The operators page lists policy variables
 * as supported for Boolean operators, so `${...}` is substituted.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
import { hasVariables } from '../policy/variables.js'
import { equalsIgnoreCase } from './string.js'
import { operandText, type ConditionOperator, type Operand } from './operator.js'

/** True or false for "true"/"false" in any case; null for anything else. */
export function parseBool(text: string): boolean | null {
  if (equalsIgnoreCase(text, 'true')) return true
  if (equalsIgnoreCase(text, 'false')) return false
  return null
}

export const boolOperators: readonly ConditionOperator[] = [
  {
    name: 'Bool',
    negated: false,
    variables: true,
    checkPolicyValue(value: string): string | null {
      if (parseBool(value) !== null || hasVariables(value)) return null
      return `"${value}" is not a valid boolean (expected "true" or "false")`
    },
    checkRequestValue(value: string): string | null {
      return parseBool(value) === null ? `"${value}" is not a valid boolean (expected "true" or "false")` : null
    },
    test(request: string, policy: Operand): boolean {
      const left = parseBool(request)
      return left !== null && left === parseBool(operandText(policy))
    }
  }
]
