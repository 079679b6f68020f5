/**
 * The policy set of a CloudFormation template (JSON, or YAML with the short-form tags `!Ref`,
 * `!GetAtt`, `!Sub`...). Intrinsic functions are resolved where they name parameters (given in the
 * expectations file, or their defaults), pseudo parameters, mappings, conditions and resources of
 * the same template; anything else (`Fn::ImportValue`, a parameter without a value, a name
 * CloudFormation generates) is reported as unresolved, and documents that depend on it are unknown.
 *
 * Return values, per resource type (the template reference's "Return values" of each page):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html#aws-resource-s3-bucket-return-values
 *   (Ref: the bucket name; Arn: arn:aws:s3:::name)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#aws-resource-iam-role-return-values
 *   (Ref: the role name; Arn: the role ARN with its path)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html#aws-resource-iam-managedpolicy-return-values
 *   (Ref: the policy ARN)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html#aws-resource-kms-key-return-values
 *   (Ref: the key id, generated)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 *
 * A policy document with an unresolved part is unknown only where the part is: a statement with one
 * becomes a placeholder (its possible effect noted), so the statements that resolve still count.
 * A key the template creates gets a stand-in ARN (the stack's account and region, id
 * `generated-id-of-LOGICAL`) that `Ref`, `Fn::GetAtt Arn/KeyId` of it resolve to, so a bucket's
 * default key and the identity policies that name it meet the key policy the template holds.
 * AWS::Organizations::Policy applies where TargetIds attaches it (none: nowhere).
 */
import { parse as parseYaml, type Tags } from 'yaml'
import type { ObjectOwnership, PolicyDocument, PublicAccessBlock } from '../scenario/types.js'
import { awsManagedPolicy, placeholderStatement, readDocument, type DocumentRole } from './documents.js'
import {
  collectUnresolved,
  emptyPolicySet,
  isUnknown,
  Unknown,
  type Algorithm,
  type BucketModel,
  type CloudFormationSettings,
  type EncryptionModel,
  type KeyModel,
  type PolicySet,
  type RoleModel,
  type SourcedDocument,
  type UnknownStatement
} from './types.js'

export class TemplateError extends Error {
  override name = 'TemplateError'
}

// ---------------------------------------------------------------------------------------------
// Reading the text
// ---------------------------------------------------------------------------------------------

type Collection = 'scalar' | 'seq' | 'map'

const SHORT_FORMS: [tag: string, fn: string, kinds: Collection[]][] = [
  ['!Ref', 'Ref', ['scalar']],
  ['!GetAtt', 'Fn::GetAtt', ['scalar', 'seq']],
  ['!Sub', 'Fn::Sub', ['scalar', 'seq']],
  ['!Join', 'Fn::Join', ['seq']],
  ['!If', 'Fn::If', ['seq']],
  ['!Select', 'Fn::Select', ['seq']],
  ['!Split', 'Fn::Split', ['seq']],
  ['!ImportValue', 'Fn::ImportValue', ['scalar', 'map', 'seq']],
  ['!FindInMap', 'Fn::FindInMap', ['seq']],
  ['!Base64', 'Fn::Base64', ['scalar', 'map']],
  ['!Equals', 'Fn::Equals', ['seq']],
  ['!And', 'Fn::And', ['seq']],
  ['!Or', 'Fn::Or', ['seq']],
  ['!Not', 'Fn::Not', ['seq']],
  ['!Condition', 'Condition', ['scalar']],
  ['!GetAZs', 'Fn::GetAZs', ['scalar', 'map']],
  ['!Cidr', 'Fn::Cidr', ['seq']],
  ['!Length', 'Fn::Length', ['seq', 'map']],
  ['!ToJsonString', 'Fn::ToJsonString', ['seq', 'map']],
  ['!Transform', 'Fn::Transform', ['map']]
]

/** Each short form becomes its long form (`!Ref X` -> `{"Ref": "X"}`), for every node kind it accepts. */
const CFN_TAGS: Tags = SHORT_FORMS.flatMap(([tag, fn, kinds]) =>
  kinds.map((kind) => {
    if (kind === 'scalar') return { tag, resolve: (value: string) => ({ [fn]: value }) }
    return {
      tag,
      collection: kind,
      resolve: (value: { toJSON(): unknown }) => ({ [fn]: value.toJSON() })
    }
  })
) as unknown as Tags

