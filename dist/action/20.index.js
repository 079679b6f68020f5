export const id = 20;
export const ids = [20];
export const modules = {

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  liveDeps: () => (/* binding */ liveDeps),
  runLiveMode: () => (/* binding */ runLiveMode),
  scenarioToSave: () => (/* binding */ scenarioToSave)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/live/clients.ts
/**
 * The AWS clients, made in one place: our user agent, region and endpoint only when given (so
 * tests and S3-compatible servers plug in), credentials passed in, and retries and timeouts owned
 * by us (`./retry.ts`), not by the SDK's defaults.
 *
 * Only S3 and STS are loaded up front: they are all a preflight needs (the credentials, the
 * caller, the probes). IAM, KMS, EC2, Organizations and S3 Control serve the collection alone, so
 * their clients are made on their first request, from modules imported at that moment (`lazyClient`):
 * an allowed preflight never loads them, and the bundle keeps them in chunks of their own. EC2's
 * client is our own (./ec2-query.ts): the SDK's would add more memory than all the others together.
 *
 * The S3 client computes no flexible checksum (`requestChecksumCalculation: 'WHEN_REQUIRED'`): the
 * write probe's deliberately wrong Content-MD5 must be the only integrity value it sends (see the
 * module comment of ./probe.ts), S3-compatible servers refuse the default aws-chunked CRC32 trailers
 * with 411, and the doctor sends no other body. Responses are not checksummed either
 * (`responseChecksumValidation: 'WHEN_REQUIRED'`): the read probe takes one byte of an object, and
 * the collector reads no object body. https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html
 */


const USER_AGENT = 's3-403-doctor';
function common(options, withEndpoint) {
    const config = {
        // Organizations and IAM are global; the SDK still needs a region to sign.
        region: options.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
        customUserAgent: USER_AGENT,
        // We retry ourselves (with jitter, a deadline, and a swappable sleep for tests).
        maxAttempts: 1
    };
    if (options.credentials !== undefined)
        config.credentials = options.credentials;
    if (withEndpoint && options.endpointUrl !== undefined)
        config.endpoint = options.endpointUrl;
    if (options.requestTimeoutMs !== undefined) {
        config.requestHandler = { requestTimeout: options.requestTimeoutMs, connectionTimeout: options.requestTimeoutMs };
    }
    return config;
}
/**
 * A client made on its first `send`, from a module imported then. It answers `send` and `destroy`,
 * which is all the collector uses; `loaded` tells tests and the bench whether it was ever made.
 */
function lazyClient(make) {
    let made;
    const lazy = {
        get loaded() {
            return made !== undefined;
        },
        send(command, options) {
            made ??= make();
            return made.then((client) => client.send(command, options));
        },
        destroy() {
            void made?.then((client) => client.destroy(), () => undefined);
        }
    };
    return lazy;
}
/** The S3 client's configuration (exported for the probe's request-capture test). */
function s3Config(options) {
    const local = options.endpointUrl !== undefined;
    return {
        ...common(options, true),
        forcePathStyle: local,
        // A bucket in another Region: follow S3's 301 instead of failing with PermanentRedirect.
        followRegionRedirects: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED'
    };
}
/** The modules only the collection needs, each imported once, on demand. */
const collectionModules = {
    s3control: () => __webpack_require__.e(/* import() */ 619).then(__webpack_require__.t.bind(__webpack_require__, 2619, 19)),
    iam: () => __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19)),
    kms: () => __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19)),
    organizations: () => __webpack_require__.e(/* import() */ 503).then(__webpack_require__.t.bind(__webpack_require__, 2503, 19)),
    // Not @aws-sdk/client-ec2, which would add about 35 MB of peak RSS: EC2's two read calls over its
    // Query API, from modules S3 and STS have loaded already (./ec2-query.ts).
    ec2: () => __webpack_require__.e(/* import() */ 825).then(__webpack_require__.bind(__webpack_require__, 3825))
};
/**
 * Starts importing the collection's client modules (and nothing else: no client, no request), for
 * a run that will collect for sure (mode diagnose): they load while the credentials are being
 * resolved instead of on the collection's critical path. EC2 only when a VPC endpoint is named.
 */
function preloadCollectionClients(options) {
    const names = Object.keys(collectionModules).filter((name) => name !== 'ec2' || options.ec2);
    return Promise.all(names.map((name) => collectionModules[name]())).then(() => undefined);
}
function createClients(options = {}) {
    // S3-compatible servers (Ceph RGW) serve S3, STS and IAM on one endpoint; the others stay AWS's.
    const local = options.endpointUrl !== undefined;
    return {
        s3: new client_s3_dist_cjs/* S3Client */.YxF(s3Config(options)),
        sts: new client_sts_dist_cjs/* STSClient */.iM(common(options, local)),
        s3control: lazyClient(async () => new (await collectionModules.s3control()).S3ControlClient(s3ControlConfig(options, local))),
        iam: lazyClient(async () => new (await collectionModules.iam()).IAMClient(common(options, local))),
        kms: lazyClient(async () => new (await collectionModules.kms()).KMSClient(common(options, local))),
        ec2: lazyClient(async () => new (await collectionModules.ec2()).Ec2QueryClient(common(options, local))),
        organizations: lazyClient(async () => new (await collectionModules.organizations()).OrganizationsClient(common(options, local)))
    };
}
/**
 * S3 Control's endpoint rules put the account id in front of the host (`123456789012.127.0.0.1`,
 * an invalid URL, which `disableHostPrefix` does not undo): with a custom endpoint the endpoint is
 * given as a fixed `endpointProvider` instead.
 */
function s3ControlConfig(options, local) {
    const config = common(options, false);
    if (!local || options.endpointUrl === undefined)
        return config;
    const url = options.endpointUrl;
    return { ...config, endpointProvider: () => ({ url: new URL(url) }) };
}

// EXTERNAL MODULE: ./src/live/context.ts
var context = __webpack_require__(2749);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/evaluate/engine.ts + 5 modules
var engine = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/fix/index.ts + 11 modules
var fix = __webpack_require__(9426);
// EXTERNAL MODULE: ./src/live/access-denied.ts
var access_denied = __webpack_require__(5974);
// EXTERNAL MODULE: ./src/conditions/index.ts + 7 modules
var src_conditions = __webpack_require__(4219);
// EXTERNAL MODULE: ./src/context/types.ts
var types = __webpack_require__(9910);
// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/evaluate/statement.ts
var evaluate_statement = __webpack_require__(4205);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/live/retry.ts
var live_retry = __webpack_require__(9411);
;// CONCATENATED MODULE: ./src/live/oidc.ts
/**
 * When assuming the role fails: what the GitHub OIDC token says, what a trust policy usually
 * compares, the exact `sub` this run presents, a trust statement that would admit it, and (when
 * the trust policy could be read with other credentials) the trust policy evaluated with the
 * token's claims as the request context.
 *
 * The token is decoded without verifying its signature: for diagnosis only, never to decide
 * anything. Nothing here returns the token or its signature.
 *
 * - GitHub's claims, the default `sub` forms and the immutable `repo:owner@id/name@id:...` form:
 *   https://docs.github.com/actions/reference/openid-connect-reference and
 *   https://github.blog/changelog/2026-04-23-immutable-subject-claims-for-github-actions-oidc-tokens/
 * - The trust policy AWS documents for GitHub (`:aud` = sts.amazonaws.com, `:sub` compared with
 *   StringEquals or StringLike): https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 * - Condition keys a web identity request carries (`<issuer host>:sub`, `:aud`, aws:FederatedProvider):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 * - Fork pull requests get no secrets and a read-only GITHUB_TOKEN (so no id-token: write):
 *   https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication
 */







const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
class MalformedTokenError extends Error {
    name = 'MalformedTokenError';
}
const STRING_CLAIMS = [
    'iss',
    'sub',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'ref',
    'ref_type',
    'environment',
    'job_workflow_ref',
    'workflow_ref',
    'event_name',
    'actor'
];
/**
 * Decodes a JWT's payload without verifying it (diagnosis only). Throws `MalformedTokenError`,
 * whose message never contains the token.
 */
function decodeJwtClaims(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || parts.some((part) => part === '')) {
        throw new MalformedTokenError(`not a JWT: expected three dot-separated parts, got ${parts.length}`);
    }
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw new MalformedTokenError('not a JWT: the payload is not base64url-encoded JSON');
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        throw new MalformedTokenError('not a JWT: the payload is not a JSON object');
    }
    const all = payload;
    const claims = { all };
    for (const name of STRING_CLAIMS) {
        const value = all[name];
        if (typeof value === 'string')
            claims[name] = value;
        else if (typeof value === 'number')
            claims[name] = String(value);
    }
    const aud = all['aud'];
    if (typeof aud === 'string')
        claims.aud = aud;
    else if (Array.isArray(aud) && aud.every((value) => typeof value === 'string'))
        claims.aud = aud;
    if (typeof all['exp'] === 'number')
        claims.exp = all['exp'];
    if (typeof all['iat'] === 'number')
        claims.iat = all['iat'];
    return claims;
}
const SUBJECT = /^repo:([^/@:]+)(?:@(\d+))?\/([^:@]+)(?:@(\d+))?:(.*)$/;
function parseSubject(sub) {
    const match = SUBJECT.exec(sub);
    if (match === null) {
        return { sub, repository: null, ownerId: null, repositoryId: null, immutable: false, context: 'custom', value: null };
    }
    const [, owner, ownerId, name, repositoryId, rest = ''] = match;
    const info = {
        sub,
        repository: `${owner}/${name}`,
        ownerId: ownerId ?? null,
        repositoryId: repositoryId ?? null,
        immutable: ownerId !== undefined || repositoryId !== undefined,
        context: 'custom',
        value: null
    };
    if (rest.startsWith('environment:') && !rest.slice('environment:'.length).includes(':')) {
        info.context = 'environment';
        info.value = rest.slice('environment:'.length);
    }
    else if (rest.startsWith('ref:') && !/:(?:job_workflow_ref|context|workflow|actor|environment):/.test(rest)) {
        info.context = 'ref';
        info.value = rest.slice('ref:'.length);
    }
    else if (rest === 'pull_request') {
        info.context = 'pull_request';
    }
    return info;
}
/** The `sub` GitHub's default template gives for these claims (null when the claims are too few). */
function defaultSubject(claims) {
    if (claims.repository === undefined)
        return null;
    const subject = claims.sub !== undefined ? parseSubject(claims.sub) : null;
    const repo = subject?.immutable === true && claims.repository_owner_id !== undefined && claims.repository_id !== undefined
        ? `${claims.repository.split('/')[0]}@${claims.repository_owner_id}/${claims.repository.split('/')[1]}@${claims.repository_id}`
        : claims.repository;
    if (claims.environment !== undefined)
        return `repo:${repo}:environment:${claims.environment}`;
    if (claims.event_name === 'pull_request')
        return `repo:${repo}:pull_request`;
    if (claims.ref !== undefined)
        return `repo:${repo}:ref:${claims.ref}`;
    return null;
}
/** The condition-key prefix a web identity request carries: the issuer URL without its scheme. */
function issuerKeyPrefix(claims) {
    const iss = claims?.iss ?? GITHUB_ISSUER;
    return iss.replace(/^https:\/\//, '').replace(/\/$/, '');
}
function roleAccount(roleArn) {
    const parts = roleArn.split(':');
    return { partition: parts[1] ?? 'aws', account: parts[4] ?? '' };
}
/** The OIDC provider ARN the role's account must have for this issuer. */
function providerArn(roleArn, claims) {
    const { partition, account } = roleAccount(roleArn);
    return `arn:${partition}:iam::${account}:oidc-provider/${issuerKeyPrefix(claims)}`;
}
function audiences(claims, fallback) {
    const aud = claims?.aud;
    if (aud === undefined)
        return [fallback];
    return typeof aud === 'string' ? [aud] : aud;
}
/** A trust policy statement that admits exactly this run's token (least privilege: the exact `sub`). */
function suggestTrustStatement(roleArn, claims, audience) {
    if (claims?.sub === undefined)
        return null;
    const prefix = issuerKeyPrefix(claims);
    const aud = audiences(claims, audience);
    return {
        Sid: 'GitHubActionsOidc',
        Effect: 'Allow',
        Principal: { Federated: providerArn(roleArn, claims) },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: {
                [`${prefix}:aud`]: aud.length === 1 ? aud[0] : aud,
                [`${prefix}:sub`]: claims.sub
            }
        }
    };
}
function contextFor(request, roleArn) {
    const context = new types/* RequestContext */.b();
    const put = (key, value) => {
        context.set({ key, values: Array.isArray(value) ? value : [value], multiValued: Array.isArray(value), origin: 'given' });
    };
    if (request.roleSessionName !== undefined)
        put('sts:RoleSessionName', request.roleSessionName);
    if (request.kind === 'web-identity') {
        const prefix = issuerKeyPrefix(request.claims);
        for (const [name, value] of Object.entries(request.claims.all)) {
            if (typeof value === 'string')
                put(`${prefix}:${name}`, value);
            else if (typeof value === 'number' || typeof value === 'boolean')
                put(`${prefix}:${name}`, String(value));
            else if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
                put(`${prefix}:${name}`, value);
        }
        put('aws:FederatedProvider', providerArn(roleArn, request.claims));
    }
    else {
        const caller = (0,principal/* parseCaller */.F7)(request.callerArn, request.identityArn);
        const arn = (0,principal/* principalArn */.EJ)(caller);
        if (arn !== undefined)
            put('aws:PrincipalArn', arn);
        const account = (0,principal/* callerAccount */.Xr)(caller);
        if (account !== undefined)
            put('aws:PrincipalAccount', account);
    }
    return context;
}
function webIdentityPrincipal(statement, provider) {
    const spec = statement.principal;
    if (spec === null)
        return false;
    if (spec.wildcard)
        return !spec.negated;
    const named = spec.Federated.some((value) => value === '*' || value === provider);
    return spec.negated ? !named : named;
}
/**
 * Evaluates a role's trust policy for this AssumeRoleWithWebIdentity (with the token's claims as
 * context) or AssumeRole (with the caller as principal). Throws PolicyError for a document that
 * does not parse.
 */
