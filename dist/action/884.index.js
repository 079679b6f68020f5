export const id = 884;
export const ids = [884];
export const modules = {

/***/ 3884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultReviewDeps: () => (/* binding */ defaultReviewDeps),
  runReviewMode: () => (/* binding */ runReviewMode)
});

// UNUSED EXPORTS: gitShow, pullRequestCommitsFrom

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/fix/index.ts + 10 modules
var fix = __webpack_require__(4858);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/metadata/lint.ts + 2 modules
var lint = __webpack_require__(3895);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __webpack_require__(3661);
// EXTERNAL MODULE: ./src/scenario/load.ts + 2 modules
var load = __webpack_require__(4987);
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
 * ```
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
const PRINCIPAL = /^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+)$/;
const ACCOUNT = /^\d{12}$/;
const ENTRY_FIELDS = ['name', 'principal', 'action', 'bucket', 'key', 'context', 'headers', 'vpcEndpoint', 'operation', 'expect'];
const TOP_FIELDS = ['version', 'expectations', 'policies', 'bucket-accounts', 'cloudformation'];
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
    unknownFields(entry, ENTRY_FIELDS, field, issues);
    if (!named)
        issues.push({ path: field('name'), message: rawName === undefined ? 'required' : `expected a non-empty string, got ${(0,errors/* preview */.VH)(rawName)}` });
    const principal = own(entry, 'principal');
    if (principal === undefined)
        issues.push({ path: field('principal'), message: 'required' });
    else if (typeof principal !== 'string' || !PRINCIPAL.test(principal)) {
        issues.push({ path: field('principal'), message: `expected "anonymous" or an ARN such as arn:aws:sts::111122223333:assumed-role/ci-deploy/session, got ${(0,errors/* preview */.VH)(principal)}` });
    }
    const rawAction = own(entry, 'action');
    const actions = [];
    if (rawAction === undefined)
        issues.push({ path: field('action'), message: 'required' });
    else {
        const values = Array.isArray(rawAction) ? rawAction : [rawAction];
        if (values.length === 0)
            issues.push({ path: field('action'), message: 'expected an IAM action or a non-empty list of them' });
        values.forEach((action, position) => {
            const path = Array.isArray(rawAction) ? `${field('action')}[${position}]` : field('action');
            if (typeof action !== 'string' || !ACTION.test(action)) {
                issues.push({ path, message: `expected an IAM action such as s3:PutObject, got ${(0,errors/* preview */.VH)(action)}` });
            }
            else if (actions.includes(action)) {
                issues.push({ path, message: `${action} is listed twice` });
            }
            else
                actions.push(action);
        });
    }
    const bucket = own(entry, 'bucket');
    if (bucket === undefined)
        issues.push({ path: field('bucket'), message: 'required' });
    else if (typeof bucket !== 'string' || bucket.trim() === '')
        issues.push({ path: field('bucket'), message: `expected a bucket name, got ${(0,errors/* preview */.VH)(bucket)}` });
    const key = own(entry, 'key');
    if (key !== undefined && (typeof key !== 'string' || key === ''))
        issues.push({ path: field('key'), message: `expected an object key such as builds/app.zip, got ${(0,errors/* preview */.VH)(key)}` });
    const expect = own(entry, 'expect');
    if (expect === undefined)
        issues.push({ path: field('expect'), message: 'required: allow or deny' });
    else if (expect !== 'allow' && expect !== 'deny')
        issues.push({ path: field('expect'), message: `expected allow or deny, got ${(0,errors/* preview */.VH)(expect)}` });
    const context = stringMap(own(entry, 'context'), field('context'), true, issues);
    const headers = stringMap(own(entry, 'headers'), field('headers'), false, issues);
    const vpcEndpoint = own(entry, 'vpcEndpoint');
    if (vpcEndpoint !== undefined && (typeof vpcEndpoint !== 'string' || !/^vpce-[0-9a-z]+$/.test(vpcEndpoint))) {
        issues.push({ path: field('vpcEndpoint'), message: `expected a VPC endpoint id such as vpce-0abc1234, got ${(0,errors/* preview */.VH)(vpcEndpoint)}` });
    }
    const operation = own(entry, 'operation');
    if (operation !== undefined && (typeof operation !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(operation))) {
        issues.push({ path: field('operation'), message: `expected an S3 API operation such as HeadObject or CreateMultipartUpload, got ${(0,errors/* preview */.VH)(operation)}` });
    }
    if (issues.length > before)
        return null;
    const expectation = {
        index,
        name: rawName.trim(),
        principal: principal,
        actions,
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
    // What only the scenario loader and the action catalogue know: the action names, key/no key, context values.
    for (const action of actions)
        checkAgainstScenario(expectation, action, field, issues);
    return issues.length > before ? null : expectation;
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
function checkAgainstScenario(expectation, action, field, issues) {
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
            const path = FIELD_OF[top] !== undefined ? `${field(FIELD_OF[top])}${rest.slice(top.length)}` : field(rest === '' ? 'request' : rest);
            issues.push({ path, message: issue.message });
        }
        return;
    }
    for (const finding of (0,lint/* lintRequest */.X)(action, request['key'] !== undefined)) {
        if (finding.code === 'unknown-action' || finding.code === 'unknown-service')
            issues.push({ path: field('action'), message: finding.message });
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
        if (document !== null)
            add(document.document);
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
    set.scps.forEach(doc);
    set.rcps.forEach(doc);
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
    for (const path of map.scps ?? []) {
        const doc = read(path, 'organization');
        if (doc !== null)
            set.scps.push(doc);
    }
    for (const path of map.rcps ?? []) {
        const doc = read(path, 'organization');
        if (doc !== null)
            set.rcps.push(doc);
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
function brokenSection(result) {
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
            lines.push(`In the base it was allowed by ${was.join(' and ')}; the change ${result.denial?.kind === 'explicit' ? 'adds the deny above' : 'removes or narrows that grant'}.`, '');
        }
    }
    else {
        lines.push(`The head allows what must be denied.`, '');
    }
    for (const fix of result.fixes.slice(0, MAX_FIXES_SHOWN)) {
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
function grantRow(grant) {
    const kind = {
        'wildcard-principal': grant.public === true ? 'public principal' : 'wildcard principal',
        'all-actions': 'every action',
        'all-resources': 'every resource',
        'block-public-access-off': 'Block Public Access off'
    };
    return `| ${kind[grant.kind]} | ${cell(grant.policy)} (${code(grant.origin)}) | ${code(grant.statement)} | ${cell(grant.detail)} |`;
}
/** The pull request comment and job summary. */
function renderReviewMarkdown(report) {
    const { summary } = report;
    const results = report.results;
    const unchanged = results.filter((result) => result.status === 'passing');
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
    let detailed = 0;
    const sections = (list) => {
        for (const result of list) {
            if (detailed < MAX_DETAILED) {
                lines.push(...brokenSection(result));
                detailed++;
            }
            else {
                lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)}: expected ${result.expect}, head ${result.head}${result.head === 'deny' ? ` (${denialWords(result)})` : ''}`, '');
            }
        }
    };
    const broken = results.filter((result) => result.status === 'broken');
    if (broken.length > 0) {
        lines.push('### ⛔ Broken by this change', '');
        sections(broken);
    }
    const fixed = results.filter((result) => result.status === 'fixed');
    if (fixed.length > 0) {
        lines.push('### ✅ Fixed by this change', '');
        for (const result of fixed) {
            lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} is now **${result.head}**, as expected (was ${result.base}).`);
        }
        lines.push('');
    }
    const failing = results.filter((result) => result.status === 'failing');
    if (failing.length > 0) {
        lines.push('### ❗ Failing before and after this change', '');
        sections(failing);
    }
    const unknown = results.filter((result) => result.status === 'unknown');
    if (unknown.length > 0) {
        lines.push('### ❔ Cannot be decided', '');
        for (const result of unknown) {
            lines.push(`- **${inline(result.name)}**: ${code(result.action)} on ${target(result)} (expected ${result.expect}, base ${result.base}): the head depends on ${result.unknown.head.map(inline).join('; ')}`);
        }
        lines.push('');
    }
    lines.push('### Unchanged', '', unchanged.length === 0 ? 'No check passes unchanged.' : `${plural(unchanged.length, 'check')} (expectation and action) pass${unchanged.length === 1 ? 'es' : ''} as before.`, '');
    lines.push('### ⚠️ New broad grants', '');
    if (report.broadGrants.length === 0)
        lines.push('None.', '');
    else {
        lines.push('| grant | where | statement | detail |', '| --- | --- | --- | --- |');
        for (const grant of report.broadGrants)
            lines.push(grantRow(grant));
        lines.push('');
    }
    const unresolved = [...new Set([...report.head.unresolved])];
    if (unresolved.length > 0) {
        lines.push('<details><summary>Values the head could not resolve</summary>', '');
        for (const item of unresolved)
            lines.push(`- ${inline(item)}`);
        lines.push('', '</details>', '');
    }
    return `${lines.join('\n')}\n`;
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

// EXTERNAL MODULE: ./src/evaluate/engine.ts + 4 modules
var engine = __webpack_require__(8686);
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
 * - every resource: an Allow of S3 actions on `"Resource": "*"` (or NotResource) in identity policies;
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
    for (const doc of set.managedPolicies) {
        if (isUnknown(doc.document) || seen.has(doc.document))
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
// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/review/scenarios.ts
/**
 * One expectation and one side's policy set -> the scenario AWS would evaluate: the request the
 * expectation describes, the identity policies of the role it runs as, the bucket's policy and
 * settings, the key policy of the key the request uses, the endpoint policy, the SCPs and RCPs.
 *
 * Policy documents the source does not determine enter the scenario as unreadable layers, so the
 * evaluator reports the conclusions that depend on them. Other unknown settings (Block Public Access,
 * Object Ownership, default encryption) are "blockers" only when they can change this request's
 * outcome; the review then says it cannot decide.
 *
 * Layers a source does not define are taken as absent (scenario-format.md: a missing layer is "not
 * present"): SCPs and RCPs, endpoint policies, account-level Block Public Access. Roles and buckets
 * are different: the request names them, so one the source does not define has unknown policies
 * (except for plain policy files, which are the whole world).
 *
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   (AWS Organizations attaches FullAWSAccess when SCPs are enabled: the plan's SCPs sit beside it)
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html (RCPFullAWSAccess)
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
    return extra.length === 0 ? base : `${base} (it may be one of: ${extra.join('; ')})`;
}
function buildScenario(expectation, action, set, file) {
    const request = requestFor(expectation, action);
    if (request.vpcEndpoint === undefined && request.context !== undefined) {
        const given = Object.entries(request.context).find(([key]) => key.toLowerCase() === 'aws:sourcevpce')?.[1];
        if (typeof given === 'string')
            request.vpcEndpoint = given;
    }
    const scenario = { version: 1, name: `${expectation.name} (${action})`, request };
    const blockers = [];
    const origins = new Map();
    const notes = [];
    const caller = (0,principal/* parseCaller */.F7)(request.principal);
    // The identity side.
    if (caller.kind === 'role-session') {
        const exact = set.roles.filter((role) => role.name === caller.roleName);
        const matches = exact.length > 0 ? exact : set.roles.filter((role) => typeof role.name === 'string' && role.name.toLowerCase() === caller.roleName.toLowerCase());
        const role = matches.length === 1 ? matches[0] : matches.length === 0 ? set.roles.find((candidate) => candidate.any === true) : undefined;
        if (role !== undefined) {
            const identity = {};
            const path = role.path.startsWith('/') && role.path.endsWith('/') ? role.path : '/';
            // The role's ARN with its path (the scenario format wants a 12-digit account there).
            if (/^\d{12}$/.test(caller.account))
                identity.arn = `arn:${caller.partition}:iam::${caller.account}:role${path}${caller.roleName}`;
            if (role.policies.length > 0) {
                identity.policies = role.policies.map(named);
                role.policies.forEach((doc, index) => origins.set(`identity.policies[${index}].document`, doc.origin));
            }
            if (role.boundary !== null) {
                identity.permissionsBoundary = named(role.boundary);
                origins.set('identity.permissionsBoundary.document', role.boundary.origin);
            }
            origins.set('identity', role.origin);
            scenario.identity = identity;
        }
        else if (matches.length > 1) {
            const reason = `role ${caller.roleName} is defined ${matches.length} times in the ${set.description} (${matches.map((match) => match.origin).join(', ')})`;
            scenario.identity = { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } };
        }
        else if (!set.closedWorld) {
            const reason = notDefined(set, `role ${caller.roleName}`, set.unnamedRoles);
            scenario.identity = { policies: { unreadable: reason }, permissionsBoundary: { unreadable: reason } };
        }
    }
    else if (caller.kind === 'user' || caller.kind === 'federated-user' || caller.kind === 'other') {
        if (!set.closedWorld) {
            const reason = `the policies of ${request.principal} are not read from the ${set.description} (only roles are)`;
            scenario.identity = { policies: { unreadable: reason } };
        }
    }
    // Organization guardrails, beside the AWS managed full-access policies.
    if (set.scps.length > 0) {
        scenario.organization = { serviceControlPolicies: [[{ name: 'FullAWSAccess', document: FULL_AWS_ACCESS }, ...set.scps.map(named)]] };
        set.scps.forEach((doc, index) => origins.set(`organization.serviceControlPolicies[0][${index + 1}].document`, doc.origin));
    }
    if (set.rcps.length > 0) {
        scenario.organization ??= {};
        scenario.organization.resourceControlPolicies = [[{ name: 'RCPFullAWSAccess', document: RCP_FULL_AWS_ACCESS }, ...set.rcps.map(named)]];
        set.rcps.forEach((doc, index) => origins.set(`organization.resourceControlPolicies[0][${index + 1}].document`, doc.origin));
    }
    // The bucket.
    const bucketName = request.bucket;
    let model = set.buckets.find((bucket) => bucket.name === bucketName) ?? set.buckets.find((bucket) => bucket.any === true);
    if (model === undefined && !set.closedWorld) {
        const reason = notDefined(set, `bucket ${bucketName}`, set.unnamedBuckets);
        const unknown = new Unknown(reason);
        model = { name: bucketName, origin: '', policy: { origin: '', name: `bucket policy of ${bucketName}`, document: unknown }, publicAccessBlock: unknown, ownership: unknown, encryption: unknown };
    }
    const bucket = { name: bucketName };
    const account = file.bucketAccounts[bucketName];
    if (account !== undefined)
        bucket.account = account;
    scenario.bucket = bucket;
    if (model !== undefined) {
        if (model.origin !== '')
            origins.set('bucket', model.origin);
        if (model.policy !== null) {
            bucket.policy = isUnknown(model.policy.document) ? { unreadable: model.policy.document.reason } : model.policy.document;
            if (model.policy.origin !== '')
                origins.set('bucket.policy', model.policy.origin);
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
    // Block Public Access matters to a public bucket policy, a public ACL, and ACL writes.
    const blockUnknown = [model?.publicAccessBlock, set.accountPublicAccessBlock].find(isUnknown);
    if (blockUnknown !== undefined) {
        const policy = bucket.policy;
        const publicPolicy = policy !== undefined && !(0,types/* isUnreadable */.G)(policy) && (0,s3_public/* isPolicyPublic */.O5)((0,parse/* parsePolicy */.O)(policy, 'bucket.policy')).public;
        if (publicPolicy || hasAclHeaders(headers) || ACL_ACTIONS.test(lower) || lower === 's3:putbucketpolicy') {
            blockers.push({ kind: 'public-access-block', reason: blockUnknown.reason });
        }
    }
    // Object Ownership matters to requests that carry or set ACLs.
    if (model !== undefined && isUnknown(model.ownership) && (hasAclHeaders(headers) || ACL_ACTIONS.test(lower))) {
        blockers.push({ kind: 'object-ownership', reason: model.ownership.reason });
    }
    // Encryption: uploads use the request's SSE headers or the bucket default; downloads the object's key.
    const encryption = model?.encryption ?? null;
    const writes = lower === 's3:putobject';
    const reads = READ_ACTIONS.has(lower) && request.key !== undefined;
    const sseHeader = (0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption');
    const usesDefault = (writes && sseHeader === undefined) || reads;
    const keyIds = [];
    if (usesDefault && isUnknown(encryption))
        blockers.push({ kind: 'encryption', reason: encryption.reason });
    else if (encryption !== null && !isUnknown(encryption)) {
        if (usesDefault && isUnknown(encryption.kmsKey))
            blockers.push({ kind: 'encryption', reason: encryption.kmsKey.reason });
        bucket.encryption = toEncryption(encryption);
        if (usesDefault && typeof encryption.kmsKey === 'string' && encryption.algorithm !== 'AES256') {
            keyIds.push(encryption.kmsKey);
            if (reads && request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action)) {
                bucket.objects = { [request.key]: { kmsKeyArn: encryption.kmsKey } };
                notes.push(`assumes ${request.key} is encrypted with the bucket's default key ${encryption.kmsKey}`);
            }
        }
    }
    if (writes && sseHeader !== undefined && sseHeader.trim().startsWith('aws:kms')) {
        const headerKey = (0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption-aws-kms-key-id');
        if (headerKey !== undefined && headerKey.trim() !== '')
            keyIds.push(headerKey.trim());
    }
    const kmsKeys = [];
    for (const id of keyIds) {
        if (id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3'))
            continue;
        const key = set.keys.find((candidate) => candidate.arn === id || candidate.keyId === id || (typeof candidate.arn === 'string' && candidate.arn.endsWith(`:key/${id}`)));
        const arn = key !== undefined && typeof key.arn === 'string' ? key.arn : id;
        if (!arn.startsWith('arn:') || kmsKeys.some((known) => known.arn === arn))
            continue;
        const index = kmsKeys.length;
        if (key === undefined) {
            kmsKeys.push({ arn, policy: { unreadable: notDefined(set, `KMS key ${arn}`, []) } });
        }
        else if (key.policy === null) {
            kmsKeys.push({ arn, policy: defaultKeyPolicy(arn) });
            notes.push(`${key.origin} has no key policy in the source: the default key policy applies`);
        }
        else {
            kmsKeys.push({ arn, policy: isUnknown(key.policy.document) ? { unreadable: key.policy.document.reason } : key.policy.document });
            origins.set(`kmsKeys[${index}].policy`, key.policy.origin);
        }
    }
    if (kmsKeys.length > 0)
        scenario.kmsKeys = kmsKeys;
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
                origins.set('vpcEndpoints[0].policy', endpoint.policy.origin);
            }
        }
        else if (set.unnamedEndpoints.length > 0 && !set.closedWorld) {
            blockers.push({ kind: 'vpc-endpoint', reason: `endpoint ${endpointId} is not among the endpoints the ${set.description} names, and it may be one of: ${set.unnamedEndpoints.join('; ')}` });
        }
    }
    return { scenario, blockers, origins, notes };
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
 * A side decides `allow` or `deny` only when nothing unknown can change it: an explicit Deny in a
 * document the source holds decides whatever else is unknown (AWS: "an explicit deny in any of these
 * policies overrides the allow"); otherwise any unknown document the verdict depends on, or any
 * unknown setting that matters to the request, makes the side `unknown`, with the values named.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */




/** Evaluates one side's scenario and says whether the unknowns it depends on leave the decision open. */
function decideSide(built) {
    let verdict;
    try {
        verdict = (0,engine/* evaluateScenario */.m)((0,read/* checkPolicies */.Jk)(built.scenario));
    }
    catch (error) {
        return { decision: 'unknown', built, verdict: null, reasons: [`the scenario could not be evaluated: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const denial = verdict.denial;
    const encryptionOpen = built.blockers.some((blocker) => blocker.kind === 'encryption');
    if (denial !== null && denial.kind === 'explicit' && (!denial.action.toLowerCase().startsWith('kms:') || !encryptionOpen)) {
        return { decision: 'deny', built, verdict, reasons: [] };
    }
    const reasons = [];
    for (const blocker of built.blockers)
        if (!reasons.includes(blocker.reason))
            reasons.push(blocker.reason);
    for (const item of verdict.dependsOnUnreadable)
        if (!reasons.includes(item.error))
            reasons.push(item.error);
    if (reasons.length > 0)
        return { decision: 'unknown', built, verdict, reasons };
    return { decision: verdict.decision, built, verdict, reasons: [] };
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
            for (const statement of policy.deciding)
                out.push(origin === undefined ? { policy: policy.policy, statement } : { policy: policy.policy, statement, origin });
        }
    }
    return out;
}
function resultFor(expectation, action, base, head, options) {
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
    if (base.decision === 'allow' && head.decision === 'deny' && base.verdict !== null)
        result.baseAllowedBy = allowingStatements(base.verdict, base.built.origins);
    const verdict = head.verdict;
    if (head.decision === 'deny' && verdict !== null && verdict.denial !== null) {
        const origin = verdict.denial.path === undefined ? undefined : originOf(head.built.origins, verdict.denial.path);
        result.denial = origin === undefined ? { ...verdict.denial } : { ...verdict.denial, origin };
        result.statement = decidingStatement(verdict, head.built.scenario);
        if (options.proposeFixes !== undefined && expectation.expect === 'allow') {
            let fixes = [];
            try {
                fixes = options.proposeFixes(head.built.scenario, verdict);
            }
            catch {
                fixes = [];
            }
            result.fixes = fixes
                .filter((fix) => fix.proven)
                .map((fix) => {
                const origin = originOf(head.built.origins, pointerPath(fix.target));
                const out = { ...fix };
                if (origin !== undefined)
                    out.origin = origin;
                return out;
            });
        }
    }
    return result;
}
/** Reviews every expectation of `file` against the base's and the head's policy sets. */
function review(file, base, head, options = {}) {
    const results = [];
    for (const expectation of file.expectations) {
        for (const action of expectation.actions) {
            const before = decideSide(buildScenario(expectation, action, base, file));
            const after = decideSide(buildScenario(expectation, action, head, file));
            results.push(resultFor(expectation, action, before, after, options));
        }
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
/** Why the step fails under `fail-on`, or null when it passes. */
function failure(report, failOn) {
    if (failOn === 'never')
        return null;
    const failing = report.summary.broken + report.summary.failing;
    const reasons = [];
    if (failing > 0) {
        const names = report.results.filter((result) => result.status === 'broken' || result.status === 'failing').map((result) => `${result.name} (${result.action})`);
        reasons.push(`${failing} expectation${failing === 1 ? '' : 's'} fail${failing === 1 ? 's' : ''}: ${names.join(', ')}`);
    }
    if (failOn === 'any-change') {
        const changed = report.results.filter((result) => result.base !== result.head && result.status !== 'broken' && result.status !== 'failing');
        if (changed.length > 0)
            reasons.push(`${changed.length} result${changed.length === 1 ? '' : 's'} change${changed.length === 1 ? 's' : ''}: ${changed.map((result) => `${result.name} (${result.action}) ${result.base} -> ${result.head}`).join(', ')}`);
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
            default:
                return new Unresolved([`the id CloudFormation gives ${resource.type} ${resource.id}`], resource.id);
        }
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
/** The policy set a template describes. `settings` gives parameters, the account and the region. */
function policySetFromTemplate(template, settings, description = 'CloudFormation template') {
    const resolver = new Resolver(template, settings);
    const set = emptyPolicySet('cloudformation', description);
    const note = (where, reasons) => new Unknown(`${where}: ${reasons.join('; ')}`);
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
            return blocked;
        const raw = resource.properties[property];
        if (raw === undefined)
            return undefined;
        const resolved = resolver.resolve(raw);
        const reasons = unresolvedIn(resolved);
        if (reasons.length > 0)
            return note(where(resource, property), reasons);
        return readDocument(resolved, where(resource, property), role);
    };
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
        const doc = {
            origin: `Resources.${resource.id}`,
            name: typeof name === 'string' ? name : resource.id,
            document: document(resource, 'PolicyDocument', 'identity') ?? note(where(resource, 'PolicyDocument'), ['missing'])
        };
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
        return { origin: arn, name: arn, document: note(origin, [`policy ${arn} is not defined in the template (an AWS managed policy, or one managed elsewhere)`]) };
    };
    // Roles.
    const roles = new Map();
    for (const resource of ofType('AWS::IAM::Role')) {
        const nameValue = resolver.resolve({ Ref: resource.id });
        const name = typeof nameValue === 'string' ? nameValue : new Unknown(`the name of role ${resource.id}: ${nameValue.reasons.join('; ')}`);
        if (isUnknown(name))
            set.unnamedRoles.push(name.reason);
        const path = text(resource, 'Path');
        const role = { name, path: typeof path === 'string' ? path : '/', origin: `Resources.${resource.id}`, policies: [], boundary: null };
        // Resolved as a whole, so that Fn::If around an entry and AWS::NoValue apply; unresolved parts stay marked inside.
        // Entry by entry (keeping the template's positions), when the property is a list as written.
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
                const reasons = unresolvedIn(entry['PolicyDocument']);
                const blocked = blockedBy.get(resource.id);
                const doc = blocked ?? (reasons.length > 0 ? note(`${origin}.PolicyDocument`, reasons) : readDocument(entry['PolicyDocument'], `${origin}.PolicyDocument`, 'identity'));
                role.policies.push({ origin, name: typeof policyName === 'string' ? policyName : `Policies[${index}]`, document: doc ?? note(`${origin}.PolicyDocument`, ['missing']) });
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
        const role = { name, path: '/', origin, policies: [], boundary: null };
        set.roles.push(role);
        return role;
    };
    const attach = (raw, origin, doc) => {
        const role = roleByValue(raw, origin);
        if (isUnknown(role))
            set.unnamedRoles.push(role.reason);
        else if (!role.policies.includes(doc))
            role.policies.push(doc);
    };
    for (const [id, policy] of managed) {
        policy.roles.forEach((raw, index) => attach(raw, `Resources.${id}.Properties.Roles[${index}]`, policy.doc));
    }
    for (const resource of ofType('AWS::IAM::Policy')) {
        const name = text(resource, 'PolicyName');
        const doc = {
            origin: `Resources.${resource.id}`,
            name: typeof name === 'string' ? name : resource.id,
            document: document(resource, 'PolicyDocument', 'identity') ?? note(where(resource, 'PolicyDocument'), ['missing'])
        };
        const list = resource.properties['Roles'];
        if (Array.isArray(list))
            list.forEach((raw, index) => attach(raw, `${where(resource, 'Roles')}[${index}]`, doc));
    }
    for (const resource of ofType('AWS::IAM::RolePolicy')) {
        const name = text(resource, 'PolicyName');
        const doc = {
            origin: `Resources.${resource.id}`,
            name: typeof name === 'string' ? name : resource.id,
            document: document(resource, 'PolicyDocument', 'identity') ?? note(where(resource, 'PolicyDocument'), ['missing'])
        };
        attach(resource.properties['RoleName'], where(resource, 'RoleName'), doc);
    }
    // KMS keys: CloudFormation generates their ids, so their ARNs are known only after deployment.
    const keys = new Map();
    for (const resource of ofType('AWS::KMS::Key')) {
        const policy = document(resource, 'KeyPolicy', 'resource');
        const key = {
            arn: new Unknown(`the ARN CloudFormation generates for key ${resource.id}`),
            origin: `Resources.${resource.id}`,
            policy: policy === undefined ? null : { origin: `Resources.${resource.id}`, name: `key policy of ${resource.id}`, document: policy }
        };
        keys.set(resource.id, key);
        set.keys.push(key);
    }
    // Buckets.
    const buckets = new Map();
    const byLogicalId = new Map();
    for (const resource of ofType('AWS::S3::Bucket')) {
        const nameValue = resolver.resolve({ Ref: resource.id });
        if (typeof nameValue !== 'string') {
            set.unnamedBuckets.push(`the name of bucket ${resource.id}: ${nameValue.reasons.join('; ')}`);
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
                set.unnamedBuckets.push(note(where(resource, 'Bucket'), name.reasons).reason);
                continue;
            }
            bucket = buckets.get(name);
            if (bucket === undefined) {
                bucket = { name, origin: `Resources.${resource.id}`, policy: null, publicAccessBlock: null, ownership: null, encryption: null };
                buckets.set(name, bucket);
                set.buckets.push(bucket);
            }
        }
        const policy = document(resource, 'PolicyDocument', 'resource') ?? note(where(resource, 'PolicyDocument'), ['missing']);
        bucket.policy = { origin: `Resources.${resource.id}`, name: `bucket policy of ${bucket.name}`, document: policy };
    }
    // VPC endpoints: CloudFormation generates their ids.
    for (const resource of ofType('AWS::EC2::VPCEndpoint')) {
        const id = new Unknown(`the id CloudFormation generates for VPC endpoint ${resource.id}`);
        set.unnamedEndpoints.push(id.reason);
        const policy = document(resource, 'PolicyDocument', 'resource');
        set.endpoints.push({ id, origin: `Resources.${resource.id}`, policy: policy === undefined ? null : { origin: `Resources.${resource.id}`, name: `VPC endpoint policy of ${resource.id}`, document: policy } });
    }
    // Organization policies.
    for (const resource of ofType('AWS::Organizations::Policy')) {
        const type = text(resource, 'Type');
        if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY')
            continue;
        const name = text(resource, 'Name');
        const doc = {
            origin: `Resources.${resource.id}`,
            name: typeof name === 'string' ? name : resource.id,
            document: document(resource, 'Content', 'organization') ?? note(where(resource, 'Content'), ['missing'])
        };
        if (type === 'RESOURCE_CONTROL_POLICY')
            set.rcps.push(doc);
        else
            set.scps.push(doc);
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
function walkModule(module, out) {
    if (!terraform_isObject(module))
        return;
    const resources = module['resources'];
    if (Array.isArray(resources)) {
        for (const resource of resources) {
            if (!terraform_isObject(resource) || resource['mode'] !== 'managed')
                continue;
            const address = resource['address'];
            const type = resource['type'];
            const name = resource['name'];
            const values = resource['values'];
            if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string' || !terraform_isObject(values))
                continue;
            if (!out.has(address))
                out.set(address, record(address, type, name, values, undefined));
        }
    }
    const children = module['child_modules'];
    if (Array.isArray(children))
        for (const child of children)
            walkModule(child, out);
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
    constructor(plan, side) {
        this.resources = resourcesOf(plan, side);
        for (const resource of this.resources)
            this.byAddress.set(resource.address, resource);
        this.config = side === 'after' ? configurationOf(plan) : new Map();
        this.set = emptyPolicySet('terraform', side === 'before' ? 'Terraform plan (before)' : 'Terraform plan (after)');
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
        return { origin: arn, name: arn, document: reader.unknown(`policy ${arn} is not defined in the plan (an AWS managed policy, or one managed elsewhere)`) };
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
            // A role this plan does not define: keep its policies anyway, under its name.
            const role = { name: value, path: '/', origin: resource.address, policies: [], boundary: null };
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
    // Organization policies.
    for (const resource of reader.ofType('aws_organizations_policy')) {
        const type = reader.text(resource, ['type']) ?? 'SERVICE_CONTROL_POLICY';
        if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY' && !isUnknown(type))
            continue;
        const name = reader.text(resource, ['name']);
        const document = reader.document(resource, ['content'], 'organization') ?? reader.unknown(`${resource.address}: content is empty`);
        const doc = { origin: resource.address, name: typeof name === 'string' ? name : resource.address, document };
        if (type === 'RESOURCE_CONTROL_POLICY')
            set.rcps.push(doc);
        else
            set.scps.push(doc);
    }
    set.unresolved = collectUnresolved(set);
    return set;
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

// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(915);
;// CONCATENATED MODULE: ./src/action/review.ts
/**
 * `mode: review`: the same review as `s3-403-doctor review`, on the pull request's base and head.
 *
 * Where the policies come from, in this order:
 * - input `plan`: one Terraform plan JSON (made by an earlier step) holds both sides (`before`, `after`);
 * - input `template`: a CloudFormation template, read at the base commit with `git show BASE:PATH`
 *   and from the working tree for the head;
 * - otherwise the plain policy files the expectations file's `policies:` maps, read the same way.
 * The expectations file is read from the working tree (the head's expectations apply to both sides).
 *
 * Everything outside (git, the event payload, files, outputs, posting the report) comes in through
 * `ReviewDeps`; `defaultReviewDeps` gives the real ones. The step's failure is returned, not thrown,
 * so that the caller posts the report first and then fails the step with `outcome.failure`.
 */









async function required(deps, path, what) {
    const text = await deps.readWorkingFile(path);
    if (text === null)
        throw new Error(`${what} ${path} does not exist in the working tree`);
    return text;
}
async function runReviewMode(settings, deps) {
    const expectationsPath = settings.expectations;
    const file = parseExpectations(await required(deps, expectationsPath, 'The expectations file (input expectations)').catch((error) => {
        throw new Error(`${error instanceof Error ? error.message : String(error)}: write one (version: 1, expectations: [...]) or point input expectations at it`);
    }), expectationsPath);
    let base;
    let head;
    let commits = null;
    if (settings.plan !== undefined) {
        ;
        ({ base, head } = policySetsFromPlan(await required(deps, settings.plan, 'The Terraform plan JSON (input plan)'), settings.plan));
    }
    else {
        commits = await deps.pullRequestCommits();
        const baseLabel = `base ${commits.base.slice(0, 12)}`;
        if (settings.template !== undefined) {
            const path = settings.template;
            base = policySetOf({ kind: 'file', path, text: await deps.readAtRevision(commits.base, path), label: baseLabel }, file);
            head = policySetOf({ kind: 'file', path, text: await deps.readWorkingFile(path), label: 'head' }, file);
        }
        else {
            if (file.policies === undefined) {
                throw new Error(`mode review needs input plan (a Terraform plan JSON), input template (a CloudFormation template), or a policies: mapping in ${expectationsPath} that names the policy files`);
            }
            const baseFiles = new Map();
            const headFiles = new Map();
            for (const path of policyFilePaths(file.policies)) {
                baseFiles.set(path, await deps.readAtRevision(commits.base, path));
                headFiles.set(path, await deps.readWorkingFile(path));
            }
            base = policySetOf({ kind: 'folder', path: '.', files: baseFiles, label: baseLabel }, file);
            head = policySetOf({ kind: 'folder', path: '.', files: headFiles, label: 'head' }, file);
        }
    }
    const report = review(file, base, head, { proposeFixes: fix/* proposeFixes */.kF });
    const markdown = renderReviewMarkdown(report);
    const { summary } = report;
    deps.setOutput(constants/* Outputs */.tY.Broken, String(summary.broken + summary.failing));
    deps.info(`S3 access review: ${summary.broken} broken, ${summary.failing} still failing, ${summary.fixed} fixed, ${summary.passing} passing, ${summary.unknown} undecided; ${report.broadGrants.length} new broad grant(s)`);
    await deps.postReport(markdown);
    return { report, markdown, failure: failure(report, settings.failOn), commits };
}
// ---------------------------------------------------------------------------------------------
// The real dependencies
// ---------------------------------------------------------------------------------------------
function run(command, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error !== null && typeof error.code === 'string') {
                reject(new Error(`could not run ${command}: ${error.message}`));
                return;
            }
            resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
        });
    });
}
/** `git show REV:./PATH` (relative to the working directory, as the working-tree reads are). */
async function gitShow(revision, path, git = 'git') {
    if (!/^[0-9A-Za-z._/^~-]+$/.test(revision) || revision.startsWith('-'))
        throw new Error(`not a git revision: ${JSON.stringify(revision)}`);
    const relative = path.replace(/^\.\//, '');
    const missing = (detail) => new Error(`Could not read ${relative} at ${revision} with git show: ${detail}. The base commit must be in the clone: check out with actions/checkout and fetch-depth: 0`);
    // git says "exists on disk, but not in REV" both for a path REV lacks and for a REV the clone lacks: tell them apart first.
    const commit = await run(git, ['cat-file', '-e', `${revision}^{commit}`]);
    if (commit.code !== 0)
        throw missing(commit.stderr.trim() || `${revision} is not a commit of this clone`);
    const result = await run(git, ['show', `${revision}:./${relative}`]);
    if (result.code === 0)
        return result.stdout;
    if (/does not exist in|exists on disk, but not in/.test(result.stderr))
        return null;
    throw missing(result.stderr.trim());
}
/** The pull request's base and head SHAs from the event payload (GITHUB_EVENT_PATH). */
function pullRequestCommitsFrom(payloadText) {
    let payload;
    try {
        payload = payloadText === null ? null : JSON.parse(payloadText);
    }
    catch {
        payload = null;
    }
    const pull = typeof payload === 'object' && payload !== null ? payload.pull_request : undefined;
    const base = pull?.base?.sha;
    const head = pull?.head?.sha;
    if (typeof base !== 'string' || typeof head !== 'string') {
        throw new Error('mode review compares a pull request\'s base and head, but this event has no pull_request (run it on pull_request events, or give input plan, which holds both sides)');
    }
    return { base, head };
}
async function readOrNull(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/** The real dependencies; the caller gives how outputs are set and where the report goes. */
function defaultReviewDeps(io, env = process.env) {
    return {
        readAtRevision: (revision, path) => gitShow(revision, path),
        pullRequestCommits: async () => {
            const eventPath = env['GITHUB_EVENT_PATH'];
            return pullRequestCommitsFrom(eventPath === undefined || eventPath === '' ? null : await readOrNull(eventPath));
        },
        readWorkingFile: readOrNull,
        setOutput: io.setOutput,
        postReport: io.postReport,
        info: io.info
    };
}


/***/ })

};
