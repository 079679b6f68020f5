/**
 * One expectation and one side's policy set -> the scenario AWS would evaluate: the request the
 * expectation describes, the identity policies of the role it runs as, the bucket's policy and
 * settings, the key policy of the key the request uses, the endpoint policy, the SCPs and RCPs.
 *
 * Policy documents the source does not determine enter the scenario as unreadable layers, so the
 * evaluator reports the conclusions that depend on them. Other unknown settings (Block Public Access,
 * Object Ownership, default encryption) are "blockers" only when they can change this request's
 * outcome; the review then says it cannot decide.
 *
 * Layers a source does not define are taken as absent (scenario-format.md: a missing layer is "not
 * present"): SCPs and RCPs, endpoint policies, account-level Block Public Access. Roles and buckets
 * are different: the request names them, so one the source does not define has unknown policies
 * (except for plain policy files, which are the whole world).
 *
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   (AWS Organizations attaches FullAWSAccess when SCPs are enabled: the plan's SCPs sit beside it)
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html (RCPFullAWSAccess)
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (a key without a policy gets
 *   the default one, which gives the account root, and so IAM policies, access)
 */
import { parseCaller } from '../evaluate/principal.js'
import { parsePolicy } from '../policy/parse.js'
import { getHeader, isBucketLevelAction } from '../s3/actions.js'
import { isPolicyPublic, parseGrantHeaders } from '../s3/public.js'
import { isUnreadable, type Bucket, type BucketEncryption, type Identity, type KmsKey, type NamedPolicy, type PolicyDocument, type Scenario, type ScenarioRequest } from '../scenario/types.js'
import { requestFor } from './expectations.js'
import { isUnknown, Unknown, type BucketModel, type EncryptionModel, type Expectation, type ExpectationsFile, type PolicySet, type SourcedDocument } from './types.js'

export type BlockerKind = 'identity' | 'bucket' | 'encryption' | 'public-access-block' | 'object-ownership' | 'vpc-endpoint'

export interface SideScenario {
  scenario: Scenario
  /** Unknown settings this request's outcome depends on (beyond the documents the verdict reports). */
  blockers: { kind: BlockerKind; reason: string }[]
  /** Scenario path of each document -> where the source defines it. */
  origins: Map<string, string>
  /** Assumptions beyond the source, said in the report. */
  notes: string[]
}

const FULL_AWS_ACCESS: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
const RCP_FULL_AWS_ACCESS: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }
const ACL_ACTIONS = /acl$/i
const READ_ACTIONS = new Set(['s3:getobject', 's3:getobjectversion'])
const defaultKeyPolicies = new Map<string, PolicyDocument>()

/** The default key policy: the account's root, and through it the account's IAM policies, may use the key. */
function defaultKeyPolicy(arn: string): PolicyDocument {
  const parts = arn.split(':')
  const account = parts[4] ?? ''
  let document = defaultKeyPolicies.get(account)
  if (document === undefined) {
    document = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${parts[1] ?? 'aws'}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }]
    }
    defaultKeyPolicies.set(account, document)
  }
  return document
}

function named(doc: SourcedDocument): NamedPolicy {
  return { name: doc.name, document: isUnknown(doc.document) ? { unreadable: doc.document.reason } : doc.document }
}

function hasAclHeaders(headers: Record<string, string> | undefined): boolean {
  return getHeader(headers, 'x-amz-acl') !== undefined || parseGrantHeaders(headers).headers.length > 0
}

/** A policy set of a source that defines nothing (a side where the file does not exist). */
function notDefined(set: PolicySet, what: string, extra: string[]): string {
  const base = `${what} is not defined in the ${set.description}`
  return extra.length === 0 ? base : `${base} (it may be one of: ${extra.join('; ')})`
}

