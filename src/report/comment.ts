/**
 * The pull request comment: the same diagnosis as the job summary, shorter (the headline, the
 * deciding statement's conditions, the first fix in full, a link to the run), under a hidden
 * marker that lets the next run find the comment and update it instead of adding another.
 *
 * GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536
 * characters)", https://docs.github.com/rest/issues/comments#create-an-issue-comment).
 */
import { createHash } from 'node:crypto'
import type { Diagnosis } from '../live/types.js'
import { analyze } from './analyze.js'
import { Md } from './markdown.js'
import type { AccountIds } from './redact.js'
import { removeKnownSecrets } from './secrets.js'
import * as section from './sections.js'
import { cleanOptions, hardCut, notesSection, prepare, type ReportOptions } from './summary.js'

export const COMMENT_LIMIT_CHARACTERS = 65_536

export interface CommentOptions extends ReportOptions {
  /** The hidden marker (an HTML comment) the comment is found by; see `commentMarker`. */
  marker: string
  /** The workflow run, for "the full report is in the job summary". */
  runUrl?: string
  /** The most the body may take, in UTF-16 code units (never more than GitHub's limit). */
  maxCharacters?: number
}

/**
 * The marker of one report: a hash of what identifies it across runs (for the diagnosis: the
 * workflow, the job, the step and the bucket, see `reportMarker` in src/action/publish.ts; never
 * the outcome, so a step whose denied operation changes keeps one comment), so that a rerun
 * updates its own comment and another step's comment is left alone. A hash keeps account ids and
 * names out of the hidden text.
 */
export function commentMarker(...identity: string[]): string {
  const digest = createHash('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 16)
  return `<!-- s3-403-doctor:${digest} -->`
}

interface CommentShape {
  json: boolean
  nearMissLimit: number
  fixLimit: number
  fixDocuments: boolean
  layers: boolean
}

function render(diagnosis: Diagnosis, options: CommentOptions, shape: CommentShape, accountIds: AccountIds | undefined, known: Set<string>): string {
  const md = new Md(cleanOptions(options, accountIds, known))
  const parts: section.Parts = { diagnosis, analysis: analyze(diagnosis), md }
  const denied = diagnosis.verdict.denial !== null
  const link = options.runUrl === undefined ? '' : `The full report (every layer, the probes, the trace) is in the [job summary](${options.runUrl.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')}).`
  const blocks = [
    options.marker,
    section.headline(parts),
    section.why(parts),
    section.disagreement(parts),
    denied ? section.decidingStatement(parts, { json: shape.json }) : '',
    denied ? section.nearMisses(parts, shape.nearMissLimit) : '',
    denied ? section.fixes(parts, { limit: shape.fixLimit, documents: shape.fixDocuments }) : '',
    shape.layers ? section.layers(parts) : '',
    section.unreadable(parts),
    notesSection(options.notes),
    link
  ]
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`
}

/** The pull request comment of one diagnosis, starting with `options.marker`. */
export function buildComment(input: Diagnosis, options: CommentOptions): string {
  const { diagnosis, known } = prepare(input, options)
  const max = Math.min(options.maxCharacters ?? COMMENT_LIMIT_CHARACTERS, COMMENT_LIMIT_CHARACTERS)
  const shapes: CommentShape[] = [
    { json: true, nearMissLimit: 5, fixLimit: 3, fixDocuments: true, layers: diagnosis.verdict.decision === 'allow' },
    { json: false, nearMissLimit: 5, fixLimit: 3, fixDocuments: false, layers: false },
    { json: false, nearMissLimit: 3, fixLimit: 1, fixDocuments: true, layers: false },
    { json: false, nearMissLimit: 1, fixLimit: 1, fixDocuments: false, layers: false }
  ]
  let chosen = shapes[shapes.length - 1] as CommentShape
  for (const shape of shapes) {
    if (render(diagnosis, options, shape, undefined, known).length <= max) {
      chosen = shape
      break
    }
  }
  const text = removeKnownSecrets(render(diagnosis, options, chosen, options.accountIds, known), options.secrets)
  if (text.length <= max) return text
  // The marker must survive the cut: it is how the next run finds this comment.
  return hardCut(text, max, 'comment')
}
