/**
 * Implicit denies on the resource side of an S3 request: no bucket policy statement allows a caller
 * from another account (cross-account access needs both sides), or the VPC endpoint's policy does
 * not allow what goes through it. The fix is one statement that names the caller's role (not its
 * account, not the session), merged into the existing document.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html (gateway endpoints:
 *   "you must use the aws:PrincipalArn condition key to grant access to a principal")
 */
import { isUnreadable, type JsonObject, type JsonValue } from '../scenario/types.js'
import { droppedNote, fileName, granteeOf, isObject, layerTrace, nearMisses, needFor, pascal, pathToPointer, plan, serviceGranteeOf, statementsOf, withStatement, type FixContext, type Plan } from './common.js'
import { formatPointer } from './pointer.js'
import { siteOf } from './site.js'

/** A bucket policy statement naming the caller's role or user (or the AWS service principal that calls). */
export function bucketPolicyGrantPlans(context: FixContext): Plan[] {
  if (context.caller.kind === 'service') return serviceGrantPlans(context)
  const grantee = granteeOf(context.caller)
  if (grantee === null) return []
  const need = needFor(context)
  const statement: JsonObject = {
    Sid: `Allow${pascal(grantee.name)}${need.label}`,
    Effect: 'Allow',
    Principal: { AWS: grantee.arn },
    Action: need.action,
    Resource: need.resource
  }
  if (need.condition !== null) statement.Condition = need.condition
  const bucketAccount = context.scenario.bucket?.account
  const cross = bucketAccount !== undefined && bucketAccount !== grantee.account
  return bucketPolicyPlan(
    context,
    statement,
    `Allow ${grantee.kind} ${grantee.name} ${need.action} ${need.scope} in the bucket policy`,
    (added, dropped) =>
      (cross
        ? `The bucket belongs to account ${bucketAccount} and the caller to ${grantee.account}: a cross-account request needs an allow on both sides, and only account ${bucketAccount} can change its bucket policy. `
        : '') +
      `${added}: it allows exactly ${need.action} ${need.scope} to the ${grantee.kind} ${grantee.arn} (the resource is ${need.rule}). ` +
      `It names the ${grantee.kind}, not its whole account and not one session, so no other principal gains access and the grant survives new sessions.` +
      dropped +
      nearMisses(context.verdict, 'resource-based-policy', need.action)
  )
}

/**
 * `statement` added to the bucket policy (or a new one), as a plan of one change by the bucket
 * owner; `explain` words it, given how the statement goes in ("Adds to the bucket policy, keeping
 * its other statements, statement S") and the note on the statements the merge left out.
 */
function bucketPolicyPlan(context: FixContext, statement: JsonObject, title: string, explain: (added: string, dropped: string) => string): Plan[] {
  const { scenario } = context
  const policy = scenario.bucket?.policy
  if (policy !== undefined && isUnreadable(policy)) return []
  const pointer = formatPointer(['bucket', 'policy'])
  const site = siteOf(scenario, pointer)
  if (site === null) return []
  const merged = withStatement(policy, statement, undefined, 'bucket-policy')
  const file = fileName(scenario.request.bucket, 'bucket-policy')
  const added = `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}`
  return [
    plan({
      policyType: 'resource-based-policy',
      strategy: 'bucket-policy-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: 'bucket-owner',
      title,
      explanation: explain(added, droppedNote(merged.dropped))
    })
  ]
}

/** Adds the caller's ARN as an aws:PrincipalArn condition to a condition block (a copy). */
function withPrincipalCondition(condition: JsonObject | null, arn: string): JsonObject {
  const result: JsonObject = condition === null ? {} : structuredClone(condition)
  const block = result.ArnEquals
  result.ArnEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn }
  return result
}

