/**
 * The collector's own EC2 client (src/live/ec2-query.ts) against a loopback HTTP server, beside the
 * SDK's EC2Client as the reference for what EC2 expects and answers:
 *
 * - on the wire: the same body as the SDK's for the same input (the Query API's list numbering and
 *   encoding), the same method, path and content type, and a SigV4 signature for the service `ec2`
 *   that an independent check (the algorithm as AWS documents it, written out with node:crypto in
 *   this file) accepts, with the session token sent: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * - the answers: for the same XML, the same values as the SDK's for every member the collector reads
 *   (one item and several, empty sets, entities in the policy, text with new lines). The XML is
 *   shaped as the API reference's examples: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html,
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html
 * - errors as ./retry.ts and the reader expect them (EC2's error XML:
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html): UnauthorizedOperation
 *   is the doctor's own denial, RequestLimitExceeded and 5xx are retried, a 200 that is not the
 *   documented XML is malformed, an abort ends the request;
 * - the client factory: endpoint-url, region, credentials (given, or the default chain), user agent;
 * - the endpoint EC2's endpoint rules give each region, FIPS and dual-stack.
 */
import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DescribeRouteTablesCommand as SdkDescribeRouteTables, DescribeVpcEndpointsCommand as SdkDescribeVpcEndpoints, EC2Client } from '@aws-sdk/client-ec2'
import { USER_AGENT, createClients } from '../../src/live/clients.js'
import { Reader } from '../../src/live/collect-read.js'
import {
  DescribeRouteTablesCommand,
  DescribeVpcEndpointsCommand,
  Ec2QueryClient,
  ec2Endpoint,
  parseDescribeVpcEndpoints,
  queryBody,
  resolveEc2Endpoint,
  type DescribeRouteTablesInput,
  type DescribeVpcEndpointsInput
} from '../../src/live/ec2-query.js'
import { describeAwsError, isRetryable } from '../../src/live/retry.js'

