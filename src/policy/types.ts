/**
 * A policy document after parsing: every element in one shape (arrays, never "string or array"),
 * so the evaluator never re-inspects raw JSON. `./parse.ts` builds these from scenario documents.
 */

export type PolicyVersion = '2012-10-17' | '2008-10-17'

export type Effect = 'Allow' | 'Deny'

/** `Action` or `NotAction` (likewise Resource/NotResource): which element, and its patterns. */
export interface ElementSpec {
  negated: boolean
  values: string[]
}

/** `Principal` / `NotPrincipal`: `"*"` or a map of principal kinds to values. */
export type PrincipalSpec =
  | { negated: boolean; wildcard: true }
  | {
      negated: boolean
      wildcard: false
      AWS: string[]
      Service: string[]
      Federated: string[]
      CanonicalUser: string[]
    }

export type SetQualifier = 'ForAllValues' | 'ForAnyValue'

/** One (operator, key, values) triple from a `Condition` block. */
export interface ConditionClause {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string
  /** The operator without qualifier and IfExists, e.g. `StringLike`. */
  baseOperator: string
  qualifier: SetQualifier | null
  ifExists: boolean
  /** The condition key as written (keys compare case-insensitively). */
  key: string
  /** The policy's values, as strings (booleans and numbers in JSON are stringified). */
  values: string[]
}

export interface Statement {
  /** 0-based position in the document. */
  index: number
  sid: string | null
  /** The Sid, or `#N` when the statement has none: the verdict's `statement` value. */
  label: string
  effect: Effect
  action: ElementSpec
  resource: ElementSpec | null
  principal: PrincipalSpec | null
  conditions: ConditionClause[]
}

export interface Policy {
  version: PolicyVersion | null
  statements: Statement[]
}
