/**
 * Smoke test of the Ceph RADOS Gateway that scripts/local-aws/ceph.sh starts: it must enforce
 * authorization for real, as the end-to-end tests will need (a bucket-policy Deny with a Sid, 403
 * for a missing key without s3:ListBucket, STS AssumeRole with a trust policy, the plain gateway's
 * InvalidAccessKeyId / SignatureDoesNotMatch and X-Forwarded-For as aws:SourceIp).
 * What Ceph gets wrong compared with AWS is listed in /work/shared/local-aws.md.
 */
import {
  CreateBucketCommand,
  GetBucketPolicyCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  SERVER_START_TIMEOUT_MS,
  clientConfig,
  createRole,
  createUser,
  describeIfServer,
  loopbackOnly,
  putRolePolicy,
  putUserPolicy,
  randomKeys,
  roleArn,
  s3Config,
  startCeph,
  stopCeph,
  userArn,
  withSourceIp,
  type CephServer,
  type Credentials
} from '../support/local-aws.js'

interface Outcome {
  status: number
  code: string
}

/** The HTTP status and error code of one SDK call (200/'OK' when it succeeded). */
async function outcome(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call()
    return { status: 200, code: 'OK' }
  } catch (error) {
    const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } }
    return { status: e.$metadata?.httpStatusCode ?? -1, code: e.Code ?? e.name ?? 'unknown' }
  }
}

const BUCKET = 'smoke-bucket'
const OBJECT_KEY = 'reports/present.txt'
const ROLE = 'smoke-reader'
type Who = 'owner' | 'bob' | 'carol'

