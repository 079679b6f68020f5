/**
 * The live collector: reads every authorization layer of one S3 request into a scenario (format 1),
 * with the reader's credentials, all reads concurrent, each with a timeout and retried on
 * throttling. A layer the doctor may not read (or that the server does not implement, or that came
 * back malformed) becomes `{"unreadable": "..."}` in the scenario and an `UnreadableLayer` naming the
 * permission that would have read it; nothing here throws for an AWS answer.
 *
 * Round trips on the critical path, counted from when the caller is known:
 *   1. GetRole + the policy listings, DescribeOrganization + ListRoots + ListParents, the account's
 *      Block Public Access (S3 Control); every S3 read, DescribeVpcEndpoints and the KMS key the
 *      upload's header names go out even before the caller is known (`caller` may be a promise:
 *      without role-to-assume, they share round 1 with GetCallerIdentity and the probes);
 *   2. GetRolePolicy, GetPolicy (managed policies, the boundary), the KMS key of the bucket's default
 *      encryption or the existing object, the next ListParents, the root's policies (ListRoots
 *      named the root);
 *   3. GetPolicyVersion; ListPoliciesForTarget/DescribePolicy follow each ListParents;
 * so 3 for a role outside an organization or one OU below its root, and more only for deeper OUs.
 * `stats.roundTrips` measures it on every run.
 *
 * The assembled scenario goes through the loader (`parseScenario` + `checkPolicies`), which decodes
 * IAM's URL-encoded documents; whatever it rejects (a document that is not JSON, an ACL naming ids
 * that are not AWS canonical ids...) is turned into an unreadable layer with the loader's message,
 * so the result always loads and never carries a value the doctor could not vouch for.
 */
import type { Settings } from '../action/settings.js'
import { parseCaller } from '../evaluate/principal.js'
import { checkPolicies } from '../scenario/read.js'
import { childPath, indexPath, ScenarioError } from '../scenario/errors.js'
import { parseScenario } from '../scenario/load.js'
import type { Acl, Bucket, Identity, KmsKey, NamedPolicy, ObjectState, Organization, PolicyDocument, PolicyLevels, Scenario, VpcEndpoint } from '../scenario/types.js'
import type { AwsClients } from './clients.js'
import { Reader, roundTrips, unreadableLayer, type ReadResult, type Unreadable } from './collect-read.js'
// ./collect-ec2.js (and with it ./ec2-query.js, the EC2 client) is imported only when a VPC
// endpoint is named or the runner sits in a VPC.
import type { EndpointFacts, RunnerNetwork } from './collect-ec2.js'
import { collectRole, collectUser, whoAmI, type CollectedPolicy, type IdentityCollection } from './collect-iam.js'
import { collectKey, isAwsManagedS3Alias, type CollectedKey } from './collect-kms.js'
import { collectOrganization, type LevelPolicies, type OrgCollection } from './collect-org.js'
import { startS3Reads, type HeadFacts, type Ownership } from './collect-s3.js'
import { buildRequestContext, contextNotes, type ContextInput, type ContextNote } from './context.js'
import { READS, type ReadName } from './doctor-policy.js'
import type { CallerIdentity, UnreadableLayer } from './types.js'

export interface CollectRequest {
  action: string
  bucket: string
  key?: string
  /** The headers the real upload will send (see `uploadHeaders` in ./context.ts). */
  headers: Record<string, string>
  operation?: string
}

/** The network probes a live run may use; each is optional, and a failure only leaves a key unknown. */
export interface NetworkProbes {
  /** The runner's public IP (./context.ts `discoverPublicIp`). */
  discoverSourceIp?: () => Promise<string | null>
  /** On EC2, the runner's VPC, subnet and private IP (./context.ts `readRunnerNetwork`). */
  runnerNetwork?: () => Promise<RunnerNetwork | null>
}

export interface CollectInput {
  /** The reader's credentials (reader-role-to-assume) or the pipeline's. */
  clients: AwsClients
  /**
   * null when GetCallerIdentity is unavailable (S3-compatible servers): derived from IAM GetUser or
   * ListBuckets. A promise while it is being resolved: the reads that do not need it (every S3 read
   * but the account's Block Public Access, the VPC endpoint) start at once, the others as it arrives.
   */
  caller: CallerIdentity | null | Promise<CallerIdentity | null>
  request: CollectRequest
  settings: Pick<Settings, 'region' | 'sourceIp' | 'vpcEndpointId' | 'endpointUrl' | 'timeoutSeconds'>
  now: Date
  sleep?: (ms: number) => Promise<void>
  network?: NetworkProbes
  /** Tests: a shorter attempt timeout, fewer attempts, a fixed random source. */
  limits?: { attemptTimeoutMs?: number; maxAttempts?: number; random?: () => number }
}

export interface CollectResult {
  scenario: Scenario
  unreadable: UnreadableLayer[]
  /** Condition keys whose value is unknown, with the conditions that depend on them. */
  contextNotes: ContextNote[]
  /** Assumptions the snapshot makes that no read could settle, one sentence each. */
  notes: string[]
  /** What AWS itself said that the scenario has no field for. */
  observations: { bucketPolicyIsPublic?: boolean }
  stats: { reads: number; roundTrips: number; elapsedMs: number }
}

