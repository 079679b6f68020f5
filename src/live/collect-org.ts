/**
 * The organization's side: the SCPs and RCPs on the path from the root to the account, one list
 * per level (root first, then each OU, then the account), and the organization id, path and
 * management account that condition keys and the evaluator need.
 *
 * Only DescribeOrganization works from every account; ListRoots, ListParents, ListPoliciesForTarget
 * and DescribePolicy need the management account or a delegated administrator, so a member
 * account's reader typically records the policies as unreadable:
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListParents.html
 * An account outside any organization answers AWSOrganizationsNotInUseException: no SCPs, no RCPs.
 * Whether a policy type is enabled is the root's PolicyTypes (ListRoots), not DescribeOrganization's
 * deprecated AvailablePolicyTypes: https://docs.aws.amazon.com/organizations/latest/APIReference/API_PolicyTypeSummary.html
 *
 * The walk up the tree is sequential (one ListParents per level); each level's policies are
 * listed the moment its id is known, and each policy's content is read once (DescribePolicy is
 * cached by id, since one SCP is often attached at several levels). The root is known from
 * ListRoots in the first round, so its policies are listed then, without waiting for the walk to
 * reach it: an account directly under the root, or one OU below it, costs no more rounds than
 * the identity's reads.
 */
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  type OrganizationsClient,
  type PolicyType
} from '@aws-sdk/client-organizations'
import { MalformedResponse, absentOn, type ReadResult, type Reader } from './collect-read.js'

export interface LevelPolicies {
  /** The root, OU or account id. */
  target: string
  policies: { id: string; name: string; document: ReadResult<string> }[]
}

export interface OrganizationFacts {
  id: string
  managementAccount: string | undefined
}

export interface OrgCollection {
  /** Absent (ok: false, absent: true) when the account belongs to no organization. */
  organization: ReadResult<OrganizationFacts>
  /** Whether each policy type is enabled in the root (ListRoots). */
  policyTypes: ReadResult<{ scp: boolean; rcp: boolean; rootId?: string }>
  /** Ids from the root down to the account's parent. */
  path: ReadResult<string[]>
  scps: ReadResult<LevelPolicies[]>
  rcps: ReadResult<LevelPolicies[]>
}

const MAX_LEVELS = 8 // a root and at most five levels of OUs, with room to spare

