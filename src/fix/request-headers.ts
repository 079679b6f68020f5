/**
 * Fixes that change the request, not a policy: a header the bucket policy or S3 requires
 * (`x-amz-acl`, `x-amz-server-side-encryption`, `x-amz-request-payer`,
 * `x-amz-bypass-governance-retention`), a header S3 refuses (an ACL on a bucket with ACLs
 * disabled, a public ACL under BlockPublicAcls), TLS, or the network path a Deny insists on
 * (`aws:SourceIp`, `aws:SourceVpce`, `aws:SourceVpc`). The command is the CLI call with its flag.
 *
 * https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html (--acl, --sse, --sse-kms-key-id, --request-payer)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html (bypassing governance mode)
 */
import { isUnreadable, type JsonValue, type PolicyType } from '../scenario/types.js'
import { getHeader } from '../s3/actions.js'
import { requestCommand, flaggedHeaders, flagFor, sh, type Candidate, type FixContext } from './common.js'
import { formatPointer } from './pointer.js'
import type { FixOwner } from './types.js'

export interface HeaderChange {
  /** Headers to send (replacing a header of the same name in any case). */
  set?: Record<string, string>
  /** Headers to stop sending. */
  remove?: (name: string, value: string) => boolean
}

/** The request's headers after a change. */
export function changedHeaders(headers: Readonly<Record<string, string>>, change: HeaderChange): Record<string, string> {
  const result: Record<string, string> = {}
  const setNames = new Set(Object.keys(change.set ?? {}).map((name) => name.toLowerCase()))
  for (const [name, value] of Object.entries(headers)) {
    if (setNames.has(name.toLowerCase())) continue
    if (change.remove?.(name.toLowerCase(), value) === true) continue
    result[name] = value
  }
  return { ...result, ...change.set }
}

/**
 * A request change to the headers: the pointer is the one header when a single new header is added,
 * otherwise the whole headers object (so that a removal is a plain "put this value here").
 */
export function headerCandidate(
  context: FixContext,
  change: HeaderChange,
  meta: { policyType: PolicyType; title: string; explanation: string; owner?: FixOwner }
): Candidate | null {
  const { scenario } = context
  const before = scenario.request.headers ?? {}
  const after = changedHeaders(before, change)
  if (JSON.stringify(after) === JSON.stringify(before)) return null
  const added = Object.keys(after).filter((name) => !(name in before))
  const onlyAdded = added.length === 1 && Object.keys(after).length === Object.keys(before).length + 1
  const single = onlyAdded ? added[0] : undefined
  const fixed = { ...scenario, request: { ...scenario.request, headers: after } }
  const command = requestCommand(fixed, flaggedHeaders(fixed))
  const flags = Object.entries(change.set ?? {})
    .map(([name, value]) => flagFor(scenario, name, value))
    .filter((flag): flag is string => flag !== null && flag !== '')
  return {
    policyType: meta.policyType,
    strategy: 'request-change',
    target: single !== undefined ? formatPointer(['request', 'headers', single]) : formatPointer(['request', 'headers']),
    document: single !== undefined ? (after[single] as string) : (after as JsonValue),
    command,
    file: null,
    owner: meta.owner ?? 'workflow-author',
    title: meta.title,
    explanation: `${meta.explanation}${flags.length > 0 ? ` (CLI: ${flags.join(' ')})` : ''}`
  }
}

/** A header S3 compares with a condition key `s3:x-amz-...`: the value that satisfies a Deny, or null. */
export function defaultHeaderValue(context: FixContext, header: string): string | null {
  const lower = header.toLowerCase()
  if (lower === 'x-amz-acl') return 'bucket-owner-full-control'
  if (lower === 'x-amz-server-side-encryption') {
    const encryption = context.scenario.bucket?.encryption
    return encryption !== undefined && !isUnreadable(encryption) ? encryption.algorithm : 'AES256'
  }
  return null
}

/**
 * Sets the SSE header a Deny requires; with `aws:kms` and a bucket whose default key is a customer
 * managed key, also names that key (without the key id header, S3 would use the AWS managed key aws/s3).
 */
export function encryptionHeaders(context: FixContext, value: string): Record<string, string> {
  const set: Record<string, string> = { 'x-amz-server-side-encryption': value }
  const encryption = context.scenario.bucket?.encryption
  const headers = context.scenario.request.headers
  if (value.startsWith('aws:kms') && encryption !== undefined && !isUnreadable(encryption) && encryption.kmsKeyArn !== undefined) {
    if (getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id') === undefined) set['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.kmsKeyArn
  }
  return set
}

/** A change to one request condition key (TLS, source IP, VPC): `/request/context/KEY`. */
export function contextCandidate(
  key: string,
  value: string,
  meta: { policyType: PolicyType; title: string; explanation: string; owner: FixOwner; command?: string | null }
): Candidate {
  return {
    policyType: meta.policyType,
    strategy: 'request-change',
    target: formatPointer(['request', 'context', key]),
    document: value,
    command: meta.command ?? null,
    file: null,
    owner: meta.owner,
    title: meta.title,
    explanation: meta.explanation
  }
}

/** The request through a VPC endpoint: `/request/vpcEndpoint`. */
export function endpointCandidate(endpoint: string, meta: { policyType: PolicyType; title: string; explanation: string }): Candidate {
  return {
    policyType: meta.policyType,
    strategy: 'request-change',
    target: formatPointer(['request', 'vpcEndpoint']),
    document: endpoint,
    command: null,
    file: null,
    owner: 'runner-network',
    title: meta.title,
    explanation: meta.explanation
  }
}

/** The same CLI call over HTTPS to the regional endpoint. */
export function httpsCommand(context: FixContext): string | null {
  const region = context.scenario.bucket?.region
  const base = requestCommand(context.scenario, flaggedHeaders(context.scenario))
  if (base === null || region === undefined) return null
  return `${base} --endpoint-url ${sh(`https://s3.${region}.amazonaws.com`)}`
}

/** Requester Pays: the requester agrees to pay with `x-amz-request-payer: requester`. */
export function requestPayerCandidate(context: FixContext): Candidate | null {
  return headerCandidate(
    context,
    { set: { 'x-amz-request-payer': 'requester' } },
    {
      policyType: 'requester-pays',
      title: 'Send x-amz-request-payer: requester (--request-payer requester)',
      explanation:
        `The bucket ${context.scenario.request.bucket} is a Requester Pays bucket in another account: S3 refuses requests that do not say the requester ` +
        'pays for the request and the data transfer. The pipeline\'s account is then charged for them.'
    }
  )
}

/** Governance-mode retention can be bypassed by a caller allowed s3:BypassGovernanceRetention that asks for it. */
export function bypassGovernanceCandidate(context: FixContext, retainUntil: string): Candidate | null {
  return headerCandidate(
    context,
    { set: { 'x-amz-bypass-governance-retention': 'true' } },
    {
      policyType: 'object-lock',
      title: 'Ask S3 to bypass the GOVERNANCE retention (--bypass-governance-retention)',
      explanation:
        `The object version is locked in GOVERNANCE mode until ${retainUntil}. Governance mode lets a caller with s3:BypassGovernanceRetention ` +
        'delete the version or shorten its retention when the request carries x-amz-bypass-governance-retention: true. ' +
        'Do it only if this version is really meant to go before its retention date.'
    }
  )
}