/** Ten seconds per attempt at most: an API that has not answered by then is not going to. */
const MAX_ATTEMPT_MS = 10_000
const ACCOUNT = /^\d{12}$/
const PRINCIPAL = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+$/
const IDENTITY_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$/

/** A place in the draft scenario that can be replaced by an unreadable marker when the loader rejects it. */
interface Slot {
  path: string
  permission: string
  apply(error: string): void
}

class Draft {
  readonly unreadable: UnreadableLayer[] = []
  readonly slots: Slot[] = []
  readonly notes: string[] = []

  /** Records an unreadable layer (and returns the scenario's marker for it). */
  lost(path: string, result: Unreadable): { unreadable: string } {
    this.unreadable.push(unreadableLayer(path, result))
    return { unreadable: result.error }
  }

  /** A fact no permission can read (the reader is told why, with no permission to grant). */
  unknowable(path: string, error: string): void {
    this.unreadable.push({ path, error, permission: '' })
  }

  slot(path: string, read: ReadName, apply: (error: string) => void): void {
    this.slots.push({ path, permission: READS[read].permission, apply })
  }
}

/** IAM's documents stay the strings AWS sent until the loader decodes them (see the module comment). */
function asDocument(text: string): PolicyDocument {
  return text as unknown as PolicyDocument
}

