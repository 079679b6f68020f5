export const id = 541;
export const ids = [541];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 8138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectScenario: () => (/* binding */ collectScenario)
});

// EXTERNAL MODULE: ./src/evaluate/principal.ts
var evaluate_principal = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/scenario/read.ts
var read = __webpack_require__(3268);
// EXTERNAL MODULE: ./src/scenario/errors.ts
var errors = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/scenario/load.ts + 2 modules
var load = __webpack_require__(7526);
// EXTERNAL MODULE: ./src/live/collect-read.ts
var collect_read = __webpack_require__(393);
// EXTERNAL MODULE: ./src/live/collect-iam.ts
var collect_iam = __webpack_require__(132);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var dist_cjs = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/live/collect-kms.ts
/**
 * The KMS keys an SSE-KMS request uses: the key the upload's header names, the bucket's default
 * key, the existing object's key. For each: the key ARN (DescribeKey turns an alias or key id into
 * it) and who manages the key (DescribeKey's KeyMetadata.KeyManager: `AWS` for an AWS managed key
 * such as aws/s3, whose key policy AWS defines and which no other account can use), the key policy
 * ("default" is the only policy name) and the grants.
 *
 * A key ARN or key id is usable by GetKeyPolicy and ListGrants at once, so the three calls run
 * together; an alias needs DescribeKey first ("To specify a KMS key [for GetKeyPolicy], use its key ID
 * or key ARN"): https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html (NextMarker/Truncated)
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html (alias name or alias ARN accepted)
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html (KeyManager: AWS | CUSTOMER)
 * https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
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
        throw new collect_read/* MalformedResponse */.PJ('a grant constraint is not a map');
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'string')
            throw new collect_read/* MalformedResponse */.PJ(`grant constraint ${key} is not a string`);
        out[key] = item;
    }
    return out;
}
function parseGrant(grant, index) {
    if (typeof grant.GranteePrincipal !== 'string' || grant.GranteePrincipal === '')
        throw new collect_read/* MalformedResponse */.PJ(`Grants[${index}] has no GranteePrincipal`);
    if (!Array.isArray(grant.Operations) || grant.Operations.some((item) => typeof item !== 'string'))
        throw new collect_read/* MalformedResponse */.PJ(`Grants[${index}] has no Operations list`);
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
    return reader.read('kms.GetKeyPolicy', (abortSignal) => kms.send(new dist_cjs.GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }), { abortSignal }), (response) => {
        if (typeof response.Policy !== 'string' || response.Policy.trim() === '')
            throw new collect_read/* MalformedResponse */.PJ('no Policy');
        return response.Policy;
    });
}
function readGrants(reader, kms, keyId) {
    return reader.readPages('kms.ListGrants', (marker, abortSignal) => kms.send(new dist_cjs.ListGrantsCommand({ KeyId: keyId, ...(marker !== undefined ? { Marker: marker } : {}) }), { abortSignal }), (response) => {
        if (response.Grants !== undefined && !Array.isArray(response.Grants))
            throw new collect_read/* MalformedResponse */.PJ('Grants is not a list');
        const items = (response.Grants ?? []).map((grant, index) => parseGrant(grant, index));
        const next = response.Truncated === true && typeof response.NextMarker === 'string' && response.NextMarker !== '' ? response.NextMarker : undefined;
        return { items, next };
    });
}
function describe(reader, kms, reference) {
    return reader.read('kms.DescribeKey', (abortSignal) => kms.send(new dist_cjs.DescribeKeyCommand({ KeyId: reference }), { abortSignal }), (response) => {
        const arn = response.KeyMetadata?.Arn;
        if (typeof arn !== 'string' || !isKeyArn(arn))
            throw new collect_read/* MalformedResponse */.PJ('no KeyMetadata.Arn');
        const manager = response.KeyMetadata?.KeyManager;
        return { arn, keyManager: manager === 'AWS' || manager === 'CUSTOMER' ? manager : undefined };
    });
}
/**
 * Reads one key: DescribeKey, GetKeyPolicy and ListGrants at once for a key ARN or id (so knowing
 * the key manager costs no round trip, and a denied DescribeKey loses nothing else); DescribeKey
 * first for an alias.
 */
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
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
 * cached by id, since one SCP is often attached at several levels). The root is known from
 * ListRoots in the first round, so its policies are listed then, without waiting for the walk to
 * reach it: an account directly under the root, or one OU below it, costs no more rounds than
 * the identity's reads.
 */