describeIfServer('ceph')('Ceph RADOS Gateway on loopback (scripts/local-aws/ceph.sh)', () => {
  let ceph: CephServer | undefined
  const keys: Partial<Record<Who, Credentials>> = {}
  const clients: S3Client[] = []

  function server(): CephServer {
    if (ceph === undefined) throw new Error('Ceph did not start')
    return ceph
  }
  function s3(who: Who | Credentials, endpoint?: string): S3Client {
    const credentials = typeof who === 'string' ? keys[who] : who
    if (credentials === undefined) throw new Error(`no keys for ${String(who)}`)
    const client = loopbackOnly(new S3Client(s3Config(server(), credentials, endpoint)))
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    const started = Date.now()
    ceph = await startCeph()
    console.log(`ceph started in ${ceph.startSeconds} s (script), ${(Date.now() - started) / 1000} s (from jest)`)
    keys.owner = await createUser(ceph, 'owner')
    keys.bob = await createUser(ceph, 'bob')
    keys.carol = await createUser(ceph, 'carol')

    const owner = s3('owner')
    await owner.send(new CreateBucketCommand({ Bucket: BUCKET }))
    await owner.send(new PutObjectCommand({ Bucket: BUCKET, Key: OBJECT_KEY, Body: 'hello' }))
    await owner.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyBobPut',
              Effect: 'Deny',
              Principal: { AWS: [userArn('bob')] },
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::${BUCKET}/*`
            },
            {
              Sid: 'AllowBobAndCarolGet',
              Effect: 'Allow',
              Principal: { AWS: [userArn('bob'), userArn('carol')] },
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: `arn:aws:s3:::${BUCKET}/*`
            },
            {
              Sid: 'DenyOutsideTestNet',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${BUCKET}/ip-guarded/*`,
              Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }
            }
          ]
        })
      })
    )
    await owner.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'ip-guarded/a.txt', Body: 'guarded' }))
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    for (const client of clients) client.destroy()
    const started = Date.now()
    await stopCeph(ceph)
    if (ceph !== undefined) console.log(`ceph stopped in ${(Date.now() - started) / 1000} s`)
  }, SERVER_START_TIMEOUT_MS)

  test('the bucket policy reads back with its Sids', async () => {
    const out = await s3('owner').send(new GetBucketPolicyCommand({ Bucket: BUCKET }))
    const sids = (JSON.parse(out.Policy ?? '{}') as { Statement: { Sid?: string }[] }).Statement.map((s) => s.Sid)
    expect(sids).toEqual(['DenyBobPut', 'AllowBobAndCarolGet', 'DenyOutsideTestNet'])
  })

  // Explicit Deny beats any Allow:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html
  // A missing key answers 404 with s3:ListBucket and 403 without it ("Permissions" of HeadObject):
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
  // (A HEAD answer has no body, so the SDK names a 404 "NotFound" (modelled) and a 403 "Unknown".)
  test.each<{ name: string; who: Who; op: 'put' | 'get' | 'head' | 'list'; key: string; expected: Outcome }>([
    { name: 'owner puts an object', who: 'owner', op: 'put', key: 'owner.txt', expected: { status: 200, code: 'OK' } },
    {
      name: 'bob: PutObject hits the Deny statement (Sid DenyBobPut) though another statement allows it',
      who: 'bob',
      op: 'put',
      key: 'bob.txt',
      expected: { status: 403, code: 'AccessDenied' }
    },
    {
      name: 'carol: PutObject allowed by the bucket policy',
      who: 'carol',
      op: 'put',
      key: 'carol.txt',
      expected: { status: 200, code: 'OK' }
    },
    { name: 'bob: GetObject allowed by the bucket policy', who: 'bob', op: 'get', key: OBJECT_KEY, expected: { status: 200, code: 'OK' } },
    {
      name: 'bob: ListObjects not allowed (no s3:ListBucket)',
      who: 'bob',
      op: 'list',
      key: '',
      expected: { status: 403, code: 'AccessDenied' }
    },
    {
      name: 'bob: HeadObject of a missing key is 403 without s3:ListBucket',
      who: 'bob',
      op: 'head',
      key: 'reports/missing.txt',
      expected: { status: 403, code: 'Unknown' }
    },
    {
      name: 'bob: GetObject of a missing key is 403 AccessDenied without s3:ListBucket',
      who: 'bob',
      op: 'get',
      key: 'reports/missing.txt',
      expected: { status: 403, code: 'AccessDenied' }
    },
    {
      name: 'owner: HeadObject of a missing key is 404 (the owner may list)',
      who: 'owner',
      op: 'head',
      key: 'reports/missing.txt',
      expected: { status: 404, code: 'NotFound' }
    },
    {
      name: 'owner: GetObject of a missing key is 404 NoSuchKey',
      who: 'owner',
      op: 'get',
      key: 'reports/missing.txt',
      expected: { status: 404, code: 'NoSuchKey' }
    }
  ])('$name', async ({ who, op, key, expected }) => {
    const client = s3(who)
    const result = await outcome(async () => {
      if (op === 'put') return client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `by ${who}` }))
      if (op === 'get') {
        const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
        return out.Body?.transformToString()
      }
      if (op === 'head') return client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
      return client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    })
    expect(result).toEqual(expected)
  })

  test('an identity policy (IAM PutUserPolicy) grants s3:ListBucket: the missing key becomes 404', async () => {
    const ceph = server()
    const dave = await createUser(ceph, 'dave')
    const client = s3(dave)
    const missing = { Bucket: BUCKET, Key: 'reports/missing.txt' }
    // dave is not named by the bucket policy and does not own the bucket: denied at first.
    expect(await outcome(() => client.send(new HeadObjectCommand(missing)))).toEqual({ status: 403, code: 'Unknown' })
    await putUserPolicy(ceph, 'dave', 'list-and-read', {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }
      ]
    })
    expect(await outcome(() => client.send(new HeadObjectCommand(missing)))).toEqual({ status: 404, code: 'NotFound' })
    expect(await outcome(() => client.send(new ListObjectsV2Command({ Bucket: BUCKET })))).toEqual({ status: 200, code: 'OK' })
  })

  // The plain gateway (STS off) answers AWS's own codes for a bad key or signature; the STS gateway
  // answers AccessDenied for both (local-aws.md). Codes: https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
  test.each<{ name: string; gateway: 'plain' | 'sts'; credentials: 'unknown key' | 'bad secret'; expected: Outcome }>([
    { name: 'plain gateway, unknown access key', gateway: 'plain', credentials: 'unknown key', expected: { status: 403, code: 'InvalidAccessKeyId' } },
    { name: 'plain gateway, wrong secret', gateway: 'plain', credentials: 'bad secret', expected: { status: 403, code: 'SignatureDoesNotMatch' } },
    { name: 'STS gateway, unknown access key', gateway: 'sts', credentials: 'unknown key', expected: { status: 403, code: 'AccessDenied' } },
    { name: 'STS gateway, wrong secret', gateway: 'sts', credentials: 'bad secret', expected: { status: 403, code: 'AccessDenied' } }
  ])('$name answers $expected.code', async ({ gateway, credentials, expected }) => {
    const ceph = server()
    const owner = keys.owner
    if (owner === undefined) throw new Error('no owner')
    const creds = credentials === 'unknown key' ? randomKeys() : { accessKeyId: owner.accessKeyId, secretAccessKey: randomKeys().secretAccessKey }
    const client = s3(creds, gateway === 'plain' ? ceph.plainEndpoint : ceph.endpoint)
    expect(await outcome(() => client.send(new ListObjectsV2Command({ Bucket: BUCKET })))).toEqual(expected)
  })

  // aws:SourceIp with NotIpAddress: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
  test.each<{ name: string; ip: string; expected: Outcome }>([
    { name: 'a client inside 203.0.113.0/24 reads', ip: '203.0.113.7', expected: { status: 200, code: 'OK' } },
    { name: 'a client outside 203.0.113.0/24 is denied', ip: '198.51.100.7', expected: { status: 403, code: 'AccessDenied' } }
  ])('X-Forwarded-For plays aws:SourceIp on the plain gateway: $name', async ({ ip, expected }) => {
    const client = withSourceIp(s3('bob', server().plainEndpoint), ip)
    const got = await outcome(async () => {
      const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'ip-guarded/a.txt' }))
      return out.Body?.transformToString()
    })
    expect(got).toEqual(expected)
  })

  // AssumeRole needs the role's trust policy to name the caller; the session has the role's
  // permissions: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
  test('STS AssumeRole: the trusted user gets a session with the role policy; others are refused', async () => {
    const ceph = server()
    const arn = await createRole(ceph, ROLE, {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: [userArn('erin')] }, Action: 'sts:AssumeRole' }]
    })
    expect(arn).toBe(roleArn(ROLE))
    await putRolePolicy(ceph, ROLE, 'read-reports', {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/reports/*` }
      ]
    })
    const erin = await createUser(ceph, 'erin')
    const frank = await createUser(ceph, 'frank')

    const assume = async (who: Credentials): Promise<Credentials> => {
      const sts = loopbackOnly(new STSClient(clientConfig(ceph, who)))
      try {
        const out = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'smoke', DurationSeconds: 900 }))
        const c = out.Credentials
        if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) {
          throw new Error('AssumeRole returned no credentials')
        }
        return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken }
      } finally {
        sts.destroy()
      }
    }

    // Ceph answers STS errors in S3's XML shape, which the STS client cannot read: only the status counts.
    expect((await outcome(() => assume(frank))).status).toBe(403)
    const session = await assume(erin)
    const client = s3(session)
    const rows: { name: string; call: () => Promise<unknown>; expected: Outcome }[] = [
      {
        name: 'GetObject under reports/ (role policy allows)',
        call: async () => (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: OBJECT_KEY }))).Body?.transformToString(),
        expected: { status: 200, code: 'OK' }
      },
      {
        name: 'HeadObject of a missing key (role may list): 404',
        call: () => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'reports/missing.txt' })),
        expected: { status: 404, code: 'NotFound' }
      },
      {
        name: 'PutObject (role policy does not allow)',
        call: () => client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'reports/by-role.txt', Body: 'x' })),
        expected: { status: 403, code: 'AccessDenied' }
      }
    ]
    const results = []
    for (const row of rows) results.push({ name: row.name, ...(await outcome(row.call)) })
    expect(results).toEqual(rows.map((row) => ({ name: row.name, ...row.expected })))
  })
})
