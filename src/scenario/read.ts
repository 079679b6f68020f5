/**
 * Scenario text to a scenario the evaluator can trust: the schema (./load.ts) and then what a schema
 * cannot check (condition operators and their values, by parsing every policy document once).
 */
import { collectLayers } from '../evaluate/layers.js'
import { PolicyError } from '../policy/parse.js'
import { ScenarioError } from './errors.js'
import { loadScenario } from './load.js'
import type { Scenario } from './types.js'

export { ScenarioError } from './errors.js'

export function readScenario(text: string): Scenario {
  return checkPolicies(loadScenario(text))
}

/** Parses every policy document (collectLayers does, and caches them); a bad operator or value becomes a ScenarioError. */
export function checkPolicies(scenario: Scenario): Scenario {
  try {
    collectLayers(scenario)
  } catch (error) {
    if (error instanceof PolicyError) throw new ScenarioError(error.issues)
    throw error
  }
  return scenario
}
