/**
 * The review: every expectation (one scenario per action) evaluated against the base's policy set
 * and the head's, and the broad grants the head introduces.
 *
 * A side decides `allow` or `deny` only when nothing unknown can change it: an explicit Deny in a
 * document the source holds decides whatever else is unknown (AWS: "an explicit deny in any of these
 * policies overrides the allow"); otherwise any unknown document the verdict depends on, or any
 * unknown setting that matters to the request, makes the side `unknown`, with the values named.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
import { evaluateScenario } from '../evaluate/engine.js'
import type { Fix } from '../fix/types.js'
import { checkPolicies } from '../scenario/read.js'
import type { JsonValue, Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import { newBroadGrants } from './broad.js'
import { buildScenario, type SideScenario } from './scenarios.js'
import type { Expectation, ExpectationsFile, PolicySet, ResultStatus, ReviewFix, ReviewReport, ReviewResult, SideDecision } from './types.js'

export interface ReviewOptions {
  /** Proven fixes for a head that denies what must be allowed (src/fix's proposeFixes). */
  proposeFixes?: (scenario: Scenario, verdict: Verdict) => Fix[]
}

export interface SideOutcome {
  decision: SideDecision
  built: SideScenario
  verdict: Verdict | null
  /** Why the side cannot decide. */
  reasons: string[]
}

/** Evaluates one side's scenario and says whether the unknowns it depends on leave the decision open. */
export function decideSide(built: SideScenario): SideOutcome {
  let verdict: Verdict
  try {
    verdict = evaluateScenario(checkPolicies(built.scenario))
  } catch (error) {
    return { decision: 'unknown', built, verdict: null, reasons: [`the scenario could not be evaluated: ${error instanceof Error ? error.message : String(error)}`] }
  }
  const denial = verdict.denial
  const encryptionOpen = built.blockers.some((blocker) => blocker.kind === 'encryption')
  if (denial !== null && denial.kind === 'explicit' && (!denial.action.toLowerCase().startsWith('kms:') || !encryptionOpen)) {
    return { decision: 'deny', built, verdict, reasons: [] }
  }
  const reasons: string[] = []
  for (const blocker of built.blockers) if (!reasons.includes(blocker.reason)) reasons.push(blocker.reason)
  for (const item of verdict.dependsOnUnreadable) if (!reasons.includes(item.error)) reasons.push(item.error)
  if (reasons.length > 0) return { decision: 'unknown', built, verdict, reasons }
  return { decision: verdict.decision, built, verdict, reasons: [] }
}

function statusOf(expect: 'allow' | 'deny', base: SideDecision, head: SideDecision): ResultStatus {
  if (head === 'unknown') return 'unknown'
  if (head !== expect) return base !== 'unknown' && base !== expect ? 'failing' : 'broken'
  return base !== 'unknown' && base !== expect ? 'fixed' : 'passing'
}

/** `/identity/policies/0/document` -> `identity.policies[0].document`. */
function pointerPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path === '' ? token : `${path}.${token}`), '')
}

/** The origin of the longest scenario path that starts `path` (a fix to `bucket.policy` edits the bucket policy's source). */
function originOf(origins: Map<string, string>, path: string): string | undefined {
  let best: string | undefined
  let bestLength = -1
  for (const [known, origin] of origins) {
    if ((path === known || path.startsWith(`${known}.`) || path.startsWith(`${known}[`)) && known.length > bestLength) {
      best = origin
      bestLength = known.length
    }
  }
  return best
}

/** The JSON of the statement that denies, as the scenario (and so the source) holds it. */
function decidingStatement(verdict: Verdict, scenario: Scenario): JsonValue | null {
  const denial = verdict.denial
  if (denial === null || denial.statement === null || denial.path === undefined) return null
  for (const request of verdict.requests) {
    for (const layer of request.layers) {
      for (const policy of layer.policies) {
        if (policy.path !== denial.path) continue
        const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies)
        if (trace === undefined) continue
        let document: unknown = scenario
        for (const token of denial.path.match(/[^.[\]]+/g) ?? []) {
          document = document !== null && typeof document === 'object' && Object.hasOwn(document, token) ? (document as Record<string, unknown>)[token] : undefined
        }
        if (document === null || typeof document !== 'object' || Array.isArray(document)) return null
        const statements = (document as Record<string, JsonValue>)['Statement']
        if (Array.isArray(statements)) return statements[trace.index] ?? null
        return trace.index === 0 && statements !== undefined ? statements : null
      }
    }
  }
  return null
}

