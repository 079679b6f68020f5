/**
 * SSE-KMS: which key an S3 request uses, and the KMS request S3 makes with the caller's
 * credentials (a forward access session): its resource, its own condition keys, its grants.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
import type { RequestContext } from '../context/types.js'
import { isUnreadable, type Scenario } from '../scenario/types.js'
import type { ExtraGrant } from './authorize.js'
import type { Caller } from './principal.js'

export interface KmsKey {
  /** The key's ARN as the scenario knows it, or the id/alias the request names when no key matches. */
  arn: string
  /** Index in `scenario.kmsKeys`, or -1 when the snapshot has no entry for the key. */
  index: number
  /** `aws/s3`: the AWS managed key, whose key policy lets every principal of the account use it through S3. */
  awsManaged: boolean
}

/** Finds the key a request names (a key ARN, a key id, or null for the AWS managed key `aws/s3`). */
export function lookupKey(scenario: Scenario, id: string | null | undefined): KmsKey {
  if (id === null || id === undefined || id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3')) {
    return { arn: id ?? 'alias/aws/s3', index: -1, awsManaged: true }
  }
  const keys = scenario.kmsKeys ?? []
  const alias = id.includes('alias/') ? id.slice(id.indexOf('alias/')) : null
  const index = keys.findIndex((key) => key.arn === id || key.arn.endsWith(`:key/${id}`) || (alias !== null && (key.aliases ?? []).some((name) => name.endsWith(alias))))
  return { arn: keys[index]?.arn ?? id, index, awsManaged: false }
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
  return base
    // S3 calls KMS from its own network: the caller's IP, VPC and endpoint are not in the KMS request.
    .without(['aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:VpcSourceIp'])
    .with([
      derived('kms:ViaService', [`s3.${region}.amazonaws.com`]),
      derived('aws:ViaAWSService', ['true']),
      derived('kms:EncryptionContext:aws:s3:arn', [s3Arn]),
      derived('kms:EncryptionContextKeys', ['aws:s3:arn'], true),
      ...(account !== undefined ? [derived('kms:CallerAccount', [account])] : []),
      ...(keyAccount !== undefined && keyAccount !== '' ? [derived('aws:ResourceAccount', [keyAccount])] : [])
    ])
}

function regionOf(arn: string): string | undefined {
  const region = arn.split(':')[3]
  return region === undefined || region === '' ? undefined : region
}

/** A grant on the key that lets the caller perform `operation` (e.g. `GenerateDataKey`). */
export function kmsGrantFor(scenario: Scenario, index: number, caller: Caller, operation: string): ExtraGrant | null {
  const grants = scenario.kmsKeys?.[index]?.grants
  if (grants === undefined || isUnreadable(grants) || caller.kind === 'anonymous' || caller.kind === 'service') return null
  const names = new Set([caller.arn, `arn:${caller.partition}:iam::${caller.account}:root`, caller.account])
  if (caller.kind === 'role-session') names.add(caller.roleArn)
  for (const grant of grants) {
    if (!names.has(grant.granteePrincipal)) continue
    if (!grant.operations.includes(operation)) continue
    return { kind: 'direct', layer: 'kms-grants', description: `KMS grant to ${grant.granteePrincipal} for ${grant.operations.join(', ')}` }
  }
  return null
}
