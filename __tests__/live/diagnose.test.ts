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
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { Settings } from '../../src/action/settings.js'
import type { AwsClients } from '../../src/live/clients.js'
import { CredentialsError, diagnose, type DiagnoseDeps } from '../../src/live/diagnose.js'
import { ACCOUNT, BUCKET, CALLER, KEY, fakeAws, s3Error, type FakeAws } from './collect-fixtures.js'

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

  test('a role that cannot be assumed fails with the trust policy explanation', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, Account: ACCOUNT, UserId: 'AIDAEXAMPLE' })
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
    expect(fake.calls).toEqual([])
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
})
