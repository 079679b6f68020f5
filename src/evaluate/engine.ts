/**
 * The evaluator: one scenario in, one verdict out, as AWS would decide the S3 request.
 * Pure and deterministic: no I/O, no clock (the time is the scenario's `aws:CurrentTime`).
 *
 * Order of the checks, and which denial is reported when several layers deny:
 *   1. an explicit Deny in any policy layer (SCP, RCP, VPC endpoint, bucket, identity, boundary, session);
 *   2. Block Public Access at write time (a public ACL or policy being written);
 *   3. Object Ownership: an ACL on a BucketOwnerEnforced bucket is a 400, not a 403;
 *   4. Requester Pays without `x-amz-request-payer`;
 *   5. the implicit denies of the policy layers (with RestrictPublicBuckets and object ACLs folded in),
 *      reported as Block Public Access when IgnorePublicAcls set aside the only grant;
 *   6. Object Lock on a protected version;
 *   7. the KMS call SSE-KMS implies (explicit, then implicit), the AWS managed key aws/s3 included;
 *   8. HEAD/GET of a missing key without s3:ListBucket (403 instead of 404).
 *
 * The trace (`verdict.requests`) holds, for the S3 request, the seven policy layers and then S3's
 * own (Block Public Access, ACL, Object Ownership, Requester Pays, Object Lock, and the missing-key
 * rule when it applies); for each KMS call, its policy layers (the key policy in place of the bucket
 * policy) and the key's grants. Each entry is a member of the `LayerTrace` union (../verdict/types.ts).
 */
import { deriveContext } from '../context/derive.js'
import type { RequestContext } from '../context/types.js'
import { hasLintFindings, lintPolicy, lintRequest } from '../metadata/lint.js'
import { parsePolicy } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import { validityFindings } from '../policy/validate.js'
import { bucketArn, isBucketLevelAction, kmsActionsFor, objectArn, writeEncryption, type Requester } from '../s3/actions.js'
import { describeGrants } from '../s3/acl.js'
import { effectiveBlock, levelWords } from '../s3/block-public-access.js'
import { isUnreadable, type Scenario } from '../scenario/types.js'
import type { Finding } from '../verdict/findings.js'
import type { Denial, KmsGrantsTrace, KmsKeyPolicyTrace, RequestEvaluation, Verdict } from '../verdict/types.js'
import { authorize, type AuthorizationInput, type AuthorizationOutcome, type ExtraGrant, type ResourceSide, type UnreadableDependency } from './authorize.js'
import { awsManagedS3KeyPolicy, kmsContext, kmsGrantsFor, lookupKey, type KmsGrantCheck, type KmsKey } from './kms.js'
import { collectLayers, definedSource, type Layer, type ScenarioLayers } from './layers.js'
import { callerAccount, parseCaller, type Caller } from './principal.js'
import { aclFacts, s3Facts, s3LayerTraces, type S3Facts, type S3FactsInput, type S3Outcome } from './s3-layers.js'
import type { AuthorizationRequest } from './statement.js'

interface Setup {
  scenario: Scenario
  caller: Caller
  requester: Requester
  context: RequestContext
  layers: ScenarioLayers
  partition: string
  bucketOwner: string | undefined
  /** Findings the evaluation itself raises (an endpoint type that matters, a key no other account can use). */
  notes: Finding[]
}

export function evaluateScenario(scenario: Scenario): Verdict {
  const caller = parseCaller(scenario.request.principal, scenario.identity?.arn)
  const setup: Setup = {
    scenario,
    caller,
    requester: requesterOf(caller),
    context: deriveContext(scenario, caller),
    layers: collectLayers(scenario),
    partition: caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws',
    bucketOwner: scenario.bucket?.account,
    notes: []
  }
  const requests: RequestEvaluation[] = []
  const dependsOnUnreadable: UnreadableDependency[] = []
  const conditionFindings = new Map<string, Finding>()
  const record = (action: string, resource: string, outcome: AuthorizationOutcome): RequestEvaluation => {
    const evaluation: RequestEvaluation = { action, resource, decision: outcome.decision, layers: outcome.layers }
    requests.push(evaluation)
    for (const finding of outcome.conditionErrors) if (!conditionFindings.has(finding.path)) conditionFindings.set(finding.path, finding)
    for (const item of outcome.dependsOnUnreadable) {
      if (!dependsOnUnreadable.some((known) => known.path === item.path && known.effect === item.effect)) dependsOnUnreadable.push(item)
    }
    return evaluation
  }

  const denial = decide(setup, record)
  return {
    decision: denial === null ? 'allow' : 'deny',
    denial,
    requests,
    dependsOnUnreadable,
    findings: [...findingsOf(setup), ...setup.notes, ...conditionFindings.values()],
    context: setup.context.all().map((entry) => ({ key: entry.key, values: entry.values, origin: entry.origin }))
  }
}

