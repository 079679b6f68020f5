/**
 * S3 settings and rules: Block Public Access, Object Ownership, object ACLs, Object Lock, Requester
 * Pays, the 403-for-a-missing-key; and organization guard-rails (SCPs, RCPs). Safe option first.
 *
 * [bpa]     https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html ("the most restrictive
 *           combination" of bucket and account settings)
 * [own]     https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html (BucketOwnerEnforced accepts only
 *           bucket-owner-full-control or no ACL)
 * [own-err] https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
 * [lock]    https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html (legal hold; governance bypass; compliance)
 * [payer]   https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html (anonymous access is not allowed)
 * [head]    https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html (404 only with s3:ListBucket, else 403)
 * [scp]     https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html (every level must allow)
 * [rcp]     https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html (Allow only in
 *           RCPFullAWSAccess, which cannot be detached)
 */
import type { Fix } from '../../src/fix/types.js'
import type { Scenario } from '../../src/scenario/types.js'
import {
  ACCOUNT,
  allow,
  base,
  BUCKET,
  checkFixes,
  crossAccount,
  deny,
  diagnose,
  doc,
  named,
  objects,
  OTHER,
  OTHER_ROLE,
  ROLE,
  rootOf,
  statements,
  variant,
  type Expected
} from './helpers.js'

interface Row {
  name: string
  scenario: Scenario
  expected: Expected[]
  check?: (fixes: Fix[]) => void
}

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }

const publicUpload = (bucketLevel: boolean, accountLevel: boolean) =>
  variant(base(), (s) => {
    s.request.headers = { 'x-amz-acl': 'public-read' }
    if (s.identity !== undefined) s.identity.policies = [named('ci-write', allow(['s3:PutObject', 's3:PutObjectAcl'], objects))]
    s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', objectOwnership: 'ObjectWriter' }
    if (bucketLevel) s.bucket.publicAccessBlock = { ...ALL_ON }
    if (accountLevel) s.bucket.accountPublicAccessBlock = { ...ALL_ON }
  })

const publicSite = variant(base(), (s) => {
  s.request.principal = 'anonymous'
  s.request.action = 's3:GetObject'
  delete s.identity
  s.bucket = {
    name: BUCKET,
    account: ACCOUNT,
    region: 'us-east-1',
    policy: doc(allow('s3:GetObject', objects, { Principal: '*' })),
    publicAccessBlock: { RestrictPublicBuckets: true },
    accountPublicAccessBlock: { RestrictPublicBuckets: true }
  }
})

