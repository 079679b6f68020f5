/**
 * Credentials and the principal, with STS mocked by aws-sdk-client-mock: the default chain,
 * AssumeRoleWithWebIdentity with the GitHub OIDC token, AssumeRole with base credentials, every
 * failure path (throttling, timeouts, malformed responses), and masking: no secret ever appears in
 * what comes back.
 * GetCallerIdentity needs no permission: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { mockClient } from 'aws-sdk-client-mock'
import { getCallerIdentity, identityArnOf, redact, resolveCredentials, type CredentialDeps } from '../../src/live/credentials.js'
import type { PolicyDocument } from '../../src/scenario/types.js'

const sts = mockClient(STSClient)
beforeEach(() => sts.reset())
afterAll(() => sts.restore())

const ROLE = 'arn:aws:iam::111122223333:role/ci-deploy'
const PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'
const ENV_KEY = 'AKIAENVEXAMPLE000001'
const ENV_SECRET = 'envSecretKeyExampleExampleExample0001'
const ENV_TOKEN = 'envSessionTokenExampleExampleExample0001'
const NEW_KEY = 'ASIANEWEXAMPLE000002'
const NEW_SECRET = 'newSecretKeyExampleExampleExample0002'
const NEW_TOKEN = 'newSessionTokenExampleExampleExample0002'

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJlLXNlY3JldC1wYXJ0`
}
const TOKEN = jwt({ iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', sub: 'repo:octo-org/app:environment:prod', repository: 'octo-org/app', environment: 'prod', ref: 'refs/heads/main' })

function awsError(name: string, status: number, message: string): Error {
  return Object.assign(new Error(message), { name, Code: name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status, requestId: `req-${name}` } })
}

const OIDC_ENV = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/request', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'requestTokenSecretValue0003' }
const settings = { roleToAssume: ROLE, roleSessionName: 'gh-run-42', audience: 'sts.amazonaws.com' }
const noRole = { roleSessionName: 'gh-run-42', audience: 'sts.amazonaws.com' }

interface Harness {
  deps: CredentialDeps
  masked: string[]
  /** The credentials each STS client was made with, in order. */
  clients: (AwsCredentialIdentity | undefined)[]
  events: string[]
}

function harness(env: Record<string, string>, extra: Partial<CredentialDeps> = {}): Harness {
  const masked: string[] = []
  const clients: (AwsCredentialIdentity | undefined)[] = []
  const events: string[] = []
  const deps: CredentialDeps = {
    sts: (credentials) => {
      clients.push(credentials)
      return new STSClient({ region: 'us-east-1', credentials: credentials ?? { accessKeyId: 'unused', secretAccessKey: 'unused' } })
    },
    getIDToken: async () => {
      events.push('getIDToken')
      return TOKEN
    },
    setSecret: (secret) => {
      masked.push(secret)
      events.push(`mask:${secret.slice(0, 8)}`)
    },
    env,
    retry: { sleep: async () => undefined, random: () => 0, setTimer: () => () => undefined },
    ...extra
  }
  return { deps, masked, clients, events }
}

const caller = (arn: string) => ({ Arn: arn, Account: '111122223333', UserId: 'AROAEXAMPLE:gh-run-42' })
const newCredentials = { AccessKeyId: NEW_KEY, SecretAccessKey: NEW_SECRET, SessionToken: NEW_TOKEN, Expiration: new Date('2030-01-01T00:00:00Z') }

/** Every secret this file uses; none may appear in a result. */
const SECRETS = [ENV_KEY, ENV_SECRET, ENV_TOKEN, NEW_KEY, NEW_SECRET, NEW_TOKEN, TOKEN, 'requestTokenSecretValue0003']

function expectNoSecretIn(value: unknown, except: string[] = []): void {
  const text = JSON.stringify(value, (_key, item: unknown) => (item instanceof Date ? item.toISOString() : item))
  for (const secret of SECRETS) if (!except.includes(secret)) expect(text).not.toContain(secret)
}

