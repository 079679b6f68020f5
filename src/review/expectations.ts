/**
 * The expectations file (YAML, default `.github/s3-access.yml`): which accesses must stay allowed
 * or denied. Each entry is the `request` of a scenario plus a name and an expectation, so the same
 * vocabulary serves both. Every problem is reported with the entry and the field it is in:
 *
 *   expectations[2] (CI uploads builds).action: expected an IAM action such as s3:PutObject, got "s3 put"
 *
 * ```yaml
 * version: 1
 * expectations:
 *   - name: CI uploads builds
 *     principal: arn:aws:sts::111122223333:assumed-role/ci-deploy/any-session
 *     action: s3:PutObject            # or a list
 *     bucket: artifacts-prod
 *     key: builds/app.zip             # absent for bucket-level actions
 *     context: { aws:SourceIp: 198.51.100.7 }
 *     headers: { x-amz-server-side-encryption: aws:kms }
 *     expect: allow                   # or deny
 * policies:                           # plain policy files (when a side is a folder)
 *   bucket-policy: policies/bucket.json
 *   role-policies: [policies/ci-deploy.json]
 * bucket-accounts: { artifacts-prod: '111122223333' }
 * cloudformation: { account: '111122223333', region: us-east-1, parameters: { Env: prod } }
 * organization:                       # where accounts sit, for SCPs/RCPs attached to a root or an OU
 *   management-account: '999988887777'
 *   accounts:
 *     '111122223333': r-ab12/ou-ab12-11111111   # root, then OUs, top down
 *     '444455556666': outside                   # not a member: no SCP or RCP of this organization applies
 * ```
 *
 * Every problem of an entry is reported at once (not only the first), each at its field: a list's
 * element by its index (`.action[1]`), a condition value by its key (`.context.aws:SourceIp`).
 */
import { parseDocument } from 'yaml'
import { parseIpAddress } from '../conditions/ip.js'
import { lintRequest } from '../metadata/lint.js'
import { isBucketLevelAction } from '../s3/actions.js'
import { parseScenario } from '../scenario/load.js'
import { ScenarioError } from '../scenario/read.js'
import { preview } from '../scenario/errors.js'
import type { CloudFormationSettings, Expectation, ExpectationsFile, OrganizationMap, PolicyFileMap } from './types.js'

export interface ExpectationIssue {
  path: string
  message: string
}

/** An expectations file that cannot be used: one issue per field, each naming the entry and the field. */
export class ExpectationsError extends Error {
  readonly issues: ExpectationIssue[]

  constructor(issues: ExpectationIssue[], file?: string) {
    const where = file === undefined ? '' : `${file}: `
    super(issues.map((issue) => `${where}${issue.path}: ${issue.message}`).join('\n'))
    this.name = 'ExpectationsError'
    this.issues = issues
  }
}

const MAX_ISSUES = 30
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/
/** As a scenario's request.principal: anonymous, an ARN, or an AWS service principal (cloudfront.amazonaws.com). */
const PRINCIPAL = /^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\.amazonaws\.com(\.cn)?)$/
const ACCOUNT = /^\d{12}$/
const ENTRY_FIELDS = ['name', 'principal', 'action', 'bucket', 'key', 'context', 'headers', 'vpcEndpoint', 'operation', 'expect']
const TOP_FIELDS = ['version', 'expectations', 'policies', 'bucket-accounts', 'cloudformation', 'organization']
const ORG_FIELDS = ['management-account', 'accounts']
const ROOT_ID = /^r-[0-9a-z]{4,32}$/
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/
const POLICY_FIELDS = ['bucket-policy', 'role-policies', 'boundary', 'scps', 'rcps', 'key-policy', 'key-arn', 'endpoint-policy']
const CFN_FIELDS = ['parameters', 'account', 'region', 'stack-name', 'partition']

type Issues = ExpectationIssue[]

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** YAML scalars a person writes for condition values (`true`, `10`) become the strings AWS compares. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function unknownFields(object: Record<string, unknown>, allowed: readonly string[], path: (field: string) => string, issues: Issues): void {
  for (const field of Object.keys(object)) {
    if (!allowed.includes(field)) issues.push({ path: path(field), message: `unknown field; expected one of ${allowed.join(', ')}` })
  }
}

