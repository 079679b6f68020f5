/**
 * The verdict: the contract of ../shared/scenario-format.md (`decision`, `denial`) plus the trace
 * that reports are built from. Everything here is data (discriminated unions), never prose to parse.
 * A verdict is read-only: equal parts of the trace (statement and condition traces, element matches)
 * are shared, within a verdict and between verdicts, and some are frozen.
 */
import type { ConditionTrace } from '../conditions/types.js'
import type { Effect } from '../policy/types.js'
import type { AclGrantee, AclPermission, PolicyType } from '../scenario/types.js'
import type { Finding } from './findings.js'

export type Decision = 'allow' | 'deny'

export interface Denial {
  /** Only for the policy layers: a Deny statement matched, or nothing allowed. */
  kind?: 'explicit' | 'implicit'
  policyType: PolicyType
  /** Sid, `#N` for a statement without one, null for an implicit deny or a non-policy layer. */
  statement: string | null
  /** The action that was denied: the request's, or a kms: action for the KMS call it implies. */
  action: string
  /** Which document or setting, in words a person can find it by. */
  policy: string
  /** Where the deciding document lives in the scenario (e.g. `bucket.policy`), when one document decides. */
  path?: string
  /** What S3 answers: 403 AccessDenied for nearly all, 400 AccessControlListNotSupported for ACLs on BucketOwnerEnforced. */
  httpStatus: number
  errorCode: string
  /** One sentence: why this layer denies. */
  reason: string
}

/** How one element (Action, Resource, Principal) of a statement compared with the request. */
export interface ElementMatch {
  element: 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal'
  matched: boolean
  /** The pattern that matched (for Action/Resource/Principal) or excluded (for the Not- forms). */
  pattern: string | null
}

/**
 * Where the evaluation of a statement stopped: it applies, or the first element that did not match
 * (elements are tested in the order Action, Principal, Resource, Condition), or it was set aside
 * because AWS would have refused it (see `Finding` code `invalid-policy`).
 */
export type StatementOutcome = 'applies' | 'action-mismatch' | 'principal-mismatch' | 'resource-mismatch' | 'condition-mismatch' | 'invalid'

export interface StatementTrace {
  index: number
  label: string
  effect: Effect
  /** True when every element and condition matched: the statement applies to the request. */
  applies: boolean
  /** The discriminant: why the statement applies or not; the fields below hold the details. */
  outcome: StatementOutcome
  action: ElementMatch
  /** Null when the statement was not tested that far (or has no such element). */
  resource: ElementMatch | null
  principal: ElementMatch | null
  /** The conditions tested, in order, up to the first that failed. */
  conditions: ConditionTrace[]
}

/** The result of one policy document (or all statements of one policy set) for one request. */
export type PolicyOutcome = 'explicit-deny' | 'allow' | 'no-match'

export interface PolicyTrace {
  /** The document, in words: "bucket policy of artifacts-prod", "identity policy ci-write". */
  policy: string
  /** A path into the scenario, e.g. `identity.policies[0].document`; a document AWS defines (aws/s3) has a path in parentheses. */
  path: string
  outcome: PolicyOutcome
  statements: StatementTrace[]
  /** The statements that decided the outcome: the matching Deny, or the matching Allows. */
  deciding: string[]
}

/** What a layer did with one authorization request (the S3 call or the KMS call it implies). */
export type LayerStatus =
  | 'not-present'
  | 'unreadable'
  | 'allows'
  | 'explicit-deny'
  | 'implicit-deny'
  | 'no-opinion'
  | 'not-applicable'
  | 'denies'

/** The seven policy layers of AWS's evaluation logic (the key policy in place of the bucket policy for a KMS call). */
export type PolicyLayerId =
  | 'service-control-policy'
  | 'resource-control-policy'
  | 'vpc-endpoint-policy'
  | 'resource-based-policy'
  | 'identity-based-policy'
  | 'permissions-boundary'
  | 'session-policy'
  | 'kms-key-policy'

export type LayerId =
  | PolicyLayerId
  | 'block-public-access'
  | 'acl'
  | 'object-ownership'
  | 'object-lock'
  | 'requester-pays'
  | 'missing-list-permission'
  | 'kms-grants'

/** The fields every layer trace has: what the report's table shows. */
interface LayerTraceBase {
  layer: LayerId
  /** The authorization request this layer was asked about: the S3 action or the kms: action. */
  action: string
  status: LayerStatus
  /** One sentence on what the layer did, for the report's table. */
  summary: string
  /** The policy documents the layer read, every statement traced; empty for S3 settings, ACLs and KMS grants. */
  policies: PolicyTrace[]
  /** For an unreadable layer: the error the collector recorded. */
  unreadable?: string
}

/** SCPs, RCPs, the VPC endpoint policy, the bucket policy, identity policies, the boundary, session policies. */
export interface PolicyLayerTrace extends LayerTraceBase {
  kind: 'policy'
  layer: Exclude<PolicyLayerId, 'kms-key-policy'>
  /** For the VPC endpoint policy: the endpoint's type, as the scenario gives it (`unknown` when it does not). */
  endpointType?: 'Gateway' | 'Interface' | 'unknown'
}

/** The key policy of the KMS key an SSE-KMS request uses. */
export interface KmsKeyPolicyTrace extends LayerTraceBase {
  kind: 'kms-key-policy'
  layer: 'kms-key-policy'
  key: {
    arn: string
    /** `AWS` for an AWS managed key (aws/s3): AWS defines its key policy, and no other account can use it. */
    manager: 'AWS' | 'CUSTOMER'
    account: string | null
    /** Where the key policy read here comes from. */
    policySource: 'snapshot' | 'aws-defined' | 'missing'
  }
}