type Recorder = (action: string, resource: string, outcome: AuthorizationOutcome) => RequestEvaluation

function decide(setup: Setup, record: Recorder): Denial | null {
  const { scenario } = setup
  const request = scenario.request
  const action = request.action
  const onObject = request.key !== undefined && !isBucketLevelAction(action)
  const resource = onObject && request.key !== undefined ? objectArn(request.bucket, request.key, setup.partition) : bucketArn(request.bucket, setup.partition)
  const bucket = scenario.bucket
  const policyLayer = setup.layers.bucketPolicy
  // Object Lock: without aws:CurrentTime the evaluator has no clock (it is pure): a retention date then counts as in force.
  const factsInput: S3FactsInput = {
    action,
    onObject,
    key: request.key,
    headers: request.headers ?? {},
    bucket,
    bucketOwner: setup.bucketOwner,
    requester: setup.requester,
    writer: callerAccount(setup.caller),
    block: effectiveBlock(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock),
    bucketPolicy: policyLayer.state === 'present' ? policyLayer.sources[0]?.policy : undefined,
    requestPolicy: request.policy !== undefined ? parsePolicy(request.policy, 'request.policy') : undefined,
    now: currentTime(setup.context) ?? new Date(0)
  }
  const facts = s3Facts(factsInput)
  const outcome: S3Outcome = { denial: null, ignorePublicAclsDecisive: false, bypass: null, listBucket: null }

  // The S3 request through every policy layer.
  const input = baseInput(setup, action, resource, setup.context, s3ResourceSide(setup, facts, facts.restrict), true)
  const s3Outcome = authorize(input)
  const s3 = record(action, resource, s3Outcome)
  outcome.denial = decideS3(setup, record, facts, factsInput, input, s3Outcome, outcome, resource, onObject)
  s3.layers.push(...s3LayerTraces(facts, outcome))
  if (s3Outcome.endpointGrant === 'account') noteEndpointType(setup)
  return outcome.denial
}

