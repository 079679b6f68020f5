/**
 * One expectation and one side's policy set -> the scenario AWS would evaluate: the request the
 * expectation describes, the identity policies of the role it runs as, the bucket's policy and
 * settings, the key policy of the key the request uses, the endpoint policy, and the SCPs and RCPs
 * attached on the path to the accounts involved.
 *
 * What the source does not determine enters the scenario in its permissive reading (an unknown
 * document as unreadable, an unknown statement as a placeholder that matches nothing, a maybe-attached
 * SCP left out), and as an `Uncertainty` (variants.ts) with the readings that bound it; review.ts
 * decides a side only when the bounds agree.
 *
 * Layers a source does not define are taken as absent (scenario-format.md: a missing layer is "not
 * present"): SCPs and RCPs, endpoint policies, account-level Block Public Access. Roles and buckets
 * are different: the request names them, so one the source does not define has unknown policies
 * (except for plain policy files, which are the whole world).
 *
 * Organization policies apply where they are attached: an SCP to the principals of the accounts
 * under its target, an RCP to the resources of those accounts
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html:
 * "an SCP attached to the root ... applies to all accounts"; one attached to an OU to the accounts in
 * it and its child OUs; one attached to an account to that account). A target is a root (`r-...`), an
 * OU (`ou-...`) or an account (12 digits): an account target is decided by the id alone; a root or OU
 * target needs the account's place in the organization (the source's organization resources, or
 * `organization.accounts` in the expectations file), and without it the policy may or may not apply.
 * An SCP or RCP attached nowhere in the source applies to nobody. AWS Organizations attaches
 * FullAWSAccess (RCPFullAWSAccess) when the policy type is enabled, so the source's policies sit beside it
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 *
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (a key without a policy gets
 *   the default one, which gives the account root, and so IAM policies, access)
 */
import { callerAccount, parseCaller } from '../evaluate/principal.js'
import { getHeader, isBucketLevelAction } from '../s3/actions.js'
import { parseGrantHeaders } from '../s3/public.js'
import type { Bucket, BucketEncryption, Identity, JsonValue, KmsKey, NamedPolicy, PolicyDocument, Scenario, ScenarioRequest } from '../scenario/types.js'
import { requestFor } from './expectations.js'
import { isUnknown, Unknown, type BucketModel, type EncryptionModel, type Expectation, type ExpectationsFile, type OrgPolicy, type PolicySet, type RoleModel, type SourcedDocument } from './types.js'
import { BLOCK_ALL, documentUncertainties, REMOVE, restrictiveDocument, standIn, type DocumentKind, type Edit, type Path, type Uncertainty } from './variants.js'

export interface SideScenario {
  /** The scenario in its permissive reading (unknown documents unreadable). */
  scenario: Scenario
  /** What the source leaves open for this request, with the readings that bound it. */
  uncertain: Uncertainty[]
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
  const unique = [...new Set(extra)]
  return unique.length === 0 ? base : `${base} (it may be one of: ${unique.join('; ')})`
}

function pathText(path: Path): string {
  return path.reduce<string>((text, token) => (typeof token === 'number' ? `${text}[${token}]` : text === '' ? token : `${text}.${token}`), '')
}

/** Where an account sits in the organization, as far as the source and the expectations file tell. */
type Membership = { kind: 'path'; ids: string[] } | { kind: 'member' } | { kind: 'outside' } | { kind: 'unknown'; reason: string }

function membershipOf(account: string, set: PolicySet, file: ExpectationsFile): Membership {
  const mapped = file.organization?.accounts[account]
  if (mapped === 'outside') return { kind: 'outside' }
  if (mapped !== undefined) return { kind: 'path', ids: [...mapped, account] }
  const org = set.organization
  const ids = [account]
  let current = account
  for (let depth = 0; depth < 8; depth++) {
    const parent = org.parents[current]
    if (parent === undefined) break
    if (isUnknown(parent)) return { kind: 'unknown', reason: parent.reason }
    ids.unshift(parent)
    // Root ids begin with r- (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Root.html).
    if (org.roots.includes(parent) || parent.startsWith('r-')) return { kind: 'path', ids }
    current = parent
  }
  if (org.members.includes(account)) return { kind: 'member' }
  if (org.membersComplete && org.roots.length > 0) return { kind: 'outside' }
  return {
    kind: 'unknown',
    reason: `where account ${account} sits in the organization (its root and OUs) is not in the ${set.description}: give it under organization.accounts in the expectations file`
  }
}

