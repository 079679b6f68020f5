/**
 * Explicit denies. Never "remove the deny": first what the deny itself accepts (the header it asks
 * for, HTTPS, the network it allows), then the narrowest exception (an `aws:PrincipalArn` condition
 * so the Deny no longer applies to this one role, split off to the one denied action when the
 * statement lists several), and last a principal tag the Deny asks for. Each says what the deny was
 * protecting.
 *
 * A Deny applies only when every condition in it matches (conditions are AND-ed), so one condition
 * made false lifts it; an `ArnNotEquals aws:PrincipalArn` condition is false for the named role and
 * true for everyone else (negated operators are true on a missing key, so anonymous callers stay
 * denied).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
 */
import type { ConditionTrace } from '../conditions/types.js'
import { getHeader } from '../s3/actions.js'
import { isUnreadable, type JsonObject, type JsonValue, type Scenario } from '../scenario/types.js'
import {
  deciding,
  describeValues,
  granteeOf,
  isObject,
  pascal,
  pathToPointer,
  plan,
  sh,
  statementIndex,
  statementsOf,
  withStatement,
  type Candidate,
  type FixContext,
  type Grantee,
  type Plan
} from './common.js'
import { getAtPointer, formatPointer } from './pointer.js'
import { contextCandidate, defaultHeaderValue, encryptionHeaders, endpointCandidate, headerCandidate, httpsCommand } from './request-headers.js'
import { siteOf } from './site.js'

/** The operator without a set qualifier and without IfExists; null for set operators (not handled). */
function baseOperator(operator: string): string | null {
  if (operator.includes(':')) return null
  return operator.endsWith('IfExists') ? operator.slice(0, -'IfExists'.length) : operator
}

/** Condition keys the request itself sets (headers, TLS): a Deny on them is fixed in the request, not the policy. */
const REQUEST_KEYS = /^(s3:x-amz-|aws:securetransport$)/i

const NEGATED_STRING = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike'])
const POSITIVE_STRING = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike'])

/** The first policy value that is a plain value (no wildcard), for a condition that wants it. */
function plainValue(condition: ConditionTrace): string | null {
  for (const value of condition.policyValues) if (value !== null && !/[*?]/.test(value)) return value
  return null
}

function list(value: JsonValue | undefined): string {
  if (value === undefined) return '(none)'
  return Array.isArray(value) ? value.map(String).join(', ') : String(value)
}

/** What the Deny protects, in words: "denies s3:* on arn:aws:s3:::b/* to requests from outside 192.0.2.0/24". */
export function describeDeny(statement: JsonObject, conditions: readonly ConditionTrace[], label: string): string {
  const actions = statement.Action !== undefined ? list(statement.Action) : `every action except ${list(statement.NotAction)}`
  const resources = statement.Resource !== undefined ? list(statement.Resource) : statement.NotResource !== undefined ? `everything except ${list(statement.NotResource)}` : 'every resource'
  const clauses = conditions.map(describeClause)
  const when = clauses.length === 0 ? ' to every principal it applies to, unconditionally' : ` ${clauses.join(' and ')}`
  return `statement ${label} denies ${actions} on ${resources}${when}`
}

function describeClause(condition: ConditionTrace): string {
  const key = condition.key.toLowerCase()
  const base = baseOperator(condition.operator) ?? condition.operator
  const values = describeValues(condition.policyValues)
  const request = condition.requestValues === null ? 'the request has none' : `this request: ${describeValues(condition.requestValues)}`
  const negated = base.includes('Not')
  if (key === 'aws:sourceip') return `${negated ? 'to requests from outside' : 'to requests from'} ${values} (${request})`
  if (key === 'aws:securetransport') return `${values === 'false' ? 'to requests not sent over TLS (HTTPS)' : 'to requests sent over TLS'} (${request})`
  if (key === 'aws:sourcevpce') return `${negated ? 'to requests that do not come through the VPC endpoint' : 'to requests through the VPC endpoint'} ${values} (${request})`
  if (key === 'aws:sourcevpc') return `${negated ? 'to requests from outside the VPC' : 'to requests from the VPC'} ${values} (${request})`
  if (key === 'aws:principalorgid') return `${negated ? 'to principals outside the organization' : 'to principals in the organization'} ${values} (${request})`
  if (key === 'aws:principalaccount') return `${negated ? 'to principals outside the account' : 'to principals of the account'} ${values} (${request})`
  if (key === 'aws:principalarn') return `${negated ? 'to principals other than' : 'to'} ${values} (${request})`
  if (key === 'aws:requestedregion') return `${negated ? 'to requests for regions other than' : 'to requests for'} ${values} (${request})`
  if (key.startsWith('aws:principaltag/')) return `${negated ? `to principals whose tag ${condition.key.slice('aws:PrincipalTag/'.length)} is not` : `to principals tagged ${condition.key.slice('aws:PrincipalTag/'.length)} =`} ${values} (${request})`
  if (key === 's3:x-amz-server-side-encryption' && base === 'Null') return `to uploads that do not ask for server-side encryption (${request})`
  if (key === 's3:x-amz-server-side-encryption') return `${negated ? 'to uploads that do not ask for' : 'to uploads that ask for'} ${values} encryption (${request})`
  if (key === 's3:x-amz-server-side-encryption-aws-kms-key-id') return `${negated ? 'to uploads that do not name the KMS key' : 'to uploads that name the KMS key'} ${values} (${request})`
  if (key === 's3:x-amz-acl') return `${negated ? 'to uploads that do not set the canned ACL' : 'to uploads that set the canned ACL'} ${values} (${request})`
  return `when ${condition.operator} ${condition.key} ${values} (${request})`
}

