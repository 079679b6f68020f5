/**
 * The review end to end on the fixtures: a Terraform plan of a realistic artifact bucket (both sides
 * in one plan), a CloudFormation template at base and head (JSON and YAML with short-form tags), and
 * folders of plain policy files.
 *
 * Semantics the expected outcomes rest on:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 *   (an explicit deny in any policy overrides any allow; without an allow the request is implicitly denied)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html (a boundary limits identity policies)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 *   (BlockPublicPolicy rejects a public bucket policy; RestrictPublicBuckets cuts anonymous access off)
 * https://developer.hashicorp.com/terraform/internals/json-format (after_unknown marks values known only after apply)
 */
import { proposeFixes } from '../../src/fix/index.js'
import { parseScenario } from '../../src/scenario/load.js'
import { parseExpectations } from '../../src/review/expectations.js'
import { policySetFromFiles, policyFilePaths } from '../../src/review/files.js'
import { MAX_DETAILED, MAX_FIXES_SHOWN, renderReviewJson, renderReviewMarkdown } from '../../src/review/report.js'
import { failure, review } from '../../src/review/review.js'
import { buildScenario } from '../../src/review/scenarios.js'
import { policySetOf, policySetsFromPlan } from '../../src/review/source.js'
import type { ReviewReport } from '../../src/review/types.js'
import { fixture } from './helpers.js'

function terraformReport(): ReviewReport {
  const file = parseExpectations(fixture('s3-access.yml'))
  const { base, head } = policySetsFromPlan(fixture('artifacts-plan.json'), 'artifacts-plan.json')
  return review(file, base, head, { proposeFixes })
}

function cloudFormationReport(baseName: string, headName: string): ReviewReport {
  const file = parseExpectations(fixture('s3-access-cfn.yml'))
  const base = policySetOf({ kind: 'file', path: baseName, text: fixture(baseName), label: 'base' }, file)
  const head = policySetOf({ kind: 'file', path: headName, text: fixture(headName), label: 'head' }, file)
  return review(file, base, head, { proposeFixes })
}

function filesReport(): ReviewReport {
  const file = parseExpectations(fixture('s3-access-files.yml'))
  const read = (side: string): Map<string, string | null> => {
    const files = new Map<string, string | null>()
    for (const path of policyFilePaths(file.policies ?? {})) {
      try {
        files.set(path, fixture(`policies-${side}/${path}`))
      } catch {
        files.set(path, null)
      }
    }
    return files
  }
  const base = policySetOf({ kind: 'folder', path: 'policies-base', files: read('base'), label: 'base' }, file)
  const head = policySetOf({ kind: 'folder', path: 'policies-head', files: read('head'), label: 'head' }, file)
  return review(file, base, head, { proposeFixes })
}

describe('resolution: a pull request that tightens a bucket policy in a Terraform plan', () => {
  const report = terraformReport()
  const broken = report.results.find((result) => result.name === 'CI uploads builds')

  test('the JSON names the broken expectation with ok: false and the denial of the head', () => {
    const json = JSON.parse(renderReviewJson(report))
    const entry = json.results.find((result: { name: string }) => result.name === 'CI uploads builds')
    expect(entry).toMatchObject({
      name: 'CI uploads builds',
      base: 'allow',
      head: 'deny',
      expect: 'allow',
      ok: false,
      status: 'broken',
      denial: {
        kind: 'explicit',
        policyType: 'resource-based-policy',
        statement: 'DenyUploadsOutsideVpce',
        action: 's3:PutObject',
        policy: 'bucket policy of acme-artifacts-prod',
        origin: 'aws_s3_bucket_policy.artifacts'
      }
    })
    expect(Array.isArray(json.broadGrants)).toBe(true)
  })

  test('the markdown comment names the expectation it breaks and the statement that breaks it', () => {
    const markdown = renderReviewMarkdown(report)
    const section = markdown.slice(markdown.indexOf('### ⛔ Broken'), markdown.indexOf('### ✅ Fixed'))
    expect(section).toContain('CI uploads builds')
    expect(section).toContain('**`DenyUploadsOutsideVpce`**')
    expect(section).toContain('`aws_s3_bucket_policy.artifacts`')
    expect(section).toContain('"aws:SourceVpce": "vpce-0a1b2c3d4e5f60718"')
    expect(markdown.indexOf('### ⛔ Broken')).toBeLessThan(markdown.indexOf('### ✅ Fixed'))
  })

  test('the broken expectation carries proven fixes that point at the source of the bucket policy', () => {
    expect(broken?.fixes.length).toBeGreaterThan(0)
    expect(broken?.fixes.every((fix) => fix.proven)).toBe(true)
    expect(broken?.fixes.some((fix) => fix.origin === 'aws_s3_bucket_policy.artifacts')).toBe(true)
    expect(renderReviewMarkdown(report)).toContain('**Proven fix**')
  })

  test('the step fails under fail-on broken and passes under never', () => {
    expect(failure(report, 'broken')).toContain('CI uploads builds (s3:PutObject)')
    expect(failure(report, 'never')).toBeNull()
  })
})

