/**
 * No credential in anything a live run returns or writes: the Diagnosis (every report and output
 * is made from it), the saved scenario, the CLI's output. Credentials come in from the run itself
 * (the keys and session token of the default chain or of an assumed role, masked with setSecret)
 * and from text the run did not write: an error message pasted from a CI log with the request's
 * headers, a presigned URL, S3's own InvalidToken error document (which echoes the token as
 * <Token-0>).
 *
 * Where credentials travel in a request: the `x-amz-security-token` header and the Authorization
 * header's Credential and Signature (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html),
 * or the X-Amz-Security-Token, X-Amz-Credential and X-Amz-Signature query parameters of a presigned
 * URL (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html).
 */
import { HeadBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { Settings } from '../../src/action/settings.js'
import { diagnoseCommandWith } from '../../src/cli/diagnose.js'
import type { AwsClients } from '../../src/live/clients.js'
import { diagnose, type DiagnoseDeps } from '../../src/live/diagnose.js'
import { scrubSecrets, scrubText } from '../../src/live/secrets.js'
import { ACCOUNT, BUCKET, KEY, fakeAws, s3Error, type FakeAws } from './collect-fixtures.js'

const BASE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'IQoJb3JpZ2luX2VjEBaseSessionTokenExample0000000000' }
const ASSUMED = { AccessKeyId: 'ASIAASSUMEDEXAMPLE01', SecretAccessKey: 'assumedSecretKeyExampleExampleExample01', SessionToken: 'IQoJb3JpZ2luX2VjEAssumedSessionTokenExample111111', Expiration: new Date('2030-01-01T00:00:00Z') }
/** A token the run never saw, pasted into the error message with the request's headers. */
const PASTED_TOKEN = 'FwoGZXIvYXdzEPastedTokenFromACiLog22222222222222'
const PASTED_SIGNATURE = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci/ci-deploy`
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/gh-run-42`

const SECRETS = [BASE.secretAccessKey, BASE.sessionToken, ASSUMED.SecretAccessKey, ASSUMED.SessionToken, PASTED_TOKEN, PASTED_SIGNATURE]

function expectClean(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

const PASTED_ERROR = [
  'upload failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
  `DEBUG request headers: {'x-amz-security-token': '${PASTED_TOKEN}', 'Authorization': 'AWS4-HMAC-SHA256 Credential=ASIAPASTEDKEY0000000/20261125/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${PASTED_SIGNATURE}'}`,
  `presigned: https://${BUCKET}.s3.amazonaws.com/${KEY}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAPASTEDKEY0000000%2F20261125&X-Amz-Security-Token=${PASTED_TOKEN}&X-Amz-Signature=${PASTED_SIGNATURE}`,
  `env: AWS_SESSION_TOKEN=${PASTED_TOKEN}`
].join('\n')

describe('scrubText', () => {
  test.each([
    ['a header as a log prints it', `x-amz-security-token: ${PASTED_TOKEN}`, 'x-amz-security-token: ***'],
    ['a header in a JSON dump', `{"x-amz-security-token":"${PASTED_TOKEN}"}`, '{"x-amz-security-token":"***"}'],
    ['presigned URL parameters', `?X-Amz-Credential=AKID%2F2026&X-Amz-Security-Token=${PASTED_TOKEN}&X-Amz-Signature=${PASTED_SIGNATURE}`, '?X-Amz-Credential=***&X-Amz-Security-Token=***&X-Amz-Signature=***'],
    ['the Authorization header', `AWS4-HMAC-SHA256 Credential=AKID/2026/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${PASTED_SIGNATURE}`, 'AWS4-HMAC-SHA256 Credential=***, SignedHeaders=host, Signature=***'],
    ['a credentials file', `aws_secret_access_key = ${BASE.secretAccessKey}\naws_session_token=${PASTED_TOKEN}`, 'aws_secret_access_key = ***\naws_session_token=***'],
    ['an SDK credentials object', `{ "SecretAccessKey": "${BASE.secretAccessKey}", "SessionToken": "${PASTED_TOKEN}" }`, '{ "SecretAccessKey": "***", "SessionToken": "***" }'],
    ['S3’s InvalidToken error document', `<Error><Code>InvalidToken</Code><Token-0>${PASTED_TOKEN}</Token-0></Error>`, '<Error><Code>InvalidToken</Code><Token-0>***</Token-0></Error>']
  ])('%s', (_name, text, expected) => {
    expect(scrubText(text)).toBe(expected)
  })

  test('known values anywhere, longest first', () => {
    expect(scrubText(`key ${BASE.accessKeyId} secret ${BASE.secretAccessKey}`, [BASE.accessKeyId, BASE.secretAccessKey])).toBe('key *** secret ***')
    // A secret that starts with another: masked whole, not as `***` plus its tail.
    expect(scrubText('value abcd1234WXYZ', ['abcd', 'abcd1234WXYZ'])).toBe('value ***')
  })

  test('ordinary text is left alone', () => {
    const text = 'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a resource-based policy'
    expect(scrubText(text)).toBe(text)
  })
})

test('scrubSecrets drops credential headers from a scenario and keeps the others', () => {
  const scenario = { version: 1, request: { principal: SESSION, action: 's3:PutObject', bucket: BUCKET, headers: { 'x-amz-acl': 'bucket-owner-full-control', 'X-Amz-Security-Token': PASTED_TOKEN, authorization: `AWS4-HMAC-SHA256 Signature=${PASTED_SIGNATURE}` } } }
  expect(scrubSecrets(scenario).request.headers).toEqual({ 'x-amz-acl': 'bucket-owner-full-control' })
})

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    mode: 'diagnose',
    bucket: BUCKET,
    key: KEY,
    operations: ['put'],
    region: 'us-east-1',
    roleToAssume: ROLE,
    roleSessionName: 'gh-run-42',
    audience: 'sts.amazonaws.com',
    probe: 'conditional',
    headers: { acl: 'bucket-owner-full-control' },
    sourceIp: '203.0.113.7',
    errorMessage: PASTED_ERROR,
    failOnDeny: false,
    timeoutSeconds: 30,
    comment: 'never',
    redact: 'none',
    expectations: '.github/s3-access.yml',
    failOn: 'broken',
    ...overrides
  }
}

