/**
 * The three output formats of the CLI: json (the verdict contract plus the trace), text for a
 * terminal and markdown (the job summary's report), both built by ../report from a `Diagnosis`.
 */
import { diagnoseFixes, type Fix, type FixDiagnosis } from '../fix/index.js'
import type { Diagnosis } from '../live/types.js'
import { offlineDiagnosis } from '../report/analyze.js'
import { buildSummary } from '../report/summary.js'
import { buildText } from '../report/text.js'
import type { Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** A diagnosis in one format; json prints the verdict (src/cli/main.ts adds `fixes` beside it). */
export function formatDiagnosis(diagnosis: Diagnosis, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(diagnosis.verdict, null, 2)}\n`
    case 'markdown':
      return buildSummary(diagnosis)
    case 'text':
      return buildText(diagnosis)
  }
}

/**
 * The offline `explain` path: no caller, no probes. The fixes come from the caller (a list from
 * `proposeFixes`, or `diagnoseFixes`' result with the reason when none is proven) or are proposed
 * here, only for the formats that print them.
 */
export function formatVerdict(verdict: Verdict, scenario: Scenario, format: OutputFormat, fixes?: Fix[] | FixDiagnosis): string {
  if (format === 'json') return formatDiagnosis(offlineDiagnosis(scenario, verdict), format)
  let found: FixDiagnosis
  if (fixes === undefined) found = diagnoseFixes(scenario, verdict)
  else if (!Array.isArray(fixes)) found = fixes
  else {
    const needsReason = verdict.decision === 'deny' && !fixes.some((fix) => fix.proven)
    found = { fixes, noFix: needsReason ? diagnoseFixes(scenario, verdict).noFix : null }
  }
  return formatDiagnosis(offlineDiagnosis(scenario, verdict, found), format)
}
