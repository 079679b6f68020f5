/**
 * The caller's identity side: the role or user behind the session, its inline and managed
 * policies (and, for a user, its groups' policies), its tags and its permissions boundary.
 *
 * IAM returns policy documents URL-encoded (GetRolePolicy, GetPolicyVersion...); they are kept as
 * the strings IAM sent and decoded by the scenario loader (../scenario/policy-document.ts), which
 * is also what rejects a document that is not JSON.
 *
 * Every chain starts as soon as its input is known, so the depth is: the listings and GetRole in
 * the first round, GetRolePolicy/GetPolicy in the second, GetPolicyVersion in the third (a user's
 * group policies add one round: ListGroupsForUser first).
 *
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html (Path, PermissionsBoundary, Tags)
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html (Marker/IsTruncated)
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html (URL-encoded Document)
 */
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import { decodePolicyDocument } from '../scenario/policy-document.js'
import type { PolicyDocument } from '../scenario/types.js'
import { MalformedResponse, type ReadResult, type Reader, type Unreadable } from './collect-read.js'
import type { ReadName } from './doctor-policy.js'
import { withRetry, type RetryOptions } from './retry.js'

/** A policy document as read: its name, the text IAM returned (or why it could not be read). */
export interface CollectedPolicy {
  name: string
  document: ReadResult<string>
}

/** An entity's own facts: the ARN with its path, its tags, the ARN of its boundary policy. */
export interface EntityFacts {
  arn: string
  tags: Record<string, string>
  boundaryArn: string | undefined
}

export interface IdentityCollection {
  kind: 'role' | 'user'
  name: string
  entity: ReadResult<EntityFacts>
  /** Identity-based policies in a stable order: inline, managed, then each group's. */
  policies: CollectedPolicy[]
  /** A listing that failed: the policies it would have named are unknown. */
  missingLists: { name: string; result: Unreadable }[]
  /** undefined when the entity has none; an Unreadable when GetRole/GetUser failed (unknown). */
  boundary: CollectedPolicy | Unreadable | undefined
}

function tagsOf(list: unknown): Record<string, string> {
  const tags: Record<string, string> = {}
  if (!Array.isArray(list)) return tags
  for (const tag of list as { Key?: unknown; Value?: unknown }[]) {
    if (typeof tag.Key === 'string' && typeof tag.Value === 'string') tags[tag.Key] = tag.Value
  }
  return tags
}

function entityFacts(entity: { Arn?: string | undefined; Tags?: unknown; PermissionsBoundary?: { PermissionsBoundaryArn?: string | undefined } | undefined } | undefined, what: string): EntityFacts {
  if (entity === undefined || typeof entity.Arn !== 'string' || entity.Arn === '') throw new MalformedResponse(`no ${what}.Arn`)
  return { arn: entity.Arn, tags: tagsOf(entity.Tags), boundaryArn: entity.PermissionsBoundary?.PermissionsBoundaryArn }
}

function documentOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new MalformedResponse(`no ${field}`)
  return value
}

function names(list: unknown, field: string): string[] {
  if (list === undefined) return []
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) throw new MalformedResponse(`${field} is not a list of names`)
  return list as string[]
}

function attached(list: unknown): { name: string; arn: string }[] {
  if (list === undefined) return []
  if (!Array.isArray(list)) throw new MalformedResponse('AttachedPolicies is not a list')
  return (list as { PolicyName?: unknown; PolicyArn?: unknown }[]).map((item) => {
    if (typeof item.PolicyArn !== 'string') throw new MalformedResponse('an attached policy without PolicyArn')
    return { name: typeof item.PolicyName === 'string' ? item.PolicyName : item.PolicyArn, arn: item.PolicyArn }
  })
}

function nextMarker(response: { IsTruncated?: boolean | undefined; Marker?: string | undefined }): string | undefined {
  return response.IsTruncated === true && typeof response.Marker === 'string' && response.Marker !== '' ? response.Marker : undefined
}

/** GetPolicy (default version id) then GetPolicyVersion: a managed policy's document. */
export async function readManagedPolicy(reader: Reader, iam: IAMClient, arn: string): Promise<ReadResult<string>> {
  const policy = await reader.read(
    'iam.GetPolicy',
    (abortSignal) => iam.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal }),
    (response) => {
      const version = response.Policy?.DefaultVersionId
      if (typeof version !== 'string' || version === '') throw new MalformedResponse('no Policy.DefaultVersionId')
      return version
    }
  )
  if (!policy.ok) return policy
  return reader.read(
    'iam.GetPolicyVersion',
    (abortSignal) => iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.value }), { abortSignal }),
    (response) => documentOf(response.PolicyVersion?.Document, 'PolicyVersion.Document')
  )
}