/** Parses and checks the expectations file; throws ExpectationsError naming each bad entry and field. */
export function parseExpectations(text: string, file?: string): ExpectationsFile {
  const document = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { uniqueKeys: true, prettyErrors: true })
  if (document.errors.length > 0) {
    throw new ExpectationsError(
      document.errors.slice(0, MAX_ISSUES).map((error) => {
        const position = error.linePos?.[0]
        return { path: position === undefined ? '(file)' : `line ${position.line}, column ${position.col}`, message: error.message.split('\n')[0] ?? 'not valid YAML' }
      }),
      file
    )
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: 1000 })
  } catch (error) {
    throw new ExpectationsError([{ path: '(file)', message: error instanceof Error ? error.message : String(error) }], file)
  }
  return checkExpectations(value, file)
}

/** Checks an already-parsed expectations value (YAML or JSON). */
export function checkExpectations(value: unknown, file?: string): ExpectationsFile {
  const issues: Issues = []
  if (!isObject(value)) throw new ExpectationsError([{ path: '(file)', message: `expected a mapping with version and expectations, got ${preview(value)}` }], file)
  unknownFields(value, TOP_FIELDS, (field) => field, issues)
  const version = own(value, 'version')
  if (version === undefined) issues.push({ path: 'version', message: 'required (version: 1)' })
  else if (version !== 1 && version !== '1') issues.push({ path: 'version', message: `expected 1, got ${preview(version)}` })

  const list = own(value, 'expectations')
  const expectations: Expectation[] = []
  if (list === undefined) issues.push({ path: 'expectations', message: 'required: a list of expected accesses' })
  else if (!Array.isArray(list)) issues.push({ path: 'expectations', message: `expected a list of entries, got ${preview(list)}` })
  else if (list.length === 0) issues.push({ path: 'expectations', message: 'expected at least one entry' })
  else {
    const names = new Map<string, number>()
    list.forEach((entry, index) => {
      const parsed = checkEntry(entry, index, issues)
      if (parsed === null) return
      const earlier = names.get(parsed.name)
      if (earlier !== undefined) {
        issues.push({ path: `expectations[${index}] (${parsed.name}).name`, message: `"${parsed.name}" is already the name of expectations[${earlier}]; names must be unique` })
        return
      }
      names.set(parsed.name, index)
      expectations.push(parsed)
    })
  }

  const result: ExpectationsFile = { version: 1, expectations, bucketAccounts: {}, cloudformation: { parameters: {} } }
  const policies = own(value, 'policies')
  if (policies !== undefined) {
    const map = checkPolicyMap(policies, issues)
    if (map !== null) result.policies = map
  }
  const accounts = own(value, 'bucket-accounts')
  if (accounts !== undefined) {
    if (!isObject(accounts)) issues.push({ path: 'bucket-accounts', message: `expected a mapping of bucket name to 12-digit account id, got ${preview(accounts)}` })
    else {
      for (const [bucket, account] of Object.entries(accounts)) {
        const text = scalarText(account)
        if (text === undefined || !ACCOUNT.test(text)) issues.push({ path: `bucket-accounts.${bucket}`, message: `expected a 12-digit account id (quote it in YAML), got ${preview(account)}` })
        else result.bucketAccounts[bucket] = text
      }
    }
  }
  const cfn = own(value, 'cloudformation')
  if (cfn !== undefined) {
    const settings = checkCloudFormation(cfn, issues)
    if (settings !== null) result.cloudformation = settings
  }
  const organization = own(value, 'organization')
  if (organization !== undefined) {
    const map = checkOrganization(organization, issues)
    if (map !== null) result.organization = map
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES)
    if (issues.length > MAX_ISSUES) shown.push({ path: '(file)', message: `${issues.length - MAX_ISSUES} more issues not shown` })
    throw new ExpectationsError(shown, file)
  }
  return result
}

