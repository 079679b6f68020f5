/**
 * Numeric condition operators: integers and decimals, compared exactly (as decimals, not as
 * floating point, so 9007199254740993 and 9007199254740992 stay different). No policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
import { defineOperator, Invalid, memoize, operandText, type ConditionOperator } from './operator.js'

/** A decimal as sign × digits × 10^exponent, digits without leading or trailing zeros ('' for zero). */
export interface Decimal {
  negative: boolean
  digits: string
  exponent: number
}

const NUMBER = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?$/

/** Parses an integer or decimal (optionally signed, optionally with an exponent); null when it is not one. */
export function parseDecimal(text: string): Decimal | null {
  const match = NUMBER.exec(text)
  if (match === null) return null
  const whole = match[2] ?? ''
  const fraction = match[3] ?? ''
  if (whole.length === 0 && fraction.length === 0) return null
  let digits = whole + fraction
  let exponent = (match[4] === undefined ? 0 : Number(match[4])) - fraction.length
  let start = 0
  while (start < digits.length && digits.charCodeAt(start) === 48) start++
  let end = digits.length
  while (end > start && digits.charCodeAt(end - 1) === 48) end--
  exponent += digits.length - end
  digits = digits.slice(start, end)
  if (digits.length === 0) return { negative: false, digits: '', exponent: 0 }
  return { negative: match[1] === '-', digits, exponent }
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const signA = a.digits.length === 0 ? 0 : a.negative ? -1 : 1
  const signB = b.digits.length === 0 ? 0 : b.negative ? -1 : 1
  if (signA !== signB) return signA < signB ? -1 : 1
  if (signA === 0) return 0
  const magnitude = compareMagnitudes(a, b)
  return signA < 0 ? -magnitude : magnitude
}

function compareMagnitudes(a: Decimal, b: Decimal): number {
  // The position of the most significant digit decides first.
  const orderA = a.digits.length + a.exponent
  const orderB = b.digits.length + b.exponent
  if (orderA !== orderB) return orderA < orderB ? -1 : 1
  const length = Math.max(a.digits.length, b.digits.length)
  for (let i = 0; i < length; i++) {
    const da = i < a.digits.length ? a.digits.charCodeAt(i) : 48
    const db = i < b.digits.length ? b.digits.charCodeAt(i) : 48
    if (da !== db) return da < db ? -1 : 1
  }
  return 0
}

function prepare(text: string): Decimal | Invalid {
  return parseDecimal(text) ?? new Invalid(`"${text}" is not a valid number`)
}

const prepareMemo = memoize(prepare)

function operator(name: string, negated: boolean, holds: (comparison: number) => boolean): ConditionOperator {
  return defineOperator<Decimal, Decimal>({
    name,
    negated,
    variables: false,
    preparePolicy: (value) => prepareMemo(operandText(value)),
    prepareRequest: prepareMemo,
    test: (request, policy) => holds(compareDecimals(request, policy))
  })
}

export const numericOperators: readonly ConditionOperator[] = [
  operator('NumericEquals', false, (c) => c === 0),
  operator('NumericNotEquals', true, (c) => c === 0),
  operator('NumericLessThan', false, (c) => c < 0),
  operator('NumericLessThanEquals', false, (c) => c <= 0),
  operator('NumericGreaterThan', false, (c) => c > 0),
  operator('NumericGreaterThanEquals', false, (c) => c >= 0)
]
