/**
 * `mode: review`: the same review as `s3-403-doctor review`, on the pull request's base and head.
 *
 * Where the policies come from, in this order:
 * - input `plan`: one Terraform plan JSON (made by an earlier step) holds both sides (`before`, `after`);
 * - input `template`: a CloudFormation template, read at the base commit with `git show BASE:PATH`
 *   and from the working tree for the head;
 * - otherwise the plain policy files the expectations file's `policies:` maps, read the same way.
 * The expectations file is read from the working tree (the head's expectations apply to both sides).
 *
 * Everything outside (git, the event payload, files, outputs, posting the report) comes in through
 * `ReviewDeps`; `defaultReviewDeps` gives the real ones. The step's failure is returned, not thrown,
 * so that the caller posts the report first and then fails the step with `outcome.failure`.
 *
 * `fail-on` (default broken): broken fails the step on a check the head proves fails; a check the
 * change only makes undecidable (allow -> unknown) is listed but fails the step under any-change only.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { proposeFixes } from '../fix/index.js'
import { parseExpectations } from '../review/expectations.js'
import { policyFilePaths } from '../review/files.js'
import { COMMENT_BUDGET_CHARACTERS, MAX_DETAILED, renderReviewMarkdown, SUMMARY_BUDGET_BYTES } from '../review/report.js'
import { failure, review } from '../review/review.js'
import { policySetOf, policySetsFromPlan } from '../review/source.js'
import type { PolicySet, ReviewReport } from '../review/types.js'
import { Outputs } from './constants.js'
import type { ActionDeps } from './main.js'
import { publishMarkdown, publishSettings } from './publish.js'
import type { Settings } from './settings.js'

export interface PullRequestCommits {
  base: string
  head: string
}

export interface ReviewDeps {
  /** A file's text at a git revision (`git show REV:PATH`), or null when the file does not exist there. */
  readAtRevision(revision: string, path: string): Promise<string | null>
  /** The pull request's base and head commits (from the event payload). */
  pullRequestCommits(): Promise<PullRequestCommits>
  /** A working-tree file's text, or null when it does not exist. */
  readWorkingFile(path: string): Promise<string | null>
  setOutput(name: string, value: string): void
  /**
   * Posts the report: `comment` as the sticky pull request comment (within GitHub's 65,536-character
   * limit, shortened when needed, pointing to the job summary), `summary` as the job summary (the full
   * report, within the 1 MiB limit). A caller that takes only the first argument posts the comment
   * text in both places, which is within both limits.
   */
  postReport(comment: string, summary?: string): Promise<void>
  info(message: string): void
}

export interface ReviewOutcome {
  report: ReviewReport
  /** The pull request comment (shortened to GitHub's comment limit when needed). */
  markdown: string
  /** The job summary: the full report (shortened only past the 1 MiB summary limit). */
  summary: string
  /** Why the step fails under `fail-on`; null when it passes. */
  failure: string | null
  /** The commits compared (null with input plan, which holds both sides). */
  commits: PullRequestCommits | null
}

async function required(deps: ReviewDeps, path: string, what: string): Promise<string> {
  const text = await deps.readWorkingFile(path)
  if (text === null) throw new Error(`${what} ${path} does not exist in the working tree`)
  return text
}

