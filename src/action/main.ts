/**
 * The action: read the settings, run the mode, publish. Everything the action touches outside
 * itself (@actions/core, files, the GitHub API) comes in through `ActionDeps`, so tests drive it
 * directly; every error reaches the single `setFailed` at the end.
 */
import * as core from '@actions/core'
import { evaluateScenario } from '../evaluate/engine.js'
import { diagnoseFixes } from '../fix/index.js'
import { offlineDiagnosis } from '../report/analyze.js'
import { readScenario } from '../scenario/read.js'
import { defaultPublishDeps, publish, publishMarkdown, type PublishDeps } from './publish.js'
import { readSettings, type Settings } from './settings.js'

export interface ActionDeps extends PublishDeps {
  getInput(name: string): string
  setFailed(message: string): void
}

export const defaultDeps: ActionDeps = {
  ...defaultPublishDeps,
  getInput: (name) => core.getInput(name),
  setFailed: (message) => core.setFailed(message)
}

type ModeRunner = (settings: Settings, deps: ActionDeps) => Promise<void>

/**
 * The live modes load the AWS SDK and the review mode its parsers when they run, so that each mode
 * starts with only what it needs (the bundle keeps them in chunks of their own).
 */
const runLive: ModeRunner = async (settings, deps) => (await import('./live.js')).runLiveMode(settings, deps)

const MODES: Record<Settings['mode'], ModeRunner> = {
  explain: runExplain,
  preflight: runLive,
  diagnose: runLive,
  review: runReview
}

export async function run(deps: ActionDeps = defaultDeps): Promise<void> {
  try {
    const settings = readSettings(deps.getInput)
    await MODES[settings.mode](settings, deps)
  } catch (error) {
    deps.setFailed(error instanceof Error ? error.message : String(error))
  }
}

function publishSettings(settings: Settings) {
  return { comment: settings.comment, redact: settings.redact, githubToken: settings.githubToken }
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
  await publish(offlineDiagnosis(scenario, verdict, diagnoseFixes(scenario, verdict)), publishSettings(settings), deps)
  if (settings.failOnDeny && verdict.decision === 'deny') {
    deps.setFailed(`S3 would deny ${scenario.request.action}: ${verdict.denial?.reason ?? 'denied'}`)
  }
}

async function runReview(settings: Settings, deps: ActionDeps): Promise<void> {
  const { defaultReviewDeps, runReviewMode } = await import('./review.js')
  const outcome = await runReviewMode(
    settings,
    defaultReviewDeps(
      {
        setOutput: deps.setOutput,
        info: deps.info,
        postReport: async (comment, summary) => {
          await publishMarkdown(comment, publishSettings(settings), deps, settings.expectations, summary)
        }
      },
      deps.env
    )
  )
  if (outcome.failure !== null) deps.setFailed(outcome.failure)
}
