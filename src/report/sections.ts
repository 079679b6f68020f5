/**
 * The parts of a markdown report, each a function of the diagnosis (and its analysis) that returns
 * markdown or '' when it has nothing to say. The job summary and the pull request comment are
 * made of these, in different selections and lengths.
 */
import type { ConditionTrace } from '../conditions/types.js'
import type { Fix, FixOwner } from '../fix/types.js'
import type { Diagnosis, ProbeRecord } from '../live/types.js'
import type { JsonValue } from '../scenario/types.js'
import type { ElementMatch, StatementTrace } from '../verdict/types.js'
import { deniedBySentence, deniedByWords, describeValues, type Analysis, type NearMiss } from './analyze.js'
import { details, table, type Md } from './markdown.js'

export interface Parts {
  diagnosis: Diagnosis
  analysis: Analysis
  md: Md
}

export const OWNER_WORDS: Readonly<Record<FixOwner, string>> = {
  'pipeline-role-owner': "whoever manages the pipeline's role",
  'bucket-owner': 'the bucket owner',
  'key-owner': "the KMS key's owner",
  'organization-admin': "an organization administrator (the pipeline's owner cannot change these)",
  'network-admin': 'whoever manages the VPC endpoint',
  'runner-network': "whoever manages the job's runners and their network",
  'workflow-author': 'the workflow author',
  'account-admin': "whoever administers IAM in the caller's account",
  'bucket-account-admin': "an administrator of the bucket owner's account (the setting covers every bucket of that account)",
  'object-owner': 'the account that owns the object'
}

/**
 * Who can make a change, in words that match the change: a runner's network change says which
 * part of the network (the egress address for aws:SourceIp, the VPC endpoint route for
 * aws:SourceVpce); the rest by owner.
 */
export function ownerText(fix: Pick<Fix, 'owner' | 'target'>): string {
  if (fix.owner === 'runner-network') {
    if (/\/aws:SourceIp$/i.test(fix.target)) {
      return "whoever manages where the job runs and the address its traffic to S3 leaves from (a self-hosted runner's network, a NAT gateway)"
    }
    if (/^\/request\/vpcEndpoint$/.test(fix.target) || /\/aws:SourceVpce?$/i.test(fix.target)) {
      return 'whoever manages where the job runs and its network path: a runner in the VPC whose S3 traffic goes through the VPC endpoint'
    }
  }
  return Object.hasOwn(OWNER_WORDS, fix.owner) ? OWNER_WORDS[fix.owner] : String(fix.owner)
}

function ownerWords(md: Md, fix: Pick<Fix, 'owner' | 'target'>): string {
  return Object.hasOwn(OWNER_WORDS, fix.owner) ? ownerText(fix) : md.text(fix.owner)
}

/** The one sentence a report leads with: what was denied, to whom, by which layer and statement. */
export function headline({ diagnosis, analysis, md }: Parts, level = '###'): string {
  const { verdict, scenario } = diagnosis
  const who = md.code(analysis.principal)
  const denial = verdict.denial
  if (denial === null) {
    return `${level} ✅ ALLOW: ${md.code(scenario.request.action)} on ${md.code(analysis.target)} for ${who} is allowed: no layer denies it.`
  }
  const deniedBy = deniedBySentence(denial, md)
  const onWhat = denial.action === scenario.request.action ? '' : ` (for ${md.code(scenario.request.action)})`
  return `${level} ⛔ DENY: ${md.code(denial.action)}${onWhat} on ${md.code(analysis.target)} for ${who} is denied by ${deniedBy}.`
}

/**
 * The verdict's reason, less what the headline already says: an explicit deny's reason restates
 * the layer and statement, so only what follows it (a requirement the evaluator added) is kept.
 */
export function whyText(action: string, reason: string): string {
  if (!reason.startsWith(`${action} is denied by an explicit deny`)) return reason
  const rest = reason.indexOf('. ')
  return rest === -1 ? '' : reason.slice(rest + 2)
}

