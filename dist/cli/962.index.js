export const id = 962;
export const ids = [962];
export const modules = {

/***/ 9962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIAGNOSE_HELP: () => (/* binding */ DIAGNOSE_HELP),
  diagnoseCommand: () => (/* binding */ diagnoseCommand),
  diagnoseCommandWith: () => (/* binding */ diagnoseCommandWith)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/action/constants.ts
/** Input and output names, once: they must match action.yml (a test checks that they do). */
const Inputs = {
    Mode: 'mode',
    Scenario: 'scenario',
    Bucket: 'bucket',
    Key: 'key',
    Prefix: 'prefix',
    Operations: 'operations',
    Region: 'region',
    EndpointUrl: 'endpoint-url',
    RoleToAssume: 'role-to-assume',
    RoleSessionName: 'role-session-name',
    Audience: 'audience',
    ReaderRoleToAssume: 'reader-role-to-assume',
    Probe: 'probe',
    Acl: 'acl',
    Sse: 'sse',
    SseKmsKeyId: 'sse-kms-key-id',
    RequestPayer: 'request-payer',
    ErrorMessage: 'error-message',
    SourceIp: 'source-ip',
    VpcEndpointId: 'vpc-endpoint-id',
    SaveScenario: 'save-scenario',
    FailOnDeny: 'fail-on-deny',
    TimeoutSeconds: 'timeout-seconds',
    Comment: 'comment',
    GithubToken: 'github-token',
    Redact: 'redact',
    Expectations: 'expectations',
    Plan: 'plan',
    Template: 'template',
    FailOn: 'fail-on'
};
const constants_Outputs = {
    Decision: 'decision',
    DeniedBy: 'denied-by',
    Statement: 'statement',
    Principal: 'principal',
    ScenarioPath: 'scenario-path',
    FixPath: 'fix-path',
    ReportPath: 'report-path',
    Broken: 'broken'
};
const MODES = ['explain', 'preflight', 'diagnose', 'review'];
const OPERATIONS = ['put', 'get', 'head', 'list', 'delete', 'multipart'];
const PROBES = ['conditional', 'canary', 'none'];
const COMMENT_MODES = ['auto', 'always', 'never'];
const REDACT_MODES = ['none', 'account-ids'];
const FAIL_ON = ['broken', 'any-change', 'never'];
const SSE_VALUES = ['AES256', 'aws:kms', 'aws:kms:dsse'];
const CANNED_ACLS = [
    'private',
    'public-read',
    'public-read-write',
    'authenticated-read',
    'aws-exec-read',
    'bucket-owner-read',
    'bucket-owner-full-control'
];

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/live/clients.ts
/**
 * The AWS clients, made in one place: our user agent, region and endpoint only when given (so
 * tests and S3-compatible servers plug in), credentials passed in, and retries and timeouts owned
 * by us (`./retry.ts`), not by the SDK's defaults.
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
function createClients(options = {}) {
    // S3-compatible servers (Ceph RGW) serve S3, STS and IAM on one endpoint; the others stay AWS's.
    const local = options.endpointUrl !== undefined;
    return {
        s3: new client_s3_dist_cjs/* S3Client */.YxF({
            ...common(options, true),
            forcePathStyle: local,
            // A bucket in another Region: follow S3's 301 instead of failing with PermanentRedirect.
            followRegionRedirects: true,
            // S3-compatible servers (Ceph RGW) refuse the SDK's default CRC32 trailers on streamed bodies.
            ...(local ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {})
        }),
        s3control: new client_s3_control_dist_cjs/* S3ControlClient */.gGw(s3ControlConfig(options, local)),
        sts: new client_sts_dist_cjs/* STSClient */.iM(common(options, local)),
        iam: new client_iam_dist_cjs/* IAMClient */.h8v(common(options, local)),
        kms: new client_kms_dist_cjs/* KMSClient */.pgq(common(options, local)),
        ec2: new client_ec2_dist_cjs/* EC2Client */.gu5(common(options, local)),
        organizations: new client_organizations_dist_cjs/* OrganizationsClient */.gnq(common(options, local))
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

// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/live/context.ts


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
        if (document !== undefined && !(0,types/* isUnreadable */.G)(document))
            visit(path, document);
    };
    const named = (path, list) => {
        if (list === undefined || (0,types/* isUnreadable */.G)(list))
            return;
        list.forEach((policy, index) => one(`${path}[${index}].document`, policy.document));
    };
    const identity = scenario.identity;
    named('identity.policies', identity?.policies);
    const boundary = identity?.permissionsBoundary;
    if (boundary !== undefined && !(0,types/* isUnreadable */.G)(boundary))
        one('identity.permissionsBoundary.document', boundary.document);
    named('identity.sessionPolicies', identity?.sessionPolicies);
    for (const field of ['serviceControlPolicies', 'resourceControlPolicies']) {
        const levels = scenario.organization?.[field];
        if (levels === undefined || (0,types/* isUnreadable */.G)(levels))
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
            policy = (0,parse/* parsePolicy */.O)(document, path);
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

// EXTERNAL MODULE: ./src/evaluate/engine.ts + 4 modules
var engine = __webpack_require__(8686);
// EXTERNAL MODULE: ./src/fix/index.ts + 10 modules
var fix = __webpack_require__(4858);
;// CONCATENATED MODULE: ./src/live/access-denied.ts
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

// EXTERNAL MODULE: ./src/evaluate/principal.ts
var evaluate_principal = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/scenario/read.ts
var read = __webpack_require__(3268);
// EXTERNAL MODULE: ./src/scenario/errors.ts
var errors = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/scenario/load.ts + 2 modules
var load = __webpack_require__(4987);
;// CONCATENATED MODULE: ./src/live/doctor-policy.ts
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
    'kms.DescribeKey': spec('kms', 'DescribeKey', 'kms:DescribeKey', 'any', 'the KMS key an alias or key id names'),
    'kms.GetKeyPolicy': spec('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'any', 'the KMS key policy'),
    'kms.ListGrants': spec('kms', 'ListGrants', 'kms:ListGrants', 'any', "the KMS key's grants"),
    'ec2.DescribeVpcEndpoints': spec('ec2', 'DescribeVpcEndpoints', 'ec2:DescribeVpcEndpoints', 'any', 'the VPC endpoint policy'),
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

;// CONCATENATED MODULE: ./src/live/retry.ts
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
function retry_text(value) {
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
    const name = retry_text(object['name']);
    const code = retry_text(object['Code']) ?? retry_text(object['code']) ?? (name !== null && name !== 'Error' ? name : null);
    const rawMessage = retry_text(object['message']) ?? retry_text(object['Message']) ?? '';
    const requestId = retry_text(metadata?.['requestId']) ?? retry_text(object['RequestId']);
    const extendedRequestId = retry_text(metadata?.['extendedRequestId']) ?? retry_text(object['HostId']);
    let kind = 'unknown';
    if (status !== null)
        kind = 'service';
    else if ((name !== null && TIMEOUT_NAMES.has(name)) || (code !== null && TIMEOUT_NAMES.has(code)))
        kind = 'timeout';
    else if (code !== null && NETWORK_CODES.has(code))
        kind = 'network';
    else if (name === 'CredentialsProviderError' || name === 'ProviderError')
        kind = 'credentials';
    else if (metadata !== null || retry_text(object['$fault']) !== null)
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

;// CONCATENATED MODULE: ./src/live/collect-read.ts
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
const collect_read_realTimer = (callback, ms) => {
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
        this.setTimer = options.setTimer ?? collect_read_realTimer;
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
            const info = describeAwsError(error);
            if (!(error instanceof AttemptTimeout) && absent(info))
                return finish({ ok: false, absent: true, code: info.code ?? String(info.status) });
            return finish(this.failure(name, error, info));
        }
        try {
            return finish({ ok: true, value: parse(response) });
        }
        catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            return finish({ ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${READS[name].operation} response: ${detail}` });
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
        return { ok: false, absent: false, read: name, failure: 'malformed', error: `malformed ${READS[name].operation} response: more than ${maxPages} pages` };
    }
    attempts(call) {
        const options = this.options;
        return withRetry(({ signal }) => this.withTimeout(call, signal), {
            deadline: options.deadline,
            now: this.now,
            setTimer: this.setTimer,
            retryable: (error) => !(error instanceof AttemptTimeout) && isRetryable(error),
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
        const operation = READS[name].operation;
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
        if (isRetryable(error))
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
    return { path, error: result.error, permission: READS[result.read].permission };
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

;// CONCATENATED MODULE: ./src/live/collect-ec2.ts
/**
 * The VPC endpoint in the path of the request: its policy (DescribeVpcEndpoints returns it as a
 * JSON string in PolicyDocument), and, on a self-hosted runner inside a VPC, which endpoint that is.
 *
 * Detection: S3 traffic from a subnet goes through a gateway endpoint when the endpoint is
 * associated with the subnet's route table (the VPC's main table when the subnet has none of its
 * own); failing that, through an S3 interface endpoint with private DNS.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html
 */


function facts(endpoint) {
    if (typeof endpoint.VpcEndpointId !== 'string')
        throw new MalformedResponse('an endpoint without VpcEndpointId');
    const policy = typeof endpoint.PolicyDocument === 'string' && endpoint.PolicyDocument.trim() !== '' ? endpoint.PolicyDocument : undefined;
    return { id: endpoint.VpcEndpointId, vpcId: endpoint.VpcId, type: endpoint.VpcEndpointType, policy };
}
/** The endpoint the input names. */
function readEndpoint(reader, ec2, id) {
    return reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => ec2.send(new client_ec2_dist_cjs/* DescribeVpcEndpointsCommand */.KoP({ VpcEndpointIds: [id] }), { abortSignal }), (response) => {
        const endpoint = response.VpcEndpoints?.find((item) => item.VpcEndpointId === id);
        if (endpoint === undefined)
            throw new MalformedResponse(`no endpoint ${id} in VpcEndpoints`);
        return facts(endpoint);
    });
}
/**
 * The S3 endpoint a runner in `network` reaches S3 through, or null when it goes over the internet.
 * Two concurrent reads: the subnet's route tables and the VPC's S3 endpoints.
 */
async function detectEndpoint(reader, ec2, network, region) {
    const [tables, endpoints] = await Promise.all([
        reader.read('ec2.DescribeRouteTables', (abortSignal) => ec2.send(new client_ec2_dist_cjs/* DescribeRouteTablesCommand */.VS8({ Filters: [{ Name: 'vpc-id', Values: [network.vpcId] }] }), { abortSignal }), (response) => {
            if (!Array.isArray(response.RouteTables))
                throw new MalformedResponse('no RouteTables');
            const ofSubnet = [];
            const main = [];
            for (const table of response.RouteTables) {
                if (typeof table.RouteTableId !== 'string')
                    continue;
                for (const association of table.Associations ?? []) {
                    if (network.subnetId !== undefined && association.SubnetId === network.subnetId)
                        ofSubnet.push(table.RouteTableId);
                    if (association.Main === true)
                        main.push(table.RouteTableId);
                }
            }
            // A subnet without its own association uses the VPC's main route table.
            return ofSubnet.length > 0 ? ofSubnet : main;
        }),
        reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => ec2.send(new client_ec2_dist_cjs/* DescribeVpcEndpointsCommand */.KoP({
            Filters: [
                { Name: 'vpc-id', Values: [network.vpcId] },
                { Name: 'service-name', Values: [`com.amazonaws.${region}.s3`] }
            ]
        }), { abortSignal }), (response) => {
            if (!Array.isArray(response.VpcEndpoints))
                throw new MalformedResponse('no VpcEndpoints');
            return response.VpcEndpoints.filter((endpoint) => endpoint.State === undefined || endpoint.State.toLowerCase() === 'available');
        })
    ]);
    if (!endpoints.ok)
        return endpoints;
    const gateways = endpoints.value.filter((endpoint) => endpoint.VpcEndpointType === 'Gateway');
    if (gateways.length > 0) {
        if (!tables.ok)
            return tables;
        const routed = gateways.find((endpoint) => (endpoint.RouteTableIds ?? []).some((id) => tables.value.includes(id)));
        if (routed !== undefined)
            return { ok: true, value: facts(routed) };
    }
    const interfaced = endpoints.value.find((endpoint) => endpoint.VpcEndpointType === 'Interface' && endpoint.PrivateDnsEnabled === true);
    return { ok: true, value: interfaced !== undefined ? facts(interfaced) : null };
}

;// CONCATENATED MODULE: ./src/live/collect-iam.ts
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
        throw new MalformedResponse(`no ${what}.Arn`);
    return { arn: entity.Arn, tags: tagsOf(entity.Tags), boundaryArn: entity.PermissionsBoundary?.PermissionsBoundaryArn };
}
function documentOf(value, field) {
    if (typeof value !== 'string' || value === '')
        throw new MalformedResponse(`no ${field}`);
    return value;
}
function names(list, field) {
    if (list === undefined)
        return [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
        throw new MalformedResponse(`${field} is not a list of names`);
    return list;
}
function attached(list) {
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        throw new MalformedResponse('AttachedPolicies is not a list');
    return list.map((item) => {
        if (typeof item.PolicyArn !== 'string')
            throw new MalformedResponse('an attached policy without PolicyArn');
        return { name: typeof item.PolicyName === 'string' ? item.PolicyName : item.PolicyArn, arn: item.PolicyArn };
    });
}
function nextMarker(response) {
    return response.IsTruncated === true && typeof response.Marker === 'string' && response.Marker !== '' ? response.Marker : undefined;
}
/** GetPolicy (default version id) then GetPolicyVersion: a managed policy's document. */
async function readManagedPolicy(reader, iam, arn) {
    const policy = await reader.read('iam.GetPolicy', (abortSignal) => iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }), { abortSignal }), (response) => {
        const version = response.Policy?.DefaultVersionId;
        if (typeof version !== 'string' || version === '')
            throw new MalformedResponse('no Policy.DefaultVersionId');
        return version;
    });
    if (!policy.ok)
        return policy;
    return reader.read('iam.GetPolicyVersion', (abortSignal) => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: policy.value }), { abortSignal }), (response) => documentOf(response.PolicyVersion?.Document, 'PolicyVersion.Document'));
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
    const entity = reader.read('iam.GetRole', (abortSignal) => iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: roleName }), { abortSignal }), (response) => entityFacts(response.Role, 'Role'));
    const boundary = boundaryOf(reader, iam, entity);
    const own = entityPolicies(reader, iam, {
        list: 'iam.ListRolePolicies',
        get: 'iam.GetRolePolicy',
        listAttached: 'iam.ListAttachedRolePolicies',
        listInline: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListRolePoliciesCommand */.Y7N({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
        getInline: (name, policy, abortSignal) => iam.send(new client_iam_dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: name, PolicyName: policy }), { abortSignal }),
        listManaged: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
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
    const entity = reader.read('iam.GetUser', (abortSignal) => iam.send(new client_iam_dist_cjs/* GetUserCommand */.T3b({ UserName: userName }), { abortSignal }), (response) => entityFacts(response.User, 'User'));
    const boundary = boundaryOf(reader, iam, entity);
    const own = entityPolicies(reader, iam, {
        list: 'iam.ListUserPolicies',
        get: 'iam.GetUserPolicy',
        listAttached: 'iam.ListAttachedUserPolicies',
        listInline: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListUserPoliciesCommand */.Lt8({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
        getInline: (name, policy, abortSignal) => iam.send(new client_iam_dist_cjs/* GetUserPolicyCommand */.bcb({ UserName: name, PolicyName: policy }), { abortSignal }),
        listManaged: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListAttachedUserPoliciesCommand */.zf4({ UserName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
    }, userName, '', `user ${userName}`);
    const groups = reader
        .readPages('iam.ListGroupsForUser', (marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListGroupsForUserCommand */.WcQ({ UserName: userName, ...(marker ? { Marker: marker } : {}) }), { abortSignal }), (response) => {
        if (response.Groups !== undefined && !Array.isArray(response.Groups))
            throw new MalformedResponse('Groups is not a list');
        const list = (response.Groups ?? []).map((group) => {
            if (typeof group.GroupName !== 'string')
                throw new MalformedResponse('a group without GroupName');
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
            listInline: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListGroupPoliciesCommand */.zqe({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal }),
            getInline: (name, policy, abortSignal) => iam.send(new client_iam_dist_cjs/* GetGroupPolicyCommand */.bhF({ GroupName: name, PolicyName: policy }), { abortSignal }),
            listManaged: (name, marker, abortSignal) => iam.send(new client_iam_dist_cjs/* ListAttachedGroupPoliciesCommand */.xJQ({ GroupName: name, ...(marker ? { Marker: marker } : {}) }), { abortSignal })
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
    return reader.read('iam.GetUser', (abortSignal) => iam.send(new client_iam_dist_cjs/* GetUserCommand */.T3b({}), { abortSignal }), (response) => {
        const user = response.User;
        if (user === undefined || typeof user.Arn !== 'string' || user.Arn === '' || typeof user.UserName !== 'string')
            throw new MalformedResponse('no User.Arn and User.UserName');
        return { arn: user.Arn, name: user.UserName };
    });
}

;// CONCATENATED MODULE: ./src/live/collect-kms.ts
/**
 * The KMS keys an SSE-KMS request uses: the key the upload's header names, the bucket's default
 * key, the existing object's key. For each: the key ARN (DescribeKey turns an alias or key id into
 * it), the key policy ("default" is the only policy name) and the grants.
 *
 * A key ARN or key id is usable by GetKeyPolicy and ListGrants at once, so the three calls run
 * together; an alias needs DescribeKey first ("To specify a KMS key [for GetKeyPolicy], use its key ID
 * or key ARN"): https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html (NextMarker/Truncated)
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html (alias name or alias ARN accepted)
 */


const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]*:key\/.+$/;
const ALIAS = /(^alias\/)|(^arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]*:alias\/)/;
function isKeyArn(reference) {
    return KEY_ARN.test(reference);
}
function isAlias(reference) {
    return ALIAS.test(reference);
}
/** `aws/s3`, the AWS managed key: the evaluator knows its key policy (every principal of the account, through S3). */
function isAwsManagedS3Alias(reference) {
    return reference === 'alias/aws/s3' || reference.endsWith(':alias/aws/s3');
}
function stringMap(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new MalformedResponse('a grant constraint is not a map');
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'string')
            throw new MalformedResponse(`grant constraint ${key} is not a string`);
        out[key] = item;
    }
    return out;
}
function parseGrant(grant, index) {
    if (typeof grant.GranteePrincipal !== 'string' || grant.GranteePrincipal === '')
        throw new MalformedResponse(`Grants[${index}] has no GranteePrincipal`);
    if (!Array.isArray(grant.Operations) || grant.Operations.some((item) => typeof item !== 'string'))
        throw new MalformedResponse(`Grants[${index}] has no Operations list`);
    const result = { granteePrincipal: grant.GranteePrincipal, operations: grant.Operations };
    if (typeof grant.RetiringPrincipal === 'string' && grant.RetiringPrincipal !== '')
        result.retiringPrincipal = grant.RetiringPrincipal;
    const constraints = grant.Constraints;
    if (constraints !== undefined && constraints !== null) {
        const subset = stringMap(constraints.EncryptionContextSubset);
        const equals = stringMap(constraints.EncryptionContextEquals);
        if (subset !== undefined || equals !== undefined) {
            result.constraints = { ...(subset !== undefined ? { encryptionContextSubset: subset } : {}), ...(equals !== undefined ? { encryptionContextEquals: equals } : {}) };
        }
    }
    return result;
}
function readPolicy(reader, kms, keyId) {
    return reader.read('kms.GetKeyPolicy', (abortSignal) => kms.send(new client_kms_dist_cjs/* GetKeyPolicyCommand */.$r8({ KeyId: keyId, PolicyName: 'default' }), { abortSignal }), (response) => {
        if (typeof response.Policy !== 'string' || response.Policy.trim() === '')
            throw new MalformedResponse('no Policy');
        return response.Policy;
    });
}
function readGrants(reader, kms, keyId) {
    return reader.readPages('kms.ListGrants', (marker, abortSignal) => kms.send(new client_kms_dist_cjs/* ListGrantsCommand */.F9r({ KeyId: keyId, ...(marker !== undefined ? { Marker: marker } : {}) }), { abortSignal }), (response) => {
        if (response.Grants !== undefined && !Array.isArray(response.Grants))
            throw new MalformedResponse('Grants is not a list');
        const items = (response.Grants ?? []).map((grant, index) => parseGrant(grant, index));
        const next = response.Truncated === true && typeof response.NextMarker === 'string' && response.NextMarker !== '' ? response.NextMarker : undefined;
        return { items, next };
    });
}
function describe(reader, kms, reference) {
    return reader.read('kms.DescribeKey', (abortSignal) => kms.send(new client_kms_dist_cjs/* DescribeKeyCommand */.spV({ KeyId: reference }), { abortSignal }), (response) => {
        const arn = response.KeyMetadata?.Arn;
        if (typeof arn !== 'string' || !isKeyArn(arn))
            throw new MalformedResponse('no KeyMetadata.Arn');
        return { arn, awsManaged: response.KeyMetadata?.KeyManager === 'AWS' };
    });
}
/** Reads one key: at once for a key ARN or id; DescribeKey first for an alias. */
async function collectKey(reader, kms, reference) {
    if (isAlias(reference)) {
        const described = await describe(reader, kms, reference);
        if (!described.ok) {
            const unresolved = (what) => ({
                ok: false,
                absent: false,
                read: 'kms.DescribeKey',
                failure: described.absent ? 'not-found' : described.failure,
                error: `the alias ${reference} could not be resolved to a key, so its ${what} could not be read: ${described.absent ? described.code : described.error}`
            });
            return { reference, arn: undefined, describe: described, policy: unresolved('key policy'), grants: unresolved('grants') };
        }
        const arn = described.value.arn;
        const [policy, grants] = await Promise.all([readPolicy(reader, kms, arn), readGrants(reader, kms, arn)]);
        return { reference, arn, describe: described, policy, grants };
    }
    const [described, policy, grants] = await Promise.all([describe(reader, kms, reference), readPolicy(reader, kms, reference), readGrants(reader, kms, reference)]);
    const arn = described.ok ? described.value.arn : isKeyArn(reference) ? reference : undefined;
    return { reference, arn, describe: described, policy, grants };
}

;// CONCATENATED MODULE: ./src/live/collect-org.ts
/**
 * The organization's side: the SCPs and RCPs on the path from the root to the account, one list
 * per level (root first, then each OU, then the account), and the organization id, path and
 * management account that condition keys and the evaluator need.
 *
 * Only DescribeOrganization works from every account; ListRoots, ListParents, ListPoliciesForTarget
 * and DescribePolicy need the management account or a delegated administrator, so a member
 * account's reader typically records the policies as unreadable:
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListParents.html
 * An account outside any organization answers AWSOrganizationsNotInUseException: no SCPs, no RCPs.
 * Whether a policy type is enabled is the root's PolicyTypes (ListRoots), not DescribeOrganization's
 * deprecated AvailablePolicyTypes: https://docs.aws.amazon.com/organizations/latest/APIReference/API_PolicyTypeSummary.html
 *
 * The walk up the tree is sequential (one ListParents per level); each level's policies are
 * listed the moment its id is known, and each policy's content is read once (DescribePolicy is
 * cached by id, since one SCP is often attached at several levels).
 */


const MAX_LEVELS = 8; // a root and at most five levels of OUs, with room to spare
async function collectOrganization(reader, organizations, account) {
    const notInUse = absentOn(['AWSOrganizationsNotInUseException']);
    const organization = reader.read('organizations.DescribeOrganization', (abortSignal) => organizations.send(new client_organizations_dist_cjs/* DescribeOrganizationCommand */.ov$({}), { abortSignal }), (response) => {
        const id = response.Organization?.Id;
        if (typeof id !== 'string' || id === '')
            throw new MalformedResponse('no Organization.Id');
        const management = response.Organization?.MasterAccountId;
        return { id, managementAccount: typeof management === 'string' && management !== '' ? management : undefined };
    }, notInUse);
    const policyTypes = reader.read('organizations.ListRoots', (abortSignal) => organizations.send(new client_organizations_dist_cjs/* ListRootsCommand */.Hkb({}), { abortSignal }), (response) => {
        const root = response.Roots?.[0];
        if (root === undefined)
            throw new MalformedResponse('no Roots');
        const enabled = (type) => (root.PolicyTypes ?? []).some((summary) => summary.Type === type && summary.Status === 'ENABLED');
        return { scp: enabled('SERVICE_CONTROL_POLICY'), rcp: enabled('RESOURCE_CONTROL_POLICY') };
    }, notInUse);
    const contents = new Map();
    const content = (id) => {
        let known = contents.get(id);
        if (known === undefined) {
            known = reader.read('organizations.DescribePolicy', (abortSignal) => organizations.send(new client_organizations_dist_cjs/* DescribePolicyCommand */.nY2({ PolicyId: id }), { abortSignal }), (response) => {
                const text = response.Policy?.Content;
                if (typeof text !== 'string' || text.trim() === '')
                    throw new MalformedResponse('no Policy.Content');
                return text;
            });
            contents.set(id, known);
        }
        return known;
    };
    const levelPolicies = (target, filter) => reader
        .readPages('organizations.ListPoliciesForTarget', (token, abortSignal) => organizations.send(new client_organizations_dist_cjs/* ListPoliciesForTargetCommand */.k$W({ TargetId: target, Filter: filter, ...(token !== undefined ? { NextToken: token } : {}) }), { abortSignal }), (response) => {
        if (response.Policies !== undefined && !Array.isArray(response.Policies))
            throw new MalformedResponse('Policies is not a list');
        const items = (response.Policies ?? []).map((policy) => {
            if (typeof policy.Id !== 'string')
                throw new MalformedResponse('a policy without Id');
            return { id: policy.Id, name: typeof policy.Name === 'string' && policy.Name !== '' ? policy.Name : policy.Id };
        });
        return { items, next: typeof response.NextToken === 'string' && response.NextToken !== '' ? response.NextToken : undefined };
    })
        .then(async (listed) => {
        if (!listed.ok)
            return listed;
        const policies = await Promise.all(listed.value.map(async (policy) => ({ ...policy, document: await content(policy.id) })));
        return { ok: true, value: { target, policies } };
    });
    // Walk up: each level's listings start as soon as the level is known.
    const scpLevels = [levelPolicies(account, 'SERVICE_CONTROL_POLICY')];
    const rcpLevels = [levelPolicies(account, 'RESOURCE_CONTROL_POLICY')];
    const ancestors = [];
    let path;
    let child = account;
    for (let level = 0; level < MAX_LEVELS && path === undefined; level++) {
        const parent = await reader.read('organizations.ListParents', (abortSignal) => organizations.send(new client_organizations_dist_cjs/* ListParentsCommand */.ZR({ ChildId: child }), { abortSignal }), (response) => {
            const found = response.Parents?.[0];
            if (found === undefined || typeof found.Id !== 'string' || (found.Type !== 'ROOT' && found.Type !== 'ORGANIZATIONAL_UNIT'))
                throw new MalformedResponse('no Parents[0] with an Id and a Type');
            return { id: found.Id, root: found.Type === 'ROOT' };
        }, notInUse);
        if (!parent.ok) {
            path = parent;
            break;
        }
        ancestors.unshift(parent.value.id);
        scpLevels.unshift(levelPolicies(parent.value.id, 'SERVICE_CONTROL_POLICY'));
        rcpLevels.unshift(levelPolicies(parent.value.id, 'RESOURCE_CONTROL_POLICY'));
        if (parent.value.root)
            path = { ok: true, value: ancestors };
        child = parent.value.id;
    }
    path ??= { ok: false, absent: false, read: 'organizations.ListParents', failure: 'malformed', error: `malformed ListParents response: no root within ${MAX_LEVELS} levels` };
    const gather = async (levels) => {
        const results = await Promise.all(levels);
        if (!path.ok)
            return path;
        const out = [];
        for (const result of results) {
            if (!result.ok)
                return result;
            out.push(result.value);
        }
        return { ok: true, value: out };
    };
    const [organizationResult, typesResult, scps, rcps] = await Promise.all([organization, policyTypes, gather(scpLevels), gather(rcpLevels)]);
    return { organization: organizationResult, policyTypes: typesResult, path, scps, rcps };
}

;// CONCATENATED MODULE: ./src/live/collect-s3.ts
/**
 * The bucket's and the object's side: every S3 read the scenario needs, all started at once (none
 * depends on another). Each returns a promise, so the KMS reads can start the moment the encryption
 * and HeadObject answers arrive instead of waiting for every S3 read.
 *
 * "Not configured" answers (S3 error codes, https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html):
 * NoSuchBucketPolicy, NoSuchPublicAccessBlockConfiguration (bucket and account), OwnershipControlsNotFoundError,
 * ServerSideEncryptionConfigurationNotFoundError, ObjectLockConfigurationNotFoundError, and for an
 * object NoSuchObjectLockConfiguration, or InvalidRequest "Bucket is missing Object Lock Configuration".
 * HeadObject answers 404 for a missing key (to a caller allowed s3:ListBucket) and 403 otherwise:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
 * GetBucketLocation: "Buckets in Region us-east-1 have a LocationConstraint of null. Buckets with a
 * LocationConstraint of EU reside in eu-west-1":
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html
 *
 * S3-compatible servers answer some configuration requests they do not implement with a bucket
 * listing (200): the SDK then finds none of the fields it expects, and the parsers below say
 * "malformed" instead of inventing a value.
 */



// ---------------------------------------------------------------------------------------------
// Parsers: the documented shape, or MalformedResponse
const PERMISSIONS = ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'];
const OWNERSHIPS = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];
const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
function parseAcl(owner, grants) {
    if (owner === undefined || typeof owner.ID !== 'string' || owner.ID === '')
        throw new MalformedResponse('no Owner.ID');
    if (grants !== undefined && !Array.isArray(grants))
        throw new MalformedResponse('Grants is not a list');
    return {
        owner: owner.ID,
        grants: (grants ?? []).map((grant, index) => {
            const permission = grant.Permission;
            if (permission === undefined || !PERMISSIONS.includes(permission))
                throw new MalformedResponse(`Grants[${index}].Permission is ${JSON.stringify(grant.Permission)}`);
            return { grantee: granteeOf(grant.Grantee, index), permission };
        })
    };
}
function granteeOf(grantee, index) {
    const where = `Grants[${index}].Grantee`;
    switch (grantee?.Type) {
        case 'CanonicalUser':
            if (typeof grantee.ID !== 'string' || grantee.ID === '')
                throw new MalformedResponse(`${where} has no ID`);
            return grantee.DisplayName !== undefined ? { type: 'CanonicalUser', id: grantee.ID, displayName: grantee.DisplayName } : { type: 'CanonicalUser', id: grantee.ID };
        case 'Group':
            if (typeof grantee.URI !== 'string')
                throw new MalformedResponse(`${where} has no URI`);
            return { type: 'Group', uri: grantee.URI };
        case 'AmazonCustomerByEmail':
            if (typeof grantee.EmailAddress !== 'string')
                throw new MalformedResponse(`${where} has no EmailAddress`);
            return { type: 'AmazonCustomerByEmail', emailAddress: grantee.EmailAddress };
        default:
            throw new MalformedResponse(`${where}.Type is ${JSON.stringify(grantee?.Type)}`);
    }
}
function parsePublicAccessBlock(config) {
    if (config === undefined || typeof config !== 'object' || config === null)
        throw new MalformedResponse('no PublicAccessBlockConfiguration');
    const block = {};
    for (const name of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']) {
        const value = config[name];
        if (value === undefined)
            continue;
        if (typeof value !== 'boolean')
            throw new MalformedResponse(`PublicAccessBlockConfiguration.${name} is ${JSON.stringify(value)}`);
        block[name] = value;
    }
    return block;
}
/** `null`/empty is us-east-1 and `EU` is eu-west-1 (GetBucketLocation). */
function regionOfLocation(constraint) {
    if (constraint === undefined || constraint === null || constraint === '')
        return 'us-east-1';
    if (constraint === 'EU')
        return 'eu-west-1';
    return constraint;
}
function lockMode(value, where) {
    if (value === 'GOVERNANCE' || value === 'COMPLIANCE')
        return value;
    throw new MalformedResponse(`${where} is ${JSON.stringify(value)}`);
}
function positive(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        throw new MalformedResponse(`${where} is ${JSON.stringify(value)}`);
    return value;
}
/** The S3 time value as ISO 8601 UTC without milliseconds. */
function isoTime(value, where) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
        throw new MalformedResponse(`${where} is not a time`);
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const isObjectLockMissing = (info) => info.code === 'NoSuchObjectLockConfiguration' ||
    info.code === 'ObjectLockConfigurationNotFoundError' ||
    info.code === 'NoSuchKey' ||
    info.status === 404 ||
    (info.code === 'InvalidRequest' && /object ?lock/i.test(info.message));
// ---------------------------------------------------------------------------------------------
function startS3Reads(reader, s3, s3control, input) {
    const Bucket = input.bucket;
    const send = s3.send.bind(s3);
    return {
        region: reader.read('s3.GetBucketLocation', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket }), { abortSignal }), (response) => regionOfLocation(response.LocationConstraint)),
        ownership: reader.readPages('s3.ListBuckets', (token, abortSignal) => send(new client_s3_dist_cjs/* ListBucketsCommand */.$Lo({ Prefix: Bucket, ...(token !== undefined ? { ContinuationToken: token } : {}) }), { abortSignal }), (response) => {
            if (response.Buckets !== undefined && !Array.isArray(response.Buckets))
                throw new MalformedResponse('Buckets is not a list');
            const owned = (response.Buckets ?? []).some((bucket) => bucket.Name === Bucket);
            const canonicalId = typeof response.Owner?.ID === 'string' && response.Owner.ID !== '' ? response.Owner.ID : undefined;
            const next = typeof response.ContinuationToken === 'string' && response.ContinuationToken !== '' ? response.ContinuationToken : undefined;
            return { items: [{ owned, canonicalId }], next };
        }).then((pages) => {
            if (!pages.ok)
                return pages;
            return { ok: true, value: { owned: pages.value.some((page) => page.owned), canonicalId: pages.value.find((page) => page.canonicalId !== undefined)?.canonicalId } };
        }),
        policy: reader.read('s3.GetBucketPolicy', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket }), { abortSignal }), (response) => {
            if (typeof response.Policy !== 'string' || response.Policy.trim() === '')
                throw new MalformedResponse('no Policy');
            return response.Policy;
        }, absentOn(['NoSuchBucketPolicy'])),
        policyStatus: reader.read('s3.GetBucketPolicyStatus', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketPolicyStatusCommand */.y3E({ Bucket }), { abortSignal }), (response) => {
            const value = response.PolicyStatus?.IsPublic;
            if (typeof value !== 'boolean')
                throw new MalformedResponse('no PolicyStatus.IsPublic');
            return value;
        }, absentOn(['NoSuchBucketPolicy'])),
        publicAccessBlock: reader.read('s3.GetPublicAccessBlock', (abortSignal) => send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket }), { abortSignal }), (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration), absentOn(['NoSuchPublicAccessBlockConfiguration'])),
        accountPublicAccessBlock: input.account === undefined
            ? undefined
            : reader.read('s3control.GetPublicAccessBlock', (abortSignal) => s3control.send(new client_s3_control_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ AccountId: input.account }), { abortSignal }), (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration), absentOn(['NoSuchPublicAccessBlockConfiguration'])),
        objectOwnership: reader.read('s3.GetBucketOwnershipControls', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket }), { abortSignal }), (response) => {
            const value = response.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
            if (value === undefined || !OWNERSHIPS.includes(value)) {
                throw new MalformedResponse(`no OwnershipControls.Rules[0].ObjectOwnership${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`);
            }
            return value;
        }, absentOn(['OwnershipControlsNotFoundError'])),
        acl: reader.read('s3.GetBucketAcl', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketAclCommand */.QPs({ Bucket }), { abortSignal }), (response) => parseAcl(response.Owner, response.Grants)),
        encryption: reader.read('s3.GetBucketEncryption', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket }), { abortSignal }), (response) => {
            const rule = response.ServerSideEncryptionConfiguration?.Rules?.[0];
            const byDefault = rule?.ApplyServerSideEncryptionByDefault;
            const algorithm = byDefault?.SSEAlgorithm;
            if (algorithm === undefined || !ALGORITHMS.includes(algorithm)) {
                throw new MalformedResponse(`no ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm${algorithm === undefined ? '' : ` (got ${JSON.stringify(algorithm)})`}`);
            }
            const encryption = { algorithm };
            if (typeof byDefault?.KMSMasterKeyID === 'string' && byDefault.KMSMasterKeyID !== '')
                encryption.kmsKeyArn = byDefault.KMSMasterKeyID;
            if (typeof rule?.BucketKeyEnabled === 'boolean')
                encryption.bucketKeyEnabled = rule.BucketKeyEnabled;
            return encryption;
        }, absentOn(['ServerSideEncryptionConfigurationNotFoundError'])),
        versioning: reader.read('s3.GetBucketVersioning', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket }), { abortSignal }), (response) => {
            const status = response.Status;
            if (status === undefined)
                return 'Disabled'; // never versioned: S3 returns no Status element
            if (status === 'Enabled' || status === 'Suspended')
                return status;
            throw new MalformedResponse(`Status is ${JSON.stringify(status)}`);
        }),
        objectLock: reader.read('s3.GetObjectLockConfiguration', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectLockConfigurationCommand */.mU1({ Bucket }), { abortSignal }), (response) => {
            const config = response.ObjectLockConfiguration;
            if (config === undefined)
                throw new MalformedResponse('no ObjectLockConfiguration');
            const lock = { enabled: config.ObjectLockEnabled === 'Enabled' };
            const retention = config.Rule?.DefaultRetention;
            if (retention !== undefined) {
                const days = positive(retention.Days, 'DefaultRetention.Days');
                const years = positive(retention.Years, 'DefaultRetention.Years');
                lock.defaultRetention = { mode: lockMode(retention.Mode, 'DefaultRetention.Mode'), ...(days !== undefined ? { days } : {}), ...(years !== undefined ? { years } : {}) };
            }
            return lock;
        }, absentOn(['ObjectLockConfigurationNotFoundError'])),
        requesterPays: reader.read('s3.GetBucketRequestPayment', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketRequestPaymentCommand */.Tbr({ Bucket }), { abortSignal }), (response) => {
            const payer = response.Payer;
            if (payer === 'Requester')
                return true;
            if (payer === 'BucketOwner')
                return false;
            throw new MalformedResponse(`Payer is ${JSON.stringify(payer)}`);
        }),
        object: input.key === undefined ? undefined : objectReads(reader, s3, Bucket, input.key, input.requestPayer)
    };
}
function objectReads(reader, s3, Bucket, Key, requestPayer) {
    const payer = requestPayer ? { RequestPayer: 'requester' } : {};
    const send = s3.send.bind(s3);
    return {
        head: reader
            .read('s3.HeadObject', (abortSignal) => send(new client_s3_dist_cjs/* HeadObjectCommand */.l81({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            const sse = response.ServerSideEncryption;
            const facts = { exists: true };
            if (typeof sse === 'string' && sse.startsWith('aws:kms')) {
                if (typeof response.SSEKMSKeyId !== 'string' || response.SSEKMSKeyId === '')
                    throw new MalformedResponse(`ServerSideEncryption is ${sse} but no SSEKMSKeyId`);
                facts.kmsKeyId = response.SSEKMSKeyId;
            }
            return facts;
        }, absentOn(['NotFound', 'NoSuchKey'], true))
            .then((result) => (!result.ok && result.absent ? { ok: true, value: { exists: false } } : result)),
        acl: reader.read('s3.GetObjectAcl', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectAclCommand */.hsf({ Bucket, Key, ...payer }), { abortSignal }), (response) => parseAcl(response.Owner, response.Grants), absentOn(['NoSuchKey'], true)),
        tags: reader.read('s3.GetObjectTagging', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectTaggingCommand */.u4b({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            if (!Array.isArray(response.TagSet))
                throw new MalformedResponse('no TagSet');
            const tags = {};
            for (const tag of response.TagSet) {
                if (typeof tag.Key !== 'string' || typeof tag.Value !== 'string')
                    throw new MalformedResponse('a tag without Key or Value');
                tags[tag.Key] = tag.Value;
            }
            return tags;
        }, absentOn(['NoSuchKey', 'NoSuchTagSet'], true)),
        retention: reader.read('s3.GetObjectRetention', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectRetentionCommand */.zsK({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            const retention = response.Retention;
            if (retention === undefined)
                throw new MalformedResponse('no Retention');
            return { mode: lockMode(retention.Mode, 'Retention.Mode'), until: isoTime(retention.RetainUntilDate, 'Retention.RetainUntilDate') };
        }, isObjectLockMissing),
        legalHold: reader.read('s3.GetObjectLegalHold', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectLegalHoldCommand */.v5H({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            const status = response.LegalHold?.Status;
            if (status === 'ON')
                return true;
            if (status === 'OFF')
                return false;
            throw new MalformedResponse(`LegalHold.Status is ${JSON.stringify(status)}`);
        }, isObjectLockMissing)
    };
}

;// CONCATENATED MODULE: ./src/live/collect.ts












/** Ten seconds per attempt at most: an API that has not answered by then is not going to. */
const MAX_ATTEMPT_MS = 10_000;
const ACCOUNT = /^\d{12}$/;
const collect_PRINCIPAL = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+$/;
const IDENTITY_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$/;
class Draft {
    unreadable = [];
    slots = [];
    notes = [];
    /** Records an unreadable layer (and returns the scenario's marker for it). */
    lost(path, result) {
        this.unreadable.push(unreadableLayer(path, result));
        return { unreadable: result.error };
    }
    /** A fact no permission can read (the reader is told why, with no permission to grant). */
    unknowable(path, error) {
        this.unreadable.push({ path, error, permission: '' });
    }
    slot(path, read, apply) {
        this.slots.push({ path, permission: READS[read].permission, apply });
    }
}
/** IAM's documents stay the strings AWS sent until the loader decodes them (see the module comment). */
function asDocument(text) {
    return text;
}
async function collectScenario(input) {
    const started = Date.now();
    const budgetMs = Math.max(1, input.settings.timeoutSeconds) * 1000;
    const reader = new Reader({
        attemptTimeoutMs: input.limits?.attemptTimeoutMs ?? Math.min(MAX_ATTEMPT_MS, budgetMs),
        deadline: Date.now() + budgetMs,
        ...(input.limits?.maxAttempts !== undefined ? { maxAttempts: input.limits.maxAttempts } : {}),
        ...(input.sleep !== undefined ? { sleep: input.sleep } : {}),
        ...(input.limits?.random !== undefined ? { random: input.limits.random } : {})
    });
    const { clients, request, settings } = input;
    const draft = new Draft();
    const account = input.caller !== null && ACCOUNT.test(input.caller.account) ? input.caller.account : undefined;
    const headers = lowerCaseKeys(request.headers);
    // Round 1: everything that needs only the request and the caller.
    const s3 = startS3Reads(reader, clients.s3, clients.s3control, {
        bucket: request.bucket,
        ...(request.key !== undefined ? { key: request.key } : {}),
        ...(account !== undefined ? { account } : {}),
        requestPayer: headers['x-amz-request-payer']?.toLowerCase() === 'requester'
    });
    const principal = resolvePrincipal(reader, clients, input.caller, s3.ownership, settings.endpointUrl !== undefined, draft);
    const identity = principal.then((found) => collectIdentity(reader, clients, found.arn, found.userName));
    const organization = account !== undefined ? collectOrganization(reader, clients.organizations, account) : Promise.resolve(undefined);
    const endpoint = readVpcEndpoint(reader, clients, settings, input.network, s3.region, draft);
    const sourceIp = discoverIp(settings, input.network, draft);
    const keys = collectKeys(reader, clients, headers, s3);
    const [found, identityResult, orgResult, endpointResult, ip, keyResults] = await Promise.all([principal, identity, organization, endpoint, sourceIp, keys]);
    const [region, ownership, policy, policyStatus, publicAccessBlock, accountPublicAccessBlock, objectOwnership, acl, encryption, versioning, objectLock, requesterPays] = await Promise.all([
        s3.region,
        s3.ownership,
        s3.policy,
        s3.policyStatus,
        s3.publicAccessBlock,
        s3.accountPublicAccessBlock,
        s3.objectOwnership,
        s3.acl,
        s3.encryption,
        s3.versioning,
        s3.objectLock,
        s3.requesterPays
    ]);
    const object = s3.object === undefined ? undefined : await Promise.all([s3.object.head, s3.object.acl, s3.object.tags, s3.object.retention, s3.object.legalHold]);
    // Assembly.
    const scenario = {
        version: 1,
        name: `Live snapshot: ${request.action} on s3://${request.bucket}${request.key !== undefined ? `/${request.key}` : ''}`,
        request: {
            principal: found.arn,
            action: request.action,
            bucket: request.bucket,
            ...(request.key !== undefined ? { key: request.key } : {}),
            ...(Object.keys(headers).length > 0 ? { headers } : {}),
            ...(request.operation !== undefined ? { operation: request.operation } : {})
        }
    };
    const owner = bucketOwner(ownership, account, draft, acl);
    const canonical = canonicalIds(ownership, acl, account);
    const bucket = { name: request.bucket };
    if (owner.account !== undefined)
        bucket.account = owner.account;
    if (region.ok)
        bucket.region = region.value;
    else if (!region.absent)
        draft.lost('bucket.region', region);
    const observations = {};
    if (policyStatus.ok)
        observations.bucketPolicyIsPublic = policyStatus.value;
    collect_assign(draft, 'bucket.policy', 's3.GetBucketPolicy', policy, (value) => (bucket.policy = asDocument(value)), (marker) => (bucket.policy = marker));
    collect_assign(draft, 'bucket.publicAccessBlock', 's3.GetPublicAccessBlock', publicAccessBlock, (value) => (bucket.publicAccessBlock = value), (marker) => (bucket.publicAccessBlock = marker));
    if (owner.foreign) {
        draft.unknowable('bucket.accountPublicAccessBlock', "the bucket belongs to another account: that account's Block Public Access settings cannot be read with these credentials");
        bucket.accountPublicAccessBlock = { unreadable: "the bucket belongs to another account, whose account-level Block Public Access cannot be read" };
    }
    else if (accountPublicAccessBlock !== undefined) {
        collect_assign(draft, 'bucket.accountPublicAccessBlock', 's3control.GetPublicAccessBlock', accountPublicAccessBlock, (value) => (bucket.accountPublicAccessBlock = value), (marker) => (bucket.accountPublicAccessBlock = marker));
    }
    else {
        draft.unknowable('bucket.accountPublicAccessBlock', 'no AWS account id to read the account-level Block Public Access of (an S3-compatible endpoint)');
        bucket.accountPublicAccessBlock = { unreadable: 'no AWS account id to read the account-level Block Public Access of' };
    }
    collect_assign(draft, 'bucket.objectOwnership', 's3.GetBucketOwnershipControls', objectOwnership, (value) => (bucket.objectOwnership = value), (marker) => (bucket.objectOwnership = marker));
    collect_assign(draft, 'bucket.acl', 's3.GetBucketAcl', acl, (value) => (bucket.acl = mapAcl(value, canonical)), (marker) => (bucket.acl = marker));
    collect_assign(draft, 'bucket.encryption', 's3.GetBucketEncryption', encryption, (value) => {
        const copy = { ...value };
        const resolved = copy.kmsKeyArn !== undefined ? keyResults.find((key) => key.reference === copy.kmsKeyArn)?.arn : undefined;
        if (resolved !== undefined)
            copy.kmsKeyArn = resolved;
        bucket.encryption = copy;
    }, (marker) => (bucket.encryption = marker));
    collect_assign(draft, 'bucket.versioning', 's3.GetBucketVersioning', versioning, (value) => (bucket.versioning = value), (marker) => (bucket.versioning = marker));
    collect_assign(draft, 'bucket.objectLock', 's3.GetObjectLockConfiguration', objectLock, (value) => (bucket.objectLock = value), (marker) => (bucket.objectLock = marker));
    collect_assign(draft, 'bucket.requesterPays', 's3.GetBucketRequestPayment', requesterPays, (value) => (bucket.requesterPays = value), (marker) => (bucket.requesterPays = marker));
    if (object !== undefined && request.key !== undefined) {
        const state = objectState(draft, request.key, object, canonical);
        if (Object.keys(state).length > 0)
            bucket.objects = { [request.key]: state };
    }
    scenario.bucket = bucket;
    const identityDraft = assembleIdentity(draft, found, identityResult, orgResult, input.caller);
    if (identityDraft !== undefined)
        scenario.identity = identityDraft;
    const organizationDraft = assembleOrganization(draft, orgResult, owner.foreign);
    if (organizationDraft !== undefined)
        scenario.organization = organizationDraft;
    const kmsKeys = assembleKeys(draft, keyResults);
    if (kmsKeys.length > 0)
        scenario.kmsKeys = kmsKeys;
    // The request context.
    const contextInput = { now: input.now, headers };
    if (settings.endpointUrl !== undefined)
        contextInput.endpointUrl = settings.endpointUrl;
    const requestRegion = region.ok ? region.value : settings.region;
    if (requestRegion !== undefined)
        contextInput.region = requestRegion;
    if (ip !== undefined)
        contextInput.sourceIp = ip;
    if (endpointResult.endpoint !== undefined) {
        const facts = endpointResult.endpoint;
        contextInput.vpcEndpoint = { id: facts.id, origin: endpointResult.origin, ...(facts.vpcId !== undefined ? { vpcId: facts.vpcId } : {}), ...(endpointResult.privateIp !== undefined ? { privateIp: endpointResult.privateIp } : {}) };
        const entry = { id: facts.id };
        if (facts.policy !== undefined) {
            entry.policy = asDocument(facts.policy);
            draft.slot('vpcEndpoints[0].policy', 'ec2.DescribeVpcEndpoints', (error) => (entry.policy = { unreadable: error }));
        }
        else if (facts.unreadable !== undefined) {
            entry.policy = draft.lost('vpcEndpoints[0].policy', facts.unreadable);
        }
        scenario.vpcEndpoints = [entry];
    }
    if (endpointResult.unknown !== undefined)
        contextInput.endpointUnknown = endpointResult.unknown;
    const built = buildRequestContext(contextInput);
    scenario.request.context = built.context;
    if (built.vpcEndpoint !== undefined)
        scenario.request.vpcEndpoint = built.vpcEndpoint;
    const checked = sanitize(scenario, draft);
    return {
        scenario: checked,
        unreadable: draft.unreadable,
        contextNotes: contextNotes(checked, built.unknown),
        notes: draft.notes,
        observations,
        stats: { reads: reader.log.length, roundTrips: roundTrips(reader.log), elapsedMs: Date.now() - started }
    };
}
// ---------------------------------------------------------------------------------------------
// Helpers
function lowerCaseKeys(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        out[name.toLowerCase()] = value;
    return out;
}
/** Puts a read's value (with a slot for the loader's verdict on it), its unreadable marker, or nothing for an absent layer. */
function collect_assign(draft, path, read, result, set, mark) {
    if (result.ok) {
        set(result.value);
        draft.slot(path, read, (error) => mark({ unreadable: error }));
    }
    else if (!result.absent) {
        mark(draft.lost(path, result));
    }
}
/**
 * The principal: GetCallerIdentity's ARN when the caller is known. Without it (S3-compatible
 * servers have no GetCallerIdentity), IAM GetUser with no name answers for the caller itself;
 * failing that, on an S3-compatible endpoint, ListBuckets' Owner.ID is the user id
 * (`arn:aws:iam:::user/ID`, the empty-account ARN those servers use).
 */
async function resolvePrincipal(reader, clients, caller, ownership, compatible, draft) {
    if (caller !== null)
        return { arn: normalizePrincipal(caller.arn, draft) };
    const me = await whoAmI(reader, clients.iam);
    if (me.ok)
        return { arn: normalizePrincipal(me.value.arn, draft), userName: me.value.name };
    const listed = await ownership;
    if (compatible && listed.ok && listed.value.canonicalId !== undefined && /^[\w.@$:+=,-]+$/.test(listed.value.canonicalId)) {
        draft.notes.push(`The caller was identified from the bucket listing's owner id (${listed.value.canonicalId}), as the S3-compatible server has neither STS GetCallerIdentity nor IAM GetUser.`);
        return { arn: `arn:aws:iam:::user/${listed.value.canonicalId}` };
    }
    const why = me.absent ? me.code : me.error;
    draft.lost('request.principal', { ok: false, absent: false, read: 'iam.GetUser', failure: me.absent ? 'not-found' : me.failure, error: `the caller could not be identified (no GetCallerIdentity; GetUser: ${why}): the principal is a placeholder` });
    return { arn: 'arn:aws:iam:::user/unidentified-caller' };
}
/** The scenario format accepts a 12-digit or an empty account; another (a Ceph tenant, an RGW account id) is blanked, with a note. */
function normalizePrincipal(arn, draft) {
    if (collect_PRINCIPAL.test(arn))
        return arn;
    const parts = arn.split(':');
    if (parts.length >= 6 && parts[0] === 'arn') {
        const blanked = [...parts.slice(0, 4), '', ...parts.slice(5)].join(':');
        if (collect_PRINCIPAL.test(blanked)) {
            draft.notes.push(`The caller's ARN ${arn} names an account "${parts[4] ?? ''}" that is not an AWS account id; the scenario records it as ${blanked}.`);
            return blanked;
        }
    }
    draft.unknowable('request.principal', `the caller's ARN ${arn} is not one the scenario format can hold: the principal is a placeholder`);
    return 'arn:aws:iam:::user/unidentified-caller';
}
async function collectIdentity(reader, clients, principal, userName) {
    if (userName !== undefined)
        return collectUser(reader, clients.iam, userName);
    const caller = (0,evaluate_principal/* parseCaller */.F7)(principal);
    switch (caller.kind) {
        case 'role-session':
            return collectRole(reader, clients.iam, caller.roleName);
        case 'user':
            return collectUser(reader, clients.iam, caller.name);
        case 'root':
            return 'root';
        case 'federated-user':
            return 'federated';
        default:
            return 'other';
    }
}
/** The endpoint the input names, or the one a self-hosted runner's subnet routes S3 through. */
async function readVpcEndpoint(reader, clients, settings, network, region, draft) {
    if (settings.vpcEndpointId !== undefined) {
        const id = settings.vpcEndpointId;
        const read = await readEndpoint(reader, clients.ec2, id);
        if (read.ok)
            return { endpoint: read.value, origin: 'input' };
        return { endpoint: { id, unreadable: read.ok === false && read.absent ? { ok: false, absent: false, read: 'ec2.DescribeVpcEndpoints', failure: 'not-found', error: read.code } : read }, origin: 'input' };
    }
    if (network?.runnerNetwork === undefined)
        return { origin: 'detected' };
    let runner;
    try {
        runner = await network.runnerNetwork();
    }
    catch (error) {
        draft.notes.push(`The runner's network could not be examined (${error instanceof Error ? error.message : String(error)}); the snapshot assumes no VPC endpoint.`);
        return { origin: 'detected' };
    }
    if (runner === null)
        return { origin: 'detected' }; // not on EC2 (a GitHub-hosted runner): the internet path
    const bucketRegion = await region;
    const endpointRegion = bucketRegion.ok ? bucketRegion.value : settings.region;
    if (endpointRegion === undefined)
        return { origin: 'detected', unknown: 'the region is not known' };
    const detected = await detectEndpoint(reader, clients.ec2, runner, endpointRegion);
    if (!detected.ok) {
        const lost = detected.absent ? undefined : detected;
        if (lost !== undefined)
            draft.lost('request.vpcEndpoint', lost);
        return { origin: 'detected', unknown: lost?.error ?? 'the VPC endpoints could not be read' };
    }
    if (detected.value === null)
        return { origin: 'detected' };
    draft.notes.push(`The runner is in ${runner.vpcId}${runner.subnetId !== undefined ? ` (${runner.subnetId})` : ''}; its S3 traffic goes through ${detected.value.id}.`);
    return { endpoint: detected.value, origin: 'detected', ...(runner.privateIp !== undefined ? { privateIp: runner.privateIp } : {}) };
}
async function discoverIp(settings, network, draft) {
    if (settings.sourceIp !== undefined)
        return { value: settings.sourceIp, origin: 'input' };
    if (network?.discoverSourceIp === undefined)
        return undefined;
    try {
        const found = await network.discoverSourceIp();
        if (found !== null) {
            draft.notes.push(`aws:SourceIp ${found} was discovered from the runner (checkip); a proxy in front of the real upload would change it.`);
            return { value: found, origin: 'discovered' };
        }
    }
    catch {
        // an unknown IP is reported as such by the context notes
    }
    return undefined;
}
/** The keys SSE-KMS may use: the header's at once, the bucket default's and the object's as their reads answer. */
function collectKeys(reader, clients, headers, s3) {
    const started = new Map();
    const start = (reference) => {
        if (reference === undefined || reference === '' || isAwsManagedS3Alias(reference) || started.has(reference))
            return Promise.resolve();
        started.set(reference, collectKey(reader, clients.kms, reference));
        return Promise.resolve();
    };
    const sse = headers['x-amz-server-side-encryption'];
    if (sse !== undefined && sse.startsWith('aws:kms'))
        void start(headers['x-amz-server-side-encryption-aws-kms-key-id']);
    const fromBucket = s3.encryption.then((result) => (result.ok && result.value.algorithm !== 'AES256' ? start(result.value.kmsKeyArn) : undefined));
    const fromObject = s3.object === undefined ? Promise.resolve() : s3.object.head.then((result) => (result.ok ? start(result.value.kmsKeyId) : undefined));
    return Promise.all([fromBucket, fromObject]).then(() => Promise.all(started.values()));
}
function bucketOwner(ownership, account, draft, acl) {
    if (account === undefined)
        return { account: undefined, foreign: false };
    if (ownership.ok) {
        if (ownership.value.owned)
            return { account, foreign: false };
        const canonical = acl.ok ? ` (canonical id ${acl.value.owner})` : '';
        draft.unknowable('bucket.account', `the bucket is not among account ${account}'s buckets (ListBuckets): another account owns it${canonical}, and S3 does not say which; the evaluation treats the owner as unknown`);
        draft.notes.push(`The bucket belongs to another account than ${account}; its id is unknown, so the evaluation cannot apply that account's own settings.`);
        return { account: undefined, foreign: true };
    }
    if (!ownership.absent) {
        draft.lost('bucket.account', { ...ownership, error: `which account owns the bucket is unknown (${ownership.error}); the evaluation takes it to be the caller's account ${account}` });
    }
    return { account: undefined, foreign: false };
}
/**
 * Canonical user id -> account id, for the ids we can vouch for: ListBuckets' Owner.ID is the
 * caller's account's, and when that account owns the bucket, so is the bucket ACL's owner.
 */
function canonicalIds(ownership, acl, callerAccount) {
    const map = new Map();
    if (callerAccount === undefined || !ownership.ok)
        return map;
    if (ownership.value.canonicalId !== undefined)
        map.set(ownership.value.canonicalId, callerAccount);
    if (ownership.value.owned && acl.ok)
        map.set(acl.value.owner, callerAccount);
    return map;
}
function mapAcl(acl, canonical) {
    return {
        owner: canonical.get(acl.owner) ?? acl.owner,
        grants: acl.grants.map((grant) => grant.grantee.type === 'CanonicalUser' && canonical.has(grant.grantee.id)
            ? { ...grant, grantee: { ...grant.grantee, id: canonical.get(grant.grantee.id) } }
            : grant)
    };
}
function objectState(draft, key, [head, acl, tags, retention, legalHold], canonical) {
    const base = (0,errors/* childPath */.cm)('bucket.objects', key);
    const state = {};
    if (head.ok) {
        state.exists = head.value.exists;
        if (!head.value.exists)
            return state;
        if (head.value.kmsKeyId !== undefined) {
            state.kmsKeyArn = head.value.kmsKeyId;
            draft.slot(`${base}.kmsKeyArn`, 's3.HeadObject', () => delete state.kmsKeyArn);
        }
    }
    else if (!head.absent) {
        const error = head.failure === 'denied' ? `${head.error} (HeadObject answers 403 both when the doctor lacks s3:GetObject and when the key does not exist and the doctor lacks s3:ListBucket)` : head.error;
        draft.lost(base, { ...head, error });
    }
    const field = (name, read, result, transform = (value) => value) => {
        collect_assign(draft, `${base}.${name}`, read, result, (value) => (state[name] = transform(value)), (marker) => (state[name] = marker));
    };
    field('acl', 's3.GetObjectAcl', acl, (value) => mapAcl(value, canonical));
    if (acl.ok) {
        state.owner = canonical.get(acl.value.owner) ?? acl.value.owner;
        draft.slot(`${base}.owner`, 's3.GetObjectAcl', () => delete state.owner);
    }
    field('tags', 's3.GetObjectTagging', tags);
    field('retention', 's3.GetObjectRetention', retention);
    field('legalHold', 's3.GetObjectLegalHold', legalHold);
    return state;
}
// ---------------------------------------------------------------------------------------------
// Identity, organization, keys
/** One identity policy (or boundary) at `path` (the document's path), with its slot or its unreadable marker. */
function namedPolicy(draft, path, policy, read) {
    const named = { name: policy.name, document: { unreadable: '' } };
    const document = policy.document;
    if (document.ok) {
        named.document = asDocument(document.value);
        draft.slot(path, read, (error) => (named.document = { unreadable: error }));
    }
    else if (document.absent) {
        named.document = draft.lost(path, { ok: false, absent: false, read, failure: 'not-found', error: `${document.code}: the policy was listed but could not be found` });
    }
    else {
        named.document = draft.lost(path, document);
    }
    return named;
}
/** The read whose permission a policy document needs: GetPolicyVersion for a managed policy (or the step that failed). */
function documentRead(policy, inline) {
    if (!policy.name.startsWith('arn:'))
        return policy.name.startsWith('group/') ? 'iam.GetGroupPolicy' : inline;
    return policy.document.ok || policy.document.absent ? 'iam.GetPolicyVersion' : policy.document.read;
}
function assembleIdentity(draft, principal, collected, org, caller) {
    const identity = {};
    if (collected === 'root') {
        if (IDENTITY_ARN.test(principal.arn))
            identity.arn = principal.arn;
    }
    else if (collected === 'federated') {
        draft.unknowable('identity.policies', 'a federated user session (GetFederationToken): the IAM user whose policies apply cannot be told from the session ARN');
        identity.policies = { unreadable: 'a federated user session: the IAM user whose policies apply cannot be told from its ARN' };
        draft.unknowable('identity.sessionPolicies', 'the policy passed to GetFederationToken cannot be read back from AWS');
        identity.sessionPolicies = { unreadable: 'the policy passed to GetFederationToken cannot be read back from AWS' };
    }
    else if (collected === 'other') {
        draft.notes.push(`The caller ${principal.arn} is neither a role session nor an IAM user: no identity policies were read.`);
    }
    else {
        const entityRead = collected.kind === 'role' ? 'iam.GetRole' : 'iam.GetUser';
        if (collected.entity.ok) {
            const facts = collected.entity.value;
            if (IDENTITY_ARN.test(facts.arn))
                identity.arn = facts.arn;
            else
                draft.notes.push(`The ${collected.kind}'s ARN ${facts.arn} has no AWS account id; the scenario leaves identity.arn out.`);
            if (Object.keys(facts.tags).length > 0)
                identity.tags = facts.tags;
        }
        else if (!collected.entity.absent) {
            draft.lost('identity.arn', { ...collected.entity, error: `${collected.entity.error} (the ${collected.kind}'s path, tags and permissions boundary are unknown)` });
        }
        const inlineRead = collected.kind === 'role' ? 'iam.GetRolePolicy' : 'iam.GetUserPolicy';
        const policies = collected.policies.map((policy, index) => namedPolicy(draft, `${(0,errors/* indexPath */.AV)('identity.policies', index)}.document`, policy, documentRead(policy, inlineRead)));
        collected.missingLists.forEach((missing, index) => {
            policies.push({ name: missing.name, document: draft.lost(`${(0,errors/* indexPath */.AV)('identity.policies', collected.policies.length + index)}.document`, missing.result) });
        });
        if (policies.length > 0)
            identity.policies = policies;
        const boundary = collected.boundary;
        if (boundary !== undefined) {
            identity.permissionsBoundary =
                'ok' in boundary
                    ? draft.lost('identity.permissionsBoundary', { ...boundary, read: entityRead, error: `whether the ${collected.kind} has a permissions boundary is unknown: ${boundary.error}` })
                    : namedPolicy(draft, 'identity.permissionsBoundary.document', boundary, documentRead(boundary, inlineRead));
        }
        if (collected.kind === 'role' && (caller === null || caller.source === 'environment' || caller.source === 'unknown')) {
            draft.notes.push('Session policies passed when the role session was created cannot be read back from AWS; the snapshot assumes none.');
        }
    }
    if (org !== undefined) {
        if (org.organization.ok) {
            identity.orgId = org.organization.value.id;
            if (org.path.ok)
                identity.orgPaths = [`${org.organization.value.id}/${org.path.value.map((id) => `${id}/`).join('')}`];
            else if (!org.path.absent)
                draft.lost('identity.orgPaths', org.path);
        }
        else if (!org.organization.absent) {
            draft.lost('identity.orgId', org.organization);
        }
    }
    return Object.keys(identity).length > 0 ? identity : undefined;
}
function levelsOf(draft, path, levels) {
    return levels.map((level, levelIndex) => level.policies.map((policy, index) => {
        const where = `${(0,errors/* indexPath */.AV)((0,errors/* indexPath */.AV)(path, levelIndex), index)}.document`;
        const named = { name: policy.name, document: { unreadable: '' } };
        if (policy.document.ok) {
            named.document = asDocument(policy.document.value);
            draft.slot(where, 'organizations.DescribePolicy', (error) => (named.document = { unreadable: error }));
        }
        else {
            named.document = policy.document.absent
                ? draft.lost(where, { ok: false, absent: false, read: 'organizations.DescribePolicy', failure: 'not-found', error: policy.document.code })
                : draft.lost(where, policy.document);
        }
        return named;
    }));
}
function assembleOrganization(draft, org, foreignBucket) {
    if (org === undefined)
        return undefined;
    if (!org.organization.ok && org.organization.absent)
        return undefined; // not in an organization: no SCPs, no RCPs
    const organization = {};
    if (org.organization.ok && org.organization.value.managementAccount !== undefined)
        organization.managementAccount = org.organization.value.managementAccount;
    const layer = (field, result, enabled) => {
        const path = `organization.${field}`;
        if (enabled === false)
            return;
        if (result.ok) {
            // Without ListRoots: a policy type that is enabled has a policy at every level, so none anywhere means disabled.
            if (enabled === undefined && result.value.every((level) => level.policies.length === 0))
                return;
            organization[field] = levelsOf(draft, path, result.value);
        }
        else if (!result.absent) {
            organization[field] = draft.lost(path, result);
        }
    };
    const types = org.policyTypes.ok ? org.policyTypes.value : undefined;
    layer('serviceControlPolicies', org.scps, types?.scp);
    if (foreignBucket) {
        draft.unknowable('organization.resourceControlPolicies', "the bucket belongs to another account: the RCPs of that account's organization are outside what the doctor can read");
        organization.resourceControlPolicies = { unreadable: "the bucket belongs to another account, whose organization's RCPs cannot be read" };
    }
    else {
        layer('resourceControlPolicies', org.rcps, types?.rcp);
    }
    return Object.keys(organization).length > 0 ? organization : undefined;
}
function assembleKeys(draft, keys) {
    const out = [];
    const seen = new Set();
    for (const key of keys) {
        const arn = key.arn ?? key.reference;
        if (seen.has(arn))
            continue;
        seen.add(arn);
        const index = out.length;
        const entry = { arn };
        // The request may name the key by alias: keep the alias so the evaluator finds the key from the header.
        if (key.arn !== undefined && /(^|:)alias\//.test(key.reference))
            entry.aliases = [key.reference.slice(key.reference.indexOf('alias/'))];
        collect_assign(draft, `kmsKeys[${index}].policy`, 'kms.GetKeyPolicy', key.policy, (value) => (entry.policy = asDocument(value)), (marker) => (entry.policy = marker));
        collect_assign(draft, `kmsKeys[${index}].grants`, 'kms.ListGrants', key.grants, (value) => (entry.grants = value), (marker) => (entry.grants = marker));
        if (key.arn === undefined)
            draft.notes.push(`The KMS key ${key.reference} could not be resolved to a key ARN; the snapshot names it as the request did.`);
        out.push(entry);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
function covers(slot, path) {
    return path === slot || path.startsWith(`${slot}.`) || path.startsWith(`${slot}[`);
}
/**
 * Loads the draft as `explain` would; every issue the loader finds inside a slot replaces that
 * slot's value with an unreadable marker carrying the loader's message, and the load is retried.
 * An issue outside every slot is a bug in the collector, and throws.
 */
function sanitize(draft, state) {
    const used = new Set();
    for (let round = 0; round <= state.slots.length; round++) {
        let problem;
        try {
            return (0,read/* checkPolicies */.Jk)((0,load/* parseScenario */.Mo)(draft));
        }
        catch (error) {
            if (!(error instanceof errors/* ScenarioError */.tp))
                throw error;
            problem = error;
        }
        let fixed = 0;
        for (const issue of problem.issues) {
            let best;
            for (const slot of state.slots) {
                if (!used.has(slot) && covers(slot.path, issue.path) && (best === undefined || slot.path.length > best.path.length))
                    best = slot;
            }
            if (best === undefined)
                continue;
            used.add(best);
            const error = `the answer could not be used: ${issue.path}: ${issue.message}`;
            best.apply(error);
            state.unreadable.push({ path: best.path, error, permission: best.permission });
            fixed++;
        }
        if (fixed === 0)
            throw new Error(`the collected scenario does not load (a collector bug): ${problem.message}`);
    }
    throw new Error('the collected scenario does not load (a collector bug)');
}

// EXTERNAL MODULE: ./src/conditions/index.ts + 9 modules
var src_conditions = __webpack_require__(6673);
// EXTERNAL MODULE: ./src/context/types.ts
var context_types = __webpack_require__(9910);
// EXTERNAL MODULE: ./src/evaluate/statement.ts
var evaluate_statement = __webpack_require__(6586);
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
    const context = new context_types/* RequestContext */.b();
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
        const caller = (0,evaluate_principal/* parseCaller */.F7)(request.callerArn, request.identityArn);
        const arn = (0,evaluate_principal/* principalArn */.EJ)(caller);
        if (arn !== undefined)
            put('aws:PrincipalArn', arn);
        const account = (0,evaluate_principal/* callerAccount */.Xr)(caller);
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
    const caller = request.kind === 'assume-role' ? (0,evaluate_principal/* parseCaller */.F7)(request.callerArn, request.identityArn) : { kind: 'anonymous' };
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
        const parsed = parseAccessDenied(message, { code: info.code, status: info.status });
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
    const info = describeAwsError(error);
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
    const reason = failure === undefined ? '' : `: ${describeAwsError(failure).message}`;
    return { cause: 'token-request-failed', summary: `GitHub did not issue an OIDC token${reason}` };
}

;// CONCATENATED MODULE: ./src/live/credentials.ts
/**
 * Credentials and the principal. First the default AWS credential chain (what
 * aws-actions/configure-aws-credentials leaves in the environment, a profile, web identity
 * variables); with `role-to-assume`, STS AssumeRoleWithWebIdentity with the job's GitHub OIDC token
 * when the job can have one, else AssumeRole with the base credentials. Then GetCallerIdentity,
 * which needs no permission and works even under an explicit deny, so the real principal is
 * reported first thing.
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
    const output = await withRetry(({ signal }) => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}), { abortSignal: signal }), retry);
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
    const info = secrets.scrub(describeAwsError(error));
    const failure = {
        kind: 'caller-identity',
        summary: `Could not learn who ${what} are (sts:GetCallerIdentity): ${info.code ?? 'error'}${info.message === '' ? '' : `: ${info.message}`}`,
        error: info
    };
    const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status });
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
        const info = secrets.scrub(describeAwsError(error));
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
        const output = await withRetry(({ signal }) => sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({ RoleArn: role, RoleSessionName: settings.roleSessionName, WebIdentityToken: token, DurationSeconds: SESSION_SECONDS }), { abortSignal: signal }), retry);
        const credentials = toIdentity(output.Credentials, 'AssumeRoleWithWebIdentity');
        secrets.credentials(credentials);
        const caller = await callerAfterAssume(deps.sts(credentials), output.AssumedRoleUser, 'assume-role-with-web-identity', retry);
        return { kind: 'resolved', credentials, caller };
    }
    catch (error) {
        const info = secrets.scrub(describeAwsError(error));
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
    // Who is asking, first: GetCallerIdentity works even when everything else is denied.
    let who;
    try {
        who = await getCallerIdentity(baseSts, sourceFromEnv(deps.env), retry);
    }
    catch (error) {
        if (describeAwsError(error).kind === 'credentials') {
            // No base credentials and no OIDC token: say why there is no token.
            const missing = explainMissingToken(deps.env, deps.event);
            return { kind: 'failed', failure: { kind: missing.cause, summary: `Cannot assume ${role}: ${missing.summary}`, roleArn: role } };
        }
        return { kind: 'failed', failure: { ...failedCallerIdentity(error, secrets, 'the base credentials', deps), roleArn: role } };
    }
    try {
        const output = await withRetry(({ signal }) => baseSts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: role, RoleSessionName: settings.roleSessionName, DurationSeconds: SESSION_SECONDS }), { abortSignal: signal }), retry);
        const credentials = toIdentity(output.Credentials, 'AssumeRole');
        secrets.credentials(credentials);
        const caller = await callerAfterAssume(deps.sts(credentials), output.AssumedRoleUser, 'assume-role', retry);
        return { kind: 'resolved', credentials, caller };
    }
    catch (error) {
        const info = secrets.scrub(describeAwsError(error));
        const trust = await readTrust(deps, role, secrets);
        const diagnosis = explainAssumeRoleFailure(info, null, {
            roleArn: role,
            audience: settings.audience,
            roleSessionName: settings.roleSessionName,
            callerArn: who.arn,
            ...(who.identityArn !== undefined ? { callerIdentityArn: who.identityArn } : {}),
            ...trust
        });
        return {
            kind: 'failed',
            failure: {
                kind: 'assume-role',
                summary: redact(`${who.arn} could not assume ${role}: ${diagnosis.summary}`, secrets.values),
                roleArn: role,
                error: info,
                caller: who,
                diagnosis
            }
        };
    }
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
/** GetCallerIdentity with the new credentials; if even that fails, the assumed-role user STS returned. */
async function callerAfterAssume(sts, assumed, source, retry) {
    try {
        return await getCallerIdentity(sts, source, retry);
    }
    catch (error) {
        if (assumed?.Arn === undefined)
            throw error;
        const caller = { arn: assumed.Arn, account: assumed.Arn.split(':')[4] ?? '', userId: assumed.AssumedRoleId ?? '', source };
        const identity = identityArnOf(assumed.Arn);
        if (identity !== undefined)
            caller.identityArn = identity;
        return caller;
    }
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
    return (0,evaluate_principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn).kind === 'role-session';
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
function deniedButAllowed(probe, verdict, unreadable, scenario, evidence) {
    const ranked = new Ranked();
    const mentioned = new Set();
    const parsed = evidence.parsedError ?? null;
    const named = parsed?.policyType;
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

;// CONCATENATED MODULE: ./src/live/probe.ts
/**
 * The probe: per operation, the cheapest request that proves or disproves access without changing
 * the bucket, and what each answer means. Every request carries the headers of the real upload
 * (ACL, SSE, KMS key, request payer), so header-dependent policy conditions are exercised too.
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
 *   non-empty body): the same action, resource, headers and condition keys as the real upload. S3
 *   authorizes a request from its headers before it reads the body (that is what lets it refuse an
 *   `Expect: 100-continue` upload before the body is sent), and checks the body's MD5 before storing
 *   it: "If supplied, after the file has been uploaded to S3, S3 checks to ensure that the MD5 hash
 *   of the uploaded file matches the hash supplied" (PutObject, Content-MD5), answering 400
 *   BadDigest. CHOSEN. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * - `CreateMultipartUpload` aborted at once: exercises kms:GenerateDataKey on SSE-KMS buckets (the
 *   MD5 probe may be refused before S3 asks KMS for a data key; AWS does not document the order),
 *   but creates an upload, and needs s3:AbortMultipartUpload to remove it. Used for the `multipart`
 *   operation only, where the pipeline makes this very call; a failed abort is reported loudly.
 *
 * So an unauthorized write probe gets 403 whatever the key's state; an authorized one gets 400
 * BadDigest. `canary` mode settles what the conditional probe cannot (KMS data keys, a server that
 * skips the MD5 check): it writes and deletes one small object.
 *
 * The delete probe is `DeleteObject` with `If-Match: *` ("delete only if it exists") on a fresh key
 * that does not exist: S3 answers 404 NoSuchKey (or 412) after authorizing s3:DeleteObject, and
 * deletes nothing; a plain DELETE of a missing key would leave a delete marker in a versioned bucket.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-deletes.html
 *
 * ## What each answer means
 *
 * | probe | request | authorized (`allowed`) | refused | also |
 * | --- | --- | --- | --- | --- |
 * | HeadBucket | HEAD bucket (s3:ListBucket) | 200 | 403, no body | 404 NoSuchBucket `not-found`; 301 another Region `error` |
 * | ListObjectsV2 | the prefix, MaxKeys 1 (s3:ListBucket) | 200 | 403 | 404 NoSuchBucket `not-found` |
 * | HeadObject | HEAD key (s3:GetObject) | 200 | 403, no body: GetObject denied, or the key is missing and s3:ListBucket is not granted | 404 `not-found`: authorized, key missing |
 * | GetObject | Range bytes=0-0 (s3:GetObject, kms:Decrypt on SSE-KMS) | 200/206; 416 InvalidRange (an empty object) | 403, the message names s3:GetObject or kms:Decrypt | 404 NoSuchKey `not-found` |
 * | PutObject (conditional) | the upload's key and headers, wrong Content-MD5 (s3:PutObject) | 400 BadDigest: nothing stored | 403 | 400 AccessControlListNotSupported `denied` (ACLs disabled); other 400 `error` (the real upload fails the same way); 2xx `error` + `leftBehind` (the server skipped the MD5 check) |
 * | CreateMultipartUpload | the upload's key and headers (s3:PutObject, kms:GenerateDataKey), then AbortMultipartUpload | 200 | 403 | a failed abort: `leftBehind` with the upload id |
 * | DeleteObject (conditional) | `If-Match: *` on `<prefix>.s3-403-doctor-probe-<id>` (s3:DeleteObject) | 404 NoSuchKey or 412 `precondition-failed`: nothing deleted | 403 | 204 `allowed`, the server ignored If-Match (`leftBehind`: a possible delete marker) |
 * | PutObject (canary) | `<prefix>.s3-403-doctor-canary-<id>`, the upload's headers | 200 | 403 | |
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
        const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status, operation });
        if (parsed.nonAuthorization !== undefined && parsed.nonAuthorization.code !== 'ExpectedBucketOwner') {
            return { outcome: 'error', meaning: parsed.nonAuthorization.explanation };
        }
    }
    return null;
}
function probe_record(operation, action, key, info, status, interpretation) {
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
    const result = probe_record(operation, action, key, null, statusOf(output, fallback), { outcome, meaning });
    result.requestId = requestIdOf(output);
    return result;
}
/** Sends probes in order and records each; never throws for an AWS answer. */
async function runProbes(s3, plan, deps) {
    const records = [];
    if (plan.mode === 'none') {
        for (const operation of plan.operations) {
            records.push({
                operation: OPERATION_NAMES[operation],
                action: OPERATION_ACTIONS[operation],
                status: null,
                errorCode: null,
                message: null,
                requestId: null,
                outcome: 'skipped',
                meaning: 'probe: none — no request was sent; the verdict rests on the snapshot alone.'
            });
        }
        return records;
    }
    const run = new ProbeRun(s3, plan, deps, records);
    try {
        await run.headBucket();
        for (const operation of plan.operations)
            await run.operation(operation);
    }
    finally {
        await run.cleanUp();
    }
    return records;
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
class ProbeRun {
    s3;
    plan;
    deps;
    records;
    cleanups = [];
    owner;
    payer;
    upload;
    constructor(s3, plan, deps, records) {
        this.s3 = s3;
        this.plan = plan;
        this.deps = deps;
        this.records = records;
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
            return { output: await withRetry(({ signal }) => call({ abortSignal: signal }), this.deps.retry ?? {}) };
        }
        catch (error) {
            return { error: describeAwsError(error) };
        }
    }
    push(value) {
        this.records.push(value);
    }
    failure(operation, action, key, info, specific) {
        return probe_record(operation, action, key, info, null, probe_common(info, operation) ?? specific(info));
    }
    async headBucket() {
        const { bucket } = this.plan;
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* HeadBucketCommand */.kuI({ Bucket: bucket, ...this.owner }), options));
        if ('output' in result) {
            this.push(success('HeadBucket', 's3:ListBucket', undefined, result.output, 200, 'The bucket exists and this principal may list it.'));
            return;
        }
        this.push(this.failure('HeadBucket', 's3:ListBucket', undefined, result.error, (info) => info.status === 403
            ? {
                outcome: 'denied',
                meaning: 'HeadBucket needs s3:ListBucket and was refused (a HEAD answer has no body, so no reason is given). A pipeline that only uploads does not need it; the object probes below tell more.'
            }
            : info.status === 404
                ? { outcome: 'not-found', meaning: 'The bucket does not exist (in this partition): check the bucket name.' }
                : unexpected(info)));
    }
    async operation(operation) {
        switch (operation) {
            case 'list':
                return this.list();
            case 'head':
                return this.head();
            case 'get':
                return this.get();
            case 'put':
                return this.plan.mode === 'canary' ? this.canary() : this.conditionalPut();
            case 'multipart':
                return this.multipart();
            case 'delete':
                return this.plan.mode === 'canary' && this.plan.operations.includes('put') ? undefined : this.conditionalDelete();
        }
    }
    needKey(operation, action) {
        if (this.plan.key !== undefined)
            return this.plan.key;
        this.push({
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
    async list() {
        const prefix = this.plan.prefix ?? (this.plan.key !== undefined ? probeBase(this.plan) : undefined);
        const input = { Bucket: this.plan.bucket, MaxKeys: 1, ...(prefix !== undefined && prefix !== '' ? { Prefix: prefix } : {}), ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x(input), options));
        const where = prefix !== undefined && prefix !== '' ? `under "${prefix}"` : 'in the bucket';
        if ('output' in result) {
            this.push(success('ListObjectsV2', 's3:ListBucket', prefix, result.output, 200, `This principal may list keys ${where} (s3:ListBucket).`));
            return;
        }
        this.push(this.failure('ListObjectsV2', 's3:ListBucket', prefix, result.error, (info) => (info.status === 403 ? { outcome: 'denied', meaning: `Listing keys ${where} is refused (s3:ListBucket).` } : unexpected(info))));
    }
    async head() {
        const key = this.needKey('HeadObject', 's3:GetObject');
        if (key === null)
            return;
        const input = { Bucket: this.plan.bucket, Key: key, ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* HeadObjectCommand */.l81(input), options));
        if ('output' in result) {
            this.push(success('HeadObject', 's3:GetObject', key, result.output, 200, 'The object exists and this principal may read its metadata (s3:GetObject).'));
            return;
        }
        this.push(this.failure('HeadObject', 's3:GetObject', key, result.error, (info) => {
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
    async get() {
        const key = this.needKey('GetObject', 's3:GetObject');
        if (key === null)
            return;
        const input = { Bucket: this.plan.bucket, Key: key, Range: 'bytes=0-0', ...this.payer, ...this.owner };
        const result = await this.send(async (options) => {
            const output = await this.s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs(input), options);
            // One byte at most: release the connection.
            const body = output.Body;
            body?.destroy?.();
            return output;
        });
        if ('output' in result) {
            this.push(success('GetObject', 's3:GetObject', key, result.output, 206, 'This principal may read the object (s3:GetObject, and kms:Decrypt when it is SSE-KMS encrypted).'));
            return;
        }
        this.push(this.failure('GetObject', 's3:GetObject', key, result.error, (info) => {
            if (info.status === 416)
                return { outcome: 'allowed', meaning: 'Authorized: the object is empty, so the one-byte range cannot be served (416 InvalidRange).' };
            if (info.status === 404)
                return { outcome: 'not-found', meaning: 'Authorized, and the key does not exist (NoSuchKey): S3 says 404 only to callers allowed s3:ListBucket.' };
            if (info.status === 403) {
                const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status });
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
    async conditionalPut() {
        const key = this.plan.key ?? probeKey(this.plan, this.deps.randomId());
        const input = {
            Bucket: this.plan.bucket,
            Key: key,
            Body: PROBE_BODY,
            ContentMD5: WRONG_CONTENT_MD5,
            ContentType: 'text/plain',
            ...this.upload,
            ...this.payer,
            ...this.owner
        };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ(input), options));
        if ('output' in result) {
            const stored = probe_record('PutObject', 's3:PutObject', key, null, statusOf(result.output, 200), {
                outcome: 'error',
                meaning: 'The server STORED the probe body although its Content-MD5 was wrong (S3 refuses that with BadDigest; this endpoint does not check): access is allowed, but the object now holds the probe text. Use probe: canary or none with this endpoint.'
            });
            stored.requestId = requestIdOf(result.output);
            stored.leftBehind = `s3://${this.plan.bucket}/${key}`;
            this.push(stored);
            return;
        }
        this.push(this.failure('PutObject', 's3:PutObject', key, result.error, (info) => {
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
        }));
    }
    async multipart() {
        const key = this.plan.key ?? probeKey(this.plan, this.deps.randomId());
        const input = { Bucket: this.plan.bucket, Key: key, ContentType: 'application/octet-stream', ...this.upload, ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* CreateMultipartUploadCommand */.nG4(input), options));
        if (!('output' in result)) {
            this.push(this.failure('CreateMultipartUpload', 's3:PutObject', key, result.error, (info) => {
                if (info.status === 403) {
                    const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status });
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
            this.push(malformed);
            return;
        }
        this.push(success('CreateMultipartUpload', 's3:PutObject', key, result.output, 200, 'Authorized to start a multipart upload (s3:PutObject, and kms:GenerateDataKey on SSE-KMS). It is aborted at once; no part was sent.'));
        const abortInput = { Bucket: this.plan.bucket, Key: key, UploadId: uploadId, ...this.payer, ...this.owner };
        const abort = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* AbortMultipartUploadCommand */.tfP(abortInput), options));
        if ('output' in abort) {
            this.push(success('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.output, 204, 'The probe’s multipart upload was aborted: nothing is left.'));
            return;
        }
        const failed = probe_record('AbortMultipartUpload', 's3:AbortMultipartUpload', key, abort.error, null, {
            outcome: abort.error.status === 403 ? 'denied' : 'error',
            meaning: `CLEANUP FAILED: the probe's multipart upload ${uploadId} on ${key} could not be aborted; it holds no data, but delete it (aws s3api abort-multipart-upload) or let a lifecycle rule for incomplete uploads remove it.`
        });
        failed.leftBehind = `s3://${this.plan.bucket}/${key}?uploadId=${uploadId}`;
        this.push(failed);
    }
    async conditionalDelete() {
        const key = probeKey(this.plan, this.deps.randomId());
        const input = { Bucket: this.plan.bucket, Key: key, IfMatch: '*', ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j(input), options));
        if ('output' in result) {
            const ignored = success('DeleteObject', 's3:DeleteObject', key, result.output, 204, 'Authorized (s3:DeleteObject), but the endpoint ignored If-Match: * on a key that does not exist; in a versioned bucket it may have left a delete marker for the probe key.');
            if (result.output.DeleteMarker === true || result.output.VersionId !== undefined) {
                ignored.leftBehind = `s3://${this.plan.bucket}/${key}${result.output.VersionId !== undefined ? `?versionId=${result.output.VersionId}` : ''} (a delete marker)`;
            }
            this.push(ignored);
            return;
        }
        this.push(this.failure('DeleteObject', 's3:DeleteObject', key, result.error, (info) => {
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
    async canary() {
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
            this.push(success('PutObject', 's3:PutObject', key, result.output, 200, 'The canary upload with the real upload’s headers succeeded: writing is allowed, KMS included. It is deleted at the end.'));
            return;
        }
        // A definite 4xx refusal stored nothing; a timeout or 5xx may have.
        state.stored = result.error.status === null || result.error.status >= 500;
        this.push(this.failure('PutObject', 's3:PutObject', key, result.error, (info) => {
            if (info.status === 403) {
                const parsed = parseAccessDenied(info.message, { code: info.code, status: info.status });
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
            return;
        const action = state.versionId !== undefined ? 's3:DeleteObjectVersion' : 's3:DeleteObject';
        const input = { Bucket: this.plan.bucket, Key: key, ...(state.versionId !== undefined ? { VersionId: state.versionId } : {}), ...this.payer, ...this.owner };
        const result = await this.send((options) => this.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j(input), options));
        if ('output' in result) {
            this.push(success('DeleteObject', action, key, result.output, 204, `The canary was deleted${state.versionId !== undefined ? ' (its version too)' : ''}: deleting is allowed, and nothing is left.`));
            return;
        }
        const where = `s3://${this.plan.bucket}/${key}${state.versionId !== undefined ? `?versionId=${state.versionId}` : ''}`;
        const failed = probe_record('DeleteObject', action, key, result.error, null, {
            outcome: result.error.status === 403 ? 'denied' : 'error',
            meaning: `CLEANUP FAILED: the canary object ${where} is still in the bucket (${action} ${result.error.status === 403 ? 'is refused' : 'failed'}). Delete it by hand.`
        });
        failed.leftBehind = where;
        this.push(failed);
    }
    async cleanUp() {
        const cleanups = this.cleanups.splice(0);
        for (const cleanup of cleanups) {
            try {
                await cleanup();
            }
            catch (error) {
                const info = describeAwsError(error);
                this.push(probe_record('cleanup', 's3:DeleteObject', undefined, info, null, { outcome: 'error', meaning: `CLEANUP FAILED: ${info.message}` }));
            }
        }
    }
}
function unexpected(info) {
    return { outcome: 'error', meaning: `Unexpected answer ${info.status ?? ''} ${info.code ?? ''}: nothing is known about access.`.replace(/\s+/g, ' ') };
}

;// CONCATENATED MODULE: ./src/live/diagnose.ts








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
function randomId() {
    return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}
/** The pipeline's credentials as a provider for the reader's AssumeRole. */
function asProvider(credentials, fallback) {
    if (credentials !== undefined)
        return () => Promise.resolve(credentials);
    return fallback;
}
async function diagnose_diagnose(settings, deps) {
    const bucket = settings.bucket;
    if (bucket === undefined)
        throw new Error('diagnose needs a bucket');
    const now = deps.now ?? (() => new Date());
    const deadline = Date.now() + settings.timeoutSeconds * 1000;
    const retry = { ...(deps.retry ?? {}), deadline, ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}) };
    const stsFor = (credentials) => deps.clients(credentials).sts;
    const credentialDeps = {
        sts: stsFor,
        getIDToken: deps.getIDToken,
        setSecret: deps.setSecret,
        env: deps.env,
        retry,
        ...(deps.defaultCredentials !== undefined ? { defaultCredentials: deps.defaultCredentials } : {}),
        ...(deps.event !== undefined ? { event: deps.event } : {})
    };
    // 1. The pipeline's credentials and who they are.
    const resolved = await resolveCredentials(settings, credentialDeps);
    let caller;
    let pipelineCredentials;
    if (resolved.kind === 'resolved') {
        caller = resolved.caller;
        pipelineCredentials = resolved.credentials ?? deps.defaultCredentials;
    }
    else if (callerUnavailable(resolved.failure, settings)) {
        caller = null;
        pipelineCredentials = deps.defaultCredentials;
    }
    else {
        throw new CredentialsError(resolved.failure);
    }
    const pipeline = deps.clients(pipelineCredentials);
    // 2. The reader's clients (reader-role-to-assume), assumed while the probes run.
    const reader = settings.readerRoleToAssume === undefined
        ? Promise.resolve(pipeline)
        : (async () => {
            const base = asProvider(resolved.kind === 'resolved' ? resolved.credentials : undefined, deps.defaultCredentials);
            const result = await resolveCredentials({ roleToAssume: settings.readerRoleToAssume ?? '', roleSessionName: `${settings.roleSessionName}-reader`.slice(0, 64), audience: settings.audience }, { ...credentialDeps, ...(base !== undefined ? { defaultCredentials: base } : {}) });
            if (result.kind === 'resolved')
                return deps.clients(result.credentials);
            deps.warning?.(`${explainFailure(result.failure)}\nThe layers are read with the pipeline's own credentials instead.`);
            return pipeline;
        })();
    const headers = uploadHeaders(settings.headers);
    const requests = settings.operations.map((name) => ({ name, ...OPERATION_REQUESTS[name] }));
    const collect = async (clients, request) => {
        const key = settings.key ?? settings.prefix;
        return collectScenario({
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
        });
    };
    const collectAll = async () => {
        const clients = await reader;
        return Promise.all(requests.map((request) => collect(clients, request)));
    };
    // 3. Probes and collection: together in diagnose mode; in preflight, layers only on a denial.
    const probing = runProbes(pipeline.s3, probePlan(settings, bucket), { now, randomId: deps.randomId ?? randomId, retry });
    let collected;
    let probes;
    if (settings.mode === 'diagnose' || settings.probe === 'none') {
        const collecting = collectAll();
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
        collected = troubled || settings.errorMessage !== undefined ? await collectAll() : null;
    }
    const parsedError = settings.errorMessage !== undefined ? parseAccessDenied(settings.errorMessage) : null;
    // 4. Evaluate, fix, compare: one diagnosis per operation.
    return requests.map((request, index) => {
        const own = probes.filter((probe) => probe.operation === request.operation || (probe.action === request.action && probe.operation.startsWith(request.operation)));
        const relevant = own.length > 0 ? own : probes.filter((probe) => probe.action === request.action);
        const result = collected?.[index];
        if (result === undefined)
            return probedOnly(caller, relevant, parsedError, bucket, request, settings);
        const verdict = (0,engine/* evaluateScenario */.m)(result.scenario);
        const { fixes, noFix } = (0,fix/* diagnoseFixes */.o1)(result.scenario, verdict);
        const disagreement = explainDisagreement(relevant, verdict, result.unreadable, result.scenario, { parsedError, contextNotes: result.contextNotes });
        const diagnosis = { caller, probes: relevant, parsedError, scenario: result.scenario, verdict, fixes, unreadable: result.unreadable, disagreement, noFix };
        return diagnosis;
    });
}
function probePlan(settings, bucket) {
    return {
        bucket,
        ...(settings.key !== undefined ? { key: settings.key } : {}),
        ...(settings.prefix !== undefined ? { prefix: settings.prefix } : {}),
        operations: settings.operations,
        headers: settings.headers,
        mode: settings.probe
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
function client_createGitHubClient(options) {
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

// EXTERNAL MODULE: ./src/report/analyze.ts
var report_analyze = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The pull request comment: the same diagnosis as the job summary, shorter (the headline, the
 * deciding statement's conditions, the first fix in full, a link to the run), under a hidden
 * marker that lets the next run find the comment and update it instead of adding another.
 *
 * GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536
 * characters)", https://docs.github.com/rest/issues/comments#create-an-issue-comment).
 */






const comment_COMMENT_LIMIT_CHARACTERS = 65_536;
/**
 * The marker of one report: a hash of what identifies it across runs (the workflow, the job, the
 * bucket), so that a rerun updates its own comment and another job's comment is left alone. A
 * hash keeps account ids and names out of the hidden text.
 */
function comment_commentMarker(...identity) {
    const digest = createHash('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 16);
    return `<!-- s3-403-doctor:${digest} -->`;
}
function render(diagnosis, options, shape, accountIds) {
    const md = new Md(cleanOptions(options, accountIds));
    const parts = { diagnosis, analysis: analyze(diagnosis), md };
    const denied = diagnosis.verdict.denial !== null;
    const link = options.runUrl === undefined ? '' : `The full report (every layer, the probes, the trace) is in the [job summary](${options.runUrl.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')}).`;
    const blocks = [
        options.marker,
        section.headline(parts),
        section.why(parts),
        section.disagreement(parts),
        denied ? section.decidingStatement(parts, { json: shape.json }) : '',
        denied ? section.nearMisses(parts, shape.nearMissLimit) : '',
        denied ? section.fixes(parts, { limit: shape.fixLimit, documents: shape.fixDocuments }) : '',
        shape.layers ? section.layers(parts) : '',
        section.unreadable(parts),
        notesSection(options.notes),
        link
    ];
    return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
/** The pull request comment of one diagnosis, starting with `options.marker`. */
function comment_buildComment(diagnosis, options) {
    const max = Math.min(options.maxCharacters ?? comment_COMMENT_LIMIT_CHARACTERS, comment_COMMENT_LIMIT_CHARACTERS);
    const shapes = [
        { json: true, nearMissLimit: 5, fixLimit: 3, fixDocuments: true, layers: diagnosis.verdict.decision === 'allow' },
        { json: false, nearMissLimit: 5, fixLimit: 3, fixDocuments: false, layers: false },
        { json: false, nearMissLimit: 3, fixLimit: 1, fixDocuments: true, layers: false },
        { json: false, nearMissLimit: 1, fixLimit: 1, fixDocuments: false, layers: false }
    ];
    let chosen = shapes[shapes.length - 1];
    for (const shape of shapes) {
        if (render(diagnosis, options, shape, undefined).length <= max) {
            chosen = shape;
            break;
        }
    }
    const text = removeKnownSecrets(render(diagnosis, options, chosen, options.accountIds), options.secrets);
    if (text.length <= max)
        return text;
    // The marker must survive the cut: it is how the next run finds this comment.
    return hardCut(text, max, 'comment');
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
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














/** Environment variables whose values must never be printed, wherever they turn up. */
const SECRET_ENV = (/* unused pure expression or super */ null && (['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN']));
function primaryOf(diagnoses) {
    const primary = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses[0];
    if (primary === undefined)
        throw new Error('publish needs at least one diagnosis');
    return primary;
}
/**
 * The fix written to fix-path: the first proven change that needs no other (else the first proven,
 * else the first) among those that are a policy; its file content when its command reads one.
 */
function fixToWrite(fixes) {
    const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    const candidates = fixes.filter((fix) => (fix.file !== null && isObject(fix.file.content)) || isObject(fix.document));
    const chosen = candidates.find((fix) => fix.proven && fix.dependsOn.length === 0) ?? candidates.find((fix) => fix.proven) ?? candidates[0];
    if (chosen === undefined)
        return null;
    return { fix: chosen, json: chosen.file !== null && isObject(chosen.file.content) ? chosen.file.content : chosen.document };
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
    const primary = primaryOf(diagnoses);
    const marker = commentMarker(context.workflow, context.job, primary.scenario.request.bucket, primary.scenario.request.action);
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
    const analysis = analyze(diagnosis);
    const where = denial.statement === null ? denial.policy : `${denial.policy}, statement ${denial.statement}`;
    const lines = [`${denial.action} on ${analysis.target} for ${analysis.principal} is denied by the ${denial.policyType}${denial.kind === undefined ? ' layer' : ` (${denial.kind} deny)`}: ${where}.`, `Why: ${denial.reason}`];
    const first = diagnosis.fixes[0];
    if (first !== undefined)
        lines.push(`Fix: ${first.title}`);
    const properties = { title: md.clean(`S3 denies ${denial.action} (${denial.policyType})`) };
    const document = denial.path === undefined ? undefined : valueAtPath(diagnosis.scenario, denial.path);
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
async function publish_publish(input, settings, deps) {
    const diagnoses = Array.isArray(input) ? input : [input];
    const primary = primaryOf(diagnoses);
    const token = settings.githubToken ?? '';
    if (token !== '')
        deps.setSecret(token);
    const secrets = [token, ...SECRET_ENV.map((name) => deps.env[name] ?? '')].filter((value) => value.length >= 8);
    const accountIds = settings.redact === 'account-ids' ? new AccountIds() : undefined;
    const md = new Md(accountIds === undefined ? { secrets } : { secrets, accountIds });
    const decision = diagnoses.some((diagnosis) => diagnosis.verdict.decision === 'deny') ? 'deny' : 'allow';
    const denial = primary.verdict.denial;
    deps.setOutput(Outputs.Decision, decision);
    deps.setOutput(Outputs.DeniedBy, denial?.policyType ?? '');
    deps.setOutput(Outputs.Statement, denial?.statement ?? '');
    deps.setOutput(Outputs.Principal, new Md({ secrets }).clean(primary.caller?.arn ?? primary.scenario.request.principal));
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
    const directory = join(deps.tempDir, 's3-403-doctor', safeName(deps.env['GITHUB_ACTION'] ?? 'report'));
    const reportPath = join(directory, 'report.md');
    await deps.writeFile(reportPath, summary);
    deps.setOutput(Outputs.ReportPath, reportPath);
    const fix = fixToWrite(primary.fixes);
    let fixPath = null;
    if (fix !== null) {
        fixPath = join(directory, 'fix.json');
        await deps.writeFile(fixPath, `${JSON.stringify(fix.json, null, 2)}\n`);
    }
    deps.setOutput(Outputs.FixPath, fixPath ?? '');
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
    return { decision, comment, reportPath, fixPath };
}
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'dist', 'coverage', '.terraform', 'vendor', '.venv', 'cdk.out']);
const MAX_FILE_BYTES = 512 * 1024;
const MAX_FILES = 5000;
/** The JSON files under `root` (paths relative to it, forward slashes), skipping dependencies and build output. */
async function listJsonFiles(root) {
    const found = [];
    const walk = async (directory, depth) => {
        if (depth > 12 || found.length >= MAX_FILES)
            return;
        let entries;
        try {
            entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (found.length >= MAX_FILES)
                return;
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk(path, depth + 1);
            }
            else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
                const info = await (0,promises_.stat)(path).catch(() => null);
                if (info === null || info.size > MAX_FILE_BYTES)
                    continue;
                const text = await (0,promises_.readFile)(path, 'utf8').catch(() => null);
                if (text !== null)
                    found.push({ path: (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/'), text });
            }
        }
    };
    await walk(root, 0);
    return found;
}
const defaultPublishDeps = {
    setOutput: (name, value) => core/* setOutput */.uH(name, value),
    setSecret: (value) => core/* setSecret */.Pq(value),
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    error: (message, properties) => core/* error */.z3(message, properties),
    writeSummary: async (markdown) => {
        await core/* summary */.z.addRaw(markdown, true).write();
    },
    readFile: (path) => (0,promises_.readFile)(path, 'utf8'),
    writeFile: async (path, text) => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text, 'utf8');
    },
    repositoryFiles: () => listJsonFiles(process.env['GITHUB_WORKSPACE'] ?? process.cwd()),
    fetch: (url, init) => fetch(url, init),
    env: process.env,
    tempDir: process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)()
};
/**
 * A report that is already markdown (the policy review): the job summary, and the sticky pull
 * request comment under its own marker. The comment never decides the step's outcome.
 */
async function publishMarkdown(markdown, settings, deps, key) {
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
    await deps.writeSummary(note === null ? body : `${body}\n\n> ${note}\n`);
    return outcome;
}

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
        defaultCredentials: (0,dist_cjs/* fromNodeProviderChain */.br)(),
        warning: io.warning
    };
    // The runner's IP and network only against AWS: an S3-compatible endpoint has no aws:SourceIp to compare.
    if (settings.endpointUrl === undefined)
        deps.network = { discoverSourceIp: () => discoverPublicIp(), runnerNetwork: () => readRunnerNetwork() };
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
/** The scenario to save: the first denied operation's, or the first. */
function scenarioToSave(diagnoses) {
    return diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny') ?? diagnoses[0];
}
async function runLiveMode(settings, deps) {
    const diagnoses = await diagnose(settings, await liveDeps(settings, deps.env, deps));
    const saved = scenarioToSave(diagnoses);
    if (settings.saveScenario !== undefined && saved !== undefined) {
        await deps.writeFile(settings.saveScenario, `${JSON.stringify(saved.scenario, null, 2)}\n`);
        deps.setOutput(Outputs.ScenarioPath, settings.saveScenario);
    }
    await publish(diagnoses, { comment: settings.comment, redact: settings.redact, githubToken: settings.githubToken }, deps);
    const denied = diagnoses.find((diagnosis) => diagnosis.verdict.decision === 'deny' || diagnosis.probes.some((probe) => probe.outcome === 'denied'));
    if (settings.failOnDeny && denied !== undefined) {
        deps.setFailed(`S3 denies ${denied.scenario.request.action}: ${denied.verdict.denial?.reason ?? 'the probe was denied'}`);
    }
}

;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * The action's inputs (and the CLI's flags, which carry the same names), read and checked in one
 * place into one typed settings object. A bad value fails with a message naming the input and
 * what it accepts.
 */

class InputError extends Error {
    name = 'InputError';
}
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const VPCE = /^vpce-[0-9a-f]{8,17}$/;
function readSettings(input) {
    const text = (name) => {
        const value = input(name).trim();
        return value === '' ? undefined : value;
    };
    const mode = oneOf(input, Inputs.Mode, MODES, 'preflight');
    const settings = {
        mode,
        operations: readOperations(input),
        roleSessionName: text(Inputs.RoleSessionName) ?? 's3-403-doctor',
        audience: text(Inputs.Audience) ?? 'sts.amazonaws.com',
        probe: oneOf(input, Inputs.Probe, PROBES, 'conditional'),
        headers: readHeaders(input),
        failOnDeny: readBoolean(input, Inputs.FailOnDeny, false),
        timeoutSeconds: readNumber(input, Inputs.TimeoutSeconds, 60, 1, 3600),
        comment: oneOf(input, Inputs.Comment, COMMENT_MODES, 'auto'),
        redact: oneOf(input, Inputs.Redact, REDACT_MODES, 'none'),
        expectations: text(Inputs.Expectations) ?? '.github/s3-access.yml',
        failOn: oneOf(input, Inputs.FailOn, FAIL_ON, 'broken')
    };
    const optional = [
        ['scenarioPath', Inputs.Scenario],
        ['key', Inputs.Key],
        ['prefix', Inputs.Prefix],
        ['endpointUrl', Inputs.EndpointUrl],
        ['errorMessage', Inputs.ErrorMessage],
        ['saveScenario', Inputs.SaveScenario],
        ['githubToken', Inputs.GithubToken],
        ['plan', Inputs.Plan],
        ['template', Inputs.Template]
    ];
    for (const [field, name] of optional) {
        const value = text(name);
        if (value !== undefined)
            settings[field] = value;
    }
    const bucket = text(Inputs.Bucket);
    if (bucket !== undefined)
        settings.bucket = checked(Inputs.Bucket, bucket, BUCKET, 'an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens)');
    const region = text(Inputs.Region);
    if (region !== undefined)
        settings.region = checked(Inputs.Region, region, REGION, 'an AWS region such as us-east-1');
    const role = text(Inputs.RoleToAssume);
    if (role !== undefined)
        settings.roleToAssume = checked(Inputs.RoleToAssume, role, ROLE_ARN, 'a role ARN such as arn:aws:iam::123456789012:role/ci');
    const reader = text(Inputs.ReaderRoleToAssume);
    if (reader !== undefined)
        settings.readerRoleToAssume = checked(Inputs.ReaderRoleToAssume, reader, ROLE_ARN, 'a role ARN such as arn:aws:iam::123456789012:role/doctor-reader');
    checked(Inputs.RoleSessionName, settings.roleSessionName, SESSION_NAME, '2-64 characters among letters, digits and +=,.@_-');
    const vpce = text(Inputs.VpcEndpointId);
    if (vpce !== undefined)
        settings.vpcEndpointId = checked(Inputs.VpcEndpointId, vpce, VPCE, 'a VPC endpoint id such as vpce-0abc1234');
    const ip = text(Inputs.SourceIp);
    if (ip !== undefined)
        settings.sourceIp = checked(Inputs.SourceIp, ip, /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)$/, 'an IPv4 or IPv6 address');
    if (settings.endpointUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(settings.endpointUrl)) {
        throw new InputError(`input "${Inputs.EndpointUrl}": expected an http(s) URL, got "${settings.endpointUrl}"`);
    }
    if (settings.key !== undefined && settings.prefix !== undefined) {
        throw new InputError(`inputs "${Inputs.Key}" and "${Inputs.Prefix}": give one or the other, not both`);
    }
    if (mode === 'explain' && settings.scenarioPath === undefined) {
        throw new InputError(`input "${Inputs.Scenario}" is required with mode explain: the path to a scenario file`);
    }
    if ((mode === 'preflight' || mode === 'diagnose') && settings.bucket === undefined) {
        throw new InputError(`input "${Inputs.Bucket}" is required with mode ${mode}`);
    }
    return settings;
}
function checked(name, value, pattern, expected) {
    if (!pattern.test(value))
        throw new InputError(`input "${name}": expected ${expected}, got "${value}"`);
    return value;
}
function oneOf(input, name, allowed, fallback) {
    const raw = input(name).trim();
    if (raw === '')
        return fallback;
    const found = allowed.find((value) => value === raw.toLowerCase() || value === raw);
    if (found === undefined)
        throw new InputError(`input "${name}": expected one of ${allowed.join(', ')}, got "${raw}"`);
    return found;
}
function readBoolean(input, name, fallback) {
    const raw = input(name).trim();
    if (raw === '')
        return fallback;
    if (/^(true|yes|on)$/i.test(raw))
        return true;
    if (/^(false|no|off)$/i.test(raw))
        return false;
    throw new InputError(`input "${name}": expected true or false, got "${raw}"`);
}
function readNumber(input, name, fallback, min, max) {
    const raw = input(name).trim();
    if (raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max)
        throw new InputError(`input "${name}": expected a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
}
function readOperations(input) {
    const raw = input(Inputs.Operations).trim();
    if (raw === '')
        return ['put', 'list'];
    const operations = [];
    for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
        const operation = OPERATIONS.find((known) => known === word.toLowerCase());
        if (operation === undefined)
            throw new InputError(`input "${Inputs.Operations}": expected a list of ${OPERATIONS.join(', ')}, got "${word}"`);
        if (!operations.includes(operation))
            operations.push(operation);
    }
    return operations;
}
function readHeaders(input) {
    const headers = {};
    const acl = input(Inputs.Acl).trim();
    if (acl !== '')
        headers.acl = oneOf(input, Inputs.Acl, CANNED_ACLS, 'private');
    const sse = input(Inputs.Sse).trim();
    if (sse !== '')
        headers.sse = oneOf(input, Inputs.Sse, SSE_VALUES, 'AES256');
    const key = input(Inputs.SseKmsKeyId).trim();
    if (key !== '') {
        if (headers.sse === undefined || headers.sse === 'AES256') {
            throw new InputError(`input "${Inputs.SseKmsKeyId}" needs input "${Inputs.Sse}" set to aws:kms or aws:kms:dsse`);
        }
        headers.sseKmsKeyId = key;
    }
    const payer = input(Inputs.RequestPayer).trim();
    if (payer !== '') {
        if (payer === 'requester')
            headers.requestPayer = true;
        else
            headers.requestPayer = readBoolean(input, Inputs.RequestPayer, false);
    }
    return headers;
}

// EXTERNAL MODULE: ./src/format/index.ts
var src_format = __webpack_require__(3351);
;// CONCATENATED MODULE: ./src/cli/diagnose.ts
/**
 * `s3-403-doctor diagnose`: the action's live diagnosis from a terminal, with the same flags as
 * the action's inputs (`--bucket`, `--endpoint-url`, ...), read through the action's own
 * `readSettings`, so every check and message is the same. Credentials come from the default AWS
 * chain (environment, profile, SSO...), or `--role-to-assume`.
 *
 * Exit status: 0 whatever the decision; 1 when the diagnosis could not run (bad flag, no
 * credentials: the message explains).
 */








const DIAGNOSE_HELP = `Usage: s3-403-doctor diagnose --bucket BUCKET [--key KEY | --prefix PREFIX] [options]

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
  --reader-role-to-assume ARN     read the layers as this role
  --probe MODE                    conditional (default), canary, none
  --acl ACL --sse SSE --sse-kms-key-id KEY --request-payer requester
                                  the headers the real upload sends
  --error-message TEXT            the AccessDenied message the pipeline got
  --source-ip IP --vpc-endpoint-id VPCE
                                  the request's network origin, when not this machine's
  --save-scenario FILE            write the collected scenario (the first denied operation's)
  --timeout-seconds N             the overall deadline (default 60)
  --format FORMAT                 text (default), markdown, json
  -h, --help                      this help

Exit status: 0 whatever the decision; 1 when the diagnosis could not run.
`;
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
    Inputs.ReaderRoleToAssume,
    Inputs.Probe,
    Inputs.Acl,
    Inputs.Sse,
    Inputs.SseKmsKeyId,
    Inputs.RequestPayer,
    Inputs.ErrorMessage,
    Inputs.SourceIp,
    Inputs.VpcEndpointId,
    Inputs.SaveScenario,
    Inputs.TimeoutSeconds
];
function formatAll(diagnoses, format) {
    if (format === 'json') {
        // One JSON document: per operation, the verdict contract ({decision, denial, ...}) and what the live run saw.
        return `${JSON.stringify(diagnoses.map((d) => ({ ...d.verdict, operation: d.scenario.request.operation ?? d.scenario.request.action, caller: d.caller, probes: d.probes, parsedError: d.parsedError, fixes: d.fixes, noFix: d.noFix ?? null, unreadable: d.unreadable, disagreement: d.disagreement, scenario: d.scenario })), null, 2)}\n`;
    }
    return diagnoses.map((diagnosis) => (0,src_format/* formatDiagnosis */.Nb)(diagnosis, format)).join(format === 'markdown' ? '\n---\n\n' : '\n');
}
function diagnoseCommandWith(deps) {
    return async (argv, io) => {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args: argv,
                allowPositionals: false,
                options: {
                    ...Object.fromEntries(INPUT_FLAGS.map((flag) => [flag, { type: 'string' }])),
                    format: { type: 'string', default: 'text' },
                    help: { type: 'boolean', short: 'h' }
                }
            });
        }
        catch (error) {
            throw new Error(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor diagnose --help)`);
        }
        const values = parsed.values;
        if (values['help'] === true) {
            io.stdout(DIAGNOSE_HELP);
            return 0;
        }
        const format = String(values['format']);
        if (!src_format/* OUTPUT_FORMATS */.DS.includes(format))
            throw new Error(`--format: expected one of ${src_format/* OUTPUT_FORMATS */.DS.join(', ')}, got "${format}"`);
        const settings = readSettings((name) => {
            if (name === Inputs.Mode)
                return 'diagnose';
            if (name === Inputs.Comment)
                return 'never';
            const value = INPUT_FLAGS.includes(name) ? values[name] : undefined;
            return typeof value === 'string' ? value : '';
        });
        const live = deps.diagnoseDeps ??
            (await liveDeps(settings, deps.env, {
                readFile: io.readFile,
                setSecret: () => undefined,
                warning: (message) => io.stderr(`warning: ${message}\n`)
            }));
        const diagnoses = await diagnose_diagnose(settings, live);
        const saved = scenarioToSave(diagnoses);
        if (settings.saveScenario !== undefined && saved !== undefined) {
            const write = deps.writeFile ??
                (async (path, text) => {
                    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                    await (0,promises_.writeFile)(path, text, 'utf8');
                });
            await write(settings.saveScenario, `${JSON.stringify(saved.scenario, null, 2)}\n`);
        }
        io.stdout(formatAll(diagnoses, format));
        return 0;
    };
}
const diagnoseCommand = diagnoseCommandWith({ env: process.env });


/***/ })

};
