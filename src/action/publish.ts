/**
 * After any mode: publish what the diagnosis found where people act on it. The outputs of
 * action.yml, the job summary, the pull request comment (updated in place on the next run), an
 * error annotation (on the policy file and line when the deciding policy is in the repository),
 * the log, and two files: the proposed policy (`fix-path`) and the markdown report (`report-path`).
 *
 * Everything outside comes in through `PublishDeps`, so tests inject fakes. The comment never
 * decides the step's outcome: when it cannot be posted the summary says why and the run goes on.
 */
import { join } from 'node:path'
import { createGitHubClient, type FetchLike, type UpsertResult } from '../github/client.js'
import { readRunContext, type RunContext } from '../github/context.js'
import type { Fix } from '../fix/types.js'
import { liveOutcome, type LiveOutcome } from '../live/outcome.js'
import type { Diagnosis } from '../live/types.js'
import type { JsonValue } from '../scenario/types.js'
import { analyze, deniedBySentence, deniedByWords, valueAtPath } from '../report/analyze.js'
import { buildComment, commentMarker, COMMENT_LIMIT_CHARACTERS } from '../report/comment.js'
import { findPolicyInRepository, type RepositoryFile } from '../report/locate.js'
import { Md } from '../report/markdown.js'
import { AccountIds } from '../report/redact.js'
import { buildSummary, SUMMARY_BUDGET_BYTES } from '../report/summary.js'
import { buildText } from '../report/text.js'
import { Outputs } from './constants.js'
import type { Settings } from './settings.js'

export interface AnnotationProperties {
  title: string
  file?: string
  startLine?: number
}

export interface PublishDeps {
  setOutput(name: string, value: string): void
  /** Masks a value in the log (`core.setSecret`). */
  setSecret(value: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string, properties: AnnotationProperties): void
  writeSummary(markdown: string): Promise<void>
  readFile(path: string): Promise<string>
  /** Writes a file, creating its directory. */
  writeFile(path: string, text: string): Promise<void>
  /** The repository's JSON files, for finding the deciding policy by content (read only when needed). */
  repositoryFiles(): Promise<RepositoryFile[]>
  fetch: FetchLike
  env: Record<string, string | undefined>
  /** Where fix-path and report-path go (the runner's temp directory). */
  tempDir: string
}

export type PublishSettings = Pick<Settings, 'comment' | 'redact'> & { githubToken?: string | undefined }

/** The publishing part of the action's settings. */
export function publishSettings(settings: Settings): PublishSettings {
  return { comment: settings.comment, redact: settings.redact, githubToken: settings.githubToken }
}

export type CommentOutcome = UpsertResult | { action: 'skipped'; code: 'disabled' | 'not-a-pull-request' | 'no-token'; reason: string; status: null }

export interface PublishResult {
  decision: 'allow' | 'deny'
  /** The outputs' decision, denied-by and statement, and the sentence fail-on-deny fails with. */
  outcome: LiveOutcome
  comment: CommentOutcome
  reportPath: string
  fixPath: string | null
}

/** Environment variables whose values must never be printed, wherever they turn up. */
const SECRET_ENV = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN']

/** Denials first (in their order), then allows: a combined report leads with what is denied. */
function denialsFirst(diagnoses: readonly Diagnosis[]): Diagnosis[] {
  return [...diagnoses.filter((diagnosis) => diagnosis.verdict.decision === 'deny'), ...diagnoses.filter((diagnosis) => diagnosis.verdict.decision !== 'deny')]
}

/**
 * The hidden marker of this step's comment: what identifies the step across runs, and nothing
 * that changes with the outcome: the workflow, the job, the step (`GITHUB_ACTION`) and the
 * bucket(s) it checks. One step keeps one comment whichever operation is denied, or none.
 */
export function reportMarker(context: Pick<RunContext, 'workflow' | 'job' | 'step'>, diagnoses: readonly Diagnosis[]): string {
  const buckets = [...new Set(diagnoses.map((diagnosis) => diagnosis.scenario.request.bucket))].sort()
  return commentMarker('report', context.workflow, context.job, context.step, ...buckets)
}

function primaryOf(diagnoses: readonly Diagnosis[]): Diagnosis {
  const primary = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses[0]
  if (primary === undefined) throw new Error('publish needs at least one diagnosis')
  return primary
}

