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
 *
 * An AWS managed key (aws/s3) is never edited: "you cannot change or manage their permissions"
 * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key), and "objects
 * encrypted using SSE-KMS with AWS managed keys can't be shared cross-account" (UsingKMSEncryption).
 * The alternative is a customer managed key: created by the bucket owner, made the bucket's default
 * encryption, existing objects copied over themselves with it.
 */
import { isUnreadable, type JsonObject } from '../scenario/types.js'
import type { KmsKeyPolicyTrace } from '../verdict/types.js'
import { droppedNote, fileName, granteeOf, isObject, layerTrace, needFor, pascal, plan, serviceGranteeOf, sh, statementsOf, withStatement, type Candidate, type FixContext, type Grantee, type Need, type Plan } from './common.js'
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

/** The key policy trace of the denied KMS call: it says whether the key is AWS managed. */
function deniedKey(context: FixContext): KmsKeyPolicyTrace['key'] | null {
  const trace = layerTrace(context.verdict, 'kms-key-policy', context.denial.action)
  return trace?.kind === 'kms-key-policy' ? trace.key : null
}

export function keyPolicyGrantPlans(context: FixContext): Plan[] {
  const denied = deniedKey(context)
  // AWS defines the key policy of an AWS managed key: nobody can change it.
  if (denied?.manager === 'AWS') return customerManagedKeyPlans(context, denied)
  if (context.caller.kind === 'service') return serviceKeyPolicyPlans(context)
  const grantee = granteeOf(context.caller)
  if (grantee === null) return []
  const need = needFor(context)
  const statement: JsonObject = {
    Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
    Effect: 'Allow',
    Principal: { AWS: grantee.arn },
    Action: need.action,
    Resource: '*'
  }
  if (need.condition !== null) statement.Condition = need.condition
  return keyPolicyPlan(context, need, statement, `Allow ${grantee.kind} ${grantee.name} ${need.action} on the key through S3, in the key policy`, (key, sid) => {
    const keyAccount = key.arn.split(':')[4] ?? ''
    const cross = keyAccount !== '' && keyAccount !== grantee.account
    const why = cross
      ? `The key is in account ${keyAccount} and the caller in ${grantee.account}: the key policy must name the caller (or its account), and the caller's own policies must allow ${need.action} on the key ARN too. Only the key's administrators in account ${keyAccount} can change its key policy.`
      : delegatesToAccount(key.policy, grantee.account)
        ? `The key policy does not allow ${need.action} to this caller.`
        : `The key policy has no statement that lets IAM policies in account ${grantee.account} grant use of the key (the default "Enable IAM User Permissions" statement), so the caller's own policies count for nothing here; this names the ${grantee.kind} directly instead of delegating the key to every IAM policy of the account.`
    return (
      `${why} Adds statement ${sid} to the key policy, keeping its other statements: it allows exactly ${need.action} to ${grantee.arn}, ` +
      `with Resource "*" (in a key policy, this key) and kms:ViaService, so the ${grantee.kind} can use the key only through S3.`
    )
  })
}

/**
 * `statement` added to the policy of the key the denied call uses, as a plan of one change by the
 * key's owner; `explain` words it (the note on the statements the merge left out follows).
 */
function keyPolicyPlan(context: FixContext, need: Need, statement: JsonObject, title: string, explain: (key: { arn: string; policy: JsonObject }, sid: string) => string): Plan[] {
  const { scenario } = context
  const index = (scenario.kmsKeys ?? []).findIndex((key) => key.arn === need.keyArn)
  const key = scenario.kmsKeys?.[index]
  if (key === undefined || key.policy === undefined || isUnreadable(key.policy)) return []
  const pointer = formatPointer(['kmsKeys', index, 'policy'])
  const site = siteOf(scenario, pointer)
  if (site === null) return []
  const merged = withStatement(key.policy, statement, undefined, 'key-policy')
  return [
    plan({
      policyType: 'resource-based-policy',
      strategy: 'key-policy-grant',
      target: pointer,
      document: merged.document,
      command: site.command(site.file),
      file: { name: site.file, content: merged.document },
      owner: 'key-owner',
      title,
      explanation: explain({ arn: key.arn, policy: key.policy }, merged.sid) + droppedNote(merged.dropped)
    })
  ]
}

/**
 * CloudFront origin access control (or another service) reading an SSE-KMS object: the key policy
 * names the service, for the source the request carries, with the kms: action S3 asks for.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 */
function serviceKeyPolicyPlans(context: FixContext): Plan[] {
  const grantee = serviceGranteeOf(context.scenario, context.caller)
  if (grantee === null) return []
  const need = needFor(context)
  const statement: JsonObject = {
    Sid: `Allow${grantee.label}${need.label}`,
    Effect: 'Allow',
    Principal: { Service: grantee.service },
    Action: need.action,
    Resource: '*',
    Condition: grantee.condition
  }
  return keyPolicyPlan(
    context,
    need,
    statement,
    `Allow ${grantee.service} ${need.action} on the key ${grantee.words}, in the key policy`,
    (_key, sid) =>
      `The object is encrypted with this key, and S3 asks KMS for ${need.action} on behalf of ${grantee.service}, which has no identity policies: the key policy must name the service. ` +
      `Adds statement ${sid}, keeping the others: ${need.action} to ${grantee.service}, only ${grantee.words}, with Resource "*" (in a key policy, this key).`
  )
}

