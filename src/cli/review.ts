/**
 * `s3-403-doctor review`: the accesses a change to IAM, bucket, key or endpoint policies grants or
 * breaks, checked against the repository's expectations file, without AWS credentials.
 *
 *   s3-403-doctor review --expectations FILE --base PATH --head PATH [--format markdown|json]
 *   s3-403-doctor review --expectations FILE --plan PLAN.json [--format markdown|json]
 *
 * Each PATH is a Terraform plan JSON, a CloudFormation template (JSON or YAML), or a folder of policy
 * files as the expectations file's `policies:` maps them. `--plan` compares the two sides one plan
 * already holds (`before` and `after`).
 *
 * Exit status: 0 when the review ran (whatever it found, unless --fail-on says otherwise); 2 when the
 * expectations file, a plan or a template is not valid (the message names the entry and field);
 * 3 when --fail-on broken|any-change is met; 1 for anything else. The default --fail-on is never (a
 * command prints its report; CI gives --fail-on broken), where the action's input defaults to broken.
 *
 * `--format json` prints one result per (entry, action): `name` is the entry's, `action` the action's.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { proposeFixes } from '../fix/index.js'
import { ExpectationsError, parseExpectations } from '../review/expectations.js'
import { policyFilePaths } from '../review/files.js'
import { MAX_DETAILED, renderReviewJson, renderReviewMarkdown } from '../review/report.js'
import { failure, review, type FailOn } from '../review/review.js'
import { policySetOf, policySetsFromPlan, SourceError, type SideInput } from '../review/source.js'
import type { ExpectationsFile, PolicySet } from '../review/types.js'
import type { CliIo } from './main.js'

/** Exit status of a review whose --fail-on condition is met (0, 1 and 2 keep the meaning they have for explain). */
export const EXIT_REVIEW_FAILED = 3

const FORMATS = ['markdown', 'json'] as const
const FAIL_ON: readonly FailOn[] = ['never', 'broken', 'any-change']

export const REVIEW_HELP = `Usage: s3-403-doctor review --expectations FILE --base PATH --head PATH [options]
       s3-403-doctor review --expectations FILE --plan PLAN.json [options]

Checks the accesses an expectations file declares against the policies before and after a change,
offline: which expectations the change breaks (with the layer and statement that deny, and the
proven fix), which it fixes, and the broad grants it introduces (wildcard principals, s3:*, public
access and whether Block Public Access stops it).

Each PATH is a Terraform plan JSON (terraform show -json PLAN), a CloudFormation template (JSON or
YAML), or a folder of policy files mapped by the expectations file's policies: section.

Options:
  --expectations FILE  the expectations file (YAML), e.g. .github/s3-access.yml
  --base PATH          the policies before the change
  --head PATH          the policies after the change
  --plan FILE          one Terraform plan JSON: compares its before and after (instead of --base/--head)
  --format FORMAT      markdown (default): the pull request comment; json: results and broad grants
  --fail-on WHEN       never (default), broken (a check the head proves fails), any-change (also any
                       result that changes, allow -> unknown included, and any new broad grant)
  -h, --help           this help

JSON: { "results": [ { "name", "action", "base", "head", "expect", "ok", "denial", ... } ],
"broadGrants": [...], "summary", "base", "head" }. There is one result per (entry, action): an entry
that lists several actions gives one result per action, each with the entry's name and its action.

Exit status: 0 when the review ran; 3 when --fail-on is met; 2 when the expectations file, a plan or
a template is not valid (the message names the entry and the field); 1 for anything else. Unlike the
action (input fail-on, default broken), the command fails only when asked: give --fail-on broken in CI.
`

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** A file's text, or null when it does not exist; a folder is reported as such. */
async function readOptional(io: CliIo, path: string): Promise<string | null | 'folder'> {
  try {
    return await io.readFile(path)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EISDIR') return 'folder'
    if (code === 'ENOENT') return null
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function sideOf(io: CliIo, path: string, file: ExpectationsFile, label: string): Promise<PolicySet> {
  const text = await readOptional(io, path)
  if (text === null) throw new Error(`cannot read ${path}: no such file or folder`)
  let input: SideInput
  if (text === 'folder') {
    const files = new Map<string, string | null>()
    for (const relative of policyFilePaths(file.policies ?? {})) {
      const content = await readOptional(io, join(path, relative))
      files.set(relative, content === 'folder' ? null : content)
    }
    input = { kind: 'folder', path, files, label }
  } else input = { kind: 'file', path, text, label }
  return policySetOf(input, file)
}

export async function reviewCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        expectations: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        plan: { type: 'string' },
        format: { type: 'string', default: 'markdown' },
        'fail-on': { type: 'string', default: 'never' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor review --help)`)
  }
  const values = parsed.values
  if (values.help === true) {
    io.stdout(REVIEW_HELP)
    return 0
  }
  const format = values.format as string
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`--format: expected one of ${FORMATS.join(', ')}, got "${format}"`)
  const failOn = values['fail-on'] as string
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new Error(`--fail-on: expected one of ${FAIL_ON.join(', ')}, got "${failOn}"`)
  if (values.expectations === undefined) throw new Error('review needs --expectations FILE (see s3-403-doctor review --help)')
  const sides = values.base !== undefined || values.head !== undefined
  if (values.plan !== undefined && sides) throw new Error('give either --plan FILE or --base PATH --head PATH, not both')
  if (values.plan === undefined && (values.base === undefined || values.head === undefined)) {
    throw new Error('review needs --base PATH and --head PATH, or --plan FILE (see s3-403-doctor review --help)')
  }

  try {
    const expectationsText = await readOptional(io, values.expectations)
    if (expectationsText === null || expectationsText === 'folder') throw new Error(`cannot read the expectations file ${values.expectations}: ${expectationsText === null ? 'no such file' : 'it is a folder'}`)
    const file = parseExpectations(expectationsText, values.expectations)
    let base: PolicySet
    let head: PolicySet
    if (values.plan !== undefined) {
      const text = await readOptional(io, values.plan)
      if (text === null || text === 'folder') throw new Error(`cannot read the plan ${values.plan}: ${text === null ? 'no such file' : 'it is a folder'}`)
      ;({ base, head } = policySetsFromPlan(text, values.plan))
    } else {
      base = await sideOf(io, values.base as string, file, 'base')
      head = await sideOf(io, values.head as string, file, 'head')
    }
    // The markdown shows fixes for the first MAX_DETAILED failing checks; the JSON has them for every one.
    const report = review(file, base, head, format === 'json' ? { proposeFixes } : { proposeFixes, fixLimit: MAX_DETAILED })
    io.stdout(format === 'json' ? renderReviewJson(report) : renderReviewMarkdown(report))
    const failed = failure(report, failOn as FailOn)
    if (failed !== null) {
      io.stderr(`review failed (--fail-on ${failOn}): ${failed}\n`)
      return EXIT_REVIEW_FAILED
    }
    return 0
  } catch (error) {
    if (error instanceof ExpectationsError || error instanceof SourceError) {
      io.stderr(`${error instanceof ExpectationsError ? 'invalid expectations file' : 'invalid policy source'}:\n${error.message}\n`)
      return 2
    }
    throw error
  }
}
