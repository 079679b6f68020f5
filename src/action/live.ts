/**
 * preflight and diagnose: probe as the pipeline, collect every layer, evaluate, publish.
 */
import type { ActionDeps } from './main.js'
import type { Settings } from './settings.js'

export async function runLiveMode(settings: Settings, _deps: ActionDeps): Promise<void> {
  throw new Error(`mode ${settings.mode} is not available in this version; use mode explain with a scenario file`)
}
