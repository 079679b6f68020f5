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
  /** A statement AWS would have refused to store (a resource-policy statement without Principal...): set aside, see src/policy/validate.ts. */
  | 'invalid-policy'
  /** The request goes through a VPC endpoint whose type (Gateway or Interface) the scenario does not give, and the type matters. */
  | 'vpc-endpoint-type-unknown'
  /** A gateway endpoint policy names a principal other than "*": AWS grants an account principal to its root user only. */
  | 'gateway-endpoint-principal'
  /** An object written or read with the AWS managed key aws/s3 of another account: no other account can use that key. */
  | 'aws-managed-key-cross-account'

export interface Finding {
  code: FindingCode
  /** Where: a path into the scenario, e.g. `identity.policies[0].document.Statement[1].Action`. */
  path: string
  message: string
}
