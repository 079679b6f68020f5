/**
 * The action: read the settings, run the mode, publish. Everything the action touches outside
 * itself (@actions/core, files, the GitHub API) comes in through `ActionDeps`, so tests drive it
 * directly; every error reaches the single `setFailed` at the end.
 *
 * Each mode is imported when it runs, so a run loads only what its mode needs: the live modes the
 * AWS SDK, review its parsers, and every mode the evaluator and the reports after its own start (the
 * bundle keeps each in chunks of its own; see scripts/build-dist.mjs).
 */
import * as core from '@actions/core'
import type { PublishDeps } from './publish.js'
import { defaultPublishDeps } from './runner.js'
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

const MODES: Record<Settings['mode'], ModeRunner> = {
  explain: async (settings, deps) => (await import('./explain.js')).runExplainMode(settings, deps),
  preflight: async (settings, deps) => (await import('./live.js')).runLiveMode(settings, deps),
  diagnose: async (settings, deps) => (await import('./live.js')).runLiveMode(settings, deps),
  review: async (settings, deps) => (await import('./review.js')).runReviewAction(settings, deps)
}

export async function run(deps: ActionDeps = defaultDeps): Promise<void> {
  try {
    const settings = readSettings(deps.getInput)
    await MODES[settings.mode](settings, deps)
  } catch (error) {
    deps.setFailed(error instanceof Error ? error.message : String(error))
  }
}