export function buildScenario(expectation: Expectation, action: string, set: PolicySet, file: ExpectationsFile): SideScenario {
  const request = requestFor(expectation, action) as unknown as ScenarioRequest
  if (request.vpcEndpoint === undefined && request.context !== undefined) {
    const given = Object.entries(request.context).find(([key]) => key.toLowerCase() === 'aws:sourcevpce')?.[1]
    if (typeof given === 'string') request.vpcEndpoint = given
  }
  const scenario: Scenario = { version: 1, name: `${expectation.name} (${action})`, request }
  const blockers: SideScenario['blockers'] = []
  const origins = new Map<string, string>()
  const notes: string[] = []
  const caller = parseCaller(request.principal)

  // The identity side.
  if (caller.kind === 'role-session') {
    const exact = set.roles.filter((role) => role.name === caller.roleName)
    const matches = exact.length > 0 ? exact : set.roles.filter((role) => typeof role.name === 'string' && role.name.toLowerCase() === caller.roleName.toLowerCase())
    const role = matches.length === 1 ? matches[0] : matches.length === 0 ? set.roles.find((candidate) => candidate.any === true) : undefined
    if (role !== undefined) {
      const identity: Identity = {}
      const path = role.path.startsWith('/') && role.path.endsWith('/') ? role.path : '/'
      // The role's ARN with its path (the scenario format wants a 12-digit account there).
      if (/^\d{12}$/.test(caller.account)) identity.arn = `arn:${caller.partition}:iam::${caller.account}:role${path}${caller.roleName}`
      if (role.policies.length > 0) {
        identity.policies = role.policies.map(named)
        role.policies.forEach((doc, index) => origins.set(`identity.policies[${index}].document`, doc.origin))
      }
      if (role.boundary !== null) {
        identity.permissionsBoundary = named(role.boundary)
        origins.set('identity.permissionsBoundary.document', role.boundary.origin)
      }
      origins.set('identity', role.origin)
      scenario.identity = identity
    } else if (matches.length > 1) {
      const reason = `role ${caller.roleName} is defined ${matches.length} times in the ${set.description} (${matches.map((match) => match.origin).join(', ')})`
      scenario.identity = { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } }
    } else if (!set.closedWorld) {
      const reason = notDefined(set, `role ${caller.roleName}`, set.unnamedRoles)
      scenario.identity = { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } }
    }
  } else if (caller.kind === 'user' || caller.kind === 'federated-user' || caller.kind === 'other') {
    if (!set.closedWorld) {
      const reason = `the policies of ${request.principal} are not read from the ${set.description} (only roles are)`
      scenario.identity = { policies: { unreadable: reason } }
    }
  }

  // Organization guardrails, beside the AWS managed full-access policies.
  if (set.scps.length > 0) {
    scenario.organization = { serviceControlPolicies: [[{ name: 'FullAWSAccess', document: FULL_AWS_ACCESS }, ...set.scps.map(named)]] }
    set.scps.forEach((doc, index) => origins.set(`organization.serviceControlPolicies[0][${index + 1}].document`, doc.origin))
  }
  if (set.rcps.length > 0) {
    scenario.organization ??= {}
    scenario.organization.resourceControlPolicies = [[{ name: 'RCPFullAWSAccess', document: RCP_FULL_AWS_ACCESS }, ...set.rcps.map(named)]]
    set.rcps.forEach((doc, index) => origins.set(`organization.resourceControlPolicies[0][${index + 1}].document`, doc.origin))
  }

  // The bucket.
  const bucketName = request.bucket
  let model: BucketModel | undefined = set.buckets.find((bucket) => bucket.name === bucketName) ?? set.buckets.find((bucket) => bucket.any === true)
  if (model === undefined && !set.closedWorld) {
    const reason = notDefined(set, `bucket ${bucketName}`, set.unnamedBuckets)
    const unknown = new Unknown(reason)
    model = { name: bucketName, origin: '', policy: { origin: '', name: `bucket policy of ${bucketName}`, document: unknown }, publicAccessBlock: unknown, ownership: unknown, encryption: unknown }
  }
  const bucket: Bucket = { name: bucketName }
  const account = file.bucketAccounts[bucketName]
  if (account !== undefined) bucket.account = account
  scenario.bucket = bucket
  if (model !== undefined) {
    if (model.origin !== '') origins.set('bucket', model.origin)
    if (model.policy !== null) {
      bucket.policy = isUnknown(model.policy.document) ? { unreadable: model.policy.document.reason } : model.policy.document
      if (model.policy.origin !== '') origins.set('bucket.policy', model.policy.origin)
    }
    if (model.publicAccessBlock !== null && !isUnknown(model.publicAccessBlock)) bucket.publicAccessBlock = model.publicAccessBlock
    if (model.ownership !== null && !isUnknown(model.ownership)) bucket.objectOwnership = model.ownership
  }
  if (set.accountPublicAccessBlock !== null && !isUnknown(set.accountPublicAccessBlock)) bucket.accountPublicAccessBlock = set.accountPublicAccessBlock

  const lower = action.toLowerCase()
  const headers = request.headers

  // Block Public Access matters to a public bucket policy, a public ACL, and ACL writes.
  const blockUnknown = [model?.publicAccessBlock, set.accountPublicAccessBlock].find(isUnknown)
  if (blockUnknown !== undefined) {
    const policy = bucket.policy
    const publicPolicy = policy !== undefined && !isUnreadable(policy) && isPolicyPublic(parsePolicy(policy, 'bucket.policy')).public
    if (publicPolicy || hasAclHeaders(headers) || ACL_ACTIONS.test(lower) || lower === 's3:putbucketpolicy') {
      blockers.push({ kind: 'public-access-block', reason: blockUnknown.reason })
    }
  }
  // Object Ownership matters to requests that carry or set ACLs.
  if (model !== undefined && isUnknown(model.ownership) && (hasAclHeaders(headers) || ACL_ACTIONS.test(lower))) {
    blockers.push({ kind: 'object-ownership', reason: model.ownership.reason })
  }

  // Encryption: uploads use the request's SSE headers or the bucket default; downloads the object's key.
  const encryption = model?.encryption ?? null
  const writes = lower === 's3:putobject'
  const reads = READ_ACTIONS.has(lower) && request.key !== undefined
  const sseHeader = getHeader(headers, 'x-amz-server-side-encryption')
  const usesDefault = (writes && sseHeader === undefined) || reads
  const keyIds: string[] = []
  if (usesDefault && isUnknown(encryption)) blockers.push({ kind: 'encryption', reason: encryption.reason })
  else if (encryption !== null && !isUnknown(encryption)) {
    if (usesDefault && isUnknown(encryption.kmsKey)) blockers.push({ kind: 'encryption', reason: encryption.kmsKey.reason })
    bucket.encryption = toEncryption(encryption)
    if (usesDefault && typeof encryption.kmsKey === 'string' && encryption.algorithm !== 'AES256') {
      keyIds.push(encryption.kmsKey)
      if (reads && request.key !== undefined && !isBucketLevelAction(action)) {
        bucket.objects = { [request.key]: { kmsKeyArn: encryption.kmsKey } }
        notes.push(`assumes ${request.key} is encrypted with the bucket's default key ${encryption.kmsKey}`)
      }
    }
  }
  if (writes && sseHeader !== undefined && sseHeader.trim().startsWith('aws:kms')) {
    const headerKey = getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id')
    if (headerKey !== undefined && headerKey.trim() !== '') keyIds.push(headerKey.trim())
  }
  const kmsKeys: KmsKey[] = []
  for (const id of keyIds) {
    if (id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3')) continue
    const key = set.keys.find((candidate) => candidate.arn === id || candidate.keyId === id || (typeof candidate.arn === 'string' && candidate.arn.endsWith(`:key/${id}`)))
    const arn = key !== undefined && typeof key.arn === 'string' ? key.arn : id
    if (!arn.startsWith('arn:') || kmsKeys.some((known) => known.arn === arn)) continue
    const index = kmsKeys.length
    if (key === undefined) {
      kmsKeys.push({ arn, policy: { unreadable: notDefined(set, `KMS key ${arn}`, []) } })
    } else if (key.policy === null) {
      kmsKeys.push({ arn, policy: defaultKeyPolicy(arn) })
      notes.push(`${key.origin} has no key policy in the source: the default key policy applies`)
    } else {
      kmsKeys.push({ arn, policy: isUnknown(key.policy.document) ? { unreadable: key.policy.document.reason } : key.policy.document })
      origins.set(`kmsKeys[${index}].policy`, key.policy.origin)
    }
  }
  if (kmsKeys.length > 0) scenario.kmsKeys = kmsKeys

  // The VPC endpoint the request goes through.
  const endpointId = request.vpcEndpoint
  if (endpointId !== undefined) {
    const endpoint = set.endpoints.find((candidate) => candidate.id === endpointId) ?? set.endpoints.find((candidate) => candidate.any === true)
    if (endpoint !== undefined) {
      scenario.vpcEndpoints = [{ id: endpointId }]
      if (endpoint.policy !== null) {
        const first = scenario.vpcEndpoints[0]
        if (first !== undefined) first.policy = isUnknown(endpoint.policy.document) ? { unreadable: endpoint.policy.document.reason } : endpoint.policy.document
        origins.set('vpcEndpoints[0].policy', endpoint.policy.origin)
      }
    } else if (set.unnamedEndpoints.length > 0 && !set.closedWorld) {
      blockers.push({ kind: 'vpc-endpoint', reason: `endpoint ${endpointId} is not among the endpoints the ${set.description} names, and it may be one of: ${set.unnamedEndpoints.join('; ')}` })
    }
  }
  return { scenario, blockers, origins, notes }
}

function toEncryption(model: EncryptionModel): BucketEncryption {
  const encryption: BucketEncryption = { algorithm: model.algorithm }
  if (typeof model.kmsKey === 'string') encryption.kmsKeyArn = model.kmsKey
  if (model.bucketKeyEnabled) encryption.bucketKeyEnabled = true
  return encryption
}
