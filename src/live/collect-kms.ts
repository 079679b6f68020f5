/**
 * The KMS keys an SSE-KMS request uses: the key the upload's header names, the bucket's default
 * key, the existing object's key. For each: the key ARN (DescribeKey turns an alias or key id into
 * it) and who manages the key (DescribeKey's KeyMetadata.KeyManager: `AWS` for an AWS managed key
 * such as aws/s3, whose key policy AWS defines and which no other account can use), the key policy
 * ("default" is the only policy name) and the grants.
 *
 * A key ARN or key id is usable by GetKeyPolicy and ListGrants at once, so the three calls run
 * together; an alias needs DescribeKey first ("To specify a KMS key [for GetKeyPolicy], use its key ID
 * or key ARN"): https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html (NextMarker/Truncated)
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html (alias name or alias ARN accepted)
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html (KeyManager: AWS | CUSTOMER)
 * https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
 */
import { DescribeKeyCommand, GetKeyPolicyCommand, ListGrantsCommand, type KMSClient } from '@aws-sdk/client-kms'
import type { KmsGrant } from '../scenario/types.js'
import { MalformedResponse, type ReadResult, type Reader, type Unreadable } from './collect-read.js'

export interface CollectedKey {
  /** The reference the request or bucket used (key ARN, key id, alias). */
  reference: string
  /** The key ARN, when DescribeKey answered or the reference was one. */
  arn: string | undefined
  describe: ReadResult<Described>
  policy: ReadResult<string>
  grants: ReadResult<KmsGrant[]>
}

export interface Described {
  arn: string
  /** DescribeKey's KeyManager; undefined when the answer named none the scenario knows. */
  keyManager: 'AWS' | 'CUSTOMER' | undefined
}

const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]*:key\/.+$/
const ALIAS = /(^alias\/)|(^arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]*:alias\/)/

export function isKeyArn(reference: string): boolean {
  return KEY_ARN.test(reference)
}

export function isAlias(reference: string): boolean {
  return ALIAS.test(reference)
}

/** `aws/s3`, the AWS managed key: the evaluator knows its key policy (every principal of the account, through S3). */
export function isAwsManagedS3Alias(reference: string): boolean {
  return reference === 'alias/aws/s3' || reference.endsWith(':alias/aws/s3')
}

function stringMap(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw new MalformedResponse('a grant constraint is not a map')
  const out: Record<string, string> = {}
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (typeof item !== 'string') throw new MalformedResponse(`grant constraint ${key} is not a string`)
    out[key] = item
  }
  return out
}

export function parseGrant(grant: { GranteePrincipal?: unknown; Operations?: unknown; RetiringPrincipal?: unknown; Constraints?: unknown }, index: number): KmsGrant {
  if (typeof grant.GranteePrincipal !== 'string' || grant.GranteePrincipal === '') throw new MalformedResponse(`Grants[${index}] has no GranteePrincipal`)
  if (!Array.isArray(grant.Operations) || grant.Operations.some((item) => typeof item !== 'string')) throw new MalformedResponse(`Grants[${index}] has no Operations list`)
  const result: KmsGrant = { granteePrincipal: grant.GranteePrincipal, operations: grant.Operations as string[] }
  if (typeof grant.RetiringPrincipal === 'string' && grant.RetiringPrincipal !== '') result.retiringPrincipal = grant.RetiringPrincipal
  const constraints = grant.Constraints as { EncryptionContextSubset?: unknown; EncryptionContextEquals?: unknown } | undefined
  if (constraints !== undefined && constraints !== null) {
    const subset = stringMap(constraints.EncryptionContextSubset)
    const equals = stringMap(constraints.EncryptionContextEquals)
    if (subset !== undefined || equals !== undefined) {
      result.constraints = { ...(subset !== undefined ? { encryptionContextSubset: subset } : {}), ...(equals !== undefined ? { encryptionContextEquals: equals } : {}) }
    }
  }
  return result
}

function readPolicy(reader: Reader, kms: KMSClient, keyId: string): Promise<ReadResult<string>> {
  return reader.read(
    'kms.GetKeyPolicy',
    (abortSignal) => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }), { abortSignal }),
    (response) => {
      if (typeof response.Policy !== 'string' || response.Policy.trim() === '') throw new MalformedResponse('no Policy')
      return response.Policy
    }
  )
}

function readGrants(reader: Reader, kms: KMSClient, keyId: string): Promise<ReadResult<KmsGrant[]>> {
  return reader.readPages(
    'kms.ListGrants',
    (marker, abortSignal) => kms.send(new ListGrantsCommand({ KeyId: keyId, ...(marker !== undefined ? { Marker: marker } : {}) }), { abortSignal }),
    (response) => {
      if (response.Grants !== undefined && !Array.isArray(response.Grants)) throw new MalformedResponse('Grants is not a list')
      const items = (response.Grants ?? []).map((grant, index) => parseGrant(grant, index))
      const next = response.Truncated === true && typeof response.NextMarker === 'string' && response.NextMarker !== '' ? response.NextMarker : undefined
      return { items, next }
    }
  )
}

function describe(reader: Reader, kms: KMSClient, reference: string): Promise<ReadResult<Described>> {
  return reader.read(
    'kms.DescribeKey',
    (abortSignal) => kms.send(new DescribeKeyCommand({ KeyId: reference }), { abortSignal }),
    (response) => {
      const arn = response.KeyMetadata?.Arn
      if (typeof arn !== 'string' || !isKeyArn(arn)) throw new MalformedResponse('no KeyMetadata.Arn')
      const manager = response.KeyMetadata?.KeyManager
      return { arn, keyManager: manager === 'AWS' || manager === 'CUSTOMER' ? manager : undefined }
    }
  )
}

/**
 * Reads one key: DescribeKey, GetKeyPolicy and ListGrants at once for a key ARN or id (so knowing
 * the key manager costs no round trip, and a denied DescribeKey loses nothing else); DescribeKey
 * first for an alias.
 */
export async function collectKey(reader: Reader, kms: KMSClient, reference: string): Promise<CollectedKey> {
  if (isAlias(reference)) {
    const described = await describe(reader, kms, reference)
    if (!described.ok) {
      const unresolved = (what: string): Unreadable => ({
        ok: false,
        absent: false,
        read: 'kms.DescribeKey',
        failure: described.absent ? 'not-found' : described.failure,
        error: `the alias ${reference} could not be resolved to a key, so its ${what} could not be read: ${described.absent ? described.code : described.error}`
      })
      return { reference, arn: undefined, describe: described, policy: unresolved('key policy'), grants: unresolved('grants') }
    }
    const arn = described.value.arn
    const [policy, grants] = await Promise.all([readPolicy(reader, kms, arn), readGrants(reader, kms, arn)])
    return { reference, arn, describe: described, policy, grants }
  }
  const [described, policy, grants] = await Promise.all([describe(reader, kms, reference), readPolicy(reader, kms, reference), readGrants(reader, kms, reference)])
  const arn = described.ok ? described.value.arn : isKeyArn(reference) ? reference : undefined
  return { reference, arn, describe: described, policy, grants }
}