const MAX_LEVELS = 8; // a root and at most five levels of OUs, with room to spare
async function collectOrganization(reader, organizations, account) {
    const notInUse = (0,collect_read/* absentOn */.hk)(['AWSOrganizationsNotInUseException']);
    const organization = reader.read('organizations.DescribeOrganization', (abortSignal) => organizations.send(new client_organizations_dist_cjs.DescribeOrganizationCommand({}), { abortSignal }), (response) => {
        const id = response.Organization?.Id;
        if (typeof id !== 'string' || id === '')
            throw new collect_read/* MalformedResponse */.PJ('no Organization.Id');
        const management = response.Organization?.MasterAccountId;
        return { id, managementAccount: typeof management === 'string' && management !== '' ? management : undefined };
    }, notInUse);
    const policyTypes = reader.read('organizations.ListRoots', (abortSignal) => organizations.send(new client_organizations_dist_cjs.ListRootsCommand({}), { abortSignal }), (response) => {
        const root = response.Roots?.[0];
        if (root === undefined)
            throw new collect_read/* MalformedResponse */.PJ('no Roots');
        const enabled = (type) => (root.PolicyTypes ?? []).some((summary) => summary.Type === type && summary.Status === 'ENABLED');
        return { scp: enabled('SERVICE_CONTROL_POLICY'), rcp: enabled('RESOURCE_CONTROL_POLICY'), ...(typeof root.Id === 'string' && root.Id !== '' ? { rootId: root.Id } : {}) };
    }, notInUse);
    const contents = new Map();
    const content = (id) => {
        let known = contents.get(id);
        if (known === undefined) {
            known = reader.read('organizations.DescribePolicy', (abortSignal) => organizations.send(new client_organizations_dist_cjs.DescribePolicyCommand({ PolicyId: id }), { abortSignal }), (response) => {
                const text = response.Policy?.Content;
                if (typeof text !== 'string' || text.trim() === '')
                    throw new collect_read/* MalformedResponse */.PJ('no Policy.Content');
                return text;
            });
            contents.set(id, known);
        }
        return known;
    };
    const listed = new Map();
    const levelPolicies = (target, filter) => {
        const id = `${filter} ${target}`;
        let known = listed.get(id);
        if (known === undefined) {
            known = listLevel(target, filter);
            listed.set(id, known);
        }
        return known;
    };
    // The root's policies as soon as ListRoots names it (only when the type is enabled there).
    void policyTypes.then((types) => {
        if (!types.ok || types.value.rootId === undefined)
            return;
        if (types.value.scp)
            void levelPolicies(types.value.rootId, 'SERVICE_CONTROL_POLICY');
        if (types.value.rcp)
            void levelPolicies(types.value.rootId, 'RESOURCE_CONTROL_POLICY');
    });
    const listLevel = (target, filter) => reader
        .readPages('organizations.ListPoliciesForTarget', (token, abortSignal) => organizations.send(new client_organizations_dist_cjs.ListPoliciesForTargetCommand({ TargetId: target, Filter: filter, ...(token !== undefined ? { NextToken: token } : {}) }), { abortSignal }), (response) => {
        if (response.Policies !== undefined && !Array.isArray(response.Policies))
            throw new collect_read/* MalformedResponse */.PJ('Policies is not a list');
        const items = (response.Policies ?? []).map((policy) => {
            if (typeof policy.Id !== 'string')
                throw new collect_read/* MalformedResponse */.PJ('a policy without Id');
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
        const parent = await reader.read('organizations.ListParents', (abortSignal) => organizations.send(new client_organizations_dist_cjs.ListParentsCommand({ ChildId: child }), { abortSignal }), (response) => {
            const found = response.Parents?.[0];
            if (found === undefined || typeof found.Id !== 'string' || (found.Type !== 'ROOT' && found.Type !== 'ORGANIZATIONAL_UNIT'))
                throw new collect_read/* MalformedResponse */.PJ('no Parents[0] with an Id and a Type');
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
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
        throw new collect_read/* MalformedResponse */.PJ('no Owner.ID');
    if (grants !== undefined && !Array.isArray(grants))
        throw new collect_read/* MalformedResponse */.PJ('Grants is not a list');
    return {
        owner: owner.ID,
        grants: (grants ?? []).map((grant, index) => {
            const permission = grant.Permission;
            if (permission === undefined || !PERMISSIONS.includes(permission))
                throw new collect_read/* MalformedResponse */.PJ(`Grants[${index}].Permission is ${JSON.stringify(grant.Permission)}`);
            return { grantee: granteeOf(grant.Grantee, index), permission };
        })
    };
}
function granteeOf(grantee, index) {
    const where = `Grants[${index}].Grantee`;
    switch (grantee?.Type) {
        case 'CanonicalUser':
            if (typeof grantee.ID !== 'string' || grantee.ID === '')
                throw new collect_read/* MalformedResponse */.PJ(`${where} has no ID`);
            return grantee.DisplayName !== undefined ? { type: 'CanonicalUser', id: grantee.ID, displayName: grantee.DisplayName } : { type: 'CanonicalUser', id: grantee.ID };
        case 'Group':
            if (typeof grantee.URI !== 'string')
                throw new collect_read/* MalformedResponse */.PJ(`${where} has no URI`);
            return { type: 'Group', uri: grantee.URI };
        case 'AmazonCustomerByEmail':
            if (typeof grantee.EmailAddress !== 'string')
                throw new collect_read/* MalformedResponse */.PJ(`${where} has no EmailAddress`);
            return { type: 'AmazonCustomerByEmail', emailAddress: grantee.EmailAddress };
        default:
            throw new collect_read/* MalformedResponse */.PJ(`${where}.Type is ${JSON.stringify(grantee?.Type)}`);
    }
}
function parsePublicAccessBlock(config) {
    if (config === undefined || typeof config !== 'object' || config === null)
        throw new collect_read/* MalformedResponse */.PJ('no PublicAccessBlockConfiguration');
    const block = {};
    for (const name of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']) {
        const value = config[name];
        if (value === undefined)
            continue;
        if (typeof value !== 'boolean')
            throw new collect_read/* MalformedResponse */.PJ(`PublicAccessBlockConfiguration.${name} is ${JSON.stringify(value)}`);
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
    throw new collect_read/* MalformedResponse */.PJ(`${where} is ${JSON.stringify(value)}`);
}
function positive(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        throw new collect_read/* MalformedResponse */.PJ(`${where} is ${JSON.stringify(value)}`);
    return value;
}
/** The S3 time value as ISO 8601 UTC without milliseconds. */
function isoTime(value, where) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
        throw new collect_read/* MalformedResponse */.PJ(`${where} is not a time`);
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
                throw new collect_read/* MalformedResponse */.PJ('Buckets is not a list');
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
                throw new collect_read/* MalformedResponse */.PJ('no Policy');
            return response.Policy;
        }, (0,collect_read/* absentOn */.hk)(['NoSuchBucketPolicy'])),
        policyStatus: reader.read('s3.GetBucketPolicyStatus', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketPolicyStatusCommand */.y3E({ Bucket }), { abortSignal }), (response) => {
            const value = response.PolicyStatus?.IsPublic;
            if (typeof value !== 'boolean')
                throw new collect_read/* MalformedResponse */.PJ('no PolicyStatus.IsPublic');
            return value;
        }, (0,collect_read/* absentOn */.hk)(['NoSuchBucketPolicy'])),
        publicAccessBlock: reader.read('s3.GetPublicAccessBlock', (abortSignal) => send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket }), { abortSignal }), (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration), (0,collect_read/* absentOn */.hk)(['NoSuchPublicAccessBlockConfiguration'])),
        accountPublicAccessBlock: Promise.resolve(input.account).then((account) => account === undefined
            ? undefined
            : reader.read('s3control.GetPublicAccessBlock', (abortSignal) => s3control.send(new client_s3_control_dist_cjs.GetPublicAccessBlockCommand({ AccountId: account }), { abortSignal }), (response) => parsePublicAccessBlock(response.PublicAccessBlockConfiguration), (0,collect_read/* absentOn */.hk)(['NoSuchPublicAccessBlockConfiguration']))),
        objectOwnership: reader.read('s3.GetBucketOwnershipControls', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket }), { abortSignal }), (response) => {
            const value = response.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
            if (value === undefined || !OWNERSHIPS.includes(value)) {
                throw new collect_read/* MalformedResponse */.PJ(`no OwnershipControls.Rules[0].ObjectOwnership${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`);
            }
            return value;
        }, (0,collect_read/* absentOn */.hk)(['OwnershipControlsNotFoundError'])),
        acl: reader.read('s3.GetBucketAcl', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketAclCommand */.QPs({ Bucket }), { abortSignal }), (response) => parseAcl(response.Owner, response.Grants)),
        encryption: reader.read('s3.GetBucketEncryption', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket }), { abortSignal }), (response) => {
            const rule = response.ServerSideEncryptionConfiguration?.Rules?.[0];
            const byDefault = rule?.ApplyServerSideEncryptionByDefault;
            const algorithm = byDefault?.SSEAlgorithm;
            if (algorithm === undefined || !ALGORITHMS.includes(algorithm)) {
                throw new collect_read/* MalformedResponse */.PJ(`no ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm${algorithm === undefined ? '' : ` (got ${JSON.stringify(algorithm)})`}`);
            }
            const encryption = { algorithm };
            if (typeof byDefault?.KMSMasterKeyID === 'string' && byDefault.KMSMasterKeyID !== '')
                encryption.kmsKeyArn = byDefault.KMSMasterKeyID;
            if (typeof rule?.BucketKeyEnabled === 'boolean')
                encryption.bucketKeyEnabled = rule.BucketKeyEnabled;
            return encryption;
        }, (0,collect_read/* absentOn */.hk)(['ServerSideEncryptionConfigurationNotFoundError'])),
        versioning: reader.read('s3.GetBucketVersioning', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket }), { abortSignal }), (response) => {
            const status = response.Status;
            if (status === undefined)
                return 'Disabled'; // never versioned: S3 returns no Status element
            if (status === 'Enabled' || status === 'Suspended')
                return status;
            throw new collect_read/* MalformedResponse */.PJ(`Status is ${JSON.stringify(status)}`);
        }),
        objectLock: reader.read('s3.GetObjectLockConfiguration', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectLockConfigurationCommand */.mU1({ Bucket }), { abortSignal }), (response) => {
            const config = response.ObjectLockConfiguration;
            if (config === undefined)
                throw new collect_read/* MalformedResponse */.PJ('no ObjectLockConfiguration');
            const lock = { enabled: config.ObjectLockEnabled === 'Enabled' };
            const retention = config.Rule?.DefaultRetention;
            if (retention !== undefined) {
                const days = positive(retention.Days, 'DefaultRetention.Days');
                const years = positive(retention.Years, 'DefaultRetention.Years');
                lock.defaultRetention = { mode: lockMode(retention.Mode, 'DefaultRetention.Mode'), ...(days !== undefined ? { days } : {}), ...(years !== undefined ? { years } : {}) };
            }
            return lock;
        }, (0,collect_read/* absentOn */.hk)(['ObjectLockConfigurationNotFoundError'])),
        requesterPays: reader.read('s3.GetBucketRequestPayment', (abortSignal) => send(new client_s3_dist_cjs/* GetBucketRequestPaymentCommand */.Tbr({ Bucket }), { abortSignal }), (response) => {
            const payer = response.Payer;
            if (payer === 'Requester')
                return true;
            if (payer === 'BucketOwner')
                return false;
            throw new collect_read/* MalformedResponse */.PJ(`Payer is ${JSON.stringify(payer)}`);
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
                    throw new collect_read/* MalformedResponse */.PJ(`ServerSideEncryption is ${sse} but no SSEKMSKeyId`);
                facts.kmsKeyId = response.SSEKMSKeyId;
            }
            return facts;
        }, (0,collect_read/* absentOn */.hk)(['NotFound', 'NoSuchKey'], true))
            .then((result) => (!result.ok && result.absent ? { ok: true, value: { exists: false } } : result)),
        acl: reader.read('s3.GetObjectAcl', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectAclCommand */.hsf({ Bucket, Key, ...payer }), { abortSignal }), (response) => parseAcl(response.Owner, response.Grants), (0,collect_read/* absentOn */.hk)(['NoSuchKey'], true)),
        tags: reader.read('s3.GetObjectTagging', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectTaggingCommand */.u4b({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            if (!Array.isArray(response.TagSet))
                throw new collect_read/* MalformedResponse */.PJ('no TagSet');
            const tags = {};
            for (const tag of response.TagSet) {
                if (typeof tag.Key !== 'string' || typeof tag.Value !== 'string')
                    throw new collect_read/* MalformedResponse */.PJ('a tag without Key or Value');
                tags[tag.Key] = tag.Value;
            }
            return tags;
        }, (0,collect_read/* absentOn */.hk)(['NoSuchKey', 'NoSuchTagSet'], true)),
        retention: reader.read('s3.GetObjectRetention', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectRetentionCommand */.zsK({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            const retention = response.Retention;
            if (retention === undefined)
                throw new collect_read/* MalformedResponse */.PJ('no Retention');
            return { mode: lockMode(retention.Mode, 'Retention.Mode'), until: isoTime(retention.RetainUntilDate, 'Retention.RetainUntilDate') };
        }, isObjectLockMissing),
        legalHold: reader.read('s3.GetObjectLegalHold', (abortSignal) => send(new client_s3_dist_cjs/* GetObjectLegalHoldCommand */.v5H({ Bucket, Key, ...payer }), { abortSignal }), (response) => {
            const status = response.LegalHold?.Status;
            if (status === 'ON')
                return true;
            if (status === 'OFF')
                return false;
            throw new collect_read/* MalformedResponse */.PJ(`LegalHold.Status is ${JSON.stringify(status)}`);
        }, isObjectLockMissing)
    };
}

