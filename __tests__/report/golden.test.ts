/**
 * The job summary of every example scenario, compared exactly with a reviewed copy in __golden__/.
 * The copies were read for clarity once; a change to the report shows here as a diff to review.
 * Regenerate them after an intended change with:
 *
 *   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report/golden.test.ts
 *
 * The fixes are the real ones (`diagnoseFixes` from src/fix), with the reason when none is proven.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes } from '../../src/fix/index.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { buildSummary } from '../../src/report/summary.js'
import { readScenario } from '../../src/scenario/read.js'
import { examplesFolder } from './fixtures.js'

const goldenFolder = join(process.cwd(), '__tests__', 'report', '__golden__')
const update = process.env['UPDATE_GOLDEN'] === '1'
const examples = readdirSync(examplesFolder)
  .filter((file) => file.endsWith('.json'))
  .sort()

export function summaryOf(file: string): string {
  const scenario = readScenario(readFileSync(join(examplesFolder, file), 'utf8'))
  const verdict = evaluateScenario(scenario)
  return buildSummary(offlineDiagnosis(scenario, verdict, diagnoseFixes(scenario, verdict)))
}

if (update) mkdirSync(goldenFolder, { recursive: true })

test('every example has a golden summary, and every golden summary an example', () => {
  expect(examples.length).toBeGreaterThanOrEqual(42)
  if (update) return
  const golden = readdirSync(goldenFolder).filter((file) => file.endsWith('.md'))
  expect(golden).toEqual(examples.map((file) => file.replace(/\.json$/, '.md')))
})

test.each(examples)('%s', (file) => {
  const actual = summaryOf(file)
  const path = join(goldenFolder, file.replace(/\.json$/, '.md'))
  if (update) {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`no golden summary for ${file}: run with UPDATE_GOLDEN=1 and review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
})