/** The identity and bucket policy statements that allowed the S3 request. */
function allowingStatements(verdict: Verdict, origins: Map<string, string>): ReviewResult['baseAllowedBy'] {
  const out: ReviewResult['baseAllowedBy'] = []
  const s3 = verdict.requests[0]
  if (s3 === undefined) return out
  for (const layer of s3.layers) {
    if (layer.layer !== 'identity-based-policy' && layer.layer !== 'resource-based-policy') continue
    for (const policy of layer.policies) {
      if (policy.outcome !== 'allow') continue
      const origin = originOf(origins, policy.path)
      for (const statement of policy.deciding) out.push(origin === undefined ? { policy: policy.policy, statement } : { policy: policy.policy, statement, origin })
    }
  }
  return out
}

function resultFor(expectation: Expectation, action: string, base: SideOutcome, head: SideOutcome, options: ReviewOptions): ReviewResult {
  const status = statusOf(expectation.expect, base.decision, head.decision)
  const request = head.built.scenario.request
  const result: ReviewResult = {
    name: expectation.name,
    action,
    principal: request.principal,
    bucket: request.bucket,
    expect: expectation.expect,
    base: base.decision,
    head: head.decision,
    ok: head.decision === expectation.expect,
    status,
    denial: null,
    statement: null,
    baseAllowedBy: [],
    unknown: { base: base.reasons, head: head.reasons },
    notes: head.built.notes,
    fixes: []
  }
  if (request.key !== undefined) result.key = request.key
  if (base.decision === 'allow' && head.decision === 'deny' && base.verdict !== null) result.baseAllowedBy = allowingStatements(base.verdict, base.built.origins)
  const verdict = head.verdict
  if (head.decision === 'deny' && verdict !== null && verdict.denial !== null) {
    const origin = verdict.denial.path === undefined ? undefined : originOf(head.built.origins, verdict.denial.path)
    result.denial = origin === undefined ? { ...verdict.denial } : { ...verdict.denial, origin }
    result.statement = decidingStatement(verdict, head.built.scenario)
    if (options.proposeFixes !== undefined && expectation.expect === 'allow') {
      let fixes: Fix[] = []
      try {
        fixes = options.proposeFixes(head.built.scenario, verdict)
      } catch {
        fixes = []
      }
      result.fixes = fixes
        .filter((fix) => fix.proven)
        .map((fix) => {
          const origin = originOf(head.built.origins, pointerPath(fix.target))
          const out: ReviewFix = { ...fix }
          if (origin !== undefined) out.origin = origin
          return out
        })
    }
  }
  return result
}

/** Reviews every expectation of `file` against the base's and the head's policy sets. */
export function review(file: ExpectationsFile, base: PolicySet, head: PolicySet, options: ReviewOptions = {}): ReviewReport {
  const results: ReviewResult[] = []
  for (const expectation of file.expectations) {
    for (const action of expectation.actions) {
      const before = decideSide(buildScenario(expectation, action, base, file))
      const after = decideSide(buildScenario(expectation, action, head, file))
      results.push(resultFor(expectation, action, before, after, options))
    }
  }
  const summary = { broken: 0, failing: 0, fixed: 0, passing: 0, unknown: 0, changed: 0 }
  for (const result of results) {
    summary[result.status]++
    if (result.base !== result.head) summary.changed++
  }
  return {
    results,
    broadGrants: newBroadGrants(base, head),
    summary,
    base: { description: base.description, unresolved: base.unresolved },
    head: { description: head.description, unresolved: head.unresolved }
  }
}

export type FailOn = 'broken' | 'any-change' | 'never'

/** Why the step fails under `fail-on`, or null when it passes. */
export function failure(report: ReviewReport, failOn: FailOn): string | null {
  if (failOn === 'never') return null
  const failing = report.summary.broken + report.summary.failing
  const reasons: string[] = []
  if (failing > 0) {
    const names = report.results.filter((result) => result.status === 'broken' || result.status === 'failing').map((result) => `${result.name} (${result.action})`)
    reasons.push(`${failing} expectation${failing === 1 ? '' : 's'} fail${failing === 1 ? 's' : ''}: ${names.join(', ')}`)
  }
  if (failOn === 'any-change') {
    const changed = report.results.filter((result) => result.base !== result.head && result.status !== 'broken' && result.status !== 'failing')
    if (changed.length > 0) reasons.push(`${changed.length} result${changed.length === 1 ? '' : 's'} change${changed.length === 1 ? 's' : ''}: ${changed.map((result) => `${result.name} (${result.action}) ${result.base} -> ${result.head}`).join(', ')}`)
    if (report.broadGrants.length > 0) reasons.push(`${report.broadGrants.length} new broad grant${report.broadGrants.length === 1 ? '' : 's'}`)
  }
  return reasons.length === 0 ? null : reasons.join('; ')
}
