/**
 * A scenario in @cloud-copilot/iam-simulate's request shape, as faithfully as its model allows.
 *
 * iam-simulate is AGPL: it is imported here, in bench/, and nowhere in src/.
 *
 * What it can be given: the principal, the action, the resource and its account, the request
 * context, identity policies, the permissions boundary, one session policy, SCPs and RCPs per level,
 * the resource (bucket) policy, VPC endpoint policies, and the effective RestrictPublicBuckets
 * setting. What it cannot: ACLs, Object Ownership, Object Lock, Requester Pays, the 403-for-404 rule
 * of a missing key, the KMS call that SSE-KMS implies, and unreadable layers. For a scenario that
 * involves those, only the S3 request through the IAM policy layers is compared, and `limits` says
 * what was left out.
 *
 * The request context: iam-simulate does not derive keys (aws:PrincipalArn, aws:PrincipalAccount,
 * aws:ResourceAccount, s3:x-amz-* from headers...), so it is given the full context our evaluator
 * used (given and derived), taken from our verdict once, outside the timed loop.
 */
import {
  anonymousPrincipal,
  getDenialReasons,
  runSimulation,
  type RunSimulationResults,
  type Simulation,
  type SimulationIdentityPolicy,
  type SimulationOrgPolicies
} from '@cloud-copilot/iam-simulate'
import { callerAccount, parseCaller } from '../src/evaluate/principal.js'
import { isUnreadable, type NamedPolicy, type PolicyDocument, type PolicyLevels, type Readable, type Scenario } from '../src/scenario/types.js'
import type { Verdict } from '../src/verdict/types.js'

export type Outcome = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied'

export interface Translation {
  simulation: Simulation
  /** The same simulation with every policy wrapped as already validated (iam-simulate's pre-validated mode). */
  prevalidated: Simulation
  /** What the translation had to leave out; empty when iam-simulate sees the whole scenario. */
  limits: string[]
}

function copy<T>(value: T): T {
  return structuredClone(value)
}

function readablePolicies(list: Readable<NamedPolicy[]> | undefined, what: string, limits: string[]): SimulationIdentityPolicy[] {
  if (list === undefined) return []
  if (isUnreadable(list)) {
    limits.push(`${what} unreadable`)
    return []
  }
  const out: SimulationIdentityPolicy[] = []
  for (const named of list) {
    if (isUnreadable(named.document)) limits.push(`${what} ${named.name} unreadable`)
    else out.push({ name: named.name, policy: copy(named.document) })
  }
  return out
}

/** RCPFullAWSAccess: AWS attaches it everywhere; iam-simulate adds it itself and rejects an Allow given in an RCP. */
function isFullAccessRcp(document: unknown): boolean {
  const statements = (document as PolicyDocument)['Statement']
  const list = Array.isArray(statements) ? statements : [statements]
  return list.every((statement) => {
    if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) return false
    const { Effect, Principal, Action, Resource, Condition } = statement
    return Effect === 'Allow' && Principal === '*' && Action === '*' && Resource === '*' && Condition === undefined
  })
}

function levels(list: Readable<PolicyLevels> | undefined, what: 'scp' | 'rcp', limits: string[]): SimulationOrgPolicies[] {
  if (list === undefined) return []
  if (isUnreadable(list)) {
    limits.push(`${what} unreadable`)
    return []
  }
  return list.map((level, index) => {
    const policies = readablePolicies(level, what, limits)
    return { orgIdentifier: `${what}-level-${index}`, policies: what === 'rcp' ? policies.filter((p) => !isFullAccessRcp(p.policy)) : policies }
  })
}

/** Statements of several documents as one (iam-simulate takes a single session policy). */
function mergeStatements(documents: PolicyDocument[]): PolicyDocument {
  const statements = documents.flatMap((document) => {
    const raw = document['Statement']
    return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  })
  return { Version: '2012-10-17', Statement: statements }
}

function contextFrom(verdict: Verdict): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {}
  for (const entry of verdict.context) {
    const [first] = entry.values
    context[entry.key] = entry.values.length === 1 && first !== undefined ? first : [...entry.values]
  }
  return context
}

