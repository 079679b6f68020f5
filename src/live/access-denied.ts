/**
 * AWS's access-denied messages taken apart: who, what, on which resource, explicit or implicit,
 * which policy type (and its ARN when AWS names it). And the 403s (and a few 400s) that are not
 * about authorization at all, each with what it means.
 *
 * The message forms, from AWS's own pages:
 * - IAM, every policy type, explicit and implicit, "sessions policy", "role trust policy",
 *   "transitively through": https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 * - The policy ARN and authorization ID forms:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied-authorization-id.html
 * - S3's forms (RCP, VPC endpoint, Block Public Access, blocked SSE-C, the bare "Access Denied" for
 *   cross-organization requests): https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
 * - KMS: S3 needs kms:GenerateDataKey to upload and kms:Decrypt to read (the same S3 page, encryption
 *   settings); KMS's own wording for Decrypt ("on the resource associated with this ciphertext",
 *   three causes in one sentence) is taken as S3 and KMS return it.
 * - S3 error codes: https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html ; errors
 *   common to every service: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html
 *
 * Pure: no I/O. Messages pasted from CI logs arrive wrapped across lines and prefixed by SDKs
 * (`An error occurred (AccessDenied) when calling the PutObject operation: `, Go's `api error
 * AccessDenied: `), so whitespace is folded and those prefixes are read for the code.
 */
import type { PolicyType } from '../scenario/types.js'
import type { ParsedAccessDenied } from './types.js'

/** What the caller knows besides the text: the SDK error's code and status, the request sent. */
export interface AccessDeniedHints {
  code?: string | null
  status?: number | null
  /** `HeadObject`, `HeadBucket`...: S3 answers HEAD requests without a body. */
  operation?: string
  /** The `x-amz-expected-bucket-owner` the request carried, if any. */
  expectedBucketOwner?: string
}

interface PhraseType {
  type: PolicyType
  /** How the report names the place to look. */
  where: string
}

/** The policy-type phrases AWS writes, singular or plural, as one alternation (longest first). */
const PHRASE =
  '(service control polic(?:y|ies)|resource control polic(?:y|ies)|identity-based polic(?:y|ies)|resource-based polic(?:y|ies)|' +
  'permissions boundar(?:y|ies)|sessions? polic(?:y|ies)|VPC endpoint polic(?:y|ies)|(?:role )?trust polic(?:y|ies))'