/** The order of the S3 checks (see the top of this file); `outcome` collects what the trace reports. */
function decideS3(
  setup: Setup,
  record: Recorder,
  facts: S3Facts,
  factsInput: S3FactsInput,
  input: AuthorizationInput,
  s3: AuthorizationOutcome,
  outcome: S3Outcome,
  resource: string,
  onObject: boolean
): Denial | null {
  const request = setup.scenario.request
  const action = request.action
  const nonPolicy = (policyType: Denial['policyType'], policy: string, reason: string, httpStatus = 403, errorCode = 'AccessDenied'): Denial => ({
    policyType,
    statement: null,
    action,
    policy,
    httpStatus,
    errorCode,
    reason
  })

  if (s3.denial?.kind === 'explicit') return fromPolicy(s3, action)

  const writeBlock = facts.writeBlock
  if (writeBlock.blocked) return nonPolicy('block-public-access', `${writeBlock.setting} (${writeBlock.level} level)`, writeBlock.reason)

  const ownershipEffect = facts.ownershipEffect
  if (ownershipEffect.kind === 'rejected') {
    const setting = facts.ownership !== undefined && !isUnreadable(facts.ownership) ? `${facts.ownership} ` : ''
    return nonPolicy('object-ownership', `Object Ownership ${setting}of ${request.bucket}`, ownershipEffect.reason, ownershipEffect.httpStatus, ownershipEffect.errorCode)
  }

  if (facts.requesterPays?.kind === 'denied') return nonPolicy('requester-pays', `Requester Pays on ${request.bucket}`, facts.requesterPays.reason)

  if (s3.denial !== null) {
    const ignored = ignorePublicAclsDenial(facts, input, s3, action)
    if (ignored !== null) {
      outcome.ignorePublicAclsDecisive = true
      return ignored
    }
    return fromPolicy(s3, action)
  }

  // Object Lock protects versions from deletion and from shortened retention.
  const lock = facts.lock
  if (lock.kind === 'blocked') return nonPolicy('object-lock', `Object Lock on ${request.key ?? request.bucket}`, lock.reason)
  if (lock.kind === 'needs-bypass-permission') {
    const bypassAction = 's3:BypassGovernanceRetention'
    const bypass = authorize(baseInput(setup, bypassAction, resource, setup.context, s3ResourceSide(setup, aclFacts(factsInput, bypassAction, onObject), facts.restrict), true))
    record(bypassAction, resource, bypass)
    outcome.bypass = bypass.decision
    if (bypass.decision === 'deny') {
      return nonPolicy('object-lock', `Object Lock (GOVERNANCE) on ${request.key ?? request.bucket}`, `${lock.reason}; the caller is not allowed s3:BypassGovernanceRetention: ${bypass.denial?.reason ?? ''}`)
    }
  }

  // SSE-KMS: the KMS call S3 makes with the caller's credentials.
  const kmsDenial = decideKms(setup, record)
  if (kmsDenial !== null) return kmsDenial

  // HEAD/GET of a key that does not exist: 404 only for a caller allowed to list the bucket.
  const object = request.key !== undefined ? setup.scenario.bucket?.objects?.[request.key] : undefined
  if (onObject && object?.exists === false && /^s3:getobject(version)?$/i.test(action)) {
    const listResource = bucketArn(request.bucket, setup.partition)
    const list = authorize(baseInput(setup, 's3:ListBucket', listResource, setup.context, s3ResourceSide(setup, aclFacts(factsInput, 's3:ListBucket', false), facts.restrict), true))
    record('s3:ListBucket', listResource, list)
    outcome.listBucket = list.decision
    if (list.decision === 'deny') {
      return nonPolicy(
        'missing-list-permission',
        `s3:ListBucket on ${request.bucket}`,
        `the key ${request.key ?? ''} does not exist and the caller is not allowed s3:ListBucket, so S3 answers 403 AccessDenied instead of 404 NoSuchKey (${list.denial?.reason ?? 'denied'})`
      )
    }
  }
  return null
}

/**
 * IgnorePublicAcls as the cause: the request is denied only because S3 set aside a public ACL grant
 * (to AllUsers or AuthenticatedUsers) that would otherwise have allowed it. Then the verdict names
 * Block Public Access and the grant, not the layer that had nothing to add.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-options
 */
function ignorePublicAclsDenial(facts: S3Facts, input: AuthorizationInput, s3: AuthorizationOutcome, action: string): Denial | null {
  const ignored = facts.ignoredAclGrant
  if (ignored === null || s3.denial?.kind !== 'implicit' || facts.acl.check.kind !== 'not-granted') return null
  const side = input.resource
  const counter = authorize({ ...input, resource: { ...side, extraGrant: ignored, policyGrantsIgnored: null } })
  if (counter.decision !== 'allow') return null
  const level = levelWords(facts.block.source.IgnorePublicAcls ?? 'bucket')
  const grants = describeGrants(facts.acl.check.ignoredPublicGrants)
  return {
    policyType: 'block-public-access',
    statement: null,
    action,
    policy: `IgnorePublicAcls (${level} level)`,
    httpStatus: 403,
    errorCode: 'AccessDenied',
    reason: `the ${facts.acl.which} ACL grants ${grants}, which would allow ${action}, but IgnorePublicAcls (${level} level) makes S3 ignore public ACL grants, and nothing else allows ${action}`
  }
}

function fromPolicy(outcome: AuthorizationOutcome, action: string): Denial {
  const denial = outcome.denial
  if (denial === null) throw new Error('fromPolicy needs a denial')
  const result: Denial = {
    kind: denial.kind,
    policyType: denial.policyType,
    statement: denial.statement,
    action,
    policy: denial.policy,
    httpStatus: 403,
    errorCode: 'AccessDenied',
    reason: denial.reason
  }
  // Block Public Access and ACL denials are not policy denials: no kind (scenario-format.md).
  if (denial.policyType === 'block-public-access' || denial.policyType === 'acl') delete result.kind
  if (denial.path !== undefined) result.path = denial.path
  return result
}

/**
 * One authorization request with what every request of the scenario shares. `resourceAccount` is the
 * bucket's, or the key's for a KMS call; `throughEndpoint`: the S3 call goes through the VPC
 * endpoint, the KMS call S3 makes does not.
 */
