/**
 * "The meaning of public": when S3 considers a bucket policy, an ACL, or the ACL a request carries
 * public. A static property of the documents: no request context is involved.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 */
import type { ConditionClause, Policy, PrincipalSpec, Statement } from '../policy/types.js'
import type { Acl, AclGrantee, AclPermission } from '../scenario/types.js'
import { getHeader } from './actions.js'

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers'
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'
export const LOG_DELIVERY_URI = 'http://acs.amazonaws.com/groups/s3/LogDelivery'

export type AclGrant = Acl['grants'][number]

// ---------------------------------------------------------------------------------------------
// Bucket policies
// ---------------------------------------------------------------------------------------------

/** Why one statement is (or is not) public. */
export interface StatementPublicity {
  label: string
  public: boolean
  reason: string
}

export interface PolicyPublicity {
  public: boolean
  /** Labels (Sid or `#N`) of the statements that make the policy public. */
  publicStatements: string[]
  statements: StatementPublicity[]
}

/**
 * Condition keys that, fixed to values without wildcards or policy variables, make a statement
 * that names everyone non-public. The documented list, plus `aws:PrincipalAccount` and
 * `aws:PrincipalArn`: the page counts "An AWS principal, user, role, or service principal (e.g.
 * aws:PrincipalOrgID)", and these two keys fix exactly that principal.
 */
const FIXING_KEYS = new Set(
  [
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    'aws:userid',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalAccount',
    'aws:PrincipalArn'
  ].map((key) => key.toLowerCase())
)

/**
 * Operators that restrict a key to the listed values. Negated operators (StringNotEquals,
 * NotIpAddress...), `Null`, `ForAllValues:` (true when the key is absent) and `...IfExists` (true
 * when the key is absent) let requests outside the values through, so they fix nothing.
 */
const FIXING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike'])

/** Broadest CIDRs that still count as fixed: "values broader than /8 for IPv4 and /32 for IPv6" are public. */
const MIN_IPV4_PREFIX = 8
const MIN_IPV6_PREFIX = 32

const SHORT_NUMBER = /^\d{1,3}$/
const IPV6_TEXT = /^[0-9a-fA-F:.]+$/
const ACCOUNT_ID = /^\d{12}$/

const publicityCache = new WeakMap<Policy, PolicyPublicity>()

/**
 * Whether a bucket policy is public (memoized per `Policy` object: treat the result as read-only). S3 "begins by assuming that the policy is public" and looks
 * for fixed values; here, per Allow statement:
 * - a Deny grants nothing and is never public;
 * - an Allow whose principal is fixed (account, ARN, canonical user, service principal, SAML/OIDC
 *   provider ARN) is not public;
 * - an Allow to `"*"`, `{"AWS": "*"}`, any principal value with a wildcard or policy variable, a
 *   web-identity provider (`{"Federated": "graph.facebook.com"}` is the page's own public example)
 *   or a `NotPrincipal` is public unless one of its conditions fixes a documented key.
 */
export function isPolicyPublic(policy: Policy): PolicyPublicity {
  const cached = publicityCache.get(policy)
  if (cached !== undefined) return cached
  const statements: StatementPublicity[] = []
  const publicStatements: string[] = []
  for (const statement of policy.statements) {
    const verdict = statementPublicity(statement)
    statements.push(verdict)
    if (verdict.public) publicStatements.push(verdict.label)
  }
  const result: PolicyPublicity = { public: publicStatements.length > 0, publicStatements, statements }
  publicityCache.set(policy, result)
  return result
}

export function statementPublicity(statement: Statement): StatementPublicity {
  const label = statement.label
  if (statement.effect === 'Deny') return { label, public: false, reason: 'a Deny statement grants nothing' }
  if (statement.principal === null) return { label, public: false, reason: 'no Principal: the statement grants nothing in a bucket policy' }
  const open = openPrincipal(statement.principal)
  if (open === null) return { label, public: false, reason: 'grants only to fixed principals' }
  for (const clause of statement.conditions) {
    const fixed = fixingCondition(clause)
    if (fixed !== null) return { label, public: false, reason: `${open}, but ${fixed}` }
  }
  return { label, public: true, reason: `${open} and no condition fixes aws:SourceIp, aws:SourceVpce, aws:SourceAccount or another documented key` }
}

