/**
 * The few GitHub REST calls the action makes: find its own pull request comment by a hidden
 * marker, then update it or create one (https://docs.github.com/rest/issues/comments):
 *
 *   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100  (paginated by `Link: <...>; rel="next"`)
 *   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}
 *   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments
 *
 * A comment is a courtesy: every failure (no permission, a pull request from a fork whose token
 * is read-only, the API unreachable) comes back as `skipped` with a reason for the summary, never
 * as a thrown error. The token goes in one header and nowhere else: it is scrubbed from every
 * reason, and pagination links are followed only on the API's own origin.
 */

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  status: number
  headers: { get(name: string): string | null }
  text(): Promise<string>
}>

export interface GitHubClientOptions {
  /** `GITHUB_API_URL`: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string
  token: string
  fetch: FetchLike
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number
  /** Pages of comments to look through at most (100 comments a page; default 30). */
  maxPages?: number
}

export interface UpsertRequest {
  owner: string
  repo: string
  issueNumber: number
  /** The hidden marker the comment starts with; the first comment containing it is the one updated. */
  marker: string
  body: string
  /** When false, only an existing comment is updated (default true). */
  create?: boolean
}

export type SkipReason = 'forbidden' | 'not-found' | 'unauthorized' | 'rate-limited' | 'too-long' | 'unreachable' | 'error' | 'no-existing-comment'

export type UpsertResult =
  | { action: 'created' | 'updated'; id: number; url: string | null }
  | { action: 'skipped'; reason: string; code: SkipReason; status: number | null }

export interface GitHubClient {
  upsertComment(request: UpsertRequest): Promise<UpsertResult>
}

interface Comment {
  id: number
  body?: string | null
  html_url?: string
}

class SkipError extends Error {
  constructor(
    readonly code: SkipReason,
    readonly status: number | null,
    message: string
  ) {
    super(message)
  }
}

function nextLink(header: string | null): string | null {
  if (header === null) return null
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match !== null) return match[1] ?? null
  }
  return null
}

function apiMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown }
    if (typeof parsed.message === 'string') return parsed.message.slice(0, 300)
  } catch {
    // Not JSON: fall through.
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim()
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const base = options.baseUrl.replace(/\/+$/, '')
  const origin = new URL(base).origin
  const timeoutMs = options.timeoutMs ?? 15_000
  const maxPages = options.maxPages ?? 30
  const scrub = (text: string): string => (options.token === '' ? text : text.split(options.token).join('[REDACTED]'))

  async function call(method: string, url: string, body?: unknown): Promise<{ status: number; text: string; link: string | null }> {
    const init: Parameters<FetchLike>[1] = {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'user-agent': 's3-403-doctor',
        'x-github-api-version': '2022-11-28'
      },
      signal: AbortSignal.timeout(timeoutMs)
    }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers['content-type'] = 'application/json'
    }
    let response: Awaited<ReturnType<FetchLike>>
    try {
      response = await options.fetch(url, init)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new SkipError('unreachable', null, `could not reach the GitHub API (${method} ${url}): ${scrub(message)}`)
    }
    const text = await response.text().catch(() => '')
    if (response.status >= 200 && response.status < 300) return { status: response.status, text, link: response.headers.get('link') }
    throw failure(method, url, response.status, text, response.headers.get('x-ratelimit-remaining'))
  }

  function failure(method: string, url: string, status: number, text: string, remaining: string | null): SkipError {
    const said = scrub(apiMessage(text))
    const what = `${method} ${new URL(url).pathname} answered ${status}${said === '' ? '' : ` "${said}"`}`
    if (status === 401) return new SkipError('unauthorized', status, `${what}: the token is not valid`)
    if ((status === 403 || status === 429) && (remaining === '0' || /rate limit/i.test(said))) return new SkipError('rate-limited', status, `${what}: the API rate limit is exhausted`)
    if (status === 403) return new SkipError('forbidden', status, `${what}: the token may not write comments here`)
    if (status === 404) return new SkipError('not-found', status, `${what}: the token cannot see this pull request`)
    if (status === 422 && /too long/i.test(said)) return new SkipError('too-long', status, what)
    return new SkipError('error', status, what)
  }

  async function findComment(request: UpsertRequest): Promise<Comment | null> {
    let url: string | null = `${base}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/issues/${request.issueNumber}/comments?per_page=100`
    for (let page = 0; url !== null && page < maxPages; page += 1) {
      const { text, link } = await call('GET', url)
      let comments: unknown
      try {
        comments = JSON.parse(text)
      } catch {
        throw new SkipError('error', 200, `GET ${new URL(url).pathname} did not answer JSON`)
      }
      if (!Array.isArray(comments)) throw new SkipError('error', 200, `GET ${new URL(url).pathname} did not answer a list of comments`)
      for (const comment of comments as Comment[]) {
        if (typeof comment?.id === 'number' && typeof comment.body === 'string' && comment.body.includes(request.marker)) return comment
      }
      const next = nextLink(link)
      // Never send the token to another origin, whatever a Link header says.
      url = next !== null && new URL(next, base).origin === origin ? new URL(next, base).toString() : null
    }
    return null
  }

  return {
    async upsertComment(request) {
      try {
        const existing = await findComment(request)
        const repoPath = `${base}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}`
        if (existing !== null) {
          const { text } = await call('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body: request.body })
          return { action: 'updated', id: existing.id, url: htmlUrl(text) ?? existing.html_url ?? null }
        }
        if (request.create === false) return { action: 'skipped', code: 'no-existing-comment', status: null, reason: 'no earlier comment of this report to update' }
        const { text } = await call('POST', `${repoPath}/issues/${request.issueNumber}/comments`, { body: request.body })
        let id = 0
        try {
          const parsed = JSON.parse(text) as { id?: unknown }
          if (typeof parsed.id === 'number') id = parsed.id
        } catch {
          // The comment exists; its id is only informative.
        }
        return { action: 'created', id, url: htmlUrl(text) }
      } catch (error) {
        if (error instanceof SkipError) return { action: 'skipped', code: error.code, status: error.status, reason: error.message }
        return { action: 'skipped', code: 'error', status: null, reason: scrub(error instanceof Error ? error.message : String(error)) }
      }
    }
  }
}

function htmlUrl(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { html_url?: unknown }
    return typeof parsed.html_url === 'string' ? parsed.html_url : null
  } catch {
    return null
  }
}
