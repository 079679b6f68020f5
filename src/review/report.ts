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

interface Shape {
  /** Broken and failing checks shown in full (the rest in one line each). */
  detailed: number
  fixes: number
  /** Checks listed per section (fixed, failing in one line, cannot be decided); the rest counted. */
  list: number
  /** Broken checks listed at all (the rest counted). */
  broken: number
  grants: number
  unresolved: number
  /** Broken and failing checks in one short line each (name, action), grouped under what denies them. */
  compact?: boolean
}

const SHAPES: Shape[] = [
  { detailed: MAX_DETAILED, fixes: MAX_FIXES_SHOWN, list: Number.POSITIVE_INFINITY, broken: Number.POSITIVE_INFINITY, grants: Number.POSITIVE_INFINITY, unresolved: Number.POSITIVE_INFINITY },
  { detailed: 5, fixes: 1, list: 50, broken: Number.POSITIVE_INFINITY, grants: 50, unresolved: 20 },
  { detailed: 1, fixes: 1, list: 10, broken: Number.POSITIVE_INFINITY, grants: 10, unresolved: 5 },
  { detailed: 0, fixes: 0, list: 10, broken: Number.POSITIVE_INFINITY, grants: 10, unresolved: 5, compact: true },
  { detailed: 0, fixes: 0, list: 0, broken: Number.POSITIVE_INFINITY, grants: 0, unresolved: 0, compact: true }
]

function brokenSection(result: ReviewResult, shape: Shape): string[] {
  const lines = [`#### ${inline(result.name)}: ${code(result.action)} on ${target(result)}`, '']
  lines.push(`Expected **${result.expect}**; base **${result.base}** → head **${result.head}**, as ${code(result.principal)}.`, '')
  if (result.head === 'deny') {
    lines.push(`The head is ${denialWords(result)}.`, '')
    if (result.denial !== null) lines.push(`> ${inline(result.denial.reason)}`, '')
    if (result.statement !== null) lines.push(...jsonBlock(result.statement), '')
    if (result.baseAllowedBy.length > 0) {
      const was = result.baseAllowedBy.map((item) => `statement **${code(item.statement)}** of ${inline(item.policy)}${item.origin === undefined ? '' : ` (${code(item.origin)})`}`)
      const base = result.base === 'unknown' ? 'In the base (where its unknowns allow) it was allowed by' : 'In the base it was allowed by'
      lines.push(`${base} ${was.join(' and ')}; the change ${result.denial?.kind === 'explicit' ? 'adds the deny above' : 'removes or narrows that grant'}.`, '')
    }
  } else {
    lines.push(`The head allows what must be denied.`, '')
  }
  for (const fix of result.fixes.slice(0, shape.fixes)) {
    const where = fix.origin === undefined ? '' : `, in ${code(fix.origin)}`
    lines.push(`**Proven fix** (${fix.owner}${where}): ${inline(fix.title)}`, '', inline(fix.explanation), '')
    if (fix.document !== null && typeof fix.document === 'object') lines.push(...jsonBlock(fix.document), '')
    else lines.push(`Set ${code(fix.target)} to ${code(JSON.stringify(fix.document))}.`, '')
    if (fix.command !== null) lines.push('```sh', fix.command, '```', '')
  }
  for (const note of result.notes) lines.push(`_Assumes:_ ${inline(note)}`, '')
  return lines
}

function oneLine(result: ReviewResult): string {
  return `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)}: expected ${result.expect}, head ${result.head}${result.head === 'deny' ? ` (${denialWords(result)})` : ''}`
}