/**
 * The fix written to fix-path: the first proven fix that is a document someone applies, the file
 * its command reads (a policy JSON, or S3's own configuration shape such as a
 * PublicAccessBlockConfiguration), preferring one that needs no other change first. Nothing
 * otherwise: never a request change (a header object, a key), never the scenario's own model of
 * a setting, never an unproven fix.
 */
export function fixToWrite(fixes: readonly Fix[]): { fix: Fix; json: JsonValue } | null {
  const isObject = (value: JsonValue): boolean => value !== null && typeof value === 'object' && !Array.isArray(value)
  const candidates = fixes.filter((fix) => fix.proven && fix.file !== null && isObject(fix.file.content))
  const chosen = candidates.find((fix) => fix.dependsOn.length === 0) ?? candidates[0]
  if (chosen === undefined || chosen.file === null) return null
  return { fix: chosen, json: chosen.file.content }
}

function safeName(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').slice(0, 64) || 'report'
}

async function runContext(deps: PublishDeps): Promise<RunContext> {
  const path = deps.env['GITHUB_EVENT_PATH']
  let payload: string | null = null
  if (path !== undefined && path !== '') {
    try {
      payload = await deps.readFile(path)
    } catch {
      payload = null
    }
  }
  return readRunContext(deps.env, payload)
}

/** The note for the summary about the comment, already markdown; null when there is nothing to say. */
export function commentNote(outcome: CommentOutcome, context: RunContext, mode: Settings['comment']): string | null {
  const pr = context.pullRequest
  const number = pr === null ? '' : `#${pr.number}`
  if (outcome.action !== 'skipped') {
    const verb = outcome.action === 'created' ? 'Posted this report as a comment on' : 'Updated the report comment on'
    const link = outcome.url === null || !/^https:\/\/[^\s()]+$/.test(outcome.url) ? '' : ` ([comment](${outcome.url}))`
    return `${verb} pull request ${number}${link}.`
  }
  const md = new Md()
  switch (outcome.code) {
    case 'disabled':
    case 'no-existing-comment':
      return null
    case 'not-a-pull-request':
      return mode === 'always' ? `No pull request comment: \`comment: always\`, but this run (event ${md.code(context.eventName || 'unknown')}) is not for a pull request.` : null
    case 'no-token':
      return 'No pull request comment: the `github-token` input is empty.'
    case 'forbidden':
      if (pr?.fromFork === true) {
        return `No pull request comment: pull request ${number} comes from a fork, and GitHub gives the workflow a read-only token for it (the API answered 403). The report is only in this summary.`
      }
      return `No pull request comment: the token may not comment on pull request ${number} (the API answered 403). Give the job \`permissions: pull-requests: write\` (or \`issues: write\`), or set \`comment: never\`.`
    case 'not-found':
      return `No pull request comment: the API answered 404 for pull request ${number}; the token cannot see it. Give the job \`permissions: pull-requests: write\` (or \`issues: write\`), or set \`comment: never\`.`
    case 'unauthorized':
      return 'No pull request comment: the API did not accept the token (401). Check the `github-token` input.'
    default:
      return `No pull request comment: ${md.text(outcome.reason, 400)}.`
  }
}

async function postComment(
  diagnoses: readonly Diagnosis[],
  settings: PublishSettings,
  deps: PublishDeps,
  context: RunContext,
  options: { accountIds: AccountIds | undefined; secrets: string[] }
): Promise<CommentOutcome> {
  if (settings.comment === 'never') return { action: 'skipped', code: 'disabled', status: null, reason: 'comment: never' }
  const pr = context.pullRequest
  if (pr === null || context.owner === '') return { action: 'skipped', code: 'not-a-pull-request', status: null, reason: `event ${context.eventName} is not for a pull request` }
  const token = settings.githubToken ?? ''
  if (token === '') return { action: 'skipped', code: 'no-token', status: null, reason: 'github-token is empty' }
  const marker = reportMarker(context, diagnoses)
  const share = Math.floor(COMMENT_LIMIT_CHARACTERS / diagnoses.length) - 16
  const bodies = diagnoses.map((diagnosis, index) => {
    const commentOptions: Parameters<typeof buildComment>[1] = { marker: index === 0 ? marker : '', redact: options.accountIds !== undefined, secrets: options.secrets, maxCharacters: share }
    if (options.accountIds !== undefined) commentOptions.accountIds = options.accountIds
    if (context.runUrl !== null && index === diagnoses.length - 1) commentOptions.runUrl = context.runUrl
    return buildComment(diagnosis, commentOptions)
  })
  const denied = diagnoses.some((diagnosis) => diagnosis.verdict.decision === 'deny')
  try {
    const client = createGitHubClient({ baseUrl: context.apiUrl, token, fetch: deps.fetch })
    // auto: a denial is posted; an allow only updates an earlier comment (so that it stops saying "denied").
    return await client.upsertComment({ owner: context.owner, repo: context.repo, issueNumber: pr.number, marker, body: bodies.join('\n---\n\n'), create: settings.comment === 'always' || denied })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { action: 'skipped', code: 'error', status: null, reason: message.split(token).join('[REDACTED]') }
  }
}

