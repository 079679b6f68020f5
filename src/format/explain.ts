/**
 * What a report says about a verdict, as data: the deciding statement with its JSON, the
 * conditions that made it apply (or the near misses of an implicit deny), one row per layer.
 * The text and markdown formats render this; they decide nothing themselves.
 */
import type { ConditionTrace } from '../conditions/types.js'
import type { JsonValue, Scenario } from '../scenario/types.js'
import type { LayerTrace, StatementTrace, Verdict } from '../verdict/types.js'

export interface DecidingStatement {
  policy: string
  path: string
  label: string
  /** The statement as the scenario holds it (null when the document is not in the scenario). */
  json: JsonValue | null
  conditions: ConditionTrace[]
}

/** An Allow statement that named the action but did not apply, and the first element that failed. */
export interface NearMiss {
  policy: string
  label: string
  failed: 'Resource' | 'Principal' | 'Condition'
  detail: string
  condition: ConditionTrace | null
}

export interface Explanation {
  headline: string
  deciding: DecidingStatement | null
  nearMisses: NearMiss[]
  layers: { action: string; rows: LayerTrace[] }[]
}

/** Reads `bucket.policy`, `identity.policies[0].document`, `organization.serviceControlPolicies[1][0].document`... */
export function valueAtPath(root: unknown, path: string): JsonValue | undefined {
  let current: unknown = root
  for (const token of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined
    current = (current as Record<string, unknown>)[token]
  }
  return current as JsonValue
}

function statementJson(scenario: Scenario, path: string, index: number): JsonValue | null {
  const document = valueAtPath(scenario, path)
  if (document === undefined || document === null || typeof document !== 'object' || Array.isArray(document)) return null
  const statements = document['Statement']
  if (Array.isArray(statements)) return statements[index] ?? null
  return index === 0 && statements !== undefined ? statements : null
}

function deniedTrace(verdict: Verdict): { request: Verdict['requests'][number]; trace: StatementTrace; policy: string; path: string } | null {
  const denial = verdict.denial
  if (denial === null || denial.statement === null || denial.path === undefined) return null
  for (const request of verdict.requests) {
    if (request.action !== denial.action) continue
    for (const layer of request.layers) {
      for (const policy of layer.policies) {
        if (policy.path !== denial.path) continue
        const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies)
        if (trace !== undefined) return { request, trace, policy: policy.policy, path: policy.path }
      }
    }
  }
  return null
}

function nearMisses(verdict: Verdict): NearMiss[] {
  const denial = verdict.denial
  if (denial === null || denial.kind !== 'implicit') return []
  const misses: NearMiss[] = []
  for (const request of verdict.requests) {
    if (request.action !== denial.action) continue
    for (const layer of request.layers) {
      if (layer.layer !== denial.policyType && !(denial.policyType === 'resource-based-policy' && layer.layer === 'kms-key-policy')) continue
      for (const policy of layer.policies) {
        for (const statement of policy.statements) {
          if (statement.effect !== 'Allow' || statement.applies || !statement.action.matched) continue
          misses.push(describeMiss(policy.policy, statement))
        }
      }
    }
  }
  return misses
}

function describeMiss(policy: string, statement: StatementTrace): NearMiss {
  if (statement.principal !== null && !statement.principal.matched) {
    return { policy, label: statement.label, failed: 'Principal', detail: 'its Principal does not name the caller', condition: null }
  }
  if (statement.resource !== null && !statement.resource.matched) {
    return { policy, label: statement.label, failed: 'Resource', detail: `its ${statement.resource.element} does not cover the requested resource`, condition: null }
  }
  const failed = statement.conditions.find((condition) => !condition.matched) ?? null
  return { policy, label: statement.label, failed: 'Condition', detail: failed === null ? 'a condition did not match' : `condition ${failed.operator} ${failed.key} did not match`, condition: failed }
}

export function explain(verdict: Verdict, scenario: Scenario): Explanation {
  const request = scenario.request
  const target = request.key === undefined ? `bucket ${request.bucket}` : `s3://${request.bucket}/${request.key}`
  const who = request.principal
  let headline: string
  if (verdict.denial === null) headline = `ALLOW: ${who} may ${request.action} on ${target}.`
  else {
    const denial = verdict.denial
    const how = denial.kind === undefined ? '' : ` (${denial.kind} deny)`
    const where = denial.statement === null ? denial.policy : `${denial.policy}, statement ${denial.statement}`
    const status = denial.httpStatus === 403 ? '' : ` S3 answers ${denial.httpStatus} ${denial.errorCode}, not 403.`
    headline = `DENY: ${denial.action} on ${target} for ${who} is denied by the ${denial.policyType}${how}: ${where}.${status}`
  }
  const found = deniedTrace(verdict)
  const deciding: DecidingStatement | null =
    found === null
      ? null
      : {
          policy: found.policy,
          path: found.path,
          label: found.trace.label,
          json: statementJson(scenario, found.path, found.trace.index),
          conditions: found.trace.conditions
        }
  return {
    headline,
    deciding,
    nearMisses: nearMisses(verdict),
    layers: verdict.requests.map((evaluation) => ({ action: evaluation.action, rows: evaluation.layers }))
  }
}

export function describeValues(values: (string | null)[] | null): string {
  if (values === null) return '(not in the request)'
  if (values.length === 0) return '(empty set)'
  return values.map((value) => (value === null ? '(unresolved variable)' : JSON.stringify(value))).join(', ')
}
