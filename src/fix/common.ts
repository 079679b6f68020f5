/**
 * What every fix strategy shares: the context it works from, the plan it returns, who the caller
 * is in policy terms, the narrowest resource a grant needs, merging a statement into an existing
 * document, AWS's policy size limits, and the words and commands that go with them.
 */
import { parseCaller, type Caller } from '../evaluate/principal.js'
import { bucketArn, getHeader, isBucketLevelAction } from '../s3/actions.js'
import { parsePolicy } from '../policy/parse.js'
import { validatePolicy, type PolicyKind } from '../policy/validate.js'
import type { JsonObject, JsonValue, PolicyDocument, Scenario } from '../scenario/types.js'
import type { ConditionTrace } from '../conditions/types.js'
import type { Denial, LayerId, LayerTrace, StatementTrace, Verdict } from '../verdict/types.js'
import { formatPointer } from './pointer.js'
import type { Fix } from './types.js'

/** Everything a strategy looks at: the scenario, its verdict, the denial to fix. */
export interface FixContext {
  scenario: Scenario
  verdict: Verdict
  denial: Denial
  caller: Caller
  /** The dispatcher, for strategies that fix a request S3 makes on the side (s3:ListBucket for a missing key). */
  plansFor(context: FixContext): Plan[]
}

/** A proposed change before re-evaluation. */
export type Candidate = Omit<Fix, 'proven' | 'stillDeniedBy' | 'dependsOn' | 'rejected'>

/**
 * One way to fix the denial: one change, or several applied in order (each proven on top of the
 * previous ones). `fallback` plans are shown only when no earlier plan is proven; `onlyIfProven`
 * plans (a safer alternative that only helps when it works on its own) are shown only when their
 * own steps end in an allow: they are neither extended by chaining nor chained after another change.
 */
export interface Plan {
  steps: Candidate[]
  fallback?: boolean
  onlyIfProven?: boolean
  /**
   * The steps only make sense together (a new key, then the setting that uses it; a bucket policy for
   * CloudFront, then the request CloudFront makes): none but the last is judged on its own, so a step
   * that leaves the denial as it was does not end the plan. Each still reports what would deny after it.
   */
  together?: boolean
}

export function plan(...steps: Candidate[]): Plan {
  return { steps }
}

export function contextFor(scenario: Scenario, verdict: Verdict, denial: Denial, plansFor: (context: FixContext) => Plan[]): FixContext {
  return { scenario, verdict, denial, caller: parseCaller(scenario.request.principal, scenario.identity?.arn), plansFor }
}

// ---------------------------------------------------------------------------------------------
// The caller in policy terms
// ---------------------------------------------------------------------------------------------

/** The IAM identity a grant names: the role behind a session (with its path), or the IAM user. */
export interface Grantee {
  kind: 'role' | 'user'
  arn: string
  name: string
  account: string
  partition: string
}

export function granteeOf(caller: Caller): Grantee | null {
  if (caller.kind === 'role-session') {
    return { kind: 'role', arn: caller.roleArn, name: caller.roleName, account: caller.account, partition: caller.partition }
  }
  if (caller.kind === 'user') return { kind: 'user', arn: caller.arn, name: caller.name, account: caller.account, partition: caller.partition }
  return null
}

/**
 * An AWS service principal as a grant names it: `Principal: {"Service": ...}` with the source
 * conditions AWS documents against the confused deputy (aws:SourceArn, aws:SourceAccount), taken
 * from the request's context. Null for other callers, and for a service request that carries
 * neither key: a grant to the whole service would admit its calls for every customer.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export interface ServiceGrantee {
  service: string
  /** `cloudfront.amazonaws.com` -> `Cloudfront`, for Sids. */
  label: string
  condition: JsonObject
  /** The condition in words: "for aws:SourceArn arn:aws:cloudfront::...". */
  words: string
  sourceArn: string | null
}