/** Why, what S3 answers, who the caller is, and the scenario's name. */
export function why({ diagnosis, md }: Parts): string {
  const { verdict, scenario, caller } = diagnosis
  const lines: string[] = []
  const denial = verdict.denial
  if (denial !== null) {
    const reason = whyText(denial.action, denial.reason)
    if (reason !== '') lines.push(`**Why:** ${md.text(reason, 4000)}${/[.!?]$/.test(reason) ? '' : '.'}`)
    const status = `${denial.httpStatus} ${denial.errorCode}`
    lines.push(denial.httpStatus === 403 ? `S3 answers **${md.text(status)}**.` : `S3 answers **${md.text(status)}**, not 403.`)
  }
  if (caller !== null) {
    const behind = caller.identityArn === undefined ? '' : ` (behind it: ${md.code(caller.identityArn)})`
    lines.push(`**Running as** ${md.code(caller.arn)}${behind}, credentials from ${md.text(caller.source)}.`)
  }
  if (scenario.name !== undefined) lines.push(`**Scenario:** ${md.text(scenario.name)}`)
  return lines.join('  \n')
}

export function disagreement({ diagnosis, md }: Parts): string {
  const found = diagnosis.disagreement
  if (found === null) return ''
  const lines = [`> **⚠️ The probe and the snapshot disagree:** ${md.text(found.summary, 2000)}`]
  if (found.explanations.length > 0) {
    lines.push('>', '> Most likely first:', '>')
    found.explanations.forEach((explanation, index) => lines.push(`> ${index + 1}. ${md.text(explanation, 2000)}`))
  }
  return lines.join('\n')
}

/** What AWS said, when the failing step's error text was given. */
export function awsError({ diagnosis, md }: Parts): string {
  const parsed = diagnosis.parsedError
  if (parsed === null) return ''
  const lines: string[] = []
  if (parsed.nonAuthorization !== undefined) {
    lines.push(`> **⚠️ The error is not about permissions:** ${md.code(parsed.nonAuthorization.code)}: ${md.text(parsed.nonAuthorization.explanation, 2000)}`, '')
  }
  const named: string[] = []
  // AWS's own words ("an explicit deny in a service control policy") when the message had them.
  const phrase = parsed.policyPhrase === undefined ? undefined : md.text(parsed.policyPhrase)
  const denial = diagnosis.verdict.denial
  const layer = parsed.policyType === undefined ? undefined : md.text(deniedByWords(parsed.policyType, denial?.action ?? ''))
  if (parsed.kind !== undefined && (phrase !== undefined || layer !== undefined)) named.push(`an ${md.text(parsed.kind)} deny in ${phrase === undefined ? layer : `a ${phrase}`}`)
  else if (phrase !== undefined) named.push(`the ${phrase}`)
  else if (layer !== undefined) named.push(layer)
  if (parsed.transitivelyThrough !== undefined) named.push(`transitively through a ${md.text(parsed.transitivelyThrough.replace(/-/g, ' '))}`)
  if (parsed.policyArn !== undefined) named.push(`policy ${md.code(parsed.policyArn)}`)
  if (parsed.setting !== undefined) named.push(`setting ${md.code(parsed.setting)}`)
  let agreement = ''
  if (parsed.policyType !== undefined && denial !== null) {
    agreement = parsed.policyType === denial.policyType ? ' The evaluation agrees.' : ` The evaluation names ${md.text(deniedByWords(denial.policyType, denial.action))} instead.`
  }
  const code = parsed.code === undefined ? '' : ` (${md.code(parsed.code)})`
  const summary = named.length > 0 ? `AWS${code} named ${named.join(', ')}.${agreement}` : `The error text AWS returned${code}:`
  lines.push(`**What AWS said:** ${summary}`)
  if (parsed.explanation !== undefined) lines.push('', md.text(parsed.explanation, 2000))
  if (parsed.authorizationId !== undefined) lines.push('', `Authorization id ${md.code(parsed.authorizationId)} (IAM's GetRequestAuthorizationDetails can expand it).`)
  lines.push('', md.block('text', parsed.raw, 8000))
  return lines.join('\n')
}