function baseInput(
  setup: Setup,
  action: string,
  resource: string,
  context: RequestContext,
  side: ResourceSide,
  throughEndpoint: boolean,
  awsManagedKey = false,
  resourceAccount = setup.bucketOwner
): AuthorizationInput {
  const request: AuthorizationRequest = {
    action,
    resource,
    caller: setup.caller,
    context,
    hasBoundary: setup.layers.boundary.state !== 'absent'
  }
  const management = setup.scenario.organization?.managementAccount
  const caller = setup.caller
  const serviceLinked = caller.kind === 'role-session' && caller.serviceLinked
  const scpExempt =
    caller.kind === 'anonymous' ||
    caller.kind === 'service' ||
    (management !== undefined && callerAccount(caller) === management) ||
    serviceLinked
  return {
    request,
    layers: setup.layers,
    scpExempt,
    // RCPs restrict neither the management account's resources, nor service-linked roles, nor AWS managed keys
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#actions-not-restricted-by-rcps).
    rcpExempt: (management !== undefined && resourceAccount === management) || serviceLinked || awsManagedKey,
    throughEndpoint: throughEndpoint && setup.scenario.request.vpcEndpoint !== undefined,
    endpointType: setup.layers.endpointType,
    resource: side
  }
}

/** The resource side of an S3 request: the bucket policy, ACL grants, object ownership, RestrictPublicBuckets. */
function s3ResourceSide(setup: Setup, facts: Pick<S3Facts, 'owner' | 'acl'>, restrict: S3Facts['restrict']): ResourceSide {
  // For an object another account owns (ACLs enabled), that account is the authority over it:
  // the bucket policy can only deny, and the object ACL is the only grant.
  const foreign = facts.owner.kind === 'other-account' ? facts.owner : null
  const acl = facts.acl.check
  // A grant to a group (AllUsers, AuthenticatedUsers) reaches the caller directly; one to its account is delegated to the account's policies.
  const extraGrant: ExtraGrant | null =
    acl.kind === 'granted' ? { kind: acl.grant.grantee.type === 'Group' ? 'wildcard' : 'account', layer: 'acl', description: acl.reason } : null
  return {
    policy: setup.layers.bucketPolicy,
    account: foreign?.owner ?? setup.bucketOwner,
    authoritative: false,
    extraGrant,
    policyGrantsIgnored: foreign === null ? null : { layer: 'acl', reason: `${foreign.reason}; ${acl.reason}` },
    policyGrantsBlocked: restrict.kind === 'restricted' ? { reason: restrict.reason, setting: `RestrictPublicBuckets (${restrict.level} level)` } : null
  }
}

/** A request through a VPC endpoint of unknown type whose policy admits the caller only through an account principal. */
function noteEndpointType(setup: Setup): void {
  const { layers, caller } = setup
  if (layers.endpointType !== 'unknown' || caller.kind === 'root' || caller.kind === 'anonymous' || caller.kind === 'service') return
  const id = setup.scenario.request.vpcEndpoint ?? ''
  setup.notes.push({
    code: 'vpc-endpoint-type-unknown',
    path: `${layers.endpointPath ?? 'vpcEndpoints'}.type`,
    message:
      `the policy of ${id} admits the caller only through an account principal (an account id or account root ARN). ` +
      'That holds for an interface endpoint, and the verdict assumes one; on a gateway endpoint such a principal names the account\'s root user only, ' +
      'so the VPC endpoint policy would deny this request (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway). ' +
      `Give the endpoint's type ("Gateway" or "Interface") in the scenario to settle it.`
  })
}

