/**
 * SCPs and RCPs apply where they are attached: an SCP to the principals of the accounts under its
 * target (root, OU or account), an RCP to the resources of those accounts. One the source attaches
 * nowhere applies to nobody; one attached to a root or OU applies to an account only when the
 * account's place in the organization is known (the plan's organization resources, or
 * `organization.accounts` in the expectations file), and otherwise the check says it cannot decide
 * when, and only when, that policy could change the outcome.
 *
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   (an SCP attached to the root applies to every account; to an OU, to the accounts in it and its children;
 *   SCPs do not affect the management account)
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_policy_attachment
 *   (target_id: the unique identifier of the root, organizational unit, or account number)
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_organization#attribute-reference
 *   (accounts, roots, master_account_id)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-organizations-policy.html (TargetIds)
 */
import { policySetFromTemplate } from '../../src/review/cloudformation.js'
import { review } from '../../src/review/review.js'
import { policySetFromPlan } from '../../src/review/terraform.js'
import type { PolicySet, ReviewResult } from '../../src/review/types.js'
import { ACCOUNT, CI, doc, expectations, plan, type Change } from './helpers.js'

const BUCKET = 'artifacts'
const ARN = `arn:aws:s3:::${BUCKET}`
const text = (...statements: Record<string, unknown>[]): string => JSON.stringify(doc(...statements))
const ciRole: Change[] = [
  { address: 'aws_iam_role.ci', after: { name: 'ci-deploy', path: '/', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy` } },
  { address: 'aws_iam_role_policy.ci', after: { name: 'read', role: 'ci-deploy', policy: text({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${ARN}/*` }) } },
  { address: 'aws_s3_bucket.b', after: { bucket: BUCKET } }
]
/** The SCP of the audit: it denies reads, and broke "CI reads" although nothing attached it. */
const denyReads: Change = { address: 'aws_organizations_policy.no_reads', after: { id: 'p-noreads01', name: 'no-reads', type: 'SERVICE_CONTROL_POLICY', content: text({ Sid: 'NoReads', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }) } }
const attach = (target: string, policy = 'p-noreads01'): Change => ({ address: `aws_organizations_policy_attachment.a_${target.replace(/-/g, '_')}`, after: { policy_id: policy, target_id: target } })
const organization = (accounts: string[], management = '999988887777'): Change => ({
  address: 'aws_organizations_organization.org',
  after: { id: 'o-abcd1234', roots: [{ id: 'r-ab12' }], master_account_id: management, accounts: accounts.map((id) => ({ id })) }
})

function decide(changes: Change[], extra: Record<string, unknown> = {}, entry: Record<string, unknown> = {}): ReviewResult {
  return decideOn(policySetFromPlan(plan(changes), 'after'), extra, entry)
}

function decideOn(set: PolicySet, extra: Record<string, unknown> = {}, entry: Record<string, unknown> = {}): ReviewResult {
  const file = expectations([{ name: 'CI reads', principal: CI, action: 's3:GetObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow', ...entry }], extra)
  const result = review(file, set, set).results[0]
  if (result === undefined) throw new Error('no result')
  return result
}