/** Condition values in a cell: in code, or in words when there are none (a missing key, an empty set). */
function valuesCell(md: Md, values: readonly (string | null)[] | null, error?: string): string {
  const words = values === null || values.length === 0 ? `*${describeValues(values)}*` : md.cellCode(describeValues(values))
  return error === undefined ? words : `${words} (${md.text(error)})`
}

function conditionRow(md: Md, condition: ConditionTrace): string[] {
  return [md.cellCode(condition.operator), md.cellCode(condition.key), valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)]
}

/** The deciding statement quoted with where it lives, and the condition values side by side. */
export function decidingStatement({ analysis, md }: Parts, options: { json: boolean } = { json: true }): string {
  const deciding = analysis.deciding
  if (deciding === null) return ''
  const lines = ['#### The statement that denies', '', `Statement ${md.code(deciding.label)} in ${md.text(deciding.policy)}, at ${md.code(deciding.path)} in the scenario:`, '']
  if (options.json && deciding.json !== null) lines.push(md.block('json', JSON.stringify(deciding.json, null, 2)), '')
  if (deciding.conditions.length > 0) {
    lines.push('It applies because every condition holds:', '')
    lines.push(table(['operator', 'key', "policy's values", "request's value"], deciding.conditions.map((condition) => conditionRow(md, condition))))
  } else {
    lines.push('It has no condition: it applies whenever its Action, Resource and Principal match.')
  }
  return lines.join('\n')
}

function missRow(md: Md, miss: NearMiss): string[] {
  const where = `${md.cellCode(miss.label)} in ${md.text(miss.policy)}`
  const condition = miss.condition
  if (condition === null) return [where, md.text(miss.detail), '—', '—']
  return [where, `${md.cellCode(condition.key)} ${md.cellCode(condition.operator)}`, valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)]
}

/** For an implicit deny: the Allow statements that name the action, and the first thing each misses. */
export function nearMisses({ analysis, md }: Parts, limit = Infinity): string {
  const misses = analysis.nearMisses
  if (misses.length === 0) return ''
  const action = misses[0]?.action ?? ''
  const shown = misses.slice(0, limit)
  const lines = [
    '#### Statements that would allow it, and what they miss',
    '',
    `These Allow statements name ${md.code(action)} but do not apply to this request:`,
    '',
    table(['statement', 'what does not match', "policy's values", "request's value"], shown.map((miss) => missRow(md, miss)))
  ]
  if (shown.length < misses.length) lines.push('', `…and ${misses.length - shown.length} more.`)
  return lines.join('\n')
}

