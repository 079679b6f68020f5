/**
 * Every example scenario (the project's examples/ and, where present, ../shared/examples/) carries
 * the outcome its author settled from AWS's documentation (its `source`); the evaluator must agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { readScenario } from '../../src/scenario/read.js'

const folders = [join(process.cwd(), 'examples'), join(process.cwd(), '..', 'shared', 'examples')].filter((folder) => existsSync(folder))

const cases = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `${folder.includes('shared') ? 'shared/' : ''}${file}`, path: join(folder, file) }))
)

test('the examples folder holds the classic CI causes', () => {
  expect(cases.filter((item) => !item.name.startsWith('shared/')).length).toBeGreaterThanOrEqual(30)
})

test.each(cases)('$name', ({ path }) => {
  const scenario = readScenario(readFileSync(path, 'utf8'))
  const expected = scenario.expect
  expect(expected).toBeDefined()
  const verdict = evaluateScenario(scenario)
  const denial = verdict.denial
  const actual = {
    decision: verdict.decision,
    ...(denial === null
      ? {}
      : {
          denial: {
            ...(denial.kind !== undefined ? { kind: denial.kind } : {}),
            policyType: denial.policyType,
            ...(expected?.denial?.statement !== undefined ? { statement: denial.statement } : {}),
            action: denial.action
          }
        })
  }
  const wanted = {
    decision: expected?.decision,
    ...(expected?.denial === undefined
      ? {}
      : {
          denial: {
            ...(expected.denial.kind !== undefined ? { kind: expected.denial.kind } : {}),
            policyType: expected.denial.policyType,
            ...(expected.denial.statement !== undefined ? { statement: expected.denial.statement } : {}),
            action: expected.denial.action ?? scenario.request.action
          }
        })
  }
  expect(actual).toEqual(wanted)
})
