/**
 * The action: read the settings, run the mode, publish outputs and the job summary.
 * `@actions/core` and the file system come in through `ActionDeps`, so tests drive it directly;
 * every error reaches the single `setFailed` at the end.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { evaluateScenario } from '../evaluate/engine.js'
import { formatVerdict } from '../format/index.js'
import { readScenario } from '../scenario/read.js'
import { Outputs } from './constants.js'
import { readSettings, type Settings } from './settings.js'

export interface ActionDeps {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  info(message: string): void
  writeSummary(markdown: string): Promise<void>
  readFile(path: string): Promise<string>
}

export const defaultDeps: ActionDeps = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  info: (message) => core.info(message),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write()
  },
  readFile: (path) => readFile(path, 'utf8')
}

type ModeRunner = (settings: Settings, deps: ActionDeps) => Promise<void>

const MODES: Record<Settings['mode'], ModeRunner | null> = {
  explain: runExplain,
  preflight: null,
  diagnose: null,
  review: null
}

export async function run(deps: ActionDeps = defaultDeps): Promise<void> {
  try {
    const settings = readSettings(deps.getInput)
    const runner = MODES[settings.mode]
    if (runner === null) throw new Error(`mode ${settings.mode} is not available in this version; use mode explain with a scenario file`)
    await runner(settings, deps)
  } catch (error) {
    deps.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function runExplain(settings: Settings, deps: ActionDeps): Promise<void> {
  const path = settings.scenarioPath ?? ''
  let text: string
  try {
    text = await deps.readFile(path)
  } catch (error) {
    throw new Error(`Could not read the scenario file ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const scenario = readScenario(text)
  const verdict = evaluateScenario(scenario)
  deps.setOutput(Outputs.Decision, verdict.decision)
  deps.setOutput(Outputs.DeniedBy, verdict.denial?.policyType ?? '')
  deps.setOutput(Outputs.Statement, verdict.denial?.statement ?? '')
  deps.setOutput(Outputs.Principal, scenario.request.principal)
  deps.info(formatVerdict(verdict, scenario, 'text'))
  await deps.writeSummary(formatVerdict(verdict, scenario, 'markdown'))
  if (settings.failOnDeny && verdict.decision === 'deny') {
    deps.setFailed(`S3 would deny ${scenario.request.action}: ${verdict.denial?.reason ?? 'denied'}`)
  }
}