function compact(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** A change shown in one line (a request header, a context value) rather than a document. */
function isOneLine(fix: Fix): boolean {
  return fix.file === null && (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object')
}

/** What to save or put where: the file the command reads, else the policy or setting; a request change is one line, unless it is a whole request. */
function fixValue(md: Md, fix: Fix): string {
  if (fix.file !== null) return `Save this as ${md.code(fix.file.name)}:\n\n${md.block('json', JSON.stringify(fix.file.content, null, 2))}`
  if (fix.target === '/request' && fix.document !== null && typeof fix.document === 'object') {
    return `In the scenario, this replaces the request (${md.code(fix.target)}) with:\n\n${md.block('json', JSON.stringify(fix.document, null, 2))}`
  }
  if (isOneLine(fix)) return `In the scenario, this sets ${md.code(fix.target)} to ${md.code(compact(fix.document))}.`
  return md.block('json', JSON.stringify(fix.document, null, 2))
}

/** The number of the first proven change that is applied after `index` (it lists it in `dependsOn`), or null. */
export function completedBy(all: readonly Fix[], index: number): number | null {
  const found = all.findIndex((other, position) => position > index && other.proven && other.dependsOn.includes(index))
  return found === -1 ? null : found + 1
}

function fixStatus(md: Md, fix: Fix, completion: number | null): string {
  if (fix.proven) return '✅ proven: re-evaluated with this change, the request is allowed.'
  if (fix.rejected != null) return `⛔ not a fix as written: ${md.text(fix.rejected, 1000)}`
  const still = fix.stillDeniedBy
  const then = completion === null ? '' : ` With change ${completion} after it, the request is allowed.`
  if (still === null) return `⚠️ not proven to be enough on its own.${then}`
  const statement = still.statement === null ? '' : `, statement ${md.code(still.statement)}`
  return `⚠️ not enough on its own: ${md.text(deniedByWords(still.policyType, still.action))} (${md.text(still.policy)}${statement}) would still deny ${md.code(still.action)}.${then}`
}

/** One corrective change: title, proof, who can make it, the policy and the command. */
export function fix(md: Md, item: Fix, number: number, options: { document: boolean; completion?: number | null } = { document: true }): string {
  const after = item.dependsOn.length === 0 ? '' : ` (after ${item.dependsOn.map((index) => `${index + 1}`).join(' and ')})`
  const lines = [
    `**${number}. ${md.text(item.title)}**${after}  `,
    `${fixStatus(md, item, options.completion ?? null)}  `,
    `Who can make it: ${ownerWords(md, item)}.${isOneLine(item) ? '' : ` Where: ${md.code(item.target)} in the scenario.`}`,
    '',
    md.text(item.explanation, 4000)
  ]
  if (options.document) lines.push('', fixValue(md, item))
  if (item.command !== null) lines.push('', md.block('sh', item.command))
  return lines.join('\n')
}

export function fixes({ diagnosis, md }: Parts, options: { limit: number; documents: boolean } = { limit: Infinity, documents: true }): string {
  const all = diagnosis.fixes
  const noFix = diagnosis.noFix ?? null
  if (diagnosis.verdict.decision === 'allow' && all.length === 0) return ''
  const lines = ['#### How to fix it', '']
  if (all.length === 0) {
    lines.push(noFix === null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${md.text(noFix.reason, 2000)}`)
    return lines.join('\n')
  }
  const shown = all.slice(0, options.limit)
  shown.forEach((item, index) => lines.push(fix(md, item, index + 1, { document: options.documents || index === 0, completion: completedBy(all, index) }), ''))
  if (shown.length < all.length) {
    lines.push(`Other changes that would also work: ${all.slice(shown.length).map((item) => md.text(item.title)).join('; ')}.`, '')
  }
  if (noFix !== null && !all.some((item) => item.proven)) lines.push(`None of these is proven to be enough. ${md.text(noFix.reason, 2000)}`, '')
  return lines.join('\n').trimEnd()
}

/** A table of every layer per authorization request: read / unreadable / allows / denies / not involved. */
export function layers({ analysis, md }: Parts): string {
  const parts: string[] = ['#### Every layer', '']
  for (const group of analysis.layers) {
    const resource = group.resource === '' ? '' : ` on ${md.code(group.resource)}`
    parts.push(`**${md.code(group.action)}**${resource}`, '')
    parts.push(table(['layer', 'status', 'detail'], group.rows.map((row) => [md.text(row.name), statusCell(md, row.status), md.text(row.detail, 2000)])), '')
  }
  return parts.join('\n').trimEnd()
}

function statusCell(md: Md, status: string): string {
  return status === 'denies' ? '**denies**' : md.text(status)
}

function probeStatus(probe: ProbeRecord): string {
  const status = probe.status === null ? '—' : String(probe.status)
  return `${status} ${probe.outcome}`
}

export function probes({ diagnosis, md }: Parts): string {
  if (diagnosis.probes.length === 0) return ''
  const rows = diagnosis.probes.map((probe) => [
    md.cellCode(probe.operation),
    probe.key === undefined ? '—' : md.cellCode(probe.key),
    md.text(probeStatus(probe)),
    probe.errorCode === null ? '—' : md.cellCode(probe.errorCode),
    probe.requestId === null ? '—' : md.cellCode(probe.requestId),
    md.text(probe.meaning, 1000)
  ])
  const lines = ['#### Probes', '', table(['operation', 'key', 'status', 'error code', 'request id', 'meaning'], rows)]
  const left = diagnosis.probes.filter((probe) => probe.leftBehind !== undefined)
  if (left.length > 0) {
    lines.push('', '**⚠️ The probes left these behind and could not remove them; delete them by hand:**', '', ...left.map((probe) => `- ${md.code(probe.leftBehind ?? '')}`))
  }
  return lines.join('\n')
}

export function unreadable({ analysis, md }: Parts): string {
  if (analysis.unreadable.length === 0) return ''
  const rows = analysis.unreadable.map((row) => [
    md.cellCode(row.path),
    md.text(row.error, 1000),
    md.text(row.permission),
    row.effect === null ? 'the verdict does not depend on it' : md.text(row.effect, 1000)
  ])
  return [
    '#### What the doctor could not read',
    '',
    'Grant these permissions to the role the doctor reads with (`reader-role-to-assume`, or the pipeline role) to remove the doubt:',
    '',
    table(['layer', 'error', 'permission needed', 'what the verdict assumed'], rows)
  ].join('\n')
}

export function findings({ diagnosis, md }: Parts): string {
  const list = diagnosis.verdict.findings
  if (list.length === 0) return ''
  return ['#### Warnings', '', ...list.map((finding) => `- ${md.code(finding.path)}: ${md.text(finding.message, 2000)}`)].join('\n')
}

export function context({ diagnosis, md }: Parts): string {
  const keys = diagnosis.verdict.context
  if (keys.length === 0) return ''
  const rows = keys.map((entry) => [md.cellCode(entry.key), md.cellCode(entry.values.join(', ')), md.text(entry.origin)])
  return details(`The request's condition keys (${keys.length})`, table(['key', 'values', 'origin'], rows))
}

function element(md: Md, match: ElementMatch | null): string | null {
  if (match === null) return null
  return `${md.text(match.element)} ${match.pattern === null ? '(no pattern matched)' : md.code(match.pattern, 200)} ${match.matched ? '✓' : '✗'}`
}

/** One line per statement evaluated. */
export function statementLine(md: Md, statement: StatementTrace): string {
  const parts = [element(md, statement.action), element(md, statement.resource), element(md, statement.principal)].filter((part): part is string => part !== null)
  for (const condition of statement.conditions) parts.push(`${md.text(condition.operator)} ${md.code(condition.key, 200)} ${condition.matched ? '✓' : '✗'}`)
  const verdict = statement.applies ? '**applies**' : statement.outcome === 'invalid' ? 'is set aside (AWS would refuse it)' : 'does not apply'
  return `${md.code(statement.label, 200)} (${md.text(statement.effect)}) ${verdict}: ${parts.join(' · ')}`
}

/** Counts the statements of the trace, so a summary can say how many it had to leave out. */
export function traceSize(diagnosis: Diagnosis): number {
  let count = 0
  for (const request of diagnosis.verdict.requests) for (const layer of request.layers) for (const policy of layer.policies) count += policy.statements.length
  return count
}

/** Every statement of every policy of every layer; `limit` statements at most, with a note for the rest. */
export function trace(parts: Parts, limit: number): string {
  const { diagnosis, md } = parts
  const total = traceSize(diagnosis)
  if (total === 0) return ''
  const lines: string[] = []
  let shown = 0
  outer: for (const request of diagnosis.verdict.requests) {
    lines.push(`**${md.code(request.action)}** on ${md.code(request.resource)}: ${md.text(request.decision)}`, '')
    for (const layer of request.layers) {
      if (layer.policies.length === 0) continue
      for (const policy of layer.policies) {
        if (shown >= limit) break outer
        lines.push(`- ${md.text(policy.policy)} (${md.code(policy.path)}): ${md.text(policy.outcome)}`)
        for (const statement of policy.statements) {
          if (shown >= limit) break outer
          lines.push(`  - ${statementLine(md, statement)}`)
          shown += 1
        }
      }
    }
    lines.push('')
  }
  if (shown < total) {
    lines.push(
      '',
      `*${total - shown} of ${total} statements are left out to keep this summary within GitHub's 1 MiB limit. Run \`s3-403-doctor explain\` on the saved scenario with \`--format json\` for the full trace.*`
    )
  }
  return details(`Evaluation trace: every statement (${total})`, lines.join('\n').trimEnd())
}
