/**
 * `s3-403-doctor diagnose` flags that mirror the action's live inputs: --fail-on-deny (exit 3 on a
 * deny, decided as the action's `decision` output is), --audience (the OIDC token's audience),
 * --expected-bucket-owner (sent on the probes). Against the collector's fake AWS, with the probe's
 * S3 answers scripted here.
 *
 * - An explicit deny in a bucket policy: "with an explicit deny in a resource-based policy":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 * - The audience is the `aud` of the GitHub OIDC token the runner issues (core.getIDToken(audience)):
 *   https://docs.github.com/actions/reference/openid-connect-reference
 */
import { HeadBucketCommand, PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3'
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { DIAGNOSE_HELP, diagnoseCommandWith, EXIT_DENIED } from '../../src/cli/diagnose.js'
import type { AwsClients } from '../../src/live/clients.js'
import type { DiagnoseDeps } from '../../src/live/diagnose.js'
import { ACCOUNT, BUCKET, CALLER, KEY, fakeAws, s3Error, type FakeAws } from './collect-fixtures.js'

let fake: FakeAws
let sts: STSClient
let stsMock: ReturnType<typeof mockClient>
const puts: PutObjectCommandInput[] = []

beforeEach(() => {
  fake = fakeAws()
  sts = new STSClient({ region: 'us-east-1' })
  stsMock = mockClient(sts)
  stsMock.on(GetCallerIdentityCommand).resolves({ Arn: CALLER.arn, Account: ACCOUNT, UserId: CALLER.userId })
  puts.length = 0
})
afterEach(() => {
  fake.restore()
  stsMock.restore()
})

function deps(put: () => unknown, extra: Partial<DiagnoseDeps> = {}): DiagnoseDeps {
  const s3 = fake.clients.s3
  const probing = new Proxy(s3, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown
      return async (command: unknown, options?: unknown) => {
        if (command instanceof HeadBucketCommand) return { $metadata: { httpStatusCode: 200 } }
        if (command instanceof PutObjectCommand) {
          puts.push(command.input)
          return put()
        }
        return (target.send as (c: unknown, o?: unknown) => Promise<unknown>).call(target, command, options)
      }
    }
  }) as S3Client
  return {
    clients: (): AwsClients => ({ ...fake.clients, s3: probing, sts }),
    getIDToken: () => Promise.reject(new Error('no OIDC')),
    setSecret: () => undefined,
    env: {},
    defaultCredentials: () => Promise.resolve({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    randomId: () => 'abc12345',
    sleep: async () => undefined,
    retry: { maxAttempts: 1, random: () => 0 },
    ...extra
  }
}

const explicitDeny = () => {
  throw s3Error('AccessDenied', 403, `User: ${CALLER.arn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/${KEY}" with an explicit deny in a resource-based policy`)
}
const badDigest = () => {
  throw s3Error('BadDigest', 400, 'The Content-MD5 you specified did not match what we received.')
}

async function run(argv: string[], live: DiagnoseDeps): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await diagnoseCommandWith({ env: {}, diagnoseDeps: live })(argv, { readFile: async () => '', stdout: (text) => out.push(text), stderr: (text) => err.push(text) })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

// The baseline bucket policy denies requests from outside 192.0.2.0/24 (./collect-fixtures.ts).
const BASE_ARGS = ['--bucket', BUCKET, '--key', KEY, '--operations', 'put', '--region', 'us-east-1', '--format', 'json']
const OUTSIDE = ['--source-ip', '203.0.113.7']
const INSIDE = ['--source-ip', '192.0.2.10']

describe('--fail-on-deny', () => {
  test('a deny exits 3 and says why on stderr', async () => {
    const result = await run([...BASE_ARGS, ...OUTSIDE, '--fail-on-deny'], deps(explicitDeny))
    expect(result.code).toBe(EXIT_DENIED)
    expect(EXIT_DENIED).toBe(3)
    expect(result.stderr).toMatch(/^denied \(--fail-on-deny\): S3 denies s3:PutObject: /)
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ decision: 'deny', denial: { policyType: 'resource-based-policy' } })
  })

  test('the probe refused while the snapshot allows is a deny too (what S3 answered)', async () => {
    const result = await run([...BASE_ARGS, ...INSIDE, '--fail-on-deny'], deps(explicitDeny))
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ decision: 'allow', disagreement: { summary: expect.stringMatching(/snapshot evaluates to allow/) } })
    expect(result.code).toBe(EXIT_DENIED)
    expect(result.stderr).toBe('denied (--fail-on-deny): S3 refused the PutObject probe (403 AccessDenied): AWS names the resource-based-policy\n')
  })

  test('without the flag a deny exits 0', async () => {
    expect((await run([...BASE_ARGS, ...OUTSIDE], deps(explicitDeny))).code).toBe(0)
  })

  test('an allow exits 0 with the flag', async () => {
    fake.on('s3.GetBucketPolicy', () => ({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }) }))
    const result = await run([...BASE_ARGS, ...INSIDE, '--fail-on-deny'], deps(badDigest))
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
  })

  test('the help names the flag and the exit status', () => {
    expect(DIAGNOSE_HELP).toMatch(/--fail-on-deny\s+exit 3 when the decision is deny/)
    expect(DIAGNOSE_HELP).toMatch(/--audience AUD/)
    expect(DIAGNOSE_HELP).toMatch(/--expected-bucket-owner ID/)
  })
})

test('--audience is the audience the OIDC token is asked for', async () => {
  const audiences: string[] = []
  stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(s3Error('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
  const live = deps(badDigest, {
    env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/request', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
    getIDToken: async (audience) => {
      audiences.push(audience)
      return 'not-a-jwt'
    }
  })
  await expect(run([...BASE_ARGS, '--role-to-assume', `arn:aws:iam::${ACCOUNT}:role/ci`, '--audience', 'https://github.com/octo-org'], live)).rejects.toThrow(/Could not assume/)
  expect(audiences).toEqual(['https://github.com/octo-org'])
})

test('--expected-bucket-owner is sent on the probe', async () => {
  await run([...BASE_ARGS, '--expected-bucket-owner', ACCOUNT], deps(badDigest))
  expect(puts.map((input) => input.ExpectedBucketOwner)).toEqual([ACCOUNT])
  expect(puts[0]?.Key).not.toBe(KEY)
})

test('a bad --expected-bucket-owner names the flag’s input', async () => {
  await expect(run([...BASE_ARGS, '--expected-bucket-owner', '42'], deps(badDigest))).rejects.toThrow('input "expected-bucket-owner": expected the 12-digit AWS account id')
})