/** Adds `ArnNotEquals aws:PrincipalArn ARN` to a condition block (extending an existing principal exception). */
export function withPrincipalException(condition: JsonValue | undefined, arn: string): JsonObject {
  const result: JsonObject = isObject(condition) ? structuredClone(condition) : {}
  for (const operator of ['ArnNotEquals', 'ArnNotLike', 'StringNotEquals', 'StringNotLike']) {
    const block = result[operator]
    if (!isObject(block)) continue
    const key = Object.keys(block).find((name) => name.toLowerCase() === 'aws:principalarn')
    if (key === undefined) continue
    const values = block[key]
    const array = Array.isArray(values) ? [...values] : values === undefined ? [] : [values]
    if (!array.includes(arn)) array.push(arn)
    block[key] = array
    return result
  }
  const block = result.ArnNotEquals
  result.ArnNotEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn }
  return result
}

/** The actions of a statement that can be split: a list of plain action names that includes the denied one. */
function splittable(statement: JsonObject, action: string): { keep: string[]; denied: string } | null {
  const actions = statement.Action
  if (!Array.isArray(actions) || actions.length < 2) return null
  if (!actions.every((item): item is string => typeof item === 'string' && !/[*?]/.test(item))) return null
  const denied = actions.find((item) => item.toLowerCase() === action.toLowerCase())
  if (denied === undefined) return null
  return { keep: actions.filter((item) => item !== denied), denied }
}

/** The document with the exception: the Deny split off to the denied action where it lists several. */
export function exceptionDocument(document: JsonObject, index: number, action: string, grantee: Grantee): { document: JsonObject; sid: string | null; split: boolean } {
  const copy = structuredClone(document)
  const statements = statementsOf(copy)
  const original = statements[index]
  if (!isObject(original)) return { document: copy, sid: null, split: false }
  const split = splittable(original, action)
  if (split === null) {
    statements[index] = { ...original, Condition: withPrincipalException(original.Condition, grantee.arn) }
    copy.Statement = statements
    return { document: copy, sid: typeof original.Sid === 'string' ? original.Sid : null, split: false }
  }
  statements[index] = { ...original, Action: split.keep.length === 1 ? (split.keep[0] as string) : split.keep }
  copy.Statement = statements
  const base = typeof original.Sid === 'string' ? original.Sid : 'Deny'
  const carved: JsonObject = { ...structuredClone(original), Sid: `${base}Except${pascal(grantee.name)}`, Action: split.denied, Condition: withPrincipalException(original.Condition, grantee.arn) }
  const merged = withStatement(copy, carved, index)
  return { document: merged.document, sid: merged.sid, split: true }
}

