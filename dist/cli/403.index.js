export const id = 403;
export const ids = [403];
export const modules = {

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT_REVIEW_FAILED: () => (/* binding */ EXIT_REVIEW_FAILED),
  REVIEW_HELP: () => (/* binding */ REVIEW_HELP),
  reviewCommand: () => (/* binding */ reviewCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/fix/index.ts + 11 modules
var fix = __webpack_require__(9426);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/conditions/ip.ts
var ip = __webpack_require__(2129);
// EXTERNAL MODULE: ./src/metadata/lint.ts + 2 modules
var lint = __webpack_require__(3895);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __webpack_require__(3661);
// EXTERNAL MODULE: ./src/scenario/load.ts + 2 modules
var load = __webpack_require__(7526);
// EXTERNAL MODULE: ./src/scenario/read.ts
var read = __webpack_require__(3268);
// EXTERNAL MODULE: ./src/scenario/errors.ts
var errors = __webpack_require__(6455);
;// CONCATENATED MODULE: ./src/review/expectations.ts
/**
 * The expectations file (YAML, default `.github/s3-access.yml`): which accesses must stay allowed
 * or denied. Each entry is the `request` of a scenario plus a name and an expectation, so the same
 * vocabulary serves both. Every problem is reported with the entry and the field it is in:
 *
 *   expectations[2] (CI uploads builds).action: expected an IAM action such as s3:PutObject, got "s3 put"
 *
 * ```yaml
 * version: 1
 * expectations:
 *   - name: CI uploads builds
 *     principal: arn:aws:sts::111122223333:assumed-role/ci-deploy/any-session
 *     action: s3:PutObject            # or a list
 *     bucket: artifacts-prod
 *     key: builds/app.zip             # absent for bucket-level actions
 *     context: { aws:SourceIp: 198.51.100.7 }
 *     headers: { x-amz-server-side-encryption: aws:kms }
 *     expect: allow                   # or deny
 * policies:                           # plain policy files (when a side is a folder)
 *   bucket-policy: policies/bucket.json
 *   role-policies: [policies/ci-deploy.json]
 * bucket-accounts: { artifacts-prod: '111122223333' }
 * cloudformation: { account: '111122223333', region: us-east-1, parameters: { Env: prod } }
 * organization:                       # where accounts sit, for SCPs/RCPs attached to a root or an OU
 *   management-account: '999988887777'
 *   accounts:
 *     '111122223333': r-ab12/ou-ab12-11111111   # root, then OUs, top down
 *     '444455556666': outside                   # not a member: no SCP or RCP of this organization applies
 * ```
 *
 * Every problem of an entry is reported at once (not only the first), each at its field: a list's
 * element by its index (`.action[1]`), a condition value by its key (`.context.aws:SourceIp`).
 */







/** An expectations file that cannot be used: one issue per field, each naming the entry and the field. */
class ExpectationsError extends Error {
    issues;
    constructor(issues, file) {
        const where = file === undefined ? '' : `${file}: `;
        super(issues.map((issue) => `${where}${issue.path}: ${issue.message}`).join('\n'));
        this.name = 'ExpectationsError';
        this.issues = issues;
    }
}
const MAX_ISSUES = 30;
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/;
/** As a scenario's request.principal: anonymous, an ARN, or an AWS service principal (cloudfront.amazonaws.com). */
const PRINCIPAL = /^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\.amazonaws\.com(\.cn)?)$/;
const ACCOUNT = /^\d{12}$/;
const ENTRY_FIELDS = ['name', 'principal', 'action', 'bucket', 'key', 'context', 'headers', 'vpcEndpoint', 'operation', 'expect'];
const TOP_FIELDS = ['version', 'expectations', 'policies', 'bucket-accounts', 'cloudformation', 'organization'];
const ORG_FIELDS = ['management-account', 'accounts'];
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const POLICY_FIELDS = ['bucket-policy', 'role-policies', 'boundary', 'scps', 'rcps', 'key-policy', 'key-arn', 'endpoint-policy'];
const CFN_FIELDS = ['parameters', 'account', 'region', 'stack-name', 'partition'];
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function own(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/** YAML scalars a person writes for condition values (`true`, `10`) become the strings AWS compares. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function unknownFields(object, allowed, path, issues) {
    for (const field of Object.keys(object)) {
        if (!allowed.includes(field))
            issues.push({ path: path(field), message: `unknown field; expected one of ${allowed.join(', ')}` });
    }
}
/** Parses and checks the expectations file; throws ExpectationsError naming each bad entry and field. */
function parseExpectations(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { uniqueKeys: true, prettyErrors: true });
    if (document.errors.length > 0) {
        throw new ExpectationsError(document.errors.slice(0, MAX_ISSUES).map((error) => {
            const position = error.linePos?.[0];
            return { path: position === undefined ? '(file)' : `line ${position.line}, column ${position.col}`, message: error.message.split('\n')[0] ?? 'not valid YAML' };
        }), file);
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new ExpectationsError([{ path: '(file)', message: error instanceof Error ? error.message : String(error) }], file);
    }
    return checkExpectations(value, file);
}
/** Checks an already-parsed expectations value (YAML or JSON). */
function checkExpectations(value, file) {
    const issues = [];
    if (!isObject(value))
        throw new ExpectationsError([{ path: '(file)', message: `expected a mapping with version and expectations, got ${(0,errors/* preview */.VH)(value)}` }], file);
    unknownFields(value, TOP_FIELDS, (field) => field, issues);
    const version = own(value, 'version');
    if (version === undefined)
        issues.push({ path: 'version', message: 'required (version: 1)' });
    else if (version !== 1 && version !== '1')
        issues.push({ path: 'version', message: `expected 1, got ${(0,errors/* preview */.VH)(version)}` });
    const list = own(value, 'expectations');
    const expectations = [];
    if (list === undefined)
        issues.push({ path: 'expectations', message: 'required: a list of expected accesses' });
    else if (!Array.isArray(list))
        issues.push({ path: 'expectations', message: `expected a list of entries, got ${(0,errors/* preview */.VH)(list)}` });
    else if (list.length === 0)
        issues.push({ path: 'expectations', message: 'expected at least one entry' });
    else {
        const names = new Map();
        list.forEach((entry, index) => {
            const parsed = checkEntry(entry, index, issues);
            if (parsed === null)
                return;
            const earlier = names.get(parsed.name);
            if (earlier !== undefined) {
                issues.push({ path: `expectations[${index}] (${parsed.name}).name`, message: `"${parsed.name}" is already the name of expectations[${earlier}]; names must be unique` });
                return;
            }
            names.set(parsed.name, index);
            expectations.push(parsed);
        });
    }
    const result = { version: 1, expectations, bucketAccounts: {}, cloudformation: { parameters: {} } };
    const policies = own(value, 'policies');
    if (policies !== undefined) {
        const map = checkPolicyMap(policies, issues);
        if (map !== null)
            result.policies = map;
    }
    const accounts = own(value, 'bucket-accounts');
    if (accounts !== undefined) {
        if (!isObject(accounts))
            issues.push({ path: 'bucket-accounts', message: `expected a mapping of bucket name to 12-digit account id, got ${(0,errors/* preview */.VH)(accounts)}` });
        else {
            for (const [bucket, account] of Object.entries(accounts)) {
                const text = scalarText(account);
                if (text === undefined || !ACCOUNT.test(text))
                    issues.push({ path: `bucket-accounts.${bucket}`, message: `expected a 12-digit account id (quote it in YAML), got ${(0,errors/* preview */.VH)(account)}` });
                else
                    result.bucketAccounts[bucket] = text;
            }
        }
    }
    const cfn = own(value, 'cloudformation');
    if (cfn !== undefined) {
        const settings = checkCloudFormation(cfn, issues);
        if (settings !== null)
            result.cloudformation = settings;
    }
    const organization = own(value, 'organization');
    if (organization !== undefined) {
        const map = checkOrganization(organization, issues);
        if (map !== null)
            result.organization = map;
    }
    if (issues.length > 0) {
        const shown = issues.slice(0, MAX_ISSUES);
        if (issues.length > MAX_ISSUES)
            shown.push({ path: '(file)', message: `${issues.length - MAX_ISSUES} more issues not shown` });
        throw new ExpectationsError(shown, file);
    }
    return result;
}
function checkEntry(entry, index, issues) {
    const bare = `expectations[${index}]`;
    if (!isObject(entry)) {
        issues.push({ path: bare, message: `expected a mapping with name, principal, action, bucket and expect, got ${(0,errors/* preview */.VH)(entry)}` });
        return null;
    }
    const rawName = own(entry, 'name');
    const named = typeof rawName === 'string' && rawName.trim() !== '';
    const where = named ? `${bare} (${rawName.trim()})` : bare;
    const field = (name) => `${where}.${name}`;
    const before = issues.length;
    /** Fields already reported: the scenario check below leaves them alone (one message per problem). */
    const bad = new Set();
    const report = (name, path, message) => {
        bad.add(name);
        issues.push({ path, message });
    };
    unknownFields(entry, ENTRY_FIELDS, field, issues);
    if (!named)
        report('name', field('name'), rawName === undefined ? 'required' : `expected a non-empty string, got ${(0,errors/* preview */.VH)(rawName)}`);
    const principal = own(entry, 'principal');
    if (principal === undefined)
        report('principal', field('principal'), 'required');
    else if (typeof principal !== 'string' || !PRINCIPAL.test(principal)) {
        report('principal', field('principal'), `expected "anonymous", an ARN such as arn:aws:sts::111122223333:assumed-role/ci-deploy/session, or a service principal such as cloudfront.amazonaws.com, got ${(0,errors/* preview */.VH)(principal)}`);
    }
    const rawAction = own(entry, 'action');
    /** The valid actions, each with the path of its place in the entry. */
    const actions = [];
    if (rawAction === undefined)
        report('action', field('action'), 'required');
    else {
        const values = Array.isArray(rawAction) ? rawAction : [rawAction];
        if (values.length === 0)
            report('action', field('action'), 'expected an IAM action or a non-empty list of them');
        values.forEach((action, position) => {
            const path = Array.isArray(rawAction) ? `${field('action')}[${position}]` : field('action');
            if (typeof action !== 'string' || !ACTION.test(action))
                report('action', path, `expected an IAM action such as s3:PutObject, got ${(0,errors/* preview */.VH)(action)}`);
            else if (actions.some((known) => known.action === action))
                report('action', path, `${action} is listed twice`);
            else
                actions.push({ action, path });
        });
    }
    const bucket = own(entry, 'bucket');
    if (bucket === undefined)
        report('bucket', field('bucket'), 'required');
    else if (typeof bucket !== 'string' || bucket.trim() === '')
        report('bucket', field('bucket'), `expected a bucket name, got ${(0,errors/* preview */.VH)(bucket)}`);
    else {
        const problem = bucketNameProblem(bucket);
        if (problem !== null)
            report('bucket', field('bucket'), `${(0,errors/* preview */.VH)(bucket)} is not a valid bucket name: ${problem}`);
    }
    const key = own(entry, 'key');
    if (key !== undefined && (typeof key !== 'string' || key === ''))
        report('key', field('key'), `expected an object key such as builds/app.zip, got ${(0,errors/* preview */.VH)(key)}`);
    const expect = own(entry, 'expect');
    if (expect === undefined)
        report('expect', field('expect'), 'required: allow or deny');
    else if (expect !== 'allow' && expect !== 'deny')
        report('expect', field('expect'), `expected allow or deny, got ${(0,errors/* preview */.VH)(expect)}`);
    const contextBefore = issues.length;
    const context = stringMap(own(entry, 'context'), field('context'), true, issues);
    if (context !== undefined)
        checkContextValues(context, field('context'), issues);
    if (issues.length > contextBefore)
        bad.add('context');
    const headersBefore = issues.length;
    const headers = stringMap(own(entry, 'headers'), field('headers'), false, issues);
    if (issues.length > headersBefore)
        bad.add('headers');
    const vpcEndpoint = own(entry, 'vpcEndpoint');
    if (vpcEndpoint !== undefined && (typeof vpcEndpoint !== 'string' || !/^vpce-[0-9a-z]+$/.test(vpcEndpoint))) {
        report('vpcEndpoint', field('vpcEndpoint'), `expected a VPC endpoint id such as vpce-0abc1234, got ${(0,errors/* preview */.VH)(vpcEndpoint)}`);
    }
    const operation = own(entry, 'operation');
    if (operation !== undefined && (typeof operation !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(operation))) {
        report('operation', field('operation'), `expected an S3 API operation such as HeadObject or CreateMultipartUpload, got ${(0,errors/* preview */.VH)(operation)}`);
    }
    // What only the scenario loader and the action catalogue know (the action names, key/no key, context
    // values), checked even when other fields have problems, with stand-ins for the fields already reported.
    const probe = {
        index,
        name: named ? rawName.trim() : bare,
        principal: bad.has('principal') || principal === undefined ? 'anonymous' : principal,
        actions: actions.map((item) => item.action),
        bucket: bad.has('bucket') || typeof bucket !== 'string' ? 'placeholder-bucket' : bucket,
        expect: 'allow'
    };
    if (key !== undefined)
        probe.key = bad.has('key') ? 'placeholder-key' : key;
    if (context !== undefined && !bad.has('context'))
        probe.context = context;
    if (headers !== undefined && !bad.has('headers'))
        probe.headers = headers;
    if (vpcEndpoint !== undefined && !bad.has('vpcEndpoint'))
        probe.vpcEndpoint = vpcEndpoint;
    if (operation !== undefined && !bad.has('operation'))
        probe.operation = operation;
    const seen = new Set(issues.slice(before).map((issue) => `${issue.path}\u0000${issue.message}`));
    for (const { action, path } of actions) {
        const found = [];
        checkAgainstScenario(probe, action, field, path, found);
        for (const issue of found) {
            const id = `${issue.path}\u0000${issue.message}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            issues.push(issue);
        }
    }
    if (issues.length > before)
        return null;
    const expectation = {
        index,
        name: rawName.trim(),
        principal: principal,
        actions: actions.map((item) => item.action),
        bucket: bucket,
        expect: expect
    };
    if (key !== undefined)
        expectation.key = key;
    if (context !== undefined)
        expectation.context = context;
    if (headers !== undefined)
        expectation.headers = headers;
    if (vpcEndpoint !== undefined)
        expectation.vpcEndpoint = vpcEndpoint;
    if (operation !== undefined)
        expectation.operation = operation;
    return expectation;
}
/**
 * Why a name cannot be a general purpose bucket's, or null. The rules S3 applies when a bucket is
 * created: https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (3 to 63
 * characters; lowercase letters, numbers, dots and hyphens; a letter or number first and last; no two
 * adjacent dots; not an IP address). Access point aliases (`...-s3alias`) follow the same rules.
 */
function bucketNameProblem(name) {
    if (name.length < 3 || name.length > 63)
        return `bucket names are 3 to 63 characters long (this one has ${name.length})`;
    const bad = [...new Set(name.replace(/[a-z0-9.-]/g, ''))];
    if (bad.length > 0)
        return `bucket names use only lowercase letters, numbers, dots and hyphens (not ${bad.map((character) => JSON.stringify(character)).join(', ')})`;
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        return 'bucket names begin and end with a letter or a number';
    if (name.includes('..'))
        return 'bucket names have no two adjacent dots';
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        return 'bucket names are not formatted as an IP address';
    return null;
}
/**
 * Condition keys whose values have a type AWS checks: a value of another type would only ever make
 * the evaluation compare nonsense, so it is reported here (aws:CurrentTime is the scenario schema's).
 * Types as the global condition keys
 * reference (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html)
 * and the S3 service authorization reference give them.
 */
const CONTEXT_TYPES = {
    'aws:sourceip': 'ip',
    'aws:vpcsourceip': 'ip',
    'aws:securetransport': 'bool',
    'aws:multifactorauthpresent': 'bool',
    'aws:viaawsservice': 'bool',
    'aws:principalisawsservice': 'bool',
    'aws:multifactorauthage': 'numeric',
    's3:max-keys': 'numeric',
    's3:signatureage': 'numeric',
    's3:tlsversion': 'numeric',
    's3:object-lock-remaining-retention-days': 'numeric',
    'aws:tokenissuetime': 'date',
    'aws:epochtime': 'date',
    's3:object-lock-retain-until-date': 'date',
    'aws:principalaccount': 'account',
    'aws:resourceaccount': 'account',
    'aws:sourceaccount': 'account'
};
const TYPE_WORDS = {
    ip: 'an IP address such as 198.51.100.7 or 2001:db8::1',
    bool: 'true or false',
    numeric: 'a number',
    date: 'a date and time such as 2026-01-15T09:30:00Z (or seconds since the epoch)',
    account: 'a 12-digit account id (quote it in YAML)'
};
function valueFits(type, value) {
    switch (type) {
        case 'ip':
            return (0,ip/* parseIpAddress */.D_)(value) !== null;
        case 'bool':
            return /^(true|false)$/i.test(value);
        case 'numeric':
            return /^-?\d+(\.\d+)?$/.test(value);
        case 'date':
            return /^\d+$/.test(value) || (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)));
        default:
            return ACCOUNT.test(value);
    }
}
function checkContextValues(context, path, issues) {
    for (const [key, raw] of Object.entries(context)) {
        const type = CONTEXT_TYPES[key.toLowerCase()];
        if (type === undefined)
            continue;
        const values = Array.isArray(raw) ? raw : [raw];
        values.forEach((value, position) => {
            if (valueFits(type, value))
                return;
            issues.push({ path: `${path}.${key}${Array.isArray(raw) ? `[${position}]` : ''}`, message: `expected ${TYPE_WORDS[type]}, got ${(0,errors/* preview */.VH)(value)}` });
        });
    }
}
function checkOrganization(value, issues) {
    if (!isObject(value)) {
        issues.push({ path: 'organization', message: `expected a mapping such as { accounts: { '111122223333': r-ab12/ou-ab12-11111111 } }, got ${(0,errors/* preview */.VH)(value)}` });
        return null;
    }
    const before = issues.length;
    unknownFields(value, ORG_FIELDS, (field) => `organization.${field}`, issues);
    const map = { accounts: {} };
    const management = own(value, 'management-account');
    if (management !== undefined) {
        const text = scalarText(management);
        if (text === undefined || !ACCOUNT.test(text))
            issues.push({ path: 'organization.management-account', message: `expected a 12-digit account id (quote it in YAML), got ${(0,errors/* preview */.VH)(management)}` });
        else
            map.managementAccount = text;
    }
    const accounts = own(value, 'accounts');
    if (accounts !== undefined && !isObject(accounts))
        issues.push({ path: 'organization.accounts', message: `expected a mapping of 12-digit account ids to their path (root/OU/...) or outside, got ${(0,errors/* preview */.VH)(accounts)}` });
    else if (accounts !== undefined) {
        for (const [account, raw] of Object.entries(accounts)) {
            const path = `organization.accounts.${account}`;
            if (!ACCOUNT.test(account)) {
                issues.push({ path, message: 'expected a 12-digit account id as the key (quote it in YAML)' });
                continue;
            }
            if (raw === 'outside') {
                map.accounts[account] = 'outside';
                continue;
            }
            const ids = typeof raw === 'string' ? raw.split('/').map((id) => id.trim()).filter((id) => id !== '') : Array.isArray(raw) ? raw : undefined;
            if (ids === undefined || ids.length === 0) {
                issues.push({ path, message: `expected the path from the root (r-ab12/ou-ab12-11111111, or a list) or outside, got ${(0,errors/* preview */.VH)(raw)}` });
                continue;
            }
            const problems = ids.flatMap((id, position) => {
                if (typeof id !== 'string')
                    return [`${(0,errors/* preview */.VH)(id)} is not an id`];
                if (position === 0)
                    return ROOT_ID.test(id) ? [] : [`the path starts with the root id (r- then 4 to 32 lowercase letters or digits), not ${(0,errors/* preview */.VH)(id)}`];
                return OU_ID.test(id) ? [] : [`${(0,errors/* preview */.VH)(id)} is not an OU id (ou-, the root's letters, -, 8 to 32 lowercase letters or digits)`];
            });
            if (problems.length > 0)
                issues.push({ path, message: problems.join('; ') });
            else
                map.accounts[account] = ids;
        }
    }
    return issues.length > before ? null : map;
}
function stringMap(value, path, allowLists, issues) {
    if (value === undefined)
        return undefined;
    if (!isObject(value)) {
        issues.push({ path, message: `expected a mapping of ${allowLists ? 'condition keys' : 'header names'} to values, got ${(0,errors/* preview */.VH)(value)}` });
        return undefined;
    }
    const result = {};
    for (const [name, raw] of Object.entries(value)) {
        const text = scalarText(raw);
        if (text !== undefined)
            result[name] = text;
        else if (allowLists && Array.isArray(raw) && raw.every((item) => scalarText(item) !== undefined))
            result[name] = raw.map((item) => scalarText(item));
        else
            issues.push({ path: `${path}.${name}`, message: `expected ${allowLists ? 'a value or a list of values' : 'a value'}, got ${(0,errors/* preview */.VH)(raw)}` });
    }
    return result;
}
/** The request an expectation makes for one action: a bucket-level action has no key. */
function requestFor(expectation, action) {
    const request = { principal: expectation.principal, action, bucket: expectation.bucket };
    if (expectation.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action))
        request['key'] = expectation.key;
    if (expectation.headers !== undefined)
        request['headers'] = expectation.headers;
    if (expectation.context !== undefined)
        request['context'] = expectation.context;
    if (expectation.vpcEndpoint !== undefined)
        request['vpcEndpoint'] = expectation.vpcEndpoint;
    if (expectation.operation !== undefined)
        request['operation'] = expectation.operation;
    return request;
}
const FIELD_OF = { action: 'action', key: 'key', headers: 'headers', context: 'context', principal: 'principal', bucket: 'bucket', vpcEndpoint: 'vpcEndpoint', operation: 'operation' };
function checkAgainstScenario(expectation, action, field, actionPath, issues) {
    const request = requestFor(expectation, action);
    try {
        (0,load/* parseScenario */.Mo)({ version: 1, request });
    }
    catch (error) {
        if (!(error instanceof read/* ScenarioError */.tp))
            throw error;
        for (const issue of error.issues) {
            const rest = issue.path.replace(/^request\.?/, '');
            const top = rest.split(/[.[]/)[0] ?? '';
            const path = top === 'action' ? `${actionPath}${rest.slice(top.length)}` : FIELD_OF[top] !== undefined ? `${field(FIELD_OF[top])}${rest.slice(top.length)}` : field(rest === '' ? 'request' : rest);
            issues.push({ path, message: issue.message });
        }
        return;
    }
    for (const finding of (0,lint/* lintRequest */.XP)(action, request['key'] !== undefined)) {
        if (finding.code === 'unknown-action' || finding.code === 'unknown-service')
            issues.push({ path: actionPath, message: finding.message });
        else if (finding.code === 'resource-type-mismatch' && request['key'] === undefined) {
            issues.push({ path: field('key'), message: `required for ${action}, which acts on objects: an example key under the prefix that matters, such as builds/app.zip` });
        }
    }
}
function checkPolicyMap(value, issues) {
    if (!isObject(value)) {
        issues.push({ path: 'policies', message: `expected a mapping such as { bucket-policy: policies/bucket.json }, got ${(0,errors/* preview */.VH)(value)}` });
        return null;
    }
    const before = issues.length;
    unknownFields(value, POLICY_FIELDS, (field) => `policies.${field}`, issues);
    const map = {};
    const path = (item, where) => {
        if (typeof item === 'string' && item.trim() !== '')
            return item.trim();
        issues.push({ path: where, message: `expected a file path, got ${(0,errors/* preview */.VH)(item)}` });
        return undefined;
    };
    const paths = (item, where) => {
        const list = typeof item === 'string' ? [item] : item;
        if (!Array.isArray(list)) {
            issues.push({ path: where, message: `expected a list of file paths, got ${(0,errors/* preview */.VH)(item)}` });
            return undefined;
        }
        const out = [];
        list.forEach((entry, index) => {
            const one = path(entry, `${where}[${index}]`);
            if (one !== undefined)
                out.push(one);
        });
        return out;
    };
    /** A single path, or a mapping of names to paths. */
    const single = (field) => {
        const raw = own(value, field);
        if (raw === undefined)
            return undefined;
        if (isObject(raw)) {
            const out = {};
            for (const [name, item] of Object.entries(raw)) {
                const one = path(item, `policies.${field}.${name}`);
                if (one !== undefined)
                    out[name] = one;
            }
            return out;
        }
        return path(raw, `policies.${field}`);
    };
    const bucketPolicy = single('bucket-policy');
    if (bucketPolicy !== undefined)
        map.bucketPolicy = bucketPolicy;
    const boundary = single('boundary');
    if (boundary !== undefined)
        map.boundary = boundary;
    const keyPolicy = single('key-policy');
    if (keyPolicy !== undefined)
        map.keyPolicy = keyPolicy;
    const endpointPolicy = single('endpoint-policy');
    if (endpointPolicy !== undefined)
        map.endpointPolicy = endpointPolicy;
    const rolePolicies = own(value, 'role-policies');
    if (rolePolicies !== undefined) {
        if (isObject(rolePolicies)) {
            const out = {};
            for (const [name, item] of Object.entries(rolePolicies)) {
                const list = paths(item, `policies.role-policies.${name}`);
                if (list !== undefined)
                    out[name] = list;
            }
            map.rolePolicies = out;
        }
        else {
            const list = paths(rolePolicies, 'policies.role-policies');
            if (list !== undefined)
                map.rolePolicies = list;
        }
    }
    for (const [field, key] of [['scps', 'scps'], ['rcps', 'rcps']]) {
        const raw = own(value, field);
        if (raw === undefined)
            continue;
        const list = paths(raw, `policies.${field}`);
        if (list !== undefined)
            map[key] = list;
    }
    const keyArn = own(value, 'key-arn');
    if (keyArn !== undefined) {
        if (typeof keyArn !== 'string' || !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/.test(keyArn)) {
            issues.push({ path: 'policies.key-arn', message: `expected a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-..., got ${(0,errors/* preview */.VH)(keyArn)}` });
        }
        else
            map.keyArn = keyArn;
    }
    if (typeof map.keyPolicy === 'string' && map.keyArn === undefined && keyArn === undefined) {
        issues.push({ path: 'policies.key-arn', message: 'required with a single policies.key-policy: the ARN of the bucket\'s default encryption key' });
    }
    return issues.length > before ? null : map;
}
function checkCloudFormation(value, issues) {
    if (!isObject(value)) {
        issues.push({ path: 'cloudformation', message: `expected a mapping such as { account: '111122223333', region: us-east-1 }, got ${(0,errors/* preview */.VH)(value)}` });
        return null;
    }
    const before = issues.length;
    unknownFields(value, CFN_FIELDS, (field) => `cloudformation.${field}`, issues);
    const settings = { parameters: {} };
    const parameters = own(value, 'parameters');
    if (parameters !== undefined) {
        const map = stringMap(parameters, 'cloudformation.parameters', true, issues);
        if (map !== undefined)
            settings.parameters = map;
    }
    const account = scalarText(own(value, 'account'));
    if (own(value, 'account') !== undefined) {
        if (account === undefined || !ACCOUNT.test(account))
            issues.push({ path: 'cloudformation.account', message: `expected a 12-digit account id (quote it in YAML), got ${(0,errors/* preview */.VH)(own(value, 'account'))}` });
        else
            settings.account = account;
    }
    const region = own(value, 'region');
    if (region !== undefined) {
        if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
            issues.push({ path: 'cloudformation.region', message: `expected an AWS region such as us-east-1, got ${(0,errors/* preview */.VH)(region)}` });
        else
            settings.region = region;
    }
    const stack = own(value, 'stack-name');
    if (stack !== undefined) {
        if (typeof stack !== 'string' || stack === '')
            issues.push({ path: 'cloudformation.stack-name', message: `expected a stack name, got ${(0,errors/* preview */.VH)(stack)}` });
        else
            settings.stackName = stack;
    }
    const partition = own(value, 'partition');
    if (partition !== undefined) {
        if (typeof partition !== 'string' || !/^aws[a-z-]*$/.test(partition))
            issues.push({ path: 'cloudformation.partition', message: `expected aws, aws-cn or aws-us-gov, got ${(0,errors/* preview */.VH)(partition)}` });
        else
            settings.partition = partition;
    }
    return issues.length > before ? null : settings;
}

;// CONCATENATED MODULE: ./src/review/types.ts
// ---------------------------------------------------------------------------------------------
// Unknown values
// ---------------------------------------------------------------------------------------------
/** A value the source does not hold: `reason` names it ("aws_s3_bucket_policy.artifacts: policy is known only after apply"). */
class Unknown {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function isUnknown(value) {
    return value instanceof Unknown;
}
function emptyPolicySet(kind, description) {
    return {
        kind,
        description,
        closedWorld: false,
        roles: [],
        buckets: [],
        keys: [],
        endpoints: [],
        managedPolicies: [],
        scps: [],
        rcps: [],
        organization: { roots: [], members: [], membersComplete: false, parents: {} },
        accountPublicAccessBlock: null,
        unnamedRoles: [],
        unnamedBuckets: [],
        unnamedEndpoints: [],
        unresolved: []
    };
}
/** Every unknown value the set's models hold, each said once: what the report lists as unresolved. */
function collectUnresolved(set) {
    const out = new Set(set.unresolved);
    const add = (value) => {
        if (isUnknown(value))
            out.add(value.reason);
    };
    const doc = (document) => {
        if (document === null)
            return;
        add(document.document);
        for (const statement of document.unknownStatements ?? [])
            out.add(statement.reason);
    };
    for (const role of set.roles) {
        add(role.name);
        role.policies.forEach(doc);
        doc(role.boundary);
    }
    for (const reason of [...set.unnamedRoles, ...set.unnamedBuckets, ...set.unnamedEndpoints])
        out.add(reason);
    for (const bucket of set.buckets) {
        doc(bucket.policy);
        add(bucket.publicAccessBlock);
        add(bucket.ownership);
        add(bucket.encryption);
        if (bucket.encryption !== null && !isUnknown(bucket.encryption))
            add(bucket.encryption.kmsKey);
    }
    for (const key of set.keys)
        doc(key.policy);
    for (const endpoint of set.endpoints)
        doc(endpoint.policy);
    set.managedPolicies.forEach(doc);
    for (const policy of [...set.scps, ...set.rcps]) {
        doc(policy);
        if (policy.targets !== 'everywhere')
            policy.targets.forEach(add);
    }
    for (const parent of Object.values(set.organization.parents))
        add(parent);
    add(set.accountPublicAccessBlock);
    return [...out];
}

;// CONCATENATED MODULE: ./src/review/documents.ts
/**
 * Policy documents read from a source (a JSON string in a Terraform plan, an object in a
 * CloudFormation template, a file): decoded and checked once, with the scenario loader's own schema
 * and condition checks, so every scenario built from them later can trust them. A document that is
 * not valid becomes an `Unknown` naming the problem: the review reports it instead of guessing what
 * AWS would make of it (AWS rejects it when it is applied).
 */



const REQUEST = { principal: 'anonymous', action: 's3:GetObject', bucket: 'review-placeholder' };
function holder(role, document) {
    switch (role) {
        case 'identity':
            return { value: { version: 1, request: REQUEST, identity: { policies: [{ name: 'p', document }] } }, prefix: 'identity.policies[0].document' };
        case 'resource':
            return { value: { version: 1, request: REQUEST, bucket: { name: 'review-placeholder', policy: document } }, prefix: 'bucket.policy' };
        case 'organization':
            return { value: { version: 1, request: REQUEST, organization: { serviceControlPolicies: [[{ name: 'p', document }]] } }, prefix: 'organization.serviceControlPolicies[0][0].document' };
    }
}
function extract(role, scenario) {
    switch (role) {
        case 'identity': {
            const policies = scenario.identity?.policies;
            return (Array.isArray(policies) ? policies[0]?.document : undefined);
        }
        case 'resource':
            return scenario.bucket?.policy;
        case 'organization': {
            const levels = scenario.organization?.serviceControlPolicies;
            return (Array.isArray(levels) ? levels[0]?.[0]?.document : undefined);
        }
    }
}
/**
 * A document as the source holds it (an object, or JSON text) -> the decoded, checked document, or an
 * Unknown naming `origin` and the first problems. Empty text means "no document": undefined.
 */
function readDocument(value, origin, role) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string' && value.trim() === '')
        return undefined;
    const { value: scenario, prefix } = holder(role, value);
    try {
        const parsed = (0,read/* checkPolicies */.Jk)((0,load/* parseScenario */.Mo)(scenario));
        return extract(role, parsed);
    }
    catch (error) {
        if (!(error instanceof read/* ScenarioError */.tp))
            throw error;
        const issues = error.issues.slice(0, 3).map((issue) => {
            const rest = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length).replace(/^\./, '') : issue.path;
            return rest === '' ? issue.message : `${rest}: ${issue.message}`;
        });
        return new Unknown(`${origin}: not a valid policy document (${issues.join('; ')})`);
    }
}
/**
 * The action of the placeholder that stands for a statement the source does not determine: no
 * request has it, so the placeholder matches nothing (and is no broad grant); the review reads the
 * statement's possible effects from `SourcedDocument.unknownStatements`.
 */