function restrictPublicBuckets(scenario: Scenario): boolean {
  const settings = [scenario.bucket?.publicAccessBlock, scenario.bucket?.accountPublicAccessBlock]
  return settings.some((setting) => setting !== undefined && !isUnreadable(setting) && setting.RestrictPublicBuckets === true)
}

/** Layers and checks outside iam-simulate's model that this scenario has. */
function s3OnlyLayers(scenario: Scenario): string[] {
  const out: string[] = []
  const bucket = scenario.bucket
  const key = scenario.request.key
  const object = key !== undefined ? bucket?.objects?.[key] : undefined
  if (bucket?.acl !== undefined || object?.acl !== undefined) out.push('ACL')
  if (object?.owner !== undefined && object.owner !== bucket?.account) out.push('object owned by another account')
  if (bucket?.objectOwnership !== undefined) out.push('Object Ownership')
  if (bucket?.objectLock !== undefined || object?.retention !== undefined || object?.legalHold !== undefined) out.push('Object Lock')
  if (bucket?.requesterPays === true) out.push('Requester Pays')
  if (object?.exists === false) out.push('missing key (403 for 404)')
  const pab = [bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock]
  if (pab.some((setting) => setting !== undefined && !isUnreadable(setting) && (setting.BlockPublicAcls === true || setting.IgnorePublicAcls === true || setting.BlockPublicPolicy === true))) {
    out.push('Block Public Access (ACL and write-time settings)')
  }
  if ((scenario.kmsKeys ?? []).length > 0 || (bucket?.encryption !== undefined && !isUnreadable(bucket.encryption) && bucket.encryption.algorithm !== 'AES256')) {
    out.push('KMS (key policy, grants)')
  }
  return out
}

function prevalidate(policy: unknown): unknown {
  // iam-simulate's ValidatedPolicy: a plain-data wrapper ({ __validated, policyDocument, errors }) that
  // lets runSimulation skip validation. Built only for documents a full runSimulation accepted.
  return { __validated: true, policyDocument: policy, metadata: undefined, errors: [] }
}

function prevalidated(simulation: Simulation): Simulation {
  const wrapList = (list: SimulationIdentityPolicy[]): SimulationIdentityPolicy[] => list.map((p) => ({ name: p.name, policy: prevalidate(p.policy) }))
  const wrapLevels = (list: SimulationOrgPolicies[]): SimulationOrgPolicies[] => list.map((level) => ({ orgIdentifier: level.orgIdentifier, policies: wrapList(level.policies) }))
  const out: Simulation = {
    ...simulation,
    identityPolicies: wrapList(simulation.identityPolicies),
    serviceControlPolicies: wrapLevels(simulation.serviceControlPolicies),
    resourceControlPolicies: wrapLevels(simulation.resourceControlPolicies)
  }
  if (simulation.sessionPolicy !== undefined) out.sessionPolicy = prevalidate(simulation.sessionPolicy)
  if (simulation.resourcePolicy !== undefined) out.resourcePolicy = prevalidate(simulation.resourcePolicy)
  if (simulation.permissionBoundaryPolicies !== undefined) out.permissionBoundaryPolicies = wrapList(simulation.permissionBoundaryPolicies)
  if (simulation.vpcEndpointPolicies !== undefined) out.vpcEndpointPolicies = wrapList(simulation.vpcEndpointPolicies)
  return out
}

