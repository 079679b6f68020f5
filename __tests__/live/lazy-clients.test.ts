/**
 * The clients only the collection needs (IAM, KMS, EC2, Organizations, S3 Control) are made on
 * their first request, from modules imported then: an allowed preflight never makes them. Real SDK
 * clients from createClients against a loopback server that answers STS GetCallerIdentity and the
 * probe's S3 requests as AWS does (400 BadDigest for the write probe:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html; GetCallerIdentity's XML:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Settings } from '../../src/action/settings.js'
import { createClients, lazyClient, type AwsClients } from '../../src/live/clients.js'
import { diagnose } from '../../src/live/diagnose.js'

let server: Server
let endpoint = ''
const seen: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const action = /Action=([A-Za-z]+)/.exec(body)?.[1]
      seen.push(action ?? `${request.method ?? ''} ${request.url?.split('?')[0] ?? ''}`)
      if (action === 'GetCallerIdentity') {
        response.writeHead(200, { 'content-type': 'text/xml' })
        response.end(
          '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>'
        )
        return
      }
      if (request.method === 'HEAD') {
        response.writeHead(200)
        response.end()
        return
      }
      if (request.method === 'PUT') {
        response.writeHead(400, { 'content-type': 'application/xml' })
        response.end('<Error><Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received.</Message></Error>')
        return
      }
      response.writeHead(501, { 'content-type': 'application/xml' })
      response.end('<Error><Code>NotImplemented</Code><Message>not here</Message></Error>')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const settings: Settings = {
  mode: 'preflight',
  bucket: 'artifacts',
  key: 'builds/app.zip',
  operations: ['put'],
  region: 'us-east-1',
  roleSessionName: 's3-403-doctor',
  audience: 'sts.amazonaws.com',
  probe: 'conditional',
  headers: {},
  failOnDeny: false,
  timeoutSeconds: 30,
  comment: 'never',
  redact: 'none',
  expectations: '.github/s3-access.yml',
  failOn: 'broken'
}

type Lazy = { loaded: boolean }
const COLLECTION = ['iam', 'kms', 'ec2', 'organizations', 's3control'] as const

test('an allowed preflight makes no collection client', async () => {
  const made: AwsClients[] = []
  const credentials = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }
  const [diagnosis] = await diagnose(settings, {
    clients: (given) => {
      const clients = createClients({ region: 'us-east-1', endpointUrl: endpoint, credentials: given ?? credentials })
      made.push(clients)
      return clients
    },
    getIDToken: () => Promise.reject(new Error('no OIDC')),
    setSecret: () => undefined,
    env: {},
    defaultCredentials: () => Promise.resolve(credentials)
  })
  expect(diagnosis?.verdict.decision).toBe('allow')
  expect(diagnosis?.probes.map((probe) => [probe.operation, probe.outcome])).toEqual([['PutObject', 'allowed']])
  expect(seen.map((item) => item.replace(/probe-[0-9a-f]{32}$/, 'probe-ID')).sort()).toEqual(['GetCallerIdentity', 'HEAD /artifacts/', 'PUT /artifacts/builds/.s3-403-doctor-probe-ID'])
  expect(made.length).toBeGreaterThan(0)
  for (const clients of made) {
    expect(Object.fromEntries(COLLECTION.map((name) => [name, (clients[name] as unknown as Lazy).loaded]))).toEqual({ iam: false, kms: false, ec2: false, organizations: false, s3control: false })
  }
  for (const clients of made) for (const client of Object.values(clients)) (client as { destroy(): void }).destroy()
})

test('a lazy client is made once, on its first send, and forwards every send', async () => {
  let makes = 0
  const sent: unknown[] = []
  const client = lazyClient(async () => {
    makes++
    return { send: async (command: unknown) => (sent.push(command), 'answer'), destroy: () => undefined }
  })
  expect(client.loaded).toBe(false)
  expect(await Promise.all([client.send('a'), client.send('b')])).toEqual(['answer', 'answer'])
  expect({ makes, sent, loaded: client.loaded }).toEqual({ makes: 1, sent: ['a', 'b'], loaded: true })
})
