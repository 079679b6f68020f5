export const id = 132;
export const ids = [132];
export const modules = {

/***/ 132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectRole: () => (/* binding */ collectRole),
/* harmony export */   collectUser: () => (/* binding */ collectUser),
/* harmony export */   readManagedPolicy: () => (/* binding */ readManagedPolicy),
/* harmony export */   readRoleTrustPolicy: () => (/* binding */ readRoleTrustPolicy),
/* harmony export */   whoAmI: () => (/* binding */ whoAmI)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _scenario_policy_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9018);
/* harmony import */ var _collect_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9411);
/**
 * The caller's identity side: the role or user behind the session, its inline and managed
 * policies (and, for a user, its groups' policies), its tags and its permissions boundary.
 *
 * IAM returns policy documents URL-encoded (GetRolePolicy, GetPolicyVersion...); they are kept as
 * the strings IAM sent and decoded by the scenario loader (../scenario/policy-document.ts), which
 * is also what rejects a document that is not JSON.
 *
 * Every chain starts as soon as its input is known, so the depth is: the listings and GetRole in
 * the first round, GetRolePolicy/GetPolicy in the second, GetPolicyVersion in the third (a user's
 * group policies add one round: ListGroupsForUser first).
 *
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html (Path, PermissionsBoundary, Tags)
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html (Marker/IsTruncated)
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html (URL-encoded Document)
 */




