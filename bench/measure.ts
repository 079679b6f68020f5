/**
 * Throughput measurement: warm up, then run the workload in rounds until both a minimum time and a
 * minimum number of rounds have passed, and report evaluations per second. Counts and rates only;
 * nothing here asserts on time.
 */
import { performance } from 'node:perf_hooks'

export interface Budget {
  /** Warm-up time before measuring (JIT, inline caches, lazily loaded data). */
  warmupMs: number
  /** Measure for at least this long... */
  minMs: number
  /** ...and at least this many rounds. */
  minRounds: number
}

export interface Rate {
  /** Evaluations per second. */
  perSecond: number
  /** Milliseconds per evaluation. */
  msPerEval: number
  evaluations: number
  elapsedMs: number
}

function rate(evaluations: number, elapsedMs: number): Rate {
  return { perSecond: (evaluations * 1000) / elapsedMs, msPerEval: elapsedMs / evaluations, evaluations, elapsedMs }
}

/** A synchronous round that performs `perRound` evaluations. */
export function measureSync(round: () => void, perRound: number, budget: Budget): Rate {
  const warmupEnd = performance.now() + budget.warmupMs
  do round()
  while (performance.now() < warmupEnd)
  let rounds = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < budget.minMs || rounds < budget.minRounds) {
    round()
    rounds++
    elapsed = performance.now() - start
  }
  return rate(rounds * perRound, elapsed)
}

/** An asynchronous round (iam-simulate's API returns a promise) that performs `perRound` evaluations. */
export async function measureAsync(round: () => Promise<void>, perRound: number, budget: Budget): Promise<Rate> {
  const warmupEnd = performance.now() + budget.warmupMs
  do await round()
  while (performance.now() < warmupEnd)
  let rounds = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < budget.minMs || rounds < budget.minRounds) {
    await round()
    rounds++
    elapsed = performance.now() - start
  }
  return rate(rounds * perRound, elapsed)
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
