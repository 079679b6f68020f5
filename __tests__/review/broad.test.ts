/**
 * Broad grants a change introduces, and what Block Public Access does about public ones.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 *   (when a policy is public: a wildcard principal without a condition fixing aws:SourceIp, aws:SourceVpce,
 *   aws:PrincipalOrgID...)
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html
 *   (BlockPublicPolicy: "Amazon S3 ... reject calls to PUT Bucket policy if the specified bucket policy allows
 *   public access"; RestrictPublicBuckets: only AWS service principals and authorized users in the bucket
 *   owner's account keep access granted by a public policy; the most restrictive of bucket and account applies)
 */
import { newBroadGrants } from '../../src/review/broad.js'
import { policySetFromPlan } from '../../src/review/terraform.js'
import type { BroadGrant } from '../../src/review/types.js'
import { ACCOUNT, doc, plan, type Change } from './helpers.js'

const ARN = 'arn:aws:s3:::b'
const text = (...statements: Record<string, unknown>[]): string => JSON.stringify(doc(...statements))
const bucketPolicy = (...statements: Record<string, unknown>[]): Change => ({ address: 'aws_s3_bucket_policy.b', after: { bucket: 'b', policy: text(...statements) } })
const roleWith = (...statements: Record<string, unknown>[]): Change[] => [
  { address: 'aws_iam_role.r', after: { name: 'ci' } },
  { address: 'aws_iam_role_policy.p', after: { name: 'p', role: 'ci', policy: text(...statements) } }
]
const block = (settings: Record<string, unknown> | 'unknown'): Change =>
  settings === 'unknown'
    ? { address: 'aws_s3_bucket_public_access_block.b', after: { bucket: 'b' }, unknown: { block_public_policy: true } }
    : { address: 'aws_s3_bucket_public_access_block.b', after: { bucket: 'b', block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false, ...settings } }

function grants(base: Change[], head: Change[]): BroadGrant[] {
  return newBroadGrants(policySetFromPlan(plan(base), 'after'), policySetFromPlan(plan(head), 'after'))
}