export async function collectOrganization(reader: Reader, organizations: OrganizationsClient, account: string): Promise<OrgCollection> {
  const notInUse = absentOn(['AWSOrganizationsNotInUseException'])
  const organization = reader.read(
    'organizations.DescribeOrganization',
    (abortSignal) => organizations.send(new DescribeOrganizationCommand({}), { abortSignal }),
    (response): OrganizationFacts => {
      const id = response.Organization?.Id
      if (typeof id !== 'string' || id === '') throw new MalformedResponse('no Organization.Id')
      const management = response.Organization?.MasterAccountId
      return { id, managementAccount: typeof management === 'string' && management !== '' ? management : undefined }
    },
    notInUse
  )
  const policyTypes = reader.read(
    'organizations.ListRoots',
    (abortSignal) => organizations.send(new ListRootsCommand({}), { abortSignal }),
    (response) => {
      const root = response.Roots?.[0]
      if (root === undefined) throw new MalformedResponse('no Roots')
      const enabled = (type: string): boolean => (root.PolicyTypes ?? []).some((summary) => summary.Type === type && summary.Status === 'ENABLED')
      return { scp: enabled('SERVICE_CONTROL_POLICY'), rcp: enabled('RESOURCE_CONTROL_POLICY'), ...(typeof root.Id === 'string' && root.Id !== '' ? { rootId: root.Id } : {}) }
    },
    notInUse
  )

  const contents = new Map<string, Promise<ReadResult<string>>>()
  const content = (id: string): Promise<ReadResult<string>> => {
    let known = contents.get(id)
    if (known === undefined) {
      known = reader.read(
        'organizations.DescribePolicy',
        (abortSignal) => organizations.send(new DescribePolicyCommand({ PolicyId: id }), { abortSignal }),
        (response) => {
          const text = response.Policy?.Content
          if (typeof text !== 'string' || text.trim() === '') throw new MalformedResponse('no Policy.Content')
          return text
        }
      )
      contents.set(id, known)
    }
    return known
  }
  const listed = new Map<string, Promise<ReadResult<LevelPolicies>>>()
  const levelPolicies = (target: string, filter: PolicyType): Promise<ReadResult<LevelPolicies>> => {
    const id = `${filter} ${target}`
    let known = listed.get(id)
    if (known === undefined) {
      known = listLevel(target, filter)
      listed.set(id, known)
    }
    return known
  }
  // The root's policies as soon as ListRoots names it (only when the type is enabled there).
  void policyTypes.then((types) => {
    if (!types.ok || types.value.rootId === undefined) return
    if (types.value.scp) void levelPolicies(types.value.rootId, 'SERVICE_CONTROL_POLICY')
    if (types.value.rcp) void levelPolicies(types.value.rootId, 'RESOURCE_CONTROL_POLICY')
  })
  const listLevel = (target: string, filter: PolicyType): Promise<ReadResult<LevelPolicies>> =>
    reader
      .readPages(
        'organizations.ListPoliciesForTarget',
        (token, abortSignal) => organizations.send(new ListPoliciesForTargetCommand({ TargetId: target, Filter: filter, ...(token !== undefined ? { NextToken: token } : {}) }), { abortSignal }),
        (response) => {
          if (response.Policies !== undefined && !Array.isArray(response.Policies)) throw new MalformedResponse('Policies is not a list')
          const items = (response.Policies ?? []).map((policy) => {
            if (typeof policy.Id !== 'string') throw new MalformedResponse('a policy without Id')
            return { id: policy.Id, name: typeof policy.Name === 'string' && policy.Name !== '' ? policy.Name : policy.Id }
          })
          return { items, next: typeof response.NextToken === 'string' && response.NextToken !== '' ? response.NextToken : undefined }
        }
      )
      .then(async (listed): Promise<ReadResult<LevelPolicies>> => {
        if (!listed.ok) return listed
        const policies = await Promise.all(listed.value.map(async (policy) => ({ ...policy, document: await content(policy.id) })))
        return { ok: true, value: { target, policies } }
      })

  // Walk up: each level's listings start as soon as the level is known.
  const scpLevels: Promise<ReadResult<LevelPolicies>>[] = [levelPolicies(account, 'SERVICE_CONTROL_POLICY')]
  const rcpLevels: Promise<ReadResult<LevelPolicies>>[] = [levelPolicies(account, 'RESOURCE_CONTROL_POLICY')]
  const ancestors: string[] = []
  let path: ReadResult<string[]> | undefined
  let child = account
  for (let level = 0; level < MAX_LEVELS && path === undefined; level++) {
    const parent = await reader.read(
      'organizations.ListParents',
      (abortSignal) => organizations.send(new ListParentsCommand({ ChildId: child }), { abortSignal }),
      (response) => {
        const found = response.Parents?.[0]
        if (found === undefined || typeof found.Id !== 'string' || (found.Type !== 'ROOT' && found.Type !== 'ORGANIZATIONAL_UNIT')) throw new MalformedResponse('no Parents[0] with an Id and a Type')
        return { id: found.Id, root: found.Type === 'ROOT' }
      },
      notInUse
    )
    if (!parent.ok) {
      path = parent
      break
    }
    ancestors.unshift(parent.value.id)
    scpLevels.unshift(levelPolicies(parent.value.id, 'SERVICE_CONTROL_POLICY'))
    rcpLevels.unshift(levelPolicies(parent.value.id, 'RESOURCE_CONTROL_POLICY'))
    if (parent.value.root) path = { ok: true, value: ancestors }
    child = parent.value.id
  }
  path ??= { ok: false, absent: false, read: 'organizations.ListParents', failure: 'malformed', error: `malformed ListParents response: no root within ${MAX_LEVELS} levels` }

  const gather = async (levels: Promise<ReadResult<LevelPolicies>>[]): Promise<ReadResult<LevelPolicies[]>> => {
    const results = await Promise.all(levels)
    if (!path.ok) return path
    const out: LevelPolicies[] = []
    for (const result of results) {
      if (!result.ok) return result
      out.push(result.value)
    }
    return { ok: true, value: out }
  }
  const [organizationResult, typesResult, scps, rcps] = await Promise.all([organization, policyTypes, gather(scpLevels), gather(rcpLevels)])
  return { organization: organizationResult, policyTypes: typesResult, path, scps, rcps }
}
