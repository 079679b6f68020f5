/**
 * The report for a terminal (`s3-403-doctor explain`, the action's log): the same parts as the job
 * summary in plain text, without the trace (`--format json` has it). Secrets are scrubbed here too.
 */
import type { JsonValue } from '../scenario/types.js'
import type { Diagnosis } from '../live/types.js'
import { analyze, deniedBySentence, deniedByWords, describeValues } from './analyze.js'
import { scrubSecrets, scrubValue } from './secrets.js'
import { completedBy, ownerText, whyText } from './sections.js'

export interface TextOptions {
  secrets?: readonly string[]
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n')
}

function headline(diagnosis: Diagnosis, target: string, principal: string): string {
  const { verdict, scenario } = diagnosis
  const denial = verdict.denial
  if (denial === null) return `ALLOW: ${scenario.request.action} on ${target} for ${principal} is allowed: no layer denies it.`
  return `DENY: ${denial.action}${denial.action === scenario.request.action ? '' : ` (for ${scenario.request.action})`} on ${target} for ${principal} is denied by ${deniedBySentence(denial)}.`
}

function value(document: JsonValue): string {
  return document !== null && typeof document === 'object' ? JSON.stringify(document, null, 2) : typeof document === 'string' ? document : JSON.stringify(document)
}

/** The terminal report of one diagnosis. */
export function buildText(input: Diagnosis, options: TextOptions = {}): string {
  const diagnosis = scrubValue(input, options.secrets)
  const analysis = analyze(diagnosis)
  const { verdict, caller } = diagnosis
  const lines: string[] = [headline(diagnosis, analysis.target, analysis.principal)]
  const denial = verdict.denial
  if (denial !== null) {
    const why = whyText(denial.action, denial.reason)
    if (why !== '') lines.push(`  why: ${why}`)
    lines.push(`  S3 answers ${denial.httpStatus} ${denial.errorCode}${denial.httpStatus === 403 ? '' : ', not 403'}.`)
  }
  if (caller !== null) lines.push(`  running as: ${caller.arn}${caller.identityArn === undefined ? '' : ` (${caller.identityArn})`}, credentials from ${caller.source}`)

  if (diagnosis.disagreement !== null) {
    lines.push('', `WARNING: the probe and the snapshot disagree: ${diagnosis.disagreement.summary}`)
    diagnosis.disagreement.explanations.forEach((explanation, index) => lines.push(`  ${index + 1}. ${explanation}`))
  }
  const parsed = diagnosis.parsedError
  if (parsed?.nonAuthorization !== undefined) {
    lines.push('', `WARNING: the error is not about permissions: ${parsed.nonAuthorization.code}: ${parsed.nonAuthorization.explanation}`)
  }
  if (parsed !== null && parsed.explanation !== undefined) lines.push('', `What AWS said: ${parsed.explanation}`)

  const deciding = analysis.deciding
  if (deciding !== null) {
    lines.push('', `Deciding statement ${deciding.label} in ${deciding.policy} (${deciding.path}):`)
    if (deciding.json !== null) lines.push(indent(JSON.stringify(deciding.json, null, 2), '  '))
    for (const condition of deciding.conditions) {
      lines.push(`  condition ${condition.operator} ${condition.key}: policy ${describeValues(condition.policyValues)}; request ${describeValues(condition.requestValues)}`)
    }
  }
  if (analysis.nearMisses.length > 0) {
    lines.push('', `Statements that name ${analysis.nearMisses[0]?.action ?? 'the action'} but do not apply:`)
    for (const miss of analysis.nearMisses) {
      lines.push(`  ${miss.policy}, statement ${miss.label}: ${miss.detail}`)
      if (miss.condition !== null) {
        lines.push(`    policy ${describeValues(miss.condition.policyValues)}; request ${describeValues(miss.condition.requestValues)}${miss.condition.error === undefined ? '' : ` (${miss.condition.error})`}`)
      }
    }
  }

  if (diagnosis.fixes.length > 0) {
    lines.push('', 'How to fix it:')
    diagnosis.fixes.forEach((fix, index) => {
      const proof = fix.proven
        ? 'proven: the request is allowed with this change'
        : fix.rejected != null
          ? `not a fix as written: ${fix.rejected}`
          : fix.stillDeniedBy === null
            ? 'not proven to be enough on its own'
            : `not enough on its own: ${deniedByWords(fix.stillDeniedBy.policyType, fix.stillDeniedBy.action)} (${fix.stillDeniedBy.policy}) would still deny ${fix.stillDeniedBy.action}` +
              (completedBy(diagnosis.fixes, index) === null ? '' : `; with change ${completedBy(diagnosis.fixes, index)} after it, the request is allowed`)
      const after = fix.dependsOn.length === 0 ? '' : ` (after ${fix.dependsOn.map((position) => position + 1).join(' and ')})`
      lines.push(`  ${index + 1}. ${fix.title}${after} (${proof})`)
      lines.push(`     who: ${ownerText(fix)}; where: ${fix.target}`)
      lines.push(indent(fix.explanation, '     '))
      if (fix.file !== null) lines.push(`     save as ${fix.file.name}:`, indent(value(fix.file.content), '     '))
      else if (fix.target === '/request' && fix.document !== null && typeof fix.document === 'object') lines.push(`     in the scenario, the request becomes:`, indent(value(fix.document), '     '))
      else if (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object') {
        lines.push(`     in the scenario: ${fix.target} = ${typeof fix.document === 'string' ? fix.document : JSON.stringify(fix.document)}`)
      } else lines.push(indent(value(fix.document), '     '))
      if (fix.command !== null) lines.push(indent(`$ ${fix.command}`, '     '))
    })
    if (diagnosis.noFix != null && !diagnosis.fixes.some((fix) => fix.proven)) lines.push(`  None of these is proven to be enough. ${diagnosis.noFix.reason}`)
  } else if (denial !== null) {
    lines.push('', diagnosis.noFix == null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${diagnosis.noFix.reason}`)
  }

  for (const group of analysis.layers) {
    lines.push('', `Layers for ${group.action}:`)
    const width = Math.max(...group.rows.map((row) => String(row.layer).length))
    for (const row of group.rows) lines.push(`  ${String(row.layer).padEnd(width)}  ${String(row.status).padEnd(12)}  ${row.detail}`)
  }

  if (diagnosis.probes.length > 0) {
    lines.push('', 'Probes:')
    for (const probe of diagnosis.probes) {
      const status = probe.status === null ? '-' : String(probe.status)
      const code = probe.errorCode === null ? '' : ` ${probe.errorCode}`
      const id = probe.requestId === null ? '' : ` (request id ${probe.requestId})`
      lines.push(`  ${probe.operation}${probe.key === undefined ? '' : ` ${probe.key}`}: ${status} ${probe.outcome}${code}${id}: ${probe.meaning}`)
      if (probe.leftBehind !== undefined) lines.push(`    WARNING: left behind, delete it by hand: ${probe.leftBehind}`)
    }
  }
  if (analysis.unreadable.length > 0) {
    lines.push('', 'Could not be read:')
    for (const row of analysis.unreadable) {
      lines.push(`  ${row.path}: ${row.error}`, `    needs: ${row.permission}${row.effect === null ? '' : `; the verdict assumed: ${row.effect}`}`)
    }
  }
  if (verdict.findings.length > 0) {
    lines.push('', 'Warnings:')
    for (const finding of verdict.findings) lines.push(`  ${finding.path}: ${finding.message}`)
  }
  return `${scrubSecrets(lines.join('\n'), options.secrets)}\n`
}