function evaluateTrustPolicy(document, request, roleArn) {
    const policy = (0,parse/* parsePolicy */.O)(document, 'trustPolicy');
    const context = contextFor(request, roleArn);
    const action = request.kind === 'web-identity' ? 'sts:AssumeRoleWithWebIdentity' : 'sts:AssumeRole';
    const provider = request.kind === 'web-identity' ? providerArn(roleArn, request.claims) : '';
    const caller = request.kind === 'assume-role' ? (0,principal/* parseCaller */.F7)(request.callerArn, request.identityArn) : { kind: 'anonymous' };
    const authorization = { action, resource: roleArn, caller, context, hasBoundary: false };
    const statements = [];
    for (const statement of policy.statements) {
        const actionMatched = statement.action.negated
            ? !statement.action.values.some((pattern) => (0,evaluate_statement/* matchesAction */.ch)(pattern, action))
            : statement.action.values.some((pattern) => (0,evaluate_statement/* matchesAction */.ch)(pattern, action));
        let principalMatched;
        let conditions;
        let applies;
        if (request.kind === 'web-identity') {
            principalMatched = webIdentityPrincipal(statement, provider);
            conditions = [];
            let failedAt = -1;
            for (const clause of statement.conditions) {
                const trace = (0,src_conditions/* evaluateCondition */.F9)(clause, context, policy.version);
                conditions.push(trace);
                if (!trace.matched) {
                    failedAt = conditions.length - 1;
                    break;
                }
            }
            applies = actionMatched && principalMatched && failedAt === -1;
        }
        else {
            const result = (0,evaluate_statement/* evaluateStatement */.l9)(statement, policy.version, authorization, 'resource');
            principalMatched = result.trace.principal?.matched ?? false;
            conditions = result.trace.conditions;
            if (!principalMatched || !actionMatched) {
                // Show the conditions even when the principal did not match: they are what the reader edits next.
                conditions = statement.conditions.map((clause) => (0,src_conditions/* evaluateCondition */.F9)(clause, context, policy.version));
            }
            applies = result.trace.applies;
        }
        statements.push({
            label: statement.label,
            effect: statement.effect,
            applies,
            actionMatched,
            principalMatched,
            conditions,
            failed: conditions.filter((trace) => !trace.matched)
        });
    }
    const deny = statements.find((result) => result.applies && result.effect === 'Deny');
    const allow = statements.find((result) => result.applies && result.effect === 'Allow');
    const decision = deny !== undefined ? 'explicit-deny' : allow !== undefined ? 'allow' : 'implicit-deny';
    return { decision, statements, summary: summarize(decision, statements, request, action, provider, deny ?? allow) };
}
function quote(values) {
    if (values === null)
        return '(absent from the request)';
    return values.map((value) => (value === null ? '(unresolved variable)' : `"${value}"`)).join(', ');
}
function summarize(decision, statements, request, action, provider, deciding) {
    if (decision === 'explicit-deny')
        return `Statement ${deciding?.label} denies ${action} for this ${request.kind === 'web-identity' ? 'token' : 'caller'}.`;
    if (decision === 'allow') {
        return `Statement ${deciding?.label} of the trust policy admits this ${request.kind === 'web-identity' ? 'token' : 'caller'}: the failure has another cause (the role's identity, the OIDC provider's audiences, or an SCP on sts:${action.slice(4)}).`;
    }
    const candidates = statements.filter((result) => result.effect === 'Allow' && result.actionMatched);
    if (candidates.length === 0)
        return `No Allow statement of the trust policy names ${action}.`;
    const named = candidates.filter((result) => result.principalMatched);
    if (named.length === 0) {
        return request.kind === 'web-identity'
            ? `No Allow statement for ${action} names the provider ${provider} as its Federated principal (it must be in the role's own account).`
            : `No Allow statement for ${action} names ${request.callerArn} (or its role or account) as its principal.`;
    }
    const reasons = named.map((result) => {
        const failed = result.failed[0];
        if (failed === undefined)
            return `statement ${result.label}: no condition failed`;
        return `statement ${result.label}: ${failed.operator} on ${failed.key} expects ${quote(failed.policyValues)}, this request has ${quote(failed.requestValues)}`;
    });
    return `The trust policy does not admit this request: ${reasons.join('; ')}.`;
}
function classify(info, webIdentity) {
    const message = info.message;
    const code = info.code ?? '';
    if (/No OpenIDConnect provider found/i.test(message)) {
        return { cause: 'no-oidc-provider', summary: 'The role’s account has no IAM OIDC identity provider for this token’s issuer.' };
    }
    if (/Incorrect token audience/i.test(message)) {
        return { cause: 'audience', summary: 'The token’s audience (aud) is not one of the client IDs of the account’s OIDC provider.' };
    }
    if (/ExpiredToken/i.test(code) || /token (?:is )?expired/i.test(message)) {
        return { cause: 'token-expired', summary: 'The OIDC token expired before STS read it: request it right before AssumeRoleWithWebIdentity.' };
    }
    if (code === 'IDPCommunicationError' || /Couldn't retrieve verification key/i.test(message)) {
        return { cause: 'idp-unreachable', summary: 'STS could not reach the token issuer to verify the token: a passing fault; try again.' };
    }
    if (/MaxSessionDuration/i.test(message)) {
        return { cause: 'session-duration', summary: 'The requested session is longer than the role’s MaxSessionDuration.' };
    }
    if (code === 'RegionDisabledException') {
        return { cause: 'region-disabled', summary: 'STS is not activated in this Region for the account: use another Region or activate it in IAM account settings.' };
    }
    if (code === 'ValidationError' || /Request ARN is invalid/i.test(message)) {
        return { cause: 'invalid-role', summary: 'STS refused the request as malformed: check role-to-assume and role-session-name.' };
    }
    if (code === 'AccessDenied' || /not authorized to perform/i.test(message)) {
        const parsed = (0,access_denied/* parseAccessDenied */.r)(message, { code: info.code, status: info.status });
        if (!webIdentity && parsed.policyType === 'identity-based-policy') {
            return { cause: 'identity-policy', summary: 'The caller’s own policies do not allow sts:AssumeRole on this role.' };
        }
        return {
            cause: 'trust-policy',
            summary: webIdentity
                ? 'STS refused sts:AssumeRoleWithWebIdentity: the role’s trust policy does not admit this token (or the role does not exist: STS answers the same).'
                : 'STS refused sts:AssumeRole: the role’s trust policy does not name this caller, or the caller’s own policies do not allow sts:AssumeRole (or the role does not exist: STS answers the same).'
        };
    }
    return { cause: 'other', summary: `STS refused the request: ${info.code ?? 'error'}${message === '' ? '' : `: ${message}`}` };
}
/** Why AssumeRole / AssumeRoleWithWebIdentity failed, with the token's side of the story. */
function explainAssumeRoleFailure(error, claims, options) {
    const info = (0,live_retry/* describeAwsError */.Pp)(error);
    const webIdentity = options.callerArn === undefined;
    const { cause, summary } = classify(info, webIdentity);
    const subject = claims?.sub !== undefined ? parseSubject(claims.sub) : null;
    const prefix = issuerKeyPrefix(claims);
    const notes = [];
    const diagnosis = {
        cause,
        summary,
        error: info,
        claims,
        subject,
        expectedSub: claims?.sub ?? null,
        comparedClaims: webIdentity ? [`${prefix}:sub`, `${prefix}:aud`] : ['aws:PrincipalArn', 'sts:ExternalId'],
        suggestedTrustStatement: null,
        notes
    };
    if (webIdentity) {
        diagnosis.suggestedTrustStatement = suggestTrustStatement(options.roleArn, claims, options.audience);
        if (claims !== null) {
            const aud = audiences(claims, options.audience);
            if (!aud.includes(options.audience))
                notes.push(`The token's aud is ${aud.join(', ')}, not the audience input "${options.audience}".`);
            if (!aud.includes('sts.amazonaws.com')) {
                notes.push('AWS’s documented GitHub setup uses the audience sts.amazonaws.com: the OIDC provider’s client IDs and the trust policy’s :aud condition must list this token’s aud.');
            }
        }
        if (subject !== null) {
            if (subject.immutable) {
                notes.push(`This token uses GitHub's immutable subject (owner and repository with @id): a trust policy written for "repo:${subject.repository}:..." no longer matches it. Compare against "${subject.sub}", or list both forms.`);
            }
            if (subject.context === 'environment') {
                notes.push(`The job runs in environment "${subject.value}", so the sub ends in ":environment:${subject.value}", not in the branch ref: a condition on "repo:${subject.repository}:ref:refs/heads/..." does not match.`);
            }
            else if (subject.context === 'pull_request') {
                notes.push('Workflows triggered by pull_request present "...:pull_request" as the sub, with no branch in it.');
            }
            else if (subject.context === 'custom') {
                notes.push('This sub does not follow the default template: the repository or organization customized its OIDC subject claim; the trust policy must match the customized form.');
            }
            const standard = claims === null ? null : defaultSubject(claims);
            if (standard !== null && standard !== subject.sub && subject.context !== 'custom') {
                notes.push(`The default template would give "${standard}".`);
            }
        }
    }
    else if (options.callerIdentityArn !== undefined) {
        diagnosis.suggestedTrustStatement = {
            Sid: 'AllowCallerToAssume',
            Effect: 'Allow',
            Principal: { AWS: options.callerIdentityArn },
            Action: 'sts:AssumeRole'
        };
    }
    if (options.trustPolicy !== undefined) {
        try {
            const request = webIdentity
                ? { kind: 'web-identity', claims: claims ?? { all: {} }, ...(options.roleSessionName !== undefined ? { roleSessionName: options.roleSessionName } : {}) }
                : {
                    kind: 'assume-role',
                    callerArn: options.callerArn,
                    ...(options.callerIdentityArn !== undefined ? { identityArn: options.callerIdentityArn } : {}),
                    ...(options.roleSessionName !== undefined ? { roleSessionName: options.roleSessionName } : {})
                };
            diagnosis.evaluation = evaluateTrustPolicy(options.trustPolicy, request, options.roleArn);
        }
        catch (problem) {
            notes.push(`The trust policy could not be evaluated: ${problem instanceof Error ? problem.message : String(problem)}`);
        }
    }
    else if (options.trustPolicyError !== undefined) {
        notes.push(`The trust policy could not be read (${options.trustPolicyError}): give reader-role-to-assume a role allowed iam:GetRole on ${options.roleArn} to have it evaluated.`);
    }
    return diagnosis;
}
function isForkPullRequest(event) {
    const payload = typeof event === 'object' && event !== null ? event : null;
    const pr = payload?.['pull_request'];
    if (typeof pr !== 'object' || pr === null)
        return false;
    const head = pr['head'];
    const base = pr['base'];
    const headRepo = head?.['repo'];
    const baseRepo = base?.['repo'];
    if (headRepo === null)
        return true; // the fork was deleted
    if (headRepo?.['fork'] === true)
        return true;
    const headName = headRepo?.['full_name'];
    const baseName = baseRepo?.['full_name'];
    return typeof headName === 'string' && typeof baseName === 'string' && headName !== baseName;
}
/**
 * Why this job has no OIDC token (or could not get one). `event` is the parsed GITHUB_EVENT_PATH
 * payload, when the caller read it.
 */
function explainMissingToken(env, event, failure) {
    if (env['GITHUB_ACTIONS'] !== 'true') {
        return {
            cause: 'not-github-actions',
            summary: 'Not running in GitHub Actions, so there is no OIDC token to exchange: give base credentials (environment, profile) for role-to-assume, or run inside a workflow.'
        };
    }
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    if (eventName.startsWith('pull_request') && eventName !== 'pull_request_target' && isForkPullRequest(event)) {
        return {
            cause: 'fork-pull-request',
            summary: 'This run comes from a pull request opened from a fork: GitHub gives such runs a read-only GITHUB_TOKEN, no id-token: write, and no secrets, so no AWS credentials can be had. Probe after the merge, or from a workflow_run triggered by this one; pull_request_target has secrets but runs with the base branch’s trust, so never check out and run the fork’s code there.'
        };
    }
    if (env['GITHUB_ACTOR'] === 'dependabot[bot]') {
        return {
            cause: 'dependabot',
            summary: 'Runs triggered by Dependabot are treated like fork pull requests: a read-only GITHUB_TOKEN, no id-token: write and no Actions secrets (only Dependabot secrets).'
        };
    }
    if (env['ACTIONS_ID_TOKEN_REQUEST_URL'] === undefined || env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] === undefined) {
        return {
            cause: 'missing-id-token-permission',
            summary: 'The job has no OIDC token: add `permissions: id-token: write` to the job (a permissions block that omits it turns it off; a reusable workflow needs it granted by its caller too). contents: read stays needed for checkout.'
        };
    }
    const reason = failure === undefined ? '' : `: ${(0,live_retry/* describeAwsError */.Pp)(failure).message}`;
    return { cause: 'token-request-failed', summary: `GitHub did not issue an OIDC token${reason}` };
}

;// CONCATENATED MODULE: ./src/live/credentials.ts
/**
 * Credentials and the principal. First the default AWS credential chain (what
 * aws-actions/configure-aws-credentials leaves in the environment, a profile, web identity
 * variables); with `role-to-assume`, STS AssumeRoleWithWebIdentity with the job's GitHub OIDC token
 * when the job can have one, else AssumeRole with the base credentials. The principal comes first
 * thing, in the same round trip: without a role, GetCallerIdentity (it needs no permission and
 * works even under an explicit deny); with one, the assume's own AssumedRoleUser (the session ARN
 * GetCallerIdentity would return), while GetCallerIdentity of the base credentials runs beside the
 * AssumeRole, for the diagnosis of a failed assume (who tried, and whether their keys are good).
 *
 * Every secret (access keys, session tokens, the OIDC token) goes to `setSecret` (GitHub masks it
 * in the log) before anything could print it, and every message this module returns is scrubbed
 * of them again.
 *
 * - GetCallerIdentity needs no permission: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 * - AssumeRoleWithWebIdentity: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 * - AssumeRole: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */




/** The role (or user) behind a caller ARN. The role's path is unknown without IAM (iam:GetRole): it is left out. */
function identityArnOf(arn) {
    const match = /^arn:([^:]+):sts::(\d*):assumed-role\/([^/]+)\/.+$/.exec(arn);
    if (match !== null)
        return `arn:${match[1]}:iam::${match[2]}:role/${match[3]}`;
    if (/^arn:[^:]+:iam::\d*:(user\/.+|root)$/.test(arn))
        return arn;
    // federated-user/NAME: the IAM user that called GetFederationToken is not in the ARN.
    return undefined;
}
/**
 * Who these credentials are, as STS says. `identityArn` is `arn:aws:iam::A:role/NAME` for a
 * session: without iam:GetRole the role's path is unknown, and is left out.
 */
async function getCallerIdentity(sts, source = 'unknown', retry = {}) {
    const output = await (0,live_retry/* withRetry */.bD)(({ signal }) => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}), { abortSignal: signal }), retry);
    const arn = output.Arn;
    const account = output.Account;
    const userId = output.UserId;
    if (arn === undefined || account === undefined || userId === undefined) {
        throw new Error(`malformed GetCallerIdentity response: missing ${[arn === undefined ? 'Arn' : '', account === undefined ? 'Account' : '', userId === undefined ? 'UserId' : ''].filter(Boolean).join(', ')}`);
    }
    const caller = { arn, account, userId, source };
    const identity = identityArnOf(arn);
    if (identity !== undefined)
        caller.identityArn = identity;
    return caller;
}
/** Replaces every secret in a text by `***` (longest first, so a secret inside another cannot leak). */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out;
}
class Secrets {
    setSecret;
    values = [];
    constructor(setSecret) {
        this.setSecret = setSecret;
    }
    add(value) {
        if (value === undefined || value === '' || this.values.includes(value))
            return;
        this.values.push(value);
        this.setSecret(value);
    }
    credentials(credentials) {
        this.add(credentials.accessKeyId);
        this.add(credentials.secretAccessKey);
        this.add(credentials.sessionToken);
    }
    scrub(info) {
        return { ...info, message: redact(info.message, this.values) };
    }
}
function sourceFromEnv(env) {
    if (env['AWS_ACCESS_KEY_ID'] !== undefined || env['AWS_PROFILE'] !== undefined)
        return 'environment';
    if (env['AWS_WEB_IDENTITY_TOKEN_FILE'] !== undefined && env['AWS_ROLE_ARN'] !== undefined)
        return 'assume-role-with-web-identity';
    return 'unknown';
}
function oidcAvailable(env) {
    return env['ACTIONS_ID_TOKEN_REQUEST_URL'] !== undefined && env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] !== undefined;
}
function failedCallerIdentity(error, secrets, what, deps) {
    const info = secrets.scrub((0,live_retry/* describeAwsError */.Pp)(error));
    const failure = {
        kind: 'caller-identity',
        summary: `Could not learn who ${what} are (sts:GetCallerIdentity): ${info.code ?? 'error'}${info.message === '' ? '' : `: ${info.message}`}`,
        error: info
    };
    const parsed = (0,access_denied/* parseAccessDenied */.r)(info.message, { code: info.code, status: info.status });
    if (parsed.nonAuthorization !== undefined) {
        failure.nonAuthorization = parsed.nonAuthorization;
        failure.summary += ` — ${parsed.nonAuthorization.explanation}`;
    }
    if (info.kind === 'credentials') {
        const missing = explainMissingToken(deps.env, deps.event);
        failure.kind = missing.cause === 'fork-pull-request' || missing.cause === 'dependabot' ? missing.cause : 'no-credentials';
        failure.summary =
            failure.kind === 'no-credentials'
                ? `No AWS credentials were found (${info.message}): run aws-actions/configure-aws-credentials first, or give role-to-assume with permissions id-token: write.`
                : `No AWS credentials were found: ${missing.summary}`;
    }
    return failure;
}
const SESSION_SECONDS = 3600;
/**
 * Resolves the credentials the doctor runs with and reports the principal. Never throws for an AWS
 * error: a failure comes back as `{ kind: 'failed' }` with everything known about it.
 */
