/**
 * The scenario's policy documents, parsed and named once: who they belong to, where they live in
 * the scenario (a path reports and fixes point at), and whether they could be read at all.
 */
import { parsePolicy } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import { validatePolicy, type PolicyKind } from '../policy/validate.js'
import { isUnreadable, type NamedPolicy, type PolicyDocument, type PolicyLevels, type Readable, type Scenario } from '../scenario/types.js'

export type PolicySource =
  | {
      name: string
      path: string
      kind: PolicyKind
      policy: Policy
      /** Statements AWS would refuse in a document of this kind: set aside (see ../policy/validate.ts). */
      invalid: ReadonlySet<number>
      unreadable?: undefined
    }
  | { name: string; path: string; kind: PolicyKind; unreadable: string; policy?: undefined; invalid?: undefined }

/** A layer: absent (not present), unreadable as a whole, or a list of documents. */
export type Layer = { state: 'absent' } | { state: 'unreadable'; path: string; error: string } | { state: 'present'; sources: PolicySource[] }

/** SCPs or RCPs: one list of documents per level, root first. */
export type LeveledLayer =
  | { state: 'absent' }
  | { state: 'unreadable'; path: string; error: string }
  | { state: 'present'; levels: { label: string; sources: PolicySource[] }[] }

export function source(name: string, path: string, document: Readable<PolicyDocument>, kind: PolicyKind): PolicySource {
  if (isUnreadable(document)) return { name, path, kind, unreadable: document.unreadable }
  const policy = parsePolicy(document, path)
  return { name, path, kind, policy, invalid: validatePolicy(policy, kind).invalid }
}

/** A document AWS defines (the key policy of aws/s3): named, with a path in parentheses since the scenario does not hold it. */
export function definedSource(name: string, path: string, policy: Policy, kind: PolicyKind): PolicySource {
  return { name, path, kind, policy, invalid: validatePolicy(policy, kind).invalid }
}

function namedList(list: Readable<NamedPolicy[]> | undefined, path: string, kind: PolicyKind, describe: (name: string) => string): Layer {
  if (list === undefined || (!isUnreadable(list) && list.length === 0)) return { state: 'absent' }
  if (isUnreadable(list)) return { state: 'unreadable', path, error: list.unreadable }
  return {
    state: 'present',
    sources: list.map((named, index) => source(describe(named.name), `${path}[${index}].document`, named.document, kind))
  }
}

function single(named: Readable<PolicyDocument> | undefined, path: string, name: string, kind: PolicyKind): Layer {
  if (named === undefined) return { state: 'absent' }
  if (isUnreadable(named)) return { state: 'unreadable', path, error: named.unreadable }
  return { state: 'present', sources: [source(name, path, named, kind)] }
}

function levelLabel(index: number, count: number): string {
  if (index === 0) return 'root'
  if (index === count - 1 && count > 1) return 'account'
  return `OU level ${index}`
}

function leveled(levels: Readable<PolicyLevels> | undefined, path: string, kind: 'SCP' | 'RCP'): LeveledLayer {
  const policyKind: PolicyKind = kind === 'SCP' ? 'service-control-policy' : 'resource-control-policy'
  if (levels === undefined || (!isUnreadable(levels) && levels.length === 0)) return { state: 'absent' }
  if (isUnreadable(levels)) return { state: 'unreadable', path, error: levels.unreadable }
  return {
    state: 'present',
    levels: levels.map((level, index) => {
      const label = levelLabel(index, levels.length)
      return {
        label,
        sources: level.map((named, position) =>
          source(`${kind} ${named.name} (${label})`, `${path}[${index}][${position}].document`, named.document, policyKind)
        )
      }
    })
  }
}

export interface ScenarioLayers {
  scps: LeveledLayer
  rcps: LeveledLayer
  identity: Layer
  boundary: Layer
  session: Layer
  bucketPolicy: Layer
  vpcEndpoint: Layer
  /** The type of the endpoint the request goes through (null: none); `unknown` when the scenario does not say. */
  endpointType: 'Gateway' | 'Interface' | 'unknown' | null
  /** Where that endpoint is in the scenario (`vpcEndpoints[0]`). */
  endpointPath: string | null
  /** Key policies by key ARN. */
  keyPolicies: Map<string, Layer>
}

export function collectLayers(scenario: Scenario): ScenarioLayers {
  const identity = scenario.identity
  const bucketName = scenario.bucket?.name ?? scenario.request.bucket
  const boundary = identity?.permissionsBoundary
  const endpointId = scenario.request.vpcEndpoint
  const endpointIndex = endpointId === undefined ? -1 : (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === endpointId)
  const endpoint = endpointIndex >= 0 ? scenario.vpcEndpoints?.[endpointIndex] : undefined

  const keyPolicies = new Map<string, Layer>()
  ;(scenario.kmsKeys ?? []).forEach((key, index) => {
    keyPolicies.set(key.arn, single(key.policy, `kmsKeys[${index}].policy`, `key policy of ${key.arn}`, 'key-policy'))
  })

  return {
    scps: leveled(scenario.organization?.serviceControlPolicies, 'organization.serviceControlPolicies', 'SCP'),
    rcps: leveled(scenario.organization?.resourceControlPolicies, 'organization.resourceControlPolicies', 'RCP'),
    identity: namedList(identity?.policies, 'identity.policies', 'identity', (name) => `identity policy ${name}`),
    boundary:
      boundary === undefined
        ? { state: 'absent' }
        : isUnreadable(boundary)
          ? { state: 'unreadable', path: 'identity.permissionsBoundary', error: boundary.unreadable }
          : single(boundary.document, 'identity.permissionsBoundary.document', `permissions boundary ${boundary.name}`, 'permissions-boundary'),
    session: namedList(identity?.sessionPolicies, 'identity.sessionPolicies', 'session', (name) => `session policy ${name}`),
    bucketPolicy: single(scenario.bucket?.policy, 'bucket.policy', `bucket policy of ${bucketName}`, 'bucket-policy'),
    // An endpoint without a policy has the default policy, which allows everything.
    vpcEndpoint:
      endpoint === undefined || endpoint.policy === undefined
        ? { state: 'absent' }
        : single(endpoint.policy, `vpcEndpoints[${endpointIndex}].policy`, `VPC endpoint policy of ${endpoint.id}`, 'vpc-endpoint-policy'),
    endpointType: endpoint === undefined ? null : (endpoint.type ?? 'unknown'),
    endpointPath: endpoint === undefined ? null : `vpcEndpoints[${endpointIndex}]`,
    keyPolicies
  }
}
