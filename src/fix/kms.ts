/**
 * SSE-KMS: S3 calls KMS with the caller's credentials (kms:GenerateDataKey to write, kms:Decrypt to
 * read), and the key policy is the authority over the key: without a key-policy statement for the
 * caller (or one that lets the account's IAM policies decide), nothing else counts.
 *
 * The identity side (the caller's own policies lack the kms: action) is `identityGrantPlans` with a
 * need on the key ARN; this module fixes the key policy: one statement naming the caller's role,
 * with exactly the denied kms: action, `Resource: "*"` (in a key policy, "this key"), and
 * `kms:ViaService` so the role can use the key only through S3 in the bucket's region.
 *
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 */
import { isUnreadable, type JsonObject } from '../scenario/types.js'
import { fileName, granteeOf, isObject, needFor, pascal, plan, statementsOf, withStatement, type FixContext, type Plan } from './common.js'
import { formatPointer } from './pointer.js'
import { siteOf } from './site.js'

/** Whether a key policy lets the account's IAM policies grant use of the key (the default root statement). */
function delegatesToAccount(policy: JsonObject, account: string): boolean {
  return statementsOf(policy).some((statement) => {
    if (!isObject(statement) || statement.Effect !== 'Allow' || !isObject(statement.Principal)) return false
    const aws = statement.Principal.AWS
    const names = Array.isArray(aws) ? aws : [aws]
    return names.some((name) => name === account || (typeof name === 'string' && name.endsWith(`:${account}:root`)))
  })
}

export function keyPolicyGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  const need = needFor(context)
  const { scenario } = context
  const index = (scenario.kmsKeys ?? []).findIndex((key) => key.arn === need.keyArn)
  const key = scenario.kmsKeys?.[index]
  if (grantee === null || key === undefined || key.policy === undefined || isUnreadable(key.policy)) return []
  const pointer = formatPointer(['kmsKeys', index, 'policy'])
  const site = siteOf(scenario, pointer)
  if (site === null) return []
  const statement: JsonObject = {
    Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
    Effect: 'Allow',
    Principal: { AWS: grantee.arn },
    Action: need.action,
    Resource: '*'
  }
  if (need.condition !== null) statement.Condition = need.condition
  const merged = withStatement(key.policy, statement)
  const keyAccount = key.arn.split(':')[4] ?? ''
  const cross = keyAccount !== '' && keyAccount !== grantee.account
  const why = cross
    ? `The key is in account ${keyAccount} and the caller in ${grantee.account}: the key policy must name the caller (or its account), and the caller's own policies must allow ${need.action} on the key ARN too. Only the key's administrators in account ${keyAccount} can change its key policy.`
    : delegatesToAccount(key.policy, grantee.account)
      ? `The key policy does not allow ${need.action} to this caller.`
      : `The key policy has no statement that lets IAM policies in account ${grantee.account} grant use of the key (the default "Enable IAM User Permissions" statement), so the caller's own policies count for nothing here; this names the ${grantee.kind} directly instead of delegating the key to every IAM policy of the account.`
  const file = fileName('key-policy', key.arn.slice(key.arn.lastIndexOf('/') + 1))
  return [
    plan({
      policyType: 'resource-based-policy',
      strategy: 'key-policy-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: 'key-owner',
      title: `Allow ${grantee.kind} ${grantee.name} ${need.action} on the key through S3, in the key policy`,
      explanation:
        `${why} Adds statement ${merged.sid} to the key policy, keeping its other statements: it allows exactly ${need.action} to ${grantee.arn}, ` +
        `with Resource "*" (in a key policy, this key) and kms:ViaService, so the ${grantee.kind} can use the key only through S3.`
    })
  ]
}