async function resolveCredentials(settings, deps) {
    const secrets = new Secrets(deps.setSecret);
    const env = deps.env;
    secrets.add(env['AWS_ACCESS_KEY_ID']);
    secrets.add(env['AWS_SECRET_ACCESS_KEY']);
    secrets.add(env['AWS_SESSION_TOKEN']);
    const retry = deps.retry ?? {};
    let base;
    let baseError;
    if (deps.defaultCredentials !== undefined) {
        try {
            base = await deps.defaultCredentials();
            secrets.credentials(base);
        }
        catch (error) {
            baseError = error;
        }
    }
    const role = settings.roleToAssume;
    if (role === undefined) {
        if (deps.defaultCredentials !== undefined && base === undefined) {
            return { kind: 'failed', failure: failedCallerIdentity(baseError, secrets, 'these credentials', deps) };
        }
        try {
            const caller = await getCallerIdentity(deps.sts(base), sourceFromEnv(env), retry);
            return { kind: 'resolved', credentials: base, caller };
        }
        catch (error) {
            return { kind: 'failed', failure: failedCallerIdentity(error, secrets, 'these credentials', deps) };
        }
    }
    if (oidcAvailable(env))
        return assumeWithWebIdentity(role, settings, deps, secrets);
    if (base === undefined && deps.defaultCredentials !== undefined) {
        const missing = explainMissingToken(env, deps.event);
        return { kind: 'failed', failure: { kind: missing.cause, summary: `Cannot assume ${role}: ${missing.summary}`, roleArn: role } };
    }
    return assumeWithBase(role, base, settings, deps, secrets);
}
async function readTrust(deps, role, secrets) {
    if (deps.readTrustPolicy === undefined)
        return {};
    try {
        return { trustPolicy: await deps.readTrustPolicy(role) };
    }
    catch (error) {
        const info = secrets.scrub((0,live_retry/* describeAwsError */.Pp)(error));
        return { trustPolicyError: `${info.code ?? 'error'}${info.message === '' ? '' : `: ${info.message}`}` };
    }
}
async function assumeWithWebIdentity(role, settings, deps, secrets) {
    let token;
    try {
        token = await deps.getIDToken(settings.audience);
    }
    catch (error) {
        const missing = explainMissingToken(deps.env, deps.event, error);
        return { kind: 'failed', failure: { kind: missing.cause, summary: redact(`Could not get an OIDC token to assume ${role}: ${missing.summary}`, secrets.values), roleArn: role } };
    }
    secrets.add(token);
    let claims = null;
    let claimsProblem = null;
    try {
        claims = decodeJwtClaims(token);
    }
    catch (error) {
        claimsProblem = error instanceof Error ? error.message : String(error);
    }
    const retry = deps.retry ?? {};
    try {
        const sts = deps.sts();
        const output = await (0,live_retry/* withRetry */.bD)(({ signal }) => sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({ RoleArn: role, RoleSessionName: settings.roleSessionName, WebIdentityToken: token, DurationSeconds: SESSION_SECONDS }), { abortSignal: signal }), retry);
        const credentials = toIdentity(output.Credentials, 'AssumeRoleWithWebIdentity');
        secrets.credentials(credentials);
        const caller = await callerAfterAssume(() => deps.sts(credentials), output.AssumedRoleUser, 'assume-role-with-web-identity', retry);
        return { kind: 'resolved', credentials, caller };
    }
    catch (error) {
        const info = secrets.scrub((0,live_retry/* describeAwsError */.Pp)(error));
        const trust = await readTrust(deps, role, secrets);
        const diagnosis = explainAssumeRoleFailure(info, claims, {
            roleArn: role,
            audience: settings.audience,
            roleSessionName: settings.roleSessionName,
            ...trust
        });
        if (claimsProblem !== null)
            diagnosis.notes.push(`The OIDC token's claims could not be read: ${claimsProblem}.`);
        return {
            kind: 'failed',
            failure: {
                kind: 'assume-role-with-web-identity',
                summary: redact(`Could not assume ${role} with the GitHub OIDC token: ${diagnosis.summary}`, secrets.values),
                roleArn: role,
                error: info,
                diagnosis
            }
        };
    }
}
async function assumeWithBase(role, base, settings, deps, secrets) {
    const retry = deps.retry ?? {};
    const baseSts = deps.sts(base);
    // Who is asking, at the same time as the AssumeRole (not before it: one round trip, not two).
    // Only a failed assume needs it; a successful one names its session itself.
    const asking = getCallerIdentity(baseSts, sourceFromEnv(deps.env), retry).then((caller) => ({ caller }), (error) => ({ error }));
    let output;
    let credentials;
    try {
        output = await (0,live_retry/* withRetry */.bD)(({ signal }) => baseSts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: role, RoleSessionName: settings.roleSessionName, DurationSeconds: SESSION_SECONDS }), { abortSignal: signal }), retry);
        credentials = toIdentity(output.Credentials, 'AssumeRole');
        secrets.credentials(credentials);
    }
    catch (error) {
        const who = await asking;
        if ('error' in who) {
            const info = (0,live_retry/* describeAwsError */.Pp)(who.error);
            if (info.kind === 'credentials') {
                // No base credentials and no OIDC token: say why there is no token.
                const missing = explainMissingToken(deps.env, deps.event);
                return { kind: 'failed', failure: { kind: missing.cause, summary: `Cannot assume ${role}: ${missing.summary}`, roleArn: role } };
            }
            // A server without GetCallerIdentity (Ceph RGW: 405) says nothing about the credentials: the assume's own failure is the story.
            if (!callerIdentityUnsupported(info))
                return { kind: 'failed', failure: { ...failedCallerIdentity(who.error, secrets, 'the base credentials', deps), roleArn: role } };
        }
        const caller = 'caller' in who ? who.caller : undefined;
        const info = secrets.scrub((0,live_retry/* describeAwsError */.Pp)(error));
        const trust = await readTrust(deps, role, secrets);
        const diagnosis = explainAssumeRoleFailure(info, null, {
            roleArn: role,
            audience: settings.audience,
            roleSessionName: settings.roleSessionName,
            ...(caller !== undefined ? { callerArn: caller.arn } : {}),
            ...(caller?.identityArn !== undefined ? { callerIdentityArn: caller.identityArn } : {}),
            ...trust
        });
        return {
            kind: 'failed',
            failure: {
                kind: 'assume-role',
                summary: redact(`${caller?.arn ?? 'These credentials'} could not assume ${role}: ${diagnosis.summary}`, secrets.values),
                roleArn: role,
                error: info,
                ...(caller !== undefined ? { caller } : {}),
                diagnosis
            }
        };
    }
    const caller = await callerAfterAssume(() => deps.sts(credentials), output.AssumedRoleUser, 'assume-role', retry);
    return { kind: 'resolved', credentials, caller };
}
/** GetCallerIdentity not implemented by the endpoint (an S3-compatible server), as opposed to bad credentials. */
function callerIdentityUnsupported(info) {
    if (info.code !== null && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied|InvalidAccessKeyId/i.test(info.code))
        return false;
    return info.status === 405 || info.status === 501 || (info.code !== null && /NotImplemented|MethodNotAllowed|InvalidAction|UnknownOperation|UnsupportedOperation/i.test(info.code));
}
function toIdentity(credentials, operation) {
    if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined) {
        throw Object.assign(new Error(`malformed ${operation} response: no credentials in it`), { name: 'MalformedResponse' });
    }
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        ...(credentials.SessionToken !== undefined ? { sessionToken: credentials.SessionToken } : {}),
        ...(credentials.Expiration !== undefined ? { expiration: credentials.Expiration } : {})
    };
}
/**
 * The session the assume created, from its own answer: "AssumedRoleUser.Arn: the ARN of the
 * temporary security credentials that are returned from the AssumeRole action", and AssumedRoleId
 * "contains the role ID and the role session name" (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumedRoleUser.html):
 * the very Arn and UserId GetCallerIdentity would return for these credentials, so no second call
 * is made. Only an answer without it (a malformed or S3-compatible server's) costs a GetCallerIdentity.
 */
async function callerAfterAssume(sts, assumed, source, retry) {
    const arn = assumed?.Arn;
    if (arn !== undefined && /^arn:[^:]+:sts::\d*:assumed-role\/[^/]+\/.+$/.test(arn)) {
        const caller = { arn, account: arn.split(':')[4] ?? '', userId: assumed?.AssumedRoleId ?? '', source };
        const identity = identityArnOf(arn);
        if (identity !== undefined)
            caller.identityArn = identity;
        return caller;
    }
    return getCallerIdentity(sts(), source, retry);
}

;// CONCATENATED MODULE: ./src/live/probe.ts
/**
 * The probe: per operation, the cheapest request that proves or disproves access without changing
 * the bucket, and what each answer means. Every request carries the headers of the real upload
 * (ACL, SSE, KMS key, request payer, expected bucket owner), so header-dependent policy conditions
 * are exercised too. The probes are independent and are sent concurrently: one round trip for all
 * of them (two for the multipart probe and its abort, and for a canary and its deletion).
 *
 * ## Never a real key
 *
 * Every probe that could write (PutObject, CreateMultipartUpload, DeleteObject) goes to a fresh,
 * unguessable key in the same "folder" as the real key or prefix: `<folder>.s3-403-doctor-probe-<id>`,
 * `<id>` 128 random bits. The user's object is never the target of a write, even one designed to be
 * refused, because not every server refuses it: moto and some S3-compatible servers skip the
 * Content-MD5 check and store the body, and Ceph ignores `If-Match: *` on DeleteObject. The cost:
 * a policy that names exact object names (`Resource: arn:aws:s3:::bucket/builds/app.zip`, no
 * wildcard) does not cover the probe key, so the probe is denied where the real upload is allowed.
 * The offline evaluation always uses the real key, so that case shows up as a probe/snapshot
 * disagreement, and ./disagreement.ts names it (docs/doctor-permissions.md, "Probe keys").
 *
 * Whatever a server keeps anyway is removed at once, by VersionId when it gave one (a stored probe
 * body, a delete marker), and reported loudly in the probe's record; what cannot be removed is
 * `leftBehind`, which every report shows.
 *
 * ## Choosing the write probe
 *
 * A write probe must be authorized exactly as the real upload is, and then refused before anything
 * is stored. The candidates, against AWS's pages:
 *
 * - `PutObject` with `If-None-Match: *`: needs only s3:PutObject, and answers 412 when the key exists,
 *   but STORES the object when the key does not exist. Rejected: it can write.
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
 * - `PutObject` with an `If-Match` ETag no object has: never stores (412 on an ETag mismatch, 404 when
 *   the key is missing), but "you must have the s3:PutObject and s3:GetObject permissions" for it
 *   (same page): an upload-only CI role would look denied when its real upload is allowed. And both
 *   conditional headers add the s3:if-match / s3:if-none-match condition keys, which buckets that
 *   enforce conditional writes test: the probe would be judged by other rules than the real upload.
 *   Rejected: it does not ask the same authorization question.
 * - `PutObject` whose `Content-MD5` cannot match its body (the MD5 of the empty string, sent with a
 *   non-empty body): the same action, headers and condition keys as the real upload. S3 authorizes
 *   a request from its headers before it reads the body (that is what lets it refuse an
 *   `Expect: 100-continue` upload before the body is sent), and checks the body's MD5 before storing
 *   it: "If supplied, after the file has been uploaded to S3, S3 checks to ensure that the MD5 hash
 *   of the uploaded file matches the hash supplied" (PutObject, Content-MD5), answering 400
 *   BadDigest. CHOSEN. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * - `CreateMultipartUpload` aborted at once: exercises kms:GenerateDataKey on SSE-KMS buckets (the
 *   MD5 probe may be refused before S3 asks KMS for a data key; AWS does not document the order),
 *   but creates an upload, and needs s3:AbortMultipartUpload to remove it. Used for the `multipart`
 *   operation only, where the pipeline makes this very call; a failed abort is reported loudly.
 *
 * The probe's S3 client sends no flexible checksum (`requestChecksumCalculation: WHEN_REQUIRED`,
 * ./clients.ts). By default the SDK adds "a CRC32 checksum for uploads ... if you don't provide a
 * precalculated checksum value" (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/s3-checksums.html),
 * and S3 "independently calculates a checksum on the server side and validates it against the
 * provided value before durably storing the object" (https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html):
 * that CRC32 would be CORRECT for the probe body, so a server that skips Content-MD5 but checks the
 * CRC32 would store the probe. With WHEN_REQUIRED (PutObject does not require a checksum) the only
 * integrity value on the wire is the wrong Content-MD5, and the body is plain (no aws-chunked
 * trailer, which S3-compatible servers refuse with 411). A loopback test captures the exact request.
 *
 * So an unauthorized write probe gets 403 whatever the key's state; an authorized one gets 400
 * BadDigest. `canary` mode settles what the conditional probe cannot (KMS data keys, a server that
 * skips the MD5 check): it writes and deletes one small object.
 *
 * The delete probe is `DeleteObject` with `If-Match: *` ("delete only if it exists") on a fresh key
 * that does not exist: S3 answers 404 NoSuchKey (or 412) after authorizing s3:DeleteObject, and
 * deletes nothing. "Conditional delete evaluations only apply to the current version of the object"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html). A server that
 * ignores If-Match (Ceph RGW 16) deletes the missing key: nothing on an unversioned bucket, a delete
 * marker on a versioned one, which the probe then deletes by its VersionId (s3:DeleteObjectVersion).
 *
 * ## ExpectedBucketOwner
 *
 * With `expected-bucket-owner`, every probe sends `x-amz-expected-bucket-owner`; "if the account ID
 * that you provide does not match the actual owner of the bucket, the request fails with the HTTP
 * status code 403 Forbidden (access denied)" (e.g. https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html),
 * with the same bare AccessDenied as a policy denial. To tell them apart, a probe that writes nothing
 * and got 403 is sent once more without the header: an answer other than 403 proves the mismatch.
 *
 * ## What each answer means
 *
 * | probe | request | authorized (`allowed`) | refused | also |
 * | --- | --- | --- | --- | --- |
 * | HeadBucket | HEAD bucket (s3:ListBucket) | 200 | 403, no body | 404 NoSuchBucket `not-found`; 301 another Region `error` |
 * | ListObjectsV2 | the prefix, MaxKeys 1 (s3:ListBucket) | 200 | 403 | 404 NoSuchBucket `not-found` |
 * | HeadObject | HEAD key (s3:GetObject) | 200 | 403, no body: GetObject denied, or the key is missing and s3:ListBucket is not granted | 404 `not-found`: authorized, key missing |
 * | GetObject | Range bytes=0-0 (s3:GetObject, kms:Decrypt on SSE-KMS) | 200/206; 416 InvalidRange (an empty object) | 403, the message names s3:GetObject or kms:Decrypt | 404 NoSuchKey `not-found` |
 * | PutObject (conditional) | a fresh probe key, the upload's headers, wrong Content-MD5 (s3:PutObject) | 400 BadDigest: nothing stored | 403 | 400 AccessControlListNotSupported `denied` (ACLs disabled); other 400 `error` (the real upload fails the same way); 2xx `allowed`, STORED by a server that skips the MD5 check: deleted by VersionId at once |
 * | CreateMultipartUpload | a fresh probe key, the upload's headers (s3:PutObject, kms:GenerateDataKey), then AbortMultipartUpload | 200 | 403 | a failed abort: `leftBehind` with the upload id |
 * | DeleteObject (conditional) | `If-Match: *` on a fresh probe key (s3:DeleteObject) | 404 NoSuchKey or 412 `precondition-failed`: nothing deleted | 403 | 204 `allowed`, the server ignored If-Match: its delete marker is deleted by VersionId |
 * | PutObject (canary) | `<folder>.s3-403-doctor-canary-<id>`, the upload's headers | 200 | 403 | |
 * | DeleteObject (canary cleanup) | the canary, by VersionId when versioned (s3:DeleteObject / s3:DeleteObjectVersion) | 204 | 403 or error: `leftBehind`, loudly | runs even when a later step fails |
 *
 * Every probe also reports the non-authorization answers (SignatureDoesNotMatch, ExpiredToken,
 * RequestTimeTooSkewed... see ./access-denied.ts) as `error`, never as `denied`. Throttling and 5xx
 * are retried (./retry.ts); a timeout is reported with status null.
 */



