/**
 * The policy set of a folder of plain policy files, mapped in the expectations file's `policies:`
 * to what they are attached to. Paths are relative to the folder (the repository root in the action).
 *
 * A mapping without names applies to whatever the expectations name: `bucket-policy: x.json` is the
 * policy of every bucket, `role-policies: [..]` the policies of every role. The files are the whole
 * world: a role or bucket they do not map has no policies (not unknown ones). A file that does not
 * exist on a side (added by the change) is no policy on that side.
 */
import type { PolicyDocument } from '../scenario/types.js'
import { readDocument, type DocumentRole } from './documents.js'
import { collectUnresolved, emptyPolicySet, Unknown, type BucketModel, type PolicyFileMap, type PolicySet, type RoleModel, type SourcedDocument } from './types.js'

/** Every path the mapping names, in a stable order (what a caller reads before building the set). */
export function policyFilePaths(map: PolicyFileMap): string[] {
  const out: string[] = []
  const add = (value: string | string[] | Record<string, string | string[]> | undefined): void => {
    if (value === undefined) return
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) out.push(...value)
    else for (const item of Object.values(value)) add(item)
  }
  add(map.bucketPolicy)
  add(map.rolePolicies)
  add(map.boundary)
  add(map.scps)
  add(map.rcps)
  add(map.keyPolicy)
  add(map.endpointPolicy)
  return [...new Set(out)]
}

/**
 * `files` holds each path's text on this side, or null when the file does not exist there.
 * `description` names the side in reports ("policy files at base").
 */
export function policySetFromFiles(map: PolicyFileMap, files: ReadonlyMap<string, string | null>, description = 'policy files'): PolicySet {
  const set = emptyPolicySet('files', description)
  set.closedWorld = true
  const read = (path: string, role: DocumentRole): SourcedDocument | null => {
    const text = files.get(path)
    if (text === undefined || text === null) {
      const reason = `${path} does not exist in the ${description}: taken as no policy`
      if (!set.unresolved.includes(reason)) set.unresolved.push(reason)
      return null
    }
    const document: PolicyDocument | Unknown | undefined = readDocument(text, path, role)
    if (document === undefined) return null
    return { origin: path, name: path, document }
  }

  const roleNamed = (name: string | null): RoleModel => {
    const found = set.roles.find((role) => (name === null ? role.any === true : role.name === name))
    if (found !== undefined) return found
    const role: RoleModel = { name: name ?? '*', path: '/', origin: 'policies', policies: [], boundary: null }
    if (name === null) role.any = true
    set.roles.push(role)
    return role
  }
  const rolePolicies = map.rolePolicies
  if (Array.isArray(rolePolicies)) {
    const role = roleNamed(null)
    for (const path of rolePolicies) {
      const doc = read(path, 'identity')
      if (doc !== null) role.policies.push(doc)
    }
  } else if (rolePolicies !== undefined) {
    for (const [name, paths] of Object.entries(rolePolicies)) {
      const role = roleNamed(name)
      for (const path of paths) {
        const doc = read(path, 'identity')
        if (doc !== null) role.policies.push(doc)
      }
    }
  }
  if (typeof map.boundary === 'string') roleNamed(null).boundary = read(map.boundary, 'identity')
  else if (map.boundary !== undefined) for (const [name, path] of Object.entries(map.boundary)) roleNamed(name).boundary = read(path, 'identity')

  // Buckets: the unnamed one stands for every bucket the expectations name.
  const any: BucketModel = { name: '*', origin: 'policies', any: true, policy: null, publicAccessBlock: null, ownership: null, encryption: null }
  set.buckets.push(any)
  if (typeof map.bucketPolicy === 'string') {
    const doc = read(map.bucketPolicy, 'resource')
    if (doc !== null) any.policy = { ...doc, name: 'bucket policy' }
  } else if (map.bucketPolicy !== undefined) {
    for (const [name, path] of Object.entries(map.bucketPolicy)) {
      const doc = read(path, 'resource')
      set.buckets.push({ name, origin: path, policy: doc === null ? null : { ...doc, name: `bucket policy of ${name}` }, publicAccessBlock: null, ownership: null, encryption: null })
    }
  }

  // Keys: a single key policy is the policy of the buckets' default encryption key.
  if (typeof map.keyPolicy === 'string' && map.keyArn !== undefined) {
    set.keys.push({ arn: map.keyArn, origin: map.keyPolicy, policy: read(map.keyPolicy, 'resource') })
    for (const bucket of set.buckets) bucket.encryption = { algorithm: 'aws:kms', kmsKey: map.keyArn, bucketKeyEnabled: false }
  } else if (map.keyPolicy !== undefined && typeof map.keyPolicy !== 'string') {
    for (const [arn, path] of Object.entries(map.keyPolicy)) set.keys.push({ arn, origin: path, policy: read(path, 'resource') })
  }

  if (typeof map.endpointPolicy === 'string') {
    set.endpoints.push({ id: '*', any: true, origin: map.endpointPolicy, policy: read(map.endpointPolicy, 'resource') })
  } else if (map.endpointPolicy !== undefined) {
    for (const [id, path] of Object.entries(map.endpointPolicy)) set.endpoints.push({ id, origin: path, policy: read(path, 'resource') })
  }

  // Mapped SCPs and RCPs apply to every request (the mapping says they are attached above the account).
  for (const path of map.scps ?? []) {
    const doc = read(path, 'organization')
    if (doc !== null) set.scps.push({ ...doc, targets: 'everywhere' })
  }
  for (const path of map.rcps ?? []) {
    const doc = read(path, 'organization')
    if (doc !== null) set.rcps.push({ ...doc, targets: 'everywhere' })
  }
  set.unresolved = collectUnresolved(set)
  return set
}
