/**
 * Where a policy document lives, who may change it, the AWS CLI call that replaces it, and the size
 * AWS allows it. Every strategy that edits a document asks here, so that the same document always
 * gets the same command and the same limit.
 */
import { parseCaller } from '../evaluate/principal.js'
import { parsePolicy } from '../policy/parse.js'
import { validatePolicy, type PolicyKind } from '../policy/validate.js'
import { isUnreadable, type JsonObject, type JsonValue, type PolicyDocument, type Scenario } from '../scenario/types.js'
import { fileName, granteeOf, isManagedName, isObject, limitReason, LIMITS, sh, sizeNote, sizeOf, type Candidate, type SizeLimit } from './common.js'
import { parsePointer } from './pointer.js'
import type { FixOwner } from './types.js'

export interface Site {
  /** The document, in words: "the bucket policy of artifacts", "the inline policy ci-write of role ci". */
  words: string
  owner: FixOwner
  limit: SizeLimit
  /** The file name the command reads. */
  file: string
  /** The size AWS checks against the limit once `document` replaces this one (with its siblings where they count together). */
  size(document: JsonValue): number
  /** The CLI call that puts the file in place. */
  command(file: string): string | null
}

/** `aws organizations update-policy` needs the policy id; this looks it up by the name the scenario has. */
function organizationUpdate(kind: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY', name: string, file: string): string {
  // Policy names are [\w+=,.@-]+, so they sit safely in a double-quoted JMESPath raw string.
  const lookup = `$(aws organizations list-policies --filter ${kind} --query "Policies[?Name=='${name}'].Id" --output text)`
  return `aws organizations update-policy --policy-id "${lookup}" --content file://${file}`
}

/** `arn:aws:iam::1:policy/path/name` -> `name`. */
function policyName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

function managedUpdate(arn: string, file: string): string {
  return `aws iam create-policy-version --policy-arn ${sh(arn)} --policy-document file://${file} --set-as-default`
}