/** The MD5 of the empty string: sent with a non-empty body, it can never match. */
const WRONG_CONTENT_MD5 = '1B2M2Y8AsgTpgAmY7PhCfg==';
const PROBE_BODY = 's3-403-doctor write probe: its Content-MD5 is deliberately wrong, so S3 refuses to store it.\n';
/** Where probe and canary keys go: the prefix, or the key's "directory". */
function probeBase(plan) {
    if (plan.prefix !== undefined)
        return plan.prefix;
    if (plan.key !== undefined)
        return plan.key.slice(0, plan.key.lastIndexOf('/') + 1);
    return '';
}
function canaryKey(plan, id) {
    return `${probeBase(plan)}.s3-403-doctor-canary-${id}`;
}
function probeKey(plan, id) {
    return `${probeBase(plan)}.s3-403-doctor-probe-${id}`;
}
/** Whether a key is one the doctor's probes or canary write (and never the user's). */
function isProbeKey(key) {
    return /\.s3-403-doctor-(probe|canary)-[A-Za-z0-9]+$/.test(key);
}
/** The answers every probe shares: no response, throttling, 5xx, wrong Region, no bucket, non-authorization 403s. */
function probe_common(info, operation) {
    if (info.status === null) {
        const what = info.kind === 'timeout' ? 'timed out' : info.kind === 'network' ? 'could not reach the endpoint' : info.kind === 'credentials' ? 'had no credentials' : 'failed before any answer';
        return { outcome: 'error', meaning: `${operation} ${what}: nothing is known about access.` };
    }
    if (info.code === 'NoSuchBucket')
        return { outcome: 'not-found', meaning: 'The bucket does not exist (in this partition): check the bucket name.' };
    if (info.status === 301 || info.code === 'PermanentRedirect' || info.code === 'AuthorizationHeaderMalformed' || info.code === 'IllegalLocationConstraintException') {
        return { outcome: 'error', meaning: 'The bucket is in another Region than the client’s: set region to the bucket’s Region and probe again.' };
    }
    if (info.status === 429 || (info.status >= 500 && info.status !== 501)) {
        return { outcome: 'error', meaning: `S3 kept answering ${info.status} ${info.code ?? ''} after the retries: nothing is known about access.`.replace(' .', '.') };
    }
    if (info.status === 403 || info.status === 400) {
        const parsed = (0,access_denied/* parseAccessDenied */.r)(info.message, { code: info.code, status: info.status, operation });
        if (parsed.nonAuthorization !== undefined && parsed.nonAuthorization.code !== 'ExpectedBucketOwner') {
            return { outcome: 'error', meaning: parsed.nonAuthorization.explanation };
        }
    }
    return null;
}
function record(operation, action, key, info, status, interpretation) {
    const result = {
        operation,
        action,
        status: info?.status ?? status,
        errorCode: info?.code ?? null,
        message: info === null || info.message === '' ? null : info.message,
        requestId: info?.requestId ?? null,
        outcome: interpretation.outcome,
        meaning: interpretation.meaning
    };
    if (key !== undefined)
        result.key = key;
    return result;
}
function statusOf(output, fallback) {
    return output?.$metadata?.httpStatusCode ?? fallback;
}
function requestIdOf(output) {
    return output?.$metadata?.requestId ?? null;
}
function success(operation, action, key, output, fallback, meaning, outcome = 'allowed') {
    const result = record(operation, action, key, null, statusOf(output, fallback), { outcome, meaning });
    result.requestId = requestIdOf(output);
    return result;
}
const OPERATION_NAMES = {
    put: 'PutObject',
    get: 'GetObject',
    head: 'HeadObject',
    list: 'ListObjectsV2',
    delete: 'DeleteObject',
    multipart: 'CreateMultipartUpload'
};
const OPERATION_ACTIONS = {
    put: 's3:PutObject',
    get: 's3:GetObject',
    head: 's3:GetObject',
    list: 's3:ListBucket',
    delete: 's3:DeleteObject',
    multipart: 's3:PutObject'
};
/**
 * Sends the probes, all at once, and records each; never throws for an AWS answer. The records come
 * back in a fixed order whatever order the answers arrive in: HeadBucket, then each operation's
 * records in the order of `plan.operations`, then the canary's cleanup.
 */
