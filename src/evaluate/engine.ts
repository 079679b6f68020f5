/**
 * The evaluator: one scenario in, one verdict out, as AWS would decide the S3 request.
 * Pure and deterministic: no I/O, no clock (the time is the scenario's `aws:CurrentTime`).
 *
 * Order of the checks, and which denial is reported when several layers deny:
 *   1. an explicit Deny in any policy layer (SCP, RCP, VPC endpoint, bucket, identity, boundary, session);
 *   2. Block Public Access at write time (a public ACL or policy being written);
 *   3. Object Ownership: an ACL on a BucketOwnerEnforced bucket is a 400, not a 403;
 *   4. Requester Pays without `x-amz-request-payer`;
 *   5. the implicit denies of the policy layers (with RestrictPublicBuckets and object ACLs folded in);
 *   6. Object Lock on a protected version;
 *   7. the KMS call SSE-KMS implies (explicit, then implicit);
 *   8. HEAD/GET of a missing key without s3:ListBucket (403 instead of 404).
 */
import { deriveContext } from '../context/derive.js'
import type { RequestContext } from '../context/types.js'
import { lintPolicy, lintRequest } from '../metadata/lint.js'
import { parsePolicy } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import { checkAcl, objectOwnerContext, objectOwnershipEffects } from '../s3/acl.js'
import { bucketArn, checkRequesterPays, isBucketLevelAction, kmsActionsFor, objectArn, writeEncryption, type Requester } from '../s3/actions.js'
import { checkRestrictPublicBuckets, checkWriteTimeBlock, effectiveBlock, type EffectiveBlock } from '../s3/block-public-access.js'
import { checkObjectLock } from '../s3/object-lock.js'
import { isUnreadable, type Scenario } from '../scenario/types.js'
import type { Finding } from '../verdict/findings.js'
import type { Denial, RequestEvaluation, Verdict } from '../verdict/types.js'
import { authorize, type AuthorizationOutcome, type ExtraGrant, type ResourceSide, type UnreadableDependency } from './authorize.js'
import { kmsContext, kmsGrantFor, lookupKey } from './kms.js'
import { collectLayers, type Layer, type ScenarioLayers } from './layers.js'
import { callerAccount, parseCaller, type Caller } from './principal.js'
import type { AuthorizationRequest } from './statement.js'

interface Setup {
  scenario: Scenario
  caller: Caller
  requester: Requester
  context: RequestContext
  layers: ScenarioLayers
  partition: string
  bucketOwner: string | undefined
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
    bucketOwner: scenario.bucket?.account
  }
  const requests: RequestEvaluation[] = []
  const dependsOnUnreadable: UnreadableDependency[] = []
  const conditionFindings = new Map<string, Finding>()
  const record = (action: string, resource: string, outcome: AuthorizationOutcome): AuthorizationOutcome => {
    requests.push({ action, resource, decision: outcome.decision, layers: outcome.layers })
    for (const finding of outcome.conditionErrors) if (!conditionFindings.has(finding.path)) conditionFindings.set(finding.path, finding)
    for (const item of outcome.dependsOnUnreadable) {
      if (!dependsOnUnreadable.some((known) => known.path === item.path && known.effect === item.effect)) dependsOnUnreadable.push(item)
    }
    return outcome
  }

  const denial = decide(setup, record)
  return {
    decision: denial === null ? 'allow' : 'deny',
    denial,
    requests,
    dependsOnUnreadable,
    findings: [...findingsOf(setup), ...conditionFindings.values()],
    context: setup.context.all().map((entry) => ({ key: entry.key, values: entry.values, origin: entry.origin }))
  }
}

type Recorder = (action: string, resource: string, outcome: AuthorizationOutcome) => AuthorizationOutcome

