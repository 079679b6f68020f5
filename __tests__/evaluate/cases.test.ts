/**
 * The evaluator's logic cases, as data: every `cases/*.json` file holds a titled list of cases, each
 * a scenario (format 1), the outcome AWS documents for it, and the AWS page that says so (`source`).
 * One `it` per case. To add a case, add an object to the file of its topic (or a new file):
 *
 *   {
 *     "name": "what the case shows",
 *     "source": "https://docs.aws.amazon.com/...",      // the AWS page the outcome comes from
 *     "scenario": { "version": 1, "request": { ... }, ... },
 *     "expect": {
 *       "decision": "deny",
 *       "denial": { "kind": "implicit", "policyType": "...", "statement": null, "action": "s3:PutObject" },
 *                                                        // fields compared as given; "kind": null = no kind
 *       "findings": [ { "code": "invalid-policy", "path": "bucket.policy.Statement[0]" } ],  // each must be present
 *       "noFindings": [ "vpc-endpoint-type-unknown" ],     // codes that must be absent
 *       "dependsOnUnreadable": [ ... ],                    // compared exactly
 *       "trace": [ { "action": "s3:PutObject", "layer": "acl", "match": { ... } } ]  // a layer trace (or one of its
 *                                                        // statements, with "policy": i and "statement": label) matches
 *     }
 *   }
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { parseScenario } from '../../src/scenario/load.js'
import { checkPolicies } from '../../src/scenario/read.js'
import type { Verdict } from '../../src/verdict/types.js'

interface TraceExpectation {
  action: string
  layer: string
  /** With `statement`: the index of the policy in the layer's trace. */
  policy?: number
  statement?: string
  match: Record<string, unknown>
}

interface CaseFile {
  title: string
  cases: {
    name: string
    source: string
    scenario: unknown
    expect: {
      decision: 'allow' | 'deny'
      denial?: Record<string, unknown>
      findings?: Record<string, unknown>[]
      noFindings?: string[]
      dependsOnUnreadable?: unknown[]
      trace?: TraceExpectation[]
    }
  }[]
}

const folder = join(process.cwd(), '__tests__', 'evaluate', 'cases')
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
const cases = files.flatMap((file) => {
  const content = JSON.parse(readFileSync(join(folder, file), 'utf8')) as CaseFile
  return content.cases.map((item) => ({ ...item, file, label: `${file.replace(/\.json$/, '')}: ${item.name}` }))
})

test('every case names the AWS page its outcome comes from, and case names are unique', () => {
  expect(cases.length).toBeGreaterThan(50)
  for (const item of cases) expect(item.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
  expect(new Set(cases.map((item) => item.label)).size).toBe(cases.length)
})

function traceOf(verdict: Verdict, expectation: TraceExpectation): unknown {
  const request = verdict.requests.find((candidate) => candidate.action === expectation.action)
  const layer = request?.layers.find((candidate) => candidate.layer === expectation.layer)
  if (expectation.statement === undefined) return layer
  return layer?.policies[expectation.policy ?? 0]?.statements.find((statement) => statement.label === expectation.statement)
}

it.each(cases)('$label', (item) => {
  const verdict = evaluateScenario(checkPolicies(parseScenario(item.scenario)))
  const wanted = item.expect
  expect(verdict.decision).toBe(wanted.decision)
  if (wanted.decision === 'allow') expect(verdict.denial).toBeNull()
  if (wanted.denial !== undefined) {
    const { kind, ...rest } = wanted.denial
    expect(verdict.denial).toMatchObject(rest)
    if (kind === null) expect(verdict.denial?.kind).toBeUndefined()
    else if (kind !== undefined) expect(verdict.denial?.kind).toBe(kind)
  }
  for (const finding of wanted.findings ?? []) expect(verdict.findings).toContainEqual(expect.objectContaining(finding))
  for (const code of wanted.noFindings ?? []) expect(verdict.findings.map((finding) => finding.code)).not.toContain(code)
  if (wanted.dependsOnUnreadable !== undefined) expect(verdict.dependsOnUnreadable).toEqual(wanted.dependsOnUnreadable)
  for (const expectation of wanted.trace ?? []) expect(traceOf(verdict, expectation)).toMatchObject(expectation.match)
})