interface Captured {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' }
const REGION = 'eu-west-1'

let server: Server
let endpoint = ''
const captured: Captured[] = []
/** What the server answers next: status, body, headers; or null to never answer. */
let answer: { status: number; body: string; headers?: Record<string, string> } | null = { status: 200, body: '' }
const hanging: ServerResponse[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      captured.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      if (answer === null) {
        hanging.push(response)
        return
      }
      response.writeHead(answer.status, { 'content-type': 'text/xml;charset=UTF-8', ...(answer.headers ?? {}) })
      response.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const response of hanging) response.destroy()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const made: { destroy(): void }[] = []
afterEach(() => {
  for (const client of made.splice(0)) client.destroy()
  captured.length = 0
  answer = { status: 200, body: '' }
})

function ours(extra: Partial<ConstructorParameters<typeof Ec2QueryClient>[0]> = {}): Ec2QueryClient {
  const client = new Ec2QueryClient({ region: REGION, customUserAgent: USER_AGENT, endpoint, credentials: CREDENTIALS, ...extra })
  made.push(client)
  return client
}

function sdk(): EC2Client {
  const client = new EC2Client({ region: REGION, customUserAgent: USER_AGENT, endpoint, credentials: CREDENTIALS, maxAttempts: 1 })
  made.push(client)
  return client
}

// ---------------------------------------------------------------------------------------------
// SigV4, written out from AWS's description, to check a signature without the signer that made it.

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
const hmac = (key: string | Buffer, text: string): Buffer => createHmac('sha256', key).update(text, 'utf8').digest()

function verifySigV4(request: Captured, secretAccessKey: string): { valid: boolean; scope: string; signedHeaders: string[] } {
  const authorization = String(request.headers['authorization'] ?? '')
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization)
  if (match === null) return { valid: false, scope: '', signedHeaders: [] }
  const [, , date = '', region = '', service = '', signed = '', signature = ''] = match
  const signedHeaders = signed.split(';')
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${String(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('')
  const [path = '/', query = ''] = request.path.split('?')
  const canonicalRequest = [request.method, path, query, canonicalHeaders, signed, sha256(request.body)].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', String(request.headers['x-amz-date']), scope, sha256(canonicalRequest)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request')
  return { valid: createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex') === signature, scope, signedHeaders }
}

// ---------------------------------------------------------------------------------------------

describe('on the wire: as the SDK sends it, signed for ec2', () => {
  const inputs: { name: string; vpc?: DescribeVpcEndpointsInput; routes?: DescribeRouteTablesInput }[] = [
    { name: 'DescribeVpcEndpoints by id', vpc: { VpcEndpointIds: ['vpce-0abc1234def567890'] } },
    { name: 'DescribeVpcEndpoints by VPC and service (detection)', vpc: { Filters: [{ Name: 'vpc-id', Values: ['vpc-0a1b2c3d'] }, { Name: 'service-name', Values: ['com.amazonaws.eu-west-1.s3'] }] } },
    { name: 'DescribeVpcEndpoints, values that need encoding', vpc: { VpcEndpointIds: ['vpce 1', 'vpce-2'], Filters: [{ Name: 'tag:team name', Values: ["a*b'(c)!", 'x&y=z/ü'] }] } },
    { name: 'DescribeRouteTables by VPC', routes: { Filters: [{ Name: 'vpc-id', Values: ['vpc-0a1b2c3d'] }] } },
    { name: 'DescribeRouteTables by id', routes: { RouteTableIds: ['rtb-1', 'rtb-2'] } }
  ]

  test.each(inputs)('$name', async ({ vpc, routes }) => {
    answer = { status: 200, body: vpc !== undefined ? '<DescribeVpcEndpointsResponse><vpcEndpointSet/></DescribeVpcEndpointsResponse>' : '<DescribeRouteTablesResponse><routeTableSet/></DescribeRouteTablesResponse>' }
    if (vpc !== undefined) {
      await sdk().send(new SdkDescribeVpcEndpoints(vpc))
      await ours().send(new DescribeVpcEndpointsCommand(vpc))
    } else if (routes !== undefined) {
      await sdk().send(new SdkDescribeRouteTables(routes))
      await ours().send(new DescribeRouteTablesCommand(routes))
    }
    const [reference, mine] = captured as [Captured, Captured]
    expect({ method: mine.method, path: mine.path, body: mine.body, type: mine.headers['content-type'] }).toEqual({
      method: reference.method,
      path: reference.path,
      body: reference.body,
      type: reference.headers['content-type']
    })
    expect(mine.body).toBe(queryBody(vpc !== undefined ? new DescribeVpcEndpointsCommand(vpc) : new DescribeRouteTablesCommand(routes ?? {})))
    // Both signatures pass the same independent check (which the SDK's validates).
    for (const request of [reference, mine]) {
      const check = verifySigV4(request, CREDENTIALS.secretAccessKey)
      expect(check.valid).toBe(true)
      expect(check.scope).toMatch(/^\d{8}\/eu-west-1\/ec2\/aws4_request$/)
      expect(check.signedHeaders).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'content-type', 'x-amz-security-token']))
    }
    expect(mine.headers['x-amz-security-token']).toBe(CREDENTIALS.sessionToken)
    expect(mine.headers['user-agent']).toContain(USER_AGENT)
    expect(mine.headers['x-amz-user-agent']).toContain(USER_AGENT)
  })