function tagsOf(list) {
    const tags = {};
    if (!Array.isArray(list))
        return tags;
    for (const tag of list) {
        if (typeof tag.Key === 'string' && typeof tag.Value === 'string')
            tags[tag.Key] = tag.Value;
    }
    return tags;
}
function entityFacts(entity, what) {
    if (entity === undefined || typeof entity.Arn !== 'string' || entity.Arn === '')
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ(`no ${what}.Arn`);
    return { arn: entity.Arn, tags: tagsOf(entity.Tags), boundaryArn: entity.PermissionsBoundary?.PermissionsBoundaryArn };
}
function documentOf(value, field) {
    if (typeof value !== 'string' || value === '')
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ(`no ${field}`);
    return value;
}
function names(list, field) {
    if (list === undefined)
        return [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ(`${field} is not a list of names`);
    return list;
}
function attached(list) {
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('AttachedPolicies is not a list');
    return list.map((item) => {
        if (typeof item.PolicyArn !== 'string')
            throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('an attached policy without PolicyArn');
        return { name: typeof item.PolicyName === 'string' ? item.PolicyName : item.PolicyArn, arn: item.PolicyArn };
    });
}
function nextMarker(response) {
    return response.IsTruncated === true && typeof response.Marker === 'string' && response.Marker !== '' ? response.Marker : undefined;
}
/** GetPolicy (default version id) then GetPolicyVersion: a managed policy's document. */
async function readManagedPolicy(reader, iam, arn) {
    const policy = await reader.read('iam.GetPolicy', (abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetPolicyCommand({ PolicyArn: arn }), { abortSignal }), (response) => {
        const version = response.Policy?.DefaultVersionId;
        if (typeof version !== 'string' || version === '')
            throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('no Policy.DefaultVersionId');
        return version;
    });
    if (!policy.ok)
        return policy;
    return reader.read('iam.GetPolicyVersion', (abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.value }), { abortSignal }), (response) => documentOf(response.PolicyVersion?.Document, 'PolicyVersion.Document'));
}
/** Inline and attached policies of one role, user or group; `label` prefixes inline names (groups). */
async function entityPolicies(reader, iam, reads, name, label, owner) {
    const inline = reader
        .readPages(reads.list, (marker, signal) => reads.listInline(name, marker, signal), (response) => ({ items: names(response.PolicyNames, 'PolicyNames'), next: nextMarker(response) }))
        .then(async (listed) => {
        if (!listed.ok)
            return { listed, docs: [] };
        const docs = await Promise.all(listed.value.map(async (policy) => ({
            name: `${label}${policy}`,
            document: await reader.read(reads.get, (signal) => reads.getInline(name, policy, signal), (response) => documentOf(response.PolicyDocument, 'PolicyDocument'))
        })));
        return { listed, docs };
    });
    const managed = reader
        .readPages(reads.listAttached, (marker, signal) => reads.listManaged(name, marker, signal), (response) => ({ items: attached(response.AttachedPolicies), next: nextMarker(response) }))
        .then(async (listed) => {
        if (!listed.ok)
            return { listed, docs: [] };
        const docs = await Promise.all(listed.value.map(async (policy) => ({ name: policy.arn, document: await readManagedPolicy(reader, iam, policy.arn) })));
        return { listed, docs };
    });
    const [inlineResult, managedResult] = await Promise.all([inline, managed]);
    const missing = [];
    if (!inlineResult.listed.ok && !inlineResult.listed.absent)
        missing.push({ name: `inline policies of ${owner} (could not be listed)`, result: inlineResult.listed });
    if (!managedResult.listed.ok && !managedResult.listed.absent)
        missing.push({ name: `managed policies attached to ${owner} (could not be listed)`, result: managedResult.listed });
    return { policies: [...inlineResult.docs, ...managedResult.docs], missing };
}
function boundaryOf(reader, iam, entity) {
    return entity.then(async (facts) => {
        if (!facts.ok)
            return facts.absent ? undefined : facts;
        const arn = facts.value.boundaryArn;
        if (arn === undefined)
            return undefined;
        return { name: arn, document: await readManagedPolicy(reader, iam, arn) };
    });
}
async function collectRole(reader, iam, roleName) {
    const entity = reader.read('iam.GetRole', (abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetRoleCommand({ RoleName: roleName }), { abortSignal }), (response) => entityFacts(response.Role, 'Role'));
    const boundary = boundaryOf(reader, iam, entity);
    const own = entityPolicies(reader, iam, {
        list: 'iam.ListRolePolicies',
        get: 'iam.GetRolePolicy',
        listAttached: 'iam.ListAttachedRolePolicies',
        listInline: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
        getInline: (name, policy, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetRolePolicyCommand({ RoleName: name, PolicyName: policy }), { abortSignal }),
        listManaged: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListAttachedRolePoliciesCommand({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
    }, roleName, '', `role ${roleName}`);
    const [facts, bound, policies] = await Promise.all([entity, boundary, own]);
    return { kind: 'role', name: roleName, entity: facts, policies: policies.policies, missingLists: policies.missing, boundary: bound };
}
/**
 * A user's policies: its own (inline, attached) and its groups' (inline, attached), all
 * identity-based policies. `userName` undefined asks IAM for the caller itself (GetUser without a
 * name), as S3-compatible servers without STS need.
 */
async function collectUser(reader, iam, userName) {
    const entity = reader.read('iam.GetUser', (abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetUserCommand({ UserName: userName }), { abortSignal }), (response) => entityFacts(response.User, 'User'));
    const boundary = boundaryOf(reader, iam, entity);
    const own = entityPolicies(reader, iam, {
        list: 'iam.ListUserPolicies',
        get: 'iam.GetUserPolicy',
        listAttached: 'iam.ListAttachedUserPolicies',
        listInline: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListUserPoliciesCommand({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
        getInline: (name, policy, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetUserPolicyCommand({ UserName: name, PolicyName: policy }), { abortSignal }),
        listManaged: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListAttachedUserPoliciesCommand({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
    }, userName, '', `user ${userName}`);
    const groups = reader
        .readPages('iam.ListGroupsForUser', (marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListGroupsForUserCommand({ UserName: userName, ...(marker ? { Marker: marker } : {}) }), { abortSignal }), (response) => {
        if (response.Groups !== undefined && !Array.isArray(response.Groups))
            throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('Groups is not a list');
        const list = (response.Groups ?? []).map((group) => {
            if (typeof group.GroupName !== 'string')
                throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('a group without GroupName');
            return group.GroupName;
        });
        return { items: list, next: nextMarker(response) };
    })
        .then(async (listed) => {
        if (!listed.ok)
            return { policies: [], missing: listed.absent ? [] : [{ name: `policies of the groups of user ${userName} (could not be listed)`, result: listed }] };
        const each = await Promise.all(listed.value.map((group) => entityPolicies(reader, iam, {
            list: 'iam.ListGroupPolicies',
            get: 'iam.GetGroupPolicy',
            listAttached: 'iam.ListAttachedGroupPolicies',
            listInline: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListGroupPoliciesCommand({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
            getInline: (name, policy, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetGroupPolicyCommand({ GroupName: name, PolicyName: policy }), { abortSignal }),
            listManaged: (name, marker, abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListAttachedGroupPoliciesCommand({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
        }, group, `group/${group}/`, `group ${group}`)));
        return { policies: each.flatMap((item) => item.policies), missing: each.flatMap((item) => item.missing) };
    });
    const [facts, bound, mine, theirs] = await Promise.all([entity, boundary, own, groups]);
    return {
        kind: 'user',
        name: userName,
        entity: facts,
        policies: [...mine.policies, ...theirs.policies],
        missingLists: [...mine.missing, ...theirs.missing],
        boundary: bound
    };
}
/** GetUser without a name: the calling user, for servers without STS GetCallerIdentity (Ceph RGW). */
function whoAmI(reader, iam) {
    return reader.read('iam.GetUser', (abortSignal) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetUserCommand({}), { abortSignal }), (response) => {
        const user = response.User;
        if (user === undefined || typeof user.Arn !== 'string' || user.Arn === '' || typeof user.UserName !== 'string')
            throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('no User.Arn and User.UserName');
        return { arn: user.Arn, name: user.UserName };
    });
}
/**
 * A role's trust policy (GetRole's AssumeRolePolicyDocument, URL-encoded like every IAM document),
 * for the diagnosis of a role that could not be assumed. GetRole takes the role's name, the last
 * part of its ARN whatever its path. https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 */
async function readRoleTrustPolicy(iam, roleArn, retry = {}) {
    const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
    const output = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(({ signal }) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetRoleCommand({ RoleName: name }), { abortSignal: signal }), retry);
    const document = output.Role?.AssumeRolePolicyDocument;
    if (typeof document !== 'string' || document.trim() === '')
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('malformed GetRole response: no Role.AssumeRolePolicyDocument');
    return (0,_scenario_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .decodePolicyDocument */ .au)(document, 'trustPolicy');
}


/***/ }),

/***/ 393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ unreadableLayer),
/* harmony export */   PJ: () => (/* binding */ MalformedResponse),
/* harmony export */   R_: () => (/* binding */ roundTrips),
/* harmony export */   hk: () => (/* binding */ absentOn),
/* harmony export */   mP: () => (/* binding */ Reader)
/* harmony export */ });
/* unused harmony export seconds */
/* harmony import */ var _doctor_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7838);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9411);
/**
 * One read of one authorization layer: the AWS call with a per-attempt timeout, retried on
 * throttling (./retry.ts), its answer parsed, and every failure turned into data the collector
 * records instead of throwing: a 404 that means "not configured" is `absent`; a denial, a call the
 * server does not implement (Ceph, MinIO...), a timeout or a malformed answer is `unreadable`, with an
 * error a person can act on and the permission the doctor would need.
 *
 * Every read is logged with its start and end, so the collector can report how many sequential
 * round trips its critical path took (`roundTrips`).
 */


/** Thrown by a parser when a 200 answer does not have the shape the API documents. */
class MalformedResponse extends Error {
    name = 'MalformedResponse';
}
/** Our own per-attempt timeout. */
class AttemptTimeout extends Error {
    ms;
    budget;
    name = 'AttemptTimeout';
    /** `budget`: the collection's deadline cut the attempt short, not the per-attempt limit. */
    constructor(ms, budget) {
        super(`timed out after ${seconds(ms)}`);
        this.ms = ms;
        this.budget = budget;
    }
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 1000 ? 3 : 1))} s`;
}
/** Codes that mean the server does not implement the call (S3-compatible servers, old APIs). */
const UNSUPPORTED_CODES = new Set([
    'NotImplemented',
    'MethodNotAllowed',
    'XNotImplemented',
    'UnsupportedOperation',
    'UnsupportedOperationException',
    'UnknownOperationException',
    'InvalidAction',
    'UnsupportedAPIEndpointException',
    'NotSupported'
]);
/** Codes that mean the doctor's request was refused: the doctor's own AccessDenied. */
const DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'Forbidden',
    'AllAccessDisabled',
    'AccessDeniedForDependencyException',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidToken'
]);
/** Redirects: the client signs for another region than the bucket's. */
const REDIRECT_CODES = new Set(['PermanentRedirect', 'TemporaryRedirect', 'AuthorizationHeaderMalformed', 'IllegalLocationConstraintException']);
const realTimer = (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return () => clearTimeout(handle);
};
class Reader {
    options;
    log = [];
    now;
    setTimer;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.setTimer = options.setTimer ?? realTimer;
    }
    /**
     * Calls `call` (with an abort signal) and parses its answer. `absent` says which errors mean
     * "not configured"; `parse` throws MalformedResponse for an answer without the documented shape.
     */
    async read(name, call, parse, absent = () => false) {
        const start = performanceNow();
        const finish = (result) => {
            this.log.push({ read: name, start, end: performanceNow(), outcome: result.ok ? 'ok' : result.absent ? 'absent' : result.failure });
            return result;
        };
        let response;
        try {
            response = await this.attempts(call);
        }
        catch (error) {
            const info = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error);
            if (!(error instanceof AttemptTimeout) && absent(info))
                return finish({ ok: false, absent: true, code: info.code ?? String(info.status) });
            return finish(this.failure(name, error, info));
        }
        try {
            return finish({ ok: true, value: parse(response) });
        }
        catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            return finish({ ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${_doctor_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .READS */ .yT[name].operation} response: ${detail}` });
        }
    }
    /**
     * A paginated list: `call(token)` for each page, `page` extracting its items and the next token.
     * The first failing page fails the whole list (a partial list would be a wrong value).
     */
    async readPages(name, call, page, maxPages = 100) {
        const items = [];
        let token;
        for (let count = 0; count < maxPages; count++) {
            const current = token;
            const result = await this.read(name, (signal) => call(current, signal), page);
            if (!result.ok)
                return result;
            items.push(...result.value.items);
            token = result.value.next;
            if (token === undefined)
                return { ok: true, value: items };
        }
        return { ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${_doctor_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .READS */ .yT[name].operation} response: more than ${maxPages} pages` };
    }
    attempts(call) {
        const options = this.options;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(({ signal }) => this.withTimeout(call, signal), {
            deadline: options.deadline,
            now: this.now,
            setTimer: this.setTimer,
            retryable: (error) => !(error instanceof AttemptTimeout) && (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(error),
            ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
            ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
            ...(options.random !== undefined ? { random: options.random } : {})
        });
    }
    withTimeout(call, deadlineSignal) {
        const remaining = this.options.deadline - this.now();
        const ms = Math.max(1, Math.min(this.options.attemptTimeoutMs, remaining));
        const budget = remaining < this.options.attemptTimeoutMs;
        const controller = new AbortController();
        const onDeadline = () => controller.abort();
        deadlineSignal.addEventListener('abort', onDeadline, { once: true });
        return new Promise((resolve, reject) => {
            const disarm = this.setTimer(() => {
                controller.abort();
                reject(new AttemptTimeout(ms, budget));
            }, ms);
            let running;
            try {
                running = call(controller.signal);
            }
            catch (error) {
                running = Promise.reject(error);
            }
            running.then((value) => {
                disarm();
                deadlineSignal.removeEventListener('abort', onDeadline);
                resolve(value);
            }, (error) => {
                disarm();
                deadlineSignal.removeEventListener('abort', onDeadline);
                reject(error);
            });
        });
    }
    failure(name, error, info) {
        const operation = _doctor_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .READS */ .yT[name].operation;
        const fail = (failure, text) => ({ ok: false, absent: false, read: name, failure, error: text });
        const code = info.code;
        const said = info.message !== '' ? `: ${info.message}` : '';
        if (error instanceof AttemptTimeout) {
            return fail('timeout', `${operation} timed out after ${seconds(error.ms)}${error.budget ? ", when the collection's time budget (timeout-seconds) ran out" : ''}`);
        }
        if (info.kind === 'timeout' || error instanceof Error && error.name === 'TimeoutError') {
            return fail('timeout', `${operation} timed out (the collection deadline passed)${said}`);
        }
        if (code !== null && REDIRECT_CODES.has(code)) {
            return fail('error', `${code}${said} (the bucket is in another region than the one the doctor's client signs for: set the region input to the bucket's region)`);
        }
        if (code !== null && DENIED_CODES.has(code))
            return fail('denied', `${code}${said}`);
        if (info.status === 403)
            return fail('denied', `${code ?? 'Forbidden'} (HTTP 403)${said}`);
        if ((code !== null && UNSUPPORTED_CODES.has(code)) || info.status === 501 || info.status === 405) {
            return fail('unsupported', `${code ?? `HTTP ${String(info.status)}`}: the endpoint does not implement ${operation}${said} (an S3-compatible server?)`);
        }
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(error))
            return fail('throttled', `${code ?? `HTTP ${String(info.status)}`}${said} (still failing after retries)`);
        if (info.status === 404 || (code !== null && /NotFound|NoSuch/.test(code)))
            return fail('not-found', `${code ?? 'NotFound'} (HTTP 404)${said}`);
        if (info.kind === 'network')
            return fail('error', `${code ?? 'network error'}: could not reach the endpoint${said}`);
        if (info.kind === 'credentials')
            return fail('error', `no credentials to read with${said}`);
        if (error instanceof Error && info.status === null && /deserializ|xml|json|parse/i.test(`${error.name} ${error.message}`)) {
            return fail('malformed', `malformed ${operation} response: ${error.message}`);
        }
        return fail('error', `${code ?? (error instanceof Error ? error.name : 'Error')}${said}`);
    }
}
function performanceNow() {
    return globalThis.performance.now();
}
/** The UnreadableLayer a report lists: where in the scenario, why, and the permission to grant. */
function unreadableLayer(path, result) {
    return { path, error: result.error, permission: _doctor_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .READS */ .yT[result.read].permission };
}
/**
 * The longest chain of reads each of which started after the previous one ended: the number of
 * sequential round trips the collection took. Reads are logged as they finish; the chain is
 * computed over start/end times, so concurrent reads count once.
 */
function roundTrips(log) {
    const entries = [...log].sort((a, b) => a.start - b.start);
    const depth = [];
    let best = 0;
    for (let i = 0; i < entries.length; i++) {
        const current = entries[i];
        let longest = 0;
        for (let j = 0; j < i; j++) {
            const earlier = entries[j];
            if (earlier.end <= current.start && (depth[j] ?? 0) > longest)
                longest = depth[j] ?? 0;
        }
        depth[i] = longest + 1;
        best = Math.max(best, longest + 1);
    }
    return best;
}
/** `absent` predicate for reads whose "not configured" answer is one of these codes (or any 404 when `anyNotFound`). */
function absentOn(codes, anyNotFound = false) {
    return (info) => (info.code !== null && codes.includes(info.code)) || (anyNotFound && info.status === 404);
}


/***/ }),

/***/ 7838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yT: () => (/* binding */ READS)
/* harmony export */ });
/* unused harmony exports permissionFor, allReads, doctorPolicy */
function spec(service, operation, permission, scope, purpose) {
    return { service, operation, permission, scope, purpose };
}
const READS = {
    'sts.GetCallerIdentity': spec('sts', 'GetCallerIdentity', '', 'any', 'who the pipeline is'),
    's3.GetBucketLocation': spec('s3', 'GetBucketLocation', 's3:GetBucketLocation', 'bucket', "the bucket's region (aws:RequestedRegion)"),
    's3.ListBuckets': spec('s3', 'ListBuckets', 's3:ListAllMyBuckets', 'any', "whether the caller's account owns the bucket, and that account's canonical id"),
    's3.GetBucketPolicy': spec('s3', 'GetBucketPolicy', 's3:GetBucketPolicy', 'bucket', 'the bucket policy'),
    's3.GetBucketPolicyStatus': spec('s3', 'GetBucketPolicyStatus', 's3:GetBucketPolicyStatus', 'bucket', 'whether S3 considers the bucket policy public'),
    's3.GetPublicAccessBlock': spec('s3', 'GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock', 'bucket', "the bucket's Block Public Access settings"),
    's3control.GetPublicAccessBlock': spec('s3control', 'GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock', 'any', "the account's Block Public Access settings"),
    's3.GetBucketOwnershipControls': spec('s3', 'GetBucketOwnershipControls', 's3:GetBucketOwnershipControls', 'bucket', 'Object Ownership (whether ACLs are disabled)'),
    's3.GetBucketAcl': spec('s3', 'GetBucketAcl', 's3:GetBucketAcl', 'bucket', "the bucket ACL and the bucket owner's canonical id"),
    's3.GetBucketEncryption': spec('s3', 'GetBucketEncryption', 's3:GetEncryptionConfiguration', 'bucket', 'default encryption (and its KMS key)'),
    's3.GetBucketVersioning': spec('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'bucket', 'versioning'),
    's3.GetObjectLockConfiguration': spec('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'bucket', 'Object Lock and default retention'),
    's3.GetBucketRequestPayment': spec('s3', 'GetBucketRequestPayment', 's3:GetBucketRequestPayment', 'bucket', 'Requester Pays'),
    's3.HeadObject': spec('s3', 'HeadObject', 's3:GetObject', 'object', 'whether the key exists, and its KMS key (s3:ListBucket too, to tell a missing key from a denial)'),
    's3.GetObjectAcl': spec('s3', 'GetObjectAcl', 's3:GetObjectAcl', 'object', "the object's ACL and owner"),
    's3.GetObjectTagging': spec('s3', 'GetObjectTagging', 's3:GetObjectTagging', 'object', "the object's tags (s3:ExistingObjectTag/*)"),
    's3.GetObjectRetention': spec('s3', 'GetObjectRetention', 's3:GetObjectRetention', 'object', "the object's retention"),
    's3.GetObjectLegalHold': spec('s3', 'GetObjectLegalHold', 's3:GetObjectLegalHold', 'object', "the object's legal hold"),
    'iam.GetRole': spec('iam', 'GetRole', 'iam:GetRole', 'any', "the role's path, tags and permissions boundary"),
    'iam.ListRolePolicies': spec('iam', 'ListRolePolicies', 'iam:ListRolePolicies', 'any', "the role's inline policies"),
    'iam.GetRolePolicy': spec('iam', 'GetRolePolicy', 'iam:GetRolePolicy', 'any', 'an inline role policy'),
    'iam.ListAttachedRolePolicies': spec('iam', 'ListAttachedRolePolicies', 'iam:ListAttachedRolePolicies', 'any', "the role's managed policies"),
    'iam.GetUser': spec('iam', 'GetUser', 'iam:GetUser', 'any', "the user's path, tags and permissions boundary"),
    'iam.ListUserPolicies': spec('iam', 'ListUserPolicies', 'iam:ListUserPolicies', 'any', "the user's inline policies"),
    'iam.GetUserPolicy': spec('iam', 'GetUserPolicy', 'iam:GetUserPolicy', 'any', 'an inline user policy'),
    'iam.ListAttachedUserPolicies': spec('iam', 'ListAttachedUserPolicies', 'iam:ListAttachedUserPolicies', 'any', "the user's managed policies"),
    'iam.ListGroupsForUser': spec('iam', 'ListGroupsForUser', 'iam:ListGroupsForUser', 'any', "the user's groups"),
    'iam.ListGroupPolicies': spec('iam', 'ListGroupPolicies', 'iam:ListGroupPolicies', 'any', "a group's inline policies"),
    'iam.GetGroupPolicy': spec('iam', 'GetGroupPolicy', 'iam:GetGroupPolicy', 'any', 'an inline group policy'),
    'iam.ListAttachedGroupPolicies': spec('iam', 'ListAttachedGroupPolicies', 'iam:ListAttachedGroupPolicies', 'any', "a group's managed policies"),
    'iam.GetPolicy': spec('iam', 'GetPolicy', 'iam:GetPolicy', 'any', "a managed policy's default version"),
    'iam.GetPolicyVersion': spec('iam', 'GetPolicyVersion', 'iam:GetPolicyVersion', 'any', "a managed policy's document"),
    'kms.DescribeKey': spec('kms', 'DescribeKey', 'kms:DescribeKey', 'any', 'the KMS key an alias or key id names, and whether AWS manages it (KeyManager)'),
    'kms.GetKeyPolicy': spec('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'any', 'the KMS key policy'),
    'kms.ListGrants': spec('kms', 'ListGrants', 'kms:ListGrants', 'any', "the KMS key's grants"),
    'ec2.DescribeVpcEndpoints': spec('ec2', 'DescribeVpcEndpoints', 'ec2:DescribeVpcEndpoints', 'any', "the VPC endpoint's policy and type (Gateway or Interface)"),
    'ec2.DescribeRouteTables': spec('ec2', 'DescribeRouteTables', 'ec2:DescribeRouteTables', 'any', "which gateway endpoint the runner's subnet routes S3 through"),
    'organizations.DescribeOrganization': spec('organizations', 'DescribeOrganization', 'organizations:DescribeOrganization', 'any', 'the organization id and management account'),
    'organizations.ListRoots': spec('organizations', 'ListRoots', 'organizations:ListRoots', 'any', 'whether SCPs and RCPs are enabled'),
    'organizations.ListParents': spec('organizations', 'ListParents', 'organizations:ListParents', 'any', "the account's OU path"),
    'organizations.ListPoliciesForTarget': spec('organizations', 'ListPoliciesForTarget', 'organizations:ListPoliciesForTarget', 'any', 'the SCPs and RCPs attached at each level'),
    'organizations.DescribePolicy': spec('organizations', 'DescribePolicy', 'organizations:DescribePolicy', 'any', 'an SCP or RCP document')
};
/** The permission a read needs (`s3:GetBucketPolicy` for `s3.GetBucketPolicy`). */
function permissionFor(read) {
    return READS[read].permission;
}
/** Every read, in the order of the table above. */
function allReads() {
    return Object.keys(READS);
}
/**
 * The least-privilege identity policy for the role the doctor reads with (`reader-role-to-assume`,
 * or the pipeline's own role). Bucket and object reads are scoped to the bucket; the rest cannot be
 * (account-level and Describe/List calls take `"Resource": "*"`), except KMS, where a key ARN may
 * replace `*` by hand.
 */
function doctorPolicy(options = {}) {
    const partition = options.partition ?? 'aws';
    const bucket = options.bucket ?? '*';
    const permissions = (predicate) => {
        const list = [];
        for (const read of Object.values(READS)) {
            if (read.permission !== '' && predicate(read) && !list.includes(read.permission))
                list.push(read.permission);
        }
        return list;
    };
    const service = (name) => (read) => read.service === name && read.scope === 'any';
    const bucketActions = permissions((read) => read.scope === 'bucket');
    // HeadObject answers 404 for a missing key only to a caller allowed s3:ListBucket.
    bucketActions.push('s3:ListBucket');
    return {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'ReadBucketSettings', Effect: 'Allow', Action: bucketActions, Resource: `arn:${partition}:s3:::${bucket}` },
            { Sid: 'ReadObjectMetadata', Effect: 'Allow', Action: permissions((read) => read.scope === 'object'), Resource: `arn:${partition}:s3:::${bucket}/*` },
            { Sid: 'ReadAccountSettings', Effect: 'Allow', Action: permissions((read) => (read.service === 's3' || read.service === 's3control') && read.scope === 'any'), Resource: '*' },
            { Sid: 'ReadIdentityPolicies', Effect: 'Allow', Action: permissions(service('iam')), Resource: '*' },
            { Sid: 'ReadKmsKeys', Effect: 'Allow', Action: permissions(service('kms')), Resource: '*' },
            { Sid: 'ReadVpcEndpoints', Effect: 'Allow', Action: permissions(service('ec2')), Resource: '*' },
            { Sid: 'ReadOrganizationPolicies', Effect: 'Allow', Action: permissions(service('organizations')), Resource: '*' }
        ]
    };
}


/***/ })

};
