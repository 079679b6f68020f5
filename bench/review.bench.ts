/**
 * Benchmark of the policy review (issue 5): 500 expectations against a Terraform plan holding 200
 * policy documents, timed as the CLI and the action run it: from the plan's and the expectations
 * file's text, through the review with proven fixes (src/fix's proposeFixes), to what is printed or
 * posted. Target: under 2 seconds for each path. Run by `npm run bench`; prints one line per path:
 *
 * - action (and `review --format markdown`): fixes for the checks the markdown shows in full
 *   (MAX_DETAILED), the pull request comment within GitHub's comment limit and the job summary;
 * - `review --format json`: fixes for every failing check, the JSON.
 *
 * The plan is generated (deterministically): 40 roles, each with an inline aws_iam_role_policy and
 * two attached customer managed policies (120 identity documents); 40 buckets with a bucket policy,
 * Block Public Access, Object Ownership and SSE-KMS (40); 20 KMS keys (20); 10 VPC endpoints (10);
 * 10 SCPs (10), attached to the organization's root (the plan holds the organization, so the
 * account's place in it is known). The head adds a Deny to every fourth bucket policy.
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { proposeFixes } from '../src/fix/index.js'
import { parseExpectations } from '../src/review/expectations.js'
import { COMMENT_BUDGET_CHARACTERS, MAX_DETAILED, renderReviewJson, renderReviewMarkdown, SUMMARY_BUDGET_BYTES } from '../src/review/report.js'
import { review } from '../src/review/review.js'
import { policySetsFromPlan } from '../src/review/source.js'

const ACCOUNT = '111122223333'
const ROLES = 40
const BUCKETS = 40
const KEYS = 20
const ENDPOINTS = 10
const SCPS = 10
const EXPECTATIONS = 500

const keyArn = (k: number): string => `arn:aws:kms:us-east-1:${ACCOUNT}:key/00000000-0000-4000-8000-${String(k).padStart(12, '0')}`
const bucketName = (b: number): string => `bench-artifacts-${b}`
const vpce = (e: number): string => `vpce-0${String(e).padStart(16, '0')}`

function change(address: string, type: string, before: unknown, after: unknown): unknown {
  const [name] = address.split('.').slice(-1)
  const actions = JSON.stringify(before) === JSON.stringify(after) ? ['no-op'] : before === null ? ['create'] : ['update']
  return { address, mode: 'managed', type, name, change: { actions, before, after, after_unknown: {} } }
}

function buildPlan(): string {
  const changes: unknown[] = []
  let documents = 0
  for (let k = 0; k < KEYS; k++) {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] })
    const values = { arn: keyArn(k), key_id: keyArn(k).split('/')[1], policy }
    changes.push(change(`aws_kms_key.k${k}`, 'aws_kms_key', values, values))
    documents++
  }
  for (let b = 0; b < BUCKETS; b++) {
    const bucket = bucketName(b)
    const arn = `arn:aws:s3:::${bucket}`
    const statements: unknown[] = [
      { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Sid: 'ReadForPartners', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::444455556666:root` }, Action: 's3:GetObject', Resource: `${arn}/shared/*` }
    ]
    const before = JSON.stringify({ Version: '2012-10-17', Statement: statements })
    const after = b % 4 === 0 ? JSON.stringify({ Version: '2012-10-17', Statement: [...statements, { Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `${arn}/*`, Condition: { StringNotEquals: { 'aws:SourceVpce': vpce(0) } } }] }) : before
    changes.push(change(`aws_s3_bucket.b${b}`, 'aws_s3_bucket', { bucket, arn }, { bucket, arn }))
    changes.push(change(`aws_s3_bucket_policy.b${b}`, 'aws_s3_bucket_policy', { bucket, policy: before }, { bucket, policy: after }))
    const block = { bucket, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }
    changes.push(change(`aws_s3_bucket_public_access_block.b${b}`, 'aws_s3_bucket_public_access_block', block, block))
    const ownership = { bucket, rule: [{ object_ownership: 'BucketOwnerEnforced' }] }
    changes.push(change(`aws_s3_bucket_ownership_controls.b${b}`, 'aws_s3_bucket_ownership_controls', ownership, ownership))
    const sse = { bucket, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: keyArn(b % KEYS) }], bucket_key_enabled: true }] }
    changes.push(change(`aws_s3_bucket_server_side_encryption_configuration.b${b}`, 'aws_s3_bucket_server_side_encryption_configuration', sse, sse))
    documents++
  }
  for (let r = 0; r < ROLES; r++) {
    const role = { name: `ci-role-${r}`, path: '/ci/', arn: `arn:aws:iam::${ACCOUNT}:role/ci/ci-role-${r}`, inline_policy: [], managed_policy_arns: [] }
    changes.push(change(`aws_iam_role.r${r}`, 'aws_iam_role', role, role))
    const buckets = [r % BUCKETS, (r + 7) % BUCKETS, (r + 13) % BUCKETS].map((b) => `arn:aws:s3:::${bucketName(b)}`)
    const inline = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Write', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: buckets.map((arn) => `${arn}/builds/*`) },
        { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: buckets },
        { Sid: 'Keys', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/*` }
      ]
    })
    const policy = { name: `ci-role-${r}-write`, role: `ci-role-${r}`, policy: inline }
    changes.push(change(`aws_iam_role_policy.r${r}`, 'aws_iam_role_policy', policy, policy))
    documents++
    for (let m = 0; m < 2; m++) {
      const arn = `arn:aws:iam::${ACCOUNT}:policy/bench-${r}-${m}`
      const managed = { arn, name: `bench-${r}-${m}`, path: '/', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `Read${m}`, Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucketName((r + m) % BUCKETS)}/docs/*` }] }) }
      changes.push(change(`aws_iam_policy.p${r}_${m}`, 'aws_iam_policy', managed, managed))
      const attachment = { role: `ci-role-${r}`, policy_arn: arn }
      changes.push(change(`aws_iam_role_policy_attachment.a${r}_${m}`, 'aws_iam_role_policy_attachment', attachment, attachment))
      documents++
    }
  }
  for (let e = 0; e < ENDPOINTS; e++) {
    const values = { id: vpce(e), service_name: 'com.amazonaws.us-east-1.s3', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }) }
    changes.push(change(`aws_vpc_endpoint.e${e}`, 'aws_vpc_endpoint', values, values))
    documents++
  }
  const organization = { id: 'o-bench0001', roots: [{ id: 'r-bench' }], master_account_id: '999988887777', accounts: [{ id: ACCOUNT }, { id: '999988887777' }] }
  changes.push(change('aws_organizations_organization.org', 'aws_organizations_organization', organization, organization))
  for (let s = 0; s < SCPS; s++) {
    const values = { id: `p-bench000${s}`, name: `guardrail-${s}`, type: 'SERVICE_CONTROL_POLICY', content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `DenyRegion${s}`, Effect: 'Deny', Action: 's3:CreateBucket', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } } }] }) }
    changes.push(change(`aws_organizations_policy.s${s}`, 'aws_organizations_policy', values, values))
    const attachment = { policy_id: `p-bench000${s}`, target_id: 'r-bench' }
    changes.push(change(`aws_organizations_policy_attachment.s${s}`, 'aws_organizations_policy_attachment', attachment, attachment))
    documents++
  }
  if (documents !== 200) throw new Error(`the generated plan holds ${documents} policies, not 200`)
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes })
}

function buildExpectations(): string {
  const actions = ['s3:PutObject', 's3:GetObject', 's3:ListBucket', 's3:DeleteObject']
  const lines = ['version: 1', 'expectations:']
  for (let i = 0; i < EXPECTATIONS; i++) {
    const action = actions[i % actions.length] as string
    const role = i % ROLES
    const bucket = [role, role + 7, role + 13][i % 3]! % BUCKETS // one of the buckets the role writes to
    lines.push(`  - name: expectation ${i}`)
    lines.push(`    principal: arn:aws:sts::${ACCOUNT}:assumed-role/ci-role-${role}/run-${i}`)
    lines.push(`    action: ${action}`)
    lines.push(`    bucket: ${bucketName(bucket)}`)
    if (action !== 's3:ListBucket') lines.push(`    key: builds/app-${i}.zip`)
    lines.push(`    context: { aws:SecureTransport: true, aws:SourceIp: 198.51.100.${i % 250} }`)
    if (i % 5 === 0) lines.push(`    vpcEndpoint: ${vpce(i % ENDPOINTS)}`)
    lines.push(`    expect: ${action === 's3:DeleteObject' ? 'deny' : 'allow'}`)
  }
  return `${lines.join('\n')}\n`
}

type Path = 'action' | 'json'

function once(planText: string, expectationsText: string, path: Path): { seconds: number; results: number; broken: number; passing: number; fixes: number } {
  const start = performance.now()
  const file = parseExpectations(expectationsText)
  const { base, head } = policySetsFromPlan(planText, 'bench-plan.json')
  const report = review(file, base, head, path === 'json' ? { proposeFixes } : { proposeFixes, fixLimit: MAX_DETAILED })
  if (path === 'json') renderReviewJson(report)
  else {
    renderReviewMarkdown(report, { maxCharacters: COMMENT_BUDGET_CHARACTERS, fullReport: 'the job summary' })
    renderReviewMarkdown(report, { maxBytes: SUMMARY_BUDGET_BYTES })
  }
  const fixes = report.results.reduce((total, result) => total + result.fixes.length, 0)
  return { seconds: (performance.now() - start) / 1000, results: report.results.length, broken: report.summary.broken, passing: report.summary.passing, fixes }
}

const PATHS: Record<Path, string> = {
  action: 'action / review --format markdown (fixes for the checks shown in full, comment and summary)',
  json: 'review --format json (fixes for every failing check)'
}

/** One path in this process: its first run is cold, as a CLI run or an action step is. */
function measure(path: Path): boolean {
  const planText = buildPlan()
  const expectationsText = buildExpectations()
  const cold = once(planText, expectationsText, path)
  const runs = [cold.seconds]
  for (let i = 0; i < 4; i++) runs.push(once(planText, expectationsText, path).seconds)
  runs.sort((a, b) => a - b)
  const median = runs[Math.floor(runs.length / 2)] as number
  const worst = Math.max(cold.seconds, median)
  console.log(
    `review, ${PATHS[path]}: ${EXPECTATIONS} expectations x 200 policies: ${median.toFixed(2)} s (first run ${cold.seconds.toFixed(2)} s, ${cold.results} checks: ${cold.broken} broken, ${cold.passing} passing, ${cold.fixes} proven fixes; target < 2 s)${worst < 2 ? '' : ' SLOWER THAN TARGET'}`
  )
  return worst < 2
}

const only = process.argv.find((arg) => arg.startsWith('--path='))?.slice('--path='.length)
if (only === 'action' || only === 'json') {
  if (!measure(only)) process.exitCode = 1
} else {
  // Each path in a process of its own, so that each first run is as cold as a real run.
  let failed = false
  for (const path of Object.keys(PATHS)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--path=${path}`], { stdio: 'inherit' })
    failed ||= child.status !== 0
  }
  if (failed) process.exitCode = 1
}
