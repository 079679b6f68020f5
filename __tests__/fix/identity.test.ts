/**
 * Identity-side grants: identity-based policies, permissions boundaries, session policies.
 *
 * [denyallow] https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * [cross]     https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * [boundary]  https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * [session]   https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * [quotas]    https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html ("Role policy size cannot exceed 10,240 characters",
 *             "Managed policy size cannot exceed 6,144 characters", white space not counted)
 * [s3-keys]   https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html (s3:prefix for ListBucket)
 * [vars]      https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html (${*} is a literal *)
 * [via]       https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * [objlock]   https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html (COMPLIANCE: no user can delete)
 */
import type { Fix } from '../../src/fix/types.js'
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
  nearLimit,
  objects,
  ROLE,
  rootOf,
  statements,
  variant,
  type Expected
} from './helpers.js'

const readOnly = variant(base(), (s) => {
  s.identity = { arn: ROLE, policies: [named('ci-read', allow('s3:GetObject', objects))] }
})

/** A statement list long enough that the role's inline policies are near 10,240 characters. */
function bulky(): JsonObject {
  const filler = Array.from({ length: 50 }, (_, index) => allow('s3:GetObject', `arn:aws:s3:::some-other-bucket-with-a-long-name-${String(index).padStart(4, '0')}/reports/*`))
  return doc(...filler, ...filler.slice(0, 35))
}

interface Row {
  name: string
  scenario: Scenario
  expected: Expected[]
  /** Further checks on the first fix's document. */
  document?: (fix: Fix) => void
}

