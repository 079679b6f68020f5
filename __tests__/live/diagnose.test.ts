/**
 * diagnose(): credentials → probes → collection → evaluation → fixes → disagreement, against the
 * collector's fake AWS (aws-sdk-client-mock, ./collect-fixtures.ts) with the probes' S3 answers
 * and STS scripted here.
 *
 * - GetCallerIdentity needs no permission: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 * - An explicit deny in a bucket policy answers 403 AccessDenied "with an explicit deny in a
 *   resource-based policy": https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
import { HeadBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { Settings } from '../../src/action/settings.js'
import type { AwsClients } from '../../src/live/clients.js'
import { CredentialsError, diagnose, type DiagnoseDeps } from '../../src/live/diagnose.js'
import { ACCOUNT, BUCKET, CALLER, KEY, ROLE_ARN, SESSION_ARN, fakeAws, s3Error, urlEncoded, type FakeAws } from './collect-fixtures.js'

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci/ci-deploy`

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    mode: 'diagnose',
    bucket: BUCKET,
    key: KEY,
    operations: ['put'],
    region: 'us-east-1',
    roleSessionName: 'gh-run-42',
    audience: 'sts.amazonaws.com',
    probe: 'conditional',
    headers: {},
    sourceIp: '203.0.113.7',
    failOnDeny: false,
    timeoutSeconds: 30,
    comment: 'never',
    redact: 'none',
    expectations: '.github/s3-access.yml',
    failOn: 'broken',
    ...overrides
  }
}

type ProbeAnswer = (command: unknown) => unknown

/** The fake's clients, with S3 probe commands answered by `probe` and STS by a mock. */
function world(fake: FakeAws, probe: ProbeAnswer, sts: STSClient): (credentials?: unknown) => AwsClients {
  const s3 = fake.clients.s3
  const probing = new Proxy(s3, {
    get(target, property, receiver) {
      if (property === 'send') {
        return async (command: unknown, options?: unknown) => {
          if (command instanceof PutObjectCommand || command instanceof HeadBucketCommand) return probe(command)
          return (target.send as (c: unknown, o?: unknown) => Promise<unknown>).call(target, command, options)
        }
      }
      return Reflect.get(target, property, receiver) as unknown
    }
  }) as S3Client
  return () => ({ ...fake.clients, s3: probing, sts })
}

function deps(clients: (credentials?: unknown) => AwsClients, secrets: string[] = []): DiagnoseDeps {
  return {
    clients,
    getIDToken: () => Promise.reject(new Error('no OIDC in this test')),
    setSecret: (secret) => secrets.push(secret),
    env: {},
    defaultCredentials: () => Promise.resolve(CREDENTIALS),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    randomId: () => 'abc12345',
    sleep: async () => undefined,
    retry: { maxAttempts: 1, random: () => 0 }
  }
}

const explicitDeny = s3Error(
  'AccessDenied',
  403,
  `User: ${CALLER.arn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/${KEY}" with an explicit deny in a resource-based policy`
)