const publicRead = { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` }

describe('wildcard principals in bucket policies', () => {
  const rows: [string, Change[], Partial<BroadGrant>][] = [
    ['public, no Block Public Access in the source', [bucketPolicy(publicRead)], { kind: 'wildcard-principal', public: true, blockPublicAccess: 'does-not-stop' }],
    ['public, BlockPublicPolicy on: S3 rejects the policy', [bucketPolicy(publicRead), block({ block_public_policy: true })], { public: true, blockPublicAccess: 'stops' }],
    ['public, RestrictPublicBuckets on: limited to the owner account', [bucketPolicy(publicRead), block({ restrict_public_buckets: true })], { public: true, blockPublicAccess: 'restricts' }],
    [
      'public, the account level blocks public policies',
      [bucketPolicy(publicRead), { address: 'aws_s3_account_public_access_block.a', after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true } }],
      { public: true, blockPublicAccess: 'stops' }
    ],
    ['public, Block Public Access unknown', [bucketPolicy(publicRead), block('unknown')], { public: true, blockPublicAccess: 'unknown' }],
    [
      'a wildcard fixed by aws:SourceVpce is not public (Block Public Access does not apply)',
      [bucketPolicy({ ...publicRead, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc' } } })],
      { kind: 'wildcard-principal', public: false }
    ],
    ['{"AWS": "*"} is a wildcard too', [bucketPolicy({ ...publicRead, Principal: { AWS: '*' } })], { kind: 'wildcard-principal', public: true }]
  ]
  test.each(rows)('%s', (_name, head, expected) => {
    const found = grants([], head)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ statement: 'PublicRead', origin: 'aws_s3_bucket_policy.b', ...expected })
    if (expected.public === false) expect(found[0]?.blockPublicAccess).toBeUndefined()
  })
})

describe('every action, every resource', () => {
  const rows: [string, Change[], Partial<BroadGrant>[]][] = [
    ['s3:* in a bucket policy', [bucketPolicy({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 's3:*', Resource: [ARN, `${ARN}/*`] })], [{ kind: 'all-actions', statement: 'Partner' }]],
    ['"*" in an identity policy, on "*"', roleWith({ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }), [{ kind: 'all-actions', statement: 'Admin' }, { kind: 'all-resources', statement: 'Admin' }]],
    ['S3 actions on "Resource": "*" in an identity policy', roleWith({ Sid: 'AnyBucket', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), [{ kind: 'all-resources', statement: 'AnyBucket' }]],
    ['a NotAction Allow allows every other action', roleWith({ Sid: 'AllButIam', Effect: 'Allow', NotAction: 'iam:*', Resource: `${ARN}/*` }), [{ kind: 'all-actions', statement: 'AllButIam' }]],
    ['NotResource with S3 actions', roleWith({ Sid: 'AllButOne', Effect: 'Allow', Action: 's3:GetObject', NotResource: `${ARN}/secret/*` }), [{ kind: 'all-resources', statement: 'AllButOne' }]],
    ['kms:* on "*" is not an S3 grant on every resource', roleWith({ Sid: 'Keys', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), []],
    ['a Deny is never a grant', [bucketPolicy({ Sid: 'NoTls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })], []],
    [
      'a key policy with a wildcard principal',
      [{ address: 'aws_kms_key.k', after: { arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/abcd`, policy: text({ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }) } }],
      [{ kind: 'wildcard-principal', statement: 'Everyone', policy: `key policy of arn:aws:kms:us-east-1:${ACCOUNT}:key/abcd` }]
    ]
  ]
  test.each(rows)('%s', (_name, head, expected) => {
    expect(grants([], head).map((grant) => ({ kind: grant.kind, statement: grant.statement, ...(expected.some((item) => 'policy' in item) ? { policy: grant.policy } : {}) }))).toEqual(expected)
  })
})

describe('only what the change introduces', () => {
  test('a statement the base already has is not new, whatever its key order or position', () => {
    const reordered = { Resource: `${ARN}/*`, Action: 's3:GetObject', Principal: '*', Effect: 'Allow', Sid: 'PublicRead' }
    const other = { Sid: 'Other', Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: ARN }
    expect(grants([bucketPolicy(publicRead)], [bucketPolicy(other, reordered)])).toEqual([])
  })
  test('the same statement in another bucket is new', () => {
    const elsewhere: Change = { address: 'aws_s3_bucket_policy.c', after: { bucket: 'c', policy: text(publicRead) } }
    expect(grants([bucketPolicy(publicRead)], [bucketPolicy(publicRead), elsewhere]).map((grant) => grant.policy)).toEqual(['bucket policy of c'])
  })
  test('a managed policy attached to a role is reported once', () => {
    const head: Change[] = [
      { address: 'aws_iam_role.r', after: { name: 'ci' } },
      { address: 'aws_iam_policy.m', after: { arn: `arn:aws:iam::${ACCOUNT}:policy/m`, name: 'm', path: '/', policy: text({ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: `${ARN}/*` }) } },
      { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: `arn:aws:iam::${ACCOUNT}:policy/m` } }
    ]
    expect(grants([], head).map((grant) => [grant.kind, grant.policy])).toEqual([['all-actions', 'managed policy m']])
  })
  test('Block Public Access settings turned off, or removed with their resource', () => {
    const on = block({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true })
    expect(grants([on], [block({ block_public_acls: true, ignore_public_acls: true, restrict_public_buckets: true })]).map((grant) => [grant.kind, grant.statement, grant.detail])).toEqual([
      ['block-public-access-off', 'BlockPublicPolicy', 'the change turns BlockPublicPolicy off']
    ])
    expect(grants([on, { address: 'aws_s3_bucket.b', after: { bucket: 'b' } }], [{ address: 'aws_s3_bucket.b', after: { bucket: 'b' } }]).map((grant) => grant.statement)).toEqual([
      'BlockPublicAcls',
      'IgnorePublicAcls',
      'BlockPublicPolicy',
      'RestrictPublicBuckets'
    ])
  })
})

describe('permissions boundaries grant nothing', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
  //   ("A permissions boundary ... does not grant permissions on its own")
  const boundary = { address: 'aws_iam_policy.boundary', after: { arn: `arn:aws:iam::${ACCOUNT}:policy/boundary`, name: 'boundary', path: '/', policy: text({ Sid: 'Everything', Effect: 'Allow', Action: 's3:*', Resource: '*' }) } }
  test('Resource "*" in a managed policy used only as a boundary is no broad grant', () => {
    const role = { address: 'aws_iam_role.r', after: { name: 'ci', permissions_boundary: `arn:aws:iam::${ACCOUNT}:policy/boundary` } }
    expect(grants([], [boundary, role])).toEqual([])
  })
  test('...but the same policy attached as an identity policy is', () => {
    const role = { address: 'aws_iam_role.r', after: { name: 'ci' } }
    const attachment = { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: `arn:aws:iam::${ACCOUNT}:policy/boundary` } }
    expect(grants([], [boundary, role, attachment]).map((grant) => grant.kind)).toEqual(['all-actions', 'all-resources'])
  })
})