describe('a whole run: the assumed role’s keys, a pasted log, and S3 echoing the token', () => {
  let fake: FakeAws
  let sts: STSClient
  let stsMock: ReturnType<typeof mockClient>
  const masked: string[] = []

  beforeEach(() => {
    fake = fakeAws()
    sts = new STSClient({ region: 'us-east-1' })
    stsMock = mockClient(sts)
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, Account: ACCOUNT, UserId: 'AIDAEXAMPLE' })
    stsMock.on(AssumeRoleCommand).resolves({ Credentials: ASSUMED, AssumedRoleUser: { Arn: SESSION, AssumedRoleId: 'AROAEXAMPLEID:gh-run-42' } })
    masked.length = 0
  })
  afterEach(() => {
    fake.restore()
    stsMock.restore()
  })

  function deps(): DiagnoseDeps {
    const s3 = fake.clients.s3
    const probing = new Proxy(s3, {
      get(target, property, receiver) {
        if (property !== 'send') return Reflect.get(target, property, receiver) as unknown
        return async (command: unknown, options?: unknown) => {
          if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
          // An S3 that echoes the session token the request carried (InvalidToken's Token-0).
          if (command instanceof PutObjectCommand) throw s3Error('AccessDenied', 403, `Access Denied <Token-0>${ASSUMED.SessionToken}</Token-0> x-amz-security-token: ${ASSUMED.SessionToken}`)
          return (target.send as (c: unknown, o?: unknown) => Promise<unknown>).call(target, command, options)
        }
      }
    }) as S3Client
    const clients = (): AwsClients => ({ ...fake.clients, s3: probing, sts })
    return {
      clients,
      getIDToken: () => Promise.reject(new Error('no OIDC')),
      setSecret: (secret) => masked.push(secret),
      env: {},
      defaultCredentials: () => Promise.resolve(BASE),
      now: () => new Date('2026-11-25T10:00:00.000Z'),
      randomId: () => 'abc12345',
      sleep: async () => undefined,
      retry: { maxAttempts: 1, random: () => 0 }
    }
  }

  test('the Diagnosis holds none of them, and every run secret was masked', async () => {
    const diagnoses = await diagnose(settings(), deps())
    const text = JSON.stringify(diagnoses)
    expectClean(text)
    expect(text).toContain('x-amz-security-token: ***')
    expect(diagnoses[0]?.parsedError?.raw).toMatch(/X-Amz-Security-Token=\*\*\*/)
    expect(diagnoses[0]?.probes[0]?.message).toBe('Access Denied <Token-0>***</Token-0> x-amz-security-token: ***')
    expect(masked).toEqual(expect.arrayContaining([BASE.secretAccessKey, BASE.sessionToken, ASSUMED.SecretAccessKey, ASSUMED.SessionToken]))
  })

  test('the CLI: neither its JSON output nor the saved scenario', async () => {
    const written: Record<string, string> = {}
    const out: string[] = []
    const err: string[] = []
    const command = diagnoseCommandWith({ env: {}, diagnoseDeps: deps(), writeFile: async (path, text) => void (written[path] = text) })
    const code = await command(
      ['--bucket', BUCKET, '--key', KEY, '--operations', 'put', '--role-to-assume', ROLE, '--error-message', PASTED_ERROR, '--save-scenario', 'out/scenario.json', '--format', 'json', '--region', 'us-east-1'],
      { readFile: async () => '', stdout: (text) => out.push(text), stderr: (text) => err.push(text) }
    )
    expect(code).toBe(0)
    expect(Object.keys(written)).toEqual(['out/scenario.json'])
    expectClean(written['out/scenario.json'] ?? '')
    expectClean(out.join(''))
    expectClean(err.join(''))
  })
})