describe('diagnose against a fake AWS', () => {
  let fake: FakeAws
  let sts: STSClient
  let stsMock: ReturnType<typeof mockClient>
  beforeEach(() => {
    fake = fakeAws()
    sts = new STSClient({ region: 'us-east-1' })
    stsMock = mockClient(sts)
  })
  afterEach(() => {
    fake.restore()
    stsMock.restore()
  })

  test('a put denied by a readable bucket policy names the policy and its statement, with the probe agreeing', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: CALLER.arn, Account: ACCOUNT, UserId: CALLER.userId })
    const probe: ProbeAnswer = (command) => {
      if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
      throw explicitDeny
    }
    const secrets: string[] = []
    const [diagnosis, ...rest] = await diagnose(settings({ errorMessage: explicitDeny.message }), deps(world(fake, probe, sts), secrets))
    expect(rest).toEqual([])
    expect({
      caller: diagnosis?.caller?.arn,
      decision: diagnosis?.verdict.decision,
      policyType: diagnosis?.verdict.denial?.policyType,
      statement: diagnosis?.verdict.denial?.statement,
      probes: diagnosis?.probes.map((p) => [p.operation, p.outcome]),
      parsedPolicyType: diagnosis?.parsedError?.policyType,
      disagreement: diagnosis?.disagreement,
      request: [diagnosis?.scenario.request.action, diagnosis?.scenario.request.operation]
    }).toEqual({
      caller: CALLER.arn,
      decision: 'deny',
      policyType: 'resource-based-policy',
      statement: 'DenyOutsideOffice',
      probes: [['PutObject', 'denied']],
      parsedPolicyType: 'resource-based-policy',
      disagreement: null,
      request: ['s3:PutObject', 'PutObject']
    })
    expect(secrets).toEqual(expect.arrayContaining([CREDENTIALS.accessKeyId, CREDENTIALS.secretAccessKey]))
  })

  test.each([
    { name: 'head → s3:GetObject (HeadObject)', operation: 'head' as const, action: 's3:GetObject', sent: 'HeadObject' },
    { name: 'list → s3:ListBucket (no key)', operation: 'list' as const, action: 's3:ListBucket', sent: 'ListObjectsV2' },
    { name: 'multipart → s3:PutObject (CreateMultipartUpload)', operation: 'multipart' as const, action: 's3:PutObject', sent: 'CreateMultipartUpload' }
  ])('with probe none, operation $name', async ({ operation, action, sent }) => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: CALLER.arn, Account: ACCOUNT, UserId: CALLER.userId })
    const [diagnosis] = await diagnose(settings({ operations: [operation], probe: 'none' }), deps(world(fake, () => ({}), sts)))
    expect({ action: diagnosis?.scenario.request.action, operation: diagnosis?.scenario.request.operation, key: diagnosis?.scenario.request.key, probes: diagnosis?.probes.map((p) => p.outcome) }).toEqual({
      action,
      operation: sent,
      key: action === 's3:ListBucket' ? undefined : KEY,
      probes: ['skipped']
    })
  })

  test('preflight with every probe allowed reads no layer and reports the allow', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: CALLER.arn, Account: ACCOUNT, UserId: CALLER.userId })
    const probe: ProbeAnswer = (command) => {
      if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
      throw s3Error('BadDigest', 400, 'The Content-MD5 you specified did not match what we received.')
    }
    const [diagnosis] = await diagnose(settings({ mode: 'preflight' }), deps(world(fake, probe, sts)))
    expect({ decision: diagnosis?.verdict.decision, probes: diagnosis?.probes.map((p) => p.outcome), reads: fake.calls.length }).toEqual({ decision: 'allow', probes: ['allowed'], reads: 0 })
  })

  test('a role that cannot be assumed fails with the trust policy explanation, the trust policy read and evaluated', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, Account: ACCOUNT, UserId: 'AIDAEXAMPLE' })
    fake.on('iam.GetRole', () => ({
      Role: {
        Path: '/ci/',
        RoleName: 'ci-deploy',
        RoleId: 'AROAEXAMPLEID',
        Arn: ROLE,
        CreateDate: new Date('2024-01-01T00:00:00Z'),
        AssumeRolePolicyDocument: urlEncoded({ Version: '2012-10-17', Statement: [{ Sid: 'OnlyTheBuilder', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/builder` }, Action: 'sts:AssumeRole' }] })
      }
    }))
    stsMock.on(AssumeRoleCommand).rejects(
      new STSServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: `User: arn:aws:iam::${ACCOUNT}:user/deployer is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`
      })
    )
    const run = diagnose(settings({ roleToAssume: ROLE }), deps(world(fake, () => ({}), sts)))
    await expect(run).rejects.toBeInstanceOf(CredentialsError)
    const message = await run.catch((error: unknown) => (error instanceof Error ? error.message : ''))
    expect(message).toContain(`arn:aws:iam::${ACCOUNT}:user/deployer could not assume ${ROLE}`)
    expect(message).toMatch(/trust policy/i)
    expect(message).not.toContain(CREDENTIALS.secretAccessKey)
    // The one read made: the role's trust policy (GetRole takes the name, not the path), evaluated with the caller.
    expect(fake.calls).toEqual([{ read: 'iam.GetRole', input: { RoleName: 'ci-deploy' } }])
    expect(message).toMatch(/No Allow statement for sts:AssumeRole names arn:aws:iam::111122223333:user\/deployer/)
  })

  test('no GetCallerIdentity on an S3-compatible endpoint (405): the run goes on with an unknown caller', async () => {
    stsMock.on(GetCallerIdentityCommand).rejects(new STSServiceException({ name: 'MethodNotAllowed', $fault: 'client', $metadata: { httpStatusCode: 405 }, message: '' }))
    const probe: ProbeAnswer = (command) => {
      if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
      throw explicitDeny
    }
    const [diagnosis] = await diagnose(settings({ endpointUrl: 'http://127.0.0.1:7480' }), deps(world(fake, probe, sts)))
    expect({ caller: diagnosis?.caller, probes: diagnosis?.probes.map((p) => p.outcome) }).toEqual({ caller: null, probes: ['denied'] })
  })

  const stsDenied = (message: string) => new STSServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message })
  const READER = `arn:aws:iam::${ACCOUNT}:role/doctor-reader`
  const READER_KEYS = { AccessKeyId: 'ASIAREADEREXAMPLE001', SecretAccessKey: 'readerSecretExampleExampleExample0001', SessionToken: 'readerTokenExample0001', Expiration: new Date('2030-01-01T00:00:00Z') }
  const trustDocument = (statement: object) => urlEncoded({ Version: '2012-10-17', Statement: [statement] })
  const roleWithTrust = (statement: object) => () => ({ Role: { Path: '/ci/', RoleName: 'ci-deploy', RoleId: 'AROAEXAMPLEID', Arn: ROLE, CreateDate: new Date('2024-01-01T00:00:00Z'), AssumeRolePolicyDocument: trustDocument(statement) } })

  /** Clients whose IAM calls record the credentials they were made with. */
  function recordingWorld(probe: ProbeAnswer, iamWith: unknown[]): (credentials?: unknown) => AwsClients {
    const base = world(fake, probe, sts)
    return (credentials?: unknown) => {
      const clients = base(credentials)
      const iam = new Proxy(clients.iam, {
        get(target, property, receiver) {
          if (property !== 'send') return Reflect.get(target, property, receiver) as unknown
          return (command: unknown, options?: unknown) => {
            iamWith.push(credentials)
            return (target.send as (c: unknown, o?: unknown) => Promise<unknown>).call(target, command, options)
          }
        }
      })
      return { ...clients, iam }
    }
  }

  test('the pipeline role cannot be assumed: the reader role, assumed on its own, reads the trust policy, which is evaluated', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, Account: ACCOUNT, UserId: 'AIDAEXAMPLE' })
    stsMock.on(AssumeRoleCommand, { RoleArn: ROLE }).rejects(stsDenied(`User: arn:aws:iam::${ACCOUNT}:user/deployer is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`))
    stsMock.on(AssumeRoleCommand, { RoleArn: READER }).resolves({ Credentials: READER_KEYS, AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/doctor-reader/gh-run-42-reader`, AssumedRoleId: 'AROAREADER:gh-run-42-reader' } })
    fake.on('iam.GetRole', roleWithTrust({ Sid: 'OnlyTheBuilder', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/builder` }, Action: 'sts:AssumeRole' }))
    const iamWith: unknown[] = []
    const run = diagnose(settings({ roleToAssume: ROLE, readerRoleToAssume: READER }), deps(recordingWorld(() => ({}), iamWith)))
    const message = await run.then(
      () => '',
      (error: unknown) => (error instanceof CredentialsError ? error.message : String(error))
    )
    expect(message).toMatch(/arn:aws:iam::111122223333:user\/deployer could not assume/)
    expect(message).toMatch(/No Allow statement for sts:AssumeRole names arn:aws:iam::111122223333:user\/deployer/)
    // Read as the reader role, with the role's name (not its path).
    expect(fake.calls).toEqual([{ read: 'iam.GetRole', input: { RoleName: 'ci-deploy' } }])
    expect(iamWith).toEqual([expect.objectContaining({ accessKeyId: READER_KEYS.AccessKeyId })])
    // Both assumes went out with the base credentials, side by side.
    expect(stsMock.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn).sort()).toEqual([READER, ROLE].sort())
    expect(message).not.toContain(READER_KEYS.SecretAccessKey)
  })

  test('OIDC: the trust policy is evaluated with the token’s claims as the context', async () => {
    const claims = { iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', sub: 'repo:octo-org/app:ref:refs/heads/feature', repository: 'octo-org/app', ref: 'refs/heads/feature' }
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const token = `${part({ alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(stsDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    fake.on(
      'iam.GetRole',
      roleWithTrust({
        Sid: 'MainOnly',
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }
      })
    )
    const live = { ...deps(world(fake, () => ({}), sts)), env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }, getIDToken: async () => token }
    const message = await diagnose(settings({ roleToAssume: ROLE }), live).then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error))
    )
    expect(fake.calls).toEqual([{ read: 'iam.GetRole', input: { RoleName: 'ci-deploy' } }])
    expect(message).toMatch(/expects "repo:octo-org\/app:ref:refs\/heads\/main", this request has "repo:octo-org\/app:ref:refs\/heads\/feature"/)
    expect(message).not.toContain(token)
  })

  test('without role-to-assume the probes and the S3 reads go out before GetCallerIdentity answers (one round)', async () => {
    let releaseCaller: () => void = () => undefined
    const callerHeld = new Promise<void>((resolve) => (releaseCaller = resolve))
    const probesBeforeCaller: string[] = []
    let readsBeforeCaller: string[] = []
    let callerAnswered = false
    stsMock.on(GetCallerIdentityCommand).callsFake(async () => {
      await callerHeld
      callerAnswered = true
      return { Arn: CALLER.arn, Account: ACCOUNT, UserId: CALLER.userId }
    })
    const probe: ProbeAnswer = (command) => {
      if (!callerAnswered) probesBeforeCaller.push(command instanceof HeadBucketCommand ? 'HeadBucket' : 'PutObject')
      if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
      throw explicitDeny
    }
    // GetCallerIdentity answers only once the probes and the bucket policy read are in flight: done sequentially, they never would be.
    let timedOut = false
    const poll = setInterval(() => {
      if (probesBeforeCaller.includes('PutObject') && fake.calls.some((call) => call.read === 's3.GetBucketPolicy')) {
        readsBeforeCaller = fake.calls.map((call) => call.read)
        releaseCaller()
      }
    }, 2)
    const watchdog = setTimeout(() => {
      timedOut = true
      releaseCaller()
    }, 3000)
    const [diagnosis] = await diagnose(settings(), deps(world(fake, probe, sts)))
    clearInterval(poll)
    clearTimeout(watchdog)
    expect(timedOut).toBe(false)
    expect(probesBeforeCaller).toEqual(expect.arrayContaining(['HeadBucket', 'PutObject']))
    expect(readsBeforeCaller).toEqual(expect.arrayContaining(['s3.GetBucketPolicy', 's3.GetBucketEncryption']))
    // Nothing that needs the caller went out before it was known.
    expect(readsBeforeCaller.filter((read) => read.startsWith('iam.') || read.startsWith('organizations.') || read === 's3control.GetPublicAccessBlock')).toEqual([])
    expect(diagnosis?.verdict.decision).toBe('deny')
    expect(diagnosis?.caller?.arn).toBe(CALLER.arn)
  })

  test('with role-to-assume: no GetCallerIdentity after the assume; the session is the assume’s own', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, Account: ACCOUNT, UserId: 'AIDAEXAMPLE' })
    stsMock.on(AssumeRoleCommand).resolves({ Credentials: READER_KEYS, AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'AROAEXAMPLEID:gh-run-42' } })
    const probe: ProbeAnswer = (command) => (command instanceof HeadBucketCommand ? { $metadata: { httpStatusCode: 200 } } : (() => { throw explicitDeny })())
    const [diagnosis] = await diagnose(settings({ roleToAssume: ROLE_ARN }), deps(world(fake, probe, sts)))
    expect(diagnosis?.caller).toMatchObject({ arn: SESSION_ARN, source: 'assume-role' })
    // The one GetCallerIdentity is the base credentials', sent beside the AssumeRole.
    expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
    expect(diagnosis?.verdict.decision).toBe('deny')
  })
})