const blockPublicAccessRows: Row[] = [
  {
    name: 'a public ACL under BlockPublicAcls: upload without it first, the setting second (both flip)',
    scenario: publicUpload(true, false),
    expected: [
      { strategy: 'request-change', target: '/request/headers', proven: true, owner: 'workflow-author' },
      {
        strategy: 's3-setting',
        target: '/bucket/publicAccessBlock',
        proven: true,
        owner: 'bucket-owner',
        command: /^aws s3api put-public-access-block --bucket artifacts --public-access-block-configuration file:\/\/artifacts-public-access-block\.json$/
      }
    ],
    check: (fixes) => {
      // The file is S3's PublicAccessBlockConfiguration, the other settings kept; the setting is a clearly marked last resort.
      expect(fixes[1]?.file).toEqual({ name: 'artifacts-public-access-block.json', content: { ...ALL_ON, BlockPublicAcls: false } })
      expect(fixes[1]?.title).toMatch(/^Last resort: turn off BlockPublicAcls on artifacts$/)
      expect(fixes[1]?.explanation).toMatch(/^This lifts a guard-rail: make it a deliberate decision/)
    }
  },
  {
    name: 'BlockPublicAcls on at both levels: the bucket change leaves the account setting denying; the account change completes it',
    scenario: publicUpload(true, true),
    expected: [
      { strategy: 'request-change', target: '/request/headers', proven: true },
      { strategy: 's3-setting', target: '/bucket/publicAccessBlock', proven: false, stillDeniedBy: 'block-public-access' },
      {
        strategy: 's3-setting',
        target: '/bucket/accountPublicAccessBlock',
        proven: true,
        dependsOn: [1],
        // The account's setting: an administrator of the bucket owner's account, not "the caller's account".
        owner: 'bucket-account-admin',
        command: /^aws s3control put-public-access-block --account-id 111122223333 --public-access-block-configuration file:\/\/account-111122223333-public-access-block\.json$/
      }
    ],
    check: (fixes) => expect(fixes[2]?.title).toBe('Last resort: turn off BlockPublicAcls for every bucket of account 111122223333')
  },
  {
    name: 'RestrictPublicBuckets cuts off an anonymous reader: first keep BPA on and serve through CloudFront (the public statement becomes the distribution\'s grant, then CloudFront is the caller), or fix the public statement to the reader; turning BPA off last (all flip)',
    scenario: publicSite,
    expected: [
      // [cf] The two CloudFront changes go together: the policy alone leaves the unsigned request denied, on purpose.
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: false, stillDeniedBy: 'resource-based-policy', owner: 'bucket-owner' },
      { strategy: 'request-change', target: '/request', proven: true, dependsOn: [0], command: /^aws cloudfront create-origin-access-control --origin-access-control-config Name=artifacts-oac,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3$/ },
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true, owner: 'bucket-owner', command: /^aws s3api put-bucket-policy --bucket artifacts --policy file:\/\/artifacts-bucket-policy\.json$/ },
      { strategy: 's3-setting', target: '/bucket/publicAccessBlock', proven: false, stillDeniedBy: 'block-public-access' },
      { strategy: 's3-setting', target: '/bucket/accountPublicAccessBlock', proven: true, dependsOn: [3], owner: 'bucket-account-admin' }
    ],
    check: (fixes) => {
      // The public statement becomes the grant to one distribution: Principal cloudfront.amazonaws.com and AWS:SourceArn, same action and resource.
      const distribution = 'arn:aws:cloudfront::111122223333:distribution/DISTRIBUTION_ID'
      expect(statements(fixes[0]?.document)).toEqual([
        allow('s3:GetObject', objects, { Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceArn': distribution } } })
      ])
      expect(fixes[0]?.explanation).toMatch(/Unsigned requests straight to S3 stay denied/)
      // The request proven is the distribution's own, signed as the service principal; the viewer's address is not in it.
      const request = fixes[1]?.document as Record<string, unknown>
      expect(request.principal).toBe('cloudfront.amazonaws.com')
      expect(request.context).toEqual({ 'aws:SecureTransport': 'true', 'aws:CurrentTime': '2026-01-15T09:30:00Z', 'aws:SourceArn': distribution, 'aws:SourceAccount': ACCOUNT })
      expect(fixes[1]?.explanation).toMatch(/^This changes who calls S3/)
      // The public statement now names the reader's address, so the policy is no longer public; BPA stays on everywhere.
      expect(statements(fixes[2]?.document)).toEqual([allow('s3:GetObject', objects, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.7/32' } } })])
      expect(fixes[2]?.title).toBe('Keep Block Public Access on: limit the public statement #0 to unsigned requests from 198.51.100.7/32')
      expect(fixes[2]?.explanation).toMatch(/CloudFront with origin access control/)
      expect(fixes[2]?.explanation).toMatch(/GitHub-hosted runners change/)
      expect(fixes[3]?.title).toMatch(/^Last resort: /)
      expect(fixes[4]?.title).toMatch(/^Last resort: turn off RestrictPublicBuckets for every bucket of account 111122223333$/)
      expect(fixes[4]?.explanation).toMatch(/anonymous callers included/)
    }
  },
  {
    name: 'IgnorePublicAcls sets aside a public-read object ACL: a CloudFront grant is added (the unsigned request still denied after it alone), then CloudFront is the caller; turning IgnorePublicAcls off last (both flip)',
    scenario: variant(publicSite, (s) => {
      if (s.bucket === undefined) return
      delete s.bucket.policy
      s.bucket.publicAccessBlock = { IgnorePublicAcls: true }
      delete s.bucket.accountPublicAccessBlock
      s.bucket.objects = {
        'builds/app.zip': { exists: true, owner: ACCOUNT, acl: { owner: ACCOUNT, grants: [{ grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }, permission: 'READ' }] } }
      }
    }),
    expected: [
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: false, stillDeniedBy: 'block-public-access' },
      { strategy: 'request-change', target: '/request', proven: true, dependsOn: [0] },
      { strategy: 's3-setting', target: '/bucket/publicAccessBlock', proven: true, owner: 'bucket-owner' }
    ],
    check: (fixes) => {
      // A new policy with one statement: s3:GetObject under the key's prefix, for the distribution only.
      expect(statements(fixes[0]?.document)).toEqual([
        {
          Sid: 'AllowCloudFrontServicePrincipalReadOnly',
          ...allow('s3:GetObject', `arn:aws:s3:::${BUCKET}/builds/*`, {
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/DISTRIBUTION_ID' } }
          })
        }
      ])
      expect(fixes[0]?.explanation).toMatch(/^Creates the bucket policy with statement AllowCloudFrontServicePrincipalReadOnly/)
    }
  },
  {
    name: 'RestrictPublicBuckets cuts off a cross-account role: first fix the public statement to that role (aws:PrincipalArn), then the setting (both flip)',
    scenario: variant(crossAccount(), (s) => {
      if (s.bucket !== undefined) {
        s.bucket.policy = doc(allow('s3:PutObject', objects, { Sid: 'AnyoneMayUpload', Principal: '*' }))
        s.bucket.publicAccessBlock = { RestrictPublicBuckets: true }
      }
    }),
    expected: [
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true, owner: 'bucket-owner' },
      { strategy: 's3-setting', target: '/bucket/publicAccessBlock', proven: true, owner: 'bucket-owner' }
    ],
    check: (fixes) => {
      expect(statements(fixes[0]?.document)[0]?.Condition).toEqual({ ArnEquals: { 'aws:PrincipalArn': OTHER_ROLE } })
      expect(fixes[0]?.title).toBe(`Keep Block Public Access on: limit the public statement AnyoneMayUpload to the role ${OTHER_ROLE}`)
    }
  }
]

