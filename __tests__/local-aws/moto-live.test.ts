/**
 * The real collector and the real probes against moto server (AWS's response shapes; not a judge
 * of authorization: /work/shared/local-aws.md).
 *
 * 1. collectScenario reads every layer of a realistic setup into the scenario: a role with a path,
 *    an inline policy, a customer managed policy whose default is its second version, and a
 *    permissions boundary; a bucket with a policy, Block Public Access, Object Ownership
 *    BucketOwnerEnforced, SSE-KMS by default with a customer managed key and its key policy; the
 *    account's Block Public Access (S3 Control); a VPC endpoint and its policy. The scenario then
 *    evaluates to the bucket policy's deny.
 *    - IAM documents are URL-encoded: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 *    - The default version is GetPolicy's DefaultVersionId: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 *    - GetRole returns PermissionsBoundary: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html
 *    - DescribeVpcEndpoints returns PolicyDocument: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
 *    - DescribeKey returns KeyMetadata.KeyManager: https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
 *    - DescribeVpcEndpoints returns VpcEndpointType; the collector sends it with its own EC2 Query
 *      client (src/live/ec2-query.ts), so moto's EC2 answers (generated from EC2's own model) are
 *      its wire check, for DescribeRouteTables too (runner detection).
 * 2. The probes never change an existing object. moto skips the Content-MD5 check (it STORES the
 *    write probe's body) and honours no conditional delete: exactly the servers the probe must
 *    survive. After every probe kind, on an unversioned and on a versioned bucket, the user's object
 *    has its body, ETag and single version, and no probe key, version, delete marker or multipart
 *    upload is left. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html
 */