function decide(setup: Setup, record: Recorder): Denial | null {
  const { scenario, caller } = setup
  const request = scenario.request
  const action = request.action
  const onObject = request.key !== undefined && !isBucketLevelAction(action)
  const resource = onObject && request.key !== undefined ? objectArn(request.bucket, request.key, setup.partition) : bucketArn(request.bucket, setup.partition)
  const headers = request.headers ?? {}
  const bucket = scenario.bucket
  const block = effectiveBlock(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock)
  const ownership = bucket?.objectOwnership !== undefined && !isUnreadable(bucket.objectOwnership) ? bucket.objectOwnership : undefined
  const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined
  const nonPolicy = (policyType: Denial['policyType'], policy: string, reason: string, httpStatus = 403, errorCode = 'AccessDenied'): Denial => ({
    policyType,
    statement: null,
    action,
    policy,
    httpStatus,
    errorCode,
    reason
  })

  // The S3 request through every policy layer.
  const s3 = record(action, resource, authorize({ ...baseInput(setup, action, resource, setup.context, true), resource: s3ResourceSide(setup, action, onObject, block) }))
  if (s3.denial?.kind === 'explicit') return fromPolicy(s3, action)

  const requestPolicy = request.policy !== undefined ? parsePolicy(request.policy, 'request.policy') : undefined
  const writeBlock = checkWriteTimeBlock(action, headers, requestPolicy, block)
  if (writeBlock.blocked) return nonPolicy('block-public-access', `${writeBlock.setting} (${writeBlock.level} level)`, writeBlock.reason)

  const ownershipEffect = objectOwnershipEffects(ownership, headers, action, { bucketOwner: setup.bucketOwner, writer: callerAccount(caller) })
  if (ownershipEffect.kind === 'rejected') {
    return nonPolicy('object-ownership', `Object Ownership ${ownership ?? ''} of ${request.bucket}`.trim(), ownershipEffect.reason, ownershipEffect.httpStatus, ownershipEffect.errorCode)
  }

  const requesterPays = bucket?.requesterPays
  if (requesterPays !== undefined && !isUnreadable(requesterPays)) {
    const check = checkRequesterPays(action, { requesterPays, bucketOwner: setup.bucketOwner, requester: setup.requester, headers })
    if (check.kind === 'denied') return nonPolicy('requester-pays', `Requester Pays on ${request.bucket}`, check.reason)
  }

  if (s3.denial !== null) return fromPolicy(s3, action)

  // Object Lock protects versions from deletion and from shortened retention.
  // Without aws:CurrentTime the evaluator has no clock (it is pure): a retention date then counts as in force.
  const now = currentTime(setup.context) ?? new Date(0)
  const lock = checkObjectLock(action, object, headers, now)
  if (lock.kind === 'blocked') return nonPolicy('object-lock', `Object Lock on ${request.key ?? request.bucket}`, lock.reason)
  if (lock.kind === 'needs-bypass-permission') {
    const bypassAction = 's3:BypassGovernanceRetention'
    const bypass = record(bypassAction, resource, authorize({ ...baseInput(setup, bypassAction, resource, setup.context, true), resource: s3ResourceSide(setup, bypassAction, onObject, block) }))
    if (bypass.decision === 'deny') {
      return nonPolicy('object-lock', `Object Lock (GOVERNANCE) on ${request.key ?? request.bucket}`, `${lock.reason}; the caller is not allowed s3:BypassGovernanceRetention: ${bypass.denial?.reason ?? ''}`)
    }
  }

  // SSE-KMS: the KMS call S3 makes with the caller's credentials.
  const kmsDenial = decideKms(setup, record)
  if (kmsDenial !== null) return kmsDenial

  // HEAD/GET of a key that does not exist: 404 only for a caller allowed to list the bucket.
  if (object?.exists === false && /^s3:getobject(version)?$/i.test(action)) {
    const listResource = bucketArn(request.bucket, setup.partition)
    const list = record('s3:ListBucket', listResource, authorize({ ...baseInput(setup, 's3:ListBucket', listResource, setup.context, true), resource: s3ResourceSide(setup, 's3:ListBucket', false, block) }))
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

function baseInput(setup: Setup, action: string, resource: string, context: RequestContext, throughEndpoint: boolean) {
  const request: AuthorizationRequest = {
    action,
    resource,
    caller: setup.caller,
    context,
    hasBoundary: setup.layers.boundary.state !== 'absent'
  }
  const management = setup.scenario.organization?.managementAccount
  const caller = setup.caller
  const scpExempt =
    caller.kind === 'anonymous' ||
    caller.kind === 'service' ||
    (management !== undefined && callerAccount(caller) === management) ||
    (caller.kind === 'role-session' && caller.serviceLinked)
  const resourceAccount = resource.startsWith('arn:') && resource.split(':')[2] === 'kms' ? resource.split(':')[4] : setup.bucketOwner
  return {
    request,
    layers: setup.layers,
    scpExempt,
    rcpExempt: management !== undefined && resourceAccount === management,
    throughEndpoint: throughEndpoint && setup.scenario.request.vpcEndpoint !== undefined
  }
}

/** The resource side of an S3 request: the bucket policy, ACL grants, object ownership, RestrictPublicBuckets. */
function s3ResourceSide(setup: Setup, action: string, onObject: boolean, block: EffectiveBlock): ResourceSide {
  const { scenario } = setup
  const bucket = scenario.bucket
  const key = scenario.request.key
  const object = onObject && key !== undefined ? bucket?.objects?.[key] : undefined
  // For an object another account owns (ACLs enabled), that account is the authority over it:
  // the bucket policy can only deny, and the object ACL is the only grant.
  const owner = objectOwnerContext(bucket?.objectOwnership, setup.bucketOwner, object?.exists === false ? undefined : object)
  const foreign = owner.kind === 'other-account' ? owner : null

  // Object operations are granted by the object's ACL; writes and bucket operations by the bucket's.
  const objectAcl = onObject && action.toLowerCase() !== 's3:putobject'
  const acl = checkAcl(action, {
    requester: setup.requester,
    onObject: objectAcl,
    acl: objectAcl ? object?.acl : bucket?.acl,
    owner: objectAcl ? (foreign?.owner ?? setup.bucketOwner) : setup.bucketOwner,
    bucketOwner: setup.bucketOwner,
    ownership: bucket?.objectOwnership,
    ignorePublicAcls: block.IgnorePublicAcls
  })
  // A grant to a group (AllUsers, AuthenticatedUsers) reaches the caller directly; one to its account is delegated to the account's policies.
  const extraGrant: ExtraGrant | null =
    acl.kind === 'granted' ? { kind: acl.grant.grantee.type === 'Group' ? 'wildcard' : 'account', layer: 'acl', description: acl.reason } : null

  const policyLayer: Layer = setup.layers.bucketPolicy
  const bucketPolicy = policyLayer.state === 'present' ? policyLayer.sources[0]?.policy : undefined
  const restrict = checkRestrictPublicBuckets(block, bucketPolicy, setup.requester, setup.bucketOwner)
  return {
    policy: policyLayer,
    account: foreign?.owner ?? setup.bucketOwner,
    authoritative: false,
    extraGrant,
    policyGrantsIgnored: foreign === null ? null : { layer: 'acl', reason: `${foreign.reason}; ${acl.reason}` },
    policyGrantsBlocked: restrict.kind === 'restricted' ? { reason: restrict.reason, setting: `RestrictPublicBuckets (${restrict.level} level)` } : null
  }
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
  if (lower === 's3:putobject') {
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
  const key = lookupKey(scenario, keyId)
  if (key.awsManaged) return null // aws/s3: its key policy lets every principal of the account use it through S3.

  let firstImplicit: Denial | null = null
  for (const requirement of requirements) {
    const kmsAction = requirement.kmsAction
    const context = kmsContext(setup.context, scenario, setup.caller, key.arn)
    const keyLayer: Layer = setup.layers.keyPolicies.get(key.arn) ?? {
      state: 'unreadable',
      path: 'kmsKeys',
      error: `the snapshot has no entry for the KMS key ${key.arn}`
    }
    const outcome = record(
      kmsAction,
      key.arn,
      authorize({
        ...baseInput(setup, kmsAction, key.arn, context, false),
        resource: {
          policy: keyLayer,
          account: key.arn.split(':')[4] || undefined,
          authoritative: true,
          extraGrant: key.index >= 0 ? kmsGrantFor(scenario, key.index, setup.caller, kmsAction.slice('kms:'.length)) : null,
          policyGrantsIgnored: null,
          policyGrantsBlocked: null
        }
      })
    )
    if (outcome.denial === null) continue
    const denial = fromPolicy(outcome, kmsAction)
    denial.reason = `${denial.reason}. ${requirement.reason}`
    if (outcome.denial.kind === 'explicit') return denial
    firstImplicit ??= denial
  }
  return firstImplicit
}

function currentTime(context: RequestContext): Date | null {
  const value = context.get('aws:CurrentTime')?.values[0]
  if (value === undefined) return null
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? null : time
}

function requesterOf(caller: Caller): Requester {
  if (caller.kind === 'anonymous') return { anonymous: true }
  if (caller.kind === 'service') return { anonymous: false, service: caller.service }
  return caller.account === '' ? { anonymous: false } : { anonymous: false, account: caller.account }
}

/** Warnings depend only on the parsed document (cached per document, like the parse itself) and its path. */
const lintCache = new WeakMap<Policy, Map<string, Finding[]>>()
function lintCached(policy: Policy, path: string): Finding[] {
  let byPath = lintCache.get(policy)
  if (byPath === undefined) lintCache.set(policy, (byPath = new Map()))
  let findings = byPath.get(path)
  if (findings === undefined) byPath.set(path, (findings = lintPolicy(policy, path)))
  return findings
}

function findingsOf(setup: Setup): Finding[] {
  const findings: Finding[] = [...lintRequest(setup.scenario.request.action, setup.scenario.request.key !== undefined)]
  const lintLayer = (layer: Layer): void => {
    if (layer.state !== 'present') return
    for (const source of layer.sources) if (source.policy !== undefined) findings.push(...lintCached(source.policy, source.path))
  }
  const { layers } = setup
  for (const layer of [layers.identity, layers.boundary, layers.session, layers.bucketPolicy, layers.vpcEndpoint, ...layers.keyPolicies.values()]) lintLayer(layer)
  for (const leveled of [layers.scps, layers.rcps]) {
    if (leveled.state !== 'present') continue
    for (const level of leveled.levels) lintLayer({ state: 'present', sources: level.sources })
  }
  return findings
}