/** Who is behind the document and whether an exception there is the caller's own business. */
function exceptionCandidate(context: FixContext, pointer: string, document: JsonObject, index: number, protects: string): Candidate | null {
  const grantee = granteeOf(context.caller)
  const site = siteOf(context.scenario, pointer)
  if (grantee === null || site === null) return null
  const { denial } = context
  const result = exceptionDocument(document, index, denial.action, grantee)
  const file = site.file
  const onCaller = denial.policyType === 'identity-based-policy' || denial.policyType === 'permissions-boundary' || denial.policyType === 'session-policy'
  const organization = denial.policyType === 'service-control-policy' || denial.policyType === 'resource-control-policy'
  const kind = denial.policyType === 'service-control-policy' ? 'SCPs' : 'RCPs'
  const conditions = deciding(context.verdict, denial.path ?? '', denial.statement ?? '', denial.action)?.conditions ?? []
  const keep = guardRailAlternatives(context, conditions)
  const scope = result.split
    ? `only for ${denial.action}: the other actions of the statement stay denied to everyone`
    : 'for the whole statement, since its actions cannot be split'
  return {
    policyType: denial.policyType,
    strategy: 'deny-exception',
    target: pointer,
    document: result.document,
    command: site.command(file),
    file: { name: file, content: result.document },
    owner: site.owner,
    title: (organization
      ? `Exempt ${grantee.kind} ${grantee.name} from the organization guard-rail ${denial.statement ?? ''} in ${site.words} (lifts it for this ${grantee.kind})`
      : `Exempt ${grantee.kind} ${grantee.name} from the deny ${denial.statement ?? ''} in ${site.words}`
    ).replace(/\s+/g, ' '),
    explanation:
      `The deny protects this: ${protects}. Rather than removing it, ` +
      (result.split ? `splits ${denial.action} off into statement ${result.sid}, which carries ` : `adds to statement ${denial.statement ?? ''} `) +
      `an ArnNotEquals condition on aws:PrincipalArn ${grantee.arn}, so the deny keeps applying to every other principal and no longer applies to this ${grantee.kind} ` +
      `(${scope}).` +
      (onCaller
        ? ` The deny sits in ${site.words}, which applies to this ${grantee.kind}: the exception lifts the guard-rail for it, so make sure that is the intent.`
        : '') +
      (organization
        ? ` This lifts an organization-wide guard-rail for this ${grantee.kind}, in every account ${site.words} is attached to. The pipeline's owner cannot change ${kind}: ` +
          `only an organization administrator (the management account or a delegated administrator) can, and only if the guard-rail really should not apply to this ${grantee.kind}.`
        : '') +
      keep
  }
}

/**
 * Changes that keep the guard-rail but cannot be proven in the scenario (the bucket's Region is fixed),
 * in words, for the exception's explanation: the exception should not be the only thing a reader sees.
 */
function guardRailAlternatives(context: FixContext, conditions: readonly ConditionTrace[]): string {
  const notes: string[] = []
  for (const condition of conditions) {
    const base = baseOperator(condition.operator)
    if (base === null || !NEGATED_STRING.has(base) || condition.key.toLowerCase() !== 'aws:requestedregion') continue
    const regions = condition.policyValues.filter((value): value is string => value !== null)
    if (regions.length === 0) continue
    const bucketRegion = context.scenario.bucket?.region
    notes.push(
      ` The change that keeps the guard-rail is to use a bucket in ${regions.join(' or ')} (the Regions it allows; data residency rules often require it) ` +
        `instead of ${context.scenario.request.bucket}${bucketRegion === undefined ? '' : ` in ${bucketRegion}`}. It cannot be re-evaluated here, since the bucket's Region is fixed, so it is not listed as a fix.`
    )
  }
  return notes.join('')
}

/** A request change that makes one of the Deny's conditions false, where the workflow or network controls the key. */
function satisfying(context: FixContext, condition: ConditionTrace, protects: string): Candidate | null {
  const base = baseOperator(condition.operator)
  if (base === null) return null
  const key = condition.key.toLowerCase()
  const { denial, scenario } = context
  const policyType = denial.policyType
  const why = `The deny protects this: ${protects}.`

  if (key.startsWith('s3:x-amz-')) {
    const header = key.slice('s3:'.length)
    if (NEGATED_STRING.has(base) || (base === 'Null' && condition.policyValues[0] === 'true')) {
      const value = base === 'Null' ? defaultHeaderValue(context, header) : plainValue(condition)
      if (value === null) return null
      const set = header === 'x-amz-server-side-encryption' ? encryptionHeaders(context, value) : { [header]: value }
      return headerCandidate(context, { set }, { policyType, title: `Send ${header}: ${value} with the request`, explanation: `${why} The request satisfies it by sending ${header}: ${value}; no policy changes.` })
    }
    if (POSITIVE_STRING.has(base) && getHeader(scenario.request.headers, header) !== undefined) {
      return headerCandidate(
        context,
        { remove: (name) => name === header },
        { policyType, title: `Stop sending ${header}`, explanation: `${why} The request satisfies it by not sending ${header}; no policy changes.` }
      )
    }
    return null
  }
  if (key === 'aws:securetransport' && base === 'Bool' && condition.policyValues[0]?.toLowerCase() === 'false') {
    return contextCandidate('aws:SecureTransport', 'true', {
      policyType,
      owner: 'workflow-author',
      title: 'Send the request over HTTPS',
      command: httpsCommand(context),
      explanation: `${why} Use an https:// endpoint URL (or none: the AWS CLI and SDKs use HTTPS by default); no policy changes.`
    })
  }
  if (key === 'aws:sourceip' && base === 'NotIpAddress') {
    const cidr = condition.policyValues.find((value): value is string => value !== null)
    if (cidr === undefined) return null
    const address = cidr.split('/')[0] ?? cidr
    return contextCandidate('aws:SourceIp', address, {
      policyType,
      owner: 'runner-network',
      title: `Send the request from an address in ${cidr}`,
      explanation:
        `${why} Run the job where its traffic to S3 leaves from ${describeValues(condition.policyValues)} (a self-hosted runner or a NAT gateway with that egress address; ` +
        'GitHub-hosted runners use changing addresses). The deny stays as it is.'
    })
  }
  if (key === 'aws:sourcevpce' && NEGATED_STRING.has(base)) {
    const endpoint = plainValue(condition)
    if (endpoint === null) return null
    return endpointCandidate(endpoint, {
      policyType,
      title: `Send the request through the VPC endpoint ${endpoint}`,
      explanation: `${why} Run the job on a runner in the VPC whose S3 traffic goes through ${endpoint} (GitHub-hosted runners cannot). The deny stays as it is.`
    })
  }
  if (key === 'aws:sourcevpc' && NEGATED_STRING.has(base)) {
    const vpc = plainValue(condition)
    if (vpc === null) return null
    return contextCandidate('aws:SourceVpc', vpc, {
      policyType,
      owner: 'runner-network',
      title: `Send the request from the VPC ${vpc}`,
      explanation: `${why} Run the job on a runner in ${vpc} that reaches S3 through a VPC endpoint. The deny stays as it is.`
    })
  }
  return null
}

