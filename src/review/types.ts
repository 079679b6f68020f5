/**
 * Policy review on pull requests (issue 5): the expectations a repository declares, the policy set
 * read from one side of a change (a Terraform plan, a CloudFormation template, or plain policy
 * files), and what the review reports.
 *
 * A value the source cannot tell (Terraform's "known after apply", a CloudFormation intrinsic that
 * names something outside the template) is an `Unknown` carrying the words that name it; the
 * review never guesses it.
 */
import type { Fix } from '../fix/types.js'
import type { JsonValue, ObjectOwnership, PolicyDocument, PublicAccessBlock } from '../scenario/types.js'
import type { Denial } from '../verdict/types.js'

// ---------------------------------------------------------------------------------------------
// Unknown values
// ---------------------------------------------------------------------------------------------

/** A value the source does not hold: `reason` names it ("aws_s3_bucket_policy.artifacts: policy is known only after apply"). */
export class Unknown {
  constructor(readonly reason: string) {}
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown
}

// ---------------------------------------------------------------------------------------------
// The expectations file
// ---------------------------------------------------------------------------------------------

export type Expect = 'allow' | 'deny'

/** One entry of the expectations file: the `request` of a scenario, a name and an expectation. */
export interface Expectation {
  /** Position in the file (0-based), for messages. */
  index: number
  name: string
  principal: string
  actions: string[]
  bucket: string
  key?: string
  context?: Record<string, string | string[]>
  headers?: Record<string, string>
  vpcEndpoint?: string
  operation?: string
  expect: Expect
}

/** `policies:` in the expectations file: which plain policy files are attached to what. */
export interface PolicyFileMap {
  /** One file for every bucket the expectations name, or one per bucket name. */
  bucketPolicy?: string | Record<string, string>
  /** The identity policies of the role every expectation runs as, or per role name. */
  rolePolicies?: string[] | Record<string, string[]>
  boundary?: string | Record<string, string>
  /** Attached beside the default FullAWSAccess, at the level above the principal's account. */
  scps?: string[]
  rcps?: string[]
  /** The policy of the bucket's default encryption key (`keyArn`), or one per key ARN. */
  keyPolicy?: string | Record<string, string>
  keyArn?: string
  /** The policy of the endpoint every request through an endpoint uses, or one per endpoint id. */
  endpointPolicy?: string | Record<string, string>
}

export interface CloudFormationSettings {
  parameters: Record<string, string | string[]>
  account?: string
  region?: string
  stackName?: string
  partition?: string
}

/**
 * `organization:` in the expectations file: where accounts sit in AWS Organizations, for the SCPs and
 * RCPs a source attaches to a root or an OU (the source rarely holds the organization's tree).
 */
export interface OrganizationMap {
  /** SCPs do not apply to the management account's principals, RCPs not to its resources. */
  managementAccount?: string
  /** Account id -> its path from the root: [root id, OU id, ...] (top down), or 'outside' (not a member). */
  accounts: Record<string, string[] | 'outside'>
}

export interface ExpectationsFile {
  version: 1
  expectations: Expectation[]
  policies?: PolicyFileMap
  /** The account that owns each bucket; absent: the caller's account (same-account access). */
  bucketAccounts: Record<string, string>
  cloudformation: CloudFormationSettings
  organization?: OrganizationMap
}

// ---------------------------------------------------------------------------------------------
// One side's policy set
// ---------------------------------------------------------------------------------------------

export interface SourcedDocument {
  /** Where it lives, as a person finds it: `aws_iam_role_policy.ci_write`, `Resources.CiWrite`, `policies/bucket.json`. */
  origin: string
  /** The policy's own name (inline policy name, managed policy ARN or name), for reports. */
  name: string
  document: PolicyDocument | Unknown
  /**
   * An unknown document that can only add allows, never an explicit deny: an AWS managed policy
   * (`arn:aws:iam::aws:policy/...`, whose text is not in the source: nothing is bundled) other than
   * the few that deny (AWSDenyAll, AWSCompromisedKeyQuarantine*). It cannot turn an allow into a deny.
   */
  allowOnly?: boolean
  /**
   * Statements the source does not determine (a CloudFormation intrinsic that names something outside
   * the template). Each is replaced in `document` by a placeholder that matches no request, so the
   * statements the source does determine (a resolved Deny) still count.
   */
  unknownStatements?: UnknownStatement[]
}

