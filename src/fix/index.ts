/**
 * Corrective changes for a denial, each proven by re-evaluating the scenario with the change applied.
 *
 * `proposeFixes` picks the strategies by the denial's layer and kind, then proves every step of every
 * plan with `evaluateScenario(applyFix(...))`:
 * - a step whose re-evaluation shows the very same denial, or one the plan already met, is dropped
 *   (it fixes nothing, or goes in a circle) and ends the plan;
 * - a step that AWS would refuse as written (a merged policy over the service's size limit, see
 *   `rejectionOf`) is kept with the reason in `rejected`, never `proven`, and ends the plan: a
 *   strategy that has a smaller alternative (a new managed policy instead of a full inline one)
 *   proposes it itself;
 * - a step that turns the verdict into an allow is `proven`;
 * - a step after which another layer still denies is kept with `stillDeniedBy`, and the plan is
 *   extended (chained) with the first fix proposed for that next denial, applied on top: each
 *   chained fix lists the earlier ones in `dependsOn`, and the last one says whether the whole
 *   chain ends in an allow. At most four steps are chained.
 * Plans are alternatives, safest first; a plan marked `fallback` is shown only when no earlier plan
 * is proven, and one marked `onlyIfProven` only when its own steps end in an allow (it is never
 * extended by chaining); in a plan marked `together` only the last of its own steps has to make
 * progress (the others are halves of one change). Nothing is returned that was not re-evaluated.
 *
 * Denials with no fix (see NO_FIX_REASONS) get a reason from `diagnoseFixes` instead.
 */
import { evaluateScenario } from '../evaluate/engine.js'
import type { JsonValue, Scenario } from '../scenario/types.js'
import type { Denial, Verdict } from '../verdict/types.js'
import { contextFor, granteeOf, type Candidate, type FixContext, type Plan } from './common.js'
import { denyIsInAwsManagedPolicy, explicitDenyPlans } from './explicit-deny.js'
import { boundaryGrantPlans, identityGrantPlans, sessionGrantPlans } from './identity.js'
import { keyPolicyGrantPlans } from './kms.js'
import { organizationGrantPlans } from './organization.js'
import { ownPrefixPlans } from './own-prefix.js'
import { putAtPointer } from './pointer.js'
import { bucketPolicyGrantPlans, endpointGrantPlans } from './resource.js'
import { s3SettingPlans } from './s3-settings.js'
import { rejectionOf } from './site.js'
import type { Fix, StillDenied } from './types.js'

export type { Fix, FixOwner, FixStrategy, StillDenied } from './types.js'
export { PointerError, formatPointer, parsePointer } from './pointer.js'

/** Puts `fix.document` at `fix.target` (a JSON Pointer, RFC 6901) in a copy of the scenario. */
export function applyFix(scenario: Scenario, fix: Pick<Fix, 'target' | 'document'>): Scenario {
  const copy = structuredClone(scenario) as unknown as JsonValue
  return putAtPointer(copy, fix.target, structuredClone(fix.document)) as unknown as Scenario
}

/** Denial kinds for which no change can be proposed, and why. Changing this list is a conscious decision: a test pins it. */
export const NO_FIX_REASONS = {
  'object-lock-compliance':
    'The object version is under COMPLIANCE retention: no user, not even the root user, can delete it or shorten its retention until the retain-until date. The only options are to wait for that date or to leave the version alone.',
  'anonymous-caller':
    'The request is unsigned: the fix is to sign it with credentials (configure AWS credentials in the job). Making the data readable or writable by anyone is a decision about the data, not a fix, so none is proposed.',
  'caller-without-iam-identity':
    'The caller is not an IAM role or user (the root user, a federated user, or an AWS service principal whose request carries neither aws:SourceArn nor aws:SourceAccount to scope a grant to), so there is no identity to grant the permission to, and a grant to the whole service would serve every AWS customer.',
  'rcp-implicit':
    'No RCP allows the action at some level, which cannot happen in AWS: RCPFullAWSAccess is attached to every root, OU and account and cannot be detached. The snapshot is missing it; collect the RCPs again.',
  'aws-managed-policy':
    'The explicit deny is in an AWS managed policy, which cannot be edited: detach it from the role or replace it with a customer managed copy that has the exception.',
  'size-limit':
    'The change that would allow the request makes a policy larger than AWS accepts (the change listed says which limit), and there is no smaller place to put it. Make room in that document first (remove statements nobody needs, merge statements that differ only in Action or Resource), then add the statement.',
  'no-strategy':
    'No change, or chain of up to four changes, that turns this request into an allow could be found and proven; the fixes listed (if any) show how far they get and which layer still denies.'
} as const

