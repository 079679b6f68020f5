/**
 * `s3-403-doctor diagnose`: the action's live diagnosis from a terminal, with the same flags as
 * the action's inputs (`--bucket`, `--endpoint-url`, ...), read through the action's own
 * `readSettings`, so every check and message is the same. Credentials come from the default AWS
 * chain (environment, profile, SSO...), or `--role-to-assume`.
 *
 * Exit status: 0 whatever the decision, unless --fail-on-deny (then 3 for a deny, decided as the
 * action's `decision` output is: ../live/outcome.ts); 1 when the diagnosis could not run (bad flag,
 * no credentials: the message explains).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { Inputs } from '../action/constants.js'
import { liveDeps, scenarioToSave } from '../action/live.js'
import { readSettings } from '../action/settings.js'
import { formatDiagnosis, OUTPUT_FORMATS, type OutputFormat } from '../format/index.js'
import { diagnose, type DiagnoseDeps } from '../live/diagnose.js'
import { liveOutcome } from '../live/outcome.js'
import type { Diagnosis } from '../live/types.js'
import type { CliIo } from './main.js'

export const DIAGNOSE_HELP = `Usage: s3-403-doctor diagnose --bucket BUCKET [--key KEY | --prefix PREFIX] [options]

Probes S3 as the current credentials, reads every authorization layer of the request (bucket
policy, identity policies, SCPs/RCPs, endpoint and KMS key policies, ACLs, Block Public Access...),
evaluates them exactly as AWS would, and prints the layer, policy and statement that deny, with the
proven fix. One report per operation.

Options (the action's inputs, same names and values):
  --bucket BUCKET                 the bucket (required)
  --key KEY | --prefix PREFIX     the object key, or the prefix the pipeline writes under
  --operations LIST               put, get, head, list, delete, multipart (default: put,list)
  --region REGION                 the client's Region
  --endpoint-url URL              an S3-compatible endpoint (also used for STS and IAM)
  --role-to-assume ARN            assume this role first (AssumeRole with the current credentials)
  --role-session-name NAME        the session name for --role-to-assume (default: s3-403-doctor)
  --audience AUD                  the GitHub OIDC token's audience, in a workflow (default: sts.amazonaws.com)
  --reader-role-to-assume ARN     read the layers as this role
  --probe MODE                    conditional (default), canary, none
  --acl ACL --sse SSE --sse-kms-key-id KEY --request-payer requester
                                  the headers the real upload sends
  --expected-bucket-owner ID      the account id the real requests send as x-amz-expected-bucket-owner
  --error-message TEXT            the AccessDenied message the pipeline got
  --source-ip IP --vpc-endpoint-id VPCE
                                  the request's network origin, when not this machine's
  --save-scenario FILE            write the collected scenario (the first denied operation's)
  --timeout-seconds N             the overall deadline (default 60)
  --fail-on-deny                  exit 3 when the decision is deny: S3 refused a probe, or the
                                  snapshot of the layers evaluates to deny
  --format FORMAT                 text (default), markdown, json
  -h, --help                      this help

Exit status: 0 whatever the decision (3 for a deny with --fail-on-deny); 1 when the diagnosis
could not run.
`

/** The exit status of `--fail-on-deny` for a deny. */
export const EXIT_DENIED = 3

/** The flags that map one to one onto the action's inputs. */
const INPUT_FLAGS = [
  Inputs.Bucket,
  Inputs.Key,
  Inputs.Prefix,
  Inputs.Operations,
  Inputs.Region,
  Inputs.EndpointUrl,
  Inputs.RoleToAssume,
  Inputs.RoleSessionName,
  Inputs.Audience,
  Inputs.ReaderRoleToAssume,
  Inputs.Probe,
  Inputs.Acl,
  Inputs.Sse,
  Inputs.SseKmsKeyId,
  Inputs.RequestPayer,
  Inputs.ExpectedBucketOwner,
  Inputs.ErrorMessage,
  Inputs.SourceIp,
  Inputs.VpcEndpointId,
  Inputs.SaveScenario,
  Inputs.TimeoutSeconds
] as const

export interface DiagnoseCommandDeps {
  env: Record<string, string | undefined>
  /** The live dependencies (tests swap them); default: the real AWS chain. */
  diagnoseDeps?: DiagnoseDeps
  writeFile?: (path: string, text: string) => Promise<void>
}

function formatAll(diagnoses: readonly Diagnosis[], format: OutputFormat): string {
  if (format === 'json') {
    // One JSON document: per operation, the verdict contract ({decision, denial, ...}) and what the live run saw.
    return `${JSON.stringify(
      diagnoses.map((d) => ({ ...d.verdict, operation: d.scenario.request.operation ?? d.scenario.request.action, caller: d.caller, probes: d.probes, parsedError: d.parsedError, fixes: d.fixes, noFix: d.noFix ?? null, unreadable: d.unreadable, disagreement: d.disagreement, scenario: d.scenario })),
      null,
      2
    )}\n`
  }
  return diagnoses.map((diagnosis) => formatDiagnosis(diagnosis, format)).join(format === 'markdown' ? '\n---\n\n' : '\n')
}

export function diagnoseCommandWith(deps: DiagnoseCommandDeps) {
  return async (argv: string[], io: CliIo): Promise<number> => {
    let parsed
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: false,
        options: {
          ...Object.fromEntries(INPUT_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
          [Inputs.FailOnDeny]: { type: 'boolean' },
          format: { type: 'string', default: 'text' },
          help: { type: 'boolean', short: 'h' }
        }
      })
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor diagnose --help)`)
    }
    const values = parsed.values as Record<string, string | boolean | undefined>
    if (values['help'] === true) {
      io.stdout(DIAGNOSE_HELP)
      return 0
    }
    const format = String(values['format'])
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new Error(`--format: expected one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`)
    const settings = readSettings((name) => {
      if (name === Inputs.Mode) return 'diagnose'
      if (name === Inputs.Comment) return 'never'
      if (name === Inputs.FailOnDeny) return values[Inputs.FailOnDeny] === true ? 'true' : ''
      const value = (INPUT_FLAGS as readonly string[]).includes(name) ? values[name] : undefined
      return typeof value === 'string' ? value : ''
    })
    const live =
      deps.diagnoseDeps ??
      (await liveDeps(settings, deps.env, {
        readFile: io.readFile,
        setSecret: () => undefined,
        warning: (message) => io.stderr(`warning: ${message}\n`)
      }))
    const diagnoses = await diagnose(settings, live)
    const saved = scenarioToSave(diagnoses)
    if (settings.saveScenario !== undefined && saved !== undefined) {
      const write =
        deps.writeFile ??
        (async (path: string, text: string) => {
          await mkdir(dirname(path), { recursive: true })
          await writeFile(path, text, 'utf8')
        })
      await write(settings.saveScenario, `${JSON.stringify(saved.scenario, null, 2)}\n`)
    }
    io.stdout(formatAll(diagnoses, format as OutputFormat))
    const outcome = liveOutcome(diagnoses)
    if (settings.failOnDeny && outcome.decision === 'deny') {
      io.stderr(`denied (--fail-on-deny): ${outcome.reason}\n`)
      return EXIT_DENIED
    }
    return 0
  }
}

export const diagnoseCommand = diagnoseCommandWith({ env: process.env })
