/**
 * The request context of the real upload, built honestly: the keys we know (and how we know them),
 * the keys we do not, and, for each unknown key, the policy conditions whose outcome depends on it.
 *
 * What AWS puts in the context (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
 * - aws:SecureTransport: whether the request used TLS (true for the AWS SDK's https endpoints; false
 *   for an `http://` endpoint-url).
 * - aws:RequestedRegion: the region the request is sent to (an S3 request ends at its bucket's region).
 * - aws:CurrentTime: the time of the request (the collection's time, to the second).
 * - aws:SourceIp: the requester's public IP, "except when the requester uses a VPC endpoint"; then
 *   aws:VpcSourceIp (the private IP), aws:SourceVpc and aws:SourceVpce are present instead
 *   (https://repost.aws/knowledge-center/iam-restrict-access-policy).
 * - s3:signatureversion `AWS4-HMAC-SHA256` and s3:authType `REST-HEADER`: the SDKs and the CLI sign
 *   with Signature Version 4 in the Authorization header
 *   (https://docs.aws.amazon.com/AmazonS3/latest/API/bucket-policy-s3-sigv4-conditions.html).
 * - The x-amz-* headers become s3:x-amz-* keys; the evaluator derives them from `request.headers`.
 *
 * This module also holds the two network probes a live run may use: the runner's public IP
 * (checkip.amazonaws.com) and, on EC2, its VPC, subnet and private IP (instance metadata, IMDSv2).
 * Both take `fetch` as a parameter so tests never touch the network.
 */
import type { UploadHeaders } from '../action/settings.js'
import { parsePolicy } from '../policy/parse.js'
import { isUnreadable, type PolicyDocument, type Readable, type Scenario } from '../scenario/types.js'
import type { RunnerNetwork } from './collect-ec2.js'

export type Origin = 'input' | 'discovered' | 'detected' | 'derived'

export interface ContextInput {
  now: Date
  endpointUrl?: string
  /** The region the request is sent to: the bucket's when known, else the configured one. */
  region?: string
  headers?: Record<string, string>
  sourceIp?: { value: string; origin: 'input' | 'discovered' }
  /** The endpoint the request goes through, when known. */
  vpcEndpoint?: { id: string; origin: 'input' | 'detected'; vpcId?: string; privateIp?: string }
  /** The runner's network could not be examined: whether a VPC endpoint is in the path is unknown. */
  endpointUnknown?: string
}

export interface UnknownKey {
  key: string
  reason: string
}

export interface BuiltContext {
  /** For `request.context`: condition keys and their values. */
  context: Record<string, string | string[]>
  /** For `request.vpcEndpoint`. */
  vpcEndpoint?: string
  /** How each key's value was obtained. */
  origins: Record<string, Origin>
  /** Keys the real request may carry but whose value we do not know. */
  unknown: UnknownKey[]
}

