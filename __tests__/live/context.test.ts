/**
 * The request context of the real upload: what is known, how, and what is not.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 *   aws:SecureTransport, aws:RequestedRegion, aws:CurrentTime; aws:SourceIp is present "except when
 *   the requester uses a VPC endpoint", where aws:SourceVpc, aws:SourceVpce and aws:VpcSourceIp are.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/bucket-policy-s3-sigv4-conditions.html
 *   s3:signatureversion AWS4-HMAC-SHA256, s3:authType REST-HEADER.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html (IMDSv2)
 */
import { buildRequestContext, conditionsOn, contextNotes, discoverPublicIp, readRunnerNetwork, uploadHeaders, type ContextInput } from '../../src/live/context.js'
import type { Scenario } from '../../src/scenario/types.js'

const NOW = new Date('2026-11-25T10:00:00.123Z')

describe('buildRequestContext', () => {
  const rows: { name: string; input: Omit<ContextInput, 'now'>; context: Record<string, string>; absent: string[]; unknown: string[]; vpcEndpoint?: string }[] = [
    {
      name: 'a GitHub-hosted runner with its IP given',
      input: { region: 'eu-west-1', sourceIp: { value: '198.51.100.7', origin: 'input' } },
      context: { 'aws:SecureTransport': 'true', 'aws:CurrentTime': '2026-11-25T10:00:00Z', 'aws:RequestedRegion': 'eu-west-1', 'aws:SourceIp': '198.51.100.7', 's3:signatureversion': 'AWS4-HMAC-SHA256', 's3:authType': 'REST-HEADER' },
      absent: ['aws:SourceVpce', 'aws:SourceVpc', 'aws:VpcSourceIp'],
      unknown: ['s3:TlsVersion']
    },
    {
      name: 'nothing known about the network or the region',
      input: {},
      context: { 'aws:SecureTransport': 'true' },
      absent: ['aws:SourceIp', 'aws:RequestedRegion'],
      unknown: ['aws:RequestedRegion', 's3:TlsVersion', 'aws:SourceIp']
    },
    {
      name: 'an http:// endpoint (a local S3-compatible server): no TLS',
      input: { endpointUrl: 'http://127.0.0.1:9000', region: 'us-east-1' },
      context: { 'aws:SecureTransport': 'false' },
      absent: [],
      unknown: ['aws:SourceIp']
    },
    {
      name: 'through a detected endpoint: VPC keys instead of aws:SourceIp',
      input: { region: 'us-east-1', sourceIp: { value: '198.51.100.7', origin: 'input' }, vpcEndpoint: { id: 'vpce-0abc', origin: 'detected', vpcId: 'vpc-1', privateIp: '10.0.0.5' } },
      context: { 'aws:SourceVpce': 'vpce-0abc', 'aws:SourceVpc': 'vpc-1', 'aws:VpcSourceIp': '10.0.0.5' },
      absent: ['aws:SourceIp'],
      unknown: ['s3:TlsVersion'],
      vpcEndpoint: 'vpce-0abc'
    },
    {
      name: 'through an endpoint given as input, whose VPC could not be read',
      input: { region: 'us-east-1', vpcEndpoint: { id: 'vpce-0abc', origin: 'input' } },
      context: { 'aws:SourceVpce': 'vpce-0abc' },
      absent: ['aws:SourceIp', 'aws:SourceVpc'],
      unknown: ['s3:TlsVersion', 'aws:SourceVpc', 'aws:VpcSourceIp'],
      vpcEndpoint: 'vpce-0abc'
    },
    {
      name: 'the runner could not be examined: whether an endpoint is in the path is unknown',
      input: { region: 'us-east-1', sourceIp: { value: '198.51.100.7', origin: 'discovered' }, endpointUnknown: 'AccessDenied' },
      context: { 'aws:SourceIp': '198.51.100.7' },
      absent: ['aws:SourceVpce'],
      unknown: ['s3:TlsVersion', 'aws:SourceVpce']
    }
  ]
  test.each(rows)('$name', ({ input, context, absent, unknown, vpcEndpoint }) => {
    const built = buildRequestContext({ now: NOW, ...input })
    expect(built.context).toMatchObject(context)
    for (const key of absent) expect(built.context[key]).toBeUndefined()
    expect(built.unknown.map((item) => item.key)).toEqual(unknown)
    expect(built.vpcEndpoint).toBe(vpcEndpoint)
    for (const key of Object.keys(built.context)) expect(built.origins[key]).toBeDefined()
  })

  test('origins say how each value was obtained', () => {
    const built = buildRequestContext({ now: NOW, sourceIp: { value: '203.0.113.9', origin: 'discovered' } })
    expect(built.origins['aws:SourceIp']).toBe('discovered')
    expect(built.origins['aws:CurrentTime']).toBe('derived')
  })
})

