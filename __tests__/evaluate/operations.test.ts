/**
 * `request.operation`: where the S3 API operation changes what is authorized beyond the IAM action.
 * [kms]       https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 * [multipart] https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { readScenario } from '../../src/scenario/read.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1111-2222'

function scenario(action: string, operation: string | undefined, kmsActions: string[]) {
  return readScenario(
    JSON.stringify({
      version: 1,
      request: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/run', action, bucket: 'b', key: 'k', ...(operation ? { operation } : {}) },
      identity: {
        arn: 'arn:aws:iam::111122223333:role/ci',
        policies: [{ name: 'w', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', ...kmsActions], Resource: '*' }] } }]
      },
      bucket: { name: 'b', account: '111122223333', region: 'us-east-1', encryption: { algorithm: 'aws:kms', kmsKeyArn: KEY }, objects: { k: { exists: true, kmsKeyArn: KEY } } },
      kmsKeys: [{ arn: KEY, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] } }]
    })
  )
}

test.each([
  ['PutObject needs kms:GenerateDataKey', 's3:PutObject', undefined, [], 'deny', 'kms:GenerateDataKey'],
  ['PutObject with it is allowed', 's3:PutObject', undefined, ['kms:GenerateDataKey'], 'allow', null],
  ['a multipart upload also needs kms:Decrypt [multipart]', 's3:PutObject', 'CreateMultipartUpload', ['kms:GenerateDataKey'], 'deny', 'kms:Decrypt'],
  ['a multipart upload with both is allowed', 's3:PutObject', 'UploadPart', ['kms:GenerateDataKey', 'kms:Decrypt'], 'allow', null],
  ['GetObject needs kms:Decrypt [kms]', 's3:GetObject', undefined, [], 'deny', 'kms:Decrypt'],
  ['HeadObject reads metadata only: no kms:Decrypt', 's3:GetObject', 'HeadObject', [], 'allow', null]
])('%s', (_name, action, operation, kmsActions, decision, deniedAction) => {
  const verdict = evaluateScenario(scenario(action, operation, kmsActions))
  expect(verdict.decision).toBe(decision)
  expect(verdict.denial?.action ?? null).toBe(deniedAction)
})

test('an S3-compatible server principal with an empty account evaluates by the readable layers', () => {
  const verdict = evaluateScenario(
    readScenario(
      JSON.stringify({
        version: 1,
        request: { principal: 'arn:aws:iam:::user/bob', action: 's3:PutObject', bucket: 'b', key: 'k' },
        bucket: {
          name: 'b',
          policy: { Version: '2012-10-17', Statement: [{ Sid: 'NoBob', Effect: 'Deny', Principal: { AWS: 'arn:aws:iam:::user/bob' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' }] }
        }
      })
    )
  )
  expect(verdict.denial).toMatchObject({ kind: 'explicit', policyType: 'resource-based-policy', statement: 'NoBob' })
})

test('a request header naming the key by alias finds the key through its aliases', () => {
  const text = JSON.stringify({
    version: 1,
    request: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/run', action: 's3:PutObject', bucket: 'b', key: 'k', headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': 'alias/ci-key' } },
    identity: { arn: 'arn:aws:iam::111122223333:role/ci', policies: [{ name: 'w', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }] } }] },
    bucket: { name: 'b', account: '111122223333', region: 'us-east-1' },
    kmsKeys: [{ arn: KEY, aliases: ['alias/ci-key'], policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] } }]
  })
  const verdict = evaluateScenario(readScenario(text))
  expect(verdict.denial).toMatchObject({ action: 'kms:GenerateDataKey', policyType: 'identity-based-policy' })
  expect(verdict.requests.map((request) => request.resource)).toContain(KEY)
})