describe('Terraform: aws_organizations_policy_attachment decides where an SCP applies', () => {
  const rows: [string, Change[], Record<string, unknown>, string][] = [
    ['attached nowhere: applies to nobody (the false break of the audit)', [...ciRole, denyReads], {}, 'allow'],
    ["attached to the caller's account", [...ciRole, denyReads, attach(ACCOUNT)], {}, 'deny'],
    ['attached to another account', [...ciRole, denyReads, attach('444455556666')], {}, 'allow'],
    ['attached to the root, the plan lists the account in the organization', [...ciRole, denyReads, attach('r-ab12'), organization([ACCOUNT])], {}, 'deny'],
    ['attached to the root, the plan lists every account and this one is not a member', [...ciRole, denyReads, attach('r-ab12'), organization(['555555555555'])], {}, 'allow'],
    ['attached to the root, but the account is the management account (SCPs do not affect it)', [...ciRole, denyReads, attach('r-ab12'), organization([ACCOUNT], ACCOUNT)], {}, 'allow'],
    [
      'attached to an OU the plan places the account in',
      [...ciRole, denyReads, attach('ou-ab12-11111111'), organization([ACCOUNT]), { address: 'aws_organizations_account.ci', after: { id: ACCOUNT, parent_id: 'ou-ab12-11111111' } }, { address: 'aws_organizations_organizational_unit.apps', after: { id: 'ou-ab12-11111111', parent_id: 'r-ab12' } }],
      {},
      'deny'
    ],
    [
      'attached to an OU above the account (the OU tree in the plan)',
      [
        ...ciRole,
        denyReads,
        attach('ou-ab12-11111111'),
        { address: 'aws_organizations_organizational_unit.apps', after: { id: 'ou-ab12-11111111', parent_id: 'r-ab12' } },
        { address: 'aws_organizations_organizational_unit.prod', after: { id: 'ou-ab12-22222222', parent_id: 'ou-ab12-11111111', accounts: [{ id: ACCOUNT }] } }
      ],
      {},
      'deny'
    ],
    [
      'attached to a sibling OU',
      [...ciRole, denyReads, attach('ou-ab12-33333333'), { address: 'aws_organizations_account.ci', after: { id: ACCOUNT, parent_id: 'ou-ab12-11111111' } }, { address: 'aws_organizations_organizational_unit.apps', after: { id: 'ou-ab12-11111111', parent_id: 'r-ab12' } }],
      {},
      'allow'
    ],
    ['attached to an OU, the expectations file places the account under it', [...ciRole, denyReads, attach('ou-ab12-11111111')], { organization: { accounts: { [ACCOUNT]: 'r-ab12/ou-ab12-11111111' } } }, 'deny'],
    ['attached to an OU, the expectations file places the account elsewhere', [...ciRole, denyReads, attach('ou-ab12-11111111')], { organization: { accounts: { [ACCOUNT]: ['r-ab12', 'ou-ab12-99999999'] } } }, 'allow'],
    ['attached to the root, the expectations file says the account is outside the organization', [...ciRole, denyReads, attach('r-ab12')], { organization: { accounts: { [ACCOUNT]: 'outside' } } }, 'allow']
  ]
  test.each(rows)('%s: %s', (_name, changes, extra, head) => {
    const result = decide(changes, extra)
    expect(result.head).toBe(head)
    if (head === 'deny') expect(result.denial).toMatchObject({ kind: 'explicit', policyType: 'service-control-policy', statement: 'NoReads', origin: 'aws_organizations_policy.no_reads' })
  })

  test('attached to the root or an OU and the account cannot be placed: undecided, naming what to give', () => {
    for (const target of ['r-ab12', 'ou-ab12-11111111']) {
      const result = decide([...ciRole, denyReads, attach(target)])
      expect(result.head).toBe('unknown')
      expect(result.unknown.head).toEqual([
        `aws_organizations_policy.no_reads is attached to ${target}: where account ${ACCOUNT} sits in the organization (its root and OUs) is not in the Terraform plan (after): give it under organization.accounts in the expectations file`
      ])
    }
  })

  test('...but only where the policy could change the outcome: an SCP that does not deny the request decides nothing', () => {
    const result = decide([...ciRole, denyReads, attach('r-ab12')], {}, { action: 's3:PutObject' })
    expect(result).toMatchObject({ head: 'allow', unknown: { head: [] } })
  })

  test('an attachment whose policy_id is known only after apply follows its configuration reference', () => {
    const set = policySetFromPlan(
      plan(
        [...ciRole, { ...denyReads, after: { ...denyReads.after, id: undefined } }, { address: 'aws_organizations_policy_attachment.a', after: { target_id: ACCOUNT }, unknown: { policy_id: true } }],
        [{ address: 'aws_organizations_policy_attachment.a', mode: 'managed', type: 'aws_organizations_policy_attachment', name: 'a', expressions: { policy_id: { references: ['aws_organizations_policy.no_reads.id', 'aws_organizations_policy.no_reads'] } } }]
      ),
      'after'
    )
    expect(set.scps[0]?.targets).toEqual([ACCOUNT])
    expect(decideOn(set).head).toBe('deny')
  })

  test('a target known only after apply (a new OU) may or may not be on the path', () => {
    const set = policySetFromPlan(
      plan(
        [...ciRole, denyReads, { address: 'aws_organizations_organizational_unit.new', after: { parent_id: 'r-ab12' }, unknown: { id: true } }, { address: 'aws_organizations_policy_attachment.a', after: { policy_id: 'p-noreads01' }, unknown: { target_id: true } }],
        [{ address: 'aws_organizations_policy_attachment.a', mode: 'managed', type: 'aws_organizations_policy_attachment', name: 'a', expressions: { target_id: { references: ['aws_organizations_organizational_unit.new.id', 'aws_organizations_organizational_unit.new'] } } }]
      ),
      'after'
    )
    const result = decideOn(set)
    expect(result.head).toBe('unknown')
    expect(result.unknown.head).toEqual(['aws_organizations_policy_attachment.a: target_id is the id of aws_organizations_organizational_unit.new, known only after apply'])
  })
})

