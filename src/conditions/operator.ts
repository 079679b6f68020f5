/**
 * What each condition operator family provides to the dispatcher in `./index.ts`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 *
 * Values are prepared once (a CIDR parsed, a date turned into an instant, an ARN split) and then
 * compared: policy values once per clause, request values once per distinct value, so an evaluation
 * that meets the same condition in many statements does not parse anything twice.
 */
import type { Segment } from '../policy/wildcard.js'

/** A policy value as compared: the text as written, or segments after policy-variable substitution. */
export type Operand = string | readonly Segment[]

/** A value the operator cannot compare, and why (`"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR`). */
export class Invalid {
  constructor(readonly message: string) {}
}

export interface ConditionOperator<R = unknown, P = unknown> {
  /** The operator's name as AWS spells it, e.g. `StringNotLike`. */
  name: string
  /**
   * Negated operators (StringNotEquals, NotIpAddress, ArnNotLike...) match a request value only when
   * it matches none of the policy values; `test` is always the positive sense.
   */
  negated: boolean
  /** Whether `${...}` in policy values is substituted (string, ARN and Bool operators). */
  variables: boolean
  /** Prepares one policy value (after substitution), or says why it can never be compared. */
  preparePolicy(value: Operand): P | Invalid
  /** Prepares one request value, or says why it cannot be compared. */
  prepareRequest(value: string): R | Invalid
  /** Positive sense: does this request value match this policy value? */
  test(request: R, policy: P): boolean
}

/** Erases an operator's value types so operators of every family fit in one registry. */
export function defineOperator<R, P>(operator: ConditionOperator<R, P>): ConditionOperator {
  return operator as unknown as ConditionOperator
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
 * A bounded memo for parsing values: the same few values are compared on every evaluation, so they
 * are parsed once. Cleared whole when full (simple, and the working set is small).
 */
export function memoize<T>(parse: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>()
  return (text: string): T => {
    const cached = cache.get(text)
    if (cached !== undefined || cache.has(text)) return cached as T
    const parsed = parse(text)
    if (cache.size >= limit) cache.clear()
    cache.set(text, parsed)
    return parsed
  }
}
