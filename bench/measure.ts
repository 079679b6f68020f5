/**
 * Throughput measurement. Counts and rates only: nothing here asserts on time.
 *
 * The machine is shared (2 cores, other processes come and go), so a single long run is at the
 * mercy of whatever else runs meanwhile. Instead, both evaluators are warmed up, then measured in
 * alternating samples (ours, theirs, ours, theirs...), each sample lasting at least `sampleMs` and
 * `minRounds` rounds; each side's rate is the median of its samples. Alternating exposes both sides
 * to the same background load, and the median discards a sample that a burst of load spoiled.
 */
import { performance } from 'node:perf_hooks'

export interface Budget {
  /** Warm-up before measuring (JIT, inline caches, lazily loaded data): at least this long... */
  warmupMs: number
  /** ...and at least this many rounds. */
  warmupRounds: number
  /** Samples per side. */
  samples: number
  /** Each sample lasts at least this long... */
  sampleMs: number
  /** ...and at least this many rounds. */
  minRounds: number
}

export interface Rate {
  /** Evaluations per second (median of the samples). */
  perSecond: number
  /** Milliseconds per evaluation (at the median rate). */
  msPerEval: number
  /** Evaluations and time over all samples. */
  evaluations: number
  elapsedMs: number
}

/**
 * One round of `perRound` evaluations. `prepare` (optional) runs before each round, outside the
 * timer: it makes the fresh input (a structuredClone) the round consumes, so the copy's cost, which
 * neither evaluator would pay on its own, is left out of both sides. A synchronous `run` is called
 * without awaiting anything, so its rate carries no promise overhead.
 */
export interface Round<T = unknown> {
  prepare?: () => T
  run: (input: T) => void | Promise<void>
}

async function timed(round: Round, perRound: number, minMs: number, minRounds: number): Promise<{ evaluations: number; ms: number }> {
  let rounds = 0
  let ms = 0
  while (ms < minMs || rounds < minRounds) {
    const input = round.prepare?.()
    const start = performance.now()
    const pending = round.run(input)
    if (pending !== undefined) await pending
    ms += performance.now() - start
    rounds++
  }
  return { evaluations: rounds * perRound, ms }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Rates of several rounds measured side by side, in the order given. */
export async function measureSideBySide(rounds: Round[], perRound: number, budget: Budget): Promise<Rate[]> {
  for (const round of rounds) await timed(round, perRound, budget.warmupMs, budget.warmupRounds)
  const samples: { evaluations: number; ms: number }[][] = rounds.map(() => [])
  for (let sample = 0; sample < budget.samples; sample++) {
    for (const [index, round] of rounds.entries()) samples[index]!.push(await timed(round, perRound, budget.sampleMs, budget.minRounds))
  }
  return samples.map((list) => {
    const perSecond = median(list.map((s) => (s.evaluations * 1000) / s.ms))
    return {
      perSecond,
      msPerEval: 1000 / perSecond,
      evaluations: list.reduce((sum, s) => sum + s.evaluations, 0),
      elapsedMs: list.reduce((sum, s) => sum + s.ms, 0)
    }
  })
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

export function perSecond(value: Rate): string {
  return `${integer.format(value.perSecond)} eval/s`
}

export function msPerEval(value: Rate): string {
  const ms = value.msPerEval
  return `${ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4)} ms/eval`
}

export function ratio(ours: Rate, theirs: Rate): number {
  return ours.perSecond / theirs.perSecond
}

export function formatRatio(value: number): string {
  return `${value.toFixed(1)}x`
}
