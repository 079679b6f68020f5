/**
 * What the review posts and prints, at any size: the pull request comment within GitHub's limit
 * ("Body is too long (maximum is 65536 characters)",
 * https://docs.github.com/rest/issues/comments#create-an-issue-comment), the job summary within 1 MiB
 * (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary),
 * the JSON results one per (entry, action), and when the step fails.
 */
import { proposeFixes } from '../../src/fix/index.js'
import { runReviewMode, type ReviewDeps } from '../../src/action/review.js'
import { readSettings } from '../../src/action/settings.js'
import { parseExpectations } from '../../src/review/expectations.js'
import { COMMENT_BUDGET_CHARACTERS, MAX_DETAILED, renderReviewJson, renderReviewMarkdown, SUMMARY_BUDGET_BYTES } from '../../src/review/report.js'
import { failure, review } from '../../src/review/review.js'
import { policySetsFromPlan } from '../../src/review/source.js'
import { policySetFromPlan } from '../../src/review/terraform.js'
import type { ExpectationsFile, ReviewReport } from '../../src/review/types.js'
import { ACCOUNT, CI, doc, expectations, fixture, plan } from './helpers.js'

const GITHUB_COMMENT_LIMIT = 65_536

function manyBroken(count: number): { file: ExpectationsFile; report: ReviewReport } {
  const file = parseExpectations(fixture('s3-access.yml'))
  const { base, head } = policySetsFromPlan(fixture('artifacts-plan.json'), 'artifacts-plan.json')
  const one = file.expectations[0]
  if (one === undefined) throw new Error('fixture')
  const many = { ...file, expectations: Array.from({ length: count }, (_, index) => ({ ...one, index, name: `CI uploads build ${index} of the nightly release train` })) }
  return { file: many, report: review(many, base, head, { proposeFixes, fixLimit: MAX_DETAILED }) }
}