describe('identityArnOf', () => {
  const rows = [
    { arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', expected: 'arn:aws:iam::111122223333:role/ci-deploy' },
    { arn: 'arn:aws-us-gov:sts::111122223333:assumed-role/r/s', expected: 'arn:aws-us-gov:iam::111122223333:role/r' },
    { arn: 'arn:aws:iam::111122223333:user/ci/bot', expected: 'arn:aws:iam::111122223333:user/ci/bot' },
    { arn: 'arn:aws:iam::111122223333:root', expected: 'arn:aws:iam::111122223333:root' },
    { arn: 'arn:aws:sts::111122223333:federated-user/bob', expected: undefined }
  ]
  test.each(rows)('$arn → $expected', ({ arn, expected }) => {
    expect(identityArnOf(arn)).toBe(expected)
  })
})

test('redact replaces every secret, longest first', () => {
  expect(redact('a SECRETX and SECRET', ['SECRET', 'SECRETX'])).toBe('a *** and ***')
  expect(redact('short abc stays', ['abc'])).toBe('short abc stays')
})

describe('getCallerIdentity', () => {
  test('reports the session and the role behind it (no path without IAM)', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42'))
    await expect(getCallerIdentity(new STSClient({ region: 'us-east-1' }), 'environment')).resolves.toEqual({
      arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42',
      account: '111122223333',
      userId: 'AROAEXAMPLE:gh-run-42',
      identityArn: 'arn:aws:iam::111122223333:role/ci-deploy',
      source: 'environment'
    })
  })

  test('a malformed response (no Arn) is an error naming what is missing', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333' })
    await expect(getCallerIdentity(new STSClient({ region: 'us-east-1' }))).rejects.toThrow(/missing Arn, UserId/)
  })
})

describe('without role-to-assume: the default chain', () => {
  test('environment credentials are masked, and the caller reported', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42'))
    const h = harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET, AWS_SESSION_TOKEN: ENV_TOKEN })
    const result = await resolveCredentials(noRole, h.deps)
    expect(result).toMatchObject({ kind: 'resolved', credentials: undefined, caller: { source: 'environment', identityArn: 'arn:aws:iam::111122223333:role/ci-deploy' } })
    expect(h.masked).toEqual([ENV_KEY, ENV_SECRET, ENV_TOKEN])
  })

  test('the default chain’s credentials are resolved, masked, and used', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:iam::111122223333:user/ci'))
    const base = { accessKeyId: NEW_KEY, secretAccessKey: NEW_SECRET }
    const h = harness({ AWS_PROFILE: 'ci' }, { defaultCredentials: async () => base })
    const result = await resolveCredentials(noRole, h.deps)
    expect(result).toMatchObject({ kind: 'resolved', credentials: base, caller: { arn: 'arn:aws:iam::111122223333:user/ci', source: 'environment' } })
    expect(h.masked).toEqual([NEW_KEY, NEW_SECRET])
    expect(h.clients).toEqual([base])
  })

  test('web identity variables set the source', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/r/s'))
    const result = await resolveCredentials(noRole, harness({ AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/t', AWS_ROLE_ARN: ROLE }).deps)
    expect(result).toMatchObject({ kind: 'resolved', caller: { source: 'assume-role-with-web-identity' } })
  })

  test('no credentials anywhere', async () => {
    const h = harness({}, { defaultCredentials: async () => Promise.reject(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' })) })
    const result = await resolveCredentials(noRole, h.deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'no-credentials', summary: expect.stringMatching(/configure-aws-credentials/) } })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0)
  })

  test('no credentials in a fork pull request: the fork is the explanation', async () => {
    const event = { pull_request: { head: { repo: { full_name: 'someone/app', fork: true } }, base: { repo: { full_name: 'octo-org/app' } } } }
    const h = harness({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' }, {
      event,
      defaultCredentials: async () => Promise.reject(Object.assign(new Error('Could not load credentials'), { name: 'CredentialsProviderError' }))
    })
    const result = await resolveCredentials(noRole, h.deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'fork-pull-request', summary: expect.stringMatching(/fork/) } })
  })

  const callerFailures = [
    { name: 'ExpiredToken', error: awsError('ExpiredToken', 403, 'The security token included in the request is expired'), code: 'ExpiredToken' },
    { name: 'InvalidClientTokenId', error: awsError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'), code: 'InvalidClientTokenId' },
    {
      name: 'SignatureDoesNotMatch',
      error: awsError('SignatureDoesNotMatch', 403, 'The request signature we calculated does not match the signature you provided.'),
      code: 'SignatureDoesNotMatch'
    }
  ]
  test.each(callerFailures)('GetCallerIdentity fails with $name: explained as not about policies', async ({ error, code }) => {
    sts.on(GetCallerIdentityCommand).rejects(error)
    const result = await resolveCredentials(noRole, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'caller-identity', nonAuthorization: { code }, error: { status: 403, requestId: `req-${code}` } } })
  })

  test('a timeout is reported, not retried', async () => {
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' }))
    const result = await resolveCredentials(noRole, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'caller-identity', error: { kind: 'timeout', status: null } } })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
  })

  test('throttling is retried', async () => {
    sts.on(GetCallerIdentityCommand).rejectsOnce(awsError('Throttling', 400, 'Rate exceeded')).resolves(caller('arn:aws:iam::111122223333:user/ci'))
    const result = await resolveCredentials(noRole, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result.kind).toBe('resolved')
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(2)
  })
})

