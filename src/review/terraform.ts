/**
 * The policy set of one side of a Terraform plan: the JSON of `terraform show -json PLAN`.
 *
 * Each managed resource's values come from `resource_changes[].change.before` (the base side of a
 * single plan) or `.after` (the head side, and the side a plan of either commit describes), falling
 * back to `prior_state` / `planned_values` for resources a plan does not list. A value is unknown
 * when `after_unknown` marks it ("known after apply"); then the attribute's configuration
 * `references` (in `configuration`) resolve attachments by address: a bucket policy whose `bucket`
 * is `aws_s3_bucket.artifacts.id`, an attachment whose `policy_arn` is `aws_iam_policy.write.arn`.
 *
 * https://developer.hashicorp.com/terraform/internals/json-format ("after_unknown": "an object value
 * with similar structure to after, but with all known leaf values replaced with false and unknown
 * leaf values replaced with true"; "references": the addresses an expression refers to)
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs (resource arguments)
 *
 * SCPs and RCPs (aws_organizations_policy) apply where aws_organizations_policy_attachment attaches
 * them (`policy_id`, `target_id`: a root, an OU or an account id,
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_policy_attachment);
 * the organization's tree comes from aws_organizations_organization, _organizational_unit and _account.
 * A role's account is its ARN's, or the plan's (data.aws_caller_identity, or the one account every
 * known IAM ARN of the plan is in); AWS managed policies (arn:aws:iam::aws:policy/...) are unknown
 * documents that can only allow.
 */
import type { ObjectOwnership, PolicyDocument, PublicAccessBlock } from '../scenario/types.js'
import { awsManagedPolicy, readDocument, type DocumentRole } from './documents.js'
import {
  collectUnresolved,
  emptyPolicySet,
  isUnknown,
  Unknown,
  type Algorithm,
  type BucketModel,
  type EncryptionModel,
  type KeyModel,
  type OrgPolicy,
  type PolicySet,
  type RoleModel,
  type SourcedDocument
} from './types.js'

export class PlanError extends Error {
  override name = 'PlanError'
}

export type PlanSide = 'before' | 'after'

type Json = Record<string, unknown>
type PathItem = string | number