/** The time to the second, as the scenario format writes times. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function buildRequestContext(input: ContextInput): BuiltContext {
  const context: Record<string, string | string[]> = {}
  const origins: Record<string, Origin> = {}
  const unknown: UnknownKey[] = []
  const set = (key: string, value: string, origin: Origin): void => {
    context[key] = value
    origins[key] = origin
  }

  const secure = input.endpointUrl === undefined || !/^http:\/\//i.test(input.endpointUrl)
  set('aws:SecureTransport', secure ? 'true' : 'false', 'derived')
  set('aws:CurrentTime', isoSeconds(input.now), 'derived')
  if (input.region !== undefined) set('aws:RequestedRegion', input.region, 'derived')
  else unknown.push({ key: 'aws:RequestedRegion', reason: "neither the bucket's region nor the region input is known" })
  set('s3:signatureversion', 'AWS4-HMAC-SHA256', 'derived')
  set('s3:authType', 'REST-HEADER', 'derived')
  if (secure) unknown.push({ key: 's3:TlsVersion', reason: 'the TLS version the upload negotiates is not known in advance' })

  const endpoint = input.vpcEndpoint
  if (endpoint !== undefined) {
    set('aws:SourceVpce', endpoint.id, endpoint.origin)
    if (endpoint.vpcId !== undefined) set('aws:SourceVpc', endpoint.vpcId, endpoint.origin === 'input' ? 'derived' : 'detected')
    else unknown.push({ key: 'aws:SourceVpc', reason: `the VPC of endpoint ${endpoint.id} could not be read` })
    if (endpoint.privateIp !== undefined) set('aws:VpcSourceIp', endpoint.privateIp, 'detected')
    else unknown.push({ key: 'aws:VpcSourceIp', reason: "the runner's private IP is not known (requests through a VPC endpoint carry aws:VpcSourceIp, not aws:SourceIp)" })
  } else {
    if (input.sourceIp !== undefined) set('aws:SourceIp', input.sourceIp.value, input.sourceIp.origin)
    else unknown.push({ key: 'aws:SourceIp', reason: "the runner's public IP is not known: give the source-ip input" })
    if (input.endpointUnknown !== undefined) {
      unknown.push({ key: 'aws:SourceVpce', reason: `whether the upload goes through a VPC endpoint is not known (${input.endpointUnknown}): give the vpc-endpoint-id input` })
    }
  }
  const result: BuiltContext = { context, origins, unknown }
  if (endpoint !== undefined) result.vpcEndpoint = endpoint.id
  return result
}

/** The headers an upload sends for the action's settings (`acl`, `sse`, `sse-kms-key-id`, `request-payer`). */
export function uploadHeaders(headers: UploadHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  if (headers.acl !== undefined) out['x-amz-acl'] = headers.acl
  if (headers.sse !== undefined) out['x-amz-server-side-encryption'] = headers.sse
  if (headers.sseKmsKeyId !== undefined) out['x-amz-server-side-encryption-aws-kms-key-id'] = headers.sseKmsKeyId
  if (headers.requestPayer === true) out['x-amz-request-payer'] = 'requester'
  return out
}

// ---------------------------------------------------------------------------------------------
// Which conditions depend on a key

export interface ConditionUse {
  /** Where the document is in the scenario, e.g. `bucket.policy`. */
  path: string
  /** The statement's Sid, or `#N`. */
  statement: string
  effect: 'Allow' | 'Deny'
  operator: string
  values: string[]
}

export interface ContextNote extends UnknownKey {
  /** The statements whose conditions test the key: their outcome depends on its value. */
  conditions: ConditionUse[]
}

/** Keys that the KMS call S3 makes on the caller's behalf does not carry (S3 calls KMS from its own network). */
const NETWORK_KEYS = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip'])

/** Calls `visit` for every readable policy document of the scenario, with its path. */
export function eachDocument(scenario: Scenario, visit: (path: string, document: PolicyDocument) => void): void {
  const one = (path: string, document: Readable<PolicyDocument> | undefined): void => {
    if (document !== undefined && !isUnreadable(document)) visit(path, document)
  }
  const named = (path: string, list: Readable<{ document: Readable<PolicyDocument> }[]> | undefined): void => {
    if (list === undefined || isUnreadable(list)) return
    list.forEach((policy, index) => one(`${path}[${index}].document`, policy.document))
  }
  const identity = scenario.identity
  named('identity.policies', identity?.policies)
  const boundary = identity?.permissionsBoundary
  if (boundary !== undefined && !isUnreadable(boundary)) one('identity.permissionsBoundary.document', boundary.document)
  named('identity.sessionPolicies', identity?.sessionPolicies)
  for (const field of ['serviceControlPolicies', 'resourceControlPolicies'] as const) {
    const levels = scenario.organization?.[field]
    if (levels === undefined || isUnreadable(levels)) continue
    levels.forEach((level, index) => named(`organization.${field}[${index}]`, level))
  }
  one('bucket.policy', scenario.bucket?.policy)
  scenario.vpcEndpoints?.forEach((endpoint, index) => one(`vpcEndpoints[${index}].policy`, endpoint.policy))
  scenario.kmsKeys?.forEach((key, index) => one(`kmsKeys[${index}].policy`, key.policy))
}