/** A principal tag the Deny asks for: last, since a tag decides more than this one request. */
function tagging(context: FixContext, condition: ConditionTrace, protects: string): Candidate | null {
  const base = baseOperator(condition.operator)
  const grantee = granteeOf(context.caller)
  if (base === null || grantee === null || !NEGATED_STRING.has(base) || !condition.key.toLowerCase().startsWith('aws:principaltag/')) return null
  const value = plainValue(condition)
  if (value === null) return null
  const tag = condition.key.slice('aws:PrincipalTag/'.length)
  const verb = grantee.kind === 'role' ? `aws iam tag-role --role-name ${sh(grantee.name)}` : `aws iam tag-user --user-name ${sh(grantee.name)}`
  return {
    policyType: context.denial.policyType,
    strategy: 'principal-tag',
    target: formatPointer(['identity', 'tags', tag]),
    document: value,
    command: `${verb} --tags ${sh(`Key=${tag},Value=${value}`)}`,
    file: null,
    owner: 'pipeline-role-owner',
    title: `Tag ${grantee.kind} ${grantee.name} with ${tag}=${value}`,
    explanation:
      `The deny protects this: ${protects}. Tagging the ${grantee.kind} ${tag}=${value} satisfies it, but a principal tag is an identity claim that other ` +
      `policies may trust too: do it only if the ${grantee.kind} really belongs to ${tag} ${value}; otherwise the request (or the key it writes) is what should change.`
  }
}

export function explicitDenyPlans(context: FixContext): Plan[] {
  const { denial, scenario, verdict } = context
  if (denial.path === undefined || denial.statement === null) return []
  const pointer = pathToPointer(denial.path)
  const document = getAtPointer(scenario as unknown as JsonValue, pointer)
  if (!isObject(document) || isUnreadable(document)) return []
  const index = statementIndex(document, denial.statement)
  const statement = statementsOf(document)[index]
  if (index < 0 || !isObject(statement)) return []
  const conditions = deciding(verdict, denial.path, denial.statement, denial.action)?.conditions ?? []
  const protects = describeDeny(statement, conditions, denial.statement)

  const plans: Plan[] = []
  let requestOnly = false
  for (const condition of conditions) {
    const candidate = satisfying(context, condition, protects)
    if (candidate === null) continue
    plans.push(plan(candidate))
    if (REQUEST_KEYS.test(condition.key)) requestOnly = true
  }
  // A Deny that asks for a header or HTTPS is right and the request is wrong: the exception is offered only when that fails.
  const exception = exceptionCandidate(context, pointer, document, index, protects)
  if (exception !== null) plans.push({ steps: [exception], fallback: requestOnly })
  for (const condition of conditions) {
    const candidate = tagging(context, condition, protects)
    if (candidate !== null) plans.push(plan(candidate))
  }
  return plans
}

/** For the no-fix reasons: whether the deny sits in a document nobody can edit (an AWS managed policy). */
export function denyIsInAwsManagedPolicy(scenario: Scenario, path: string | undefined): boolean {
  if (path === undefined) return false
  const match = /^identity\.policies\[(\d+)\]/.exec(path)
  if (match === null) return false
  const list = scenario.identity?.policies
  if (list === undefined || isUnreadable(list)) return false
  return /^arn:[^:]+:iam::aws:policy\//.test(list[Number(match[1])]?.name ?? '')
}