interface TfResource {
  address: string
  /** The module path with instance keys (`module.a["x"]`), '' for the root module. */
  module: string
  /** The module path of the configuration (`a.b`), '' for the root module. */
  configModule: string
  type: string
  name: string
  values: Json
  unknown: unknown
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True when `value` is a Terraform plan (as opposed to a CloudFormation template or anything else). */
export function looksLikePlan(value: unknown): boolean {
  return isObject(value) && typeof value['format_version'] === 'string' && ('resource_changes' in value || 'planned_values' in value || 'terraform_version' in value)
}

/** `module.a["x"].module.b.aws_s3_bucket.this[0]` -> its module part and its resource part. */
function splitAddress(address: string): { module: string; configModule: string; rest: string } {
  const modules: string[] = []
  const names: string[] = []
  let rest = address
  for (;;) {
    const match = /^module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\./.exec(rest)
    if (match === null) break
    modules.push(match[0].slice(0, -1))
    names.push(match[1] ?? '')
    rest = rest.slice(match[0].length)
  }
  return { module: modules.join('.'), configModule: names.join('.'), rest }
}

function record(address: string, type: string, name: string, values: Json, unknown: unknown): TfResource {
  const { module, configModule } = splitAddress(address)
  return { address, module, configModule, type, name, values, unknown }
}

/** Every resource object of a module of `planned_values` or `prior_state.values`, its child modules' too. */
function eachModuleResource(module: unknown, visit: (resource: Json) => void): void {
  if (!isObject(module)) return
  const resources = module['resources']
  if (Array.isArray(resources)) for (const resource of resources) if (isObject(resource)) visit(resource)
  const children = module['child_modules']
  if (Array.isArray(children)) for (const child of children) eachModuleResource(child, visit)
}

function walkModule(module: unknown, out: Map<string, TfResource>): void {
  eachModuleResource(module, (resource) => {
    if (resource['mode'] !== 'managed') return
    const address = resource['address']
    const type = resource['type']
    const name = resource['name']
    const values = resource['values']
    if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string' || !isObject(values)) return
    if (!out.has(address)) out.set(address, record(address, type, name, values, undefined))
  })
}

function resourcesOf(plan: Json, side: PlanSide): TfResource[] {
  const found = new Map<string, TfResource>()
  const listed = new Set<string>()
  const changes = plan['resource_changes']
  if (Array.isArray(changes)) {
    for (const change of changes) {
      if (!isObject(change) || change['mode'] !== 'managed') continue
      const address = change['address']
      const type = change['type']
      const name = change['name']
      const body = change['change']
      if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string' || !isObject(body)) continue
      listed.add(address)
      const values = body[side]
      if (!isObject(values)) continue // created (no before) or destroyed (no after)
      found.set(address, record(address, type, name, values, side === 'after' ? body['after_unknown'] : undefined))
    }
  }
  // Resources the plan does not list under resource_changes, from the state or the planned values.
  const fallback = new Map<string, TfResource>()
  if (side === 'after') walkModule(isObject(plan['planned_values']) ? plan['planned_values']['root_module'] : undefined, fallback)
  else {
    const prior = plan['prior_state']
    walkModule(isObject(prior) && isObject(prior['values']) ? prior['values']['root_module'] : undefined, fallback)
  }
  for (const [address, resource] of fallback) if (!listed.has(address)) found.set(address, resource)
  return [...found.values()]
}

/** `data.aws_caller_identity` values read during the plan (in prior_state or planned_values). */
function callerIdentityAccount(plan: Json): string | undefined {
  const found: string[] = []
  const visit = (resource: Json): void => {
    if (resource['mode'] !== 'data' || resource['type'] !== 'aws_caller_identity' || !isObject(resource['values'])) return
    const account = resource['values']['account_id']
    if (typeof account === 'string' && /^\d{12}$/.test(account)) found.push(account)
  }
  const prior = plan['prior_state']
  if (isObject(prior) && isObject(prior['values'])) eachModuleResource(prior['values']['root_module'], visit)
  if (isObject(plan['planned_values'])) eachModuleResource(plan['planned_values']['root_module'], visit)
  const accounts = [...new Set(found)]
  return accounts.length === 1 ? accounts[0] : undefined
}

/** The account of an IAM or KMS ARN (`arn:aws:iam::111122223333:role/x`), or undefined. */
function arnAccount(arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined
  const account = arn.split(':')[4]
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined
}

/** Configuration expressions by `configModule|type.name`. */
function configurationOf(plan: Json): Map<string, Json> {
  const out = new Map<string, Json>()
  const visit = (module: unknown, path: string): void => {
    if (!isObject(module)) return
    const resources = module['resources']
    if (Array.isArray(resources)) {
      for (const resource of resources) {
        if (!isObject(resource) || resource['mode'] !== 'managed' || typeof resource['address'] !== 'string') continue
        if (isObject(resource['expressions'])) out.set(`${path}|${resource['address']}`, resource['expressions'])
      }
    }
    const calls = module['module_calls']
    if (isObject(calls)) {
      for (const [name, call] of Object.entries(calls)) {
        if (isObject(call)) visit(call['module'], path === '' ? name : `${path}.${name}`)
      }
    }
  }
  const configuration = plan['configuration']
  if (isObject(configuration)) visit(configuration['root_module'], '')
  return out
}

function describePath(path: PathItem[]): string {
  return path.map((item, index) => (typeof item === 'number' ? `[${item}]` : index === 0 ? item : `.${item}`)).join('')
}

/** Reads plans into policy sets; one instance per plan and side. */
class PlanReader {
  private readonly resources: TfResource[]
  private readonly byAddress = new Map<string, TfResource>()
  private readonly config: Map<string, Json>
  readonly set: PolicySet

