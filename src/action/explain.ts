/**
 * mode: explain — evaluate a saved scenario file offline and publish the diagnosis.
 */
import { evaluateScenario } from '../evaluate/engine.js'
import { diagnoseFixes } from '../fix/index.js'
import { offlineDiagnosis } from '../report/analyze.js'
import { readScenario } from '../scenario/read.js'
import type { ActionDeps } from './main.js'
import { publish, publishSettings } from './publish.js'
import type { Settings } from './settings.js'

export async function runExplainMode(settings: Settings, deps: ActionDeps): Promise<void> {
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
