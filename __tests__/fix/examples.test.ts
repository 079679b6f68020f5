/**
 * Every example with a deny gets a proven fix, or a documented reason why none exists; the list of
 * denial kinds without a fix is pinned here so that it changes only on purpose. Also: what
 * `explain --format json` prints under `fixes`.
 *
 * The examples' own `source` fields cite the AWS pages that settle their outcomes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { applyFix, diagnoseFixes, NO_FIX_REASONS, proposeFixes } from '../../src/fix/index.js'
import type { Fix } from '../../src/fix/types.js'
import { readScenario } from '../../src/scenario/read.js'
import type { Scenario } from '../../src/scenario/types.js'
import { load } from './helpers.js'

const folder = join(process.cwd(), 'examples')
const examples = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const scenario = readScenario(readFileSync(join(folder, file), 'utf8'))
    return { file, scenario, verdict: evaluateScenario(scenario) }
  })
const denied = examples.filter((item) => item.verdict.decision === 'deny')

/** The examples that have no proven fix, and the kind of denial each is. */
const WITHOUT_FIX: Record<string, keyof typeof NO_FIX_REASONS> = {
  '32-object-lock-compliance-delete-version.json': 'object-lock-compliance'
}

test('the denial kinds without a fix are exactly these (change consciously)', () => {
  expect(Object.keys(NO_FIX_REASONS).sort()).toEqual(
    ['anonymous-caller', 'aws-managed-policy', 'caller-without-iam-identity', 'no-strategy', 'object-lock-compliance', 'rcp-implicit', 'size-limit'].sort()
  )
  for (const reason of Object.values(NO_FIX_REASONS)) expect(reason.length).toBeGreaterThan(40)
})

test('there are denied examples to check', () => {
  expect(denied.length).toBeGreaterThanOrEqual(30)
})

function replay(scenario: Scenario, fixes: Fix[], fix: Fix): Scenario {
  let current = scenario
  for (const index of fix.dependsOn) current = applyFix(current, fixes[index] as Fix)
  return applyFix(current, fix)
}

describe('every denied example', () => {
  test.each(denied)('$file', ({ file, scenario, verdict }) => {
    const { fixes, noFix } = diagnoseFixes(scenario, verdict)
    const proven = fixes.filter((fix) => fix.proven)
    if (file in WITHOUT_FIX) {
      expect(proven).toEqual([])
      expect(noFix?.kind).toBe(WITHOUT_FIX[file])
      return
    }
    expect(proven.length).toBeGreaterThan(0)
    expect(noFix).toBeNull()
    for (const fix of fixes) {
      // The fixed scenario is still a valid scenario, and its verdict is what the fix says.
      const after = evaluateScenario(load(replay(scenario, fixes, fix)))
      expect(after.decision).toBe(fix.proven ? 'allow' : 'deny')
      if (!fix.proven) expect(after.denial?.policyType).toBe(fix.stillDeniedBy?.policyType)
      expect(fix.title).not.toBe('')
      if (fix.file !== null) expect(fix.command).toContain(`file://${fix.file.name}`)
    }
    // Merged documents keep every statement they had.
    for (const fix of fixes) {
      if (fix.strategy === 'request-change' || fix.strategy === 's3-setting' || fix.strategy === 'principal-tag') continue
      if (!fix.target.endsWith('/document') && !fix.target.endsWith('/policy')) continue
      const before = JSON.stringify(scenarioValue(scenario, fix.target))
      const count = (text: string) => (text.match(/"Effect":/g) ?? []).length
      expect(count(JSON.stringify(fix.document))).toBeGreaterThanOrEqual(count(before === undefined ? '' : before))
    }
  })
})

function scenarioValue(scenario: Scenario, pointer: string): unknown {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((value, token) => (value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[token]), scenario)
}

test('an allowed example gets no fixes', () => {
  const allowed = examples.filter((item) => item.verdict.decision === 'allow')
  expect(allowed.length).toBeGreaterThan(0)
  for (const item of allowed) expect(proposeFixes(item.scenario, item.verdict)).toEqual([])
})

test('proposeFixes does not change the scenario or the verdict it is given', () => {
  for (const { scenario, verdict } of denied) {
    const before = JSON.stringify([scenario, verdict])
    proposeFixes(scenario, verdict)
    expect(JSON.stringify([scenario, verdict])).toBe(before)
  }
})

describe('explain --format json', () => {
  const run = async (file: string): Promise<Record<string, unknown>> => {
    let out = ''
    const code = await runCli(['explain', join(folder, file), '--format', 'json'], {
      readFile: (path) => readFile(path, 'utf8'),
      stdout: (text) => {
        out += text
      },
      stderr: () => undefined
    })
    expect(code).toBe(0)
    return JSON.parse(out) as Record<string, unknown>
  }

  test('adds fixes beside the verdict', async () => {
    const output = await run('02-ip-restricted-bucket-policy.json')
    expect(output.decision).toBe('deny')
    const fixes = output.fixes as Fix[]
    expect(fixes.map((fix) => [fix.policyType, fix.target, fix.proven, fix.stillDeniedBy])).toEqual([
      ['resource-based-policy', '/request/context/aws:SourceIp', true, null],
      ['resource-based-policy', '/bucket/policy', true, null]
    ])
    for (const fix of fixes) expect(Object.keys(fix)).toEqual(expect.arrayContaining(['policyType', 'target', 'document', 'command', 'proven', 'stillDeniedBy']))
  })

  test('fixes is empty for an allow', async () => {
    expect((await run('12-allowed-upload.json')).fixes).toEqual([])
  })
})
