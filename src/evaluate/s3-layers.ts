/**
 * S3's own layers for one request, checked once: Block Public Access (write time and request time),
 * the bucket or object ACL, Object Ownership, Requester Pays, Object Lock. The engine decides with
 * these facts (./engine.ts); this module also turns them into the trace's layer entries, so that a
 * report shows every layer S3 consulted, not only the one that denied.
 */
import type { Policy } from '../policy/types.js'
import { checkAcl, describeGrants, objectOwnerContext, objectOwnershipEffects, type AclCheck, type ObjectOwnerContext, type OwnershipEffect } from '../s3/acl.js'
import { checkRequesterPays, type Requester, type RequesterPaysCheck } from '../s3/actions.js'
import {
  BLOCK_SETTINGS,
  checkRestrictPublicBuckets,
  checkWriteTimeBlock,
  levelWords,
  type EffectiveBlock,
  type RestrictPublicBucketsCheck,
  type WriteTimeBlock
} from '../s3/block-public-access.js'
import { checkObjectLock, type ObjectLockCheck } from '../s3/object-lock.js'
import { isUnreadable, type Bucket, type ObjectOwnership, type Readable } from '../scenario/types.js'
import type {
  AclGrantTrace,
  AclTrace,
  BlockPublicAccessCheck,
  BlockPublicAccessTrace,
  Decision,
  Denial,
  LayerStatus,
  LayerTrace,
  MissingKeyTrace,
  ObjectLockTrace,
  ObjectOwnershipTrace,
  RequesterPaysTrace
} from '../verdict/types.js'
import type { ExtraGrant } from './authorize.js'

export interface S3Facts {
  action: string
  block: EffectiveBlock
  ownership: Readable<ObjectOwnership> | undefined
  /** The object's owner, which decides what can grant access to an existing object. */
  owner: ObjectOwnerContext
  acl: { which: 'bucket' | 'object'; check: AclCheck }
  /** What the ACL would grant without IgnorePublicAcls (null: nothing more than with it). */
  ignoredAclGrant: ExtraGrant | null
  restrict: RestrictPublicBucketsCheck
  writeBlock: WriteTimeBlock
  ownershipEffect: OwnershipEffect
  /** Null when the bucket's Requester Pays setting is not known. */
  requesterPays: RequesterPaysCheck | null
  requesterPaysEnabled: boolean | null
  /** The collector's error when the setting could not be read. */
  requesterPaysError: string | null
  lock: ObjectLockCheck
}

export interface S3FactsInput {
  action: string
  onObject: boolean
  key: string | undefined
  headers: Readonly<Record<string, string>>
  bucket: Bucket | undefined
  bucketOwner: string | undefined
  requester: Requester
  writer: string | undefined
  block: EffectiveBlock
  bucketPolicy: Policy | undefined
  requestPolicy: Policy | undefined
  now: Date
}

/** The ACL check for `action`: the object's ACL for object reads, the bucket's for writes and bucket actions. */
export function aclFacts(input: S3FactsInput, action: string, onObject: boolean): { owner: ObjectOwnerContext; acl: S3Facts['acl']; ignoredAclGrant: ExtraGrant | null } {
  const { bucket, block } = input
  const object = onObject && input.key !== undefined ? bucket?.objects?.[input.key] : undefined
  const ownership = bucket?.objectOwnership
  const owner = objectOwnerContext(ownership, input.bucketOwner, object?.exists === false ? undefined : object)
  const foreign = owner.kind === 'other-account' ? owner.owner : undefined
  const onObjectAcl = onObject && action.toLowerCase() !== 's3:putobject'
  const aclInput = {
    requester: input.requester,
    onObject: onObjectAcl,
    acl: onObjectAcl ? object?.acl : bucket?.acl,
    owner: onObjectAcl ? (foreign ?? input.bucketOwner) : input.bucketOwner,
    bucketOwner: input.bucketOwner,
    ownership,
    ignorePublicAcls: block.IgnorePublicAcls
  }
  const check = checkAcl(action, aclInput)
  let ignoredAclGrant: ExtraGrant | null = null
  if (check.kind === 'not-granted' && check.ignoredPublicGrants.length > 0) {
    const without = checkAcl(action, { ...aclInput, ignorePublicAcls: false })
    if (without.kind === 'granted') ignoredAclGrant = { kind: 'wildcard', layer: 'acl', description: without.reason }
  }
  return { owner, acl: { which: onObjectAcl ? 'object' : 'bucket', check }, ignoredAclGrant }
}