/**
 * The key is the AWS managed key aws/s3: its key policy is AWS's, and it admits only its own
 * account's principals. The alternative, in one plan whose steps go together: the bucket owner
 * creates a customer managed key whose key policy admits the caller's role; makes it the bucket's
 * default encryption; for an object already written, the account whose aws/s3 encrypted it copies
 * it over itself with the new key. The caller's own policies must then allow the kms: action on the
 * new key (a cross-account key needs both sides): the chained fix after these.
 */
function customerManagedKeyPlans(context: FixContext, key: KmsKeyPolicyTrace['key']): Plan[] {
  const { scenario } = context
  const grantee: Grantee | null = granteeOf(context.caller)
  const bucket = scenario.bucket
  const owner = bucket?.account
  if (grantee === null || bucket === undefined || owner === undefined) return []
  const need = needFor(context)
  const region = bucket.region ?? key.arn.split(':')[3] ?? 'us-east-1'
  const partition = grantee.partition
  const newKey = `arn:${partition}:kms:${region}:${owner}:key/NEW_KEY_ID`
  const keyAccount = key.account ?? owner
  const name = bucket.name
  const policy: JsonObject = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${owner}:root` }, Action: 'kms:*', Resource: '*' },
      {
        Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
        Effect: 'Allow',
        Principal: { AWS: grantee.arn },
        Action: need.action,
        Resource: '*',
        ...(need.condition === null ? {} : { Condition: need.condition })
      }
    ]
  }
  const policyFile = fileName(name, 'key-policy')
  const cross = grantee.account !== keyAccount
  const createKey: Candidate = {
    policyType: 'resource-based-policy',
    strategy: 'key-policy-grant',
    target: formatPointer(['kmsKeys', '-']),
    document: { arn: newKey, keyManager: 'CUSTOMER', policy },
    command: `aws kms create-key --region ${sh(region)} --description ${sh(`SSE-KMS for ${name}`)} --policy file://${policyFile}`,
    file: { name: policyFile, content: policy },
    owner: 'bucket-owner',
    title: `Create a customer managed KMS key in account ${owner} for ${name}, usable by ${grantee.kind} ${grantee.name} through S3`,
    explanation:
      `The key that denies is the AWS managed key aws/s3 of account ${keyAccount}. AWS writes the key policy of an AWS managed key and nobody can change it` +
      (cross ? `, and it admits only principals of account ${keyAccount}, so it cannot serve ${grantee.kind} ${grantee.name} of account ${grantee.account}. ` : '. ') +
      `A customer managed key can: this key policy keeps the key in the hands of account ${owner} (its IAM policies decide, as with the default key policy) ` +
      `and allows exactly ${need.action} to ${grantee.arn}, only through S3 (kms:ViaService). ` +
      'create-key prints the new key\'s ARN: use it wherever NEW_KEY_ID appears in the next changes.'
  }
  const encryptionFile = fileName(name, 'encryption')
  const configuration: JsonObject = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: newKey }, BucketKeyEnabled: true }] }
  const setDefault: Candidate = {
    policyType: 'resource-based-policy',
    strategy: 's3-setting',
    target: formatPointer(['bucket', 'encryption']),
    document: { algorithm: 'aws:kms', kmsKeyArn: newKey, bucketKeyEnabled: true },
    command: `aws s3api put-bucket-encryption --bucket ${sh(name)} --server-side-encryption-configuration file://${encryptionFile}`,
    file: { name: encryptionFile, content: configuration },
    owner: 'bucket-owner',
    title: `Bucket encryption change: make the new key the default encryption of ${name}`,
    explanation:
      `Objects written without a key named are then encrypted with the customer managed key instead of aws/s3 (with an S3 Bucket Key, which cuts the calls to KMS). ` +
      `Unlike aws/s3, the new key needs permission: writers of account ${owner} need kms:GenerateDataKey on it in their own policies (its key policy lets them decide), ` +
      'or their uploads start failing; and uploads that name aws/s3 themselves (--sse-kms-key-id alias/aws/s3) must stop naming it.'
  }
  const steps = [createKey, setDefault]
  const object = scenario.request.key === undefined ? undefined : bucket.objects?.[scenario.request.key]
  if (scenario.request.key !== undefined && object?.kmsKeyArn !== undefined && need.action.toLowerCase() === 'kms:decrypt') {
    const objectKey = scenario.request.key
    const url = `s3://${name}/${objectKey}`
    steps.push({
      policyType: 'resource-based-policy',
      strategy: 's3-setting',
      target: formatPointer(['bucket', 'objects', objectKey, 'kmsKeyArn']),
      document: newKey,
      command: `aws s3 cp ${sh(url)} ${sh(url)} --sse aws:kms --sse-kms-key-id ${sh(newKey)}`,
      file: null,
      owner: keyAccount === owner ? 'bucket-owner' : 'object-owner',
      title: `Re-encrypt ${objectKey} with the new key (copy it over itself)`,
      explanation:
        `${objectKey} stays encrypted with aws/s3 until it is written again, and a new default does not change it. ` +
        `Only principals of account ${keyAccount} can decrypt it, so one of them copies it over itself with the new key (it needs kms:GenerateDataKey on the new key); for many objects, S3 Batch Operations can run the same copy. ` +
        `Writers that upload with --sse aws:kms and no key id get aws/s3 again: have them name the new key.`
    })
  }
  return [{ steps, together: true }]
}
