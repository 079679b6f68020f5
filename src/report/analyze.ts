/**
 * What a report says about a diagnosis, as data: the deciding statement with its JSON, the
 * conditions that made it apply (or the near misses of an implicit deny), one row per layer with
 * a status word, and what could not be read with the permission that would read it. The summary,
 * the comment and the terminal text render this; they decide nothing themselves.
 */
import type { ConditionTrace } from '../conditions/types.js'
import type { Diagnosis } from '../live/types.js'
import type { JsonValue, PolicyType, Scenario } from '../scenario/types.js'
import type { LayerId, LayerStatus, LayerTrace, StatementTrace, Verdict } from '../verdict/types.js'

export interface DecidingStatement {
  policy: string
  path: string
  label: string
  /** Its position in the document's `Statement`. */
  index: number
  /** The statement as the scenario holds it (null when the document is not in the scenario). */
  json: JsonValue | null
  conditions: ConditionTrace[]
}

/** An Allow statement that named the action but did not apply, and the first element that failed. */
export interface NearMiss {
  policy: string
  path: string
  label: string
  /** The authorization request it was evaluated for (`s3:ListBucket` for a missing key's 403). */
  action: string
  /** `Invalid`: AWS would refuse the statement as written, so the evaluation set it aside (an invalid-policy finding says why). */
  failed: 'Resource' | 'Principal' | 'Condition' | 'Invalid'
  detail: string
  condition: ConditionTrace | null
}

/** The words the layer table uses. */
export type StatusWord = 'read' | 'unreadable' | 'allows' | 'denies' | 'not involved'

export interface LayerRow {
  layer: LayerId | PolicyType
  /** The layer in words: "Bucket policy", "Permissions boundary"... */
  name: string
  status: StatusWord
  /** The evaluator's own status, for the terminal and the trace. */
  detailedStatus: LayerStatus
  detail: string
}

export interface LayerGroup {
  action: string
  resource: string
  rows: LayerRow[]
}

export interface UnreadableRow {
  path: string
  error: string
  /** The permission that would let the doctor read it. */
  permission: string
  /** What the verdict assumed in its place, when the verdict depends on it. */
  effect: string | null
}

export interface Analysis {
  /** `s3://bucket/key`, or `s3://bucket` for a bucket-level action. */
  target: string
  /** The caller as STS reported it, else the scenario's principal. */
  principal: string
  deciding: DecidingStatement | null
  nearMisses: NearMiss[]
  layers: LayerGroup[]
  unreadable: UnreadableRow[]
}

export const LAYER_NAMES: Record<LayerId | PolicyType, string> = {
  'service-control-policy': 'Service control policies',
  'resource-control-policy': 'Resource control policies',
  'vpc-endpoint-policy': 'VPC endpoint policy',
  'resource-based-policy': 'Bucket policy',
  'identity-based-policy': 'Identity-based policies',
  'permissions-boundary': 'Permissions boundary',
  'session-policy': 'Session policies',
  'block-public-access': 'Block Public Access',
  acl: 'ACLs',
  'object-ownership': 'Object Ownership',
  'object-lock': 'Object Lock',
  'requester-pays': 'Requester Pays',
  'missing-list-permission': 's3:ListBucket for a missing key',
  'kms-key-policy': 'KMS key policy',
  'kms-grants': 'KMS grants'
}

export function layerName(layer: string): string {
  return Object.hasOwn(LAYER_NAMES, layer) ? LAYER_NAMES[layer as LayerId] : layer
}

/** The layer that denied, as the headline says it: "the bucket policy", "Block Public Access"... */
const DENIED_BY: Record<LayerId | PolicyType, string> = {
  'service-control-policy': "the organization's SCPs",
  'resource-control-policy': "the organization's RCPs",
  'vpc-endpoint-policy': 'the VPC endpoint policy',
  'resource-based-policy': 'the bucket policy',
  'identity-based-policy': "the caller's identity-based policies",
  'permissions-boundary': 'the permissions boundary',
  'session-policy': 'the session policies',
  'block-public-access': 'Block Public Access',
  acl: 'the object ACL',
  'object-ownership': 'Object Ownership',
  'object-lock': 'Object Lock',
  'requester-pays': 'Requester Pays',
  'missing-list-permission': 'S3 (the key does not exist, and the caller may not list the bucket)',
  'kms-key-policy': 'the KMS key policy',
  'kms-grants': 'the KMS grants'
}

/** The denying layer in words; a resource-based policy on a kms: call is the key policy. */
export function deniedByWords(policyType: string, action: string): string {
  if (policyType === 'resource-based-policy' && action.toLowerCase().startsWith('kms:')) return 'the KMS key policy'
  return Object.hasOwn(DENIED_BY, policyType) ? DENIED_BY[policyType as LayerId] : policyType
}

