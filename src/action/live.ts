/**
 * preflight and diagnose: probe as the pipeline, collect every layer, evaluate, publish.
 * The live work is `diagnose` (src/live/diagnose.ts); this wires it to the runner: the OIDC token
 * and secret masking of @actions/core, the SDK's default credential chain, the event payload, the
 * saved scenario, and the report.
 */
import * as core from '@actions/core'
import { fromNodeProviderChain } from '@aws-sdk/credential-providers'
import { createClients, preloadCollectionClients } from '../live/clients.js'
import { discoverPublicIp, readRunnerNetwork } from '../live/context.js'
import { diagnose, type DiagnoseDeps } from '../live/diagnose.js'
import { refusedProbe } from '../live/outcome.js'
import type { Diagnosis } from '../live/types.js'
import { Outputs } from './constants.js'
import type { ActionDeps } from './main.js'
import { publish, publishSettings } from './publish.js'
import type { Settings } from './settings.js'

/** The real dependencies of a live run, for the action and the CLI. */
export async function liveDeps(
  settings: Settings,
  env: Record<string, string | undefined>,
  io: { readFile(path: string): Promise<string>; setSecret(value: string): void; warning(message: string): void }
): Promise<DiagnoseDeps> {
  const clientOptions = {
    ...(settings.region !== undefined ? { region: settings.region } : {}),
    ...(settings.endpointUrl !== undefined ? { endpointUrl: settings.endpointUrl } : {})
  }
  const deps: DiagnoseDeps = {
    clients: (credentials) => createClients({ ...clientOptions, ...(credentials !== undefined ? { credentials } : {}) }),
    getIDToken: (audience) => core.getIDToken(audience),
    setSecret: io.setSecret,
    env,
    defaultCredentials: fromNodeProviderChain(),
    warning: io.warning,
    prepareCollection: () => preloadCollectionClients({ ec2: settings.vpcEndpointId !== undefined })
  }
  // The runner's IP and network only against AWS: an S3-compatible endpoint has no aws:SourceIp to compare.
  if (settings.endpointUrl === undefined) deps.network = { discoverSourceIp: () => discoverPublicIp(), runnerNetwork: () => readRunnerNetwork() }
  const eventPath = env['GITHUB_EVENT_PATH']
  if (eventPath !== undefined && eventPath !== '') {
    try {
      deps.event = JSON.parse(await io.readFile(eventPath)) as unknown
    } catch {
      // No readable event: the fork / Dependabot explanations are simply not offered.
    }
  }
  return deps
}

/** The scenario to save: the first denied operation's (by the evaluation, then by the probe), or the first. */
export function scenarioToSave(diagnoses: readonly Diagnosis[]): Diagnosis | undefined {
  return diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses.find((diagnosis) => refusedProbe(diagnosis) !== undefined) ?? diagnoses[0]
}

export async function runLiveMode(settings: Settings, deps: ActionDeps): Promise<void> {
  const diagnoses = await diagnose(settings, await liveDeps(settings, deps.env, deps))
  const saved = scenarioToSave(diagnoses)
  if (settings.saveScenario !== undefined && saved !== undefined) {
    await deps.writeFile(settings.saveScenario, `${JSON.stringify(saved.scenario, null, 2)}\n`)
    deps.setOutput(Outputs.ScenarioPath, settings.saveScenario)
  }
  // decision, denied-by and statement say what S3 answered as well as what the snapshot evaluates
  // to (../live/outcome.ts; action.yml documents it).
  const { outcome } = await publish(diagnoses, publishSettings(settings), deps)
  if (settings.failOnDeny && outcome.decision === 'deny') deps.setFailed(outcome.reason)
}
