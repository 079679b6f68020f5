/**
 * `Null`: "use either true (the key doesn't exist — it is null) or false (the key exists and its
 * value is not null)". IfExists cannot be added to it and policy variables are not allowed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 *
 * A key present with no value at all (an empty set such as `aws:TagKeys: []`) counts as null: the
 * multivalued-key examples recommend `"Null": {"key": "false"}` precisely to reject "missing
 * context keys or context keys with empty values".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
 */
import type { ContextEntry } from '../context/types.js'
import { parseBool } from './bool.js'

export function checkNullPolicyValue(value: string): string | null {
  return parseBool(value) === null ? `"${value}" is not a valid Null value (expected "true" or "false")` : null
}

/** Whether the key counts as null (absent or without any value). */
export function isNull(entry: ContextEntry | undefined): boolean {
  return entry === undefined || entry.values.length === 0
}

/** The clause matches when any of its values ("true" = null, "false" = present) agrees with the request. */
export function nullMatches(policyValues: readonly string[], entry: ContextEntry | undefined): boolean {
  const keyIsNull = isNull(entry)
  for (const value of policyValues) {
    if (parseBool(value) === keyIsNull) return true
  }
  return false
}