/** How each part of a sentence is written: as it is (the terminal), or escaped and quoted (markdown, `Md`). */
export interface PartFormat {
  text(value: string): string
  code(value: string): string
}

const PLAIN: PartFormat = { text: (value) => value, code: (value) => value }

/**
 * The headline's "denied by ...": the layer by its name, how it denied, and where, leaving out the
 * policy's name when it only repeats the layer's. "the bucket policy (explicit deny): bucket policy
 * of b, statement S" in plain text; the reports pass their `Md`.
 */
export function deniedBySentence(denial: { policyType: string; action: string; kind?: 'explicit' | 'implicit'; policy: string; statement: string | null }, format: PartFormat = PLAIN): string {
  const layer = deniedByWords(denial.policyType, denial.action)
  const how = denial.kind === undefined ? '' : ` (${format.text(denial.kind === 'explicit' ? 'explicit deny' : 'implicit deny: nothing allows it')})`
  const bare = (text: string): string => text.toLowerCase().replace(/^(the|a|an) /, '').replace(/^(caller's|organization's) /, '').replace(/s$/, '')
  const repeats = denial.statement === null && (bare(denial.policy) === bare(layer) || layer.toLowerCase().includes(denial.policy.toLowerCase()))
  const statement = denial.statement === null ? null : `statement ${format.code(denial.statement)}`
  const where = [repeats ? null : format.text(denial.policy), statement].filter((part) => part !== null).join(', ')
  return `${format.text(layer)}${how}${where === '' ? '' : `: ${where}`}`
}

/** Reads `bucket.policy`, `identity.policies[0].document`, `organization.serviceControlPolicies[1][0].document`... */
export function valueAtPath(root: unknown, path: string): JsonValue | undefined {
  let current: unknown = root
  for (const token of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined
    current = (current as Record<string, unknown>)[token]
  }
  return current as JsonValue
}

/** The statement at `index` of the document at `path`: `Statement` may be an array or a single object. */
export function statementAt(scenario: Scenario, path: string, index: number): JsonValue | null {
  const document = valueAtPath(scenario, path)
  if (document === undefined || document === null || typeof document !== 'object' || Array.isArray(document)) return null
  const statements = document['Statement']
  if (Array.isArray(statements)) return statements[index] ?? null
  return index === 0 && statements !== undefined ? statements : null
}

export function targetOf(scenario: Scenario): string {
  const request = scenario.request
  return request.key === undefined ? `s3://${request.bucket}` : `s3://${request.bucket}/${request.key}`
}

function decidingStatement(verdict: Verdict, scenario: Scenario): DecidingStatement | null {
  const denial = verdict.denial
  if (denial === null || denial.statement === null || denial.path === undefined) return null
  for (const request of verdict.requests) {
    if (request.action !== denial.action) continue
    for (const layer of request.layers) {
      for (const policy of layer.policies) {
        if (policy.path !== denial.path) continue
        const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies)
        if (trace !== undefined) {
          return { policy: policy.policy, path: policy.path, label: trace.label, index: trace.index, json: statementAt(scenario, policy.path, trace.index), conditions: trace.conditions }
        }
      }
    }
  }
  return null
}

/** The layers an implicit deny could have been lifted in, for the request it concerns. */
function missLayers(verdict: Verdict): { action: string; layers: ReadonlySet<LayerId> } | null {
  const denial = verdict.denial
  if (denial === null) return null
  if (denial.policyType === 'missing-list-permission') {
    return { action: 's3:ListBucket', layers: new Set<LayerId>(['identity-based-policy', 'resource-based-policy']) }
  }
  if (denial.kind !== 'implicit') return null
  const layers = new Set<LayerId>([denial.policyType as LayerId])
  if (denial.policyType === 'resource-based-policy') layers.add('kms-key-policy')
  return { action: denial.action, layers }
}

function nearMisses(verdict: Verdict): NearMiss[] {
  const scope = missLayers(verdict)
  if (scope === null) return []
  const misses: NearMiss[] = []
  for (const request of verdict.requests) {
    if (request.action !== scope.action) continue
    for (const layer of request.layers) {
      if (!scope.layers.has(layer.layer)) continue
      const gateway = layer.kind === 'policy' && layer.endpointType === 'Gateway'
      for (const policy of layer.policies) {
        for (const statement of policy.statements) {
          if (statement.effect !== 'Allow' || statement.applies || !statement.action.matched) continue
          misses.push(describeMiss(policy.policy, policy.path, request.action, statement, gateway))
        }
      }
    }
  }
  return misses
}