function summaryOf(diagnoses: readonly Diagnosis[], options: { accountIds: AccountIds | undefined; secrets: string[]; notes: string[] }): string {
  const share = Math.floor(SUMMARY_BUDGET_BYTES / diagnoses.length) - 64
  const parts = diagnoses.map((diagnosis, index) => {
    const summaryOptions: Parameters<typeof buildSummary>[1] = { redact: options.accountIds !== undefined, secrets: options.secrets, maxBytes: share }
    if (options.accountIds !== undefined) summaryOptions.accountIds = options.accountIds
    if (index === diagnoses.length - 1 && options.notes.length > 0) summaryOptions.notes = options.notes
    return buildSummary(diagnosis, summaryOptions)
  })
  return parts.join('\n---\n\n')
}

async function annotate(diagnosis: Diagnosis, md: Md, deps: PublishDeps, files: () => Promise<RepositoryFile[]>): Promise<void> {
  const denial = diagnosis.verdict.denial
  if (denial === null) return
  const analysis = analyze(diagnosis)
  const lines = [`${denial.action} on ${analysis.target} for ${analysis.principal} is denied by ${deniedBySentence(denial)}.`, `Why: ${denial.reason}`]
  const first = diagnosis.fixes.find((fix) => fix.proven) ?? diagnosis.fixes[0]
  if (first !== undefined) lines.push(`Fix: ${first.title}`)
  const properties: AnnotationProperties = { title: md.clean(`S3 denies ${denial.action} (${deniedByWords(denial.policyType, denial.action)})`) }
  const document = denial.path === undefined ? undefined : valueAtPath(diagnosis.scenario, denial.path)
  if (document !== undefined && document !== null && typeof document === 'object' && !Array.isArray(document)) {
    const location = findPolicyInRepository(document, await files(), analysis.deciding?.index)
    if (location !== null) {
      properties.file = location.path
      properties.startLine = location.line
    }
  }
  deps.error(md.clean(lines.join('\n')), properties)
}

