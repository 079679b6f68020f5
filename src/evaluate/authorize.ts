/**
 * AWS's policy evaluation logic for one authorization request (the S3 call, or the KMS call it
 * implies), across every policy layer: explicit deny first, then SCPs and RCPs level by level,
 * the VPC endpoint policy, and the identity/resource combination that depends on the account
 * boundary and on how the resource policy names the caller.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services
 *   (an AWS service principal is named in a resource policy; it has no identity policies, and SCPs, which
 *   limit the principals of member accounts, do not apply to it: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_authorization_policies.html)
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 */
import type { PolicyType } from '../scenario/types.js'
import type { Finding } from '../verdict/findings.js'
import type { KmsKeyPolicyTrace, LayerId, LayerStatus, LayerTrace, PolicyLayerTrace, PolicyTrace } from '../verdict/types.js'
import type { Layer, LeveledLayer, PolicySource, ScenarioLayers } from './layers.js'
import { callerAccount, type PrincipalMatchKind } from './principal.js'
import { evaluatePolicy, type AuthorizationRequest, type PolicySide } from './statement.js'

/** A grant from outside the resource policy: an ACL grant (S3) or a KMS grant. */
export interface ExtraGrant {
  kind: PrincipalMatchKind
  layer: 'acl' | 'kms-grants'
  description: string
}

export interface ResourceSide {
  /** The bucket policy or the key policy. */
  policy: Layer
  /** The account that owns the resource (for objects: the object owner); undefined when unknown (taken as the caller's). */
  account: string | undefined
  /** KMS: the key policy is the authority; identity policies count only where it delegates to the account. */
  authoritative: boolean
  extraGrant: ExtraGrant | null
  /** The resource policy may only deny (an object owned by another account: its ACL is the only grant). */
  policyGrantsIgnored: { layer: 'acl'; reason: string } | null
  /** Block Public Access RestrictPublicBuckets: grants of the (public) policy do not reach this caller. */
  policyGrantsBlocked: { reason: string; setting: string } | null
  /** For a KMS call: the key, for the key policy's trace. */
  key?: KmsKeyPolicyTrace['key']
}

export interface AuthorizationInput {
  request: AuthorizationRequest
  layers: ScenarioLayers
  /** SCPs do not restrict the management account's principals nor service-linked roles. */
  scpExempt: boolean
  /** RCPs do not restrict the management account's resources. */
  rcpExempt: boolean
  /** The request goes through the VPC endpoint (the S3 call does; the KMS call S3 makes does not). */
  throughEndpoint: boolean
  /** The endpoint's type: on a gateway endpoint an account principal names the root user only. */
  endpointType: 'Gateway' | 'Interface' | 'unknown' | null
  resource: ResourceSide
}

export interface PolicyDenial {
  kind: 'explicit' | 'implicit'
  policyType: PolicyType
  statement: string | null
  policy: string
  /** Where the deciding document lives in the scenario, when one document decides. */
  path?: string
  reason: string
}

export interface UnreadableDependency {
  layer: LayerId
  path: string
  error: string
  effect: string
}

export interface AuthorizationOutcome {
  decision: 'allow' | 'deny'
  denial: PolicyDenial | null
  layers: LayerTrace[]
  dependsOnUnreadable: UnreadableDependency[]
  /** Conditions that could not be compared as written, in any layer. */
  conditionErrors: Finding[]
  /** How the VPC endpoint policy's applying Allow statements named the caller (null: none applied, or no endpoint). */
  endpointGrant: PrincipalMatchKind | null
}

interface SourceResult {
  source: PolicySource
  trace: PolicyTrace | null
  allowedAs: PrincipalMatchKind | null
  conditionErrors: Finding[]
}

interface LayerResult {
  id: LayerId
  policyType: PolicyType
  state: 'absent' | 'unreadable' | 'present'
  error?: string
  path?: string
  results: SourceResult[]
  explicitDeny: { policy: string; statement: string; path: string } | null
  /** Some readable document allows (for leveled layers: every level does). */
  allows: boolean
  allowedAs: PrincipalMatchKind | null
  /** For leveled layers: the first level where nothing allows. */
  failingLevel: string | null
  hasUnreadableSource: boolean
}