describe('role-to-assume with the GitHub OIDC token', () => {
  // AssumedRoleUser.Arn is "the ARN of the temporary security credentials that are returned", and
  // AssumedRoleId "contains the role ID and the role session name": what GetCallerIdentity would
  // say of them, so no second call (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumedRoleUser.html).
  test('AssumeRoleWithWebIdentity names the caller itself (no GetCallerIdentity); the token is masked before it is sent', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: newCredentials, AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', AssumedRoleId: 'AROA:gh' } })
    sts.on(GetCallerIdentityCommand).rejects(new Error('GetCallerIdentity must not be called'))
    const h = harness(OIDC_ENV)
    const result = await resolveCredentials(settings, h.deps)
    expect(result).toMatchObject({
      kind: 'resolved',
      credentials: { accessKeyId: NEW_KEY, secretAccessKey: NEW_SECRET, sessionToken: NEW_TOKEN },
      caller: { source: 'assume-role-with-web-identity', identityArn: ROLE, arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', account: '111122223333', userId: 'AROA:gh' }
    })
    const calls = sts.commandCalls(AssumeRoleWithWebIdentityCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.args[0].input).toEqual({ RoleArn: ROLE, RoleSessionName: 'gh-run-42', WebIdentityToken: TOKEN, DurationSeconds: 3600 })
    expect(h.events.indexOf(`mask:${TOKEN.slice(0, 8)}`)).toBe(h.events.indexOf('getIDToken') + 1)
    expect(h.masked).toEqual(expect.arrayContaining([TOKEN, NEW_KEY, NEW_SECRET, NEW_TOKEN]))
    // One round trip: the assume, and no GetCallerIdentity with the new credentials.
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0)
    expect(h.clients.some((credentials) => credentials?.accessKeyId === NEW_KEY)).toBe(false)
  })

  test('an answer without AssumedRoleUser (a non-conforming server) costs one GetCallerIdentity with the new credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: newCredentials })
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42'))
    const h = harness(OIDC_ENV)
    const result = await resolveCredentials(settings, h.deps)
    expect(result).toMatchObject({ kind: 'resolved', caller: { arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', identityArn: ROLE } })
    expect(h.clients.at(-1)).toMatchObject({ accessKeyId: NEW_KEY })
  })

  test('a throttled AssumeRoleWithWebIdentity is retried', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejectsOnce(awsError('Throttling', 400, 'Rate exceeded')).resolves({ Credentials: newCredentials })
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42'))
    const result = await resolveCredentials(settings, harness(OIDC_ENV).deps)
    expect(result.kind).toBe('resolved')
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2)
  })

  test('GetCallerIdentity failing after the assume falls back to the assumed-role user', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: newCredentials, AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', AssumedRoleId: 'AROA:gh' } })
    sts.on(GetCallerIdentityCommand).rejects(awsError('InternalFailure', 500, 'boom'))
    const result = await resolveCredentials(settings, harness(OIDC_ENV).deps)
    expect(result).toMatchObject({ kind: 'resolved', caller: { arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', account: '111122223333', identityArn: ROLE } })
  })

  test('a malformed AssumeRoleWithWebIdentity response (no credentials) is a failure', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({})
    const result = await resolveCredentials(settings, harness(OIDC_ENV).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'assume-role-with-web-identity', error: { message: expect.stringMatching(/malformed AssumeRoleWithWebIdentity response/) } } })
  })

  test('refused by the trust policy: claims, exact sub, a statement that admits it, and the policy evaluated', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    const trustPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'GitHubMain',
          Effect: 'Allow',
          Principal: { Federated: PROVIDER },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }
        }
      ]
    } as PolicyDocument
    const read: string[] = []
    const h = harness(OIDC_ENV, {
      readTrustPolicy: async (role) => {
        read.push(role)
        return trustPolicy
      }
    })
    const result = await resolveCredentials(settings, h.deps)
    if (result.kind !== 'failed') throw new Error('expected a failure')
    const { failure } = result
    expect(read).toEqual([ROLE])
    expect(failure).toMatchObject({ kind: 'assume-role-with-web-identity', roleArn: ROLE, error: { code: 'AccessDenied', status: 403, requestId: 'req-AccessDenied' } })
    expect(failure.summary).toMatch(/trust policy does not admit this token/)
    expect(failure.diagnosis).toMatchObject({
      cause: 'trust-policy',
      expectedSub: 'repo:octo-org/app:environment:prod',
      claims: { environment: 'prod' },
      suggestedTrustStatement: { Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:environment:prod' } } },
      evaluation: { decision: 'implicit-deny' }
    })
    expect(failure.diagnosis?.evaluation?.summary).toMatch(/expects "repo:octo-org\/app:ref:refs\/heads\/main", this request has "repo:octo-org\/app:environment:prod"/)
    expectNoSecretIn(result)
  })

  test('an unreadable trust policy is named, with what would read it', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    const h = harness(OIDC_ENV, { readTrustPolicy: async () => Promise.reject(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetRole')) })
    const result = await resolveCredentials(settings, h.deps)
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.failure.diagnosis?.notes.join('\n')).toMatch(/could not be read \(AccessDenied: not authorized to perform: iam:GetRole\)/)
  })

  test('no secret survives in any message, even when STS echoes one', async () => {
    // A contrived error text carrying the token and a secret: both must come back as ***.
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('InvalidIdentityToken', 400, `bad token ${TOKEN} with key ${ENV_SECRET}`))
    const h = harness({ ...OIDC_ENV, AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET })
    const result = await resolveCredentials(settings, h.deps)
    expect(result.kind).toBe('failed')
    expectNoSecretIn(result)
    expect(JSON.stringify(result)).toContain('***')
  })

  test('getIDToken failing (the runner refused the token) is explained', async () => {
    const h = harness(OIDC_ENV, { getIDToken: async () => Promise.reject(new Error('Failed to get ID Token. Error Code : 500')) })
    const result = await resolveCredentials(settings, h.deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'token-request-failed', summary: expect.stringMatching(/Failed to get ID Token/) } })
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0)
  })

  test('an undecodable token still gets a diagnosis, with a note', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('InvalidIdentityToken', 400, 'Token is not a valid JWT'))
    const h = harness(OIDC_ENV, { getIDToken: async () => 'not-a-jwt-but-secret-0004' })
    const result = await resolveCredentials(settings, h.deps)
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.failure.diagnosis?.claims).toBeNull()
    expect(result.failure.diagnosis?.notes.join('\n')).toMatch(/claims could not be read: not a JWT/)
    expect(JSON.stringify(result)).not.toContain('not-a-jwt-but-secret-0004')
  })
})