describe('the comment stays within GitHub\'s limit; the job summary keeps the full report', () => {
  const { report } = manyBroken(500)
  const full = renderReviewMarkdown(report)
  const comment = renderReviewMarkdown(report, { maxCharacters: COMMENT_BUDGET_CHARACTERS, limit: "GitHub's 65,536-character limit on a comment", fullReport: 'the job summary of this run' })

  test('500 broken checks would take far more than a comment may', () => {
    expect(report.summary.broken).toBe(500)
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT)
  })
  test('the comment fits, with room for the marker and the publisher\'s note', () => {
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET_CHARACTERS)
    expect(COMMENT_BUDGET_CHARACTERS).toBeLessThan(GITHUB_COMMENT_LIMIT - 1000)
  })
  test('every broken check is still listed, by name and action', () => {
    for (let index = 0; index < 500; index++) expect(comment).toContain(`**CI uploads build ${index} of the nightly release train**`)
    expect(comment).toContain('⛔ **500 expectations broken**')
  })
  test('it says what was cut and where the full report is', () => {
    expect(comment).toMatch(/^> ✂️ Shortened to fit GitHub's 65,536-character limit on a comment: .*500 failing checks in one line instead of in full.*\. The full report is in the job summary of this run\.$/m)
  })
  test('the job summary is the full report (it is far below 1 MiB)', () => {
    expect(renderReviewMarkdown(report, { maxBytes: SUMMARY_BUDGET_BYTES })).toBe(full)
    expect(full.match(/^#### CI uploads build /gm)).toHaveLength(MAX_DETAILED)
  })
  test('a report that fits is not shortened and carries no note', () => {
    const small = manyBroken(3).report
    expect(renderReviewMarkdown(small, { maxCharacters: COMMENT_BUDGET_CHARACTERS })).toBe(renderReviewMarkdown(small))
    expect(renderReviewMarkdown(small)).not.toContain('Shortened')
  })
  test('when even one short line per broken check is too long, the rest are counted', () => {
    const tiny = renderReviewMarkdown(report, { maxCharacters: 8_000, fullReport: 'the job summary' })
    expect(tiny.length).toBeLessThanOrEqual(8_000)
    expect(tiny).toMatch(/…and \d+ more, not listed here\./)
    expect(tiny).toMatch(/\d+ broken checks not listed/)
  })
})

describe('the action posts the shortened comment and the full summary', () => {
  test('runReviewMode', async () => {
    const { file } = manyBroken(500)
    const lines = ['version: 1', 'expectations:']
    for (const expectation of file.expectations) {
      lines.push(`  - name: ${expectation.name}`, `    principal: ${expectation.principal}`, `    action: ${expectation.actions[0] ?? ''}`, `    bucket: ${expectation.bucket}`, `    key: ${expectation.key ?? ''}`, '    expect: allow')
    }
    const posted: [string, string | undefined][] = []
    const deps: ReviewDeps = {
      readAtRevision: async () => null,
      pullRequestCommits: async () => ({ base: 'b'.repeat(40), head: 'h'.repeat(40) }),
      readWorkingFile: async (path) => (path === 'plan.json' ? fixture('artifacts-plan.json') : path === '.github/s3-access.yml' ? `${lines.join('\n')}\n` : null),
      setOutput: () => undefined,
      postReport: async (comment, summary) => void posted.push([comment, summary]),
      info: () => undefined
    }
    const outcome = await runReviewMode(readSettings((name) => ({ mode: 'review', plan: 'plan.json' })[name] ?? ''), deps)
    const [comment, summary] = posted[0] ?? ['', '']
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET_CHARACTERS)
    expect(comment).toContain('The full report is in the job summary of this run.')
    expect(summary).toBe(outcome.summary)
    expect(summary?.match(/^#### CI uploads build /gm)).toHaveLength(MAX_DETAILED)
    expect(Buffer.byteLength(summary ?? '', 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(outcome.failure).toMatch(/^500 expectations fail/)
  })
})

describe('JSON: one result per (entry, action)', () => {
  test('an entry with two actions gives two results with its name, told apart by action', () => {
    const set = policySetFromPlan(
      plan([
        { address: 'aws_s3_bucket.b', after: { bucket: 'bkt' } },
        { address: 'aws_iam_role.ci', after: { name: 'ci-deploy' } },
        { address: 'aws_iam_role_policy.ci', after: { name: 'rw', role: 'ci-deploy', policy: JSON.stringify(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bkt/*' })) } }
      ]),
      'after'
    )
    const file = expectations([{ name: 'CI reads and writes', principal: CI, action: ['s3:GetObject', 's3:PutObject'], bucket: 'bkt', key: 'k', expect: 'allow' }])
    const json = JSON.parse(renderReviewJson(review(file, set, set)))
    expect(json.results.map((result: { name: string; action: string; head: string; ok: boolean }) => [result.name, result.action, result.head, result.ok])).toEqual([
      ['CI reads and writes', 's3:GetObject', 'allow', true],
      ['CI reads and writes', 's3:PutObject', 'deny', false]
    ])
    for (const result of json.results) expect(Object.keys(result)).toEqual(expect.arrayContaining(['name', 'action', 'base', 'head', 'expect', 'ok', 'denial']))
  })
})

describe('fail-on and a check the change makes undecidable', () => {
  // The base allows the upload; the head's bucket policy is known only after apply.
  const changes = [
    { address: 'aws_s3_bucket.b', after: { bucket: 'bkt' } },
    { address: 'aws_iam_role.ci', after: { name: 'ci-deploy', arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy` } },
    { address: 'aws_iam_role_policy.ci', after: { name: 'w', role: 'ci-deploy', policy: JSON.stringify(doc({ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::bkt/*' })) } }
  ]
  const base = policySetFromPlan(plan(changes), 'after')
  const head = policySetFromPlan(plan([...changes, { address: 'aws_s3_bucket_policy.b', after: { bucket: 'bkt' }, unknown: { policy: true } }]), 'after')
  const file = expectations([{ name: 'CI uploads', principal: CI, action: 's3:PutObject', bucket: 'bkt', key: 'k', expect: 'allow' }])
  const report = review(file, base, head)

  test('allow -> unknown: listed as undecidable, with the value it depends on', () => {
    expect(report.results[0]).toMatchObject({ base: 'allow', head: 'unknown', status: 'unknown', ok: false, unknown: { head: ['aws_s3_bucket_policy.b: policy is known only after apply'] } })
  })
  test('broken fails the step only on a proven break: not on this one', () => {
    expect(failure(report, 'broken')).toBeNull()
  })
  test('any-change fails on it, saying the check can no longer be decided', () => {
    expect(failure(report, 'any-change')).toBe('1 check can no longer be decided: CI uploads (s3:PutObject) allow -> unknown')
  })
})
