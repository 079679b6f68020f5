/**
 * Resource-side grants: bucket policies (cross-account), VPC endpoint policies, KMS key policies.
 *
 * [cross]   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 *           ("the identity-based policy ... and the resource-based policy must both allow")
 * [s3-size] https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html ("Bucket policies are limited to 20 KB in size")
 * [vpce]    https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html (gateway endpoints: name principals with aws:PrincipalArn)
 * [kms]     https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * [kms-x]   https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html (both the key policy and
 *           the external account's IAM policy must allow)
 * [mpu]     https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions (multipart SSE-KMS needs kms:Decrypt too)
 * [putkey]  https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html (32 KB; policy name "default")
 */
import type { Fix } from '../../src/fix/types.js'
import type { FixDiagnosis } from '../../src/fix/index.js'
import type { JsonObject, Scenario } from '../../src/scenario/types.js'
import {
  ACCOUNT,
  allow,
  base,
  BUCKET,
  checkFixes,
  crossAccount,
  diagnose,
  doc,
  KEY,
  named,
  objects,
  OTHER,
  OTHER_ROLE,
  rootOf,
  statements,
  variant,
  type Expected
} from './helpers.js'

interface Row {
  name: string
  scenario: Scenario
  expected: Expected[]
  document?: (fix: Fix) => void
  /** Further checks on the whole diagnosis (the reason when none is proven). */
  diagnosis?: (diagnosis: FixDiagnosis) => void
}