/** Whether an SCP or RCP attached to `targets` applies to `account`: yes, no, or maybe (and why). */
function applies(policy: OrgPolicy, account: string | undefined, set: PolicySet, file: ExpectationsFile): true | false | string {
  if (policy.targets === 'everywhere') return true
  let maybe: string | null = null
  let membership: Membership | undefined
  for (const target of policy.targets) {
    if (isUnknown(target)) {
      maybe ??= target.reason
      continue
    }
    if (/^\d{12}$/.test(target)) {
      if (account === undefined) maybe ??= `${policy.origin} is attached to account ${target}, and the account of the request is not known`
      else if (target === account) return true
      continue
    }
    if (account === undefined) {
      maybe ??= `${policy.origin} is attached to ${target}, and the account of the request is not known`
      continue
    }
    membership ??= membershipOf(account, set, file)
    switch (membership.kind) {
      case 'path':
        if (membership.ids.includes(target)) return true
        break
      case 'member':
        if (target.startsWith('r-')) return true
        maybe ??= `${policy.origin} is attached to ${target}: whether account ${account} is under it is not in the ${set.description} (give organization.accounts in the expectations file)`
        break
      case 'unknown':
        maybe ??= `${policy.origin} is attached to ${target}: ${membership.reason}`
        break
      case 'outside':
        break
    }
  }
  return maybe ?? false
}

interface Attached {
  certain: OrgPolicy[]
  maybe: { policy: OrgPolicy; reason: string }[]
}

/** Which of `policies` apply to `account`, certainly or maybe; the same for every check of a review (cached). */
const attachedCache = new WeakMap<ExpectationsFile, WeakMap<OrgPolicy[], Map<string, Attached>>>()
function attachedTo(policies: OrgPolicy[], account: string | undefined, set: PolicySet, file: ExpectationsFile): Attached {
  let bySet = attachedCache.get(file)
  if (bySet === undefined) attachedCache.set(file, (bySet = new WeakMap()))
  let byAccount = bySet.get(policies)
  if (byAccount === undefined) bySet.set(policies, (byAccount = new Map()))
  const key = account ?? ''
  let found = byAccount.get(key)
  if (found === undefined) {
    found = { certain: [], maybe: [] }
    for (const policy of policies) {
      const verdict = applies(policy, account, set, file)
      if (verdict === true) found.certain.push(policy)
      else if (verdict !== false) found.maybe.push({ policy, reason: verdict })
    }
    byAccount.set(key, found)
  }
  return found
}

