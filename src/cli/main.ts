/**
 * The command line: `s3-403-doctor explain FILE [--format json|text|markdown]`.
 * Everything it touches (arguments, files, output streams) comes in as parameters, so tests run it in-process.
 *
 * Exit status (scenario-format.md): 0 whatever the decision, 2 for a scenario that is not valid
 * (with a message naming the field), 1 for anything else.
 */
import { parseArgs } from 'node:util'
import { evaluateScenario } from '../evaluate/engine.js'
import { diagnoseFixes } from '../fix/index.js'
import { formatVerdict, OUTPUT_FORMATS, type OutputFormat } from '../format/index.js'
import { readScenario, ScenarioError } from '../scenario/read.js'

export interface CliIo {
  readFile(path: string): Promise<string>
  stdout(text: string): void
  stderr(text: string): void
}

export const VERSION = '0.1.0'

export const EXIT = { ok: 0, failure: 1, invalidScenario: 2 } as const

export class UsageError extends Error {}

/** A command: its one-line summary for the main help, and its runner (which prints its own --help). */
export interface Command {
  summary: string
  run(argv: string[], io: CliIo): Promise<number>
}

const MAIN_HELP = `s3-403-doctor ${VERSION}: why did S3 answer 403, and what to change

Usage:
  s3-403-doctor explain FILE [--format text|json|markdown]
  s3-403-doctor --help | --version
  s3-403-doctor COMMAND --help

Commands:
`

const EXPLAIN_HELP = `Usage: s3-403-doctor explain FILE [--format text|json|markdown]

Evaluates one scenario (format 1: an S3 request plus a snapshot of every authorization layer)
exactly as AWS would, and prints the decision, the layer, policy and statement that deny, the
condition values that made it so, and one line per layer.

Options:
  --format FORMAT   text (default): for a person in a terminal
                    json: the verdict contract ({decision, denial}) plus the trace
                    markdown: the same as text, as a report
  -h, --help        this help

Exit status: 0 whatever the decision; 2 when the scenario is not valid (the message names the
field); 1 for anything else (an unreadable file, a bad option).
`

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(MAIN_HELP + Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(9)} ${entry.summary}\n`).join(''))
      return command === undefined ? EXIT.failure : EXIT.ok
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    }
    const found = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
    if (found !== undefined) return await found.run(rest, io)
    throw new UsageError(`unknown command "${command}"; expected one of: ${Object.keys(COMMANDS).join(', ')} (see --help)`)
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(`invalid scenario:\n${error.message}\n`)
      return EXIT.invalidScenario
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.failure
  }
}

/**
 * The commands; each lives in its own module and is registered here. `diagnose` and `review` are
 * imported when they run: the AWS SDK and the review parsers stay out of `explain`'s start-up and
 * memory (the bundle keeps them in chunks of their own).
 */
const COMMANDS: Record<string, Command> = {
  explain: { summary: 'evaluate a scenario file offline and name the layer, policy and statement that deny', run: explain },
  diagnose: {
    summary: 'probe S3 with the current credentials, read every layer, and name the statement that denies',
    run: async (argv, io) => (await import('./diagnose.js')).diagnoseCommand(argv, io)
  },
  review: {
    summary: 'check a policy change (Terraform plan, CloudFormation, policy files) against expected accesses',
    run: async (argv, io) => (await import('./review.js')).reviewCommand(argv, io)
  }
}

async function explain(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } }
    })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor explain --help)`)
  }
  if (parsed.values.help === true) {
    io.stdout(EXPLAIN_HELP)
    return EXIT.ok
  }
  const format = parsed.values.format as string
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: expected one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`)
  }
  const [file, ...extra] = parsed.positionals
  if (file === undefined) throw new UsageError('explain needs a scenario FILE (see s3-403-doctor explain --help)')
  if (extra.length > 0) throw new UsageError(`explain takes one FILE, got ${parsed.positionals.length}`)

  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const scenario = readScenario(text)
  const verdict = evaluateScenario(scenario)
  // Proven fixes (src/fix), or the reason there is none: `fixes` and `noFix` beside the verdict in
  // json, rendered by the text and markdown reports; every format is scrubbed of secrets.
  io.stdout(formatVerdict(verdict, scenario, format as OutputFormat, diagnoseFixes(scenario, verdict)))
  return EXIT.ok
}