import { AssociateRouteTableCommand, CreateRouteTableCommand, CreateSubnetCommand, CreateVpcCommand, CreateVpcEndpointCommand, EC2Client } from '@aws-sdk/client-ec2'
import { AttachRolePolicyCommand, CreatePolicyCommand, CreatePolicyVersionCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { Operation, ProbeMode } from '../../src/action/settings.js'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { createClients, type AwsClients } from '../../src/live/clients.js'
import { collectScenario, type CollectResult } from '../../src/live/collect.js'
import { detectEndpoint, readEndpoint } from '../../src/live/collect-ec2.js'
import { Reader } from '../../src/live/collect-read.js'
import { runProbes } from '../../src/live/probe.js'
import type { ProbeRecord } from '../../src/live/types.js'
import { SERVER_START_TIMEOUT_MS, clientConfig, describeIfServer, loopbackOnly, s3Config, s3ControlConfig, startMoto, stopMoto, type MotoServer } from '../support/local-aws.js'

const doc = (statement: object[]) => ({ Version: '2012-10-17', Statement: statement })
const INLINE = doc([{ Sid: 'Upload', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }])
const MANAGED_V1 = doc([{ Sid: 'V1', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }])
const MANAGED_V2 = doc([{ Sid: 'V2', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: '*' }])
const BOUNDARY = doc([{ Sid: 'Ceiling', Effect: 'Allow', Action: ['s3:*', 'kms:*'], Resource: '*' }])
const ENDPOINT_POLICY = doc([{ Sid: 'OnlyArtifacts', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::moto-artifacts', 'arn:aws:s3:::moto-artifacts/*'] }])
const BUCKET = 'moto-artifacts'
const KEY = 'builds/app.zip'

describeIfServer('moto')('the live collector and probes against moto server', () => {
  let moto: MotoServer | undefined
  const destroy: { destroy(): void }[] = []

  function server(): MotoServer {
    if (moto === undefined) throw new Error('moto did not start')
    return moto
  }
  function client<C extends { destroy(): void; middlewareStack: { add: (...args: never[]) => unknown } }>(make: () => C): C {
    const made = loopbackOnly(make())
    destroy.push(made)
    return made
  }
  function liveClients(): AwsClients {
    const clients = createClients({ region: server().region, endpointUrl: server().endpoint, credentials: server().credentials })
    for (const c of Object.values(clients)) destroy.push(c as { destroy(): void })
    return clients
  }

  beforeAll(async () => {
    moto = await startMoto()
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    for (const c of destroy) c.destroy()
    await stopMoto(moto)
  }, SERVER_START_TIMEOUT_MS)

  describe('collectScenario', () => {
    let result: CollectResult
    let account = ''
    let sessionArn = ''
    let managedArn = ''
    let boundaryArn = ''
    let keyArn = ''
    let endpointId = ''
    const bucketPolicy = () => doc([{ Sid: 'DenyCiUploads', Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${account}:role/ci/ci-deploy` }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }])

    beforeAll(async () => {
      const m = server()
      account = m.accountId
      const config = clientConfig(m)
      const iam = client(() => new IAMClient(config))
      const kms = client(() => new KMSClient(config))
      const ec2 = client(() => new EC2Client(config))
      const sts = client(() => new STSClient(config))
      const s3 = client(() => new S3Client(s3Config(m)))
      const control = client(() => new S3ControlClient(s3ControlConfig(m)))
      boundaryArn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'ci-boundary', PolicyDocument: JSON.stringify(BOUNDARY) }))).Policy?.Arn ?? ''
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'ci-deploy',
          Path: '/ci/',
          AssumeRolePolicyDocument: JSON.stringify(doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }])),
          PermissionsBoundary: boundaryArn
        })
      )
      await iam.send(new PutRolePolicyCommand({ RoleName: 'ci-deploy', PolicyName: 'upload', PolicyDocument: JSON.stringify(INLINE) }))
      managedArn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'kms-use', PolicyDocument: JSON.stringify(MANAGED_V1) }))).Policy?.Arn ?? ''
      await iam.send(new CreatePolicyVersionCommand({ PolicyArn: managedArn, SetAsDefault: true, PolicyDocument: JSON.stringify(MANAGED_V2) }))
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'ci-deploy', PolicyArn: managedArn }))
      keyArn = (await kms.send(new CreateKeyCommand({ Description: 'artifacts' }))).KeyMetadata?.Arn ?? ''
      const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))
      endpointId =
        (await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpc.Vpc?.VpcId, ServiceName: `com.amazonaws.${m.region}.s3`, VpcEndpointType: 'Gateway', PolicyDocument: JSON.stringify(ENDPOINT_POLICY) }))).VpcEndpoint
          ?.VpcEndpointId ?? ''
      await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
      await s3.send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false } }))
      await control.send(new PutAccountPublicAccessBlockCommand({ AccountId: account, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } }))
      await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: BUCKET, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }))
      await s3.send(new PutBucketEncryptionCommand({ Bucket: BUCKET, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }] } }))
      await s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: JSON.stringify(bucketPolicy()) }))
      // The caller as the live run knows it: the session AssumeRole names.
      const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/ci/ci-deploy`, RoleSessionName: 'gh-run-42' }))
      sessionArn = assumed.AssumedRoleUser?.Arn ?? ''
      result = await collectScenario({
        clients: liveClients(),
        caller: { arn: sessionArn, account, userId: assumed.AssumedRoleUser?.AssumedRoleId ?? '', source: 'assume-role' },
        request: { action: 's3:PutObject', bucket: BUCKET, key: KEY, headers: { 'x-amz-server-side-encryption': 'aws:kms' }, operation: 'PutObject' },
        settings: { region: m.region, sourceIp: '192.0.2.10', vpcEndpointId: endpointId, endpointUrl: m.endpoint, timeoutSeconds: 60 },
        now: new Date('2026-11-25T10:00:00Z')
      })
    }, 120_000)

    test('the request: the session, the upload’s headers, the endpoint in the path', () => {
      expect(result.scenario.request).toMatchObject({
        principal: `arn:aws:sts::${account}:assumed-role/ci-deploy/gh-run-42`,
        action: 's3:PutObject',
        bucket: BUCKET,
        key: KEY,
        headers: { 'x-amz-server-side-encryption': 'aws:kms' },
        vpcEndpoint: endpointId,
        context: expect.objectContaining({ 'aws:SourceVpce': endpointId, 'aws:RequestedRegion': server().region, 'aws:SecureTransport': 'false' })
      })
      expect(sessionArn).toBe(result.scenario.request.principal)
    })

    test('the identity: the role with its path, the inline and the managed policy (its default, second version), the boundary', () => {
      expect(result.scenario.identity).toEqual({
        arn: `arn:aws:iam::${account}:role/ci/ci-deploy`,
        policies: [
          { name: 'upload', document: INLINE },
          { name: managedArn, document: MANAGED_V2 }
        ],
        permissionsBoundary: { name: boundaryArn, document: BOUNDARY }
      })
    })

    test('the bucket: policy, Block Public Access (bucket and account), Object Ownership, encryption with the key', () => {
      expect(result.scenario.bucket).toMatchObject({
        name: BUCKET,
        account,
        region: server().region,
        policy: bucketPolicy(),
        publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false },
        accountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false },
        objectOwnership: 'BucketOwnerEnforced',
        encryption: { algorithm: 'aws:kms', kmsKeyArn: keyArn },
        versioning: 'Disabled',
        objects: { [KEY]: { exists: false } }
      })
    })

    test('the KMS key of the bucket’s default encryption, who manages it (DescribeKey), its key policy and grants', () => {
      expect(result.scenario.kmsKeys).toEqual([
        {
          arn: keyArn,
          keyManager: 'CUSTOMER',
          policy: expect.objectContaining({ Statement: [expect.objectContaining({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*' })] }),
          grants: []
        }
      ])
    })

    test('the VPC endpoint, its type and its policy (read by our EC2 Query client)', () => {
      expect(result.scenario.vpcEndpoints).toEqual([{ id: endpointId, type: 'Gateway', policy: ENDPOINT_POLICY }])
    })

    test('what moto does not answer as AWS does is unreadable, and nothing else', () => {
      // moto answers GetBucketRequestPayment without Payer (AWS always sends it).
      expect(result.unreadable.map((layer) => layer.path)).toEqual(['bucket.requesterPays'])
      expect(result.scenario.bucket?.requesterPays).toEqual({ unreadable: expect.stringMatching(/malformed GetBucketRequestPayment response/) })
    })

    test('the snapshot evaluates to the bucket policy’s deny', () => {
      const verdict = evaluateScenario(result.scenario)
      expect({ decision: verdict.decision, policyType: verdict.denial?.policyType, statement: verdict.denial?.statement }).toEqual({ decision: 'deny', policyType: 'resource-based-policy', statement: 'DenyCiUploads' })
    })
  })

  describe("the VPC endpoint reads, on moto's EC2 (src/live/ec2-query.ts on the wire)", () => {
    let ec2: EC2Client
    let reader: Reader
    beforeAll(() => {
      ec2 = client(() => new EC2Client(clientConfig(server())))
    })
    beforeEach(() => {
      reader = new Reader({ attemptTimeoutMs: 10_000, deadline: Date.now() + 60_000 })
    })
    const s3Service = () => `com.amazonaws.${server().region}.s3`

    test('an interface endpoint named by id: its type and its policy', async () => {
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc?.VpcId ?? ''
      const policy = doc([{ Sid: 'AccountOnly', Effect: 'Allow', Principal: { AWS: server().accountId }, Action: 's3:*', Resource: '*' }])
      const id = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpc, ServiceName: s3Service(), VpcEndpointType: 'Interface', PrivateDnsEnabled: true, PolicyDocument: JSON.stringify(policy) }))).VpcEndpoint?.VpcEndpointId ?? ''
      const read = await readEndpoint(reader, liveClients().ec2, id)
      expect(read).toEqual({ ok: true, value: { id, vpcId: vpc, type: 'Interface', policy: expect.any(String) as unknown } })
      expect(read.ok && JSON.parse(read.value.policy ?? 'null')).toEqual(policy)
    })

    test("an endpoint id moto does not know: EC2's InvalidVpcEndpointId.NotFound, read as not found", async () => {
      const read = await readEndpoint(reader, liveClients().ec2, 'vpce-0123456789abcdef0')
      expect(read).toMatchObject({ ok: false, failure: 'not-found', error: expect.stringMatching(/^InvalidVpcEndpointId\.NotFound/) as unknown })
    })

    test("detection: the gateway endpoint on the subnet's own route table; the main table's subnets go through the interface endpoint with private DNS", async () => {
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.2.0.0/16' }))).Vpc?.VpcId ?? ''
      const routed = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.2.1.0/24' }))).Subnet?.SubnetId ?? ''
      const other = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.2.2.0/24' }))).Subnet?.SubnetId ?? ''
      const table = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable?.RouteTableId ?? ''
      await ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: routed }))
      const gateway = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpc, ServiceName: s3Service(), VpcEndpointType: 'Gateway', RouteTableIds: [table] }))).VpcEndpoint?.VpcEndpointId ?? ''
      const iface = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpc, ServiceName: s3Service(), VpcEndpointType: 'Interface', PrivateDnsEnabled: true }))).VpcEndpoint?.VpcEndpointId ?? ''
      const clients = liveClients()
      const viaGateway = await detectEndpoint(reader, clients.ec2, { vpcId: vpc, subnetId: routed }, server().region)
      expect(viaGateway).toEqual({ ok: true, value: { id: gateway, vpcId: vpc, type: 'Gateway', policy: expect.any(String) as unknown } })
      const viaInterface = await detectEndpoint(reader, clients.ec2, { vpcId: vpc, subnetId: other }, server().region)
      expect(viaInterface).toMatchObject({ ok: true, value: { id: iface, vpcId: vpc, type: 'Interface' } })
    })
  })

  describe('no probe changes an existing object', () => {
    const ORIGINAL = 'the user’s real build, which no probe may touch\n'
    type Case = { name: string; versioned: boolean; mode: ProbeMode; operations: Operation[] }
    const cases: Case[] = [
      { name: 'conditional, every operation, unversioned', versioned: false, mode: 'conditional', operations: ['put', 'get', 'head', 'list', 'delete', 'multipart'] },
      { name: 'conditional, every operation, versioned', versioned: true, mode: 'conditional', operations: ['put', 'get', 'head', 'list', 'delete', 'multipart'] },
      { name: 'canary (put and delete), versioned', versioned: true, mode: 'canary', operations: ['put', 'delete', 'get'] },
      { name: 'canary (put and delete), unversioned', versioned: false, mode: 'canary', operations: ['put', 'delete'] }
    ]

    test.each(cases.flatMap((c) => (['put', 'delete', 'multipart', 'all'] as const).map((only) => ({ ...c, only }))).filter((c) => c.only === 'all' || c.mode === 'conditional'))(
      '$name ($only)',
      async ({ versioned, mode, operations, only }) => {
        const m = server()
        const s3 = client(() => new S3Client(s3Config(m)))
        const bucket = `untouched-${Math.random().toString(36).slice(2, 10)}`
        await s3.send(new CreateBucketCommand({ Bucket: bucket }))
        if (versioned) await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }))
        const original = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: KEY, Body: ORIGINAL }))
        const clients = liveClients()
        const records = await runProbes(clients.s3, { bucket, key: KEY, operations: only === 'all' ? operations : [only], headers: {}, mode }, { now: () => new Date(), randomId: () => Math.random().toString(16).slice(2).padEnd(16, '0') })

        // Everything the probes did is accounted for, and nothing is left behind.
        expect(records.filter((item) => item.leftBehind !== undefined)).toEqual([])
        // The real object: same body, same ETag, and (versioned) still its only version, still current.
        const read = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: KEY }))
        expect(await read.Body?.transformToString()).toBe(ORIGINAL)
        expect(read.ETag).toBe(original.ETag)
        const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }))
        expect((versions.Versions ?? []).map((v) => [v.Key, v.IsLatest])).toEqual([[KEY, true]])
        expect(versions.DeleteMarkers ?? []).toEqual([])
        if (versioned) expect(versions.Versions?.[0]?.VersionId).toBe(original.VersionId)
        expect((await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads ?? []).toEqual([])
        // Every write went to a probe or canary key, never the real one.
        const writes = records.filter((item: ProbeRecord) => ['PutObject', 'DeleteObject', 'CreateMultipartUpload', 'AbortMultipartUpload'].includes(item.operation))
        expect(writes.length).toBeGreaterThan(0)
        for (const write of writes) expect(write.key).toMatch(/^builds\/\.s3-403-doctor-(probe|canary)-[0-9a-f]+$/)
      },
      60_000
    )

    test('moto stores the write probe (it skips the Content-MD5 check): reported, and deleted by its VersionId', async () => {
      const m = server()
      const s3 = client(() => new S3Client(s3Config(m)))
      await s3.send(new CreateBucketCommand({ Bucket: 'stores-anyway' }))
      await s3.send(new PutBucketVersioningCommand({ Bucket: 'stores-anyway', VersioningConfiguration: { Status: 'Enabled' } }))
      const records = await runProbes(liveClients().s3, { bucket: 'stores-anyway', key: KEY, operations: ['put'], headers: {}, mode: 'conditional' }, { now: () => new Date(), randomId: () => 'feedface00000000' })
      expect(records.slice(1)).toMatchObject([
        { operation: 'PutObject', outcome: 'allowed', key: 'builds/.s3-403-doctor-probe-feedface00000000', meaning: expect.stringMatching(/STORED/) },
        { operation: 'DeleteObject', action: 's3:DeleteObjectVersion', cleanup: 'PutObject', outcome: 'allowed' }
      ])
      const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'stores-anyway' }))
      expect({ versions: versions.Versions ?? [], markers: versions.DeleteMarkers ?? [] }).toEqual({ versions: [], markers: [] })
    })
  })
})