interface EntityReads {
  list: ReadName
  get: ReadName
  listAttached: ReadName
  listInline: (name: string, marker: string | undefined, abortSignal: AbortSignal) => Promise<{ PolicyNames?: string[] | undefined; IsTruncated?: boolean | undefined; Marker?: string | undefined }>
  getInline: (name: string, policy: string, abortSignal: AbortSignal) => Promise<{ PolicyDocument?: string | undefined }>
  listManaged: (name: string, marker: string | undefined, abortSignal: AbortSignal) => Promise<{ AttachedPolicies?: unknown; IsTruncated?: boolean | undefined; Marker?: string | undefined }>
}

/** Inline and attached policies of one role, user or group; `label` prefixes inline names (groups). */
async function entityPolicies(reader: Reader, iam: IAMClient, reads: EntityReads, name: string, label: string, owner: string): Promise<{ policies: CollectedPolicy[]; missing: { name: string; result: Unreadable }[] }> {
  const inline = reader
    .readPages(
      reads.list,
      (marker, signal) => reads.listInline(name, marker, signal),
      (response) => ({ items: names(response.PolicyNames, 'PolicyNames'), next: nextMarker(response) })
    )
    .then(async (listed) => {
      if (!listed.ok) return { listed, docs: [] as CollectedPolicy[] }
      const docs = await Promise.all(
        listed.value.map(async (policy) => ({
          name: `${label}${policy}`,
          document: await reader.read(reads.get, (signal) => reads.getInline(name, policy, signal), (response) => documentOf(response.PolicyDocument, 'PolicyDocument'))
        }))
      )
      return { listed, docs }
    })
  const managed = reader
    .readPages(
      reads.listAttached,
      (marker, signal) => reads.listManaged(name, marker, signal),
      (response) => ({ items: attached(response.AttachedPolicies), next: nextMarker(response) })
    )
    .then(async (listed) => {
      if (!listed.ok) return { listed, docs: [] as CollectedPolicy[] }
      const docs = await Promise.all(listed.value.map(async (policy) => ({ name: policy.arn, document: await readManagedPolicy(reader, iam, policy.arn) })))
      return { listed, docs }
    })
  const [inlineResult, managedResult] = await Promise.all([inline, managed])
  const missing: { name: string; result: Unreadable }[] = []
  if (!inlineResult.listed.ok && !inlineResult.listed.absent) missing.push({ name: `inline policies of ${owner} (could not be listed)`, result: inlineResult.listed })
  if (!managedResult.listed.ok && !managedResult.listed.absent) missing.push({ name: `managed policies attached to ${owner} (could not be listed)`, result: managedResult.listed })
  return { policies: [...inlineResult.docs, ...managedResult.docs], missing }
}

function boundaryOf(reader: Reader, iam: IAMClient, entity: Promise<ReadResult<EntityFacts>>): Promise<CollectedPolicy | Unreadable | undefined> {
  return entity.then(async (facts) => {
    if (!facts.ok) return facts.absent ? undefined : facts
    const arn = facts.value.boundaryArn
    if (arn === undefined) return undefined
    return { name: arn, document: await readManagedPolicy(reader, iam, arn) }
  })
}

export async function collectRole(reader: Reader, iam: IAMClient, roleName: string): Promise<IdentityCollection> {
  const entity = reader.read(
    'iam.GetRole',
    (abortSignal) => iam.send(new GetRoleCommand({ RoleName: roleName }), { abortSignal }),
    (response) => entityFacts(response.Role, 'Role')
  )
  const boundary = boundaryOf(reader, iam, entity)
  const own = entityPolicies(
    reader,
    iam,
    {
      list: 'iam.ListRolePolicies',
      get: 'iam.GetRolePolicy',
      listAttached: 'iam.ListAttachedRolePolicies',
      listInline: (name, marker, abortSignal) => iam.send(new ListRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
      getInline: (name, policy, abortSignal) => iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policy }), { abortSignal }),
      listManaged: (name, marker, abortSignal) => iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
    },
    roleName,
    '',
    `role ${roleName}`
  )
  const [facts, bound, policies] = await Promise.all([entity, boundary, own])
  return { kind: 'role', name: roleName, entity: facts, policies: policies.policies, missingLists: policies.missing, boundary: bound }
}

