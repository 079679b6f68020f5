/**
 * A corrective change, proven by re-evaluation before anyone sees it (issue: reports and fixes).
 * `explain --format json` prints these under `fixes`.
 *
 * Fixes come in plans: most plans are one fix; some need several changes together (a cross-account
 * upload that neither side allows, Block Public Access on at both the bucket and the account). A fix
 * that depends on earlier ones lists their positions in `dependsOn`, and its `proven` and
 * `stillDeniedBy` are the result of applying them first and then it. Separate plans are
 * alternatives, safest first.
 */
import type { JsonValue, PolicyType } from '../scenario/types.js'

/**
 * Who can apply the change: the pipeline's owner usually cannot change SCPs or another account's policies.
 * (`account-admin`: whoever administers IAM in the caller's account, e.g. a permissions boundary;
 * `bucket-account-admin`: an administrator of the account that owns the bucket, for account-wide
 * S3 settings such as the account's Block Public Access; `network-admin`: whoever manages the VPC
 * endpoint's policy; `runner-network`: whoever decides where the job runs and how its traffic
 * reaches S3 (its egress address or NAT gateway, the VPC and endpoint it goes through);
 * `object-owner`: the account that owns an object in someone else's bucket.)
 */
export type FixOwner =
  | 'pipeline-role-owner'
  | 'bucket-owner'
  | 'key-owner'
  | 'organization-admin'
  | 'network-admin'
  | 'runner-network'
  | 'workflow-author'
  | 'account-admin'
  | 'bucket-account-admin'
  | 'object-owner'

export interface StillDenied {
  policyType: PolicyType
  statement: string | null
  action: string
  policy: string
}

/** How the fix works, for reports that group or phrase fixes by kind. */
export type FixStrategy =
  /** An Allow statement added to the caller's identity policies (or a new inline/managed policy). */
  | 'identity-grant'
  /** An Allow statement added to a permissions boundary. */
  | 'boundary-grant'
  /** An Allow statement added to the session policy the workflow passes. */
  | 'session-grant'
  /** An Allow statement naming the caller, added to the bucket policy. */
  | 'bucket-policy-grant'
  /** An Allow statement added to the VPC endpoint policy. */
  | 'endpoint-policy-grant'
  /** An Allow statement naming the caller, added to the KMS key policy. */
  | 'key-policy-grant'
  /** An Allow statement added to an SCP or RCP at the level that allows nothing. */
  | 'organization-grant'
  /** A condition added to an explicit Deny so that it no longer applies to the caller. */
  | 'deny-exception'
  /** A change to the request (a header, the network path, TLS) that the Deny or the S3 rule accepts. */
  | 'request-change'
  /** A bucket, account or object setting (Block Public Access, Object Ownership, legal hold, ACL...). */
  | 's3-setting'
  /** A tag on the caller that a Deny's condition asks for. */
  | 'principal-tag'

export interface Fix {
  /** The layer the change is made in (for a request change: the layer whose condition it satisfies). */
  policyType: PolicyType
  /** A JSON Pointer into the scenario: `/identity/policies/-`, `/bucket/policy`, `/kmsKeys/0/policy`, `/request/headers/x-amz-acl`... */
  target: string
  /** The value to put at `target` (a whole merged policy document where one existed). */
  document: JsonValue
  /** The AWS CLI command that applies it (or the upload flag to add), null when there is none to give. */
  command: string | null
  /**
   * True only when putting `document` at `target` (after the fixes in `dependsOn`) turns the verdict
   * into an allow, and AWS would accept the change as written (see `rejected`).
   */
  proven: boolean
  /** When not proven: the layer that would still deny. */
  stillDeniedBy: StillDenied | null
  /**
   * When AWS would refuse the change as written (a merged policy over the service's size limit):
   * why, with the page that states the limit. Such a fix is never proven, whatever the re-evaluation says.
   */
  rejected: string | null
  /** One line: what the change is. */
  title: string
  /** What the change does, why it is the narrowest, and for an explicit deny what the deny was protecting. */
  explanation: string
  owner: FixOwner
  strategy: FixStrategy
  /** Positions (in the returned list) of the fixes that must be applied before this one, in order. */
  dependsOn: number[]
  /** The file `command` reads (`file://NAME`), with the exact JSON to save in it; null when the command reads none. */
  file: { name: string; content: JsonValue } | null
}