// EXTERNAL MODULE: ./src/live/context.ts
var context = __webpack_require__(2749);
// EXTERNAL MODULE: ./src/live/doctor-policy.ts
var doctor_policy = __webpack_require__(7838);
;// CONCATENATED MODULE: ./src/live/collect.ts











/** Ten seconds per attempt at most: an API that has not answered by then is not going to. */
const MAX_ATTEMPT_MS = 10_000;
const ACCOUNT = /^\d{12}$/;
const PRINCIPAL = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+$/;
const IDENTITY_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$/;
class Draft {
    unreadable = [];
    slots = [];
    notes = [];
    /** Records an unreadable layer (and returns the scenario's marker for it). */
    lost(path, result) {
        this.unreadable.push((0,collect_read/* unreadableLayer */.$k)(path, result));
        return { unreadable: result.error };
    }
    /** A fact no permission can read (the reader is told why, with no permission to grant). */
    unknowable(path, error) {
        this.unreadable.push({ path, error, permission: '' });
    }
    slot(path, read, apply) {
        this.slots.push({ path, permission: doctor_policy/* READS */.yT[read].permission, apply });
    }
}
/** IAM's documents stay the strings AWS sent until the loader decodes them (see the module comment). */
function asDocument(text) {
    return text;
}
async function collectScenario(input) {
    const started = Date.now();
    const budgetMs = Math.max(1, input.settings.timeoutSeconds) * 1000;
    const reader = new collect_read/* Reader */.mP({
        attemptTimeoutMs: input.limits?.attemptTimeoutMs ?? Math.min(MAX_ATTEMPT_MS, budgetMs),
        deadline: Date.now() + budgetMs,
        ...(input.limits?.maxAttempts !== undefined ? { maxAttempts: input.limits.maxAttempts } : {}),
        ...(input.sleep !== undefined ? { sleep: input.sleep } : {}),
        ...(input.limits?.random !== undefined ? { random: input.limits.random } : {})
    });
    const { clients, request, settings } = input;
    const draft = new Draft();
    const callerKnown = Promise.resolve(input.caller);
    const accountKnown = callerKnown.then((caller) => (caller !== null && ACCOUNT.test(caller.account) ? caller.account : undefined));
    const headers = lowerCaseKeys(request.headers);
    // Round 1: everything that needs only the request (the S3 reads, the endpoint), and, as soon as
    // the caller is known, its identity, its account's settings and its organization.
    const s3 = startS3Reads(reader, clients.s3, clients.s3control, {
        bucket: request.bucket,
        ...(request.key !== undefined ? { key: request.key } : {}),
        account: accountKnown,
        requestPayer: headers['x-amz-request-payer']?.toLowerCase() === 'requester'
    });
    const principal = callerKnown.then((caller) => resolvePrincipal(reader, clients, caller, s3.ownership, settings.endpointUrl !== undefined, draft));
    const identity = principal.then((found) => collectIdentity(reader, clients, found.arn, found.userName));
    const organization = accountKnown.then((account) => (account !== undefined ? collectOrganization(reader, clients.organizations, account) : undefined));
    const endpoint = readVpcEndpoint(reader, clients, settings, input.network, s3.region, draft);
    const sourceIp = discoverIp(settings, input.network, draft);
    const keys = collectKeys(reader, clients, headers, s3);
    const [caller, account, found, identityResult, orgResult, endpointResult, ip, keyResults] = await Promise.all([callerKnown, accountKnown, principal, identity, organization, endpoint, sourceIp, keys]);
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
    const identityDraft = assembleIdentity(draft, found, identityResult, orgResult, caller);
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
        endpointType(draft, facts, entry);
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
    const built = (0,context/* buildRequestContext */.dx)(contextInput);
    scenario.request.context = built.context;
    if (built.vpcEndpoint !== undefined)
        scenario.request.vpcEndpoint = built.vpcEndpoint;
    const checked = sanitize(scenario, draft);
    return {
        scenario: checked,
        unreadable: draft.unreadable,
        contextNotes: (0,context/* contextNotes */.$f)(checked, built.unknown),
        notes: draft.notes,
        observations,
        stats: { reads: reader.log.length, roundTrips: (0,collect_read/* roundTrips */.R_)(reader.log), elapsedMs: Date.now() - started }
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
    const me = await (0,collect_iam.whoAmI)(reader, clients.iam);
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
    if (PRINCIPAL.test(arn))
        return arn;
    const parts = arn.split(':');
    if (parts.length >= 6 && parts[0] === 'arn') {
        const blanked = [...parts.slice(0, 4), '', ...parts.slice(5)].join(':');
        if (PRINCIPAL.test(blanked)) {
            draft.notes.push(`The caller's ARN ${arn} names an account "${parts[4] ?? ''}" that is not an AWS account id; the scenario records it as ${blanked}.`);
            return blanked;
        }
    }
    draft.unknowable('request.principal', `the caller's ARN ${arn} is not one the scenario format can hold: the principal is a placeholder`);
    return 'arn:aws:iam:::user/unidentified-caller';
}
async function collectIdentity(reader, clients, principal, userName) {
    if (userName !== undefined)
        return (0,collect_iam.collectUser)(reader, clients.iam, userName);
    const caller = (0,evaluate_principal/* parseCaller */.F7)(principal);
    switch (caller.kind) {
        case 'role-session':
            return (0,collect_iam.collectRole)(reader, clients.iam, caller.roleName);
        case 'user':
            return (0,collect_iam.collectUser)(reader, clients.iam, caller.name);
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
        const { readEndpoint } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.bind(__webpack_require__, 2463));
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
    const { detectEndpoint } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.bind(__webpack_require__, 2463));
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
/**
 * DescribeVpcEndpoints' VpcEndpointType into `entry.type`: on a gateway endpoint an account
 * principal in the policy admits only that account's root user, so the evaluator needs it
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policies-gateway).
 * An endpoint whose policy could not be read has no type either: its policy's marker says why.
 */
function endpointType(draft, facts, entry) {
    if (facts.unreadable !== undefined)
        return;
    if (facts.type === 'Gateway' || facts.type === 'Interface') {
        entry.type = facts.type;
    }
    else if (facts.type === undefined) {
        draft.lost('vpcEndpoints[0].type', {
            ok: false,
            absent: false,
            read: 'ec2.DescribeVpcEndpoints',
            failure: 'malformed',
            error: `malformed DescribeVpcEndpoints response: ${facts.id} has no VpcEndpointType; the evaluation reads its policy as an interface endpoint's`
        });
    }
    else {
        draft.notes.push(`${facts.id} is a ${facts.type} endpoint, not a Gateway or Interface endpoint to S3; the snapshot leaves its type out, and the evaluation reads its policy as an interface endpoint's.`);
    }
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
        keyManager(draft, `kmsKeys[${index}].keyManager`, key, entry);
        collect_assign(draft, `kmsKeys[${index}].policy`, 'kms.GetKeyPolicy', key.policy, (value) => (entry.policy = asDocument(value)), (marker) => (entry.policy = marker));
        collect_assign(draft, `kmsKeys[${index}].grants`, 'kms.ListGrants', key.grants, (value) => (entry.grants = value), (marker) => (entry.grants = marker));
        if (key.arn === undefined)
            draft.notes.push(`The KMS key ${key.reference} could not be resolved to a key ARN; the snapshot names it as the request did.`);
        out.push(entry);
    }
    return out;
}
const UNKNOWN_MANAGER = 'whether AWS manages the key is unknown: the snapshot treats it as customer managed, which is wrong only for an AWS managed key (such as aws/s3), whose key policy AWS defines and which no other account can use';
/**
 * DescribeKey's KeyManager into `entry.keyManager`. It has no unreadable marker in the format (a
 * plain enum, absent meaning customer managed), so when DescribeKey failed for a key whose ARN is
 * known anyway, the unknown is recorded as an unreadable layer with the read that would settle it.
 * A key whose alias could not be resolved says so in its policy and grants already.
 */
function keyManager(draft, path, key, entry) {
    const described = key.describe;
    if (described.ok) {
        if (described.value.keyManager !== undefined)
            entry.keyManager = described.value.keyManager;
        else
            draft.lost(path, { ok: false, absent: false, read: 'kms.DescribeKey', failure: 'malformed', error: `malformed DescribeKey response: no KeyMetadata.KeyManager (AWS or CUSTOMER); ${UNKNOWN_MANAGER}` });
        return;
    }
    if (key.arn === undefined)
        return;
    const failure = described.absent ? 'not-found' : described.failure;
    const error = described.absent ? described.code : described.error;
    draft.lost(path, { ok: false, absent: false, read: 'kms.DescribeKey', failure, error: `${error}; ${UNKNOWN_MANAGER}` });
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


/***/ })

};