function checkEntry(entry: unknown, index: number, issues: Issues): Expectation | null {
  const bare = `expectations[${index}]`
  if (!isObject(entry)) {
    issues.push({ path: bare, message: `expected a mapping with name, principal, action, bucket and expect, got ${preview(entry)}` })
    return null
  }
  const rawName = own(entry, 'name')
  const named = typeof rawName === 'string' && rawName.trim() !== ''
  const where = named ? `${bare} (${rawName.trim()})` : bare
  const field = (name: string): string => `${where}.${name}`
  const before = issues.length
  /** Fields already reported: the scenario check below leaves them alone (one message per problem). */
  const bad = new Set<string>()
  const report = (name: string, path: string, message: string): void => {
    bad.add(name)
    issues.push({ path, message })
  }
  unknownFields(entry, ENTRY_FIELDS, field, issues)

  if (!named) report('name', field('name'), rawName === undefined ? 'required' : `expected a non-empty string, got ${preview(rawName)}`)

  const principal = own(entry, 'principal')
  if (principal === undefined) report('principal', field('principal'), 'required')
  else if (typeof principal !== 'string' || !PRINCIPAL.test(principal)) {
    report('principal', field('principal'), `expected "anonymous", an ARN such as arn:aws:sts::111122223333:assumed-role/ci-deploy/session, or a service principal such as cloudfront.amazonaws.com, got ${preview(principal)}`)
  }

  const rawAction = own(entry, 'action')
  /** The valid actions, each with the path of its place in the entry. */
  const actions: { action: string; path: string }[] = []
  if (rawAction === undefined) report('action', field('action'), 'required')
  else {
    const values = Array.isArray(rawAction) ? rawAction : [rawAction]
    if (values.length === 0) report('action', field('action'), 'expected an IAM action or a non-empty list of them')
    values.forEach((action, position) => {
      const path = Array.isArray(rawAction) ? `${field('action')}[${position}]` : field('action')
      if (typeof action !== 'string' || !ACTION.test(action)) report('action', path, `expected an IAM action such as s3:PutObject, got ${preview(action)}`)
      else if (actions.some((known) => known.action === action)) report('action', path, `${action} is listed twice`)
      else actions.push({ action, path })
    })
  }

  const bucket = own(entry, 'bucket')
  if (bucket === undefined) report('bucket', field('bucket'), 'required')
  else if (typeof bucket !== 'string' || bucket.trim() === '') report('bucket', field('bucket'), `expected a bucket name, got ${preview(bucket)}`)
  else {
    const problem = bucketNameProblem(bucket)
    if (problem !== null) report('bucket', field('bucket'), `${preview(bucket)} is not a valid bucket name: ${problem}`)
  }

  const key = own(entry, 'key')
  if (key !== undefined && (typeof key !== 'string' || key === '')) report('key', field('key'), `expected an object key such as builds/app.zip, got ${preview(key)}`)

  const expect = own(entry, 'expect')
  if (expect === undefined) report('expect', field('expect'), 'required: allow or deny')
  else if (expect !== 'allow' && expect !== 'deny') report('expect', field('expect'), `expected allow or deny, got ${preview(expect)}`)

  const contextBefore = issues.length
  const context = stringMap(own(entry, 'context'), field('context'), true, issues) as Record<string, string | string[]> | undefined
  if (context !== undefined) checkContextValues(context, field('context'), issues)
  if (issues.length > contextBefore) bad.add('context')
  const headersBefore = issues.length
  const headers = stringMap(own(entry, 'headers'), field('headers'), false, issues) as Record<string, string> | undefined
  if (issues.length > headersBefore) bad.add('headers')
  const vpcEndpoint = own(entry, 'vpcEndpoint')
  if (vpcEndpoint !== undefined && (typeof vpcEndpoint !== 'string' || !/^vpce-[0-9a-z]+$/.test(vpcEndpoint))) {
    report('vpcEndpoint', field('vpcEndpoint'), `expected a VPC endpoint id such as vpce-0abc1234, got ${preview(vpcEndpoint)}`)
  }
  const operation = own(entry, 'operation')
  if (operation !== undefined && (typeof operation !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(operation))) {
    report('operation', field('operation'), `expected an S3 API operation such as HeadObject or CreateMultipartUpload, got ${preview(operation)}`)
  }

  // What only the scenario loader and the action catalogue know (the action names, key/no key, context
  // values), checked even when other fields have problems, with stand-ins for the fields already reported.
  const probe: Expectation = {
    index,
    name: named ? (rawName as string).trim() : bare,
    principal: bad.has('principal') || principal === undefined ? 'anonymous' : (principal as string),
    actions: actions.map((item) => item.action),
    bucket: bad.has('bucket') || typeof bucket !== 'string' ? 'placeholder-bucket' : bucket,
    expect: 'allow'
  }
  if (key !== undefined) probe.key = bad.has('key') ? 'placeholder-key' : (key as string)
  if (context !== undefined && !bad.has('context')) probe.context = context
  if (headers !== undefined && !bad.has('headers')) probe.headers = headers
  if (vpcEndpoint !== undefined && !bad.has('vpcEndpoint')) probe.vpcEndpoint = vpcEndpoint as string
  if (operation !== undefined && !bad.has('operation')) probe.operation = operation as string
  const seen = new Set(issues.slice(before).map((issue) => `${issue.path}\u0000${issue.message}`))
  for (const { action, path } of actions) {
    const found: Issues = []
    checkAgainstScenario(probe, action, field, path, found)
    for (const issue of found) {
      const id = `${issue.path}\u0000${issue.message}`
      if (seen.has(id)) continue
      seen.add(id)
      issues.push(issue)
    }
  }
  if (issues.length > before) return null

  const expectation: Expectation = {
    index,
    name: (rawName as string).trim(),
    principal: principal as string,
    actions: actions.map((item) => item.action),
    bucket: bucket as string,
    expect: expect as 'allow' | 'deny'
  }
  if (key !== undefined) expectation.key = key as string
  if (context !== undefined) expectation.context = context
  if (headers !== undefined) expectation.headers = headers
  if (vpcEndpoint !== undefined) expectation.vpcEndpoint = vpcEndpoint as string
  if (operation !== undefined) expectation.operation = operation as string
  return expectation
}