/** One Block Public Access setting, as it applied to the request. */
export type BlockPublicAccessCheck =
  | { setting: 'BlockPublicAcls'; outcome: 'not-applicable' | 'passed' | 'blocked'; publicGrants: AclGrantTrace[]; reason: string }
  | { setting: 'BlockPublicPolicy'; outcome: 'not-applicable' | 'passed' | 'blocked'; publicStatements: string[]; reason: string }
  | { setting: 'RestrictPublicBuckets'; outcome: 'not-applicable' | 'admitted' | 'restricted' | 'unknown'; publicStatements: string[]; reason: string }
  /** `decisive`: without IgnorePublicAcls the ignored grants would have allowed the request. */
  | { setting: 'IgnorePublicAcls'; outcome: 'not-applicable' | 'ignored' | 'decisive'; ignoredGrants: AclGrantTrace[]; reason: string }

export interface AclGrantTrace {
  grantee: AclGrantee
  permission: AclPermission
}

export interface BlockPublicAccessTrace extends LayerTraceBase {
  kind: 'block-public-access'
  layer: 'block-public-access'
  /** Each setting in effect (the most restrictive of bucket and account), and which level turns it on. */
  settings: Record<'BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets', { on: boolean; level: 'bucket' | 'account' | 'both' | null }>
  /** Levels whose configuration could not be read. */
  unreadableLevels: ('bucket' | 'account')[]
  checks: BlockPublicAccessCheck[]
}

export interface AclTrace extends LayerTraceBase {
  kind: 'acl'
  layer: 'acl'
  /** The ACL consulted: the object's for object reads, the bucket's for writes and bucket actions. */
  acl: 'bucket' | 'object'
  outcome: 'granted' | 'not-granted' | 'disabled' | 'not-applicable' | 'unknown'
  /** The permission the action needs (READ, WRITE...), null when no ACL permission grants it. */
  permission: AclPermission | null
  grant: AclGrantTrace | null
  /** Grants to AllUsers/AuthenticatedUsers that IgnorePublicAcls set aside. */
  ignoredPublicGrants: AclGrantTrace[]
  /** An object owned by another account: only its ACL can grant, the bucket policy can only deny. */
  objectOwner: { kind: 'bucket-owner' | 'other-account' | 'unknown'; owner: string | null }
}

export interface ObjectOwnershipTrace extends LayerTraceBase {
  kind: 'object-ownership'
  layer: 'object-ownership'
  /** The bucket's setting; null when the bucket has none (it then behaves as ObjectWriter). */
  setting: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter' | null
  outcome: 'accepted' | 'rejected' | 'unknown'
  /** For a write: the account that will own the new object. */
  newObjectOwner: string | null
}

export interface ObjectLockTrace extends LayerTraceBase {
  kind: 'object-lock'
  layer: 'object-lock'
  outcome: 'not-applicable' | 'allowed' | 'blocked' | 'needs-bypass-permission' | 'bypassed' | 'unknown'
  protection: 'legal-hold' | 'compliance' | 'governance' | null
}

export interface RequesterPaysTrace extends LayerTraceBase {
  kind: 'requester-pays'
  layer: 'requester-pays'
  /** The bucket's setting; null when the snapshot does not say. */
  enabled: boolean | null
  outcome: 'not-applicable' | 'satisfied' | 'denied' | 'unknown'
}

/** HEAD/GET of a key that does not exist: 404 only for a caller allowed s3:ListBucket. */
export interface MissingKeyTrace extends LayerTraceBase {
  kind: 'missing-list-permission'
  layer: 'missing-list-permission'
  /** The decision on s3:ListBucket (its own request in `requests`). */
  listBucket: Decision
}

/** The grants of the KMS key, for the KMS call. */
export interface KmsGrantsTrace extends LayerTraceBase {
  kind: 'kms-grants'
  layer: 'kms-grants'
  /** The grant operation the call needs (GenerateDataKey, Decrypt). */
  operation: string
  grants: { granteePrincipal: string; operations: string[]; namesCaller: boolean; coversOperation: boolean }[]
}

/**
 * One layer's trace for one authorization request, discriminated by `kind`. Every member has the
 * fields of `LayerTraceBase` (layer, action, status, summary, policies), so code that only tabulates
 * layers can ignore `kind`; code that reads a layer's details switches on it.
 */
export type LayerTrace =
  | PolicyLayerTrace
  | KmsKeyPolicyTrace
  | BlockPublicAccessTrace
  | AclTrace
  | ObjectOwnershipTrace
  | ObjectLockTrace
  | RequesterPaysTrace
  | MissingKeyTrace
  | KmsGrantsTrace

/** One authorization request the evaluation made: the S3 call, and the KMS call SSE-KMS implies. */
export interface RequestEvaluation {
  action: string
  resource: string
  decision: Decision
  layers: LayerTrace[]
}

export interface Verdict {
  decision: Decision
  denial: Denial | null
  requests: RequestEvaluation[]
  /** Conclusions that depend on a layer the collector could not read, and which layer. */
  dependsOnUnreadable: { layer: LayerId; path: string; error: string; effect: string }[]
  findings: Finding[]
  /** The condition keys and values the evaluation used, given and derived. */
  context: { key: string; values: string[]; origin: 'given' | 'derived' }[]
}