/** Why the principal is open to the public, or null when every value is fixed. */
function openPrincipal(principal: PrincipalSpec): string | null {
  if (principal.negated) return 'NotPrincipal with Allow grants everyone not listed'
  if (principal.wildcard) return 'Principal "*" grants everyone'
  for (const value of principal.AWS) {
    if (!isFixed(value)) return `Principal {"AWS": "${value}"} is not a fixed principal`
  }
  for (const value of principal.CanonicalUser) {
    if (!isFixed(value)) return `Principal {"CanonicalUser": "${value}"} is not a fixed principal`
  }
  for (const value of principal.Service) {
    if (!isFixed(value)) return `Principal {"Service": "${value}"} is not a fixed principal`
  }
  for (const value of principal.Federated) {
    if (!isFixed(value)) return `Principal {"Federated": "${value}"} is not a fixed principal`
    // A web identity provider admits anyone who signs in with it; an IAM SAML/OIDC provider ARN belongs to one account.
    if (!value.startsWith('arn:')) return `Principal {"Federated": "${value}"} admits anyone who signs in with that identity provider`
  }
  return null
}

/** A value without wildcard or policy variable ("values that don't contain a wildcard or an IAM policy variable"). */
function isFixed(value: string): boolean {
  return value.length > 0 && !value.includes('*') && !value.includes('?') && !value.includes('${')
}

/** A description of how the clause fixes a documented key, or null when it does not. */
function fixingCondition(clause: ConditionClause): string | null {
  if (clause.ifExists || clause.qualifier === 'ForAllValues') return null
  const key = clause.key.toLowerCase()
  if (!FIXING_KEYS.has(key)) return null
  if (clause.values.length === 0) return null
  const operator = clause.baseOperator.toLowerCase()
  if (key === 'aws:sourceip') {
    if (operator !== 'ipaddress') return null
    for (const value of clause.values) {
      if (!isNarrowCidr(value)) return null
    }
    return `${clause.operator} limits aws:SourceIp to CIDRs no broader than /${MIN_IPV4_PREFIX} (IPv4) or /${MIN_IPV6_PREFIX} (IPv6)`
  }
  if (!FIXING_OPERATORS.has(operator)) return null
  const accessPointArn = key === 's3:dataaccesspointarn'
  for (const value of clause.values) {
    if (accessPointArn ? !isFixedAccessPointArn(value) : !isFixed(value)) return null
  }
  return `${clause.operator} fixes ${clause.key} to ${clause.values.map((value) => `"${value}"`).join(', ')}`
}

/**
 * `s3:DataAccessPointArn` "can contain a wildcard for the access point name without rendering the
 * policy public, as long as the account id is fixed" (arn:aws:s3:us-west-2:123456789012:accesspoint/*).
 */
function isFixedAccessPointArn(value: string): boolean {
  if (isFixed(value)) return true
  const parts = value.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return false
  const head = parts.slice(0, 5)
  if (!head.every((part) => isFixed(part))) return false
  const account = parts[4] ?? ''
  const resource = parts.slice(5).join(':')
  return ACCOUNT_ID.test(account) && resource.startsWith('accesspoint/') && !resource.includes('${')
}

/** A CIDR (or single address) no broader than the documented limit; anything unparsable counts as broad. */
function isNarrowCidr(value: string): boolean {
  const slash = value.indexOf('/')
  const address = slash < 0 ? value : value.slice(0, slash)
  const ipv6 = address.includes(':')
  if (ipv6 ? !looksLikeIpv6(address) : !looksLikeIpv4(address)) return false
  if (slash < 0) return true
  const text = value.slice(slash + 1)
  if (!SHORT_NUMBER.test(text)) return false
  const prefix = Number(text)
  return ipv6 ? prefix >= MIN_IPV6_PREFIX && prefix <= 128 : prefix >= MIN_IPV4_PREFIX && prefix <= 32
}

function looksLikeIpv4(address: string): boolean {
  const parts = address.split('.')
  return parts.length === 4 && parts.every((part) => SHORT_NUMBER.test(part) && Number(part) <= 255)
}

function looksLikeIpv6(address: string): boolean {
  return IPV6_TEXT.test(address) && address.split('::').length <= 2
}

// ---------------------------------------------------------------------------------------------
// ACLs
// ---------------------------------------------------------------------------------------------

/** "Amazon S3 considers a bucket or object ACL public if it grants any permissions to members of the predefined AllUsers or AuthenticatedUsers groups." */
export function isPublicGrantee(grantee: AclGrantee): boolean {
  return grantee.type === 'Group' && (grantee.uri === ALL_USERS_URI || grantee.uri === AUTHENTICATED_USERS_URI)
}

export interface AclPublicity {
  public: boolean
  /** The grants to AllUsers or AuthenticatedUsers. */
  grants: AclGrant[]
}

export function isAclPublic(acl: Acl): AclPublicity {
  const grants = acl.grants.filter((grant) => isPublicGrantee(grant.grantee))
  return { public: grants.length > 0, grants }
}

/**
 * The canned ACLs that grant to AllUsers (public-read, public-read-write) or AuthenticatedUsers
 * (authenticated-read). https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
 */
