/**
 * Warnings from AWS's action / resource-type / condition-key reference: a misspelled action, a
 * statement whose Resource can never be of the type its action acts on, a condition key AWS does
 * not document. None of them changes the decision; each tells the user why a statement they
 * expected to apply may not.
 *
 * Only what we can tell is reported: action names and condition keys are judged for the catalogued
 * services (s3, kms, sts, iam) and `aws:` keys; a prefix is reported unknown only when it is no
 * AWS service at all (a real service we do not catalogue is never reported).
 */
import type { ConditionClause, Policy, Statement } from '../policy/types.js'
import type { Finding } from '../verdict/findings.js'
import {
  actionsMatching,
  actionsOfService,
  cataloguedServices,
  closest,
  conditionKeyStatus,
  conditionKeysWithPrefix,
  findAction,
  isCataloguedService,
  isKnownService,
  patternCouldMatchFormat,
  servicePrefixes,
  splitAction,
  wildcardMatches,
  type ActionInfo
} from './catalog.js'

/** How messages name a service: its prefix spelled as an initialism ("S3", "KMS"). */
function serviceName(prefix: string): string {
  return prefix.toUpperCase()
}

/** "an S3", "a KMS": initialisms take the article of their first letter's name (ess, kay). */
function withArticle(prefix: string): string {
  const name = serviceName(prefix)
  return `${'AEFHILMNORSX'.includes(name[0] ?? '') ? 'an' : 'a'} ${name}`
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?')
}

/**
 * Checks one Action/NotAction value (or the request's action). Returns the catalogued action when
 * the value names exactly one.
 */
function checkActionName(value: string, path: string, findings: Finding[], inRequest: boolean): ActionInfo | undefined {
  if (inRequest && hasWildcard(value)) {
    findings.push({ code: 'unknown-action', path, message: `${value} is a pattern: the request names one action, e.g. s3:GetObject` })
    return undefined
  }
  if (value === '*') return undefined
  const parts = splitAction(value)
  if (parts === undefined) {
    findings.push({
      code: 'unknown-action',
      path,
      message: `${value} is not an action: actions are written service:ActionName, e.g. s3:GetObject`
    })
    return undefined
  }
  const [service, name] = parts
  // A wildcard in the service part (`s3*:Get*`) could stand for several services: not judged.
  if (hasWildcard(service)) return undefined
  if (!isKnownService(service)) {
    // Catalogued services first, so a tie (`s4`: `s3` or `ds`) goes to the service this tool is about.
    const suggestion = closest(service.toLowerCase(), [...cataloguedServices(), ...servicePrefixes()])
    findings.push({
      code: 'unknown-service',
      path,
      message:
        `${service} is not an AWS service prefix (in ${value})` +
        (suggestion === undefined ? '' : `; did you mean ${suggestion}:${name}?`)
    })
    return undefined
  }
  if (!isCataloguedService(service)) return undefined
  const prefix = service.toLowerCase()
  if (hasWildcard(name)) {
    if (actionsMatching(value).length === 0) {
      findings.push({ code: 'unknown-action', path, message: `${value} matches no ${serviceName(prefix)} action` })
    }
    return undefined
  }
  const info = findAction(value)
  if (info === undefined) {
    const suggestion = closest(name, actionsOfService(prefix).map((a) => a.name))
    findings.push({
      code: 'unknown-action',
      path,
      message:
        `${value} is not ${withArticle(prefix)} action` + (suggestion === undefined ? '' : `; did you mean ${prefix}:${suggestion}?`)
    })
  }
  return info
}

/** The resource part of an ARN pattern made only of `*`: it stands for every resource. */
const ONLY_STARS = /^\*+$/

/**
 * Whether a Resource value can name "all resources" for an action without resource-level
 * permissions: `*`, or an ARN of the action's service whose resource part is only `*`
 * (AWS's own example grants s3:ListAllMyBuckets on `arn:aws:s3:::*`).
 */