const PLACEHOLDER_ACTION = 'review:UnresolvedStatement';
/** A statement that matches no request, valid where `role` puts it (a resource policy needs a Principal). */
function placeholderStatement(role, effect, sid) {
    const statement = {};
    if (sid !== undefined && sid !== '')
        statement['Sid'] = sid;
    statement['Effect'] = effect;
    if (role === 'resource')
        statement['Principal'] = { AWS: 'arn:aws:iam::000000000000:root' };
    statement['Action'] = PLACEHOLDER_ACTION;
    statement['Resource'] = '*';
    return statement;
}
const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;
/**
 * AWS managed policies hold Allow statements, except the few that exist to deny: AWSDenyAll
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSDenyAll.html) and the
 * AWSCompromisedKeyQuarantine family
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV2.html).
 */
const DENYING_AWS_MANAGED = /deny|quarantine/i;
/**
 * An AWS managed policy named by ARN: unknown (nothing is bundled), marked allow-only unless its name
 * says it denies. Null for any other ARN.
 */
function awsManagedPolicy(arn, where) {
    const match = AWS_MANAGED.exec(arn);
    if (match === null)
        return null;
    const allowOnly = !DENYING_AWS_MANAGED.test(match[1] ?? '');
    const reason = `${arn} is an AWS managed policy: its text is not in ${where}${allowOnly ? ' (it only allows, so it matters only where an allow is missing)' : ''}`;
    const doc = { origin: arn, name: arn, document: new Unknown(reason) };
    if (allowOnly)
        doc.allowOnly = true;
    return doc;
}

;// CONCATENATED MODULE: ./src/review/files.ts


/** Every path the mapping names, in a stable order (what a caller reads before building the set). */
function policyFilePaths(map) {
    const out = [];
    const add = (value) => {
        if (value === undefined)
            return;
        if (typeof value === 'string')
            out.push(value);
        else if (Array.isArray(value))
            out.push(...value);
        else
            for (const item of Object.values(value))
                add(item);
    };
    add(map.bucketPolicy);
    add(map.rolePolicies);
    add(map.boundary);
    add(map.scps);
    add(map.rcps);
    add(map.keyPolicy);
    add(map.endpointPolicy);
    return [...new Set(out)];
}
/**
 * `files` holds each path's text on this side, or null when the file does not exist there.
 * `description` names the side in reports ("policy files at base").
 */
function policySetFromFiles(map, files, description = 'policy files') {
    const set = emptyPolicySet('files', description);
    set.closedWorld = true;
    const read = (path, role) => {
        const text = files.get(path);
        if (text === undefined || text === null) {
            const reason = `${path} does not exist in the ${description}: taken as no policy`;
            if (!set.unresolved.includes(reason))
                set.unresolved.push(reason);
            return null;
        }
        const document = readDocument(text, path, role);
        if (document === undefined)
            return null;
        return { origin: path, name: path, document };
    };
    const roleNamed = (name) => {
        const found = set.roles.find((role) => (name === null ? role.any === true : role.name === name));
        if (found !== undefined)
            return found;
        const role = { name: name ?? '*', path: '/', origin: 'policies', policies: [], boundary: null };
        if (name === null)
            role.any = true;
        set.roles.push(role);
        return role;
    };
    const rolePolicies = map.rolePolicies;
    if (Array.isArray(rolePolicies)) {
        const role = roleNamed(null);
        for (const path of rolePolicies) {
            const doc = read(path, 'identity');
            if (doc !== null)
                role.policies.push(doc);
        }
    }
    else if (rolePolicies !== undefined) {
        for (const [name, paths] of Object.entries(rolePolicies)) {
            const role = roleNamed(name);
            for (const path of paths) {
                const doc = read(path, 'identity');
                if (doc !== null)
                    role.policies.push(doc);
            }
        }
    }
    if (typeof map.boundary === 'string')
        roleNamed(null).boundary = read(map.boundary, 'identity');
    else if (map.boundary !== undefined)
        for (const [name, path] of Object.entries(map.boundary))
            roleNamed(name).boundary = read(path, 'identity');
    // Buckets: the unnamed one stands for every bucket the expectations name.
    const any = { name: '*', origin: 'policies', any: true, policy: null, publicAccessBlock: null, ownership: null, encryption: null };
    set.buckets.push(any);
    if (typeof map.bucketPolicy === 'string') {
        const doc = read(map.bucketPolicy, 'resource');
        if (doc !== null)
            any.policy = { ...doc, name: 'bucket policy' };
    }
    else if (map.bucketPolicy !== undefined) {
        for (const [name, path] of Object.entries(map.bucketPolicy)) {
            const doc = read(path, 'resource');
            set.buckets.push({ name, origin: path, policy: doc === null ? null : { ...doc, name: `bucket policy of ${name}` }, publicAccessBlock: null, ownership: null, encryption: null });
        }
    }
    // Keys: a single key policy is the policy of the buckets' default encryption key.
    if (typeof map.keyPolicy === 'string' && map.keyArn !== undefined) {
        set.keys.push({ arn: map.keyArn, origin: map.keyPolicy, policy: read(map.keyPolicy, 'resource') });
        for (const bucket of set.buckets)
            bucket.encryption = { algorithm: 'aws:kms', kmsKey: map.keyArn, bucketKeyEnabled: false };
    }
    else if (map.keyPolicy !== undefined && typeof map.keyPolicy !== 'string') {
        for (const [arn, path] of Object.entries(map.keyPolicy))
            set.keys.push({ arn, origin: path, policy: read(path, 'resource') });
    }
    if (typeof map.endpointPolicy === 'string') {
        set.endpoints.push({ id: '*', any: true, origin: map.endpointPolicy, policy: read(map.endpointPolicy, 'resource') });
    }
    else if (map.endpointPolicy !== undefined) {
        for (const [id, path] of Object.entries(map.endpointPolicy))
            set.endpoints.push({ id, origin: path, policy: read(path, 'resource') });
    }
    // Mapped SCPs and RCPs apply to every request (the mapping says they are attached above the account).
    for (const path of map.scps ?? []) {
        const doc = read(path, 'organization');
        if (doc !== null)
            set.scps.push({ ...doc, targets: 'everywhere' });
    }
    for (const path of map.rcps ?? []) {
        const doc = read(path, 'organization');
        if (doc !== null)
            set.rcps.push({ ...doc, targets: 'everywhere' });
    }
    set.unresolved = collectUnresolved(set);
    return set;
}

