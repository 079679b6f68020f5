/**
 * The run context from the runner's variables (https://docs.github.com/actions/reference/variables-reference)
 * and the event payload (https://docs.github.com/webhooks/webhook-events-and-payloads#pull_request):
 * which pull request, and whether its head is a fork (then the token is read-only,
 * https://docs.github.com/actions/reference/github_token-reference).
 */
import { readRunContext } from '../../src/github/context.js'

const env = {
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_API_URL: 'https://api.github.com/',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_WORKFLOW: 'ci',
  GITHUB_JOB: 'upload',
  GITHUB_ACTION: 'doctor'
}
const pr = (head: string | null, base = 'octo/app') => JSON.stringify({ number: 7, pull_request: { number: 7, head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: base } } } })

describe('readRunContext', () => {
  test.each([
    ['a pull request from a branch', env, pr('octo/app'), { number: 7, fromFork: false }],
    ['a pull request from a fork', env, pr('someone/app'), { number: 7, fromFork: true }],
    ['a pull request whose fork was deleted', env, pr(null), { number: 7, fromFork: true }],
    ['pull_request_target from a fork (still a fork; its token may write)', { ...env, GITHUB_EVENT_NAME: 'pull_request_target' }, pr('someone/app'), { number: 7, fromFork: true }],
    ['an issue comment on a pull request', { ...env, GITHUB_EVENT_NAME: 'issue_comment' }, JSON.stringify({ issue: { number: 9, pull_request: { url: 'x' } } }), { number: 9, fromFork: false }],
    ['an issue comment on an issue', { ...env, GITHUB_EVENT_NAME: 'issue_comment' }, JSON.stringify({ issue: { number: 9 } }), null],
    ['a push', { ...env, GITHUB_EVENT_NAME: 'push' }, JSON.stringify({ ref: 'refs/heads/main' }), null],
    ['no payload file', env, null, null],
    ['a payload that is not JSON', env, '{oops', null],
    ['a payload that is JSON null', env, 'null', null]
  ])('%s', (_name, variables, payload, expected) => {
    expect(readRunContext(variables, payload).pullRequest).toEqual(expected)
  })

  test('the API and run URLs, without trailing slashes', () => {
    expect(readRunContext(env, null)).toEqual({
      eventName: 'pull_request',
      owner: 'octo',
      repo: 'app',
      pullRequest: null,
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/octo/app/actions/runs/42',
      workflow: 'ci',
      job: 'upload',
      step: 'doctor'
    })
  })

  test('outside Actions: defaults, no run URL', () => {
    expect(readRunContext({}, null)).toMatchObject({ owner: '', apiUrl: 'https://api.github.com', runUrl: null, eventName: '' })
  })
})
