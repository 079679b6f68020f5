/**
 * The review: every expectation (one scenario per action) evaluated against the base's policy set
 * and the head's, and the broad grants the head introduces.
 *
 * A side decides `allow` or `deny` only when nothing the source leaves open can change it: the
 * scenario is evaluated in the reading of the unknowns that allows the most and in each reading that
 * allows the least (variants.ts); when they agree, every value the unknowns could take agrees, and
 * the side is decided. An explicit Deny the source holds decides however the rest reads (AWS: "an
 * explicit deny in any of these policies overrides the allow"); a cross-account request the bucket
 * policy does not grant is denied whatever the caller's own (unknown) policies say; an unknown
 * document that can only allow (an AWS managed policy) cannot turn an allow into a deny. Otherwise
 * the side is `unknown`, naming the unknowns that can flip it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import { evaluateScenario } from '../evaluate/engine.js'
import type { Fix } from '../fix/types.js'
import { checkPolicies } from '../scenario/read.js'
import type { JsonValue, Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import { newBroadGrants } from './broad.js'
import { buildScenario, type SideScenario } from './scenarios.js'
import type { Expectation, ExpectationsFile, PolicySet, ResultStatus, ReviewFix, ReviewReport, ReviewResult, SideDecision } from './types.js'
import { applyEdits, isStandIn, type Edit, type Uncertainty } from './variants.js'

export interface ReviewOptions {
  /** Proven fixes for a head that denies what must be allowed (src/fix's proposeFixes). */
  proposeFixes?: (scenario: Scenario, verdict: Verdict) => Fix[]
  /**
   * Propose fixes only for the first N results that need them, in the report's order (broken, then
   * still failing); the markdown shows fixes for MAX_DETAILED results only. Default: every result.
   */
  fixLimit?: number
}

export interface SideOutcome {
  decision: SideDecision
  built: SideScenario
  /** The verdict the report shows (the denial, the statements that allowed). */
  verdict: Verdict | null
  /** The scenario `verdict` is of (the built one, or the reading that decided). */
  scenario: Scenario
  /** The verdict of the reading that allows the most: what the side would allow at best. */
  permissive: Verdict | null
  /** Why the side cannot decide: the unknowns that can change its outcome. */
  reasons: string[]
}

function evaluate(scenario: Scenario): Verdict {
  return evaluateScenario(scenario)
}

/** The scenario in the readings given: `choice(u)` picks the edits of each uncertainty. */
function reading(base: Scenario, uncertain: readonly Uncertainty[], choice: (item: Uncertainty, index: number) => readonly Edit[]): Scenario {
  const edits = uncertain.flatMap((item, index) => choice(item, index))
  return edits.length === 0 ? base : applyEdits(base, edits)
}

const MAX_READINGS = 64

/**
 * Every combination of restrictive readings (most uncertainties have one; an endpoint one per
 * candidate), or null when there are more than MAX_READINGS (the side is then left undecided).
 */
function restrictiveCombinations(uncertain: readonly Uncertainty[]): (readonly Edit[])[][] | null {
  let combinations: (readonly Edit[])[][] = [[]]
  for (const item of uncertain) {
    const options = item.restrictive.length === 0 ? [[]] : item.restrictive
    const next: (readonly Edit[])[][] = []
    for (const combination of combinations) for (const option of options) next.push([...combination, option])
    if (next.length > MAX_READINGS) return null
    combinations = next
  }
  return combinations
}

function sameDenial(a: Verdict, b: Verdict): boolean {
  const x = a.denial
  const y = b.denial
  return x !== null && y !== null && x.policyType === y.policyType && x.statement === y.statement && x.kind === y.kind && x.action === y.action && x.policy === y.policy
}

