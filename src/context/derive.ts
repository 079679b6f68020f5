/**
 * The request context AWS builds for an S3 request: the keys the scenario gives, plus the keys
 * AWS derives from the principal, the bucket, the headers and the object. A given key wins.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html
 */
import type { Caller } from '../evaluate/principal.js'
import { principalArn } from '../evaluate/principal.js'
import type { Scenario } from '../scenario/types.js'
import { RequestContext } from './types.js'

/** Keys that carry a set of values even when the scenario gives a single string. */
const MULTI_VALUED = new Set(['aws:principalorgpaths', 'aws:tagkeys', 'aws:calledvia', 's3:x-amz-grant-read'])

export function deriveContext(scenario: Scenario, caller: Caller): RequestContext {
  const context = new RequestContext()
  const given = scenario.request.context
  if (given !== undefined) {
    for (const key of Object.keys(given)) {
      const value = given[key]
      if (value === undefined) continue
      context.set({
        key,
        values: Array.isArray(value) ? value : [value],
        multiValued: Array.isArray(value) || MULTI_VALUED.has(key.toLowerCase()),
        origin: 'given'
      })
    }
  }
  addDerived(context, scenario, caller)
  return context
}

/** Adds the keys AWS derives, unless the scenario gives them (a given value wins). */
function addDerived(context: RequestContext, scenario: Scenario, caller: Caller): void {
  const { request, identity, bucket } = scenario
  const add = (key: string, value: string | string[] | undefined): void => {
    if (value === undefined) return
    const values = Array.isArray(value) ? value : [value]
    context.setDefault({ key, values, multiValued: Array.isArray(value), origin: 'derived' })
  }

  if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
    add('aws:PrincipalArn', principalArn(caller))
    add('aws:PrincipalAccount', caller.account)
    add('aws:PrincipalType', principalType(caller))
    add('aws:PrincipalIsAWSService', 'false')
    if (caller.kind === 'user') add('aws:username', caller.name)
    if (caller.kind === 'root') add('aws:userid', caller.account)
    if (identity?.orgId !== undefined) add('aws:PrincipalOrgID', identity.orgId)
    if (identity?.orgPaths !== undefined) add('aws:PrincipalOrgPaths', identity.orgPaths)
    const tags = identity?.tags
    if (tags !== undefined) for (const tag of Object.keys(tags)) add(`aws:PrincipalTag/${tag}`, tags[tag])
  } else if (caller.kind === 'anonymous') {
    add('aws:PrincipalType', 'Anonymous')
    add('aws:userid', 'anonymous')
  } else {
    add('aws:PrincipalIsAWSService', 'true')
    add('aws:PrincipalServiceName', caller.service)
  }

  if (bucket?.account !== undefined) {
    add('aws:ResourceAccount', bucket.account)
    add('s3:ResourceAccount', bucket.account)
  }
  if (bucket?.region !== undefined) add('aws:RequestedRegion', bucket.region)
  if (request.vpcEndpoint !== undefined) add('aws:SourceVpce', request.vpcEndpoint)

  const time = request.context?.['aws:CurrentTime']
  if (typeof time === 'string') {
    const instant = Date.parse(time)
    if (!Number.isNaN(instant)) add('aws:EpochTime', String(Math.floor(instant / 1000)))
  }

  const headers = request.headers
  if (headers !== undefined) {
    for (const header of Object.keys(headers)) {
      const name = header.toLowerCase()
      if (name.startsWith('x-amz-')) add(`s3:${name}`, headers[header])
    }
  }

  const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined
  const tags = object?.tags
  if (tags !== undefined && !('unreadable' in tags)) {
    for (const tag of Object.keys(tags)) add(`s3:ExistingObjectTag/${tag}`, tags[tag])
  }
}

function principalType(caller: Caller): string {
  switch (caller.kind) {
    case 'root':
      return 'Account'
    case 'user':
      return 'User'
    case 'role-session':
      return 'AssumedRole'
    case 'federated-user':
      return 'FederatedUser'
    default:
      return 'Anonymous'
  }
}