async function runProbes(s3, plan, deps) {
    if (plan.mode === 'none') {
        return plan.operations.map((operation) => ({
            operation: OPERATION_NAMES[operation],
            action: OPERATION_ACTIONS[operation],
            status: null,
            errorCode: null,
            message: null,
            requestId: null,
            outcome: 'skipped',
            meaning: 'probe: none — no request was sent; the verdict rests on the snapshot alone.'
        }));
    }
    const run = new ProbeRun(s3, plan, deps);
    const groups = [[], ...plan.operations.map(() => [])];
    const settled = await Promise.allSettled([run.headBucket(groups[0]), ...plan.operations.map((operation, index) => run.operation(operation, groups[index + 1]))]);
    // The canary is deleted once every probe has answered, whatever happened to them.
    const cleanup = await run.cleanUp();
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed !== undefined)
        throw failed.reason;
    const records = [...groups.flat(), ...cleanup];
    run.annotateOwnerMismatch(records);
    return records;
}
class ProbeRun {
    s3;
    plan;
    deps;
    cleanups = [];
    owner;
    payer;
    upload;
    /** A probe sent again without x-amz-expected-bucket-owner was not refused: the bucket's owner is not the expected one. */
    ownerMismatch = false;
    constructor(s3, plan, deps) {
        this.s3 = s3;
        this.plan = plan;
        this.deps = deps;
        this.owner = plan.expectedBucketOwner !== undefined ? { ExpectedBucketOwner: plan.expectedBucketOwner } : {};
        this.payer = plan.headers.requestPayer === true ? { RequestPayer: 'requester' } : {};
        this.upload = {
            ...(plan.headers.acl !== undefined ? { ACL: plan.headers.acl } : {}),
            ...(plan.headers.sse !== undefined ? { ServerSideEncryption: plan.headers.sse } : {}),
            ...(plan.headers.sseKmsKeyId !== undefined ? { SSEKMSKeyId: plan.headers.sseKmsKeyId } : {})
        };
    }
    async send(call) {
        try {
            return { output: await (0,live_retry/* withRetry */.bD)(({ signal }) => call({ abortSignal: signal }), this.deps.retry ?? {}) };
        }
        catch (error) {
            return { error: (0,live_retry/* describeAwsError */.Pp)(error) };
        }
    }
    /**
     * Sends a probe that writes nothing with the expected owner; a 403 is followed by the same request
     * without x-amz-expected-bucket-owner, and any other answer to that proves the mismatch.
     * `stored` undoes what a server kept from the second request (a probe body stored regardless).
     */
    async sendOwned(call, stored) {
        const first = await this.send((options) => call(this.owner, options));
        if ('output' in first || first.error.status !== 403 || this.plan.expectedBucketOwner === undefined)
            return first;
        const second = await this.send((options) => call({}, options));
        if ('output' in second)
            await stored?.(second.output);
        const mismatch = 'output' in second || second.error.status !== 403;
        if (mismatch)
            this.ownerMismatch = true;
        return { error: first.error, ownerMismatch: mismatch };
    }
    failure(operation, action, key, sent, specific) {
        const info = sent.error;
        if (sent.ownerMismatch === true) {
            const result = record(operation, action, key, info, null, { outcome: 'denied', meaning: this.mismatchMeaning(`${operation} sent without that header was not refused`) });
            result.ownerMismatch = true;
            return result;
        }
        return record(operation, action, key, info, null, probe_common(info, operation) ?? specific(info));
    }
    mismatchMeaning(proof) {
        return `NOT A POLICY DENIAL: the bucket is not owned by account ${this.plan.expectedBucketOwner ?? ''} (expected-bucket-owner). S3 refuses every request carrying x-amz-expected-bucket-owner with a 403 when the bucket belongs to another account, and ${proof}. The real upload sends the header too and fails the same way: check the bucket name and the expected owner's account id.`;
    }
    /** Marks the other 403s that carried the header once the mismatch is proven. */
    annotateOwnerMismatch(records) {
        if (!this.ownerMismatch)
            return;
        for (const item of records) {
            if (item.outcome !== 'denied' || item.ownerMismatch === true || item.status !== 403)
                continue;
            item.ownerMismatch = true;
            item.meaning = `${this.mismatchMeaning('another probe sent without that header was not refused')} (${item.meaning})`;
        }
    }
    async headBucket(out) {
        const { bucket } = this.plan;
        const result = await this.sendOwned((owner, options) => this.s3.send(new client_s3_dist_cjs/* HeadBucketCommand */.kuI({ Bucket: bucket, ...owner }), options));
        if ('output' in result) {
            out.push(success('HeadBucket', 's3:ListBucket', undefined, result.output, 200, 'The bucket exists and this principal may list it.'));
            return;
        }
        out.push(this.failure('HeadBucket', 's3:ListBucket', undefined, result, (info) => info.status === 403
            ? {
                outcome: 'denied',
                meaning: 'HeadBucket needs s3:ListBucket and was refused (a HEAD answer has no body, so no reason is given). A pipeline that only uploads does not need it; the object probes below tell more.'
            }
            : info.status === 404
                ? { outcome: 'not-found', meaning: 'The bucket does not exist (in this partition): check the bucket name.' }
                : unexpected(info)));
    }
    async operation(operation, out) {
        switch (operation) {
            case 'list':
                return this.list(out);
            case 'head':
                return this.head(out);
            case 'get':
                return this.get(out);
            case 'put':
                return this.plan.mode === 'canary' ? this.canary(out) : this.conditionalPut(out);
            case 'multipart':
                return this.multipart(out);
            case 'delete':
                return this.plan.mode === 'canary' && this.plan.operations.includes('put') ? undefined : this.conditionalDelete(out);
        }
    }
    needKey(operation, action, out) {
        if (this.plan.key !== undefined)
            return this.plan.key;
        out.push({
            operation,
            action,
            status: null,
            errorCode: null,
            message: null,
            requestId: null,
            outcome: 'skipped',
            meaning: `${operation} needs an object key: give key (not only prefix) to probe reads.`
        });
        return null;
    }
    async list(out) {
        const prefix = this.plan.prefix ?? (this.plan.key !== undefined ? probeBase(this.plan) : undefined);
        const input = { Bucket: this.plan.bucket, MaxKeys: 1, ...(prefix !== undefined && prefix !== '' ? { Prefix: prefix } : {}), ...this.payer };
        const result = await this.sendOwned((owner, options) => this.s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({ ...input, ...owner }), options));
        const where = prefix !== undefined && prefix !== '' ? `under "${prefix}"` : 'in the bucket';
        if ('output' in result) {
            out.push(success('ListObjectsV2', 's3:ListBucket', prefix, result.output, 200, `This principal may list keys ${where} (s3:ListBucket).`));
            return;
        }
        out.push(this.failure('ListObjectsV2', 's3:ListBucket', prefix, result, (info) => (info.status === 403 ? { outcome: 'denied', meaning: `Listing keys ${where} is refused (s3:ListBucket).` } : unexpected(info))));
    }
    async head(out) {
        const key = this.needKey('HeadObject', 's3:GetObject', out);
        if (key === null)
            return;
        const input = { Bucket: this.plan.bucket, Key: key, ...this.payer };
        const result = await this.sendOwned((owner, options) => this.s3.send(new client_s3_dist_cjs/* HeadObjectCommand */.l81({ ...input, ...owner }), options));
        if ('output' in result) {
            out.push(success('HeadObject', 's3:GetObject', key, result.output, 200, 'The object exists and this principal may read its metadata (s3:GetObject).'));
            return;
        }
        out.push(this.failure('HeadObject', 's3:GetObject', key, result, (info) => {
            if (info.status === 404)
                return { outcome: 'not-found', meaning: 'Authorized, and the key does not exist: S3 says 404 only to callers allowed s3:ListBucket.' };
            if (info.status === 403) {
                return {
                    outcome: 'denied',
                    meaning: 'Refused, with no body (HEAD): either s3:GetObject is denied, or the key does not exist and s3:ListBucket is not granted (S3 then says 403, not 404). The GetObject probe reads the reason.'
                };
            }
            return unexpected(info);
        }));
    }
    async get(out) {
        const key = this.needKey('GetObject', 's3:GetObject', out);
        if (key === null)
            return;
        const input = { Bucket: this.plan.bucket, Key: key, Range: 'bytes=0-0', ...this.payer };
        const result = await this.sendOwned(async (owner, options) => {
            const output = await this.s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ ...input, ...owner }), options);
            // One byte at most: release the connection.
            const body = output.Body;
            body?.destroy?.();
            return output;
        });
        if ('output' in result) {
            out.push(success('GetObject', 's3:GetObject', key, result.output, 206, 'This principal may read the object (s3:GetObject, and kms:Decrypt when it is SSE-KMS encrypted).'));
            return;
        }
        out.push(this.failure('GetObject', 's3:GetObject', key, result, (info) => {
            if (info.status === 416)
                return { outcome: 'allowed', meaning: 'Authorized: the object is empty, so the one-byte range cannot be served (416 InvalidRange).' };
            if (info.status === 404)
                return { outcome: 'not-found', meaning: 'Authorized, and the key does not exist (NoSuchKey): S3 says 404 only to callers allowed s3:ListBucket.' };
            if (info.status === 403) {
                const parsed = (0,access_denied/* parseAccessDenied */.r)(info.message, { code: info.code, status: info.status });
                const kms = parsed.action?.toLowerCase().startsWith('kms:') === true;
                return {
                    outcome: 'denied',
                    meaning: kms
                        ? `Reading is refused by KMS (${parsed.action}): the key that encrypted this object does not let this principal decrypt.`
                        : 'Reading the object is refused (s3:GetObject), or the key does not exist and s3:ListBucket is not granted.'
                };
            }
            if (info.code === 'InvalidObjectState')
                return { outcome: 'error', meaning: 'The object is archived: restore it before reading. Permissions are not the problem.' };
            return unexpected(info);
        }));
    }
    /**
     * Removes what a server kept although it should not have (a probe body stored despite its wrong
     * Content-MD5): by its VersionId when the server gave one, so no delete marker or noncurrent
     * version survives. Returns the records of what was done, loudly.
     */
    async removeStored(probe, key, versionId, what, owner = this.owner) {
        return (await this.removeStoredRecords(key, versionId, what, owner)).map((item) => ({ ...item, cleanup: probe }));
    }
    async removeStoredRecords(key, versionId, what, owner) {
        const byVersion = versionId !== undefined && versionId !== '';
        const action = byVersion ? 's3:DeleteObjectVersion' : 's3:DeleteObject';
        const input = { Bucket: this.plan.bucket, Key: key, ...(byVersion ? { VersionId: versionId } : {}), ...this.payer, ...owner };
        const where = `s3://${this.plan.bucket}/${key}${byVersion ? `?versionId=${versionId}` : ''}`;
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j(input), options));
        if ('output' in result) {
            const marker = !byVersion && (result.output.DeleteMarker === true || (result.output.VersionId !== undefined && result.output.VersionId !== ''));
            if (!marker)
                return [success('DeleteObject', action, key, result.output, 204, `CLEANUP: ${what} ${where} was deleted${byVersion ? ' by its VersionId' : ''}; nothing is left.`)];
            // A versioned bucket that gave no version id for the stored body: the delete added a marker above a version we cannot name.
            const left = success('DeleteObject', action, key, result.output, 204, `CLEANUP INCOMPLETE: ${what} ${where} was stored in a versioned bucket without a version id; deleting it added a delete marker, and the stored version remains. Delete the versions of this key by hand.`, 'error');
            left.leftBehind = `${where} (a noncurrent version and the delete marker ${result.output.VersionId ?? ''})`.replace(' )', ')');
            return [left];
        }
        const failed = record('DeleteObject', action, key, result.error, null, {
            outcome: result.error.status === 403 ? 'denied' : 'error',
            meaning: `CLEANUP FAILED: ${what} ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
        });
        failed.leftBehind = where;
        return [failed];
    }
    async conditionalPut(out) {
        // Never the real key: a server that skips the MD5 check would overwrite the user's object.
        const key = probeKey(this.plan, this.deps.randomId());
        const input = {
            Bucket: this.plan.bucket,
            Key: key,
            Body: PROBE_BODY,
            ContentMD5: WRONG_CONTENT_MD5,
            ContentType: 'text/plain',
            ...this.upload,
            ...this.payer
        };
        const cleanup = [];
        const result = await this.sendOwned((owner, options) => this.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ ...input, ...owner }), options), async (output) => {
            cleanup.push(...(await this.removeStored('PutObject', key, output.VersionId, 'the probe body, stored by a server that skips the Content-MD5 check when sent without x-amz-expected-bucket-owner,', {})));
        });
        if ('output' in result) {
            const stored = success('PutObject', 's3:PutObject', key, result.output, 200, `Authorized, but the server STORED the probe body although its Content-MD5 was wrong (S3 refuses that with BadDigest; this endpoint does not check). It went to the fresh probe key ${key}, never to the real key, and is deleted at once${result.output.VersionId !== undefined ? ` by its VersionId ${result.output.VersionId}` : ''} (next record).`);
            out.push(stored, ...(await this.removeStored('PutObject', key, result.output.VersionId, 'the stored probe body')));
            return;
        }
        out.push(this.failure('PutObject', 's3:PutObject', key, result, (info) => {
            if (info.code === 'BadDigest') {
                return { outcome: 'allowed', meaning: 'Authorized: S3 accepted the upload’s headers and refused the body only for its deliberately wrong Content-MD5 (400 BadDigest). Nothing was stored.' };
            }
            if (info.code === 'AccessControlListNotSupported') {
                return { outcome: 'denied', meaning: 'The bucket has ACLs disabled (Object Ownership: BucketOwnerEnforced) and the upload sends an ACL header: S3 refuses it with 400. Drop the ACL, or send bucket-owner-full-control.' };
            }
            if (info.status === 403)
                return { outcome: 'denied', meaning: 'The upload is refused: S3 answered 403 before reading the body, so the real upload with these headers is refused too.' };
            if (info.code === 'InvalidDigest')
                return { outcome: 'error', meaning: 'The endpoint rejected the Content-MD5 header itself (InvalidDigest): the probe cannot tell; use probe: canary.' };
            if (info.status === 400)
                return { outcome: 'error', meaning: `S3 rejects the upload’s headers (${info.code ?? '400'}): the real upload fails the same way, before authorization is known.` };
            return unexpected(info);
        }), ...cleanup);
    }
    async multipart(out) {
        const key = probeKey(this.plan, this.deps.randomId());
        const input = { Bucket: this.plan.bucket, Key: key, ContentType: 'application/octet-stream', ...this.upload, ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* CreateMultipartUploadCommand */.nG4(input), options));
        if (!('output' in result)) {
            out.push(this.failure('CreateMultipartUpload', 's3:PutObject', key, result, (info) => {
                if (info.status === 403) {
                    const parsed = (0,access_denied/* parseAccessDenied */.r)(info.message, { code: info.code, status: info.status });
                    return {
                        outcome: 'denied',
                        meaning: parsed.action?.toLowerCase().startsWith('kms:') === true ? `Starting a multipart upload is refused by KMS (${parsed.action}).` : 'Starting a multipart upload is refused (s3:PutObject).'
                    };
                }
                if (info.code === 'AccessControlListNotSupported')
                    return { outcome: 'denied', meaning: 'The bucket has ACLs disabled and the upload sends an ACL header.' };
                return unexpected(info);
            }));
            return;
        }
        const uploadId = result.output.UploadId;
        if (uploadId === undefined || uploadId === '') {
            const malformed = success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, 'Malformed response: S3 answered without an UploadId, so the upload (if any) cannot be aborted.', 'error');
            malformed.leftBehind = `s3://${this.plan.bucket}/${key} (an incomplete multipart upload of unknown id)`;
            out.push(malformed);
            return;
        }
        out.push(success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, `Authorized to start a multipart upload (s3:PutObject, and kms:GenerateDataKey on SSE-KMS), on the fresh probe key ${key}. It is aborted at once; no part was sent.`));
        const abortInput = { Bucket: this.plan.bucket, Key: key, UploadId: uploadId, ...this.payer, ...this.owner };
        const abort = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* AbortMultipartUploadCommand */.tfP(abortInput), options));
        if ('output' in abort) {
            out.push(success('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.output, 204, 'The probe’s multipart upload was aborted: nothing is left.'));
            return;
        }
        const failed = record('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.error, null, {
            outcome: abort.error.status === 403 ? 'denied' : 'error',
            meaning: `CLEANUP FAILED: the probe's multipart upload ${uploadId} on ${key} could not be aborted; it holds no data, but delete it (aws s3api abort-multipart-upload) or let a lifecycle rule for incomplete uploads remove it.`
        });
        failed.leftBehind = `s3://${this.plan.bucket}/${key}?uploadId=${uploadId}`;
        out.push(failed);
    }
    async conditionalDelete(out) {
        const key = probeKey(this.plan, this.deps.randomId());
        const input = { Bucket: this.plan.bucket, Key: key, IfMatch: '*', ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j(input), options));
        if ('output' in result) {
            const markerId = result.output.VersionId;
            const marker = result.output.DeleteMarker === true || (markerId !== undefined && markerId !== '');
            const ignored = success('DeleteObject', 's3:DeleteObject', key, result.output, 204, marker
                ? `Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist and wrote a delete marker${markerId !== undefined ? ` (${markerId})` : ''} for the fresh probe key in this versioned bucket; it is deleted by its VersionId at once (next record).`
                : 'Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist; the bucket is not versioned, so nothing was written.');
            out.push(ignored);
            if (!marker)
                return;
            if (markerId === undefined || markerId === '') {
                ignored.leftBehind = `s3://${this.plan.bucket}/${key} (a delete marker of unknown version id)`;
                return;
            }
            out.push(...(await this.removeStored('DeleteObject', key, markerId, 'the delete marker the probe caused,')));
            return;
        }
        out.push(this.failure('DeleteObject', 's3:DeleteObject', key, result, (info) => {
            if (info.status === 404 || info.status === 412) {
                return { outcome: 'precondition-failed', meaning: 'Authorized: S3 checked the If-Match: * precondition (only done after authorization) on a key that does not exist. Nothing was deleted.' };
            }
            if (info.status === 403)
                return { outcome: 'denied', meaning: 'Deleting objects here is refused (s3:DeleteObject).' };
            if (info.status === 501 || info.code === 'NotImplemented')
                return { outcome: 'error', meaning: 'The endpoint does not support conditional deletes: the probe cannot tell.' };
            return unexpected(info);
        }));
    }
    async canary(out) {
        const key = canaryKey(this.plan, this.deps.randomId());
        const state = { stored: true };
        // Registered before the write: whatever happens next, the canary is deleted if it may exist.
        this.cleanups.push(() => this.deleteCanary(key, state));
        const input = {
            Bucket: this.plan.bucket,
            Key: key,
            Body: `s3-403-doctor canary, written ${this.deps.now().toISOString()} and deleted at once. If it is still here, the doctor could not delete it: delete it.\n`,
            ContentType: 'text/plain',
            ...this.upload,
            ...this.payer,
            ...this.owner
        };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ(input), options));
        if ('output' in result) {
            if (result.output.VersionId !== undefined)
                state.versionId = result.output.VersionId;
            out.push(success('PutObject', 's3:PutObject', key, result.output, 200, 'The canary upload with the real upload’s headers succeeded: writing is allowed, KMS included. It is deleted at the end.'));
            return;
        }
        // A definite 4xx refusal stored nothing; a timeout or 5xx may have.
        state.stored = result.error.status === null || result.error.status >= 500;
        out.push(this.failure('PutObject', 's3:PutObject', key, result, (info) => {
            if (info.status === 403) {
                const parsed = (0,access_denied/* parseAccessDenied */.r)(info.message, { code: info.code, status: info.status });
                return {
                    outcome: 'denied',
                    meaning: parsed.action?.toLowerCase().startsWith('kms:') === true ? `The canary upload is refused by KMS (${parsed.action}).` : 'The canary upload with the real upload’s headers is refused.'
                };
            }
            if (info.code === 'AccessControlListNotSupported')
                return { outcome: 'denied', meaning: 'The bucket has ACLs disabled and the upload sends an ACL header.' };
            return unexpected(info);
        }));
    }
    async deleteCanary(key, state) {
        if (!state.stored)
            return [];
        const action = state.versionId !== undefined ? 's3:DeleteObjectVersion' : 's3:DeleteObject';
        const input = { Bucket: this.plan.bucket, Key: key, ...(state.versionId !== undefined ? { VersionId: state.versionId } : {}), ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j(input), options));
        if ('output' in result) {
            return [success('DeleteObject', action, key, result.output, 204, `The canary was deleted${state.versionId !== undefined ? ' (its version too)' : ''}: deleting is allowed, and nothing is left.`)];
        }
        const where = `s3://${this.plan.bucket}/${key}${state.versionId !== undefined ? `?versionId=${state.versionId}` : ''}`;
        const failed = record('DeleteObject', action, key, result.error, null, {
            outcome: result.error.status === 403 ? 'denied' : 'error',
            meaning: `CLEANUP FAILED: the canary object ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
        });
        failed.leftBehind = where;
        return [failed];
    }
    async cleanUp() {
        const records = [];
        for (const cleanup of this.cleanups.splice(0)) {
            try {
                records.push(...(await cleanup()));
            }
            catch (error) {
                const info = (0,live_retry/* describeAwsError */.Pp)(error);
                records.push(record('cleanup', 's3:DeleteObject', undefined, info, null, { outcome: 'error', meaning: `CLEANUP FAILED: ${info.message}` }));
            }
        }
        return records;
    }
}
function unexpected(info) {
    return { outcome: 'error', meaning: `Unexpected answer ${info.status ?? ''} ${info.code ?? ''}: nothing is known about access.`.replace(/\s+/g, ' ') };
}

;// CONCATENATED MODULE: ./src/live/disagreement.ts
/**
 * When the probe and the evaluation disagree: say so plainly, and rank what could explain it from
 * what the run actually saw, most likely first, instead of inventing a cause.
 *
 * The evidence, strongest first:
 *   1. the layer AWS's own error message names, when the doctor could not read it;
 *   2. the unreadable layers the verdict says its conclusion depends on;
 *   3. the other unreadable layers that could deny (or grant);
 *   4. what no read can reach: another account's RCPs and account settings, a session policy,
 *      a condition key whose value is unknown (with the statements that test it);
 *   5. a change between the probe and the snapshot, or an evaluator bug (with how to report it).
 *
 * Before all of these: the write probes go to a fresh probe key, never the real key (./probe.ts).
 * When the probe was denied and the snapshot evaluated for the probe's key denies too while it
 * allows the real key, a policy names exact object keys: that is the whole explanation, the real
 * request is allowed, and the disagreement says so (`probeKeyOnly`).
 *
 * Which probe outcomes mean "authorized": 2xx, 412 PreconditionFailed (S3 checks conditions after
 * authorizing: https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html), and 404
 * for HEAD/GET (S3 answers 404 rather than 403 only to a caller allowed to list the bucket:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html).
 */



/** What a probe says about authorization, or null when it says nothing (an error, a skipped probe, a missing bucket). */
function probeStance(probe) {
    switch (probe.outcome) {
        case 'allowed':
        case 'precondition-failed':
            return 'authorized';
        case 'denied':
            return 'denied';
        case 'not-found':
            // 404 on a key is an answer only an authorized caller gets; NoSuchBucket says nothing.
            return probe.errorCode === 'NoSuchBucket' ? null : /^s3:getobject/i.test(probe.action) || /^headobject$/i.test(probe.operation) ? 'authorized' : null;
        default:
            return null;
    }
}
const PHRASES = {
    'service-control-policy': 'the service control policies',
    'resource-control-policy': 'the resource control policies',
    'identity-based-policy': "the caller's identity policies",
    'resource-based-policy': 'the bucket policy (or the KMS key policy)',
    'permissions-boundary': 'the permissions boundary',
    'session-policy': 'the session policy',
    'vpc-endpoint-policy': 'the VPC endpoint policy',
    'block-public-access': 'Block Public Access',
    acl: 'the ACLs',
    'object-ownership': 'Object Ownership',
    'object-lock': 'Object Lock',
    'requester-pays': 'Requester Pays',
    'missing-list-permission': 's3:ListBucket for a missing key'
};
/** The policy type a scenario path belongs to; null for facts that feed condition keys (account, region, tags...). */
function policyTypeOfPath(path) {
    const rules = [
        [/^organization\.serviceControlPolicies/, 'service-control-policy'],
        [/^organization\.resourceControlPolicies/, 'resource-control-policy'],
        [/^(vpcEndpoints|request\.vpcEndpoint)/, 'vpc-endpoint-policy'],
        [/^(bucket\.policy|kmsKeys)/, 'resource-based-policy'],
        [/^identity\.policies/, 'identity-based-policy'],
        [/^identity\.permissionsBoundary/, 'permissions-boundary'],
        [/^identity\.sessionPolicies/, 'session-policy'],
        [/^bucket\.(accountP|p)ublicAccessBlock/, 'block-public-access'],
        [/^bucket\.objectOwnership/, 'object-ownership'],
        [/^bucket\.objectLock|\.(retention|legalHold)$/, 'object-lock'],
        [/^bucket\.requesterPays/, 'requester-pays'],
        [/^bucket\.acl|\.(acl|owner)$/, 'acl'],
        [/^bucket\.objects(\.|\[)[^.]*$/, 'missing-list-permission']
    ];
    for (const [pattern, type] of rules)
        if (pattern.test(path))
            return type;
    return null;
}
function unreadableText(layer) {
    const grant = layer.permission !== '' ? ` Reading it needs ${layer.permission}${layer.permission.startsWith('organizations:') ? ' (from the management account or a delegated administrator)' : ''}.` : '';
    return `${layer.path} could not be read (${layer.error}).${grant}`;
}
/**
 * Null when the probes that exercised the scenario's action agree with the verdict (or none did);
 * otherwise a summary and the ranked explanations.
 */
function explainDisagreement(probes, verdict, unreadable, scenario, evidence = {}) {
    const action = scenario.request.action.toLowerCase();
    const relevant = probes.filter((probe) => probe.action.toLowerCase() === action && probeStance(probe) !== null);
    const disagreeing = relevant.find((probe) => (probeStance(probe) === 'denied') !== (verdict.decision === 'deny'));
    if (disagreeing === undefined)
        return null;
    return probeStance(disagreeing) === 'denied'
        ? deniedButAllowed(disagreeing, verdict, unreadable, scenario, evidence)
        : allowedButDenied(disagreeing, verdict, unreadable, scenario, evidence);
}
function answered(probe) {
    const parts = [probe.status !== null ? String(probe.status) : null, probe.errorCode].filter((part) => part !== null);
    const id = probe.requestId !== null ? `, request id ${probe.requestId}` : '';
    return `${parts.length > 0 ? parts.join(' ') : 'no status'}${id}`;
}
class Ranked {
    items = [];
    add(text) {
        if (!this.items.includes(text))
            this.items.push(text);
    }
    list() {
        return [...this.items];
    }
}
function callerIsRoleSession(scenario) {
    return (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn).kind === 'role-session';
}
function contextExplanations(notes, effect, ranked) {
    for (const note of notes) {
        const uses = note.conditions.filter((use) => use.effect === effect);
        if (uses.length === 0)
            continue;
        const where = uses.map((use) => `${use.path} statement ${use.statement} (${use.operator} ${use.values.join(', ')})`).join('; ');
        ranked.add(`${note.key} is unknown (${note.reason}) and ${uses.length === 1 ? 'a statement tests' : `${uses.length} statements test`} it: ${where}.`);
    }
}
function generic(ranked) {
    ranked.add('A policy or setting changed between the probe and the snapshot (IAM changes take a few seconds to propagate): run the diagnosis again.');
    ranked.add('If none of the above applies, the evaluator may be wrong: save the snapshot (save-scenario) and attach it to an issue, with the probe result.');
}
/** The snapshot evaluated for the probe's own key, when the probe wrote to a probe key and the request names a real one. */
function probeKeyVerdict(probe, scenario) {
    const real = scenario.request.key;
    if (probe.key === undefined || real === undefined || probe.key === real || !isProbeKey(probe.key))
        return null;
    const copy = { ...scenario, request: { ...scenario.request, key: probe.key } };
    if (scenario.bucket?.objects !== undefined)
        copy.bucket = { ...scenario.bucket, objects: { [probe.key]: { exists: false } } };
    try {
        return (0,engine/* evaluateScenario */.m)(copy);
    }
    catch {
        return null;
    }
}
/** The Allow statements that apply, as `statement LABEL of POLICY`, over every layer and request. */
function allowingStatements(verdict) {
    const found = [];
    for (const request of verdict.requests) {
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                for (const statement of policy.statements) {
                    if (statement.applies && statement.effect === 'Allow')
                        found.push(`statement ${statement.label} of the ${policy.policy}`);
                }
            }
        }
    }
    return [...new Set(found)];
}
function folderOf(key) {
    return key === undefined ? '' : key.slice(0, key.lastIndexOf('/') + 1);
}
function deniedButAllowed(probe, verdict, unreadable, scenario, evidence) {
    const atProbeKey = probeKeyVerdict(probe, scenario);
    if (atProbeKey !== null && atProbeKey.decision === 'deny' && atProbeKey.denial !== null) {
        const denial = atProbeKey.denial;
        const by = `${PHRASES[denial.policyType]}${denial.statement !== null ? ` (statement ${denial.statement})` : ''}`;
        return {
            summary: `The probe's ${probe.operation} (${probe.action}) was denied (${answered(probe)}) because it went to the doctor's fresh probe key ${probe.key ?? ''}, never to the real key; the snapshot denies that key too, through ${by}, and allows the real key ${scenario.request.key ?? ''}: a policy names exact object keys. The real request is allowed.`,
            explanations: [
                `The doctor never writes to the real key (a server that skipped the checks would overwrite the object), so a policy that grants ${probe.action} on exact object names, without a wildcard, cannot be probed: ${denial.reason}.`,
                'To have the probe exercise the real grant, allow the same action on the folder (e.g. builds/*), or run with probe: none and rely on the evaluation.'
            ],
            probeKeyOnly: true
        };
    }
    const ranked = new Ranked();
    const mentioned = new Set();
    const parsed = evidence.parsedError ?? null;
    const named = parsed?.policyType;
    // 0. The probe's own key: statements that allow the real key and not the probe key (a policy
    // naming exact object keys). Not certain here (the snapshot, with what it could not read, allows
    // both), so first in the ranking rather than the whole story.
    if (atProbeKey !== null) {
        const lost = allowingStatements(verdict).filter((statement) => !allowingStatements(atProbeKey).includes(statement));
        if (lost.length > 0) {
            ranked.add(`The probe went to the doctor's fresh probe key ${probe.key ?? ''}, never to the real key ${scenario.request.key ?? ''}, and ${lost.join(', ')} ${lost.length === 1 ? 'allows' : 'allow'} the real key but not the probe key: unless a layer the snapshot could not read grants more, that is why the probe was refused, and the real upload may be allowed. Granting the action on the folder (e.g. ${folderOf(scenario.request.key)}*) lets the probe exercise the real grant.`);
        }
    }
    // 1. The layer AWS names, when it could not be read.
    if (named !== undefined) {
        const unreadableNamed = unreadable.filter((layer) => policyTypeOfPath(layer.path) === named);
        const how = `${parsed?.kind === 'explicit' ? 'an explicit deny in' : 'no allow in'} ${PHRASES[named]}`;
        for (const layer of unreadableNamed) {
            ranked.add(`AWS's error names ${how}, and ${unreadableText(layer)}`);
            mentioned.add(layer.path);
        }
        if (unreadableNamed.length === 0) {
            ranked.add(`AWS's error names ${how}, but the snapshot of that layer allows the request: the policy that denies is one the snapshot does not hold (another level, another account's policy) or it changed after the snapshot.`);
        }
    }
    // 2. What the verdict itself says it depends on.
    for (const dependency of verdict.dependsOnUnreadable) {
        if (mentioned.has(dependency.path))
            continue;
        const layer = unreadable.find((item) => item.path === dependency.path);
        ranked.add(layer !== undefined ? `${unreadableText(layer)} The verdict assumes ${dependency.effect}.` : `${dependency.path} could not be read (${dependency.error}); the verdict assumes ${dependency.effect}.`);
        mentioned.add(dependency.path);
    }
    // 3. Other unreadable layers that could deny.
    for (const layer of unreadable) {
        if (mentioned.has(layer.path) || policyTypeOfPath(layer.path) === null)
            continue;
        ranked.add(unreadableText(layer));
        mentioned.add(layer.path);
    }
    // 4. Beyond what can be read.
    for (const layer of unreadable) {
        if (mentioned.has(layer.path))
            continue;
        ranked.add(unreadableText(layer));
    }
    if (callerIsRoleSession(scenario) && scenario.identity?.sessionPolicies === undefined) {
        ranked.add("A session policy passed when the pipeline's role session was created (for example configure-aws-credentials' inline-session-policy or managed-session-policies) cannot be read back from AWS, and it would restrict the session.");
    }
    contextExplanations(evidence.contextNotes ?? [], 'Deny', ranked);
    generic(ranked);
    return {
        summary: `The probe's ${probe.operation} (${probe.action}) was denied (${answered(probe)}) but the snapshot evaluates to allow: something the snapshot does not show, or shows wrongly, denies it.`,
        explanations: ranked.list()
    };
}
function allowedButDenied(probe, verdict, unreadable, _scenario, evidence) {
    const ranked = new Ranked();
    const denial = verdict.denial;
    const by = denial === null ? 'deny' : `${denial.policyType}${denial.statement !== null ? ` statement ${denial.statement}` : ''} in ${denial.policy}`;
    // 1. The deciding statement tests a key whose value was not known.
    if (denial !== null && denial.path !== undefined) {
        for (const note of evidence.contextNotes ?? []) {
            const uses = note.conditions.filter((use) => use.path === denial.path && (denial.statement === null || use.statement === denial.statement));
            if (uses.length > 0)
                ranked.add(`The deciding statement tests ${note.key}, whose value is unknown (${note.reason}); the real request's value may satisfy it.`);
        }
    }
    // 2. What the verdict depends on, then the unreadable layers that could grant.
    for (const dependency of verdict.dependsOnUnreadable) {
        const layer = unreadable.find((item) => item.path === dependency.path);
        ranked.add(layer !== undefined ? `${unreadableText(layer)} The verdict assumes ${dependency.effect}.` : `${dependency.path} could not be read (${dependency.error}); the verdict assumes ${dependency.effect}.`);
    }
    const grants = ['identity-based-policy', 'resource-based-policy', 'acl'];
    for (const layer of unreadable)
        if (grants.includes(policyTypeOfPath(layer.path)))
            ranked.add(`${unreadableText(layer)} It may hold the grant the snapshot lacks.`);
    // 3. The probe may not have exercised what the verdict denies.
    if (denial?.policyType === 'missing-list-permission' && probe.outcome === 'not-found') {
        ranked.add(`S3 answered 404, which it does only to a caller allowed s3:ListBucket, yet the snapshot denies s3:ListBucket (${denial.reason}): the grant of s3:ListBucket is in a layer the snapshot lacks or could not read.`);
    }
    else if (denial !== null && denial.action.toLowerCase() !== probe.action.toLowerCase()) {
        ranked.add(`The verdict denies ${denial.action}, a call the probe's ${probe.operation} may not have reached (${probe.outcome === 'precondition-failed' ? 'a conditional request S3 refused with 412 never stores anything' : 'it is a separate authorization'}): the real upload can still fail there.`);
    }
    contextExplanations(evidence.contextNotes ?? [], 'Allow', ranked);
    for (const layer of unreadable)
        ranked.add(unreadableText(layer));
    generic(ranked);
    return {
        summary: `The probe's ${probe.operation} (${probe.action}) was allowed (${answered(probe)}) but the snapshot evaluates to deny (${by}): the snapshot lacks a grant the real request has, or assumes a value the real request does not carry.`,
        explanations: ranked.list()
    };
}