function describeMiss(policy: string, path: string, action: string, statement: StatementTrace, gateway = false): NearMiss {
  const base = { policy, path, label: statement.label, action }
  if (statement.outcome === 'invalid') {
    return { ...base, failed: 'Invalid', detail: 'set aside: AWS would refuse it as written (see the warnings)', condition: null }
  }
  if (statement.principal !== null && !statement.principal.matched) {
    // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway
    const note = gateway ? ' (on a gateway endpoint, an account id or account root ARN there names the root user only)' : ''
    return { ...base, failed: 'Principal', detail: `its Principal does not name the caller${note}`, condition: null }
  }
  if (statement.resource !== null && !statement.resource.matched) {
    return { ...base, failed: 'Resource', detail: `its ${statement.resource.element} does not cover the requested resource`, condition: null }
  }
  const failed = statement.conditions.find((condition) => !condition.matched) ?? null
  return { ...base, failed: 'Condition', detail: failed === null ? 'a condition did not match' : `condition ${failed.operator} on ${failed.key} did not match`, condition: failed }
}

/**
 * Maps the evaluator's status to the table's word; the layer that decided an implicit deny "denies".
 * A layer with a document it could not read is "unreadable" unless what it read decides (it denies,
 * or it allows): the evaluator calls such a layer `no-opinion` (nothing it read applies), but the
 * verdict rests on an assumption about the unread document (`dependsOnUnreadable`), not on "read".
 */
export function statusWord(layer: LayerTrace, verdict: Verdict): StatusWord {
  if (layer.unreadable !== undefined && (layer.status === 'no-opinion' || layer.status === 'not-present' || layer.status === 'implicit-deny') && !decidesDenial(layer, verdict)) return 'unreadable'
  switch (layer.status) {
    case 'not-present':
      return decidesDenial(layer, verdict) ? 'denies' : 'not involved'
    case 'not-applicable':
      return 'not involved'
    case 'unreadable':
      return 'unreadable'
    case 'allows':
      return 'allows'
    case 'explicit-deny':
    case 'implicit-deny':
    case 'denies':
      return 'denies'
    case 'no-opinion':
      return decidesDenial(layer, verdict) ? 'denies' : 'read'
    default:
      return 'read'
  }
}

function decidesDenial(layer: LayerTrace, verdict: Verdict): boolean {
  const denial = verdict.denial
  if (denial === null || denial.kind !== 'implicit' || layer.action !== denial.action) return false
  return layer.layer === denial.policyType || (denial.policyType === 'resource-based-policy' && layer.layer === 'kms-key-policy')
}

/** What the verdict assumed about the unreadable documents of a layer ('' when it assumed nothing). */
function assumedFor(layer: LayerTrace, verdict: Verdict): string {
  const effects = verdict.dependsOnUnreadable.filter((item) => item.layer === layer.layer).map((item) => item.effect)
  return [...new Set(effects)].join('; ')
}

/**
 * The table's detail for a layer: its summary; for a layer with an unreadable document, the error,
 * what the verdict assumed in its place, and what the documents it did read said.
 */
function layerDetail(layer: LayerTrace, status: StatusWord, verdict: Verdict): string {
  // An absent layer that decides an implicit deny: say that its absence is the reason.
  if (layer.status === 'not-present' && decidesDenial(layer, verdict)) return `${layer.summary}: ${verdict.denial?.reason ?? ''}`
  if (layer.unreadable === undefined) return layer.summary
  const assumed = assumedFor(layer, verdict)
  const assumption = assumed === '' ? 'the verdict does not depend on it' : `the verdict assumed: ${assumed}`
  if (layer.status === 'unreadable') return `could not be read (${layer.unreadable}); ${assumption}`
  const what = status === 'unreadable' ? 'a document could not be read' : 'another document could not be read'
  return `${what} (${layer.unreadable}); ${assumption}; the documents read: ${layer.summary}`
}

function layerGroups(verdict: Verdict): LayerGroup[] {
  const groups: LayerGroup[] = verdict.requests.map((request) => ({
    action: request.action,
    resource: request.resource,
    rows: request.layers.map((layer) => {
      const status = statusWord(layer, verdict)
      return {
        layer: layer.layer,
        name: layer.layer === 'resource-based-policy' && layer.action.startsWith('kms:') ? 'KMS key policy' : layerName(layer.layer),
        status,
        detailedStatus: layer.status,
        detail: layerDetail(layer, status, verdict)
      }
    })
  }))
  // Layers outside the policy trace (Block Public Access, Object Lock...) appear when they deny.
  const denial = verdict.denial
  const isDenialLayer = (row: LayerRow): boolean =>
    row.layer === denial?.policyType || (denial?.policyType === 'resource-based-policy' && row.layer === 'kms-key-policy')
  if (denial !== null && !groups.some((group) => group.rows.some((row) => isDenialLayer(row) && row.status === 'denies'))) {
    const group = groups.find((candidate) => candidate.action === denial.action) ?? groups[0]
    const row: LayerRow = { layer: denial.policyType, name: layerName(denial.policyType), status: 'denies', detailedStatus: 'denies', detail: denial.reason }
    if (group === undefined) groups.push({ action: denial.action, resource: '', rows: [row] })
    else group.rows.push(row)
  }
  return groups
}