  /** The account every known IAM ARN of the plan is in (and data.aws_caller_identity says), when they agree. */
  readonly account: string | undefined

  constructor(plan: Json, side: PlanSide) {
    this.resources = resourcesOf(plan, side)
    for (const resource of this.resources) this.byAddress.set(resource.address, resource)
    this.config = side === 'after' ? configurationOf(plan) : new Map()
    this.set = emptyPolicySet('terraform', side === 'before' ? 'Terraform plan (before)' : 'Terraform plan (after)')
    const accounts = new Set<string>()
    const identity = callerIdentityAccount(plan)
    if (identity !== undefined) accounts.add(identity)
    for (const resource of this.resources) {
      if (resource.type !== 'aws_iam_role' && resource.type !== 'aws_iam_policy') continue
      const account = arnAccount(this.get(resource, ['arn']))
      if (account !== undefined) accounts.add(account)
    }
    this.account = accounts.size === 1 ? [...accounts][0] : undefined
    if (this.account !== undefined) this.set.account = this.account
  }

  unknown(reason: string): Unknown {
    return new Unknown(reason)
  }

  ofType(type: string): TfResource[] {
    return this.resources.filter((resource) => resource.type === type)
  }

  /** A value at `path`: the known value, an Unknown when after_unknown marks it, undefined when absent or null. */
  get(resource: TfResource, path: PathItem[]): unknown {
    let value: unknown = resource.values
    let unknown: unknown = resource.unknown
    for (const item of path) {
      if (unknown === true) break
      value = value !== null && typeof value === 'object' ? (value as Record<PathItem, unknown>)[item] : undefined
      unknown = unknown !== null && typeof unknown === 'object' ? (unknown as Record<PathItem, unknown>)[item] : undefined
    }
    if (unknown === true) return this.unknown(`${resource.address}: ${describePath(path)} is known only after apply`)
    return value === null ? undefined : value
  }

  text(resource: TfResource, path: PathItem[]): string | Unknown | undefined {
    const value = this.get(resource, path)
    if (isUnknown(value)) return value
    return typeof value === 'string' && value !== '' ? value : undefined
  }

  /** The resources an attribute's configuration refers to (`aws_iam_policy.write.arn` -> that resource), of `type`. */
  references(resource: TfResource, path: PathItem[], type: string): TfResource[] | 'ambiguous' {
    let expression: unknown = this.config.get(`${resource.configModule}|${resource.type}.${resource.name}`)
    for (const item of path) expression = expression !== null && typeof expression === 'object' ? (expression as Record<PathItem, unknown>)[item] : undefined
    if (!isObject(expression) || !Array.isArray(expression['references'])) return []
    const found: TfResource[] = []
    for (const reference of expression['references']) {
      if (typeof reference !== 'string' || !reference.startsWith(`${type}.`)) continue
      const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(reference)
      if (match === null) continue
      const base = `${resource.module === '' ? '' : `${resource.module}.`}${match[1]}.${match[2]}`
      if (match[3] !== undefined) {
        const target = this.byAddress.get(`${base}${match[3]}`)
        if (target !== undefined && !found.includes(target)) found.push(target)
        continue
      }
      const instances = this.resources.filter((candidate) => candidate.address === base || candidate.address.startsWith(`${base}[`))
      if (instances.length > 1) return 'ambiguous'
      const target = instances[0]
      if (target !== undefined && !found.includes(target)) found.push(target)
    }
    return found
  }

  /** A name-like attribute, or when unknown the same attribute of the one resource of `type` its configuration refers to. */
  resolveName(resource: TfResource, path: PathItem[], type: string, attribute: string): string | Unknown | undefined {
    const value = this.text(resource, path)
    if (!isUnknown(value)) return value
    const targets = this.references(resource, path, type)
    if (targets === 'ambiguous' || targets.length !== 1 || targets[0] === undefined) return value
    return this.text(targets[0], [attribute])
  }