export type NoFixKind = keyof typeof NO_FIX_REASONS

export interface FixDiagnosis {
  fixes: Fix[]
  /** When no fix is proven: which kind of denial this is and why there is none. */
  noFix: { kind: NoFixKind; reason: string } | null
}

/** The strategies for one denial, by its layer and kind. */
function plansFor(context: FixContext): Plan[] {
  const { denial } = context
  switch (denial.policyType) {
    case 'identity-based-policy':
    case 'permissions-boundary':
    case 'session-policy':
    case 'resource-based-policy':
    case 'vpc-endpoint-policy':
    case 'service-control-policy':
    case 'resource-control-policy':
      // Writing under the caller's own prefix keeps a team isolation intact: first, when it works.
      return [...ownPrefixPlans(context), ...(denial.kind === 'explicit' ? explicitDenyPlans(context) : implicitPlans(context))]
    default:
      return s3SettingPlans(context)
  }
}

function implicitPlans(context: FixContext): Plan[] {
  switch (context.denial.policyType) {
    case 'identity-based-policy':
      return identityGrantPlans(context)
    case 'permissions-boundary':
      return boundaryGrantPlans(context)
    case 'session-policy':
      return sessionGrantPlans(context)
    case 'vpc-endpoint-policy':
      return endpointGrantPlans(context)
    case 'resource-based-policy':
      return context.denial.action.toLowerCase().startsWith('kms:') ? keyPolicyGrantPlans(context) : bucketPolicyGrantPlans(context)
    case 'service-control-policy':
      return organizationGrantPlans(context)
    default:
      return []
  }
}

function stillDenied(denial: Denial): StillDenied {
  return { policyType: denial.policyType, statement: denial.statement, action: denial.action, policy: denial.policy }
}

/** A denial as a key: the same key after a change means the change fixed nothing (or went in a circle). */
function denialKey(denial: Denial): string {
  return JSON.stringify([denial.policyType, denial.kind ?? null, denial.statement, denial.action, denial.policy, denial.reason])
}

interface Applied {
  scenario: Scenario
  verdict: Verdict
}

function attempt(scenario: Scenario, step: Candidate): Applied | null {
  try {
    const fixed = applyFix(scenario, step)
    return { scenario: fixed, verdict: evaluateScenario(fixed) }
  } catch {
    // A change the evaluator cannot read (a malformed document) is not a fix.
    return null
  }
}

/** The longest chain of changes proposed for one denial. */
const MAX_STEPS = 4

/** Proves a plan step by step, chaining the next layer's fix while another layer still denies. */
function runPlan(start: FixContext, plan: Plan): { fixes: Fix[]; last: FixContext } {
  const fixes: Fix[] = []
  let last = start
  let scenario = start.scenario
  const seen = new Set([denialKey(start.denial)])
  const queue = [...plan.steps]
  while (fixes.length < MAX_STEPS) {
    const step = queue.shift()
    if (step === undefined) break
    const rejected = rejectionOf(scenario, step)
    if (rejected !== null) {
      // AWS would refuse the document: not a fix, whatever the evaluator would make of it.
      fixes.push({ ...step, proven: false, stillDeniedBy: null, rejected, dependsOn: fixes.map((_, index) => index) })
      break
    }
    const applied = attempt(scenario, step)
    if (applied === null) break
    const denial = applied.verdict.denial
    // Within a plan whose steps go together, only the last is judged on whether it made progress.
    const partOfWhole = plan.together === true && fixes.length < plan.steps.length - 1
    if (denial !== null && seen.has(denialKey(denial)) && !partOfWhole) break
    fixes.push({ ...step, proven: denial === null, stillDeniedBy: denial === null ? null : stillDenied(denial), rejected: null, dependsOn: fixes.map((_, index) => index) })
    if (denial === null) break
    scenario = applied.scenario
    seen.add(denialKey(denial))
    last = contextFor(scenario, applied.verdict, denial, plansFor)
    if (queue.length === 0 && plan.onlyIfProven !== true) {
      const next = nextPlan(last, seen)
      if (next !== null) queue.push(...next.steps)
    }
  }
  return { fixes, last }
}