/** Template text (JSON or YAML with short-form tags) -> the template value. */
export function parseTemplate(text: string): Record<string, unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = body.trimStart().startsWith('{') ? JSON.parse(body) : parseYaml(body, { customTags: CFN_TAGS, maxAliasCount: 1000, uniqueKeys: true })
  } catch (error) {
    throw new TemplateError(`not a CloudFormation template: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }
  if (!looksLikeTemplate(value)) throw new TemplateError('not a CloudFormation template: expected a mapping with Resources')
  return value as Record<string, unknown>
}

export function looksLikeTemplate(value: unknown): boolean {
  return isObject(value) && isObject(value['Resources'])
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Resolving intrinsic functions
// ---------------------------------------------------------------------------------------------

/** A value the template does not determine: why, and the resource it stands for when it is a Ref/GetAtt of one. */
class Unresolved {
  constructor(
    readonly reasons: string[],
    readonly ref?: string
  ) {}
}

const NO_VALUE = Symbol('AWS::NoValue')

/** The stand-in for the key id CloudFormation generates for the key `logicalId`. */
function generatedKeyId(logicalId: string): string {
  return `generated-id-of-${logicalId}`
}

interface Resource {
  id: string
  type: string
  properties: Record<string, unknown>
  condition: string | undefined
}

function merge(values: unknown[]): Unresolved | null {
  const reasons: string[] = []
  for (const value of values) if (value instanceof Unresolved) for (const reason of value.reasons) if (!reasons.includes(reason)) reasons.push(reason)
  return reasons.length === 0 ? null : new Unresolved(reasons)
}

/** Every reason below `value` (a document with an unresolved part). */
function unresolvedIn(value: unknown, out: string[] = []): string[] {
  if (value instanceof Unresolved) {
    for (const reason of value.reasons) if (!out.includes(reason)) out.push(reason)
  } else if (Array.isArray(value)) for (const item of value) unresolvedIn(item, out)
  else if (isObject(value)) for (const item of Object.values(value)) unresolvedIn(item, out)
  return out
}

const INTRINSICS = new Set([
  'Ref',
  'Condition',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::Select',
  'Fn::Split',
  'Fn::ImportValue',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::GetAZs',
  'Fn::Cidr',
  'Fn::Length',
  'Fn::ToJsonString',
  'Fn::Transform'
])

class Resolver {
  readonly resources = new Map<string, Resource>()
  private readonly parameters: Record<string, unknown>
  private readonly mappings: Record<string, unknown>
  private readonly conditions: Record<string, unknown>
  private readonly conditionCache = new Map<string, boolean | Unresolved>()
  private readonly partition: string

  constructor(
    template: Record<string, unknown>,
    private readonly settings: CloudFormationSettings
  ) {
    this.parameters = isObject(template['Parameters']) ? template['Parameters'] : {}
    this.mappings = isObject(template['Mappings']) ? template['Mappings'] : {}
    this.conditions = isObject(template['Conditions']) ? template['Conditions'] : {}
    const region = settings.region
    this.partition = settings.partition ?? (region?.startsWith('cn-') ? 'aws-cn' : region?.startsWith('us-gov-') ? 'aws-us-gov' : 'aws')
    for (const [id, raw] of Object.entries(template['Resources'] as Record<string, unknown>)) {
      if (!isObject(raw) || typeof raw['Type'] !== 'string') continue
      this.resources.set(id, {
        id,
        type: raw['Type'],
        properties: isObject(raw['Properties']) ? raw['Properties'] : {},
        condition: typeof raw['Condition'] === 'string' ? raw['Condition'] : undefined
      })
    }
  }

  resolve(value: unknown): unknown {
    if (Array.isArray(value)) {
      const out: unknown[] = []
      for (const item of value) {
        const resolved = this.resolve(item)
        if (resolved !== NO_VALUE) out.push(resolved)
      }
      return out
    }
    if (!isObject(value)) return value
    const keys = Object.keys(value)
    if (keys.length === 1 && INTRINSICS.has(keys[0] as string)) return this.intrinsic(keys[0] as string, value[keys[0] as string])
    const out: Record<string, unknown> = {}
    for (const key of keys) {
      const resolved = this.resolve(value[key])
      if (resolved !== NO_VALUE) out[key] = resolved
    }
    return out
  }

  /** A value that must be a string; anything else (a list, an object) is unresolved. */
  string(value: unknown, what: string): string | Unresolved {
    const resolved = this.resolve(value)
    if (typeof resolved === 'string') return resolved
    if (typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved)
    if (resolved instanceof Unresolved) return resolved
    return new Unresolved([`${what} is not a string`])
  }

  private intrinsic(name: string, argument: unknown): unknown {
    switch (name) {
      case 'Ref':
        return typeof argument === 'string' ? this.ref(argument) : new Unresolved([`Ref of ${JSON.stringify(argument)} (expected a logical name)`])
      case 'Fn::GetAtt':
        return this.getAtt(argument)
      case 'Fn::Sub':
        return this.sub(argument)
      case 'Fn::Join': {
        if (!Array.isArray(argument) || argument.length !== 2) return new Unresolved(['Fn::Join expects [delimiter, list]'])
        const delimiter = this.resolve(argument[0])
        const list = this.resolve(argument[1])
        const blocked = merge([delimiter, list, ...(Array.isArray(list) ? list : [])])
        if (blocked !== null) return blocked
        if (typeof delimiter !== 'string' || !Array.isArray(list)) return new Unresolved(['Fn::Join expects a string delimiter and a list'])
        return list.map((item) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : JSON.stringify(item))).join(delimiter)
      }
      case 'Fn::Select': {
        if (!Array.isArray(argument) || argument.length !== 2) return new Unresolved(['Fn::Select expects [index, list]'])
        const index = this.resolve(argument[0])
        const list = this.resolve(argument[1])
        const blocked = merge([index, list])
        if (blocked !== null) return blocked
        const position = Number(index)
        if (!Array.isArray(list) || !Number.isInteger(position) || position < 0 || position >= list.length) return new Unresolved([`Fn::Select index ${String(index)} is out of range`])
        return list[position]
      }
      case 'Fn::Split': {
        if (!Array.isArray(argument) || argument.length !== 2) return new Unresolved(['Fn::Split expects [delimiter, string]'])
        const delimiter = this.resolve(argument[0])
        const text = this.resolve(argument[1])
        const blocked = merge([delimiter, text])
        if (blocked !== null) return blocked
        if (typeof delimiter !== 'string' || typeof text !== 'string') return new Unresolved(['Fn::Split expects a string delimiter and a string'])
        return text.split(delimiter)
      }
      case 'Fn::If': {
        if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') return new Unresolved(['Fn::If expects [condition, value if true, value if false]'])
        const chosen = this.condition(argument[0])
        if (chosen instanceof Unresolved) return chosen
        return this.resolve(chosen ? argument[1] : argument[2])
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(argument) || argument.length < 3) return new Unresolved(['Fn::FindInMap expects [map, top-level key, second-level key]'])
        const [map, top, second] = [this.resolve(argument[0]), this.resolve(argument[1]), this.resolve(argument[2])]
        const blocked = merge([map, top, second])
        if (blocked !== null) return blocked
        const level1 = this.mappings[String(map)]
        const level2 = isObject(level1) ? level1[String(top)] : undefined
        const found = isObject(level2) ? level2[String(second)] : undefined
        if (found === undefined) return new Unresolved([`Fn::FindInMap ${String(map)}.${String(top)}.${String(second)} is not in Mappings`])
        return this.resolve(found)
      }
      case 'Fn::Base64': {
        const text = this.string(argument, 'the Fn::Base64 argument')
        return text instanceof Unresolved ? text : Buffer.from(text, 'utf8').toString('base64')
      }
      case 'Fn::Length': {
        const list = this.resolve(argument)
        if (list instanceof Unresolved) return list
        return Array.isArray(list) ? list.length : new Unresolved(['Fn::Length expects a list'])
      }
      case 'Fn::ToJsonString': {
        const resolved = this.resolve(argument)
        const blocked = merge(unresolvedIn(resolved).length > 0 ? [new Unresolved(unresolvedIn(resolved))] : [])
        return blocked ?? JSON.stringify(resolved)
      }
      case 'Fn::ImportValue': {
        const exported = this.resolve(argument)
        const label = typeof exported === 'string' ? exported : JSON.stringify(argument)
        return new Unresolved([`Fn::ImportValue ${label} (a value another stack exports)`])
      }
      case 'Fn::GetAZs':
        return new Unresolved(['Fn::GetAZs (the availability zones of the region)'])
      case 'Fn::Cidr':
        return new Unresolved(['Fn::Cidr'])
      case 'Fn::Transform':
        return new Unresolved(['Fn::Transform (a macro runs at deployment)'])
      case 'Condition':
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not': {
        const result = this.evaluateCondition({ [name]: argument })
        return result
      }
      default:
        return new Unresolved([`${name} is not supported`])
    }
  }

  /** A condition by name: true, false, or unresolved. */
  condition(name: string): boolean | Unresolved {
    const cached = this.conditionCache.get(name)
    if (cached !== undefined) return cached
    const body = this.conditions[name]
    this.conditionCache.set(name, new Unresolved([`condition ${name} refers to itself`]))
    const result = body === undefined ? new Unresolved([`condition ${name} is not in Conditions`]) : this.evaluateCondition(body)
    this.conditionCache.set(name, result)
    return result
  }

  private evaluateCondition(body: unknown): boolean | Unresolved {
    if (!isObject(body)) return new Unresolved([`a condition is not a condition function: ${JSON.stringify(body)}`])
    const [name] = Object.keys(body)
    const argument = name === undefined ? undefined : body[name]
    const list = Array.isArray(argument) ? argument : []
    switch (name) {
      case 'Condition':
        return typeof argument === 'string' ? this.condition(argument) : new Unresolved(['Condition expects a condition name'])
      case 'Fn::Equals': {
        if (list.length !== 2) return new Unresolved(['Fn::Equals expects two values'])
        const [a, b] = [this.resolve(list[0]), this.resolve(list[1])]
        const blocked = merge([a, b])
        if (blocked !== null) return blocked
        return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b)
      }
      case 'Fn::Not': {
        const inner = this.evaluateCondition(list[0])
        return inner instanceof Unresolved ? inner : !inner
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = list.map((item) => this.evaluateCondition(item))
        const known = values.filter((value): value is boolean => typeof value === 'boolean')
        // A false in an And (a true in an Or) decides whatever the unresolved ones are.
        if (name === 'Fn::And' && known.includes(false)) return false
        if (name === 'Fn::Or' && known.includes(true)) return true
        const blocked = merge(values)
        if (blocked !== null) return blocked
        return name === 'Fn::And'
      }
      default:
        return new Unresolved([`${name ?? 'an empty object'} is not a condition function`])
    }
  }

  private pseudo(name: string): unknown {
    switch (name) {
      case 'AWS::AccountId':
        return this.settings.account ?? new Unresolved(['AWS::AccountId (give cloudformation.account in the expectations file)'])
      case 'AWS::Region':
        return this.settings.region ?? new Unresolved(['AWS::Region (give cloudformation.region in the expectations file)'])
      case 'AWS::Partition':
        return this.partition
      case 'AWS::URLSuffix':
        return this.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
      case 'AWS::StackName':
        return this.settings.stackName ?? new Unresolved(['AWS::StackName (give cloudformation.stack-name in the expectations file)'])
      case 'AWS::NoValue':
        return NO_VALUE
      default:
        return new Unresolved([`${name} (known only when the stack is deployed)`])
    }
  }

  private ref(name: string): unknown {
    if (name.startsWith('AWS::')) return this.pseudo(name)
    if (Object.hasOwn(this.settings.parameters, name)) return this.typedParameter(name, this.settings.parameters[name])
    const parameter = this.parameters[name]
    if (isObject(parameter)) {
      if (parameter['Default'] !== undefined) return this.typedParameter(name, parameter['Default'])
      return new Unresolved([`parameter ${name} has no default (give it under cloudformation.parameters in the expectations file)`])
    }
    const resource = this.resources.get(name)
    if (resource !== undefined) return this.refOfResource(resource)
    return new Unresolved([`Ref ${name} names no parameter or resource of the template`])
  }

  private typedParameter(name: string, value: unknown): unknown {
    const declared = this.parameters[name]
    const type = isObject(declared) && typeof declared['Type'] === 'string' ? declared['Type'] : 'String'
    if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string') return value.split(',').map((item) => item.trim())
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return value
  }

  private named(resource: Resource, property: string, what: string): string | Unresolved {
    const value = resource.properties[property]
    if (value === undefined) return new Unresolved([`the name CloudFormation generates for ${what} ${resource.id} (it has no ${property})`], resource.id)
    const resolved = this.string(value, `${resource.id}.${property}`)
    return resolved instanceof Unresolved ? new Unresolved(resolved.reasons, resource.id) : resolved
  }

  private account(resource: Resource): string | Unresolved {
    return this.settings.account ?? new Unresolved([`the ARN of ${resource.id} needs the account: give cloudformation.account in the expectations file`], resource.id)
  }

  private refOfResource(resource: Resource): unknown {
    switch (resource.type) {
      case 'AWS::S3::Bucket':
        return this.named(resource, 'BucketName', 'bucket')
      case 'AWS::IAM::Role':
        return this.named(resource, 'RoleName', 'role')
      case 'AWS::IAM::ManagedPolicy':
        return this.policyArn(resource)
      case 'AWS::KMS::Key':
        return this.generatedKeyArn(resource.id) === undefined ? new Unresolved([`the id CloudFormation gives ${resource.type} ${resource.id}`], resource.id) : generatedKeyId(resource.id)
      default:
        return new Unresolved([`the id CloudFormation gives ${resource.type} ${resource.id}`], resource.id)
    }
  }

  /**
   * The stand-in ARN of a key the template creates, in the stack's account and region; undefined
   * without them. The id CloudFormation generates is not known: the stand-in id names this key only.
   */
  generatedKeyArn(id: string): string | undefined {
    const resource = this.resources.get(id)
    if (resource?.type !== 'AWS::KMS::Key' || this.settings.account === undefined || this.settings.region === undefined) return undefined
    return `arn:${this.partition}:kms:${this.settings.region}:${this.settings.account}:key/${generatedKeyId(id)}`
  }

  private policyArn(resource: Resource): string | Unresolved {
    const name = this.named(resource, 'ManagedPolicyName', 'managed policy')
    const account = this.account(resource)
    const path = resource.properties['Path'] === undefined ? '/' : this.string(resource.properties['Path'], `${resource.id}.Path`)
    const blocked = merge([name, account, path])
    if (blocked !== null) return new Unresolved(blocked.reasons, resource.id)
    return `arn:${this.partition}:iam::${account as string}:policy${path as string}${name as string}`
  }

  private getAtt(argument: unknown): unknown {
    let id: unknown
    let attribute: unknown
    if (typeof argument === 'string') [id, attribute] = [argument.slice(0, argument.indexOf('.')), argument.slice(argument.indexOf('.') + 1)]
    else if (Array.isArray(argument) && argument.length === 2) [id, attribute] = [argument[0], this.resolve(argument[1])]
    if (typeof id !== 'string' || typeof attribute !== 'string') return new Unresolved([`Fn::GetAtt ${JSON.stringify(argument)} (expected [resource, attribute])`])
    const resource = this.resources.get(id)
    if (resource === undefined) return new Unresolved([`Fn::GetAtt ${id}.${attribute}: no resource ${id} in the template`])
    const unknown = (): Unresolved => new Unresolved([`${id}.${attribute} (known only when the stack is deployed)`], id)
    switch (resource.type) {
      case 'AWS::S3::Bucket': {
        const name = this.named(resource, 'BucketName', 'bucket')
        if (name instanceof Unresolved) return name
        if (attribute === 'Arn') return `arn:${this.partition}:s3:::${name}`
        if (attribute === 'DomainName') return `${name}.s3.${this.pseudo('AWS::URLSuffix') as string}`
        return unknown()
      }
      case 'AWS::IAM::Role': {
        if (attribute !== 'Arn') return unknown()
        const name = this.named(resource, 'RoleName', 'role')
        const account = this.account(resource)
        const path = resource.properties['Path'] === undefined ? '/' : this.string(resource.properties['Path'], `${id}.Path`)
        const blocked = merge([name, account, path])
        if (blocked !== null) return new Unresolved(blocked.reasons, id)
        return `arn:${this.partition}:iam::${account as string}:role${path as string}${name as string}`
      }
      case 'AWS::IAM::ManagedPolicy':
        return attribute === 'PolicyArn' ? this.policyArn(resource) : unknown()
      case 'AWS::KMS::Key': {
        const arn = this.generatedKeyArn(id)
        if (arn === undefined) return unknown()
        return attribute === 'Arn' ? arn : attribute === 'KeyId' ? generatedKeyId(id) : unknown()
      }
      default:
        return unknown()
    }
  }

  private sub(argument: unknown): unknown {
    let text: unknown
    let variables: Record<string, unknown> = {}
    if (typeof argument === 'string') text = argument
    else if (Array.isArray(argument) && typeof argument[0] === 'string') {
      text = argument[0]
      if (isObject(argument[1])) variables = argument[1]
    }
    if (typeof text !== 'string') return new Unresolved([`Fn::Sub ${JSON.stringify(argument)} (expected a string or [string, variables])`])
    const blocked: unknown[] = []
    const out = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`
      const name = inner.trim()
      let value: unknown
      if (Object.hasOwn(variables, name)) value = this.resolve(variables[name])
      else if (name.includes('.') && !name.startsWith('AWS::')) value = this.getAtt(name)
      else value = this.ref(name)
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
      blocked.push(value instanceof Unresolved ? value : new Unresolved([`\${${name}} is not a string`]))
      return whole
    })
    return merge(blocked) ?? out
  }
}

