/**
 * The action's inputs, read and checked in one place into one typed settings object.
 * A bad value fails with a message naming the input and what it accepts.
 */
import { Inputs } from './constants.js'

export interface Settings {
  scenarioPath: string
  failOnDeny: boolean
}

/** Reads an input by name: `core.getInput` in the action, a plain function in tests. */
export type InputReader = (name: string) => string

export class InputError extends Error {}

export function readSettings(input: InputReader): Settings {
  const scenarioPath = input(Inputs.Scenario).trim()
  if (scenarioPath === '') throw new InputError(`input "${Inputs.Scenario}" is required: the path to a scenario file`)
  return { scenarioPath, failOnDeny: readBoolean(input, Inputs.FailOnDeny, false) }
}

function readBoolean(input: InputReader, name: string, fallback: boolean): boolean {
  const raw = input(name).trim()
  if (raw === '') return fallback
  if (/^(true|yes|on)$/i.test(raw)) return true
  if (/^(false|no|off)$/i.test(raw)) return false
  throw new InputError(`input "${name}": expected true or false, got "${raw}"`)
}
