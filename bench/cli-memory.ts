/**
 * Peak resident memory of the built CLI (`node dist/cli.js explain FILE --format json`) on one
 * scenario file, measured from outside the process.
 *
 * Method: GNU time (`/usr/bin/time -v`) when present, which reports the child's ru_maxrss from
 * wait4(2): the kernel's own peak RSS of the whole process, from exec to exit. Otherwise, a preload
 * (`node --import`) writes `process.resourceUsage().maxRSS` (the same ru_maxrss, read by the process
 * itself) to a file when the process exits. Both count everything node maps: V8 heap, code, buffers.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface CliMemory {
  /** Peak RSS in KiB, the largest over the runs. */
  peakKb: number
  runsKb: number[]
  method: string
  /** The decision the CLI printed (from its JSON verdict). */
  decision: string
  /** Why dist/cli.js may not reflect src/, if it may not. */
  warnings: string[]
}

const GNU_TIME = '/usr/bin/time'
const MAX_OUTPUT = 512 * 1024 * 1024

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** dist/cli.js, built with `npm run build` when missing. */
export function ensureCli(root: string): { cli: string; warnings: string[] } {
  const cli = join(root, 'dist', 'cli.js')
  const warnings: string[] = []
  if (!existsSync(cli)) {
    process.stderr.write('dist/cli.js is missing: running npm run build\n')
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
    if (build.status !== 0 || !existsSync(cli)) throw new Error('npm run build failed: cannot measure the CLI')
  } else if (newestMtime(join(root, 'src')) > statSync(cli).mtimeMs) {
    warnings.push('dist/cli.js is older than src/: run `npm run build` for figures that reflect the current source')
  }
  return { cli, warnings }
}

function runOnce(cli: string, file: string, useGnuTime: boolean): { kb: number; stdout: string } {
  const args = [cli, 'explain', file, '--format', 'json']
  if (useGnuTime) {
    const run = spawnSync(GNU_TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: MAX_OUTPUT })
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')
    if (run.status !== 0 || match?.[1] === undefined) throw new Error(`the CLI failed under ${GNU_TIME} (status ${String(run.status)}): ${(run.stderr ?? '').slice(-2000)}`)
    return { kb: Number(match[1]), stdout: run.stdout }
  }
  const dir = mkdtempSync(join(tmpdir(), 's3-403-doctor-rss-'))
  const out = join(dir, 'maxrss')
  try {
    const preload = `data:text/javascript,${encodeURIComponent(
      "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS)))"
    )}`
    const run = spawnSync(process.execPath, ['--import', preload, ...args], {
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT,
      env: { ...process.env, BENCH_MAXRSS_FILE: out }
    })
    if (run.status !== 0 || !existsSync(out)) throw new Error(`the CLI failed (status ${String(run.status)}): ${(run.stderr ?? '').slice(-2000)}`)
    return { kb: Number(readFileSync(out, 'utf8')), stdout: run.stdout }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function gnuTimeWorks(): boolean {
  if (!existsSync(GNU_TIME)) return false
  const probe = spawnSync(GNU_TIME, ['-v', process.execPath, '-e', ''], { encoding: 'utf8' })
  return probe.status === 0 && /Maximum resident set size \(kbytes\)/.test(probe.stderr ?? '')
}

/** Runs the CLI `runs` times on `scenarioText` (written to a temporary file) and reports the peak RSS. */
export function measureCliMemory(root: string, scenarioText: string, runs = 3): CliMemory {
  const { cli, warnings } = ensureCli(root)
  const dir = mkdtempSync(join(tmpdir(), 's3-403-doctor-bench-'))
  const file = join(dir, 'large-scenario.json')
  try {
    writeFileSync(file, scenarioText)
    const useGnuTime = gnuTimeWorks()
    const runsKb: number[] = []
    let decision = ''
    for (let run = 0; run < runs; run++) {
      const result = runOnce(cli, file, useGnuTime)
      runsKb.push(result.kb)
      decision = String((JSON.parse(result.stdout) as { decision?: unknown }).decision)
    }
    return {
      peakKb: Math.max(...runsKb),
      runsKb,
      method: useGnuTime ? `${GNU_TIME} -v, maximum resident set size` : 'process.resourceUsage().maxRSS at exit, via node --import',
      decision,
      warnings
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