const ownershipRows: Row[] = [
  {
    name: 'an ACL on a bucket with ACLs disabled: drop --acl (flips; the fallbacks are not shown)',
    scenario: variant(base(), (s) => {
      s.request.headers = { 'x-amz-acl': 'bucket-owner-read' }
      if (s.bucket !== undefined) s.bucket.objectOwnership = 'BucketOwnerEnforced'
    }),
    expected: [{ strategy: 'request-change', target: '/request/headers', proven: true, command: /^aws s3 cp \.\/app\.zip s3:\/\/artifacts\/builds\/app\.zip$/ }]
  },
  {
    name: 'dropping the ACL leaves the role without s3:PutObject; the chained identity grant flips it',
    scenario: variant(base(), (s) => {
      s.request.headers = { 'x-amz-acl': 'bucket-owner-read' }
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
      if (s.bucket !== undefined) s.bucket.objectOwnership = 'BucketOwnerEnforced'
    }),
    expected: [
      { strategy: 'request-change', target: '/request/headers', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] }
    ]
  },
  {
    name: 'an ACL header a bucket policy also rejects: its Deny is reported first, and bucket-owner-full-control satisfies both (flips)',
    scenario: variant(crossAccount(), (s) => {
      s.request.headers = { 'x-amz-acl': 'bucket-owner-read' }
      if (s.bucket !== undefined) {
        s.bucket.objectOwnership = 'BucketOwnerEnforced'
        s.bucket.policy = doc(
          allow('s3:PutObject', objects, { Principal: { AWS: OTHER_ROLE } }),
          deny('RequireBucketOwnerFullControl', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } })
        )
      }
    }),
    expected: [{ strategy: 'request-change', target: '/request/headers', proven: true, command: /--acl bucket-owner-full-control$/ }]
  },
  {
    name: 'an object another account owns: its owner grants the bucket owner first, disabling ACLs second (both flip)',
    scenario: variant(base(), (s) => {
      s.request.action = 's3:GetObject'
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
      s.bucket = {
        name: BUCKET,
        account: ACCOUNT,
        region: 'us-east-1',
        objectOwnership: 'ObjectWriter',
        objects: { 'builds/app.zip': { exists: true, owner: OTHER, acl: { owner: OTHER, grants: [{ grantee: { type: 'CanonicalUser', id: OTHER }, permission: 'FULL_CONTROL' }] } } }
      }
    }),
    expected: [
      {
        strategy: 's3-setting',
        target: '/bucket/objects/builds~1app.zip/acl',
        proven: true,
        owner: 'object-owner',
        command: /^aws s3api put-object-acl --bucket artifacts --key builds\/app\.zip --acl bucket-owner-full-control$/
      },
      {
        strategy: 's3-setting',
        target: '/bucket/objectOwnership',
        proven: true,
        owner: 'bucket-owner',
        command: /^aws s3api put-bucket-ownership-controls --bucket artifacts --ownership-controls 'Rules=\[\{ObjectOwnership=BucketOwnerEnforced\}\]'$/
      }
    ]
  }
]