;// CONCATENATED MODULE: ./src/review/report.ts
/** Broken or failing checks shown in full (statement, fixes); the rest get one line each, so the comment stays readable and within GitHub's size limit. */
const MAX_DETAILED = 20;
/** Proven fixes shown per check (the safest first); the JSON output has them all. */
const MAX_FIXES_SHOWN = 2;
/** Inline text from the repository (names, reasons): no table breaks, no HTML. */
function inline(text) {
    return text.replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function cell(text) {
    return inline(text).replace(/\|/g, '\\|');
}
/** A code span that survives backticks in the text. */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
function jsonBlock(value) {
    return ['```json', JSON.stringify(value, null, 2), '```'];
}
function target(result) {
    return result.key === undefined ? `bucket ${code(result.bucket)}` : code(`s3://${result.bucket}/${result.key}`);
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function denialWords(result) {
    const denial = result.denial;
    if (denial === null)
        return 'denied';
    const kind = denial.kind === undefined ? '' : ` (${denial.kind} deny)`;
    const statement = denial.statement === null ? '' : `, statement **${code(denial.statement)}**`;
    const origin = denial.origin === undefined ? '' : `, defined in ${code(denial.origin)}`;
    const action = denial.action === result.action ? '' : ` (for ${code(denial.action)})`;
    return `denied by the **${denial.policyType}**${kind}${action}: ${inline(denial.policy)}${statement}${origin}`;
}
const SHAPES = [
    { detailed: MAX_DETAILED, fixes: MAX_FIXES_SHOWN, list: Number.POSITIVE_INFINITY, broken: Number.POSITIVE_INFINITY, grants: Number.POSITIVE_INFINITY, unresolved: Number.POSITIVE_INFINITY },
    { detailed: 5, fixes: 1, list: 50, broken: Number.POSITIVE_INFINITY, grants: 50, unresolved: 20 },
    { detailed: 1, fixes: 1, list: 10, broken: Number.POSITIVE_INFINITY, grants: 10, unresolved: 5 },
    { detailed: 0, fixes: 0, list: 10, broken: Number.POSITIVE_INFINITY, grants: 10, unresolved: 5, compact: true },
    { detailed: 0, fixes: 0, list: 0, broken: Number.POSITIVE_INFINITY, grants: 0, unresolved: 0, compact: true }
];
function brokenSection(result, shape) {
    const lines = [`#### ${inline(result.name)}: ${code(result.action)} on ${target(result)}`, ''];
    lines.push(`Expected **${result.expect}**; base **${result.base}** → head **${result.head}**, as ${code(result.principal)}.`, '');
    if (result.head === 'deny') {
        lines.push(`The head is ${denialWords(result)}.`, '');
        if (result.denial !== null)
            lines.push(`> ${inline(result.denial.reason)}`, '');
        if (result.statement !== null)
            lines.push(...jsonBlock(result.statement), '');
        if (result.baseAllowedBy.length > 0) {
            const was = result.baseAllowedBy.map((item) => `statement **${code(item.statement)}** of ${inline(item.policy)}${item.origin === undefined ? '' : ` (${code(item.origin)})`}`);
            const base = result.base === 'unknown' ? 'In the base (where its unknowns allow) it was allowed by' : 'In the base it was allowed by';
            lines.push(`${base} ${was.join(' and ')}; the change ${result.denial?.kind === 'explicit' ? 'adds the deny above' : 'removes or narrows that grant'}.`, '');
        }
    }
    else {
        lines.push(`The head allows what must be denied.`, '');
    }
    for (const fix of result.fixes.slice(0, shape.fixes)) {
        const where = fix.origin === undefined ? '' : `, in ${code(fix.origin)}`;
        lines.push(`**Proven fix** (${fix.owner}${where}): ${inline(fix.title)}`, '', inline(fix.explanation), '');
        if (fix.document !== null && typeof fix.document === 'object')
            lines.push(...jsonBlock(fix.document), '');
        else
            lines.push(`Set ${code(fix.target)} to ${code(JSON.stringify(fix.document))}.`, '');
        if (fix.command !== null)
            lines.push('```sh', fix.command, '```', '');
    }
    for (const note of result.notes)
        lines.push(`_Assumes:_ ${inline(note)}`, '');
    return lines;
}
function oneLine(result) {
    return `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)}: expected ${result.expect}, head ${result.head}${result.head === 'deny' ? ` (${denialWords(result)})` : ''}`;
}
/** What denies a check, briefly: the heading of a group of checks in the shortest form. */
function groupTitle(result) {
    const denial = result.denial;
    if (result.head !== 'deny')
        return `**Head ${result.head}, expected ${result.expect}**`;
    if (denial === null)
        return '**Denied**';
    const statement = denial.statement === null ? '' : `, statement ${code(denial.statement)}`;
    const origin = denial.origin === undefined ? '' : ` (${code(denial.origin)})`;
    return `**Denied by the ${denial.policyType}${denial.kind === undefined ? '' : ` (${denial.kind} deny)`}: ${inline(denial.policy)}${statement}${origin}**`;
}
function grantRow(grant) {
    const kind = {
        'wildcard-principal': grant.public === true ? 'public principal' : 'wildcard principal',
        'all-actions': 'every action',
        'all-resources': 'every resource',
        'block-public-access-off': 'Block Public Access off'
    };
    return `| ${kind[grant.kind]} | ${cell(grant.policy)} (${code(grant.origin)}) | ${code(grant.statement)} | ${cell(grant.detail)} |`;
}
/**
 * GitHub refuses a comment body over 65,536 characters
 * (https://docs.github.com/rest/issues/comments#create-an-issue-comment): the review's share leaves
 * room for the hidden marker and the note the publisher adds.
 */
const COMMENT_BUDGET_CHARACTERS = (/* unused pure expression or super */ null && (65_536 - 2_048));
/**
 * GitHub refuses a step summary over 1 MiB
 * (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary).
 */
const SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 8 * 1024));
function render(report, shape, options) {
    const { summary } = report;
    const results = report.results;
    const unchanged = results.filter((result) => result.status === 'passing');
    const cuts = [];
    const headline = [];
    headline.push(summary.broken > 0 ? `⛔ **${plural(summary.broken, 'expectation')} broken**` : '✅ no expectation broken');
    if (summary.fixed > 0)
        headline.push(`✅ ${summary.fixed} fixed`);
    if (summary.failing > 0)
        headline.push(`❗ ${summary.failing} still failing`);
    if (summary.unknown > 0)
        headline.push(`❔ ${summary.unknown} cannot be decided`);
    headline.push(`${unchanged.length} unchanged`);
    if (report.broadGrants.length > 0)
        headline.push(`⚠️ ${plural(report.broadGrants.length, 'new broad grant')}`);
    const lines = ['## S3 access review', '', headline.join(' · '), '', `Compared ${inline(report.base.description)} → ${inline(report.head.description)}.`, ''];
    const noteAt = lines.length;
    let detailed = 0;
    /** Broken or failing checks, up to `limit`: in full while the shape allows, then one line each; the rest counted. */
    const sections = (heading, list, limit, what) => {
        if (list.length === 0)
            return;
        lines.push(heading, '');
        const shown = list.slice(0, limit);
        if (shape.compact === true) {
            // One short line per check, grouped under what denies them.
            const groups = new Map();
            for (const result of shown) {
                const key = groupTitle(result);
                groups.set(key, [...(groups.get(key) ?? []), result]);
            }
            for (const [title, members] of groups)
                lines.push(`${title} (${members.length}):`, '', ...members.map((result) => `- **${inline(result.name)}** ${code(result.action)}`), '');
        }
        else {
            for (const result of shown) {
                if (detailed < shape.detailed) {
                    lines.push(...brokenSection(result, shape));
                    detailed++;
                }
                else
                    lines.push(oneLine(result), '');
            }
        }
        if (list.length > limit) {
            lines.push(limit === 0 ? `${plural(list.length, 'check')}, not listed here.` : `…and ${list.length - limit} more, not listed here.`, '');
            cuts.push(`${plural(list.length - limit, what)} not listed`);
        }
    };
    /** Other checks, one line each, up to `shape.list` of them; the rest counted. */
    const listed = (heading, list, what, line) => {
        if (list.length === 0)
            return;
        lines.push(heading, '');
        for (const result of list.slice(0, shape.list))
            lines.push(line(result));
        if (list.length > shape.list) {
            lines.push(shape.list === 0 ? `${plural(list.length, 'check')}, not listed here.` : `- …and ${list.length - shape.list} more.`);
            cuts.push(`${plural(list.length - shape.list, what)} not listed`);
        }
        lines.push('');
    };
    const broken = results.filter((result) => result.status === 'broken');
    sections('### ⛔ Broken by this change', broken, shape.broken, 'broken check');
    listed('### ✅ Fixed by this change', results.filter((result) => result.status === 'fixed'), 'fixed check', (result) => `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} is now **${result.head}**, as expected (was ${result.base}).`);
    const failing = results.filter((result) => result.status === 'failing');
    sections('### ❗ Failing before and after this change', failing, shape.list, 'still-failing check');
    const shownFailing = broken.slice(0, shape.broken).length + failing.slice(0, shape.list).length;
    if (shownFailing > detailed && detailed < MAX_DETAILED)
        cuts.push(`${plural(shownFailing - detailed, 'failing check')} in one line instead of in full (statement, proven fixes)`);
    listed('### ❔ Cannot be decided', results.filter((result) => result.status === 'unknown'), 'undecidable check', (result) => `- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} (expected ${result.expect}, base ${result.base}): the head depends on ${[...new Set(result.unknown.head)].map(inline).join('; ')}`);
    lines.push('### Unchanged', '', unchanged.length === 0 ? 'No check passes unchanged.' : `${plural(unchanged.length, 'check')} (expectation and action) pass${unchanged.length === 1 ? 'es' : ''} as before.`, '');
    lines.push('### ⚠️ New broad grants', '');
    if (report.broadGrants.length === 0)
        lines.push('None.', '');
    else if (shape.grants === 0) {
        lines.push(`${plural(report.broadGrants.length, 'new broad grant')}, not listed here.`, '');
        cuts.push('the list of new broad grants');
    }
    else {
        lines.push('| grant | where | statement | detail |', '| --- | --- | --- | --- |');
        for (const grant of report.broadGrants.slice(0, shape.grants))
            lines.push(grantRow(grant));
        lines.push('');
        if (report.broadGrants.length > shape.grants) {
            lines.push(`…and ${report.broadGrants.length - shape.grants} more.`, '');
            cuts.push(`${plural(report.broadGrants.length - shape.grants, 'broad grant')} not listed`);
        }
    }
    const unresolved = [...new Set(report.head.unresolved)];
    if (unresolved.length > 0 && shape.unresolved > 0) {
        lines.push('<details><summary>Values the head could not resolve</summary>', '');
        for (const item of unresolved.slice(0, shape.unresolved))
            lines.push(`- ${inline(item)}`);
        if (unresolved.length > shape.unresolved) {
            lines.push(`- …and ${unresolved.length - shape.unresolved} more.`);
            cuts.push(`${plural(unresolved.length - shape.unresolved, 'unresolved value')} not listed`);
        }
        lines.push('', '</details>', '');
    }
    else if (unresolved.length > 0)
        cuts.push(`the ${plural(unresolved.length, 'value')} the head could not resolve`);
    if (cuts.length > 0) {
        const limit = options.limit === undefined ? 'to fit the size limit' : `to fit ${options.limit}`;
        const where = options.fullReport === undefined ? '' : ` The full report is in ${options.fullReport}.`;
        lines.splice(noteAt, 0, `> ✂️ Shortened ${limit}: ${cuts.join('; ')}.${where}`, '');
    }
    return { text: `${lines.join('\n')}\n`, cuts };
}
function fits(text, options) {
    if (options.maxCharacters !== undefined && text.length > options.maxCharacters)
        return false;
    if (options.maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > options.maxBytes)
        return false;
    return true;
}
/**
 * The pull request comment and job summary. With a size limit, a report that would pass it is
 * shortened step by step: fewer checks in full (statement, fixes), then shorter lists of fixed and
 * undecidable checks, broad grants and unresolved values, which are counted instead; the broken
 * checks stay listed as long as they fit, and the text says what was cut and where the full report is.
 */
