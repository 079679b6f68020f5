/**
 * A loopback HTTP server that speaks the GitHub REST shapes the action uses
 * (https://docs.github.com/rest/issues/comments): list an issue's comments (paginated with a
 * `Link` header, https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api),
 * create one, update one; and the failures a workflow meets: 403 "Resource not accessible by
 * integration" (a fork's read-only token, or a job without `pull-requests: write`), 404, 401,
 * rate limiting. Every request is recorded with its Authorization header.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredComment {
  id: number
  body: string
  html_url: string
  user: { login: string; type: string }
}

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  accept: string | undefined
  apiVersion: string | undefined
  userAgent: string | undefined
  body: string
}

/** How the server answers: everything works, or writes (or everything) fail like GitHub does. */
export type Behaviour = 'ok' | 'read-only' | 'not-found' | 'unauthorized' | 'rate-limited'

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  comments: Map<number, StoredComment[]>
  behaviour: Behaviour
  /** Added to the Link header instead of the real next page (to test that foreign origins are not followed). */
  nextLinkOverride: string | null
  close(): Promise<void>
}

const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' }

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}

export async function startFakeGitHub(owner = 'octo', repo = 'app'): Promise<FakeGitHub> {
  let nextId = 1000
  const state: Omit<FakeGitHub, 'url' | 'close'> = { requests: [], comments: new Map(), behaviour: 'ok', nextLinkOverride: null }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request)
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      state.requests.push({
        method: request.method ?? '',
        path: url.pathname + url.search,
        authorization: request.headers.authorization,
        accept: request.headers.accept,
        apiVersion: request.headers['x-github-api-version'] as string | undefined,
        userAgent: request.headers['user-agent'],
        body
      })
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      if (state.behaviour === 'unauthorized') return send(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
      if (state.behaviour === 'not-found') return send(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
      if (state.behaviour === 'rate-limited') {
        return send(response, 403, { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, { 'x-ratelimit-remaining': '0' })
      }

      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
      const update = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if ((list !== null && (list[1] !== owner || list[2] !== repo)) || (update !== null && (update[1] !== owner || update[2] !== repo))) {
        return send(response, 404, { message: 'Not Found', status: '404' })
      }
      if (list !== null && request.method === 'GET') {
        const all = state.comments.get(Number(list[3])) ?? []
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), 100)
        const page = Number(url.searchParams.get('page') ?? '1')
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          const next = state.nextLinkOverride ?? `${base}${url.pathname}?per_page=${perPage}&page=${page + 1}`
          headers['link'] = `<${next}>; rel="next", <${base}${url.pathname}?per_page=${perPage}&page=${Math.ceil(all.length / perPage)}>; rel="last"`
        }
        return send(response, 200, slice, headers)
      }
      if (list !== null && request.method === 'POST') {
        if (state.behaviour === 'read-only') return send(response, 403, FORBIDDEN)
        const text = (JSON.parse(body) as { body: string }).body
        if (text.length > 65_536) {
          return send(response, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] })
        }
        const number = Number(list[3])
        const id = nextId++
        const comment: StoredComment = { id, body: text, html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${id}`, user: { login: 'github-actions[bot]', type: 'Bot' } }
        state.comments.set(number, [...(state.comments.get(number) ?? []), comment])
        return send(response, 201, comment)
      }
      if (update !== null && request.method === 'PATCH') {
        if (state.behaviour === 'read-only') return send(response, 403, FORBIDDEN)
        const id = Number(update[3])
        for (const comments of state.comments.values()) {
          const found = comments.find((comment) => comment.id === id)
          if (found !== undefined) {
            found.body = (JSON.parse(body) as { body: string }).body
            return send(response, 200, found)
          }
        }
        return send(response, 404, { message: 'Not Found', status: '404' })
      }
      return send(response, 404, { message: 'Not Found', status: '404' })
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const fake = state as FakeGitHub
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return fake
}

/** Fills an issue with `count` comments from people, none carrying a marker. */
export function seedComments(fake: FakeGitHub, issue: number, count: number, startId = 1): void {
  const comments = Array.from({ length: count }, (_, index) => ({
    id: startId + index,
    body: `comment ${index + 1}`,
    html_url: `https://github.com/octo/app/pull/${issue}#issuecomment-${startId + index}`,
    user: { login: 'someone', type: 'User' }
  }))
  fake.comments.set(issue, [...(fake.comments.get(issue) ?? []), ...comments])
}
