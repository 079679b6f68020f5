/**
 * What each condition operator family provides to the dispatcher in `./index.ts`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { Segment } from '../policy/wildcard.js'

/** A policy value as compared: the text as written, or segments after policy-variable substitution. */
export type Operand = string | readonly Segment[]

export interface ConditionOperator {
  /** The operator's name as AWS spells it, e.g. `StringNotLike`. */
  name: string
  /**
   * Negated operators (StringNotEquals, NotIpAddress, ArnNotLike...) match a request value only when
   * it matches none of the policy values; `test` is always the positive sense.
   */
  negated: boolean
  /** Whether `${...}` in policy values is substituted (string, ARN and Bool operators). */
  variables: boolean
  /** Static check of one policy value: null when fine, else why it can never be compared. */
  checkPolicyValue(value: string): string | null
  /** Check of one request value: null when fine, else why it cannot be compared. */
  checkRequestValue(value: string): string | null
  /** Positive sense: does this (checked) request value match this (checked) policy value? */
  test(requestValue: string, policyValue: Operand): boolean
}

/** The operand as one string: substituted segments joined (their literal flag only matters to wildcards). */
export function operandText(operand: Operand): string {
  if (typeof operand === 'string') return operand
  if (operand.length === 1) return (operand[0] as Segment).text
  let text = ''
  for (const segment of operand) text += segment.text
  return text
}

/**
 * A bounded memo for parsing policy values (CIDRs, dates, numbers): the same few policy values are
 * compared on every evaluation, so they are parsed once.
 */
export function memoize<T>(parse: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>()
  return (text: string): T => {
    if (cache.has(text)) return cache.get(text) as T
    const parsed = parse(text)
    if (cache.size >= limit) cache.clear()
    cache.set(text, parsed)
    return parsed
  }
}