function renderReviewMarkdown(report, options = {}) {
    let last = render(report, SHAPES[0], options);
    if (fits(last.text, options))
        return last.text;
    for (const shape of SHAPES.slice(1)) {
        last = render(report, shape, options);
        if (fits(last.text, options))
            return last.text;
    }
    // Even one line per broken check is too long: list as many as fit.
    const smallest = SHAPES[SHAPES.length - 1];
    const broken = report.results.filter((result) => result.status === 'broken').length;
    let low = 0;
    let high = broken;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(render(report, { ...smallest, broken: middle }, options).text, options))
            low = middle;
        else
            high = middle - 1;
    }
    last = render(report, { ...smallest, broken: low }, options);
    if (fits(last.text, options))
        return last.text;
    // Only names longer than any budget get here: cut the text itself.
    const max = Math.min(options.maxCharacters ?? Number.POSITIVE_INFINITY, options.maxBytes ?? Number.POSITIVE_INFINITY);
    // (UTF-8 takes at most 4 bytes per UTF-16 code unit.)
    const cut = last.text.slice(0, Math.floor(Number.isFinite(max) ? (options.maxBytes !== undefined ? max / 4 : max) : last.text.length) - 2);
    return `${cut}\n`;
}
/** `review --format json`: the results and broad grants (the contract), the summary and what was compared. */
function renderReviewJson(report) {
    return `${JSON.stringify({
        results: report.results,
        broadGrants: report.broadGrants,
        summary: report.summary,
        base: report.base,
        head: report.head
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/evaluate/engine.ts + 5 modules
var engine = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/s3/block-public-access.ts
var block_public_access = __webpack_require__(4124);
// EXTERNAL MODULE: ./src/s3/public.ts
var s3_public = __webpack_require__(7065);
;// CONCATENATED MODULE: ./src/review/broad.ts
/**
 * Broad grants a change introduces: Allow statements in the head that the base does not have, and
 * that give much more than one pipeline needs.
 *
 * - wildcard principals in bucket and key policies (`"*"`, `{"AWS": "*"}`, NotPrincipal), with whether
 *   S3 considers the statement public and what Block Public Access does about it: BlockPublicPolicy
 *   makes S3 reject the policy when it is put (the apply fails), RestrictPublicBuckets limits a public
 *   policy to AWS service principals and the bucket owner's account;
 * - every action: `*`, `s3:*` (or a NotAction Allow) in bucket and identity policies;
 * - every resource: an Allow of S3 actions on `"Resource": "*"` (or NotResource) in identity policies
 *   (not in permissions boundaries, which grant nothing);
 * - Block Public Access settings the head turns off.
 *
 * A statement is new when the base has no statement with the same JSON in the same place (the same
 * bucket, role, managed policy or key), so a reordered or unchanged policy reports nothing.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html
 */




/** JSON with sorted keys: the same statement written in another key order is the same statement. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const object = value;
        return `{${Object.keys(object)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function rawStatements(document) {
    const raw = document['Statement'];
    return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
}
function isWildcardPrincipal(statement) {
    const principal = statement.principal;
    if (principal === null)
        return false;
    if (principal.negated || principal.wildcard)
        return true;
    return principal.AWS.includes('*') || principal.CanonicalUser.includes('*');
}
function allActions(statement) {
    if (statement.action.negated)
        return `NotAction ${statement.action.values.join(', ')} allows every other action`;
    const broad = statement.action.values.find((value) => value === '*' || value.toLowerCase() === 's3:*');
    if (broad === undefined)
        return null;
    return broad === '*' ? 'Action "*" allows every action of every service' : `Action "${broad}" allows every S3 action`;
}
function touchesS3(statement) {
    if (statement.action.negated)
        return true;
    return statement.action.values.some((value) => value === '*' || value.toLowerCase().startsWith('s3:') || value.toLowerCase().startsWith('s3*'));
}
function allResources(statement) {
    const resource = statement.resource;
    if (resource === null || !touchesS3(statement))
        return null;
    if (resource.negated)
        return `NotResource ${resource.values.join(', ')} applies its S3 actions to every other resource`;
    return resource.values.includes('*') ? `allows ${statement.action.values.join(', ')} on every bucket and object ("Resource": "*")` : null;
}
function blockEffect(set, bucket) {
    const bucketBlock = bucket.publicAccessBlock;
    const accountBlock = set.accountPublicAccessBlock;
    if (isUnknown(bucketBlock) || isUnknown(accountBlock)) {
        return { effect: 'unknown', detail: `Block Public Access cannot be told: ${(isUnknown(bucketBlock) ? bucketBlock : accountBlock).reason}` };
    }
    const block = (0,block_public_access/* effectiveBlock */.ne)(bucketBlock ?? undefined, accountBlock ?? undefined);
    if (block.BlockPublicPolicy) {
        return { effect: 'stops', detail: `BlockPublicPolicy (${block.source.BlockPublicPolicy ?? ''} level) makes S3 reject this policy: applying the change fails` };
    }
    if (block.RestrictPublicBuckets) {
        return { effect: 'restricts', detail: `RestrictPublicBuckets (${block.source.RestrictPublicBuckets ?? ''} level) limits it to AWS service principals and the bucket owner's account` };
    }
    const account = accountBlock === null ? ' (the account-level settings are not in the source; they apply too if turned on)' : '';
    return { effect: 'does-not-stop', detail: `Block Public Access does not stop it${account}` };
}
function scan(set, doc, place, out, policyWords) {
    if (isUnknown(doc.document))
        return;
    const policy = (0,parse/* parsePolicy */.O)(doc.document, doc.origin);
    const raws = rawStatements(doc.document);
    const where = place.kind === 'bucket' ? `bucket:${place.bucket.name}` : `${place.kind}:${place.owner}`;
    for (const statement of policy.statements) {
        if (statement.effect !== 'Allow')
            continue;
        const json = raws[statement.index] ?? null;
        const base = { policy: policyWords, origin: doc.origin, statement: statement.label, json };
        const text = canonical(json);
        if (place.kind !== 'identity' && isWildcardPrincipal(statement)) {
            const publicity = (0,s3_public/* statementPublicity */.Jq)(statement);
            const grant = {
                kind: 'wildcard-principal',
                ...base,
                public: publicity.public,
                detail: publicity.public ? `public: ${publicity.reason}` : `a wildcard principal, not public: ${publicity.reason}`
            };
            if (place.kind === 'bucket' && publicity.public) {
                const effect = blockEffect(set, place.bucket);
                grant.blockPublicAccess = effect.effect;
                grant.detail = `${grant.detail}. ${effect.detail}`;
            }
            out.push({ key: `wildcard-principal|${where}|${text}`, grant });
        }
        if (place.kind !== 'key') {
            const actions = allActions(statement);
            if (actions !== null)
                out.push({ key: `all-actions|${where}|${text}`, grant: { kind: 'all-actions', ...base, detail: actions } });
        }
        if (place.kind === 'identity') {
            const resources = allResources(statement);
            if (resources !== null)
                out.push({ key: `all-resources|${where}|${text}`, grant: { kind: 'all-resources', ...base, detail: resources } });
        }
    }
}
function candidates(set) {
    const out = [];
    for (const bucket of set.buckets) {
        if (bucket.policy !== null)
            scan(set, bucket.policy, { kind: 'bucket', bucket }, out, bucket.any === true ? 'bucket policy' : `bucket policy of ${bucket.name}`);
    }
    const seen = new Set();
    // A permissions boundary grants nothing (it only limits): a managed policy used only as one is no broad grant.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
    const attached = new Set(set.roles.flatMap((role) => role.policies));
    const boundaries = new Set(set.roles.flatMap((role) => (role.boundary === null ? [] : [role.boundary])));
    for (const doc of set.managedPolicies) {
        if (isUnknown(doc.document) || seen.has(doc.document))
            continue;
        if (boundaries.has(doc) && !attached.has(doc))
            continue;
        seen.add(doc.document);
        scan(set, doc, { kind: 'identity', owner: `managed:${doc.name}` }, out, `managed policy ${doc.name}`);
    }
    for (const role of set.roles) {
        const roleName = typeof role.name === 'string' ? role.name : role.origin;
        for (const doc of role.policies) {
            if (isUnknown(doc.document) || seen.has(doc.document))
                continue;
            seen.add(doc.document);
            scan(set, doc, { kind: 'identity', owner: `role:${roleName}:${doc.name}` }, out, `identity policy ${doc.name} of role ${role.any === true ? '(every role)' : roleName}`);
        }
    }
    for (const key of set.keys) {
        if (key.policy === null)
            continue;
        const owner = typeof key.arn === 'string' ? key.arn : key.origin;
        scan(set, key.policy, { kind: 'key', owner }, out, `key policy of ${owner}`);
    }
    return out;
}
function blockSettingsTurnedOff(base, head) {
    const out = [];
    const compare = (before, after, policy, origin) => {
        if (before === null || isUnknown(before) || isUnknown(after))
            return;
        for (const setting of block_public_access/* BLOCK_SETTINGS */.ko) {
            if (before[setting] === true && after?.[setting] !== true) {
                out.push({
                    kind: 'block-public-access-off',
                    policy,
                    origin,
                    statement: setting,
                    detail: after === null ? `the change removes ${policy}, which turned ${setting} on` : `the change turns ${setting} off`,
                    json: null
                });
            }
        }
    };
    for (const bucket of base.buckets) {
        const after = head.buckets.find((candidate) => candidate.name === bucket.name && candidate.any === bucket.any);
        compare(bucket.publicAccessBlock, after?.publicAccessBlock ?? null, `Block Public Access of ${bucket.name}`, after?.publicAccessBlockOrigin ?? bucket.publicAccessBlockOrigin ?? bucket.origin);
    }
    compare(base.accountPublicAccessBlock, head.accountPublicAccessBlock, 'account-level Block Public Access', 'aws_s3_account_public_access_block');
    return out;
}
/** The broad grants in the head that the base does not have. */
function newBroadGrants(base, head) {
    const before = new Set(candidates(base).map((candidate) => candidate.key));
    const seen = new Set();
    const out = [];
    for (const candidate of candidates(head)) {
        if (before.has(candidate.key) || seen.has(candidate.key))
            continue;
        seen.add(candidate.key);
        out.push(candidate.grant);
    }
    return [...out, ...blockSettingsTurnedOff(base, head)];
}

// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __webpack_require__(3773);
;// CONCATENATED MODULE: ./src/review/variants.ts


/** Removes the value at the path instead of setting it. */
const REMOVE = Symbol('remove');
/** The scenario with the edits applied (shorter paths first), sharing everything they do not touch. */
function applyEdits(base, edits) {
    const root = { ...base };
    const copied = new Set([root]);
    const ordered = [...edits].sort((a, b) => a.path.length - b.path.length);
    for (const edit of ordered) {
        let node = root;
        for (let index = 0; index < edit.path.length - 1; index++) {
            const key = edit.path[index];
            let child = node[key];
            if (child === undefined || child === null || typeof child !== 'object')
                child = typeof edit.path[index + 1] === 'number' ? [] : {};
            else if (!copied.has(child))
                child = Array.isArray(child) ? [...child] : { ...child };
            copied.add(child);
            node[key] = child;
            node = child;
        }
        const last = edit.path[edit.path.length - 1];
        if (edit.value === REMOVE)
            delete node[last];
        else
            node[last] = edit.value;
    }
    return root;
}
// ---------------------------------------------------------------------------------------------
// Stand-in documents
// ---------------------------------------------------------------------------------------------
/** Sids of the stand-ins, so that reports can leave them out. */
const ASSUMED_ALLOW = 'ReviewAssumesUnknownAllows';
const ASSUMED_DENY = 'ReviewAssumesUnknownDenies';
function isStandIn(statement) {
    return statement === ASSUMED_ALLOW || statement === ASSUMED_DENY;
}
function roleOf(kind) {
    return kind === 'identity' || kind === 'organization' ? 'identity' : 'resource';
}
/** The Principal that names the caller as directly as a resource policy can. */
function callerPrincipal(caller) {
    switch (caller.kind) {
        case 'anonymous':
            return '*';
        case 'service':
            return { Service: caller.service };
        default:
            return { AWS: caller.arn };
    }
}
function principalFor(kind, caller, effect) {
    if (kind === 'identity' || kind === 'organization')
        return undefined;
    if (effect === 'Deny' || kind === 'endpoint-policy' || kind === 'rcp')
        return '*';
    return callerPrincipal(caller);
}
function standInStatement(kind, caller, effect) {
    const statement = { Sid: effect === 'Allow' ? ASSUMED_ALLOW : ASSUMED_DENY, Effect: effect };
    const principal = principalFor(kind, caller, effect);
    if (principal !== undefined)
        statement['Principal'] = principal;
    statement['Action'] = '*';
    statement['Resource'] = '*';
    return statement;
}
function standIn(kind, caller, effect) {
    return { Version: '2012-10-17', Statement: [standInStatement(kind, caller, effect)] };
}
/** A document that allows nothing: the restrictive reading of one that can only allow. */
function allowsNothing(kind) {
    return { Version: '2012-10-17', Statement: [placeholderStatement(roleOf(kind), 'Allow')] };
}
const BLOCK_ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
/**
 * The uncertainties of one sourced document placed at `path` in the scenario (the document itself,
 * not its NamedPolicy): the whole document when unknown, else each statement the source does not
 * determine.
 */
function documentUncertainties(doc, path, kind, caller) {
    if (isUnknown(doc.document)) {
        return [
            {
                reason: doc.document.reason,
                permissive: [{ path, value: standIn(kind, caller, 'Allow') }],
                restrictive: [[{ path, value: doc.allowOnly === true ? allowsNothing(kind) : standIn(kind, caller, 'Deny') }]]
            }
        ];
    }
    return (doc.unknownStatements ?? []).map((statement) => {
        const at = [...path, 'Statement', statement.index];
        return {
            reason: statement.reason,
            permissive: statement.effect === 'Deny' ? [] : [{ path: at, value: standInStatement(kind, caller, 'Allow') }],
            restrictive: [statement.effect === 'Allow' ? [] : [{ path: at, value: standInStatement(kind, caller, 'Deny') }]]
        };
    });
}
/** The most restrictive version of a document (for a value set as a whole, such as a maybe-attached SCP). */
function restrictiveDocument(doc, kind, caller) {
    if (isUnknown(doc.document))
        return doc.allowOnly === true ? allowsNothing(kind) : standIn(kind, caller, 'Deny');
    const unknown = doc.unknownStatements ?? [];
    if (unknown.length === 0)
        return doc.document;
    const statements = [...(doc.document['Statement'] ?? [])];
    for (const statement of unknown)
        if (statement.effect !== 'Allow')
            statements[statement.index] = standInStatement(kind, caller, 'Deny');
    return { ...doc.document, Statement: statements };
}

;// CONCATENATED MODULE: ./src/review/scenarios.ts
/**
 * One expectation and one side's policy set -> the scenario AWS would evaluate: the request the
 * expectation describes, the identity policies of the role it runs as, the bucket's policy and
 * settings, the key policy of the key the request uses, the endpoint policy, and the SCPs and RCPs
 * attached on the path to the accounts involved.
 *
 * What the source does not determine enters the scenario in its permissive reading (an unknown
 * document as unreadable, an unknown statement as a placeholder that matches nothing, a maybe-attached
 * SCP left out), and as an `Uncertainty` (variants.ts) with the readings that bound it; review.ts
 * decides a side only when the bounds agree.
 *
 * Layers a source does not define are taken as absent (scenario-format.md: a missing layer is "not
 * present"): SCPs and RCPs, endpoint policies, account-level Block Public Access. Roles and buckets
 * are different: the request names them, so one the source does not define has unknown policies
 * (except for plain policy files, which are the whole world).
 *
 * Organization policies apply where they are attached: an SCP to the principals of the accounts
 * under its target, an RCP to the resources of those accounts
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html:
 * "an SCP attached to the root ... applies to all accounts"; one attached to an OU to the accounts in
 * it and its child OUs; one attached to an account to that account). A target is a root (`r-...`), an
 * OU (`ou-...`) or an account (12 digits): an account target is decided by the id alone; a root or OU
 * target needs the account's place in the organization (the source's organization resources, or
 * `organization.accounts` in the expectations file), and without it the policy may or may not apply.
 * An SCP or RCP attached nowhere in the source applies to nobody. AWS Organizations attaches
 * FullAWSAccess (RCPFullAWSAccess) when the policy type is enabled, so the source's policies sit beside it
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 *
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (a key without a policy gets
 *   the default one, which gives the account root, and so IAM policies, access)
 */






const FULL_AWS_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const RCP_FULL_AWS_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
const ACL_ACTIONS = /acl$/i;
const READ_ACTIONS = new Set(['s3:getobject', 's3:getobjectversion']);
const defaultKeyPolicies = new Map();
/** The default key policy: the account's root, and through it the account's IAM policies, may use the key. */
function defaultKeyPolicy(arn) {
    const parts = arn.split(':');
    const account = parts[4] ?? '';
    let document = defaultKeyPolicies.get(account);
    if (document === undefined) {
        document = {
            Version: '2012-10-17',
            Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${parts[1] ?? 'aws'}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }]
        };
        defaultKeyPolicies.set(account, document);
    }
    return document;
}
function named(doc) {
    return { name: doc.name, document: isUnknown(doc.document) ? { unreadable: doc.document.reason } : doc.document };
}
function hasAclHeaders(headers) {
    return (0,actions/* getHeader */._b)(headers, 'x-amz-acl') !== undefined || (0,s3_public/* parseGrantHeaders */.o3)(headers).headers.length > 0;
}
/** A policy set of a source that defines nothing (a side where the file does not exist). */
function notDefined(set, what, extra) {
    const base = `${what} is not defined in the ${set.description}`;
    const unique = [...new Set(extra)];
    return unique.length === 0 ? base : `${base} (it may be one of: ${unique.join('; ')})`;
}
function pathText(path) {
    return path.reduce((text, token) => (typeof token === 'number' ? `${text}[${token}]` : text === '' ? token : `${text}.${token}`), '');
}
function membershipOf(account, set, file) {
    const mapped = file.organization?.accounts[account];
    if (mapped === 'outside')
        return { kind: 'outside' };
    if (mapped !== undefined)
        return { kind: 'path', ids: [...mapped, account] };
    const org = set.organization;
    const ids = [account];
    let current = account;
    for (let depth = 0; depth < 8; depth++) {
        const parent = org.parents[current];
        if (parent === undefined)
            break;
        if (isUnknown(parent))
            return { kind: 'unknown', reason: parent.reason };
        ids.unshift(parent);
        // Root ids begin with r- (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Root.html).
        if (org.roots.includes(parent) || parent.startsWith('r-'))
            return { kind: 'path', ids };
        current = parent;
    }
    if (org.members.includes(account))
        return { kind: 'member' };
    if (org.membersComplete && org.roots.length > 0)
        return { kind: 'outside' };
    return {
        kind: 'unknown',
        reason: `where account ${account} sits in the organization (its root and OUs) is not in the ${set.description}: give it under organization.accounts in the expectations file`
    };
}
/** Whether an SCP or RCP attached to `targets` applies to `account`: yes, no, or maybe (and why). */
function applies(policy, account, set, file) {
    if (policy.targets === 'everywhere')
        return true;
    let maybe = null;
    let membership;
    for (const target of policy.targets) {
        if (isUnknown(target)) {
            maybe ??= target.reason;
            continue;
        }
        if (/^\d{12}$/.test(target)) {
            if (account === undefined)
                maybe ??= `${policy.origin} is attached to account ${target}, and the account of the request is not known`;
            else if (target === account)
                return true;
            continue;
        }
        if (account === undefined) {
            maybe ??= `${policy.origin} is attached to ${target}, and the account of the request is not known`;
            continue;
        }
        membership ??= membershipOf(account, set, file);
        switch (membership.kind) {
            case 'path':
                if (membership.ids.includes(target))
                    return true;
                break;
            case 'member':
                if (target.startsWith('r-'))
                    return true;
                maybe ??= `${policy.origin} is attached to ${target}: whether account ${account} is under it is not in the ${set.description} (give organization.accounts in the expectations file)`;
                break;
            case 'unknown':
                maybe ??= `${policy.origin} is attached to ${target}: ${membership.reason}`;
                break;
            case 'outside':
                break;
        }
    }
    return maybe ?? false;
}
/** Which of `policies` apply to `account`, certainly or maybe; the same for every check of a review (cached). */
const attachedCache = new WeakMap();
function attachedTo(policies, account, set, file) {
    let bySet = attachedCache.get(file);
    if (bySet === undefined)
        attachedCache.set(file, (bySet = new WeakMap()));
    let byAccount = bySet.get(policies);
    if (byAccount === undefined)
        bySet.set(policies, (byAccount = new Map()));
    const key = account ?? '';
    let found = byAccount.get(key);
    if (found === undefined) {
        found = { certain: [], maybe: [] };
        for (const policy of policies) {
            const verdict = applies(policy, account, set, file);
            if (verdict === true)
                found.certain.push(policy);
            else if (verdict !== false)
                found.maybe.push({ policy, reason: verdict });
        }
        byAccount.set(key, found);
    }
    return found;
}
function buildScenario(expectation, action, set, file) {
    const request = requestFor(expectation, action);
    if (request.vpcEndpoint === undefined && request.context !== undefined) {
        const given = Object.entries(request.context).find(([key]) => key.toLowerCase() === 'aws:sourcevpce')?.[1];
        if (typeof given === 'string')
            request.vpcEndpoint = given;
    }
    const scenario = { version: 1, name: `${expectation.name} (${action})`, request };
    const uncertain = [];
    const origins = new Map();
    const notes = [];
    const note = (text) => {
        if (!notes.includes(text))
            notes.push(text);
    };
    const caller = (0,principal/* parseCaller */.F7)(request.principal);
    const account = (0,principal/* callerAccount */.Xr)(caller);
    const knownAccount = account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
    /** The uncertainties of a document placed at `path`, and its origin. */
    const place = (doc, path, kind) => {
        if (doc.origin !== '')
            origins.set(pathText(path), doc.origin);
        uncertain.push(...documentUncertainties(doc, path, kind, caller));
    };
    /** A whole layer the source does not determine: its list (or single policy) unknown. */
    const unknownIdentity = (reason, boundary) => {
        scenario.identity = boundary ? { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } } : { policies: { unreadable: reason } };
        uncertain.push({
            reason,
            permissive: [{ path: ['identity', 'policies'], value: [{ name: 'unknown identity policies', document: standIn('identity', caller, 'Allow') }] }],
            restrictive: [[{ path: ['identity', 'policies'], value: [{ name: 'unknown identity policies', document: standIn('identity', caller, 'Deny') }] }]]
        });
        if (boundary) {
            uncertain.push({
                reason,
                permissive: [{ path: ['identity', 'permissionsBoundary'], value: REMOVE }],
                restrictive: [[{ path: ['identity', 'permissionsBoundary'], value: { name: 'unknown permissions boundary', document: standIn('identity', caller, 'Deny') } }]]
            });
        }
    };
    // The identity side: the role by name, in the caller's account where the source tells the role's account.
    if (caller.kind === 'role-session') {
        const exact = set.roles.filter((role) => role.name === caller.roleName);
        const byName = exact.length > 0 ? exact : set.roles.filter((role) => typeof role.name === 'string' && role.name.toLowerCase() === caller.roleName.toLowerCase());
        const inAccount = byName.filter((role) => role.account === undefined || knownAccount === undefined || role.account === knownAccount);
        const elsewhere = byName.filter((role) => !inAccount.includes(role));
        const role = inAccount.length === 1 ? inAccount[0] : inAccount.length === 0 ? set.roles.find((candidate) => candidate.any === true) : undefined;
        if (role !== undefined) {
            const identity = {};
            const path = role.path.startsWith('/') && role.path.endsWith('/') ? role.path : '/';
            // The role's ARN with its path (the scenario format wants a 12-digit account there).
            if (knownAccount !== undefined)
                identity.arn = `arn:${caller.partition}:iam::${knownAccount}:role${path}${caller.roleName}`;
            scenario.identity = identity;
            if (role.policies.length > 0) {
                identity.policies = role.policies.map(named);
                role.policies.forEach((doc, index) => place(doc, ['identity', 'policies', index, 'document'], 'identity'));
            }
            if (role.boundary !== null) {
                identity.permissionsBoundary = named(role.boundary);
                place(role.boundary, ['identity', 'permissionsBoundary', 'document'], 'identity');
            }
            // A role whose account the source does not tell (a new role in a plan without account) is taken as the caller's.
            origins.set('identity', role.origin);
        }
        else if (inAccount.length > 1) {
            unknownIdentity(`role ${caller.roleName} is defined ${inAccount.length} times in the ${set.description} (${inAccount.map((match) => match.origin).join(', ')})`, true);
        }
        else if (!set.closedWorld) {
            const what = elsewhere.length > 0 ? `role ${caller.roleName} of account ${knownAccount ?? ''}` : `role ${caller.roleName}`;
            const others = elsewhere.length > 0 ? `; the role ${caller.roleName} it defines (${elsewhere.map((other) => other.origin).join(', ')}) is in account ${[...new Set(elsewhere.map((other) => other.account))].join(', ')}` : '';
            unknownIdentity(`${notDefined(set, what, set.unnamedRoles)}${others}`, true);
        }
    }
    else if (caller.kind === 'user' || caller.kind === 'federated-user' || caller.kind === 'other') {
        if (!set.closedWorld)
            unknownIdentity(`the policies of ${request.principal} are not read from the ${set.description} (only roles are)`, false);
    }
    // Organization guardrails attached on the path to the caller's account (SCPs) and the bucket's (RCPs).
    const bucketName = request.bucket;
    const bucketAccount = file.bucketAccounts[bucketName] ?? knownAccount ?? set.account;
    const management = file.organization?.managementAccount ?? set.organization.managementAccount;
    const guardrails = (policies, forAccount, key) => {
        if (policies.length === 0)
            return;
        const { certain, maybe } = attachedTo(policies, forAccount, set, file);
        if (certain.length === 0 && maybe.length === 0)
            return;
        const full = key === 'serviceControlPolicies' ? { name: 'FullAWSAccess', document: FULL_AWS_ACCESS } : { name: 'RCPFullAWSAccess', document: RCP_FULL_AWS_ACCESS };
        const kind = key === 'serviceControlPolicies' ? 'organization' : 'rcp';
        const level = [full, ...certain.map(named)];
        if (certain.length > 0) {
            scenario.organization ??= {};
            scenario.organization[key] = [level];
            certain.forEach((doc, index) => place(doc, ['organization', key, 0, index + 1, 'document'], kind));
        }
        for (const { policy, reason } of maybe) {
            // Attached on the path or not: the restrictive reading attaches it (beside what certainly applies).
            const attached = [...level, { name: policy.name, document: restrictiveDocument(policy, kind, caller) }];
            uncertain.push({ reason, permissive: [], restrictive: [[{ path: ['organization', key], value: [attached] }]] });
        }
    };
    if (caller.kind !== 'anonymous' && caller.kind !== 'service')
        guardrails(set.scps, knownAccount, 'serviceControlPolicies');
    guardrails(set.rcps, bucketAccount, 'resourceControlPolicies');
    if (management !== undefined && (scenario.organization !== undefined || uncertain.some((item) => item.restrictive.some((edits) => edits.some((edit) => edit.path[0] === 'organization'))))) {
        scenario.organization ??= {};
        scenario.organization.managementAccount = management;
    }
    // The bucket.
    let model = set.buckets.find((bucket) => bucket.name === bucketName) ?? set.buckets.find((bucket) => bucket.any === true);
    if (model === undefined && !set.closedWorld) {
        const reason = notDefined(set, `bucket ${bucketName}`, set.unnamedBuckets);
        const unknown = new Unknown(reason);
        model = { name: bucketName, origin: '', policy: { origin: '', name: `bucket policy of ${bucketName}`, document: unknown }, publicAccessBlock: unknown, ownership: unknown, encryption: unknown };
    }
    const bucket = { name: bucketName };
    const owner = file.bucketAccounts[bucketName];
    if (owner !== undefined)
        bucket.account = owner;
    scenario.bucket = bucket;
    if (model !== undefined) {
        if (model.origin !== '')
            origins.set('bucket', model.origin);
        if (model.policy !== null) {
            bucket.policy = isUnknown(model.policy.document) ? { unreadable: model.policy.document.reason } : model.policy.document;
            place(model.policy, ['bucket', 'policy'], 'resource-policy');
        }
        if (model.publicAccessBlock !== null && !isUnknown(model.publicAccessBlock))
            bucket.publicAccessBlock = model.publicAccessBlock;
        if (model.ownership !== null && !isUnknown(model.ownership))
            bucket.objectOwnership = model.ownership;
    }
    if (set.accountPublicAccessBlock !== null && !isUnknown(set.accountPublicAccessBlock))
        bucket.accountPublicAccessBlock = set.accountPublicAccessBlock;
    const lower = action.toLowerCase();
    const headers = request.headers;
    // Block Public Access: off in the permissive reading, every setting on in the restrictive one.
    if (model !== undefined && isUnknown(model.publicAccessBlock)) {
        uncertain.push({ reason: model.publicAccessBlock.reason, permissive: [], restrictive: [[{ path: ['bucket', 'publicAccessBlock'], value: BLOCK_ALL }]] });
    }
    if (isUnknown(set.accountPublicAccessBlock)) {
        uncertain.push({ reason: set.accountPublicAccessBlock.reason, permissive: [], restrictive: [[{ path: ['bucket', 'accountPublicAccessBlock'], value: BLOCK_ALL }]] });
    }
    // Object Ownership matters to requests that carry or set ACLs, and not in one direction.
    if (model !== undefined && isUnknown(model.ownership) && (hasAclHeaders(headers) || ACL_ACTIONS.test(lower))) {
        uncertain.push({ reason: model.ownership.reason, permissive: [], restrictive: [], hard: true });
    }
    // Encryption: uploads use the request's SSE headers or the bucket default; downloads the object's key.
    const encryption = model?.encryption ?? null;
    const writes = lower === 's3:putobject';
    const reads = READ_ACTIONS.has(lower) && request.key !== undefined;
    const sseHeader = (0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption');
    const usesDefault = (writes && sseHeader === undefined) || reads;
    const keyIds = [];
    /** The default encryption or its key is unknown: the restrictive reading uses an unknown key that denies. */
    let unknownDefault = null;
    if (usesDefault && isUnknown(encryption))
        unknownDefault = encryption.reason;
    else if (encryption !== null && !isUnknown(encryption)) {
        if (usesDefault && isUnknown(encryption.kmsKey) && encryption.algorithm !== 'AES256')
            unknownDefault = encryption.kmsKey.reason;
        bucket.encryption = toEncryption(encryption);
        if (usesDefault && typeof encryption.kmsKey === 'string' && encryption.algorithm !== 'AES256') {
            keyIds.push(encryption.kmsKey);
            if (reads && request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action)) {
                bucket.objects = { [request.key]: { kmsKeyArn: encryption.kmsKey } };
                note(`assumes ${request.key} is encrypted with the bucket's default key ${encryption.kmsKey}`);
            }
        }
    }
    if (writes && sseHeader !== undefined && sseHeader.trim().startsWith('aws:kms')) {
        const headerKey = (0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption-aws-kms-key-id');
        if (headerKey !== undefined && headerKey.trim() !== '')
            keyIds.push(headerKey.trim());
    }
    const kmsKeys = [];
    const generated = [];
    for (const id of keyIds) {
        if (id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3'))
            continue;
        const key = set.keys.find((candidate) => candidate.arn === id || candidate.keyId === id || (typeof candidate.arn === 'string' && candidate.arn.endsWith(`:key/${id}`)));
        const arn = key !== undefined && typeof key.arn === 'string' ? key.arn : id;
        if (!arn.startsWith('arn:') || kmsKeys.some((known) => known.arn === arn))
            continue;
        const index = kmsKeys.length;
        if (key === undefined) {
            const reason = notDefined(set, `KMS key ${arn}`, []);
            kmsKeys.push({ arn, policy: { unreadable: reason } });
            place({ origin: '', name: `key policy of ${arn}`, document: new Unknown(reason) }, ['kmsKeys', index, 'policy'], 'key-policy');
        }
        else if (key.policy === null) {
            kmsKeys.push({ arn, policy: defaultKeyPolicy(arn) });
            note(`${key.origin} has no key policy in the source: the default key policy applies`);
        }
        else {
            kmsKeys.push({ arn, policy: isUnknown(key.policy.document) ? { unreadable: key.policy.document.reason } : key.policy.document });
            place(key.policy, ['kmsKeys', index, 'policy'], 'key-policy');
        }
        if (key?.generated === true && key.keyId !== undefined)
            generated.push({ arn, id: key.keyId, origin: key.origin });
    }
    if (kmsKeys.length > 0)
        scenario.kmsKeys = kmsKeys;
    if (unknownDefault !== null) {
        const partition = caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws';
        const arn = `arn:${partition}:kms:us-east-1:${bucketAccount ?? '000000000000'}:key/unknown-default-key`;
        const edits = [
            { path: ['bucket', 'encryption'], value: { algorithm: encryption !== null && !isUnknown(encryption) && encryption.algorithm !== 'AES256' ? encryption.algorithm : 'aws:kms', kmsKeyArn: arn } },
            { path: ['kmsKeys'], value: [...kmsKeys, { arn, policy: standIn('key-policy', caller, 'Deny') }] }
        ];
        if (reads && request.key !== undefined)
            edits.push({ path: ['bucket', 'objects'], value: { [request.key]: { kmsKeyArn: arn } } });
        uncertain.push({ reason: unknownDefault, permissive: [], restrictive: [edits] });
    }
    // The VPC endpoint the request goes through.
    const endpointId = request.vpcEndpoint;
    if (endpointId !== undefined) {
        const endpoint = set.endpoints.find((candidate) => candidate.id === endpointId) ?? set.endpoints.find((candidate) => candidate.any === true);
        if (endpoint !== undefined) {
            scenario.vpcEndpoints = [{ id: endpointId }];
            if (endpoint.policy !== null) {
                const first = scenario.vpcEndpoints[0];
                if (first !== undefined)
                    first.policy = isUnknown(endpoint.policy.document) ? { unreadable: endpoint.policy.document.reason } : endpoint.policy.document;
                place(endpoint.policy, ['vpcEndpoints', 0, 'policy'], 'endpoint-policy');
            }
        }
        else if (!set.closedWorld) {
            // An endpoint whose id the source cannot tell may be this one: each is a restrictive reading.
            const candidates = set.endpoints.filter((candidate) => isUnknown(candidate.id));
            if (candidates.length > 0) {
                uncertain.push({
                    reason: `endpoint ${endpointId} is not among the endpoints the ${set.description} names, and it may be one of: ${[...new Set(candidates.map((candidate) => candidate.id.reason))].join('; ')}`,
                    permissive: [],
                    restrictive: candidates.map((candidate) => [
                        { path: ['vpcEndpoints'], value: [candidate.policy === null ? { id: endpointId } : { id: endpointId, policy: restrictiveDocument(candidate.policy, 'endpoint-policy', caller) }] }
                    ])
                });
            }
        }
    }
    // A key whose id CloudFormation generates: a policy naming some other specific key id may or may not mean it.
    for (const key of generated) {
        const named = otherKeyIds(scenario, key.id);
        if (named.length > 0) {
            uncertain.push({ reason: `the id CloudFormation generates for ${key.origin} is not known, and ${named.join(', ')} may or may not be it`, permissive: [], restrictive: [], hard: true });
        }
    }
    return { scenario, uncertain, origins, notes };
}
/** KMS key ARNs with a specific id (not `*`, not the stand-in) that the scenario's documents name in Resource or NotResource. */
function otherKeyIds(scenario, standInId) {
    const found = new Set();
    const visit = (document) => {
        if (document === null || typeof document !== 'object' || 'unreadable' in document)
            return;
        const raw = document['Statement'];
        const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
        for (const statement of statements) {
            if (statement === null || typeof statement !== 'object' || Array.isArray(statement))
                continue;
            for (const element of ['Resource', 'NotResource']) {
                const value = statement[element];
                for (const item of Array.isArray(value) ? value : [value]) {
                    if (typeof item !== 'string')
                        continue;
                    const match = /^arn:[^:]*:kms:[^:]*:[^:]*:key\/(.+)$/.exec(item);
                    if (match !== null && match[1] !== '*' && match[1] !== standInId)
                        found.add(item);
                }
            }
        }
    };
    const identity = scenario.identity;
    if (identity !== undefined) {
        if (Array.isArray(identity.policies))
            for (const policy of identity.policies)
                visit(policy.document);
        const boundary = identity.permissionsBoundary;
        if (boundary !== undefined && 'document' in boundary)
            visit(boundary.document);
    }
    visit(scenario.bucket?.policy);
    for (const key of scenario.kmsKeys ?? [])
        visit(key.policy);
    for (const endpoint of scenario.vpcEndpoints ?? [])
        visit(endpoint.policy);
    const levels = scenario.organization?.serviceControlPolicies;
    if (Array.isArray(levels))
        for (const level of levels)
            for (const policy of level)
                visit(policy.document);
    return [...found];
}
function toEncryption(model) {
    const encryption = { algorithm: model.algorithm };
    if (typeof model.kmsKey === 'string')
        encryption.kmsKeyArn = model.kmsKey;
    if (model.bucketKeyEnabled)
        encryption.bucketKeyEnabled = true;
    return encryption;
}

;// CONCATENATED MODULE: ./src/review/review.ts
/**
 * The review: every expectation (one scenario per action) evaluated against the base's policy set
 * and the head's, and the broad grants the head introduces.
 *
 * A side decides `allow` or `deny` only when nothing the source leaves open can change it: the
 * scenario is evaluated in the reading of the unknowns that allows the most and in each reading that
 * allows the least (variants.ts); when they agree, every value the unknowns could take agrees, and
 * the side is decided. An explicit Deny the source holds decides however the rest reads (AWS: "an
 * explicit deny in any of these policies overrides the allow"); a cross-account request the bucket
 * policy does not grant is denied whatever the caller's own (unknown) policies say; an unknown
 * document that can only allow (an AWS managed policy) cannot turn an allow into a deny. Otherwise
 * the side is `unknown`, naming the unknowns that can flip it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */





function evaluate(scenario) {
    return (0,engine/* evaluateScenario */.m)(scenario);
}
/** The scenario in the readings given: `choice(u)` picks the edits of each uncertainty. */
function reading(base, uncertain, choice) {
    const edits = uncertain.flatMap((item, index) => choice(item, index));
    return edits.length === 0 ? base : applyEdits(base, edits);
}
const MAX_READINGS = 64;
/**
 * Every combination of restrictive readings (most uncertainties have one; an endpoint one per
 * candidate), or null when there are more than MAX_READINGS (the side is then left undecided).
 */
function restrictiveCombinations(uncertain) {
    let combinations = [[]];
    for (const item of uncertain) {
        const options = item.restrictive.length === 0 ? [[]] : item.restrictive;
        const next = [];
        for (const combination of combinations)
            for (const option of options)
                next.push([...combination, option]);
        if (next.length > MAX_READINGS)
            return null;
        combinations = next;
    }
    return combinations;
}
function sameDenial(a, b) {
    const x = a.denial;
    const y = b.denial;
    return x !== null && y !== null && x.policyType === y.policyType && x.statement === y.statement && x.kind === y.kind && x.action === y.action && x.policy === y.policy;
}
/** Evaluates one side and says whether what the source leaves open can change the decision. */
function decideSide(built) {
    const failed = (error) => ({
        decision: 'unknown',
        built,
        verdict: null,
        scenario: built.scenario,
        permissive: null,
        reasons: [`the scenario could not be evaluated: ${error instanceof Error ? error.message : String(error)}`]
    });
    let verdict;
    try {
        verdict = evaluate((0,read/* checkPolicies */.Jk)(built.scenario));
    }
    catch (error) {
        return failed(error);
    }
    const uncertain = built.uncertain;
    if (uncertain.length === 0)
        return { decision: verdict.decision, built, verdict, scenario: built.scenario, permissive: verdict, reasons: [] };
    const soft = uncertain.filter((item) => item.hard !== true);
    const hard = uncertain.filter((item) => item.hard === true);
    try {
        const plusScenario = reading(built.scenario, soft, (item) => item.permissive);
        const plus = plusScenario === built.scenario ? verdict : evaluate(plusScenario);
        const unique = (list) => [...new Set(list)];
        /** The soft unknowns that alone, read restrictively, change the permissive outcome. */
        const flipping = () => {
            const found = [];
            soft.forEach((item, index) => {
                if (found.includes(item.reason))
                    return;
                const flips = item.restrictive.some((option) => evaluate(reading(built.scenario, soft, (other, at) => (at === index ? option : other.permissive))).decision !== plus.decision);
                if (flips)
                    found.push(item.reason);
            });
            return found;
        };
        if (hard.length > 0) {
            // Only an explicit deny of the S3 request (not a stand-in) decides despite a hard unknown.
            const denial = plus.denial;
            const s3 = built.scenario.request.action.toLowerCase();
            if (denial !== null && denial.kind === 'explicit' && denial.action.toLowerCase() === s3 && !isStandIn(denial.statement)) {
                return decided('deny', built, verdict, plus, plusScenario);
            }
            return { decision: 'unknown', built, verdict, scenario: built.scenario, permissive: plus, reasons: unique([...hard.map((item) => item.reason), ...flipping()]) };
        }
        const combinations = restrictiveCombinations(soft);
        const decisions = (combinations ?? []).map((combination) => evaluate(reading(built.scenario, soft, (_item, index) => combination[index] ?? [])));
        if (combinations !== null && decisions.every((minus) => minus.decision === plus.decision)) {
            if (plus.decision === 'deny')
                return decided('deny', built, verdict, plus, plusScenario);
            const minus = decisions[0];
            return verdict.decision === 'allow'
                ? { decision: 'allow', built, verdict, scenario: built.scenario, permissive: plus, reasons: [] }
                : { decision: 'allow', built, verdict: minus, scenario: reading(built.scenario, soft, (item) => item.restrictive[0] ?? []), permissive: plus, reasons: [] };
        }
        const reasons = flipping();
        return { decision: 'unknown', built, verdict, scenario: built.scenario, permissive: plus, reasons: unique(reasons.length > 0 ? reasons : soft.map((item) => item.reason)) };
    }
    catch (error) {
        return failed(error);
    }
}
/** A deny that holds however the unknowns read: shown from the built scenario when it says the same, else from the permissive reading. */
function decided(decision, built, verdict, plus, plusScenario) {
    if (verdict.decision === 'deny' && (plus === verdict || sameDenial(verdict, plus)))
        return { decision, built, verdict, scenario: built.scenario, permissive: plus, reasons: [] };
    return { decision, built, verdict: plus, scenario: plusScenario, permissive: plus, reasons: [] };
}
function statusOf(expect, base, head) {
    if (head === 'unknown')
        return 'unknown';
    if (head !== expect)
        return base !== 'unknown' && base !== expect ? 'failing' : 'broken';
    return base !== 'unknown' && base !== expect ? 'fixed' : 'passing';
}
/** `/identity/policies/0/document` -> `identity.policies[0].document`. */
function pointerPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path === '' ? token : `${path}.${token}`), '');
}
/** The origin of the longest scenario path that starts `path` (a fix to `bucket.policy` edits the bucket policy's source). */
function originOf(origins, path) {
    let best;
    let bestLength = -1;
    for (const [known, origin] of origins) {
        if ((path === known || path.startsWith(`${known}.`) || path.startsWith(`${known}[`)) && known.length > bestLength) {
            best = origin;
            bestLength = known.length;
        }
    }
    return best;
}
/** The JSON of the statement that denies, as the scenario (and so the source) holds it. */
function decidingStatement(verdict, scenario) {
    const denial = verdict.denial;
    if (denial === null || denial.statement === null || denial.path === undefined)
        return null;
    for (const request of verdict.requests) {
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                if (policy.path !== denial.path)
                    continue;
                const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies);
                if (trace === undefined)
                    continue;
                let document = scenario;
                for (const token of denial.path.match(/[^.[\]]+/g) ?? []) {
                    document = document !== null && typeof document === 'object' && Object.hasOwn(document, token) ? document[token] : undefined;
                }
                if (document === null || typeof document !== 'object' || Array.isArray(document))
                    return null;
                const statements = document['Statement'];
                if (Array.isArray(statements))
                    return statements[trace.index] ?? null;
                return trace.index === 0 && statements !== undefined ? statements : null;
            }
        }
    }
    return null;
}
/** The identity and bucket policy statements that allowed the S3 request. */
function allowingStatements(verdict, origins) {
    const out = [];
    const s3 = verdict.requests[0];
    if (s3 === undefined)
        return out;
    for (const layer of s3.layers) {
        if (layer.layer !== 'identity-based-policy' && layer.layer !== 'resource-based-policy')
            continue;
        for (const policy of layer.policies) {
            if (policy.outcome !== 'allow')
                continue;
            const origin = originOf(origins, policy.path);
            for (const statement of policy.deciding) {
                if (isStandIn(statement))
                    continue;
                out.push(origin === undefined ? { policy: policy.policy, statement } : { policy: policy.policy, statement, origin });
            }
        }
    }
    return out;
}
function resultFor(expectation, action, base, head) {
    const status = statusOf(expectation.expect, base.decision, head.decision);
    const request = head.built.scenario.request;
    const result = {
        name: expectation.name,
        action,
        principal: request.principal,
        bucket: request.bucket,
        expect: expectation.expect,
        base: base.decision,
        head: head.decision,
        ok: head.decision === expectation.expect,
        status,
        denial: null,
        statement: null,
        baseAllowedBy: [],
        unknown: { base: base.reasons, head: head.reasons },
        notes: head.built.notes,
        fixes: []
    };
    if (request.key !== undefined)
        result.key = request.key;
    if (head.decision === 'deny') {
        // What allowed it in the base: the base's verdict, or for a base that cannot decide, its most permissive reading.
        const allowed = base.decision === 'allow' ? base.verdict : base.decision === 'unknown' && base.permissive?.decision === 'allow' ? base.permissive : null;
        if (allowed !== null)
            result.baseAllowedBy = allowingStatements(allowed, base.built.origins);
    }
    const verdict = head.verdict;
    if (head.decision === 'deny' && verdict !== null && verdict.denial !== null) {
        const origin = verdict.denial.path === undefined ? undefined : originOf(head.built.origins, verdict.denial.path);
        result.denial = origin === undefined ? { ...verdict.denial } : { ...verdict.denial, origin };
        result.statement = decidingStatement(verdict, head.scenario);
    }
    return result;
}
function fixesFor(head, proposeFixes) {
    const verdict = head.verdict;
    if (verdict === null)
        return [];
    let fixes = [];
    try {
        fixes = proposeFixes(head.scenario, verdict);
    }
    catch {
        fixes = [];
    }
    return fixes
        .filter((fix) => fix.proven)
        .map((fix) => {
        const origin = originOf(head.built.origins, pointerPath(fix.target));
        const out = { ...fix };
        if (origin !== undefined)
            out.origin = origin;
        return out;
    });
}
/** Reviews every expectation of `file` against the base's and the head's policy sets. */
function review(file, base, head, options = {}) {
    const results = [];
    const needFixes = [];
    for (const expectation of file.expectations) {
        for (const action of expectation.actions) {
            const before = decideSide(buildScenario(expectation, action, base, file));
            const after = decideSide(buildScenario(expectation, action, head, file));
            const result = resultFor(expectation, action, before, after);
            results.push(result);
            if (result.denial !== null && expectation.expect === 'allow')
                needFixes.push({ result, head: after });
        }
    }
    const proposeFixes = options.proposeFixes;
    if (proposeFixes !== undefined) {
        // In the report's order: broken first, then still failing; the markdown shows the first ones in full.
        const rank = (status) => (status === 'broken' ? 0 : status === 'failing' ? 1 : 2);
        const ordered = needFixes.map((item, index) => ({ ...item, index })).sort((a, b) => rank(a.result.status) - rank(b.result.status) || a.index - b.index);
        const limit = options.fixLimit ?? Number.POSITIVE_INFINITY;
        for (const item of ordered.slice(0, limit))
            item.result.fixes = fixesFor(item.head, proposeFixes);
    }
    const summary = { broken: 0, failing: 0, fixed: 0, passing: 0, unknown: 0, changed: 0 };
    for (const result of results) {
        summary[result.status]++;
        if (result.base !== result.head)
            summary.changed++;
    }
    return {
        results,
        broadGrants: newBroadGrants(base, head),
        summary,
        base: { description: base.description, unresolved: base.unresolved },
        head: { description: head.description, unresolved: head.unresolved }
    };
}
/**
 * Why the step fails under `fail-on`, or null when it passes.
 *
 * - `broken`: a check the head proves fails (broken, or still failing). A check the change makes
 *   undecidable (for example allow -> unknown, a value known only after apply) is not a proven break:
 *   it is listed under "Cannot be decided" and does not fail the step.
 * - `any-change`: also any check whose result changes (including allow -> unknown and
 *   unknown -> allow), and any new broad grant.
 * - `never`: the step does not fail on the review.
 */