const noBucketGrant = variant(crossAccount(), (s) => {
  if (s.bucket !== undefined) s.bucket.policy = doc({ Sid: 'ReadForEveryoneInOrg', ...allow('s3:GetObject', objects, { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' } } }) })
})

const bucketRows: Row[] = [
  {
    name: 'adds a statement naming the other account role, keeping the others (flips)',
    scenario: noBucketGrant,
    expected: [
      {
        strategy: 'bucket-policy-grant',
        target: '/bucket/policy',
        proven: true,
        owner: 'bucket-owner',
        command: /^aws s3api put-bucket-policy --bucket artifacts --policy file:\/\/artifacts-bucket-policy\.json$/
      }
    ],
    document: (fix) => {
      const list = statements(fix.document)
      expect(list).toHaveLength(2)
      expect(list[0]?.Sid).toBe('ReadForEveryoneInOrg')
      expect(list[1]).toEqual({
        Sid: 'AllowVendorCiPutObjectBuilds',
        Effect: 'Allow',
        Principal: { AWS: OTHER_ROLE },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/builds/*`
      })
    }
  },
  {
    name: 'creates the bucket policy when there is none (flips)',
    scenario: variant(crossAccount(), (s) => {
      if (s.bucket !== undefined) delete s.bucket.policy
    }),
    expected: [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true }],
    document: (fix) => expect(fix.document).toEqual({ Version: '2012-10-17', Statement: [statements(fix.document)[0] as JsonObject] })
  },
  {
    name: 'keeps a unique Sid when the wanted one is taken (flips)',
    scenario: variant(crossAccount(), (s) => {
      if (s.bucket !== undefined) s.bucket.policy = doc({ Sid: 'AllowVendorCiPutObjectBuilds', ...allow('s3:GetObject', objects, { Principal: { AWS: OTHER_ROLE } }) })
    }),
    expected: [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true }],
    document: (fix) => expect(statements(fix.document).map((statement) => statement.Sid)).toEqual(['AllowVendorCiPutObjectBuilds', 'AllowVendorCiPutObjectBuilds2'])
  },
  {
    // This row used to pin "still proven, with the warning": a bucket policy AWS refuses is not a fix.
    name: 'a merged bucket policy over 20 KB is not a fix: not proven, with the reason (and the reason none is proven)',
    scenario: variant(crossAccount(), (s) => {
      const filler = Array.from({ length: 200 }, (_, index) =>
        allow('s3:GetObject', `arn:aws:s3:::${BUCKET}/tenant-${String(index).padStart(5, '0')}/*`, { Principal: { AWS: `arn:aws:iam::${OTHER}:role/tenant-reader-${index}` } })
      )
      if (s.bucket !== undefined) s.bucket.policy = doc(...filler)
    }),
    expected: [
      {
        strategy: 'bucket-policy-grant',
        target: '/bucket/policy',
        proven: false,
        rejected: /^AWS would refuse the bucket policy of artifacts: it would be \d+ bytes, over the limit of 20480 for a bucket policy \(20 KB\) \(https:\/\/docs\.aws\.amazon\.com\/AmazonS3\/latest\/userguide\/using-iam-policies\.html\)\.$/
      }
    ],
    diagnosis: (diagnosis) => expect(diagnosis.noFix?.kind).toBe('size-limit')
  },
  {
    name: 'the bucket grant leaves the KMS key policy denying; the chained key policy statement flips it',
    scenario: variant(crossAccount(), (s) => {
      if (s.identity !== undefined) s.identity.policies = [named('vendor-write', allow('s3:PutObject', objects), allow('kms:GenerateDataKey', KEY))]
      if (s.bucket !== undefined) {
        delete s.bucket.policy
        s.bucket.encryption = { algorithm: 'aws:kms', kmsKeyArn: KEY }
      }
      s.kmsKeys = [{ arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: rootOf(ACCOUNT) } })) }]
    }),
    expected: [
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: true, dependsOn: [0], owner: 'key-owner' }
    ]
  }
]

const endpoint = (statement: JsonObject) => [{ id: 'vpce-0example1234567', policy: doc({ Principal: '*', ...statement }) }]

const endpointRows: Row[] = [
  {
    name: 'adds a statement for the role to the endpoint policy (flips)',
    scenario: variant(base(), (s) => {
      s.request.vpcEndpoint = 'vpce-0example1234567'
      s.vpcEndpoints = endpoint(allow('s3:GetObject', 'arn:aws:s3:::os-packages/*'))
    }),
    expected: [
      {
        strategy: 'endpoint-policy-grant',
        target: '/vpcEndpoints/0/policy',
        proven: true,
        owner: 'network-admin',
        command: /^aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0example1234567 --policy-document file:\/\/vpce-0example1234567-policy\.json$/
      }
    ],
    document: (fix) =>
      expect(statements(fix.document)[1]).toEqual({
        Sid: 'AllowCiPutObjectBuilds',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/builds/*`,
        Condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ci' } }
      })
  },
  {
    name: 'the endpoint grant leaves the identity policies denying; the chained identity grant flips it',
    scenario: variant(base(), (s) => {
      s.request.vpcEndpoint = 'vpce-0example1234567'
      s.vpcEndpoints = endpoint(allow('s3:GetObject', 'arn:aws:s3:::os-packages/*'))
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
    }),
    expected: [
      { strategy: 'endpoint-policy-grant', target: '/vpcEndpoints/0/policy', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] }
    ]
  }
]

const kmsUpload = (keyPolicy: JsonObject, identity: JsonObject[] = [allow('s3:PutObject', objects), allow('kms:GenerateDataKey', KEY)]) =>
  variant(crossAccount(), (s) => {
    if (s.identity !== undefined) s.identity.policies = [named('vendor-write', ...identity)]
    if (s.bucket !== undefined) s.bucket.encryption = { algorithm: 'aws:kms', kmsKeyArn: KEY }
    s.kmsKeys = [{ arn: KEY, policy: keyPolicy }]
  })
const rootOnly = doc(allow('kms:*', '*', { Principal: { AWS: rootOf(ACCOUNT) } }))

const kmsRows: Row[] = [
  {
    name: 'names the other account role in the key policy, Resource "*", through S3 only (flips)',
    scenario: kmsUpload(rootOnly),
    expected: [
      {
        strategy: 'key-policy-grant',
        target: '/kmsKeys/0/policy',
        proven: true,
        owner: 'key-owner',
        command: /^aws kms put-key-policy --key-id arn:aws:kms:us-east-1:111122223333:key\/1111-2222 --policy-name default --policy file:\/\/key-policy-1111-2222\.json$/
      }
    ],
    document: (fix) =>
      expect(statements(fix.document)[1]).toEqual({
        Sid: 'AllowVendorCiGenerateDataKeyViaS3',
        Effect: 'Allow',
        Principal: { AWS: OTHER_ROLE },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
      })
  },
  {
    name: 'same account, key policy without the statement enabling IAM policies (flips)',
    scenario: variant(base(), (s) => {
      if (s.identity !== undefined) s.identity.policies = [named('ci-write', allow('s3:PutObject', objects), allow('kms:GenerateDataKey', KEY))]
      s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', encryption: { algorithm: 'aws:kms', kmsKeyArn: KEY } }
      s.kmsKeys = [{ arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/kms-admin` } })) }]
    }),
    expected: [{ strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: true }],
    document: (fix) => expect(fix.explanation).toMatch(/Enable IAM User Permissions/)
  },
  {
    name: 'the key policy grant leaves the caller own policies without the kms: action; the chained identity grant flips it',
    scenario: kmsUpload(rootOnly, [allow('s3:PutObject', objects)]),
    expected: [
      { strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0], owner: 'pipeline-role-owner' }
    ]
  },
  {
    name: 'a multipart upload needs kms:Decrypt as well: two key policy statements, chained',
    scenario: variant(kmsUpload(rootOnly, [allow('s3:PutObject', objects), allow(['kms:GenerateDataKey', 'kms:Decrypt'], KEY)]), (s) => {
      s.request.operation = 'CompleteMultipartUpload'
    }),
    expected: [
      { strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: true, dependsOn: [0] }
    ]
  }
]

describe.each([
  ['bucket policies', bucketRows],
  ['VPC endpoint policies', endpointRows],
  ['KMS key policies', kmsRows]
])('%s', (_layer, rows) => {
  test.each(rows)('$name', ({ scenario, expected, document, diagnosis: checkDiagnosis }) => {
    const { verdict, fixes, diagnosis } = diagnose(scenario)
    expect(verdict.decision).toBe('deny')
    checkFixes(scenario, fixes, expected)
    if (document !== undefined) document(fixes[0] as Fix)
    if (checkDiagnosis !== undefined) checkDiagnosis(diagnosis)
  })
})

test('an unsigned request gets no bucket policy grant: making data public is not a fix', () => {
  const scenario = variant(base(), (s) => {
    s.request.principal = 'anonymous'
    s.request.action = 's3:GetObject'
    delete s.identity
  })
  const { diagnosis } = diagnose(scenario)
  expect(diagnosis.fixes).toEqual([])
  expect(diagnosis.noFix?.kind).toBe('anonymous-caller')
})

test('an unreadable key policy is assumed to grant: only the identity side is fixed, the key policy is not rewritten', () => {
  const scenario = variant(kmsUpload(rootOnly), (s) => {
    s.kmsKeys = [{ arn: KEY, policy: { unreadable: 'AccessDeniedException: not allowed kms:GetKeyPolicy' } }]
    if (s.identity !== undefined) s.identity.policies = [named('vendor-write', allow('s3:PutObject', objects))]
  })
  const { verdict, fixes } = diagnose(scenario)
  // The unreadable key policy is assumed to grant; the identity side is what denies, and that is fixable.
  expect(verdict.denial?.policyType).toBe('identity-based-policy')
  expect(fixes.map((fix) => fix.target)).toEqual(['/identity/policies/0/document'])
})
