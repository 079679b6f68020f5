import { validateConditionClause } from '../../src/conditions/index.js'
import { parseDate } from '../../src/conditions/date.js'
import { check, clauseOf, type Row } from './helpers.js'

// Date operators compare instants given "with one of the W3C implementations of the ISO 8601 date
// formats or in epoch (UNIX) time"; wildcards and policy variables are not allowed.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
// W3C profile: https://www.w3.org/TR/NOTE-datetime
const T = 'aws:CurrentTime'
const rows: Row[] = [
  { name: 'DateLessThan: earlier', operator: 'DateLessThan', key: T, policy: '2026-01-01T00:00:00Z', request: '2025-12-31T23:59:59Z', expected: true },
  { name: 'DateLessThan: same instant', operator: 'DateLessThan', key: T, policy: '2026-01-01T00:00:00Z', request: '2026-01-01T00:00:00Z', expected: false },
  { name: 'DateLessThanEquals: same instant', operator: 'DateLessThanEquals', key: T, policy: '2026-01-01T00:00:00Z', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'DateGreaterThan: later (aws:TokenIssueTime example)', operator: 'DateGreaterThan', key: 'aws:TokenIssueTime', policy: '2020-01-01T00:00:01Z', request: '2020-06-01T12:00:00Z', expected: true },
  { name: 'DateGreaterThan: earlier', operator: 'DateGreaterThan', key: T, policy: '2020-01-01T00:00:01Z', request: '2019-12-31T00:00:00Z', expected: false },
  { name: 'DateGreaterThanEquals: equal', operator: 'DateGreaterThanEquals', key: T, policy: '2026-05-01T00:00:00Z', request: '2026-05-01T00:00:00Z', expected: true },
  { name: 'DateEquals: date only is midnight UTC', operator: 'DateEquals', key: T, policy: '2026-01-01', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'DateEquals: offsets compare as instants', operator: 'DateEquals', key: T, policy: '2026-01-01T02:00:00+02:00', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'DateEquals: negative offset', operator: 'DateEquals', key: T, policy: '2025-12-31T19:00:00-05:00', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'DateEquals: epoch seconds against ISO', operator: 'DateEquals', key: 'aws:EpochTime', policy: '1767225600', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'DateLessThan: epoch request against ISO policy', operator: 'DateLessThan', key: 'aws:EpochTime', policy: '2026-01-01T00:00:00Z', request: '1767225599', expected: true },
  { name: 'DateGreaterThan: fractional seconds count', operator: 'DateGreaterThan', key: T, policy: '2026-01-01T00:00:00Z', request: '2026-01-01T00:00:00.500Z', expected: true },
  { name: 'DateEquals: minutes without seconds', operator: 'DateEquals', key: T, policy: '2026-01-01T10:30Z', request: '2026-01-01T10:30:00Z', expected: true },
  { name: 'DateNotEquals: different', operator: 'DateNotEquals', key: T, policy: '2026-01-01', request: '2026-01-02', expected: true },
  { name: 'DateNotEquals: equal to one of several', operator: 'DateNotEquals', key: T, policy: ['2026-01-01', '2026-01-02'], request: '2026-01-02T00:00:00Z', expected: false },
  { name: 'DateNotEquals: missing key is true', operator: 'DateNotEquals', key: 'aws:TokenIssueTime', policy: '2026-01-01', request: undefined, expected: true },
  { name: 'DateGreaterThan: missing key', operator: 'DateGreaterThan', key: 'aws:TokenIssueTime', policy: '2020-01-01T00:00:01Z', request: undefined, expected: false },
  { name: 'DateGreaterThanIfExists: missing key', operator: 'DateGreaterThanIfExists', key: 'aws:TokenIssueTime', policy: '2020-01-01T00:00:01Z', request: undefined, expected: true },
  { name: 'DateLessThan: request not a date', operator: 'DateLessThan', key: T, policy: '2026-01-01', request: 'yesterday', expected: false, error: '"yesterday" is not a valid date' },
  { name: 'DateNotEquals: request not a date', operator: 'DateNotEquals', key: T, policy: '2026-01-01', request: '2026-02-30', expected: false, error: '"2026-02-30" is not a valid date' }
]

describe('date condition operators', () => {
  test.each(rows)('$name', (row) => check(row))

  test.each([
    { name: 'full UTC timestamp', value: '2026-11-25T10:00:00Z', problem: null },
    { name: 'date only', value: '2026-11-25', problem: null },
    { name: 'year and month', value: '2026-11', problem: null },
    { name: 'offset', value: '2026-11-25T10:00:00+05:30', problem: null },
    { name: 'epoch seconds', value: '1767225600', problem: null },
    { name: 'leap day', value: '2024-02-29', problem: null },
    { name: 'month 13', value: '2026-13-01', problem: '"2026-13-01" is not a valid date' },
    { name: 'February 29 in a common year', value: '2026-02-29', problem: '"2026-02-29" is not a valid date' },
    { name: 'hour 24', value: '2026-01-01T24:00:00Z', problem: '"2026-01-01T24:00:00Z" is not a valid date' },
    { name: 'words', value: 'next tuesday', problem: '"next tuesday" is not a valid date' },
    { name: 'wildcard', value: '2026-*', problem: '"2026-*" is not a valid date' }
  ])('validateConditionClause: $name', ({ value, problem }) => {
    expect(validateConditionClause(clauseOf('DateGreaterThan', 'aws:CurrentTime', value))).toBe(problem)
  })

  test.each([
    { text: '2026-01-01T00:00:00Z', ms: Date.UTC(2026, 0, 1) },
    { text: '2026-01-01T00:00:00.250Z', ms: Date.UTC(2026, 0, 1) + 250 },
    { text: '1767225600.5', ms: 1_767_225_600_500 }
  ])('parseDate($text) = $ms', ({ text, ms }) => {
    expect(parseDate(text)).toBe(ms)
  })

  test('a two-digit year is that year, not 19xx', () => {
    const parsed = parseDate('0099-06-01T00:00:00Z')
    expect(parsed).not.toBeNull()
    expect(new Date(parsed as number).getUTCFullYear()).toBe(99)
  })
})