// ---------------------------------------------------------------------------------------------
// The policy set
// ---------------------------------------------------------------------------------------------

function asBoolean(value: unknown): boolean | Unresolved {
  if (value instanceof Unresolved) return value
  return value === true || value === 'true' || value === 'True'
}

interface DocumentPart {
  document: PolicyDocument | Unknown
  unknownStatements?: UnknownStatement[]
}

/**
 * A resolved policy document, statement by statement: a statement with an unresolved part becomes a
 * placeholder (and an UnknownStatement naming why), so the statements the template does determine
 * still count (a resolved Deny still denies). Unresolved parts outside the statements make the whole
 * document unknown. Undefined for an empty document.
 */
function readPartial(resolved: unknown, origin: string, role: DocumentRole, note: (where: string, reasons: string[]) => Unknown): DocumentPart | undefined {
  const reasons = unresolvedIn(resolved)
  if (reasons.length === 0) {
    const document = readDocument(resolved, origin, role)
    return document === undefined ? undefined : { document }
  }
  if (!isObject(resolved)) return { document: note(origin, reasons) }
  const outside = Object.entries(resolved).filter(([key]) => key !== 'Statement')
  const raw = resolved['Statement']
  if (raw instanceof Unresolved || unresolvedIn(Object.fromEntries(outside)).length > 0) return { document: note(origin, reasons) }
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  const unknownStatements: UnknownStatement[] = []
  const statements = list.map((statement, index) => {
    const why = unresolvedIn(statement)
    if (why.length === 0) return statement
    const effect = isObject(statement) && (statement['Effect'] === 'Allow' || statement['Effect'] === 'Deny') ? statement['Effect'] : 'unknown'
    const sid = isObject(statement) && typeof statement['Sid'] === 'string' ? statement['Sid'] : undefined
    unknownStatements.push({ index, effect, reason: `${origin}.Statement[${index}]${sid === undefined ? '' : ` (${sid})`}: ${why.join('; ')}` })
    return placeholderStatement(role, effect === 'Deny' ? 'Deny' : 'Allow', sid)
  })
  const document = readDocument({ ...resolved, Statement: statements }, origin, role)
  if (document === undefined) return undefined
  if (isUnknown(document)) return { document }
  return { document, unknownStatements }
}