/**
 * Why a name cannot be a general purpose bucket's, or null. The rules S3 applies when a bucket is
 * created: https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (3 to 63
 * characters; lowercase letters, numbers, dots and hyphens; a letter or number first and last; no two
 * adjacent dots; not an IP address). Access point aliases (`...-s3alias`) follow the same rules.
 */
function bucketNameProblem(name: string): string | null {
  if (name.length < 3 || name.length > 63) return `bucket names are 3 to 63 characters long (this one has ${name.length})`
  const bad = [...new Set(name.replace(/[a-z0-9.-]/g, ''))]
  if (bad.length > 0) return `bucket names use only lowercase letters, numbers, dots and hyphens (not ${bad.map((character) => JSON.stringify(character)).join(', ')})`
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'bucket names begin and end with a letter or a number'
  if (name.includes('..')) return 'bucket names have no two adjacent dots'
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'bucket names are not formatted as an IP address'
  return null
}

/**
 * Condition keys whose values have a type AWS checks: a value of another type would only ever make
 * the evaluation compare nonsense, so it is reported here (aws:CurrentTime is the scenario schema's).
 * Types as the global condition keys
 * reference (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html)
 * and the S3 service authorization reference give them.
 */
const CONTEXT_TYPES: Record<string, 'ip' | 'bool' | 'numeric' | 'date' | 'account'> = {
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
  'aws:securetransport': 'bool',
  'aws:multifactorauthpresent': 'bool',
  'aws:viaawsservice': 'bool',
  'aws:principalisawsservice': 'bool',
  'aws:multifactorauthage': 'numeric',
  's3:max-keys': 'numeric',
  's3:signatureage': 'numeric',
  's3:tlsversion': 'numeric',
  's3:object-lock-remaining-retention-days': 'numeric',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'date',
  's3:object-lock-retain-until-date': 'date',
  'aws:principalaccount': 'account',
  'aws:resourceaccount': 'account',
  'aws:sourceaccount': 'account'
}