const STRENGTH: Record<PrincipalMatchKind, number> = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 }

function stronger(a: PrincipalMatchKind | null, b: PrincipalMatchKind | null): PrincipalMatchKind | null {
  if (a === null) return b
  if (b === null) return a
  return STRENGTH[b] > STRENGTH[a] ? b : a
}

function evaluateSources(sources: PolicySource[], request: AuthorizationRequest, side: PolicySide, accountMeansRoot = false): SourceResult[] {
  const results: SourceResult[] = []
  for (const source of sources) {
    if (source.policy === undefined) {
      results.push({ source, trace: null, allowedAs: null, conditionErrors: NO_ERRORS })
      continue
    }
    const result = evaluatePolicy(source.policy, source.name, source.path, request, side, { invalid: source.invalid, accountMeansRoot })
    results.push({ source, trace: result.trace, allowedAs: result.allowedAs, conditionErrors: result.conditionErrors })
  }
  return results
}

function firstDeny(results: SourceResult[]): { policy: string; statement: string; path: string } | null {
  for (const result of results) {
    if (result.trace?.outcome === 'explicit-deny') return { policy: result.source.name, statement: result.trace.deciding[0] ?? '#0', path: result.source.path }
  }
  return null
}

function evaluateLayer(id: LayerId, policyType: PolicyType, layer: Layer, request: AuthorizationRequest, side: PolicySide, accountMeansRoot = false): LayerResult {
  if (layer.state !== 'present') return emptyLayer(id, policyType, layer)
  const results = evaluateSources(layer.sources, request, side, accountMeansRoot)
  let allowedAs: PrincipalMatchKind | null = null
  let allows = false
  let hasUnreadableSource = false
  for (const result of results) {
    if (result.trace === null) hasUnreadableSource = true
    else if (result.trace.outcome === 'allow') {
      allows = true
      allowedAs = stronger(allowedAs, result.allowedAs ?? 'direct')
    }
  }
  return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows, allowedAs, failingLevel: null, hasUnreadableSource }
}

/** An absent or unreadable layer: nothing evaluated. */
function emptyLayer(id: LayerId, policyType: PolicyType, layer: { state: 'absent' } | { state: 'unreadable'; path: string; error: string }): LayerResult {
  const result: LayerResult = { id, policyType, state: layer.state, results: NO_RESULTS, explicitDeny: null, allows: false, allowedAs: null, failingLevel: null, hasUnreadableSource: false }
  if (layer.state === 'unreadable') {
    result.error = layer.error
    result.path = layer.path
  }
  return result
}

function evaluateLeveled(id: LayerId, policyType: PolicyType, layer: LeveledLayer, request: AuthorizationRequest): LayerResult {
  if (layer.state !== 'present') return emptyLayer(id, policyType, layer)
  const results: SourceResult[] = []
  let failingLevel: string | null = null
  let hasUnreadableSource = false
  for (const level of layer.levels) {
    const levelResults = evaluateSources(level.sources, request, 'identity')
    results.push(...levelResults)
    const unreadable = levelResults.some((result) => result.trace === null)
    hasUnreadableSource ||= unreadable
    const allows = levelResults.some((result) => result.trace?.outcome === 'allow')
    if (!allows && !unreadable && failingLevel === null) failingLevel = level.label
  }
  return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows: failingLevel === null, allowedAs: null, failingLevel, hasUnreadableSource }
}

function notInvolved(id: LayerId, policyType: PolicyType): LayerResult {
  return emptyLayer(id, policyType, ABSENT)
}

const ABSENT = { state: 'absent' } as const
const NO_TRACES: PolicyTrace[] = Object.freeze([]) as unknown as PolicyTrace[]
const NO_ERRORS: Finding[] = Object.freeze([]) as unknown as Finding[]
const NO_RESULTS: SourceResult[] = Object.freeze([]) as unknown as SourceResult[]