/** The first plan for the next denial whose first step makes progress (to an allow or a denial not met before). */
function nextPlan(context: FixContext, seen: ReadonlySet<string>): Plan | null {
  const plans = plansFor(context).filter((item) => item.onlyIfProven !== true)
  for (const candidate of [...plans.filter((item) => item.fallback !== true), ...plans.filter((item) => item.fallback === true)]) {
    const first = candidate.steps[0]
    if (first === undefined) continue
    const applied = attempt(context.scenario, first)
    if (applied !== null && (applied.verdict.denial === null || !seen.has(denialKey(applied.verdict.denial)))) return candidate
  }
  return null
}

/** Proven fixes (or honest unproven ones) for a verdict, and the reason when there is none. Pure. */
export function diagnoseFixes(scenario: Scenario, verdict: Verdict): FixDiagnosis {
  const denial = verdict.denial
  if (verdict.decision === 'allow' || denial === null) return { fixes: [], noFix: null }
  const context = contextFor(scenario, verdict, denial, plansFor)
  const fixes: Fix[] = []
  const seen = new Set<string>()
  let proven = false
  let blocker: FixContext | null = null
  for (const plan of plansFor(context)) {
    if (plan.fallback === true && proven) continue
    const key = JSON.stringify(plan.steps.map((step) => [step.target, step.document]))
    if (seen.has(key)) continue
    seen.add(key)
    const result = runPlan(context, plan)
    if (plan.onlyIfProven === true && result.fixes.at(-1)?.proven !== true) continue
    const offset = fixes.length
    for (const fix of result.fixes) fixes.push({ ...fix, dependsOn: fix.dependsOn.map((index) => index + offset) })
    if (result.fixes.at(-1)?.proven === true) proven = true
    blocker ??= result.fixes.length > 0 ? result.last : null
  }
  // Without a proven fix, the reason is about the layer that is left denying (after the first plan's changes).
  if (proven) return { fixes, noFix: null }
  const noFix = noFixOf(blocker ?? context)
  if (noFix.kind === 'no-strategy' && fixes.some((fix) => fix.rejected !== null)) return { fixes, noFix: { kind: 'size-limit', reason: NO_FIX_REASONS['size-limit'] } }
  return { fixes, noFix }
}

export function proposeFixes(scenario: Scenario, verdict: Verdict): Fix[] {
  return diagnoseFixes(scenario, verdict).fixes
}

function noFixOf(context: FixContext): { kind: NoFixKind; reason: string } {
  const kind = noFixKind(context)
  return { kind, reason: NO_FIX_REASONS[kind] }
}

function noFixKind(context: FixContext): NoFixKind {
  const { denial, scenario, caller } = context
  if (denial.policyType === 'object-lock' && /COMPLIANCE/.test(denial.reason)) return 'object-lock-compliance'
  if (caller.kind === 'anonymous') return 'anonymous-caller'
  if (denial.policyType === 'resource-control-policy' && denial.kind === 'implicit') return 'rcp-implicit'
  if (denial.kind === 'explicit' && denyIsInAwsManagedPolicy(scenario, denial.path)) return 'aws-managed-policy'
  if (granteeOf(caller) === null && denial.kind !== undefined) return 'caller-without-iam-identity'
  return 'no-strategy'
}