export function serviceGranteeOf(scenario: Scenario, caller: Caller): ServiceGrantee | null {
  if (caller.kind !== 'service') return null
  const given = scenario.request.context ?? {}
  const value = (key: string): string | null => {
    const found = Object.keys(given).find((name) => name.toLowerCase() === key.toLowerCase())
    const raw = found === undefined ? undefined : given[found]
    return typeof raw === 'string' && raw !== '' ? raw : null
  }
  const sourceArn = value('aws:SourceArn')
  const sourceAccount = value('aws:SourceAccount')
  if (sourceArn === null && sourceAccount === null) return null
  const equals: JsonObject = {}
  const words: string[] = []
  if (sourceArn !== null) {
    equals['aws:SourceArn'] = sourceArn
    words.push(`aws:SourceArn ${sourceArn}`)
  }
  if (sourceAccount !== null) {
    equals['aws:SourceAccount'] = sourceAccount
    words.push(`aws:SourceAccount ${sourceAccount}`)
  }
  return { service: caller.service, label: pascal(caller.service.split('.')[0] ?? caller.service), condition: { StringEquals: equals }, words: `for ${words.join(' and ')}`, sourceArn }
}

export function describeGrantee(grantee: Grantee): string {
  return `${grantee.kind} ${grantee.name}`
}

// ---------------------------------------------------------------------------------------------
// What a grant must allow: the action and the narrowest resource
// ---------------------------------------------------------------------------------------------

export interface Need {
  /** The denied action, as the verdict spells it. */
  action: string
  /** The resource pattern for identity-side and S3-side documents (a key policy uses `*`). */
  resource: string
  /** Extra conditions the statement carries (s3:prefix for a listing, kms:ViaService for a key). */
  condition: JsonObject | null
  /** In words: "under builds/", "on the bucket", "on key arn:...". */
  scope: string
  /** Why this resource and no wider. */
  rule: string
  /** For Sids: `PutObjectBuilds`, `ListBucketCache`, `GenerateDataKey`. */
  label: string
  isKms: boolean
  /** The KMS key ARN (for a kms: action), else null. */
  keyArn: string | null
}

/** Characters that are wildcards or variables in an ARN pattern, written as literal policy variables. */
export function escapePattern(text: string): string {
  return text.replace(/[$*?]/g, (char) => `\${${char}}`)
}

/**
 * The prefix rule: a grant for a key covers the key's first path segment (`builds/app.zip` ->
 * `builds/*`), because pipelines put the version, date or run id in the rest of the key and the
 * next run writes a new key under the same top-level prefix. A key without `/` is granted exactly.
 */
export function keyScope(key: string): { pattern: string; words: string; prefix: string | null } {
  const slash = key.indexOf('/')
  if (slash <= 0) return { pattern: escapePattern(key), words: `the key ${key}`, prefix: null }
  const prefix = key.slice(0, slash + 1)
  return { pattern: `${escapePattern(prefix)}*`, words: `keys under ${prefix}`, prefix }
}

const LISTING = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads'])