/** Evaluates one side and says whether what the source leaves open can change the decision. */
export function decideSide(built: SideScenario): SideOutcome {
  const failed = (error: unknown): SideOutcome => ({
    decision: 'unknown',
    built,
    verdict: null,
    scenario: built.scenario,
    permissive: null,
    reasons: [`the scenario could not be evaluated: ${error instanceof Error ? error.message : String(error)}`]
  })
  let verdict: Verdict
  try {
    verdict = evaluate(checkPolicies(built.scenario))
  } catch (error) {
    return failed(error)
  }
  const uncertain = built.uncertain
  if (uncertain.length === 0) return { decision: verdict.decision, built, verdict, scenario: built.scenario, permissive: verdict, reasons: [] }
  const soft = uncertain.filter((item) => item.hard !== true)
  const hard = uncertain.filter((item) => item.hard === true)
  try {
    const plusScenario = reading(built.scenario, soft, (item) => item.permissive)
    const plus = plusScenario === built.scenario ? verdict : evaluate(plusScenario)
    const unique = (list: string[]): string[] => [...new Set(list)]
    /** The soft unknowns that alone, read restrictively, change the permissive outcome. */
    const flipping = (): string[] => {
      const found: string[] = []
      soft.forEach((item, index) => {
        if (found.includes(item.reason)) return
        const flips = item.restrictive.some((option) => evaluate(reading(built.scenario, soft, (other, at) => (at === index ? option : other.permissive))).decision !== plus.decision)
        if (flips) found.push(item.reason)
      })
      return found
    }
    if (hard.length > 0) {
      // Only an explicit deny of the S3 request (not a stand-in) decides despite a hard unknown.
      const denial = plus.denial
      const s3 = built.scenario.request.action.toLowerCase()
      if (denial !== null && denial.kind === 'explicit' && denial.action.toLowerCase() === s3 && !isStandIn(denial.statement)) {
        return decided('deny', built, verdict, plus, plusScenario)
      }
      return { decision: 'unknown', built, verdict, scenario: built.scenario, permissive: plus, reasons: unique([...hard.map((item) => item.reason), ...flipping()]) }
    }
    const combinations = restrictiveCombinations(soft)
    const decisions = (combinations ?? []).map((combination) => evaluate(reading(built.scenario, soft, (_item, index) => combination[index] ?? [])))
    if (combinations !== null && decisions.every((minus) => minus.decision === plus.decision)) {
      if (plus.decision === 'deny') return decided('deny', built, verdict, plus, plusScenario)
      const minus = decisions[0] as Verdict
      return verdict.decision === 'allow'
        ? { decision: 'allow', built, verdict, scenario: built.scenario, permissive: plus, reasons: [] }
        : { decision: 'allow', built, verdict: minus, scenario: reading(built.scenario, soft, (item) => item.restrictive[0] ?? []), permissive: plus, reasons: [] }
    }
    const reasons = flipping()
    return { decision: 'unknown', built, verdict, scenario: built.scenario, permissive: plus, reasons: unique(reasons.length > 0 ? reasons : soft.map((item) => item.reason)) }
  } catch (error) {
    return failed(error)
  }
}

/** A deny that holds however the unknowns read: shown from the built scenario when it says the same, else from the permissive reading. */
function decided(decision: 'deny', built: SideScenario, verdict: Verdict, plus: Verdict, plusScenario: Scenario): SideOutcome {
  if (verdict.decision === 'deny' && (plus === verdict || sameDenial(verdict, plus))) return { decision, built, verdict, scenario: built.scenario, permissive: plus, reasons: [] }
  return { decision, built, verdict: plus, scenario: plusScenario, permissive: plus, reasons: [] }
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
      for (const statement of policy.deciding) {
        if (isStandIn(statement)) continue
        out.push(origin === undefined ? { policy: policy.policy, statement } : { policy: policy.policy, statement, origin })
      }
    }
  }
  return out
}

function resultFor(expectation: Expectation, action: string, base: SideOutcome, head: SideOutcome): ReviewResult {
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
  if (head.decision === 'deny') {
    // What allowed it in the base: the base's verdict, or for a base that cannot decide, its most permissive reading.
    const allowed = base.decision === 'allow' ? base.verdict : base.decision === 'unknown' && base.permissive?.decision === 'allow' ? base.permissive : null
    if (allowed !== null) result.baseAllowedBy = allowingStatements(allowed, base.built.origins)
  }
  const verdict = head.verdict
  if (head.decision === 'deny' && verdict !== null && verdict.denial !== null) {
    const origin = verdict.denial.path === undefined ? undefined : originOf(head.built.origins, verdict.denial.path)
    result.denial = origin === undefined ? { ...verdict.denial } : { ...verdict.denial, origin }
    result.statement = decidingStatement(verdict, head.scenario)
  }
  return result
}

