/**
 * The job summary: one sentence first (what was denied, to whom, by which layer and statement),
 * then the deciding statement with its condition values, the corrective change, every layer, the
 * probes, what could not be read, and the full trace, collapsed.
 *
 * GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports content
 * up to a size of 1024k", https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary).
 * A summary that would pass it loses the per-statement trace first (with a note saying so), then
 * the context table and the other optional parts; the headline, the verdict and the fix stay.
 */
import type { Diagnosis } from '../live/types.js'
import { analyze } from './analyze.js'
import { Md, type CleanOptions } from './markdown.js'
import { AccountIds, accountIdsIn } from './redact.js'
import { removeKnownSecrets, scrubValue } from './secrets.js'
import * as section from './sections.js'

/** GitHub's limit on a step summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** What a summary may take: the limit less room for the line ending `core.summary` adds. */
export const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4 * 1024

export interface ReportOptions {
  /** `redact: account-ids`: replace 12-digit account ids with `<account-N>` placeholders. */
  redact?: boolean
  /** The placeholders shared by the reports of one run (the summary, the comment, the annotations). */
  accountIds?: AccountIds
  /** Values that must never be printed (the GitHub token, AWS keys): removed wherever they appear. */
  secrets?: readonly string[]
  /** Notes for the end of the report, already markdown (the pull request comment's outcome...). */
  notes?: readonly string[]
}

export interface SummaryOptions extends ReportOptions {
  /** The most the summary may take, in UTF-8 bytes (default: GitHub's limit less a margin). */
  maxBytes?: number
}

/** What to leave out, in the order a too-long summary gives things up. */
export interface Shape {
  traceLimit: number
  context: boolean
  findings: boolean
  nearMissLimit: number
  otherFixDocuments: boolean
  awsError: boolean
}

const FULL: Shape = { traceLimit: Infinity, context: true, findings: true, nearMissLimit: Infinity, otherFixDocuments: true, awsError: true }

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * The cleaning a report's values get: secrets always; with `redact`, account ids through `accountIds`
 * (a throwaway map when none is given), told first which numbers of the diagnosis are account ids.
 */
export function cleanOptions(options: ReportOptions, accountIds: AccountIds | undefined, known: Iterable<string> = []): CleanOptions {
  const clean: CleanOptions = {}
  if (options.redact === true) clean.accountIds = (accountIds ?? new AccountIds()).learn(known)
  if (options.secrets !== undefined) clean.secrets = options.secrets
  return clean
}

/**
 * What every report does first: the diagnosis with its secrets scrubbed (`scrubValue`: request
 * headers, context rows, every string), and, with `redact`, the account ids it mentions.
 */
export function prepare(diagnosis: Diagnosis, options: ReportOptions): { diagnosis: Diagnosis; known: Set<string> } {
  const scrubbed = scrubValue(diagnosis, options.secrets)
  return { diagnosis: scrubbed, known: options.redact === true ? accountIdsIn(scrubbed) : new Set() }
}

export function notesSection(notes: readonly string[] | undefined): string {
  if (notes === undefined || notes.length === 0) return ''
  return ['#### Notes', '', ...notes.map((note) => `- ${note.replace(/\r?\n/g, ' ')}`)].join('\n')
}

function render(diagnosis: Diagnosis, options: ReportOptions, shape: Shape, accountIds: AccountIds | undefined, known: Set<string>): string {
  const md = new Md(cleanOptions(options, accountIds, known))
  const parts: section.Parts = { diagnosis, analysis: analyze(diagnosis), md }
  const blocks = [
    section.headline(parts),
    section.why(parts),
    section.disagreement(parts),
    shape.awsError ? section.awsError(parts) : '',
    section.decidingStatement(parts),
    section.nearMisses(parts, shape.nearMissLimit),
    section.fixes(parts, { limit: Infinity, documents: shape.otherFixDocuments }),
    section.layers(parts),
    section.probes(parts),
    section.unreadable(parts),
    shape.findings ? section.findings(parts) : diagnosis.verdict.findings.length > 0 ? `#### Warnings\n\n${diagnosis.verdict.findings.length} warnings left out to keep this summary within GitHub's limit.` : '',
    shape.context ? section.context(parts) : '',
    section.trace(parts, shape.traceLimit),
    notesSection(options.notes)
  ]
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`
}

/**
 * Cuts a report to `max` bytes as a last resort (only hostile input gets here: the parts that
 * could be left out already were): keeps the beginning, closes an open code fence, says so.
 */
export function hardCut(text: string, max: number, what: string): string {
  const note = `\n\n*This ${what} was cut to stay within GitHub's limit.*\n`
  const room = Math.max(0, max - byteLength(note) - 16)
  let end = Math.min(text.length, room)
  while (end > 0 && byteLength(text.slice(0, end)) > room) end = Math.floor(end * 0.9)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  let head = text.slice(0, end)
  const fences = head.match(/^`{3,}/gm) ?? []
  if (fences.length % 2 === 1) head += `\n${fences[fences.length - 1] ?? '```'}`
  return head + note
}

/**
 * Finds the largest shape that fits. The trace gives way first (as many statements as fit, found
 * by bisection), then the context table, the warnings, the near misses beyond ten, the documents
 * of the fixes after the first, and the quoted AWS error. `cut` when even the smallest shape does
 * not fit.
 */
export function fitShape(renderShape: (shape: Shape) => string, max: number, total: number): { shape: Shape; cut: boolean } {
  const fits = (shape: Shape): boolean => byteLength(renderShape(shape)) <= max
  if (fits(FULL)) return { shape: FULL, cut: false }
  const withTrace = (limit: number): Shape => ({ ...FULL, traceLimit: limit })
  if (fits(withTrace(0))) {
    let low = 0
    let high = total
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (fits(withTrace(middle))) low = middle
      else high = middle - 1
    }
    return { shape: withTrace(low), cut: false }
  }
  const steps: Partial<Shape>[] = [{ context: false }, { findings: false }, { nearMissLimit: 10 }, { otherFixDocuments: false }, { awsError: false }]
  let shape: Shape = withTrace(0)
  for (const step of steps) {
    shape = { ...shape, ...step }
    if (fits(shape)) return { shape, cut: false }
  }
  return { shape, cut: true }
}

/** The job summary of one diagnosis, in GitHub-flavoured markdown. */
export function buildSummary(input: Diagnosis, options: SummaryOptions = {}): string {
  const { diagnosis, known } = prepare(input, options)
  const max = options.maxBytes ?? SUMMARY_BUDGET_BYTES
  const total = section.traceSize(diagnosis)
  // Fitting renders with throwaway placeholders; the final render assigns the run's own, in order.
  const { shape } = fitShape((candidate) => render(diagnosis, options, candidate, undefined, known), max, total)
  const text = removeKnownSecrets(render(diagnosis, options, shape, options.accountIds, known), options.secrets)
  return byteLength(text) <= max ? text : hardCut(text, max, 'summary')
}