  test('a tampered body fails the same check (the check is not vacuous)', async () => {
    answer = { status: 200, body: '<DescribeVpcEndpointsResponse><vpcEndpointSet/></DescribeVpcEndpointsResponse>' }
    await ours().send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }))
    const [request] = captured as [Captured]
    expect(verifySigV4({ ...request, body: request.body.replace('vpce-1', 'vpce-2') }, CREDENTIALS.secretAccessKey).valid).toBe(false)
    expect(verifySigV4(request, 'another secret').valid).toBe(false)
  })

  test('credentials from a provider', async () => {
    let asked = 0
    answer = { status: 200, body: '<DescribeVpcEndpointsResponse><vpcEndpointSet/></DescribeVpcEndpointsResponse>' }
    const client = ours({ credentials: async () => (asked++, { accessKeyId: 'AKIDPROVIDED', secretAccessKey: 'provided-secret' }) })
    await client.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }))
    const [request] = captured as [Captured]
    expect(asked).toBeGreaterThan(0)
    expect(String(request.headers['authorization'])).toMatch(/Credential=AKIDPROVIDED\//)
    expect(verifySigV4(request, 'provided-secret').valid).toBe(true)
    expect(request.headers['x-amz-security-token']).toBeUndefined()
  })

  test('no credentials given: the default chain (here, the environment), as the SDK clients', async () => {
    const saved = { id: process.env['AWS_ACCESS_KEY_ID'], secret: process.env['AWS_SECRET_ACCESS_KEY'], token: process.env['AWS_SESSION_TOKEN'] }
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDFROMENV'
    process.env['AWS_SECRET_ACCESS_KEY'] = 'env-secret'
    delete process.env['AWS_SESSION_TOKEN']
    try {
      answer = { status: 200, body: '<DescribeVpcEndpointsResponse><vpcEndpointSet/></DescribeVpcEndpointsResponse>' }
      const client = new Ec2QueryClient({ region: REGION, customUserAgent: USER_AGENT, endpoint })
      made.push(client)
      await client.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }))
      const [request] = captured as [Captured]
      expect(String(request.headers['authorization'])).toMatch(/Credential=AKIDFROMENV\//)
      expect(verifySigV4(request, 'env-secret').valid).toBe(true)
    } finally {
      for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret], ['AWS_SESSION_TOKEN', saved.token]] as const) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })

  test('through createClients: the endpoint-url, region and credentials the factory gives, made on first use', async () => {
    answer = { status: 200, body: '<DescribeVpcEndpointsResponse><vpcEndpointSet/></DescribeVpcEndpointsResponse>' }
    const clients = createClients({ region: 'ap-southeast-2', endpointUrl: endpoint, credentials: CREDENTIALS, requestTimeoutMs: 5000 })
    made.push(...(Object.values(clients) as { destroy(): void }[]))
    expect((clients.ec2 as unknown as { loaded: boolean }).loaded).toBe(false)
    await clients.ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }))
    expect((clients.ec2 as unknown as { loaded: boolean }).loaded).toBe(true)
    const [request] = captured as [Captured]
    expect(verifySigV4(request, CREDENTIALS.secretAccessKey).scope).toMatch(/\/ap-southeast-2\/ec2\/aws4_request$/)
  })
})

// ---------------------------------------------------------------------------------------------

const POLICY = '{\n  "Version": "2008-10-17",\n  "Statement": [{"Sid": "", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::a&b/*"}]\n}'
const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const ENDPOINTS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeVpcEndpointsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>19a9ff46-7df6-49b8-9726-3df27527089d</requestId>
    <vpcEndpointSet>
        <item>
            <vpcEndpointId>vpce-032a826a</vpcEndpointId>
            <vpcEndpointType>Gateway</vpcEndpointType>
            <vpcId>vpc-1a2b3c4d</vpcId>
            <serviceName>com.amazonaws.eu-west-1.s3</serviceName>
            <state>available</state>
            <routeTableIdSet>
                <item>rtb-123abc12</item>
                <item>rtb-456def45</item>
            </routeTableIdSet>
            <creationTimestamp>2017-09-05T20:41:28.000Z</creationTimestamp>
            <policyDocument>${xmlText(POLICY)}</policyDocument>
            <privateDnsEnabled>false</privateDnsEnabled>
            <requesterManaged>false</requesterManaged>
            <ownerId>123456789012</ownerId>
        </item>
        <item>
            <vpcEndpointId>vpce-0f89a33420c1931d7</vpcEndpointId>
            <vpcEndpointType>Interface</vpcEndpointType>
            <vpcId>vpc-1a2b3c4d</vpcId>
            <serviceName>com.amazonaws.eu-west-1.s3</serviceName>
            <state>available</state>
            <routeTableIdSet/>
            <subnetIdSet>
                <item>subnet-d6fcaa8d</item>
            </subnetIdSet>
            <policyDocument>{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}</policyDocument>
            <privateDnsEnabled>true</privateDnsEnabled>
        </item>
    </vpcEndpointSet>