/** Checks every S3 layer for the request. Pure and cheap: no policy is evaluated here. */
export function s3Facts(input: S3FactsInput): S3Facts {
  const { action, bucket, block } = input
  const object = input.onObject && input.key !== undefined ? bucket?.objects?.[input.key] : undefined
  const ownership = bucket?.objectOwnership
  const requesterPays = bucket?.requesterPays
  return {
    action,
    block,
    ownership,
    ...aclFacts(input, action, input.onObject),
    restrict: checkRestrictPublicBuckets(block, input.bucketPolicy, input.requester, input.bucketOwner),
    writeBlock: checkWriteTimeBlock(action, input.headers, input.requestPolicy, block),
    ownershipEffect: objectOwnershipEffects(ownership, input.headers, action, { bucketOwner: input.bucketOwner, writer: input.writer }),
    requesterPays:
      requesterPays === undefined || isUnreadable(requesterPays)
        ? null
        : checkRequesterPays(action, { requesterPays, bucketOwner: input.bucketOwner, requester: input.requester, headers: input.headers }),
    requesterPaysEnabled: requesterPays === undefined || isUnreadable(requesterPays) ? null : requesterPays,
    requesterPaysError: requesterPays !== undefined && isUnreadable(requesterPays) ? requesterPays.unreadable : null,
    lock: checkObjectLock(action, object, input.headers, input.now)
  }
}

/** An ACL grant in the trace's shape. */
function grantTrace(grant: { grantee: AclGrantTrace['grantee']; permission: AclGrantTrace['permission'] }): AclGrantTrace {
  return { grantee: grant.grantee, permission: grant.permission }
}

/** What the engine learned while deciding, which the S3 layers' trace reports. */
export interface S3Outcome {
  denial: Denial | null
  /** IgnorePublicAcls set aside a grant that would have allowed the request. */
  ignorePublicAclsDecisive: boolean
  /** GOVERNANCE bypass: the decision on s3:BypassGovernanceRetention, when it was asked. */
  bypass: Decision | null
  /** A missing key: the decision on s3:ListBucket, when it was asked. */
  listBucket: Decision | null
}

/** The trace entries of S3's own layers, after the seven policy layers of the S3 request. */
export function s3LayerTraces(facts: S3Facts, outcome: S3Outcome): LayerTrace[] {
  const { action } = facts
  const denies = (layer: Denial['policyType']): boolean => outcome.denial?.policyType === layer && outcome.denial.action === action
  const status = (layer: Denial['policyType'], involved: boolean, fallback: LayerStatus = 'no-opinion'): LayerStatus =>
    denies(layer) ? 'denies' : involved ? fallback : 'not-applicable'
  return [blockPublicAccess(facts, outcome, denies('block-public-access')), acl(facts, status), ownership(facts, status), requesterPays(facts, status), objectLock(facts, outcome, status), ...missingKey(facts, outcome, denies('missing-list-permission'))]
}

function blockPublicAccess(facts: S3Facts, outcome: S3Outcome, denying: boolean): BlockPublicAccessTrace {
  const { block, writeBlock, restrict, acl, action } = facts
  const settings = {} as BlockPublicAccessTrace['settings']
  for (const setting of BLOCK_SETTINGS) settings[setting] = { on: block[setting], level: block.source[setting] }
  const checks: BlockPublicAccessCheck[] = []
  const ignored = acl.check.kind === 'not-granted' ? acl.check.ignoredPublicGrants.map(grantTrace) : []

  if (writeBlock.blocked) {
    checks.push(
      writeBlock.setting === 'BlockPublicAcls'
        ? { setting: 'BlockPublicAcls', outcome: 'blocked', publicGrants: (writeBlock.publicGrants ?? []).map(grantTrace), reason: writeBlock.reason }
        : { setting: 'BlockPublicPolicy', outcome: 'blocked', publicStatements: writeBlock.publicStatements ?? [], reason: writeBlock.reason }
    )
  }
  checks.push({
    setting: 'RestrictPublicBuckets',
    outcome: restrict.kind,
    publicStatements: restrict.kind === 'not-applicable' ? [] : restrict.publicStatements,
    reason: restrict.reason
  })
  const ignoreLevel = block.source.IgnorePublicAcls
  if (ignored.length > 0) {
    checks.push({
      setting: 'IgnorePublicAcls',
      outcome: outcome.ignorePublicAclsDecisive ? 'decisive' : 'ignored',
      ignoredGrants: ignored,
      reason: `IgnorePublicAcls (${ignoreLevel === null ? 'no' : levelWords(ignoreLevel)} level) ignores the ${acl.which} ACL's grant of ${describeGrants(ignored)}${outcome.ignorePublicAclsDecisive ? `, which would otherwise allow ${action}` : ''}`
    })
  } else {
    checks.push({
      setting: 'IgnorePublicAcls',
      outcome: 'not-applicable',
      ignoredGrants: [],
      reason: block.IgnorePublicAcls ? `the ${acl.which} ACL has no public grant for IgnorePublicAcls to ignore` : 'IgnorePublicAcls is off'
    })
  }
  const anyOn = BLOCK_SETTINGS.some((setting) => block[setting])
  const restricts = restrict.kind === 'restricted' || restrict.kind === 'admitted' || ignored.length > 0
  const status: LayerStatus = denying ? 'denies' : block.unreadable.length > 0 && !anyOn ? 'unreadable' : !anyOn ? 'not-present' : restricts ? 'no-opinion' : 'not-applicable'
  const on = BLOCK_SETTINGS.filter((setting) => block[setting])
  const summary = denying
    ? (outcome.denial?.reason ?? 'denies')
    : on.length === 0
      ? block.unreadable.length > 0
        ? `the ${block.unreadable.join(' and ')} settings could not be read`
        : 'no setting is on'
      : `${on.join(', ')} on; ${checks.map((check) => check.reason).join('; ')}`
  const trace: BlockPublicAccessTrace = { kind: 'block-public-access', layer: 'block-public-access', action, status, summary, policies: [], settings, unreadableLevels: block.unreadable, checks }
  if (block.unreadable.length > 0) trace.unreadable = `Block Public Access settings of the ${block.unreadable.join(' and ')} could not be read`
  return trace
}

