import { evaluateCondition, validateConditionClause } from '../../src/conditions/index.js'
import { RequestContext } from '../../src/context/types.js'
import { check, clauseOf, type Row } from './helpers.js'

// Null: "use either true (the key doesn't exist — it is null) or false (the key exists and its value
// is not null)"; "You can add IfExists to the end of any condition operator name except the Null
// condition"; no policy variables.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
// A present key with an empty set counts as null: the multivalued examples use Null "false" to stop
// "missing context keys or context keys with empty values" from making ForAllValues true.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
const K = 'aws:TokenIssueTime'
const rows: Row[] = [
  { name: 'true: key absent', operator: 'Null', key: K, policy: 'true', request: undefined, expected: true },
  { name: 'true: key present', operator: 'Null', key: K, policy: 'true', request: '2026-01-01T00:00:00Z', expected: false },
  { name: 'false: key present', operator: 'Null', key: K, policy: 'false', request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'false: key absent', operator: 'Null', key: K, policy: 'false', request: undefined, expected: false },
  { name: 'TRUE in capitals', operator: 'Null', key: K, policy: 'TRUE', request: undefined, expected: true },
  { name: 'true: multivalued key with an empty set', operator: 'Null', key: 'aws:TagKeys', policy: 'true', request: [], expected: true },
  { name: 'false: multivalued key with an empty set', operator: 'Null', key: 'aws:TagKeys', policy: 'false', request: [], expected: false },
  { name: 'false: multivalued key with values', operator: 'Null', key: 'aws:TagKeys', policy: 'false', request: ['a', 'b'], expected: true },
  { name: 'false: present with an empty string', operator: 'Null', key: 's3:prefix', policy: 'false', request: '', expected: true },
  { name: 'both values: always true', operator: 'Null', key: K, policy: ['true', 'false'], request: 'x', expected: true },
  { name: 'invalid value', operator: 'Null', key: K, policy: 'yes', request: undefined, expected: false, error: '"yes" is not a valid Null value' },
  { name: 'NullIfExists is not an operator', operator: 'NullIfExists', key: K, policy: 'true', request: undefined, expected: false, error: 'IfExists cannot be added to Null' }
]

describe('Null', () => {
  test.each(rows)('$name', (row) => check(row))

  test.each([
    { operator: 'Null', value: 'true', problem: null },
    { operator: 'Null', value: 'false', problem: null },
    { operator: 'Null', value: 'maybe', problem: '"maybe" is not a valid Null value (expected "true" or "false")' },
    { operator: 'NullIfExists', value: 'true', problem: '"NullIfExists" is not an operator: IfExists cannot be added to Null' }
  ])('validateConditionClause: $operator $value', ({ operator, value, problem }) => {
    expect(validateConditionClause(clauseOf(operator, K, value))).toBe(problem)
  })

  test('the trace shows the request values, null when the key is missing', () => {
    const missing = evaluateCondition(clauseOf('Null', K, 'true'), new RequestContext(), '2012-10-17')
    expect(missing).toEqual({ operator: 'Null', key: K, policyValues: ['true'], requestValues: null, matched: true })
  })
})
