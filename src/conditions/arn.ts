/**
 * ARN condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 * "ArnEquals, ArnLike: Case-sensitive matching of the ARN. Each of the six colon-delimited
 * components of the ARN is checked separately and each can include multi-character match
 * wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition
 * operators behave identically." ArnNotEquals and ArnNotLike are their negations, also identical.
 *
 * So `*` in ArnEquals is a wildcard, and a wildcard never spans the colon between two components:
 * `arn:aws:someservice:*:111122223333:finance/*` does not match
 * `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt`
 * (the page's own example). The sixth component, the resource, runs to the end, colons included.
 * A request value or pattern with fewer than six components never matches.
 */
import { flattenSegments, matchRange, type FlatPattern } from '../policy/wildcard.js'
import { defineOperator, Invalid, memoize, type ConditionOperator, type Operand } from './operator.js'

/**
 * Start offsets of the six components plus one past the end (seven entries), so component i spans
 * [bounds[i], bounds[i + 1] - 1). Null when the text has fewer than five colons.
 */
export function arnComponentBounds(text: string): number[] | null {
  const bounds = [0]
  let from = 0
  for (let i = 0; i < 5; i++) {
    const colon = text.indexOf(':', from)
    if (colon < 0) return null
    from = colon + 1
    bounds.push(from)
  }
  bounds.push(text.length + 1)
  return bounds
}

/** A pattern or an ARN with its component bounds (null: fewer than six components, never matches). */
export interface SplitArn {
  text: string
  literal: Uint8Array | null
  bounds: number[] | null
}

/** Whether the ARN matches the pattern component by component. */
export function arnMatches(pattern: SplitArn, arn: SplitArn): boolean {
  const pb = pattern.bounds
  const ab = arn.bounds
  if (pb === null || ab === null) return false
  for (let i = 0; i < 6; i++) {
    const matched = matchRange(
      pattern.text,
      pb[i] as number,
      (pb[i + 1] as number) - 1,
      pattern.literal,
      arn.text,
      ab[i] as number,
      (ab[i + 1] as number) - 1,
      false
    )
    if (!matched) return false
  }
  return true
}

function split(pattern: FlatPattern): SplitArn {
  return { text: pattern.text, literal: pattern.literal, bounds: arnComponentBounds(pattern.text) }
}

/** Policy patterns are not rejected: one with fewer than six components is legal JSON that simply never matches. */
const preparePattern = memoize((text: string): SplitArn => split({ text, literal: null }))

const prepareArn = memoize((text: string): SplitArn | Invalid => {
  const bounds = arnComponentBounds(text)
  if (bounds === null) return new Invalid(`"${text}" is not an ARN (arn:partition:service:region:account:resource)`)
  return { text, literal: null, bounds }
})

function operator(name: string, negated: boolean): ConditionOperator {
  return defineOperator<SplitArn, SplitArn>({
    name,
    negated,
    variables: true,
    preparePolicy: (value: Operand) => (typeof value === 'string' ? preparePattern(value) : split(flattenSegments(value))),
    prepareRequest: prepareArn,
    test: (request, policy) => arnMatches(policy, request)
  })
}

export const arnOperators: readonly ConditionOperator[] = [
  operator('ArnEquals', false),
  operator('ArnLike', false),
  operator('ArnNotEquals', true),
  operator('ArnNotLike', true)
]
