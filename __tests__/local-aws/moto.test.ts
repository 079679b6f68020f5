/**
 * Smoke test of the moto server that scripts/local-aws/moto.sh starts: it must answer the calls
 * the action makes to collect a snapshot, in AWS's own response shapes (URL-encoded IAM policy
 * documents, 404s for unset bucket settings, S3 Control's account-level public access block,
 * VPC endpoint policies, Organizations roots). moto is not a judge of authorization
 * (/work/shared/local-aws.md): these tests check shapes, not decisions.
 */
import { CreateVpcCommand, CreateVpcEndpointCommand, DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { CreateRoleCommand, GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import { CreateOrganizationCommand, ListRootsCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { CreateBucketCommand, GetBucketOwnershipControlsCommand, PutBucketOwnershipControlsCommand, S3Client } from '@aws-sdk/client-s3'
import { GetPublicAccessBlockCommand, PutPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  SERVER_START_TIMEOUT_MS,
  clientConfig,
  describeIfServer,
  loopbackOnly,
  s3Config,
  s3ControlConfig,
  startMoto,
  stopMoto,
  type MotoServer
} from '../support/local-aws.js'

interface Failure {
  status: number
  code: string
}

async function failure(call: () => Promise<unknown>): Promise<Failure | 'succeeded'> {
  try {
    await call()
    return 'succeeded'
  } catch (error) {
    const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } }
    return { status: e.$metadata?.httpStatusCode ?? -1, code: e.Code ?? e.name ?? 'unknown' }
  }
}

const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
}
const ROLE_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }]
}
const ENDPOINT_POLICY = {
  Version: '2008-10-17',
  Statement: [{ Sid: 'OnlyReports', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }]
}