describe('the Terraform fixture, expectation by expectation', () => {
  const report = terraformReport()
  // name, action, base, head, status
  const rows: [string, string, string, string, string][] = [
    ['CI uploads builds', 's3:PutObject', 'allow', 'deny', 'broken'],
    ['CI lists builds', 's3:ListBucket', 'allow', 'allow', 'passing'],
    // The head attaches aws_iam_policy.artifact_read (ARN known after apply) by address.
    ['Release reader downloads builds', 's3:GetObject', 'deny', 'allow', 'fixed'],
    // The head's public statement is cut off by RestrictPublicBuckets.
    ['Release notes are not public', 's3:GetObject', 'deny', 'deny', 'passing'],
    ['CI cannot delete builds', 's3:DeleteObject', 'deny', 'deny', 'passing'],
    ['CI cannot delete builds', 's3:DeleteObjectVersion', 'deny', 'deny', 'passing'],
    ['Self-hosted runner uploads through the S3 endpoint', 's3:PutObject', 'allow', 'allow', 'passing'],
    // The staging bucket is new: its policy references the bucket ARN, known only after apply.
    ['CI uploads to staging', 's3:PutObject', 'unknown', 'unknown', 'unknown']
  ]
  test.each(rows)('%s (%s): base %s, head %s, %s', (name, action, base, head, status) => {
    const result = report.results.find((item) => item.name === name && item.action === action)
    expect(result).toMatchObject({ base, head, status, ok: head === result?.expect })
  })

  test('an undecidable head names the unknown value, never a guess', () => {
    const staging = report.results.find((item) => item.name === 'CI uploads to staging')
    expect(staging?.unknown.head).toEqual(['aws_s3_bucket_policy.staging: policy is known only after apply'])
    expect(staging?.unknown.base[0]).toMatch(/bucket acme-artifacts-staging is not defined in the Terraform plan/)
    expect(staging?.denial).toBeNull()
    expect(renderReviewMarkdown(report)).toContain('aws_s3_bucket_policy.staging: policy is known only after apply')
  })

  test('the new public statement is a broad grant that BlockPublicPolicy stops', () => {
    expect(report.broadGrants).toEqual([
      expect.objectContaining({ kind: 'wildcard-principal', statement: 'PublicReadReleaseNotes', public: true, blockPublicAccess: 'stops', origin: 'aws_s3_bucket_policy.artifacts' })
    ])
  })

  test('values resolved by address are not listed as unresolved; those left open are', () => {
    // The staging policy's bucket (aws_s3_bucket.staging.id) and the reader attachment's policy_arn
    // (aws_iam_policy.artifact_read.arn) are unknown but resolved through the configuration.
    expect(report.head.unresolved).toEqual(['aws_s3_bucket_policy.staging: policy is known only after apply'])
  })

  test('every scenario the review builds is a valid scenario (format 1)', () => {
    const file = parseExpectations(fixture('s3-access.yml'))
    const { base, head } = policySetsFromPlan(fixture('artifacts-plan.json'), 'artifacts-plan.json')
    for (const expectation of file.expectations) {
      for (const action of expectation.actions) {
        for (const set of [base, head]) expect(() => parseScenario(buildScenario(expectation, action, set, file).scenario)).not.toThrow()
      }
    }
  })
})

