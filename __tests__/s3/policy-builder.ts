/**
 * Builds parsed `Policy` values for the S3 tests without going through the policy parser, so these
 * tests exercise only src/s3. The shapes follow src/policy/types.ts.
 */
import type { ConditionClause, Policy, PrincipalSpec, Statement } from '../../src/policy/types.js'

export type PrincipalInput =
  | '*'
  | { AWS?: string | string[]; Service?: string | string[]; Federated?: string | string[]; CanonicalUser?: string | string[] }
  | null

export interface StatementInput {
  sid?: string
  effect?: 'Allow' | 'Deny'
  principal?: PrincipalInput
  notPrincipal?: PrincipalInput
  action?: string | string[]
  resource?: string | string[]
  /** `{ Operator: { key: value | values } }`, as in a policy document. */
  condition?: Record<string, Record<string, string | string[]>>
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

function principalSpec(value: PrincipalInput | undefined, negated: boolean): PrincipalSpec | null {
  if (value === undefined || value === null) return null
  if (value === '*') return { negated, wildcard: true }
  return {
    negated,
    wildcard: false,
    AWS: list(value.AWS),
    Service: list(value.Service),
    Federated: list(value.Federated),
    CanonicalUser: list(value.CanonicalUser)
  }
}

function clauses(condition: StatementInput['condition']): ConditionClause[] {
  const result: ConditionClause[] = []
  for (const [operator, block] of Object.entries(condition ?? {})) {
    const colon = operator.indexOf(':')
    const prefix = colon >= 0 ? operator.slice(0, colon) : ''
    let base = colon >= 0 ? operator.slice(colon + 1) : operator
    const ifExists = base !== 'Null' && base.endsWith('IfExists')
    if (ifExists) base = base.slice(0, -'IfExists'.length)
    const qualifier = prefix === 'ForAllValues' ? 'ForAllValues' : prefix === 'ForAnyValue' ? 'ForAnyValue' : null
    for (const [key, values] of Object.entries(block)) {
      result.push({ operator, baseOperator: base, qualifier, ifExists, key, values: list(values) })
    }
  }
  return result
}

export function statement(input: StatementInput, index = 0): Statement {
  const negated = input.notPrincipal !== undefined
  return {
    index,
    sid: input.sid ?? null,
    label: input.sid ?? `#${index}`,
    effect: input.effect ?? 'Allow',
    action: { negated: false, values: list(input.action ?? 's3:GetObject') },
    resource: { negated: false, values: list(input.resource ?? 'arn:aws:s3:::example-bucket/*') },
    principal: principalSpec(negated ? input.notPrincipal : input.principal, negated),
    conditions: clauses(input.condition)
  }
}

export function policy(...statements: StatementInput[]): Policy {
  return { version: '2012-10-17', statements: statements.map((input, index) => statement(input, index)) }
}
