/**
 * Broad grants a change introduces: Allow statements in the head that the base does not have, and
 * that give much more than one pipeline needs.
 *
 * - wildcard principals in bucket and key policies (`"*"`, `{"AWS": "*"}`, NotPrincipal), with whether
 *   S3 considers the statement public and what Block Public Access does about it: BlockPublicPolicy
 *   makes S3 reject the policy when it is put (the apply fails), RestrictPublicBuckets limits a public
 *   policy to AWS service principals and the bucket owner's account;
 * - every action: `*`, `s3:*` (or a NotAction Allow) in bucket and identity policies;
 * - every resource: an Allow of S3 actions on `"Resource": "*"` (or NotResource) in identity policies
 *   (not in permissions boundaries, which grant nothing);
 * - Block Public Access settings the head turns off.
 *
 * A statement is new when the base has no statement with the same JSON in the same place (the same
 * bucket, role, managed policy or key), so a reordered or unchanged policy reports nothing.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html
 */
import { parsePolicy } from '../policy/parse.js'
import type { Statement } from '../policy/types.js'
import { BLOCK_SETTINGS, effectiveBlock } from '../s3/block-public-access.js'
import { statementPublicity } from '../s3/public.js'
import type { JsonValue, PolicyDocument, PublicAccessBlock } from '../scenario/types.js'
import { isUnknown, type BlockPublicAccessEffect, type BroadGrant, type BucketModel, type PolicySet, type SourcedDocument, type Unknown } from './types.js'

interface Candidate {
  key: string
  grant: BroadGrant
}

type Place = { kind: 'bucket'; bucket: BucketModel } | { kind: 'identity'; owner: string } | { kind: 'key'; owner: string }