/** The condition errors of every layer: usually none, so no array is made. */
function collectConditionErrors(layers: readonly LayerResult[]): Finding[] {
  let errors = NO_ERRORS
  for (const layer of layers) {
    for (const result of layer.results) {
      if (result.conditionErrors.length === 0) continue
      if (errors === NO_ERRORS) errors = []
      errors.push(...result.conditionErrors)
    }
  }
  return errors
}

const PHRASE: Record<string, string> = {
  'service-control-policy': 'service control policy',
  'resource-control-policy': 'resource control policy',
  'vpc-endpoint-policy': 'VPC endpoint policy',
  'resource-based-policy': 'resource-based policy',
  'identity-based-policy': 'identity-based policy',
  'permissions-boundary': 'permissions boundary',
  'session-policy': 'session policy'
}

/** Evaluates one authorization request through every policy layer. */
export function authorize(input: AuthorizationInput): AuthorizationOutcome {
  const { request, layers, resource } = input
  const action = request.action
  const scp = input.scpExempt ? notInvolved('service-control-policy', 'service-control-policy') : evaluateLeveled('service-control-policy', 'service-control-policy', layers.scps, request)
  const rcp = input.rcpExempt ? notInvolved('resource-control-policy', 'resource-control-policy') : evaluateLeveled('resource-control-policy', 'resource-control-policy', layers.rcps, request)
  const vpce = input.throughEndpoint
    ? evaluateLayer('vpc-endpoint-policy', 'vpc-endpoint-policy', layers.vpcEndpoint, request, 'resource', input.endpointType === 'Gateway')
    : notInvolved('vpc-endpoint-policy', 'vpc-endpoint-policy')
  const resourceId: LayerId = resource.authoritative ? 'kms-key-policy' : 'resource-based-policy'
  const res = evaluateLayer(resourceId, 'resource-based-policy', resource.policy, request, 'resource')
  const anonymous = request.caller.kind === 'anonymous'
  // An AWS service principal (cloudfront.amazonaws.com, logging.s3.amazonaws.com) has no identity
  // policies, boundary or session policies: the resource policy alone grants it (#principal-services above).
  const service = request.caller.kind === 'service'
  const noIdentity = anonymous || service
  const identity = noIdentity ? notInvolved('identity-based-policy', 'identity-based-policy') : evaluateLayer('identity-based-policy', 'identity-based-policy', layers.identity, request, 'identity')
  const boundary = noIdentity ? notInvolved('permissions-boundary', 'permissions-boundary') : evaluateLayer('permissions-boundary', 'permissions-boundary', layers.boundary, request, 'identity')
  const session = noIdentity ? notInvolved('session-policy', 'session-policy') : evaluateLayer('session-policy', 'session-policy', layers.session, request, 'identity')
  const ordered = [scp, rcp, vpce, res, identity, boundary, session]
  const dependsOnUnreadable: UnreadableDependency[] = []
  /** Records what the verdict assumes about an unreadable layer (one entry per document, effects joined). */
  const assume = (layer: LayerResult, effect: string): void => {
    if (layer.state !== 'unreadable' && !layer.hasUnreadableSource) return
    const unreadable = layer.results.find((result) => result.trace === null)?.source
    const path = layer.path ?? unreadable?.path ?? layer.id
    const known = dependsOnUnreadable.find((item) => item.path === path)
    if (known !== undefined) known.effect = `${known.effect}; ${effect}`
    else dependsOnUnreadable.push({ layer: layer.id, path, error: layer.error ?? unreadable?.unreadable ?? 'unreadable', effect })
  }

  const traces = (): LayerTrace[] => ordered.map((layer) => toTrace(layer, action, input))
  const conditionErrors = collectConditionErrors(ordered)

  // 1. An explicit deny anywhere decides, in AWS's order of evaluation.
  for (const layer of ordered) {
    if (layer.explicitDeny !== null) {
      return {
        decision: 'deny',
        denial: {
          kind: 'explicit',
          policyType: layer.policyType,
          statement: layer.explicitDeny.statement,
          policy: layer.explicitDeny.policy,
          path: layer.explicitDeny.path,
          reason: `${action} is denied by an explicit deny in a ${PHRASE[layer.policyType] ?? layer.policyType}: ${layer.explicitDeny.policy}, statement ${layer.explicitDeny.statement}`
        },
        layers: traces(),
        dependsOnUnreadable,
        conditionErrors,
        endpointGrant: vpce.allowedAs
      }
    }
  }
  for (const layer of ordered) assume(layer, 'it may hold an explicit deny the verdict cannot see')

  const implicit = (layer: LayerResult, policy: string, reason: string): AuthorizationOutcome => {
    const denial: PolicyDenial = { kind: 'implicit', policyType: layer.policyType, statement: null, policy, reason: reason + setAside(layer, action) }
    // One document decides an implicit deny only when the layer has exactly one.
    const only = layer.results.length === 1 ? layer.results[0]?.source.path : undefined
    if (only !== undefined) denial.path = only
    return { decision: 'deny', denial, layers: traces(), dependsOnUnreadable, conditionErrors, endpointGrant: vpce.allowedAs }
  }

  // 2. Organization guardrails: every level must allow.
  for (const layer of [scp, rcp]) {
    if (layer.state === 'present' && layer.failingLevel !== null) {
      const kind = layer === scp ? 'SCPs' : 'RCPs'
      return implicit(layer, `${kind} at the ${layer.failingLevel} level`, `no ${PHRASE[layer.policyType]} at the ${layer.failingLevel} level allows ${action}`)
    }
  }
  // 3. The VPC endpoint policy must allow what goes through the endpoint.
  if (vpce.state === 'present' && !vpce.allows && !vpce.hasUnreadableSource) {
    return implicit(vpce, vpce.results[0]?.source.name ?? 'VPC endpoint policy', `no VPC endpoint policy allows ${action}${gatewayAccountNote(input)}`)
  }

  // 4. Identity and resource side.
  const caller = request.caller
  const sameAccount = resource.account === undefined || resource.account === callerAccount(caller)
  const resourceUnknown = res.state === 'unreadable' || res.hasUnreadableSource
  let policyGrant: PrincipalMatchKind | null = res.allowedAs
  if (resourceUnknown && policyGrant === null && (!sameAccount || anonymous || resource.authoritative)) {
    // Only where the resource side must grant: assume it does, and say so.
    policyGrant = anonymous ? 'wildcard' : service ? 'service' : 'account'
    assume(res, 'it is assumed to grant the request')
  }
  if (resource.policyGrantsIgnored !== null || resource.policyGrantsBlocked !== null) policyGrant = null
  const resourceGrant = stronger(policyGrant, resource.extraGrant?.kind ?? null)

  const permissive = (layer: LayerResult): boolean => layer.state === 'unreadable' || layer.hasUnreadableSource
  const identityAllows = caller.kind === 'root' || identity.allows || permissive(identity)
  const boundaryAllows = boundary.state === 'absent' || boundary.allows || permissive(boundary)
  const sessionAllows = session.state === 'absent' || session.allows || permissive(session)

  /** A layer whose readable documents do not allow, taken to allow because one is unreadable: the verdict says so. */
  const assumeAllows = (layer: LayerResult): void => {
    if (!layer.allows && permissive(layer)) assume(layer, `it is assumed to allow ${action}`)
  }
  const identityFailure = (): AuthorizationOutcome | null => {
    if (!identityAllows) {
      return implicit(identity, 'identity-based policies', `no identity-based policy allows ${action}`)
    }
    if (caller.kind !== 'root') assumeAllows(identity)
    return limitsFailure()
  }
  const limitsFailure = (): AuthorizationOutcome | null => {
    if (!boundaryAllows) return implicit(boundary, boundary.results[0]?.source.name ?? 'permissions boundary', `no permissions boundary allows ${action}`)
    if (!sessionAllows) return implicit(session, 'session policies', `no session policy allows ${action}`)
    if (boundary.state !== 'absent') assumeAllows(boundary)
    if (session.state !== 'absent') assumeAllows(session)
    return null
  }
  const resourceFailure = (): AuthorizationOutcome => {
    if (resource.policyGrantsBlocked !== null && res.allowedAs !== null && resource.extraGrant === null) {
      return {
        decision: 'deny',
        denial: {
          kind: 'implicit',
          policyType: 'block-public-access',
          statement: null,
          policy: resource.policyGrantsBlocked.setting,
          reason: resource.policyGrantsBlocked.reason
        },
        layers: traces(),
        dependsOnUnreadable,
        conditionErrors,
        endpointGrant: vpce.allowedAs
      }
    }
    if (resource.policyGrantsIgnored !== null) {
      return { ...implicit(res, 'object ACL', resource.policyGrantsIgnored.reason), denial: { kind: 'implicit', policyType: 'acl', statement: null, policy: 'object ACL', reason: resource.policyGrantsIgnored.reason } }
    }
    const name = res.results[0]?.source.name ?? (resource.authoritative ? 'key policy' : 'bucket policy')
    return implicit(res, name, `no resource-based policy allows ${action}${resource.authoritative ? ' (the key policy is the only grant that counts unless it delegates to the account)' : ''}`)
  }
  const allow = (): AuthorizationOutcome => ({ decision: 'allow', denial: null, layers: traces(), dependsOnUnreadable, conditionErrors, endpointGrant: vpce.allowedAs })

  if (anonymous) return resourceGrant === 'wildcard' ? allow() : resourceFailure()
  // A service principal: not cross-account, not same-account; its grant comes from the resource policy
  // (or key policy, or an ACL grant to its group) alone, and no boundary or session policy limits it.
  if (service) return resourceGrant !== null ? allow() : resourceFailure()

  if (resource.authoritative) {
    // KMS: without a key-policy (or grant) allow, nothing else counts.
    if (resourceGrant === null) return resourceFailure()
    if (sameAccount && resourceGrant !== 'account') return grantedDirectly(resourceGrant) ?? allow()
    return identityFailure() ?? allow()
  }

  if (!sameAccount) {
    // Cross-account: both the caller's account and the resource's must allow.
    const failure = identityFailure()
    if (failure !== null) return failure
    return resourceGrant === null ? resourceFailure() : allow()
  }
  // Same account: either side may allow; how the resource policy names the caller decides which limits apply.
  if (caller.kind === 'root') return allow()
  // (A grant limited by the boundary or a session policy fails the identity path for the same reason.)
  if (resourceGrant !== null && resourceGrant !== 'account') return grantedDirectly(resourceGrant) ?? allow()
  return identityFailure() ?? allow()

  /**
   * A same-account grant naming the caller: a user ARN or the exact role session ARN is not limited by
   * implicit denies in identity policies, boundaries or session policies; a grant to the role ARN (or to
   * everyone) is limited by the role's permissions boundary and session policies.
   */
  function grantedDirectly(kind: PrincipalMatchKind): AuthorizationOutcome | null {
    if (kind === 'direct' || kind === 'service') return null
    if (caller.kind === 'user' && kind === 'wildcard') return null
    return limitsFailure()
  }
}

