/**
 * The review as a pull request comment (markdown) and as JSON. The markdown decides nothing: it
 * renders the report in a fixed order: broken expectations first (with the layer, the statement and
 * its source, and the proven fix), then fixed ones, then those still failing or that cannot be
 * decided, then the count of unchanged ones, then the new broad grants.
 */
import type { JsonValue } from '../scenario/types.js'
import type { BroadGrant, ReviewReport, ReviewResult } from './types.js'

/** Broken or failing checks shown in full (statement, fixes); the rest get one line each, so the comment stays readable and within GitHub's size limit. */
export const MAX_DETAILED = 20
/** Proven fixes shown per check (the safest first); the JSON output has them all. */
export const MAX_FIXES_SHOWN = 2

/** Inline text from the repository (names, reasons): no table breaks, no HTML. */
function inline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

/** A code span that survives backticks in the text. */
function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`
}

function jsonBlock(value: JsonValue): string[] {
  return ['```json', JSON.stringify(value, null, 2), '```']
}

function target(result: ReviewResult): string {
  return result.key === undefined ? `bucket ${code(result.bucket)}` : code(`s3://${result.bucket}/${result.key}`)
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function denialWords(result: ReviewResult): string {
  const denial = result.denial
  if (denial === null) return 'denied'
  const kind = denial.kind === undefined ? '' : ` (${denial.kind} deny)`
  const statement = denial.statement === null ? '' : `, statement **${code(denial.statement)}**`
  const origin = denial.origin === undefined ? '' : `, defined in ${code(denial.origin)}`
  const action = denial.action === result.action ? '' : ` (for ${code(denial.action)})`
  return `denied by the **${denial.policyType}**${kind}${action}: ${inline(denial.policy)}${statement}${origin}`
}

function brokenSection(result: ReviewResult): string[] {
  const lines = [`#### ${inline(result.name)}: ${code(result.action)} on ${target(result)}`, '']
  lines.push(`Expected **${result.expect}**; base **${result.base}** → head **${result.head}**, as ${code(result.principal)}.`, '')
  if (result.head === 'deny') {
    lines.push(`The head is ${denialWords(result)}.`, '')
    if (result.denial !== null) lines.push(`> ${inline(result.denial.reason)}`, '')
    if (result.statement !== null) lines.push(...jsonBlock(result.statement), '')
    if (result.baseAllowedBy.length > 0) {
      const was = result.baseAllowedBy.map((item) => `statement **${code(item.statement)}** of ${inline(item.policy)}${item.origin === undefined ? '' : ` (${code(item.origin)})`}`)
      lines.push(`In the base it was allowed by ${was.join(' and ')}; the change ${result.denial?.kind === 'explicit' ? 'adds the deny above' : 'removes or narrows that grant'}.`, '')
    }
  } else {
    lines.push(`The head allows what must be denied.`, '')
  }
  for (const fix of result.fixes.slice(0, MAX_FIXES_SHOWN)) {
    const where = fix.origin === undefined ? '' : `, in ${code(fix.origin)}`
    lines.push(`**Proven fix** (${fix.owner}${where}): ${inline(fix.title)}`, '', inline(fix.explanation), '')
    if (fix.document !== null && typeof fix.document === 'object') lines.push(...jsonBlock(fix.document), '')
    else lines.push(`Set ${code(fix.target)} to ${code(JSON.stringify(fix.document))}.`, '')
    if (fix.command !== null) lines.push('```sh', fix.command, '```', '')
  }
  for (const note of result.notes) lines.push(`_Assumes:_ ${inline(note)}`, '')
  return lines
}

function grantRow(grant: BroadGrant): string {
  const kind: Record<BroadGrant['kind'], string> = {
    'wildcard-principal': grant.public === true ? 'public principal' : 'wildcard principal',
    'all-actions': 'every action',
    'all-resources': 'every resource',
    'block-public-access-off': 'Block Public Access off'
  }
  return `| ${kind[grant.kind]} | ${cell(grant.policy)} (${code(grant.origin)}) | ${code(grant.statement)} | ${cell(grant.detail)} |`
}

/** The pull request comment and job summary. */
export function renderReviewMarkdown(report: ReviewReport): string {
  const { summary } = report
  const results = report.results
  const unchanged = results.filter((result) => result.status === 'passing')
  const headline: string[] = []
  headline.push(summary.broken > 0 ? `⛔ **${plural(summary.broken, 'expectation')} broken**` : '✅ no expectation broken')
  if (summary.fixed > 0) headline.push(`✅ ${summary.fixed} fixed`)
  if (summary.failing > 0) headline.push(`❗ ${summary.failing} still failing`)
  if (summary.unknown > 0) headline.push(`❔ ${summary.unknown} cannot be decided`)
  headline.push(`${unchanged.length} unchanged`)
  if (report.broadGrants.length > 0) headline.push(`⚠️ ${plural(report.broadGrants.length, 'new broad grant')}`)
  const lines = ['## S3 access review', '', headline.join(' · '), '', `Compared ${inline(report.base.description)} → ${inline(report.head.description)}.`, '']

  let detailed = 0
  const sections = (list: ReviewResult[]): void => {
    for (const result of list) {
      if (detailed < MAX_DETAILED) {
        lines.push(...brokenSection(result))
        detailed++
      } else {
        lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)}: expected ${result.expect}, head ${result.head}${result.head === 'deny' ? ` (${denialWords(result)})` : ''}`, '')
      }
    }
  }
  const broken = results.filter((result) => result.status === 'broken')
  if (broken.length > 0) {
    lines.push('### ⛔ Broken by this change', '')
    sections(broken)
  }
  const fixed = results.filter((result) => result.status === 'fixed')
  if (fixed.length > 0) {
    lines.push('### ✅ Fixed by this change', '')
    for (const result of fixed) {
      lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} is now **${result.head}**, as expected (was ${result.base}).`)
    }
    lines.push('')
  }
  const failing = results.filter((result) => result.status === 'failing')
  if (failing.length > 0) {
    lines.push('### ❗ Failing before and after this change', '')
    sections(failing)
  }
  const unknown = results.filter((result) => result.status === 'unknown')
  if (unknown.length > 0) {
    lines.push('### ❔ Cannot be decided', '')
    for (const result of unknown) {
      lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} (expected ${result.expect}, base ${result.base}): the head depends on ${result.unknown.head.map(inline).join('; ')}`)
    }
    lines.push('')
  }
  lines.push('### Unchanged', '', unchanged.length === 0 ? 'No check passes unchanged.' : `${plural(unchanged.length, 'check')} (expectation and action) pass${unchanged.length === 1 ? 'es' : ''} as before.`, '')

  lines.push('### ⚠️ New broad grants', '')
  if (report.broadGrants.length === 0) lines.push('None.', '')
  else {
    lines.push('| grant | where | statement | detail |', '| --- | --- | --- | --- |')
    for (const grant of report.broadGrants) lines.push(grantRow(grant))
    lines.push('')
  }
  const unresolved = [...new Set([...report.head.unresolved])]
  if (unresolved.length > 0) {
    lines.push('<details><summary>Values the head could not resolve</summary>', '')
    for (const item of unresolved) lines.push(`- ${inline(item)}`)
    lines.push('', '</details>', '')
  }
  return `${lines.join('\n')}\n`
}

/** `review --format json`: the results and broad grants (the contract), the summary and what was compared. */
export function renderReviewJson(report: ReviewReport): string {
  return `${JSON.stringify(
    {
      results: report.results,
      broadGrants: report.broadGrants,
      summary: report.summary,
      base: report.base,
      head: report.head
    },
    null,
    2
  )}\n`
}
