/**
 * The job summary as GitHub shows it: rendered to HTML by a GitHub-flavoured markdown renderer
 * (`marked` with GFM: tables, fenced code, raw HTML `<details>`,
 * https://docs.github.com/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax),
 * opened in a real headless Chromium (Debian's `chromium` package; CI installs it with
 * scripts/ci/install-chromium.sh). The test asserts on the DOM; the screenshot goes to
 * artifacts/ for people to look at, never compared pixel by pixel.
 *
 * Without /usr/bin/chromium the test fails under CI=true and is skipped elsewhere, saying why.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { marked } from 'marked'
import { chromium, type Browser } from 'playwright-core'
import { diagnoseFixes } from '../../src/fix/index.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { buildSummary } from '../../src/report/summary.js'
import { caller, example, withLive } from './fixtures.js'

const CHROMIUM = '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
const inCi = process.env['CI'] === 'true'
const artifacts = join(process.cwd(), 'artifacts')
if (!available && !inCi) console.warn(`Skipping the rendered summary test: ${CHROMIUM} is missing (install Debian's chromium package, see scripts/ci/install-chromium.sh).`)
const browserTest = available || inCi ? test : test.skip

/** GitHub's markdown look, near enough to judge a report by: its fonts, tables, code and details. */
const CSS = `
body { margin: 0; background: #ffffff; }
.markdown-body { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 32px; color: #1f2328; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; word-wrap: break-word; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body blockquote, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: rgba(129, 139, 152, .12); border-radius: 6px; font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
.markdown-body pre code { padding: 0; background: transparent; font-size: 100%; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body table th { font-weight: 600; }
.markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body table tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body summary { cursor: pointer; }
`

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>s3-403-doctor summary</title><style>${CSS}</style></head><body><article class="markdown-body">${body}</article></body></html>`
}

/** A live-looking denial with every part: caller, probes, near misses, real fixes, an unreadable layer. */
function reportedDiagnosis() {
  const base = example('20-principal-org-id-outside-org.json')
  return withLive(offlineDiagnosis(base.scenario, base.verdict, diagnoseFixes(base.scenario, base.verdict)), {
    caller: { ...caller, arn: base.scenario.request.principal, account: '444455556666', identityArn: 'arn:aws:iam::444455556666:role/vendor-ci' },
    probes: [
      { operation: 'GetObject', action: 's3:GetObject', key: 'releases/app-1.4.2.zip', status: 403, errorCode: 'AccessDenied', message: 'Access Denied', requestId: 'Q2XNB6P1MHRZ3T9K', outcome: 'denied', meaning: 'the download fails with 403' },
      { operation: 'HeadObject', action: 's3:GetObject', key: 'releases/app-1.4.2.zip', status: 403, errorCode: null, message: null, requestId: 'Q2XNB6P1MHRZ3T9L', outcome: 'denied', meaning: 'HEAD is refused too' }
    ],
    unreadable: [{ path: 'organization.serviceControlPolicies', error: 'AccessDeniedException: You don’t have permissions to access this resource.', permission: 'organizations:ListPoliciesForTarget, organizations:DescribePolicy' }]
  })
}

browserTest(
  'the summary renders as GitHub would: headline, tables with the right rows, code blocks (screenshot in artifacts/)',
  async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing; CI must install it first (scripts/ci/install-chromium.sh)`)
    const diagnosis = reportedDiagnosis()
    const markdown = buildSummary(diagnosis, { notes: ['Posted this report as a comment on pull request #7.'] })
    const html = page(marked.parse(markdown, { gfm: true, async: false }))
    mkdirSync(artifacts, { recursive: true })
    writeFileSync(join(artifacts, 'report-summary.md'), markdown)
    writeFileSync(join(artifacts, 'report-summary.html'), html)

    let browser: Browser | undefined
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
      })
      const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } })
      await tab.setContent(html, { waitUntil: 'load' })

      const headline = await tab.locator('h3').first().innerText()
      expect(headline).toBe(
        '⛔ DENY: s3:GetObject on s3://example-release-downloads/releases/app-1.4.2.zip for arn:aws:sts::444455556666:assumed-role/vendor-ci/GitHubActions is denied by the bucket policy (implicit deny: nothing allows it): bucket policy of example-release-downloads.'
      )
      expect(await tab.locator('h4').allInnerTexts()).toEqual(['Statements that would allow it, and what they miss', 'How to fix it', 'Every layer', 'Probes', 'What the doctor could not read', 'Notes'])

      // Every table, as rows of cell texts.
      // (The callback runs in the page; tsconfig has no DOM types, hence the minimal shape.)
      interface Element {
        querySelectorAll(selector: string): ArrayLike<Element>
        innerText: string
      }
      const tables: string[][][] = await tab.locator('table').evaluateAll((elements: Element[]) =>
        elements.map((table) => Array.from(table.querySelectorAll('tr')).map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.innerText.trim())))
      )
      const find = (header: string) => tables.find((rows) => rows[0]?.[0] === header)
      expect(find('statement')).toEqual([
        ['statement', 'what does not match', "policy's values", "request's value"],
        ['AllowOrgPrincipals in bucket policy of example-release-downloads', 'aws:PrincipalOrgID StringEquals', '"o-exampleorg1"', '"o-vendororg22"']
      ])
      const layers = find('layer')
      expect(layers?.map((row) => row.slice(0, 2))).toEqual([
        ['layer', 'status'],
        ['Service control policies', 'not involved'],
        ['Resource control policies', 'not involved'],
        ['VPC endpoint policy', 'not involved'],
        ['Bucket policy', 'denies'],
        ['Identity-based policies', 'allows'],
        ['Permissions boundary', 'not involved'],
        ['Session policies', 'not involved'],
        // The S3 layers outside the policies, as the evaluator now traces them.
        ['Block Public Access', 'not involved'],
        ['ACLs', 'not involved'],
        ['Object Ownership', 'not involved'],
        ['Requester Pays', 'not involved'],
        ['Object Lock', 'not involved']
      ])
      expect(find('operation')?.map((row) => [row[0], row[2], row[3]])).toEqual([
        ['operation', 'status', 'error code'],
        ['GetObject', '403 denied', 'AccessDenied'],
        ['HeadObject', '403 denied', '—']
      ])
      expect(tables.some((rows) => rows[1]?.[0] === 'organization.serviceControlPolicies' && rows[1]?.[2]?.startsWith('organizations:ListPoliciesForTarget'))).toBe(true)

      // The fix's policy and command are code blocks; the trace and context are collapsed.
      expect(await tab.locator('pre > code.language-json').count()).toBeGreaterThanOrEqual(1)
      expect(await tab.locator('pre > code.language-sh').first().innerText()).toMatch(/^aws s3api put-bucket-policy --bucket example-release-downloads --policy file:\/\//)
      expect(await tab.locator('details').count()).toBe(2)
      expect(await tab.locator('details[open]').count()).toBe(0)
      expect(await tab.locator('details summary').allInnerTexts()).toEqual([expect.stringMatching(/^The request's condition keys \(\d+\)$/), expect.stringMatching(/^Evaluation trace: every statement \(\d+\)$/)])

      // Nothing of the markdown shows through as text.
      const text = await tab.locator('article').innerText()
      expect(text).not.toMatch(/\| ---|```|\*\*|<details>|<account-/)

      await tab.screenshot({ path: join(artifacts, 'report-summary.png'), fullPage: true })
      // Opened, the trace renders its list too.
      await tab.locator('details summary').last().click()
      expect(await tab.locator('details[open] li').count()).toBeGreaterThan(0)
      await tab.screenshot({ path: join(artifacts, 'report-summary-trace-open.png'), fullPage: true })
    } finally {
      await browser?.close()
    }
    expect(existsSync(join(artifacts, 'report-summary.png'))).toBe(true)
  },
  90_000
)