describeIfServer('moto')('moto server on loopback (scripts/local-aws/moto.sh)', () => {
  let moto: MotoServer | undefined
  const destroyers: { destroy: () => void }[] = []

  function server(): MotoServer {
    if (moto === undefined) throw new Error('moto did not start')
    return moto
  }
  function client<C extends { destroy: () => void }>(make: (config: ReturnType<typeof clientConfig>) => C): C {
    const c = make(clientConfig(server()))
    loopbackOnly(c as unknown as Parameters<typeof loopbackOnly>[0])
    destroyers.push(c)
    return c
  }

  beforeAll(async () => {
    const started = Date.now()
    moto = await startMoto()
    console.log(`moto started in ${moto.startSeconds} s (script), ${(Date.now() - started) / 1000} s (from jest)`)
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    for (const c of destroyers) c.destroy()
    const started = Date.now()
    await stopMoto(moto)
    if (moto !== undefined) console.log(`moto stopped in ${(Date.now() - started) / 1000} s`)
  }, SERVER_START_TIMEOUT_MS)

  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
  test('STS GetCallerIdentity names the account and an IAM user ARN', async () => {
    const sts = client((c) => new STSClient(c))
    const id = await sts.send(new GetCallerIdentityCommand({}))
    expect(id.Account).toBe(server().accountId)
    expect(id.Arn).toMatch(new RegExp(`^arn:aws:(iam|sts)::${server().accountId}:`))
    expect(id.UserId).toEqual(expect.any(String))
  })

  // "The policy document returned in this structure is URL-encoded compliant with RFC 3986":
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html
  test('IAM CreateRole / PutRolePolicy / GetRolePolicy returns the URL-encoded document', async () => {
    const iam = client((c) => new IAMClient(c))
    const role = await iam.send(new CreateRoleCommand({ RoleName: 'smoke-role', AssumeRolePolicyDocument: JSON.stringify(TRUST) }))
    expect(role.Role?.Arn).toBe(`arn:aws:iam::${server().accountId}:role/smoke-role`)
    await iam.send(new PutRolePolicyCommand({ RoleName: 'smoke-role', PolicyName: 'read', PolicyDocument: JSON.stringify(ROLE_POLICY) }))
    const got = await iam.send(new GetRolePolicyCommand({ RoleName: 'smoke-role', PolicyName: 'read' }))
    const raw = got.PolicyDocument ?? ''
    expect(raw).toMatch(/%7B|%22/) // encoded, not plain JSON
    expect(JSON.parse(decodeURIComponent(raw))).toEqual(ROLE_POLICY)
  })

  // A key made without a policy gets the default key policy (name "default"):
  // https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
  // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
  test('KMS CreateKey / GetKeyPolicy returns the default key policy granting the account root', async () => {
    const kms = client((c) => new KMSClient(c))
    const key = await kms.send(new CreateKeyCommand({ Description: 'smoke' }))
    const keyId = key.KeyMetadata?.KeyId
    expect(keyId).toEqual(expect.any(String))
    const policy = await kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }))
    const doc = JSON.parse(policy.Policy ?? '{}') as { Statement: { Effect: string; Principal: { AWS: string } }[] }
    expect(doc.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${server().accountId}:root` } })
      ])
    )
  })

  // GetBucketOwnershipControls on a bucket without them: 404 OwnershipControlsNotFoundError.
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketOwnershipControls.html
  // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
  test('S3 GetBucketOwnershipControls: 404 when unset, the rule once set', async () => {
    const s3 = loopbackOnly(new S3Client(s3Config(server())))
    destroyers.push(s3)
    await s3.send(new CreateBucketCommand({ Bucket: 'smoke-ownership' }))
    expect(await failure(() => s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'smoke-ownership' })))).toEqual({
      status: 404,
      code: 'OwnershipControlsNotFoundError'
    })
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: 'smoke-ownership',
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
      })
    )
    const got = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'smoke-ownership' }))
    expect(got.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }])
  })

  // Account-level Block Public Access: 404 NoSuchPublicAccessBlockConfiguration when unset.
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetPublicAccessBlock.html
  // The SDK's endpoint rules put the account id in front of the host ("{AccountId}.host"), also for
  // a custom endpoint: `s3ControlConfig` gives a fixed endpoint provider instead.
  test('S3 Control GetPublicAccessBlock: 404 when unset, the four flags once set', async () => {
    const control = loopbackOnly(new S3ControlClient(s3ControlConfig(server())))
    destroyers.push(control)
    const accountId = server().accountId
    expect(await failure(() => control.send(new GetPublicAccessBlockCommand({ AccountId: accountId })))).toEqual({
      status: 404,
      code: 'NoSuchPublicAccessBlockConfiguration'
    })
    const flags = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true }
    await control.send(new PutPublicAccessBlockCommand({ AccountId: accountId, PublicAccessBlockConfiguration: flags }))
    const got = await control.send(new GetPublicAccessBlockCommand({ AccountId: accountId }))
    expect(got.PublicAccessBlockConfiguration).toEqual(flags)
  })

  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpoint.html
  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
  test('EC2 CreateVpcEndpoint / DescribeVpcEndpoints keeps the endpoint policy', async () => {
    const ec2 = client((c) => new EC2Client(c))
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))
    const vpcId = vpc.Vpc?.VpcId
    expect(vpcId).toMatch(/^vpc-/)
    const created = await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: vpcId,
        ServiceName: `com.amazonaws.${server().region}.s3`,
        VpcEndpointType: 'Gateway',
        PolicyDocument: JSON.stringify(ENDPOINT_POLICY)
      })
    )
    const endpointId = created.VpcEndpoint?.VpcEndpointId
    expect(endpointId).toMatch(/^vpce-/)
    const described = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointId ?? ''] }))
    const endpoint = described.VpcEndpoints?.[0]
    expect(endpoint?.ServiceName).toBe(`com.amazonaws.${server().region}.s3`)
    expect(JSON.parse(endpoint?.PolicyDocument ?? '{}')).toEqual(ENDPOINT_POLICY)
  })

  // https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html
  // https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListRoots.html
  test('Organizations CreateOrganization / ListRoots: one root, this account the management account', async () => {
    const orgs = client((c) => new OrganizationsClient(c))
    const org = await orgs.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }))
    expect(org.Organization?.MasterAccountId).toBe(server().accountId)
    const roots = await orgs.send(new ListRootsCommand({}))
    expect(roots.Roots).toHaveLength(1)
    expect(roots.Roots?.[0]?.Id).toMatch(/^r-[0-9a-z]{4,32}$/)
  })
})