function failure(report, failOn) {
    if (failOn === 'never')
        return null;
    const failing = report.summary.broken + report.summary.failing;
    const reasons = [];
    const label = (result) => `${result.name} (${result.action})`;
    if (failing > 0) {
        const names = report.results.filter((result) => result.status === 'broken' || result.status === 'failing').map(label);
        reasons.push(`${failing} expectation${failing === 1 ? '' : 's'} fail${failing === 1 ? 's' : ''}: ${names.join(', ')}`);
    }
    if (failOn === 'any-change') {
        const changed = report.results.filter((result) => result.base !== result.head && result.status !== 'broken' && result.status !== 'failing');
        const undecidable = changed.filter((result) => result.head === 'unknown');
        const other = changed.filter((result) => result.head !== 'unknown');
        if (undecidable.length > 0) {
            reasons.push(`${undecidable.length} check${undecidable.length === 1 ? '' : 's'} can no longer be decided: ${undecidable.map((result) => `${label(result)} ${result.base} -> unknown`).join(', ')}`);
        }
        if (other.length > 0)
            reasons.push(`${other.length} result${other.length === 1 ? '' : 's'} change${other.length === 1 ? 's' : ''}: ${other.map((result) => `${label(result)} ${result.base} -> ${result.head}`).join(', ')}`);
        if (report.broadGrants.length > 0)
            reasons.push(`${report.broadGrants.length} new broad grant${report.broadGrants.length === 1 ? '' : 's'}`);
    }
    return reasons.length === 0 ? null : reasons.join('; ');
}

;// CONCATENATED MODULE: ./src/review/cloudformation.ts
/**
 * The policy set of a CloudFormation template (JSON, or YAML with the short-form tags `!Ref`,
 * `!GetAtt`, `!Sub`...). Intrinsic functions are resolved where they name parameters (given in the
 * expectations file, or their defaults), pseudo parameters, mappings, conditions and resources of
 * the same template; anything else (`Fn::ImportValue`, a parameter without a value, a name
 * CloudFormation generates) is reported as unresolved, and documents that depend on it are unknown.
 *
 * Return values, per resource type (the template reference's "Return values" of each page):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html#aws-resource-s3-bucket-return-values
 *   (Ref: the bucket name; Arn: arn:aws:s3:::name)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#aws-resource-iam-role-return-values
 *   (Ref: the role name; Arn: the role ARN with its path)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html#aws-resource-iam-managedpolicy-return-values
 *   (Ref: the policy ARN)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html#aws-resource-kms-key-return-values
 *   (Ref: the key id, generated)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 *
 * A policy document with an unresolved part is unknown only where the part is: a statement with one
 * becomes a placeholder (its possible effect noted), so the statements that resolve still count.
 * A key the template creates gets a stand-in ARN (the stack's account and region, id
 * `generated-id-of-LOGICAL`) that `Ref`, `Fn::GetAtt Arn/KeyId` of it resolve to, so a bucket's
 * default key and the identity policies that name it meet the key policy the template holds.
 * AWS::Organizations::Policy applies where TargetIds attaches it (none: nowhere).
 */



