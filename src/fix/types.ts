/**
 * A corrective change, proven by re-evaluation before anyone sees it (issue: reports and fixes).
 * `explain --format json` prints these under `fixes`.
 */
import type { JsonValue, PolicyType } from '../scenario/types.js'

/** Who can apply the change: the pipeline's owner usually cannot change SCPs or another account's policies. */
export type FixOwner = 'pipeline-role-owner' | 'bucket-owner' | 'key-owner' | 'organization-admin' | 'network-admin' | 'workflow-author'

export interface StillDenied {
  policyType: PolicyType
  statement: string | null
  action: string
  policy: string
}

export interface Fix {
  /** The layer the change is made in (for a request change: the layer whose condition it satisfies). */
  policyType: PolicyType
  /** A JSON Pointer into the scenario: `/identity/policies/-`, `/bucket/policy`, `/kmsKeys/0/policy`, `/request/headers/x-amz-acl`... */
  target: string
  /** The value to put at `target` (a whole merged policy document where one existed). */
  document: JsonValue
  /** The AWS CLI command that applies it (or the upload flag to add), null when there is none to give. */
  command: string | null
  /** True only when putting `document` at `target` turns the verdict into an allow. */
  proven: boolean
  /** When not proven: the layer that would still deny. */
  stillDeniedBy: StillDenied | null
  /** One line: what the change is. */
  title: string
  /** What the change does, why it is the narrowest, and for an explicit deny what the deny was protecting. */
  explanation: string
  owner: FixOwner
}
