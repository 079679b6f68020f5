/**
 * `Bool`: compares "true" / "false", case-insensitively. The operators page lists policy variables
 * as supported for Boolean operators, so `${...}` is substituted.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
import { equalsIgnoreCase } from './string.js'
import { defineOperator, Invalid, operandText, type ConditionOperator } from './operator.js'

/** True or false for "true"/"false" in any case; null for anything else. */
export function parseBool(text: string): boolean | null {
  if (equalsIgnoreCase(text, 'true')) return true
  if (equalsIgnoreCase(text, 'false')) return false
  return null
}

function prepare(text: string): boolean | Invalid {
  return parseBool(text) ?? new Invalid(`"${text}" is not a valid boolean (expected "true" or "false")`)
}

export const boolOperators: readonly ConditionOperator[] = [
  defineOperator<boolean, boolean>({
    name: 'Bool',
    negated: false,
    variables: true,
    preparePolicy: (value) => prepare(operandText(value)),
    prepareRequest: prepare,
    test: (request, policy) => request === policy
  })
]