export async function runReviewMode(settings: Settings, deps: ReviewDeps): Promise<ReviewOutcome> {
  const expectationsPath = settings.expectations
  const file = parseExpectations(
    await required(deps, expectationsPath, 'The expectations file (input expectations)').catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}: write one (version: 1, expectations: [...]) or point input expectations at it`)
    }),
    expectationsPath
  )

  let base: PolicySet
  let head: PolicySet
  let commits: PullRequestCommits | null = null
  if (settings.plan !== undefined) {
    ;({ base, head } = policySetsFromPlan(await required(deps, settings.plan, 'The Terraform plan JSON (input plan)'), settings.plan))
  } else {
    commits = await deps.pullRequestCommits()
    const baseLabel = `base ${commits.base.slice(0, 12)}`
    if (settings.template !== undefined) {
      const path = settings.template
      base = policySetOf({ kind: 'file', path, text: await deps.readAtRevision(commits.base, path), label: baseLabel }, file)
      head = policySetOf({ kind: 'file', path, text: await deps.readWorkingFile(path), label: 'head' }, file)
    } else {
      if (file.policies === undefined) {
        throw new Error(`mode review needs input plan (a Terraform plan JSON), input template (a CloudFormation template), or a policies: mapping in ${expectationsPath} that names the policy files`)
      }
      const baseFiles = new Map<string, string | null>()
      const headFiles = new Map<string, string | null>()
      for (const path of policyFilePaths(file.policies)) {
        baseFiles.set(path, await deps.readAtRevision(commits.base, path))
        headFiles.set(path, await deps.readWorkingFile(path))
      }
      base = policySetOf({ kind: 'folder', path: '.', files: baseFiles, label: baseLabel }, file)
      head = policySetOf({ kind: 'folder', path: '.', files: headFiles, label: 'head' }, file)
    }
  }

  // Fixes are shown for the first MAX_DETAILED failing checks only: propose no more than that.
  const report = review(file, base, head, { proposeFixes, fixLimit: MAX_DETAILED })
  const markdown = renderReviewMarkdown(report, { maxCharacters: COMMENT_BUDGET_CHARACTERS, limit: "GitHub's 65,536-character limit on a comment", fullReport: 'the job summary of this run' })
  const summary = renderReviewMarkdown(report, { maxBytes: SUMMARY_BUDGET_BYTES, limit: "GitHub's 1 MiB limit on a job summary" })
  const counts = report.summary
  deps.setOutput(Outputs.Broken, String(counts.broken + counts.failing))
  deps.info(
    `S3 access review: ${counts.broken} broken, ${counts.failing} still failing, ${counts.fixed} fixed, ${counts.passing} passing, ${counts.unknown} undecided; ${report.broadGrants.length} new broad grant(s)`
  )
  await deps.postReport(markdown, summary)
  return { report, markdown, summary, failure: failure(report, settings.failOn), commits }
}

// ---------------------------------------------------------------------------------------------
// The real dependencies
// ---------------------------------------------------------------------------------------------

function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof (error as NodeJS.ErrnoException).code === 'string') {
        reject(new Error(`could not run ${command}: ${error.message}`))
        return
      }
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr })
    })
  })
}

/** `git show REV:./PATH` (relative to the working directory, as the working-tree reads are). */
export async function gitShow(revision: string, path: string, git = 'git'): Promise<string | null> {
  if (!/^[0-9A-Za-z._/^~-]+$/.test(revision) || revision.startsWith('-')) throw new Error(`not a git revision: ${JSON.stringify(revision)}`)
  const relative = path.replace(/^\.\//, '')
  const missing = (detail: string): Error =>
    new Error(`Could not read ${relative} at ${revision} with git show: ${detail}. The base commit must be in the clone: check out with actions/checkout and fetch-depth: 0`)
  // git says "exists on disk, but not in REV" both for a path REV lacks and for a REV the clone lacks: tell them apart first.
  const commit = await run(git, ['cat-file', '-e', `${revision}^{commit}`])
  if (commit.code !== 0) throw missing(commit.stderr.trim() || `${revision} is not a commit of this clone`)
  const result = await run(git, ['show', `${revision}:./${relative}`])
  if (result.code === 0) return result.stdout
  if (/does not exist in|exists on disk, but not in/.test(result.stderr)) return null
  throw missing(result.stderr.trim())
}

/** The pull request's base and head SHAs from the event payload (GITHUB_EVENT_PATH). */
export function pullRequestCommitsFrom(payloadText: string | null): PullRequestCommits {
  let payload: unknown
  try {
    payload = payloadText === null ? null : JSON.parse(payloadText)
  } catch {
    payload = null
  }
  const pull = typeof payload === 'object' && payload !== null ? (payload as { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } } }).pull_request : undefined
  const base = pull?.base?.sha
  const head = pull?.head?.sha
  if (typeof base !== 'string' || typeof head !== 'string') {
    throw new Error('mode review compares a pull request\'s base and head, but this event has no pull_request (run it on pull_request events, or give input plan, which holds both sides)')
  }
  return { base, head }
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The real dependencies; the caller gives how outputs are set and where the report goes. */
export function defaultReviewDeps(io: Pick<ReviewDeps, 'setOutput' | 'postReport' | 'info'>, env: Record<string, string | undefined> = process.env): ReviewDeps {
  return {
    readAtRevision: (revision, path) => gitShow(revision, path),
    pullRequestCommits: async () => {
      const eventPath = env['GITHUB_EVENT_PATH']
      return pullRequestCommitsFrom(eventPath === undefined || eventPath === '' ? null : await readOrNull(eventPath))
    },
    readWorkingFile: readOrNull,
    setOutput: io.setOutput,
    postReport: io.postReport,
    info: io.info
  }
}

/** The action's review mode: the review, its report as the job summary and the sticky comment, then the step's outcome. */
export async function runReviewAction(settings: Settings, deps: ActionDeps): Promise<void> {
  const outcome = await runReviewMode(
    settings,
    defaultReviewDeps(
      {
        setOutput: deps.setOutput,
        info: deps.info,
        postReport: async (comment, summary) => {
          await publishMarkdown(comment, publishSettings(settings), deps, settings.expectations, summary)
        }
      },
      deps.env
    )
  )
  if (outcome.failure !== null) deps.setFailed(outcome.failure)
}
