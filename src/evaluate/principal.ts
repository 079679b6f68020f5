/**
 * Who is asking: the caller's ARN as GetCallerIdentity reports it, taken apart, and how a
 * resource policy's `Principal` element names it.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
import type { PrincipalSpec } from '../policy/types.js'

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'root'; account: string; partition: string; arn: string }
  | { kind: 'user'; account: string; partition: string; arn: string; name: string }
  | {
      kind: 'role-session'
      account: string
      partition: string
      /** arn:aws:sts::A:assumed-role/ROLE/SESSION */
      arn: string
      /** arn:aws:iam::A:role/PATH/ROLE: the identity's ARN when the scenario gives it (with its path). */
      roleArn: string
      roleName: string
      sessionName: string
      serviceLinked: boolean
    }
  | { kind: 'federated-user'; account: string; partition: string; arn: string; name: string }
  | { kind: 'service'; service: string }
  | { kind: 'other'; account: string; partition: string; arn: string }

/** How a Principal element matched the caller: it decides which other layers still apply. */
export type PrincipalMatchKind =
  /** `"*"` or `{"AWS": "*"}`: everyone, anonymous included. */
  | 'wildcard'
  /** The caller's account (12-digit id, `:root` ARN, or its canonical id): delegated to the account's own policies. */
  | 'account'
  /** The IAM user's ARN, or the exact role session ARN: granted to this caller directly. */
  | 'direct'
  /** The role's ARN while the caller is a session of that role. */
  | 'role'
  | 'service'

/**
 * Parses a caller ARN. `identityArn` is the user or role behind the session (with its path).
 * Accepts the empty account of S3-compatible servers (`arn:aws:iam:::user/bob`).
 */
export function parseCaller(principal: string, identityArn?: string): Caller {
  // A pure function of two strings, asked again for every evaluation of a scenario: remembered (callers are never changed).
  let byIdentity = callers.get(principal)
  if (byIdentity === undefined) {
    if (callers.size >= 256) callers.clear()
    callers.set(principal, (byIdentity = new Map()))
  }
  const identity = identityArn ?? ''
  let caller = byIdentity.get(identity)
  if (caller === undefined) byIdentity.set(identity, (caller = Object.freeze(readCaller(principal, identityArn))))
  return caller
}

const callers = new Map<string, Map<string, Caller>>()