export function buildScenario(expectation: Expectation, action: string, set: PolicySet, file: ExpectationsFile): SideScenario {
  const request = requestFor(expectation, action) as unknown as ScenarioRequest
  if (request.vpcEndpoint === undefined && request.context !== undefined) {
    const given = Object.entries(request.context).find(([key]) => key.toLowerCase() === 'aws:sourcevpce')?.[1]
    if (typeof given === 'string') request.vpcEndpoint = given
  }
  const scenario: Scenario = { version: 1, name: `${expectation.name} (${action})`, request }
  const uncertain: Uncertainty[] = []
  const origins = new Map<string, string>()
  const notes: string[] = []
  const note = (text: string): void => {
    if (!notes.includes(text)) notes.push(text)
  }
  const caller = parseCaller(request.principal)
  const account = callerAccount(caller)
  const knownAccount = account !== undefined && /^\d{12}$/.test(account) ? account : undefined
  /** The uncertainties of a document placed at `path`, and its origin. */
  const place = (doc: SourcedDocument, path: Path, kind: DocumentKind): void => {
    if (doc.origin !== '') origins.set(pathText(path), doc.origin)
    uncertain.push(...documentUncertainties(doc, path, kind, caller))
  }
  /** A whole layer the source does not determine: its list (or single policy) unknown. */
  const unknownIdentity = (reason: string, boundary: boolean): void => {
    scenario.identity = boundary ? { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } } : { policies: { unreadable: reason } }
    uncertain.push({
      reason,
      permissive: [{ path: ['identity', 'policies'], value: [{ name: 'unknown identity policies', document: standIn('identity', caller, 'Allow') }] }],
      restrictive: [[{ path: ['identity', 'policies'], value: [{ name: 'unknown identity policies', document: standIn('identity', caller, 'Deny') }] }]]
    })
    if (boundary) {
      uncertain.push({
        reason,
        permissive: [{ path: ['identity', 'permissionsBoundary'], value: REMOVE }],
        restrictive: [[{ path: ['identity', 'permissionsBoundary'], value: { name: 'unknown permissions boundary', document: standIn('identity', caller, 'Deny') } }]]
      })
    }
  }

  // The identity side: the role by name, in the caller's account where the source tells the role's account.
  if (caller.kind === 'role-session') {
    const exact = set.roles.filter((role) => role.name === caller.roleName)
    const byName = exact.length > 0 ? exact : set.roles.filter((role) => typeof role.name === 'string' && role.name.toLowerCase() === caller.roleName.toLowerCase())
    const inAccount = byName.filter((role) => role.account === undefined || knownAccount === undefined || role.account === knownAccount)
    const elsewhere = byName.filter((role) => !inAccount.includes(role))
    const role: RoleModel | undefined = inAccount.length === 1 ? inAccount[0] : inAccount.length === 0 ? set.roles.find((candidate) => candidate.any === true) : undefined
    if (role !== undefined) {
      const identity: Identity = {}
      const path = role.path.startsWith('/') && role.path.endsWith('/') ? role.path : '/'
      // The role's ARN with its path (the scenario format wants a 12-digit account there).
      if (knownAccount !== undefined) identity.arn = `arn:${caller.partition}:iam::${knownAccount}:role${path}${caller.roleName}`
      scenario.identity = identity
      if (role.policies.length > 0) {
        identity.policies = role.policies.map(named)
        role.policies.forEach((doc, index) => place(doc, ['identity', 'policies', index, 'document'], 'identity'))
      }
      if (role.boundary !== null) {
        identity.permissionsBoundary = named(role.boundary)
        place(role.boundary, ['identity', 'permissionsBoundary', 'document'], 'identity')
      }
      // A role whose account the source does not tell (a new role in a plan without account) is taken as the caller's.
      origins.set('identity', role.origin)
    } else if (inAccount.length > 1) {
      unknownIdentity(`role ${caller.roleName} is defined ${inAccount.length} times in the ${set.description} (${inAccount.map((match) => match.origin).join(', ')})`, true)
    } else if (!set.closedWorld) {
      const what = elsewhere.length > 0 ? `role ${caller.roleName} of account ${knownAccount ?? ''}` : `role ${caller.roleName}`
      const others = elsewhere.length > 0 ? `; the role ${caller.roleName} it defines (${elsewhere.map((other) => other.origin).join(', ')}) is in account ${[...new Set(elsewhere.map((other) => other.account))].join(', ')}` : ''
      unknownIdentity(`${notDefined(set, what, set.unnamedRoles)}${others}`, true)
    }
  } else if (caller.kind === 'user' || caller.kind === 'federated-user' || caller.kind === 'other') {
    if (!set.closedWorld) unknownIdentity(`the policies of ${request.principal} are not read from the ${set.description} (only roles are)`, false)
  }

  // Organization guardrails attached on the path to the caller's account (SCPs) and the bucket's (RCPs).
  const bucketName = request.bucket
  const bucketAccount = file.bucketAccounts[bucketName] ?? knownAccount ?? set.account
  const management = file.organization?.managementAccount ?? set.organization.managementAccount
  const guardrails = (policies: OrgPolicy[], forAccount: string | undefined, key: 'serviceControlPolicies' | 'resourceControlPolicies'): void => {
    if (policies.length === 0) return
    const { certain, maybe } = attachedTo(policies, forAccount, set, file)
    if (certain.length === 0 && maybe.length === 0) return
    const full = key === 'serviceControlPolicies' ? { name: 'FullAWSAccess', document: FULL_AWS_ACCESS } : { name: 'RCPFullAWSAccess', document: RCP_FULL_AWS_ACCESS }
    const kind: DocumentKind = key === 'serviceControlPolicies' ? 'organization' : 'rcp'
    const level = [full, ...certain.map(named)]
    if (certain.length > 0) {
      scenario.organization ??= {}
      scenario.organization[key] = [level]
      certain.forEach((doc, index) => place(doc, ['organization', key, 0, index + 1, 'document'], kind))
    }
    for (const { policy, reason } of maybe) {
      // Attached on the path or not: the restrictive reading attaches it (beside what certainly applies).
      const attached = [...level, { name: policy.name, document: restrictiveDocument(policy, kind, caller) }]
      uncertain.push({ reason, permissive: [], restrictive: [[{ path: ['organization', key], value: [attached] }]] })
    }
  }
  if (caller.kind !== 'anonymous' && caller.kind !== 'service') guardrails(set.scps, knownAccount, 'serviceControlPolicies')
  guardrails(set.rcps, bucketAccount, 'resourceControlPolicies')
  if (management !== undefined && (scenario.organization !== undefined || uncertain.some((item) => item.restrictive.some((edits) => edits.some((edit) => edit.path[0] === 'organization'))))) {
    scenario.organization ??= {}
    scenario.organization.managementAccount = management
  }

  // The bucket.
  let model: BucketModel | undefined = set.buckets.find((bucket) => bucket.name === bucketName) ?? set.buckets.find((bucket) => bucket.any === true)
  if (model === undefined && !set.closedWorld) {
    const reason = notDefined(set, `bucket ${bucketName}`, set.unnamedBuckets)
    const unknown = new Unknown(reason)
    model = { name: bucketName, origin: '', policy: { origin: '', name: `bucket policy of ${bucketName}`, document: unknown }, publicAccessBlock: unknown, ownership: unknown, encryption: unknown }
  }
  const bucket: Bucket = { name: bucketName }
  const owner = file.bucketAccounts[bucketName]
  if (owner !== undefined) bucket.account = owner
  scenario.bucket = bucket
  if (model !== undefined) {
    if (model.origin !== '') origins.set('bucket', model.origin)
    if (model.policy !== null) {
      bucket.policy = isUnknown(model.policy.document) ? { unreadable: model.policy.document.reason } : model.policy.document
      place(model.policy, ['bucket', 'policy'], 'resource-policy')
    }
    if (model.publicAccessBlock !== null && !isUnknown(model.publicAccessBlock)) bucket.publicAccessBlock = model.publicAccessBlock
    if (model.ownership !== null && !isUnknown(model.ownership)) bucket.objectOwnership = model.ownership
  }
  if (set.accountPublicAccessBlock !== null && !isUnknown(set.accountPublicAccessBlock)) bucket.accountPublicAccessBlock = set.accountPublicAccessBlock

  const lower = action.toLowerCase()
  const headers = request.headers

  // Block Public Access: off in the permissive reading, every setting on in the restrictive one.
  if (model !== undefined && isUnknown(model.publicAccessBlock)) {
    uncertain.push({ reason: model.publicAccessBlock.reason, permissive: [], restrictive: [[{ path: ['bucket', 'publicAccessBlock'], value: BLOCK_ALL }]] })
  }
  if (isUnknown(set.accountPublicAccessBlock)) {
    uncertain.push({ reason: set.accountPublicAccessBlock.reason, permissive: [], restrictive: [[{ path: ['bucket', 'accountPublicAccessBlock'], value: BLOCK_ALL }]] })
  }
  // Object Ownership matters to requests that carry or set ACLs, and not in one direction.
  if (model !== undefined && isUnknown(model.ownership) && (hasAclHeaders(headers) || ACL_ACTIONS.test(lower))) {
    uncertain.push({ reason: model.ownership.reason, permissive: [], restrictive: [], hard: true })
  }

  // Encryption: uploads use the request's SSE headers or the bucket default; downloads the object's key.
  const encryption = model?.encryption ?? null
  const writes = lower === 's3:putobject'
  const reads = READ_ACTIONS.has(lower) && request.key !== undefined
  const sseHeader = getHeader(headers, 'x-amz-server-side-encryption')
  const usesDefault = (writes && sseHeader === undefined) || reads
  const keyIds: string[] = []
  /** The default encryption or its key is unknown: the restrictive reading uses an unknown key that denies. */
  let unknownDefault: string | null = null
  if (usesDefault && isUnknown(encryption)) unknownDefault = encryption.reason
  else if (encryption !== null && !isUnknown(encryption)) {
    if (usesDefault && isUnknown(encryption.kmsKey) && encryption.algorithm !== 'AES256') unknownDefault = encryption.kmsKey.reason
    bucket.encryption = toEncryption(encryption)
    if (usesDefault && typeof encryption.kmsKey === 'string' && encryption.algorithm !== 'AES256') {
      keyIds.push(encryption.kmsKey)
      if (reads && request.key !== undefined && !isBucketLevelAction(action)) {
        bucket.objects = { [request.key]: { kmsKeyArn: encryption.kmsKey } }
        note(`assumes ${request.key} is encrypted with the bucket's default key ${encryption.kmsKey}`)
      }
    }
  }
  if (writes && sseHeader !== undefined && sseHeader.trim().startsWith('aws:kms')) {
    const headerKey = getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id')
    if (headerKey !== undefined && headerKey.trim() !== '') keyIds.push(headerKey.trim())
  }
  const kmsKeys: KmsKey[] = []
  const generated: { arn: string; id: string; origin: string }[] = []
  for (const id of keyIds) {
    if (id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3')) continue
    const key = set.keys.find((candidate) => candidate.arn === id || candidate.keyId === id || (typeof candidate.arn === 'string' && candidate.arn.endsWith(`:key/${id}`)))
    const arn = key !== undefined && typeof key.arn === 'string' ? key.arn : id
    if (!arn.startsWith('arn:') || kmsKeys.some((known) => known.arn === arn)) continue
    const index = kmsKeys.length
    if (key === undefined) {
      const reason = notDefined(set, `KMS key ${arn}`, [])
      kmsKeys.push({ arn, policy: { unreadable: reason } })
      place({ origin: '', name: `key policy of ${arn}`, document: new Unknown(reason) }, ['kmsKeys', index, 'policy'], 'key-policy')
    } else if (key.policy === null) {
      kmsKeys.push({ arn, policy: defaultKeyPolicy(arn) })
      note(`${key.origin} has no key policy in the source: the default key policy applies`)
    } else {
      kmsKeys.push({ arn, policy: isUnknown(key.policy.document) ? { unreadable: key.policy.document.reason } : key.policy.document })
      place(key.policy, ['kmsKeys', index, 'policy'], 'key-policy')
    }
    if (key?.generated === true && key.keyId !== undefined) generated.push({ arn, id: key.keyId, origin: key.origin })
  }
  if (kmsKeys.length > 0) scenario.kmsKeys = kmsKeys
  if (unknownDefault !== null) {
    const partition = caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws'
    const arn = `arn:${partition}:kms:us-east-1:${bucketAccount ?? '000000000000'}:key/unknown-default-key`
    const edits: Edit[] = [
      { path: ['bucket', 'encryption'], value: { algorithm: encryption !== null && !isUnknown(encryption) && encryption.algorithm !== 'AES256' ? encryption.algorithm : 'aws:kms', kmsKeyArn: arn } },
      { path: ['kmsKeys'], value: [...kmsKeys, { arn, policy: standIn('key-policy', caller, 'Deny') }] }
    ]
    if (reads && request.key !== undefined) edits.push({ path: ['bucket', 'objects'], value: { [request.key]: { kmsKeyArn: arn } } })
    uncertain.push({ reason: unknownDefault, permissive: [], restrictive: [edits] })
  }

  // The VPC endpoint the request goes through.
  const endpointId = request.vpcEndpoint
  if (endpointId !== undefined) {
    const endpoint = set.endpoints.find((candidate) => candidate.id === endpointId) ?? set.endpoints.find((candidate) => candidate.any === true)
    if (endpoint !== undefined) {
      scenario.vpcEndpoints = [{ id: endpointId }]
      if (endpoint.policy !== null) {
        const first = scenario.vpcEndpoints[0]
        if (first !== undefined) first.policy = isUnknown(endpoint.policy.document) ? { unreadable: endpoint.policy.document.reason } : endpoint.policy.document
        place(endpoint.policy, ['vpcEndpoints', 0, 'policy'], 'endpoint-policy')
      }
    } else if (!set.closedWorld) {
      // An endpoint whose id the source cannot tell may be this one: each is a restrictive reading.
      const candidates = set.endpoints.filter((candidate) => isUnknown(candidate.id))
      if (candidates.length > 0) {
        uncertain.push({
          reason: `endpoint ${endpointId} is not among the endpoints the ${set.description} names, and it may be one of: ${[...new Set(candidates.map((candidate) => (candidate.id as Unknown).reason))].join('; ')}`,
          permissive: [],
          restrictive: candidates.map((candidate) => [
            { path: ['vpcEndpoints'], value: [candidate.policy === null ? { id: endpointId } : { id: endpointId, policy: restrictiveDocument(candidate.policy, 'endpoint-policy', caller) }] }
          ])
        })
      }
    }
  }

  // A key whose id CloudFormation generates: a policy naming some other specific key id may or may not mean it.
  for (const key of generated) {
    const named = otherKeyIds(scenario, key.id)
    if (named.length > 0) {
      uncertain.push({ reason: `the id CloudFormation generates for ${key.origin} is not known, and ${named.join(', ')} may or may not be it`, permissive: [], restrictive: [], hard: true })
    }
  }
  return { scenario, uncertain, origins, notes }
}

