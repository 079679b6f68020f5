/**
 * A side is `unknown` only when what the source leaves open could flip its outcome.
 *
 * - A cross-account request needs a grant from the bucket's account
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html):
 *   without one in a bucket policy the source holds, it is denied whatever the caller's unknown policies say.
 * - An explicit deny overrides any allow
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html):
 *   a resolved Deny statement still denies beside a statement that cannot be resolved.
 * - AWS managed policies hold Allow statements (nothing is bundled; AWSDenyAll and the quarantine
 *   policies are the exceptions): one attached cannot turn an allow into a deny, and matters to a
 *   deny only where an allow could flip it.
 * - A key CloudFormation creates (`!GetAtt Key.Arn`) is the key whose policy the template holds.
 * - Roles are matched by name and, where the source tells it, account.
 */
import { proposeFixes } from '../../src/fix/index.js'
import { parseTemplate, policySetFromTemplate } from '../../src/review/cloudformation.js'
import { renderReviewMarkdown } from '../../src/review/report.js'
import { review } from '../../src/review/review.js'
import { policySetFromPlan } from '../../src/review/terraform.js'
import type { CloudFormationSettings, PolicySet, ReviewResult } from '../../src/review/types.js'
import { ACCOUNT, CI, doc, expectations, plan, type Change } from './helpers.js'

const BUCKET = 'bkt'
const ARN = `arn:aws:s3:::${BUCKET}`
const PARTNER = 'arn:aws:sts::444455556666:assumed-role/partner/s'
const text = (...statements: Record<string, unknown>[]): string => JSON.stringify(doc(...statements))