/** JSON with sorted keys: the same statement written in another key order is the same statement. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

function rawStatements(document: PolicyDocument): JsonValue[] {
  const raw = document['Statement']
  return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
}

function isWildcardPrincipal(statement: Statement): boolean {
  const principal = statement.principal
  if (principal === null) return false
  if (principal.negated || principal.wildcard) return true
  return principal.AWS.includes('*') || principal.CanonicalUser.includes('*')
}

function allActions(statement: Statement): string | null {
  if (statement.action.negated) return `NotAction ${statement.action.values.join(', ')} allows every other action`
  const broad = statement.action.values.find((value) => value === '*' || value.toLowerCase() === 's3:*')
  if (broad === undefined) return null
  return broad === '*' ? 'Action "*" allows every action of every service' : `Action "${broad}" allows every S3 action`
}

function touchesS3(statement: Statement): boolean {
  if (statement.action.negated) return true
  return statement.action.values.some((value) => value === '*' || value.toLowerCase().startsWith('s3:') || value.toLowerCase().startsWith('s3*'))
}

function allResources(statement: Statement): string | null {
  const resource = statement.resource
  if (resource === null || !touchesS3(statement)) return null
  if (resource.negated) return `NotResource ${resource.values.join(', ')} applies its S3 actions to every other resource`
  return resource.values.includes('*') ? `allows ${statement.action.values.join(', ')} on every bucket and object ("Resource": "*")` : null
}

function blockEffect(set: PolicySet, bucket: BucketModel): { effect: BlockPublicAccessEffect; detail: string } {
  const bucketBlock = bucket.publicAccessBlock
  const accountBlock = set.accountPublicAccessBlock
  if (isUnknown(bucketBlock) || isUnknown(accountBlock)) {
    return { effect: 'unknown', detail: `Block Public Access cannot be told: ${((isUnknown(bucketBlock) ? bucketBlock : accountBlock) as Unknown).reason}` }
  }
  const block = effectiveBlock(bucketBlock ?? undefined, accountBlock ?? undefined)
  if (block.BlockPublicPolicy) {
    return { effect: 'stops', detail: `BlockPublicPolicy (${block.source.BlockPublicPolicy ?? ''} level) makes S3 reject this policy: applying the change fails` }
  }
  if (block.RestrictPublicBuckets) {
    return { effect: 'restricts', detail: `RestrictPublicBuckets (${block.source.RestrictPublicBuckets ?? ''} level) limits it to AWS service principals and the bucket owner's account` }
  }
  const account = accountBlock === null ? ' (the account-level settings are not in the source; they apply too if turned on)' : ''
  return { effect: 'does-not-stop', detail: `Block Public Access does not stop it${account}` }
}

function scan(set: PolicySet, doc: SourcedDocument, place: Place, out: Candidate[], policyWords: string): void {
  if (isUnknown(doc.document)) return
  const policy = parsePolicy(doc.document, doc.origin)
  const raws = rawStatements(doc.document)
  const where = place.kind === 'bucket' ? `bucket:${place.bucket.name}` : `${place.kind}:${place.owner}`
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow') continue
    const json = raws[statement.index] ?? null
    const base = { policy: policyWords, origin: doc.origin, statement: statement.label, json }
    const text = canonical(json)
    if (place.kind !== 'identity' && isWildcardPrincipal(statement)) {
      const publicity = statementPublicity(statement)
      const grant: BroadGrant = {
        kind: 'wildcard-principal',
        ...base,
        public: publicity.public,
        detail: publicity.public ? `public: ${publicity.reason}` : `a wildcard principal, not public: ${publicity.reason}`
      }
      if (place.kind === 'bucket' && publicity.public) {
        const effect = blockEffect(set, place.bucket)
        grant.blockPublicAccess = effect.effect
        grant.detail = `${grant.detail}. ${effect.detail}`
      }
      out.push({ key: `wildcard-principal|${where}|${text}`, grant })
    }
    if (place.kind !== 'key') {
      const actions = allActions(statement)
      if (actions !== null) out.push({ key: `all-actions|${where}|${text}`, grant: { kind: 'all-actions', ...base, detail: actions } })
    }
    if (place.kind === 'identity') {
      const resources = allResources(statement)
      if (resources !== null) out.push({ key: `all-resources|${where}|${text}`, grant: { kind: 'all-resources', ...base, detail: resources } })
    }
  }
}

function candidates(set: PolicySet): Candidate[] {
  const out: Candidate[] = []
  for (const bucket of set.buckets) {
    if (bucket.policy !== null) scan(set, bucket.policy, { kind: 'bucket', bucket }, out, bucket.any === true ? 'bucket policy' : `bucket policy of ${bucket.name}`)
  }
  const seen = new Set<object>()
  // A permissions boundary grants nothing (it only limits): a managed policy used only as one is no broad grant.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
  const attached = new Set<SourcedDocument>(set.roles.flatMap((role) => role.policies))
  const boundaries = new Set<SourcedDocument>(set.roles.flatMap((role) => (role.boundary === null ? [] : [role.boundary])))
  for (const doc of set.managedPolicies) {
    if (isUnknown(doc.document) || seen.has(doc.document)) continue
    if (boundaries.has(doc) && !attached.has(doc)) continue
    seen.add(doc.document)
    scan(set, doc, { kind: 'identity', owner: `managed:${doc.name}` }, out, `managed policy ${doc.name}`)
  }
  for (const role of set.roles) {
    const roleName = typeof role.name === 'string' ? role.name : role.origin
    for (const doc of role.policies) {
      if (isUnknown(doc.document) || seen.has(doc.document)) continue
      seen.add(doc.document)
      scan(set, doc, { kind: 'identity', owner: `role:${roleName}:${doc.name}` }, out, `identity policy ${doc.name} of role ${role.any === true ? '(every role)' : roleName}`)
    }
  }
  for (const key of set.keys) {
    if (key.policy === null) continue
    const owner = typeof key.arn === 'string' ? key.arn : key.origin
    scan(set, key.policy, { kind: 'key', owner }, out, `key policy of ${owner}`)
  }
  return out
}

function blockSettingsTurnedOff(base: PolicySet, head: PolicySet): BroadGrant[] {
  const out: BroadGrant[] = []
  const compare = (before: PublicAccessBlock | Unknown | null, after: PublicAccessBlock | Unknown | null, policy: string, origin: string): void => {
    if (before === null || isUnknown(before) || isUnknown(after)) return
    for (const setting of BLOCK_SETTINGS) {
      if (before[setting] === true && after?.[setting] !== true) {
        out.push({
          kind: 'block-public-access-off',
          policy,
          origin,
          statement: setting,
          detail: after === null ? `the change removes ${policy}, which turned ${setting} on` : `the change turns ${setting} off`,
          json: null
        })
      }
    }
  }
  for (const bucket of base.buckets) {
    const after = head.buckets.find((candidate) => candidate.name === bucket.name && candidate.any === bucket.any)
    compare(bucket.publicAccessBlock, after?.publicAccessBlock ?? null, `Block Public Access of ${bucket.name}`, after?.publicAccessBlockOrigin ?? bucket.publicAccessBlockOrigin ?? bucket.origin)
  }
  compare(base.accountPublicAccessBlock, head.accountPublicAccessBlock, 'account-level Block Public Access', 'aws_s3_account_public_access_block')
  return out
}

/** The broad grants in the head that the base does not have. */
export function newBroadGrants(base: PolicySet, head: PolicySet): BroadGrant[] {
  const before = new Set(candidates(base).map((candidate) => candidate.key))
  const seen = new Set<string>()
  const out: BroadGrant[] = []
  for (const candidate of candidates(head)) {
    if (before.has(candidate.key) || seen.has(candidate.key)) continue
    seen.add(candidate.key)
    out.push(candidate.grant)
  }
  return [...out, ...blockSettingsTurnedOff(base, head)]
}