/** KMS key ARNs with a specific id (not `*`, not the stand-in) that the scenario's documents name in Resource or NotResource. */
function otherKeyIds(scenario: Scenario, standInId: string): string[] {
  const found = new Set<string>()
  const visit = (document: unknown): void => {
    if (document === null || typeof document !== 'object' || 'unreadable' in document) return
    const raw = (document as Record<string, JsonValue>)['Statement']
    const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
    for (const statement of statements) {
      if (statement === null || typeof statement !== 'object' || Array.isArray(statement)) continue
      for (const element of ['Resource', 'NotResource']) {
        const value = statement[element]
        for (const item of Array.isArray(value) ? value : [value]) {
          if (typeof item !== 'string') continue
          const match = /^arn:[^:]*:kms:[^:]*:[^:]*:key\/(.+)$/.exec(item)
          if (match !== null && match[1] !== '*' && match[1] !== standInId) found.add(item)
        }
      }
    }
  }
  const identity = scenario.identity
  if (identity !== undefined) {
    if (Array.isArray(identity.policies)) for (const policy of identity.policies) visit(policy.document)
    const boundary = identity.permissionsBoundary
    if (boundary !== undefined && 'document' in boundary) visit(boundary.document)
  }
  visit(scenario.bucket?.policy)
  for (const key of scenario.kmsKeys ?? []) visit(key.policy)
  for (const endpoint of scenario.vpcEndpoints ?? []) visit(endpoint.policy)
  const levels = scenario.organization?.serviceControlPolicies
  if (Array.isArray(levels)) for (const level of levels) for (const policy of level) visit(policy.document)
  return [...found]
}

function toEncryption(model: EncryptionModel): BucketEncryption {
  const encryption: BucketEncryption = { algorithm: model.algorithm }
  if (typeof model.kmsKey === 'string') encryption.kmsKeyArn = model.kmsKey
  if (model.bucketKeyEnabled) encryption.bucketKeyEnabled = true
  return encryption
}