</DescribeVpcEndpointsResponse>`

const ONE_ENDPOINT_XML = `<DescribeVpcEndpointsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><vpcEndpointSet><item><vpcEndpointId>vpce-1</vpcEndpointId><vpcEndpointType>Gateway</vpcEndpointType><state>pending</state><routeTableIdSet><item>rtb-1</item></routeTableIdSet></item></vpcEndpointSet></DescribeVpcEndpointsResponse>`

const ROUTES_XML = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeRouteTablesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
   <requestId>6f570b0b-9c18-4b07-bdec-73740dcf861a</requestId>
   <routeTableSet>
      <item>
         <routeTableId>rtb-1122334455667788a</routeTableId>
         <vpcId>vpc-1122334455667788a</vpcId>
         <ownerId>111122223333</ownerId>
         <routeSet>
            <item>
               <destinationCidrBlock>10.0.0.0/22</destinationCidrBlock>
               <gatewayId>local</gatewayId>
               <state>active</state>
               <origin>CreateRouteTable</origin>
            </item>
         </routeSet>
         <associationSet>
            <item>
               <routeTableAssociationId>rtbassoc-1122334455667788a</routeTableAssociationId>
               <routeTableId>rtb-1122334455667788a</routeTableId>
               <main>true</main>
               <associationState><state>associated</state></associationState>
            </item>
         </associationSet>
         <tagSet/>
      </item>
      <item>
         <routeTableId>rtb-0a1b2c3d4e5f60718</routeTableId>
         <vpcId>vpc-1122334455667788a</vpcId>
         <associationSet>
            <item>
               <routeTableAssociationId>rtbassoc-0a</routeTableAssociationId>
               <routeTableId>rtb-0a1b2c3d4e5f60718</routeTableId>
               <subnetId>subnet-0aaa1111</subnetId>
               <main>false</main>
            </item>
            <item>
               <routeTableAssociationId>rtbassoc-0b</routeTableAssociationId>
               <routeTableId>rtb-0a1b2c3d4e5f60718</routeTableId>
               <subnetId>subnet-0bbb2222</subnetId>
               <main>false</main>
            </item>
         </associationSet>
      </item>
      <item>
         <routeTableId>rtb-unassociated</routeTableId>
         <vpcId>vpc-1122334455667788a</vpcId>
         <associationSet/>
      </item>
   </routeTableSet>
</DescribeRouteTablesResponse>`

const pick = <T extends object>(value: T, keys: readonly string[]): Partial<T> => Object.fromEntries(Object.entries(value).filter(([key, item]) => keys.includes(key) && item !== undefined)) as Partial<T>
const ENDPOINT_KEYS = ['VpcEndpointId', 'VpcEndpointType', 'VpcId', 'ServiceName', 'State', 'PolicyDocument', 'RouteTableIds', 'PrivateDnsEnabled'] as const
const TABLE_KEYS = ['RouteTableId', 'VpcId'] as const
const ASSOCIATION_KEYS = ['RouteTableAssociationId', 'RouteTableId', 'SubnetId', 'Main'] as const

describe('the answers: what the SDK reads from the same XML', () => {
  test.each([
    ['two endpoints (a gateway on two route tables, an interface with private DNS)', ENDPOINTS_XML],
    ['one endpoint, one route table', ONE_ENDPOINT_XML],
    ['no endpoint', '<DescribeVpcEndpointsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><vpcEndpointSet/></DescribeVpcEndpointsResponse>']
  ])('DescribeVpcEndpoints: %s', async (_name, xml) => {
    answer = { status: 200, body: xml }
    const reference = await sdk().send(new SdkDescribeVpcEndpoints({}))
    const mine = await ours().send(new DescribeVpcEndpointsCommand({}))
    expect(mine.VpcEndpoints).toEqual((reference.VpcEndpoints ?? []).map((endpoint) => pick(endpoint, ENDPOINT_KEYS)))
  })

  test('the policy document comes back as EC2 sent it: entities decoded, new lines kept', () => {
    const parsed = parseDescribeVpcEndpoints(ENDPOINTS_XML)
    expect(parsed.VpcEndpoints[0]?.PolicyDocument).toBe(POLICY)
    expect(parsed.VpcEndpoints[1]?.RouteTableIds).toEqual([])
  })

  test('DescribeRouteTables: main and subnet associations, one and several, none', async () => {
    answer = { status: 200, body: ROUTES_XML }
    const reference = await sdk().send(new SdkDescribeRouteTables({}))
    const mine = await ours().send(new DescribeRouteTablesCommand({}))
    expect(mine.RouteTables).toEqual(
      (reference.RouteTables ?? []).map((table) => ({ ...pick(table, TABLE_KEYS), Associations: (table.Associations ?? []).map((association) => pick(association, ASSOCIATION_KEYS)) }))
    )
    expect(mine.RouteTables.map((table) => table.Associations?.length)).toEqual([1, 2, 0])
  })
})