export interface UnknownStatement {
  /** Position in `document.Statement` (always a list in such a document). */
  index: number
  /** The statement's Effect when the source tells it. */
  effect: 'Allow' | 'Deny' | 'unknown'
  reason: string
}

/** An SCP or RCP and where it is attached. */
export interface OrgPolicy extends SourcedDocument {
  /**
   * The roots (`r-...`), OUs (`ou-...`) and accounts (12 digits) it is attached to, an Unknown for a
   * target the source does not tell; `everywhere` for plain policy files (mapped as applying).
   * An SCP or RCP the source attaches nowhere applies to nobody.
   */
  targets: (string | Unknown)[] | 'everywhere'
}

/** What the source tells about the organization's tree. */
export interface OrganizationModel {
  managementAccount?: string
  /** The root ids (an organization has one). */
  roots: string[]
  /** Accounts known to be members. */
  members: string[]
  /** True when `members` is every member (a Terraform aws_organizations_organization with known accounts). */
  membersComplete: boolean
  /** The parent (root or OU id) of an account or OU; an Unknown when the source does not tell it. */
  parents: Record<string, string | Unknown>
}

export interface RoleModel {
  name: string | Unknown
  /** The account the role is in, when the source tells it (its ARN, the plan's account, cloudformation.account). */
  account?: string
  path: string
  origin: string
  /** Plain files without a role name: the policies of whichever role an expectation runs as. */
  any?: boolean
  policies: SourcedDocument[]
  boundary: SourcedDocument | null
}

export type Algorithm = 'AES256' | 'aws:kms' | 'aws:kms:dsse'

export interface EncryptionModel {
  algorithm: Algorithm
  /** The key as written (ARN, key id) or as resolved; null: the AWS managed key aws/s3. */
  kmsKey: string | Unknown | null
  bucketKeyEnabled: boolean
}

export interface BucketModel {
  name: string
  origin: string
  /** Plain files without a bucket name: the policy of whichever bucket an expectation names. */
  any?: boolean
  policy: SourcedDocument | null
  publicAccessBlock: PublicAccessBlock | Unknown | null
  publicAccessBlockOrigin?: string
  ownership: ObjectOwnership | Unknown | null
  encryption: EncryptionModel | Unknown | null
}

export interface KeyModel {
  arn: string | Unknown
  keyId?: string
  /**
   * CloudFormation generates the key id: `arn` holds a stand-in ARN (the stack's account and region,
   * the id `generated-id-of-LOGICAL`) that names this key wherever the template refers to it.
   */
  generated?: boolean
  origin: string
  policy: SourcedDocument | null
}

export interface EndpointModel {
  id: string | Unknown
  origin: string
  any?: boolean
  /** Null: the default endpoint policy, which allows everything. */
  policy: SourcedDocument | null
}

export type SourceKind = 'terraform' | 'cloudformation' | 'files' | 'none'

export interface PolicySet {
  kind: SourceKind
  /** In words: "Terraform plan (after)", "CloudFormation template", "policy files". */
  description: string
  /** Plain files: a role or bucket the files do not map has no policies (rather than unknown ones). */
  closedWorld: boolean
  roles: RoleModel[]
  buckets: BucketModel[]
  keys: KeyModel[]
  endpoints: EndpointModel[]
  /** Every customer managed policy, attached or not (broad grants are looked for in all of them). */
  managedPolicies: SourcedDocument[]
  scps: OrgPolicy[]
  rcps: OrgPolicy[]
  organization: OrganizationModel
  /** The account the source's resources are in, when it tells (a plan's ARNs, cloudformation.account). */
  account?: string
  accountPublicAccessBlock: PublicAccessBlock | Unknown | null
  /** Roles and buckets whose name the source does not tell: an expectation may be about them. */
  unnamedRoles: string[]
  unnamedBuckets: string[]
  unnamedEndpoints: string[]
  /** Values that could not be resolved, each naming where and what. */
  unresolved: string[]
}

export function emptyPolicySet(kind: SourceKind, description: string): PolicySet {
  return {
    kind,
    description,
    closedWorld: false,
    roles: [],
    buckets: [],
    keys: [],
    endpoints: [],
    managedPolicies: [],
    scps: [],
    rcps: [],
    organization: { roots: [], members: [], membersComplete: false, parents: {} },
    accountPublicAccessBlock: null,
    unnamedRoles: [],
    unnamedBuckets: [],
    unnamedEndpoints: [],
    unresolved: []
  }
}

// ---------------------------------------------------------------------------------------------
// What the review reports
// ---------------------------------------------------------------------------------------------

