/**
 * What a live run produces (issue: live diagnosis): the principal, the probes and their results,
 * the parsed error text, and the scenario the collector read. Reports render these.
 */
import type { PolicyType, Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import type { Fix } from '../fix/types.js'

export interface CallerIdentity {
  /** As STS GetCallerIdentity reports it: arn:aws:sts::A:assumed-role/ROLE/SESSION. */
  arn: string
  account: string
  userId: string
  /** The role or user behind a session (with its path when IAM could be read). */
  identityArn?: string
  /** How the credentials were obtained. */
  source: 'environment' | 'assume-role' | 'assume-role-with-web-identity' | 'unknown'
}

export type ProbeOutcome = 'allowed' | 'denied' | 'not-found' | 'precondition-failed' | 'error' | 'skipped'

export interface ProbeRecord {
  /** The S3 API operation sent, e.g. `PutObject` (with an If-None-Match precondition), `ListObjectsV2`. */
  operation: string
  /** The IAM action it exercises, e.g. `s3:PutObject`. */
  action: string
  key?: string
  status: number | null
  errorCode: string | null
  message: string | null
  requestId: string | null
  outcome: ProbeOutcome
  /** What this status means for the pipeline, in one sentence. */
  meaning: string
  /**
   * Something the probe created and could not remove (a canary object or version, an incomplete
   * multipart upload), as `s3://bucket/key?versionId=...` or `...?uploadId=...`: reports must show it.
   */
  leftBehind?: string
  /**
   * The 403 came from x-amz-expected-bucket-owner naming another account than the bucket's owner
   * (proven by the same probe, or another, sent without the header): not a policy denial.
   */
  ownerMismatch?: boolean
  /**
   * This record undoes what the named probe left (a probe body a server stored despite its wrong
   * Content-MD5, a delete marker a server wrote despite If-Match): it is reported with that probe,
   * and says nothing about the operation it sent.
   */
  cleanup?: string
}

/** An AWS access-denied message taken apart. */
export interface ParsedAccessDenied {
  principal?: string
  action?: string
  resource?: string
  kind?: 'explicit' | 'implicit'
  policyType?: PolicyType
  policyArn?: string
  /** For messages that are not about authorization: SignatureDoesNotMatch, ExpiredToken... */
  nonAuthorization?: { code: string; explanation: string }
  /** The error code the text carried (`An error occurred (AccessDenied) when calling...`) or was given. */
  code?: string
  /** The policy type as AWS worded it ("sessions policy", "role trust policy"), when it named one. */
  policyPhrase?: string
  /** "... with an explicit deny in a VPC endpoint policy transitively through a service control policy". */
  transitivelyThrough?: PolicyType
  /** The Block Public Access (or other bucket) setting the message names: `BlockPublicAcls`, `BlockedEncryptionTypes`... */
  setting?: string
  /** IAM's authorization ID, for GetRequestAuthorizationDetails. */
  authorizationId?: string
  /** One or two sentences: what the message means and where to look. */
  explanation?: string
  raw: string
}

/** A layer the collector could not read, and the permission the doctor would need to read it. */
export interface UnreadableLayer {
  path: string
  error: string
  permission: string
}

export interface Diagnosis {
  caller: CallerIdentity | null
  probes: ProbeRecord[]
  parsedError: ParsedAccessDenied | null
  scenario: Scenario
  verdict: Verdict
  fixes: Fix[]
  unreadable: UnreadableLayer[]
  /** The probe was denied but the snapshot says allow (or the reverse): explanations, most likely first. */
  disagreement: {
    summary: string
    explanations: string[]
    /**
     * The probe was refused only because it wrote to the doctor's fresh probe key: the snapshot
     * denies that key and allows the real one (a policy names exact object keys). The real request
     * is not refused, and the outputs do not count the probe (./outcome.ts).
     */
    probeKeyOnly?: boolean
  } | null
  /** When no fix is proven: why there is none (`diagnoseFixes(...).noFix` from src/fix); reports print it. */
  noFix?: { kind: string; reason: string } | null
}