const PUBLIC_CANNED_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read'])

export function cannedAclIsPublic(cannedAcl: string): boolean {
  return PUBLIC_CANNED_ACLS.has(cannedAcl.trim())
}

/** The `x-amz-grant-*` headers and the permission each grants. */
export const GRANT_HEADERS: readonly { header: string; permission: AclPermission }[] = [
  { header: 'x-amz-grant-read', permission: 'READ' },
  { header: 'x-amz-grant-write', permission: 'WRITE' },
  { header: 'x-amz-grant-read-acp', permission: 'READ_ACP' },
  { header: 'x-amz-grant-write-acp', permission: 'WRITE_ACP' },
  { header: 'x-amz-grant-full-control', permission: 'FULL_CONTROL' }
]

export interface ParsedGrantHeaders {
  /** Every grant the headers name, in header order. */
  grants: AclGrant[]
  /** Which headers were present (lower case). */
  headers: string[]
  /** Grantee entries that could not be read (`header: entry`). */
  errors: string[]
}

/**
 * Reads the explicit grant headers: a comma-separated list of `type="value"` grantees, type being
 * `id`, `uri` or `emailAddress` (e.g. `x-amz-grant-read: uri="http://acs.amazonaws.com/groups/global/AllUsers", id="..."`).
 */
export function parseGrantHeaders(headers: Readonly<Record<string, string>> | undefined): ParsedGrantHeaders {
  const result: ParsedGrantHeaders = { grants: [], headers: [], errors: [] }
  if (headers === undefined) return result
  for (const { header, permission } of GRANT_HEADERS) {
    const value = getHeader(headers, header)
    if (value === undefined) continue
    result.headers.push(header)
    for (const entry of value.split(',')) {
      const text = entry.trim()
      if (text === '') continue
      const equals = text.indexOf('=')
      const type = equals < 0 ? '' : text.slice(0, equals).trim().toLowerCase()
      const raw = equals < 0 ? '' : text.slice(equals + 1).trim()
      const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw
      if (unquoted === '') {
        result.errors.push(`${header}: ${text}`)
        continue
      }
      if (type === 'id') result.grants.push({ grantee: { type: 'CanonicalUser', id: unquoted }, permission })
      else if (type === 'uri') result.grants.push({ grantee: { type: 'Group', uri: unquoted }, permission })
      else if (type === 'emailaddress') result.grants.push({ grantee: { type: 'AmazonCustomerByEmail', emailAddress: unquoted }, permission })
      else result.errors.push(`${header}: ${text}`)
    }
  }
  return result
}

export interface GrantHeadersPublicity {
  public: boolean
  /** The grants to AllUsers or AuthenticatedUsers. */
  grants: AclGrant[]
}

export function grantHeadersArePublic(headers: Readonly<Record<string, string>> | undefined): GrantHeadersPublicity {
  const grants = parseGrantHeaders(headers).grants.filter((grant) => isPublicGrantee(grant.grantee))
  return { public: grants.length > 0, grants }
}

/** Whether the ACL a request carries (canned `x-amz-acl` or `x-amz-grant-*`) is public, and why. */
export type RequestAclPublicity =
  | { public: false; reason: string }
  | { public: true; source: 'x-amz-acl' | 'x-amz-grant'; grants: AclGrant[]; reason: string }

export function requestAclPublicity(headers: Readonly<Record<string, string>> | undefined): RequestAclPublicity {
  const canned = getHeader(headers, 'x-amz-acl')
  if (canned !== undefined && cannedAclIsPublic(canned)) {
    const value = canned.trim()
    const group = value === 'authenticated-read' ? AUTHENTICATED_USERS_URI : ALL_USERS_URI
    const permissions: AclPermission[] = value === 'public-read-write' ? ['READ', 'WRITE'] : ['READ']
    return {
      public: true,
      source: 'x-amz-acl',
      grants: permissions.map((permission) => ({ grantee: { type: 'Group', uri: group }, permission })),
      reason: `x-amz-acl: ${value} grants ${permissions.join(' and ')} to the ${value === 'authenticated-read' ? 'AuthenticatedUsers' : 'AllUsers'} group`
    }
  }
  const explicit = grantHeadersArePublic(headers)
  if (explicit.public) {
    const first = explicit.grants[0] as AclGrant
    const uri = first.grantee.type === 'Group' ? first.grantee.uri : ''
    return { public: true, source: 'x-amz-grant', grants: explicit.grants, reason: `an x-amz-grant-* header grants ${first.permission} to ${uri}` }
  }
  return { public: false, reason: canned === undefined ? 'the request carries no public ACL' : `x-amz-acl: ${canned.trim()} is not a public canned ACL` }
}