export type SideDecision = 'allow' | 'deny' | 'unknown'

/**
 * broken: the head fails an expectation the base met (or could not decide);
 * failing: both sides fail it; fixed: the head meets an expectation the base failed;
 * passing: the head meets it and the base did too (or could not decide); unknown: the head cannot decide.
 */
export type ResultStatus = 'broken' | 'failing' | 'fixed' | 'passing' | 'unknown'

export interface ReviewFix extends Fix {
  /** Where in the repository the change goes, when the fix edits a document the source defines. */
  origin?: string
}

/**
 * One check: one expectation entry and one of its actions. An entry that lists several actions
 * gives one result per action, all with the entry's `name`; `(name, action)` identifies a result
 * (names are unique in the expectations file, actions unique within an entry).
 */
export interface ReviewResult {
  /** The entry's name, as in the expectations file. */
  name: string
  /** The action this result checks (one of the entry's actions). */
  action: string
  principal: string
  bucket: string
  key?: string
  expect: 'allow' | 'deny'
  base: SideDecision
  head: SideDecision
  /** The head decides as expected. False when it does not, and when it cannot decide. */
  ok: boolean
  status: ResultStatus
  /** The head's denial (the verdict contract), null when the head allows or cannot decide. */
  denial: (Denial & { origin?: string }) | null
  /** The deciding statement of the head's denial, as the source holds it. */
  statement: JsonValue | null
  /**
   * For a head that no longer allows what the base allowed: the base's statements that allowed it
   * (identity and bucket policies), which the change removed or narrowed.
   */
  baseAllowedBy: { policy: string; statement: string; origin?: string }[]
  /** Why a side could not decide: the unknown values it depends on. */
  unknown: { base: string[]; head: string[] }
  /** Assumptions the scenario makes beyond the source (for example the key of an existing object). */
  notes: string[]
  /** Proven fixes for a head that fails an expectation to allow. */
  fixes: ReviewFix[]
}

export type BroadGrantKind = 'wildcard-principal' | 'all-actions' | 'all-resources' | 'block-public-access-off'

export type BlockPublicAccessEffect = 'stops' | 'restricts' | 'does-not-stop' | 'unknown'

export interface BroadGrant {
  kind: BroadGrantKind
  /** The document or setting, in words. */
  policy: string
  origin: string
  /** Sid or `#N`; for block-public-access-off the setting turned off. */
  statement: string
  /** One sentence. */
  detail: string
  /** Wildcard principals: whether S3 considers the statement public. */
  public?: boolean
  /** Wildcard principals in bucket policies: what Block Public Access does about it. */
  blockPublicAccess?: BlockPublicAccessEffect
  json: JsonValue | null
}

export interface ReviewReport {
  results: ReviewResult[]
  broadGrants: BroadGrant[]
  summary: { broken: number; failing: number; fixed: number; passing: number; unknown: number; changed: number }
  base: { description: string; unresolved: string[] }
  head: { description: string; unresolved: string[] }
}

/** Every unknown value the set's models hold, each said once: what the report lists as unresolved. */
export function collectUnresolved(set: PolicySet): string[] {
  const out = new Set<string>(set.unresolved)
  const add = (value: unknown): void => {
    if (isUnknown(value)) out.add(value.reason)
  }
  const doc = (document: SourcedDocument | null): void => {
    if (document === null) return
    add(document.document)
    for (const statement of document.unknownStatements ?? []) out.add(statement.reason)
  }
  for (const role of set.roles) {
    add(role.name)
    role.policies.forEach(doc)
    doc(role.boundary)
  }
  for (const reason of [...set.unnamedRoles, ...set.unnamedBuckets, ...set.unnamedEndpoints]) out.add(reason)
  for (const bucket of set.buckets) {
    doc(bucket.policy)
    add(bucket.publicAccessBlock)
    add(bucket.ownership)
    add(bucket.encryption)
    if (bucket.encryption !== null && !isUnknown(bucket.encryption)) add(bucket.encryption.kmsKey)
  }
  for (const key of set.keys) doc(key.policy)
  for (const endpoint of set.endpoints) doc(endpoint.policy)
  set.managedPolicies.forEach(doc)
  for (const policy of [...set.scps, ...set.rcps]) {
    doc(policy)
    if (policy.targets !== 'everywhere') policy.targets.forEach(add)
  }
  for (const parent of Object.values(set.organization.parents)) add(parent)
  add(set.accountPublicAccessBlock)
  return [...out]
}