const locked = (object: Record<string, unknown>, headers?: Record<string, string>, identity = [allow(['s3:DeleteObjectVersion', 's3:BypassGovernanceRetention'], objects)]) =>
  variant(base(), (s) => {
    s.request.action = 's3:DeleteObjectVersion'
    if (headers !== undefined) s.request.headers = headers
    if (s.identity !== undefined) s.identity.policies = [named('pruner', ...identity)]
    s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', versioning: 'Enabled', objectLock: { enabled: true }, objects: { 'builds/app.zip': { exists: true, ...object } } }
  })

const lockRows: Row[] = [
  {
    name: 'a legal hold: remove it (flips)',
    scenario: locked({ legalHold: true }),
    expected: [
      {
        strategy: 's3-setting',
        target: '/bucket/objects/builds~1app.zip/legalHold',
        proven: true,
        command: /^aws s3api put-object-legal-hold --bucket artifacts --key builds\/app\.zip --version-id VERSION_ID --legal-hold Status=OFF$/
      }
    ]
  },
  {
    name: 'a legal hold over a COMPLIANCE retention: removing the hold leaves the retention denying',
    scenario: locked({ legalHold: true, retention: { mode: 'COMPLIANCE', until: '2030-01-01T00:00:00Z' } }),
    expected: [{ strategy: 's3-setting', target: '/bucket/objects/builds~1app.zip/legalHold', proven: false, stillDeniedBy: 'object-lock' }]
  },
  {
    name: 'GOVERNANCE retention without the bypass header: --bypass-governance-retention (flips)',
    scenario: locked({ retention: { mode: 'GOVERNANCE', until: '2030-01-01T00:00:00Z' } }),
    expected: [
      {
        strategy: 'request-change',
        target: '/request/headers/x-amz-bypass-governance-retention',
        proven: true,
        command: /^aws s3api delete-object --bucket artifacts --key builds\/app\.zip --version-id VERSION_ID --bypass-governance-retention$/
      }
    ]
  },
  {
    name: 'the bypass header without s3:BypassGovernanceRetention: the chained identity grant of that permission flips it',
    scenario: locked({ retention: { mode: 'GOVERNANCE', until: '2030-01-01T00:00:00Z' } }, undefined, [allow('s3:DeleteObjectVersion', objects)]),
    expected: [
      { strategy: 'request-change', target: '/request/headers/x-amz-bypass-governance-retention', proven: false, stillDeniedBy: 'object-lock' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] }
    ],
    check: (fixes) => expect(statements(fixes[1]?.document)[1]?.Action).toBe('s3:BypassGovernanceRetention')
  }
]