test.each([
  { name: 'no settings', headers: {}, expected: {} },
  { name: 'a canned ACL', headers: { acl: 'bucket-owner-full-control' as const }, expected: { 'x-amz-acl': 'bucket-owner-full-control' } },
  {
    name: 'SSE-KMS with a key and Requester Pays',
    headers: { sse: 'aws:kms' as const, sseKmsKeyId: 'alias/ci', requestPayer: true },
    expected: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': 'alias/ci', 'x-amz-request-payer': 'requester' }
  },
  { name: 'request-payer false sends nothing', headers: { requestPayer: false }, expected: {} }
])('uploadHeaders: $name', ({ headers, expected }) => expect(uploadHeaders(headers)).toEqual(expected))

describe('which conditions depend on an unknown key', () => {
  const deny = (sid: string, key: string, operator = 'NotIpAddress', value = '192.0.2.0/24') => ({ Sid: sid, Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { [operator]: { [key]: value } } })
  const scenario: Scenario = {
    version: 1,
    request: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/run', action: 's3:PutObject', bucket: 'b', key: 'k' },
    identity: {
      policies: [{ name: 'guard', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'AWS:SOURCEIP': '192.0.2.0/24' } } }] } }, { name: 'lost', document: { unreadable: 'AccessDenied' } }]
    },
    organization: { serviceControlPolicies: [[{ name: 'vpce-only', document: { Version: '2012-10-17', Statement: [deny('OnlyVpce', 'aws:SourceVpce', 'StringNotEquals', 'vpce-1')] } }]] },
    bucket: { name: 'b', policy: { Version: '2012-10-17', Statement: [deny('OfficeOnly', 'aws:SourceIp'), deny('Tls12', 's3:TlsVersion', 'NumericLessThan', '1.2')] } },
    // S3 calls KMS from its own network: a key policy's aws:SourceIp does not see the runner.
    kmsKeys: [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/k', policy: { Version: '2012-10-17', Statement: [deny('KeyIp', 'aws:SourceIp')] } }]
  }

  test('by key, case-insensitively, in every kind of document, skipping network keys in key policies', () => {
    const found = conditionsOn(scenario, ['aws:SourceIp', 'aws:SourceVpce', 's3:TlsVersion', 'aws:VpcSourceIp'])
    expect(found.get('aws:SourceIp')).toEqual([
      { path: 'identity.policies[0].document', statement: '#0', effect: 'Deny', operator: 'NotIpAddress', values: ['192.0.2.0/24'] },
      { path: 'bucket.policy', statement: 'OfficeOnly', effect: 'Deny', operator: 'NotIpAddress', values: ['192.0.2.0/24'] }
    ])
    expect(found.get('aws:SourceVpce')).toEqual([{ path: 'organization.serviceControlPolicies[0][0].document', statement: 'OnlyVpce', effect: 'Deny', operator: 'StringNotEquals', values: ['vpce-1'] }])
    expect(found.get('s3:TlsVersion')?.map((use) => use.statement)).toEqual(['Tls12'])
    expect(found.get('aws:VpcSourceIp')).toEqual([])
  })

  test('contextNotes pairs each unknown key with its conditions', () => {
    const notes = contextNotes(scenario, [{ key: 's3:TlsVersion', reason: 'not known in advance' }])
    expect(notes).toEqual([{ key: 's3:TlsVersion', reason: 'not known in advance', conditions: [expect.objectContaining({ statement: 'Tls12', operator: 'NumericLessThan' })] }])
  })
})