class TemplateError extends Error {
    name = 'TemplateError';
}
const SHORT_FORMS = [
    ['!Ref', 'Ref', ['scalar']],
    ['!GetAtt', 'Fn::GetAtt', ['scalar', 'seq']],
    ['!Sub', 'Fn::Sub', ['scalar', 'seq']],
    ['!Join', 'Fn::Join', ['seq']],
    ['!If', 'Fn::If', ['seq']],
    ['!Select', 'Fn::Select', ['seq']],
    ['!Split', 'Fn::Split', ['seq']],
    ['!ImportValue', 'Fn::ImportValue', ['scalar', 'map', 'seq']],
    ['!FindInMap', 'Fn::FindInMap', ['seq']],
    ['!Base64', 'Fn::Base64', ['scalar', 'map']],
    ['!Equals', 'Fn::Equals', ['seq']],
    ['!And', 'Fn::And', ['seq']],
    ['!Or', 'Fn::Or', ['seq']],
    ['!Not', 'Fn::Not', ['seq']],
    ['!Condition', 'Condition', ['scalar']],
    ['!GetAZs', 'Fn::GetAZs', ['scalar', 'map']],
    ['!Cidr', 'Fn::Cidr', ['seq']],
    ['!Length', 'Fn::Length', ['seq', 'map']],
    ['!ToJsonString', 'Fn::ToJsonString', ['seq', 'map']],
    ['!Transform', 'Fn::Transform', ['map']]
];
/** Each short form becomes its long form (`!Ref X` -> `{"Ref": "X"}`), for every node kind it accepts. */
const CFN_TAGS = SHORT_FORMS.flatMap(([tag, fn, kinds]) => kinds.map((kind) => {
    if (kind === 'scalar')
        return { tag, resolve: (value) => ({ [fn]: value }) };
    return {
        tag,
        collection: kind,
        resolve: (value) => ({ [fn]: value.toJSON() })
    };
}));
/** Template text (JSON or YAML with short-form tags) -> the template value. */
function parseTemplate(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = body.trimStart().startsWith('{') ? JSON.parse(body) : (0,dist/* parse */.qg)(body, { customTags: CFN_TAGS, maxAliasCount: 1000, uniqueKeys: true });
    }
    catch (error) {
        throw new TemplateError(`not a CloudFormation template: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    if (!looksLikeTemplate(value))
        throw new TemplateError('not a CloudFormation template: expected a mapping with Resources');
    return value;
}
function looksLikeTemplate(value) {
    return cloudformation_isObject(value) && cloudformation_isObject(value['Resources']);
}
function cloudformation_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
// ---------------------------------------------------------------------------------------------
// Resolving intrinsic functions
// ---------------------------------------------------------------------------------------------
/** A value the template does not determine: why, and the resource it stands for when it is a Ref/GetAtt of one. */
class Unresolved {
    reasons;
    ref;
    constructor(reasons, ref) {
        this.reasons = reasons;
        this.ref = ref;
    }
}
const NO_VALUE = Symbol('AWS::NoValue');
/** The stand-in for the key id CloudFormation generates for the key `logicalId`. */
function generatedKeyId(logicalId) {
    return `generated-id-of-${logicalId}`;
}
function merge(values) {
    const reasons = [];
    for (const value of values)
        if (value instanceof Unresolved)
            for (const reason of value.reasons)
                if (!reasons.includes(reason))
                    reasons.push(reason);
    return reasons.length === 0 ? null : new Unresolved(reasons);
}
/** Every reason below `value` (a document with an unresolved part). */
function unresolvedIn(value, out = []) {
    if (value instanceof Unresolved) {
        for (const reason of value.reasons)
            if (!out.includes(reason))
                out.push(reason);
    }
    else if (Array.isArray(value))
        for (const item of value)
            unresolvedIn(item, out);
    else if (cloudformation_isObject(value))
        for (const item of Object.values(value))
            unresolvedIn(item, out);
    return out;
}
const INTRINSICS = new Set([
    'Ref',
    'Condition',
    'Fn::GetAtt',
    'Fn::Sub',
    'Fn::Join',
    'Fn::If',
    'Fn::Select',
    'Fn::Split',
    'Fn::ImportValue',
    'Fn::FindInMap',
    'Fn::Base64',
    'Fn::Equals',
    'Fn::And',
    'Fn::Or',
    'Fn::Not',
    'Fn::GetAZs',
    'Fn::Cidr',
    'Fn::Length',
    'Fn::ToJsonString',
    'Fn::Transform'
]);
class Resolver {
    settings;
    resources = new Map();
    parameters;
    mappings;
    conditions;
    conditionCache = new Map();
    partition;
    constructor(template, settings) {
        this.settings = settings;
        this.parameters = cloudformation_isObject(template['Parameters']) ? template['Parameters'] : {};
        this.mappings = cloudformation_isObject(template['Mappings']) ? template['Mappings'] : {};
        this.conditions = cloudformation_isObject(template['Conditions']) ? template['Conditions'] : {};
        const region = settings.region;
        this.partition = settings.partition ?? (region?.startsWith('cn-') ? 'aws-cn' : region?.startsWith('us-gov-') ? 'aws-us-gov' : 'aws');
        for (const [id, raw] of Object.entries(template['Resources'])) {
            if (!cloudformation_isObject(raw) || typeof raw['Type'] !== 'string')
                continue;
            this.resources.set(id, {
                id,
                type: raw['Type'],
                properties: cloudformation_isObject(raw['Properties']) ? raw['Properties'] : {},
                condition: typeof raw['Condition'] === 'string' ? raw['Condition'] : undefined
            });
        }
    }
    resolve(value) {
        if (Array.isArray(value)) {
            const out = [];
            for (const item of value) {
                const resolved = this.resolve(item);
                if (resolved !== NO_VALUE)
                    out.push(resolved);
            }
            return out;
        }
        if (!cloudformation_isObject(value))
            return value;
        const keys = Object.keys(value);
        if (keys.length === 1 && INTRINSICS.has(keys[0]))
            return this.intrinsic(keys[0], value[keys[0]]);
        const out = {};
        for (const key of keys) {
            const resolved = this.resolve(value[key]);
            if (resolved !== NO_VALUE)
                out[key] = resolved;
        }
        return out;
    }
    /** A value that must be a string; anything else (a list, an object) is unresolved. */
    string(value, what) {
        const resolved = this.resolve(value);
        if (typeof resolved === 'string')
            return resolved;
        if (typeof resolved === 'number' || typeof resolved === 'boolean')
            return String(resolved);
        if (resolved instanceof Unresolved)
            return resolved;
        return new Unresolved([`${what} is not a string`]);
    }
    intrinsic(name, argument) {
        switch (name) {
            case 'Ref':
                return typeof argument === 'string' ? this.ref(argument) : new Unresolved([`Ref of ${JSON.stringify(argument)} (expected a logical name)`]);
            case 'Fn::GetAtt':
                return this.getAtt(argument);
            case 'Fn::Sub':
                return this.sub(argument);
            case 'Fn::Join': {
                if (!Array.isArray(argument) || argument.length !== 2)
                    return new Unresolved(['Fn::Join expects [delimiter, list]']);
                const delimiter = this.resolve(argument[0]);
                const list = this.resolve(argument[1]);
                const blocked = merge([delimiter, list, ...(Array.isArray(list) ? list : [])]);
                if (blocked !== null)
                    return blocked;
                if (typeof delimiter !== 'string' || !Array.isArray(list))
                    return new Unresolved(['Fn::Join expects a string delimiter and a list']);
                return list.map((item) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : JSON.stringify(item))).join(delimiter);
            }
            case 'Fn::Select': {
                if (!Array.isArray(argument) || argument.length !== 2)
                    return new Unresolved(['Fn::Select expects [index, list]']);
                const index = this.resolve(argument[0]);
                const list = this.resolve(argument[1]);
                const blocked = merge([index, list]);
                if (blocked !== null)
                    return blocked;
                const position = Number(index);
                if (!Array.isArray(list) || !Number.isInteger(position) || position < 0 || position >= list.length)
                    return new Unresolved([`Fn::Select index ${String(index)} is out of range`]);
                return list[position];
            }
            case 'Fn::Split': {
                if (!Array.isArray(argument) || argument.length !== 2)
                    return new Unresolved(['Fn::Split expects [delimiter, string]']);
                const delimiter = this.resolve(argument[0]);
                const text = this.resolve(argument[1]);
                const blocked = merge([delimiter, text]);
                if (blocked !== null)
                    return blocked;
                if (typeof delimiter !== 'string' || typeof text !== 'string')
                    return new Unresolved(['Fn::Split expects a string delimiter and a string']);
                return text.split(delimiter);
            }
            case 'Fn::If': {
                if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string')
                    return new Unresolved(['Fn::If expects [condition, value if true, value if false]']);
                const chosen = this.condition(argument[0]);
                if (chosen instanceof Unresolved)
                    return chosen;
                return this.resolve(chosen ? argument[1] : argument[2]);
            }
            case 'Fn::FindInMap': {
                if (!Array.isArray(argument) || argument.length < 3)
                    return new Unresolved(['Fn::FindInMap expects [map, top-level key, second-level key]']);
                const [map, top, second] = [this.resolve(argument[0]), this.resolve(argument[1]), this.resolve(argument[2])];
                const blocked = merge([map, top, second]);
                if (blocked !== null)
                    return blocked;
                const level1 = this.mappings[String(map)];
                const level2 = cloudformation_isObject(level1) ? level1[String(top)] : undefined;
                const found = cloudformation_isObject(level2) ? level2[String(second)] : undefined;
                if (found === undefined)
                    return new Unresolved([`Fn::FindInMap ${String(map)}.${String(top)}.${String(second)} is not in Mappings`]);
                return this.resolve(found);
            }
            case 'Fn::Base64': {
                const text = this.string(argument, 'the Fn::Base64 argument');
                return text instanceof Unresolved ? text : Buffer.from(text, 'utf8').toString('base64');
            }
            case 'Fn::Length': {
                const list = this.resolve(argument);
                if (list instanceof Unresolved)
                    return list;
                return Array.isArray(list) ? list.length : new Unresolved(['Fn::Length expects a list']);
            }
            case 'Fn::ToJsonString': {
                const resolved = this.resolve(argument);
                const blocked = merge(unresolvedIn(resolved).length > 0 ? [new Unresolved(unresolvedIn(resolved))] : []);
                return blocked ?? JSON.stringify(resolved);
            }
            case 'Fn::ImportValue': {
                const exported = this.resolve(argument);
                const label = typeof exported === 'string' ? exported : JSON.stringify(argument);
                return new Unresolved([`Fn::ImportValue ${label} (a value another stack exports)`]);
            }
            case 'Fn::GetAZs':
                return new Unresolved(['Fn::GetAZs (the availability zones of the region)']);
            case 'Fn::Cidr':
                return new Unresolved(['Fn::Cidr']);
            case 'Fn::Transform':
                return new Unresolved(['Fn::Transform (a macro runs at deployment)']);
            case 'Condition':
            case 'Fn::Equals':
            case 'Fn::And':
            case 'Fn::Or':
            case 'Fn::Not': {
                const result = this.evaluateCondition({ [name]: argument });
                return result;
            }
            default:
                return new Unresolved([`${name} is not supported`]);
        }
    }
    /** A condition by name: true, false, or unresolved. */
    condition(name) {
        const cached = this.conditionCache.get(name);
        if (cached !== undefined)
            return cached;
        const body = this.conditions[name];
        this.conditionCache.set(name, new Unresolved([`condition ${name} refers to itself`]));
        const result = body === undefined ? new Unresolved([`condition ${name} is not in Conditions`]) : this.evaluateCondition(body);
        this.conditionCache.set(name, result);
        return result;
    }
    evaluateCondition(body) {
        if (!cloudformation_isObject(body))
            return new Unresolved([`a condition is not a condition function: ${JSON.stringify(body)}`]);
        const [name] = Object.keys(body);
        const argument = name === undefined ? undefined : body[name];
        const list = Array.isArray(argument) ? argument : [];
        switch (name) {
            case 'Condition':
                return typeof argument === 'string' ? this.condition(argument) : new Unresolved(['Condition expects a condition name']);
            case 'Fn::Equals': {
                if (list.length !== 2)
                    return new Unresolved(['Fn::Equals expects two values']);
                const [a, b] = [this.resolve(list[0]), this.resolve(list[1])];
                const blocked = merge([a, b]);
                if (blocked !== null)
                    return blocked;
                return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
            }
            case 'Fn::Not': {
                const inner = this.evaluateCondition(list[0]);
                return inner instanceof Unresolved ? inner : !inner;
            }
            case 'Fn::And':
            case 'Fn::Or': {
                const values = list.map((item) => this.evaluateCondition(item));
                const known = values.filter((value) => typeof value === 'boolean');
                // A false in an And (a true in an Or) decides whatever the unresolved ones are.
                if (name === 'Fn::And' && known.includes(false))
                    return false;
                if (name === 'Fn::Or' && known.includes(true))
                    return true;
                const blocked = merge(values);
                if (blocked !== null)
                    return blocked;
                return name === 'Fn::And';
            }
            default:
                return new Unresolved([`${name ?? 'an empty object'} is not a condition function`]);
        }
    }
    pseudo(name) {
        switch (name) {
            case 'AWS::AccountId':
                return this.settings.account ?? new Unresolved(['AWS::AccountId (give cloudformation.account in the expectations file)']);
            case 'AWS::Region':
                return this.settings.region ?? new Unresolved(['AWS::Region (give cloudformation.region in the expectations file)']);
            case 'AWS::Partition':
                return this.partition;
            case 'AWS::URLSuffix':
                return this.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
            case 'AWS::StackName':
                return this.settings.stackName ?? new Unresolved(['AWS::StackName (give cloudformation.stack-name in the expectations file)']);
            case 'AWS::NoValue':
                return NO_VALUE;
            default:
                return new Unresolved([`${name} (known only when the stack is deployed)`]);
        }
    }
    ref(name) {
        if (name.startsWith('AWS::'))
            return this.pseudo(name);
        if (Object.hasOwn(this.settings.parameters, name))
            return this.typedParameter(name, this.settings.parameters[name]);
        const parameter = this.parameters[name];
        if (cloudformation_isObject(parameter)) {
            if (parameter['Default'] !== undefined)
                return this.typedParameter(name, parameter['Default']);
            return new Unresolved([`parameter ${name} has no default (give it under cloudformation.parameters in the expectations file)`]);
        }
        const resource = this.resources.get(name);
        if (resource !== undefined)
            return this.refOfResource(resource);
        return new Unresolved([`Ref ${name} names no parameter or resource of the template`]);
    }
    typedParameter(name, value) {
        const declared = this.parameters[name];
        const type = cloudformation_isObject(declared) && typeof declared['Type'] === 'string' ? declared['Type'] : 'String';
        if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string')
            return value.split(',').map((item) => item.trim());
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        return value;
    }
    named(resource, property, what) {
        const value = resource.properties[property];
        if (value === undefined)
            return new Unresolved([`the name CloudFormation generates for ${what} ${resource.id} (it has no ${property})`], resource.id);
        const resolved = this.string(value, `${resource.id}.${property}`);
        return resolved instanceof Unresolved ? new Unresolved(resolved.reasons, resource.id) : resolved;
    }
    account(resource) {
        return this.settings.account ?? new Unresolved([`the ARN of ${resource.id} needs the account: give cloudformation.account in the expectations file`], resource.id);
    }
    refOfResource(resource) {
        switch (resource.type) {
            case 'AWS::S3::Bucket':
                return this.named(resource, 'BucketName', 'bucket');
            case 'AWS::IAM::Role':
                return this.named(resource, 'RoleName', 'role');
            case 'AWS::IAM::ManagedPolicy':
                return this.policyArn(resource);
            case 'AWS::KMS::Key':
                return this.generatedKeyArn(resource.id) === undefined ? new Unresolved([`the id CloudFormation gives ${resource.type} ${resource.id}`], resource.id) : generatedKeyId(resource.id);
            default:
                return new Unresolved([`the id CloudFormation gives ${resource.type} ${resource.id}`], resource.id);
        }
    }
    /**
     * The stand-in ARN of a key the template creates, in the stack's account and region; undefined
     * without them. The id CloudFormation generates is not known: the stand-in id names this key only.
     */
    generatedKeyArn(id) {
        const resource = this.resources.get(id);
        if (resource?.type !== 'AWS::KMS::Key' || this.settings.account === undefined || this.settings.region === undefined)
            return undefined;
        return `arn:${this.partition}:kms:${this.settings.region}:${this.settings.account}:key/${generatedKeyId(id)}`;
    }
    policyArn(resource) {
        const name = this.named(resource, 'ManagedPolicyName', 'managed policy');
        const account = this.account(resource);
        const path = resource.properties['Path'] === undefined ? '/' : this.string(resource.properties['Path'], `${resource.id}.Path`);
        const blocked = merge([name, account, path]);
        if (blocked !== null)
            return new Unresolved(blocked.reasons, resource.id);
        return `arn:${this.partition}:iam::${account}:policy${path}${name}`;
    }
    getAtt(argument) {
        let id;
        let attribute;
        if (typeof argument === 'string')
            [id, attribute] = [argument.slice(0, argument.indexOf('.')), argument.slice(argument.indexOf('.') + 1)];
        else if (Array.isArray(argument) && argument.length === 2)
            [id, attribute] = [argument[0], this.resolve(argument[1])];
        if (typeof id !== 'string' || typeof attribute !== 'string')
            return new Unresolved([`Fn::GetAtt ${JSON.stringify(argument)} (expected [resource, attribute])`]);
        const resource = this.resources.get(id);
        if (resource === undefined)
            return new Unresolved([`Fn::GetAtt ${id}.${attribute}: no resource ${id} in the template`]);
        const unknown = () => new Unresolved([`${id}.${attribute} (known only when the stack is deployed)`], id);
        switch (resource.type) {
            case 'AWS::S3::Bucket': {
                const name = this.named(resource, 'BucketName', 'bucket');
                if (name instanceof Unresolved)
                    return name;
                if (attribute === 'Arn')
                    return `arn:${this.partition}:s3:::${name}`;
                if (attribute === 'DomainName')
                    return `${name}.s3.${this.pseudo('AWS::URLSuffix')}`;
                return unknown();
            }
            case 'AWS::IAM::Role': {
                if (attribute !== 'Arn')
                    return unknown();
                const name = this.named(resource, 'RoleName', 'role');
                const account = this.account(resource);
                const path = resource.properties['Path'] === undefined ? '/' : this.string(resource.properties['Path'], `${id}.Path`);
                const blocked = merge([name, account, path]);
                if (blocked !== null)
                    return new Unresolved(blocked.reasons, id);
                return `arn:${this.partition}:iam::${account}:role${path}${name}`;
            }
            case 'AWS::IAM::ManagedPolicy':
                return attribute === 'PolicyArn' ? this.policyArn(resource) : unknown();
            case 'AWS::KMS::Key': {
                const arn = this.generatedKeyArn(id);
                if (arn === undefined)
                    return unknown();
                return attribute === 'Arn' ? arn : attribute === 'KeyId' ? generatedKeyId(id) : unknown();
            }
            default:
                return unknown();
        }
    }
    sub(argument) {
        let text;
        let variables = {};
        if (typeof argument === 'string')
            text = argument;
        else if (Array.isArray(argument) && typeof argument[0] === 'string') {
            text = argument[0];
            if (cloudformation_isObject(argument[1]))
                variables = argument[1];
        }
        if (typeof text !== 'string')
            return new Unresolved([`Fn::Sub ${JSON.stringify(argument)} (expected a string or [string, variables])`]);
        const blocked = [];
        const out = text.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
            if (inner.startsWith('!'))
                return `\${${inner.slice(1)}}`;
            const name = inner.trim();
            let value;
            if (Object.hasOwn(variables, name))
                value = this.resolve(variables[name]);
            else if (name.includes('.') && !name.startsWith('AWS::'))
                value = this.getAtt(name);
            else
                value = this.ref(name);
            if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
                return String(value);
            blocked.push(value instanceof Unresolved ? value : new Unresolved([`\${${name}} is not a string`]));
            return whole;
        });
        return merge(blocked) ?? out;
    }
}
// ---------------------------------------------------------------------------------------------
// The policy set
// ---------------------------------------------------------------------------------------------
function asBoolean(value) {
    if (value instanceof Unresolved)
        return value;
    return value === true || value === 'true' || value === 'True';
}
/**
 * A resolved policy document, statement by statement: a statement with an unresolved part becomes a
 * placeholder (and an UnknownStatement naming why), so the statements the template does determine
 * still count (a resolved Deny still denies). Unresolved parts outside the statements make the whole
 * document unknown. Undefined for an empty document.
 */
function readPartial(resolved, origin, role, note) {
    const reasons = unresolvedIn(resolved);
    if (reasons.length === 0) {
        const document = readDocument(resolved, origin, role);
        return document === undefined ? undefined : { document };
    }
    if (!cloudformation_isObject(resolved))
        return { document: note(origin, reasons) };
    const outside = Object.entries(resolved).filter(([key]) => key !== 'Statement');
    const raw = resolved['Statement'];
    if (raw instanceof Unresolved || unresolvedIn(Object.fromEntries(outside)).length > 0)
        return { document: note(origin, reasons) };
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const unknownStatements = [];
    const statements = list.map((statement, index) => {
        const why = unresolvedIn(statement);
        if (why.length === 0)
            return statement;
        const effect = cloudformation_isObject(statement) && (statement['Effect'] === 'Allow' || statement['Effect'] === 'Deny') ? statement['Effect'] : 'unknown';
        const sid = cloudformation_isObject(statement) && typeof statement['Sid'] === 'string' ? statement['Sid'] : undefined;
        unknownStatements.push({ index, effect, reason: `${origin}.Statement[${index}]${sid === undefined ? '' : ` (${sid})`}: ${why.join('; ')}` });
        return placeholderStatement(role, effect === 'Deny' ? 'Deny' : 'Allow', sid);
    });
    const document = readDocument({ ...resolved, Statement: statements }, origin, role);
    if (document === undefined)
        return undefined;
    if (isUnknown(document))
        return { document };
    return { document, unknownStatements };
}
function sourced(origin, name, part) {
    const doc = { origin, name, document: part.document };
    if (part.unknownStatements !== undefined && part.unknownStatements.length > 0)
        doc.unknownStatements = part.unknownStatements;
    return doc;
}
/** The policy set a template describes. `settings` gives parameters, the account and the region. */
function policySetFromTemplate(template, settings, description = 'CloudFormation template') {
    const resolver = new Resolver(template, settings);
    const set = emptyPolicySet('cloudformation', description);
    if (settings.account !== undefined)
        set.account = settings.account;
    const note = (where, reasons) => new Unknown(`${where}: ${reasons.join('; ')}`);
    const unnamed = (list, reason) => {
        if (!list.includes(reason))
            list.push(reason);
    };
    // Resources whose Condition is false do not exist; one that cannot be evaluated makes what it defines unknown.
    const live = [];
    const blockedBy = new Map();
    for (const resource of resolver.resources.values()) {
        if (resource.condition === undefined) {
            live.push(resource);
            continue;
        }
        const exists = resolver.condition(resource.condition);
        if (exists === false)
            continue;
        if (exists instanceof Unresolved)
            blockedBy.set(resource.id, note(`Resources.${resource.id}.Condition ${resource.condition}`, exists.reasons));
        live.push(resource);
    }
    const where = (resource, property) => `Resources.${resource.id}.Properties.${property}`;
    const document = (resource, property, role) => {
        const blocked = blockedBy.get(resource.id);
        if (blocked !== undefined)
            return { document: blocked };
        const raw = resource.properties[property];
        if (raw === undefined)
            return undefined;
        return readPartial(resolver.resolve(raw), where(resource, property), role, note);
    };
    const required = (resource, property, role) => document(resource, property, role) ?? { document: note(where(resource, property), ['missing']) };
    const text = (resource, property) => {
        const raw = resource.properties[property];
        if (raw === undefined)
            return undefined;
        const value = resolver.string(raw, where(resource, property));
        return value instanceof Unresolved ? note(where(resource, property), value.reasons) : value;
    };
    /** The logical id a value names with Ref / GetAtt, when it names a resource of the template. */
    const linked = (raw) => {
        if (!cloudformation_isObject(raw))
            return undefined;
        const ref = raw['Ref'];
        if (typeof ref === 'string' && resolver.resources.has(ref))
            return ref;
        const att = raw['Fn::GetAtt'];
        const id = typeof att === 'string' ? att.split('.')[0] : Array.isArray(att) ? att[0] : undefined;
        return typeof id === 'string' && resolver.resources.has(id) ? id : undefined;
    };
    const ofType = (type) => live.filter((resource) => resource.type === type);
    // Managed policies.
    const managed = new Map();
    for (const resource of ofType('AWS::IAM::ManagedPolicy')) {
        const name = text(resource, 'ManagedPolicyName');
        const arnValue = resolver.resolve({ Ref: resource.id });
        const arn = typeof arnValue === 'string' ? arnValue : new Unknown(`the ARN of ${resource.id}: ${arnValue.reasons.join('; ')}`);
        const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'));
        managed.set(resource.id, { arn, doc, roles: Array.isArray(resource.properties['Roles']) ? resource.properties['Roles'] : [] });
        set.managedPolicies.push(doc);
    }
    const policyByValue = (raw, origin) => {
        const id = linked(raw);
        const fromTemplate = id === undefined ? undefined : managed.get(id);
        if (fromTemplate !== undefined)
            return fromTemplate.doc;
        const arn = resolver.string(raw, origin);
        if (arn instanceof Unresolved)
            return { origin, name: origin, document: note(origin, arn.reasons) };
        const byArn = [...managed.values()].find((policy) => policy.arn === arn);
        if (byArn !== undefined)
            return byArn.doc;
        const aws = awsManagedPolicy(arn, 'the template');
        if (aws !== null)
            return aws;
        return { origin: arn, name: arn, document: note(origin, [`policy ${arn} is not defined in the template (a policy managed elsewhere)`]) };
    };
    // Roles: in the stack's account (cloudformation.account), when it is given.
    const newRole = (name, path, origin) => {
        const role = { name, path, origin, policies: [], boundary: null };
        if (settings.account !== undefined)
            role.account = settings.account;
        return role;
    };
    const roles = new Map();
    for (const resource of ofType('AWS::IAM::Role')) {
        const nameValue = resolver.resolve({ Ref: resource.id });
        const name = typeof nameValue === 'string' ? nameValue : new Unknown(`the name of role ${resource.id}: ${nameValue.reasons.join('; ')}`);
        if (isUnknown(name))
            unnamed(set.unnamedRoles, name.reason);
        const path = text(resource, 'Path');
        const role = newRole(name, typeof path === 'string' ? path : '/', `Resources.${resource.id}`);
        // Entry by entry (keeping the template's positions), so that Fn::If around an entry and AWS::NoValue apply.
        const rawPolicies = resource.properties['Policies'];
        const inline = Array.isArray(rawPolicies) ? rawPolicies.map((entry) => resolver.resolve(entry)) : resolver.resolve(rawPolicies);
        if (inline instanceof Unresolved)
            role.policies.push({ origin: where(resource, 'Policies'), name: 'Policies', document: note(where(resource, 'Policies'), inline.reasons) });
        else if (Array.isArray(inline)) {
            inline.forEach((entry, index) => {
                if (entry === NO_VALUE)
                    return;
                const origin = `${where(resource, 'Policies')}[${index}]`;
                if (!cloudformation_isObject(entry)) {
                    role.policies.push({ origin, name: `Policies[${index}]`, document: note(origin, unresolvedIn(entry).length > 0 ? unresolvedIn(entry) : ['not a policy entry']) });
                    return;
                }
                const policyName = entry['PolicyName'];
                const blocked = blockedBy.get(resource.id);
                const part = blocked !== undefined ? { document: blocked } : readPartial(entry['PolicyDocument'], `${origin}.PolicyDocument`, 'identity', note);
                role.policies.push(sourced(origin, typeof policyName === 'string' ? policyName : `Policies[${index}]`, part ?? { document: note(`${origin}.PolicyDocument`, ['missing']) }));
            });
        }
        const arns = resource.properties['ManagedPolicyArns'];
        if (arns !== undefined) {
            const list = Array.isArray(arns) ? arns : [arns];
            list.forEach((raw, index) => {
                const resolved = resolver.resolve(raw);
                if (resolved === NO_VALUE)
                    return;
                role.policies.push(policyByValue(raw, `${where(resource, 'ManagedPolicyArns')}[${index}]`));
            });
        }
        if (resource.properties['PermissionsBoundary'] !== undefined)
            role.boundary = policyByValue(resource.properties['PermissionsBoundary'], where(resource, 'PermissionsBoundary'));
        roles.set(resource.id, role);
        set.roles.push(role);
    }
    /** The role a Roles entry or RoleName names: by logical id, or by name (a role the template does not define gets a model of its own). */
    const roleByValue = (raw, origin) => {
        const id = linked(raw);
        const fromTemplate = id === undefined ? undefined : roles.get(id);
        if (fromTemplate !== undefined)
            return fromTemplate;
        const name = resolver.string(raw, origin);
        if (name instanceof Unresolved)
            return note(origin, name.reasons);
        const found = set.roles.find((role) => role.name === name);
        if (found !== undefined)
            return found;
        const role = newRole(name, '/', origin);
        set.roles.push(role);
        return role;
    };
    const attach = (raw, origin, doc) => {
        const role = roleByValue(raw, origin);
        if (isUnknown(role))
            unnamed(set.unnamedRoles, role.reason);
        else if (!role.policies.includes(doc))
            role.policies.push(doc);
    };
    for (const [id, policy] of managed) {
        policy.roles.forEach((raw, index) => attach(raw, `Resources.${id}.Properties.Roles[${index}]`, policy.doc));
    }
    for (const resource of ofType('AWS::IAM::Policy')) {
        const name = text(resource, 'PolicyName');
        const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'));
        const list = resource.properties['Roles'];
        if (Array.isArray(list))
            list.forEach((raw, index) => attach(raw, `${where(resource, 'Roles')}[${index}]`, doc));
    }
    for (const resource of ofType('AWS::IAM::RolePolicy')) {
        const name = text(resource, 'PolicyName');
        const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'PolicyDocument', 'identity'));
        attach(resource.properties['RoleName'], where(resource, 'RoleName'), doc);
    }
    // KMS keys: CloudFormation generates their ids. With the stack's account and region the ARN is a
    // stand-in that names this key wherever the template refers to it (Ref, Fn::GetAtt Arn/KeyId).
    const keys = new Map();
    for (const resource of ofType('AWS::KMS::Key')) {
        const policy = document(resource, 'KeyPolicy', 'resource');
        const generated = resolver.generatedKeyArn(resource.id);
        const key = {
            arn: generated ?? new Unknown(`the ARN CloudFormation generates for key ${resource.id} (give cloudformation.account and cloudformation.region in the expectations file to follow it)`),
            origin: `Resources.${resource.id}`,
            policy: policy === undefined ? null : sourced(`Resources.${resource.id}`, `key policy of ${resource.id}`, policy)
        };
        if (generated !== undefined) {
            key.generated = true;
            key.keyId = generatedKeyId(resource.id);
        }
        keys.set(resource.id, key);
        set.keys.push(key);
    }
    // Buckets.
    const buckets = new Map();
    const byLogicalId = new Map();
    for (const resource of ofType('AWS::S3::Bucket')) {
        const nameValue = resolver.resolve({ Ref: resource.id });
        if (typeof nameValue !== 'string') {
            unnamed(set.unnamedBuckets, `the name of bucket ${resource.id}: ${nameValue.reasons.join('; ')}`);
            continue;
        }
        const bucket = { name: nameValue, origin: `Resources.${resource.id}`, policy: null, publicAccessBlock: null, ownership: null, encryption: null };
        const props = resource.properties;
        const blocked = blockedBy.get(resource.id);
        if (props['PublicAccessBlockConfiguration'] !== undefined) {
            bucket.publicAccessBlockOrigin = where(resource, 'PublicAccessBlockConfiguration');
            bucket.publicAccessBlock = blocked ?? readBlock(resolver.resolve(props['PublicAccessBlockConfiguration']), where(resource, 'PublicAccessBlockConfiguration'), note);
        }
        if (props['OwnershipControls'] !== undefined) {
            const controls = resolver.resolve(props['OwnershipControls']);
            const rules = cloudformation_isObject(controls) ? controls['Rules'] : undefined;
            const value = Array.isArray(rules) && cloudformation_isObject(rules[0]) ? rules[0]['ObjectOwnership'] : undefined;
            bucket.ownership = blocked ?? (value instanceof Unresolved ? note(where(resource, 'OwnershipControls'), value.reasons) : typeof value === 'string' ? value : null);
        }
        if (props['BucketEncryption'] !== undefined) {
            bucket.encryption = blocked ?? readEncryption(resolver, props['BucketEncryption'], where(resource, 'BucketEncryption'), keys, linked, note);
        }
        buckets.set(nameValue, bucket);
        byLogicalId.set(resource.id, bucket);
        set.buckets.push(bucket);
    }
    for (const resource of ofType('AWS::S3::BucketPolicy')) {
        const raw = resource.properties['Bucket'];
        const id = linked(raw);
        let bucket = id === undefined ? undefined : byLogicalId.get(id);
        if (bucket === undefined) {
            const name = resolver.string(raw, where(resource, 'Bucket'));
            if (name instanceof Unresolved) {
                unnamed(set.unnamedBuckets, note(where(resource, 'Bucket'), name.reasons).reason);
                continue;
            }
            bucket = buckets.get(name);
            if (bucket === undefined) {
                bucket = { name, origin: `Resources.${resource.id}`, policy: null, publicAccessBlock: null, ownership: null, encryption: null };
                buckets.set(name, bucket);
                set.buckets.push(bucket);
            }
        }
        bucket.policy = sourced(`Resources.${resource.id}`, `bucket policy of ${bucket.name}`, required(resource, 'PolicyDocument', 'resource'));
    }
    // VPC endpoints: CloudFormation generates their ids.
    for (const resource of ofType('AWS::EC2::VPCEndpoint')) {
        const id = new Unknown(`the id CloudFormation generates for VPC endpoint ${resource.id}`);
        unnamed(set.unnamedEndpoints, id.reason);
        const policy = document(resource, 'PolicyDocument', 'resource');
        set.endpoints.push({ id, origin: `Resources.${resource.id}`, policy: policy === undefined ? null : sourced(`Resources.${resource.id}`, `VPC endpoint policy of ${resource.id}`, policy) });
    }
    // Organization policies, applied where TargetIds attaches them (roots, OUs, accounts).
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-organizations-policy.html
    for (const resource of ofType('AWS::Organizations::Policy')) {
        const type = text(resource, 'Type');
        if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY')
            continue;
        const name = text(resource, 'Name');
        const doc = sourced(`Resources.${resource.id}`, typeof name === 'string' ? name : resource.id, required(resource, 'Content', 'organization'));
        const targets = [];
        const raw = resource.properties['TargetIds'];
        if (raw !== undefined) {
            const resolved = resolver.resolve(raw);
            if (resolved instanceof Unresolved || !Array.isArray(resolved))
                targets.push(note(where(resource, 'TargetIds'), resolved instanceof Unresolved ? resolved.reasons : ['not a list']));
            else {
                resolved.forEach((target, index) => {
                    if (typeof target === 'string')
                        targets.push(target);
                    else
                        targets.push(note(`${where(resource, 'TargetIds')}[${index}]`, target instanceof Unresolved ? target.reasons : ['not an id']));
                });
            }
        }
        const policy = { ...doc, targets };
        if (type === 'RESOURCE_CONTROL_POLICY')
            set.rcps.push(policy);
        else
            set.scps.push(policy);
    }
    set.unresolved = collectUnresolved(set);
    return set;
}
function readBlock(value, origin, note) {
    if (value instanceof Unresolved)
        return note(origin, value.reasons);
    const reasons = unresolvedIn(value);
    if (reasons.length > 0)
        return note(origin, reasons);
    const config = cloudformation_isObject(value) ? value : {};
    const block = {};
    for (const setting of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']) {
        block[setting] = asBoolean(config[setting]) === true;
    }
    return block;
}
function readEncryption(resolver, raw, origin, keys, linked, note) {
    const rules = cloudformation_isObject(raw) ? raw['ServerSideEncryptionConfiguration'] : undefined;
    const rule = Array.isArray(rules) && cloudformation_isObject(rules[0]) ? rules[0] : undefined;
    const byDefault = rule !== undefined && cloudformation_isObject(rule['ServerSideEncryptionByDefault']) ? rule['ServerSideEncryptionByDefault'] : undefined;
    if (rule === undefined || byDefault === undefined)
        return null;
    const algorithm = resolver.string(byDefault['SSEAlgorithm'], `${origin} SSEAlgorithm`);
    if (algorithm instanceof Unresolved)
        return note(origin, algorithm.reasons);
    if (algorithm !== 'AES256' && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse')
        return note(origin, [`SSEAlgorithm ${algorithm} is not one S3 accepts (AES256, aws:kms, aws:kms:dsse)`]);
    const bucketKey = asBoolean(resolver.resolve(rule['BucketKeyEnabled']));
    const model = { algorithm: algorithm, kmsKey: null, bucketKeyEnabled: bucketKey === true };
    const keyRaw = byDefault['KMSMasterKeyID'];
    if (algorithm === 'AES256' || keyRaw === undefined)
        return model;
    const id = linked(keyRaw);
    const key = id === undefined ? undefined : keys.get(id);
    if (key !== undefined) {
        model.kmsKey = typeof key.arn === 'string' ? key.arn : note(`${origin} KMSMasterKeyID`, [key.arn.reason]);
        return model;
    }
    const value = resolver.string(keyRaw, `${origin} KMSMasterKeyID`);
    model.kmsKey = value instanceof Unresolved ? note(`${origin} KMSMasterKeyID`, value.reasons) : value;
    return model;
}

;// CONCATENATED MODULE: ./src/review/terraform.ts


class PlanError extends Error {
    name = 'PlanError';
}
function terraform_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** True when `value` is a Terraform plan (as opposed to a CloudFormation template or anything else). */
function looksLikePlan(value) {
    return terraform_isObject(value) && typeof value['format_version'] === 'string' && ('resource_changes' in value || 'planned_values' in value || 'terraform_version' in value);
}
/** `module.a["x"].module.b.aws_s3_bucket.this[0]` -> its module part and its resource part. */
function splitAddress(address) {
    const modules = [];
    const names = [];
    let rest = address;
    for (;;) {
        const match = /^module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\./.exec(rest);
        if (match === null)
            break;
        modules.push(match[0].slice(0, -1));
        names.push(match[1] ?? '');
        rest = rest.slice(match[0].length);
    }
    return { module: modules.join('.'), configModule: names.join('.'), rest };
}
function record(address, type, name, values, unknown) {
    const { module, configModule } = splitAddress(address);
    return { address, module, configModule, type, name, values, unknown };
}
/** Every resource object of a module of `planned_values` or `prior_state.values`, its child modules' too. */
function eachModuleResource(module, visit) {
    if (!terraform_isObject(module))
        return;
    const resources = module['resources'];
    if (Array.isArray(resources))
        for (const resource of resources)
            if (terraform_isObject(resource))
                visit(resource);
    const children = module['child_modules'];
    if (Array.isArray(children))
        for (const child of children)
            eachModuleResource(child, visit);
}
function walkModule(module, out) {
    eachModuleResource(module, (resource) => {
        if (resource['mode'] !== 'managed')
            return;
        const address = resource['address'];
        const type = resource['type'];
        const name = resource['name'];
        const values = resource['values'];
        if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string' || !terraform_isObject(values))
            return;
        if (!out.has(address))
            out.set(address, record(address, type, name, values, undefined));
    });
}
function resourcesOf(plan, side) {
    const found = new Map();
    const listed = new Set();
    const changes = plan['resource_changes'];
    if (Array.isArray(changes)) {
        for (const change of changes) {
            if (!terraform_isObject(change) || change['mode'] !== 'managed')
                continue;
            const address = change['address'];
            const type = change['type'];
            const name = change['name'];
            const body = change['change'];
            if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string' || !terraform_isObject(body))
                continue;
            listed.add(address);
            const values = body[side];
            if (!terraform_isObject(values))
                continue; // created (no before) or destroyed (no after)
            found.set(address, record(address, type, name, values, side === 'after' ? body['after_unknown'] : undefined));
        }
    }
    // Resources the plan does not list under resource_changes, from the state or the planned values.
    const fallback = new Map();
    if (side === 'after')
        walkModule(terraform_isObject(plan['planned_values']) ? plan['planned_values']['root_module'] : undefined, fallback);
    else {
        const prior = plan['prior_state'];
        walkModule(terraform_isObject(prior) && terraform_isObject(prior['values']) ? prior['values']['root_module'] : undefined, fallback);
    }
    for (const [address, resource] of fallback)
        if (!listed.has(address))
            found.set(address, resource);
    return [...found.values()];
}
/** `data.aws_caller_identity` values read during the plan (in prior_state or planned_values). */
function callerIdentityAccount(plan) {
    const found = [];
    const visit = (resource) => {
        if (resource['mode'] !== 'data' || resource['type'] !== 'aws_caller_identity' || !terraform_isObject(resource['values']))
            return;
        const account = resource['values']['account_id'];
        if (typeof account === 'string' && /^\d{12}$/.test(account))
            found.push(account);
    };
    const prior = plan['prior_state'];
    if (terraform_isObject(prior) && terraform_isObject(prior['values']))
        eachModuleResource(prior['values']['root_module'], visit);
    if (terraform_isObject(plan['planned_values']))
        eachModuleResource(plan['planned_values']['root_module'], visit);
    const accounts = [...new Set(found)];
    return accounts.length === 1 ? accounts[0] : undefined;
}
/** The account of an IAM or KMS ARN (`arn:aws:iam::111122223333:role/x`), or undefined. */
function arnAccount(arn) {
    if (typeof arn !== 'string')
        return undefined;
    const account = arn.split(':')[4];
    return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}
/** Configuration expressions by `configModule|type.name`. */
function configurationOf(plan) {
    const out = new Map();
    const visit = (module, path) => {
        if (!terraform_isObject(module))
            return;
        const resources = module['resources'];
        if (Array.isArray(resources)) {
            for (const resource of resources) {
                if (!terraform_isObject(resource) || resource['mode'] !== 'managed' || typeof resource['address'] !== 'string')
                    continue;
                if (terraform_isObject(resource['expressions']))
                    out.set(`${path}|${resource['address']}`, resource['expressions']);
            }
        }
        const calls = module['module_calls'];
        if (terraform_isObject(calls)) {
            for (const [name, call] of Object.entries(calls)) {
                if (terraform_isObject(call))
                    visit(call['module'], path === '' ? name : `${path}.${name}`);
            }
        }
    };
    const configuration = plan['configuration'];
    if (terraform_isObject(configuration))
        visit(configuration['root_module'], '');
    return out;
}
function describePath(path) {
    return path.map((item, index) => (typeof item === 'number' ? `[${item}]` : index === 0 ? item : `.${item}`)).join('');
}
/** Reads plans into policy sets; one instance per plan and side. */
class PlanReader {
    resources;
    byAddress = new Map();
    config;
    set;
    /** The account every known IAM ARN of the plan is in (and data.aws_caller_identity says), when they agree. */
    account;
    constructor(plan, side) {
        this.resources = resourcesOf(plan, side);
        for (const resource of this.resources)
            this.byAddress.set(resource.address, resource);
        this.config = side === 'after' ? configurationOf(plan) : new Map();
        this.set = emptyPolicySet('terraform', side === 'before' ? 'Terraform plan (before)' : 'Terraform plan (after)');
        const accounts = new Set();
        const identity = callerIdentityAccount(plan);
        if (identity !== undefined)
            accounts.add(identity);
        for (const resource of this.resources) {
            if (resource.type !== 'aws_iam_role' && resource.type !== 'aws_iam_policy')
                continue;
            const account = arnAccount(this.get(resource, ['arn']));
            if (account !== undefined)
                accounts.add(account);
        }
        this.account = accounts.size === 1 ? [...accounts][0] : undefined;
        if (this.account !== undefined)
            this.set.account = this.account;
    }
    unknown(reason) {
        return new Unknown(reason);
    }
    ofType(type) {
        return this.resources.filter((resource) => resource.type === type);
    }
    /** A value at `path`: the known value, an Unknown when after_unknown marks it, undefined when absent or null. */
    get(resource, path) {
        let value = resource.values;
        let unknown = resource.unknown;
        for (const item of path) {
            if (unknown === true)
                break;
            value = value !== null && typeof value === 'object' ? value[item] : undefined;
            unknown = unknown !== null && typeof unknown === 'object' ? unknown[item] : undefined;
        }
        if (unknown === true)
            return this.unknown(`${resource.address}: ${describePath(path)} is known only after apply`);
        return value === null ? undefined : value;
    }
    text(resource, path) {
        const value = this.get(resource, path);
        if (isUnknown(value))
            return value;
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    /** The resources an attribute's configuration refers to (`aws_iam_policy.write.arn` -> that resource), of `type`. */
    references(resource, path, type) {
        let expression = this.config.get(`${resource.configModule}|${resource.type}.${resource.name}`);
        for (const item of path)
            expression = expression !== null && typeof expression === 'object' ? expression[item] : undefined;
        if (!terraform_isObject(expression) || !Array.isArray(expression['references']))
            return [];
        const found = [];
        for (const reference of expression['references']) {
            if (typeof reference !== 'string' || !reference.startsWith(`${type}.`))
                continue;
            const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(reference);
            if (match === null)
                continue;
            const base = `${resource.module === '' ? '' : `${resource.module}.`}${match[1]}.${match[2]}`;
            if (match[3] !== undefined) {
                const target = this.byAddress.get(`${base}${match[3]}`);
                if (target !== undefined && !found.includes(target))
                    found.push(target);
                continue;
            }
            const instances = this.resources.filter((candidate) => candidate.address === base || candidate.address.startsWith(`${base}[`));
            if (instances.length > 1)
                return 'ambiguous';
            const target = instances[0];
            if (target !== undefined && !found.includes(target))
                found.push(target);
        }
        return found;
    }
    /** A name-like attribute, or when unknown the same attribute of the one resource of `type` its configuration refers to. */
    resolveName(resource, path, type, attribute) {
        const value = this.text(resource, path);
        if (!isUnknown(value))
            return value;
        const targets = this.references(resource, path, type);
        if (targets === 'ambiguous' || targets.length !== 1 || targets[0] === undefined)
            return value;
        return this.text(targets[0], [attribute]);
    }
    document(resource, path, role, origin = resource.address) {
        const value = this.get(resource, path);
        if (isUnknown(value))
            return value;
        return readDocument(value, origin, role);
    }
}
/** The policy set of one side of a `terraform show -json` plan. */
function policySetFromPlan(plan, side) {
    if (!terraform_isObject(plan) || typeof plan['format_version'] !== 'string') {
        throw new PlanError('not a Terraform plan: expected the JSON of terraform show -json PLAN (an object with format_version)');
    }
    const major = plan['format_version'].split('.')[0];
    if (major !== '1' && major !== '0')
        throw new PlanError(`unsupported Terraform JSON format_version ${plan['format_version']} (this reads 1.x)`);
    const reader = new PlanReader(plan, side);
    const set = reader.set;
    // Customer managed policies, by address and ARN.
    const managed = reader.ofType('aws_iam_policy').map((resource) => {
        const arn = reader.text(resource, ['arn']) ?? reader.unknown(`${resource.address}: arn is not in the plan`);
        const name = reader.text(resource, ['name']);
        const document = reader.document(resource, ['policy'], 'identity') ?? reader.unknown(`${resource.address}: policy is empty`);
        const doc = { origin: resource.address, name: typeof name === 'string' ? name : resource.address, document };
        return { resource, arn, name: typeof name === 'string' ? name : undefined, path: reader.text(resource, ['path']) ?? '/', doc };
    });
    set.managedPolicies = managed.map((policy) => policy.doc);
    const policyByArn = (arn) => {
        const known = managed.find((policy) => policy.arn === arn);
        if (known !== undefined)
            return known.doc;
        // A new policy's ARN is unknown, but a literal ARN names it by path and name.
        const match = /^arn:aws[a-z-]*:iam::\d{12}:policy(\/(?:.*\/)?)([^/]+)$/.exec(arn);
        const byName = match === null ? undefined : managed.find((policy) => isUnknown(policy.arn) && policy.name === match[2] && policy.path === match[1]);
        if (byName !== undefined)
            return byName.doc;
        const aws = awsManagedPolicy(arn, 'the plan');
        if (aws !== null)
            return aws;
        return { origin: arn, name: arn, document: reader.unknown(`policy ${arn} is not defined in the plan (a policy managed elsewhere)`) };
    };
    /** A policy ARN attribute: known, or resolved through the configuration to the aws_iam_policy it refers to. */
    const policyAt = (resource, path) => {
        const arn = reader.text(resource, path);
        if (arn === undefined)
            return [];
        if (!isUnknown(arn))
            return [policyByArn(arn)];
        const targets = reader.references(resource, path, 'aws_iam_policy');
        if (targets === 'ambiguous' || targets.length === 0)
            return [{ origin: resource.address, name: describePath(path), document: arn }];
        return targets.map((target) => managed.find((policy) => policy.resource === target)?.doc ?? { origin: target.address, name: target.address, document: arn });
    };
    // Roles.
    const roles = new Map();
    for (const resource of reader.ofType('aws_iam_role')) {
        const name = reader.text(resource, ['name']) ?? reader.unknown(`${resource.address}: name is not in the plan`);
        const role = { name, path: reader.text(resource, ['path']) ?? '/', origin: resource.address, policies: [], boundary: null };
        const account = arnAccount(reader.get(resource, ['arn'])) ?? reader.account;
        if (account !== undefined)
            role.account = account;
        if (isUnknown(name))
            set.unnamedRoles.push(name.reason);
        const inline = reader.get(resource, ['inline_policy']);
        if (isUnknown(inline))
            role.policies.push({ origin: resource.address, name: 'inline_policy', document: inline });
        else if (Array.isArray(inline)) {
            inline.forEach((entry, index) => {
                const policyName = reader.text(resource, ['inline_policy', index, 'name']);
                const document = reader.document(resource, ['inline_policy', index, 'policy'], 'identity', `${resource.address} inline_policy ${typeof policyName === 'string' ? `"${policyName}"` : `[${index}]`}`);
                if (document === undefined && (policyName === undefined || !terraform_isObject(entry)))
                    return; // the empty block the provider reports for "no inline policies"
                role.policies.push({
                    origin: `${resource.address} inline_policy ${typeof policyName === 'string' ? `"${policyName}"` : `[${index}]`}`,
                    name: typeof policyName === 'string' ? policyName : `inline_policy[${index}]`,
                    document: document ?? reader.unknown(`${resource.address}: inline_policy[${index}] has no policy`)
                });
            });
        }
        const arns = reader.get(resource, ['managed_policy_arns']);
        if (isUnknown(arns))
            role.policies.push(...policyAt(resource, ['managed_policy_arns']));
        else if (Array.isArray(arns)) {
            let unknownCount = 0;
            arns.forEach((arn, index) => {
                const value = reader.text(resource, ['managed_policy_arns', index]);
                if (isUnknown(value))
                    unknownCount++;
                else if (typeof arn === 'string' && arn !== '')
                    role.policies.push(policyByArn(arn));
            });
            if (unknownCount > 0) {
                const targets = reader.references(resource, ['managed_policy_arns'], 'aws_iam_policy');
                const fresh = targets === 'ambiguous' ? [] : targets.map((target) => managed.find((policy) => policy.resource === target)).filter((policy) => policy !== undefined && isUnknown(policy.arn));
                for (const policy of fresh.slice(0, unknownCount))
                    role.policies.push(policy.doc);
                for (let missing = fresh.length; missing < unknownCount; missing++) {
                    role.policies.push({ origin: resource.address, name: 'managed_policy_arns', document: reader.unknown(`${resource.address}: an element of managed_policy_arns is known only after apply`) });
                }
            }
        }
        const boundary = policyAt(resource, ['permissions_boundary'])[0];
        if (boundary !== undefined)
            role.boundary = boundary;
        roles.set(resource, role);
        set.roles.push(role);
    }
    /** The role a role_policy or attachment names: by name, or by the aws_iam_role its configuration refers to. */
    const roleFor = (resource) => {
        const value = reader.text(resource, ['role']);
        if (value === undefined)
            return undefined;
        if (!isUnknown(value)) {
            const found = set.roles.find((role) => role.name === value);
            if (found !== undefined)
                return found;
            // A role this plan does not define: keep its policies anyway, under its name (in the plan's account).
            const role = { name: value, path: '/', origin: resource.address, policies: [], boundary: null };
            if (reader.account !== undefined)
                role.account = reader.account;
            set.roles.push(role);
            return role;
        }
        const targets = reader.references(resource, ['role'], 'aws_iam_role');
        if (targets === 'ambiguous' || targets.length !== 1 || targets[0] === undefined)
            return value;
        return roles.get(targets[0]) ?? value;
    };
    for (const resource of reader.ofType('aws_iam_role_policy')) {
        const role = roleFor(resource);
        const policyName = reader.text(resource, ['name']);
        const document = reader.document(resource, ['policy'], 'identity') ?? reader.unknown(`${resource.address}: policy is empty`);
        if (role === undefined || isUnknown(role)) {
            set.unnamedRoles.push(`${resource.address}: the role it is attached to is known only after apply`);
            continue;
        }
        role.policies.push({ origin: resource.address, name: typeof policyName === 'string' ? policyName : resource.address, document });
    }
    for (const resource of reader.ofType('aws_iam_role_policy_attachment')) {
        const role = roleFor(resource);
        if (role === undefined || isUnknown(role)) {
            set.unnamedRoles.push(`${resource.address}: the role it attaches a policy to is known only after apply`);
            continue;
        }
        for (const doc of policyAt(resource, ['policy_arn'])) {
            if (!role.policies.includes(doc))
                role.policies.push(doc.origin === resource.address ? doc : { ...doc, origin: `${doc.origin} (attached by ${resource.address})` });
        }
    }
    // KMS keys.
    const keys = new Map();
    for (const resource of reader.ofType('aws_kms_key')) {
        const arn = reader.text(resource, ['arn']) ?? reader.unknown(`${resource.address}: arn is not in the plan`);
        const keyId = reader.text(resource, ['key_id']);
        const document = reader.document(resource, ['policy'], 'resource');
        const key = { arn, origin: resource.address, policy: document === undefined ? null : { origin: resource.address, name: `key policy of ${resource.address}`, document } };
        if (typeof keyId === 'string')
            key.keyId = keyId;
        keys.set(resource, key);
        set.keys.push(key);
    }
    // Buckets: every resource that names one makes it a bucket the plan defines.
    const buckets = new Map();
    const bucketNamed = (name, origin) => {
        let bucket = buckets.get(name);
        if (bucket === undefined) {
            bucket = { name, origin, policy: null, publicAccessBlock: null, ownership: null, encryption: null };
            buckets.set(name, bucket);
            set.buckets.push(bucket);
        }
        return bucket;
    };
    const bucketOf = (resource) => {
        const name = reader.resolveName(resource, ['bucket'], 'aws_s3_bucket', 'bucket');
        if (name === undefined)
            return undefined;
        if (isUnknown(name)) {
            set.unnamedBuckets.push(name.reason);
            return undefined;
        }
        return bucketNamed(name, resource.address);
    };
    for (const resource of reader.ofType('aws_s3_bucket')) {
        const name = reader.text(resource, ['bucket']);
        if (name === undefined || isUnknown(name)) {
            set.unnamedBuckets.push(name?.reason ?? `${resource.address}: bucket name is not in the plan`);
            continue;
        }
        const bucket = bucketNamed(name, resource.address);
        bucket.origin = resource.address;
        // The inline policy argument of provider versions before 4 (a separate aws_s3_bucket_policy wins).
        const inline = reader.document(resource, ['policy'], 'resource');
        if (inline !== undefined && bucket.policy === null)
            bucket.policy = { origin: `${resource.address} policy`, name: `bucket policy of ${name}`, document: inline };
    }
    for (const resource of reader.ofType('aws_s3_bucket_policy')) {
        const bucket = bucketOf(resource);
        if (bucket === undefined)
            continue;
        const document = reader.document(resource, ['policy'], 'resource') ?? reader.unknown(`${resource.address}: policy is empty`);
        bucket.policy = { origin: resource.address, name: `bucket policy of ${bucket.name}`, document };
    }
    for (const resource of reader.ofType('aws_s3_bucket_public_access_block')) {
        const bucket = bucketOf(resource);
        if (bucket === undefined)
            continue;
        bucket.publicAccessBlock = terraform_readBlock(reader, resource);
        bucket.publicAccessBlockOrigin = resource.address;
    }
    for (const resource of reader.ofType('aws_s3_account_public_access_block'))
        set.accountPublicAccessBlock = terraform_readBlock(reader, resource);
    for (const resource of reader.ofType('aws_s3_bucket_ownership_controls')) {
        const bucket = bucketOf(resource);
        if (bucket === undefined)
            continue;
        const value = reader.text(resource, ['rule', 0, 'object_ownership']);
        bucket.ownership = value === undefined ? null : isUnknown(value) ? value : value;
    }
    for (const resource of reader.ofType('aws_s3_bucket_server_side_encryption_configuration')) {
        const bucket = bucketOf(resource);
        if (bucket === undefined)
            continue;
        bucket.encryption = terraform_readEncryption(reader, resource, keys);
    }
    // VPC endpoints.
    for (const resource of reader.ofType('aws_vpc_endpoint')) {
        const id = reader.text(resource, ['id']) ?? reader.unknown(`${resource.address}: id is not in the plan`);
        if (isUnknown(id))
            set.unnamedEndpoints.push(id.reason);
        const document = reader.document(resource, ['policy'], 'resource');
        set.endpoints.push({ id, origin: resource.address, policy: document === undefined ? null : { origin: resource.address, name: `VPC endpoint policy of ${resource.address}`, document } });
    }
    // Organization policies, applied where aws_organizations_policy_attachment attaches them.
    const orgPolicies = new Map();
    for (const resource of reader.ofType('aws_organizations_policy')) {
        const type = reader.text(resource, ['type']) ?? 'SERVICE_CONTROL_POLICY';
        if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY' && !isUnknown(type))
            continue;
        const name = reader.text(resource, ['name']);
        const document = reader.document(resource, ['content'], 'organization') ?? reader.unknown(`${resource.address}: content is empty`);
        const policy = { origin: resource.address, name: typeof name === 'string' ? name : resource.address, document, targets: [] };
        orgPolicies.set(resource, policy);
        if (type === 'RESOURCE_CONTROL_POLICY')
            set.rcps.push(policy);
        else
            set.scps.push(policy);
    }
    readOrganization(reader, set);
    const targetIdOf = (resource) => {
        const value = reader.text(resource, ['target_id']) ?? reader.unknown(`${resource.address}: target_id is not in the plan`);
        if (!isUnknown(value))
            return value;
        // A new OU or account: its id is generated, so the attachment's target is known only after apply.
        for (const type of ['aws_organizations_organizational_unit', 'aws_organizations_account']) {
            const targets = reader.references(resource, ['target_id'], type);
            if (targets !== 'ambiguous' && targets.length === 1 && targets[0] !== undefined) {
                const id = reader.text(targets[0], ['id']);
                if (typeof id === 'string')
                    return id;
                return reader.unknown(`${resource.address}: target_id is the id of ${targets[0].address}, known only after apply`);
            }
        }
        return value;
    };
    for (const resource of reader.ofType('aws_organizations_policy_attachment')) {
        const target = targetIdOf(resource);
        const policyId = reader.text(resource, ['policy_id']);
        let attached = [];
        if (typeof policyId === 'string') {
            attached = [...orgPolicies].filter(([policy]) => reader.text(policy, ['id']) === policyId).map(([, policy]) => policy);
        }
        else {
            const targets = reader.references(resource, ['policy_id'], 'aws_organizations_policy');
            if (targets !== 'ambiguous')
                attached = targets.flatMap((policy) => orgPolicies.get(policy) ?? []);
            if (attached.length === 0) {
                // Which policy it attaches cannot be told: any of the plan's may be attached there.
                const maybe = reader.unknown(`${resource.address}: the policy it attaches is known only after apply`);
                for (const policy of orgPolicies.values())
                    if (policy.targets !== 'everywhere')
                        policy.targets.push(maybe);
                continue;
            }
        }
        for (const policy of attached)
            if (policy.targets !== 'everywhere')
                policy.targets.push(target);
    }
    set.unresolved = collectUnresolved(set);
    return set;
}
/**
 * The organization's tree as far as the plan holds it: aws_organizations_organization (roots,
 * accounts, management account), aws_organizations_organizational_unit and aws_organizations_account
 * (their parent_id).
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_organization#attribute-reference
 */
function readOrganization(reader, set) {
    const org = set.organization;
    for (const resource of reader.ofType('aws_organizations_organization')) {
        const roots = reader.get(resource, ['roots']);
        if (Array.isArray(roots))
            roots.forEach((_root, index) => {
                const id = reader.text(resource, ['roots', index, 'id']);
                if (typeof id === 'string' && !org.roots.includes(id))
                    org.roots.push(id);
            });
        const management = reader.text(resource, ['master_account_id']);
        if (typeof management === 'string')
            org.managementAccount = management;
        const accounts = reader.get(resource, ['accounts']);
        if (Array.isArray(accounts)) {
            let complete = true;
            accounts.forEach((_account, index) => {
                const id = reader.text(resource, ['accounts', index, 'id']);
                if (typeof id === 'string')
                    org.members.push(id);
                else
                    complete = false;
            });
            org.membersComplete = complete;
        }
    }
    const parentOf = (resource) => {
        const id = reader.text(resource, ['id']);
        if (typeof id !== 'string')
            return;
        const parent = reader.text(resource, ['parent_id']);
        if (parent !== undefined)
            org.parents[id] = parent;
    };
    for (const resource of reader.ofType('aws_organizations_organizational_unit')) {
        parentOf(resource);
        const id = reader.text(resource, ['id']);
        const accounts = reader.get(resource, ['accounts']);
        if (typeof id === 'string' && Array.isArray(accounts)) {
            accounts.forEach((_account, index) => {
                const account = reader.text(resource, ['accounts', index, 'id']);
                if (typeof account === 'string' && org.parents[account] === undefined)
                    org.parents[account] = id;
            });
        }
    }
    for (const resource of reader.ofType('aws_organizations_account')) {
        parentOf(resource);
        const id = reader.text(resource, ['id']);
        if (typeof id === 'string' && !org.members.includes(id))
            org.members.push(id);
    }
}
function terraform_readBlock(reader, resource) {
    const block = {};
    const fields = [
        ['BlockPublicAcls', 'block_public_acls'],
        ['IgnorePublicAcls', 'ignore_public_acls'],
        ['BlockPublicPolicy', 'block_public_policy'],
        ['RestrictPublicBuckets', 'restrict_public_buckets']
    ];
    for (const [setting, attribute] of fields) {
        const value = reader.get(resource, [attribute]);
        if (isUnknown(value))
            return value;
        block[setting] = value === true;
    }
    return block;
}
function terraform_readEncryption(reader, resource, keys) {
    const rule = ['rule', 0, 'apply_server_side_encryption_by_default', 0];
    const algorithm = reader.text(resource, [...rule, 'sse_algorithm']);
    if (algorithm === undefined)
        return null;
    if (isUnknown(algorithm))
        return algorithm;
    if (algorithm !== 'AES256' && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') {
        return reader.unknown(`${resource.address}: sse_algorithm ${algorithm} is not one S3 accepts (AES256, aws:kms, aws:kms:dsse)`);
    }
    const bucketKey = reader.get(resource, ['rule', 0, 'bucket_key_enabled']);
    const model = { algorithm: algorithm, kmsKey: null, bucketKeyEnabled: bucketKey === true };
    if (algorithm === 'AES256')
        return model;
    const keyPath = [...rule, 'kms_master_key_id'];
    const key = reader.text(resource, keyPath);
    if (key === undefined)
        return model;
    if (!isUnknown(key)) {
        // A key id or ARN of a key the plan defines: its ARN, so that the key policy is found.
        const known = [...keys.values()].find((candidate) => candidate.arn === key || candidate.keyId === key);
        model.kmsKey = known !== undefined && typeof known.arn === 'string' ? known.arn : key;
        return model;
    }
    const targets = reader.references(resource, keyPath, 'aws_kms_key');
    const target = targets === 'ambiguous' ? undefined : targets[0];
    const linked = target === undefined ? undefined : keys.get(target);
    model.kmsKey = linked !== undefined && typeof linked.arn === 'string' ? linked.arn : linked !== undefined ? reader.unknown(`the ARN of ${linked.origin} (the bucket's default key) is known only after apply`) : key;
    return model;
}

;// CONCATENATED MODULE: ./src/review/source.ts
/**
 * One side of a change, from what a caller read: a Terraform plan JSON or a CloudFormation template
 * (told apart by their content), or the plain policy files the expectations file maps.
 */




class SourceError extends Error {
    name = 'SourceError';
}
function parseJson(text) {
    try {
        return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        return undefined;
    }
}
function wrap(path, run) {
    try {
        return run();
    }
    catch (error) {
        if (error instanceof PlanError || error instanceof TemplateError)
            throw new SourceError(`${path}: ${error.message}`);
        throw error;
    }
}
/** A plan or template text -> its policy set (a plan's `after` side: what that commit's configuration makes). */
function policySetFromText(text, path, file, label, side = 'after') {
    const trimmed = text.trimStart();
    const json = trimmed.startsWith('{') || trimmed.startsWith('\ufeff{') ? parseJson(text) : undefined;
    if (json !== undefined && looksLikePlan(json)) {
        const set = wrap(path, () => policySetFromPlan(json, side));
        set.description = `Terraform plan ${path} (${label})`;
        return set;
    }
    if (json !== undefined && !looksLikeTemplate(json)) {
        throw new SourceError(`${path}: neither a Terraform plan (the JSON of terraform show -json PLAN) nor a CloudFormation template (a mapping with Resources)`);
    }
    const template = wrap(path, () => parseTemplate(text));
    return wrap(path, () => policySetFromTemplate(template, file.cloudformation, `CloudFormation template ${path} (${label})`));
}
/** The policy set of one side. */
function policySetOf(input, file) {
    if (input.kind === 'folder') {
        if (file.policies === undefined) {
            throw new SourceError(`${input.path} is a folder: the expectations file needs a policies: mapping (bucket-policy, role-policies, ...) to say which files are attached to what`);
        }
        return policySetFromFiles(file.policies, input.files, `policy files at ${input.label}`);
    }
    if (input.text === null) {
        const set = emptyPolicySet('none', `${input.label} (${input.path} does not exist there)`);
        set.unresolved.push(`${input.path} does not exist at ${input.label}: nothing is defined there`);
        return set;
    }
    return policySetFromText(input.text, input.path, file, input.label);
}
/** Both sides of a single plan: `before` as the base, `after` as the head. */
function policySetsFromPlan(text, path) {
    const json = parseJson(text);
    if (json === undefined || !looksLikePlan(json))
        throw new SourceError(`${path}: not a Terraform plan (expected the JSON of terraform show -json PLAN)`);
    const base = wrap(path, () => policySetFromPlan(json, 'before'));
    const head = wrap(path, () => policySetFromPlan(json, 'after'));
    base.description = `Terraform plan ${path} (before)`;
    head.description = `Terraform plan ${path} (after)`;
    return { base, head };
}

;// CONCATENATED MODULE: ./src/cli/review.ts
/**
 * `s3-403-doctor review`: the accesses a change to IAM, bucket, key or endpoint policies grants or
 * breaks, checked against the repository's expectations file, without AWS credentials.
 *
 *   s3-403-doctor review --expectations FILE --base PATH --head PATH [--format markdown|json]
 *   s3-403-doctor review --expectations FILE --plan PLAN.json [--format markdown|json]
 *
 * Each PATH is a Terraform plan JSON, a CloudFormation template (JSON or YAML), or a folder of policy
 * files as the expectations file's `policies:` maps them. `--plan` compares the two sides one plan
 * already holds (`before` and `after`).
 *
 * Exit status: 0 when the review ran (whatever it found, unless --fail-on says otherwise); 2 when the
 * expectations file, a plan or a template is not valid (the message names the entry and field);
 * 3 when --fail-on broken|any-change is met; 1 for anything else. The default --fail-on is never (a
 * command prints its report; CI gives --fail-on broken), where the action's input defaults to broken.
 *
 * `--format json` prints one result per (entry, action): `name` is the entry's, `action` the action's.
 */








/** Exit status of a review whose --fail-on condition is met (0, 1 and 2 keep the meaning they have for explain). */
const EXIT_REVIEW_FAILED = 3;
const FORMATS = ['markdown', 'json'];
const FAIL_ON = ['never', 'broken', 'any-change'];
const REVIEW_HELP = `Usage: s3-403-doctor review --expectations FILE --base PATH --head PATH [options]
       s3-403-doctor review --expectations FILE --plan PLAN.json [options]

Checks the accesses an expectations file declares against the policies before and after a change,
offline: which expectations the change breaks (with the layer and statement that deny, and the
proven fix), which it fixes, and the broad grants it introduces (wildcard principals, s3:*, public
access and whether Block Public Access stops it).

Each PATH is a Terraform plan JSON (terraform show -json PLAN), a CloudFormation template (JSON or
YAML), or a folder of policy files mapped by the expectations file's policies: section.

Options:
  --expectations FILE  the expectations file (YAML), e.g. .github/s3-access.yml
  --base PATH          the policies before the change
  --head PATH          the policies after the change
  --plan FILE          one Terraform plan JSON: compares its before and after (instead of --base/--head)
  --format FORMAT      markdown (default): the pull request comment; json: results and broad grants
  --fail-on WHEN       never (default), broken (a check the head proves fails), any-change (also any
                       result that changes, allow -> unknown included, and any new broad grant)
  -h, --help           this help

JSON: { "results": [ { "name", "action", "base", "head", "expect", "ok", "denial", ... } ],
"broadGrants": [...], "summary", "base", "head" }. There is one result per (entry, action): an entry
that lists several actions gives one result per action, each with the entry's name and its action.

Exit status: 0 when the review ran; 3 when --fail-on is met; 2 when the expectations file, a plan or
a template is not valid (the message names the entry and the field); 1 for anything else. Unlike the
action (input fail-on, default broken), the command fails only when asked: give --fail-on broken in CI.
`;
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
/** A file's text, or null when it does not exist; a folder is reported as such. */
async function readOptional(io, path) {
    try {
        return await io.readFile(path);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'EISDIR')
            return 'folder';
        if (code === 'ENOENT')
            return null;
        throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function sideOf(io, path, file, label) {
    const text = await readOptional(io, path);
    if (text === null)
        throw new Error(`cannot read ${path}: no such file or folder`);
    let input;
    if (text === 'folder') {
        const files = new Map();
        for (const relative of policyFilePaths(file.policies ?? {})) {
            const content = await readOptional(io, (0,external_node_path_.join)(path, relative));
            files.set(relative, content === 'folder' ? null : content);
        }
        input = { kind: 'folder', path, files, label };
    }
    else
        input = { kind: 'file', path, text, label };
    return policySetOf(input, file);
}
async function reviewCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            options: {
                expectations: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                plan: { type: 'string' },
                format: { type: 'string', default: 'markdown' },
                'fail-on': { type: 'string', default: 'never' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor review --help)`);
    }
    const values = parsed.values;
    if (values.help === true) {
        io.stdout(REVIEW_HELP);
        return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new Error(`--format: expected one of ${FORMATS.join(', ')}, got "${format}"`);
    const failOn = values['fail-on'];
    if (!FAIL_ON.includes(failOn))
        throw new Error(`--fail-on: expected one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
    if (values.expectations === undefined)
        throw new Error('review needs --expectations FILE (see s3-403-doctor review --help)');
    const sides = values.base !== undefined || values.head !== undefined;
    if (values.plan !== undefined && sides)
        throw new Error('give either --plan FILE or --base PATH --head PATH, not both');
    if (values.plan === undefined && (values.base === undefined || values.head === undefined)) {
        throw new Error('review needs --base PATH and --head PATH, or --plan FILE (see s3-403-doctor review --help)');
    }
    try {
        const expectationsText = await readOptional(io, values.expectations);
        if (expectationsText === null || expectationsText === 'folder')
            throw new Error(`cannot read the expectations file ${values.expectations}: ${expectationsText === null ? 'no such file' : 'it is a folder'}`);
        const file = parseExpectations(expectationsText, values.expectations);
        let base;
        let head;
        if (values.plan !== undefined) {
            const text = await readOptional(io, values.plan);
            if (text === null || text === 'folder')
                throw new Error(`cannot read the plan ${values.plan}: ${text === null ? 'no such file' : 'it is a folder'}`);
            ({ base, head } = policySetsFromPlan(text, values.plan));
        }
        else {
            base = await sideOf(io, values.base, file, 'base');
            head = await sideOf(io, values.head, file, 'head');
        }
        // The markdown shows fixes for the first MAX_DETAILED failing checks; the JSON has them for every one.
        const report = review(file, base, head, format === 'json' ? { proposeFixes: fix/* proposeFixes */.kF } : { proposeFixes: fix/* proposeFixes */.kF, fixLimit: MAX_DETAILED });
        io.stdout(format === 'json' ? renderReviewJson(report) : renderReviewMarkdown(report));
        const failed = failure(report, failOn);
        if (failed !== null) {
            io.stderr(`review failed (--fail-on ${failOn}): ${failed}\n`);
            return EXIT_REVIEW_FAILED;
        }
        return 0;
    }
    catch (error) {
        if (error instanceof ExpectationsError || error instanceof SourceError) {
            io.stderr(`${error instanceof ExpectationsError ? 'invalid expectations file' : 'invalid policy source'}:\n${error.message}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ })

};