export async function collectScenario(input: CollectInput): Promise<CollectResult> {
  const started = Date.now()
  const budgetMs = Math.max(1, input.settings.timeoutSeconds) * 1000
  const reader = new Reader({
    attemptTimeoutMs: input.limits?.attemptTimeoutMs ?? Math.min(MAX_ATTEMPT_MS, budgetMs),
    deadline: Date.now() + budgetMs,
    ...(input.limits?.maxAttempts !== undefined ? { maxAttempts: input.limits.maxAttempts } : {}),
    ...(input.sleep !== undefined ? { sleep: input.sleep } : {}),
    ...(input.limits?.random !== undefined ? { random: input.limits.random } : {})
  })
  const { clients, request, settings } = input
  const draft = new Draft()

  const callerKnown = Promise.resolve(input.caller)
  const accountKnown = callerKnown.then((caller) => (caller !== null && ACCOUNT.test(caller.account) ? caller.account : undefined))
  const headers = lowerCaseKeys(request.headers)

  // Round 1: everything that needs only the request (the S3 reads, the endpoint), and, as soon as
  // the caller is known, its identity, its account's settings and its organization.
  const s3 = startS3Reads(reader, clients.s3, clients.s3control, {
    bucket: request.bucket,
    ...(request.key !== undefined ? { key: request.key } : {}),
    account: accountKnown,
    requestPayer: headers['x-amz-request-payer']?.toLowerCase() === 'requester'
  })
  const principal = callerKnown.then((caller) => resolvePrincipal(reader, clients, caller, s3.ownership, settings.endpointUrl !== undefined, draft))
  const identity = principal.then((found) => collectIdentity(reader, clients, found.arn, found.userName))
  const organization = accountKnown.then((account) => (account !== undefined ? collectOrganization(reader, clients.organizations, account) : undefined))
  const endpoint = readVpcEndpoint(reader, clients, settings, input.network, s3.region, draft)
  const sourceIp = discoverIp(settings, input.network, draft)
  const keys = collectKeys(reader, clients, headers, s3)

  const [caller, account, found, identityResult, orgResult, endpointResult, ip, keyResults] = await Promise.all([callerKnown, accountKnown, principal, identity, organization, endpoint, sourceIp, keys])
  const [region, ownership, policy, policyStatus, publicAccessBlock, accountPublicAccessBlock, objectOwnership, acl, encryption, versioning, objectLock, requesterPays] = await Promise.all([
    s3.region,
    s3.ownership,
    s3.policy,
    s3.policyStatus,
    s3.publicAccessBlock,
    s3.accountPublicAccessBlock,
    s3.objectOwnership,
    s3.acl,
    s3.encryption,
    s3.versioning,
    s3.objectLock,
    s3.requesterPays
  ])
  const object = s3.object === undefined ? undefined : await Promise.all([s3.object.head, s3.object.acl, s3.object.tags, s3.object.retention, s3.object.legalHold])

  // Assembly.
  const scenario: Scenario = {
    version: 1,
    name: `Live snapshot: ${request.action} on s3://${request.bucket}${request.key !== undefined ? `/${request.key}` : ''}`,
    request: {
      principal: found.arn,
      action: request.action,
      bucket: request.bucket,
      ...(request.key !== undefined ? { key: request.key } : {}),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(request.operation !== undefined ? { operation: request.operation } : {})
    }
  }

  const owner = bucketOwner(ownership, account, draft, acl)
  const canonical = canonicalIds(ownership, acl, account)
  const bucket: Bucket = { name: request.bucket }
  if (owner.account !== undefined) bucket.account = owner.account
  if (region.ok) bucket.region = region.value
  else if (!region.absent) draft.lost('bucket.region', region)

  const observations: CollectResult['observations'] = {}
  if (policyStatus.ok) observations.bucketPolicyIsPublic = policyStatus.value

  assign(draft, 'bucket.policy', 's3.GetBucketPolicy', policy, (value) => (bucket.policy = asDocument(value)), (marker) => (bucket.policy = marker))
  assign(draft, 'bucket.publicAccessBlock', 's3.GetPublicAccessBlock', publicAccessBlock, (value) => (bucket.publicAccessBlock = value), (marker) => (bucket.publicAccessBlock = marker))
  if (owner.foreign) {
    draft.unknowable('bucket.accountPublicAccessBlock', "the bucket belongs to another account: that account's Block Public Access settings cannot be read with these credentials")
    bucket.accountPublicAccessBlock = { unreadable: "the bucket belongs to another account, whose account-level Block Public Access cannot be read" }
  } else if (accountPublicAccessBlock !== undefined) {
    assign(draft, 'bucket.accountPublicAccessBlock', 's3control.GetPublicAccessBlock', accountPublicAccessBlock, (value) => (bucket.accountPublicAccessBlock = value), (marker) => (bucket.accountPublicAccessBlock = marker))
  } else {
    draft.unknowable('bucket.accountPublicAccessBlock', 'no AWS account id to read the account-level Block Public Access of (an S3-compatible endpoint)')
    bucket.accountPublicAccessBlock = { unreadable: 'no AWS account id to read the account-level Block Public Access of' }
  }
  assign(draft, 'bucket.objectOwnership', 's3.GetBucketOwnershipControls', objectOwnership, (value) => (bucket.objectOwnership = value), (marker) => (bucket.objectOwnership = marker))
  assign(draft, 'bucket.acl', 's3.GetBucketAcl', acl, (value) => (bucket.acl = mapAcl(value, canonical)), (marker) => (bucket.acl = marker))
  assign(draft, 'bucket.encryption', 's3.GetBucketEncryption', encryption, (value) => {
    const copy = { ...value }
    const resolved = copy.kmsKeyArn !== undefined ? keyResults.find((key) => key.reference === copy.kmsKeyArn)?.arn : undefined
    if (resolved !== undefined) copy.kmsKeyArn = resolved
    bucket.encryption = copy
  }, (marker) => (bucket.encryption = marker))
  assign(draft, 'bucket.versioning', 's3.GetBucketVersioning', versioning, (value) => (bucket.versioning = value), (marker) => (bucket.versioning = marker))
  assign(draft, 'bucket.objectLock', 's3.GetObjectLockConfiguration', objectLock, (value) => (bucket.objectLock = value), (marker) => (bucket.objectLock = marker))
  assign(draft, 'bucket.requesterPays', 's3.GetBucketRequestPayment', requesterPays, (value) => (bucket.requesterPays = value), (marker) => (bucket.requesterPays = marker))
  if (object !== undefined && request.key !== undefined) {
    const state = objectState(draft, request.key, object, canonical)
    if (Object.keys(state).length > 0) bucket.objects = { [request.key]: state }
  }
  scenario.bucket = bucket

  const identityDraft = assembleIdentity(draft, found, identityResult, orgResult, caller)
  if (identityDraft !== undefined) scenario.identity = identityDraft
  const organizationDraft = assembleOrganization(draft, orgResult, owner.foreign)
  if (organizationDraft !== undefined) scenario.organization = organizationDraft
  const kmsKeys = assembleKeys(draft, keyResults)
  if (kmsKeys.length > 0) scenario.kmsKeys = kmsKeys

  // The request context.
  const contextInput: ContextInput = { now: input.now, headers }
  if (settings.endpointUrl !== undefined) contextInput.endpointUrl = settings.endpointUrl
  const requestRegion = region.ok ? region.value : settings.region
  if (requestRegion !== undefined) contextInput.region = requestRegion
  if (ip !== undefined) contextInput.sourceIp = ip
  if (endpointResult.endpoint !== undefined) {
    const facts = endpointResult.endpoint
    contextInput.vpcEndpoint = { id: facts.id, origin: endpointResult.origin, ...(facts.vpcId !== undefined ? { vpcId: facts.vpcId } : {}), ...(endpointResult.privateIp !== undefined ? { privateIp: endpointResult.privateIp } : {}) }
    const entry: VpcEndpoint = { id: facts.id }
    endpointType(draft, facts, entry)
    if (facts.policy !== undefined) {
      entry.policy = asDocument(facts.policy)
      draft.slot('vpcEndpoints[0].policy', 'ec2.DescribeVpcEndpoints', (error) => (entry.policy = { unreadable: error }))
    } else if (facts.unreadable !== undefined) {
      entry.policy = draft.lost('vpcEndpoints[0].policy', facts.unreadable)
    }
    scenario.vpcEndpoints = [entry]
  }
  if (endpointResult.unknown !== undefined) contextInput.endpointUnknown = endpointResult.unknown
  const built = buildRequestContext(contextInput)
  scenario.request.context = built.context
  if (built.vpcEndpoint !== undefined) scenario.request.vpcEndpoint = built.vpcEndpoint

  const checked = sanitize(scenario, draft)
  return {
    scenario: checked,
    unreadable: draft.unreadable,
    contextNotes: contextNotes(checked, built.unknown),
    notes: draft.notes,
    observations,
    stats: { reads: reader.log.length, roundTrips: roundTrips(reader.log), elapsedMs: Date.now() - started }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value
  return out
}

/** Puts a read's value (with a slot for the loader's verdict on it), its unreadable marker, or nothing for an absent layer. */
function assign<T>(draft: Draft, path: string, read: ReadName, result: ReadResult<T>, set: (value: T) => void, mark: (marker: { unreadable: string }) => void): void {
  if (result.ok) {
    set(result.value)
    draft.slot(path, read, (error) => mark({ unreadable: error }))
  } else if (!result.absent) {
    mark(draft.lost(path, result))
  }
}

interface Principal {
  arn: string
  /** For a caller found through IAM GetUser (S3-compatible servers). */
  userName?: string
}

/**
 * The principal: GetCallerIdentity's ARN when the caller is known. Without it (S3-compatible
 * servers have no GetCallerIdentity), IAM GetUser with no name answers for the caller itself;
 * failing that, on an S3-compatible endpoint, ListBuckets' Owner.ID is the user id
 * (`arn:aws:iam:::user/ID`, the empty-account ARN those servers use).
 */
async function resolvePrincipal(reader: Reader, clients: AwsClients, caller: CallerIdentity | null, ownership: Promise<ReadResult<Ownership>>, compatible: boolean, draft: Draft): Promise<Principal> {
  if (caller !== null) return { arn: normalizePrincipal(caller.arn, draft) }
  const me = await whoAmI(reader, clients.iam)
  if (me.ok) return { arn: normalizePrincipal(me.value.arn, draft), userName: me.value.name }
  const listed = await ownership
  if (compatible && listed.ok && listed.value.canonicalId !== undefined && /^[\w.@$:+=,-]+$/.test(listed.value.canonicalId)) {
    draft.notes.push(`The caller was identified from the bucket listing's owner id (${listed.value.canonicalId}), as the S3-compatible server has neither STS GetCallerIdentity nor IAM GetUser.`)
    return { arn: `arn:aws:iam:::user/${listed.value.canonicalId}` }
  }
  const why = me.absent ? me.code : me.error
  draft.lost('request.principal', { ok: false, absent: false, read: 'iam.GetUser', failure: me.absent ? 'not-found' : me.failure, error: `the caller could not be identified (no GetCallerIdentity; GetUser: ${why}): the principal is a placeholder` })
  return { arn: 'arn:aws:iam:::user/unidentified-caller' }
}

/** The scenario format accepts a 12-digit or an empty account; another (a Ceph tenant, an RGW account id) is blanked, with a note. */
function normalizePrincipal(arn: string, draft: Draft): string {
  if (PRINCIPAL.test(arn)) return arn
  const parts = arn.split(':')
  if (parts.length >= 6 && parts[0] === 'arn') {
    const blanked = [...parts.slice(0, 4), '', ...parts.slice(5)].join(':')
    if (PRINCIPAL.test(blanked)) {
      draft.notes.push(`The caller's ARN ${arn} names an account "${parts[4] ?? ''}" that is not an AWS account id; the scenario records it as ${blanked}.`)
      return blanked
    }
  }
  draft.unknowable('request.principal', `the caller's ARN ${arn} is not one the scenario format can hold: the principal is a placeholder`)
  return 'arn:aws:iam:::user/unidentified-caller'
}

async function collectIdentity(reader: Reader, clients: AwsClients, principal: string, userName: string | undefined): Promise<IdentityCollection | 'root' | 'federated' | 'other'> {
  if (userName !== undefined) return collectUser(reader, clients.iam, userName)
  const caller = parseCaller(principal)
  switch (caller.kind) {
    case 'role-session':
      return collectRole(reader, clients.iam, caller.roleName)
    case 'user':
      return collectUser(reader, clients.iam, caller.name)
    case 'root':
      return 'root'
    case 'federated-user':
      return 'federated'
    default:
      return 'other'
  }
}

interface EndpointResult {
  endpoint?: (EndpointFacts & { unreadable?: undefined }) | { id: string; vpcId?: undefined; type?: undefined; policy?: undefined; unreadable: Unreadable }
  origin: 'input' | 'detected'
  privateIp?: string
  /** Why we do not know whether an endpoint is in the path. */
  unknown?: string
}

/** The endpoint the input names, or the one a self-hosted runner's subnet routes S3 through. */
async function readVpcEndpoint(
  reader: Reader,
  clients: AwsClients,
  settings: CollectInput['settings'],
  network: NetworkProbes | undefined,
  region: Promise<ReadResult<string>>,
  draft: Draft
): Promise<EndpointResult> {
  if (settings.vpcEndpointId !== undefined) {
    const id = settings.vpcEndpointId
    const { readEndpoint } = await import('./collect-ec2.js')
    const read = await readEndpoint(reader, clients.ec2, id)
    if (read.ok) return { endpoint: read.value, origin: 'input' }
    return { endpoint: { id, unreadable: read.ok === false && read.absent ? { ok: false, absent: false, read: 'ec2.DescribeVpcEndpoints', failure: 'not-found', error: read.code } : (read as Unreadable) }, origin: 'input' }
  }
  if (network?.runnerNetwork === undefined) return { origin: 'detected' }
  let runner: RunnerNetwork | null
  try {
    runner = await network.runnerNetwork()
  } catch (error) {
    draft.notes.push(`The runner's network could not be examined (${error instanceof Error ? error.message : String(error)}); the snapshot assumes no VPC endpoint.`)
    return { origin: 'detected' }
  }
  if (runner === null) return { origin: 'detected' } // not on EC2 (a GitHub-hosted runner): the internet path
  const bucketRegion = await region
  const endpointRegion = bucketRegion.ok ? bucketRegion.value : settings.region
  if (endpointRegion === undefined) return { origin: 'detected', unknown: 'the region is not known' }
  const { detectEndpoint } = await import('./collect-ec2.js')
  const detected = await detectEndpoint(reader, clients.ec2, runner, endpointRegion)
  if (!detected.ok) {
    const lost = detected.absent ? undefined : detected
    if (lost !== undefined) draft.lost('request.vpcEndpoint', lost)
    return { origin: 'detected', unknown: lost?.error ?? 'the VPC endpoints could not be read' }
  }
  if (detected.value === null) return { origin: 'detected' }
  draft.notes.push(`The runner is in ${runner.vpcId}${runner.subnetId !== undefined ? ` (${runner.subnetId})` : ''}; its S3 traffic goes through ${detected.value.id}.`)
  return { endpoint: detected.value, origin: 'detected', ...(runner.privateIp !== undefined ? { privateIp: runner.privateIp } : {}) }
}

/**
 * DescribeVpcEndpoints' VpcEndpointType into `entry.type`: on a gateway endpoint an account
 * principal in the policy admits only that account's root user, so the evaluator needs it
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway).
 * An endpoint whose policy could not be read has no type either: its policy's marker says why.
 */
function endpointType(draft: Draft, facts: NonNullable<EndpointResult['endpoint']>, entry: VpcEndpoint): void {
  if (facts.unreadable !== undefined) return
  if (facts.type === 'Gateway' || facts.type === 'Interface') {
    entry.type = facts.type
  } else if (facts.type === undefined) {
    draft.lost('vpcEndpoints[0].type', {
      ok: false,
      absent: false,
      read: 'ec2.DescribeVpcEndpoints',
      failure: 'malformed',
      error: `malformed DescribeVpcEndpoints response: ${facts.id} has no VpcEndpointType; the evaluation reads its policy as an interface endpoint's`
    })
  } else {
    draft.notes.push(`${facts.id} is a ${facts.type} endpoint, not a Gateway or Interface endpoint to S3; the snapshot leaves its type out, and the evaluation reads its policy as an interface endpoint's.`)
  }
}

async function discoverIp(settings: CollectInput['settings'], network: NetworkProbes | undefined, draft: Draft): Promise<{ value: string; origin: 'input' | 'discovered' } | undefined> {
  if (settings.sourceIp !== undefined) return { value: settings.sourceIp, origin: 'input' }
  if (network?.discoverSourceIp === undefined) return undefined
  try {
    const found = await network.discoverSourceIp()
    if (found !== null) {
      draft.notes.push(`aws:SourceIp ${found} was discovered from the runner (checkip); a proxy in front of the real upload would change it.`)
      return { value: found, origin: 'discovered' }
    }
  } catch {
    // an unknown IP is reported as such by the context notes
  }
  return undefined
}

/** The keys SSE-KMS may use: the header's at once, the bucket default's and the object's as their reads answer. */
function collectKeys(reader: Reader, clients: AwsClients, headers: Record<string, string>, s3: ReturnType<typeof startS3Reads>): Promise<CollectedKey[]> {
  const started = new Map<string, Promise<CollectedKey>>()
  const start = (reference: string | undefined): Promise<void> => {
    if (reference === undefined || reference === '' || isAwsManagedS3Alias(reference) || started.has(reference)) return Promise.resolve()
    started.set(reference, collectKey(reader, clients.kms, reference))
    return Promise.resolve()
  }
  const sse = headers['x-amz-server-side-encryption']
  if (sse !== undefined && sse.startsWith('aws:kms')) void start(headers['x-amz-server-side-encryption-aws-kms-key-id'])
  const fromBucket = s3.encryption.then((result) => (result.ok && result.value.algorithm !== 'AES256' ? start(result.value.kmsKeyArn) : undefined))
  const fromObject = s3.object === undefined ? Promise.resolve() : s3.object.head.then((result) => (result.ok ? start(result.value.kmsKeyId) : undefined))
  return Promise.all([fromBucket, fromObject]).then(() => Promise.all(started.values()))
}

// ---------------------------------------------------------------------------------------------
// Ownership and canonical ids

interface OwnerFacts {
  account: string | undefined
  /** The bucket is not the caller's account's: its owner's account-level settings are out of reach. */
  foreign: boolean
}

function bucketOwner(ownership: ReadResult<Ownership>, account: string | undefined, draft: Draft, acl: ReadResult<Acl>): OwnerFacts {
  if (account === undefined) return { account: undefined, foreign: false }
  if (ownership.ok) {
    if (ownership.value.owned) return { account, foreign: false }
    const canonical = acl.ok ? ` (canonical id ${acl.value.owner})` : ''
    draft.unknowable('bucket.account', `the bucket is not among account ${account}'s buckets (ListBuckets): another account owns it${canonical}, and S3 does not say which; the evaluation treats the owner as unknown`)
    draft.notes.push(`The bucket belongs to another account than ${account}; its id is unknown, so the evaluation cannot apply that account's own settings.`)
    return { account: undefined, foreign: true }
  }
  if (!ownership.absent) {
    draft.lost('bucket.account', { ...ownership, error: `which account owns the bucket is unknown (${ownership.error}); the evaluation takes it to be the caller's account ${account}` })
  }
  return { account: undefined, foreign: false }
}

/**
 * Canonical user id -> account id, for the ids we can vouch for: ListBuckets' Owner.ID is the
 * caller's account's, and when that account owns the bucket, so is the bucket ACL's owner.
 */
function canonicalIds(ownership: ReadResult<Ownership>, acl: ReadResult<Acl>, callerAccount: string | undefined): Map<string, string> {
  const map = new Map<string, string>()
  if (callerAccount === undefined || !ownership.ok) return map
  if (ownership.value.canonicalId !== undefined) map.set(ownership.value.canonicalId, callerAccount)
  if (ownership.value.owned && acl.ok) map.set(acl.value.owner, callerAccount)
  return map
}

function mapAcl(acl: Acl, canonical: Map<string, string>): Acl {
  return {
    owner: canonical.get(acl.owner) ?? acl.owner,
    grants: acl.grants.map((grant) =>
      grant.grantee.type === 'CanonicalUser' && canonical.has(grant.grantee.id)
        ? { ...grant, grantee: { ...grant.grantee, id: canonical.get(grant.grantee.id) as string } }
        : grant
    )
  }
}

function objectState(
  draft: Draft,
  key: string,
  [head, acl, tags, retention, legalHold]: [ReadResult<HeadFacts>, ReadResult<Acl>, ReadResult<Record<string, string>>, ReadResult<{ mode: 'GOVERNANCE' | 'COMPLIANCE'; until: string }>, ReadResult<boolean>],
  canonical: Map<string, string>
): ObjectState {
  const base = childPath('bucket.objects', key)
  const state: ObjectState = {}
  if (head.ok) {
    state.exists = head.value.exists
    if (!head.value.exists) return state
    if (head.value.kmsKeyId !== undefined) {
      state.kmsKeyArn = head.value.kmsKeyId
      draft.slot(`${base}.kmsKeyArn`, 's3.HeadObject', () => delete state.kmsKeyArn)
    }
  } else if (!head.absent) {
    const error = head.failure === 'denied' ? `${head.error} (HeadObject answers 403 both when the doctor lacks s3:GetObject and when the key does not exist and the doctor lacks s3:ListBucket)` : head.error
    draft.lost(base, { ...head, error })
  }
  const field = <K extends 'acl' | 'tags' | 'retention' | 'legalHold'>(name: K, read: ReadName, result: ReadResult<NonNullable<Exclude<ObjectState[K], { unreadable: string }>>>, transform: (value: NonNullable<Exclude<ObjectState[K], { unreadable: string }>>) => ObjectState[K] = (value) => value): void => {
    assign(draft, `${base}.${name}`, read, result, (value) => (state[name] = transform(value)), (marker) => (state[name] = marker as ObjectState[K]))
  }
  field('acl', 's3.GetObjectAcl', acl, (value) => mapAcl(value, canonical))
  if (acl.ok) {
    state.owner = canonical.get(acl.value.owner) ?? acl.value.owner
    draft.slot(`${base}.owner`, 's3.GetObjectAcl', () => delete state.owner)
  }
  field('tags', 's3.GetObjectTagging', tags)
  field('retention', 's3.GetObjectRetention', retention)
  field('legalHold', 's3.GetObjectLegalHold', legalHold)
  return state
}

// ---------------------------------------------------------------------------------------------
// Identity, organization, keys

/** One identity policy (or boundary) at `path` (the document's path), with its slot or its unreadable marker. */
function namedPolicy(draft: Draft, path: string, policy: CollectedPolicy, read: ReadName): NamedPolicy {
  const named: NamedPolicy = { name: policy.name, document: { unreadable: '' } }
  const document = policy.document
  if (document.ok) {
    named.document = asDocument(document.value)
    draft.slot(path, read, (error) => (named.document = { unreadable: error }))
  } else if (document.absent) {
    named.document = draft.lost(path, { ok: false, absent: false, read, failure: 'not-found', error: `${document.code}: the policy was listed but could not be found` })
  } else {
    named.document = draft.lost(path, document)
  }
  return named
}

/** The read whose permission a policy document needs: GetPolicyVersion for a managed policy (or the step that failed). */
function documentRead(policy: CollectedPolicy, inline: ReadName): ReadName {
  if (!policy.name.startsWith('arn:')) return policy.name.startsWith('group/') ? 'iam.GetGroupPolicy' : inline
  return policy.document.ok || policy.document.absent ? 'iam.GetPolicyVersion' : policy.document.read
}

function assembleIdentity(
  draft: Draft,
  principal: Principal,
  collected: IdentityCollection | 'root' | 'federated' | 'other',
  org: OrgCollection | undefined,
  caller: CallerIdentity | null
): Identity | undefined {
  const identity: Identity = {}
  if (collected === 'root') {
    if (IDENTITY_ARN.test(principal.arn)) identity.arn = principal.arn
  } else if (collected === 'federated') {
    draft.unknowable('identity.policies', 'a federated user session (GetFederationToken): the IAM user whose policies apply cannot be told from the session ARN')
    identity.policies = { unreadable: 'a federated user session: the IAM user whose policies apply cannot be told from its ARN' }
    draft.unknowable('identity.sessionPolicies', 'the policy passed to GetFederationToken cannot be read back from AWS')
    identity.sessionPolicies = { unreadable: 'the policy passed to GetFederationToken cannot be read back from AWS' }
  } else if (collected === 'other') {
    draft.notes.push(`The caller ${principal.arn} is neither a role session nor an IAM user: no identity policies were read.`)
  } else {
    const entityRead: ReadName = collected.kind === 'role' ? 'iam.GetRole' : 'iam.GetUser'
    if (collected.entity.ok) {
      const facts = collected.entity.value
      if (IDENTITY_ARN.test(facts.arn)) identity.arn = facts.arn
      else draft.notes.push(`The ${collected.kind}'s ARN ${facts.arn} has no AWS account id; the scenario leaves identity.arn out.`)
      if (Object.keys(facts.tags).length > 0) identity.tags = facts.tags
    } else if (!collected.entity.absent) {
      draft.lost('identity.arn', { ...collected.entity, error: `${collected.entity.error} (the ${collected.kind}'s path, tags and permissions boundary are unknown)` })
    }
    const inlineRead: ReadName = collected.kind === 'role' ? 'iam.GetRolePolicy' : 'iam.GetUserPolicy'
    const policies = collected.policies.map((policy, index) => namedPolicy(draft, `${indexPath('identity.policies', index)}.document`, policy, documentRead(policy, inlineRead)))
    collected.missingLists.forEach((missing, index) => {
      policies.push({ name: missing.name, document: draft.lost(`${indexPath('identity.policies', collected.policies.length + index)}.document`, missing.result) })
    })
    if (policies.length > 0) identity.policies = policies
    const boundary = collected.boundary
    if (boundary !== undefined) {
      identity.permissionsBoundary =
        'ok' in boundary
          ? draft.lost('identity.permissionsBoundary', { ...boundary, read: entityRead, error: `whether the ${collected.kind} has a permissions boundary is unknown: ${boundary.error}` })
          : namedPolicy(draft, 'identity.permissionsBoundary.document', boundary, documentRead(boundary, inlineRead))
    }
    if (collected.kind === 'role' && (caller === null || caller.source === 'environment' || caller.source === 'unknown')) {
      draft.notes.push('Session policies passed when the role session was created cannot be read back from AWS; the snapshot assumes none.')
    }
  }

  if (org !== undefined) {
    if (org.organization.ok) {
      identity.orgId = org.organization.value.id
      if (org.path.ok) identity.orgPaths = [`${org.organization.value.id}/${org.path.value.map((id) => `${id}/`).join('')}`]
      else if (!org.path.absent) draft.lost('identity.orgPaths', org.path)
    } else if (!org.organization.absent) {
      draft.lost('identity.orgId', org.organization)
    }
  }
  return Object.keys(identity).length > 0 ? identity : undefined
}

function levelsOf(draft: Draft, path: string, levels: LevelPolicies[]): PolicyLevels {
  return levels.map((level, levelIndex) =>
    level.policies.map((policy, index) => {
      const where = `${indexPath(indexPath(path, levelIndex), index)}.document`
      const named: NamedPolicy = { name: policy.name, document: { unreadable: '' } }
      if (policy.document.ok) {
        named.document = asDocument(policy.document.value)
        draft.slot(where, 'organizations.DescribePolicy', (error) => (named.document = { unreadable: error }))
      } else {
        named.document = policy.document.absent
          ? draft.lost(where, { ok: false, absent: false, read: 'organizations.DescribePolicy', failure: 'not-found', error: policy.document.code })
          : draft.lost(where, policy.document)
      }
      return named
    })
  )
}

function assembleOrganization(draft: Draft, org: OrgCollection | undefined, foreignBucket: boolean): Organization | undefined {
  if (org === undefined) return undefined
  if (!org.organization.ok && org.organization.absent) return undefined // not in an organization: no SCPs, no RCPs
  const organization: Organization = {}
  if (org.organization.ok && org.organization.value.managementAccount !== undefined) organization.managementAccount = org.organization.value.managementAccount
  const layer = (field: 'serviceControlPolicies' | 'resourceControlPolicies', result: ReadResult<LevelPolicies[]>, enabled: boolean | undefined): void => {
    const path = `organization.${field}`
    if (enabled === false) return
    if (result.ok) {
      // Without ListRoots: a policy type that is enabled has a policy at every level, so none anywhere means disabled.
      if (enabled === undefined && result.value.every((level) => level.policies.length === 0)) return
      organization[field] = levelsOf(draft, path, result.value)
    } else if (!result.absent) {
      organization[field] = draft.lost(path, result)
    }
  }
  const types = org.policyTypes.ok ? org.policyTypes.value : undefined
  layer('serviceControlPolicies', org.scps, types?.scp)
  if (foreignBucket) {
    draft.unknowable('organization.resourceControlPolicies', "the bucket belongs to another account: the RCPs of that account's organization are outside what the doctor can read")
    organization.resourceControlPolicies = { unreadable: "the bucket belongs to another account, whose organization's RCPs cannot be read" }
  } else {
    layer('resourceControlPolicies', org.rcps, types?.rcp)
  }
  return Object.keys(organization).length > 0 ? organization : undefined
}

function assembleKeys(draft: Draft, keys: CollectedKey[]): KmsKey[] {
  const out: KmsKey[] = []
  const seen = new Set<string>()
  for (const key of keys) {
    const arn = key.arn ?? key.reference
    if (seen.has(arn)) continue
    seen.add(arn)
    const index = out.length
    const entry: KmsKey = { arn }
    // The request may name the key by alias: keep the alias so the evaluator finds the key from the header.
    if (key.arn !== undefined && /(^|:)alias\//.test(key.reference)) entry.aliases = [key.reference.slice(key.reference.indexOf('alias/'))]
    keyManager(draft, `kmsKeys[${index}].keyManager`, key, entry)
    assign(draft, `kmsKeys[${index}].policy`, 'kms.GetKeyPolicy', key.policy, (value) => (entry.policy = asDocument(value)), (marker) => (entry.policy = marker))
    assign(draft, `kmsKeys[${index}].grants`, 'kms.ListGrants', key.grants, (value) => (entry.grants = value), (marker) => (entry.grants = marker))
    if (key.arn === undefined) draft.notes.push(`The KMS key ${key.reference} could not be resolved to a key ARN; the snapshot names it as the request did.`)
    out.push(entry)
  }
  return out
}

const UNKNOWN_MANAGER =
  'whether AWS manages the key is unknown: the snapshot treats it as customer managed, which is wrong only for an AWS managed key (such as aws/s3), whose key policy AWS defines and which no other account can use'

/**
 * DescribeKey's KeyManager into `entry.keyManager`. It has no unreadable marker in the format (a
 * plain enum, absent meaning customer managed), so when DescribeKey failed for a key whose ARN is
 * known anyway, the unknown is recorded as an unreadable layer with the read that would settle it.
 * A key whose alias could not be resolved says so in its policy and grants already.
 */
function keyManager(draft: Draft, path: string, key: CollectedKey, entry: KmsKey): void {
  const described = key.describe
  if (described.ok) {
    if (described.value.keyManager !== undefined) entry.keyManager = described.value.keyManager
    else draft.lost(path, { ok: false, absent: false, read: 'kms.DescribeKey', failure: 'malformed', error: `malformed DescribeKey response: no KeyMetadata.KeyManager (AWS or CUSTOMER); ${UNKNOWN_MANAGER}` })
    return
  }
  if (key.arn === undefined) return
  const failure = described.absent ? 'not-found' : described.failure
  const error = described.absent ? described.code : described.error
  draft.lost(path, { ok: false, absent: false, read: 'kms.DescribeKey', failure, error: `${error}; ${UNKNOWN_MANAGER}` })
}

// ---------------------------------------------------------------------------------------------

function covers(slot: string, path: string): boolean {
  return path === slot || path.startsWith(`${slot}.`) || path.startsWith(`${slot}[`)
}

/**
 * Loads the draft as `explain` would; every issue the loader finds inside a slot replaces that
 * slot's value with an unreadable marker carrying the loader's message, and the load is retried.
 * An issue outside every slot is a bug in the collector, and throws.
 */
function sanitize(draft: Scenario, state: Draft): Scenario {
  const used = new Set<Slot>()
  for (let round = 0; round <= state.slots.length; round++) {
    let problem: ScenarioError
    try {
      return checkPolicies(parseScenario(draft))
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error
      problem = error
    }
    let fixed = 0
    for (const issue of problem.issues) {
      let best: Slot | undefined
      for (const slot of state.slots) {
        if (!used.has(slot) && covers(slot.path, issue.path) && (best === undefined || slot.path.length > best.path.length)) best = slot
      }
      if (best === undefined) continue
      used.add(best)
      const error = `the answer could not be used: ${issue.path}: ${issue.message}`
      best.apply(error)
      state.unreadable.push({ path: best.path, error, permission: best.permission })
      fixed++
    }
    if (fixed === 0) throw new Error(`the collected scenario does not load (a collector bug): ${problem.message}`)
  }
  throw new Error('the collected scenario does not load (a collector bug)')
}