/**
 * Allow statements of a layer that name the action but were set aside because AWS would refuse them
 * (an invalid-policy finding says why): the likely intended grant, worth naming in an implicit deny.
 */
function setAside(layer: LayerResult, action: string): string {
  let labels: string[] | null = null
  for (const result of layer.results) {
    for (const statement of result.trace?.statements ?? []) {
      if (statement.outcome !== 'invalid' || statement.effect !== 'Allow' || !statement.action.matched) continue
      ;(labels ??= []).push(statement.label)
    }
  }
  if (labels === null) return ''
  const one = labels.length === 1
  return `; ${one ? 'statement' : 'statements'} ${labels.join(', ')} ${one ? 'names' : 'name'} ${action} but ${one ? 'is' : 'are'} set aside: AWS would refuse ${one ? 'it' : 'them'} as written (an invalid-policy warning says why)`
}

/**
 * On a gateway endpoint, a statement that would allow the request if its account principal named
 * the account's users and roles (it names the root user only): the reason says which one, since the
 * Principal looks as if it named the caller.
 */
function gatewayAccountNote(input: AuthorizationInput): string {
  if (input.endpointType !== 'Gateway') return ''
  const asInterface = evaluateLayer('vpc-endpoint-policy', 'vpc-endpoint-policy', input.layers.vpcEndpoint, input.request, 'resource', false)
  if (!asInterface.allows || asInterface.allowedAs !== 'account') return ''
  const account = callerAccount(input.request.caller) ?? ''
  const statements = asInterface.results.flatMap((result) => (result.trace?.outcome === 'allow' ? result.trace.deciding : []))
  return (
    `: statement ${statements.join(', ')} names account ${account} as its Principal, and in a gateway endpoint policy an account principal ` +
    `is the account's root user only, not its roles and users (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway)`
  )
}