;// CONCATENATED MODULE: ./src/live/secrets.ts
/**
 * No credential leaves a live run: every string a Diagnosis (and so every report, output and saved
 * scenario) carries goes through `scrubSecrets` first. Two nets:
 *
 * 1. the values the run itself masked with `setSecret` (access keys, secret keys, session tokens,
 *    the OIDC token), replaced wherever they appear;
 * 2. credentials the run never saw but a text may carry: an error message pasted from a CI log with
 *    the request's headers (`x-amz-security-token: ...`, `Authorization: AWS4-HMAC-SHA256
 *    Credential=.../..., Signature=...`), a presigned URL (`X-Amz-Security-Token=`, `X-Amz-Signature=`,
 *    `X-Amz-Credential=`), a dumped config (`aws_secret_access_key = ...`, `"SessionToken": "..."`), or
 *    S3's own InvalidToken/ExpiredToken error document, which echoes the token as `<Token-0>`.
 *
 * And a scenario never holds a credential as a request header: `x-amz-security-token` and
 * `authorization` are removed from `request.headers` (no policy condition key reads them).
 * Header and parameter names: https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */

const MASK = '***';
/** Name-value forms whose value is a credential, the name kept and the value masked. */
const PATTERNS = [
    // Headers, as a log prints them: `x-amz-security-token: VALUE`, `"x-amz-security-token":"VALUE"`.
    /(x-amz-security-token["']?\s*[:=]\s*["']?)[^\s"',;&<]+/gi,
    // Query parameters of presigned URLs.
    /(X-Amz-(?:Security-Token|Signature|Credential)=)[^&\s"'<]+/gi,
    // The Authorization header's parts.
    /(\bCredential=)[^,\s"'&<]+/g,
    /(\bSignature=)[0-9a-fA-F]{16,}/g,
    // Config files, environment dumps and JSON: aws_secret_access_key = X, AWS_SESSION_TOKEN=X, "SessionToken": "X".
    /(\b(?:aws_secret_access_key|aws_session_token|aws_security_token|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/g,
    /(["']?\b(?:SecretAccessKey|SessionToken|secretAccessKey|sessionToken|WebIdentityToken|webIdentityToken)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/g,
    // S3's error document for a bad or expired token echoes it.
    /(<Token-\d+>)[^<]*/g
];
/** Masks known secret values and every credential-shaped value in one text. */
function scrubText(text, secrets = []) {
    let out = redact(text, secrets);
    for (const pattern of PATTERNS)
        out = out.replace(pattern, `$1${MASK}`);
    return out;
}
const CREDENTIAL_HEADERS = /^(x-amz-security-token|authorization)$/i;
/**
 * A copy of `value` with every string scrubbed, and credential headers removed from any
 * `request.headers` (a scenario's). Plain data only (what a Diagnosis holds); Dates are kept.
 */
function scrubSecrets(value, secrets = []) {
    return walk(value, secrets, null);
}
function walk(value, secrets, key) {
    if (typeof value === 'string')
        return scrubText(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => walk(item, secrets, null));
    if (typeof value !== 'object' || value === null || value instanceof Date)
        return value;
    const out = {};
    for (const [name, item] of Object.entries(value)) {
        if (key === 'headers' && CREDENTIAL_HEADERS.test(name))
            continue;
        out[scrubText(name, secrets)] = walk(item, secrets, name);
    }
    // Errors keep their class (a CredentialsError is thrown as one): only own fields are rewritten.
    if (value instanceof Error)
        return Object.assign(Object.create(Object.getPrototypeOf(value)), value, out);
    return out;
}

;// CONCATENATED MODULE: ./src/live/diagnose.ts
/**
 * Live diagnosis (issue 3), end to end: credentials and the principal, probes as the pipeline, the
 * snapshot of every layer (with the reader role's credentials when one is given), the offline
 * evaluation, the proven fixes, and the disagreement between what S3 answered and what the
 * snapshot says. One `Diagnosis` per operation.
 *
 * Round trips on the critical path: every call starts the moment its inputs are known.
 * - Without role-to-assume: GetCallerIdentity, the probes and (diagnose mode) every S3 read of the
 *   collection go out together in round 1; the caller's IAM reads, its account's Block Public
 *   Access and its organization in round 2; GetRolePolicy/GetPolicy and the KMS key policy in
 *   round 3; GetPolicyVersion in round 4.
 * - With role-to-assume: AssumeRole (or AssumeRoleWithWebIdentity) in round 1, beside the reader
 *   role's own assume and, for AssumeRole, the base credentials' GetCallerIdentity (only a failed
 *   assume reads it); the assume's AssumedRoleUser names the session, so no GetCallerIdentity
 *   follows. Then the probes and the whole collection in round 2, and the same depths as above:
 *   4 in all.
 * - A preflight reads the layers only when a probe was denied or errored: a clean preflight costs
 *   the credentials and one round of concurrent probes, and never loads the IAM, KMS, EC2,
 *   Organizations or S3 Control clients (./clients.ts), nor the collector.
 *
 * When assuming the pipeline role fails, the reader role (assumed independently, with the base
 * credentials or the OIDC token) or else the base credentials read the role's trust policy, which
 * is evaluated with the OIDC token's claims (or the calling principal) as the request context.
 *
 * Every string a Diagnosis carries is scrubbed of credentials before it is returned (./secrets.ts):
 * reports, outputs and saved scenarios are made from it.
 *
 * `timeoutSeconds` is an overall deadline: every retry stops at it, and the collector gets what is
 * left of it.
 */









/** The IAM action and S3 operation each `operations` entry exercises. */
const OPERATION_REQUESTS = {
    put: { action: 's3:PutObject', operation: 'PutObject' },
    get: { action: 's3:GetObject', operation: 'GetObject' },
    head: { action: 's3:GetObject', operation: 'HeadObject' },
    list: { action: 's3:ListBucket', operation: 'ListObjectsV2' },
    delete: { action: 's3:DeleteObject', operation: 'DeleteObject' },
    multipart: { action: 's3:PutObject', operation: 'CreateMultipartUpload' }
};
/** Thrown when the credentials cannot be had: its message is the whole explanation (OIDC, trust policy). */
class CredentialsError extends Error {
    failure;
    name = 'CredentialsError';
    constructor(failure) {
        super(explainFailure(failure));
        this.failure = failure;
    }
}
/** The report of a credentials failure: the summary, then the OIDC/trust diagnosis, one point a line. */
function explainFailure(failure) {
    const lines = [failure.summary];
    const diagnosis = failure.diagnosis;
    if (diagnosis !== undefined) {
        if (diagnosis.expectedSub !== null)
            lines.push(`This run's OIDC subject (the trust policy's token.actions.githubusercontent.com:sub must match it): ${diagnosis.expectedSub}`);
        if (diagnosis.evaluation !== undefined && diagnosis.evaluation.summary !== '')
            lines.push(diagnosis.evaluation.summary);
        for (const note of diagnosis.notes)
            lines.push(`- ${note}`);
        if (diagnosis.suggestedTrustStatement !== null) {
            lines.push(`A trust policy statement that lets this job assume the role:\n${JSON.stringify(diagnosis.suggestedTrustStatement, null, 2)}`);
        }
    }
    else if (failure.nonAuthorization !== undefined && !failure.summary.includes(failure.nonAuthorization.explanation)) {
        lines.push(failure.nonAuthorization.explanation);
    }
    return lines.join('\n');
}
const SERVICE_UNSUPPORTED = /NotImplemented|InvalidAction|MethodNotAllowed|UnknownOperation|UnsupportedOperation|NotFound/i;
/**
 * S3-compatible servers (Ceph RGW) have no sts:GetCallerIdentity: the run goes on with the default
 * credentials and an unknown caller (the collector derives the principal from IAM or the bucket).
 */
function callerUnavailable(failure, settings) {
    if (settings.endpointUrl === undefined || settings.roleToAssume !== undefined)
        return false;
    if (failure.kind !== 'caller-identity' || failure.nonAuthorization !== undefined)
        return false;
    const error = failure.error;
    if (error === undefined)
        return true;
    if (error.kind === 'credentials')
        return false;
    if (error.code !== null && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied/i.test(error.code))
        return false;
    return error.status === null || error.status === 400 || error.status === 404 || error.status === 405 || error.status === 501 || SERVICE_UNSUPPORTED.test(error.code ?? '');
}
/** 128 random bits as 32 hex digits: a probe key no one can guess (or create in advance). */
function randomId() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
/** The pipeline's credentials as a provider for a chained AssumeRole. */
function asProvider(credentials) {
    return typeof credentials === 'function' ? credentials : () => Promise.resolve(credentials);
}
async function diagnose(settings, deps) {
    const bucket = settings.bucket;
    if (bucket === undefined)
        throw new Error('diagnose needs a bucket');
    const now = deps.now ?? (() => new Date());
    const deadline = Date.now() + settings.timeoutSeconds * 1000;
    const retry = { ...(deps.retry ?? {}), deadline, ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}) };
    // Every secret the run learns is masked by the runner and scrubbed from what the run returns.
    const secrets = [];
    const setSecret = (secret) => {
        if (secret !== '' && !secrets.includes(secret))
            secrets.push(secret);
        deps.setSecret(secret);
    };
    const warn = (message) => deps.warning?.(scrubText(message, secrets));
    const stsFor = (credentials) => deps.clients(credentials).sts;
    const baseDeps = {
        sts: stsFor,
        getIDToken: deps.getIDToken,
        setSecret,
        env: deps.env,
        retry,
        ...(deps.defaultCredentials !== undefined ? { defaultCredentials: deps.defaultCredentials } : {}),
        ...(deps.event !== undefined ? { event: deps.event } : {})
    };
    // Round 1. The reader role is assumed on its own (base credentials or the OIDC token), beside the
    // pipeline's: its reads never wait for the pipeline, and it is there to read the pipeline role's
    // trust policy when the pipeline role cannot be assumed.
    const readerRole = settings.readerRoleToAssume;
    const readerSettings = readerRole === undefined ? undefined : { roleToAssume: readerRole, roleSessionName: `${settings.roleSessionName}-reader`.slice(0, 64), audience: settings.audience };
    const readerResolved = readerSettings === undefined ? Promise.resolve(null) : resolveCredentials(readerSettings, baseDeps);
    const trustReader = async () => {
        const reader = await readerResolved;
        return reader?.kind === 'resolved' ? deps.clients(reader.credentials ?? deps.defaultCredentials) : deps.clients(deps.defaultCredentials);
    };
    const readTrustPolicy = async (roleArn) => {
        const [clients, { readRoleTrustPolicy }] = await Promise.all([trustReader(), Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(132), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 132))]);
        return readRoleTrustPolicy(clients.iam, roleArn, retry);
    };
    const resolving = resolveCredentials(settings, { ...baseDeps, readTrustPolicy });
    // Without a role to assume, the pipeline's credentials are the default chain's: the probes (and,
    // in diagnose mode, the S3 reads) need not wait for GetCallerIdentity.
    const earlyClients = settings.roleToAssume === undefined ? deps.clients(deps.defaultCredentials) : undefined;
    const probePlanned = probePlan(settings, bucket);
    const probeDeps = { now, randomId: deps.randomId ?? randomId, retry };
    const earlyProbes = earlyClients !== undefined ? runProbes(earlyClients.s3, probePlanned, probeDeps) : undefined;
    const callerKnown = resolving.then((resolved) => {
        if (resolved.kind === 'resolved')
            return resolved.caller;
        if (callerUnavailable(resolved.failure, settings))
            return null;
        throw new CredentialsError(scrubSecrets(resolved.failure, secrets));
    });
    // Settled here so that a failure is not unhandled while other work is waiting.
    callerKnown.catch(() => undefined);
    const readerClients = async (pipeline, pipelineCredentials) => {
        if (readerSettings === undefined)
            return pipeline;
        const reader = await readerResolved;
        if (reader?.kind === 'resolved')
            return deps.clients(reader.credentials ?? deps.defaultCredentials);
        // A reader role that trusts the pipeline role rather than the base credentials: chained from the pipeline.
        const chained = settings.roleToAssume !== undefined && pipelineCredentials !== undefined
            ? await resolveCredentials(readerSettings, { ...baseDeps, env: withoutOidc(deps.env), defaultCredentials: asProvider(pipelineCredentials) })
            : null;
        if (chained?.kind === 'resolved')
            return deps.clients(chained.credentials);
        if (reader?.kind === 'failed')
            warn(`${explainFailure(reader.failure)}\nThe layers are read with the pipeline's own credentials instead.`);
        return pipeline;
    };
    const headers = (0,context/* uploadHeaders */.ww)(settings.headers);
    const requests = settings.operations.map((name) => ({ name, ...OPERATION_REQUESTS[name] }));
    const collectAll = async (clients, caller) => {
        const { collectScenario } = await Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(619), __webpack_require__.e(503), __webpack_require__.e(632), __webpack_require__.e(268), __webpack_require__.e(132), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 8138));
        const key = settings.key ?? settings.prefix;
        return Promise.all(requests.map((request) => collectScenario({
            clients,
            caller,
            request: {
                action: request.action,
                bucket,
                ...(request.action !== 's3:ListBucket' && key !== undefined ? { key } : {}),
                headers: request.action === 's3:PutObject' ? headers : {},
                operation: request.operation
            },
            settings: { ...settings, timeoutSeconds: Math.max(1, Math.floor((deadline - Date.now()) / 1000)) },
            now: now(),
            ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}),
            ...(deps.network !== undefined ? { network: deps.network } : {}),
            ...(deps.retry?.maxAttempts !== undefined || deps.retry?.random !== undefined
                ? {
                    limits: {
                        ...(deps.retry.maxAttempts !== undefined ? { maxAttempts: deps.retry.maxAttempts } : {}),
                        ...(deps.retry.random !== undefined ? { random: deps.retry.random } : {})
                    }
                }
                : {})
        })));
    };
    const collectFirst = settings.mode === 'diagnose' || settings.probe === 'none';
    if (collectFirst) {
        // Load the collector and its clients now, beside round 1, not on the collection's critical path.
        void Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(619), __webpack_require__.e(503), __webpack_require__.e(632), __webpack_require__.e(268), __webpack_require__.e(132), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 8138)).catch(() => undefined);
        void deps.prepareCollection?.().catch(() => undefined);
    }
    // Diagnose mode without a role: the collection starts with the probes, its caller still a promise.
    const earlyCollection = collectFirst && earlyClients !== undefined ? readerClients(earlyClients, deps.defaultCredentials).then((clients) => collectAll(clients, callerKnown)) : undefined;
    earlyCollection?.catch(() => undefined);
    let caller;
    try {
        caller = await callerKnown;
    }
    catch (error) {
        // The credentials are bad: let what already started finish (it fails fast), then explain.
        await Promise.allSettled([earlyProbes, earlyCollection]);
        throw error;
    }
    const resolved = await resolving;
    const pipelineCredentials = resolved.kind === 'resolved' ? (resolved.credentials ?? deps.defaultCredentials) : deps.defaultCredentials;
    const pipeline = earlyClients ?? deps.clients(pipelineCredentials);
    // Round 2 with a role: the probes, and in diagnose mode the collection, together.
    const probing = earlyProbes ?? runProbes(pipeline.s3, probePlanned, probeDeps);
    let collected;
    let probes;
    if (collectFirst) {
        const collecting = earlyCollection ?? readerClients(pipeline, pipelineCredentials).then((clients) => collectAll(clients, caller));
        // Neither rejects for an AWS answer; wait for both so neither is left running on an error.
        const [probeResult, collectResult] = await Promise.allSettled([probing, collecting]);
        if (probeResult.status === 'rejected')
            throw probeResult.reason;
        if (collectResult.status === 'rejected')
            throw collectResult.reason;
        probes = probeResult.value;
        collected = collectResult.value;
    }
    else {
        probes = await probing;
        const troubled = probes.some((probe) => probe.outcome === 'denied' || probe.outcome === 'error');
        collected = troubled || settings.errorMessage !== undefined ? await collectAll(await readerClients(pipeline, pipelineCredentials), caller) : null;
    }
    const parsedError = settings.errorMessage !== undefined ? (0,access_denied/* parseAccessDenied */.r)(settings.errorMessage) : null;
    // 4. Evaluate, fix, compare: one diagnosis per operation.
    const diagnoses = requests.map((request, index) => {
        const relevant = probesFor(probes, request);
        const result = collected?.[index];
        if (result === undefined)
            return probedOnly(caller, relevant, parsedError, bucket, request, settings);
        const verdict = (0,engine/* evaluateScenario */.m)(result.scenario);
        const { fixes, noFix } = (0,fix/* diagnoseFixes */.o1)(result.scenario, verdict);
        const disagreement = explainDisagreement(relevant, verdict, result.unreadable, result.scenario, { parsedError, contextNotes: result.contextNotes });
        const diagnosis = { caller, probes: relevant, parsedError, scenario: result.scenario, verdict, fixes, unreadable: result.unreadable, disagreement, noFix };
        return diagnosis;
    });
    return diagnoses.map((diagnosis) => scrubSecrets(diagnosis, secrets));
}
/**
 * The probe records that belong to one operation: its own probes (by operation name; the canary's
 * delete for `delete`), and the clean-ups its probes caused (`cleanup` names the probe).
 */
