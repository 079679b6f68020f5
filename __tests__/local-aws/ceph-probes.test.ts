/**
 * runProbes against Ceph's RADOS Gateway, which enforces bucket policies for real
 * (/work/shared/local-aws.md), with the doctor's own S3 client (createClients: path-style, no
 * flexible checksums):
 *
 * - a user the bucket policy allows: every probe is authorized (the write probe answered 400
 *   BadDigest, nothing stored: "S3 checks to ensure that the MD5 hash of the uploaded file matches
 *   the hash supplied", https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html);
 * - a statement with a Sid that denies one action: that probe, and only it, is denied;
 * - a user nothing allows: every probe is denied (a HEAD 403 has no body);
 * - Ceph ignores `If-Match: *` on DeleteObject: on a versioned bucket the delete probe writes a
 *   delete marker for its fresh key, which the probe deletes by VersionId
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html;
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeletingObjectVersions.html);
 * - after all of it the user's object is untouched, and no probe key, version or marker is left.
 */
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import type { Operation } from '../../src/action/settings.js'
import { createClients } from '../../src/live/clients.js'
import { runProbes } from '../../src/live/probe.js'
import type { ProbeRecord } from '../../src/live/types.js'
import { SERVER_START_TIMEOUT_MS, createUser, describeIfServer, loopbackOnly, s3Config, startCeph, stopCeph, userArn, type CephServer, type Credentials } from '../support/local-aws.js'

const BUCKET = 'probe-artifacts'
const VERSIONED = 'probe-versioned'
const KEY = 'builds/app.zip'
const ORIGINAL = 'the real build\n'
const ALL: Operation[] = ['list', 'head', 'get', 'put', 'delete', 'multipart']

const summary = (records: ProbeRecord[]) => records.map((item) => [item.operation, item.status, item.outcome])