function statusOf(layer: LayerResult, input: AuthorizationInput): LayerStatus {
  if (layer.state === 'absent') return layer.results.length === 0 && isExempt(layer, input) ? 'not-applicable' : 'not-present'
  if (layer.state === 'unreadable') return 'unreadable'
  if (layer.explicitDeny !== null) return 'explicit-deny'
  if (layer.id === 'service-control-policy' || layer.id === 'resource-control-policy') return layer.allows ? 'allows' : 'implicit-deny'
  return layer.allows ? 'allows' : 'no-opinion'
}

function isExempt(layer: LayerResult, input: AuthorizationInput): boolean {
  if (layer.id === 'service-control-policy') return input.scpExempt
  if (layer.id === 'resource-control-policy') return input.rcpExempt
  if (layer.id === 'vpc-endpoint-policy') return !input.throughEndpoint
  const kind = input.request.caller.kind
  return (kind === 'anonymous' || kind === 'service') && layer.policyType !== 'resource-based-policy'
}

function toTrace(layer: LayerResult, action: string, input: AuthorizationInput): LayerTrace {
  const status = statusOf(layer, input)
  const summary = summarize(layer, status, action)
  const policies = tracesOf(layer.results)
  let trace: LayerTrace
  if (layer.id === 'kms-key-policy') {
    const key = input.resource.key ?? { arn: input.request.resource, manager: 'CUSTOMER', account: null, policySource: layer.state === 'present' ? 'snapshot' : 'missing' }
    trace = { kind: 'kms-key-policy', layer: 'kms-key-policy', action, status, summary, policies, key }
  } else {
    trace = { kind: 'policy', layer: layer.id as PolicyLayerTrace['layer'], action, status, summary, policies }
    if (layer.id === 'vpc-endpoint-policy' && input.throughEndpoint && input.endpointType !== null) trace.endpointType = input.endpointType
  }
  const unreadable = layer.error ?? (layer.hasUnreadableSource ? layer.results.find((result) => result.trace === null)?.source.unreadable : undefined)
  if (unreadable !== undefined) trace.unreadable = unreadable
  return trace
}

/** The traces of the documents a layer read (a shared empty list when it read none). */
function tracesOf(results: readonly SourceResult[]): PolicyTrace[] {
  if (results.length === 0) return NO_TRACES
  const traces: PolicyTrace[] = []
  for (const result of results) if (result.trace !== null) traces.push(result.trace)
  return traces
}

function summarize(layer: LayerResult, status: LayerStatus, action: string): string {
  switch (status) {
    case 'not-present':
      return 'none present'
    case 'not-applicable':
      return 'does not apply to this request'
    case 'unreadable':
      return `could not be read: ${layer.error ?? 'unreadable'}`
    case 'explicit-deny':
      return `denies ${action}: ${layer.explicitDeny?.policy}, statement ${layer.explicitDeny?.statement}`
    case 'implicit-deny':
      return `nothing allows ${action} at the ${layer.failingLevel ?? 'some'} level`
    case 'allows': {
      const deciding = layer.results.find((result) => result.trace?.outcome === 'allow')
      return `allows ${action}: ${deciding?.source.name ?? ''}, statement ${deciding?.trace?.deciding.join(', ') ?? ''}`
    }
    default:
      return `no statement applies to ${action}`
  }
}