function probesFor(probes, request) {
    const own = probes.filter((probe) => (probe.cleanup === undefined ? probe.operation === request.operation || (probe.action === request.action && probe.operation.startsWith(request.operation)) : probe.cleanup === request.operation));
    return own.some((probe) => probe.cleanup === undefined) ? own : [...probes.filter((probe) => probe.cleanup === undefined && probe.action === request.action), ...own];
}
/** The environment without the OIDC request variables: the chained reader assume uses AssumeRole, not the token. */
function withoutOidc(env) {
    const copy = { ...env };
    delete copy['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete copy['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    return copy;
}
function probePlan(settings, bucket) {
    return {
        bucket,
        ...(settings.key !== undefined ? { key: settings.key } : {}),
        ...(settings.prefix !== undefined ? { prefix: settings.prefix } : {}),
        operations: settings.operations,
        headers: settings.headers,
        mode: settings.probe,
        ...(settings.expectedBucketOwner !== undefined ? { expectedBucketOwner: settings.expectedBucketOwner } : {})
    };
}
/**
 * A preflight whose probes were all allowed: S3 itself said yes, so no layer was read. The scenario
 * holds only the request, and the verdict is the probes' allow.
 */
function probedOnly(caller, probes, parsedError, bucket, request, settings) {
    const key = request.action === 's3:ListBucket' ? undefined : (settings.key ?? settings.prefix);
    const scenario = {
        version: 1,
        name: `Preflight: ${request.action} on s3://${bucket}${key !== undefined ? `/${key}` : ''} (allowed by S3; layers not read)`,
        request: {
            principal: caller?.arn ?? 'unknown',
            action: request.action,
            bucket,
            ...(key !== undefined ? { key } : {}),
            operation: request.operation
        },
        bucket: { name: bucket }
    };
    const verdict = { decision: 'allow', denial: null, requests: [], dependsOnUnreadable: [], findings: [], context: [] };
    return { caller, probes, parsedError, scenario, verdict, fixes: [], unreadable: [], disagreement: null, noFix: null };
}

// EXTERNAL MODULE: ./src/live/outcome.ts
var outcome = __webpack_require__(186);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(915);
// EXTERNAL MODULE: ./src/action/publish.ts + 10 modules
var publish = __webpack_require__(6433);
;// CONCATENATED MODULE: ./src/action/live.ts
/**
 * preflight and diagnose: probe as the pipeline, collect every layer, evaluate, publish.
 * The live work is `diagnose` (src/live/diagnose.ts); this wires it to the runner: the OIDC token
 * and secret masking of @actions/core, the SDK's default credential chain, the event payload, the
 * saved scenario, and the report.
 */








/** The real dependencies of a live run, for the action and the CLI. */
async function liveDeps(settings, env, io) {
    const clientOptions = {
        ...(settings.region !== undefined ? { region: settings.region } : {}),
        ...(settings.endpointUrl !== undefined ? { endpointUrl: settings.endpointUrl } : {})
    };
    const deps = {
        clients: (credentials) => createClients({ ...clientOptions, ...(credentials !== undefined ? { credentials } : {}) }),
        getIDToken: (audience) => core/* getIDToken */.V9(audience),
        setSecret: io.setSecret,
        env,
        defaultCredentials: (0,dist_cjs.fromNodeProviderChain)(),
        warning: io.warning,
        prepareCollection: () => preloadCollectionClients({ ec2: settings.vpcEndpointId !== undefined })
    };
    // The runner's IP and network only against AWS: an S3-compatible endpoint has no aws:SourceIp to compare.
    if (settings.endpointUrl === undefined)
        deps.network = { discoverSourceIp: () => (0,context/* discoverPublicIp */.I8)(), runnerNetwork: () => (0,context/* readRunnerNetwork */.Lg)() };
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (eventPath !== undefined && eventPath !== '') {
        try {
            deps.event = JSON.parse(await io.readFile(eventPath));
        }
        catch {
            // No readable event: the fork / Dependabot explanations are simply not offered.
        }
    }
    return deps;
}
/** The scenario to save: the first denied operation's (by the evaluation, then by the probe), or the first. */
function scenarioToSave(diagnoses) {
    return diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses.find((diagnosis) => (0,outcome/* refusedProbe */.D)(diagnosis) !== undefined) ?? diagnoses[0];
}
async function runLiveMode(settings, deps) {
    const diagnoses = await diagnose(settings, await liveDeps(settings, deps.env, deps));
    const saved = scenarioToSave(diagnoses);
    if (settings.saveScenario !== undefined && saved !== undefined) {
        await deps.writeFile(settings.saveScenario, `${JSON.stringify(saved.scenario, null, 2)}\n`);
        deps.setOutput(constants/* Outputs */.tY.ScenarioPath, settings.saveScenario);
    }
    // decision, denied-by and statement say what S3 answered as well as what the snapshot evaluates
    // to (../live/outcome.ts; action.yml documents it).
    const { outcome } = await (0,publish/* publish */.mk)(diagnoses, (0,publish/* publishSettings */.nR)(settings), deps);
    if (settings.failOnDeny && outcome.decision === 'deny')
        deps.setFailed(outcome.reason);
}


/***/ }),

