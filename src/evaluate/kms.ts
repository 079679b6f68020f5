/**
 * SSE-KMS: which key an S3 request uses, and the KMS request S3 makes with the caller's
 * credentials (a forward access session): its resource, its own condition keys, its grants.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 *
 * The AWS managed key `aws/s3` (UsingKMSEncryption, "Using SSE-KMS encryption for cross-account
 * operations"):
 * - "If an AWS KMS key ARN or alias is not provided at request time or through the bucket's default
 *   encryption configuration, the AWS managed key (aws/s3) from the uploading account is used for
 *   encryption and required for decryption";
 * - "Objects encrypted using SSE-KMS with AWS managed keys can't be shared cross-account";
 * - a bare alias "resolves the key within the requester's account".
 * Its key policy is AWS's, not the account's: "All AWS managed keys use a kms:ViaService condition
 * key in their key policy document" (conditions-kms.html#conditions-kms-via-service), in the form
 * AWS shows for the EBS one: Principal "*" limited by kms:CallerAccount to the key's account
 * (conditions-kms.html#conditions-kms-caller-account). When the snapshot holds the key's real policy
 * (GetKeyPolicy reads it), that policy is used; otherwise the AWS-defined one below.
 * RCPs "do not apply to AWS managed keys for AWS Key Management Service"
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#actions-not-restricted-by-rcps).
 */
import type { RequestContext } from '../context/types.js'
import { parsePolicy } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import { isUnreadable, type PolicyDocument, type Scenario } from '../scenario/types.js'
import type { KmsGrantsTrace } from '../verdict/types.js'
import type { ExtraGrant } from './authorize.js'
import type { Caller } from './principal.js'

export interface KmsKey {
  /** The key's ARN as the scenario knows it; for aws/s3 not in the snapshot, its alias ARN; else the id the request names. */
  arn: string
  /** Index in `scenario.kmsKeys`, or -1 when the snapshot has no entry for the key. */
  index: number
  /** `AWS`: an AWS managed key (aws/s3), whose key policy AWS defines and which no other account can use. */
  manager: 'AWS' | 'CUSTOMER'
  /** The account that owns the key, when known. */
  account: string | undefined
  /** How the key was found, for the trace: the id the request or object names, or `aws/s3` by default. */
  reference: string
}

const AWS_MANAGED_S3_ALIAS = 'alias/aws/s3'

function isAwsManagedS3Alias(reference: string): boolean {
  return reference === AWS_MANAGED_S3_ALIAS || reference.endsWith(`:${AWS_MANAGED_S3_ALIAS}`)
}

function arnAccount(arn: string): string | undefined {
  const account = arn.startsWith('arn:') ? arn.split(':')[4] : undefined
  return account === undefined || account === '' ? undefined : account
}

export interface KeyLookup {
  /** The caller's account: a bare alias (and the default aws/s3) resolves there. */
  callerAccount: string | undefined
  partition: string
  region: string
}

/**
 * Finds the key a request names: a key ARN or id, an alias or alias ARN, or null (no key named: the
 * uploading account's aws/s3).
 */
export function lookupKey(scenario: Scenario, id: string | null | undefined, where: KeyLookup): KmsKey {
  const keys = scenario.kmsKeys ?? []
  const reference = id ?? AWS_MANAGED_S3_ALIAS
  if (isAwsManagedS3Alias(reference)) {
    const account = reference.startsWith('arn:') ? arnAccount(reference) : where.callerAccount
    const index = keys.findIndex((key) => arnAccount(key.arn) === account && ((key.aliases ?? []).some(isAwsManagedS3Alias) || key.arn.endsWith(`:${AWS_MANAGED_S3_ALIAS}`)))
    const region = reference.startsWith('arn:') ? (reference.split(':')[3] ?? where.region) : where.region
    const arn = keys[index]?.arn ?? `arn:${where.partition}:kms:${region}:${account ?? ''}:${AWS_MANAGED_S3_ALIAS}`
    return { arn, index, manager: 'AWS', account, reference }
  }
  const alias = reference.includes('alias/') ? reference.slice(reference.indexOf('alias/')) : null
  const index = keys.findIndex((key) => key.arn === reference || key.arn.endsWith(`:key/${reference}`) || (alias !== null && (key.aliases ?? []).some((name) => name.endsWith(alias))))
  const entry = keys[index]
  const arn = entry?.arn ?? reference
  const managed = entry !== undefined && (entry.keyManager === 'AWS' || (entry.aliases ?? []).some(isAwsManagedS3Alias))
  return { arn, index, manager: managed ? 'AWS' : 'CUSTOMER', account: arnAccount(arn), reference }
}