function sourced(origin: string, name: string, part: DocumentPart): SourcedDocument {
  const doc: SourcedDocument = { origin, name, document: part.document }
  if (part.unknownStatements !== undefined && part.unknownStatements.length > 0) doc.unknownStatements = part.unknownStatements
  return doc
}

/** The policy set a template describes. `settings` gives parameters, the account and the region. */
export function policySetFromTemplate(template: Record<string, unknown>, settings: CloudFormationSettings, description = 'CloudFormation template'): PolicySet {
  const resolver = new Resolver(template, settings)
  const set = emptyPolicySet('cloudformation', description)
  if (settings.account !== undefined) set.account = settings.account
  const note = (where: string, reasons: string[]): Unknown => new Unknown(`${where}: ${reasons.join('; ')}`)
  const unnamed = (list: string[], reason: string): void => {
    if (!list.includes(reason)) list.push(reason)
  }

  // Resources whose Condition is false do not exist; one that cannot be evaluated makes what it defines unknown.
  const live: Resource[] = []
  const blockedBy = new Map<string, Unknown>()
  for (const resource of resolver.resources.values()) {
    if (resource.condition === undefined) {
      live.push(resource)
      continue
    }
    const exists = resolver.condition(resource.condition)
    if (exists === false) continue
    if (exists instanceof Unresolved) blockedBy.set(resource.id, note(`Resources.${resource.id}.Condition ${resource.condition}`, exists.reasons))
    live.push(resource)
  }
  const where = (resource: Resource, property: string): string => `Resources.${resource.id}.Properties.${property}`
  const document = (resource: Resource, property: string, role: DocumentRole): DocumentPart | undefined => {
    const blocked = blockedBy.get(resource.id)
    if (blocked !== undefined) return { document: blocked }
    const raw = resource.properties[property]
    if (raw === undefined) return undefined
    return readPartial(resolver.resolve(raw), where(resource, property), role, note)
  }
  const required = (resource: Resource, property: string, role: DocumentRole): DocumentPart => document(resource, property, role) ?? { document: note(where(resource, property), ['missing']) }
  const text = (resource: Resource, property: string): string | Unknown | undefined => {
    const raw = resource.properties[property]
    if (raw === undefined) return undefined
    const value = resolver.string(raw, where(resource, property))
    return value instanceof Unresolved ? note(where(resource, property), value.reasons) : value
  }
  /** The logical id a value names with Ref / GetAtt, when it names a resource of the template. */
  const linked = (raw: unknown): string | undefined => {
    if (!isObject(raw)) return undefined
    const ref = raw['Ref']
    if (typeof ref === 'string' && resolver.resources.has(ref)) return ref
    const att = raw['Fn::GetAtt']
    const id = typeof att === 'string' ? att.split('.')[0] : Array.isArray(att) ? att[0] : undefined
    return typeof id === 'string' && resolver.resources.has(id) ? id : undefined
  }
  const ofType = (type: string): Resource[] => live.filter((resource) => resource.type === type)

  // Managed policies.
  const managed = new Map<string, { arn: string | Unknown; doc: SourcedDocument; roles: unknown[] }>()
  for (const resource of ofType('AWS::IAM::ManagedPolicy')) {
    const name = text(resource, 'ManagedPolicyName')
    const arnValue = resolver.resolve({ Ref: resource.id })
    const arn = typeof arnValue === 'string' ? arnValue : new Unknown(`the ARN of ${resource.id}: ${(arnValue as Unresolved).reasons.join('; ')}`)
    const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'))
    managed.set(resource.id, { arn, doc, roles: Array.isArray(resource.properties['Roles']) ? resource.properties['Roles'] : [] })
    set.managedPolicies.push(doc)
  }
  const policyByValue = (raw: unknown, origin: string): SourcedDocument => {
    const id = linked(raw)
    const fromTemplate = id === undefined ? undefined : managed.get(id)
    if (fromTemplate !== undefined) return fromTemplate.doc
    const arn = resolver.string(raw, origin)
    if (arn instanceof Unresolved) return { origin, name: origin, document: note(origin, arn.reasons) }
    const byArn = [...managed.values()].find((policy) => policy.arn === arn)
    if (byArn !== undefined) return byArn.doc
    const aws = awsManagedPolicy(arn, 'the template')
    if (aws !== null) return aws
    return { origin: arn, name: arn, document: note(origin, [`policy ${arn} is not defined in the template (a policy managed elsewhere)`]) }
  }

  // Roles: in the stack's account (cloudformation.account), when it is given.
  const newRole = (name: string | Unknown, path: string, origin: string): RoleModel => {
    const role: RoleModel = { name, path, origin, policies: [], boundary: null }
    if (settings.account !== undefined) role.account = settings.account
    return role
  }
  const roles = new Map<string, RoleModel>()
  for (const resource of ofType('AWS::IAM::Role')) {
    const nameValue = resolver.resolve({ Ref: resource.id })
    const name = typeof nameValue === 'string' ? nameValue : new Unknown(`the name of role ${resource.id}: ${(nameValue as Unresolved).reasons.join('; ')}`)
    if (isUnknown(name)) unnamed(set.unnamedRoles, name.reason)
    const path = text(resource, 'Path')
    const role = newRole(name, typeof path === 'string' ? path : '/', `Resources.${resource.id}`)
    // Entry by entry (keeping the template's positions), so that Fn::If around an entry and AWS::NoValue apply.
    const rawPolicies = resource.properties['Policies']
    const inline = Array.isArray(rawPolicies) ? rawPolicies.map((entry) => resolver.resolve(entry)) : resolver.resolve(rawPolicies)
    if (inline instanceof Unresolved) role.policies.push({ origin: where(resource, 'Policies'), name: 'Policies', document: note(where(resource, 'Policies'), inline.reasons) })
    else if (Array.isArray(inline)) {
      inline.forEach((entry: unknown, index) => {
        if (entry === NO_VALUE) return
        const origin = `${where(resource, 'Policies')}[${index}]`
        if (!isObject(entry)) {
          role.policies.push({ origin, name: `Policies[${index}]`, document: note(origin, unresolvedIn(entry).length > 0 ? unresolvedIn(entry) : ['not a policy entry']) })
          return
        }
        const policyName = entry['PolicyName']
        const blocked = blockedBy.get(resource.id)
        const part = blocked !== undefined ? { document: blocked } : readPartial(entry['PolicyDocument'], `${origin}.PolicyDocument`, 'identity', note)
        role.policies.push(sourced(origin, typeof policyName === 'string' ? policyName : `Policies[${index}]`, part ?? { document: note(`${origin}.PolicyDocument`, ['missing']) }))
      })
    }
    const arns = resource.properties['ManagedPolicyArns']
    if (arns !== undefined) {
      const list = Array.isArray(arns) ? arns : [arns]
      list.forEach((raw, index) => {
        const resolved = resolver.resolve(raw)
        if (resolved === NO_VALUE) return
        role.policies.push(policyByValue(raw, `${where(resource, 'ManagedPolicyArns')}[${index}]`))
      })
    }
    if (resource.properties['PermissionsBoundary'] !== undefined) role.boundary = policyByValue(resource.properties['PermissionsBoundary'], where(resource, 'PermissionsBoundary'))
    roles.set(resource.id, role)
    set.roles.push(role)
  }
  /** The role a Roles entry or RoleName names: by logical id, or by name (a role the template does not define gets a model of its own). */
  const roleByValue = (raw: unknown, origin: string): RoleModel | Unknown => {
    const id = linked(raw)
    const fromTemplate = id === undefined ? undefined : roles.get(id)
    if (fromTemplate !== undefined) return fromTemplate
    const name = resolver.string(raw, origin)
    if (name instanceof Unresolved) return note(origin, name.reasons)
    const found = set.roles.find((role) => role.name === name)
    if (found !== undefined) return found
    const role = newRole(name, '/', origin)
    set.roles.push(role)
    return role
  }
  const attach = (raw: unknown, origin: string, doc: SourcedDocument): void => {
    const role = roleByValue(raw, origin)
    if (isUnknown(role)) unnamed(set.unnamedRoles, role.reason)
    else if (!role.policies.includes(doc)) role.policies.push(doc)
  }
  for (const [id, policy] of managed) {
    policy.roles.forEach((raw, index) => attach(raw, `Resources.${id}.Properties.Roles[${index}]`, policy.doc))
  }
  for (const resource of ofType('AWS::IAM::Policy')) {
    const name = text(resource, 'PolicyName')
    const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'))
    const list = resource.properties['Roles']
    if (Array.isArray(list)) list.forEach((raw, index) => attach(raw, `${where(resource, 'Roles')}[${index}]`, doc))
  }
  for (const resource of ofType('AWS::IAM::RolePolicy')) {
    const name = text(resource, 'PolicyName')
    const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'))
    attach(resource.properties['RoleName'], where(resource, 'RoleName'), doc)
  }

  // KMS keys: CloudFormation generates their ids. With the stack's account and region the ARN is a
  // stand-in that names this key wherever the template refers to it (Ref, Fn::GetAtt Arn/KeyId).
  const keys = new Map<string, KeyModel>()
  for (const resource of ofType('AWS::KMS::Key')) {
    const policy = document(resource, 'KeyPolicy', 'resource')
    const generated = resolver.generatedKeyArn(resource.id)
    const key: KeyModel = {
      arn: generated ?? new Unknown(`the ARN CloudFormation generates for key ${resource.id} (give cloudformation.account and cloudformation.region in the expectations file to follow it)`),
      origin: `Resources.${resource.id}`,
      policy: policy === undefined ? null : sourced(`Resources.${resource.id}`, `key policy of ${resource.id}`, policy)
    }
    if (generated !== undefined) {
      key.generated = true
      key.keyId = generatedKeyId(resource.id)
    }
    keys.set(resource.id, key)
    set.keys.push(key)
  }

  // Buckets.
  const buckets = new Map<string, BucketModel>()
  const byLogicalId = new Map<string, BucketModel>()
  for (const resource of ofType('AWS::S3::Bucket')) {
    const nameValue = resolver.resolve({ Ref: resource.id })
    if (typeof nameValue !== 'string') {
      unnamed(set.unnamedBuckets, `the name of bucket ${resource.id}: ${(nameValue as Unresolved).reasons.join('; ')}`)
      continue
    }
    const bucket: BucketModel = { name: nameValue, origin: `Resources.${resource.id}`, policy: null, publicAccessBlock: null, ownership: null, encryption: null }
    const props = resource.properties
    const blocked = blockedBy.get(resource.id)
    if (props['PublicAccessBlockConfiguration'] !== undefined) {
      bucket.publicAccessBlockOrigin = where(resource, 'PublicAccessBlockConfiguration')
      bucket.publicAccessBlock = blocked ?? readBlock(resolver.resolve(props['PublicAccessBlockConfiguration']), where(resource, 'PublicAccessBlockConfiguration'), note)
    }
    if (props['OwnershipControls'] !== undefined) {
      const controls = resolver.resolve(props['OwnershipControls'])
      const rules = isObject(controls) ? controls['Rules'] : undefined
      const value = Array.isArray(rules) && isObject(rules[0]) ? rules[0]['ObjectOwnership'] : undefined
      bucket.ownership = blocked ?? (value instanceof Unresolved ? note(where(resource, 'OwnershipControls'), value.reasons) : typeof value === 'string' ? (value as ObjectOwnership) : null)
    }
    if (props['BucketEncryption'] !== undefined) {
      bucket.encryption = blocked ?? readEncryption(resolver, props['BucketEncryption'], where(resource, 'BucketEncryption'), keys, linked, note)
    }
    buckets.set(nameValue, bucket)
    byLogicalId.set(resource.id, bucket)
    set.buckets.push(bucket)
  }
  for (const resource of ofType('AWS::S3::BucketPolicy')) {
    const raw = resource.properties['Bucket']
    const id = linked(raw)
    let bucket = id === undefined ? undefined : byLogicalId.get(id)
    if (bucket === undefined) {
      const name = resolver.string(raw, where(resource, 'Bucket'))
      if (name instanceof Unresolved) {
        unnamed(set.unnamedBuckets, note(where(resource, 'Bucket'), name.reasons).reason)
        continue
      }
      bucket = buckets.get(name)
      if (bucket === undefined) {
        bucket = { name, origin: `Resources.${resource.id}`, policy: null, publicAccessBlock: null, ownership: null, encryption: null }
        buckets.set(name, bucket)
        set.buckets.push(bucket)
      }
    }
    bucket.policy = sourced(`Resources.${resource.id}`, `bucket policy of ${bucket.name}`, required(resource, 'PolicyDocument', 'resource'))
  }

  // VPC endpoints: CloudFormation generates their ids.
  for (const resource of ofType('AWS::EC2::VPCEndpoint')) {
    const id = new Unknown(`the id CloudFormation generates for VPC endpoint ${resource.id}`)
    unnamed(set.unnamedEndpoints, id.reason)
    const policy = document(resource, 'PolicyDocument', 'resource')
    set.endpoints.push({ id, origin: `Resources.${resource.id}`, policy: policy === undefined ? null : sourced(`Resources.${resource.id}`, `VPC endpoint policy of ${resource.id}`, policy) })
  }

  // Organization policies, applied where TargetIds attaches them (roots, OUs, accounts).
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-organizations-policy.html
  for (const resource of ofType('AWS::Organizations::Policy')) {
    const type = text(resource, 'Type')
    if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY') continue
    const name = text(resource, 'Name')
    const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'Content', 'organization'))
    const targets: (string | Unknown)[] = []
    const raw = resource.properties['TargetIds']
    if (raw !== undefined) {
      const resolved = resolver.resolve(raw)
      if (resolved instanceof Unresolved || !Array.isArray(resolved)) targets.push(note(where(resource, 'TargetIds'), resolved instanceof Unresolved ? resolved.reasons : ['not a list']))
      else {
        resolved.forEach((target, index) => {
          if (typeof target === 'string') targets.push(target)
          else targets.push(note(`${where(resource, 'TargetIds')}[${index}]`, target instanceof Unresolved ? target.reasons : ['not an id']))
        })
      }
    }
    const policy = { ...doc, targets }
    if (type === 'RESOURCE_CONTROL_POLICY') set.rcps.push(policy)
    else set.scps.push(policy)
  }
  set.unresolved = collectUnresolved(set)
  return set
}

