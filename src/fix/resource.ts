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
import { isUnreadable, type JsonObject } from '../scenario/types.js'
import { fileName, granteeOf, isObject, nearMisses, needFor, pascal, plan, withStatement, type FixContext, type Plan } from './common.js'
import { formatPointer } from './pointer.js'
import { siteOf } from './site.js'

/** A bucket policy statement naming the caller's role or user. */
export function bucketPolicyGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  const { scenario } = context
  const policy = scenario.bucket?.policy
  if (grantee === null || (policy !== undefined && isUnreadable(policy))) return []
  const pointer = formatPointer(['bucket', 'policy'])
  const site = siteOf(scenario, pointer)
  if (site === null) return []
  const need = needFor(context)
  const statement: JsonObject = {
    Sid: `Allow${pascal(grantee.name)}${need.label}`,
    Effect: 'Allow',
    Principal: { AWS: grantee.arn },
    Action: need.action,
    Resource: need.resource
  }
  if (need.condition !== null) statement.Condition = need.condition
  const merged = withStatement(policy, statement)
  const bucketAccount = scenario.bucket?.account
  const cross = bucketAccount !== undefined && bucketAccount !== grantee.account
  const file = fileName(scenario.request.bucket, 'bucket-policy')
  return [
    plan({
      policyType: 'resource-based-policy',
      strategy: 'bucket-policy-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: 'bucket-owner',
      title: `Allow ${grantee.kind} ${grantee.name} ${need.action} ${need.scope} in the bucket policy`,
      explanation:
        (cross
          ? `The bucket belongs to account ${bucketAccount} and the caller to ${grantee.account}: a cross-account request needs an allow on both sides, and only account ${bucketAccount} can change its bucket policy. `
          : '') +
        `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}: ` +
        `it allows exactly ${need.action} ${need.scope} to the ${grantee.kind} ${grantee.arn} (the resource is ${need.rule}). ` +
        `It names the ${grantee.kind}, not its whole account and not one session, so no other principal gains access and the grant survives new sessions.` +
        `${nearMisses(context.verdict, 'resource-based-policy', need.action)}`
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
  const merged = withStatement(endpoint.policy, statement)
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
        `${nearMisses(context.verdict, 'vpc-endpoint-policy', need.action)}`
    })
  ]
}
