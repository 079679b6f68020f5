/**
 * The verdict: the contract of ../shared/scenario-format.md (`decision`, `denial`) plus the trace
 * that reports are built from. Everything here is data (discriminated unions), never prose to parse.
 */
import type { ConditionTrace } from '../conditions/types.js'
import type { Effect } from '../policy/types.js'
import type { PolicyType } from '../scenario/types.js'
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

export interface StatementTrace {
  index: number
  label: string
  effect: Effect
  /** True when every element and condition matched: the statement applies to the request. */
  applies: boolean
  action: ElementMatch
  resource: ElementMatch | null
  principal: ElementMatch | null
  conditions: ConditionTrace[]
}

/** The result of one policy document (or all statements of one policy set) for one request. */
export type PolicyOutcome = 'explicit-deny' | 'allow' | 'no-match'

export interface PolicyTrace {
  /** The document, in words: "bucket policy of artifacts-prod", "identity policy ci-write". */
  policy: string
  /** A path into the scenario, e.g. `identity.policies[0].document`. */
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

export type LayerId =
  | 'service-control-policy'
  | 'resource-control-policy'
  | 'vpc-endpoint-policy'
  | 'resource-based-policy'
  | 'identity-based-policy'
  | 'permissions-boundary'
  | 'session-policy'
  | 'block-public-access'
  | 'acl'
  | 'object-ownership'
  | 'object-lock'
  | 'requester-pays'
  | 'missing-list-permission'
  | 'kms-key-policy'
  | 'kms-grants'

export interface LayerTrace {
  layer: LayerId
  /** The authorization request this layer was asked about: the S3 action or the kms: action. */
  action: string
  status: LayerStatus
  /** One sentence on what the layer did, for the report's table. */
  summary: string
  policies: PolicyTrace[]
  /** For an unreadable layer: the error the collector recorded. */
  unreadable?: string
}

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