function namesAllResources(resource: string, service: string): boolean {
  if (wildcardMatches(resource, '*')) return true
  const parts = resource.split(':')
  if (parts.length < 3 || !wildcardMatches(parts[0]!, 'arn') || !wildcardMatches(parts[2]!, service)) return false
  const rest = parts.length >= 6 ? parts.slice(5).join(':') : parts[parts.length - 1]!
  return ONLY_STARS.test(rest)
}

function describeTypes(action: ActionInfo): string {
  return action.resourceTypes.map((t) => `${t.name} (${t.arnFormats.join(', ')})`).join(' or ')
}

function checkResourceTypes(statement: Statement, at: string, findings: Finding[]): void {
  const resources = statement.resource?.values ?? []
  const seen = new Set<string>()
  for (const value of statement.action.values) {
    if (hasWildcard(value)) continue
    const action = findAction(value)
    if (action === undefined) continue
    const id = `${action.service}:${action.name}`
    if (seen.has(id)) continue
    seen.add(id)
    const listed = resources.join(', ')
    if (action.resourceTypes.length === 0) {
      if (!resources.some((r) => namesAllResources(r, action.service))) {
        findings.push({
          code: 'resource-type-mismatch',
          path: `${at}.Resource`,
          message: `${id} does not support resource-level permissions, so only "Resource": "*" applies to it; this statement names ${listed}`
        })
      }
      continue
    }
    const fits = resources.some((r) => action.resourceTypes.some((t) => t.arnFormats.some((f) => patternCouldMatchFormat(r, f))))
    if (!fits) {
      findings.push({
        code: 'resource-type-mismatch',
        path: `${at}.Resource`,
        message: `${id} acts on ${describeTypes(action)} resources, but none of ${listed} can be one, so this statement never applies to ${id}`
      })
    }
  }
}