export function needFor(context: FixContext, action = context.denial.action): Need {
  const { scenario } = context
  const request = scenario.request
  const partition = partitionOf(context.caller)
  const name = action.includes(':') ? action.slice(action.indexOf(':') + 1) : action
  if (action.toLowerCase().startsWith('kms:')) {
    const keyArn = kmsKeyOf(context.verdict, action)
    const region = scenario.bucket?.region ?? keyArn.split(':')[3] ?? 'us-east-1'
    return {
      action,
      resource: keyArn,
      condition: { StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` } },
      scope: `on the key ${keyArn}, only through S3 in ${region}`,
      rule: `limited to the one key and, with kms:ViaService, to calls S3 makes on the caller's behalf`,
      label: pascal(name),
      isKms: true,
      keyArn
    }
  }
  const lower = action.toLowerCase()
  if (request.key !== undefined && !isBucketLevelAction(action)) {
    const scope = keyScope(request.key)
    return {
      action,
      resource: `${bucketArn(request.bucket, partition)}/${scope.pattern}`,
      condition: null,
      scope: `on ${scope.words} in ${request.bucket}`,
      rule:
        scope.prefix === null
          ? 'the exact key, since it has no prefix to scope to'
          : `the key's top-level prefix ${scope.prefix}, so later runs that use new keys under it are covered; narrow it to the exact key if the pipeline only ever uses that one`,
      label: pascal(name) + (scope.prefix === null ? '' : pascal(scope.prefix)),
      isKms: false,
      keyArn: null
    }
  }
  const resource = bucketArn(request.bucket, partition)
  const given = request.context?.['s3:prefix']
  const prefix = typeof given === 'string' ? given : undefined
  if (LISTING.has(lower) && prefix !== undefined && prefix !== '') {
    const scope = keyScope(prefix)
    const pattern = scope.prefix === null ? escapePattern(prefix) : scope.pattern
    return {
      action,
      resource,
      condition: { StringLike: { 's3:prefix': pattern } },
      scope: `on the bucket ${request.bucket}, for listings under ${scope.prefix ?? prefix}`,
      rule: `the bucket ARN (a listing's resource) with an s3:prefix condition, so only listings under ${scope.prefix ?? prefix} are allowed`,
      label: pascal(name) + pascal(scope.prefix ?? prefix),
      isKms: false,
      keyArn: null
    }
  }
  return {
    action,
    resource,
    condition: null,
    scope: `on the bucket ${request.bucket}`,
    rule: `the bucket ARN, the only resource ${action} has`,
    label: pascal(name),
    isKms: false,
    keyArn: null
  }
}

/** The key of the KMS call that was denied (the resource of that authorization request). */
export function kmsKeyOf(verdict: Verdict, action: string): string {
  const lower = action.toLowerCase()
  const denied = verdict.requests.filter((request) => request.action.toLowerCase() === lower)
  const request = denied.find((item) => item.decision === 'deny') ?? denied[0]
  return request?.resource ?? '*'
}

export function partitionOf(caller: Caller): string {
  return caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws'
}

/** `builds/` -> `Builds`, `s3:PutObject` name part -> `PutObject`, `ci-publisher` -> `CiPublisher`. */
export function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

// ---------------------------------------------------------------------------------------------
// Documents: locate, merge, size
// ---------------------------------------------------------------------------------------------

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The statements of a document as an array (a single statement object becomes one element). */
export function statementsOf(document: JsonObject): JsonValue[] {
  const statement = document.Statement
  if (statement === undefined) return []
  return Array.isArray(statement) ? statement : [statement]
}

/** Sids are letters and digits (IAM's rule; bucket and key policies accept them too). */
function uniqueSid(document: JsonObject, wanted: string): string {
  const taken = new Set(statementsOf(document).flatMap((statement) => (isObject(statement) && typeof statement.Sid === 'string' ? [statement.Sid] : [])))
  const base = (wanted.replace(/[^A-Za-z0-9]/g, '') || 'Statement').slice(0, 100)
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`
}

/**
 * A copy of `document` with `statement` added at the end (or after position `after`), its Sid made
 * unique; the other statements are kept as they are. Without a document, a new one.
 *
 * With `kind`, the statements AWS would refuse in that kind of document are left out (`dropped` says
 * which and why): AWS rejects a whole document that holds one (MalformedPolicy), so keeping it would
 * make the merged document impossible to apply; the evaluator already set it aside, so leaving it
 * out changes no decision. Without `kind` nothing is dropped (and src/fix/site.ts refuses to call
 * such a document proven).
 */
export function withStatement(
  document: JsonObject | undefined,
  statement: JsonObject,
  after?: number,
  kind?: PolicyKind
): { document: JsonObject; sid: string; dropped: string[] } {
  const base: JsonObject = document === undefined ? { Version: '2012-10-17', Statement: [] } : structuredClone(document)
  let statements = statementsOf(base)
  const dropped: string[] = []
  let position = after
  if (kind !== undefined && document !== undefined) {
    const invalid = invalidStatements(document, kind)
    if (invalid.size > 0) {
      statements.forEach((item, index) => {
        const problem = invalid.get(index)
        if (problem !== undefined) dropped.push(`statement ${isObject(item) && typeof item.Sid === 'string' ? item.Sid : `#${index}`} (${problem})`)
      })
      if (position !== undefined) position -= [...invalid.keys()].filter((index) => index <= (after as number)).length
      statements = statements.filter((_, index) => !invalid.has(index))
      base.Statement = statements
    }
  }
  const sid = uniqueSid(base, typeof statement.Sid === 'string' ? statement.Sid : 'Statement')
  const added: JsonObject = { Sid: sid, ...statement }
  added.Sid = sid
  if (position === undefined) statements.push(added)
  else statements.splice(position + 1, 0, added)
  base.Statement = statements
  return { document: base, sid, dropped }
}

/** The statements of `document` AWS would refuse in a `kind` document: index -> the first reason. */
function invalidStatements(document: JsonObject, kind: PolicyKind): Map<number, string> {
  const result = new Map<number, string>()
  try {
    for (const problem of validatePolicy(parsePolicy(document as PolicyDocument, 'document'), kind).problems) {
      if (!result.has(problem.index)) result.set(problem.index, problem.message)
    }
  } catch {
    // A document the parser refuses is not merged into by any strategy (the scenario loader refused it first).
  }
  return result
}

/** The sentence that says which statements a merge left out, '' when none. */
export function droppedNote(dropped: readonly string[]): string {
  if (dropped.length === 0) return ''
  return ` It leaves out ${dropped.join('; ')}: AWS refuses a policy that holds such a statement, and the evaluation already set it aside.`
}

/** Finds a statement by the verdict's label (its Sid, or `#N` for the N-th statement without one). */
export function statementIndex(document: JsonObject, label: string): number {
  const statements = statementsOf(document)
  const numbered = /^#(\d+)$/.exec(label)
  if (numbered !== null) {
    const index = Number(numbered[1])
    return index < statements.length ? index : -1
  }
  return statements.findIndex((statement) => isObject(statement) && statement.Sid === label)
}

/** `identity.policies[1].document` (a verdict path) as a JSON Pointer: `/identity/policies/1/document`. */
export function pathToPointer(path: string): string {
  const tokens: (string | number)[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) tokens.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string))
  return formatPointer(tokens)
}