describeIfServer('ceph')('runProbes against Ceph RGW', () => {
  let ceph: CephServer | undefined
  const keys: Record<string, Credentials> = {}
  const made: { destroy(): void }[] = []
  let originalEtag: string | undefined

  function server(): CephServer {
    if (ceph === undefined) throw new Error('Ceph did not start')
    return ceph
  }
  function admin(who: string): S3Client {
    const client = loopbackOnly(new S3Client(s3Config(server(), keys[who])))
    made.push(client)
    return client
  }
  async function probe(who: string, bucket: string, operations: Operation[]): Promise<ProbeRecord[]> {
    const clients = createClients({ region: server().region, endpointUrl: server().endpoint, credentials: keys[who] as Credentials })
    made.push(clients.s3, clients.sts)
    return runProbes(clients.s3, { bucket, key: KEY, operations, headers: {}, mode: 'conditional' }, { now: () => new Date(), randomId: () => Math.random().toString(16).slice(2).padEnd(16, '0') })
  }

  beforeAll(async () => {
    ceph = await startCeph()
    keys['owner'] = await createUser(ceph, 'owner')
    keys['ci'] = await createUser(ceph, 'ci')
    keys['limited'] = await createUser(ceph, 'limited')
    keys['stranger'] = await createUser(ceph, 'stranger')
    const owner = admin('owner')
    const grant = (who: string[], extra: string[] = []) => ({
      Effect: 'Allow',
      Principal: { AWS: who.map(userArn) },
      Action: ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', ...extra],
      Resource: [`arn:aws:s3:::${'BUCKET'}`, `arn:aws:s3:::${'BUCKET'}/*`]
    })
    const policy = (bucket: string, statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }).replaceAll('BUCKET', bucket)
    await owner.send(new CreateBucketCommand({ Bucket: BUCKET }))
    originalEtag = (await owner.send(new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: ORIGINAL }))).ETag
    await owner.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: policy(BUCKET, [
          { Sid: 'CiAndLimited', ...grant(['ci', 'limited']) },
          { Sid: 'NoUploadsForLimited', Effect: 'Deny', Principal: { AWS: [userArn('limited')] }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }
        ])
      })
    )
    await owner.send(new CreateBucketCommand({ Bucket: VERSIONED }))
    await owner.send(new PutBucketVersioningCommand({ Bucket: VERSIONED, VersioningConfiguration: { Status: 'Enabled' } }))
    await owner.send(new PutObjectCommand({ Bucket: VERSIONED, Key: KEY, Body: ORIGINAL }))
    await owner.send(new PutBucketPolicyCommand({ Bucket: VERSIONED, Policy: policy(VERSIONED, [{ Sid: 'Ci', ...grant(['ci'], ['s3:DeleteObjectVersion', 's3:ListBucketVersions']) }]) }))
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    for (const client of made) client.destroy()
    await stopCeph(ceph)
  }, SERVER_START_TIMEOUT_MS)

  async function expectUntouched(bucket: string): Promise<void> {
    const owner = admin('owner')
    const read = await owner.send(new GetObjectCommand({ Bucket: bucket, Key: KEY }))
    expect(await read.Body?.transformToString()).toBe(ORIGINAL)
    if (bucket === BUCKET) expect(read.ETag).toBe(originalEtag)
    const versions = await owner.send(new ListObjectVersionsCommand({ Bucket: bucket }))
    expect({ keys: (versions.Versions ?? []).map((v) => v.Key), markers: (versions.DeleteMarkers ?? []).map((m) => m.Key) }).toEqual({ keys: [KEY], markers: [] })
    expect((await owner.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads ?? []).toEqual([])
  }

  test('a user the bucket policy allows: every probe authorized, nothing written', async () => {
    const records = await probe('ci', BUCKET, ALL)
    expect(summary(records)).toEqual([
      ['HeadBucket', 200, 'allowed'],
      ['ListObjectsV2', 200, 'allowed'],
      ['HeadObject', 200, 'allowed'],
      ['GetObject', 206, 'allowed'],
      ['PutObject', 400, 'allowed'],
      // Ceph ignores If-Match: * and deletes the missing fresh key: nothing on an unversioned bucket.
      ['DeleteObject', 204, 'allowed'],
      ['CreateMultipartUpload', 200, 'allowed'],
      ['AbortMultipartUpload', 204, 'allowed']
    ])
    expect(records.find((item) => item.operation === 'PutObject')).toMatchObject({ errorCode: 'BadDigest', meaning: expect.stringMatching(/Nothing was stored/) })
    expect(records.every((item) => item.leftBehind === undefined)).toBe(true)
    await expectUntouched(BUCKET)
  }, 60_000)

  test('a statement that denies one action: that probe, and only it, is denied', async () => {
    const records = await probe('limited', BUCKET, ALL)
    expect(records.filter((item) => item.outcome !== 'allowed').map((item) => [item.operation, item.status, item.errorCode, item.outcome])).toEqual([
      ['PutObject', 403, 'AccessDenied', 'denied'],
      ['CreateMultipartUpload', 403, 'AccessDenied', 'denied']
    ])
    await expectUntouched(BUCKET)
  }, 60_000)

  test('a user nothing allows: every probe denied', async () => {
    const records = await probe('stranger', BUCKET, ALL)
    expect(records.map((item) => [item.operation, item.status, item.outcome])).toEqual([
      ['HeadBucket', 403, 'denied'],
      ['ListObjectsV2', 403, 'denied'],
      ['HeadObject', 403, 'denied'],
      ['GetObject', 403, 'denied'],
      ['PutObject', 403, 'denied'],
      ['DeleteObject', 403, 'denied'],
      ['CreateMultipartUpload', 403, 'denied']
    ])
    await expectUntouched(BUCKET)
  }, 60_000)

  test('versioned: the delete marker Ceph writes despite If-Match is deleted by its VersionId', async () => {
    const records = await probe('ci', VERSIONED, ['delete'])
    expect(records.slice(1)).toMatchObject([
      { operation: 'DeleteObject', status: 204, outcome: 'allowed', meaning: expect.stringMatching(/ignored If-Match.*delete marker/) },
      { operation: 'DeleteObject', action: 's3:DeleteObjectVersion', cleanup: 'DeleteObject', outcome: 'allowed' }
    ])
    expect(records.every((item) => item.leftBehind === undefined)).toBe(true)
    await expectUntouched(VERSIONED)
  }, 60_000)

  test('versioned, every probe: the real object and its only version untouched', async () => {
    const records = await probe('ci', VERSIONED, ALL)
    expect(records.filter((item) => item.leftBehind !== undefined)).toEqual([])
    await expectUntouched(VERSIONED)
  }, 60_000)
})
