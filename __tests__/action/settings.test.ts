/** One parser for every input: defaults, and a message naming the input and what it accepts. */
import { readSettings } from '../../src/action/settings.js'

const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '')

test('defaults', () => {
  expect(read({ bucket: 'artifacts' })).toEqual({
    mode: 'preflight',
    bucket: 'artifacts',
    operations: ['put', 'list'],
    roleSessionName: 's3-403-doctor',
    audience: 'sts.amazonaws.com',
    probe: 'conditional',
    headers: {},
    failOnDeny: false,
    timeoutSeconds: 60,
    comment: 'auto',
    redact: 'none',
    expectations: '.github/s3-access.yml',
    failOn: 'broken'
  })
})

test('every input read', () => {
  const settings = read({
    mode: 'diagnose',
    bucket: 'artifacts-prod',
    prefix: 'builds/',
    operations: 'put, get,HEAD multipart',
    region: 'eu-central-1',
    'endpoint-url': 'http://127.0.0.1:9000',
    'role-to-assume': 'arn:aws:iam::123456789012:role/ci/deploy',
    'role-session-name': 'gh-run-42',
    'reader-role-to-assume': 'arn:aws:iam::123456789012:role/doctor-reader',
    probe: 'canary',
    acl: 'bucket-owner-full-control',
    sse: 'aws:kms',
    'sse-kms-key-id': 'arn:aws:kms:eu-central-1:123456789012:key/abc',
    'request-payer': 'requester',
    'error-message': 'An error occurred (AccessDenied)',
    'source-ip': '198.51.100.7',
    'vpc-endpoint-id': 'vpce-0abc1234',
    'save-scenario': 'scenario.json',
    'timeout-seconds': '30',
    redact: 'account-ids',
    comment: 'never'
  })
  expect(settings).toMatchObject({
    mode: 'diagnose',
    operations: ['put', 'get', 'head', 'multipart'],
    headers: { acl: 'bucket-owner-full-control', sse: 'aws:kms', sseKmsKeyId: 'arn:aws:kms:eu-central-1:123456789012:key/abc', requestPayer: true },
    timeoutSeconds: 30,
    redact: 'account-ids',
    comment: 'never',
    vpcEndpointId: 'vpce-0abc1234'
  })
})

test.each([
  [{ bucket: 'Bad_Bucket' }, 'input "bucket": expected an S3 bucket name'],
  [{ bucket: 'b-1', operations: 'put,upload' }, 'input "operations": expected a list of put, get, head, list, delete, multipart, got "upload"'],
  [{ bucket: 'b-1', probe: 'write' }, 'input "probe": expected one of conditional, canary, none, got "write"'],
  [{ bucket: 'b-1', region: 'europe' }, 'input "region": expected an AWS region'],
  [{ bucket: 'b-1', 'role-to-assume': 'ci-role' }, 'input "role-to-assume": expected a role ARN'],
  [{ bucket: 'b-1', 'timeout-seconds': '0' }, 'input "timeout-seconds": expected a whole number from 1 to 3600, got "0"'],
  [{ bucket: 'b-1', 'sse-kms-key-id': 'k' }, 'input "sse-kms-key-id" needs input "sse"'],
  [{ bucket: 'b-1', acl: 'public' }, 'input "acl": expected one of private'],
  [{ bucket: 'b-1', key: 'a', prefix: 'b/' }, 'inputs "key" and "prefix": give one or the other'],
  [{ bucket: 'b-1', 'endpoint-url': 'localhost:9000' }, 'input "endpoint-url": expected an http(s) URL'],
  [{ bucket: 'b-1', 'vpc-endpoint-id': 'vpc-123' }, 'input "vpc-endpoint-id": expected a VPC endpoint id'],
  [{ bucket: 'b-1', 'fail-on': 'sometimes' }, 'input "fail-on": expected one of broken, any-change, never'],
  [{ mode: 'diagnose' }, 'input "bucket" is required with mode diagnose']
])('%j fails naming the input', (inputs, message) => {
  expect(() => read(inputs)).toThrow(message)
})