describe('a cross-account partner whose read the bucket policy narrows (the audit case)', () => {
  const partnerRead = (resource: string): Record<string, unknown> => ({ Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:GetObject', Resource: resource })
  const changes: Change[] = [
    { address: 'aws_s3_bucket.b', after: { bucket: BUCKET } },
    { address: 'aws_s3_bucket_policy.b', before: { bucket: BUCKET, policy: text(partnerRead(`${ARN}/*`)) }, after: { bucket: BUCKET, policy: text(partnerRead(`${ARN}/exports/*`)) } }
  ]
  const file = expectations([{ name: 'Partner reads builds', principal: PARTNER, action: 's3:GetObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow' }], { 'bucket-accounts': { [BUCKET]: ACCOUNT } })
  const report = review(file, policySetFromPlan(plan(changes), 'before'), policySetFromPlan(plan(changes), 'after'), { proposeFixes })
  const result = report.results[0] as ReviewResult

  test('the head is denied (broken), by the bucket policy that no longer grants, whatever the partner\'s own policies say', () => {
    expect(result).toMatchObject({ base: 'unknown', head: 'deny', status: 'broken', ok: false, unknown: { head: [] } })
    expect(result.denial).toMatchObject({ kind: 'implicit', policyType: 'resource-based-policy', origin: 'aws_s3_bucket_policy.b' })
  })
  test('the base could not decide (the partner\'s policies are not in the plan), and it names that', () => {
    expect(result.unknown.base).toEqual(['role partner is not defined in the Terraform plan (before)'])
  })
  test('PartnerRead, the statement the change narrowed, is named', () => {
    expect(result.baseAllowedBy).toEqual([{ policy: 'bucket policy of bkt', statement: 'PartnerRead', origin: 'aws_s3_bucket_policy.b' }])
    const markdown = renderReviewMarkdown(report)
    expect(markdown).toContain('statement **`PartnerRead`** of bucket policy of bkt (`aws_s3_bucket_policy.b`)')
    expect(markdown).toContain('### ⛔ Broken by this change')
  })
})

describe('unknown layers decide only what they can change', () => {
  const bucket: Change = { address: 'aws_s3_bucket.b', after: { bucket: BUCKET } }
  const role = (...policies: Change[]): Change[] => [{ address: 'aws_iam_role.ci', after: { name: 'ci-deploy', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy` } }, ...policies]
  const inline = (...statements: Record<string, unknown>[]): Change => ({ address: 'aws_iam_role_policy.ci', after: { name: 'ci', role: 'ci-deploy', policy: text(...statements) } })
  const awsManaged = (name: string): Change => ({ address: `aws_iam_role_policy_attachment.${name.toLowerCase()}`, after: { role: 'ci-deploy', policy_arn: `arn:aws:iam::aws:policy/${name}` } })
  const elsewhere: Change = { address: 'aws_iam_role_policy_attachment.elsewhere', after: { role: 'ci-deploy', policy_arn: `arn:aws:iam::${ACCOUNT}:policy/managed-elsewhere` } }
  const upload = { Effect: 'Allow', Action: 's3:PutObject', Resource: `${ARN}/*` }
  const decide = (changes: Change[], entry: Record<string, unknown> = {}): ReviewResult => {
    const set = policySetFromPlan(plan(changes), 'after')
    const file = expectations([{ name: 'e', principal: CI, action: 's3:PutObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow', ...entry }])
    return review(file, set, set).results[0] as ReviewResult
  }
  const rows: [string, Change[], Record<string, unknown>, string, string[]][] = [
    ['an AWS managed policy beside an allow: it cannot take the allow away', [bucket, ...role(inline(upload), awsManaged('ReadOnlyAccess'))], {}, 'allow', []],
    [
      'an AWS managed policy where nothing else allows: it might',
      [bucket, ...role(inline({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${ARN}/*` }), awsManaged('PowerUserAccess'))],
      {},
      'unknown',
      ['arn:aws:iam::aws:policy/PowerUserAccess is an AWS managed policy: its text is not in the plan (it only allows, so it matters only where an allow is missing)']
    ],
    [
      'an AWS managed policy, and an explicit deny in the bucket policy: denied whatever it allows',
      [bucket, ...role(awsManaged('PowerUserAccess')), { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Sid: 'NoUploads', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `${ARN}/*` }) } }],
      {},
      'deny',
      []
    ],
    [
      'AWSDenyAll may deny: an allow beside it cannot be decided',
      [bucket, ...role(inline(upload), awsManaged('AWSDenyAll'))],
      {},
      'unknown',
      ['arn:aws:iam::aws:policy/AWSDenyAll is an AWS managed policy: its text is not in the plan']
    ],
    ['a customer managed policy the plan does not hold may deny', [bucket, ...role(inline(upload), elsewhere)], {}, 'unknown', [`policy arn:aws:iam::${ACCOUNT}:policy/managed-elsewhere is not defined in the plan (a policy managed elsewhere)`]],
    // A role's permissions boundary only limits: an AWS managed one can only let through what it allows.
    ['an AWS managed permissions boundary may not allow the upload', [bucket, { address: 'aws_iam_role.ci', after: { name: 'ci-deploy', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy`, permissions_boundary: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }, inline(upload)], {}, 'unknown', [
      'arn:aws:iam::aws:policy/ReadOnlyAccess is an AWS managed policy: its text is not in the plan (it only allows, so it matters only where an allow is missing)'
    ]],
    ['...but it cannot allow what the identity policies do not', [bucket, { address: 'aws_iam_role.ci', after: { name: 'ci-deploy', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy`, permissions_boundary: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }, inline({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${ARN}/*` })], {}, 'deny', []]
  ]
  test.each(rows)('%s', (_name, changes, entry, head, reasons) => {
    const result = decide(changes, entry)
    expect(result.head).toBe(head)
    expect(result.unknown.head).toEqual(reasons)
  })
})

describe('CloudFormation: unknowns per statement, and keys the template creates', () => {
  const settings: CloudFormationSettings = { parameters: {}, account: ACCOUNT, region: 'us-east-1' }
  const decide = (template: string, entry: Record<string, unknown> = {}, given: CloudFormationSettings = settings): ReviewResult => {
    const set: PolicySet = policySetFromTemplate(parseTemplate(template), given)
    const file = expectations([{ name: 'e', principal: CI, action: 's3:PutObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow', ...entry }])
    return review(file, set, set).results[0] as ReviewResult
  }
  const role = (statements: string): string => `
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ci-deploy
      Policies:
        - PolicyName: ci
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${statements}`
  const withImport = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: ${BUCKET} }
${role(`              - Sid: Imported
                Effect: Allow
                Action: s3:PutObject
                Resource: !ImportValue shared-bucket-arn
              - Sid: NoUploadsToReleases
                Effect: Deny
                Action: s3:PutObject
                Resource: !Sub '\${Bucket.Arn}/releases/*'`)}`

  test('one !ImportValue statement does not hide the resolved Deny of the same policy', () => {
    const result = decide(withImport, { key: 'releases/app.zip' })
    expect(result).toMatchObject({ head: 'deny', unknown: { head: [] } })
    expect(result.denial).toMatchObject({ kind: 'explicit', statement: 'NoUploadsToReleases', origin: 'Resources.Role.Properties.Policies[0]' })
  })
  test('...and where only the unresolved statement could allow, the check cannot be decided, naming it', () => {
    const result = decide(withImport, { key: 'builds/app.zip' })
    expect(result.head).toBe('unknown')
    expect(result.unknown.head).toEqual(['Resources.Role.Properties.Policies[0].PolicyDocument.Statement[0] (Imported): Fn::ImportValue shared-bucket-arn (a value another stack exports)'])
  })

  const keyTemplate = (keyStatement: string, identityKeyResource = "!GetAtt Key.Arn"): string => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Root
            Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
            Action: kms:*
            Resource: '*'
${keyStatement}
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${BUCKET}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
${role(`              - Effect: Allow
                Action: [s3:PutObject, s3:GetObject]
                Resource: !Sub '\${Bucket.Arn}/*'
              - Effect: Allow
                Action: [kms:GenerateDataKey, kms:Decrypt]
                Resource: ${identityKeyResource}`)}`

  test.each([
    ['s3:PutObject', 'allow'],
    ['s3:GetObject', 'allow']
  ])('the bucket key is !GetAtt Key.Arn of the template: %s is decided with its key policy', (action, head) => {
    expect(decide(keyTemplate(''), { action })).toMatchObject({ head, unknown: { head: [] } })
  })
  test('...and its key policy can deny', () => {
    const result = decide(keyTemplate(`          - Sid: NoCi
            Effect: Deny
            Principal: '*'
            Action: kms:GenerateDataKey
            Resource: '*'`))
    expect(result).toMatchObject({ head: 'deny', denial: { statement: 'NoCi', action: 'kms:GenerateDataKey' } })
  })
  test('a policy naming a specific key id: whether it is the generated one is not known', () => {
    const result = decide(keyTemplate('', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'))
    expect(result.head).toBe('unknown')
    expect(result.unknown.head).toEqual(['the id CloudFormation generates for Resources.Key is not known, and arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab may or may not be it'])
  })
  test('without the stack\'s account and region the key\'s ARN is unknown, and says what to give', () => {
    const result = decide(keyTemplate(''), {}, { parameters: {} })
    expect(result.head).toBe('unknown')
    expect(result.unknown.head.join('; ')).toContain('give cloudformation.account and cloudformation.region in the expectations file')
  })
})

describe('roles are matched by account where the source tells it', () => {
  const changes: Change[] = [
    { address: 'aws_s3_bucket.b', after: { bucket: BUCKET } },
    { address: 'aws_s3_bucket_policy.b', after: { bucket: BUCKET, policy: text({ Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:GetObject', Resource: `${ARN}/*` }) } },
    // A role named partner in this account: not the partner's role.
    { address: 'aws_iam_role.partner', after: { name: 'partner', arn: `arn:aws:iam::${ACCOUNT}:role/partner` } },
    { address: 'aws_iam_role_policy.partner', after: { name: 'nothing', role: 'partner', policy: text({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }) } }
  ]
  const set = policySetFromPlan(plan(changes), 'after')
  const file = expectations(
    [
      { name: 'Partner reads', principal: PARTNER, action: 's3:GetObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'allow' },
      { name: 'Our partner role reads', principal: `arn:aws:sts::${ACCOUNT}:assumed-role/partner/s`, action: 's3:GetObject', bucket: BUCKET, key: 'builds/app.zip', expect: 'deny' }
    ],
    { 'bucket-accounts': { [BUCKET]: ACCOUNT } }
  )
  const [partner, ours] = review(file, set, set).results as [ReviewResult, ReviewResult]

  test('the plan\'s role of another account is not used for the partner: its own policies are unknown', () => {
    expect(partner.head).toBe('unknown')
    expect(partner.unknown.head).toEqual([
      'role partner of account 444455556666 is not defined in the Terraform plan (after); the role partner it defines (aws_iam_role.partner) is in account 111122223333'
    ])
  })
  test('the same name in the plan\'s account is that role', () => {
    expect(ours).toMatchObject({ head: 'deny', denial: { kind: 'implicit', policyType: 'identity-based-policy' } })
  })
  test('the plan\'s account comes from data.aws_caller_identity when the role\'s ARN is not known yet', () => {
    const withData = {
      ...plan([{ address: 'aws_iam_role.partner', after: { name: 'partner' }, unknown: { arn: true } }]),
      prior_state: { values: { root_module: { resources: [{ address: 'data.aws_caller_identity.me', mode: 'data', type: 'aws_caller_identity', name: 'me', values: { account_id: ACCOUNT } }] } } }
    }
    expect(policySetFromPlan(withData, 'after').roles[0]?.account).toBe(ACCOUNT)
  })
})

describe('each reason is said once', () => {
  test('a bucket whose name is known only after apply, named by its policy and its settings too, is one candidate', () => {
    const references = (address: string, type: string): Record<string, unknown> => ({ address, mode: 'managed', type, name: 'x', expressions: { bucket: { references: ['aws_s3_bucket.x.id', 'aws_s3_bucket.x'] } } })
    const set = policySetFromPlan(
      plan(
        [
          { address: 'aws_s3_bucket.x', after: {}, unknown: { bucket: true } },
          { address: 'aws_s3_bucket_policy.x', after: { policy: text({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }) }, unknown: { bucket: true } },
          { address: 'aws_s3_bucket_public_access_block.x', after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }, unknown: { bucket: true } },
          { address: 'aws_iam_role.ci', after: { name: 'ci-deploy' } },
          { address: 'aws_iam_role_policy.ci', after: { name: 'r', role: 'ci-deploy', policy: text({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) } }
        ],
        [references('aws_s3_bucket_policy.x', 'aws_s3_bucket_policy'), references('aws_s3_bucket_public_access_block.x', 'aws_s3_bucket_public_access_block')]
      ),
      'after'
    )
    const file = expectations([{ name: 'e', principal: CI, action: 's3:GetObject', bucket: BUCKET, key: 'k', expect: 'allow' }])
    const report = review(file, set, set)
    const result = report.results[0] as ReviewResult
    expect(result.head).toBe('unknown')
    expect(result.unknown.head).toEqual(['bucket bkt is not defined in the Terraform plan (after) (it may be one of: aws_s3_bucket.x: bucket is known only after apply)'])
    expect(renderReviewMarkdown(report).match(/aws_s3_bucket\.x: bucket is known only after apply/g)).toHaveLength(2) // the undecidable line, and the unresolved values
  })
})