/** A VPC endpoint policy statement for the caller, the action and the resource. */
export function endpointGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  const { scenario } = context
  const id = scenario.request.vpcEndpoint
  const index = (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === id)
  const endpoint = scenario.vpcEndpoints?.[index]
  if (grantee === null || endpoint === undefined || endpoint.policy === undefined || isUnreadable(endpoint.policy)) return []
  const pointer = formatPointer(['vpcEndpoints', index, 'policy'])
  const site = siteOf(scenario, pointer)
  if (site === null) return []
  const need = needFor(context)
  const statement: JsonObject = {
    Sid: `Allow${pascal(grantee.name)}${need.label}`,
    Effect: 'Allow',
    Principal: '*',
    Action: need.action,
    Resource: need.resource,
    Condition: withPrincipalCondition(need.condition, grantee.arn)
  }
  const merged = withStatement(endpoint.policy, statement, undefined, 'vpc-endpoint-policy')
  const file = fileName(endpoint.id, 'policy')
  return [
    plan({
      policyType: 'vpc-endpoint-policy',
      strategy: 'endpoint-policy-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: 'network-admin',
      title: `Allow ${need.action} ${need.scope} through the VPC endpoint ${endpoint.id}`,
      explanation:
        `Requests through ${endpoint.id} must also be allowed by its endpoint policy. Adds statement ${merged.sid}, keeping the others: ` +
        `exactly ${need.action} ${need.scope} (the resource is ${need.rule}), for the ${grantee.kind} ${grantee.arn} only. ` +
        `It names the caller with an aws:PrincipalArn condition and Principal "*", the form that works for gateway endpoints as well as interface endpoints.` +
        droppedNote(merged.dropped) +
        `${nearMisses(context.verdict, 'vpc-endpoint-policy', need.action)}`
    })
  ]
}

/**
 * The Resource of an Allow statement in the bucket policy that already names this service principal
 * for the action but did not apply (its aws:SourceArn names another distribution, say): the new
 * grant keeps that scope, the one its owner chose for the service.
 */
function serviceStatement(context: FixContext, service: string): { label: string; resource: JsonValue; condition: string | null } | null {
  const trace = layerTrace(context.verdict, 'resource-based-policy', context.denial.action)
  const policy = context.scenario.bucket?.policy
  if (trace === undefined || policy === undefined || isUnreadable(policy)) return null
  const statements = statementsOf(policy)
  for (const document of trace.policies) {
    if (pathToPointer(document.path) !== formatPointer(['bucket', 'policy'])) continue
    for (const statement of document.statements) {
      if (statement.effect !== 'Allow' || !statement.action.matched || statement.principal?.matched !== true || statement.resource?.matched !== true) continue
      const json = statements[statement.index]
      if (!isObject(json) || !isObject(json.Principal)) continue
      const named = json.Principal.Service
      if (!(Array.isArray(named) ? named : [named]).includes(service) || json.Resource === undefined) continue
      const failed = statement.conditions.find((condition) => !condition.matched)
      const condition = failed === undefined ? null : `${failed.operator} ${failed.key} ${(failed.policyValues ?? []).join(', ')}`
      return { label: statement.label, resource: json.Resource, condition }
    }
  }
  return null
}

/**
 * An AWS service principal (CloudFront origin access control, S3 server access logging) denied by the
 * bucket policy: one statement naming the service, with the aws:SourceArn / aws:SourceAccount the
 * request carries, as AWS documents those grants. The service has no identity policies: the bucket
 * policy is the only grant there is.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
function serviceGrantPlans(context: FixContext): Plan[] {
  const grantee = serviceGranteeOf(context.scenario, context.caller)
  if (grantee === null) return []
  const need = needFor(context)
  const existing = serviceStatement(context, grantee.service)
  const statement: JsonObject = {
    Sid: `Allow${grantee.label}${need.label}`,
    Effect: 'Allow',
    Principal: { Service: grantee.service },
    Action: need.action,
    Resource: existing?.resource ?? need.resource,
    Condition: grantee.condition
  }
  const scope =
    existing === null
      ? `${need.scope} (the resource is ${need.rule})`
      : `on ${typeof existing.resource === 'string' ? existing.resource : JSON.stringify(existing.resource)} (what statement ${existing.label} grants the service)`
  const replaces =
    existing === null || existing.condition === null
      ? ''
      : ` Statement ${existing.label} grants ${grantee.service} only for ${existing.condition}: if this source replaced that one (a recreated distribution, say), remove ${existing.label} once the new one works.`
  return bucketPolicyPlan(
    context,
    statement,
    `Allow ${grantee.service} ${need.action} ${grantee.words} in the bucket policy`,
    (added, dropped) =>
      `The caller is the AWS service principal ${grantee.service}: it has no identity policies, so the bucket policy is the only grant that can allow it. ` +
      `${added}: it allows exactly ${need.action} ${scope} to ${grantee.service}, only ${grantee.words}, so that the service acts for this source and no other customer's (the confused-deputy protection AWS documents). ` +
      (grantee.sourceArn === null ? '' : `Check that ${grantee.sourceArn} is yours before granting it.`) +
      replaces +
      dropped +
      (existing === null ? nearMisses(context.verdict, 'resource-based-policy', need.action) : '')
  )
}