describe('CloudFormation: the head removes the CI role from the bucket policy grant', () => {
  // base, head: the same templates in long-form JSON and in YAML with short-form tags
  const pairs: [string, string][] = [
    ['artifacts-base.yaml', 'artifacts-head.yaml'],
    ['artifacts-base.json', 'artifacts-head.json'],
    ['artifacts-base.json', 'artifacts-head.yaml']
  ]
  const rows: [string, string, string, string][] = [
    ['CI uploads builds', 'allow', 'deny', 'broken'],
    ['Release publisher downloads builds', 'allow', 'allow', 'passing'],
    // Fn::If IsProd keeps DenyDeletesInProd: Environment defaults to prod.
    ['Nobody deletes release builds', 'deny', 'deny', 'passing'],
    // Fn::ImportValue cannot be resolved from the template.
    ['Analytics reads builds', 'unknown', 'unknown', 'unknown'],
    ['Anonymous cannot list', 'deny', 'deny', 'passing']
  ]
  describe.each(pairs)('%s -> %s', (baseName, headName) => {
    const report = cloudFormationReport(baseName, headName)
    test.each(rows)('%s: base %s, head %s, %s', (name, base, head, status) => {
      expect(report.results.find((result) => result.name === name)).toMatchObject({ base, head, status })
    })
    test('the broken expectation names the base statement the change narrowed', () => {
      const broken = report.results.find((result) => result.name === 'CI uploads builds')
      expect(broken?.denial).toMatchObject({ kind: 'implicit', policyType: 'identity-based-policy' })
      expect(broken?.baseAllowedBy).toEqual([{ policy: 'bucket policy of acme-artifacts-prod', statement: 'AllowCiUploads', origin: 'Resources.ArtifactBucketPolicy' }])
      expect(renderReviewMarkdown(report)).toContain('allowed by statement **`AllowCiUploads`** of bucket policy of acme-artifacts-prod (`Resources.ArtifactBucketPolicy`)')
    })
    test('the unresolved import is named, and the public statement reported', () => {
      expect(report.head.unresolved).toEqual(['Resources.AnalyticsRole.Properties.Policies[0].PolicyDocument.Statement[0]: Fn::ImportValue shared-analytics-bucket (a value another stack exports)'])
      expect(report.broadGrants).toEqual([expect.objectContaining({ kind: 'wildcard-principal', statement: 'PublicDownloads', origin: 'Resources.ArtifactBucketPolicy', blockPublicAccess: 'stops' })])
    })
  })
})

describe('plain policy files: the head narrows the boundary and adds a partner grant', () => {
  const report = filesReport()
  const rows: [string, string, string, string][] = [
    // The boundary no longer allows s3:PutObject: implicit deny by the permissions boundary.
    ['CI uploads builds', 'allow', 'deny', 'broken'],
    ['CI downloads builds', 'allow', 'allow', 'passing'],
    // The SCP beside FullAWSAccess denies requests outside us-east-1.
    ['Uploads from eu-west-1 are refused', 'deny', 'deny', 'passing'],
    // Plain files are the whole world: a role they do not map has no policies.
    ['Another role cannot read', 'deny', 'deny', 'passing']
  ]
  test.each(rows)('%s: base %s, head %s, %s', (name, base, head, status) => {
    expect(report.results.find((result) => result.name === name)).toMatchObject({ base, head, status })
  })
  test('the boundary is the denying layer, from its file', () => {
    const broken = report.results.find((result) => result.name === 'CI uploads builds')
    expect(broken?.denial).toMatchObject({ kind: 'implicit', policyType: 'permissions-boundary', origin: 'boundary.json' })
  })
  test('the SCP deny is reported from its file', () => {
    const refused = report.results.find((result) => result.name === 'Uploads from eu-west-1 are refused')
    expect(refused?.denial).toMatchObject({ kind: 'explicit', policyType: 'service-control-policy', statement: 'DenyOutsideUsEast1', origin: 'scp.json' })
  })
  test('s3:* for a partner account is a new broad grant; a file missing in the base is no policy there', () => {
    expect(report.broadGrants).toEqual([expect.objectContaining({ kind: 'all-actions', statement: 'PartnerFullAccess', origin: 'bucket-policy.json' })])
    expect(report.base.unresolved).toContain('endpoint.json does not exist in the policy files at base: taken as no policy')
  })
  test('fail-on any-change also fails on a new broad grant', () => {
    expect(failure(report, 'any-change')).toMatch(/1 new broad grant/)
  })
})