describe('RCPs apply to the resources of the accounts under their target', () => {
  const rcp: Change = {
    address: 'aws_organizations_policy.rcp',
    after: { id: 'p-rcp00001', name: 'perimeter', type: 'RESOURCE_CONTROL_POLICY', content: text({ Sid: 'OnlyOurOrg', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } } }) }
  }
  const partner = 'arn:aws:sts::444455556666:assumed-role/partner/s'
  const grant: Change = { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:GetObject', Resource: `${ARN}/*` }) } }
  const rows: [string, string, string][] = [
    ["attached to the bucket's account: the partner is kept out", ACCOUNT, 'deny'],
    ['attached to another account', '777777777777', 'unknown']
  ]
  test.each(rows)('%s', (_name, target, head) => {
    // The partner's own policies are not in the plan: without the RCP the read depends on them.
    const result = decide([...ciRole, grant, rcp, attach(target, 'p-rcp00001')], { 'bucket-accounts': { [BUCKET]: ACCOUNT } }, { principal: partner })
    expect(result.head).toBe(head)
    if (head === 'deny') expect(result.denial).toMatchObject({ policyType: 'resource-control-policy', statement: 'OnlyOurOrg' })
  })
})

describe('CloudFormation: AWS::Organizations::Policy TargetIds', () => {
  const template = (targets: unknown): PolicySet =>
    policySetFromTemplate(
      {
        Resources: {
          Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: BUCKET } },
          Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'ci-deploy', Policies: [{ PolicyName: 'read', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${ARN}/*` }) }] } },
          NoReads: {
            Type: 'AWS::Organizations::Policy',
            Properties: { Name: 'no-reads', Type: 'SERVICE_CONTROL_POLICY', Content: doc({ Sid: 'NoReads', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }), ...(targets === undefined ? {} : { TargetIds: targets }) }
          },
          Ou: { Type: 'AWS::Organizations::OrganizationalUnit', Properties: { Name: 'apps', ParentId: 'r-ab12' } }
        }
      },
      { parameters: {}, account: ACCOUNT, region: 'us-east-1' }
    )
  const rows: [string, unknown, string][] = [
    ['no TargetIds: attached nowhere', undefined, 'allow'],
    ["the caller's account", [ACCOUNT], 'deny'],
    ['another account', ['444455556666'], 'allow'],
    ['an OU the template creates (its id is generated): may be on the path', [{ Ref: 'Ou' }], 'unknown']
  ]
  test.each(rows)('%s', (_name, targets, head) => {
    expect(decideOn(template(targets)).head).toBe(head)
  })
})

describe('the organization mapping in the expectations file', () => {
  test('ids are checked: a root first, then OUs; an account id as the key', () => {
    expect(() =>
      expectations([{ name: 'e', principal: CI, action: 's3:GetObject', bucket: BUCKET, key: 'k', expect: 'allow' }], {
        organization: { 'management-account': 12, accounts: { [ACCOUNT]: 'ou-ab12-11111111/r-ab12', '1234': 'r-ab12', '444455556666': [] } }
      })
    ).toThrow(
      [
        'organization.management-account: expected a 12-digit account id (quote it in YAML), got 12',
        'organization.accounts.1234: expected a 12-digit account id as the key (quote it in YAML)',
        `organization.accounts.${ACCOUNT}: the path starts with the root id (r- then 4 to 32 lowercase letters or digits), not "ou-ab12-11111111"; "r-ab12" is not an OU id (ou-, the root's letters, -, 8 to 32 lowercase letters or digits)`,
        'organization.accounts.444455556666: expected the path from the root (r-ab12/ou-ab12-11111111, or a list) or outside, got an empty array'
      ].join('\n')
    )
  })

  test('read into the file', () => {
    const file = expectations([{ name: 'e', principal: CI, action: 's3:GetObject', bucket: BUCKET, key: 'k', expect: 'allow' }], {
      organization: { 'management-account': '999988887777', accounts: { [ACCOUNT]: 'r-ab12/ou-ab12-11111111', '444455556666': 'outside' } }
    })
    expect(file.organization).toEqual({ managementAccount: '999988887777', accounts: { [ACCOUNT]: ['r-ab12', 'ou-ab12-11111111'], '444455556666': 'outside' } })
  })
})