/** The site of the document at `pointer` (a pointer to a policy document), or null when it cannot be changed there. */
export function siteOf(scenario: Scenario, pointer: string): Site | null {
  const tokens = parsePointer(pointer)
  const [root, second, third, fourth, fifth] = tokens
  const caller = parseCaller(scenario.request.principal, scenario.identity?.arn)
  const grantee = granteeOf(caller)
  const simple = (words: string, owner: FixOwner, limit: SizeLimit, file: string, command: (file: string) => string | null): Site => ({
    words,
    owner,
    limit,
    file,
    size: (document) => sizeOf(document, limit),
    command
  })

  if (root === 'bucket' && second === 'policy' && tokens.length === 2) {
    const bucket = scenario.bucket?.name ?? scenario.request.bucket
    return simple(`the bucket policy of ${bucket}`, 'bucket-owner', LIMITS.bucketPolicy, fileName(bucket, 'bucket-policy'), (file) => `aws s3api put-bucket-policy --bucket ${sh(bucket)} --policy file://${file}`)
  }
  if (root === 'kmsKeys' && third === 'policy' && tokens.length === 3) {
    const key = scenario.kmsKeys?.[Number(second)]
    // The key policy of an AWS managed key (aws/s3) is AWS's: nobody can change it.
    if (key === undefined || key.keyManager === 'AWS' || (key.aliases ?? []).some((alias) => alias.endsWith('alias/aws/s3'))) return null
    return simple(`the key policy of ${key.arn}`, 'key-owner', LIMITS.keyPolicy, fileName('key-policy', key.arn.slice(key.arn.lastIndexOf('/') + 1)), (file) => `aws kms put-key-policy --key-id ${sh(key.arn)} --policy-name default --policy file://${file}`)
  }
  if (root === 'vpcEndpoints' && third === 'policy' && tokens.length === 3) {
    const endpoint = scenario.vpcEndpoints?.[Number(second)]
    if (endpoint === undefined) return null
    return simple(`the policy of the VPC endpoint ${endpoint.id}`, 'network-admin', LIMITS.endpointPolicy, fileName(endpoint.id, 'policy'), (file) => `aws ec2 modify-vpc-endpoint --vpc-endpoint-id ${sh(endpoint.id)} --policy-document file://${file}`)
  }
  if (root === 'organization' && (second === 'serviceControlPolicies' || second === 'resourceControlPolicies') && fifth === 'document' && tokens.length === 5) {
    const levels = scenario.organization?.[second]
    if (levels === undefined || isUnreadable(levels)) return null
    const named = levels[Number(third)]?.[Number(fourth)]
    if (named === undefined) return null
    const scp = second === 'serviceControlPolicies'
    return simple(`the ${scp ? 'SCP' : 'RCP'} ${named.name}`, 'organization-admin', LIMITS.organizationPolicy, fileName(scp ? 'scp' : 'rcp', named.name), (file) =>
      organizationUpdate(scp ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY', named.name, file)
    )
  }
  const identity = scenario.identity
  if (root !== 'identity' || identity === undefined) return null
  if (second === 'permissionsBoundary' && third === 'document' && tokens.length === 3) {
    const boundary = identity.permissionsBoundary
    if (boundary === undefined || isUnreadable(boundary)) return null
    const arn = isManagedName(boundary.name) ? boundary.name : grantee !== null ? `arn:${grantee.partition}:iam::${grantee.account}:policy/${boundary.name}` : boundary.name
    return simple(`the permissions boundary ${boundary.name}`, 'account-admin', LIMITS.managed, fileName('boundary', policyName(boundary.name)), (file) => managedUpdate(arn, file))
  }
  if (second === 'sessionPolicies' && fourth === 'document' && tokens.length === 4) {
    const list = identity.sessionPolicies
    if (list === undefined || isUnreadable(list)) return null
    const named = list[Number(third)]
    if (named === undefined) return null
    if (isManagedName(named.name)) return simple(`the managed session policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file))
    const session = caller.kind === 'role-session' ? caller.sessionName : 'SESSION'
    return simple(`the session policy ${named.name}`, 'workflow-author', LIMITS.sessionPolicy, fileName('session-policy', named.name), (file) =>
      grantee === null ? null : `aws sts assume-role --role-arn ${sh(grantee.arn)} --role-session-name ${sh(session)} --policy file://${file}`
    )
  }
  if (second === 'policies' && fourth === 'document' && tokens.length === 4) {
    const list = identity.policies
    if (list === undefined || isUnreadable(list) || grantee === null) return null
    const index = Number(third)
    const named = list[index]
    if (named === undefined) return null
    if (isManagedName(named.name)) {
      // AWS managed policies (arn:aws:iam::aws:policy/...) cannot be edited.
      if (/^arn:[^:]+:iam::aws:policy\//.test(named.name)) return null
      return simple(`the managed policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file))
    }
    return inlineSite(scenario, index, named.name)
  }
  return null
}

/** An inline policy of the caller's role or user: the limit counts all its inline policies together. */
export function inlineSite(scenario: Scenario, index: number, name: string): Site | null {
  const caller = parseCaller(scenario.request.principal, scenario.identity?.arn)
  const grantee = granteeOf(caller)
  if (grantee === null) return null
  const limit = grantee.kind === 'role' ? LIMITS.roleInline : LIMITS.userInline
  const list = scenario.identity?.policies
  const siblings: JsonObject[] = []
  if (list !== undefined && !isUnreadable(list)) {
    list.forEach((named, position) => {
      if (position !== index && !isManagedName(named.name) && !isUnreadable(named.document)) siblings.push(named.document)
    })
  }
  const who = grantee.kind === 'role' ? `--role-name ${sh(grantee.name)}` : `--user-name ${sh(grantee.name)}`
  const verb = grantee.kind === 'role' ? 'put-role-policy' : 'put-user-policy'
  return {
    words: `the inline policy ${name} of ${grantee.kind} ${grantee.name}`,
    owner: 'pipeline-role-owner',
    limit,
    file: fileName(grantee.name, name),
    size: (document) => siblings.reduce((total, sibling) => total + sizeOf(sibling, limit), sizeOf(document, limit)),
    command: (file) => `aws iam ${verb} ${who} --policy-name ${sh(name)} --policy-document file://${file}`
  }
}

export function overLimit(site: Site, document: JsonValue): string | null {
  const size = site.size(document)
  return size > site.limit.limit ? sizeNote(size, site.limit).trim() : null
}

/** The kind of policy document a pointer puts in place (and the document itself), or null for anything else. */
function documentAt(tokens: readonly string[], value: JsonValue): { kind: PolicyKind; document: JsonValue } | null {
  const [root, second, third, fourth] = tokens
  const path = tokens.join('/')
  if (path === 'bucket/policy') return { kind: 'bucket-policy', document: value }
  if (root === 'kmsKeys' && tokens.length === 2 && second === '-') return isObject(value) && value.policy !== undefined ? { kind: 'key-policy', document: value.policy } : null
  if (root === 'kmsKeys' && third === 'policy' && tokens.length === 3) return { kind: 'key-policy', document: value }
  if (root === 'vpcEndpoints' && third === 'policy' && tokens.length === 3) return { kind: 'vpc-endpoint-policy', document: value }
  if (root === 'organization' && tokens.length === 5 && tokens[4] === 'document') {
    if (second === 'serviceControlPolicies') return { kind: 'service-control-policy', document: value }
    if (second === 'resourceControlPolicies') return { kind: 'resource-control-policy', document: value }
  }
  if (root !== 'identity') return null
  if (second === 'permissionsBoundary' && third === 'document' && tokens.length === 3) return { kind: 'permissions-boundary', document: value }
  if (second === 'sessionPolicies' && fourth === 'document' && tokens.length === 4) return { kind: 'session', document: value }
  if (second === 'policies' && fourth === 'document' && tokens.length === 4) return { kind: 'identity', document: value }
  if (second === 'policies' && third === '-' && tokens.length === 3) return isObject(value) && value.document !== undefined ? { kind: 'identity', document: value.document } : null
  return null
}

/**
 * AWS refuses a whole document that holds a statement it does not accept (MalformedPolicy): a change
 * that keeps one (an invalid statement of the document it was merged into) is not a fix as written.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
function malformedReason(tokens: readonly string[], value: JsonValue): string | null {
  const found = documentAt(tokens, value)
  if (found === null || !isObject(found.document) || isUnreadable(found.document as PolicyDocument)) return null
  let problems: { index: number; message: string }[]
  try {
    problems = [...validatePolicy(parsePolicy(structuredClone(found.document) as PolicyDocument, 'fix'), found.kind).problems]
  } catch {
    return 'AWS would refuse the document: it is not a valid policy.'
  }
  if (problems.length === 0) return null
  const first = problems[0] as { index: number; message: string }
  return `AWS would refuse the document (MalformedPolicy): its statement at index ${first.index} is not valid: ${first.message}.`
}

/**
 * Why AWS would refuse a change as written: the document it puts in place is over its size limit
 * (a new inline policy counts with the entity's other inline policies). Null when it fits, and for
 * changes that are not policy documents.
 */
export function rejectionOf(scenario: Scenario, step: Pick<Candidate, 'target' | 'document' | 'strategy'>): string | null {
  if (step.strategy === 'request-change' || step.strategy === 's3-setting' || step.strategy === 'principal-tag') return null
  let tokens: string[]
  try {
    tokens = parsePointer(step.target)
  } catch {
    return null
  }
  const malformed = malformedReason(tokens, step.document)
  if (malformed !== null) return malformed
  if (tokens.length === 3 && tokens[0] === 'identity' && tokens[1] === 'policies' && tokens[2] === '-') {
    const added = step.document
    if (!isObject(added) || typeof added.name !== 'string' || !isObject(added.document)) return null
    if (isManagedName(added.name)) return limitReason(sizeOf(added.document, LIMITS.managed), LIMITS.managed, `the new managed policy ${added.name}`)
    const site = inlineSite(scenario, -1, added.name)
    return site === null ? null : limitReason(site.size(added.document), site.limit, site.words)
  }
  const site = siteOf(scenario, step.target)
  return site === null ? null : limitReason(site.size(step.document), site.limit, site.words)
}
