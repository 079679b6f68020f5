/**
 * `npm run bench`: our evaluator's throughput beside @cloud-copilot/iam-simulate, and the CLI's
 * peak memory. Prints rates and ratios; asserts nothing about time. See bench/README.md.
 *
 *   npm run bench                 the summary lines
 *   npm run bench -- --verbose    also one line per example scenario, and the decisions compared
 *   npm run bench -- --write-large   (re)write bench/large-scenario.json from the generator, then run
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Simulation } from '@cloud-copilot/iam-simulate'
import { evaluateScenario } from '../src/evaluate/engine.js'
import { parseScenario } from '../src/scenario/load.js'
import { checkPolicies, readScenario } from '../src/scenario/read.js'
import type { Scenario } from '../src/scenario/types.js'
import type { Verdict } from '../src/verdict/types.js'
import { measureCliMemory } from './cli-memory.js'
import { decisionOf, outcomeOf, ourOutcome, ourReasons, simulate, theirReasons, translate, type Outcome } from './iam-simulate.js'
import { BUCKET_STATEMENTS, IDENTITY_POLICIES, STATEMENTS_PER_IDENTITY_POLICY, formatLarge, largeScenario } from './large-scenario.js'
import { formatRatio, measureSideBySide, msPerEval, perSecond, ratio, type Budget, type Rate, type Round } from './measure.js'

/** The repository root: the nearest folder above this file with a package.json (bench/ runs from bench/out/bench/ once compiled). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/out')) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('no package.json above the benchmark')
    dir = parent
  }
  return dir
}
const ROOT = repositoryRoot()
const LARGE_FILE = join(ROOT, 'bench', 'large-scenario.json')
const COMMIT_LIMIT = 1024 * 1024

const args = new Set(process.argv.slice(2))
const verbose = args.has('--verbose')
const writeLarge = args.has('--write-large')

/** Per workload: 4 sides x (warm-up + 5 samples of 200 ms): about 5 s (more when one round is slower than a sample). */
const BUDGET: Budget = { warmupMs: 300, warmupRounds: 3, samples: 5, sampleMs: 200, minRounds: 1 }
/** Per example file in --verbose: about 0.5 s each. */
const PER_FILE_BUDGET: Budget = { warmupMs: 30, warmupRounds: 3, samples: 3, sampleMs: 30, minRounds: 2 }

/** One workload, ready to run both ways on both evaluators. */
interface Case {
  label: string
  raw: unknown
  scenario: Scenario
  verdict: Verdict
  simulation: Simulation
  prevalidated: Simulation
  limits: string[]
  ours: Outcome
  theirs: Outcome | { error: string }
  theirsPrevalidated: Outcome | { error: string }
  theirReasons: string
}

async function prepare(label: string, text: string): Promise<Case> {
  const raw: unknown = JSON.parse(text)
  const scenario = readScenario(text)
  const verdict = evaluateScenario(scenario)
  const { simulation, prevalidated, limits } = translate(scenario, verdict)
  const result = await simulate(structuredClone(simulation))
  const again = await simulate(prevalidated)
  return {
    label,
    raw,
    scenario,
    verdict,
    simulation,
    prevalidated,
    limits,
    ours: ourOutcome(verdict),
    theirs: outcomeOf(result),
    theirsPrevalidated: outcomeOf(again),
    theirReasons: theirReasons(result)
  }
}

const comparable = (c: Case): boolean => typeof c.theirs === 'string' && typeof c.theirsPrevalidated === 'string'

interface Comparison {
  warm: { ours: Rate; theirs: Rate; ratio: number }
  cold: { ours: Rate; theirs: Rate; ratio: number }
}

/**
 * The four measurements, side by side:
 *   ours (a) evaluate only: the loaded scenario object again, its parsed policies cached;
 *   iam-simulate, pre-validated: policies it validated before (its ValidatedPolicy mode), still loaded per call;
 *   ours (b) end to end: a fresh structuredClone of the raw JSON, loaded (schema), parsed and evaluated;
 *   iam-simulate end to end: a fresh structuredClone of its input, validated, loaded and simulated.
 * The clones are made before each round, outside the timer (see Round in ./measure.ts).
 */