function decideKms(setup: Setup, record: Recorder): Denial | null {
  const { scenario } = setup
  const request = scenario.request
  const bucket = scenario.bucket
  const encryption = bucket?.encryption !== undefined && !isUnreadable(bucket.encryption) ? bucket.encryption : undefined
  const operation = request.operation ?? ''
  const lower = request.action.toLowerCase()
  let keyId: string | null | undefined
  let algorithm: string | undefined
  const writing = lower === 's3:putobject'
  if (writing) {
    const write = writeEncryption(request.headers, encryption)
    if (!write.kms) return null
    keyId = write.keyId
    algorithm = write.algorithm
  } else {
    const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined
    if (object?.kmsKeyArn === undefined || object.exists === false) return null
    keyId = object.kmsKeyArn
    algorithm = 'aws:kms'
  }
  const requirements = kmsActionsFor(request.action, {
    algorithm,
    multipart: /multipart|uploadpart/i.test(operation),
    head: /^headobject$/i.test(operation)
  })
  if (requirements.length === 0) return null
  const caller = callerAccount(setup.caller)
  const region = bucket?.region ?? 'us-east-1'
  const key = lookupKey(scenario, keyId, { callerAccount: caller, partition: setup.partition, region })
  const keyLayer = keyPolicyLayer(setup, key, region)
  const crossAccountAwsKey = key.manager === 'AWS' && key.account !== undefined && caller !== undefined && key.account !== caller
  if (key.manager === 'AWS' && writing && keyId === null && setup.bucketOwner !== undefined && caller !== undefined && setup.bucketOwner !== caller) {
    setup.notes.push({
      code: 'aws-managed-key-cross-account',
      path: 'request.headers',
      message:
        `the upload names no KMS key, so S3 encrypts the object with the AWS managed key aws/s3 of the uploading account ${caller}, not the bucket owner's: ` +
        `principals of the bucket owner's account ${setup.bucketOwner} will be denied kms:Decrypt when they read it, since AWS managed keys cannot be used cross-account ` +
        '(https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html). Name a customer managed key whose key policy admits both accounts.'
    })
  }

  let firstImplicit: Denial | null = null
  const context = kmsContext(setup.context, scenario, setup.caller, key.arn)
  for (const requirement of requirements) {
    const kmsAction = requirement.kmsAction
    const grants = key.index >= 0 ? kmsGrantsFor(scenario, key.index, setup.caller, kmsAction.slice('kms:'.length)) : { grants: [], granted: null }
    const keySide: ResourceSide = {
      policy: keyLayer.layer,
      account: key.account,
      authoritative: true,
      extraGrant: grants.granted,
      policyGrantsIgnored: null,
      policyGrantsBlocked: null,
      key: { arn: key.arn, manager: key.manager, account: key.account ?? null, policySource: keyLayer.source }
    }
    const outcome = authorize(baseInput(setup, kmsAction, key.arn, context, keySide, false, key.manager === 'AWS', key.account))
    const evaluation = record(kmsAction, key.arn, outcome)
    evaluation.layers.push(grantsTrace(kmsAction, grants, key))
    if (outcome.denial === null) continue
    const denial = fromPolicy(outcome, kmsAction)
    denial.reason = `${denial.reason}. ${requirement.reason}`
    if (crossAccountAwsKey && outcome.denial.kind === 'implicit' && outcome.denial.policyType === 'resource-based-policy') {
      denial.reason =
        `the key is the AWS managed key aws/s3 of account ${key.account ?? ''}, and AWS managed keys cannot be used cross-account: ` +
        `its key policy, which AWS defines and no one can change, lets only principals of account ${key.account ?? ''} use it, through S3 ` +
        `(kms:CallerAccount, kms:ViaService); the caller is in account ${caller ?? ''}${requirement.reason.includes(USING_KMS) ? '' : ` (${USING_KMS})`}. ${requirement.reason}`
    }
    if (outcome.denial.kind === 'explicit') return denial
    firstImplicit ??= denial
  }
  return firstImplicit
}

const USING_KMS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'

/** The key policy a KMS call is read against: the snapshot's, or for aws/s3 without one the policy AWS defines. */
function keyPolicyLayer(setup: Setup, key: KmsKey, region: string): { layer: Layer; source: KmsKeyPolicyTrace['key']['policySource'] } {
  const known = setup.layers.keyPolicies.get(key.arn)
  if (known !== undefined && known.state !== 'absent') return { layer: known, source: 'snapshot' }
  if (key.manager === 'AWS' && key.account !== undefined) {
    const keyRegion = key.arn.split(':')[3] || region
    const policy = awsManagedS3KeyPolicy(key.account, keyRegion, setup.partition)
    const name = `key policy of aws/s3 in account ${key.account} (defined by AWS)`
    return { layer: { state: 'present', sources: [definedSource(name, `(AWS-defined key policy of aws/s3 in ${key.account})`, policy, 'key-policy')] }, source: 'aws-defined' }
  }
  return { layer: known ?? { state: 'unreadable', path: 'kmsKeys', error: `the snapshot has no entry for the KMS key ${key.arn}` }, source: 'missing' }
}