describe('network probes', () => {
  type Call = { url: string; method?: string; headers?: Record<string, string> }
  const fakeFetch = (answers: Record<string, string | null>, calls: Call[] = []) =>
    async (url: string, init?: { method?: string; headers?: Record<string, string> }) => {
      calls.push({ url, ...(init?.method !== undefined ? { method: init.method } : {}), ...(init?.headers !== undefined ? { headers: init.headers } : {}) })
      const body = answers[url]
      if (body === undefined) throw new Error('ECONNREFUSED')
      return { ok: body !== null, status: body === null ? 404 : 200, text: async () => body ?? '' }
    }

  test.each([
    { name: 'an IPv4 address with a newline', body: '198.51.100.7\n', expected: '198.51.100.7' },
    { name: 'an IPv6 address', body: '2001:db8::1', expected: '2001:db8::1' },
    { name: 'a captive portal page', body: '<html>login</html>', expected: null },
    { name: 'an error status', body: null, expected: null }
  ])('discoverPublicIp: $name', async ({ body, expected }) => {
    expect(await discoverPublicIp({ fetch: fakeFetch({ 'https://checkip.amazonaws.com/': body }) })).toBe(expected)
  })

  test('discoverPublicIp: unreachable', async () => {
    expect(await discoverPublicIp({ fetch: fakeFetch({}) })).toBeNull()
  })

  const IMDS = 'http://169.254.169.254/latest'
  const metadata = {
    [`${IMDS}/api/token`]: 'TOKEN',
    [`${IMDS}/meta-data/mac`]: '0e:aa:bb:cc:dd:ee',
    [`${IMDS}/meta-data/network/interfaces/macs/0e:aa:bb:cc:dd:ee/vpc-id`]: 'vpc-0a1b2c3d',
    [`${IMDS}/meta-data/network/interfaces/macs/0e:aa:bb:cc:dd:ee/subnet-id`]: 'subnet-0aaa1111',
    [`${IMDS}/meta-data/local-ipv4`]: '10.0.1.25'
  }

  test('readRunnerNetwork: IMDSv2, a token first, then the interface', async () => {
    const calls: Call[] = []
    expect(await readRunnerNetwork({ fetch: fakeFetch(metadata, calls) })).toEqual({ vpcId: 'vpc-0a1b2c3d', subnetId: 'subnet-0aaa1111', privateIp: '10.0.1.25' })
    expect(calls[0]).toEqual({ url: `${IMDS}/api/token`, method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' } })
    expect(calls.slice(1).every((call) => call.headers?.['X-aws-ec2-metadata-token'] === 'TOKEN')).toBe(true)
  })

  test.each([
    { name: 'not on EC2 (no metadata service)', answers: {} },
    { name: 'EC2-Classic or a non-VPC interface (no vpc-id)', answers: { ...metadata, [`${IMDS}/meta-data/network/interfaces/macs/0e:aa:bb:cc:dd:ee/vpc-id`]: null } },
    { name: 'a metadata answer that is not a VPC id', answers: { ...metadata, [`${IMDS}/meta-data/network/interfaces/macs/0e:aa:bb:cc:dd:ee/vpc-id`]: '<html>' } }
  ])('readRunnerNetwork: $name -> null', async ({ answers }) => {
    expect(await readRunnerNetwork({ fetch: fakeFetch(answers) })).toBeNull()
  })
})
