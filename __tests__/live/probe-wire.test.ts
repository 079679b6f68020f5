/**
 * The write probe on the wire: the real SDK client the action makes (createClients), no mock, sends
 * its PutObject to a loopback HTTP server that records the request exactly as it arrives and
 * answers as S3 would (400 BadDigest).
 *
 * What must hold, from AWS's pages:
 * - "If supplied, after the file has been uploaded to S3, S3 checks to ensure that the MD5 hash of
 *   the uploaded file matches the hash supplied" (PutObject, Content-MD5): the probe's Content-MD5
 *   must not be the MD5 of the body it sends. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * - The SDK "provides default integrity protections by automatically calculating a CRC32 checksum
 *   for uploads ... if you don't provide a precalculated checksum value"
 *   (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/s3-checksums.html), and S3
 *   "validates it against the provided value before durably storing the object"
 *   (https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html). That CRC32 would
 *   be correct, so a server skipping the MD5 check but checking the CRC32 would store the probe:
 *   the doctor's client is WHEN_REQUIRED, and the probe carries no x-amz-checksum-* at all.
 * - The body is sent plain, with its length (no aws-chunked encoding, which S3-compatible servers
 *   refuse with 411 MissingContentLength).
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createClients } from '../../src/live/clients.js'
import { PROBE_BODY, runProbes, WRONG_CONTENT_MD5 } from '../../src/live/probe.js'

interface Captured {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

const REAL_KEY = 'builds/app.zip'
const BAD_DIGEST = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received.</Message><RequestId>wire-1</RequestId></Error>'

let server: Server
let endpoint = ''
const captured: Captured[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      captured.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) })
      if (request.method === 'HEAD') {
        response.writeHead(200, { 'x-amz-request-id': 'wire-head' })
        response.end()
        return
      }
      response.writeHead(400, { 'content-type': 'application/xml', 'x-amz-request-id': 'wire-1' })
      response.end(BAD_DIGEST)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(() => {
  captured.length = 0
})

const credentials = { accessKeyId: 'AKIDWIRETEST', secretAccessKey: 'wire-secret', sessionToken: 'wire-session-token' }

function md5(body: Buffer): string {
  return createHash('md5').update(body).digest('base64')
}

function checksumHeaders(headers: IncomingHttpHeaders): string[] {
  return Object.keys(headers).filter((name) => /^x-amz-(checksum-|sdk-checksum-algorithm|trailer)/i.test(name))
}

test('the probe PUT the action’s client sends: a fresh key, the body, a Content-MD5 that cannot match it, no flexible checksum', async () => {
  const clients = createClients({ region: 'us-east-1', endpointUrl: endpoint, credentials })
  try {
    const records = await runProbes(clients.s3, { bucket: 'artifacts', key: REAL_KEY, operations: ['put'], headers: { sse: 'AES256' }, mode: 'conditional' }, { now: () => new Date(), randomId: () => '0123456789abcdef0123456789abcdef' })
    expect(records.map((item) => [item.operation, item.status, item.errorCode, item.outcome])).toEqual([
      ['HeadBucket', 200, null, 'allowed'],
      ['PutObject', 400, 'BadDigest', 'allowed']
    ])
  } finally {
    clients.s3.destroy()
  }
  const puts = captured.filter((request) => request.method === 'PUT')
  expect(puts).toHaveLength(1)
  const put = puts[0] as Captured
  // The fresh, unguessable probe key in the real key's folder; never the real key.
  expect(put.path.split('?')[0]).toBe('/artifacts/builds/.s3-403-doctor-probe-0123456789abcdef0123456789abcdef')
  expect(captured.some((request) => request.path.startsWith(`/artifacts/${REAL_KEY}`))).toBe(false)
  // The body as given, not empty, sent plain with its length.
  expect(put.body.toString('utf8')).toBe(PROBE_BODY)
  expect(put.body.length).toBeGreaterThan(0)
  expect(put.headers['content-length']).toBe(String(put.body.length))
  expect(put.headers['content-encoding']).toBeUndefined()
  // The Content-MD5 sent is the MD5 of the empty string: it cannot be the body's.
  expect(put.headers['content-md5']).toBe(WRONG_CONTENT_MD5)
  expect(md5(Buffer.alloc(0))).toBe(WRONG_CONTENT_MD5)
  expect(md5(put.body)).not.toBe(put.headers['content-md5'])
  // No second integrity value the server could check instead: no x-amz-checksum-*, no trailer.
  expect(checksumHeaders(put.headers)).toEqual([])
  // The upload's own headers are there (the probe asks S3 the real upload's question).
  expect(put.headers['x-amz-server-side-encryption']).toBe('AES256')
  // The payload hash signed is the body's own (not UNSIGNED-PAYLOAD or a streaming marker).
  expect(put.headers['x-amz-content-sha256']).toBe(createHash('sha256').update(put.body).digest('hex'))
})

test('why WHEN_REQUIRED: the SDK’s default client would add a CORRECT CRC32 of the body beside the wrong Content-MD5', async () => {
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials, maxAttempts: 1 })
  try {
    await expect(client.send(new PutObjectCommand({ Bucket: 'artifacts', Key: 'x', Body: PROBE_BODY, ContentMD5: WRONG_CONTENT_MD5 }))).rejects.toMatchObject({ name: 'BadDigest' })
  } finally {
    client.destroy()
  }
  const put = captured.find((request) => request.method === 'PUT') as Captured
  expect(put.headers['content-md5']).toBe(WRONG_CONTENT_MD5)
  // CRC32 (IEEE) of the body, big-endian, base64: what the default client computed.
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(put.body))
  expect(put.headers['x-amz-checksum-crc32']).toBe(crc.toString('base64'))
})

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