async function compare(cases: Case[], budget: Budget): Promise<Comparison> {
  const oursWarmRound: Round<undefined> = {
    run: () => {
      for (const c of cases) evaluateScenario(c.scenario)
    }
  }
  const theirsWarmRound: Round<undefined> = {
    run: async () => {
      for (const c of cases) await simulate(c.prevalidated)
    }
  }
  const oursColdRound: Round<unknown[]> = {
    prepare: () => cases.map((c) => structuredClone(c.raw)),
    run: (raws) => {
      for (const raw of raws) evaluateScenario(checkPolicies(parseScenario(raw)))
    }
  }
  const theirsColdRound: Round<Simulation[]> = {
    prepare: () => cases.map((c) => structuredClone(c.simulation)),
    run: async (simulations) => {
      for (const simulation of simulations) await simulate(simulation)
    }
  }
  const [oursWarm, theirsWarm, oursCold, theirsCold] = (await measureSideBySide(
    [oursWarmRound, theirsWarmRound, oursColdRound, theirsColdRound] as Round[],
    cases.length,
    budget
  )) as [Rate, Rate, Rate, Rate]
  return {
    warm: { ours: oursWarm, theirs: theirsWarm, ratio: ratio(oursWarm, theirsWarm) },
    cold: { ours: oursCold, theirs: theirsCold, ratio: ratio(oursCold, theirsCold) }
  }
}

function describe(outcome: Outcome | { error: string }): string {
  return typeof outcome === 'string' ? outcome : `error ${outcome.error}`
}

function printComparison(label: string, result: Comparison, withMs: boolean): void {
  const ms = (rate: Rate): string => (withMs ? ` (${msPerEval(rate)})` : '')
  console.log(
    `${label}, evaluate only: ours ${perSecond(result.warm.ours)}${ms(result.warm.ours)}, iam-simulate ${perSecond(result.warm.theirs)}${ms(result.warm.theirs)}, ratio ${formatRatio(result.warm.ratio)}`
  )
  console.log(
    `${label}, load+parse+evaluate: ours ${perSecond(result.cold.ours)}${ms(result.cold.ours)}, iam-simulate ${perSecond(result.cold.theirs)}${ms(result.cold.theirs)}, ratio ${formatRatio(result.cold.ratio)}`
  )
}

function largeText(): string {
  const generated = formatLarge(largeScenario())
  const size = Buffer.byteLength(generated)
  if (writeLarge) {
    if (size < COMMIT_LIMIT) {
      writeFileSync(LARGE_FILE, generated)
      process.stderr.write(`wrote ${LARGE_FILE} (${size} bytes)\n`)
    } else {
      process.stderr.write(`not writing ${LARGE_FILE}: ${size} bytes is over the ${COMMIT_LIMIT}-byte limit for committing it\n`)
    }
  } else if (existsSync(LARGE_FILE) && readFileSync(LARGE_FILE, 'utf8') !== generated) {
    console.log('warning: bench/large-scenario.json differs from the generator; run `npm run bench -- --write-large` to refresh it (the bench uses the generator)')
  }
  return generated
}