const TYPE_WORDS: Record<string, string> = {
  ip: 'an IP address such as 198.51.100.7 or 2001:db8::1',
  bool: 'true or false',
  numeric: 'a number',
  date: 'a date and time such as 2026-01-15T09:30:00Z (or seconds since the epoch)',
  account: 'a 12-digit account id (quote it in YAML)'
}

function valueFits(type: string, value: string): boolean {
  switch (type) {
    case 'ip':
      return parseIpAddress(value) !== null
    case 'bool':
      return /^(true|false)$/i.test(value)
    case 'numeric':
      return /^-?\d+(\.\d+)?$/.test(value)
    case 'date':
      return /^\d+$/.test(value) || (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)))
    default:
      return ACCOUNT.test(value)
  }
}

function checkContextValues(context: Record<string, string | string[]>, path: string, issues: Issues): void {
  for (const [key, raw] of Object.entries(context)) {
    const type = CONTEXT_TYPES[key.toLowerCase()]
    if (type === undefined) continue
    const values = Array.isArray(raw) ? raw : [raw]
    values.forEach((value, position) => {
      if (valueFits(type, value)) return
      issues.push({ path: `${path}.${key}${Array.isArray(raw) ? `[${position}]` : ''}`, message: `expected ${TYPE_WORDS[type]}, got ${preview(value)}` })
    })
  }
}

function checkOrganization(value: unknown, issues: Issues): OrganizationMap | null {
  if (!isObject(value)) {
    issues.push({ path: 'organization', message: `expected a mapping such as { accounts: { '111122223333': r-ab12/ou-ab12-11111111 } }, got ${preview(value)}` })
    return null
  }
  const before = issues.length
  unknownFields(value, ORG_FIELDS, (field) => `organization.${field}`, issues)
  const map: OrganizationMap = { accounts: {} }
  const management = own(value, 'management-account')
  if (management !== undefined) {
    const text = scalarText(management)
    if (text === undefined || !ACCOUNT.test(text)) issues.push({ path: 'organization.management-account', message: `expected a 12-digit account id (quote it in YAML), got ${preview(management)}` })
    else map.managementAccount = text
  }
  const accounts = own(value, 'accounts')
  if (accounts !== undefined && !isObject(accounts)) issues.push({ path: 'organization.accounts', message: `expected a mapping of 12-digit account ids to their path (root/OU/...) or outside, got ${preview(accounts)}` })
  else if (accounts !== undefined) {
    for (const [account, raw] of Object.entries(accounts)) {
      const path = `organization.accounts.${account}`
      if (!ACCOUNT.test(account)) {
        issues.push({ path, message: 'expected a 12-digit account id as the key (quote it in YAML)' })
        continue
      }
      if (raw === 'outside') {
        map.accounts[account] = 'outside'
        continue
      }
      const ids = typeof raw === 'string' ? raw.split('/').map((id) => id.trim()).filter((id) => id !== '') : Array.isArray(raw) ? raw : undefined
      if (ids === undefined || ids.length === 0) {
        issues.push({ path, message: `expected the path from the root (r-ab12/ou-ab12-11111111, or a list) or outside, got ${preview(raw)}` })
        continue
      }
      const problems = ids.flatMap((id, position) => {
        if (typeof id !== 'string') return [`${preview(id)} is not an id`]
        if (position === 0) return ROOT_ID.test(id) ? [] : [`the path starts with the root id (r- then 4 to 32 lowercase letters or digits), not ${preview(id)}`]
        return OU_ID.test(id) ? [] : [`${preview(id)} is not an OU id (ou-, the root's letters, -, 8 to 32 lowercase letters or digits)`]
      })
      if (problems.length > 0) issues.push({ path, message: problems.join('; ') })
      else map.accounts[account] = ids as string[]
    }
  }
  return issues.length > before ? null : map
}