function readCaller(principal: string, identityArn?: string): Caller {
  if (principal === 'anonymous' || principal === '*') return { kind: 'anonymous' }
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal)) return { kind: 'service', service: principal }
  const parts = principal.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return { kind: 'other', account: '', partition: 'aws', arn: principal }
  const partition = parts[1] ?? 'aws'
  const service = parts[2] ?? ''
  const account = parts[4] ?? ''
  const resource = parts.slice(5).join(':')
  if (service === 'iam' && resource === 'root') return { kind: 'root', account, partition, arn: principal }
  if (service === 'iam' && resource.startsWith('user/')) {
    return { kind: 'user', account, partition, arn: principal, name: resource.slice(resource.lastIndexOf('/') + 1) }
  }
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, roleName = '', ...session] = resource.split('/')
    const fallback = `arn:${partition}:iam::${account}:role/${roleName}`
    const roleArn = identityArn !== undefined && identityArn.includes(':role/') && identityArn.endsWith(`/${roleName}`) ? identityArn : fallback
    return {
      kind: 'role-session',
      account,
      partition,
      arn: principal,
      roleArn,
      roleName,
      sessionName: session.join('/'),
      serviceLinked: roleArn.includes(':role/aws-service-role/')
    }
  }
  if (service === 'sts' && resource.startsWith('federated-user/')) {
    return { kind: 'federated-user', account, partition, arn: principal, name: resource.slice('federated-user/'.length) }
  }
  if (service === 'iam' && resource.startsWith('role/')) {
    // A role ARN given as the caller: treat it as a session of that role.
    const roleName = resource.slice(resource.lastIndexOf('/') + 1)
    return {
      kind: 'role-session',
      account,
      partition,
      arn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/session`,
      roleArn: principal,
      roleName,
      sessionName: 'session',
      serviceLinked: resource.startsWith('role/aws-service-role/')
    }
  }
  return { kind: 'other', account, partition, arn: principal }
}

export function callerAccount(caller: Caller): string | undefined {
  return caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account
}

/** The ARN `aws:PrincipalArn` carries: the role ARN for a role session. */
export function principalArn(caller: Caller): string | undefined {
  switch (caller.kind) {
    case 'anonymous':
    case 'service':
      return undefined
    case 'role-session':
      return caller.roleArn
    default:
      return caller.arn
  }
}

const ACCOUNT_ID = /^\d{12}$/

/**
 * Whether one Principal value names the caller, and how. Principal ARNs carry no wildcards
 * (only `"*"` alone), so everything else compares exactly.
 */
/**
 * The names an `AWS` Principal value can give the caller, and how each names it. Principal ARNs
 * carry no wildcards (only `"*"` alone), so everything else compares exactly. Built once per caller.
 */
function awsNames(caller: Caller): Map<string, PrincipalMatchKind> {
  if (namesFor === caller && names !== null) return names
  const map = new Map<string, PrincipalMatchKind>([['*', 'wildcard']])
  if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
    const account = caller.account
    if (ACCOUNT_ID.test(account) || account === '') map.set(account, 'account')
    map.set(`arn:${caller.partition}:iam::${account}:root`, 'account')
    if (caller.kind === 'role-session') map.set(caller.roleArn, 'role')
    // The root user's ARN is the account's own name: it stays an account grant.
    if (caller.kind !== 'root') map.set(caller.arn, 'direct')
  }
  namesFor = caller
  names = map
  return map
}
let namesFor: Caller | null = null
let names: Map<string, PrincipalMatchKind> | null = null

export interface PrincipalMatch {
  matched: boolean
  kind: PrincipalMatchKind | null
  /** The Principal value that named the caller (or, for NotPrincipal, that excluded it). */
  pattern: string | null
}

const STRENGTH: Record<PrincipalMatchKind, number> = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 }

export interface PrincipalOptions {
  /** A Deny statement evaluated for a caller with a permissions boundary (NotPrincipal then always applies). */
  denyWithBoundary?: boolean
  /**
   * A gateway VPC endpoint's policy: an account id or account root ARN grants "the AWS account root
   * user only, not all users and roles for the account"
   * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway).
   */
  accountMeansRoot?: boolean
}

/** Matches a statement's Principal / NotPrincipal against the caller; picks the strongest way it is named. */
export function matchPrincipal(spec: PrincipalSpec, caller: Caller, options: PrincipalOptions = {}): PrincipalMatch {
  if (spec.negated) return matchNotPrincipal(spec, caller, options)
  if (spec.wildcard) return WILDCARD_MATCH
  let kind: PrincipalMatchKind | null = null
  let pattern: string | null = null
  const named = awsNames(caller)
  const account = callerAccount(caller)
  const rootOnly = options.accountMeansRoot === true && caller.kind !== 'root'
  // The hot path: one loop over every value of every principal type, no closures.
  for (const type of PRINCIPAL_TYPES) {
    for (const value of spec[type]) {
      let found: PrincipalMatchKind | undefined
      if (value === '*') found = 'wildcard'
      else if (type === 'AWS') {
        found = named.get(value)
        if (found === 'account' && rootOnly) found = undefined
      }
      else if (type === 'Service') found = caller.kind === 'service' && caller.service === value ? 'service' : undefined
      // A scenario may use the owning account's id as its canonical id (scenario-format.md).
      else if (type === 'CanonicalUser') found = account !== undefined && value === account ? 'account' : undefined
      if (found !== undefined && (kind === null || STRENGTH[found] > STRENGTH[kind])) {
        kind = found
        pattern = value
      }
    }
  }
  return kind === null ? NO_MATCH : { matched: true, kind, pattern }
}

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const
const WILDCARD_MATCH: PrincipalMatch = Object.freeze({ matched: true, kind: 'wildcard', pattern: '*' })
const NO_MATCH: PrincipalMatch = Object.freeze({ matched: false, kind: null, pattern: null })

/**
 * NotPrincipal: the statement applies to everyone the list does not exclude. A caller is excluded
 * only when every identity it acts as is listed: its account, and its user ARN or its role and
 * session ARNs; and a Deny with NotPrincipal always applies to a caller with a permissions boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function matchNotPrincipal(spec: PrincipalSpec, caller: Caller, options: PrincipalOptions): PrincipalMatch {
  const applies: PrincipalMatch = { matched: true, kind: 'wildcard', pattern: null }
  if (spec.wildcard) return { matched: false, kind: null, pattern: '*' }
  if (options.denyWithBoundary === true) return applies
  const listed = new Set(spec.AWS)
  if (listed.has('*')) return { matched: false, kind: null, pattern: '*' }
  if (caller.kind === 'anonymous' || caller.kind === 'service') return applies
  const accountNamed = listed.has(caller.account) || listed.has(`arn:${caller.partition}:iam::${caller.account}:root`)
  let identities: boolean[]
  switch (caller.kind) {
    case 'root':
      identities = [accountNamed]
      break
    case 'role-session':
      identities = [accountNamed, listed.has(caller.roleArn), listed.has(caller.arn)]
      break
    default:
      identities = [accountNamed, listed.has(caller.arn)]
  }
  return identities.every(Boolean) ? { matched: false, kind: null, pattern: caller.kind === 'root' ? caller.account : caller.arn } : applies
}
