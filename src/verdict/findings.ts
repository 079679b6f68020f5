/**
 * Findings: things about the input worth telling the user that do not change the decision
 * (an unknown action name, a resource type that cannot match, an unknown condition key...).
 */
export type FindingCode =
  | 'unknown-action'
  | 'resource-type-mismatch'
  | 'unknown-condition-key'
  | 'unknown-service'
  | 'invalid-condition-value'
  | 'invalid-context-value'
  | 'policy-variable-without-version'
  | 'unresolved-policy-variable'
  | 'unreadable-layer'

export interface Finding {
  code: FindingCode
  /** Where: a path into the scenario, e.g. `identity.policies[0].document.Statement[1].Action`. */
  path: string
  message: string
}