const EXPLICIT = new RegExp(
  `with an explicit deny in (?:an? |the )?${PHRASE}(?: transitively through (?:an? |the )?${PHRASE})?(?::\\s*(arn:[^\\s,;"')]+))?`,
  'i'
)
const IMPLICIT = new RegExp(
  `because no ${PHRASE} allows?(?: the ([A-Za-z0-9-]+:[A-Za-z0-9*-]+) action| access)?(?::\\s*(arn:[^\\s,;"')]+))?`,
  'i'
)
const PRINCIPAL = /\bUser:?\s+(.+?)\s+is not authorized to perform\b/i
const ACTION = /\bis not authorized to perform:?\s*([A-Za-z0-9-]+:[A-Za-z0-9*-]+)/i
const RESOURCE = /\bon resource:?\s*(?:"([^"]+)"|`([^`]+)`|(\S+))/i
const CIPHERTEXT = /on the resource associated with this ciphertext/i
const KMS_AMBIGUOUS = /because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access/i
const KMS_OLD = /ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access/i
const BPA_SETTING = /\b(BlockPublicAcls|BlockPublicPolicy|IgnorePublicAcls|RestrictPublicBuckets)\b[^.]*?\bblock public access\b|\bblock public access\b[^.]*?\b(BlockPublicAcls|BlockPublicPolicy|IgnorePublicAcls|RestrictPublicBuckets)\b/i
const SSE_C_BLOCKED = /blocked upload requests that specify Server Side Encryption with Customer provided keys/i
const BARE = /^(?:access denied\.?|forbidden\.?|)$/i
const AUTHORIZATION_ID = /(?:authorization id:\s*|#\/authorization-details\/)([0-9a-z]+)/i

const SDK_PREFIX = /An error occurred \(([\w.]+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?:\s*/i
const GO_PREFIX = /\bapi error ([\w.]+):\s*/
const LEADING_CODE = /^([A-Z][A-Za-z]+(?:\.[A-Za-z]+)?):\s+/
const NOT_CODES = new Set(['User', 'Error', 'Message', 'Reason', 'Details', 'Caused'])
const STATUS_IN_TEXT = /\bStatus ?Code:?\s*(\d{3})\b/i

function phraseType(phrase: string): PhraseType {
  const lower = phrase.toLowerCase()
  if (lower.startsWith('service control')) return { type: 'service-control-policy', where: 'the service control policies (AWS Organizations) above the account' }
  if (lower.startsWith('resource control')) return { type: 'resource-control-policy', where: 'the resource control policies (AWS Organizations) above the resource’s account' }
  if (lower.startsWith('identity-based')) return { type: 'identity-based-policy', where: 'the policies attached to the user or role (and its groups)' }
  if (lower.startsWith('permissions boundar')) return { type: 'permissions-boundary', where: 'the permissions boundary set on the user or role' }
  if (lower.startsWith('session')) return { type: 'session-policy', where: 'the session policies passed when the session was created (AssumeRole Policy/PolicyArns)' }
  if (lower.startsWith('vpc endpoint')) return { type: 'vpc-endpoint-policy', where: 'the policy of the VPC endpoint the request went through' }
  if (lower.includes('trust')) return { type: 'resource-based-policy', where: 'the role’s trust policy' }
  return { type: 'resource-based-policy', where: 'the resource’s own policy (the bucket policy, access point policy, or KMS key policy)' }
}

interface NonAuthorization {
  code: string
  pattern: RegExp | null
  explanation: string
}

/** 403s (and a few 400s) that are not a policy saying no. Ordered: the first whose code or text matches wins. */
const NON_AUTHORIZATION: NonAuthorization[] = [
  {
    code: 'SignatureDoesNotMatch',
    pattern: /request signature we calculated does not match the signature you provided/i,
    explanation:
      'The request’s signature did not verify: the secret access key does not belong to the access key ID, or something between the client and AWS (a proxy, a CDN, a custom endpoint) changed the request after it was signed. No policy was evaluated.'
  },
  {
    code: 'InvalidAccessKeyId',
    pattern: /access key id you provided does not exist in our records/i,
    explanation:
      'The access key ID is unknown to this endpoint: it was deleted or deactivated, belongs to another partition (aws-cn, aws-us-gov), or the request went to an S3-compatible endpoint that does not know AWS keys. No policy was evaluated.'
  },
  {
    code: 'InvalidClientTokenId',
    pattern: /security token included in the request is invalid/i,
    explanation:
      'The access key ID or session token is not valid for this service or Region: a deleted key, or temporary credentials used in a Region where STS regional tokens are not enabled. No policy was evaluated.'
  },
  {
    code: 'UnrecognizedClientException',
    pattern: null,
    explanation: 'The security token included in the request is invalid: the credentials were deleted, rotated, or come from another partition. No policy was evaluated.'
  },
  {
    code: 'InvalidToken',
    pattern: /provided token is malformed or otherwise invalid/i,
    explanation:
      'The session token is malformed or not valid here: a truncated AWS_SESSION_TOKEN, or a token from another partition or from a Region whose STS endpoint is not enabled for this account. No policy was evaluated.'
  },
  {
    code: 'ExpiredToken',
    pattern: /(?:provided token has expired|security token included in the request is expired|token has expired)/i,
    explanation:
      'The temporary credentials have expired: the session from AssumeRole / AssumeRoleWithWebIdentity outlived its DurationSeconds (a long job, or credentials cached from an earlier step). Assume the role again closer to the upload or ask for a longer session. No policy was evaluated.'
  },
  {
    code: 'ExpiredTokenException',
    pattern: null,
    explanation: 'The temporary credentials (or the web identity token) have expired. Assume the role again, or request a fresh OIDC token. No policy was evaluated.'
  },
  {
    code: 'TokenRefreshRequired',
    pattern: null,
    explanation: 'The session token must be refreshed: fetch new temporary credentials. No policy was evaluated.'
  },
  {
    code: 'RequestTimeTooSkewed',
    pattern: /difference between the request time and the current time is too large/i,
    explanation:
      'The machine’s clock differs from AWS’s by more than 15 minutes, so the signature’s timestamp was refused. Fix the runner’s clock (NTP). No policy was evaluated.'
  },
  {
    code: 'RequestExpired',
    pattern: /\brequest has expired\b/i,
    explanation: 'The request (or the presigned URL) was used after its expiry time, or the clock is more than 15 minutes off. No policy was evaluated.'
  },
  {
    code: 'AllAccessDisabled',
    pattern: /all access to this (?:amazon s3 )?(?:resource|object|bucket) has been disabled/i,
    explanation: 'AWS has disabled all access to this bucket or object (an account or abuse hold). No policy change can fix it: contact AWS Support.'
  },
  {
    code: 'AccountProblem',
    pattern: /problem with your (?:aws|amazon web services) account that prevents/i,
    explanation: 'A problem with the AWS account (billing, suspension) blocks the request. No policy change can fix it: contact AWS Support.'
  },
  {
    code: 'NotSignedUp',
    pattern: /not signed up for the (?:amazon )?s3 service/i,
    explanation: 'The account is not signed up for Amazon S3. No policy was evaluated.'
  },
  {
    code: 'InvalidPayer',
    pattern: null,
    explanation: 'All access to this object has been disabled for the payer of the request (Requester Pays). Contact AWS Support.'
  },
  {
    code: 'InvalidObjectState',
    pattern: /operation is not valid for the (?:source )?object'?s (?:storage class|access tier)/i,
    explanation:
      'The object is archived (S3 Glacier Flexible Retrieval, Deep Archive, or an Intelligent-Tiering archive tier): it must be restored before it can be read. Permissions are not the problem.'
  },
  {
    code: 'IncompleteSignature',
    pattern: null,
    explanation: 'The request signature does not conform to AWS standards (a hand-built or truncated Authorization header). No policy was evaluated.'
  },
  {
    code: 'MissingAuthenticationToken',
    pattern: null,
    explanation: 'The request was not signed (no credentials were found, or an unsigned client was used). No policy was evaluated.'
  },
  {
    code: 'AuthorizationHeaderMalformed',
    pattern: /authorization header is malformed/i,
    explanation: 'The request was signed for another Region than the bucket’s (or with a malformed credential scope): set the region to the bucket’s Region.'
  },
  {
    code: 'PermanentRedirect',
    pattern: /must be addressed using the specified endpoint/i,
    explanation: 'The bucket is in another Region than the one the client used: set the region to the bucket’s Region (the x-amz-bucket-region response header names it).'
  },
  {
    code: 'KMS.DisabledException',
    pattern: null,
    explanation: 'The KMS key that protects the object (or the bucket default) is disabled: enable it. Permissions are not the problem.'
  },
  {
    code: 'KMS.KMSInvalidStateException',
    pattern: null,
    explanation: 'The KMS key is not in a usable state (pending deletion, pending import, or unavailable): cancel the deletion or fix the key. Permissions are not the problem.'
  },
  {
    code: 'KMS.NotFoundException',
    pattern: null,
    explanation: 'The KMS key named in the request or the bucket’s default encryption does not exist in this Region.'
  }
]

const BY_CODE = new Map(NON_AUTHORIZATION.map((entry) => [entry.code.toLowerCase(), entry]))

function stripArnTail(value: string): string {
  return value.replace(/[.,;:)"'`]+$/, '')
}

/** The error code and HTTP status written into the text by SDKs and CLIs, and the text without them. */
function readPrefixes(text: string): { code?: string; status?: number; body: string } {
  const found: { code?: string; status?: number; body: string } = { body: text }
  const sdk = SDK_PREFIX.exec(text)
  if (sdk !== null) {
    found.code = sdk[1] as string
    found.body = text.slice(sdk.index + sdk[0].length)
  } else {
    const go = GO_PREFIX.exec(text)
    if (go !== null) {
      found.code = go[1] as string
      found.body = text.slice(go.index + go[0].length)
    } else {
      const leading = LEADING_CODE.exec(text)
      if (leading !== null && !NOT_CODES.has(leading[1] as string)) {
        found.code = leading[1] as string
        found.body = text.slice(leading[0].length)
      }
    }
  }
  const status = STATUS_IN_TEXT.exec(text)
  if (status !== null) found.status = Number(status[1])
  return found
}

function nonAuthorizationFor(code: string | undefined, text: string): NonAuthorization | null {
  if (code !== undefined) {
    const byCode = BY_CODE.get(code.toLowerCase())
    if (byCode !== undefined) return byCode
    // An AccessDenied is about authorization: do not let its wording trip a text pattern.
    if (/^AccessDenied/i.test(code)) return null
  }
  for (const entry of NON_AUTHORIZATION) if (entry.pattern !== null && entry.pattern.test(text)) return entry
  return null
}

function describePolicy(result: ParsedAccessDenied, where: string): string {
  const action = result.action ?? 'the action'
  const kms = result.action?.toLowerCase().startsWith('kms:') === true
  const place = kms && result.policyType === 'resource-based-policy' ? 'the KMS key’s key policy (and its grants)' : where
  const arn = result.policyArn !== undefined ? ` AWS names the policy: ${result.policyArn}.` : ''
  if (result.kind === 'explicit') {
    const via =
      result.transitivelyThrough !== undefined
        ? ` AWS reports it transitively through a ${result.transitivelyThrough.replace(/-/g, ' ')}: per AWS’s troubleshooting page, look for the Deny there as well.`
        : ''
    return `A Deny statement in ${place} matched ${action}.${arn}${via}`
  }
  return `Nothing in ${place} allows ${action}: add an Allow there (an implicit deny: no statement matched).${arn}`
}

/**
 * Takes one error text (as the SDK, the CLI or a CI log printed it) apart. Never throws; a text it
 * cannot read comes back with only `raw` (and `code` when one was given).
 */
export function parseAccessDenied(text: string, hints: AccessDeniedHints = {}): ParsedAccessDenied {
  const raw = text
  // Error texts are short; a pasted log is cut so that no pattern runs over megabytes.
  const folded = text.slice(0, 20_000).replace(/\s+/g, ' ').trim()
  const prefixes = readPrefixes(folded)
  const code = hints.code ?? prefixes.code
  const status = hints.status ?? prefixes.status
  const body = prefixes.body.trim()
  const result: ParsedAccessDenied = { raw }
  if (code !== undefined && code !== null) result.code = code

  const authorizationId = AUTHORIZATION_ID.exec(body)
  if (authorizationId !== null) result.authorizationId = authorizationId[1] as string

  const other = nonAuthorizationFor(code ?? undefined, body)
  if (other !== null) {
    result.nonAuthorization = { code: other.code, explanation: other.explanation }
    result.explanation = other.explanation
    return result
  }

  const principal = PRINCIPAL.exec(body)
  if (principal !== null) result.principal = (principal[1] as string).replace(/[:,]$/, '')
  const action = ACTION.exec(body)
  if (action !== null) result.action = action[1] as string
  const resource = RESOURCE.exec(body)
  if (resource !== null) {
    const value = resource[1] ?? resource[2] ?? stripArnTail(resource[3] as string)
    result.resource = value
  }

  if (KMS_AMBIGUOUS.test(body) || KMS_OLD.test(body)) {
    // KMS names three causes and does not say which: no kind.
    if (result.action === undefined) result.action = 'kms:Decrypt'
    result.policyType = 'resource-based-policy'
    result.policyPhrase = 'resource-based policies'
    result.explanation =
      'KMS refused the key that encrypted this object and does not say why: the key is in another Region or was deleted, its key policy (and grants) allow nothing to this principal, or the key policy denies it. Check the key named in the object’s x-amz-server-side-encryption-aws-kms-key-id, not only the bucket’s default key.'
    return result
  }

  const explicit = EXPLICIT.exec(body)
  if (explicit !== null) {
    const phrase = explicit[1] as string
    const mapped = phraseType(phrase)
    result.kind = 'explicit'
    result.policyType = mapped.type
    result.policyPhrase = phrase
    if (explicit[2] !== undefined) result.transitivelyThrough = phraseType(explicit[2]).type
    if (explicit[3] !== undefined) result.policyArn = stripArnTail(explicit[3])
    result.explanation = describePolicy(result, mapped.where)
    return result
  }

  const implicit = IMPLICIT.exec(body)
  if (implicit !== null) {
    const phrase = implicit[1] as string
    const mapped = phraseType(phrase)
    result.kind = 'implicit'
    result.policyType = mapped.type
    result.policyPhrase = phrase
    if (result.action === undefined && implicit[2] !== undefined) result.action = implicit[2]
    if (implicit[3] !== undefined) result.policyArn = stripArnTail(implicit[3])
    result.explanation = describePolicy(result, mapped.where)
    if (CIPHERTEXT.test(body)) {
      result.explanation += ' The key is the one that encrypted this object, which may differ from the bucket’s current default key.'
    }
    return result
  }

  const bpa = BPA_SETTING.exec(body)
  if (bpa !== null) {
    const setting = (bpa[1] ?? bpa[2]) as string
    result.policyType = 'block-public-access'
    result.setting = setting
    result.explanation =
      setting === 'BlockPublicPolicy'
        ? 'S3 Block Public Access (BlockPublicPolicy) refuses a bucket or access point policy that would grant public access. Narrow the policy, or change the setting at the bucket or account level.'
        : `S3 Block Public Access (${setting}) refused the request: a public ACL (such as public-read) was sent. Drop the ACL header, or change the setting at the bucket, access point or account level.`
    return result
  }

  if (SSE_C_BLOCKED.test(body)) {
    result.setting = 'BlockedEncryptionTypes'
    result.explanation =
      'The bucket’s default encryption configuration blocks uploads with customer-provided keys (SSE-C): upload with SSE-S3 or SSE-KMS, or change BlockedEncryptionTypes on the bucket.'
    return result
  }

  const bare = BARE.test(body) || /^access denied\b/i.test(body)
  if (bare && result.action === undefined) {
    if (hints.expectedBucketOwner !== undefined) {
      const explanation = `The request carried x-amz-expected-bucket-owner ${hints.expectedBucketOwner}; S3 answers 403 when the bucket belongs to another account. Check the bucket’s owner before reading this as a policy denial.`
      result.nonAuthorization = { code: 'ExpectedBucketOwner', explanation }
      result.explanation = explanation
      return result
    }
    const head = hints.operation !== undefined && /^Head/.test(hints.operation)
    if (body === '' && (status === 403 || head)) {
      result.explanation =
        'A 403 with no body: S3 answers HEAD requests without an error document, so neither the policy nor the reason is known. For HeadObject this is also what a caller without s3:ListBucket gets for a key that does not exist. Probe with a GET (or the doctor’s ranged GET) to read the message.'
      return result
    }
    result.explanation =
      'A bare "Access Denied": S3 adds the policy type only for requests within the bucket owner’s account or AWS organization. Cross-account requests from outside the organization, requests to directory buckets, and (within an organization) denials by a VPC endpoint policy get this generic message; so do denials by bucket or object ACLs, Requester Pays without x-amz-request-payer, and Object Lock.'
    return result
  }

  if (result.action !== undefined) {
    result.explanation = `AWS refused ${result.action} without naming the policy type (this service or partition does not add it).`
  }
  return result
}