/** The S3 request of `scenario` for iam-simulate; `verdict` (ours, for the same scenario) supplies the resource ARN and the context. */
export function translate(scenario: Scenario, verdict: Verdict): Translation {
  const limits: string[] = []
  const request = scenario.request
  const s3Request = verdict.requests[0]
  if (s3Request === undefined) throw new Error('our verdict has no S3 request to compare')
  const caller = parseCaller(request.principal, scenario.identity?.arn)
  const anonymous = caller.kind === 'anonymous'
  const account = callerAccount(caller)
  const organization = scenario.organization
  const management = organization?.managementAccount
  // SCPs do not apply to the management account's principals nor to service-linked roles; RCPs not to its resources.
  const scpExempt = anonymous || caller.kind === 'service' || (management !== undefined && account === management) || (caller.kind === 'role-session' && caller.serviceLinked)
  const rcpExempt = management !== undefined && scenario.bucket?.account === management

  const identity = scenario.identity
  const simulation: Simulation = {
    request: {
      principal: anonymous ? anonymousPrincipal : request.principal,
      action: request.action,
      resource: { resource: s3Request.resource, accountId: scenario.bucket?.account ?? account ?? '' },
      contextVariables: contextFrom(verdict)
    },
    identityPolicies: anonymous ? [] : readablePolicies(identity?.policies, 'identity policy', limits),
    serviceControlPolicies: scpExempt ? [] : levels(organization?.serviceControlPolicies, 'scp', limits),
    resourceControlPolicies: rcpExempt ? [] : levels(organization?.resourceControlPolicies, 'rcp', limits)
  }

  const boundary = identity?.permissionsBoundary
  if (boundary !== undefined && !anonymous) {
    if (isUnreadable(boundary) || isUnreadable(boundary.document)) limits.push('permissions boundary unreadable')
    else simulation.permissionBoundaryPolicies = [{ name: boundary.name, policy: copy(boundary.document) }]
  }

  const sessions = readablePolicies(identity?.sessionPolicies, 'session policy', limits)
  if (sessions.length > 0 && !anonymous) {
    simulation.sessionPolicy = sessions.length === 1 ? sessions[0]?.policy : mergeStatements(sessions.map((s) => s.policy as PolicyDocument))
  }

  const bucketPolicy = scenario.bucket?.policy
  if (bucketPolicy !== undefined) {
    if (isUnreadable(bucketPolicy)) limits.push('bucket policy unreadable')
    else simulation.resourcePolicy = copy(bucketPolicy)
  }

  if (request.vpcEndpoint !== undefined) {
    const endpoint = (scenario.vpcEndpoints ?? []).find((candidate) => candidate.id === request.vpcEndpoint)
    if (endpoint?.policy !== undefined) {
      if (isUnreadable(endpoint.policy)) limits.push('VPC endpoint policy unreadable')
      else simulation.vpcEndpointPolicies = [{ name: endpoint.id, policy: copy(endpoint.policy) }]
    }
  }

  if (restrictPublicBuckets(scenario)) simulation.additionalSettings = { s3: { blockPublicAccess: true } }
  limits.push(...s3OnlyLayers(scenario))
  return { simulation, prevalidated: prevalidated(simulation), limits }
}

export async function simulate(simulation: Simulation): Promise<RunSimulationResults> {
  return runSimulation(simulation, {})
}

export function outcomeOf(result: RunSimulationResults): Outcome | { error: string } {
  if (result.resultType === 'error') return { error: JSON.stringify(result.errors) }
  return result.overallResult
}

/** Which layers iam-simulate says denied, in its own words, for a disagreement report. */
export function theirReasons(result: RunSimulationResults): string {
  if (result.resultType !== 'single') return result.resultType
  const reasons = getDenialReasons(result.result.analysis)
  if (reasons.length === 0) return 'it reports no denial reason'
  return reasons
    .map((reason) => (reason.denialType === 'Explicit' ? `explicit ${reason.policyType} ${reason.statementId ?? `#${reason.statementIndex}`}` : `implicit ${reason.policyType}`))
    .join(', ')
}

export function decisionOf(outcome: Outcome | { error: string }): 'allow' | 'deny' | 'error' {
  return typeof outcome !== 'string' ? 'error' : outcome === 'Allowed' ? 'allow' : 'deny'
}

/** Our decision on the S3 request through the policy layers (requests[0]), in iam-simulate's vocabulary. */
export function ourOutcome(verdict: Verdict): Outcome {
  const s3 = verdict.requests[0]
  if (s3 === undefined || s3.decision === 'allow') return 'Allowed'
  return s3.layers.some((layer) => layer.status === 'explicit-deny') ? 'ExplicitlyDenied' : 'ImplicitlyDenied'
}

export function ourReasons(verdict: Verdict): string {
  const s3 = verdict.requests[0]
  if (s3 === undefined) return ''
  const layers = s3.layers.filter((layer) => !['not-present', 'not-applicable', 'allows'].includes(layer.status)).map((layer) => `${layer.layer} ${layer.status}`)
  // A denial outside the policy layers (Block Public Access, ACL) folded into the S3 request: name it.
  const denial = verdict.denial
  if (layers.length === 0 && denial !== null) layers.push(`${denial.policyType}: ${denial.policy}`)
  return layers.join(', ')
}
