/**
 * What the outputs of a live run say (`decision`, `denied-by`, `statement`) and what `fail-on-deny`
 * acts on. Two witnesses: what S3 answered the probes, and what the snapshot of the layers
 * evaluates to. The probe is what S3 actually did with this principal's request, so a refused
 * probe makes the decision `deny` even when the snapshot evaluates to allow (the snapshot then
 * misses something: ./disagreement.ts ranks what). The snapshot can also deny what a probe could
 * not reach (the KMS data key a Content-MD5 probe is refused before asking for), so an evaluated
 * deny is `deny` too. `allow` means neither witness denied.
 *
 * Exception: a probe refused only because it wrote to the doctor's fresh probe key, where the
 * snapshot allows the real key (a policy naming exact object keys), is not S3 refusing the real
 * request, and does not count.
 */
import { parseAccessDenied } from './access-denied.js'
import type { Diagnosis, ProbeRecord } from './types.js'

export interface LiveOutcome {
  decision: 'allow' | 'deny'
  /** The denial's policyType; for a refused probe alone, the type its message names, `expected-bucket-owner`, or `unknown`; '' when allowed. */
  deniedBy: string
  /** The deciding statement (Sid or #N) of an evaluated denial; '' otherwise. */
  statement: string
  /** What the decision rests on. */
  basis: 'evaluation' | 'probe' | 'none'
  /** One sentence for fail-on-deny's message. */
  reason: string
}

/** The probe of the diagnosis' own request that S3 refused, if any (not a clean-up, not one dismissed by the probe-key check). */
export function refusedProbe(diagnosis: Diagnosis): ProbeRecord | undefined {
  if (diagnosis.disagreement?.probeKeyOnly === true) return undefined
  const action = diagnosis.scenario.request.action.toLowerCase()
  return diagnosis.probes.find((probe) => probe.cleanup === undefined && probe.outcome === 'denied' && probe.action.toLowerCase() === action)
}

export function liveOutcome(diagnoses: readonly Diagnosis[]): LiveOutcome {
  const evaluated = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny')
  const denial = evaluated?.verdict.denial
  if (evaluated !== undefined && denial !== null && denial !== undefined) {
    return { decision: 'deny', deniedBy: denial.policyType, statement: denial.statement ?? '', basis: 'evaluation', reason: `S3 denies ${evaluated.scenario.request.action}: ${denial.reason}` }
  }
  for (const diagnosis of diagnoses) {
    const probe = refusedProbe(diagnosis)
    if (probe === undefined) continue
    const parsed = probe.message !== null ? parseAccessDenied(probe.message, { code: probe.errorCode, status: probe.status, operation: probe.operation }) : null
    const deniedBy = probe.ownerMismatch === true ? 'expected-bucket-owner' : (parsed?.policyType ?? 'unknown')
    const what = probe.ownerMismatch === true ? 'the bucket is not owned by the expected account' : parsed?.policyType !== undefined ? `AWS names the ${parsed.policyType}` : 'the readable layers do not explain it'
    const answer = [probe.status, probe.errorCode].filter((part) => part !== null).join(' ')
    return { decision: 'deny', deniedBy, statement: '', basis: 'probe', reason: `S3 refused the ${probe.operation} probe${answer !== '' ? ` (${answer})` : ''}: ${what}` }
  }
  if (evaluated !== undefined) return { decision: 'deny', deniedBy: 'unknown', statement: '', basis: 'evaluation', reason: `S3 denies ${evaluated.scenario.request.action}` }
  return { decision: 'allow', deniedBy: '', statement: '', basis: 'none', reason: '' }
}