function stringMap(value: unknown, path: string, allowLists: boolean, issues: Issues): Record<string, string | string[]> | undefined {
  if (value === undefined) return undefined
  if (!isObject(value)) {
    issues.push({ path, message: `expected a mapping of ${allowLists ? 'condition keys' : 'header names'} to values, got ${preview(value)}` })
    return undefined
  }
  const result: Record<string, string | string[]> = {}
  for (const [name, raw] of Object.entries(value)) {
    const text = scalarText(raw)
    if (text !== undefined) result[name] = text
    else if (allowLists && Array.isArray(raw) && raw.every((item) => scalarText(item) !== undefined)) result[name] = raw.map((item) => scalarText(item) as string)
    else issues.push({ path: `${path}.${name}`, message: `expected ${allowLists ? 'a value or a list of values' : 'a value'}, got ${preview(raw)}` })
  }
  return result
}

/** The request an expectation makes for one action: a bucket-level action has no key. */
export function requestFor(expectation: Expectation, action: string): Record<string, unknown> {
  const request: Record<string, unknown> = { principal: expectation.principal, action, bucket: expectation.bucket }
  if (expectation.key !== undefined && !isBucketLevelAction(action)) request['key'] = expectation.key
  if (expectation.headers !== undefined) request['headers'] = expectation.headers
  if (expectation.context !== undefined) request['context'] = expectation.context
  if (expectation.vpcEndpoint !== undefined) request['vpcEndpoint'] = expectation.vpcEndpoint
  if (expectation.operation !== undefined) request['operation'] = expectation.operation
  return request
}

const FIELD_OF: Record<string, string> = { action: 'action', key: 'key', headers: 'headers', context: 'context', principal: 'principal', bucket: 'bucket', vpcEndpoint: 'vpcEndpoint', operation: 'operation' }