/**
 * A user's policies: its own (inline, attached) and its groups' (inline, attached), all
 * identity-based policies. `userName` undefined asks IAM for the caller itself (GetUser without a
 * name), as S3-compatible servers without STS need.
 */
export async function collectUser(reader: Reader, iam: IAMClient, userName: string): Promise<IdentityCollection> {
  const entity = reader.read(
    'iam.GetUser',
    (abortSignal) => iam.send(new GetUserCommand({ UserName: userName }), { abortSignal }),
    (response) => entityFacts(response.User, 'User')
  )
  const boundary = boundaryOf(reader, iam, entity)
  const own = entityPolicies(
    reader,
    iam,
    {
      list: 'iam.ListUserPolicies',
      get: 'iam.GetUserPolicy',
      listAttached: 'iam.ListAttachedUserPolicies',
      listInline: (name, marker, abortSignal) => iam.send(new ListUserPoliciesCommand({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
      getInline: (name, policy, abortSignal) => iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: policy }), { abortSignal }),
      listManaged: (name, marker, abortSignal) => iam.send(new ListAttachedUserPoliciesCommand({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
    },
    userName,
    '',
    `user ${userName}`
  )
  const groups = reader
    .readPages(
      'iam.ListGroupsForUser',
      (marker, abortSignal) => iam.send(new ListGroupsForUserCommand({ UserName: userName, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
      (response) => {
        if (response.Groups !== undefined && !Array.isArray(response.Groups)) throw new MalformedResponse('Groups is not a list')
        const list = (response.Groups ?? []).map((group) => {
          if (typeof group.GroupName !== 'string') throw new MalformedResponse('a group without GroupName')
          return group.GroupName
        })
        return { items: list, next: nextMarker(response) }
      }
    )
    .then(async (listed) => {
      if (!listed.ok) return { policies: [] as CollectedPolicy[], missing: listed.absent ? [] : [{ name: `policies of the groups of user ${userName} (could not be listed)`, result: listed }] }
      const each = await Promise.all(
        listed.value.map((group) =>
          entityPolicies(
            reader,
            iam,
            {
              list: 'iam.ListGroupPolicies',
              get: 'iam.GetGroupPolicy',
              listAttached: 'iam.ListAttachedGroupPolicies',
              listInline: (name, marker, abortSignal) => iam.send(new ListGroupPoliciesCommand({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
              getInline: (name, policy, abortSignal) => iam.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: policy }), { abortSignal }),
              listManaged: (name, marker, abortSignal) => iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
            },
            group,
            `group/${group}/`,
            `group ${group}`
          )
        )
      )
      return { policies: each.flatMap((item) => item.policies), missing: each.flatMap((item) => item.missing) }
    })
  const [facts, bound, mine, theirs] = await Promise.all([entity, boundary, own, groups])
  return {
    kind: 'user',
    name: userName,
    entity: facts,
    policies: [...mine.policies, ...theirs.policies],
    missingLists: [...mine.missing, ...theirs.missing],
    boundary: bound
  }
}

/** GetUser without a name: the calling user, for servers without STS GetCallerIdentity (Ceph RGW). */
export function whoAmI(reader: Reader, iam: IAMClient): Promise<ReadResult<{ arn: string; name: string }>> {
  return reader.read(
    'iam.GetUser',
    (abortSignal) => iam.send(new GetUserCommand({}), { abortSignal }),
    (response) => {
      const user = response.User
      if (user === undefined || typeof user.Arn !== 'string' || user.Arn === '' || typeof user.UserName !== 'string') throw new MalformedResponse('no User.Arn and User.UserName')
      return { arn: user.Arn, name: user.UserName }
    }
  )
}

/**
 * A role's trust policy (GetRole's AssumeRolePolicyDocument, URL-encoded like every IAM document),
 * for the diagnosis of a role that could not be assumed. GetRole takes the role's name, the last
 * part of its ARN whatever its path. https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 */
export async function readRoleTrustPolicy(iam: IAMClient, roleArn: string, retry: RetryOptions = {}): Promise<PolicyDocument> {
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1)
  const output = await withRetry(({ signal }) => iam.send(new GetRoleCommand({ RoleName: name }), { abortSignal: signal }), retry)
  const document = output.Role?.AssumeRolePolicyDocument
  if (typeof document !== 'string' || document.trim() === '') throw new MalformedResponse('malformed GetRole response: no Role.AssumeRolePolicyDocument')
  return decodePolicyDocument(document, 'trustPolicy')
}
