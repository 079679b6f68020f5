/**
 * `redact: account-ids` and secret scrubbing. Account ids are 12 digits
 * (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html); ARNs keep
 * their shape with the id replaced (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 * Access key ids start with AKIA (long-term) or ASIA (temporary)
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
 */
import { AccountIds, redactAccountIds } from '../../src/report/redact.js'
import { REDACTED, scrubSecrets } from '../../src/report/secrets.js'

describe('redactAccountIds', () => {
  test.each([
    ['an assumed-role ARN', 'arn:aws:sts::123456789012:assumed-role/ci/GitHubActions', 'arn:aws:sts::<account-1>:assumed-role/ci/GitHubActions'],
    ['a role ARN in JSON', '{"AWS": "arn:aws:iam::123456789012:root"}', '{"AWS": "arn:aws:iam::<account-1>:root"}'],
    ['two accounts, numbered in order of appearance', 'from 210987654321 to 123456789012 and back to 210987654321', 'from <account-1> to <account-2> and back to <account-1>'],
    ['an id in a bucket name', 'logs-123456789012-us-east-1', 'logs-<account-1>-us-east-1'],
    ['a KMS key ARN: the account goes, the UUID stays', 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555', 'arn:aws:kms:us-east-2:<account-1>:key/11111111-2222-3333-4444-555555555555'],
    ['thirteen digits are not an account id', 'epoch 1768469400123', 'epoch 1768469400123'],
    ['eleven digits are not an account id', 'n=12345678901', 'n=12345678901'],
    ['digits inside a word are not an account id', 'AROA123456789012X', 'AROA123456789012X'],
    ['an S3 canonical id (hex) is left alone', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be']
  ])('%s', (_name, input, expected) => {
    expect(redactAccountIds(input)).toBe(expected)
  })

  test('one map keeps placeholders stable across the reports of a run', () => {
    const ids = new AccountIds()
    expect(redactAccountIds('111122223333 then 444455556666', ids)).toBe('<account-1> then <account-2>')
    expect(redactAccountIds('444455556666 first this time', ids)).toBe('<account-2> first this time')
    expect(ids.size).toBe(2)
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
