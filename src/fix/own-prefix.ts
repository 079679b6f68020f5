/**
 * Team isolation: a bucket shared by teams keeps them apart by a principal tag, with a Deny unless
 * `aws:PrincipalTag/team` matches the prefix written to, or an Allow on `${aws:PrincipalTag/team}/*`.
 * When a team's pipeline writes under another team's prefix, the change that keeps the isolation is
 * the request's: write under the caller's own prefix. It comes before any policy change or tag,
 * and only when re-evaluation proves it (a plan marked `onlyIfProven`).
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltag
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import type { JsonValue } from '../scenario/types.js'
import { deciding, flaggedHeaders, granteeOf, isObject, pathToPointer, requestCommand, statementsOf, type Candidate, type FixContext, type Plan } from './common.js'
import { formatPointer, getAtPointer } from './pointer.js'

const NEGATED = /^(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike)(IfExists)?$/
const TAG = /^aws:principaltag\//i

interface Move {
  /** The key with the other team's segment replaced by the caller's own. */
  key: string
  tag: string
  own: string
  other: string
  /** The segment's position in the key (its path segments). */
  index: number
  /** What keeps the teams apart, in words. */
  rule: string
}

/** The caller's value of a principal tag, from the request context the evaluator used. */
function callerTag(context: FixContext, tag: string): string | null {
  const entry = context.verdict.context.find((item) => item.key.toLowerCase() === `aws:principaltag/${tag.toLowerCase()}`)
  const value = entry?.values[0]
  return value === undefined || value === '' || value.includes('/') ? null : value
}

function replaced(key: string, index: number, value: string): string {
  const segments = key.split('/')
  segments[index] = value
  return segments.join('/')
}

/** An explicit Deny on a principal tag: the key's segment that names another team's value. */
function fromDeny(context: FixContext, key: string): Move[] {
  const { denial, verdict } = context
  if (denial.kind !== 'explicit' || denial.path === undefined || denial.statement === null) return []
  const moves: Move[] = []
  for (const condition of deciding(verdict, denial.path, denial.statement, denial.action)?.conditions ?? []) {
    if (!NEGATED.test(condition.operator) || !TAG.test(condition.key)) continue
    const tag = condition.key.slice('aws:PrincipalTag/'.length)
    const own = callerTag(context, tag)
    if (own === null) continue
    const values = condition.policyValues.filter((value): value is string => value !== null && !/[*?$]/.test(value))
    const segments = key.split('/')
    const index = segments.findIndex((segment, position) => position < segments.length - 1 && values.includes(segment))
    const other = segments[index]
    if (index < 0 || other === undefined || other === own) continue
    moves.push({ key: replaced(key, index, own), tag, own, other, index, rule: `statement ${denial.statement} of ${denial.policy} denies writes under ${other}/ to callers not tagged ${tag}=${other}` })
  }
  return moves
}

/** An Allow whose Resource puts `${aws:PrincipalTag/...}` in the key and misses this request's key. */
function fromAllow(context: FixContext, key: string): Move[] {
  const { denial, verdict, scenario } = context
  if (denial.kind !== 'implicit') return []
  const bucketPart = `:s3:::${scenario.request.bucket}/`
  const moves: Move[] = []
  for (const request of verdict.requests) {
    if (request.action.toLowerCase() !== denial.action.toLowerCase()) continue
    for (const layer of request.layers) {
      if (layer.layer !== denial.policyType) continue
      for (const policy of layer.policies) {
        for (const trace of policy.statements) {
          if (trace.effect !== 'Allow' || trace.applies || !trace.action.matched || trace.resource?.matched !== false) continue
          const document = getAtPointer(scenario as unknown as JsonValue, pathToPointer(policy.path))
          const statement = isObject(document) ? statementsOf(document)[trace.index] : undefined
          if (!isObject(statement)) continue
          const resources = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]
          for (const resource of resources) {
            if (typeof resource !== 'string') continue
            const start = resource.indexOf(bucketPart)
            const variable = /\$\{aws:PrincipalTag\/([^}]+)\}/i.exec(resource)
            if (start < 0 || variable === null || variable.index < start + bucketPart.length) continue
            const literal = resource.slice(start + bucketPart.length, variable.index)
            if (/[*?$]/.test(literal) || !key.startsWith(literal) || !(literal === '' || literal.endsWith('/'))) continue
            const tag = variable[1] as string
            const own = callerTag(context, tag)
            const index = literal === '' ? 0 : literal.split('/').length - 1
            const segments = key.split('/')
            const other = segments[index]
            if (own === null || other === undefined || index >= segments.length - 1 || other === own) continue
            moves.push({ key: replaced(key, index, own), tag, own, other, index, rule: `statement ${trace.label} of ${policy.policy} lets each caller write only under the prefix named by its ${tag} tag (${resource})` })
          }
        }
      }
    }
  }
  return moves
}

/** Writing under the caller's own prefix, first and only when it alone turns the request into an allow. */
export function ownPrefixPlans(context: FixContext): Plan[] {
  const { scenario } = context
  const key = scenario.request.key
  const grantee = granteeOf(context.caller)
  if (key === undefined || grantee === null) return []
  const move = [...fromDeny(context, key), ...fromAllow(context, key)][0]
  if (move === undefined) return []
  const prefix = (text: string): string => `${text.split('/').slice(0, move.index + 1).join('/')}/`
  const fixed = { ...scenario, request: { ...scenario.request, key: move.key } }
  const candidate: Candidate = {
    policyType: context.denial.policyType,
    strategy: 'request-change',
    target: formatPointer(['request', 'key']),
    document: move.key,
    command: requestCommand(fixed, flaggedHeaders(fixed)),
    file: null,
    owner: 'workflow-author',
    title: `Write under your own prefix ${prefix(move.key)} instead of ${prefix(key)}`,
    explanation:
      `The bucket keeps teams apart by the principal tag ${move.tag}: ${move.rule}, and the ${grantee.kind} ${grantee.name} is tagged ${move.tag}=${move.own}. ` +
      `Writing to ${move.key} instead changes no policy and keeps the isolation. If the object really belongs under ${prefix(key)}, ` +
      `a pipeline tagged ${move.tag}=${move.other} should publish it, rather than this ${grantee.kind} being exempted or re-tagged.`
  }
  return [{ steps: [candidate], onlyIfProven: true }]
}
