/** Builders shared by the condition-operator tables (not a test file: jest only runs *.test.ts). */
import { evaluateCondition } from '../../src/conditions/index.js'
import type { ConditionTrace } from '../../src/conditions/types.js'
import { RequestContext } from '../../src/context/types.js'
import type { ConditionClause, PolicyVersion, SetQualifier } from '../../src/policy/types.js'

/** A request value: a string for a single-valued key, an array for a multivalued one, undefined when missing. */
export type RequestValue = string | string[] | undefined

/** A context from `{ key: value }`; arrays become multivalued keys. */
export function contextOf(entries: Record<string, string | string[]>): RequestContext {
  const context = new RequestContext()
  for (const [key, value] of Object.entries(entries)) {
    const multiValued = Array.isArray(value)
    context.set({ key, values: multiValued ? value : [value], multiValued, origin: 'given' })
  }
  return context
}

/** A clause split the way the policy parser splits `ForAnyValue:StringLikeIfExists`. */
export function clauseOf(operator: string, key: string, values: string | string[]): ConditionClause {
  const colon = operator.indexOf(':')
  const qualifier = colon >= 0 ? (operator.slice(0, colon) as SetQualifier) : null
  let baseOperator = colon >= 0 ? operator.slice(colon + 1) : operator
  const ifExists = operator !== 'Null' && baseOperator.endsWith('IfExists')
  if (ifExists) baseOperator = baseOperator.slice(0, -'IfExists'.length)
  return { operator, baseOperator, qualifier, ifExists, key, values: Array.isArray(values) ? values : [values] }
}

/** Evaluates `operator: { key: policy }` against a request carrying `request` for the same key. */
export function evaluate(
  operator: string,
  key: string,
  policy: string | string[],
  request: RequestValue,
  version: PolicyVersion | null = '2012-10-17',
  extra: Record<string, string | string[]> = {}
): ConditionTrace {
  const entries: Record<string, string | string[]> = { ...extra }
  if (request !== undefined) entries[key] = request
  return evaluateCondition(clauseOf(operator, key, policy), contextOf(entries), version)
}

/** One row of an operator table. `error` is a substring the trace's error must contain. */
export interface Row {
  name: string
  operator: string
  key?: string
  policy: string | string[]
  request: RequestValue
  expected: boolean
  error?: string
}

/** Runs one table row and checks `matched` and `error` (absent unless the row names one). */
export function check(row: Row): void {
  const trace = evaluate(row.operator, row.key ?? 'test:key', row.policy, row.request)
  expect(trace.matched).toBe(row.expected)
  if (row.error === undefined) expect(trace.error).toBeUndefined()
  else expect(trace.error).toContain(row.error)
}
