/** Builders and checks shared by the fix tests (not a test file itself). */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { applyFix, diagnoseFixes, type FixDiagnosis } from '../../src/fix/index.js'
import type { Fix } from '../../src/fix/types.js'
import { parseScenario } from '../../src/scenario/load.js'
import { checkPolicies } from '../../src/scenario/read.js'
import type { JsonObject, Scenario } from '../../src/scenario/types.js'
import type { Verdict } from '../../src/verdict/types.js'

export const ACCOUNT = '111122223333'
export const OTHER = '444455556666'
export const BUCKET = 'artifacts'
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci`
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run-1`
export const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/vendor-ci`
export const OTHER_SESSION = `arn:aws:sts::${OTHER}:assumed-role/vendor-ci/run-1`
export const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1111-2222`

export const allow = (action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({ Effect: 'Allow', Action: action, Resource: resource, ...extra })
export const deny = (sid: string, action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({
  Sid: sid,
  Effect: 'Deny',
  Action: action,
  Resource: resource,
  ...extra
})
export const doc = (...statements: JsonObject[]): JsonObject => ({ Version: '2012-10-17', Statement: statements })
export const named = (name: string, ...statements: JsonObject[]) => ({ name, document: doc(...statements) })
export const objects = `arn:aws:s3:::${BUCKET}/*`
export const rootOf = (account: string): string => `arn:aws:iam::${account}:root`

/** A same-account CI role uploading builds/app.zip; allowed as it stands. */
export function base(): Scenario {
  return {
    version: 1,
    request: {
      principal: SESSION,
      action: 's3:PutObject',
      bucket: BUCKET,
      key: 'builds/app.zip',
      context: { 'aws:SecureTransport': 'true', 'aws:SourceIp': '198.51.100.7', 'aws:CurrentTime': '2026-01-15T09:30:00Z' }
    },
    identity: { arn: ROLE, policies: [named('ci-write', allow('s3:PutObject', objects))] },
    bucket: { name: BUCKET, account: ACCOUNT, region: 'us-east-1' }
  }
}

/** The same upload by a role of another account (both sides must allow). */
export function crossAccount(): Scenario {
  const scenario = base()
  scenario.request.principal = OTHER_SESSION
  scenario.identity = { arn: OTHER_ROLE, policies: [named('vendor-write', allow('s3:PutObject', objects))] }
  scenario.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', policy: doc(allow('s3:PutObject', objects, { Principal: { AWS: OTHER_ROLE } })) }
  return scenario
}

/** A copy of `scenario` changed by `change`. */
export function variant(scenario: Scenario, change: (copy: Scenario) => void): Scenario {
  const copy = structuredClone(scenario)
  change(copy)
  return copy
}

/** Loads a scenario the way the CLI does (schema and policy checks), so fixed scenarios are checked to be valid. */
export function load(scenario: Scenario): Scenario {
  return checkPolicies(parseScenario(JSON.parse(JSON.stringify(scenario))))
}

export function diagnose(scenario: Scenario): { verdict: Verdict; diagnosis: FixDiagnosis; fixes: Fix[] } {
  const loaded = load(scenario)
  const verdict = evaluateScenario(loaded)
  const diagnosis = diagnoseFixes(loaded, verdict)
  return { verdict, diagnosis, fixes: diagnosis.fixes }
}

/** The scenario after a fix and the fixes it depends on, loaded through the schema (a fix must keep the scenario valid). */
export function afterFix(scenario: Scenario, fixes: Fix[], index: number): Scenario {
  const fix = fixes[index]
  if (fix === undefined) throw new Error(`no fix at ${index}`)
  let current = load(scenario)
  for (const before of fix.dependsOn) current = applyFix(current, fixes[before] as Fix)
  return load(applyFix(current, fix))
}

export function verdictAfter(scenario: Scenario, fixes: Fix[], index: number): Verdict {
  return evaluateScenario(afterFix(scenario, fixes, index))
}

/** A row's expectations about one fix. */
export interface Expected {
  strategy: Fix['strategy']
  target: string | RegExp
  proven: boolean
  /** For unproven fixes: the layer that still denies. */
  stillDeniedBy?: Fix['policyType']
  dependsOn?: number[]
  owner?: Fix['owner']
  command?: RegExp
  /** For fixes AWS would refuse as written (over a size limit): the reason. */
  rejected?: RegExp
}

/**
 * Checks the fixes against the expectations, and re-evaluates each: a proven fix must turn the
 * verdict into an allow; an unproven one must leave exactly the layer it names denying.
 */
export function checkFixes(scenario: Scenario, fixes: Fix[], expected: Expected[]): void {
  expect(fixes.map((fix) => ({ strategy: fix.strategy, proven: fix.proven }))).toEqual(expected.map((item) => ({ strategy: item.strategy, proven: item.proven })))
  expected.forEach((item, index) => {
    const fix = fixes[index] as Fix
    if (typeof item.target === 'string') expect(fix.target).toBe(item.target)
    else expect(fix.target).toMatch(item.target)
    expect(fix.dependsOn).toEqual(item.dependsOn ?? [])
    if (item.owner !== undefined) expect(fix.owner).toBe(item.owner)
    if (item.command !== undefined) expect(fix.command).toMatch(item.command)
    expect(fix.title).not.toBe('')
    expect(fix.explanation.length).toBeGreaterThan(40)
    const verdict = verdictAfter(scenario, fixes, index)
    if (item.rejected !== undefined) {
      // Not proven because AWS would refuse the document, though the evaluator would allow the request.
      expect(fix.proven).toBe(false)
      expect(fix.rejected).toMatch(item.rejected)
      expect(fix.stillDeniedBy).toBeNull()
      expect(verdict.decision).toBe('allow')
      return
    }
    expect(fix.rejected).toBeNull()
    if (item.proven) {
      expect(verdict.decision).toBe('allow')
      expect(fix.stillDeniedBy).toBeNull()
    } else {
      expect(verdict.decision).toBe('deny')
      expect(fix.stillDeniedBy?.policyType).toBe(item.stillDeniedBy)
      expect(verdict.denial?.policyType).toBe(item.stillDeniedBy)
    }
  })
}

/** The statements of a policy document as an array. */
export function statements(document: unknown): JsonObject[] {
  const value = (document as JsonObject).Statement
  return (Array.isArray(value) ? value : [value]) as JsonObject[]
}

/**
 * A policy document whose compact JSON is just under `limit` characters (within `room` of it), made
 * of distinct statements: one more statement or condition takes it over the limit.
 */
export function nearLimit(limit: number, room = 20): JsonObject {
  const filler = (index: number): JsonObject => allow('s3:GetObject', `arn:aws:s3:::reports-${String(index).padStart(5, '0')}/*`)
  const list: JsonObject[] = []
  while (JSON.stringify(doc(...list, filler(list.length))).length <= limit - room) list.push(filler(list.length))
  return doc(...list)
}