const identityRows: Row[] = [
  {
    name: 'merges the statement into the role inline policy (flips)',
    scenario: readOnly,
    expected: [
      {
        strategy: 'identity-grant',
        target: '/identity/policies/0/document',
        proven: true,
        owner: 'pipeline-role-owner',
        command: /^aws iam put-role-policy --role-name ci --policy-name ci-read --policy-document file:\/\/ci-ci-read\.json$/
      }
    ],
    document: (fix) => {
      const list = statements(fix.document)
      expect(list).toHaveLength(2)
      expect(list[0]).toEqual(allow('s3:GetObject', objects))
      expect(list[1]).toEqual({ Sid: 'AllowCiPutObjectBuilds', Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/builds/*` })
      expect(fix.file?.content).toEqual(fix.document)
    }
  },
  {
    name: 'adds a new inline policy to a role with only managed policies (flips)',
    scenario: variant(base(), (s) => {
      s.identity = { arn: ROLE, policies: [named(`arn:aws:iam::${ACCOUNT}:policy/read`, allow('s3:GetObject', objects))] }
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/-', proven: true, command: /put-role-policy --role-name ci --policy-name ci-PutObjectBuilds / }],
    document: (fix) => expect(fix.document).toEqual({ name: 'ci-PutObjectBuilds', document: fix.file?.content })
  },
  {
    name: 'proposes a managed policy when the inline policies would exceed 10,240 characters (flips)',
    scenario: variant(base(), (s) => {
      s.identity = { arn: ROLE, policies: [{ name: 'ci-big', document: bulky() }] }
    }),
    expected: [
      {
        strategy: 'identity-grant',
        target: '/identity/policies/-',
        proven: true,
        command: /^aws iam create-policy --policy-name ci-PutObjectBuilds .* && aws iam attach-role-policy --role-name ci --policy-arn arn:aws:iam::111122223333:policy\/ci-PutObjectBuilds$/
      }
    ],
    document: (fix) => {
      // The role's inline policy fits on its own; with one more statement it would not.
      expect(JSON.stringify(bulky()).length).toBeLessThanOrEqual(10_240)
      expect((fix.document as JsonObject).name).toBe(`arn:aws:iam::${ACCOUNT}:policy/ci-PutObjectBuilds`)
      expect(fix.explanation).toMatch(/10240/)
    }
  },
  {
    // [quotas]: "User policy size cannot exceed 2,048 characters" for all inline policies together.
    name: "an IAM user's inline policies near 2,048 characters: the smaller alternative, a new managed policy (flips)",
    scenario: variant(readOnly, (s) => {
      s.request.principal = `arn:aws:iam::${ACCOUNT}:user/deployer`
      s.identity = { arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, policies: [{ name: 'deployer-read', document: nearLimit(2_048) }] }
    }),
    expected: [
      {
        strategy: 'identity-grant',
        target: '/identity/policies/-',
        proven: true,
        command: /^aws iam create-policy --policy-name deployer-PutObjectBuilds .* && aws iam attach-user-policy --user-name deployer --policy-arn arn:aws:iam::111122223333:policy\/deployer-PutObjectBuilds$/
      }
    ],
    document: (fix) => expect(fix.explanation).toMatch(/would not fit: .*over AWS's limit of 2048 for all inline policies of an IAM user together/)
  },
  {
    name: 'an IAM user gets put-user-policy (flips)',
    scenario: variant(readOnly, (s) => {
      s.request.principal = `arn:aws:iam::${ACCOUNT}:user/deployer`
      s.identity = { arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, policies: [named('deployer-read', allow('s3:GetObject', objects))] }
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, command: /^aws iam put-user-policy --user-name deployer --policy-name deployer-read / }]
  },
  {
    name: 'a listing gets the bucket ARN with an s3:prefix condition (flips)',
    scenario: variant(readOnly, (s) => {
      s.request.action = 's3:ListBucket'
      delete s.request.key
      s.request.context = { ...s.request.context, 's3:prefix': 'cache/linux/' }
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }],
    document: (fix) =>
      expect(statements(fix.document)[1]).toEqual({
        Sid: 'AllowCiListBucketCache',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:aws:s3:::${BUCKET}`,
        Condition: { StringLike: { 's3:prefix': 'cache/*' } }
      })
  },
  {
    name: 'a key without a prefix is granted exactly (flips)',
    scenario: variant(readOnly, (s) => {
      s.request.key = 'index.html'
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }],
    document: (fix) => expect(statements(fix.document)[1]?.Resource).toBe(`arn:aws:s3:::${BUCKET}/index.html`)
  },
  {
    name: 'a wildcard character in the key is written as ${*} (flips)',
    scenario: variant(readOnly, (s) => {
      s.request.key = 'odd*name/app.zip'
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }],
    document: (fix) => expect(statements(fix.document)[1]?.Resource).toBe(`arn:aws:s3:::${BUCKET}/odd\${*}name/*`)
  },
  {
    name: 'kms:GenerateDataKey on the key ARN, only through S3 (flips)',
    scenario: variant(base(), (s) => {
      s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', encryption: { algorithm: 'aws:kms', kmsKeyArn: KEY } }
      s.kmsKeys = [{ arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: rootOf(ACCOUNT) } })) }]
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }],
    document: (fix) =>
      expect(statements(fix.document)[1]).toEqual({
        Sid: 'AllowCiGenerateDataKey',
        Effect: 'Allow',
        Action: 'kms:GenerateDataKey',
        Resource: KEY,
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
      })
  },
  {
    name: 'cross-account with neither side: the identity grant leaves the bucket policy denying, the chained bucket grant flips it',
    scenario: variant(crossAccount(), (s) => {
      if (s.identity !== undefined) s.identity.policies = []
      if (s.bucket !== undefined) delete s.bucket.policy
    }),
    expected: [
      { strategy: 'identity-grant', target: '/identity/policies/-', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true, dependsOn: [0], owner: 'bucket-owner' }
    ]
  },
  {
    name: 'the identity grant leaves COMPLIANCE retention denying (no further fix)',
    scenario: variant(base(), (s) => {
      s.request.action = 's3:DeleteObjectVersion'
      s.identity = { arn: ROLE, policies: [named('ci-read', allow('s3:GetObject', objects))] }
      s.bucket = {
        name: BUCKET,
        account: ACCOUNT,
        region: 'us-east-1',
        versioning: 'Enabled',
        objects: { 'builds/app.zip': { exists: true, retention: { mode: 'COMPLIANCE', until: '2030-01-01T00:00:00Z' } } }
      }
    }),
    expected: [{ strategy: 'identity-grant', target: '/identity/policies/0/document', proven: false, stillDeniedBy: 'object-lock' }]
  }
]

const boundary = (...allowed: string[]) => ({ name: `arn:aws:iam::${ACCOUNT}:policy/ci-boundary`, document: doc(allow(allowed, '*')) })

const boundaryRows: Row[] = [
  {
    name: 'adds the action to the permissions boundary (flips)',
    scenario: variant(base(), (s) => {
      s.identity = { arn: ROLE, policies: [named('ci-all', allow('s3:*', '*'))], permissionsBoundary: boundary('s3:GetObject') }
    }),
    expected: [
      {
        strategy: 'boundary-grant',
        target: '/identity/permissionsBoundary/document',
        proven: true,
        owner: 'account-admin',
        command: /^aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy\/ci-boundary --policy-document file:\/\/boundary-ci-boundary\.json --set-as-default$/
      }
    ]
  },
  {
    // A role has one boundary, so there is no smaller place for the statement: not a fix ([quotas]: 6,144 characters).
    name: 'a boundary already near 6,144 characters: the merged boundary is not a fix (not proven, with the reason)',
    scenario: variant(base(), (s) => {
      s.identity = { arn: ROLE, policies: [named('ci-all', allow('s3:*', '*'))], permissionsBoundary: { name: `arn:aws:iam::${ACCOUNT}:policy/ci-boundary`, document: nearLimit(6_144) } }
    }),
    expected: [
      {
        strategy: 'boundary-grant',
        target: '/identity/permissionsBoundary/document',
        proven: false,
        rejected: /^AWS would refuse the permissions boundary arn:aws:iam::111122223333:policy\/ci-boundary: it would be \d{4} characters, over the limit of 6144 for a managed policy \(white space not counted\) \(https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/reference_iam-quotas\.html\)\.$/
      }
    ]
  },
  {
    name: 'the boundary grant leaves the session policy denying; the chained session grant flips it',
    scenario: variant(base(), (s) => {
      s.identity = {
        arn: ROLE,
        policies: [named('ci-all', allow('s3:*', '*'))],
        permissionsBoundary: boundary('s3:GetObject'),
        sessionPolicies: [named('inline-session-policy', allow('s3:GetObject', '*'))]
      }
    }),
    expected: [
      { strategy: 'boundary-grant', target: '/identity/permissionsBoundary/document', proven: false, stillDeniedBy: 'session-policy' },
      { strategy: 'session-grant', target: '/identity/sessionPolicies/0/document', proven: true, dependsOn: [0], owner: 'workflow-author' }
    ]
  }
]

const sessionRows: Row[] = [
  {
    name: 'adds the action to the inline session policy (flips)',
    scenario: variant(base(), (s) => {
      s.identity = { arn: ROLE, policies: [named('ci-write', allow('s3:PutObject', objects))], sessionPolicies: [named('inline-session-policy', allow('s3:GetObject', '*'))] }
    }),
    expected: [
      {
        strategy: 'session-grant',
        target: '/identity/sessionPolicies/0/document',
        proven: true,
        command: /^aws sts assume-role --role-arn arn:aws:iam::111122223333:role\/ci --role-session-name run-1 --policy file:\/\/session-policy-inline-session-policy\.json$/
      }
    ]
  },
  {
    name: 'the session grant leaves the KMS key policy denying (no statement enables IAM policies); the chain goes on to the key policy',
    scenario: variant(base(), (s) => {
      s.identity = {
        arn: ROLE,
        policies: [named('ci-write', allow('s3:PutObject', objects), allow('kms:GenerateDataKey', KEY))],
        sessionPolicies: [named('inline-session-policy', allow('s3:GetObject', '*'))]
      }
      s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', encryption: { algorithm: 'aws:kms', kmsKeyArn: KEY } }
      s.kmsKeys = [{ arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/kms-admin` } })) }]
    }),
    expected: [
      { strategy: 'session-grant', target: '/identity/sessionPolicies/0/document', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: false, stillDeniedBy: 'session-policy', dependsOn: [0] },
      { strategy: 'session-grant', target: '/identity/sessionPolicies/0/document', proven: true, dependsOn: [0, 1] }
    ]
  }
]

describe.each([
  ['identity-based policies', identityRows],
  ['permissions boundaries', boundaryRows],
  ['session policies', sessionRows]
])('%s', (_layer, rows) => {
  test.each(rows)('$name', ({ scenario, expected, document }) => {
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.decision).toBe('deny')
    checkFixes(scenario, fixes, expected)
    if (document !== undefined) document(fixes[0] as Fix)
    for (const fix of fixes) {
      // Least privilege: never a wildcard action.
      for (const statement of fix.file === null ? [] : statements(fix.file.content)) {
        const actions = ([] as unknown[]).concat(statement.Action ?? [])
        if (statement.Sid !== undefined && String(statement.Sid).startsWith('Allow')) expect(actions.some((action) => String(action).includes('*'))).toBe(false)
      }
    }
  })
})

test('the COMPLIANCE row explains why nothing further can be done', () => {
  const row = identityRows.find((item) => item.name.includes('COMPLIANCE')) as Row
  expect(diagnose(row.scenario).diagnosis.noFix?.kind).toBe('object-lock-compliance')
})