/** For `aws:PrincipalTags/team`, try each `/`-templated key with the user's tag name: `aws:PrincipalTag/team`. */
function suggestConditionKey(key: string, prefix: string): string | undefined {
  const slash = key.indexOf('/')
  const candidates: string[] = []
  for (const known of conditionKeysWithPrefix(prefix)) {
    const placeholder = known.search(/\$\{|</)
    if (placeholder === -1) candidates.push(known)
    else if (slash !== -1 && known[placeholder - 1] === '/') candidates.push(known.slice(0, placeholder) + key.slice(slash + 1))
  }
  return closest(key, candidates.sort())
}

function checkConditionKey(clause: ConditionClause, at: string, findings: Finding[]): void {
  if (conditionKeyStatus(clause.key) !== 'unknown') return
  const path = `${at}.Condition.${clause.operator}.${clause.key}`
  const colon = clause.key.indexOf(':')
  if (colon <= 0) {
    findings.push({ code: 'unknown-condition-key', path, message: `${clause.key} is not a condition key: keys are written prefix:name, e.g. aws:SourceIp` })
    return
  }
  const prefix = clause.key.slice(0, colon).toLowerCase()
  const suggestion = suggestConditionKey(clause.key, prefix)
  const what = prefix === 'aws' ? 'a global condition key' : `a condition key of ${prefix.toUpperCase()}`
  findings.push({
    code: 'unknown-condition-key',
    path,
    message: `${clause.key} is not ${what} that AWS documents` + (suggestion === undefined ? '' : `; did you mean ${suggestion}?`)
  })
}

/**
 * Warnings about a parsed policy: `unknown-action`, `unknown-service`, `resource-type-mismatch`,
 * `unknown-condition-key`. `path` prefixes each finding's path: `bucket.policy` gives
 * `bucket.policy.Statement[1].Action`.
 */
export function lintPolicy(policy: Policy, path: string): Finding[] {
  if (!hasLintFindings(policy)) return []
  const findings: Finding[] = []
  const base = path === '' ? '' : `${path}.`
  for (const statement of policy.statements) {
    const relative = statementFindings(statement)
    if (relative.length === 0) continue
    const at = `${base}Statement[${statement.index}]`
    for (const finding of relative) findings.push({ code: finding.code, path: `${at}${finding.path}`, message: finding.message })
  }
  return findings
}

/**
 * The findings of one statement, with paths relative to it (`.Action`, `.Resource`...). They depend
 * only on what the statement says, and large policies repeat themselves (the same actions, resources
 * and condition keys in statement after statement), so they are worked out once per distinct content.
 */
function statementFindings(statement: Statement): Finding[] {
  const action = statement.action
  const resource = statement.resource
  let id = `${action.negated ? '!' : ''}${action.values.join('\u0001')}\u0000${resource === null ? '-' : `${resource.negated ? '!' : ''}${resource.values.join('\u0001')}`}`
  for (const clause of statement.conditions) id += `\u0000${clause.operator}\u0001${clause.key}`
  let findings = byContent.get(id)
  if (findings === undefined) {
    findings = []
    const element = action.negated ? 'NotAction' : 'Action'
    for (const value of action.values) checkActionName(value, `.${element}`, findings, false)
    if (!action.negated && resource !== null && !resource.negated) checkResourceTypes(statement, '', findings)
    for (const clause of statement.conditions) checkConditionKey(clause, '', findings)
    if (byContent.size >= CONTENT_LIMIT) byContent.clear()
    byContent.set(id, findings)
  }
  return findings
}

const byContent = new Map<string, Finding[]>()
const CONTENT_LIMIT = 8192

/** Whether `lintPolicy` has anything to say about the document, whatever its path (memoized: most documents are clean). */
export function hasLintFindings(policy: Policy): boolean {
  let any = anyFindings.get(policy)
  if (any === undefined) anyFindings.set(policy, (any = policy.statements.some((statement) => statementFindings(statement).length > 0)))
  return any
}

const anyFindings = new WeakMap<Policy, boolean>()

/**
 * Warnings about the request itself: an unknown action (path `request.action`), and an S3 action
 * whose resource type does not fit the request (path `request.key`): a key makes the request's
 * resource an object (`arn:aws:s3:::bucket/key`), no key makes it the bucket.
 */
export function lintRequest(action: string, hasKey: boolean): Finding[] {
  // The same request is linted on every evaluation of a scenario: remembered per (action, key or not).
  const id = `${hasKey ? 'k' : 'b'}${action}`
  let findings = requestFindings.get(id)
  if (findings === undefined) {
    if (requestFindings.size >= 256) requestFindings.clear()
    requestFindings.set(id, (findings = Object.freeze(lintRequestNow(action, hasKey)) as Finding[]))
  }
  return findings
}

const requestFindings = new Map<string, Finding[]>()

function lintRequestNow(action: string, hasKey: boolean): Finding[] {
  const findings: Finding[] = []
  const info = checkActionName(action, 'request.action', findings, true)
  if (info === undefined || info.service !== 's3') return findings
  const id = `s3:${info.name}`
  const wanted = hasKey ? 'object' : 'bucket'
  if (info.resourceTypes.some((t) => t.name === wanted)) return findings
  if (info.resourceTypes.length === 0) {
    if (hasKey) {
      findings.push({
        code: 'resource-type-mismatch',
        path: 'request.key',
        message: `${id} does not act on a bucket or an object (its policies name "Resource": "*"), but the request has a key`
      })
    }
    return findings
  }
  const other = hasKey ? 'bucket' : 'object'
  let advice: string
  if (!info.resourceTypes.some((t) => t.name === other)) advice = 'not on a bucket or an object'
  else if (hasKey) advice = 'not on an object: the request should have no key'
  else advice = 'not on a bucket: the request needs a key'
  findings.push({
    code: 'resource-type-mismatch',
    path: 'request.key',
    message: `${id} acts on ${describeTypes(info)} resources, ${advice}`
  })
  return findings
}