async function main(): Promise<void> {
  const started = Date.now()
  const exampleDir = join(ROOT, 'examples')
  const files = readdirSync(exampleDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  const examples: Case[] = []
  for (const name of files) examples.push(await prepare(name, readFileSync(join(exampleDir, name), 'utf8')))
  const largeJson = largeText()
  const large = await prepare('large', largeJson)

  // Decisions first: a throughput figure is worth nothing if the two evaluators disagree unnoticed.
  const disagreements: string[] = []
  const kindNotes: string[] = []
  for (const c of [...examples, large]) {
    const theirs = describe(c.theirs)
    const scope = c.limits.length > 0 ? `; outside iam-simulate's model here: ${c.limits.join(', ')}` : ''
    const ours = `ours ${c.ours}${c.ours === 'Allowed' ? '' : ` [${ourReasons(c.verdict)}]`}`
    const them = `iam-simulate ${theirs}${c.theirs === 'Allowed' || typeof c.theirs !== 'string' ? '' : ` [${c.theirReasons}]`}`
    const prevalidated = describe(c.theirsPrevalidated) !== theirs ? ` (pre-validated: ${describe(c.theirsPrevalidated)})` : ''
    if (decisionOf(c.theirs) !== decisionOf(c.ours) || decisionOf(c.theirsPrevalidated) !== decisionOf(c.theirs)) {
      disagreements.push(`disagreement on ${c.label} (${c.scenario.request.action}): ${ours}, ${them}${prevalidated}${scope}`)
    } else if (theirs !== c.ours) {
      kindNotes.push(`both deny ${c.label}, one explicitly: ${ours}, ${them}${scope}`)
    }
  }
  const expectMisses = examples.filter((c) => c.scenario.expect !== undefined && c.scenario.expect.decision !== c.verdict.decision)

  const measured = examples.filter(comparable)
  const exampleLabel =
    measured.length === examples.length ? `examples (${examples.length} scenarios)` : `examples (${measured.length} of ${examples.length} scenarios: iam-simulate rejects the others)`
  const exampleResult = await compare(measured, BUDGET)
  printComparison(exampleLabel, exampleResult, false)

  if (!comparable(large)) throw new Error(`iam-simulate cannot run the large case: ${describe(large.theirs)}`)
  const largeResult = await compare([large], BUDGET)
  printComparison(`large (${BUCKET_STATEMENTS.toLocaleString('en-US')} + ${IDENTITY_POLICIES}x${STATEMENTS_PER_IDENTITY_POLICY} statements)`, largeResult, true)

  const agreeing = examples.filter((c) => decisionOf(c.theirs) === decisionOf(c.ours)).length
  const partial = examples.filter((c) => c.limits.length > 0).length
  console.log(
    `decisions (the S3 request through the policy layers): ${agreeing}/${examples.length} examples agree, large ${decisionOf(large.theirs) === decisionOf(large.ours) ? 'agrees' : 'DISAGREES'} (${large.ours}); ${partial} examples involve layers iam-simulate does not model`
  )
  for (const line of disagreements) console.log(line)
  for (const line of kindNotes) console.log(line)
  for (const c of expectMisses) console.log(`ours vs expect: ${c.label} expects ${c.scenario.expect?.decision ?? ''}, ours says ${c.verdict.decision}`)

  if (verbose) {
    for (const c of examples) {
      const scope = c.limits.length > 0 ? `  [policy layers only; not modelled: ${c.limits.join(', ')}]` : ''
      if (!comparable(c)) {
        console.log(`  ${c.label}: iam-simulate ${describe(c.theirs)}${scope}`)
        continue
      }
      const r = await compare([c], PER_FILE_BUDGET)
      console.log(
        `  ${c.label}: evaluate only ${perSecond(r.warm.ours)} vs ${perSecond(r.warm.theirs)} (${formatRatio(r.warm.ratio)}); load+parse+evaluate ${perSecond(r.cold.ours)} vs ${perSecond(r.cold.theirs)} (${formatRatio(r.cold.ratio)}); ours ${c.ours}, iam-simulate ${describe(c.theirs)}${scope}`
      )
    }
  }

  // The headline compares evaluation with evaluation: ours on a loaded scenario (parsed policies are
  // cached per document, as in a diagnosis that re-evaluates for fixes) against iam-simulate in its
  // fastest mode (pre-validated policies; it has no pre-parsed mode). The end-to-end figure (load,
  // parse and evaluate from JSON on every call) is printed beside it. See bench/README.md.
  console.log(`ratio vs iam-simulate, end to end (load+parse+evaluate): ${formatRatio(Math.min(exampleResult.cold.ratio, largeResult.cold.ratio))}`)
  console.log(`ratio vs iam-simulate: ${formatRatio(Math.min(exampleResult.warm.ratio, largeResult.warm.ratio))}`)

  const memory = measureCliMemory(ROOT, largeJson)
  for (const warning of memory.warnings) console.log(`warning: ${warning}`)
  if (memory.decision !== large.verdict.decision) console.log(`disagreement: the built CLI decided ${memory.decision} on the large case, the source evaluator ${large.verdict.decision}`)
  console.log(`cli peak memory on the large case: ${Math.round(memory.peakKb / 1024)} MB`)
  if (verbose) {
    console.log(`  (${memory.method}; runs: ${memory.runsKb.map((kb) => `${Math.round(kb / 1024)} MB`).join(', ')}; the CLI decided ${memory.decision})`)
    console.log(`  bench time ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

await main()