describe('role-to-assume without an OIDC token', () => {
  test('no base credentials and no id-token: write', async () => {
    const h = harness({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' }, { defaultCredentials: async () => Promise.reject(Object.assign(new Error('none'), { name: 'CredentialsProviderError' })) })
    const result = await resolveCredentials(settings, h.deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'missing-id-token-permission', roleArn: ROLE, summary: expect.stringMatching(/id-token: write/) } })
  })

  test('no base credentials found by the SDK itself (no defaultCredentials given)', async () => {
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }))
    // The SDK's own AssumeRole (sent beside GetCallerIdentity) fails for the same reason.
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }))
    const result = await resolveCredentials(settings, harness({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'missing-id-token-permission', roleArn: ROLE } })
    if (result.kind !== 'failed') throw new Error('expected a failure')
    // The explanation is the missing token, not the AssumeRole's error.
    expect(result.failure.error).toBeUndefined()
    expect(result.failure.summary).not.toMatch(/Could not load credentials/)
  })

  test('AssumeRole with the base credentials, the base caller asked beside it (one round trip)', async () => {
    sts.on(GetCallerIdentityCommand).resolvesOnce(caller('arn:aws:iam::111122223333:user/ci')).resolves(caller('arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42'))
    sts.on(AssumeRoleCommand).resolves({ Credentials: newCredentials })
    const base = { accessKeyId: ENV_KEY, secretAccessKey: ENV_SECRET }
    const h = harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }, { defaultCredentials: async () => base })
    const result = await resolveCredentials(settings, h.deps)
    expect(result).toMatchObject({ kind: 'resolved', credentials: { accessKeyId: NEW_KEY }, caller: { source: 'assume-role', arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42' } })
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toEqual({ RoleArn: ROLE, RoleSessionName: 'gh-run-42', DurationSeconds: 3600 })
    expect(h.clients[0]).toBe(base)
  })

  test('AssumeRole and the base GetCallerIdentity are in flight together; the session comes from AssumedRoleUser', async () => {
    const order: string[] = []
    let releaseCaller: () => void = () => undefined
    const callerHeld = new Promise<void>((resolve) => (releaseCaller = resolve))
    sts.on(GetCallerIdentityCommand).callsFake(async () => {
      order.push('GetCallerIdentity sent')
      await callerHeld
      return caller('arn:aws:iam::111122223333:user/ci')
    })
    sts.on(AssumeRoleCommand).callsFake(async () => {
      order.push('AssumeRole sent')
      releaseCaller()
      return { Credentials: newCredentials, AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', AssumedRoleId: 'AROAEXAMPLE:gh-run-42' } }
    })
    const base = { accessKeyId: ENV_KEY, secretAccessKey: ENV_SECRET }
    const result = await resolveCredentials(settings, harness({}, { defaultCredentials: async () => base }).deps)
    // AssumeRole was sent while GetCallerIdentity was still unanswered: neither waited for the other.
    expect(order).toEqual(['GetCallerIdentity sent', 'AssumeRole sent'])
    expect(result).toMatchObject({ kind: 'resolved', caller: { arn: 'arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run-42', userId: 'AROAEXAMPLE:gh-run-42', identityArn: ROLE } })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
  })

  test('a server without GetCallerIdentity (Ceph RGW answers 405): AssumeRole still works, and the session is named', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('MethodNotAllowed', 405, ''))
    sts.on(AssumeRoleCommand).resolves({ Credentials: newCredentials, AssumedRoleUser: { Arn: 'arn:aws:sts:::assumed-role/ci-deploy/gh-run-42', AssumedRoleId: 'ci-deploy:gh-run-42' } })
    const result = await resolveCredentials({ ...settings, roleToAssume: 'arn:aws:iam:::role/ci-deploy' }, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'resolved', caller: { arn: 'arn:aws:sts:::assumed-role/ci-deploy/gh-run-42', account: '', identityArn: 'arn:aws:iam:::role/ci-deploy' } })
  })

  test('a server without GetCallerIdentity: a refused AssumeRole is reported as such, without a caller', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('MethodNotAllowed', 405, ''))
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403, ''))
    const result = await resolveCredentials(settings, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'assume-role', roleArn: ROLE, error: { code: 'AccessDenied' } } })
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.failure.caller).toBeUndefined()
    expect(result.failure.summary).toMatch(/^These credentials could not assume/)
  })

  test('AssumeRole refused by the caller’s own policy: who tried, and why', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:iam::111122223333:user/ci'))
    sts.on(AssumeRoleCommand).rejects(
      awsError('AccessDenied', 403, `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: ${ROLE} because no identity-based policy allows the sts:AssumeRole action`)
    )
    const result = await resolveCredentials(settings, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({
      kind: 'failed',
      failure: {
        kind: 'assume-role',
        caller: { arn: 'arn:aws:iam::111122223333:user/ci' },
        diagnosis: { cause: 'identity-policy', suggestedTrustStatement: { Principal: { AWS: 'arn:aws:iam::111122223333:user/ci' } } }
      }
    })
    expectNoSecretIn(result)
  })

  test('AssumeRole refused, trust policy readable: evaluated with the caller', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:sts::111122223333:assumed-role/base/s1'))
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403, `User: arn:aws:sts::111122223333:assumed-role/base/s1 is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`))
    const trustPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'Other', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/other' }, Action: 'sts:AssumeRole' }] } as PolicyDocument
    const result = await resolveCredentials(settings, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }, { readTrustPolicy: async () => trustPolicy }).deps)
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.failure.diagnosis).toMatchObject({ cause: 'trust-policy', evaluation: { decision: 'implicit-deny' } })
    expect(result.failure.diagnosis?.evaluation?.summary).toMatch(/names arn:aws:sts::111122223333:assumed-role\/base\/s1/)
  })

  test('the base credentials themselves are bad: GetCallerIdentity’s failure, not AssumeRole’s', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'))
    // Sent beside it, the AssumeRole is refused for the same reason; the report is about the keys.
    sts.on(AssumeRoleCommand).rejects(awsError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'))
    const result = await resolveCredentials(settings, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'caller-identity', roleArn: ROLE, nonAuthorization: { code: 'InvalidClientTokenId' } } })
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.failure.summary).toMatch(/sts:GetCallerIdentity/)
    expect(result.failure.diagnosis).toBeUndefined()
  })

  test('a malformed AssumeRole response is a failure, and no secret leaks', async () => {
    sts.on(GetCallerIdentityCommand).resolves(caller('arn:aws:iam::111122223333:user/ci'))
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: NEW_KEY } as never })
    const result = await resolveCredentials(settings, harness({ AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET }).deps)
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'assume-role' } })
    expectNoSecretIn(result)
  })
})
