/**
 * Explicit denies: never removed; the request change the Deny accepts first, then the narrowest
 * exception (an aws:PrincipalArn condition, split off to the one denied action), then a principal tag.
 *
 * [logic]   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 *           (conditions are AND-ed: one false condition and the Deny does not apply)
 * [ops]     https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 *           (negated operators: true when the key is absent, so anonymous callers stay denied)
 * [parn]    https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
 *           (aws:PrincipalArn of a role session is the role ARN)
 * [ip]      https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html (IP and VPC endpoint restrictions)
 * [scp]     https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html (exempting a role with aws:PrincipalArn)
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { withPrincipalException } from '../../src/fix/explicit-deny.js'
import { applyFix } from '../../src/fix/index.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { buildSummary } from '../../src/report/summary.js'
import type { Fix } from '../../src/fix/types.js'
import type { JsonObject, Scenario } from '../../src/scenario/types.js'
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
  nearLimit,
  objects,
  ROLE,
  statements,
  variant,
  type Expected
} from './helpers.js'

interface Row {
  name: string
  scenario: Scenario
  expected: Expected[]
  check?: (fixes: Fix[], scenario: Scenario) => void
}

const withBucketPolicy = (...list: ReturnType<typeof deny>[]) =>
  variant(base(), (s) => {
    if (s.bucket !== undefined) s.bucket.policy = doc(...list)
  })

const ipDeny = deny('DenyOutsideOffice', 's3:*', objects, { Principal: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } })

const rows: Row[] = [
  {
    name: 'IP-restricted bucket: the allowed network first, the role exception second (both flip)',
    scenario: withBucketPolicy(ipDeny),
    expected: [
      { strategy: 'request-change', target: '/request/context/aws:SourceIp', proven: true, owner: 'runner-network' },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true, owner: 'bucket-owner', command: /^aws s3api put-bucket-policy --bucket artifacts / }
    ],
    check: (fixes) => {
      expect(fixes[0]?.document).toBe('192.0.2.0')
      expect(fixes[1]?.explanation).toMatch(/denies s3:\* on arn:aws:s3:::artifacts\/\* to requests from outside 192\.0\.2\.0\/24 \(this request: 198\.51\.100\.7\)/)
      expect(statements(fixes[1]?.document)[0]?.Condition).toEqual({
        NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' },
        ArnNotEquals: { 'aws:PrincipalArn': ROLE }
      })
    }
  },
  {
    name: 'VPC endpoint lock: through the endpoint first, the role exception second (both flip)',
    scenario: withBucketPolicy(deny('VpceOnly', 's3:*', objects, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } } })),
    expected: [
      { strategy: 'request-change', target: '/request/vpcEndpoint', proven: true, owner: 'runner-network' },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true }
    ],
    check: (fixes) => expect(fixes[0]?.document).toBe('vpce-0a1b2c3d4e5f67890')
  },
  {
    name: 'a guard-rail listing several actions: only the denied one is split off with the exception (flips)',
    scenario: variant(base(), (s) => {
      s.request.action = 's3:DeleteObject'
      s.identity = {
        arn: ROLE,
        policies: [named('ci-all', allow('s3:*', objects)), named(`arn:aws:iam::${ACCOUNT}:policy/guardrails`, deny('DenyDeletes', ['s3:DeleteObject', 's3:DeleteObjectVersion'], objects))]
      }
    }),
    expected: [
      {
        strategy: 'deny-exception',
        target: '/identity/policies/1/document',
        proven: true,
        owner: 'account-admin',
        command: /^aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy\/guardrails --policy-document file:\/\/guardrails\.json --set-as-default$/
      }
    ],
    check: (fixes, scenario) => {
      expect(statements(fixes[0]?.document)).toEqual([
        deny('DenyDeletes', 's3:DeleteObjectVersion', objects),
        deny('DenyDeletesExceptCi', 's3:DeleteObject', objects, { Condition: { ArnNotEquals: { 'aws:PrincipalArn': ROLE } } })
      ])
      // The versions stay protected from this role.
      const versionDelete = variant(scenario, (s) => {
        s.request.action = 's3:DeleteObjectVersion'
      })
      expect(evaluateScenario(applyFix(versionDelete, fixes[0] as Fix)).denial?.statement).toBe('DenyDeletes')
    }
  },
  {
    name: 'an existing principal exception is extended, not duplicated (flips)',
    scenario: withBucketPolicy(
      deny('OnlyDeployers', 's3:PutObject', objects, { Principal: '*', Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deploy-*` } } })
    ),
    expected: [{ strategy: 'deny-exception', target: '/bucket/policy', proven: true }],
    check: (fixes) => expect(statements(fixes[0]?.document)[0]?.Condition).toEqual({ ArnNotLike: { 'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/deploy-*`, ROLE] } })
  },
  {
    name: 'a principal-tag deny: the exception, then the tag (both flip)',
    scenario: variant(withBucketPolicy(deny('PlatformOnly', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'platform' } } })), (s) => {
      if (s.identity !== undefined) s.identity.tags = { team: 'mobile' }
    }),
    expected: [
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true },
      { strategy: 'principal-tag', target: '/identity/tags/team', proven: true, command: /^aws iam tag-role --role-name ci --tags Key=team,Value=platform$/ }
    ]
  },
  {
    name: 'a principal-tag deny while the role has no s3:PutObject of its own: the tag is not enough, the report says which layer still denies, the chain completes it',
    scenario: variant(withBucketPolicy(deny('PlatformOnly', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'platform' } } })), (s) => {
      if (s.identity !== undefined) {
        s.identity.tags = { team: 'mobile' }
        s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
      }
    }),
    expected: [
      { strategy: 'deny-exception', target: '/bucket/policy', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] },
      { strategy: 'principal-tag', target: '/identity/tags/team', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [2] }
    ],
    check: (fixes, scenario) => {
      const { verdict, diagnosis } = diagnose(scenario)
      const summary = buildSummary(offlineDiagnosis(scenario, verdict, diagnosis))
      const tag = summary.slice(summary.indexOf('**3. Tag role ci with team=platform**'))
      expect(tag).toMatch(/^\*\*3\. Tag role ci with team=platform\*\* {2}\n⚠️ not enough on its own: the caller's identity-based policies \(identity-based policies\) would still deny `s3:PutObject`\./)
      expect(summary).toContain('**4. Allow s3:PutObject on keys under builds/ in artifacts in the inline policy ci-read of role ci** (after 3)')
      expect(fixes[2]?.stillDeniedBy).toEqual({ policyType: 'identity-based-policy', statement: null, action: 's3:PutObject', policy: 'identity-based policies' })
    }
  },
  {
    name: 'an SCP region deny: the exception goes to the organization admin (flips)',
    scenario: variant(base(), (s) => {
      s.organization = {
        serviceControlPolicies: [
          [named('FullAWSAccess', allow('*', '*'))],
          [named('FullAWSAccess', allow('*', '*')), named('frankfurt-only', deny('DenyOutsideFrankfurt', 's3:*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-central-1' } } }))]
        ]
      }
    }),
    expected: [
      {
        strategy: 'deny-exception',
        target: '/organization/serviceControlPolicies/1/1/document',
        proven: true,
        owner: 'organization-admin',
        command: /^aws organizations update-policy --policy-id "\$\(aws organizations list-policies --filter SERVICE_CONTROL_POLICY --query "Policies\[\?Name=='frankfurt-only'\]\.Id" --output text\)" --content file:\/\/scp-frankfurt-only\.json$/
      }
    ],
    check: (fixes) => {
      // The exception lifts an organization-wide guard-rail: the title says so, the explanation says who must agree and what keeps it.
      expect(fixes[0]?.title).toBe('Exempt role ci from the organization guard-rail DenyOutsideFrankfurt in the SCP frankfurt-only (lifts it for this role)')
      expect(fixes[0]?.explanation).toMatch(/This lifts an organization-wide guard-rail for this role, in every account the SCP frankfurt-only is attached to\./)
      expect(fixes[0]?.explanation).toMatch(/The pipeline's owner cannot change SCPs: only an organization administrator/)
      expect(fixes[0]?.explanation).toMatch(/The change that keeps the guard-rail is to use a bucket in eu-central-1 .* instead of artifacts in us-east-1\./)
    }
  },
  {
    name: 'a guard-rail in a customer managed policy near 6,144 characters: the exception does not fit, so it is not a fix',
    scenario: variant(base(), (s) => {
      const guardrails = nearLimit(6_144)
      guardrails.Statement = [deny('DenyDeletes', 's3:DeleteObject', objects), ...(guardrails.Statement as JsonObject[])]
      s.request.action = 's3:DeleteObject'
      s.identity = { arn: ROLE, policies: [named('ci-all', allow('s3:*', objects)), { name: `arn:aws:iam::${ACCOUNT}:policy/guardrails`, document: guardrails }] }
    }),
    expected: [{ strategy: 'deny-exception', target: '/identity/policies/1/document', proven: false, rejected: /^AWS would refuse the managed policy arn:aws:iam::111122223333:policy\/guardrails: it would be \d{4} characters, over the limit of 6144 for a managed policy/ }]
  },
  {
    name: 'the exception leaves the role without an allow of its own; the chained identity grant flips it',
    scenario: variant(withBucketPolicy(ipDeny), (s) => {
      if (s.identity !== undefined) s.identity.policies = [named('ci-read', allow('s3:GetObject', objects))]
    }),
    expected: [
      { strategy: 'request-change', target: '/request/context/aws:SourceIp', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [2] }
    ]
  },
  {
    name: 'two denies: the exception to the first leaves the second; the chain adds the exception to the second',
    scenario: withBucketPolicy(
      deny('FrankfurtOnly', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-central-1' } } }),
      deny('NoWritesAtAll', 's3:PutObject', objects, { Principal: '*' })
    ),
    expected: [
      { strategy: 'deny-exception', target: '/bucket/policy', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true, dependsOn: [0] }
    ],
    check: (fixes) => expect(fixes[0]?.stillDeniedBy?.statement).toBe('NoWritesAtAll')
  },
  {
    name: 'a cross-account RCP deny: exempt the other account role (flips)',
    scenario: variant(crossAccount(), (s) => {
      s.identity = { ...s.identity, orgId: 'o-vendor' }
      s.organization = {
        resourceControlPolicies: [
          [
            { name: 'RCPFullAWSAccess', document: doc(allow('*', '*', { Principal: '*' })) },
            named('org-only', deny('EnforceOrgIdentities', 's3:*', '*', { Principal: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-mine' } } }))
          ]
        ]
      }
    }),
    expected: [{ strategy: 'deny-exception', target: '/organization/resourceControlPolicies/0/1/document', proven: true, owner: 'organization-admin', command: /RESOURCE_CONTROL_POLICY/ }]
  }
]

describe('explicit denies', () => {
  test.each(rows)('$name', ({ scenario, expected, check }) => {
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.denial?.kind).toBe('explicit')
    checkFixes(scenario, fixes, expected)
    if (check !== undefined) check(fixes, scenario)
    for (const fix of fixes) if (fix.strategy === 'deny-exception') expect(fix.explanation).toMatch(/^The deny protects this: statement /)
  })
})

// The exception condition keeps the deny for every other caller ([ops]: negated operators are true on a missing key).
describe('withPrincipalException', () => {
  test.each([
    { name: 'no condition yet', condition: undefined, expected: { ArnNotEquals: { 'aws:PrincipalArn': ROLE } } },
    {
      name: 'other conditions are kept',
      condition: { Bool: { 'aws:SecureTransport': 'false' } },
      expected: { Bool: { 'aws:SecureTransport': 'false' }, ArnNotEquals: { 'aws:PrincipalArn': ROLE } }
    },
    {
      name: 'an ArnNotEquals block on another key gets the key added',
      condition: { ArnNotEquals: { 'aws:SourceArn': 'arn:aws:s3:::x' } },
      expected: { ArnNotEquals: { 'aws:SourceArn': 'arn:aws:s3:::x', 'aws:PrincipalArn': ROLE } }
    },
    { name: 'an existing StringNotEquals aws:PrincipalArn list grows', condition: { StringNotEquals: { 'aws:principalarn': ['a'] } }, expected: { StringNotEquals: { 'aws:principalarn': ['a', ROLE] } } },
    { name: 'an ARN already listed is not repeated', condition: { ArnNotEquals: { 'aws:PrincipalArn': ROLE } }, expected: { ArnNotEquals: { 'aws:PrincipalArn': [ROLE] } } }
  ])('$name', ({ condition, expected }) => {
    expect(withPrincipalException(condition, ROLE)).toEqual(expected)
  })

  test('the input is not mutated', () => {
    const condition = { ArnNotEquals: { 'aws:PrincipalArn': ['a'] } }
    withPrincipalException(condition, ROLE)
    expect(condition).toEqual({ ArnNotEquals: { 'aws:PrincipalArn': ['a'] } })
  })
})

test('an anonymous caller stays denied by the exception (ArnNotEquals on a missing key is true)', () => {
  const scenario = withBucketPolicy(ipDeny)
  const { fixes } = diagnose(scenario)
  const exception = fixes.find((fix) => fix.strategy === 'deny-exception') as Fix
  const anonymous = variant(scenario, (s) => {
    s.request.principal = 'anonymous'
    delete s.identity
    if (s.bucket !== undefined) s.bucket.policy = exception.document as never
  })
  expect(diagnose(anonymous).verdict.denial?.statement).toBe('DenyOutsideOffice')
})

test('a deny in an AWS managed policy cannot be edited: no fix, and the reason says so', () => {
  const scenario = variant(base(), (s) => {
    s.identity = { arn: ROLE, policies: [named('ci-write', allow('s3:PutObject', objects)), named('arn:aws:iam::aws:policy/AWSDenyAll', deny('DenyAll', '*', '*'))] }
  })
  const { diagnosis } = diagnose(scenario)
  expect(diagnosis.fixes).toEqual([])
  expect(diagnosis.noFix?.kind).toBe('aws-managed-policy')
})

test(`the exception is for the ${BUCKET} deny's own document only: other statements are untouched`, () => {
  const keep = allow('s3:GetObject', objects, { Sid: 'PublicRead', Principal: '*' })
  const scenario = withBucketPolicy(keep, ipDeny)
  const exception = diagnose(scenario).fixes.find((fix) => fix.strategy === 'deny-exception') as Fix
  expect(statements(exception.document)[0]).toEqual(keep)
})