/** Publishes one run's diagnoses (one per operation checked, most often one). */
export async function publish(input: Diagnosis | readonly Diagnosis[], settings: PublishSettings, deps: PublishDeps): Promise<PublishResult> {
  // The reports lead with the denials, whatever order the operations were checked in.
  const diagnoses: readonly Diagnosis[] = denialsFirst(Array.isArray(input) ? input : [input as Diagnosis])
  const primary = primaryOf(diagnoses)
  const token = settings.githubToken ?? ''
  if (token !== '') deps.setSecret(token)
  const secrets = [token, ...SECRET_ENV.map((name) => deps.env[name] ?? '')].filter((value) => value.length >= 8)
  const accountIds = settings.redact === 'account-ids' ? new AccountIds() : undefined
  const md = new Md(accountIds === undefined ? { secrets } : { secrets, accountIds })

  // What S3 answered the probes counts as well as what the snapshot evaluates to (../live/outcome.ts;
  // a diagnosis without probes, as in explain, is decided by its verdict alone).
  const outcome = liveOutcome(diagnoses)
  const decision = outcome.decision
  deps.setOutput(Outputs.Decision, decision)
  deps.setOutput(Outputs.DeniedBy, outcome.deniedBy)
  deps.setOutput(Outputs.Statement, outcome.statement)
  deps.setOutput(Outputs.Principal, new Md({ secrets }).clean(primary.caller?.arn ?? primary.scenario.request.principal))

  // The summary comes first in reading order, so it assigns the account placeholders first.
  if (accountIds !== undefined) summaryOf(diagnoses, { accountIds, secrets, notes: [] })

  for (const diagnosis of diagnoses) deps.info(md.clean(buildText(diagnosis, { secrets })))

  const context = await runContext(deps)
  const comment = await postComment(diagnoses, settings, deps, context, { accountIds, secrets })
  const note = commentNote(comment, context, settings.comment)
  if (comment.action === 'skipped' && note !== null) {
    const message = `Pull request comment skipped: ${comment.reason.split(token || '\u0000').join('[REDACTED]')}`
    if (settings.comment === 'always') deps.warning(message)
    else deps.info(message)
  }

  const summary = summaryOf(diagnoses, { accountIds, secrets, notes: note === null ? [] : [note] })
  try {
    await deps.writeSummary(summary)
  } catch (error) {
    deps.warning(`Could not write the job summary: ${md.clean(error instanceof Error ? error.message : String(error))}`)
  }

  const directory = join(deps.tempDir, 's3-403-doctor', safeName(deps.env['GITHUB_ACTION'] ?? 'report'))
  const reportPath = join(directory, 'report.md')
  await deps.writeFile(reportPath, summary)
  deps.setOutput(Outputs.ReportPath, reportPath)

  const fix = fixToWrite(primary.fixes)
  let fixPath: string | null = null
  if (fix !== null) {
    fixPath = join(directory, 'fix.json')
    await deps.writeFile(fixPath, `${JSON.stringify(fix.json, null, 2)}\n`)
  }
  deps.setOutput(Outputs.FixPath, fixPath ?? '')

  let files: RepositoryFile[] | null = null
  const repositoryFiles = async (): Promise<RepositoryFile[]> => {
    if (files === null) {
      try {
        files = await deps.repositoryFiles()
      } catch {
        files = []
      }
    }
    return files
  }
  for (const diagnosis of diagnoses) await annotate(diagnosis, md, deps, repositoryFiles)

  return { decision, outcome, comment, reportPath, fixPath }
}

/**
 * A report that is already markdown (the policy review): the job summary, and the sticky pull
 * request comment under its own marker. The comment never decides the step's outcome.
 */
export async function publishMarkdown(
  markdown: string,
  settings: PublishSettings,
  deps: PublishDeps,
  key: string,
  summaryMarkdown: string = markdown
): Promise<CommentOutcome> {
  const token = settings.githubToken ?? ''
  if (token !== '') deps.setSecret(token)
  const secrets = [token, ...SECRET_ENV.map((name) => deps.env[name] ?? '')].filter((value) => value.length >= 8)
  const md = new Md({ secrets })
  const body = md.clean(markdown)
  const context = await runContext(deps)
  let outcome: CommentOutcome
  const pr = context.pullRequest
  if (settings.comment === 'never') outcome = { action: 'skipped', code: 'disabled', status: null, reason: 'comment: never' }
  else if (pr === null || context.owner === '') outcome = { action: 'skipped', code: 'not-a-pull-request', status: null, reason: `event ${context.eventName} is not for a pull request` }
  else if (token === '') outcome = { action: 'skipped', code: 'no-token', status: null, reason: 'github-token is empty' }
  else {
    const marker = commentMarker(context.workflow, context.job, 'review', key)
    try {
      const client = createGitHubClient({ baseUrl: context.apiUrl, token, fetch: deps.fetch })
      outcome = await client.upsertComment({ owner: context.owner, repo: context.repo, issueNumber: pr.number, marker, body: `${marker}\n${body}` })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      outcome = { action: 'skipped', code: 'error', status: null, reason: message.split(token || '\u0000').join('[REDACTED]') }
    }
  }
  const note = commentNote(outcome, context, settings.comment)
  // The summary gets the full report when the comment is a shortened one (GitHub's comment limit).
  const summary = summaryMarkdown === markdown ? body : md.clean(summaryMarkdown)
  await deps.writeSummary(note === null ? summary : `${summary}\n\n> ${note}\n`)
  return outcome
}