/** The size AWS counts: the document without white space outside strings. */
export function compactSize(document: JsonValue): number {
  return JSON.stringify(document).length
}

export function byteSize(document: JsonValue): number {
  return new TextEncoder().encode(JSON.stringify(document)).length
}

export interface SizeLimit {
  limit: number
  unit: 'characters' | 'bytes'
  what: string
  source: string
}

const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html'

/**
 * AWS's policy size limits, each with the page that states it. A document over its limit is refused
 * by the API that would put it in place, so a fix over a limit is never proven (src/fix/index.ts).
 * - IAM quotas page: "Role policy size cannot exceed 10,240 characters", "User policy size cannot
 *   exceed 2,048 characters" (all inline policies of the entity together), "Managed policy size
 *   cannot exceed 6,144 characters"; "IAM does not count white space when calculating the size of a
 *   policy against these limitations". The same 6,144 for managed policies in AWS's knowledge center,
 *   https://repost.aws/knowledge-center/iam-increase-policy-size.
 * - S3 user guide, "Bucket policies and user policies": "Bucket policies are limited to 20 KB in size."
 */
export const LIMITS = {
  roleInline: { limit: 10_240, unit: 'characters', what: 'all inline policies of a role together (white space not counted)', source: IAM_QUOTAS },
  userInline: { limit: 2_048, unit: 'characters', what: 'all inline policies of an IAM user together (white space not counted)', source: IAM_QUOTAS },
  managed: { limit: 6_144, unit: 'characters', what: 'a managed policy (white space not counted)', source: IAM_QUOTAS },
  bucketPolicy: { limit: 20_480, unit: 'bytes', what: 'a bucket policy (20 KB)', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html' },
  keyPolicy: { limit: 32_768, unit: 'bytes', what: 'a key policy (32 KB)', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html' },
  endpointPolicy: {
    limit: 20_480,
    unit: 'characters',
    what: 'a VPC endpoint policy (white space included)',
    source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html'
  },
  organizationPolicy: {
    limit: 5_120,
    unit: 'characters',
    what: 'an SCP or RCP (all characters count)',
    source: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'
  },
  sessionPolicy: {
    limit: 2_048,
    unit: 'characters',
    what: 'the session policies passed to AssumeRole',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'
  }
} as const satisfies Record<string, SizeLimit>

export function sizeOf(document: JsonValue, limit: SizeLimit): number {
  return limit.unit === 'bytes' ? byteSize(document) : compactSize(document)
}

/** A sentence for the explanation when a merged document is over its limit ('' when it fits). */
export function sizeNote(size: number, limit: SizeLimit): string {
  if (size > limit.limit) return ` The result is ${size} ${limit.unit}, over AWS's limit of ${limit.limit} for ${limit.what} (${limit.source}).`
  return ''
}

/** Why AWS would refuse a document of `size` (null when it fits): the reason a fix over the limit is not proven. */
export function limitReason(size: number, limit: SizeLimit, what: string): string | null {
  if (size <= limit.limit) return null
  return `AWS would refuse ${what}: it would be ${size} ${limit.unit}, over the limit of ${limit.limit} for ${limit.what} (${limit.source}).`
}

/** Managed policies are named by their ARN in a scenario; inline ones by their plain name. */
export function isManagedName(name: string): boolean {
  return name.startsWith('arn:')
}

// ---------------------------------------------------------------------------------------------
// Reading the verdict's trace
// ---------------------------------------------------------------------------------------------

/** The trace of one layer for one authorization request (the S3 call, or a kms: call). */
export function layerTrace(verdict: Verdict, layer: LayerId, action: string): LayerTrace | undefined {
  const lower = action.toLowerCase()
  for (let i = verdict.requests.length - 1; i >= 0; i--) {
    const request = verdict.requests[i]
    if (request === undefined || request.action.toLowerCase() !== lower) continue
    const found = request.layers.find((item) => item.layer === layer)
    if (found !== undefined) return found
  }
  return undefined
}

/** The trace of the statement that denied, by its document path and label. */
export function deciding(verdict: Verdict, path: string, label: string, action: string): StatementTrace | undefined {
  const lower = action.toLowerCase()
  for (const request of verdict.requests) {
    if (request.action.toLowerCase() !== lower) continue
    for (const layer of request.layers) {
      for (const policy of layer.policies) {
        if (policy.path !== path) continue
        const statement = policy.statements.find((item) => item.label === label && item.applies)
        if (statement !== undefined) return statement
      }
    }
  }
  return undefined
}

export function describeValues(values: readonly (string | null)[] | null): string {
  if (values === null) return 'absent'
  if (values.length === 1) return String(values[0])
  return `[${values.map(String).join(', ')}]`
}

export function describeCondition(condition: ConditionTrace): string {
  return `${condition.operator} ${condition.key} ${describeValues(condition.policyValues)} (the request has ${describeValues(condition.requestValues)})`
}

/**
 * Allow statements of a layer that name the action but do not apply (their resource, principal or
 * a condition does not match): worth a sentence, since the fix may belong there instead.
 */
export function nearMisses(verdict: Verdict, layer: LayerId, action: string): string {
  const trace = layerTrace(verdict, layer, action)
  if (trace === undefined) return ''
  const notes: string[] = []
  const gateway = trace.kind === 'policy' && trace.endpointType === 'Gateway' ? ' (on a gateway endpoint, an account principal names the root user only)' : ''
  for (const policy of trace.policies) {
    for (const statement of policy.statements) {
      if (statement.effect !== 'Allow' || !statement.action.matched || statement.applies) continue
      const where = `statement ${statement.label} of ${policy.policy}`
      if (statement.principal !== null && !statement.principal.matched) notes.push(`${where} allows ${action} but its Principal does not name this caller${gateway}`)
      else if (statement.resource !== null && !statement.resource.matched) notes.push(`${where} allows ${action} on other resources only`)
      else {
        const failed = statement.conditions.find((condition) => !condition.matched)
        if (failed !== undefined) notes.push(`${where} allows ${action} only when ${describeCondition(failed)}`)
      }
      if (notes.length >= 3) break
    }
  }
  return notes.length === 0 ? '' : ` Note: ${notes.join('; ')}: check whether the request should change instead.`
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/** A shell word: bare when safe, otherwise single-quoted. */
export function sh(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** A file name from free text: letters, digits, dots and dashes. */
export function fileName(...parts: string[]): string {
  const base = parts
    .join('-')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
  return `${base.slice(0, 100) || 'policy'}.json`
}

const CP_FLAGS: Record<string, (value: string) => string> = {
  'x-amz-acl': (value) => `--acl ${sh(value)}`,
  'x-amz-server-side-encryption': (value) => `--sse ${sh(value)}`,
  'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--sse-kms-key-id ${sh(value)}`,
  'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
  'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`
}

const S3API_FLAGS: Record<string, (value: string) => string> = {
  'x-amz-acl': (value) => `--acl ${sh(value)}`,
  'x-amz-server-side-encryption': (value) => `--server-side-encryption ${sh(value)}`,
  'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--ssekms-key-id ${sh(value)}`,
  'x-amz-server-side-encryption-bucket-key-enabled': (value) => (value.trim().toLowerCase() === 'true' ? '--bucket-key-enabled' : '--no-bucket-key-enabled'),
  'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
  'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`,
  'x-amz-bypass-governance-retention': (value) => (value.trim().toLowerCase() === 'true' ? '--bypass-governance-retention' : '')
}

/** The flag for one header in the command form the request uses, or null when the CLI has none. */
export function flagFor(scenario: Scenario, header: string, value: string): string | null {
  const form = baseCommand(scenario)
  if (form === null) return null
  const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS
  const flag = table[header.toLowerCase()]
  return flag === undefined ? null : flag(value)
}

/** The AWS CLI call that sends the scenario's request, without flags; null for actions without a usual form. */
function baseCommand(scenario: Scenario): { kind: 'cp' | 's3api'; text: string } | null {
  const { bucket, key, action, operation } = scenario.request
  const lower = action.toLowerCase()
  const file = key === undefined ? 'FILE' : key.slice(key.lastIndexOf('/') + 1) || 'FILE'
  const url = `s3://${bucket}/${key ?? ''}`
  if (lower === 's3:putobject' && key !== undefined) return { kind: 'cp', text: `aws s3 cp ${sh(`./${file}`)} ${sh(url)}` }
  if (lower === 's3:getobject' && key !== undefined) {
    if (operation !== undefined && /^headobject$/i.test(operation)) return { kind: 's3api', text: `aws s3api head-object --bucket ${sh(bucket)} --key ${sh(key)}` }
    return { kind: 'cp', text: `aws s3 cp ${sh(url)} ${sh(`./${file}`)}` }
  }
  if (lower === 's3:deleteobject' && key !== undefined) return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)}` }
  if (lower === 's3:deleteobjectversion' && key !== undefined) {
    return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID` }
  }
  if (lower === 's3:putobjectretention' && key !== undefined) {
    return { kind: 's3api', text: `aws s3api put-object-retention --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID --retention file://retention.json` }
  }
  if (lower === 's3:listbucket') {
    const prefix = scenario.request.context?.['s3:prefix']
    return { kind: 'cp', text: `aws s3 ls ${sh(`s3://${bucket}/${typeof prefix === 'string' ? prefix : ''}`)}` }
  }
  return null
}

/**
 * The request's CLI call with the flags for `headers` (the headers the fixed request sends that the
 * CLI sets with a flag); null when the action has no usual CLI form or a header has no flag.
 */
export function requestCommand(scenario: Scenario, headers: Readonly<Record<string, string>>): string | null {
  const form = baseCommand(scenario)
  if (form === null) return null
  const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS
  const flags: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    const flag = table[name.toLowerCase()]
    if (flag === undefined) return null
    const text = flag(value)
    if (text !== '') flags.push(text)
  }
  return [form.text, ...flags].join(' ')
}

/** The headers of the request that the CLI sets with flags (the rest it sends on its own). */
export function flaggedHeaders(scenario: Scenario): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(scenario.request.headers ?? {})) {
    if (CP_FLAGS[name.toLowerCase()] !== undefined || S3API_FLAGS[name.toLowerCase()] !== undefined) result[name] = value
  }
  return result
}

export { getHeader }
