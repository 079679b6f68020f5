/**
 * How one side decides: what the scenario holds for each expectation, and when an unknown value
 * leaves the decision open (it is `unknown`, with the value named) rather than guessed.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 *   (an explicit deny decides whatever else the request meets: it is decided even when other documents are unknown)
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   (FullAWSAccess is attached when SCPs are enabled: a plan's deny-only SCP sits beside it)
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html (RCPFullAWSAccess)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 *   (RestrictPublicBuckets matters only to a public policy; BlockPublicAcls to requests with public ACLs)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html (BucketOwnerEnforced rejects ACLs)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html (uploads to a default SSE-KMS bucket need kms:GenerateDataKey)
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (a key without a policy: the account root, so IAM policies)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html (both accounts must allow)
 */
import { review } from '../../src/review/review.js'
import { policySetFromTemplate } from '../../src/review/cloudformation.js'
import { policySetFromPlan } from '../../src/review/terraform.js'
import type { PolicySet, ReviewResult } from '../../src/review/types.js'
import { ACCOUNT, CI, doc, expectations, plan, type Change } from './helpers.js'

const BUCKET = 'artifacts'
const ARN = `arn:aws:s3:::${BUCKET}`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/abcd`
const write = { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `${ARN}/*` }
const useKey = { Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: KEY }
const text = (...statements: Record<string, unknown>[]): string => JSON.stringify(doc(...statements))

const ciRole: Change[] = [
  { address: 'aws_iam_role.ci', after: { name: 'ci-deploy', path: '/' } },
  { address: 'aws_iam_role_policy.ci', after: { name: 'write', role: 'ci-deploy', policy: text(write, useKey) } }
]
const bucket: Change[] = [{ address: 'aws_s3_bucket.b', after: { bucket: BUCKET } }]

function decide(changes: Change[], entry: Record<string, unknown>, extra: Record<string, unknown> = {}): ReviewResult {
  const set = policySetFromPlan(plan(changes), 'after')
  return decideOn(set, entry, extra)
}

function decideOn(set: PolicySet, entry: Record<string, unknown>, extra: Record<string, unknown> = {}): ReviewResult {
  const file = expectations([{ name: 'e', principal: CI, action: 's3:PutObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow', ...entry }], extra)
  const result = review(file, set, set).results[0]
  if (result === undefined) throw new Error('no result')
  return result
}

describe('roles and buckets the source does not define', () => {
  const rows: [string, Change[], Record<string, unknown>, string, RegExp | null][] = [
    ['both defined: decided', [...ciRole, ...bucket], {}, 'allow', null],
    ['the role is not defined: its policies are unknown', bucket, {}, 'unknown', /^role ci-deploy is not defined in the Terraform plan \(after\)$/],
    [
      'the role is not defined, but the bucket policy denies explicitly: decided',
      [...bucket, { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Sid: 'NoUploads', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `${ARN}/*` }) } }],
      {},
      'deny',
      null
    ],
    ['the bucket is not defined: its policy and settings are unknown', ciRole, {}, 'unknown', /^bucket artifacts is not defined in the Terraform plan \(after\)$/],
    [
      'a role whose name is known only after apply may be the one',
      [...bucket, { address: 'aws_iam_role.x', after: {}, unknown: { name: true } }],
      {},
      'unknown',
      /role ci-deploy is not defined .* \(it may be one of: aws_iam_role\.x: name is known only after apply\)/
    ],
    [
      'two roles with the name: ambiguous',
      [...bucket, ...ciRole, { address: 'module.other.aws_iam_role.ci', after: { name: 'ci-deploy' } }],
      {},
      'unknown',
      /role ci-deploy is defined 2 times/
    ],
    ['an IAM user: only roles are read', [...bucket], { principal: `arn:aws:iam::${ACCOUNT}:user/deployer` }, 'unknown', /the policies of arn:aws:iam::111122223333:user\/deployer are not read/]
  ]
  test.each(rows)('%s', (_name, changes, entry, head, reason) => {
    const result = decide(changes, entry)
    expect(result.head).toBe(head)
    if (reason === null) expect(result.unknown.head).toEqual([])
    else expect(result.unknown.head.join('; ')).toMatch(reason)
  })
})

describe('unknown settings matter only where they can change the outcome', () => {
  const publicRead = { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/public/*` }
  const rows: [string, Change[], Record<string, unknown>, string][] = [
    [
      'Block Public Access unknown, the bucket policy public, an anonymous read: cannot decide',
      [...bucket, { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text(publicRead) } }, { address: 'aws_s3_bucket_public_access_block.b', after: { bucket: BUCKET }, unknown: { block_public_policy: true } }],
      { principal: 'anonymous', action: 's3:GetObject', key: 'public/a.txt' },
      'unknown'
    ],
    [
      'Block Public Access unknown, the bucket policy not public: decided',
      [...ciRole, ...bucket, { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 's3:GetObject', Resource: `${ARN}/*` }) } }, { address: 'aws_s3_bucket_public_access_block.b', after: { bucket: BUCKET }, unknown: { block_public_policy: true } }],
      {},
      'allow'
    ],
    [
      'Block Public Access known (RestrictPublicBuckets on): the anonymous read is cut off',
      [...bucket, { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text(publicRead) } }, { address: 'aws_s3_bucket_public_access_block.b', after: { bucket: BUCKET, block_public_acls: true, block_public_policy: false, ignore_public_acls: true, restrict_public_buckets: true } }],
      { principal: 'anonymous', action: 's3:GetObject', key: 'public/a.txt', expect: 'deny' },
      'deny'
    ],
    [
      'Object Ownership unknown and the upload sends an ACL: cannot decide',
      [...ciRole, ...bucket, { address: 'aws_s3_bucket_ownership_controls.b', after: { bucket: BUCKET, rule: [{}] }, unknown: { rule: [{ object_ownership: true }] } }],
      { headers: { 'x-amz-acl': 'bucket-owner-read' } },
      'unknown'
    ],
    ['Object Ownership unknown, no ACL: decided', [...ciRole, ...bucket, { address: 'aws_s3_bucket_ownership_controls.b', after: { bucket: BUCKET, rule: [{}] }, unknown: { rule: [{ object_ownership: true }] } }], {}, 'allow'],
    [
      'BucketOwnerEnforced and an ACL other than bucket-owner-full-control: denied (400)',
      [...ciRole, ...bucket, { address: 'aws_s3_bucket_ownership_controls.b', after: { bucket: BUCKET, rule: [{ object_ownership: 'BucketOwnerEnforced' }] } }],
      { headers: { 'x-amz-acl': 'bucket-owner-read' } },
      'deny'
    ]
  ]
  test.each(rows)('%s', (_name, changes, entry, head) => {
    expect(decide(changes, entry).head).toBe(head)
  })
})

describe('default encryption and the key policy', () => {
  const sse = (key: string | null, unknown = false): Change => ({
    address: 'aws_s3_bucket_server_side_encryption_configuration.b',
    after: { bucket: BUCKET, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', ...(key === null ? {} : { kms_master_key_id: key }) }] }] },
    ...(unknown ? { unknown: { rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] } } : {})
  })
  const key = (policy: Record<string, unknown>[] | null): Change => ({ address: 'aws_kms_key.k', after: { arn: KEY, key_id: 'abcd', ...(policy === null ? {} : { policy: text(...policy) }) } })
  const root = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }
  const rows: [string, Change[], Record<string, unknown>, string, string][] = [
    ['the key policy delegates to IAM and the role may use the key', [...ciRole, ...bucket, sse(KEY), key([root])], {}, 'allow', ''],
    ['the key policy denies the role explicitly', [...ciRole, ...bucket, sse(KEY), key([root, { Sid: 'NoCi', Effect: 'Deny', Principal: '*', Action: 'kms:GenerateDataKey', Resource: '*' }])], {}, 'deny', 'NoCi'],
    ['the key is not defined in the plan: cannot decide', [...ciRole, ...bucket, sse(KEY)], {}, 'unknown', ''],
    ['the key has no policy in the source: the default key policy applies', [...ciRole, ...bucket, sse(KEY), key(null)], {}, 'allow', ''],
    ['the default key is known only after apply: cannot decide the upload', [...ciRole, ...bucket, sse(null, true)], {}, 'unknown', ''],
    ['...but an upload that asks for SSE-S3 does not use it', [...ciRole, ...bucket, sse(null, true)], { headers: { 'x-amz-server-side-encryption': 'AES256' } }, 'allow', ''],
    ['aws:kms without a key id is the AWS managed key aws/s3', [...ciRole, ...bucket, sse(null)], {}, 'allow', ''],
    ['a download of an object under the default key needs kms:Decrypt', [...bucket, sse(KEY), key([root]), { address: 'aws_iam_role.ci', after: { name: 'ci-deploy' } }, { address: 'aws_iam_role_policy.ci', after: { role: 'ci-deploy', policy: text(write) } }], { action: 's3:GetObject' }, 'deny', '']
  ]
  test.each(rows)('%s', (_name, changes, entry, head, statement) => {
    const result = decide(changes, entry)
    expect(result.head).toBe(head)
    if (statement !== '') expect(result.denial?.statement).toBe(statement)
  })

  test('the download says which key it assumes the object has', () => {
    const result = decide([...ciRole, ...bucket, sse(KEY), key([root])], { action: 's3:GetObject' })
    expect(result.notes).toEqual([`assumes builds/app.zip is encrypted with the bucket's default key ${KEY}`])
  })
})

describe('organization policies, endpoints and accounts', () => {
  const rows: [string, Change[], Record<string, unknown>, Record<string, unknown>, string][] = [
    [
      "a deny-only SCP from the plan sits beside FullAWSAccess: it denies only what it denies",
      [...ciRole, ...bucket, { address: 'aws_organizations_policy.g', after: { name: 'guard', content: text({ Sid: 'NoDeletes', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }) } }],
      {},
      {},
      'allow'
    ],
    [
      'the SCP denies the action, attached to the caller\'s account',
      [
        ...ciRole,
        ...bucket,
        { address: 'aws_organizations_policy.g', after: { id: 'p-guard001', name: 'guard', content: text({ Sid: 'NoUploads', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }) } },
        { address: 'aws_organizations_policy_attachment.g', after: { policy_id: 'p-guard001', target_id: ACCOUNT } }
      ],
      {},
      {},
      'deny'
    ],
    [
      'the same SCP attached nowhere applies to nobody',
      [...ciRole, ...bucket, { address: 'aws_organizations_policy.g', after: { id: 'p-guard001', name: 'guard', content: text({ Sid: 'NoUploads', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }) } }],
      {},
      {},
      'allow'
    ],
    [
      'an RCP from the plan sits beside RCPFullAWSAccess',
      [...ciRole, ...bucket, { address: 'aws_organizations_policy.r', after: { name: 'rcp', type: 'RESOURCE_CONTROL_POLICY', content: text({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalAccount': ACCOUNT } } }) } }],
      {},
      {},
      'allow'
    ],
    [
      'through an endpoint whose policy does not allow the bucket',
      [...ciRole, ...bucket, { address: 'aws_vpc_endpoint.s3', after: { id: 'vpce-0abc', policy: text({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::mirror/*' }) } }],
      { vpcEndpoint: 'vpce-0abc' },
      {},
      'deny'
    ],
    [
      'aws:SourceVpce in the context puts the request through that endpoint',
      [...ciRole, ...bucket, { address: 'aws_vpc_endpoint.s3', after: { id: 'vpce-0abc', policy: text({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::mirror/*' }) } }],
      { context: { 'aws:SourceVpce': 'vpce-0abc' } },
      {},
      'deny'
    ],
    ['an endpoint the plan does not define is taken as absent', [...ciRole, ...bucket], { vpcEndpoint: 'vpce-0other' }, {}, 'allow'],
    [
      'an endpoint whose id is known only after apply may be the one, and its policy would deny',
      [...ciRole, ...bucket, { address: 'aws_vpc_endpoint.s3', after: { policy: text({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::mirror/*' }) }, unknown: { id: true } }],
      { vpcEndpoint: 'vpce-0other' },
      {},
      'unknown'
    ],
    // Being that endpoint or not changes nothing when its policy (here the default one) allows the request.
    ['an endpoint whose id is known only after apply, with the default policy: decided', [...ciRole, ...bucket, { address: 'aws_vpc_endpoint.s3', after: {}, unknown: { id: true } }], { vpcEndpoint: 'vpce-0other' }, {}, 'allow'],
    ['a bucket of another account: the bucket policy must grant too', [...ciRole, ...bucket], {}, { 'bucket-accounts': { [BUCKET]: '444455556666' } }, 'deny'],
    [
      'a bucket of another account that grants the role',
      [...ciRole, ...bucket, { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ci-deploy` }, Action: 's3:PutObject', Resource: `${ARN}/*` }) } }],
      {},
      { 'bucket-accounts': { [BUCKET]: '444455556666' } },
      'allow'
    ]
  ]
  test.each(rows)('%s', (_name, changes, entry, extra, head) => {
    expect(decide(changes, entry, extra).head).toBe(head)
  })

  const endpointTemplate = (resource: string): PolicySet =>
    policySetFromTemplate(
      {
        Resources: {
          Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: BUCKET } },
          Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'ci-deploy', Policies: [{ PolicyName: 'w', PolicyDocument: doc(write) }] } },
          Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: { PolicyDocument: doc({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: resource }) } }
        }
      },
      { parameters: {} }
    )

  test('a CloudFormation endpoint (id generated) whose policy would deny the request makes it undecidable', () => {
    const result = decideOn(endpointTemplate('arn:aws:s3:::mirror/*'), { vpcEndpoint: 'vpce-0abc' })
    expect(result.head).toBe('unknown')
    expect(result.unknown.head).toHaveLength(1)
    expect(result.unknown.head[0]).toMatch(/endpoint vpce-0abc is not among the endpoints .* the id CloudFormation generates for VPC endpoint Endpoint/)
  })

  test('a CloudFormation endpoint (id generated) whose policy allows the request changes nothing: decided', () => {
    const result = decideOn(endpointTemplate('*'), { vpcEndpoint: 'vpce-0abc' })
    expect(result).toMatchObject({ head: 'allow', unknown: { head: [] } })
  })
})

describe('a service principal as the expected caller (CloudFront origin access control)', () => {
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html:
  // the bucket policy grants cloudfront.amazonaws.com, limited to one distribution by aws:SourceArn.
  const DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/EDFDVBD6EXAMPLE`
  const oac = (sourceArn: string): Change[] => [
    ...bucket,
    {
      address: 'aws_s3_bucket_policy.b',
      after: {
        bucket: BUCKET,
        policy: text({ Sid: 'CloudFrontReads', Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'AWS:SourceArn': sourceArn } } })
      }
    }
  ]
  const entry = { principal: 'cloudfront.amazonaws.com', action: 's3:GetObject', key: 'site/index.html', context: { 'aws:SourceArn': DISTRIBUTION } }

  test('the bucket policy alone decides: allowed for the distribution it names', () => {
    expect(decide(oac(DISTRIBUTION), entry).head).toBe('allow')
  })
  test('a policy that names another distribution denies it', () => {
    const result = decide(oac(`arn:aws:cloudfront::${ACCOUNT}:distribution/EOTHER0EXAMPLE`), entry)
    expect(result.head).toBe('deny')
    expect(result.denial?.policyType).toBe('resource-based-policy')
  })
})