function readBlock(value: unknown, origin: string, note: (where: string, reasons: string[]) => Unknown): PublicAccessBlock | Unknown {
  if (value instanceof Unresolved) return note(origin, value.reasons)
  const reasons = unresolvedIn(value)
  if (reasons.length > 0) return note(origin, reasons)
  const config = isObject(value) ? value : {}
  const block: PublicAccessBlock = {}
  for (const setting of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const) {
    block[setting] = asBoolean(config[setting]) === true
  }
  return block
}

function readEncryption(
  resolver: Resolver,
  raw: unknown,
  origin: string,
  keys: Map<string, KeyModel>,
  linked: (raw: unknown) => string | undefined,
  note: (where: string, reasons: string[]) => Unknown
): EncryptionModel | Unknown | null {
  const rules = isObject(raw) ? raw['ServerSideEncryptionConfiguration'] : undefined
  const rule = Array.isArray(rules) && isObject(rules[0]) ? rules[0] : undefined
  const byDefault = rule !== undefined && isObject(rule['ServerSideEncryptionByDefault']) ? rule['ServerSideEncryptionByDefault'] : undefined
  if (rule === undefined || byDefault === undefined) return null
  const algorithm = resolver.string(byDefault['SSEAlgorithm'], `${origin} SSEAlgorithm`)
  if (algorithm instanceof Unresolved) return note(origin, algorithm.reasons)
  if (algorithm !== 'AES256' && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') return note(origin, [`SSEAlgorithm ${algorithm} is not one S3 accepts (AES256, aws:kms, aws:kms:dsse)`])
  const bucketKey = asBoolean(resolver.resolve(rule['BucketKeyEnabled']))
  const model: EncryptionModel = { algorithm: algorithm as Algorithm, kmsKey: null, bucketKeyEnabled: bucketKey === true }
  const keyRaw = byDefault['KMSMasterKeyID']
  if (algorithm === 'AES256' || keyRaw === undefined) return model
  const id = linked(keyRaw)
  const key = id === undefined ? undefined : keys.get(id)
  if (key !== undefined) {
    model.kmsKey = typeof key.arn === 'string' ? key.arn : note(`${origin} KMSMasterKeyID`, [(key.arn as Unknown).reason])
    return model
  }
  const value = resolver.string(keyRaw, `${origin} KMSMasterKeyID`)
  model.kmsKey = value instanceof Unresolved ? note(`${origin} KMSMasterKeyID`, value.reasons) : value
  return model
}
