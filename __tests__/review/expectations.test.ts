/**
 * The expectations file: what a valid one reads into, and one message per problem naming the entry
 * (by position and name) and the field. Action names and key/no key are checked against the IAM
 * action catalogue (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html):
 * s3:ListBucket acts on a bucket, s3:PutObject on an object.
 */
import { ExpectationsError, parseExpectations, requestFor } from '../../src/review/expectations.js'
import { fixture } from './helpers.js'

const ENTRY = `  - name: CI uploads builds
    principal: arn:aws:sts::111122223333:assumed-role/ci-deploy/any-session
    action: s3:PutObject
    bucket: artifacts-prod
    key: builds/app.zip
    expect: allow
`

function messages(text: string): string[] {
  try {
    parseExpectations(text)
  } catch (error) {
    if (error instanceof ExpectationsError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`)
    throw error
  }
  return []
}

describe('a valid file', () => {
  test('the fixture reads into entries with their actions, context and headers', () => {
    const file = parseExpectations(fixture('s3-access.yml'))
    expect(file.expectations).toHaveLength(7)
    expect(file.expectations[0]).toEqual({
      index: 0,
      name: 'CI uploads builds',
      principal: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/GitHubActions',
      actions: ['s3:PutObject'],
      bucket: 'acme-artifacts-prod',
      key: 'builds/app.zip',
      // YAML scalars (a boolean here) become the strings condition keys compare.
      context: { 'aws:SourceIp': '198.51.100.7', 'aws:SecureTransport': 'true' },
      expect: 'allow'
    })
    expect(file.expectations[4]?.actions).toEqual(['s3:DeleteObject', 's3:DeleteObjectVersion'])
  })

  test('a bucket-level action in a list drops the key from its request', () => {
    const file = parseExpectations(`version: 1
expectations:
  - name: CI reads and lists
    principal: arn:aws:sts::111122223333:assumed-role/ci/s
    action: [s3:GetObject, s3:ListBucket]
    bucket: bkt
    key: builds/app.zip
    expect: allow
`)
    const entry = file.expectations[0]
    expect(entry === undefined ? null : [requestFor(entry, 's3:GetObject')['key'], requestFor(entry, 's3:ListBucket')['key']]).toEqual(['builds/app.zip', undefined])
  })

  test('policies, bucket-accounts and cloudformation settings', () => {
    const file = parseExpectations(`version: 1
policies:
  bucket-policy: { b: policies/b.json }
  role-policies: [policies/ci.json]
  boundary: policies/boundary.json
  scps: policies/scp.json
  key-policy: policies/key.json
  key-arn: arn:aws:kms:us-east-1:111122223333:key/abcd
  endpoint-policy: { vpce-0abc: policies/endpoint.json }
bucket-accounts: { b: '444455556666' }
cloudformation: { account: '111122223333', region: eu-west-1, stack-name: app, parameters: { Env: prod, Count: 3 } }
expectations:
${ENTRY}`)
    expect(file.policies).toEqual({
      bucketPolicy: { b: 'policies/b.json' },
      rolePolicies: ['policies/ci.json'],
      boundary: 'policies/boundary.json',
      scps: ['policies/scp.json'],
      keyPolicy: 'policies/key.json',
      keyArn: 'arn:aws:kms:us-east-1:111122223333:key/abcd',
      endpointPolicy: { 'vpce-0abc': 'policies/endpoint.json' }
    })
    expect(file.bucketAccounts).toEqual({ b: '444455556666' })
    expect(file.cloudformation).toEqual({ parameters: { Env: 'prod', Count: '3' }, account: '111122223333', region: 'eu-west-1', stackName: 'app' })
  })
})

describe('one message per problem, naming the entry and the field', () => {
  const rows: [string, string, string[]][] = [
    ['an action that is not an IAM action', ENTRY.replace('action: s3:PutObject', 'action: s3 put'), ['expectations[0] (CI uploads builds).action: expected an IAM action such as s3:PutObject, got "s3 put"']],
    ['a missing bucket', ENTRY.replace('    bucket: artifacts-prod\n', ''), ['expectations[0] (CI uploads builds).bucket: required']],
    ['a missing name: the entry is named by position only', ENTRY.replace('  - name: CI uploads builds\n    principal', '  - principal'), ['expectations[0].name: required']],
    ['an expectation that is neither allow nor deny', ENTRY.replace('expect: allow', 'expect: maybe'), ['expectations[0] (CI uploads builds).expect: expected allow or deny, got "maybe"']],
    ['a principal that is not an ARN', ENTRY.replace(/principal: .*/, 'principal: ci-deploy'), ['expectations[0] (CI uploads builds).principal: expected "anonymous", an ARN such as arn:aws:sts::111122223333:assumed-role/ci-deploy/session, or a service principal such as cloudfront.amazonaws.com, got "ci-deploy"']],
    ['a misspelt action: the catalogue suggests', ENTRY.replace('action: s3:PutObject', 'action: s3:PutObjekt'), ['expectations[0] (CI uploads builds).action: s3:PutObjekt is not an S3 action; did you mean s3:PutObject?']],
    ['a wildcard: an expectation is one request', ENTRY.replace('action: s3:PutObject', 'action: "s3:Put*"'), ['expectations[0] (CI uploads builds).action: expected an IAM action such as s3:PutObject, got "s3:Put*"']],
    ['an object action without a key', ENTRY.replace('    key: builds/app.zip\n', ''), ['expectations[0] (CI uploads builds).key: required for s3:PutObject, which acts on objects: an example key under the prefix that matters, such as builds/app.zip']],
    ['a list item that is not an action', ENTRY.replace('action: s3:PutObject', 'action: [s3:PutObject, 42]'), ['expectations[0] (CI uploads builds).action[1]: expected an IAM action such as s3:PutObject, got 42']],
    ['an unknown field', ENTRY.replace('expect: allow', 'expect: allow\n    decision: allow'), ['expectations[0] (CI uploads builds).decision: unknown field; expected one of name, principal, action, bucket, key, context, headers, vpcEndpoint, operation, expect']],
    ['a context value that is a mapping', ENTRY.replace('expect: allow', 'expect: allow\n    context: { aws:SourceIp: { a: b } }'), ['expectations[0] (CI uploads builds).context.aws:SourceIp: expected a value or a list of values, got an object']],
    ['an aws:CurrentTime that is not a time', ENTRY.replace('expect: allow', 'expect: allow\n    context: { aws:CurrentTime: yesterday }'), ['expectations[0] (CI uploads builds).context.aws:CurrentTime: expected an ISO 8601 time such as 2026-01-15T09:30:00Z, got "yesterday"']]
  ]
  test.each(rows)('%s', (_name, entry, expected) => {
    expect(messages(`version: 1\nexpectations:\n${entry}`)).toEqual(expected)
  })

  // Values whose type AWS checks (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html)
  // and bucket names S3 would refuse (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
  const typed: [string, string, string[]][] = [
    ['aws:SourceIp that is not an IP address', ENTRY.replace('expect: allow', 'expect: allow\n    context: { aws:SourceIp: not-an-ip }'), ['expectations[0] (CI uploads builds).context.aws:SourceIp: expected an IP address such as 198.51.100.7 or 2001:db8::1, got "not-an-ip"']],
    ['aws:SecureTransport that is not a boolean', ENTRY.replace('expect: allow', 'expect: allow\n    context: { aws:SecureTransport: maybe }'), ['expectations[0] (CI uploads builds).context.aws:SecureTransport: expected true or false, got "maybe"']],
    ['a list value of a typed key, by position', ENTRY.replace('expect: allow', "expect: allow\n    context: { 'aws:PrincipalAccount': ['111122223333', abc] }"), ['expectations[0] (CI uploads builds).context.aws:PrincipalAccount[1]: expected a 12-digit account id (quote it in YAML), got "abc"']],
    ['a bucket name S3 refuses', ENTRY.replace('bucket: artifacts-prod', 'bucket: "Bad_Bucket!"'), ['expectations[0] (CI uploads builds).bucket: "Bad_Bucket!" is not a valid bucket name: bucket names use only lowercase letters, numbers, dots and hyphens (not "B", "_", "!")']],
    ['a bucket name too short', ENTRY.replace('bucket: artifacts-prod', 'bucket: ab'), ['expectations[0] (CI uploads builds).bucket: "ab" is not a valid bucket name: bucket names are 3 to 63 characters long (this one has 2)']],
    ['a bucket name that is an IP address', ENTRY.replace('bucket: artifacts-prod', 'bucket: 192.168.5.4'), ['expectations[0] (CI uploads builds).bucket: "192.168.5.4" is not a valid bucket name: bucket names are not formatted as an IP address']],
    ['an unknown action in a list, at its index', ENTRY.replace('action: s3:PutObject', 'action: [s3:GetObject, s3:PutObjekt]'), ['expectations[0] (CI uploads builds).action[1]: s3:PutObjekt is not an S3 action; did you mean s3:PutObject?']]
  ]
  test.each(typed)('%s', (_name, entry, expected) => {
    expect(messages(`version: 1\nexpectations:\n${entry}`)).toEqual(expected)
  })

  test('valid typed values pass (IPv6, booleans as YAML writes them, epoch seconds)', () => {
    const text = ENTRY.replace('expect: allow', "expect: allow\n    context: { aws:SourceIp: '2001:db8::1', aws:SecureTransport: true, aws:EpochTime: '1767225600', s3:max-keys: 100 }")
    expect(messages(`version: 1\nexpectations:\n${text}`)).toEqual([])
  })

  test('every problem of an entry is reported at once, each at its field', () => {
    const entry = `  - name: CI uploads builds
    principal: ci-deploy
    action: [s3:PutObject, s3:PutObjekt, 42]
    bucket: "Bad_Bucket!"
    context: { aws:SourceIp: not-an-ip, aws:SecureTransport: maybe }
    expect: maybe
`
    expect(messages(`version: 1\nexpectations:\n${entry}`)).toEqual([
      'expectations[0] (CI uploads builds).principal: expected "anonymous", an ARN such as arn:aws:sts::111122223333:assumed-role/ci-deploy/session, or a service principal such as cloudfront.amazonaws.com, got "ci-deploy"',
      'expectations[0] (CI uploads builds).action[2]: expected an IAM action such as s3:PutObject, got 42',
      'expectations[0] (CI uploads builds).bucket: "Bad_Bucket!" is not a valid bucket name: bucket names use only lowercase letters, numbers, dots and hyphens (not "B", "_", "!")',
      'expectations[0] (CI uploads builds).expect: expected allow or deny, got "maybe"',
      'expectations[0] (CI uploads builds).context.aws:SourceIp: expected an IP address such as 198.51.100.7 or 2001:db8::1, got "not-an-ip"',
      'expectations[0] (CI uploads builds).context.aws:SecureTransport: expected true or false, got "maybe"',
      // The catalogue's checks run too, for the actions that are well formed.
      'expectations[0] (CI uploads builds).key: required for s3:PutObject, which acts on objects: an example key under the prefix that matters, such as builds/app.zip',
      'expectations[0] (CI uploads builds).action[1]: s3:PutObjekt is not an S3 action; did you mean s3:PutObject?'
    ])
  })

  test.each([
    ['no version', 'expectations:\n' + ENTRY, ['version: required (version: 1)']],
    ['another version', 'version: 2\nexpectations:\n' + ENTRY, ['version: expected 1, got 2']],
    ['no expectations', 'version: 1\n', ['expectations: required: a list of expected accesses']],
    ['an empty list', 'version: 1\nexpectations: []\n', ['expectations: expected at least one entry']],
    ['a duplicate name', `version: 1\nexpectations:\n${ENTRY}${ENTRY}`, ['expectations[1] (CI uploads builds).name: "CI uploads builds" is already the name of expectations[0]; names must be unique']],
    ['an unknown top-level field', `version: 1\nexpectation: []\nexpectations:\n${ENTRY}`, ['expectation: unknown field; expected one of version, expectations, policies, bucket-accounts, cloudformation, organization']],
    ['a key policy without its key ARN', `version: 1\npolicies: { key-policy: k.json }\nexpectations:\n${ENTRY}`, ["policies.key-arn: required with a single policies.key-policy: the ARN of the bucket's default encryption key"]],
    ['an account id written as a number', `version: 1\nbucket-accounts: { b: 12 }\nexpectations:\n${ENTRY}`, ['bucket-accounts.b: expected a 12-digit account id (quote it in YAML), got 12']],
    ['a region that is not one', `version: 1\ncloudformation: { region: moon }\nexpectations:\n${ENTRY}`, ['cloudformation.region: expected an AWS region such as us-east-1, got "moon"']]
  ])('file level: %s', (_name, text, expected) => {
    expect(messages(text)).toEqual(expected)
  })

  test('YAML that does not parse names the line', () => {
    expect(messages('version: 1\nexpectations:\n  - name: [unclosed\n')[0]).toMatch(/^line \d+, column \d+: /)
  })

  test('the error message prefixes the file name', () => {
    expect(() => parseExpectations('version: 1\n', '.github/s3-access.yml')).toThrow('.github/s3-access.yml: expectations: required: a list of expected accesses')
  })
})