const awsDefinedPolicies = new Map<string, Policy>()

/**
 * The key policy AWS gives aws/s3 in `account`: every principal of the account, through S3 in the
 * key's region (kms:CallerAccount and kms:ViaService), and key metadata to the account.
 */
export function awsManagedS3KeyPolicy(account: string, region: string, partition: string): Policy {
  const id = `${partition}:${region}:${account}`
  let policy = awsDefinedPolicies.get(id)
  if (policy === undefined) {
    const document: PolicyDocument = {
      Version: '2012-10-17',
      Id: 'auto-s3-2',
      Statement: [
        {
          Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `s3.${region}.amazonaws.com` } }
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:${partition}:iam::${account}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
          Resource: '*'
        }
      ]
    }
    policy = parsePolicy(document, 'aws/s3 key policy')
    awsDefinedPolicies.set(id, policy)
  }
  return policy
}

/** The condition keys of the KMS call S3 makes for the caller. */
export function kmsContext(base: RequestContext, scenario: Scenario, caller: Caller, keyArn: string): RequestContext {
  const region = scenario.bucket?.region ?? regionOf(keyArn) ?? 'us-east-1'
  const bucket = scenario.request.bucket
  const encryption = scenario.bucket?.encryption
  const bucketKey = encryption !== undefined && !isUnreadable(encryption) && encryption.bucketKeyEnabled === true
  const s3Arn = bucketKey || scenario.request.key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${scenario.request.key}`
  const account = caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account
  const derived = (key: string, values: string[], multiValued = false) => ({ key, values, multiValued, origin: 'derived' as const })
  const keyAccount = keyArn.split(':')[4]
  // S3 calls KMS from its own network: the caller's IP, VPC and endpoint are not in the KMS request.
  return base.derive(FROM_THE_CALLERS_NETWORK, [
    derived('kms:ViaService', [`s3.${region}.amazonaws.com`]),
    derived('aws:ViaAWSService', ['true']),
    derived('kms:EncryptionContext:aws:s3:arn', [s3Arn]),
    derived('kms:EncryptionContextKeys', ['aws:s3:arn'], true),
    ...(account !== undefined ? [derived('kms:CallerAccount', [account])] : []),
    ...(keyAccount !== undefined && keyAccount !== '' ? [derived('aws:ResourceAccount', [keyAccount])] : [])
  ])
}

const FROM_THE_CALLERS_NETWORK: ReadonlySet<string> = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip'])

function regionOf(arn: string): string | undefined {
  const region = arn.split(':')[3]
  return region === undefined || region === '' ? undefined : region
}

export interface KmsGrantCheck {
  /** The grants of the key, each with whether it names the caller and covers the operation. */
  grants: KmsGrantsTrace['grants']
  /** A grant that lets the caller perform the operation (e.g. `GenerateDataKey`). */
  granted: ExtraGrant | null
  unreadable?: string
}

/** Every grant of the key, checked against the caller and the operation (for the trace). */
export function kmsGrantsFor(scenario: Scenario, index: number, caller: Caller, operation: string): KmsGrantCheck {
  const grants = scenario.kmsKeys?.[index]?.grants
  if (grants === undefined) return { grants: [], granted: null }
  if (isUnreadable(grants)) return { grants: [], granted: null, unreadable: grants.unreadable }
  const names = new Set<string>()
  if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
    names.add(caller.arn).add(`arn:${caller.partition}:iam::${caller.account}:root`).add(caller.account)
    if (caller.kind === 'role-session') names.add(caller.roleArn)
  }
  let granted: ExtraGrant | null = null
  const checked = grants.map((grant) => {
    const namesCaller = names.has(grant.granteePrincipal)
    const coversOperation = grant.operations.includes(operation)
    if (namesCaller && coversOperation && granted === null) {
      granted = { kind: 'direct', layer: 'kms-grants', description: `KMS grant to ${grant.granteePrincipal} for ${grant.operations.join(', ')}` }
    }
    return { granteePrincipal: grant.granteePrincipal, operations: grant.operations, namesCaller, coversOperation }
  })
  return { grants: checked, granted }
}
