/**
 * The three output formats of `explain`: json (the verdict contract plus the trace), text for a
 * terminal, markdown for a report.
 */
import type { Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import { describeValues, explain, type Explanation } from './explain.js'

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export function formatVerdict(verdict: Verdict, scenario: Scenario, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(verdict, null, 2)}\n`
    case 'markdown':
      return formatMarkdown(explain(verdict, scenario), verdict)
    case 'text':
      return formatText(explain(verdict, scenario), verdict)
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n')
}

export function formatText(explanation: Explanation, verdict: Verdict): string {
  const lines: string[] = [explanation.headline]
  if (verdict.denial !== null) lines.push(`  why: ${verdict.denial.reason}`)
  const deciding = explanation.deciding
  if (deciding !== null) {
    lines.push('', `Deciding statement ${deciding.label} in ${deciding.policy} (${deciding.path}):`)
    if (deciding.json !== null) lines.push(indent(JSON.stringify(deciding.json, null, 2), '  '))
    for (const condition of deciding.conditions) {
      lines.push(`  condition ${condition.operator} ${condition.key}: policy ${describeValues(condition.policyValues)}; request ${describeValues(condition.requestValues)}`)
    }
  }
  if (explanation.nearMisses.length > 0) {
    lines.push('', 'Statements that name the action but do not apply:')
    for (const miss of explanation.nearMisses) {
      lines.push(`  ${miss.policy}, statement ${miss.label}: ${miss.detail}`)
      if (miss.condition !== null) {
        lines.push(`    policy ${describeValues(miss.condition.policyValues)}; request ${describeValues(miss.condition.requestValues)}${miss.condition.error === undefined ? '' : ` (${miss.condition.error})`}`)
      }
    }
  }
  for (const group of explanation.layers) {
    lines.push('', `Layers for ${group.action}:`)
    const width = Math.max(...group.rows.map((row) => row.layer.length))
    for (const row of group.rows) lines.push(`  ${row.layer.padEnd(width)}  ${row.status.padEnd(13)}  ${row.summary}`)
  }
  if (verdict.dependsOnUnreadable.length > 0) {
    lines.push('', 'Could not be read (the verdict assumes):')
    for (const item of verdict.dependsOnUnreadable) lines.push(`  ${item.path}: ${item.effect} (${item.error})`)
  }
  if (verdict.findings.length > 0) {
    lines.push('', 'Warnings:')
    for (const finding of verdict.findings) lines.push(`  ${finding.path}: ${finding.message}`)
  }
  return `${lines.join('\n')}\n`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function formatMarkdown(explanation: Explanation, verdict: Verdict): string {
  const lines: string[] = [`### ${verdict.decision === 'allow' ? '✅' : '⛔'} ${explanation.headline}`, '']
  if (verdict.denial !== null) lines.push(verdict.denial.reason, '')
  const deciding = explanation.deciding
  if (deciding !== null) {
    lines.push(`**Deciding statement** \`${deciding.label}\` in ${deciding.policy} (\`${deciding.path}\`):`, '')
    if (deciding.json !== null) lines.push('```json', JSON.stringify(deciding.json, null, 2), '```', '')
    if (deciding.conditions.length > 0) {
      lines.push('| condition | key | policy values | request value |', '| --- | --- | --- | --- |')
      for (const condition of deciding.conditions) {
        lines.push(`| ${cell(condition.operator)} | ${cell(condition.key)} | ${cell(describeValues(condition.policyValues))} | ${cell(describeValues(condition.requestValues))} |`)
      }
      lines.push('')
    }
  }
  if (explanation.nearMisses.length > 0) {
    lines.push('**Statements that name the action but do not apply:**', '')
    for (const miss of explanation.nearMisses) lines.push(`- ${miss.policy}, statement \`${miss.label}\`: ${miss.detail}`)
    lines.push('')
  }
  for (const group of explanation.layers) {
    lines.push(`**Layers for \`${group.action}\`**`, '', '| layer | status | detail |', '| --- | --- | --- |')
    for (const row of group.rows) lines.push(`| ${row.layer} | ${row.status} | ${cell(row.summary)} |`)
    lines.push('')
  }
  if (verdict.dependsOnUnreadable.length > 0) {
    lines.push('**Could not be read:**', '')
    for (const item of verdict.dependsOnUnreadable) lines.push(`- \`${item.path}\`: ${item.effect} (${cell(item.error)})`)
    lines.push('')
  }
  if (verdict.findings.length > 0) {
    lines.push('**Warnings:**', '')
    for (const finding of verdict.findings) lines.push(`- \`${finding.path}\`: ${finding.message}`)
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}