function checkAgainstScenario(expectation: Expectation, action: string, field: (name: string) => string, actionPath: string, issues: Issues): void {
  const request = requestFor(expectation, action)
  try {
    parseScenario({ version: 1, request })
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error
    for (const issue of error.issues) {
      const rest = issue.path.replace(/^request\.?/, '')
      const top = rest.split(/[.[]/)[0] ?? ''
      const path = top === 'action' ? `${actionPath}${rest.slice(top.length)}` : FIELD_OF[top] !== undefined ? `${field(FIELD_OF[top])}${rest.slice(top.length)}` : field(rest === '' ? 'request' : rest)
      issues.push({ path, message: issue.message })
    }
    return
  }
  for (const finding of lintRequest(action, request['key'] !== undefined)) {
    if (finding.code === 'unknown-action' || finding.code === 'unknown-service') issues.push({ path: actionPath, message: finding.message })
    else if (finding.code === 'resource-type-mismatch' && request['key'] === undefined) {
      issues.push({ path: field('key'), message: `required for ${action}, which acts on objects: an example key under the prefix that matters, such as builds/app.zip` })
    }
  }
}

function checkPolicyMap(value: unknown, issues: Issues): PolicyFileMap | null {
  if (!isObject(value)) {
    issues.push({ path: 'policies', message: `expected a mapping such as { bucket-policy: policies/bucket.json }, got ${preview(value)}` })
    return null
  }
  const before = issues.length
  unknownFields(value, POLICY_FIELDS, (field) => `policies.${field}`, issues)
  const map: PolicyFileMap = {}
  const path = (item: unknown, where: string): string | undefined => {
    if (typeof item === 'string' && item.trim() !== '') return item.trim()
    issues.push({ path: where, message: `expected a file path, got ${preview(item)}` })
    return undefined
  }
  const paths = (item: unknown, where: string): string[] | undefined => {
    const list = typeof item === 'string' ? [item] : item
    if (!Array.isArray(list)) {
      issues.push({ path: where, message: `expected a list of file paths, got ${preview(item)}` })
      return undefined
    }
    const out: string[] = []
    list.forEach((entry, index) => {
      const one = path(entry, `${where}[${index}]`)
      if (one !== undefined) out.push(one)
    })
    return out
  }
  /** A single path, or a mapping of names to paths. */
  const single = (field: string): string | Record<string, string> | undefined => {
    const raw = own(value, field)
    if (raw === undefined) return undefined
    if (isObject(raw)) {
      const out: Record<string, string> = {}
      for (const [name, item] of Object.entries(raw)) {
        const one = path(item, `policies.${field}.${name}`)
        if (one !== undefined) out[name] = one
      }
      return out
    }
    return path(raw, `policies.${field}`)
  }
  const bucketPolicy = single('bucket-policy')
  if (bucketPolicy !== undefined) map.bucketPolicy = bucketPolicy
  const boundary = single('boundary')
  if (boundary !== undefined) map.boundary = boundary
  const keyPolicy = single('key-policy')
  if (keyPolicy !== undefined) map.keyPolicy = keyPolicy
  const endpointPolicy = single('endpoint-policy')
  if (endpointPolicy !== undefined) map.endpointPolicy = endpointPolicy
  const rolePolicies = own(value, 'role-policies')
  if (rolePolicies !== undefined) {
    if (isObject(rolePolicies)) {
      const out: Record<string, string[]> = {}
      for (const [name, item] of Object.entries(rolePolicies)) {
        const list = paths(item, `policies.role-policies.${name}`)
        if (list !== undefined) out[name] = list
      }
      map.rolePolicies = out
    } else {
      const list = paths(rolePolicies, 'policies.role-policies')
      if (list !== undefined) map.rolePolicies = list
    }
  }
  for (const [field, key] of [['scps', 'scps'], ['rcps', 'rcps']] as const) {
    const raw = own(value, field)
    if (raw === undefined) continue
    const list = paths(raw, `policies.${field}`)
    if (list !== undefined) map[key] = list
  }
  const keyArn = own(value, 'key-arn')
  if (keyArn !== undefined) {
    if (typeof keyArn !== 'string' || !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/.test(keyArn)) {
      issues.push({ path: 'policies.key-arn', message: `expected a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-..., got ${preview(keyArn)}` })
    } else map.keyArn = keyArn
  }
  if (typeof map.keyPolicy === 'string' && map.keyArn === undefined && keyArn === undefined) {
    issues.push({ path: 'policies.key-arn', message: 'required with a single policies.key-policy: the ARN of the bucket\'s default encryption key' })
  }
  return issues.length > before ? null : map
}

function checkCloudFormation(value: unknown, issues: Issues): CloudFormationSettings | null {
  if (!isObject(value)) {
    issues.push({ path: 'cloudformation', message: `expected a mapping such as { account: '111122223333', region: us-east-1 }, got ${preview(value)}` })
    return null
  }
  const before = issues.length
  unknownFields(value, CFN_FIELDS, (field) => `cloudformation.${field}`, issues)
  const settings: CloudFormationSettings = { parameters: {} }
  const parameters = own(value, 'parameters')
  if (parameters !== undefined) {
    const map = stringMap(parameters, 'cloudformation.parameters', true, issues)
    if (map !== undefined) settings.parameters = map
  }
  const account = scalarText(own(value, 'account'))
  if (own(value, 'account') !== undefined) {
    if (account === undefined || !ACCOUNT.test(account)) issues.push({ path: 'cloudformation.account', message: `expected a 12-digit account id (quote it in YAML), got ${preview(own(value, 'account'))}` })
    else settings.account = account
  }
  const region = own(value, 'region')
  if (region !== undefined) {
    if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) issues.push({ path: 'cloudformation.region', message: `expected an AWS region such as us-east-1, got ${preview(region)}` })
    else settings.region = region
  }
  const stack = own(value, 'stack-name')
  if (stack !== undefined) {
    if (typeof stack !== 'string' || stack === '') issues.push({ path: 'cloudformation.stack-name', message: `expected a stack name, got ${preview(stack)}` })
    else settings.stackName = stack
  }
  const partition = own(value, 'partition')
  if (partition !== undefined) {
    if (typeof partition !== 'string' || !/^aws[a-z-]*$/.test(partition)) issues.push({ path: 'cloudformation.partition', message: `expected aws, aws-cn or aws-us-gov, got ${preview(partition)}` })
    else settings.partition = partition
  }
  return issues.length > before ? null : settings
}
