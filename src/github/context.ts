/**
 * What the action needs to know about the workflow run, read from the runner's environment and the
 * event payload (https://docs.github.com/actions/reference/variables-reference): which pull
 * request (if any), whether it comes from a fork, where the API is, and the run's URL.
 *
 * On `pull_request` (and the other pull request events but `pull_request_target`), a pull request
 * from a fork gets a read-only GITHUB_TOKEN
 * (https://docs.github.com/actions/reference/github_token-reference): the comment then fails with
 * 403, and the summary says why.
 */

export interface PullRequestRef {
  number: number
  /** The head repository differs from the base repository (or was deleted). */
  fromFork: boolean
}

export interface RunContext {
  eventName: string
  owner: string
  repo: string
  pullRequest: PullRequestRef | null
  apiUrl: string
  /** The workflow run, for links; null when the environment does not say. */
  runUrl: string | null
  workflow: string
  job: string
  /**
   * The step: `GITHUB_ACTION`, the step's `id:` when it has one, else a name the runner derives
   * from the action and its position in the job (`__owner_repo`, `__owner_repo_2`): the same on
   * every run of the same workflow file.
   */
  step: string
}

type Env = Record<string, string | undefined>

interface Payload {
  pull_request?: { number?: unknown; head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } }
  issue?: { number?: unknown; pull_request?: unknown }
  number?: unknown
}

/** Reads the run context; `payloadText` is the content of `GITHUB_EVENT_PATH` (null when there is none). */
export function readRunContext(env: Env, payloadText: string | null): RunContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')
  const runId = env['GITHUB_RUN_ID']
  const context: RunContext = {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    owner,
    repo,
    pullRequest: null,
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
    runUrl: owner !== '' && runId !== undefined && runId !== '' ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    step: env['GITHUB_ACTION'] ?? ''
  }
  if (payloadText === null || payloadText.trim() === '') return context
  let payload: Payload
  try {
    payload = JSON.parse(payloadText) as Payload
  } catch {
    return context
  }
  if (payload === null || typeof payload !== 'object') return context
  const pull = payload.pull_request
  if (pull !== undefined && pull !== null && typeof pull.number === 'number') {
    const head = pull.head?.repo?.full_name
    const base = pull.base?.repo?.full_name
    context.pullRequest = { number: pull.number, fromFork: typeof head !== 'string' || (typeof base === 'string' ? head !== base : head !== `${owner}/${repo}`) }
  } else if (payload.issue !== undefined && payload.issue.pull_request !== undefined && typeof payload.issue.number === 'number') {
    // issue_comment on a pull request: the payload does not say whether it comes from a fork.
    context.pullRequest = { number: payload.issue.number, fromFork: false }
  }
  return context
}