describe('fail-on', () => {
  const report = terraformReport()
  test.each([
    ['never', null],
    ['broken', /1 expectation fails: CI uploads builds \(s3:PutObject\)/],
    ['any-change', /CI uploads builds.*Release reader downloads builds \(s3:GetObject\) deny -> allow.*1 new broad grant/]
  ] as const)('%s', (failOn, expected) => {
    const result = failure(report, failOn)
    if (expected === null) expect(result).toBeNull()
    else expect(result).toMatch(expected)
  })
  test('a review where everything passes does not fail under broken', () => {
    const file = parseExpectations(fixture('s3-access.yml'))
    const { head } = policySetsFromPlan(fixture('artifacts-plan.json'), 'artifacts-plan.json')
    const same = review({ ...file, expectations: file.expectations.filter((item) => item.name === 'CI lists builds') }, head, head)
    expect(same.summary).toMatchObject({ passing: 1, broken: 0, changed: 0 })
    expect(failure(same, 'broken')).toBeNull()
    expect(failure(same, 'any-change')).toBeNull()
  })
})

describe('plain files as a set', () => {
  test('an unnamed bucket-policy applies to every bucket; an unnamed role-policies list to every role', () => {
    const set = policySetFromFiles({ bucketPolicy: 'b.json', rolePolicies: ['r.json'] }, new Map([
      ['b.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: '*' }] })],
      ['r.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] })]
    ]))
    const file = parseExpectations(`version: 1
expectations:
  - { name: any role writes, principal: 'arn:aws:sts::111122223333:assumed-role/whoever/s', action: s3:PutObject, bucket: any-bucket, key: k, expect: allow }
  - { name: deletes denied, principal: 'arn:aws:sts::111122223333:assumed-role/whoever/s', action: s3:DeleteObject, bucket: other-bucket, key: k, expect: deny }
`)
    const report = review(file, set, set)
    expect(report.results.map((result) => [result.name, result.head])).toEqual([
      ['any role writes', 'allow'],
      ['deletes denied', 'deny']
    ])
  })
})

describe('what a side is made of', () => {
  const file = parseExpectations(fixture('s3-access.yml'))
  test.each([
    ['JSON that is neither a plan nor a template', '{"hello": 1}', /x: neither a Terraform plan .* nor a CloudFormation template/],
    ['a plan of an unsupported format', '{"format_version": "2.0", "resource_changes": []}', /x: unsupported Terraform JSON format_version 2.0/],
    ['YAML that is not a template', 'just: text', /x: not a CloudFormation template: expected a mapping with Resources/]
  ])('%s', (_name, text, message) => {
    expect(() => policySetOf({ kind: 'file', path: 'x', text, label: 'head' }, file)).toThrow(message)
  })
  test('--plan needs a plan', () => {
    expect(() => policySetsFromPlan('{"Resources": {}}', 'p.json')).toThrow('p.json: not a Terraform plan (expected the JSON of terraform show -json PLAN)')
  })
  test('a file that does not exist on a side defines nothing there, and says so', () => {
    const set = policySetOf({ kind: 'file', path: 'infra/t.yaml', text: null, label: 'base abc' }, file)
    expect(set.roles).toEqual([])
    expect(set.unresolved).toEqual(['infra/t.yaml does not exist at base abc: nothing is defined there'])
  })
})

describe('a long review stays readable', () => {
  test(`only the first ${MAX_DETAILED} failing checks are shown in full, the others in one line`, () => {
    const file = parseExpectations(fixture('s3-access.yml'))
    const { base, head } = policySetsFromPlan(fixture('artifacts-plan.json'), 'artifacts-plan.json')
    const one = file.expectations[0]
    if (one === undefined) throw new Error('fixture')
    const many = { ...file, expectations: Array.from({ length: MAX_DETAILED + 5 }, (_, index) => ({ ...one, index, name: `upload ${index}` })) }
    const markdown = renderReviewMarkdown(review(many, base, head, { proposeFixes }))
    expect(markdown.match(/^#### upload /gm)).toHaveLength(MAX_DETAILED)
    expect(markdown.match(/^- \*\*upload \d+\*\*/gm)).toHaveLength(5)
    expect(markdown.match(/\*\*Proven fix\*\*/g)?.length).toBeLessThanOrEqual(MAX_DETAILED * MAX_FIXES_SHOWN)
  })
})