function grantsTrace(kmsAction: string, check: KmsGrantCheck, key: KmsKey): KmsGrantsTrace {
  const operation = kmsAction.slice('kms:'.length)
  const trace: KmsGrantsTrace = {
    kind: 'kms-grants',
    layer: 'kms-grants',
    action: kmsAction,
    status: check.unreadable !== undefined ? 'unreadable' : check.granted !== null ? 'allows' : check.grants.length === 0 ? 'not-present' : 'no-opinion',
    summary:
      check.unreadable !== undefined
        ? `could not be read: ${check.unreadable}`
        : check.granted !== null
          ? `allows ${kmsAction}: ${check.granted.description}`
          : check.grants.length === 0
            ? key.index < 0
              ? 'the snapshot has no grants for this key'
              : 'the key has no grants'
            : `no grant names the caller for ${operation}`,
    policies: [],
    operation,
    grants: check.grants
  }
  if (check.unreadable !== undefined) trace.unreadable = check.unreadable
  return trace
}

function currentTime(context: RequestContext): Date | null {
  const value = context.getLower('aws:currenttime')?.values[0]
  if (value === undefined) return null
  if (value !== lastTime.text) lastTime = { text: value, time: new Date(value) }
  return Number.isNaN(lastTime.time.getTime()) ? null : lastTime.time
}

/** The last aws:CurrentTime read: a scenario is evaluated again and again with the same one. Dates are never changed here. */
let lastTime = { text: '', time: new Date(Number.NaN) }

function requesterOf(caller: Caller): Requester {
  if (caller.kind === 'anonymous') return { anonymous: true }
  if (caller.kind === 'service') return { anonymous: false, service: caller.service }
  return caller.account === '' ? { anonymous: false } : { anonymous: false, account: caller.account }
}

/** Warnings depend only on the parsed document and its path: most documents have none, which is known without a path. */
const lintCache = new WeakMap<Policy, Map<string, Finding[]>>()
function lintCached(policy: Policy, path: string): readonly Finding[] {
  if (!hasLintFindings(policy)) return NO_FINDINGS
  let byPath = lintCache.get(policy)
  if (byPath === undefined) lintCache.set(policy, (byPath = new Map()))
  let findings = byPath.get(path)
  if (findings === undefined) byPath.set(path, (findings = lintPolicy(policy, path)))
  return findings
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([])

function findingsOf(setup: Setup): Finding[] {
  const findings: Finding[] = [...lintRequest(setup.scenario.request.action, setup.scenario.request.key !== undefined)]
  const lintLayer = (layer: Layer): void => {
    if (layer.state !== 'present') return
    for (const source of layer.sources) {
      if (source.policy === undefined) continue
      const lint = lintCached(source.policy, source.path)
      if (lint.length > 0) findings.push(...lint)
      if (source.invalid.size > 0) findings.push(...validityFindings(source.policy, source.kind, source.path))
    }
  }
  const { layers } = setup
  for (const layer of [layers.identity, layers.boundary, layers.session, layers.bucketPolicy, layers.vpcEndpoint, ...layers.keyPolicies.values()]) lintLayer(layer)
  for (const leveled of [layers.scps, layers.rcps]) {
    if (leveled.state !== 'present') continue
    for (const level of leveled.levels) lintLayer({ state: 'present', sources: level.sources })
  }
  if (layers.endpointType === 'Gateway' && layers.vpcEndpoint.state === 'present') findings.push(...gatewayPrincipalFindings(layers.vpcEndpoint))
  return findings
}

/** "With gateway endpoints, the Principal element must be set to *": anything else is worth a warning. */
function gatewayPrincipalFindings(layer: Extract<Layer, { state: 'present' }>): Finding[] {
  const findings: Finding[] = []
  for (const source of layer.sources) {
    for (const statement of source.policy?.statements ?? []) {
      const principal = statement.principal
      if (principal === null || principal.wildcard || (!principal.negated && principal.AWS.length === 1 && principal.AWS[0] === '*' && principal.Service.length + principal.Federated.length + principal.CanonicalUser.length === 0)) continue
      findings.push({
        code: 'gateway-endpoint-principal',
        path: `${source.path}.Statement[${statement.index}].${principal.negated ? 'NotPrincipal' : 'Principal'}`,
        message:
          `statement ${statement.label} names a principal other than "*" in a gateway endpoint policy: AWS asks for "Principal": "*" with an aws:PrincipalArn condition, ` +
          'and an account id or account root ARN there grants the root user only, not the account\'s users and roles ' +
          '(https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway)'
      })
    }
  }
  return findings
}
