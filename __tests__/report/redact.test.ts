/**
 * `redact: account-ids` and secret scrubbing. Account ids are 12 digits
 * (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html); ARNs keep
 * their shape with the id replaced (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 * Access key ids start with AKIA (long-term) or ASIA (temporary)
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
 */
import { AccountIds, accountIdsIn, redactAccountIds } from '../../src/report/redact.js'
import { isSecretName, REDACTED, scrubSecrets, scrubValue } from '../../src/report/secrets.js'

describe('redactAccountIds', () => {
  // Account ids: the account field of an ARN, or a number the map knows to be an account id.
  const known = ['123456789012', '210987654321']
  test.each([
    ['an assumed-role ARN', 'arn:aws:sts::123456789012:assumed-role/ci/GitHubActions', 'arn:aws:sts::<account-1>:assumed-role/ci/GitHubActions'],
    ['a role ARN in JSON', '{"AWS": "arn:aws:iam::123456789012:root"}', '{"AWS": "arn:aws:iam::<account-1>:root"}'],
    ['two known accounts, numbered in order of appearance', 'from 210987654321 to 123456789012 and back to 210987654321', 'from <account-1> to <account-2> and back to <account-1>'],
    ['a known id in a bucket name', 'logs-123456789012-us-east-1', 'logs-<account-1>-us-east-1'],
    ['a KMS key ARN: the account goes, the UUID stays', 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555', 'arn:aws:kms:us-east-2:<account-1>:key/11111111-2222-3333-4444-555555555555'],
    ['an ARN of an account nobody mentioned: still an account id', 'arn:aws:iam::999988887777:role/x', 'arn:aws:iam::<account-1>:role/x'],
    ['twelve digits that are not an account id (a timestamp in a key)', 'builds/202601150930/app.zip', 'builds/202601150930/app.zip'],
    ['the same timestamp beside an ARN', 'arn:aws:iam::123456789012:role/ci wrote builds/202601150930/', 'arn:aws:iam::<account-1>:role/ci wrote builds/202601150930/'],
    ['an id first met in an ARN is an account id further on', 'arn:aws:iam::999988887777:root owns 999988887777-logs', 'arn:aws:iam::<account-1>:root owns <account-1>-logs'],
    ['thirteen digits are not an account id', 'epoch 1768469400123', 'epoch 1768469400123'],
    ['eleven digits are not an account id', 'n=12345678901', 'n=12345678901'],
    ['digits inside a word are not an account id', 'AROA123456789012X', 'AROA123456789012X'],
    ['an S3 canonical id (hex) is left alone', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be']
  ])('%s', (_name, input, expected) => {
    expect(redactAccountIds(input, new AccountIds(known))).toBe(expected)
  })

  test('without being told, a bare twelve-digit number is left alone', () => {
    expect(redactAccountIds('from 210987654321 to builds/202601150930/')).toBe('from 210987654321 to builds/202601150930/')
  })

  test('one map keeps placeholders stable across the reports of a run', () => {
    const ids = new AccountIds(['111122223333', '444455556666'])
    expect(redactAccountIds('111122223333 then 444455556666', ids)).toBe('<account-1> then <account-2>')
    expect(redactAccountIds('444455556666 first this time', ids)).toBe('<account-2> first this time')
    expect(ids.size).toBe(2)
  })
})

describe('accountIdsIn', () => {
  test('finds account ids where they are account ids, and no other twelve digits', () => {
    const scenario = {
      request: { principal: 'arn:aws:sts::111111111111:assumed-role/ci/run', bucket: 'b', key: 'builds/202601150930/app.zip', context: { 'aws:CurrentTime': '2026-01-15T09:30:00Z' } },
      bucket: { account: '222222222222', policy: { Statement: [{ Principal: { AWS: '333333333333' }, Condition: { StringEquals: { 'aws:SourceAccount': '444444444444', 's3:prefix': '555555555555' } } }] } },
      organization: { managementAccount: '666666666666' },
      verdict: { context: [{ key: 'aws:PrincipalAccount', values: ['777777777777'] }, { key: 'aws:SourceIp', values: ['888888888888'] }] }
    }
    expect([...accountIdsIn(scenario)].sort()).toEqual(['111111111111', '222222222222', '333333333333', '444444444444', '666666666666', '777777777777'])
  })
})

describe('scrubSecrets', () => {
  const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  const sessionToken = `IQoJb3JpZ2luX2VjEJr${'AbCdEf0123456789+/'.repeat(12)}Zz==`
  test.each([
    ['an access key id', 'Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-2/s3/aws4_request', 'AKIAIOSFODNN7EXAMPLE'],
    ['a temporary access key id', 'key ASIAIOSFODNN7EXAMPLE used', 'ASIAIOSFODNN7EXAMPLE'],
    ['aws_secret_access_key in an env dump', `aws_secret_access_key=${secretKey}`, secretKey],
    ['SecretAccessKey in JSON', `{"SecretAccessKey": "${secretKey}"}`, secretKey],
    ['a session token header', `x-amz-security-token: ${sessionToken}`, sessionToken],
    ['a session token alone', `token was ${sessionToken} here`, sessionToken],
    ['a presigned URL signature', 'https://b.s3.amazonaws.com/k?X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef&x', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'],
    ['an Authorization header', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/x, Signature=abc', 'Credential=AKIA'],
    ['a GitHub token', 'token ghs_16C7e42F292c6912E7710c838347Ae178B4a in the log', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['a fine-grained GitHub token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'github_pat_11ABCDEFG'],
    ['an OIDC token (JWT)', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWYiLCJhdWQiOiJzdHMifQ.c2lnbmF0dXJl', 'eyJhbGciOiJSUzI1NiJ9']
  ])('%s is removed', (_name, input, secret) => {
    const output = scrubSecrets(input)
    expect(output).not.toContain(secret)
    expect(output).toContain(REDACTED)
  })

  test.each([
    ['an ARN', 'arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions'],
    ['an object key with mixed case and digits', 'builds/Linux/X64/App-1.4.2/Release/artifact.zip'],
    ['a role unique id (aws:userid)', 'AROAEXAMPLEROLEID:GitHubActions'],
    ['an error sentence about tokens', 'ExpiredToken: The provided token has expired.'],
    ['a KMS key ARN', 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555'],
    ['a commit SHA', 'b636743a1c2e3f405162738495a6b7c8d9e0f1a2']
  ])('%s is kept', (_name, input) => {
    expect(scrubSecrets(input)).toBe(input)
  })

  test('known secret values are removed wherever they appear', () => {
    expect(scrubSecrets('call with plain-secret-value inside', ['plain-secret-value'])).toBe(`call with ${REDACTED} inside`)
  })

  test('the name of a named secret stays, so the reader knows what was there', () => {
    expect(scrubSecrets(`aws_secret_access_key = ${secretKey}`)).toBe(`aws_secret_access_key = ${REDACTED}`)
  })
})

describe('scrubValue: the one pass every output format goes through', () => {
  const token = 'FQoGZXIvYXdzEXAMPLEsessionTOKEN0123'
  test('a secret header, a context row and a condition trace lose their values; the names stay', () => {
    const value = {
      request: { headers: { 'x-amz-security-token': token, 'X-Amz-Acl': 'private', Authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/x' } },
      context: [
        { key: 's3:x-amz-security-token', values: [token], origin: 'derived' },
        { key: 's3:x-amz-acl', values: ['private'], origin: 'derived' }
      ],
      conditions: [{ operator: 'Null', key: 's3:x-amz-security-token', policyValues: ['false'], requestValues: [token], matched: true }],
      note: `x-amz-security-token: ${token}`
    }
    const scrubbed = scrubValue(value)
    expect(JSON.stringify(scrubbed)).not.toContain(token)
    expect(JSON.stringify(scrubbed)).not.toContain('AKIAIOSFODNN7EXAMPLE')
    expect(scrubbed.request.headers).toEqual({ 'x-amz-security-token': REDACTED, 'X-Amz-Acl': 'private', Authorization: REDACTED })
    expect(scrubbed.context).toEqual([
      { key: 's3:x-amz-security-token', values: [REDACTED], origin: 'derived' },
      { key: 's3:x-amz-acl', values: ['private'], origin: 'derived' }
    ])
    expect(scrubbed.conditions[0]).toEqual({ operator: 'Null', key: 's3:x-amz-security-token', policyValues: ['false'], requestValues: [REDACTED], matched: true })
    expect(value.request.headers['x-amz-security-token']).toBe(token)
  })

  test('known secret values go wherever they are, and a member named __proto__ stays a plain member', () => {
    const scrubbed = scrubValue(JSON.parse('{"a": ["plain-secret-value"], "__proto__": {"b": "x plain-secret-value"}}') as unknown, ['plain-secret-value'])
    expect(JSON.stringify(scrubbed)).toBe(`{"a":["${REDACTED}"],"__proto__":{"b":"x ${REDACTED}"}}`)
  })

  test.each([
    ['x-amz-security-token', true],
    ['s3:x-amz-security-token', true],
    ['SessionToken', true],
    ['SecretAccessKey', true],
    ['Authorization', true],
    ['authorizationId', false],
    ['x-amz-acl', false],
    ['aws:SecureTransport', false],
    ['AccessKeyId', false]
  ])('isSecretName(%s) is %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected)
  })
})