/***/ 2749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ contextNotes),
/* harmony export */   I8: () => (/* binding */ discoverPublicIp),
/* harmony export */   Lg: () => (/* binding */ readRunnerNetwork),
/* harmony export */   dx: () => (/* binding */ buildRequestContext),
/* harmony export */   ww: () => (/* binding */ uploadHeaders)
/* harmony export */ });
/* unused harmony exports isoSeconds, eachDocument, conditionsOn */
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2745);
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7899);


/** The time to the second, as the scenario format writes times. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function buildRequestContext(input) {
    const context = {};
    const origins = {};
    const unknown = [];
    const set = (key, value, origin) => {
        context[key] = value;
        origins[key] = origin;
    };
    const secure = input.endpointUrl === undefined || !/^http:\/\//i.test(input.endpointUrl);
    set('aws:SecureTransport', secure ? 'true' : 'false', 'derived');
    set('aws:CurrentTime', isoSeconds(input.now), 'derived');
    if (input.region !== undefined)
        set('aws:RequestedRegion', input.region, 'derived');
    else
        unknown.push({ key: 'aws:RequestedRegion', reason: "neither the bucket's region nor the region input is known" });
    set('s3:signatureversion', 'AWS4-HMAC-SHA256', 'derived');
    set('s3:authType', 'REST-HEADER', 'derived');
    if (secure)
        unknown.push({ key: 's3:TlsVersion', reason: 'the TLS version the upload negotiates is not known in advance' });
    const endpoint = input.vpcEndpoint;
    if (endpoint !== undefined) {
        set('aws:SourceVpce', endpoint.id, endpoint.origin);
        if (endpoint.vpcId !== undefined)
            set('aws:SourceVpc', endpoint.vpcId, endpoint.origin === 'input' ? 'derived' : 'detected');
        else
            unknown.push({ key: 'aws:SourceVpc', reason: `the VPC of endpoint ${endpoint.id} could not be read` });
        if (endpoint.privateIp !== undefined)
            set('aws:VpcSourceIp', endpoint.privateIp, 'detected');
        else
            unknown.push({ key: 'aws:VpcSourceIp', reason: "the runner's private IP is not known (requests through a VPC endpoint carry aws:VpcSourceIp, not aws:SourceIp)" });
    }
    else {
        if (input.sourceIp !== undefined)
            set('aws:SourceIp', input.sourceIp.value, input.sourceIp.origin);
        else
            unknown.push({ key: 'aws:SourceIp', reason: "the runner's public IP is not known: give the source-ip input" });
        if (input.endpointUnknown !== undefined) {
            unknown.push({ key: 'aws:SourceVpce', reason: `whether the upload goes through a VPC endpoint is not known (${input.endpointUnknown}): give the vpc-endpoint-id input` });
        }
    }
    const result = { context, origins, unknown };
    if (endpoint !== undefined)
        result.vpcEndpoint = endpoint.id;
    return result;
}
/** The headers an upload sends for the action's settings (`acl`, `sse`, `sse-kms-key-id`, `request-payer`). */
function uploadHeaders(headers) {
    const out = {};
    if (headers.acl !== undefined)
        out['x-amz-acl'] = headers.acl;
    if (headers.sse !== undefined)
        out['x-amz-server-side-encryption'] = headers.sse;
    if (headers.sseKmsKeyId !== undefined)
        out['x-amz-server-side-encryption-aws-kms-key-id'] = headers.sseKmsKeyId;
    if (headers.requestPayer === true)
        out['x-amz-request-payer'] = 'requester';
    return out;
}
/** Keys that the KMS call S3 makes on the caller's behalf does not carry (S3 calls KMS from its own network). */
const NETWORK_KEYS = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip']);
/** Calls `visit` for every readable policy document of the scenario, with its path. */
function eachDocument(scenario, visit) {
    const one = (path, document) => {
        if (document !== undefined && !(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(document))
            visit(path, document);
    };
    const named = (path, list) => {
        if (list === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(list))
            return;
        list.forEach((policy, index) => one(`${path}[${index}].document`, policy.document));
    };
    const identity = scenario.identity;
    named('identity.policies', identity?.policies);
    const boundary = identity?.permissionsBoundary;
    if (boundary !== undefined && !(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(boundary))
        one('identity.permissionsBoundary.document', boundary.document);
    named('identity.sessionPolicies', identity?.sessionPolicies);
    for (const field of ['serviceControlPolicies', 'resourceControlPolicies']) {
        const levels = scenario.organization?.[field];
        if (levels === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(levels))
            continue;
        levels.forEach((level, index) => named(`organization.${field}[${index}]`, level));
    }
    one('bucket.policy', scenario.bucket?.policy);
    scenario.vpcEndpoints?.forEach((endpoint, index) => one(`vpcEndpoints[${index}].policy`, endpoint.policy));
    scenario.kmsKeys?.forEach((key, index) => one(`kmsKeys[${index}].policy`, key.policy));
}
/** Every statement condition that tests one of `keys` (case-insensitively), by key. */
function conditionsOn(scenario, keys) {
    const wanted = new Map(keys.map((key) => [key.toLowerCase(), key]));
    const found = new Map(keys.map((key) => [key, []]));
    eachDocument(scenario, (path, document) => {
        let policy;
        try {
            policy = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .O)(document, path);
        }
        catch {
            return; // a document the loader rejected is reported as unreadable elsewhere
        }
        const kms = path.startsWith('kmsKeys');
        for (const statement of policy.statements) {
            for (const clause of statement.conditions) {
                const lower = clause.key.toLowerCase();
                const key = wanted.get(lower);
                if (key === undefined || (kms && NETWORK_KEYS.has(lower)))
                    continue;
                found.get(key)?.push({ path, statement: statement.label, effect: statement.effect, operator: clause.operator, values: clause.values });
            }
        }
    });
    return found;
}
/** The unknown keys, each with the conditions that depend on it. */
function contextNotes(scenario, unknown) {
    const uses = conditionsOn(scenario, unknown.map((item) => item.key));
    return unknown.map((item) => ({ ...item, conditions: uses.get(item.key) ?? [] }));
}
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]{2,39}$/;
async function fetchText(fetcher, url, timeoutMs, init = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const response = await fetcher(url, { ...init, signal: controller.signal });
        if (!response.ok)
            return null;
        return (await response.text()).trim();
    }
    catch {
        return null;
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * The runner's public IP as AWS sees it, from AWS's own echo service; null when it cannot be
 * reached. A NAT or proxy is what S3 sees too, so its address is the right answer.
 */
async function discoverPublicIp(options = {}) {
    const fetcher = options.fetch ?? globalThis.fetch;
    const text = await fetchText(fetcher, options.url ?? 'https://checkip.amazonaws.com/', options.timeoutMs ?? 3000);
    if (text === null)
        return null;
    return IPV4.test(text) || IPV6.test(text) ? text : null;
}
const IMDS = 'http://169.254.169.254';
/**
 * On EC2 (a self-hosted runner), the instance's VPC, subnet and private IP from instance metadata
 * (IMDSv2: a session token first). Null off EC2 or when metadata is unreachable.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
 */
async function readRunnerNetwork(options = {}) {
    const fetcher = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? 1000;
    const token = await fetchText(fetcher, `${IMDS}/latest/api/token`, timeoutMs, { method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' } });
    if (token === null || token === '')
        return null;
    const get = (path) => fetchText(fetcher, `${IMDS}/latest/meta-data/${path}`, timeoutMs, { headers: { 'X-aws-ec2-metadata-token': token } });
    const mac = await get('mac');
    if (mac === null || mac === '')
        return null;
    const [vpcId, subnetId, privateIp] = await Promise.all([
        get(`network/interfaces/macs/${mac}/vpc-id`),
        get(`network/interfaces/macs/${mac}/subnet-id`),
        get('local-ipv4')
    ]);
    if (vpcId === null || !/^vpc-[0-9a-f]+$/.test(vpcId))
        return null;
    const network = { vpcId };
    if (subnetId !== null && /^subnet-[0-9a-f]+$/.test(subnetId))
        network.subnetId = subnetId;
    if (privateIp !== null && IPV4.test(privateIp))
        network.privateIp = privateIp;
    return network;
}


/***/ }),

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony exports DeadlineExceededError, backoffDelay */
/**
 * Retries for every AWS call the doctor makes: jittered exponential backoff ("full jitter"), a
 * deadline, and a clock, sleep and random source that tests swap so that they run instantly.
 *
 * Only throttling and 5xx answers are retried. Everything else (403s above all, but also 400s,
 * timeouts, unreachable endpoints, missing credentials) is an answer the caller must report, not
 * hide behind another attempt. The SDK's own retries are off (`maxAttempts: 1` in ./clients.ts).
 *
 * Throttling codes: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 * S3's SlowDown (503): https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
const THROTTLING_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'ProvisionedThroughputExceededException',
    'TransactionInProgressException',
    'RequestLimitExceeded',
    'BandwidthLimitExceeded',
    'LimitExceededException',
    'RequestThrottled',
    'SlowDown',
    'PriorRequestNotComplete',
    'EC2ThrottledException'
]);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
function record(value) {
    return typeof value === 'object' && value !== null ? value : null;
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
const KINDS = new Set(['service', 'timeout', 'network', 'credentials', 'unknown']);
/** An `AwsErrorInfo` already (described once, passed on): returned as it is. */
function isAwsErrorInfo(object) {
    return (typeof object['kind'] === 'string' &&
        KINDS.has(object['kind']) &&
        'extendedRequestId' in object &&
        'requestId' in object &&
        typeof object['message'] === 'string' &&
        !(object instanceof Error));
}
/** Reads an SDK v3 error (`name`, `Code`, `$metadata`, `$response`), a Node error or any thrown value. */
function describeAwsError(error) {
    const object = record(error);
    if (object === null) {
        return { status: null, code: null, message: String(error), requestId: null, extendedRequestId: null, kind: 'unknown' };
    }
    if (isAwsErrorInfo(object))
        return object;
    const metadata = record(object['$metadata']);
    const response = record(object['$response']);
    const statusValue = metadata?.['httpStatusCode'] ?? response?.['statusCode'];
    const status = typeof statusValue === 'number' ? statusValue : null;
    const name = text(object['name']);
    const code = text(object['Code']) ?? text(object['code']) ?? (name !== null && name !== 'Error' ? name : null);
    const rawMessage = text(object['message']) ?? text(object['Message']) ?? '';
    const requestId = text(metadata?.['requestId']) ?? text(object['RequestId']);
    const extendedRequestId = text(metadata?.['extendedRequestId']) ?? text(object['HostId']);
    let kind = 'unknown';
    if (status !== null)
        kind = 'service';
    else if ((name !== null && TIMEOUT_NAMES.has(name)) || (code !== null && TIMEOUT_NAMES.has(code)))
        kind = 'timeout';
    else if (code !== null && NETWORK_CODES.has(code))
        kind = 'network';
    else if (name === 'CredentialsProviderError' || name === 'ProviderError')
        kind = 'credentials';
    else if (metadata !== null || text(object['$fault']) !== null)
        kind = 'service';
    // A HEAD answer has no body, so the SDK has no code or message for it.
    const message = rawMessage === 'UnknownError' ? '' : rawMessage;
    return { status, code: code === 'Unknown' ? null : code, message, requestId, extendedRequestId, kind };
}
/** Throttling (by code or 429) and server errors (5xx) are worth another attempt; nothing else is. */
function isRetryable(error) {
    const info = describeAwsError(error);
    if (info.code !== null && THROTTLING_CODES.has(info.code))
        return true;
    if (info.status === 429)
        return true;
    // 501 Not Implemented is an answer, not a passing fault.
    return info.status !== null && info.status >= 500 && info.status <= 599 && info.status !== 501;
}
/** Thrown when the deadline passes; carries the last error the operation produced, if any. */
class DeadlineExceededError extends Error {
    lastError;
    name = 'TimeoutError';
    constructor(message, lastError) {
        super(message);
        this.lastError = lastError;
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const realTimer = (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return () => clearTimeout(handle);
};
/** The delay before retry number `retry` (1-based): uniform in [0, min(cap, base * 2^(retry-1))]. */
function backoffDelay(retry, random, baseDelayMs = 200, maxDelayMs = 5000) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
/**
 * Runs `operation` until it succeeds, fails with an error that is not retryable, runs out of
 * attempts, or reaches the deadline. The last error is rethrown as it was (never wrapped), so
 * callers read the service's own code and message; only a passed deadline throws
 * `DeadlineExceededError`.
 */
async function withRetry(operation, options = {}) {
    const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    const setTimer = options.setTimer ?? realTimer;
    const retryable = options.retryable ?? isRetryable;
    const deadline = options.deadline;
    let lastError = undefined;
    for (let attempt = 1;; attempt++) {
        const remaining = deadline === undefined ? Infinity : deadline - now();
        if (remaining <= 0)
            throw new DeadlineExceededError(`deadline reached before attempt ${attempt}`, lastError);
        const controller = new AbortController();
        const disarm = remaining === Infinity ? () => undefined : setTimer(() => controller.abort(), remaining);
        try {
            return await operation({ attempt, signal: controller.signal });
        }
        catch (error) {
            lastError = error;
            if (attempt >= maxAttempts || !retryable(error))
                throw error;
            const delayMs = backoffDelay(attempt, random, options.baseDelayMs, options.maxDelayMs);
            if (deadline !== undefined && now() + delayMs >= deadline)
                throw error;
            options.onRetry?.({ attempt, delayMs, error: describeAwsError(error) });
            await sleep(delayMs);
        }
        finally {
            disarm();
        }
    }
}


/***/ })

};