  document(resource: TfResource, path: PathItem[], role: DocumentRole, origin = resource.address): PolicyDocument | Unknown | undefined {
    const value = this.get(resource, path)
    if (isUnknown(value)) return value
    return readDocument(value, origin, role)
  }
}

interface ManagedPolicy {
  resource: TfResource
  arn: string | Unknown
  name: string | undefined
  path: string
  doc: SourcedDocument
}

/** The policy set of one side of a `terraform show -json` plan. */
export function policySetFromPlan(plan: unknown, side: PlanSide): PolicySet {
  if (!isObject(plan) || typeof plan['format_version'] !== 'string') {
    throw new PlanError('not a Terraform plan: expected the JSON of terraform show -json PLAN (an object with format_version)')
  }
  const major = plan['format_version'].split('.')[0]
  if (major !== '1' && major !== '0') throw new PlanError(`unsupported Terraform JSON format_version ${plan['format_version']} (this reads 1.x)`)
  const reader = new PlanReader(plan, side)
  const set = reader.set

  // Customer managed policies, by address and ARN.
  const managed: ManagedPolicy[] = reader.ofType('aws_iam_policy').map((resource) => {
    const arn = reader.text(resource, ['arn']) ?? reader.unknown(`${resource.address}: arn is not in the plan`)
    const name = reader.text(resource, ['name'])
    const document = reader.document(resource, ['policy'], 'identity') ?? reader.unknown(`${resource.address}: policy is empty`)
    const doc: SourcedDocument = { origin: resource.address, name: typeof name === 'string' ? name : resource.address, document }
    return { resource, arn, name: typeof name === 'string' ? name : undefined, path: (reader.text(resource, ['path']) as string | undefined) ?? '/', doc }
  })
  set.managedPolicies = managed.map((policy) => policy.doc)

  const policyByArn = (arn: string): SourcedDocument => {
    const known = managed.find((policy) => policy.arn === arn)
    if (known !== undefined) return known.doc
    // A new policy's ARN is unknown, but a literal ARN names it by path and name.
    const match = /^arn:aws[a-z-]*:iam::\d{12}:policy(\/(?:.*\/)?)([^/]+)$/.exec(arn)
    const byName = match === null ? undefined : managed.find((policy) => isUnknown(policy.arn) && policy.name === match[2] && policy.path === match[1])
    if (byName !== undefined) return byName.doc
    const aws = awsManagedPolicy(arn, 'the plan')
    if (aws !== null) return aws
    return { origin: arn, name: arn, document: reader.unknown(`policy ${arn} is not defined in the plan (a policy managed elsewhere)`) }
  }
  /** A policy ARN attribute: known, or resolved through the configuration to the aws_iam_policy it refers to. */
  const policyAt = (resource: TfResource, path: PathItem[]): SourcedDocument[] => {
    const arn = reader.text(resource, path)
    if (arn === undefined) return []
    if (!isUnknown(arn)) return [policyByArn(arn)]
    const targets = reader.references(resource, path, 'aws_iam_policy')
    if (targets === 'ambiguous' || targets.length === 0) return [{ origin: resource.address, name: describePath(path), document: arn }]
    return targets.map((target) => managed.find((policy) => policy.resource === target)?.doc ?? { origin: target.address, name: target.address, document: arn })
  }

  // Roles.
  const roles = new Map<TfResource, RoleModel>()
  for (const resource of reader.ofType('aws_iam_role')) {
    const name = reader.text(resource, ['name']) ?? reader.unknown(`${resource.address}: name is not in the plan`)
    const role: RoleModel = { name, path: (reader.text(resource, ['path']) as string | undefined) ?? '/', origin: resource.address, policies: [], boundary: null }
    const account = arnAccount(reader.get(resource, ['arn'])) ?? reader.account
    if (account !== undefined) role.account = account
    if (isUnknown(name)) set.unnamedRoles.push(name.reason)
    const inline = reader.get(resource, ['inline_policy'])
    if (isUnknown(inline)) role.policies.push({ origin: resource.address, name: 'inline_policy', document: inline })
    else if (Array.isArray(inline)) {
      inline.forEach((entry, index) => {
        const policyName = reader.text(resource, ['inline_policy', index, 'name'])
        const document = reader.document(resource, ['inline_policy', index, 'policy'], 'identity', `${resource.address} inline_policy ${typeof policyName === 'string' ? `"${policyName}"` : `[${index}]`}`)
        if (document === undefined && (policyName === undefined || !isObject(entry))) return // the empty block the provider reports for "no inline policies"
        role.policies.push({
          origin: `${resource.address} inline_policy ${typeof policyName === 'string' ? `"${policyName}"` : `[${index}]`}`,
          name: typeof policyName === 'string' ? policyName : `inline_policy[${index}]`,
          document: document ?? reader.unknown(`${resource.address}: inline_policy[${index}] has no policy`)
        })
      })
    }
    const arns = reader.get(resource, ['managed_policy_arns'])
    if (isUnknown(arns)) role.policies.push(...policyAt(resource, ['managed_policy_arns']))
    else if (Array.isArray(arns)) {
      let unknownCount = 0
      arns.forEach((arn, index) => {
        const value = reader.text(resource, ['managed_policy_arns', index])
        if (isUnknown(value)) unknownCount++
        else if (typeof arn === 'string' && arn !== '') role.policies.push(policyByArn(arn))
      })
      if (unknownCount > 0) {
        const targets = reader.references(resource, ['managed_policy_arns'], 'aws_iam_policy')
        const fresh = targets === 'ambiguous' ? [] : targets.map((target) => managed.find((policy) => policy.resource === target)).filter((policy): policy is ManagedPolicy => policy !== undefined && isUnknown(policy.arn))
        for (const policy of fresh.slice(0, unknownCount)) role.policies.push(policy.doc)
        for (let missing = fresh.length; missing < unknownCount; missing++) {
          role.policies.push({ origin: resource.address, name: 'managed_policy_arns', document: reader.unknown(`${resource.address}: an element of managed_policy_arns is known only after apply`) })
        }
      }
    }
    const boundary = policyAt(resource, ['permissions_boundary'])[0]
    if (boundary !== undefined) role.boundary = boundary
    roles.set(resource, role)
    set.roles.push(role)
  }

  /** The role a role_policy or attachment names: by name, or by the aws_iam_role its configuration refers to. */
  const roleFor = (resource: TfResource): RoleModel | Unknown | undefined => {
    const value = reader.text(resource, ['role'])
    if (value === undefined) return undefined
    if (!isUnknown(value)) {
      const found = set.roles.find((role) => role.name === value)
      if (found !== undefined) return found
      // A role this plan does not define: keep its policies anyway, under its name (in the plan's account).
      const role: RoleModel = { name: value, path: '/', origin: resource.address, policies: [], boundary: null }
      if (reader.account !== undefined) role.account = reader.account
      set.roles.push(role)
      return role
    }
    const targets = reader.references(resource, ['role'], 'aws_iam_role')
    if (targets === 'ambiguous' || targets.length !== 1 || targets[0] === undefined) return value
    return roles.get(targets[0]) ?? value
  }
  for (const resource of reader.ofType('aws_iam_role_policy')) {
    const role = roleFor(resource)
    const policyName = reader.text(resource, ['name'])
    const document = reader.document(resource, ['policy'], 'identity') ?? reader.unknown(`${resource.address}: policy is empty`)
    if (role === undefined || isUnknown(role)) {
      set.unnamedRoles.push(`${resource.address}: the role it is attached to is known only after apply`)
      continue
    }
    role.policies.push({ origin: resource.address, name: typeof policyName === 'string' ? policyName : resource.address, document })
  }
  for (const resource of reader.ofType('aws_iam_role_policy_attachment')) {
    const role = roleFor(resource)
    if (role === undefined || isUnknown(role)) {
      set.unnamedRoles.push(`${resource.address}: the role it attaches a policy to is known only after apply`)
      continue
    }
    for (const doc of policyAt(resource, ['policy_arn'])) {
      if (!role.policies.includes(doc)) role.policies.push(doc.origin === resource.address ? doc : { ...doc, origin: `${doc.origin} (attached by ${resource.address})` })
    }
  }

  // KMS keys.
  const keys = new Map<TfResource, KeyModel>()
  for (const resource of reader.ofType('aws_kms_key')) {
    const arn = reader.text(resource, ['arn']) ?? reader.unknown(`${resource.address}: arn is not in the plan`)
    const keyId = reader.text(resource, ['key_id'])
    const document = reader.document(resource, ['policy'], 'resource')
    const key: KeyModel = { arn, origin: resource.address, policy: document === undefined ? null : { origin: resource.address, name: `key policy of ${resource.address}`, document } }
    if (typeof keyId === 'string') key.keyId = keyId
    keys.set(resource, key)
    set.keys.push(key)
  }

  // Buckets: every resource that names one makes it a bucket the plan defines.
  const buckets = new Map<string, BucketModel>()
  const bucketNamed = (name: string, origin: string): BucketModel => {
    let bucket = buckets.get(name)
    if (bucket === undefined) {
      bucket = { name, origin, policy: null, publicAccessBlock: null, ownership: null, encryption: null }
      buckets.set(name, bucket)
      set.buckets.push(bucket)
    }
    return bucket
  }
  const bucketOf = (resource: TfResource): BucketModel | undefined => {
    const name = reader.resolveName(resource, ['bucket'], 'aws_s3_bucket', 'bucket')
    if (name === undefined) return undefined
    if (isUnknown(name)) {
      set.unnamedBuckets.push(name.reason)
      return undefined
    }
    return bucketNamed(name, resource.address)
  }
  for (const resource of reader.ofType('aws_s3_bucket')) {
    const name = reader.text(resource, ['bucket'])
    if (name === undefined || isUnknown(name)) {
      set.unnamedBuckets.push(name?.reason ?? `${resource.address}: bucket name is not in the plan`)
      continue
    }
    const bucket = bucketNamed(name, resource.address)
    bucket.origin = resource.address
    // The inline policy argument of provider versions before 4 (a separate aws_s3_bucket_policy wins).
    const inline = reader.document(resource, ['policy'], 'resource')
    if (inline !== undefined && bucket.policy === null) bucket.policy = { origin: `${resource.address} policy`, name: `bucket policy of ${name}`, document: inline }
  }
  for (const resource of reader.ofType('aws_s3_bucket_policy')) {
    const bucket = bucketOf(resource)
    if (bucket === undefined) continue
    const document = reader.document(resource, ['policy'], 'resource') ?? reader.unknown(`${resource.address}: policy is empty`)
    bucket.policy = { origin: resource.address, name: `bucket policy of ${bucket.name}`, document }
  }
  for (const resource of reader.ofType('aws_s3_bucket_public_access_block')) {
    const bucket = bucketOf(resource)
    if (bucket === undefined) continue
    bucket.publicAccessBlock = readBlock(reader, resource)
    bucket.publicAccessBlockOrigin = resource.address
  }
  for (const resource of reader.ofType('aws_s3_account_public_access_block')) set.accountPublicAccessBlock = readBlock(reader, resource)
  for (const resource of reader.ofType('aws_s3_bucket_ownership_controls')) {
    const bucket = bucketOf(resource)
    if (bucket === undefined) continue
    const value = reader.text(resource, ['rule', 0, 'object_ownership'])
    bucket.ownership = value === undefined ? null : isUnknown(value) ? value : (value as ObjectOwnership)
  }
  for (const resource of reader.ofType('aws_s3_bucket_server_side_encryption_configuration')) {
    const bucket = bucketOf(resource)
    if (bucket === undefined) continue
    bucket.encryption = readEncryption(reader, resource, keys)
  }

  // VPC endpoints.
  for (const resource of reader.ofType('aws_vpc_endpoint')) {
    const id = reader.text(resource, ['id']) ?? reader.unknown(`${resource.address}: id is not in the plan`)
    if (isUnknown(id)) set.unnamedEndpoints.push(id.reason)
    const document = reader.document(resource, ['policy'], 'resource')
    set.endpoints.push({ id, origin: resource.address, policy: document === undefined ? null : { origin: resource.address, name: `VPC endpoint policy of ${resource.address}`, document } })
  }

  // Organization policies, applied where aws_organizations_policy_attachment attaches them.
  const orgPolicies = new Map<TfResource, OrgPolicy>()
  for (const resource of reader.ofType('aws_organizations_policy')) {
    const type = reader.text(resource, ['type']) ?? 'SERVICE_CONTROL_POLICY'
    if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY' && !isUnknown(type)) continue
    const name = reader.text(resource, ['name'])
    const document = reader.document(resource, ['content'], 'organization') ?? reader.unknown(`${resource.address}: content is empty`)
    const policy: OrgPolicy = { origin: resource.address, name: typeof name === 'string' ? name : resource.address, document, targets: [] }
    orgPolicies.set(resource, policy)
    if (type === 'RESOURCE_CONTROL_POLICY') set.rcps.push(policy)
    else set.scps.push(policy)
  }
  readOrganization(reader, set)
  const targetIdOf = (resource: TfResource): string | Unknown => {
    const value = reader.text(resource, ['target_id']) ?? reader.unknown(`${resource.address}: target_id is not in the plan`)
    if (!isUnknown(value)) return value
    // A new OU or account: its id is generated, so the attachment's target is known only after apply.
    for (const type of ['aws_organizations_organizational_unit', 'aws_organizations_account']) {
      const targets = reader.references(resource, ['target_id'], type)
      if (targets !== 'ambiguous' && targets.length === 1 && targets[0] !== undefined) {
        const id = reader.text(targets[0], ['id'])
        if (typeof id === 'string') return id
        return reader.unknown(`${resource.address}: target_id is the id of ${targets[0].address}, known only after apply`)
      }
    }
    return value
  }
  for (const resource of reader.ofType('aws_organizations_policy_attachment')) {
    const target = targetIdOf(resource)
    const policyId = reader.text(resource, ['policy_id'])
    let attached: OrgPolicy[] = []
    if (typeof policyId === 'string') {
      attached = [...orgPolicies].filter(([policy]) => reader.text(policy, ['id']) === policyId).map(([, policy]) => policy)
    } else {
      const targets = reader.references(resource, ['policy_id'], 'aws_organizations_policy')
      if (targets !== 'ambiguous') attached = targets.flatMap((policy) => orgPolicies.get(policy) ?? [])
      if (attached.length === 0) {
        // Which policy it attaches cannot be told: any of the plan's may be attached there.
        const maybe = reader.unknown(`${resource.address}: the policy it attaches is known only after apply`)
        for (const policy of orgPolicies.values()) if (policy.targets !== 'everywhere') policy.targets.push(maybe)
        continue
      }
    }
    for (const policy of attached) if (policy.targets !== 'everywhere') policy.targets.push(target)
  }
  set.unresolved = collectUnresolved(set)
  return set
}

/**
 * The organization's tree as far as the plan holds it: aws_organizations_organization (roots,
 * accounts, management account), aws_organizations_organizational_unit and aws_organizations_account
 * (their parent_id).
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_organization#attribute-reference
 */
function readOrganization(reader: PlanReader, set: PolicySet): void {
  const org = set.organization
  for (const resource of reader.ofType('aws_organizations_organization')) {
    const roots = reader.get(resource, ['roots'])
    if (Array.isArray(roots)) roots.forEach((_root, index) => {
      const id = reader.text(resource, ['roots', index, 'id'])
      if (typeof id === 'string' && !org.roots.includes(id)) org.roots.push(id)
    })
    const management = reader.text(resource, ['master_account_id'])
    if (typeof management === 'string') org.managementAccount = management
    const accounts = reader.get(resource, ['accounts'])
    if (Array.isArray(accounts)) {
      let complete = true
      accounts.forEach((_account, index) => {
        const id = reader.text(resource, ['accounts', index, 'id'])
        if (typeof id === 'string') org.members.push(id)
        else complete = false
      })
      org.membersComplete = complete
    }
  }
  const parentOf = (resource: TfResource): void => {
    const id = reader.text(resource, ['id'])
    if (typeof id !== 'string') return
    const parent = reader.text(resource, ['parent_id'])
    if (parent !== undefined) org.parents[id] = parent
  }
  for (const resource of reader.ofType('aws_organizations_organizational_unit')) {
    parentOf(resource)
    const id = reader.text(resource, ['id'])
    const accounts = reader.get(resource, ['accounts'])
    if (typeof id === 'string' && Array.isArray(accounts)) {
      accounts.forEach((_account, index) => {
        const account = reader.text(resource, ['accounts', index, 'id'])
        if (typeof account === 'string' && org.parents[account] === undefined) org.parents[account] = id
      })
    }
  }
  for (const resource of reader.ofType('aws_organizations_account')) {
    parentOf(resource)
    const id = reader.text(resource, ['id'])
    if (typeof id === 'string' && !org.members.includes(id)) org.members.push(id)
  }
}

function readBlock(reader: PlanReader, resource: TfResource): PublicAccessBlock | Unknown {
  const block: PublicAccessBlock = {}
  const fields: [keyof PublicAccessBlock, string][] = [
    ['BlockPublicAcls', 'block_public_acls'],
    ['IgnorePublicAcls', 'ignore_public_acls'],
    ['BlockPublicPolicy', 'block_public_policy'],
    ['RestrictPublicBuckets', 'restrict_public_buckets']
  ]
  for (const [setting, attribute] of fields) {
    const value = reader.get(resource, [attribute])
    if (isUnknown(value)) return value
    block[setting] = value === true
  }
  return block
}

function readEncryption(reader: PlanReader, resource: TfResource, keys: Map<TfResource, KeyModel>): EncryptionModel | Unknown | null {
  const rule = ['rule', 0, 'apply_server_side_encryption_by_default', 0]
  const algorithm = reader.text(resource, [...rule, 'sse_algorithm'])
  if (algorithm === undefined) return null
  if (isUnknown(algorithm)) return algorithm
  if (algorithm !== 'AES256' && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') {
    return reader.unknown(`${resource.address}: sse_algorithm ${algorithm} is not one S3 accepts (AES256, aws:kms, aws:kms:dsse)`)
  }
  const bucketKey = reader.get(resource, ['rule', 0, 'bucket_key_enabled'])
  const model: EncryptionModel = { algorithm: algorithm as Algorithm, kmsKey: null, bucketKeyEnabled: bucketKey === true }
  if (algorithm === 'AES256') return model
  const keyPath = [...rule, 'kms_master_key_id']
  const key = reader.text(resource, keyPath)
  if (key === undefined) return model
  if (!isUnknown(key)) {
    // A key id or ARN of a key the plan defines: its ARN, so that the key policy is found.
    const known = [...keys.values()].find((candidate) => candidate.arn === key || candidate.keyId === key)
    model.kmsKey = known !== undefined && typeof known.arn === 'string' ? known.arn : key
    return model
  }
  const targets = reader.references(resource, keyPath, 'aws_kms_key')
  const target = targets === 'ambiguous' ? undefined : targets[0]
  const linked = target === undefined ? undefined : keys.get(target)
  model.kmsKey = linked !== undefined && typeof linked.arn === 'string' ? linked.arn : linked !== undefined ? reader.unknown(`the ARN of ${linked.origin} (the bucket's default key) is known only after apply`) : key
  return model
}