const listRows: Row[] = [
  {
    name: 'HEAD of a missing key without s3:ListBucket: grant ListBucket on the bucket, so S3 answers 404 (flips)',
    scenario: variant(base(), (s) => {
      s.request.action = 's3:GetObject'
      s.request.operation = 'HeadObject'
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
      if (s.bucket !== undefined) s.bucket.objects = { 'builds/app.zip': { exists: false } }
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }],
    check: (fixes) => {
      expect(statements(fixes[0]?.document)[1]).toEqual({ Sid: 'AllowCiListBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` })
      expect(fixes[0]?.explanation).toMatch(/404/)
    }
  },
  {
    name: 'the same across accounts: the bucket policy must grant ListBucket too (flips)',
    scenario: variant(crossAccount(), (s) => {
      s.request.action = 's3:GetObject'
      if (s.identity !== undefined) s.identity.policies = [named('read', allow('s3:GetObject', objects), allow('s3:ListBucket', `arn:aws:s3:::${BUCKET}`))]
      if (s.bucket !== undefined) {
        s.bucket.policy = doc(allow('s3:GetObject', objects, { Principal: { AWS: OTHER_ROLE } }))
        s.bucket.objects = { 'builds/app.zip': { exists: false } }
      }
    }),
    expected: [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true }]
  }
]

const payerRows: Row[] = [
  {
    name: 'Requester Pays: the header first; the owner-pays fallback is not shown (flips)',
    scenario: variant(crossAccount(), (s) => {
      s.request.action = 's3:GetObject'
      if (s.identity !== undefined) s.identity.policies = [named('read', allow('s3:GetObject', objects))]
      if (s.bucket !== undefined) {
        s.bucket.requesterPays = true
        s.bucket.policy = doc(allow('s3:GetObject', objects, { Principal: { AWS: rootOf(OTHER) } }))
      }
    }),
    expected: [{ strategy: 'request-change', target: '/request/headers/x-amz-request-payer', proven: true }]
  }
]

const organizationRows: Row[] = [
  {
    name: 'an allow-list SCP without the action: one statement added to it (flips)',
    scenario: variant(base(), (s) => {
      s.organization = {
        serviceControlPolicies: [[named('FullAWSAccess', allow('*', '*'))], [named('workloads-allow-list', allow(['ec2:*', 'logs:*'], '*'))], [named('FullAWSAccess', allow('*', '*'))]]
      }
    }),
    expected: [
      {
        strategy: 'organization-grant',
        target: '/organization/serviceControlPolicies/1/0/document',
        proven: true,
        owner: 'organization-admin',
        command: /^aws organizations update-policy --policy-id .*SERVICE_CONTROL_POLICY.*workloads-allow-list.* --content file:\/\/scp-workloads-allow-list\.json$/
      }
    ],
    check: (fixes) => expect(statements(fixes[0]?.document)[1]).toEqual({ Sid: 'AllowPutObjectBuilds', Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/builds/*` })
  },
  {
    name: 'a level with no SCP at all: a new SCP attached there (flips)',
    scenario: variant(base(), (s) => {
      s.organization = { serviceControlPolicies: [[named('FullAWSAccess', allow('*', '*'))], []] }
    }),
    expected: [{ strategy: 'organization-grant', target: '/organization/serviceControlPolicies/1/-', proven: true, command: /^aws organizations create-policy --type SERVICE_CONTROL_POLICY / }]
  },
  {
    name: 'the SCP grant leaves the role without permission of its own; the chained identity grant flips it',
    scenario: variant(base(), (s) => {
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
      s.organization = { serviceControlPolicies: [[named('FullAWSAccess', allow('*', '*'))], [named('read-only', allow('s3:Get*', '*'))]] }
    }),
    expected: [
      { strategy: 'organization-grant', target: '/organization/serviceControlPolicies/1/0/document', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0], owner: 'pipeline-role-owner' }
    ]
  }
]

describe.each([
  ['Block Public Access', blockPublicAccessRows],
  ['Object Ownership and ACLs', ownershipRows],
  ['Object Lock', lockRows],
  ['missing ListBucket', listRows],
  ['Requester Pays', payerRows],
  ['SCPs', organizationRows]
])('%s', (_kind, rows) => {
  test.each(rows)('$name', ({ scenario, expected, check }) => {
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.decision).toBe('deny')
    checkFixes(scenario, fixes, expected)
    if (check !== undefined) check(fixes)
  })
})

// Denials with no fix, and why (the list in NO_FIX_REASONS is pinned in examples.test.ts).
describe('no fix', () => {
  test.each([
    {
      name: 'COMPLIANCE retention',
      scenario: locked({ retention: { mode: 'COMPLIANCE', until: '2030-01-01T00:00:00Z' } }, { 'x-amz-bypass-governance-retention': 'true' }),
      kind: 'object-lock-compliance'
    },
    {
      name: 'an unsigned request to a Requester Pays bucket',
      scenario: variant(publicSite, (s) => {
        if (s.bucket !== undefined) {
          s.bucket.requesterPays = true
          delete s.bucket.publicAccessBlock
          delete s.bucket.accountPublicAccessBlock
        }
      }),
      kind: 'anonymous-caller'
    },
    {
      name: 'an RCP level without RCPFullAWSAccess (cannot happen in AWS)',
      scenario: variant(base(), (s) => {
        s.organization = { resourceControlPolicies: [[named('RCPFullAWSAccess', allow('*', '*', { Principal: '*' }))], []] }
      }),
      kind: 'rcp-implicit'
    },
    {
      name: 'the root user of another account (no IAM identity to grant to)',
      scenario: variant(crossAccount(), (s) => {
        s.request.principal = rootOf(OTHER)
        delete s.identity
        if (s.bucket !== undefined) delete s.bucket.policy
      }),
      kind: 'caller-without-iam-identity'
    },
    {
      name: 'a federated user session (no IAM role or user to grant to)',
      scenario: variant(base(), (s) => {
        s.request.principal = `arn:aws:sts::${ACCOUNT}:federated-user/bob`
        s.identity = { policies: { unreadable: 'AccessDenied: iam:ListRolePolicies' } }
        s.bucket = { name: BUCKET, account: OTHER, region: 'us-east-1' }
      }),
      kind: 'caller-without-iam-identity'
    },
    {
      name: 'five layers deny in turn (SCP, endpoint, identity, boundary, session): four chained changes are not enough',
      scenario: variant(base(), (s) => {
        s.request.vpcEndpoint = 'vpce-0example1234567'
        s.vpcEndpoints = [{ id: 'vpce-0example1234567', policy: doc(allow('s3:GetObject', '*', { Principal: '*' })) }]
        s.identity = {
          arn: ROLE,
          policies: [named('ci-read', allow('s3:GetObject', objects))],
          permissionsBoundary: { name: `arn:aws:iam::${ACCOUNT}:policy/boundary`, document: doc(allow('s3:GetObject', '*')) },
          sessionPolicies: [named('inline-session-policy', allow('s3:GetObject', '*'))]
        }
        s.organization = { serviceControlPolicies: [[named('FullAWSAccess', allow('*', '*'))], [named('read-only', allow('s3:Get*', '*'))]] }
      }),
      kind: 'no-strategy'
    }
  ])('$name', ({ scenario, kind }) => {
    const { verdict, diagnosis } = diagnose(scenario)
    expect(verdict.decision).toBe('deny')
    expect(diagnosis.fixes.filter((fix) => fix.proven)).toEqual([])
    expect(diagnosis.noFix?.kind).toBe(kind)
    expect(diagnosis.noFix?.reason.length).toBeGreaterThan(40)
  })
})

test(`the role ARN used in grants is the identity's, with its path (${ROLE} without one)`, () => {
  const scenario = variant(crossAccount(), (s) => {
    if (s.identity !== undefined) s.identity.arn = `arn:aws:iam::${OTHER}:role/ci/vendor-ci`
    if (s.bucket !== undefined) delete s.bucket.policy
  })
  const { fixes } = diagnose(scenario)
  expect(statements(fixes[0]?.document)[0]?.Principal).toEqual({ AWS: `arn:aws:iam::${OTHER}:role/ci/vendor-ci` })
  expect(fixes[0]?.proven).toBe(true)
})

test('a chain stops after four changes and says which layer is left denying', () => {
  const { fixes } = diagnose(
    variant(base(), (s) => {
      s.request.vpcEndpoint = 'vpce-0example1234567'
      s.vpcEndpoints = [{ id: 'vpce-0example1234567', policy: doc(allow('s3:GetObject', '*', { Principal: '*' })) }]
      s.identity = {
        arn: ROLE,
        policies: [named('ci-read', allow('s3:GetObject', objects))],
        permissionsBoundary: { name: `arn:aws:iam::${ACCOUNT}:policy/boundary`, document: doc(allow('s3:GetObject', '*')) },
        sessionPolicies: [named('inline-session-policy', allow('s3:GetObject', '*'))]
      }
      s.organization = { serviceControlPolicies: [[named('FullAWSAccess', allow('*', '*'))], [named('read-only', allow('s3:Get*', '*'))]] }
    })
  )
  expect(fixes.map((fix) => [fix.strategy, fix.stillDeniedBy?.policyType, fix.dependsOn])).toEqual([
    ['organization-grant', 'vpc-endpoint-policy', []],
    ['endpoint-policy-grant', 'identity-based-policy', [0]],
    ['identity-grant', 'permissions-boundary', [0, 1]],
    ['boundary-grant', 'session-policy', [0, 1, 2]]
  ])
})