// ---------------------------------------------------------------------------------------------

describe('errors, as the retries and the reader read them', () => {
  const error = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-cb5432daacc0</RequestID></Response>`

  async function failure(status: number, body: string): Promise<unknown> {
    answer = { status, body }
    return ours().send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] })).then(
      () => {
        throw new Error('expected a failure')
      },
      (thrown: unknown) => thrown
    )
  }

  test('UnauthorizedOperation: a service answer with its code, message and request id, like the SDK’s', async () => {
    const mine = describeAwsError(await failure(403, error('UnauthorizedOperation', 'You are not authorized to perform this operation.')))
    answer = { status: 403, body: error('UnauthorizedOperation', 'You are not authorized to perform this operation.') }
    const reference = describeAwsError(await sdk().send(new SdkDescribeVpcEndpoints({ VpcEndpointIds: ['vpce-1'] })).catch((thrown: unknown) => thrown))
    expect(mine).toEqual({ status: 403, code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', requestId: 'ea966190-f9aa-478e-9ede-cb5432daacc0', extendedRequestId: null, kind: 'service' })
    expect({ ...mine, requestId: null }).toEqual({ ...reference, requestId: null })
  })

  test.each([
    { name: 'RequestLimitExceeded (503)', status: 503, body: error('RequestLimitExceeded', 'Request limit exceeded.'), retried: true, code: 'RequestLimitExceeded' },
    { name: 'an internal error (500)', status: 500, body: error('InternalError', 'An internal error has occurred.'), retried: true, code: 'InternalError' },
    { name: 'a proxy’s HTML (502)', status: 502, body: '<html><body>Bad Gateway</body></html>', retried: true, code: null },
    { name: 'InvalidVpcEndpointId.NotFound (400)', status: 400, body: error('InvalidVpcEndpointId.NotFound', "The Vpc Endpoint Id 'vpce-1' does not exist"), retried: false, code: 'InvalidVpcEndpointId.NotFound' }
  ])('$name: retried $retried', async ({ status, body, retried, code }) => {
    const thrown = await failure(status, body)
    expect(isRetryable(thrown)).toBe(retried)
    expect(describeAwsError(thrown)).toMatchObject({ status, code, kind: 'service' })
  })

  test('the reader: the doctor’s own denial, throttling retried then answered, a 200 that is not the documented XML', async () => {
    const reader = new Reader({ attemptTimeoutMs: 5000, deadline: Date.now() + 30_000, sleep: async () => undefined, random: () => 0 })
    const client = ours()
    const read = () => reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => client.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }), { abortSignal }), (response) => response.VpcEndpoints)

    answer = { status: 403, body: error('UnauthorizedOperation', 'You are not authorized to perform this operation.') }
    expect(await read()).toMatchObject({ ok: false, failure: 'denied', error: 'UnauthorizedOperation: You are not authorized to perform this operation.' })

    answer = { status: 200, body: '<html>a captive portal</html>' }
    expect(await read()).toMatchObject({ ok: false, failure: 'malformed', error: expect.stringMatching(/no <DescribeVpcEndpointsResponse>/) as unknown })

    answer = { status: 200, body: 'not xml at all' }
    expect(await read()).toMatchObject({ ok: false, failure: 'malformed' })

    answer = { status: 200, body: '<DescribeVpcEndpointsResponse><vpcEndpointSet><item><vpcEndpointId><x/></vpcEndpointId></item></vpcEndpointSet></DescribeVpcEndpointsResponse>' }
    expect(await read()).toMatchObject({ ok: false, failure: 'malformed', error: expect.stringMatching(/vpcEndpointSet\[0\]\.vpcEndpointId is not text/) as unknown })

    let calls = 0
    const throttledOnce = async (abortSignal: AbortSignal) => {
      calls++
      answer = calls === 1 ? { status: 503, body: error('RequestLimitExceeded', 'Request limit exceeded.') } : { status: 200, body: ONE_ENDPOINT_XML }
      return client.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }), { abortSignal })
    }
    expect(await reader.read('ec2.DescribeVpcEndpoints', throttledOnce, (response) => response.VpcEndpoints.map((item) => item.VpcEndpointId))).toEqual({ ok: true, value: ['vpce-1'] })
    expect(calls).toBe(2)
  })

  test('an endpoint that never answers: the reader’s attempt timeout aborts the request', async () => {
    answer = null
    const reader = new Reader({ attemptTimeoutMs: 200, deadline: Date.now() + 400, sleep: async () => undefined, random: () => 0 })
    const client = ours()
    const result = await reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => client.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }), { abortSignal }), (response) => response)
    expect(result).toMatchObject({ ok: false, failure: 'timeout' })
  })

  test('an abort signal ends the request with an abort error', async () => {
    answer = null
    const controller = new AbortController()
    const sent = ours().send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['vpce-1'] }), { abortSignal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const thrown = await sent.catch((error: unknown) => error)
    expect(describeAwsError(thrown).kind).toBe('timeout')
  })
})

// ---------------------------------------------------------------------------------------------

describe('the endpoint, as EC2’s endpoint rules give it', () => {
  test.each([
    { region: 'us-east-1', options: {}, url: 'https://ec2.us-east-1.amazonaws.com' },
    { region: 'eu-west-1', options: { fips: false, dualStack: false }, url: 'https://ec2.eu-west-1.amazonaws.com' },
    { region: 'cn-north-1', options: {}, url: 'https://ec2.cn-north-1.amazonaws.com.cn' },
    { region: 'us-east-1', options: { fips: true }, url: 'https://ec2-fips.us-east-1.amazonaws.com' },
    { region: 'us-gov-west-1', options: { fips: true }, url: 'https://ec2.us-gov-west-1.amazonaws.com' },
    { region: 'us-east-1', options: { dualStack: true }, url: 'https://ec2.us-east-1.api.aws' },
    { region: 'us-east-1', options: { fips: true, dualStack: true }, url: 'https://ec2-fips.us-east-1.api.aws' }
  ])('$region $options: $url', async ({ region, options, url }) => {
    expect(ec2Endpoint(region, options)).toBe(url)
    // The SDK's EC2 client resolves the same.
    const reference = new EC2Client({ region, useFipsEndpoint: options.fips === true, useDualstackEndpoint: options.dualStack === true, credentials: CREDENTIALS })
    made.push(reference)
    const resolved = await reference.config.endpointProvider({ Region: region, UseFIPS: options.fips === true, UseDualStack: options.dualStack === true })
    expect(resolved.url.toString().replace(/\/$/, '')).toBe(url)
  })

  test('not a region name: refused', () => {
    expect(() => ec2Endpoint('us-east-1.evil.example/')).toThrow(/not a region name/)
  })

  test('the endpoint given wins; else AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL; else the region with FIPS and dual-stack from the environment', () => {
    expect(resolveEc2Endpoint({ region: 'us-east-1', endpoint: 'http://127.0.0.1:5000', env: { AWS_ENDPOINT_URL_EC2: 'http://other' } })).toBe('http://127.0.0.1:5000')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: { AWS_ENDPOINT_URL_EC2: 'http://ec2.local', AWS_ENDPOINT_URL: 'http://all.local' } })).toBe('http://ec2.local')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: { AWS_ENDPOINT_URL: 'http://all.local' } })).toBe('http://all.local')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: { AWS_ENDPOINT_URL: 'http://all.local', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' } })).toBe('https://ec2.us-east-1.amazonaws.com')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: { AWS_USE_FIPS_ENDPOINT: 'true' } })).toBe('https://ec2-fips.us-east-1.amazonaws.com')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: { AWS_USE_DUALSTACK_ENDPOINT: 'TRUE' } })).toBe('https://ec2.us-east-1.api.aws')
    expect(resolveEc2Endpoint({ region: 'us-east-1', env: {} })).toBe('https://ec2.us-east-1.amazonaws.com')
  })
})
