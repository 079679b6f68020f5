/**
 * Date condition operators: compare instants. Values are the W3C profile of ISO 8601
 * (`2026-01-01`, `2026-01-01T10:00Z`, `2026-01-01T10:00:00.5+02:00`...) or epoch seconds.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * ("You must specify date/time values with one of the W3C implementations of the ISO 8601 date
 * formats or in epoch (UNIX) time"; wildcards and policy variables are not allowed.)
 *
 * Choices where the formats overlap or are loose:
 * - A string of digits is epoch seconds (so a year alone, `2026`, is read as an epoch time).
 * - A date without a time is midnight UTC; a time without a zone is UTC (scenario times are UTC).
 */
import { defineOperator, Invalid, memoize, operandText, type ConditionOperator } from './operator.js'

const EPOCH = /^[+-]?\d+(?:\.\d+)?$/
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?)?$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The instant, in milliseconds since the epoch (fractions kept), or null when the text is not a date. */
export function parseDate(text: string): number | null {
  if (EPOCH.test(text)) {
    const seconds = Number(text)
    return Number.isFinite(seconds) ? seconds * 1000 : null
  }
  const match = ISO.exec(text)
  if (match === null) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  const hour = match[4] === undefined ? 0 : Number(match[4])
  const minute = match[5] === undefined ? 0 : Number(match[5])
  const second = match[6] === undefined ? 0 : Number(match[6])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  let offsetMinutes = 0
  if (match[9] !== undefined) {
    const offsetHours = Number(match[10])
    const offsetMins = Number(match[11])
    if (offsetHours > 23 || offsetMins > 59) return null
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins)
  }
  const instant = new Date(0)
  instant.setUTCFullYear(year, month - 1, day)
  instant.setUTCHours(hour, minute, second, 0)
  const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000
  return instant.getTime() + fraction - offsetMinutes * 60_000
}

function prepare(text: string): number | Invalid {
  return parseDate(text) ?? new Invalid(`"${text}" is not a valid date`)
}

const prepareMemo = memoize(prepare)

function operator(name: string, negated: boolean, holds: (request: number, policy: number) => boolean): ConditionOperator {
  return defineOperator<number, number>({
    name,
    negated,
    variables: false,
    preparePolicy: (value) => prepareMemo(operandText(value)),
    prepareRequest: prepareMemo,
    test: holds
  })
}

export const dateOperators: readonly ConditionOperator[] = [
  operator('DateEquals', false, (r, p) => r === p),
  operator('DateNotEquals', true, (r, p) => r === p),
  operator('DateLessThan', false, (r, p) => r < p),
  operator('DateLessThanEquals', false, (r, p) => r <= p),
  operator('DateGreaterThan', false, (r, p) => r > p),
  operator('DateGreaterThanEquals', false, (r, p) => r >= p)
]
