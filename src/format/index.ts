/**
 * The three output formats of the CLI: json (the verdict contract plus the trace, the fixes and why
 * none is proven), text for a terminal and markdown (the job summary's report), both built by
 * ../report from a `Diagnosis`.
 *
 * Every format goes through the same scrubbing (`scrubValue` in ../report/secrets.ts) before it is
 * written: a request header such as `x-amz-security-token`, a secret in an error text, never reach
 * the output, JSON included.
 */
import { diagnoseFixes, type Fix, type FixDiagnosis } from '../fix/index.js'
import type { Diagnosis } from '../live/types.js'
import { offlineDiagnosis } from '../report/analyze.js'
import { scrubValue } from '../report/secrets.js'
import { buildSummary } from '../report/summary.js'
import { buildText } from '../report/text.js'
import type { Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export interface JsonOptions {
  /** Values that must never be printed (the GitHub token, AWS keys from the environment). */
  secrets?: readonly string[]
}

function json(value: unknown, options: JsonOptions): string {
  return `${JSON.stringify(scrubValue(value, options.secrets), null, 2)}\n`
}

/**
 * One diagnosis as JSON: the verdict contract (`decision`, `denial`, the trace...), `fixes`, and
 * `noFix` ({ kind, reason } when the verdict is a deny and no fix is proven, else null), then what a
 * live run saw. The shape `diagnose --format json` prints per operation.
 */
function diagnosisJsonValue(diagnosis: Diagnosis): Record<string, unknown> {
  const d = diagnosis
  return {
    ...d.verdict,
    operation: d.scenario.request.operation ?? d.scenario.request.action,
    fixes: d.fixes,
    noFix: d.noFix ?? null,
    caller: d.caller,
    probes: d.probes,
    parsedError: d.parsedError,
    unreadable: d.unreadable,
    disagreement: d.disagreement,
    scenario: d.scenario
  }
}

/** Several diagnoses (one per operation) as one JSON document, scrubbed. */
export function diagnosesJson(diagnoses: readonly Diagnosis[], options: JsonOptions = {}): string {
  return json(diagnoses.map(diagnosisJsonValue), options)
}

/**
 * What `explain --format json` prints: the verdict, `fixes` (each `{ policyType, target, document,
 * command, proven, stillDeniedBy, rejected, ... }`) and `noFix`, scrubbed. The fixes are proposed
 * here unless given (a list from `proposeFixes`, or `diagnoseFixes`' result).
 */
function explainJson(verdict: Verdict, scenario: Scenario, fixes?: Fix[] | FixDiagnosis, options: JsonOptions = {}): string {
  const found = fixDiagnosis(verdict, scenario, fixes)
  return json({ ...verdict, fixes: found.fixes, noFix: found.noFix }, options)
}

/** A diagnosis in one format. */
export function formatDiagnosis(diagnosis: Diagnosis, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return json(diagnosisJsonValue(diagnosis), {})
    case 'markdown':
      return buildSummary(diagnosis)
    case 'text':
      return buildText(diagnosis)
  }
}

function fixDiagnosis(verdict: Verdict, scenario: Scenario, fixes: Fix[] | FixDiagnosis | undefined): FixDiagnosis {
  if (fixes === undefined) return diagnoseFixes(scenario, verdict)
  if (!Array.isArray(fixes)) return fixes
  const needsReason = verdict.decision === 'deny' && !fixes.some((fix) => fix.proven)
  return { fixes, noFix: needsReason ? diagnoseFixes(scenario, verdict).noFix : null }
}

/**
 * The offline `explain` path: no caller, no probes. The fixes come from the caller (a list from
 * `proposeFixes`, or `diagnoseFixes`' result with the reason when none is proven) or are proposed
 * here.
 */
export function formatVerdict(verdict: Verdict, scenario: Scenario, format: OutputFormat, fixes?: Fix[] | FixDiagnosis): string {
  if (format === 'json') return explainJson(verdict, scenario, fixes)
  return formatDiagnosis(offlineDiagnosis(scenario, verdict, fixDiagnosis(verdict, scenario, fixes)), format)
}