function fixesFor(head: SideOutcome, proposeFixes: NonNullable<ReviewOptions['proposeFixes']>): ReviewFix[] {
  const verdict = head.verdict
  if (verdict === null) return []
  let fixes: Fix[] = []
  try {
    fixes = proposeFixes(head.scenario, verdict)
  } catch {
    fixes = []
  }
  return fixes
    .filter((fix) => fix.proven)
    .map((fix) => {
      const origin = originOf(head.built.origins, pointerPath(fix.target))
      const out: ReviewFix = { ...fix }
      if (origin !== undefined) out.origin = origin
      return out
    })
}

/** Reviews every expectation of `file` against the base's and the head's policy sets. */
export function review(file: ExpectationsFile, base: PolicySet, head: PolicySet, options: ReviewOptions = {}): ReviewReport {
  const results: ReviewResult[] = []
  const needFixes: { result: ReviewResult; head: SideOutcome }[] = []
  for (const expectation of file.expectations) {
    for (const action of expectation.actions) {
      const before = decideSide(buildScenario(expectation, action, base, file))
      const after = decideSide(buildScenario(expectation, action, head, file))
      const result = resultFor(expectation, action, before, after)
      results.push(result)
      if (result.denial !== null && expectation.expect === 'allow') needFixes.push({ result, head: after })
    }
  }
  const proposeFixes = options.proposeFixes
  if (proposeFixes !== undefined) {
    // In the report's order: broken first, then still failing; the markdown shows the first ones in full.
    const rank = (status: ResultStatus): number => (status === 'broken' ? 0 : status === 'failing' ? 1 : 2)
    const ordered = needFixes.map((item, index) => ({ ...item, index })).sort((a, b) => rank(a.result.status) - rank(b.result.status) || a.index - b.index)
    const limit = options.fixLimit ?? Number.POSITIVE_INFINITY
    for (const item of ordered.slice(0, limit)) item.result.fixes = fixesFor(item.head, proposeFixes)
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

/**
 * Why the step fails under `fail-on`, or null when it passes.
 *
 * - `broken`: a check the head proves fails (broken, or still failing). A check the change makes
 *   undecidable (for example allow -> unknown, a value known only after apply) is not a proven break:
 *   it is listed under "Cannot be decided" and does not fail the step.
 * - `any-change`: also any check whose result changes (including allow -> unknown and
 *   unknown -> allow), and any new broad grant.
 * - `never`: the step does not fail on the review.
 */
export function failure(report: ReviewReport, failOn: FailOn): string | null {
  if (failOn === 'never') return null
  const failing = report.summary.broken + report.summary.failing
  const reasons: string[] = []
  const label = (result: ReviewResult): string => `${result.name} (${result.action})`
  if (failing > 0) {
    const names = report.results.filter((result) => result.status === 'broken' || result.status === 'failing').map(label)
    reasons.push(`${failing} expectation${failing === 1 ? '' : 's'} fail${failing === 1 ? 's' : ''}: ${names.join(', ')}`)
  }
  if (failOn === 'any-change') {
    const changed = report.results.filter((result) => result.base !== result.head && result.status !== 'broken' && result.status !== 'failing')
    const undecidable = changed.filter((result) => result.head === 'unknown')
    const other = changed.filter((result) => result.head !== 'unknown')
    if (undecidable.length > 0) {
      reasons.push(`${undecidable.length} check${undecidable.length === 1 ? '' : 's'} can no longer be decided: ${undecidable.map((result) => `${label(result)} ${result.base} -> unknown`).join(', ')}`)
    }
    if (other.length > 0) reasons.push(`${other.length} result${other.length === 1 ? '' : 's'} change${other.length === 1 ? 's' : ''}: ${other.map((result) => `${label(result)} ${result.base} -> ${result.head}`).join(', ')}`)
    if (report.broadGrants.length > 0) reasons.push(`${report.broadGrants.length} new broad grant${report.broadGrants.length === 1 ? '' : 's'}`)
  }
  return reasons.length === 0 ? null : reasons.join('; ')
}