/** What denies a check, briefly: the heading of a group of checks in the shortest form. */
function groupTitle(result: ReviewResult): string {
  const denial = result.denial
  if (result.head !== 'deny') return `**Head ${result.head}, expected ${result.expect}**`
  if (denial === null) return '**Denied**'
  const statement = denial.statement === null ? '' : `, statement ${code(denial.statement)}`
  const origin = denial.origin === undefined ? '' : ` (${code(denial.origin)})`
  return `**Denied by the ${denial.policyType}${denial.kind === undefined ? '' : ` (${denial.kind} deny)`}: ${inline(denial.policy)}${statement}${origin}**`
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

export interface MarkdownOptions {
  /** The most the text may take in UTF-16 code units, as GitHub counts a comment body. */
  maxCharacters?: number
  /** The most the text may take in UTF-8 bytes, as GitHub counts a job summary. */
  maxBytes?: number
  /** The limit, in words, for the note a shortened text carries ("GitHub's 65,536-character limit on a comment"). */
  limit?: string
  /** Where the full report is, for the note a shortened text carries ("the job summary"). */
  fullReport?: string
}

/**
 * GitHub refuses a comment body over 65,536 characters
 * (https://docs.github.com/rest/issues/comments#create-an-issue-comment): the review's share leaves
 * room for the hidden marker and the note the publisher adds.
 */
export const COMMENT_BUDGET_CHARACTERS = 65_536 - 2_048
/**
 * GitHub refuses a step summary over 1 MiB
 * (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary).
 */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 8 * 1024

function render(report: ReviewReport, shape: Shape, options: MarkdownOptions): { text: string; cuts: string[] } {
  const { summary } = report
  const results = report.results
  const unchanged = results.filter((result) => result.status === 'passing')
  const cuts: string[] = []
  const headline: string[] = []
  headline.push(summary.broken > 0 ? `⛔ **${plural(summary.broken, 'expectation')} broken**` : '✅ no expectation broken')
  if (summary.fixed > 0) headline.push(`✅ ${summary.fixed} fixed`)
  if (summary.failing > 0) headline.push(`❗ ${summary.failing} still failing`)
  if (summary.unknown > 0) headline.push(`❔ ${summary.unknown} cannot be decided`)
  headline.push(`${unchanged.length} unchanged`)
  if (report.broadGrants.length > 0) headline.push(`⚠️ ${plural(report.broadGrants.length, 'new broad grant')}`)
  const lines = ['## S3 access review', '', headline.join(' · '), '', `Compared ${inline(report.base.description)} → ${inline(report.head.description)}.`, '']
  const noteAt = lines.length

  let detailed = 0
  /** Broken or failing checks, up to `limit`: in full while the shape allows, then one line each; the rest counted. */
  const sections = (heading: string, list: ReviewResult[], limit: number, what: string): void => {
    if (list.length === 0) return
    lines.push(heading, '')
    const shown = list.slice(0, limit)
    if (shape.compact === true) {
      // One short line per check, grouped under what denies them.
      const groups = new Map<string, ReviewResult[]>()
      for (const result of shown) {
        const key = groupTitle(result)
        groups.set(key, [...(groups.get(key) ?? []), result])
      }
      for (const [title, members] of groups) lines.push(`${title} (${members.length}):`, '', ...members.map((result) => `- **${inline(result.name)}** ${code(result.action)}`), '')
    } else {
      for (const result of shown) {
        if (detailed < shape.detailed) {
          lines.push(...brokenSection(result, shape))
          detailed++
        } else lines.push(oneLine(result), '')
      }
    }
    if (list.length > limit) {
      lines.push(limit === 0 ? `${plural(list.length, 'check')}, not listed here.` : `…and ${list.length - limit} more, not listed here.`, '')
      cuts.push(`${plural(list.length - limit, what)} not listed`)
    }
  }
  /** Other checks, one line each, up to `shape.list` of them; the rest counted. */
  const listed = (heading: string, list: ReviewResult[], what: string, line: (result: ReviewResult) => string): void => {
    if (list.length === 0) return
    lines.push(heading, '')
    for (const result of list.slice(0, shape.list)) lines.push(line(result))
    if (list.length > shape.list) {
      lines.push(shape.list === 0 ? `${plural(list.length, 'check')}, not listed here.` : `- …and ${list.length - shape.list} more.`)
      cuts.push(`${plural(list.length - shape.list, what)} not listed`)
    }
    lines.push('')
  }
  const broken = results.filter((result) => result.status === 'broken')
  sections('### ⛔ Broken by this change', broken, shape.broken, 'broken check')
  listed(
    '### ✅ Fixed by this change',
    results.filter((result) => result.status === 'fixed'),
    'fixed check',
    (result) => `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} is now **${result.head}**, as expected (was ${result.base}).`
  )
  const failing = results.filter((result) => result.status === 'failing')
  sections('### ❗ Failing before and after this change', failing, shape.list, 'still-failing check')
  const shownFailing = broken.slice(0, shape.broken).length + failing.slice(0, shape.list).length
  if (shownFailing > detailed && detailed < MAX_DETAILED) cuts.push(`${plural(shownFailing - detailed, 'failing check')} in one line instead of in full (statement, proven fixes)`)
  listed(
    '### ❔ Cannot be decided',
    results.filter((result) => result.status === 'unknown'),
    'undecidable check',
    (result) => `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} (expected ${result.expect}, base ${result.base}): the head depends on ${[...new Set(result.unknown.head)].map(inline).join('; ')}`
  )
  lines.push('### Unchanged', '', unchanged.length === 0 ? 'No check passes unchanged.' : `${plural(unchanged.length, 'check')} (expectation and action) pass${unchanged.length === 1 ? 'es' : ''} as before.`, '')

  lines.push('### ⚠️ New broad grants', '')
  if (report.broadGrants.length === 0) lines.push('None.', '')
  else if (shape.grants === 0) {
    lines.push(`${plural(report.broadGrants.length, 'new broad grant')}, not listed here.`, '')
    cuts.push('the list of new broad grants')
  } else {
    lines.push('| grant | where | statement | detail |', '| --- | --- | --- | --- |')
    for (const grant of report.broadGrants.slice(0, shape.grants)) lines.push(grantRow(grant))
    lines.push('')
    if (report.broadGrants.length > shape.grants) {
      lines.push(`…and ${report.broadGrants.length - shape.grants} more.`, '')
      cuts.push(`${plural(report.broadGrants.length - shape.grants, 'broad grant')} not listed`)
    }
  }
  const unresolved = [...new Set(report.head.unresolved)]
  if (unresolved.length > 0 && shape.unresolved > 0) {
    lines.push('<details><summary>Values the head could not resolve</summary>', '')
    for (const item of unresolved.slice(0, shape.unresolved)) lines.push(`- ${inline(item)}`)
    if (unresolved.length > shape.unresolved) {
      lines.push(`- …and ${unresolved.length - shape.unresolved} more.`)
      cuts.push(`${plural(unresolved.length - shape.unresolved, 'unresolved value')} not listed`)
    }
    lines.push('', '</details>', '')
  } else if (unresolved.length > 0) cuts.push(`the ${plural(unresolved.length, 'value')} the head could not resolve`)
  if (cuts.length > 0) {
    const limit = options.limit === undefined ? 'to fit the size limit' : `to fit ${options.limit}`
    const where = options.fullReport === undefined ? '' : ` The full report is in ${options.fullReport}.`
    lines.splice(noteAt, 0, `> ✂️ Shortened ${limit}: ${cuts.join('; ')}.${where}`, '')
  }
  return { text: `${lines.join('\n')}\n`, cuts }
}

function fits(text: string, options: MarkdownOptions): boolean {
  if (options.maxCharacters !== undefined && text.length > options.maxCharacters) return false
  if (options.maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > options.maxBytes) return false
  return true
}

/**
 * The pull request comment and job summary. With a size limit, a report that would pass it is
 * shortened step by step: fewer checks in full (statement, fixes), then shorter lists of fixed and
 * undecidable checks, broad grants and unresolved values, which are counted instead; the broken
 * checks stay listed as long as they fit, and the text says what was cut and where the full report is.
 */
export function renderReviewMarkdown(report: ReviewReport, options: MarkdownOptions = {}): string {
  let last = render(report, SHAPES[0] as Shape, options)
  if (fits(last.text, options)) return last.text
  for (const shape of SHAPES.slice(1)) {
    last = render(report, shape, options)
    if (fits(last.text, options)) return last.text
  }
  // Even one line per broken check is too long: list as many as fit.
  const smallest = SHAPES[SHAPES.length - 1] as Shape
  const broken = report.results.filter((result) => result.status === 'broken').length
  let low = 0
  let high = broken
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(render(report, { ...smallest, broken: middle }, options).text, options)) low = middle
    else high = middle - 1
  }
  last = render(report, { ...smallest, broken: low }, options)
  if (fits(last.text, options)) return last.text
  // Only names longer than any budget get here: cut the text itself.
  const max = Math.min(options.maxCharacters ?? Number.POSITIVE_INFINITY, options.maxBytes ?? Number.POSITIVE_INFINITY)
  // (UTF-8 takes at most 4 bytes per UTF-16 code unit.)
  const cut = last.text.slice(0, Math.floor(Number.isFinite(max) ? (options.maxBytes !== undefined ? max / 4 : max) : last.text.length) - 2)
  return `${cut}\n`
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