/**
 * The permission that reads a layer, for unreadable layers of a scenario the doctor did not collect
 * itself (a live diagnosis records its own). Names from the Service Authorization Reference:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const PERMISSIONS: readonly [RegExp, string][] = [
  [/^bucket\.policy$/, 's3:GetBucketPolicy'],
  [/^bucket\.publicAccessBlock$/, 's3:GetBucketPublicAccessBlock'],
  [/^bucket\.accountPublicAccessBlock$/, 's3:GetAccountPublicAccessBlock'],
  [/^bucket\.objectOwnership$/, 's3:GetBucketOwnershipControls'],
  [/^bucket\.acl$/, 's3:GetBucketAcl'],
  [/^bucket\.encryption$/, 's3:GetEncryptionConfiguration'],
  [/^bucket\.versioning$/, 's3:GetBucketVersioning'],
  [/^bucket\.objectLock$/, 's3:GetBucketObjectLockConfiguration'],
  [/^bucket\.requesterPays$/, 's3:GetBucketRequestPayment'],
  [/^bucket\.objects\b.*\.acl$/, 's3:GetObjectAcl'],
  [/^bucket\.objects\b.*\.tags$/, 's3:GetObjectTagging'],
  [/^bucket\.objects\b.*\.retention$/, 's3:GetObjectRetention'],
  [/^bucket\.objects\b.*\.legalHold$/, 's3:GetObjectLegalHold'],
  [/^identity\.policies\b/, 'iam:ListAttachedRolePolicies, iam:ListRolePolicies, iam:GetRolePolicy, iam:GetPolicyVersion'],
  [/^identity\.permissionsBoundary\b/, 'iam:GetRole, iam:GetPolicyVersion'],
  [/^identity\.sessionPolicies\b/, 'none: AWS does not return session policies; give the policy passed to AssumeRole'],
  [/^organization\.(serviceControlPolicies|resourceControlPolicies)\b/, 'organizations:ListPoliciesForTarget, organizations:DescribePolicy (management or delegated administrator account)'],
  [/^kmsKeys\[\d+\]\.policy$/, 'kms:GetKeyPolicy'],
  [/^kmsKeys\[\d+\]\.grants$/, 'kms:ListGrants'],
  [/^vpcEndpoints\[\d+\]\.policy$/, 'ec2:DescribeVpcEndpoints']
]

export function permissionFor(path: string): string {
  for (const [pattern, permission] of PERMISSIONS) if (pattern.test(path)) return permission
  return 'unknown'
}

function unreadableRows(diagnosis: Diagnosis): UnreadableRow[] {
  const rows: UnreadableRow[] = []
  const depends = diagnosis.verdict.dependsOnUnreadable
  const effectOf = (path: string): string | null => depends.find((item) => item.path === path || item.path.startsWith(`${path}.`) || item.path.startsWith(`${path}[`))?.effect ?? null
  for (const item of diagnosis.unreadable) rows.push({ path: item.path, error: item.error, permission: item.permission, effect: effectOf(item.path) })
  for (const item of depends) {
    if (rows.some((row) => row.path === item.path || item.path.startsWith(`${row.path}.`) || item.path.startsWith(`${row.path}[`))) continue
    rows.push({ path: item.path, error: item.error, permission: permissionFor(item.path), effect: item.effect })
  }
  return rows
}

export function analyze(diagnosis: Diagnosis): Analysis {
  const { verdict, scenario } = diagnosis
  return {
    target: targetOf(scenario),
    principal: diagnosis.caller?.arn ?? scenario.request.principal,
    deciding: decidingStatement(verdict, scenario),
    nearMisses: nearMisses(verdict),
    layers: layerGroups(verdict),
    unreadable: unreadableRows(diagnosis)
  }
}

export function describeValues(values: readonly (string | null)[] | null): string {
  if (values === null) return '(not in the request)'
  if (values.length === 0) return '(empty set)'
  return values.map((value) => (value === null ? '(unresolved variable)' : JSON.stringify(value))).join(', ')
}

/** A diagnosis for the offline `explain` path: no caller, no probes; the fixes and, when none is proven, why. */
export function offlineDiagnosis(scenario: Scenario, verdict: Verdict, fixes: Diagnosis['fixes'] | { fixes: Diagnosis['fixes']; noFix: Diagnosis['noFix'] } = []): Diagnosis {
  const found = Array.isArray(fixes) ? { fixes, noFix: null } : fixes
  return { caller: null, probes: [], parsedError: null, scenario, verdict, fixes: found.fixes, unreadable: [], disagreement: null, noFix: found.noFix ?? null }
}