/** Every statement condition that tests one of `keys` (case-insensitively), by key. */
export function conditionsOn(scenario: Scenario, keys: readonly string[]): Map<string, ConditionUse[]> {
  const wanted = new Map(keys.map((key) => [key.toLowerCase(), key]))
  const found = new Map<string, ConditionUse[]>(keys.map((key) => [key, []]))
  eachDocument(scenario, (path, document) => {
    let policy
    try {
      policy = parsePolicy(document, path)
    } catch {
      return // a document the loader rejected is reported as unreadable elsewhere
    }
    const kms = path.startsWith('kmsKeys')
    for (const statement of policy.statements) {
      for (const clause of statement.conditions) {
        const lower = clause.key.toLowerCase()
        const key = wanted.get(lower)
        if (key === undefined || (kms && NETWORK_KEYS.has(lower))) continue
        found.get(key)?.push({ path, statement: statement.label, effect: statement.effect, operator: clause.operator, values: clause.values })
      }
    }
  })
  return found
}

/** The unknown keys, each with the conditions that depend on it. */
export function contextNotes(scenario: Scenario, unknown: readonly UnknownKey[]): ContextNote[] {
  const uses = conditionsOn(
    scenario,
    unknown.map((item) => item.key)
  )
  return unknown.map((item) => ({ ...item, conditions: uses.get(item.key) ?? [] }))
}

// ---------------------------------------------------------------------------------------------
// Network probes (I/O, injectable)

type Fetch = (url: string, init?: { method?: string; headers?: Record<string, string>; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const IPV6 = /^[0-9a-fA-F:]{2,39}$/

async function fetchText(fetcher: Fetch, url: string, timeoutMs: number, init: { method?: string; headers?: Record<string, string> } = {}): Promise<string | null> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetcher(url, { ...init, signal: controller.signal })
    if (!response.ok) return null
    return (await response.text()).trim()
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The runner's public IP as AWS sees it, from AWS's own echo service; null when it cannot be
 * reached. A NAT or proxy is what S3 sees too, so its address is the right answer.
 */
export async function discoverPublicIp(options: { fetch?: Fetch; timeoutMs?: number; url?: string } = {}): Promise<string | null> {
  const fetcher = options.fetch ?? (globalThis.fetch as unknown as Fetch)
  const text = await fetchText(fetcher, options.url ?? 'https://checkip.amazonaws.com/', options.timeoutMs ?? 3000)
  if (text === null) return null
  return IPV4.test(text) || IPV6.test(text) ? text : null
}

const IMDS = 'http://169.254.169.254'

/**
 * On EC2 (a self-hosted runner), the instance's VPC, subnet and private IP from instance metadata
 * (IMDSv2: a session token first). Null off EC2 or when metadata is unreachable.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
 */
export async function readRunnerNetwork(options: { fetch?: Fetch; timeoutMs?: number } = {}): Promise<RunnerNetwork | null> {
  const fetcher = options.fetch ?? (globalThis.fetch as unknown as Fetch)
  const timeoutMs = options.timeoutMs ?? 1000
  const token = await fetchText(fetcher, `${IMDS}/latest/api/token`, timeoutMs, { method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' } })
  if (token === null || token === '') return null
  const get = (path: string): Promise<string | null> => fetchText(fetcher, `${IMDS}/latest/meta-data/${path}`, timeoutMs, { headers: { 'X-aws-ec2-metadata-token': token } })
  const mac = await get('mac')
  if (mac === null || mac === '') return null
  const [vpcId, subnetId, privateIp] = await Promise.all([
    get(`network/interfaces/macs/${mac}/vpc-id`),
    get(`network/interfaces/macs/${mac}/subnet-id`),
    get('local-ipv4')
  ])
  if (vpcId === null || !/^vpc-[0-9a-f]+$/.test(vpcId)) return null
  const network: RunnerNetwork = { vpcId }
  if (subnetId !== null && /^subnet-[0-9a-f]+$/.test(subnetId)) network.subnetId = subnetId
  if (privateIp !== null && IPV4.test(privateIp)) network.privateIp = privateIp
  return network
}
