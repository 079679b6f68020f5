/**
 * Policy documents (JSON as AWS stores it) to `Policy` values: every element in one shape.
 * The scenario loader has already checked the grammar against the JSON Schema; this module
 * normalizes it and checks what a schema cannot (condition operators and their values).
 */
import { validateConditionClause } from '../conditions/index.js'
import type { JsonObject, JsonValue, PolicyDocument } from '../scenario/types.js'
import type { ConditionClause, ElementSpec, Policy, PolicyVersion, PrincipalSpec, SetQualifier, Statement } from './types.js'

export interface PolicyIssue {
  path: string
  message: string
}

export class PolicyError extends Error {
  constructor(readonly issues: PolicyIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
    this.name = 'PolicyError'
  }
}

const parsed = new WeakMap<PolicyDocument, Policy>()

/** Parses a document once; later calls with the same object return the same `Policy`. */
export function parsePolicy(document: PolicyDocument, path = 'policy'): Policy {
  const cached = parsed.get(document)
  if (cached) return cached
  const issues: PolicyIssue[] = []
  const policy = buildPolicy(document, path, issues)
  if (issues.length > 0) throw new PolicyError(issues)
  parsed.set(document, policy)
  return policy
}

function buildPolicy(document: JsonObject, path: string, issues: PolicyIssue[]): Policy {
  const version = document['Version']
  const raw = document['Statement']
  const list: JsonValue[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  const statements: Statement[] = []
  list.forEach((value, index) => {
    const where = Array.isArray(raw) ? `${path}.Statement[${index}]` : `${path}.Statement`
    if (!isObject(value)) {
      issues.push({ path: where, message: 'expected a statement object' })
      return
    }
    statements.push(buildStatement(value, index, where, issues))
  })
  return { version: version === '2012-10-17' || version === '2008-10-17' ? (version as PolicyVersion) : null, statements }
}

function buildStatement(value: JsonObject, index: number, path: string, issues: PolicyIssue[]): Statement {
  const sid = typeof value['Sid'] === 'string' && value['Sid'] !== '' ? value['Sid'] : null
  const effect = value['Effect'] === 'Deny' ? 'Deny' : 'Allow'
  const action = element(value, 'Action', 'NotAction') ?? { negated: false, values: [] }
  return {
    index,
    sid,
    label: sid ?? `#${index}`,
    effect,
    action,
    resource: element(value, 'Resource', 'NotResource'),
    principal: principal(value),
    conditions: conditions(value['Condition'], `${path}.Condition`, issues)
  }
}

function element(statement: JsonObject, positive: string, negative: string): ElementSpec | null {
  if (statement[positive] !== undefined) return { negated: false, values: strings(statement[positive]) }
  if (statement[negative] !== undefined) return { negated: true, values: strings(statement[negative]) }
  return null
}

function principal(statement: JsonObject): PrincipalSpec | null {
  const negated = statement['Principal'] === undefined && statement['NotPrincipal'] !== undefined
  const value = negated ? statement['NotPrincipal'] : statement['Principal']
  if (value === undefined) return null
  if (value === '*') return { negated, wildcard: true }
  const map = isObject(value) ? value : {}
  return {
    negated,
    wildcard: false,
    AWS: strings(map['AWS']),
    Service: strings(map['Service']),
    Federated: strings(map['Federated']),
    CanonicalUser: strings(map['CanonicalUser'])
  }
}

const QUALIFIERS: Record<string, SetQualifier> = { forallvalues: 'ForAllValues', foranyvalue: 'ForAnyValue' }

function conditions(value: JsonValue | undefined, path: string, issues: PolicyIssue[]): ConditionClause[] {
  if (!isObject(value)) return []
  const clauses: ConditionClause[] = []
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) {
      issues.push({ path: `${path}.${operator}`, message: 'expected an object of condition keys' })
      continue
    }
    const colon = operator.indexOf(':')
    const qualifier = colon >= 0 ? QUALIFIERS[operator.slice(0, colon).toLowerCase()] : undefined
    if (colon >= 0 && qualifier === undefined) {
      issues.push({ path: `${path}.${operator}`, message: `unknown set operator "${operator.slice(0, colon)}"; expected ForAllValues or ForAnyValue` })
      continue
    }
    let base = colon >= 0 ? operator.slice(colon + 1) : operator
    const ifExists = base !== 'Null' && base.endsWith('IfExists')
    if (ifExists) base = base.slice(0, -'IfExists'.length)
    for (const [key, values] of Object.entries(block)) {
      const clause: ConditionClause = { operator, baseOperator: base, qualifier: qualifier ?? null, ifExists, key, values: strings(values) }
      const problem = validateConditionClause(clause)
      if (problem !== null) issues.push({ path: `${path}.${operator}.${key}`, message: problem })
      clauses.push(clause)
    }
  }
  return clauses
}

function strings(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) {
    const out: string[] = []
    for (const item of value) {
      if (typeof item === 'string') out.push(item)
      else if (item !== null && typeof item !== 'object') out.push(String(item))
      else if (Array.isArray(item)) out.push(...strings(item))
    }
    return out
  }
  if (typeof value === 'object') return []
  return [String(value)]
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
