import type { ConditionClause, PolicyVersion } from '../policy/types.js'
import type { RequestContext } from '../context/types.js'

/** What one condition clause compared and how it came out: the data reports quote. */
export interface ConditionTrace {
  /** The operator as written, e.g. `ForAnyValue:StringLike`. */
  operator: string
  key: string
  /** The policy's values after policy variables were substituted (null: a variable had no value and no default). */
  policyValues: (string | null)[]
  /** The request's values for the key; null when the request does not carry the key. */
  requestValues: string[] | null
  matched: boolean
  /** Why the clause could not be compared as written (an invalid CIDR in the request, an unknown operator...). */
  error?: string
}

export type ConditionEvaluator = (clause: ConditionClause, context: RequestContext, version: PolicyVersion | null) => ConditionTrace