type StatusOf = (layer: Denial['policyType'], involved: boolean, fallback?: LayerStatus) => LayerStatus

function acl(facts: S3Facts, status: StatusOf): AclTrace {
  const { check, which } = facts.acl
  const owner = facts.owner
  const layerStatus: LayerStatus =
    check.kind === 'granted' ? (status('acl', true) === 'denies' ? 'denies' : 'allows') : check.kind === 'unknown' ? 'unreadable' : status('acl', check.kind === 'not-granted')
  const trace: AclTrace = {
    kind: 'acl',
    layer: 'acl',
    action: facts.action,
    status: layerStatus,
    summary: owner.kind === 'other-account' ? `${check.reason}; ${owner.reason}` : check.reason,
    policies: [],
    acl: which,
    outcome: check.kind,
    permission: check.kind === 'granted' || check.kind === 'not-granted' ? check.permission : null,
    grant: check.kind === 'granted' ? grantTrace(check.grant) : null,
    ignoredPublicGrants: check.kind === 'not-granted' ? check.ignoredPublicGrants.map(grantTrace) : [],
    objectOwner: { kind: owner.kind, owner: owner.kind === 'unknown' ? null : owner.owner }
  }
  if (check.kind === 'unknown') trace.unreadable = check.reason
  return trace
}

function ownership(facts: S3Facts, status: StatusOf): ObjectOwnershipTrace {
  const effect = facts.ownershipEffect
  const setting = facts.ownership === undefined || isUnreadable(facts.ownership) ? null : facts.ownership
  const trace: ObjectOwnershipTrace = {
    kind: 'object-ownership',
    layer: 'object-ownership',
    action: facts.action,
    status: effect.kind === 'unknown' ? 'unreadable' : status('object-ownership', effect.kind === 'rejected'),
    summary: setting === null && effect.kind !== 'unknown' ? `no Object Ownership setting (the bucket behaves as ObjectWriter): ${effect.reason}` : effect.reason,
    policies: [],
    setting,
    outcome: effect.kind,
    newObjectOwner: effect.kind === 'accepted' ? effect.newObjectOwner : null
  }
  if (effect.kind === 'unknown') trace.unreadable = effect.reason
  return trace
}

function requesterPays(facts: S3Facts, status: StatusOf): RequesterPaysTrace {
  const check = facts.requesterPays
  const error = facts.requesterPaysError
  const trace: RequesterPaysTrace = {
    kind: 'requester-pays',
    layer: 'requester-pays',
    action: facts.action,
    status: error !== null ? 'unreadable' : check === null ? 'not-present' : status('requester-pays', check.kind !== 'not-applicable', 'allows'),
    summary: error !== null ? `could not be read: ${error}` : check === null ? "the bucket's Requester Pays setting is not in the scenario" : check.reason,
    policies: [],
    enabled: facts.requesterPaysEnabled,
    outcome: check === null ? 'unknown' : check.kind
  }
  if (error !== null) trace.unreadable = error
  return trace
}

function objectLock(facts: S3Facts, outcome: S3Outcome, status: StatusOf): ObjectLockTrace {
  const lock = facts.lock
  const bypassed = lock.kind === 'needs-bypass-permission' && outcome.bypass === 'allow'
  const trace: ObjectLockTrace = {
    kind: 'object-lock',
    layer: 'object-lock',
    action: facts.action,
    status: lock.kind === 'unknown' ? 'unreadable' : status('object-lock', lock.kind !== 'not-applicable', 'allows'),
    summary: bypassed ? `${lock.reason}; the caller is allowed s3:BypassGovernanceRetention` : lock.reason,
    policies: [],
    outcome: bypassed ? 'bypassed' : lock.kind,
    protection: lock.kind === 'blocked' ? lock.protection : lock.kind === 'needs-bypass-permission' ? 'governance' : null
  }
  if (lock.kind === 'unknown') trace.unreadable = lock.reason
  return trace
}

function missingKey(facts: S3Facts, outcome: S3Outcome, denying: boolean): MissingKeyTrace[] {
  if (outcome.listBucket === null) return []
  return [
    {
      kind: 'missing-list-permission',
      layer: 'missing-list-permission',
      action: facts.action,
      status: denying ? 'denies' : 'allows',
      summary: denying
        ? (outcome.denial?.reason ?? 'denies')
        : 'the key does not exist and the caller is allowed s3:ListBucket, so S3 answers 404 NoSuchKey',
      policies: [],
      listBucket: outcome.listBucket
    }
  ]
}
