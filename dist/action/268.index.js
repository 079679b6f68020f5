export const id = 268;
export const ids = [268,18];
export const modules = {

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ indexPath),
/* harmony export */   Dl: () => (/* binding */ ROOT_PATH),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   tp: () => (/* binding */ ScenarioError)
/* harmony export */ });
/** What the loader reports about a scenario that is not valid: one issue per field, each naming it. */
const ROOT_PATH = '(root)';
/** A scenario that cannot be loaded. `message` lists the issues, one `path: message` per line. */
class ScenarioError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
        this.name = 'ScenarioError';
        this.issues = issues;
    }
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$:-]*$/;
/** `parent.key`, or `parent["key"]` when the key would not read unambiguously after a dot. */
function childPath(parent, key) {
    if (IDENTIFIER.test(key))
        return parent === '' ? key : `${parent}.${key}`;
    return `${parent}[${JSON.stringify(key)}]`;
}
function indexPath(parent, index) {
    return `${parent}[${index}]`;
}
/** The path as shown to a person: the root is `(root)`. */
function displayPath(path) {
    return path === '' ? ROOT_PATH : path;
}
/** A short rendering of a value for "got ..." in messages. */
function preview(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty array' : 'an array';
    switch (typeof value) {
        case 'string': {
            const quoted = JSON.stringify(value);
            return quoted.length > 62 ? `${quoted.slice(0, 58)}..."` : quoted;
        }
        case 'number':
        case 'boolean':
            return String(value);
        case 'object':
            return 'an object';
        case 'undefined':
            return 'undefined';
        default:
            return `a ${typeof value}`;
    }
}


/***/ }),

/***/ 7526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* binding */ loadScenario),
  Mo: () => (/* binding */ parseScenario)
});

// UNUSED EXPORTS: MAX_ISSUES

// EXTERNAL MODULE: ./src/scenario/errors.ts
var errors = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/scenario/policy-document.ts
var policy_document = __webpack_require__(9018);
// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/scenario/schema.ts
/**
 * The JSON Schema (draft 2020-12) of scenario format 1: ../shared/scenario-format.md as a machine check.
 *
 * The loader (./load.ts) decodes policy documents given as JSON strings or URL-encoded JSON
 * before it validates, so this schema sees every policy document as an object.
 *
 * A `description` on a value schema doubles as the "expected ..." phrase of the loader's error
 * messages (`bucket.account: expected a 12-digit account id, got "12345"`), so keep each one a
 * noun phrase that reads after "expected".
 *
 * Sources:
 * - Policy grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 *   (Statement required; a string Principal is only "*"; principal map keys AWS, Federated,
 *   Service, CanonicalUser; Effect is case sensitive).
 * - ACL grantees and permissions: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
 * - Object Ownership: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 */

const ACCOUNT_ID = '^[0-9]{12}$';
/** ISO 8601 / RFC 3339 date-time; the format doc asks for UTC (`Z`) but an explicit offset is unambiguous too. */
const ISO_TIME = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$';
/** `^...$` pattern matching `name` in any letter case (condition key names are case-insensitive). */
function caseInsensitivePattern(name) {
    let out = '^';
    for (const ch of name) {
        const lower = ch.toLowerCase();
        const upper = ch.toUpperCase();
        if (lower !== upper)
            out += `[${lower}${upper}]`;
        else
            out += '^$\\.*+?()[]{}|/'.includes(ch) ? `\\${ch}` : ch;
    }
    return `${out}$`;
}
const nonEmptyString = { type: 'string', minLength: 1 };
const accountId = { type: 'string', pattern: ACCOUNT_ID, description: 'a 12-digit account id' };
/** ACL owners and grantees: a canonical user id, or (as the format allows) the owning account's 12-digit id. */
const accountOrCanonicalId = {
    type: 'string',
    pattern: '^([0-9]{12}|[0-9a-fA-F]{64})$',
    description: 'a 12-digit account id or a 64-hex-digit canonical user id'
};
const isoTime = { type: 'string', pattern: ISO_TIME, description: 'an ISO 8601 time such as 2026-01-15T09:30:00Z' };
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const stringOrStrings = { type: ['string', 'array'], items: { type: 'string' } };
// ---------------------------------------------------------------------------------------------
// Policy grammar
const principalMap = {
    $comment: 'principal map',
    properties: { AWS: stringOrStrings, Service: stringOrStrings, Federated: stringOrStrings, CanonicalUser: stringOrStrings },
    additionalProperties: false
};
const PRINCIPAL_EXPECTED = '"*" or an object with AWS, Service, Federated or CanonicalUser';
const principal = {
    type: ['string', 'object'],
    description: PRINCIPAL_EXPECTED,
    if: { type: 'string' },
    then: { const: '*', description: PRINCIPAL_EXPECTED },
    else: principalMap
};
const conditionValue = {
    type: ['string', 'number', 'boolean', 'array'],
    items: { type: ['string', 'number', 'boolean'], description: 'a string, a number or a boolean' },
    description: 'a string, a number, a boolean or an array of those'
};
/** Operator -> key -> value(s). Operator names and values are checked by the policy parser, not here. */
const condition = {
    type: 'object',
    additionalProperties: {
        type: 'object',
        additionalProperties: conditionValue,
        description: 'an object of condition keys to values'
    },
    description: 'an object of condition operators, such as {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}'
};
/** "has all of `names`" (properties listed too, as ajv's strictRequired wants). */
function present(...names) {
    return { properties: Object.fromEntries(names.map((n) => [n, true])), required: names };
}
const statementSchema = {
    $comment: 'policy grammar',
    type: 'object',
    description: 'a statement object',
    properties: {
        Sid: { type: 'string' },
        Effect: { enum: ['Allow', 'Deny'] },
        Principal: principal,
        NotPrincipal: principal,
        Action: stringOrStrings,
        NotAction: stringOrStrings,
        Resource: stringOrStrings,
        NotResource: stringOrStrings,
        Condition: condition
    },
    required: ['Effect'],
    additionalProperties: false,
    allOf: [
        { anyOf: [present('Action'), present('NotAction')] },
        { not: present('Action', 'NotAction') },
        { not: present('Resource', 'NotResource') },
        { not: present('Principal', 'NotPrincipal') }
    ]
};
const policyDocumentSchema = {
    $comment: 'policy grammar',
    type: 'object',
    description: 'a policy document object',
    properties: {
        Version: { enum: ['2012-10-17', '2008-10-17'] },
        Id: { type: 'string' },
        Statement: {
            type: ['object', 'array'],
            description: 'a statement object or a non-empty array of statements',
            minItems: 1,
            items: { $ref: '#/$defs/statement' },
            if: { type: 'object' },
            then: { $ref: '#/$defs/statement' }
        }
    },
    required: ['Statement'],
    additionalProperties: false
};
// ---------------------------------------------------------------------------------------------
// Layers
const unreadable = {
    type: 'object',
    properties: { unreadable: { type: 'string', description: 'a string saying why the layer could not be read' } },
    required: ['unreadable'],
    additionalProperties: false
};
/** `Readable<T>`: T, or `{"unreadable": "..."}`. if/then/else (not anyOf) so errors come from one branch only. */
function readable(schema) {
    return {
        if: { type: 'object', properties: { unreadable: true }, required: ['unreadable'] },
        then: { $ref: '#/$defs/unreadable' },
        else: schema
    };
}
const namedPolicy = {
    type: 'object',
    properties: {
        name: { type: 'string' },
        document: readable({ $ref: '#/$defs/policyDocument' })
    },
    required: ['name', 'document'],
    additionalProperties: false
};
const policyLevels = {
    type: 'array',
    description: 'an array of levels (root first), each an array of policies',
    items: { type: 'array', items: { $ref: '#/$defs/namedPolicy' } }
};
const publicAccessBlock = {
    type: 'object',
    properties: {
        BlockPublicAcls: { type: 'boolean' },
        IgnorePublicAcls: { type: 'boolean' },
        BlockPublicPolicy: { type: 'boolean' },
        RestrictPublicBuckets: { type: 'boolean' }
    },
    additionalProperties: false
};
const aclGrantee = {
    type: 'object',
    properties: { type: { enum: ['CanonicalUser', 'Group', 'AmazonCustomerByEmail'] } },
    required: ['type'],
    allOf: [
        {
            if: { properties: { type: { const: 'CanonicalUser' } } },
            then: {
                properties: { type: true, id: accountOrCanonicalId, displayName: { type: 'string' } },
                required: ['id'],
                additionalProperties: false
            }
        },
        {
            if: { properties: { type: { const: 'Group' } } },
            then: {
                properties: {
                    type: true,
                    uri: {
                        enum: [
                            'http://acs.amazonaws.com/groups/global/AllUsers',
                            'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
                            'http://acs.amazonaws.com/groups/s3/LogDelivery'
                        ]
                    }
                },
                required: ['uri'],
                additionalProperties: false
            }
        },
        {
            if: { properties: { type: { const: 'AmazonCustomerByEmail' } } },
            then: {
                properties: { type: true, emailAddress: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$', description: 'an email address' } },
                required: ['emailAddress'],
                additionalProperties: false
            }
        }
    ]
};
const acl = {
    type: 'object',
    properties: {
        owner: accountOrCanonicalId,
        grants: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    grantee: aclGrantee,
                    permission: { enum: ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'] }
                },
                required: ['grantee', 'permission'],
                additionalProperties: false
            }
        }
    },
    required: ['owner', 'grants'],
    additionalProperties: false
};
const lockMode = { enum: ['GOVERNANCE', 'COMPLIANCE'] };
const objectState = {
    type: 'object',
    properties: {
        exists: { type: 'boolean' },
        owner: accountOrCanonicalId,
        kmsKeyArn: nonEmptyString,
        acl: readable({ $ref: '#/$defs/acl' }),
        tags: readable(stringMap),
        retention: readable({
            type: 'object',
            properties: { mode: lockMode, until: isoTime },
            required: ['mode', 'until'],
            additionalProperties: false
        }),
        legalHold: readable({ type: 'boolean' })
    },
    additionalProperties: false
};
const bucket = {
    type: 'object',
    properties: {
        name: nonEmptyString,
        account: accountId,
        region: nonEmptyString,
        policy: readable({ $ref: '#/$defs/policyDocument' }),
        publicAccessBlock: readable({ $ref: '#/$defs/publicAccessBlock' }),
        accountPublicAccessBlock: readable({ $ref: '#/$defs/publicAccessBlock' }),
        objectOwnership: readable({ enum: ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'] }),
        acl: readable({ $ref: '#/$defs/acl' }),
        encryption: readable({
            type: 'object',
            properties: {
                algorithm: { enum: ['AES256', 'aws:kms', 'aws:kms:dsse'] },
                kmsKeyArn: nonEmptyString,
                bucketKeyEnabled: { type: 'boolean' }
            },
            required: ['algorithm'],
            additionalProperties: false
        }),
        versioning: readable({ enum: ['Enabled', 'Suspended', 'Disabled'] }),
        objectLock: readable({
            type: 'object',
            properties: {
                enabled: { type: 'boolean' },
                defaultRetention: {
                    type: 'object',
                    properties: {
                        mode: lockMode,
                        days: { type: 'integer', minimum: 1 },
                        years: { type: 'integer', minimum: 1 }
                    },
                    required: ['mode'],
                    additionalProperties: false
                }
            },
            required: ['enabled'],
            additionalProperties: false
        }),
        requesterPays: readable({ type: 'boolean' }),
        objects: { type: 'object', additionalProperties: objectState }
    },
    required: ['name'],
    additionalProperties: false
};
const kmsGrant = {
    type: 'object',
    properties: {
        granteePrincipal: nonEmptyString,
        operations: { type: 'array', items: nonEmptyString },
        retiringPrincipal: nonEmptyString,
        constraints: {
            type: 'object',
            properties: { encryptionContextSubset: stringMap, encryptionContextEquals: stringMap },
            additionalProperties: false
        }
    },
    required: ['granteePrincipal', 'operations'],
    additionalProperties: false
};
const request = {
    type: 'object',
    properties: {
        principal: {
            type: 'string',
            // The account is empty on S3-compatible servers (Ceph RGW: arn:aws:iam:::user/bob). An AWS service
            // principal (cloudfront.amazonaws.com) is the caller when a service reads or writes on its own behalf.
            pattern: '^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$',
            description: '"anonymous", an ARN such as arn:aws:sts::123456789012:assumed-role/name/session, or a service principal such as cloudfront.amazonaws.com'
        },
        action: {
            type: 'string',
            pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9]+$',
            description: 'one IAM action such as s3:PutObject'
        },
        bucket: nonEmptyString,
        key: { type: 'string' },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        context: {
            type: 'object',
            patternProperties: { [caseInsensitivePattern('aws:CurrentTime')]: isoTime },
            additionalProperties: { type: ['string', 'array'], items: { type: 'string' } }
        },
        vpcEndpoint: nonEmptyString,
        /** The bucket policy a s3:PutBucketPolicy request sends (Block Public Access checks it at write time). */
        policy: { $ref: '#/$defs/policyDocument' },
        /** The S3 API operation when the IAM action does not tell (HeadObject, CreateMultipartUpload...). */
        operation: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]+$', description: 'an S3 API operation name such as HeadObject or CreateMultipartUpload' }
    },
    required: ['principal', 'action', 'bucket'],
    additionalProperties: false
};
const identity = {
    type: 'object',
    properties: {
        arn: {
            type: 'string',
            pattern: '^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$',
            description: 'an ARN such as arn:aws:iam::123456789012:role/path/name'
        },
        tags: stringMap,
        policies: readable({ type: 'array', items: { $ref: '#/$defs/namedPolicy' } }),
        permissionsBoundary: readable({ $ref: '#/$defs/namedPolicy' }),
        sessionPolicies: readable({ type: 'array', items: { $ref: '#/$defs/namedPolicy' } }),
        orgId: nonEmptyString,
        orgPaths: { type: 'array', items: { type: 'string' } }
    },
    additionalProperties: false
};
const organization = {
    type: 'object',
    properties: {
        serviceControlPolicies: readable(policyLevels),
        resourceControlPolicies: readable(policyLevels),
        managementAccount: accountId
    },
    additionalProperties: false
};
const POLICY_TYPE_NAMES = types/* POLICY_TYPES */.t;
const expect = {
    type: 'object',
    properties: {
        decision: { enum: ['allow', 'deny'] },
        denial: {
            type: 'object',
            properties: {
                kind: { enum: ['explicit', 'implicit'] },
                policyType: { enum: POLICY_TYPE_NAMES },
                statement: { type: ['string', 'null'] },
                action: nonEmptyString
            },
            required: ['policyType'],
            additionalProperties: false
        }
    },
    required: ['decision'],
    additionalProperties: false
};
/** How ajv compiles the schema: every error (allErrors), with the schema beside each (verbose). */
const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };
const scenarioSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:s3-403-doctor:scenario:1',
    title: 's3-403-doctor scenario, format 1',
    description: 'a scenario object',
    type: 'object',
    properties: {
        version: { const: 1 },
        name: { type: 'string' },
        source: { type: 'string' },
        request,
        identity,
        organization,
        bucket,
        kmsKeys: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    arn: nonEmptyString,
                    /** Aliases of the key (`alias/ci-key`), so a request header naming an alias finds it. */
                    aliases: { type: 'array', items: { type: 'string', pattern: '^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$', description: 'a KMS alias such as alias/ci-key' } },
                    /** DescribeKey's KeyManager: AWS for an AWS managed key (aws/s3). */
                    keyManager: { enum: ['AWS', 'CUSTOMER'] },
                    policy: readable({ $ref: '#/$defs/policyDocument' }),
                    grants: readable({ type: 'array', items: kmsGrant })
                },
                required: ['arn'],
                additionalProperties: false
            }
        },
        vpcEndpoints: {
            type: 'array',
            items: {
                type: 'object',
                /** type: DescribeVpcEndpoints' VpcEndpointType; it changes what an account principal means in the policy. */
                properties: { id: nonEmptyString, type: { enum: ['Gateway', 'Interface'] }, policy: readable({ $ref: '#/$defs/policyDocument' }) },
                required: ['id'],
                additionalProperties: false
            }
        },
        expect
    },
    required: ['version', 'request'],
    additionalProperties: false,
    $defs: {
        policyDocument: policyDocumentSchema,
        statement: statementSchema,
        namedPolicy,
        unreadable,
        publicAccessBlock,
        acl
    }
};
function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const child of Object.values(value))
        deepFreeze(child);
}
deepFreeze(scenarioSchema);
/**
 * What an object schema is, by its `$comment` (a value, not the object's identity: the validator is
 * compiled ahead of time with copies of the schema). The policy grammar's unknown keys are
 * "elements" in error messages, the principal map's "principal types".
 */
const SCHEMA_ROLE = { policyGrammar: statementSchema.$comment, principalMap: principalMap.$comment };

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/scenario/validate-scenario.generated.ts
// @ts-nocheck
// Generated by scripts/compile-scenario-schema.ts (npm run schema) from src/scenario/schema.ts: do not edit.

"use strict";
const validate = validate20;
/* harmony default export */ const validate_scenario_generated = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:s3-403-doctor:scenario:1", "title": "s3-403-doctor scenario, format 1", "description": "a scenario object", "type": "object", "properties": { "version": { "const": 1 }, "name": { "type": "string" }, "source": { "type": "string" }, "request": { "type": "object", "properties": { "principal": { "type": "string", "pattern": "^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$", "description": "\"anonymous\", an ARN such as arn:aws:sts::123456789012:assumed-role/name/session, or a service principal such as cloudfront.amazonaws.com" }, "action": { "type": "string", "pattern": "^[A-Za-z0-9-]+:[A-Za-z0-9]+$", "description": "one IAM action such as s3:PutObject" }, "bucket": { "type": "string", "minLength": 1 }, "key": { "type": "string" }, "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "context": { "type": "object", "patternProperties": { "^[aA][wW][sS]:[cC][uU][rR][rR][eE][nN][tT][tT][iI][mM][eE]$": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", "description": "an ISO 8601 time such as 2026-01-15T09:30:00Z" } }, "additionalProperties": { "type": ["string", "array"], "items": { "type": "string" } } }, "vpcEndpoint": { "type": "string", "minLength": 1 }, "policy": { "$ref": "#/$defs/policyDocument" }, "operation": { "type": "string", "pattern": "^[A-Z][A-Za-z0-9]+$", "description": "an S3 API operation name such as HeadObject or CreateMultipartUpload" } }, "required": ["principal", "action", "bucket"], "additionalProperties": false }, "identity": { "type": "object", "properties": { "arn": { "type": "string", "pattern": "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$", "description": "an ARN such as arn:aws:iam::123456789012:role/path/name" }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "policies": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "array", "items": { "$ref": "#/$defs/namedPolicy" } } }, "permissionsBoundary": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/namedPolicy" } }, "sessionPolicies": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "array", "items": { "$ref": "#/$defs/namedPolicy" } } }, "orgId": { "type": "string", "minLength": 1 }, "orgPaths": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }, "organization": { "type": "object", "properties": { "serviceControlPolicies": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "array", "description": "an array of levels (root first), each an array of policies", "items": { "type": "array", "items": { "$ref": "#/$defs/namedPolicy" } } } }, "resourceControlPolicies": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "array", "description": "an array of levels (root first), each an array of policies", "items": { "type": "array", "items": { "$ref": "#/$defs/namedPolicy" } } } }, "managementAccount": { "type": "string", "pattern": "^[0-9]{12}$", "description": "a 12-digit account id" } }, "additionalProperties": false }, "bucket": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1 }, "account": { "type": "string", "pattern": "^[0-9]{12}$", "description": "a 12-digit account id" }, "region": { "type": "string", "minLength": 1 }, "policy": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/policyDocument" } }, "publicAccessBlock": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/publicAccessBlock" } }, "accountPublicAccessBlock": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/publicAccessBlock" } }, "objectOwnership": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "enum": ["BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"] } }, "acl": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/acl" } }, "encryption": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "object", "properties": { "algorithm": { "enum": ["AES256", "aws:kms", "aws:kms:dsse"] }, "kmsKeyArn": { "type": "string", "minLength": 1 }, "bucketKeyEnabled": { "type": "boolean" } }, "required": ["algorithm"], "additionalProperties": false } }, "versioning": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "enum": ["Enabled", "Suspended", "Disabled"] } }, "objectLock": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "defaultRetention": { "type": "object", "properties": { "mode": { "enum": ["GOVERNANCE", "COMPLIANCE"] }, "days": { "type": "integer", "minimum": 1 }, "years": { "type": "integer", "minimum": 1 } }, "required": ["mode"], "additionalProperties": false } }, "required": ["enabled"], "additionalProperties": false } }, "requesterPays": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "boolean" } }, "objects": { "type": "object", "additionalProperties": { "type": "object", "properties": { "exists": { "type": "boolean" }, "owner": { "type": "string", "pattern": "^([0-9]{12}|[0-9a-fA-F]{64})$", "description": "a 12-digit account id or a 64-hex-digit canonical user id" }, "kmsKeyArn": { "type": "string", "minLength": 1 }, "acl": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/acl" } }, "tags": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "object", "additionalProperties": { "type": "string" } } }, "retention": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "object", "properties": { "mode": { "enum": ["GOVERNANCE", "COMPLIANCE"] }, "until": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", "description": "an ISO 8601 time such as 2026-01-15T09:30:00Z" } }, "required": ["mode", "until"], "additionalProperties": false } }, "legalHold": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "boolean" } } }, "additionalProperties": false } } }, "required": ["name"], "additionalProperties": false }, "kmsKeys": { "type": "array", "items": { "type": "object", "properties": { "arn": { "type": "string", "minLength": 1 }, "aliases": { "type": "array", "items": { "type": "string", "pattern": "^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$", "description": "a KMS alias such as alias/ci-key" } }, "keyManager": { "enum": ["AWS", "CUSTOMER"] }, "policy": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/policyDocument" } }, "grants": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "type": "array", "items": { "type": "object", "properties": { "granteePrincipal": { "type": "string", "minLength": 1 }, "operations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "retiringPrincipal": { "type": "string", "minLength": 1 }, "constraints": { "type": "object", "properties": { "encryptionContextSubset": { "type": "object", "additionalProperties": { "type": "string" } }, "encryptionContextEquals": { "type": "object", "additionalProperties": { "type": "string" } } }, "additionalProperties": false } }, "required": ["granteePrincipal", "operations"], "additionalProperties": false } } } }, "required": ["arn"], "additionalProperties": false } }, "vpcEndpoints": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string", "minLength": 1 }, "type": { "enum": ["Gateway", "Interface"] }, "policy": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/policyDocument" } } }, "required": ["id"], "additionalProperties": false } }, "expect": { "type": "object", "properties": { "decision": { "enum": ["allow", "deny"] }, "denial": { "type": "object", "properties": { "kind": { "enum": ["explicit", "implicit"] }, "policyType": { "enum": ["service-control-policy", "resource-control-policy", "identity-based-policy", "resource-based-policy", "permissions-boundary", "session-policy", "vpc-endpoint-policy", "block-public-access", "acl", "object-ownership", "object-lock", "requester-pays", "missing-list-permission"] }, "statement": { "type": ["string", "null"] }, "action": { "type": "string", "minLength": 1 } }, "required": ["policyType"], "additionalProperties": false } }, "required": ["decision"], "additionalProperties": false } }, "required": ["version", "request"], "additionalProperties": false, "$defs": { "policyDocument": { "$comment": "policy grammar", "type": "object", "description": "a policy document object", "properties": { "Version": { "enum": ["2012-10-17", "2008-10-17"] }, "Id": { "type": "string" }, "Statement": { "type": ["object", "array"], "description": "a statement object or a non-empty array of statements", "minItems": 1, "items": { "$ref": "#/$defs/statement" }, "if": { "type": "object" }, "then": { "$ref": "#/$defs/statement" } } }, "required": ["Statement"], "additionalProperties": false }, "statement": { "$comment": "policy grammar", "type": "object", "description": "a statement object", "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Principal": { "type": ["string", "object"], "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser", "if": { "type": "string" }, "then": { "const": "*", "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser" }, "else": { "$comment": "principal map", "properties": { "AWS": { "type": ["string", "array"], "items": { "type": "string" } }, "Service": { "type": ["string", "array"], "items": { "type": "string" } }, "Federated": { "type": ["string", "array"], "items": { "type": "string" } }, "CanonicalUser": { "type": ["string", "array"], "items": { "type": "string" } } }, "additionalProperties": false } }, "NotPrincipal": { "type": ["string", "object"], "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser", "if": { "type": "string" }, "then": { "const": "*", "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser" }, "else": { "$comment": "principal map", "properties": { "AWS": { "type": ["string", "array"], "items": { "type": "string" } }, "Service": { "type": ["string", "array"], "items": { "type": "string" } }, "Federated": { "type": ["string", "array"], "items": { "type": "string" } }, "CanonicalUser": { "type": ["string", "array"], "items": { "type": "string" } } }, "additionalProperties": false } }, "Action": { "type": ["string", "array"], "items": { "type": "string" } }, "NotAction": { "type": ["string", "array"], "items": { "type": "string" } }, "Resource": { "type": ["string", "array"], "items": { "type": "string" } }, "NotResource": { "type": ["string", "array"], "items": { "type": "string" } }, "Condition": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "array"], "items": { "type": ["string", "number", "boolean"], "description": "a string, a number or a boolean" }, "description": "a string, a number, a boolean or an array of those" }, "description": "an object of condition keys to values" }, "description": "an object of condition operators, such as {\"StringEquals\": {\"aws:SourceVpce\": \"vpce-1a2b3c4d\"}}" } }, "required": ["Effect"], "additionalProperties": false, "allOf": [{ "anyOf": [{ "properties": { "Action": true }, "required": ["Action"] }, { "properties": { "NotAction": true }, "required": ["NotAction"] }] }, { "not": { "properties": { "Action": true, "NotAction": true }, "required": ["Action", "NotAction"] } }, { "not": { "properties": { "Resource": true, "NotResource": true }, "required": ["Resource", "NotResource"] } }, { "not": { "properties": { "Principal": true, "NotPrincipal": true }, "required": ["Principal", "NotPrincipal"] } }] }, "namedPolicy": { "type": "object", "properties": { "name": { "type": "string" }, "document": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/policyDocument" } } }, "required": ["name", "document"], "additionalProperties": false }, "unreadable": { "type": "object", "properties": { "unreadable": { "type": "string", "description": "a string saying why the layer could not be read" } }, "required": ["unreadable"], "additionalProperties": false }, "publicAccessBlock": { "type": "object", "properties": { "BlockPublicAcls": { "type": "boolean" }, "IgnorePublicAcls": { "type": "boolean" }, "BlockPublicPolicy": { "type": "boolean" }, "RestrictPublicBuckets": { "type": "boolean" } }, "additionalProperties": false }, "acl": { "type": "object", "properties": { "owner": { "type": "string", "pattern": "^([0-9]{12}|[0-9a-fA-F]{64})$", "description": "a 12-digit account id or a 64-hex-digit canonical user id" }, "grants": { "type": "array", "items": { "type": "object", "properties": { "grantee": { "type": "object", "properties": { "type": { "enum": ["CanonicalUser", "Group", "AmazonCustomerByEmail"] } }, "required": ["type"], "allOf": [{ "if": { "properties": { "type": { "const": "CanonicalUser" } } }, "then": { "properties": { "type": true, "id": { "type": "string", "pattern": "^([0-9]{12}|[0-9a-fA-F]{64})$", "description": "a 12-digit account id or a 64-hex-digit canonical user id" }, "displayName": { "type": "string" } }, "required": ["id"], "additionalProperties": false } }, { "if": { "properties": { "type": { "const": "Group" } } }, "then": { "properties": { "type": true, "uri": { "enum": ["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "http://acs.amazonaws.com/groups/s3/LogDelivery"] } }, "required": ["uri"], "additionalProperties": false } }, { "if": { "properties": { "type": { "const": "AmazonCustomerByEmail" } } }, "then": { "properties": { "type": true, "emailAddress": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "description": "an email address" } }, "required": ["emailAddress"], "additionalProperties": false } }] }, "permission": { "enum": ["FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP"] } }, "required": ["grantee", "permission"], "additionalProperties": false } } }, "required": ["owner", "grants"], "additionalProperties": false } } };
const schema35 = { "type": "object", "properties": { "unreadable": { "type": "string", "description": "a string saying why the layer could not be read" } }, "required": ["unreadable"], "additionalProperties": false };
const schema44 = { "type": "object", "properties": { "BlockPublicAcls": { "type": "boolean" }, "IgnorePublicAcls": { "type": "boolean" }, "BlockPublicPolicy": { "type": "boolean" }, "RestrictPublicBuckets": { "type": "boolean" } }, "additionalProperties": false };
const schema49 = { "type": "object", "properties": { "owner": { "type": "string", "pattern": "^([0-9]{12}|[0-9a-fA-F]{64})$", "description": "a 12-digit account id or a 64-hex-digit canonical user id" }, "grants": { "type": "array", "items": { "type": "object", "properties": { "grantee": { "type": "object", "properties": { "type": { "enum": ["CanonicalUser", "Group", "AmazonCustomerByEmail"] } }, "required": ["type"], "allOf": [{ "if": { "properties": { "type": { "const": "CanonicalUser" } } }, "then": { "properties": { "type": true, "id": { "type": "string", "pattern": "^([0-9]{12}|[0-9a-fA-F]{64})$", "description": "a 12-digit account id or a 64-hex-digit canonical user id" }, "displayName": { "type": "string" } }, "required": ["id"], "additionalProperties": false } }, { "if": { "properties": { "type": { "const": "Group" } } }, "then": { "properties": { "type": true, "uri": { "enum": ["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "http://acs.amazonaws.com/groups/s3/LogDelivery"] } }, "required": ["uri"], "additionalProperties": false } }, { "if": { "properties": { "type": { "const": "AmazonCustomerByEmail" } } }, "then": { "properties": { "type": true, "emailAddress": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "description": "an email address" } }, "required": ["emailAddress"], "additionalProperties": false } }] }, "permission": { "enum": ["FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP"] } }, "required": ["grantee", "permission"], "additionalProperties": false } } }, "required": ["owner", "grants"], "additionalProperties": false };
const func1 = Object.prototype.hasOwnProperty;
const func3 = typeof ucs2length/* default */.A === 'function' ? ucs2length/* default */.A : ucs2length/* default.default */.A["default"];
const pattern4 = new RegExp("^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9-]+:[A-Za-z0-9]+$", "u");
const pattern6 = new RegExp("^[aA][wW][sS]:[cC][uU][rR][rR][eE][nN][tT][tT][iI][mM][eE]$", "u");
const pattern8 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", "u");
const pattern9 = new RegExp("^[A-Z][A-Za-z0-9]+$", "u");
const pattern10 = new RegExp("^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$", "u");
const pattern11 = new RegExp("^[0-9]{12}$", "u");
const pattern13 = new RegExp("^([0-9]{12}|[0-9a-fA-F]{64})$", "u");
const pattern15 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
const pattern21 = new RegExp("^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$", "u");
const schema32 = { "$comment": "policy grammar", "type": "object", "description": "a policy document object", "properties": { "Version": { "enum": ["2012-10-17", "2008-10-17"] }, "Id": { "type": "string" }, "Statement": { "type": ["object", "array"], "description": "a statement object or a non-empty array of statements", "minItems": 1, "items": { "$ref": "#/$defs/statement" }, "if": { "type": "object" }, "then": { "$ref": "#/$defs/statement" } } }, "required": ["Statement"], "additionalProperties": false };
const schema33 = { "$comment": "policy grammar", "type": "object", "description": "a statement object", "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Principal": { "type": ["string", "object"], "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser", "if": { "type": "string" }, "then": { "const": "*", "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser" }, "else": { "$comment": "principal map", "properties": { "AWS": { "type": ["string", "array"], "items": { "type": "string" } }, "Service": { "type": ["string", "array"], "items": { "type": "string" } }, "Federated": { "type": ["string", "array"], "items": { "type": "string" } }, "CanonicalUser": { "type": ["string", "array"], "items": { "type": "string" } } }, "additionalProperties": false } }, "NotPrincipal": { "type": ["string", "object"], "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser", "if": { "type": "string" }, "then": { "const": "*", "description": "\"*\" or an object with AWS, Service, Federated or CanonicalUser" }, "else": { "$comment": "principal map", "properties": { "AWS": { "type": ["string", "array"], "items": { "type": "string" } }, "Service": { "type": ["string", "array"], "items": { "type": "string" } }, "Federated": { "type": ["string", "array"], "items": { "type": "string" } }, "CanonicalUser": { "type": ["string", "array"], "items": { "type": "string" } } }, "additionalProperties": false } }, "Action": { "type": ["string", "array"], "items": { "type": "string" } }, "NotAction": { "type": ["string", "array"], "items": { "type": "string" } }, "Resource": { "type": ["string", "array"], "items": { "type": "string" } }, "NotResource": { "type": ["string", "array"], "items": { "type": "string" } }, "Condition": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "array"], "items": { "type": ["string", "number", "boolean"], "description": "a string, a number or a boolean" }, "description": "a string, a number, a boolean or an array of those" }, "description": "an object of condition keys to values" }, "description": "an object of condition operators, such as {\"StringEquals\": {\"aws:SourceVpce\": \"vpce-1a2b3c4d\"}}" } }, "required": ["Effect"], "additionalProperties": false, "allOf": [{ "anyOf": [{ "properties": { "Action": true }, "required": ["Action"] }, { "properties": { "NotAction": true }, "required": ["NotAction"] }] }, { "not": { "properties": { "Action": true, "NotAction": true }, "required": ["Action", "NotAction"] } }, { "not": { "properties": { "Resource": true, "NotResource": true }, "required": ["Resource", "NotResource"] } }, { "not": { "properties": { "Principal": true, "NotPrincipal": true }, "required": ["Principal", "NotPrincipal"] } }] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Statement === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property '" + "Statement" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "Version") || (key0 === "Id")) || (key0 === "Statement"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.Version !== undefined) {
            let data0 = data.Version;
            if (!((data0 === "2012-10-17") || (data0 === "2008-10-17"))) {
                const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/enum", keyword: "enum", params: { allowedValues: schema32.properties.Version.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.Version.enum, parentSchema: schema32.properties.Version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.Id !== undefined) {
            let data1 = data.Id;
            if (typeof data1 !== "string") {
                const err3 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.Id.type, parentSchema: schema32.properties.Id, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.Statement !== undefined) {
            let data2 = data.Statement;
            if (!data2 || typeof data2 != "object") {
                const err4 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema32.properties.Statement.type }, message: "must be object,array", schema: schema32.properties.Statement.type, parentSchema: schema32.properties.Statement, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            const _errs8 = errors;
            let valid1 = true;
            const _errs9 = errors;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err5 = {};
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            var _valid0 = _errs9 === errors;
            errors = _errs8;
            if (vErrors !== null) {
                if (_errs8) {
                    vErrors.length = _errs8;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid0) {
                const _errs11 = errors;
                const _errs16 = errors;
                let valid4 = false;
                const _errs17 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.Action === undefined) {
                        const err6 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property '" + "Action" + "'", schema: schema33.allOf[0].anyOf[0].required, parentSchema: schema33.allOf[0].anyOf[0], data: data2 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs17 === errors;
                valid4 = valid4 || _valid1;
                if (_valid1) {
                    var props0 = {};
                    props0.Action = true;
                }
                const _errs18 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.NotAction === undefined) {
                        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "NotAction" }, message: "must have required property '" + "NotAction" + "'", schema: schema33.allOf[0].anyOf[1].required, parentSchema: schema33.allOf[0].anyOf[1], data: data2 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs18 === errors;
                valid4 = valid4 || _valid1;
                if (_valid1) {
                    if (props0 !== true) {
                        props0 = props0 || {};
                        props0.NotAction = true;
                    }
                }
                if (!valid4) {
                    const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.allOf[0].anyOf, parentSchema: schema33.allOf[0], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                else {
                    errors = _errs16;
                    if (vErrors !== null) {
                        if (_errs16) {
                            vErrors.length = _errs16;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                const _errs20 = errors;
                const _errs21 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing0;
                    if (((data2.Action === undefined) && (missing0 = "Action")) || ((data2.NotAction === undefined) && (missing0 = "NotAction"))) {
                        const err9 = {};
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                var valid5 = _errs21 === errors;
                if (valid5) {
                    const err10 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[1].not, parentSchema: schema33.allOf[1], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                else {
                    errors = _errs20;
                    if (vErrors !== null) {
                        if (_errs20) {
                            vErrors.length = _errs20;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                const _errs23 = errors;
                const _errs24 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (((data2.Resource === undefined) && (missing1 = "Resource")) || ((data2.NotResource === undefined) && (missing1 = "NotResource"))) {
                        const err11 = {};
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                var valid6 = _errs24 === errors;
                if (valid6) {
                    const err12 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/2/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[2].not, parentSchema: schema33.allOf[2], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                else {
                    errors = _errs23;
                    if (vErrors !== null) {
                        if (_errs23) {
                            vErrors.length = _errs23;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                const _errs26 = errors;
                const _errs27 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing2;
                    if (((data2.Principal === undefined) && (missing2 = "Principal")) || ((data2.NotPrincipal === undefined) && (missing2 = "NotPrincipal"))) {
                        const err13 = {};
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                var valid7 = _errs27 === errors;
                if (valid7) {
                    const err14 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/allOf/3/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[3].not, parentSchema: schema33.allOf[3], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                else {
                    errors = _errs26;
                    if (vErrors !== null) {
                        if (_errs26) {
                            vErrors.length = _errs26;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.Effect === undefined) {
                        const err15 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property '" + "Effect" + "'", schema: schema33.required, parentSchema: schema33, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    for (const key1 in data2) {
                        if (!(func1.call(schema33.properties, key1))) {
                            const err16 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data2.Sid !== undefined) {
                        let data3 = data2.Sid;
                        if (typeof data3 !== "string") {
                            const err17 = { instancePath: instancePath + "/Statement/Sid", schemaPath: "#/$defs/statement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Sid.type, parentSchema: schema33.properties.Sid, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data2.Effect !== undefined) {
                        let data4 = data2.Effect;
                        if (!((data4 === "Allow") || (data4 === "Deny"))) {
                            const err18 = { instancePath: instancePath + "/Statement/Effect", schemaPath: "#/$defs/statement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema33.properties.Effect.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.Effect.enum, parentSchema: schema33.properties.Effect, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data2.Principal !== undefined) {
                        let data5 = data2.Principal;
                        if ((typeof data5 !== "string") && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))) {
                            const err19 = { instancePath: instancePath + "/Statement/Principal", schemaPath: "#/$defs/statement/properties/Principal/type", keyword: "type", params: { type: schema33.properties.Principal.type }, message: "must be string,object", schema: schema33.properties.Principal.type, parentSchema: schema33.properties.Principal, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        const _errs34 = errors;
                        let valid9 = true;
                        const _errs35 = errors;
                        if (typeof data5 !== "string") {
                            const err20 = {};
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        var _valid2 = _errs35 === errors;
                        errors = _errs34;
                        if (vErrors !== null) {
                            if (_errs34) {
                                vErrors.length = _errs34;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        let ifClause0;
                        if (_valid2) {
                            const _errs37 = errors;
                            if ("*" !== data5) {
                                const err21 = { instancePath: instancePath + "/Statement/Principal", schemaPath: "#/$defs/statement/properties/Principal/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema33.properties.Principal.then, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                            var _valid2 = _errs37 === errors;
                            valid9 = _valid2;
                            ifClause0 = "then";
                        }
                        else {
                            const _errs38 = errors;
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                for (const key2 in data5) {
                                    if (!((((key2 === "AWS") || (key2 === "Service")) || (key2 === "Federated")) || (key2 === "CanonicalUser"))) {
                                        const err22 = { instancePath: instancePath + "/Statement/Principal", schemaPath: "#/$defs/statement/properties/Principal/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.Principal.else, data: data5 };
                                        if (vErrors === null) {
                                            vErrors = [err22];
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                }
                                if (data5.AWS !== undefined) {
                                    let data6 = data5.AWS;
                                    if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
                                        const err23 = { instancePath: instancePath + "/Statement/Principal/AWS", schemaPath: "#/$defs/statement/properties/Principal/else/properties/AWS/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.AWS.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.AWS.type, parentSchema: schema33.properties.Principal.else.properties.AWS, data: data6 };
                                        if (vErrors === null) {
                                            vErrors = [err23];
                                        }
                                        else {
                                            vErrors.push(err23);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data6)) {
                                        const len0 = data6.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            let data7 = data6[i0];
                                            if (typeof data7 !== "string") {
                                                const err24 = { instancePath: instancePath + "/Statement/Principal/AWS/" + i0, schemaPath: "#/$defs/statement/properties/Principal/else/properties/AWS/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.AWS.items.type, parentSchema: schema33.properties.Principal.else.properties.AWS.items, data: data7 };
                                                if (vErrors === null) {
                                                    vErrors = [err24];
                                                }
                                                else {
                                                    vErrors.push(err24);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data5.Service !== undefined) {
                                    let data8 = data5.Service;
                                    if ((typeof data8 !== "string") && (!(Array.isArray(data8)))) {
                                        const err25 = { instancePath: instancePath + "/Statement/Principal/Service", schemaPath: "#/$defs/statement/properties/Principal/else/properties/Service/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.Service.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.Service.type, parentSchema: schema33.properties.Principal.else.properties.Service, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err25];
                                        }
                                        else {
                                            vErrors.push(err25);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data8)) {
                                        const len1 = data8.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            let data9 = data8[i1];
                                            if (typeof data9 !== "string") {
                                                const err26 = { instancePath: instancePath + "/Statement/Principal/Service/" + i1, schemaPath: "#/$defs/statement/properties/Principal/else/properties/Service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.Service.items.type, parentSchema: schema33.properties.Principal.else.properties.Service.items, data: data9 };
                                                if (vErrors === null) {
                                                    vErrors = [err26];
                                                }
                                                else {
                                                    vErrors.push(err26);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data5.Federated !== undefined) {
                                    let data10 = data5.Federated;
                                    if ((typeof data10 !== "string") && (!(Array.isArray(data10)))) {
                                        const err27 = { instancePath: instancePath + "/Statement/Principal/Federated", schemaPath: "#/$defs/statement/properties/Principal/else/properties/Federated/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.Federated.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.Federated.type, parentSchema: schema33.properties.Principal.else.properties.Federated, data: data10 };
                                        if (vErrors === null) {
                                            vErrors = [err27];
                                        }
                                        else {
                                            vErrors.push(err27);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data10)) {
                                        const len2 = data10.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                            let data11 = data10[i2];
                                            if (typeof data11 !== "string") {
                                                const err28 = { instancePath: instancePath + "/Statement/Principal/Federated/" + i2, schemaPath: "#/$defs/statement/properties/Principal/else/properties/Federated/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.Federated.items.type, parentSchema: schema33.properties.Principal.else.properties.Federated.items, data: data11 };
                                                if (vErrors === null) {
                                                    vErrors = [err28];
                                                }
                                                else {
                                                    vErrors.push(err28);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data5.CanonicalUser !== undefined) {
                                    let data12 = data5.CanonicalUser;
                                    if ((typeof data12 !== "string") && (!(Array.isArray(data12)))) {
                                        const err29 = { instancePath: instancePath + "/Statement/Principal/CanonicalUser", schemaPath: "#/$defs/statement/properties/Principal/else/properties/CanonicalUser/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.CanonicalUser.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.CanonicalUser.type, parentSchema: schema33.properties.Principal.else.properties.CanonicalUser, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data12)) {
                                        const len3 = data12.length;
                                        for (let i3 = 0; i3 < len3; i3++) {
                                            let data13 = data12[i3];
                                            if (typeof data13 !== "string") {
                                                const err30 = { instancePath: instancePath + "/Statement/Principal/CanonicalUser/" + i3, schemaPath: "#/$defs/statement/properties/Principal/else/properties/CanonicalUser/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.CanonicalUser.items.type, parentSchema: schema33.properties.Principal.else.properties.CanonicalUser.items, data: data13 };
                                                if (vErrors === null) {
                                                    vErrors = [err30];
                                                }
                                                else {
                                                    vErrors.push(err30);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                            }
                            var _valid2 = _errs38 === errors;
                            valid9 = _valid2;
                            ifClause0 = "else";
                        }
                        if (!valid9) {
                            const err31 = { instancePath: instancePath + "/Statement/Principal", schemaPath: "#/$defs/statement/properties/Principal/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema33.properties.Principal.if, parentSchema: schema33.properties.Principal, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data2.NotPrincipal !== undefined) {
                        let data14 = data2.NotPrincipal;
                        if ((typeof data14 !== "string") && (!(data14 && typeof data14 == "object" && !Array.isArray(data14)))) {
                            const err32 = { instancePath: instancePath + "/Statement/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.type }, message: "must be string,object", schema: schema33.properties.NotPrincipal.type, parentSchema: schema33.properties.NotPrincipal, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        const _errs59 = errors;
                        let valid19 = true;
                        const _errs60 = errors;
                        if (typeof data14 !== "string") {
                            const err33 = {};
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        var _valid3 = _errs60 === errors;
                        errors = _errs59;
                        if (vErrors !== null) {
                            if (_errs59) {
                                vErrors.length = _errs59;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        let ifClause1;
                        if (_valid3) {
                            const _errs62 = errors;
                            if ("*" !== data14) {
                                const err34 = { instancePath: instancePath + "/Statement/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema33.properties.NotPrincipal.then, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                            var _valid3 = _errs62 === errors;
                            valid19 = _valid3;
                            ifClause1 = "then";
                        }
                        else {
                            const _errs63 = errors;
                            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                for (const key3 in data14) {
                                    if (!((((key3 === "AWS") || (key3 === "Service")) || (key3 === "Federated")) || (key3 === "CanonicalUser"))) {
                                        const err35 = { instancePath: instancePath + "/Statement/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.NotPrincipal.else, data: data14 };
                                        if (vErrors === null) {
                                            vErrors = [err35];
                                        }
                                        else {
                                            vErrors.push(err35);
                                        }
                                        errors++;
                                    }
                                }
                                if (data14.AWS !== undefined) {
                                    let data15 = data14.AWS;
                                    if ((typeof data15 !== "string") && (!(Array.isArray(data15)))) {
                                        const err36 = { instancePath: instancePath + "/Statement/NotPrincipal/AWS", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/AWS/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.AWS.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.AWS.type, parentSchema: schema33.properties.NotPrincipal.else.properties.AWS, data: data15 };
                                        if (vErrors === null) {
                                            vErrors = [err36];
                                        }
                                        else {
                                            vErrors.push(err36);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data15)) {
                                        const len4 = data15.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                            let data16 = data15[i4];
                                            if (typeof data16 !== "string") {
                                                const err37 = { instancePath: instancePath + "/Statement/NotPrincipal/AWS/" + i4, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/AWS/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.AWS.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.AWS.items, data: data16 };
                                                if (vErrors === null) {
                                                    vErrors = [err37];
                                                }
                                                else {
                                                    vErrors.push(err37);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data14.Service !== undefined) {
                                    let data17 = data14.Service;
                                    if ((typeof data17 !== "string") && (!(Array.isArray(data17)))) {
                                        const err38 = { instancePath: instancePath + "/Statement/NotPrincipal/Service", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Service/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.Service.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.Service.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Service, data: data17 };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data17)) {
                                        const len5 = data17.length;
                                        for (let i5 = 0; i5 < len5; i5++) {
                                            let data18 = data17[i5];
                                            if (typeof data18 !== "string") {
                                                const err39 = { instancePath: instancePath + "/Statement/NotPrincipal/Service/" + i5, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.Service.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Service.items, data: data18 };
                                                if (vErrors === null) {
                                                    vErrors = [err39];
                                                }
                                                else {
                                                    vErrors.push(err39);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data14.Federated !== undefined) {
                                    let data19 = data14.Federated;
                                    if ((typeof data19 !== "string") && (!(Array.isArray(data19)))) {
                                        const err40 = { instancePath: instancePath + "/Statement/NotPrincipal/Federated", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Federated/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.Federated.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.Federated.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Federated, data: data19 };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data19)) {
                                        const len6 = data19.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                            let data20 = data19[i6];
                                            if (typeof data20 !== "string") {
                                                const err41 = { instancePath: instancePath + "/Statement/NotPrincipal/Federated/" + i6, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Federated/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.Federated.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Federated.items, data: data20 };
                                                if (vErrors === null) {
                                                    vErrors = [err41];
                                                }
                                                else {
                                                    vErrors.push(err41);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                if (data14.CanonicalUser !== undefined) {
                                    let data21 = data14.CanonicalUser;
                                    if ((typeof data21 !== "string") && (!(Array.isArray(data21)))) {
                                        const err42 = { instancePath: instancePath + "/Statement/NotPrincipal/CanonicalUser", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/CanonicalUser/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.CanonicalUser.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.type, parentSchema: schema33.properties.NotPrincipal.else.properties.CanonicalUser, data: data21 };
                                        if (vErrors === null) {
                                            vErrors = [err42];
                                        }
                                        else {
                                            vErrors.push(err42);
                                        }
                                        errors++;
                                    }
                                    if (Array.isArray(data21)) {
                                        const len7 = data21.length;
                                        for (let i7 = 0; i7 < len7; i7++) {
                                            let data22 = data21[i7];
                                            if (typeof data22 !== "string") {
                                                const err43 = { instancePath: instancePath + "/Statement/NotPrincipal/CanonicalUser/" + i7, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/CanonicalUser/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.items, data: data22 };
                                                if (vErrors === null) {
                                                    vErrors = [err43];
                                                }
                                                else {
                                                    vErrors.push(err43);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                            }
                            var _valid3 = _errs63 === errors;
                            valid19 = _valid3;
                            ifClause1 = "else";
                        }
                        if (!valid19) {
                            const err44 = { instancePath: instancePath + "/Statement/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema33.properties.NotPrincipal.if, parentSchema: schema33.properties.NotPrincipal, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                    if (data2.Action !== undefined) {
                        let data23 = data2.Action;
                        if ((typeof data23 !== "string") && (!(Array.isArray(data23)))) {
                            const err45 = { instancePath: instancePath + "/Statement/Action", schemaPath: "#/$defs/statement/properties/Action/type", keyword: "type", params: { type: schema33.properties.Action.type }, message: "must be string,array", schema: schema33.properties.Action.type, parentSchema: schema33.properties.Action, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        if (Array.isArray(data23)) {
                            const len8 = data23.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                                let data24 = data23[i8];
                                if (typeof data24 !== "string") {
                                    const err46 = { instancePath: instancePath + "/Statement/Action/" + i8, schemaPath: "#/$defs/statement/properties/Action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Action.items.type, parentSchema: schema33.properties.Action.items, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data2.NotAction !== undefined) {
                        let data25 = data2.NotAction;
                        if ((typeof data25 !== "string") && (!(Array.isArray(data25)))) {
                            const err47 = { instancePath: instancePath + "/Statement/NotAction", schemaPath: "#/$defs/statement/properties/NotAction/type", keyword: "type", params: { type: schema33.properties.NotAction.type }, message: "must be string,array", schema: schema33.properties.NotAction.type, parentSchema: schema33.properties.NotAction, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        if (Array.isArray(data25)) {
                            const len9 = data25.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                                let data26 = data25[i9];
                                if (typeof data26 !== "string") {
                                    const err48 = { instancePath: instancePath + "/Statement/NotAction/" + i9, schemaPath: "#/$defs/statement/properties/NotAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotAction.items.type, parentSchema: schema33.properties.NotAction.items, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data2.Resource !== undefined) {
                        let data27 = data2.Resource;
                        if ((typeof data27 !== "string") && (!(Array.isArray(data27)))) {
                            const err49 = { instancePath: instancePath + "/Statement/Resource", schemaPath: "#/$defs/statement/properties/Resource/type", keyword: "type", params: { type: schema33.properties.Resource.type }, message: "must be string,array", schema: schema33.properties.Resource.type, parentSchema: schema33.properties.Resource, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (Array.isArray(data27)) {
                            const len10 = data27.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data28 = data27[i10];
                                if (typeof data28 !== "string") {
                                    const err50 = { instancePath: instancePath + "/Statement/Resource/" + i10, schemaPath: "#/$defs/statement/properties/Resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Resource.items.type, parentSchema: schema33.properties.Resource.items, data: data28 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data2.NotResource !== undefined) {
                        let data29 = data2.NotResource;
                        if ((typeof data29 !== "string") && (!(Array.isArray(data29)))) {
                            const err51 = { instancePath: instancePath + "/Statement/NotResource", schemaPath: "#/$defs/statement/properties/NotResource/type", keyword: "type", params: { type: schema33.properties.NotResource.type }, message: "must be string,array", schema: schema33.properties.NotResource.type, parentSchema: schema33.properties.NotResource, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        if (Array.isArray(data29)) {
                            const len11 = data29.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                                let data30 = data29[i11];
                                if (typeof data30 !== "string") {
                                    const err52 = { instancePath: instancePath + "/Statement/NotResource/" + i11, schemaPath: "#/$defs/statement/properties/NotResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotResource.items.type, parentSchema: schema33.properties.NotResource.items, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data2.Condition !== undefined) {
                        let data31 = data2.Condition;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                            for (const key4 in data31) {
                                let data32 = data31[key4];
                                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                    for (const key5 in data32) {
                                        let data33 = data32[key5];
                                        if ((((typeof data33 !== "string") && (!((typeof data33 == "number") && (isFinite(data33))))) && (typeof data33 !== "boolean")) && (!(Array.isArray(data33)))) {
                                            const err53 = { instancePath: instancePath + "/Statement/Condition/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema33.properties.Condition.additionalProperties.additionalProperties.type }, message: "must be string,number,boolean,array", schema: schema33.properties.Condition.additionalProperties.additionalProperties.type, parentSchema: schema33.properties.Condition.additionalProperties.additionalProperties, data: data33 };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data33)) {
                                            const len12 = data33.length;
                                            for (let i12 = 0; i12 < len12; i12++) {
                                                let data34 = data33[i12];
                                                if (((typeof data34 !== "string") && (!((typeof data34 == "number") && (isFinite(data34))))) && (typeof data34 !== "boolean")) {
                                                    const err54 = { instancePath: instancePath + "/Statement/Condition/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i12, schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema33.properties.Condition.additionalProperties.additionalProperties.items.type }, message: "must be string,number,boolean", schema: schema33.properties.Condition.additionalProperties.additionalProperties.items.type, parentSchema: schema33.properties.Condition.additionalProperties.additionalProperties.items, data: data34 };
                                                    if (vErrors === null) {
                                                        vErrors = [err54];
                                                    }
                                                    else {
                                                        vErrors.push(err54);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err55 = { instancePath: instancePath + "/Statement/Condition/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.Condition.additionalProperties.type, parentSchema: schema33.properties.Condition.additionalProperties, data: data32 };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err56 = { instancePath: instancePath + "/Statement/Condition", schemaPath: "#/$defs/statement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.Condition.type, parentSchema: schema33.properties.Condition, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err57 = { instancePath: instancePath + "/Statement", schemaPath: "#/$defs/statement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                var _valid0 = _errs11 === errors;
                valid1 = _valid0;
            }
            if (!valid1) {
                const err58 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema32.properties.Statement.if, parentSchema: schema32.properties.Statement, data: data2 };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err59 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.Statement, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                const len13 = data2.length;
                for (let i13 = 0; i13 < len13; i13++) {
                    let data35 = data2[i13];
                    const _errs113 = errors;
                    let valid45 = false;
                    const _errs114 = errors;
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        if (data35.Action === undefined) {
                            const err60 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property '" + "Action" + "'", schema: schema33.allOf[0].anyOf[0].required, parentSchema: schema33.allOf[0].anyOf[0], data: data35 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                    var _valid4 = _errs114 === errors;
                    valid45 = valid45 || _valid4;
                    if (_valid4) {
                        var props4 = {};
                        props4.Action = true;
                    }
                    const _errs115 = errors;
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        if (data35.NotAction === undefined) {
                            const err61 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "NotAction" }, message: "must have required property '" + "NotAction" + "'", schema: schema33.allOf[0].anyOf[1].required, parentSchema: schema33.allOf[0].anyOf[1], data: data35 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                    var _valid4 = _errs115 === errors;
                    valid45 = valid45 || _valid4;
                    if (_valid4) {
                        if (props4 !== true) {
                            props4 = props4 || {};
                            props4.NotAction = true;
                        }
                    }
                    if (!valid45) {
                        const err62 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.allOf[0].anyOf, parentSchema: schema33.allOf[0], data: data35 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs113;
                        if (vErrors !== null) {
                            if (_errs113) {
                                vErrors.length = _errs113;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    const _errs117 = errors;
                    const _errs118 = errors;
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        let missing3;
                        if (((data35.Action === undefined) && (missing3 = "Action")) || ((data35.NotAction === undefined) && (missing3 = "NotAction"))) {
                            const err63 = {};
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                    }
                    var valid46 = _errs118 === errors;
                    if (valid46) {
                        const err64 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[1].not, parentSchema: schema33.allOf[1], data: data35 };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs117;
                        if (vErrors !== null) {
                            if (_errs117) {
                                vErrors.length = _errs117;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    const _errs120 = errors;
                    const _errs121 = errors;
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        let missing4;
                        if (((data35.Resource === undefined) && (missing4 = "Resource")) || ((data35.NotResource === undefined) && (missing4 = "NotResource"))) {
                            const err65 = {};
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                    var valid47 = _errs121 === errors;
                    if (valid47) {
                        const err66 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/2/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[2].not, parentSchema: schema33.allOf[2], data: data35 };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs120;
                        if (vErrors !== null) {
                            if (_errs120) {
                                vErrors.length = _errs120;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    const _errs123 = errors;
                    const _errs124 = errors;
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        let missing5;
                        if (((data35.Principal === undefined) && (missing5 = "Principal")) || ((data35.NotPrincipal === undefined) && (missing5 = "NotPrincipal"))) {
                            const err67 = {};
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                    var valid48 = _errs124 === errors;
                    if (valid48) {
                        const err68 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/allOf/3/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.allOf[3].not, parentSchema: schema33.allOf[3], data: data35 };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs123;
                        if (vErrors !== null) {
                            if (_errs123) {
                                vErrors.length = _errs123;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                        if (data35.Effect === undefined) {
                            const err69 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property '" + "Effect" + "'", schema: schema33.required, parentSchema: schema33, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        for (const key6 in data35) {
                            if (!(func1.call(schema33.properties, key6))) {
                                const err70 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        if (data35.Sid !== undefined) {
                            let data36 = data35.Sid;
                            if (typeof data36 !== "string") {
                                const err71 = { instancePath: instancePath + "/Statement/" + i13 + "/Sid", schemaPath: "#/$defs/statement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Sid.type, parentSchema: schema33.properties.Sid, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data35.Effect !== undefined) {
                            let data37 = data35.Effect;
                            if (!((data37 === "Allow") || (data37 === "Deny"))) {
                                const err72 = { instancePath: instancePath + "/Statement/" + i13 + "/Effect", schemaPath: "#/$defs/statement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema33.properties.Effect.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.Effect.enum, parentSchema: schema33.properties.Effect, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data35.Principal !== undefined) {
                            let data38 = data35.Principal;
                            if ((typeof data38 !== "string") && (!(data38 && typeof data38 == "object" && !Array.isArray(data38)))) {
                                const err73 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal", schemaPath: "#/$defs/statement/properties/Principal/type", keyword: "type", params: { type: schema33.properties.Principal.type }, message: "must be string,object", schema: schema33.properties.Principal.type, parentSchema: schema33.properties.Principal, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            const _errs131 = errors;
                            let valid50 = true;
                            const _errs132 = errors;
                            if (typeof data38 !== "string") {
                                const err74 = {};
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                            var _valid5 = _errs132 === errors;
                            errors = _errs131;
                            if (vErrors !== null) {
                                if (_errs131) {
                                    vErrors.length = _errs131;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause2;
                            if (_valid5) {
                                const _errs134 = errors;
                                if ("*" !== data38) {
                                    const err75 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal", schemaPath: "#/$defs/statement/properties/Principal/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema33.properties.Principal.then, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                var _valid5 = _errs134 === errors;
                                valid50 = _valid5;
                                ifClause2 = "then";
                            }
                            else {
                                const _errs135 = errors;
                                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                    for (const key7 in data38) {
                                        if (!((((key7 === "AWS") || (key7 === "Service")) || (key7 === "Federated")) || (key7 === "CanonicalUser"))) {
                                            const err76 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal", schemaPath: "#/$defs/statement/properties/Principal/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.Principal.else, data: data38 };
                                            if (vErrors === null) {
                                                vErrors = [err76];
                                            }
                                            else {
                                                vErrors.push(err76);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data38.AWS !== undefined) {
                                        let data39 = data38.AWS;
                                        if ((typeof data39 !== "string") && (!(Array.isArray(data39)))) {
                                            const err77 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/AWS", schemaPath: "#/$defs/statement/properties/Principal/else/properties/AWS/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.AWS.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.AWS.type, parentSchema: schema33.properties.Principal.else.properties.AWS, data: data39 };
                                            if (vErrors === null) {
                                                vErrors = [err77];
                                            }
                                            else {
                                                vErrors.push(err77);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data39)) {
                                            const len14 = data39.length;
                                            for (let i14 = 0; i14 < len14; i14++) {
                                                let data40 = data39[i14];
                                                if (typeof data40 !== "string") {
                                                    const err78 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/AWS/" + i14, schemaPath: "#/$defs/statement/properties/Principal/else/properties/AWS/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.AWS.items.type, parentSchema: schema33.properties.Principal.else.properties.AWS.items, data: data40 };
                                                    if (vErrors === null) {
                                                        vErrors = [err78];
                                                    }
                                                    else {
                                                        vErrors.push(err78);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data38.Service !== undefined) {
                                        let data41 = data38.Service;
                                        if ((typeof data41 !== "string") && (!(Array.isArray(data41)))) {
                                            const err79 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/Service", schemaPath: "#/$defs/statement/properties/Principal/else/properties/Service/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.Service.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.Service.type, parentSchema: schema33.properties.Principal.else.properties.Service, data: data41 };
                                            if (vErrors === null) {
                                                vErrors = [err79];
                                            }
                                            else {
                                                vErrors.push(err79);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data41)) {
                                            const len15 = data41.length;
                                            for (let i15 = 0; i15 < len15; i15++) {
                                                let data42 = data41[i15];
                                                if (typeof data42 !== "string") {
                                                    const err80 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/Service/" + i15, schemaPath: "#/$defs/statement/properties/Principal/else/properties/Service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.Service.items.type, parentSchema: schema33.properties.Principal.else.properties.Service.items, data: data42 };
                                                    if (vErrors === null) {
                                                        vErrors = [err80];
                                                    }
                                                    else {
                                                        vErrors.push(err80);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data38.Federated !== undefined) {
                                        let data43 = data38.Federated;
                                        if ((typeof data43 !== "string") && (!(Array.isArray(data43)))) {
                                            const err81 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/Federated", schemaPath: "#/$defs/statement/properties/Principal/else/properties/Federated/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.Federated.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.Federated.type, parentSchema: schema33.properties.Principal.else.properties.Federated, data: data43 };
                                            if (vErrors === null) {
                                                vErrors = [err81];
                                            }
                                            else {
                                                vErrors.push(err81);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data43)) {
                                            const len16 = data43.length;
                                            for (let i16 = 0; i16 < len16; i16++) {
                                                let data44 = data43[i16];
                                                if (typeof data44 !== "string") {
                                                    const err82 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/Federated/" + i16, schemaPath: "#/$defs/statement/properties/Principal/else/properties/Federated/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.Federated.items.type, parentSchema: schema33.properties.Principal.else.properties.Federated.items, data: data44 };
                                                    if (vErrors === null) {
                                                        vErrors = [err82];
                                                    }
                                                    else {
                                                        vErrors.push(err82);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data38.CanonicalUser !== undefined) {
                                        let data45 = data38.CanonicalUser;
                                        if ((typeof data45 !== "string") && (!(Array.isArray(data45)))) {
                                            const err83 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/CanonicalUser", schemaPath: "#/$defs/statement/properties/Principal/else/properties/CanonicalUser/type", keyword: "type", params: { type: schema33.properties.Principal.else.properties.CanonicalUser.type }, message: "must be string,array", schema: schema33.properties.Principal.else.properties.CanonicalUser.type, parentSchema: schema33.properties.Principal.else.properties.CanonicalUser, data: data45 };
                                            if (vErrors === null) {
                                                vErrors = [err83];
                                            }
                                            else {
                                                vErrors.push(err83);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data45)) {
                                            const len17 = data45.length;
                                            for (let i17 = 0; i17 < len17; i17++) {
                                                let data46 = data45[i17];
                                                if (typeof data46 !== "string") {
                                                    const err84 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal/CanonicalUser/" + i17, schemaPath: "#/$defs/statement/properties/Principal/else/properties/CanonicalUser/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Principal.else.properties.CanonicalUser.items.type, parentSchema: schema33.properties.Principal.else.properties.CanonicalUser.items, data: data46 };
                                                    if (vErrors === null) {
                                                        vErrors = [err84];
                                                    }
                                                    else {
                                                        vErrors.push(err84);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                                var _valid5 = _errs135 === errors;
                                valid50 = _valid5;
                                ifClause2 = "else";
                            }
                            if (!valid50) {
                                const err85 = { instancePath: instancePath + "/Statement/" + i13 + "/Principal", schemaPath: "#/$defs/statement/properties/Principal/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema33.properties.Principal.if, parentSchema: schema33.properties.Principal, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                        }
                        if (data35.NotPrincipal !== undefined) {
                            let data47 = data35.NotPrincipal;
                            if ((typeof data47 !== "string") && (!(data47 && typeof data47 == "object" && !Array.isArray(data47)))) {
                                const err86 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.type }, message: "must be string,object", schema: schema33.properties.NotPrincipal.type, parentSchema: schema33.properties.NotPrincipal, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                            const _errs156 = errors;
                            let valid60 = true;
                            const _errs157 = errors;
                            if (typeof data47 !== "string") {
                                const err87 = {};
                                if (vErrors === null) {
                                    vErrors = [err87];
                                }
                                else {
                                    vErrors.push(err87);
                                }
                                errors++;
                            }
                            var _valid6 = _errs157 === errors;
                            errors = _errs156;
                            if (vErrors !== null) {
                                if (_errs156) {
                                    vErrors.length = _errs156;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause3;
                            if (_valid6) {
                                const _errs159 = errors;
                                if ("*" !== data47) {
                                    const err88 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema33.properties.NotPrincipal.then, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                                var _valid6 = _errs159 === errors;
                                valid60 = _valid6;
                                ifClause3 = "then";
                            }
                            else {
                                const _errs160 = errors;
                                if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                    for (const key8 in data47) {
                                        if (!((((key8 === "AWS") || (key8 === "Service")) || (key8 === "Federated")) || (key8 === "CanonicalUser"))) {
                                            const err89 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.NotPrincipal.else, data: data47 };
                                            if (vErrors === null) {
                                                vErrors = [err89];
                                            }
                                            else {
                                                vErrors.push(err89);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data47.AWS !== undefined) {
                                        let data48 = data47.AWS;
                                        if ((typeof data48 !== "string") && (!(Array.isArray(data48)))) {
                                            const err90 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/AWS", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/AWS/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.AWS.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.AWS.type, parentSchema: schema33.properties.NotPrincipal.else.properties.AWS, data: data48 };
                                            if (vErrors === null) {
                                                vErrors = [err90];
                                            }
                                            else {
                                                vErrors.push(err90);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data48)) {
                                            const len18 = data48.length;
                                            for (let i18 = 0; i18 < len18; i18++) {
                                                let data49 = data48[i18];
                                                if (typeof data49 !== "string") {
                                                    const err91 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/AWS/" + i18, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/AWS/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.AWS.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.AWS.items, data: data49 };
                                                    if (vErrors === null) {
                                                        vErrors = [err91];
                                                    }
                                                    else {
                                                        vErrors.push(err91);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data47.Service !== undefined) {
                                        let data50 = data47.Service;
                                        if ((typeof data50 !== "string") && (!(Array.isArray(data50)))) {
                                            const err92 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/Service", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Service/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.Service.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.Service.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Service, data: data50 };
                                            if (vErrors === null) {
                                                vErrors = [err92];
                                            }
                                            else {
                                                vErrors.push(err92);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data50)) {
                                            const len19 = data50.length;
                                            for (let i19 = 0; i19 < len19; i19++) {
                                                let data51 = data50[i19];
                                                if (typeof data51 !== "string") {
                                                    const err93 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/Service/" + i19, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.Service.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Service.items, data: data51 };
                                                    if (vErrors === null) {
                                                        vErrors = [err93];
                                                    }
                                                    else {
                                                        vErrors.push(err93);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data47.Federated !== undefined) {
                                        let data52 = data47.Federated;
                                        if ((typeof data52 !== "string") && (!(Array.isArray(data52)))) {
                                            const err94 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/Federated", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Federated/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.Federated.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.Federated.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Federated, data: data52 };
                                            if (vErrors === null) {
                                                vErrors = [err94];
                                            }
                                            else {
                                                vErrors.push(err94);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data52)) {
                                            const len20 = data52.length;
                                            for (let i20 = 0; i20 < len20; i20++) {
                                                let data53 = data52[i20];
                                                if (typeof data53 !== "string") {
                                                    const err95 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/Federated/" + i20, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/Federated/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.Federated.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.Federated.items, data: data53 };
                                                    if (vErrors === null) {
                                                        vErrors = [err95];
                                                    }
                                                    else {
                                                        vErrors.push(err95);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    if (data47.CanonicalUser !== undefined) {
                                        let data54 = data47.CanonicalUser;
                                        if ((typeof data54 !== "string") && (!(Array.isArray(data54)))) {
                                            const err96 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/CanonicalUser", schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/CanonicalUser/type", keyword: "type", params: { type: schema33.properties.NotPrincipal.else.properties.CanonicalUser.type }, message: "must be string,array", schema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.type, parentSchema: schema33.properties.NotPrincipal.else.properties.CanonicalUser, data: data54 };
                                            if (vErrors === null) {
                                                vErrors = [err96];
                                            }
                                            else {
                                                vErrors.push(err96);
                                            }
                                            errors++;
                                        }
                                        if (Array.isArray(data54)) {
                                            const len21 = data54.length;
                                            for (let i21 = 0; i21 < len21; i21++) {
                                                let data55 = data54[i21];
                                                if (typeof data55 !== "string") {
                                                    const err97 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal/CanonicalUser/" + i21, schemaPath: "#/$defs/statement/properties/NotPrincipal/else/properties/CanonicalUser/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.items.type, parentSchema: schema33.properties.NotPrincipal.else.properties.CanonicalUser.items, data: data55 };
                                                    if (vErrors === null) {
                                                        vErrors = [err97];
                                                    }
                                                    else {
                                                        vErrors.push(err97);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                                var _valid6 = _errs160 === errors;
                                valid60 = _valid6;
                                ifClause3 = "else";
                            }
                            if (!valid60) {
                                const err98 = { instancePath: instancePath + "/Statement/" + i13 + "/NotPrincipal", schemaPath: "#/$defs/statement/properties/NotPrincipal/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: "must match \"" + ifClause3 + "\" schema", schema: schema33.properties.NotPrincipal.if, parentSchema: schema33.properties.NotPrincipal, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err98];
                                }
                                else {
                                    vErrors.push(err98);
                                }
                                errors++;
                            }
                        }
                        if (data35.Action !== undefined) {
                            let data56 = data35.Action;
                            if ((typeof data56 !== "string") && (!(Array.isArray(data56)))) {
                                const err99 = { instancePath: instancePath + "/Statement/" + i13 + "/Action", schemaPath: "#/$defs/statement/properties/Action/type", keyword: "type", params: { type: schema33.properties.Action.type }, message: "must be string,array", schema: schema33.properties.Action.type, parentSchema: schema33.properties.Action, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                            if (Array.isArray(data56)) {
                                const len22 = data56.length;
                                for (let i22 = 0; i22 < len22; i22++) {
                                    let data57 = data56[i22];
                                    if (typeof data57 !== "string") {
                                        const err100 = { instancePath: instancePath + "/Statement/" + i13 + "/Action/" + i22, schemaPath: "#/$defs/statement/properties/Action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Action.items.type, parentSchema: schema33.properties.Action.items, data: data57 };
                                        if (vErrors === null) {
                                            vErrors = [err100];
                                        }
                                        else {
                                            vErrors.push(err100);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        if (data35.NotAction !== undefined) {
                            let data58 = data35.NotAction;
                            if ((typeof data58 !== "string") && (!(Array.isArray(data58)))) {
                                const err101 = { instancePath: instancePath + "/Statement/" + i13 + "/NotAction", schemaPath: "#/$defs/statement/properties/NotAction/type", keyword: "type", params: { type: schema33.properties.NotAction.type }, message: "must be string,array", schema: schema33.properties.NotAction.type, parentSchema: schema33.properties.NotAction, data: data58 };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                            if (Array.isArray(data58)) {
                                const len23 = data58.length;
                                for (let i23 = 0; i23 < len23; i23++) {
                                    let data59 = data58[i23];
                                    if (typeof data59 !== "string") {
                                        const err102 = { instancePath: instancePath + "/Statement/" + i13 + "/NotAction/" + i23, schemaPath: "#/$defs/statement/properties/NotAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotAction.items.type, parentSchema: schema33.properties.NotAction.items, data: data59 };
                                        if (vErrors === null) {
                                            vErrors = [err102];
                                        }
                                        else {
                                            vErrors.push(err102);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        if (data35.Resource !== undefined) {
                            let data60 = data35.Resource;
                            if ((typeof data60 !== "string") && (!(Array.isArray(data60)))) {
                                const err103 = { instancePath: instancePath + "/Statement/" + i13 + "/Resource", schemaPath: "#/$defs/statement/properties/Resource/type", keyword: "type", params: { type: schema33.properties.Resource.type }, message: "must be string,array", schema: schema33.properties.Resource.type, parentSchema: schema33.properties.Resource, data: data60 };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                            if (Array.isArray(data60)) {
                                const len24 = data60.length;
                                for (let i24 = 0; i24 < len24; i24++) {
                                    let data61 = data60[i24];
                                    if (typeof data61 !== "string") {
                                        const err104 = { instancePath: instancePath + "/Statement/" + i13 + "/Resource/" + i24, schemaPath: "#/$defs/statement/properties/Resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.Resource.items.type, parentSchema: schema33.properties.Resource.items, data: data61 };
                                        if (vErrors === null) {
                                            vErrors = [err104];
                                        }
                                        else {
                                            vErrors.push(err104);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        if (data35.NotResource !== undefined) {
                            let data62 = data35.NotResource;
                            if ((typeof data62 !== "string") && (!(Array.isArray(data62)))) {
                                const err105 = { instancePath: instancePath + "/Statement/" + i13 + "/NotResource", schemaPath: "#/$defs/statement/properties/NotResource/type", keyword: "type", params: { type: schema33.properties.NotResource.type }, message: "must be string,array", schema: schema33.properties.NotResource.type, parentSchema: schema33.properties.NotResource, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                            if (Array.isArray(data62)) {
                                const len25 = data62.length;
                                for (let i25 = 0; i25 < len25; i25++) {
                                    let data63 = data62[i25];
                                    if (typeof data63 !== "string") {
                                        const err106 = { instancePath: instancePath + "/Statement/" + i13 + "/NotResource/" + i25, schemaPath: "#/$defs/statement/properties/NotResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.NotResource.items.type, parentSchema: schema33.properties.NotResource.items, data: data63 };
                                        if (vErrors === null) {
                                            vErrors = [err106];
                                        }
                                        else {
                                            vErrors.push(err106);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        if (data35.Condition !== undefined) {
                            let data64 = data35.Condition;
                            if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                for (const key9 in data64) {
                                    let data65 = data64[key9];
                                    if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                                        for (const key10 in data65) {
                                            let data66 = data65[key10];
                                            if ((((typeof data66 !== "string") && (!((typeof data66 == "number") && (isFinite(data66))))) && (typeof data66 !== "boolean")) && (!(Array.isArray(data66)))) {
                                                const err107 = { instancePath: instancePath + "/Statement/" + i13 + "/Condition/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema33.properties.Condition.additionalProperties.additionalProperties.type }, message: "must be string,number,boolean,array", schema: schema33.properties.Condition.additionalProperties.additionalProperties.type, parentSchema: schema33.properties.Condition.additionalProperties.additionalProperties, data: data66 };
                                                if (vErrors === null) {
                                                    vErrors = [err107];
                                                }
                                                else {
                                                    vErrors.push(err107);
                                                }
                                                errors++;
                                            }
                                            if (Array.isArray(data66)) {
                                                const len26 = data66.length;
                                                for (let i26 = 0; i26 < len26; i26++) {
                                                    let data67 = data66[i26];
                                                    if (((typeof data67 !== "string") && (!((typeof data67 == "number") && (isFinite(data67))))) && (typeof data67 !== "boolean")) {
                                                        const err108 = { instancePath: instancePath + "/Statement/" + i13 + "/Condition/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i26, schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema33.properties.Condition.additionalProperties.additionalProperties.items.type }, message: "must be string,number,boolean", schema: schema33.properties.Condition.additionalProperties.additionalProperties.items.type, parentSchema: schema33.properties.Condition.additionalProperties.additionalProperties.items, data: data67 };
                                                        if (vErrors === null) {
                                                            vErrors = [err108];
                                                        }
                                                        else {
                                                            vErrors.push(err108);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err109 = { instancePath: instancePath + "/Statement/" + i13 + "/Condition/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/statement/properties/Condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.Condition.additionalProperties.type, parentSchema: schema33.properties.Condition.additionalProperties, data: data65 };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err110 = { instancePath: instancePath + "/Statement/" + i13 + "/Condition", schemaPath: "#/$defs/statement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.Condition.type, parentSchema: schema33.properties.Condition, data: data64 };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err111 = { instancePath: instancePath + "/Statement/" + i13, schemaPath: "#/$defs/statement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data35 };
                        if (vErrors === null) {
                            vErrors = [err111];
                        }
                        else {
                            vErrors.push(err111);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err112 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err112];
        }
        else {
            vErrors.push(err112);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema36 = { "type": "object", "properties": { "name": { "type": "string" }, "document": { "if": { "type": "object", "properties": { "unreadable": true }, "required": ["unreadable"] }, "then": { "$ref": "#/$defs/unreadable" }, "else": { "$ref": "#/$defs/policyDocument" } } }, "required": ["name", "document"], "additionalProperties": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate23.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema36.required, parentSchema: schema36, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.document === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property '" + "document" + "'", schema: schema36.required, parentSchema: schema36, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "name") || (key0 === "document"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 !== "string") {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.document !== undefined) {
            let data1 = data.document;
            const _errs5 = errors;
            let valid1 = true;
            const _errs6 = errors;
            if (errors === _errs6) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing0;
                    if ((data1.unreadable === undefined) && (missing0 = "unreadable")) {
                        const err4 = {};
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = {};
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs6 === errors;
            errors = _errs5;
            if (vErrors !== null) {
                if (_errs5) {
                    vErrors.length = _errs5;
                }
                else {
                    vErrors = null;
                }
            }
            let ifClause0;
            if (_valid0) {
                const _errs8 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.unreadable === undefined) {
                        const err6 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    for (const key1 in data1) {
                        if (!(key1 === "unreadable")) {
                            const err7 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data1.unreadable !== undefined) {
                        let data2 = data1.unreadable;
                        if (typeof data2 !== "string") {
                            const err8 = { instancePath: instancePath + "/document/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid0 = _errs8 === errors;
                valid1 = _valid0;
                if (valid1) {
                    var props0 = true;
                }
                ifClause0 = "then";
            }
            else {
                const _errs14 = errors;
                if (!(validate21(data1, { instancePath: instancePath + "/document", parentData: data, parentDataProperty: "document", rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                }
                var _valid0 = _errs14 === errors;
                valid1 = _valid0;
                if (valid1) {
                    if (props0 !== true) {
                        props0 = true;
                    }
                }
                ifClause0 = "else";
            }
            if (!valid1) {
                const err10 = { instancePath: instancePath + "/document", schemaPath: "#/properties/document/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema36.properties.document.if, parentSchema: schema36.properties.document, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="urn:s3-403-doctor:scenario:1" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.request === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property '" + "request" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func1.call(schema31.properties, key0))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 !== "string") {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            let data2 = data.source;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.type, parentSchema: schema31.properties.source, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.request !== undefined) {
            let data3 = data.request;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.principal === undefined) {
                    const err6 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property '" + "principal" + "'", schema: schema31.properties.request.required, parentSchema: schema31.properties.request, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data3.action === undefined) {
                    const err7 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema31.properties.request.required, parentSchema: schema31.properties.request, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data3.bucket === undefined) {
                    const err8 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property '" + "bucket" + "'", schema: schema31.properties.request.required, parentSchema: schema31.properties.request, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                for (const key1 in data3) {
                    if (!(func1.call(schema31.properties.request.properties, key1))) {
                        const err9 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.request, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data3.principal !== undefined) {
                    let data4 = data3.principal;
                    if (typeof data4 === "string") {
                        if (!pattern4.test(data4)) {
                            const err10 = { instancePath: instancePath + "/request/principal", schemaPath: "#/properties/request/properties/principal/pattern", keyword: "pattern", params: { pattern: "^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$" }, message: "must match pattern \"" + "^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$" + "\"", schema: "^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+|[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?)$", parentSchema: schema31.properties.request.properties.principal, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/request/principal", schemaPath: "#/properties/request/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.principal.type, parentSchema: schema31.properties.request.properties.principal, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data3.action !== undefined) {
                    let data5 = data3.action;
                    if (typeof data5 === "string") {
                        if (!pattern5.test(data5)) {
                            const err12 = { instancePath: instancePath + "/request/action", schemaPath: "#/properties/request/properties/action/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+:[A-Za-z0-9]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9-]+:[A-Za-z0-9]+$" + "\"", schema: "^[A-Za-z0-9-]+:[A-Za-z0-9]+$", parentSchema: schema31.properties.request.properties.action, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/request/action", schemaPath: "#/properties/request/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.action.type, parentSchema: schema31.properties.request.properties.action, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data3.bucket !== undefined) {
                    let data6 = data3.bucket;
                    if (typeof data6 === "string") {
                        if (func3(data6) < 1) {
                            const err14 = { instancePath: instancePath + "/request/bucket", schemaPath: "#/properties/request/properties/bucket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.request.properties.bucket, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/request/bucket", schemaPath: "#/properties/request/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.bucket.type, parentSchema: schema31.properties.request.properties.bucket, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data3.key !== undefined) {
                    let data7 = data3.key;
                    if (typeof data7 !== "string") {
                        const err16 = { instancePath: instancePath + "/request/key", schemaPath: "#/properties/request/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.key.type, parentSchema: schema31.properties.request.properties.key, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data3.headers !== undefined) {
                    let data8 = data3.headers;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key2 in data8) {
                            let data9 = data8[key2];
                            if (typeof data9 !== "string") {
                                const err17 = { instancePath: instancePath + "/request/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/request/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.headers.additionalProperties.type, parentSchema: schema31.properties.request.properties.headers.additionalProperties, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/request/headers", schemaPath: "#/properties/request/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.request.properties.headers.type, parentSchema: schema31.properties.request.properties.headers, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data3.context !== undefined) {
                    let data10 = data3.context;
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        for (const key3 in data10) {
                            if (!(pattern6.test(key3))) {
                                let data11 = data10[key3];
                                if ((typeof data11 !== "string") && (!(Array.isArray(data11)))) {
                                    const err19 = { instancePath: instancePath + "/request/context/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/request/properties/context/additionalProperties/type", keyword: "type", params: { type: schema31.properties.request.properties.context.additionalProperties.type }, message: "must be string,array", schema: schema31.properties.request.properties.context.additionalProperties.type, parentSchema: schema31.properties.request.properties.context.additionalProperties, data: data11 };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                                if (Array.isArray(data11)) {
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                        let data12 = data11[i0];
                                        if (typeof data12 !== "string") {
                                            const err20 = { instancePath: instancePath + "/request/context/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/request/properties/context/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.context.additionalProperties.items.type, parentSchema: schema31.properties.request.properties.context.additionalProperties.items, data: data12 };
                                            if (vErrors === null) {
                                                vErrors = [err20];
                                            }
                                            else {
                                                vErrors.push(err20);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                        }
                        for (const key4 in data10) {
                            if (pattern6.test(key4)) {
                                let data13 = data10[key4];
                                if (typeof data13 === "string") {
                                    if (!pattern8.test(data13)) {
                                        const err21 = { instancePath: instancePath + "/request/context/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/request/properties/context/patternProperties/%5E%5BaA%5D%5BwW%5D%5BsS%5D%3A%5BcC%5D%5BuU%5D%5BrR%5D%5BrR%5D%5BeE%5D%5BnN%5D%5BtT%5D%5BtT%5D%5BiI%5D%5BmM%5D%5BeE%5D%24/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"", schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", parentSchema: schema31.properties.request.properties.context.patternProperties["^[aA][wW][sS]:[cC][uU][rR][rR][eE][nN][tT][tT][iI][mM][eE]$"], data: data13 };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err22 = { instancePath: instancePath + "/request/context/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/request/properties/context/patternProperties/%5E%5BaA%5D%5BwW%5D%5BsS%5D%3A%5BcC%5D%5BuU%5D%5BrR%5D%5BrR%5D%5BeE%5D%5BnN%5D%5BtT%5D%5BtT%5D%5BiI%5D%5BmM%5D%5BeE%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.context.patternProperties["^[aA][wW][sS]:[cC][uU][rR][rR][eE][nN][tT][tT][iI][mM][eE]$"].type, parentSchema: schema31.properties.request.properties.context.patternProperties["^[aA][wW][sS]:[cC][uU][rR][rR][eE][nN][tT][tT][iI][mM][eE]$"], data: data13 };
                                    if (vErrors === null) {
                                        vErrors = [err22];
                                    }
                                    else {
                                        vErrors.push(err22);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err23 = { instancePath: instancePath + "/request/context", schemaPath: "#/properties/request/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.request.properties.context.type, parentSchema: schema31.properties.request.properties.context, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data3.vpcEndpoint !== undefined) {
                    let data14 = data3.vpcEndpoint;
                    if (typeof data14 === "string") {
                        if (func3(data14) < 1) {
                            const err24 = { instancePath: instancePath + "/request/vpcEndpoint", schemaPath: "#/properties/request/properties/vpcEndpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.request.properties.vpcEndpoint, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/request/vpcEndpoint", schemaPath: "#/properties/request/properties/vpcEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.vpcEndpoint.type, parentSchema: schema31.properties.request.properties.vpcEndpoint, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data3.policy !== undefined) {
                    if (!(validate21(data3.policy, { instancePath: instancePath + "/request/policy", parentData: data3, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                    }
                }
                if (data3.operation !== undefined) {
                    let data16 = data3.operation;
                    if (typeof data16 === "string") {
                        if (!pattern9.test(data16)) {
                            const err26 = { instancePath: instancePath + "/request/operation", schemaPath: "#/properties/request/properties/operation/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z0-9]+$" }, message: "must match pattern \"" + "^[A-Z][A-Za-z0-9]+$" + "\"", schema: "^[A-Z][A-Za-z0-9]+$", parentSchema: schema31.properties.request.properties.operation, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err27 = { instancePath: instancePath + "/request/operation", schemaPath: "#/properties/request/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.request.properties.operation.type, parentSchema: schema31.properties.request.properties.operation, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.request.type, parentSchema: schema31.properties.request, data: data3 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.identity !== undefined) {
            let data17 = data.identity;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key5 in data17) {
                    if (!(((((((key5 === "arn") || (key5 === "tags")) || (key5 === "policies")) || (key5 === "permissionsBoundary")) || (key5 === "sessionPolicies")) || (key5 === "orgId")) || (key5 === "orgPaths"))) {
                        const err29 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.identity, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                if (data17.arn !== undefined) {
                    let data18 = data17.arn;
                    if (typeof data18 === "string") {
                        if (!pattern10.test(data18)) {
                            const err30 = { instancePath: instancePath + "/identity/arn", schemaPath: "#/properties/identity/properties/arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$" + "\"", schema: "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$", parentSchema: schema31.properties.identity.properties.arn, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err31 = { instancePath: instancePath + "/identity/arn", schemaPath: "#/properties/identity/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.arn.type, parentSchema: schema31.properties.identity.properties.arn, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                if (data17.tags !== undefined) {
                    let data19 = data17.tags;
                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        for (const key6 in data19) {
                            let data20 = data19[key6];
                            if (typeof data20 !== "string") {
                                const err32 = { instancePath: instancePath + "/identity/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/identity/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.tags.additionalProperties.type, parentSchema: schema31.properties.identity.properties.tags.additionalProperties, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err33 = { instancePath: instancePath + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.identity.properties.tags.type, parentSchema: schema31.properties.identity.properties.tags, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data17.policies !== undefined) {
                    let data21 = data17.policies;
                    const _errs48 = errors;
                    let valid9 = true;
                    const _errs49 = errors;
                    if (errors === _errs49) {
                        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            let missing0;
                            if ((data21.unreadable === undefined) && (missing0 = "unreadable")) {
                                const err34 = {};
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = {};
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs49 === errors;
                    errors = _errs48;
                    if (vErrors !== null) {
                        if (_errs48) {
                            vErrors.length = _errs48;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause0;
                    if (_valid0) {
                        const _errs51 = errors;
                        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            if (data21.unreadable === undefined) {
                                const err36 = { instancePath: instancePath + "/identity/policies", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            for (const key7 in data21) {
                                if (!(key7 === "unreadable")) {
                                    const err37 = { instancePath: instancePath + "/identity/policies", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            if (data21.unreadable !== undefined) {
                                let data22 = data21.unreadable;
                                if (typeof data22 !== "string") {
                                    const err38 = { instancePath: instancePath + "/identity/policies/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err39 = { instancePath: instancePath + "/identity/policies", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        var _valid0 = _errs51 === errors;
                        valid9 = _valid0;
                        ifClause0 = "then";
                    }
                    else {
                        const _errs57 = errors;
                        if (Array.isArray(data21)) {
                            const len1 = data21.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                if (!(validate23(data21[i1], { instancePath: instancePath + "/identity/policies/" + i1, parentData: data21, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                    errors = vErrors.length;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/identity/policies", schemaPath: "#/properties/identity/properties/policies/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.identity.properties.policies.else.type, parentSchema: schema31.properties.identity.properties.policies.else, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        var _valid0 = _errs57 === errors;
                        valid9 = _valid0;
                        ifClause0 = "else";
                    }
                    if (!valid9) {
                        const err41 = { instancePath: instancePath + "/identity/policies", schemaPath: "#/properties/identity/properties/policies/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema31.properties.identity.properties.policies.if, parentSchema: schema31.properties.identity.properties.policies, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                if (data17.permissionsBoundary !== undefined) {
                    let data24 = data17.permissionsBoundary;
                    const _errs61 = errors;
                    let valid14 = true;
                    const _errs62 = errors;
                    if (errors === _errs62) {
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            let missing1;
                            if ((data24.unreadable === undefined) && (missing1 = "unreadable")) {
                                const err42 = {};
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err43 = {};
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    var _valid1 = _errs62 === errors;
                    errors = _errs61;
                    if (vErrors !== null) {
                        if (_errs61) {
                            vErrors.length = _errs61;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause1;
                    if (_valid1) {
                        const _errs64 = errors;
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            if (data24.unreadable === undefined) {
                                const err44 = { instancePath: instancePath + "/identity/permissionsBoundary", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                            for (const key8 in data24) {
                                if (!(key8 === "unreadable")) {
                                    const err45 = { instancePath: instancePath + "/identity/permissionsBoundary", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                            }
                            if (data24.unreadable !== undefined) {
                                let data25 = data24.unreadable;
                                if (typeof data25 !== "string") {
                                    const err46 = { instancePath: instancePath + "/identity/permissionsBoundary/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data25 };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err47 = { instancePath: instancePath + "/identity/permissionsBoundary", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        var _valid1 = _errs64 === errors;
                        valid14 = _valid1;
                        if (valid14) {
                            var props1 = true;
                        }
                        ifClause1 = "then";
                    }
                    else {
                        const _errs70 = errors;
                        if (!(validate23(data24, { instancePath: instancePath + "/identity/permissionsBoundary", parentData: data17, parentDataProperty: "permissionsBoundary", rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                            errors = vErrors.length;
                        }
                        var _valid1 = _errs70 === errors;
                        valid14 = _valid1;
                        if (valid14) {
                            if (props1 !== true) {
                                props1 = true;
                            }
                        }
                        ifClause1 = "else";
                    }
                    if (!valid14) {
                        const err48 = { instancePath: instancePath + "/identity/permissionsBoundary", schemaPath: "#/properties/identity/properties/permissionsBoundary/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema31.properties.identity.properties.permissionsBoundary.if, parentSchema: schema31.properties.identity.properties.permissionsBoundary, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data17.sessionPolicies !== undefined) {
                    let data26 = data17.sessionPolicies;
                    const _errs72 = errors;
                    let valid17 = true;
                    const _errs73 = errors;
                    if (errors === _errs73) {
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            let missing2;
                            if ((data26.unreadable === undefined) && (missing2 = "unreadable")) {
                                const err49 = {};
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err50 = {};
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs73 === errors;
                    errors = _errs72;
                    if (vErrors !== null) {
                        if (_errs72) {
                            vErrors.length = _errs72;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause2;
                    if (_valid2) {
                        const _errs75 = errors;
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            if (data26.unreadable === undefined) {
                                const err51 = { instancePath: instancePath + "/identity/sessionPolicies", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                            for (const key9 in data26) {
                                if (!(key9 === "unreadable")) {
                                    const err52 = { instancePath: instancePath + "/identity/sessionPolicies", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.unreadable !== undefined) {
                                let data27 = data26.unreadable;
                                if (typeof data27 !== "string") {
                                    const err53 = { instancePath: instancePath + "/identity/sessionPolicies/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err54 = { instancePath: instancePath + "/identity/sessionPolicies", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                        var _valid2 = _errs75 === errors;
                        valid17 = _valid2;
                        ifClause2 = "then";
                    }
                    else {
                        const _errs81 = errors;
                        if (Array.isArray(data26)) {
                            const len2 = data26.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                if (!(validate23(data26[i2], { instancePath: instancePath + "/identity/sessionPolicies/" + i2, parentData: data26, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                    errors = vErrors.length;
                                }
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/identity/sessionPolicies", schemaPath: "#/properties/identity/properties/sessionPolicies/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.identity.properties.sessionPolicies.else.type, parentSchema: schema31.properties.identity.properties.sessionPolicies.else, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                        var _valid2 = _errs81 === errors;
                        valid17 = _valid2;
                        ifClause2 = "else";
                    }
                    if (!valid17) {
                        const err56 = { instancePath: instancePath + "/identity/sessionPolicies", schemaPath: "#/properties/identity/properties/sessionPolicies/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema31.properties.identity.properties.sessionPolicies.if, parentSchema: schema31.properties.identity.properties.sessionPolicies, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                if (data17.orgId !== undefined) {
                    let data29 = data17.orgId;
                    if (typeof data29 === "string") {
                        if (func3(data29) < 1) {
                            const err57 = { instancePath: instancePath + "/identity/orgId", schemaPath: "#/properties/identity/properties/orgId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.identity.properties.orgId, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err58 = { instancePath: instancePath + "/identity/orgId", schemaPath: "#/properties/identity/properties/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.orgId.type, parentSchema: schema31.properties.identity.properties.orgId, data: data29 };
                        if (vErrors === null) {
                            vErrors = [err58];
                        }
                        else {
                            vErrors.push(err58);
                        }
                        errors++;
                    }
                }
                if (data17.orgPaths !== undefined) {
                    let data30 = data17.orgPaths;
                    if (Array.isArray(data30)) {
                        const len3 = data30.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data31 = data30[i3];
                            if (typeof data31 !== "string") {
                                const err59 = { instancePath: instancePath + "/identity/orgPaths/" + i3, schemaPath: "#/properties/identity/properties/orgPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.orgPaths.items.type, parentSchema: schema31.properties.identity.properties.orgPaths.items, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err60 = { instancePath: instancePath + "/identity/orgPaths", schemaPath: "#/properties/identity/properties/orgPaths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.identity.properties.orgPaths.type, parentSchema: schema31.properties.identity.properties.orgPaths, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err61 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.identity.type, parentSchema: schema31.properties.identity, data: data17 };
                if (vErrors === null) {
                    vErrors = [err61];
                }
                else {
                    vErrors.push(err61);
                }
                errors++;
            }
        }
        if (data.organization !== undefined) {
            let data32 = data.organization;
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (const key10 in data32) {
                    if (!(((key10 === "serviceControlPolicies") || (key10 === "resourceControlPolicies")) || (key10 === "managementAccount"))) {
                        const err62 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.organization, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                }
                if (data32.serviceControlPolicies !== undefined) {
                    let data33 = data32.serviceControlPolicies;
                    const _errs94 = errors;
                    let valid25 = true;
                    const _errs95 = errors;
                    if (errors === _errs95) {
                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            let missing3;
                            if ((data33.unreadable === undefined) && (missing3 = "unreadable")) {
                                const err63 = {};
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err64 = {};
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                    var _valid3 = _errs95 === errors;
                    errors = _errs94;
                    if (vErrors !== null) {
                        if (_errs94) {
                            vErrors.length = _errs94;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause3;
                    if (_valid3) {
                        const _errs97 = errors;
                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            if (data33.unreadable === undefined) {
                                const err65 = { instancePath: instancePath + "/organization/serviceControlPolicies", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err65];
                                }
                                else {
                                    vErrors.push(err65);
                                }
                                errors++;
                            }
                            for (const key11 in data33) {
                                if (!(key11 === "unreadable")) {
                                    const err66 = { instancePath: instancePath + "/organization/serviceControlPolicies", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                }
                            }
                            if (data33.unreadable !== undefined) {
                                let data34 = data33.unreadable;
                                if (typeof data34 !== "string") {
                                    const err67 = { instancePath: instancePath + "/organization/serviceControlPolicies/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/organization/serviceControlPolicies", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        var _valid3 = _errs97 === errors;
                        valid25 = _valid3;
                        ifClause3 = "then";
                    }
                    else {
                        const _errs103 = errors;
                        if (Array.isArray(data33)) {
                            const len4 = data33.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data35 = data33[i4];
                                if (Array.isArray(data35)) {
                                    const len5 = data35.length;
                                    for (let i5 = 0; i5 < len5; i5++) {
                                        if (!(validate23(data35[i5], { instancePath: instancePath + "/organization/serviceControlPolicies/" + i4 + "/" + i5, parentData: data35, parentDataProperty: i5, rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                            errors = vErrors.length;
                                        }
                                    }
                                }
                                else {
                                    const err69 = { instancePath: instancePath + "/organization/serviceControlPolicies/" + i4, schemaPath: "#/properties/organization/properties/serviceControlPolicies/else/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.organization.properties.serviceControlPolicies.else.items.type, parentSchema: schema31.properties.organization.properties.serviceControlPolicies.else.items, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err70 = { instancePath: instancePath + "/organization/serviceControlPolicies", schemaPath: "#/properties/organization/properties/serviceControlPolicies/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.organization.properties.serviceControlPolicies.else.type, parentSchema: schema31.properties.organization.properties.serviceControlPolicies.else, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                        var _valid3 = _errs103 === errors;
                        valid25 = _valid3;
                        ifClause3 = "else";
                    }
                    if (!valid25) {
                        const err71 = { instancePath: instancePath + "/organization/serviceControlPolicies", schemaPath: "#/properties/organization/properties/serviceControlPolicies/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: "must match \"" + ifClause3 + "\" schema", schema: schema31.properties.organization.properties.serviceControlPolicies.if, parentSchema: schema31.properties.organization.properties.serviceControlPolicies, data: data33 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
                if (data32.resourceControlPolicies !== undefined) {
                    let data37 = data32.resourceControlPolicies;
                    const _errs109 = errors;
                    let valid32 = true;
                    const _errs110 = errors;
                    if (errors === _errs110) {
                        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            let missing4;
                            if ((data37.unreadable === undefined) && (missing4 = "unreadable")) {
                                const err72 = {};
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err73 = {};
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                    var _valid4 = _errs110 === errors;
                    errors = _errs109;
                    if (vErrors !== null) {
                        if (_errs109) {
                            vErrors.length = _errs109;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause4;
                    if (_valid4) {
                        const _errs112 = errors;
                        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            if (data37.unreadable === undefined) {
                                const err74 = { instancePath: instancePath + "/organization/resourceControlPolicies", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                            for (const key12 in data37) {
                                if (!(key12 === "unreadable")) {
                                    const err75 = { instancePath: instancePath + "/organization/resourceControlPolicies", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                            }
                            if (data37.unreadable !== undefined) {
                                let data38 = data37.unreadable;
                                if (typeof data38 !== "string") {
                                    const err76 = { instancePath: instancePath + "/organization/resourceControlPolicies/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err77 = { instancePath: instancePath + "/organization/resourceControlPolicies", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                        var _valid4 = _errs112 === errors;
                        valid32 = _valid4;
                        ifClause4 = "then";
                    }
                    else {
                        const _errs118 = errors;
                        if (Array.isArray(data37)) {
                            const len6 = data37.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data39 = data37[i6];
                                if (Array.isArray(data39)) {
                                    const len7 = data39.length;
                                    for (let i7 = 0; i7 < len7; i7++) {
                                        if (!(validate23(data39[i7], { instancePath: instancePath + "/organization/resourceControlPolicies/" + i6 + "/" + i7, parentData: data39, parentDataProperty: i7, rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                            errors = vErrors.length;
                                        }
                                    }
                                }
                                else {
                                    const err78 = { instancePath: instancePath + "/organization/resourceControlPolicies/" + i6, schemaPath: "#/properties/organization/properties/resourceControlPolicies/else/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.organization.properties.resourceControlPolicies.else.items.type, parentSchema: schema31.properties.organization.properties.resourceControlPolicies.else.items, data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err79 = { instancePath: instancePath + "/organization/resourceControlPolicies", schemaPath: "#/properties/organization/properties/resourceControlPolicies/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.organization.properties.resourceControlPolicies.else.type, parentSchema: schema31.properties.organization.properties.resourceControlPolicies.else, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                        var _valid4 = _errs118 === errors;
                        valid32 = _valid4;
                        ifClause4 = "else";
                    }
                    if (!valid32) {
                        const err80 = { instancePath: instancePath + "/organization/resourceControlPolicies", schemaPath: "#/properties/organization/properties/resourceControlPolicies/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: "must match \"" + ifClause4 + "\" schema", schema: schema31.properties.organization.properties.resourceControlPolicies.if, parentSchema: schema31.properties.organization.properties.resourceControlPolicies, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                }
                if (data32.managementAccount !== undefined) {
                    let data41 = data32.managementAccount;
                    if (typeof data41 === "string") {
                        if (!pattern11.test(data41)) {
                            const err81 = { instancePath: instancePath + "/organization/managementAccount", schemaPath: "#/properties/organization/properties/managementAccount/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: "must match pattern \"" + "^[0-9]{12}$" + "\"", schema: "^[0-9]{12}$", parentSchema: schema31.properties.organization.properties.managementAccount, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err82 = { instancePath: instancePath + "/organization/managementAccount", schemaPath: "#/properties/organization/properties/managementAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.organization.properties.managementAccount.type, parentSchema: schema31.properties.organization.properties.managementAccount, data: data41 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err83 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.organization.type, parentSchema: schema31.properties.organization, data: data32 };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.bucket !== undefined) {
            let data42 = data.bucket;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.name === undefined) {
                    const err84 = { instancePath: instancePath + "/bucket", schemaPath: "#/properties/bucket/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.bucket.required, parentSchema: schema31.properties.bucket, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err84];
                    }
                    else {
                        vErrors.push(err84);
                    }
                    errors++;
                }
                for (const key13 in data42) {
                    if (!(func1.call(schema31.properties.bucket.properties, key13))) {
                        const err85 = { instancePath: instancePath + "/bucket", schemaPath: "#/properties/bucket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                }
                if (data42.name !== undefined) {
                    let data43 = data42.name;
                    if (typeof data43 === "string") {
                        if (func3(data43) < 1) {
                            const err86 = { instancePath: instancePath + "/bucket/name", schemaPath: "#/properties/bucket/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.bucket.properties.name, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err87 = { instancePath: instancePath + "/bucket/name", schemaPath: "#/properties/bucket/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.name.type, parentSchema: schema31.properties.bucket.properties.name, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err87];
                        }
                        else {
                            vErrors.push(err87);
                        }
                        errors++;
                    }
                }
                if (data42.account !== undefined) {
                    let data44 = data42.account;
                    if (typeof data44 === "string") {
                        if (!pattern11.test(data44)) {
                            const err88 = { instancePath: instancePath + "/bucket/account", schemaPath: "#/properties/bucket/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: "must match pattern \"" + "^[0-9]{12}$" + "\"", schema: "^[0-9]{12}$", parentSchema: schema31.properties.bucket.properties.account, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err89 = { instancePath: instancePath + "/bucket/account", schemaPath: "#/properties/bucket/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.account.type, parentSchema: schema31.properties.bucket.properties.account, data: data44 };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
                if (data42.region !== undefined) {
                    let data45 = data42.region;
                    if (typeof data45 === "string") {
                        if (func3(data45) < 1) {
                            const err90 = { instancePath: instancePath + "/bucket/region", schemaPath: "#/properties/bucket/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.bucket.properties.region, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err90];
                            }
                            else {
                                vErrors.push(err90);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err91 = { instancePath: instancePath + "/bucket/region", schemaPath: "#/properties/bucket/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.region.type, parentSchema: schema31.properties.bucket.properties.region, data: data45 };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                }
                if (data42.policy !== undefined) {
                    let data46 = data42.policy;
                    const _errs135 = errors;
                    let valid40 = true;
                    const _errs136 = errors;
                    if (errors === _errs136) {
                        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                            let missing5;
                            if ((data46.unreadable === undefined) && (missing5 = "unreadable")) {
                                const err92 = {};
                                if (vErrors === null) {
                                    vErrors = [err92];
                                }
                                else {
                                    vErrors.push(err92);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err93 = {};
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                    }
                    var _valid5 = _errs136 === errors;
                    errors = _errs135;
                    if (vErrors !== null) {
                        if (_errs135) {
                            vErrors.length = _errs135;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause5;
                    if (_valid5) {
                        const _errs138 = errors;
                        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                            if (data46.unreadable === undefined) {
                                const err94 = { instancePath: instancePath + "/bucket/policy", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                            for (const key14 in data46) {
                                if (!(key14 === "unreadable")) {
                                    const err95 = { instancePath: instancePath + "/bucket/policy", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data46 };
                                    if (vErrors === null) {
                                        vErrors = [err95];
                                    }
                                    else {
                                        vErrors.push(err95);
                                    }
                                    errors++;
                                }
                            }
                            if (data46.unreadable !== undefined) {
                                let data47 = data46.unreadable;
                                if (typeof data47 !== "string") {
                                    const err96 = { instancePath: instancePath + "/bucket/policy/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err97 = { instancePath: instancePath + "/bucket/policy", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                        var _valid5 = _errs138 === errors;
                        valid40 = _valid5;
                        if (valid40) {
                            var props5 = true;
                        }
                        ifClause5 = "then";
                    }
                    else {
                        const _errs144 = errors;
                        if (!(validate21(data46, { instancePath: instancePath + "/bucket/policy", parentData: data42, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                            errors = vErrors.length;
                        }
                        var _valid5 = _errs144 === errors;
                        valid40 = _valid5;
                        if (valid40) {
                            if (props5 !== true) {
                                props5 = true;
                            }
                        }
                        ifClause5 = "else";
                    }
                    if (!valid40) {
                        const err98 = { instancePath: instancePath + "/bucket/policy", schemaPath: "#/properties/bucket/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: "must match \"" + ifClause5 + "\" schema", schema: schema31.properties.bucket.properties.policy.if, parentSchema: schema31.properties.bucket.properties.policy, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data42.publicAccessBlock !== undefined) {
                    let data48 = data42.publicAccessBlock;
                    const _errs146 = errors;
                    let valid43 = true;
                    const _errs147 = errors;
                    if (errors === _errs147) {
                        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                            let missing6;
                            if ((data48.unreadable === undefined) && (missing6 = "unreadable")) {
                                const err99 = {};
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err100 = {};
                            if (vErrors === null) {
                                vErrors = [err100];
                            }
                            else {
                                vErrors.push(err100);
                            }
                            errors++;
                        }
                    }
                    var _valid6 = _errs147 === errors;
                    errors = _errs146;
                    if (vErrors !== null) {
                        if (_errs146) {
                            vErrors.length = _errs146;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause6;
                    if (_valid6) {
                        const _errs149 = errors;
                        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                            if (data48.unreadable === undefined) {
                                const err101 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                            for (const key15 in data48) {
                                if (!(key15 === "unreadable")) {
                                    const err102 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data48 };
                                    if (vErrors === null) {
                                        vErrors = [err102];
                                    }
                                    else {
                                        vErrors.push(err102);
                                    }
                                    errors++;
                                }
                            }
                            if (data48.unreadable !== undefined) {
                                let data49 = data48.unreadable;
                                if (typeof data49 !== "string") {
                                    const err103 = { instancePath: instancePath + "/bucket/publicAccessBlock/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err103];
                                    }
                                    else {
                                        vErrors.push(err103);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err104 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data48 };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        var _valid6 = _errs149 === errors;
                        valid43 = _valid6;
                        if (valid43) {
                            var props6 = true;
                        }
                        ifClause6 = "then";
                    }
                    else {
                        const _errs155 = errors;
                        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                            for (const key16 in data48) {
                                if (!((((key16 === "BlockPublicAcls") || (key16 === "IgnorePublicAcls")) || (key16 === "BlockPublicPolicy")) || (key16 === "RestrictPublicBuckets"))) {
                                    const err105 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/$defs/publicAccessBlock/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data48 };
                                    if (vErrors === null) {
                                        vErrors = [err105];
                                    }
                                    else {
                                        vErrors.push(err105);
                                    }
                                    errors++;
                                }
                            }
                            if (data48.BlockPublicAcls !== undefined) {
                                let data50 = data48.BlockPublicAcls;
                                if (typeof data50 !== "boolean") {
                                    const err106 = { instancePath: instancePath + "/bucket/publicAccessBlock/BlockPublicAcls", schemaPath: "#/$defs/publicAccessBlock/properties/BlockPublicAcls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.BlockPublicAcls.type, parentSchema: schema44.properties.BlockPublicAcls, data: data50 };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                            }
                            if (data48.IgnorePublicAcls !== undefined) {
                                let data51 = data48.IgnorePublicAcls;
                                if (typeof data51 !== "boolean") {
                                    const err107 = { instancePath: instancePath + "/bucket/publicAccessBlock/IgnorePublicAcls", schemaPath: "#/$defs/publicAccessBlock/properties/IgnorePublicAcls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.IgnorePublicAcls.type, parentSchema: schema44.properties.IgnorePublicAcls, data: data51 };
                                    if (vErrors === null) {
                                        vErrors = [err107];
                                    }
                                    else {
                                        vErrors.push(err107);
                                    }
                                    errors++;
                                }
                            }
                            if (data48.BlockPublicPolicy !== undefined) {
                                let data52 = data48.BlockPublicPolicy;
                                if (typeof data52 !== "boolean") {
                                    const err108 = { instancePath: instancePath + "/bucket/publicAccessBlock/BlockPublicPolicy", schemaPath: "#/$defs/publicAccessBlock/properties/BlockPublicPolicy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.BlockPublicPolicy.type, parentSchema: schema44.properties.BlockPublicPolicy, data: data52 };
                                    if (vErrors === null) {
                                        vErrors = [err108];
                                    }
                                    else {
                                        vErrors.push(err108);
                                    }
                                    errors++;
                                }
                            }
                            if (data48.RestrictPublicBuckets !== undefined) {
                                let data53 = data48.RestrictPublicBuckets;
                                if (typeof data53 !== "boolean") {
                                    const err109 = { instancePath: instancePath + "/bucket/publicAccessBlock/RestrictPublicBuckets", schemaPath: "#/$defs/publicAccessBlock/properties/RestrictPublicBuckets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.RestrictPublicBuckets.type, parentSchema: schema44.properties.RestrictPublicBuckets, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err110 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/$defs/publicAccessBlock/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data48 };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        var _valid6 = _errs155 === errors;
                        valid43 = _valid6;
                        if (valid43) {
                            if (props6 !== true) {
                                props6 = true;
                            }
                        }
                        ifClause6 = "else";
                    }
                    if (!valid43) {
                        const err111 = { instancePath: instancePath + "/bucket/publicAccessBlock", schemaPath: "#/properties/bucket/properties/publicAccessBlock/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: "must match \"" + ifClause6 + "\" schema", schema: schema31.properties.bucket.properties.publicAccessBlock.if, parentSchema: schema31.properties.bucket.properties.publicAccessBlock, data: data48 };
                        if (vErrors === null) {
                            vErrors = [err111];
                        }
                        else {
                            vErrors.push(err111);
                        }
                        errors++;
                    }
                }
                if (data42.accountPublicAccessBlock !== undefined) {
                    let data54 = data42.accountPublicAccessBlock;
                    const _errs168 = errors;
                    let valid48 = true;
                    const _errs169 = errors;
                    if (errors === _errs169) {
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                            let missing7;
                            if ((data54.unreadable === undefined) && (missing7 = "unreadable")) {
                                const err112 = {};
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err113 = {};
                            if (vErrors === null) {
                                vErrors = [err113];
                            }
                            else {
                                vErrors.push(err113);
                            }
                            errors++;
                        }
                    }
                    var _valid7 = _errs169 === errors;
                    errors = _errs168;
                    if (vErrors !== null) {
                        if (_errs168) {
                            vErrors.length = _errs168;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause7;
                    if (_valid7) {
                        const _errs171 = errors;
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                            if (data54.unreadable === undefined) {
                                const err114 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                            for (const key17 in data54) {
                                if (!(key17 === "unreadable")) {
                                    const err115 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err115];
                                    }
                                    else {
                                        vErrors.push(err115);
                                    }
                                    errors++;
                                }
                            }
                            if (data54.unreadable !== undefined) {
                                let data55 = data54.unreadable;
                                if (typeof data55 !== "string") {
                                    const err116 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data55 };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err117 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data54 };
                            if (vErrors === null) {
                                vErrors = [err117];
                            }
                            else {
                                vErrors.push(err117);
                            }
                            errors++;
                        }
                        var _valid7 = _errs171 === errors;
                        valid48 = _valid7;
                        if (valid48) {
                            var props7 = true;
                        }
                        ifClause7 = "then";
                    }
                    else {
                        const _errs177 = errors;
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                            for (const key18 in data54) {
                                if (!((((key18 === "BlockPublicAcls") || (key18 === "IgnorePublicAcls")) || (key18 === "BlockPublicPolicy")) || (key18 === "RestrictPublicBuckets"))) {
                                    const err118 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/$defs/publicAccessBlock/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err118];
                                    }
                                    else {
                                        vErrors.push(err118);
                                    }
                                    errors++;
                                }
                            }
                            if (data54.BlockPublicAcls !== undefined) {
                                let data56 = data54.BlockPublicAcls;
                                if (typeof data56 !== "boolean") {
                                    const err119 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock/BlockPublicAcls", schemaPath: "#/$defs/publicAccessBlock/properties/BlockPublicAcls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.BlockPublicAcls.type, parentSchema: schema44.properties.BlockPublicAcls, data: data56 };
                                    if (vErrors === null) {
                                        vErrors = [err119];
                                    }
                                    else {
                                        vErrors.push(err119);
                                    }
                                    errors++;
                                }
                            }
                            if (data54.IgnorePublicAcls !== undefined) {
                                let data57 = data54.IgnorePublicAcls;
                                if (typeof data57 !== "boolean") {
                                    const err120 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock/IgnorePublicAcls", schemaPath: "#/$defs/publicAccessBlock/properties/IgnorePublicAcls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.IgnorePublicAcls.type, parentSchema: schema44.properties.IgnorePublicAcls, data: data57 };
                                    if (vErrors === null) {
                                        vErrors = [err120];
                                    }
                                    else {
                                        vErrors.push(err120);
                                    }
                                    errors++;
                                }
                            }
                            if (data54.BlockPublicPolicy !== undefined) {
                                let data58 = data54.BlockPublicPolicy;
                                if (typeof data58 !== "boolean") {
                                    const err121 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock/BlockPublicPolicy", schemaPath: "#/$defs/publicAccessBlock/properties/BlockPublicPolicy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.BlockPublicPolicy.type, parentSchema: schema44.properties.BlockPublicPolicy, data: data58 };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                            }
                            if (data54.RestrictPublicBuckets !== undefined) {
                                let data59 = data54.RestrictPublicBuckets;
                                if (typeof data59 !== "boolean") {
                                    const err122 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock/RestrictPublicBuckets", schemaPath: "#/$defs/publicAccessBlock/properties/RestrictPublicBuckets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.RestrictPublicBuckets.type, parentSchema: schema44.properties.RestrictPublicBuckets, data: data59 };
                                    if (vErrors === null) {
                                        vErrors = [err122];
                                    }
                                    else {
                                        vErrors.push(err122);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err123 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/$defs/publicAccessBlock/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data54 };
                            if (vErrors === null) {
                                vErrors = [err123];
                            }
                            else {
                                vErrors.push(err123);
                            }
                            errors++;
                        }
                        var _valid7 = _errs177 === errors;
                        valid48 = _valid7;
                        if (valid48) {
                            if (props7 !== true) {
                                props7 = true;
                            }
                        }
                        ifClause7 = "else";
                    }
                    if (!valid48) {
                        const err124 = { instancePath: instancePath + "/bucket/accountPublicAccessBlock", schemaPath: "#/properties/bucket/properties/accountPublicAccessBlock/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: "must match \"" + ifClause7 + "\" schema", schema: schema31.properties.bucket.properties.accountPublicAccessBlock.if, parentSchema: schema31.properties.bucket.properties.accountPublicAccessBlock, data: data54 };
                        if (vErrors === null) {
                            vErrors = [err124];
                        }
                        else {
                            vErrors.push(err124);
                        }
                        errors++;
                    }
                }
                if (data42.objectOwnership !== undefined) {
                    let data60 = data42.objectOwnership;
                    const _errs190 = errors;
                    let valid53 = true;
                    const _errs191 = errors;
                    if (errors === _errs191) {
                        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                            let missing8;
                            if ((data60.unreadable === undefined) && (missing8 = "unreadable")) {
                                const err125 = {};
                                if (vErrors === null) {
                                    vErrors = [err125];
                                }
                                else {
                                    vErrors.push(err125);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err126 = {};
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                    }
                    var _valid8 = _errs191 === errors;
                    errors = _errs190;
                    if (vErrors !== null) {
                        if (_errs190) {
                            vErrors.length = _errs190;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause8;
                    if (_valid8) {
                        const _errs193 = errors;
                        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                            if (data60.unreadable === undefined) {
                                const err127 = { instancePath: instancePath + "/bucket/objectOwnership", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data60 };
                                if (vErrors === null) {
                                    vErrors = [err127];
                                }
                                else {
                                    vErrors.push(err127);
                                }
                                errors++;
                            }
                            for (const key19 in data60) {
                                if (!(key19 === "unreadable")) {
                                    const err128 = { instancePath: instancePath + "/bucket/objectOwnership", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data60 };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                            if (data60.unreadable !== undefined) {
                                let data61 = data60.unreadable;
                                if (typeof data61 !== "string") {
                                    const err129 = { instancePath: instancePath + "/bucket/objectOwnership/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data61 };
                                    if (vErrors === null) {
                                        vErrors = [err129];
                                    }
                                    else {
                                        vErrors.push(err129);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err130 = { instancePath: instancePath + "/bucket/objectOwnership", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data60 };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                        var _valid8 = _errs193 === errors;
                        valid53 = _valid8;
                        ifClause8 = "then";
                    }
                    else {
                        const _errs199 = errors;
                        if (!(((data60 === "BucketOwnerEnforced") || (data60 === "BucketOwnerPreferred")) || (data60 === "ObjectWriter"))) {
                            const err131 = { instancePath: instancePath + "/bucket/objectOwnership", schemaPath: "#/properties/bucket/properties/objectOwnership/else/enum", keyword: "enum", params: { allowedValues: schema31.properties.bucket.properties.objectOwnership.else.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.bucket.properties.objectOwnership.else.enum, parentSchema: schema31.properties.bucket.properties.objectOwnership.else, data: data60 };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        var _valid8 = _errs199 === errors;
                        valid53 = _valid8;
                        ifClause8 = "else";
                    }
                    if (!valid53) {
                        const err132 = { instancePath: instancePath + "/bucket/objectOwnership", schemaPath: "#/properties/bucket/properties/objectOwnership/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: "must match \"" + ifClause8 + "\" schema", schema: schema31.properties.bucket.properties.objectOwnership.if, parentSchema: schema31.properties.bucket.properties.objectOwnership, data: data60 };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                }
                if (data42.acl !== undefined) {
                    let data62 = data42.acl;
                    const _errs201 = errors;
                    let valid56 = true;
                    const _errs202 = errors;
                    if (errors === _errs202) {
                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                            let missing9;
                            if ((data62.unreadable === undefined) && (missing9 = "unreadable")) {
                                const err133 = {};
                                if (vErrors === null) {
                                    vErrors = [err133];
                                }
                                else {
                                    vErrors.push(err133);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err134 = {};
                            if (vErrors === null) {
                                vErrors = [err134];
                            }
                            else {
                                vErrors.push(err134);
                            }
                            errors++;
                        }
                    }
                    var _valid9 = _errs202 === errors;
                    errors = _errs201;
                    if (vErrors !== null) {
                        if (_errs201) {
                            vErrors.length = _errs201;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause9;
                    if (_valid9) {
                        const _errs204 = errors;
                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                            if (data62.unreadable === undefined) {
                                const err135 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err135];
                                }
                                else {
                                    vErrors.push(err135);
                                }
                                errors++;
                            }
                            for (const key20 in data62) {
                                if (!(key20 === "unreadable")) {
                                    const err136 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err136];
                                    }
                                    else {
                                        vErrors.push(err136);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.unreadable !== undefined) {
                                let data63 = data62.unreadable;
                                if (typeof data63 !== "string") {
                                    const err137 = { instancePath: instancePath + "/bucket/acl/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data63 };
                                    if (vErrors === null) {
                                        vErrors = [err137];
                                    }
                                    else {
                                        vErrors.push(err137);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err138 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err138];
                            }
                            else {
                                vErrors.push(err138);
                            }
                            errors++;
                        }
                        var _valid9 = _errs204 === errors;
                        valid56 = _valid9;
                        if (valid56) {
                            var props9 = true;
                        }
                        ifClause9 = "then";
                    }
                    else {
                        const _errs210 = errors;
                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                            if (data62.owner === undefined) {
                                const err139 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/acl/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema49.required, parentSchema: schema49, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err139];
                                }
                                else {
                                    vErrors.push(err139);
                                }
                                errors++;
                            }
                            if (data62.grants === undefined) {
                                const err140 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/acl/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property '" + "grants" + "'", schema: schema49.required, parentSchema: schema49, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err140];
                                }
                                else {
                                    vErrors.push(err140);
                                }
                                errors++;
                            }
                            for (const key21 in data62) {
                                if (!((key21 === "owner") || (key21 === "grants"))) {
                                    const err141 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/acl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.owner !== undefined) {
                                let data64 = data62.owner;
                                if (typeof data64 === "string") {
                                    if (!pattern13.test(data64)) {
                                        const err142 = { instancePath: instancePath + "/bucket/acl/owner", schemaPath: "#/$defs/acl/properties/owner/pattern", keyword: "pattern", params: { pattern: "^([0-9]{12}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9]{12}|[0-9a-fA-F]{64})$" + "\"", schema: "^([0-9]{12}|[0-9a-fA-F]{64})$", parentSchema: schema49.properties.owner, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err142];
                                        }
                                        else {
                                            vErrors.push(err142);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err143 = { instancePath: instancePath + "/bucket/acl/owner", schemaPath: "#/$defs/acl/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.owner.type, parentSchema: schema49.properties.owner, data: data64 };
                                    if (vErrors === null) {
                                        vErrors = [err143];
                                    }
                                    else {
                                        vErrors.push(err143);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.grants !== undefined) {
                                let data65 = data62.grants;
                                if (Array.isArray(data65)) {
                                    const len8 = data65.length;
                                    for (let i8 = 0; i8 < len8; i8++) {
                                        let data66 = data65[i8];
                                        if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                            if (data66.grantee === undefined) {
                                                const err144 = { instancePath: instancePath + "/bucket/acl/grants/" + i8, schemaPath: "#/$defs/acl/properties/grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property '" + "grantee" + "'", schema: schema49.properties.grants.items.required, parentSchema: schema49.properties.grants.items, data: data66 };
                                                if (vErrors === null) {
                                                    vErrors = [err144];
                                                }
                                                else {
                                                    vErrors.push(err144);
                                                }
                                                errors++;
                                            }
                                            if (data66.permission === undefined) {
                                                const err145 = { instancePath: instancePath + "/bucket/acl/grants/" + i8, schemaPath: "#/$defs/acl/properties/grants/items/required", keyword: "required", params: { missingProperty: "permission" }, message: "must have required property '" + "permission" + "'", schema: schema49.properties.grants.items.required, parentSchema: schema49.properties.grants.items, data: data66 };
                                                if (vErrors === null) {
                                                    vErrors = [err145];
                                                }
                                                else {
                                                    vErrors.push(err145);
                                                }
                                                errors++;
                                            }
                                            for (const key22 in data66) {
                                                if (!((key22 === "grantee") || (key22 === "permission"))) {
                                                    const err146 = { instancePath: instancePath + "/bucket/acl/grants/" + i8, schemaPath: "#/$defs/acl/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items, data: data66 };
                                                    if (vErrors === null) {
                                                        vErrors = [err146];
                                                    }
                                                    else {
                                                        vErrors.push(err146);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data66.grantee !== undefined) {
                                                let data67 = data66.grantee;
                                                const _errs224 = errors;
                                                let valid65 = true;
                                                const _errs225 = errors;
                                                if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                    if (data67.type !== undefined) {
                                                        if ("CanonicalUser" !== data67.type) {
                                                            const err147 = {};
                                                            if (vErrors === null) {
                                                                vErrors = [err147];
                                                            }
                                                            else {
                                                                vErrors.push(err147);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                var _valid10 = _errs225 === errors;
                                                errors = _errs224;
                                                if (vErrors !== null) {
                                                    if (_errs224) {
                                                        vErrors.length = _errs224;
                                                    }
                                                    else {
                                                        vErrors = null;
                                                    }
                                                }
                                                if (_valid10) {
                                                    const _errs227 = errors;
                                                    if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                        if (data67.id === undefined) {
                                                            const err148 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then, data: data67 };
                                                            if (vErrors === null) {
                                                                vErrors = [err148];
                                                            }
                                                            else {
                                                                vErrors.push(err148);
                                                            }
                                                            errors++;
                                                        }
                                                        for (const key23 in data67) {
                                                            if (!(((key23 === "type") || (key23 === "id")) || (key23 === "displayName"))) {
                                                                const err149 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then, data: data67 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err149];
                                                                }
                                                                else {
                                                                    vErrors.push(err149);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data67.id !== undefined) {
                                                            let data69 = data67.id;
                                                            if (typeof data69 === "string") {
                                                                if (!pattern13.test(data69)) {
                                                                    const err150 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/id", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/id/pattern", keyword: "pattern", params: { pattern: "^([0-9]{12}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9]{12}|[0-9a-fA-F]{64})$" + "\"", schema: "^([0-9]{12}|[0-9a-fA-F]{64})$", parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id, data: data69 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err150];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err150);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err151 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/id", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id, data: data69 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err151];
                                                                }
                                                                else {
                                                                    vErrors.push(err151);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data67.displayName !== undefined) {
                                                            let data70 = data67.displayName;
                                                            if (typeof data70 !== "string") {
                                                                const err152 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/displayName", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.displayName.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.displayName, data: data70 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err152];
                                                                }
                                                                else {
                                                                    vErrors.push(err152);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    var _valid10 = _errs227 === errors;
                                                    valid65 = _valid10;
                                                    if (valid65) {
                                                        var props10 = true;
                                                    }
                                                }
                                                if (!valid65) {
                                                    const err153 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[0].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0], data: data67 };
                                                    if (vErrors === null) {
                                                        vErrors = [err153];
                                                    }
                                                    else {
                                                        vErrors.push(err153);
                                                    }
                                                    errors++;
                                                }
                                                const _errs234 = errors;
                                                let valid68 = true;
                                                const _errs235 = errors;
                                                if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                    if (data67.type !== undefined) {
                                                        if ("Group" !== data67.type) {
                                                            const err154 = {};
                                                            if (vErrors === null) {
                                                                vErrors = [err154];
                                                            }
                                                            else {
                                                                vErrors.push(err154);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                var _valid11 = _errs235 === errors;
                                                errors = _errs234;
                                                if (vErrors !== null) {
                                                    if (_errs234) {
                                                        vErrors.length = _errs234;
                                                    }
                                                    else {
                                                        vErrors = null;
                                                    }
                                                }
                                                if (_valid11) {
                                                    const _errs237 = errors;
                                                    if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                        if (data67.uri === undefined) {
                                                            const err155 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property '" + "uri" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[1].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then, data: data67 };
                                                            if (vErrors === null) {
                                                                vErrors = [err155];
                                                            }
                                                            else {
                                                                vErrors.push(err155);
                                                            }
                                                            errors++;
                                                        }
                                                        for (const key24 in data67) {
                                                            if (!((key24 === "type") || (key24 === "uri"))) {
                                                                const err156 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then, data: data67 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err156];
                                                                }
                                                                else {
                                                                    vErrors.push(err156);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data67.uri !== undefined) {
                                                            let data72 = data67.uri;
                                                            if (!(((data72 === "http://acs.amazonaws.com/groups/global/AllUsers") || (data72 === "http://acs.amazonaws.com/groups/global/AuthenticatedUsers")) || (data72 === "http://acs.amazonaws.com/groups/s3/LogDelivery"))) {
                                                                const err157 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/uri", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/properties/uri/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri.enum, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri, data: data72 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err157];
                                                                }
                                                                else {
                                                                    vErrors.push(err157);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    var _valid11 = _errs237 === errors;
                                                    valid68 = _valid11;
                                                    if (valid68) {
                                                        var props11 = true;
                                                    }
                                                }
                                                if (!valid68) {
                                                    const err158 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[1].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1], data: data67 };
                                                    if (vErrors === null) {
                                                        vErrors = [err158];
                                                    }
                                                    else {
                                                        vErrors.push(err158);
                                                    }
                                                    errors++;
                                                }
                                                if (props10 !== true && props11 !== undefined) {
                                                    if (props11 === true) {
                                                        props10 = true;
                                                    }
                                                    else {
                                                        props10 = props10 || {};
                                                        Object.assign(props10, props11);
                                                    }
                                                }
                                                const _errs241 = errors;
                                                let valid71 = true;
                                                const _errs242 = errors;
                                                if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                    if (data67.type !== undefined) {
                                                        if ("AmazonCustomerByEmail" !== data67.type) {
                                                            const err159 = {};
                                                            if (vErrors === null) {
                                                                vErrors = [err159];
                                                            }
                                                            else {
                                                                vErrors.push(err159);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                var _valid12 = _errs242 === errors;
                                                errors = _errs241;
                                                if (vErrors !== null) {
                                                    if (_errs241) {
                                                        vErrors.length = _errs241;
                                                    }
                                                    else {
                                                        vErrors = null;
                                                    }
                                                }
                                                if (_valid12) {
                                                    const _errs244 = errors;
                                                    if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                        if (data67.emailAddress === undefined) {
                                                            const err160 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/required", keyword: "required", params: { missingProperty: "emailAddress" }, message: "must have required property '" + "emailAddress" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[2].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then, data: data67 };
                                                            if (vErrors === null) {
                                                                vErrors = [err160];
                                                            }
                                                            else {
                                                                vErrors.push(err160);
                                                            }
                                                            errors++;
                                                        }
                                                        for (const key25 in data67) {
                                                            if (!((key25 === "type") || (key25 === "emailAddress"))) {
                                                                const err161 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then, data: data67 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err161];
                                                                }
                                                                else {
                                                                    vErrors.push(err161);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data67.emailAddress !== undefined) {
                                                            let data74 = data67.emailAddress;
                                                            if (typeof data74 === "string") {
                                                                if (!pattern15.test(data74)) {
                                                                    const err162 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/emailAddress", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/properties/emailAddress/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: "must match pattern \"" + "^[^@\\s]+@[^@\\s]+$" + "\"", schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress, data: data74 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err162];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err162);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err163 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/emailAddress", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/properties/emailAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress, data: data74 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err163];
                                                                }
                                                                else {
                                                                    vErrors.push(err163);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    var _valid12 = _errs244 === errors;
                                                    valid71 = _valid12;
                                                    if (valid71) {
                                                        var props12 = true;
                                                    }
                                                }
                                                if (!valid71) {
                                                    const err164 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[2].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2], data: data67 };
                                                    if (vErrors === null) {
                                                        vErrors = [err164];
                                                    }
                                                    else {
                                                        vErrors.push(err164);
                                                    }
                                                    errors++;
                                                }
                                                if (props10 !== true && props12 !== undefined) {
                                                    if (props12 === true) {
                                                        props10 = true;
                                                    }
                                                    else {
                                                        props10 = props10 || {};
                                                        Object.assign(props10, props12);
                                                    }
                                                }
                                                if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                    if (data67.type === undefined) {
                                                        const err165 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema49.properties.grants.items.properties.grantee.required, parentSchema: schema49.properties.grants.items.properties.grantee, data: data67 };
                                                        if (vErrors === null) {
                                                            vErrors = [err165];
                                                        }
                                                        else {
                                                            vErrors.push(err165);
                                                        }
                                                        errors++;
                                                    }
                                                    if (props10 !== true) {
                                                        props10 = props10 || {};
                                                        props10.type = true;
                                                    }
                                                    if (data67.type !== undefined) {
                                                        let data75 = data67.type;
                                                        if (!(((data75 === "CanonicalUser") || (data75 === "Group")) || (data75 === "AmazonCustomerByEmail"))) {
                                                            const err166 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee/type", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/properties/type/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.grantee.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.grantee.properties.type.enum, parentSchema: schema49.properties.grants.items.properties.grantee.properties.type, data: data75 };
                                                            if (vErrors === null) {
                                                                vErrors = [err166];
                                                            }
                                                            else {
                                                                vErrors.push(err166);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err167 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.grants.items.properties.grantee.type, parentSchema: schema49.properties.grants.items.properties.grantee, data: data67 };
                                                    if (vErrors === null) {
                                                        vErrors = [err167];
                                                    }
                                                    else {
                                                        vErrors.push(err167);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data66.permission !== undefined) {
                                                let data76 = data66.permission;
                                                if (!(((((data76 === "FULL_CONTROL") || (data76 === "READ")) || (data76 === "WRITE")) || (data76 === "READ_ACP")) || (data76 === "WRITE_ACP"))) {
                                                    const err168 = { instancePath: instancePath + "/bucket/acl/grants/" + i8 + "/permission", schemaPath: "#/$defs/acl/properties/grants/items/properties/permission/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.permission.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.permission.enum, parentSchema: schema49.properties.grants.items.properties.permission, data: data76 };
                                                    if (vErrors === null) {
                                                        vErrors = [err168];
                                                    }
                                                    else {
                                                        vErrors.push(err168);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err169 = { instancePath: instancePath + "/bucket/acl/grants/" + i8, schemaPath: "#/$defs/acl/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.grants.items.type, parentSchema: schema49.properties.grants.items, data: data66 };
                                            if (vErrors === null) {
                                                vErrors = [err169];
                                            }
                                            else {
                                                vErrors.push(err169);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err170 = { instancePath: instancePath + "/bucket/acl/grants", schemaPath: "#/$defs/acl/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.grants.type, parentSchema: schema49.properties.grants, data: data65 };
                                    if (vErrors === null) {
                                        vErrors = [err170];
                                    }
                                    else {
                                        vErrors.push(err170);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err171 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/$defs/acl/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err171];
                            }
                            else {
                                vErrors.push(err171);
                            }
                            errors++;
                        }
                        var _valid9 = _errs210 === errors;
                        valid56 = _valid9;
                        if (valid56) {
                            if (props9 !== true) {
                                props9 = true;
                            }
                        }
                        ifClause9 = "else";
                    }
                    if (!valid56) {
                        const err172 = { instancePath: instancePath + "/bucket/acl", schemaPath: "#/properties/bucket/properties/acl/if", keyword: "if", params: { failingKeyword: ifClause9 }, message: "must match \"" + ifClause9 + "\" schema", schema: schema31.properties.bucket.properties.acl.if, parentSchema: schema31.properties.bucket.properties.acl, data: data62 };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                }
                if (data42.encryption !== undefined) {
                    let data77 = data42.encryption;
                    const _errs251 = errors;
                    let valid75 = true;
                    const _errs252 = errors;
                    if (errors === _errs252) {
                        if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                            let missing10;
                            if ((data77.unreadable === undefined) && (missing10 = "unreadable")) {
                                const err173 = {};
                                if (vErrors === null) {
                                    vErrors = [err173];
                                }
                                else {
                                    vErrors.push(err173);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err174 = {};
                            if (vErrors === null) {
                                vErrors = [err174];
                            }
                            else {
                                vErrors.push(err174);
                            }
                            errors++;
                        }
                    }
                    var _valid13 = _errs252 === errors;
                    errors = _errs251;
                    if (vErrors !== null) {
                        if (_errs251) {
                            vErrors.length = _errs251;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause10;
                    if (_valid13) {
                        const _errs254 = errors;
                        if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                            if (data77.unreadable === undefined) {
                                const err175 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data77 };
                                if (vErrors === null) {
                                    vErrors = [err175];
                                }
                                else {
                                    vErrors.push(err175);
                                }
                                errors++;
                            }
                            for (const key26 in data77) {
                                if (!(key26 === "unreadable")) {
                                    const err176 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data77 };
                                    if (vErrors === null) {
                                        vErrors = [err176];
                                    }
                                    else {
                                        vErrors.push(err176);
                                    }
                                    errors++;
                                }
                            }
                            if (data77.unreadable !== undefined) {
                                let data78 = data77.unreadable;
                                if (typeof data78 !== "string") {
                                    const err177 = { instancePath: instancePath + "/bucket/encryption/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data78 };
                                    if (vErrors === null) {
                                        vErrors = [err177];
                                    }
                                    else {
                                        vErrors.push(err177);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err178 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data77 };
                            if (vErrors === null) {
                                vErrors = [err178];
                            }
                            else {
                                vErrors.push(err178);
                            }
                            errors++;
                        }
                        var _valid13 = _errs254 === errors;
                        valid75 = _valid13;
                        if (valid75) {
                            var props13 = true;
                        }
                        ifClause10 = "then";
                    }
                    else {
                        const _errs260 = errors;
                        if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                            if (data77.algorithm === undefined) {
                                const err179 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/properties/bucket/properties/encryption/else/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'", schema: schema31.properties.bucket.properties.encryption.else.required, parentSchema: schema31.properties.bucket.properties.encryption.else, data: data77 };
                                if (vErrors === null) {
                                    vErrors = [err179];
                                }
                                else {
                                    vErrors.push(err179);
                                }
                                errors++;
                            }
                            for (const key27 in data77) {
                                if (!(((key27 === "algorithm") || (key27 === "kmsKeyArn")) || (key27 === "bucketKeyEnabled"))) {
                                    const err180 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/properties/bucket/properties/encryption/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket.properties.encryption.else, data: data77 };
                                    if (vErrors === null) {
                                        vErrors = [err180];
                                    }
                                    else {
                                        vErrors.push(err180);
                                    }
                                    errors++;
                                }
                            }
                            if (data77.algorithm !== undefined) {
                                let data79 = data77.algorithm;
                                if (!(((data79 === "AES256") || (data79 === "aws:kms")) || (data79 === "aws:kms:dsse"))) {
                                    const err181 = { instancePath: instancePath + "/bucket/encryption/algorithm", schemaPath: "#/properties/bucket/properties/encryption/else/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema31.properties.bucket.properties.encryption.else.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.bucket.properties.encryption.else.properties.algorithm.enum, parentSchema: schema31.properties.bucket.properties.encryption.else.properties.algorithm, data: data79 };
                                    if (vErrors === null) {
                                        vErrors = [err181];
                                    }
                                    else {
                                        vErrors.push(err181);
                                    }
                                    errors++;
                                }
                            }
                            if (data77.kmsKeyArn !== undefined) {
                                let data80 = data77.kmsKeyArn;
                                if (typeof data80 === "string") {
                                    if (func3(data80) < 1) {
                                        const err182 = { instancePath: instancePath + "/bucket/encryption/kmsKeyArn", schemaPath: "#/properties/bucket/properties/encryption/else/properties/kmsKeyArn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.bucket.properties.encryption.else.properties.kmsKeyArn, data: data80 };
                                        if (vErrors === null) {
                                            vErrors = [err182];
                                        }
                                        else {
                                            vErrors.push(err182);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err183 = { instancePath: instancePath + "/bucket/encryption/kmsKeyArn", schemaPath: "#/properties/bucket/properties/encryption/else/properties/kmsKeyArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.encryption.else.properties.kmsKeyArn.type, parentSchema: schema31.properties.bucket.properties.encryption.else.properties.kmsKeyArn, data: data80 };
                                    if (vErrors === null) {
                                        vErrors = [err183];
                                    }
                                    else {
                                        vErrors.push(err183);
                                    }
                                    errors++;
                                }
                            }
                            if (data77.bucketKeyEnabled !== undefined) {
                                let data81 = data77.bucketKeyEnabled;
                                if (typeof data81 !== "boolean") {
                                    const err184 = { instancePath: instancePath + "/bucket/encryption/bucketKeyEnabled", schemaPath: "#/properties/bucket/properties/encryption/else/properties/bucketKeyEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.bucket.properties.encryption.else.properties.bucketKeyEnabled.type, parentSchema: schema31.properties.bucket.properties.encryption.else.properties.bucketKeyEnabled, data: data81 };
                                    if (vErrors === null) {
                                        vErrors = [err184];
                                    }
                                    else {
                                        vErrors.push(err184);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err185 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/properties/bucket/properties/encryption/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.encryption.else.type, parentSchema: schema31.properties.bucket.properties.encryption.else, data: data77 };
                            if (vErrors === null) {
                                vErrors = [err185];
                            }
                            else {
                                vErrors.push(err185);
                            }
                            errors++;
                        }
                        var _valid13 = _errs260 === errors;
                        valid75 = _valid13;
                        if (valid75) {
                            if (props13 !== true) {
                                props13 = true;
                            }
                        }
                        ifClause10 = "else";
                    }
                    if (!valid75) {
                        const err186 = { instancePath: instancePath + "/bucket/encryption", schemaPath: "#/properties/bucket/properties/encryption/if", keyword: "if", params: { failingKeyword: ifClause10 }, message: "must match \"" + ifClause10 + "\" schema", schema: schema31.properties.bucket.properties.encryption.if, parentSchema: schema31.properties.bucket.properties.encryption, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err186];
                        }
                        else {
                            vErrors.push(err186);
                        }
                        errors++;
                    }
                }
                if (data42.versioning !== undefined) {
                    let data82 = data42.versioning;
                    const _errs269 = errors;
                    let valid79 = true;
                    const _errs270 = errors;
                    if (errors === _errs270) {
                        if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                            let missing11;
                            if ((data82.unreadable === undefined) && (missing11 = "unreadable")) {
                                const err187 = {};
                                if (vErrors === null) {
                                    vErrors = [err187];
                                }
                                else {
                                    vErrors.push(err187);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err188 = {};
                            if (vErrors === null) {
                                vErrors = [err188];
                            }
                            else {
                                vErrors.push(err188);
                            }
                            errors++;
                        }
                    }
                    var _valid14 = _errs270 === errors;
                    errors = _errs269;
                    if (vErrors !== null) {
                        if (_errs269) {
                            vErrors.length = _errs269;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause11;
                    if (_valid14) {
                        const _errs272 = errors;
                        if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                            if (data82.unreadable === undefined) {
                                const err189 = { instancePath: instancePath + "/bucket/versioning", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data82 };
                                if (vErrors === null) {
                                    vErrors = [err189];
                                }
                                else {
                                    vErrors.push(err189);
                                }
                                errors++;
                            }
                            for (const key28 in data82) {
                                if (!(key28 === "unreadable")) {
                                    const err190 = { instancePath: instancePath + "/bucket/versioning", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data82 };
                                    if (vErrors === null) {
                                        vErrors = [err190];
                                    }
                                    else {
                                        vErrors.push(err190);
                                    }
                                    errors++;
                                }
                            }
                            if (data82.unreadable !== undefined) {
                                let data83 = data82.unreadable;
                                if (typeof data83 !== "string") {
                                    const err191 = { instancePath: instancePath + "/bucket/versioning/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data83 };
                                    if (vErrors === null) {
                                        vErrors = [err191];
                                    }
                                    else {
                                        vErrors.push(err191);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err192 = { instancePath: instancePath + "/bucket/versioning", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data82 };
                            if (vErrors === null) {
                                vErrors = [err192];
                            }
                            else {
                                vErrors.push(err192);
                            }
                            errors++;
                        }
                        var _valid14 = _errs272 === errors;
                        valid79 = _valid14;
                        ifClause11 = "then";
                    }
                    else {
                        const _errs278 = errors;
                        if (!(((data82 === "Enabled") || (data82 === "Suspended")) || (data82 === "Disabled"))) {
                            const err193 = { instancePath: instancePath + "/bucket/versioning", schemaPath: "#/properties/bucket/properties/versioning/else/enum", keyword: "enum", params: { allowedValues: schema31.properties.bucket.properties.versioning.else.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.bucket.properties.versioning.else.enum, parentSchema: schema31.properties.bucket.properties.versioning.else, data: data82 };
                            if (vErrors === null) {
                                vErrors = [err193];
                            }
                            else {
                                vErrors.push(err193);
                            }
                            errors++;
                        }
                        var _valid14 = _errs278 === errors;
                        valid79 = _valid14;
                        ifClause11 = "else";
                    }
                    if (!valid79) {
                        const err194 = { instancePath: instancePath + "/bucket/versioning", schemaPath: "#/properties/bucket/properties/versioning/if", keyword: "if", params: { failingKeyword: ifClause11 }, message: "must match \"" + ifClause11 + "\" schema", schema: schema31.properties.bucket.properties.versioning.if, parentSchema: schema31.properties.bucket.properties.versioning, data: data82 };
                        if (vErrors === null) {
                            vErrors = [err194];
                        }
                        else {
                            vErrors.push(err194);
                        }
                        errors++;
                    }
                }
                if (data42.objectLock !== undefined) {
                    let data84 = data42.objectLock;
                    const _errs280 = errors;
                    let valid82 = true;
                    const _errs281 = errors;
                    if (errors === _errs281) {
                        if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                            let missing12;
                            if ((data84.unreadable === undefined) && (missing12 = "unreadable")) {
                                const err195 = {};
                                if (vErrors === null) {
                                    vErrors = [err195];
                                }
                                else {
                                    vErrors.push(err195);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err196 = {};
                            if (vErrors === null) {
                                vErrors = [err196];
                            }
                            else {
                                vErrors.push(err196);
                            }
                            errors++;
                        }
                    }
                    var _valid15 = _errs281 === errors;
                    errors = _errs280;
                    if (vErrors !== null) {
                        if (_errs280) {
                            vErrors.length = _errs280;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause12;
                    if (_valid15) {
                        const _errs283 = errors;
                        if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                            if (data84.unreadable === undefined) {
                                const err197 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data84 };
                                if (vErrors === null) {
                                    vErrors = [err197];
                                }
                                else {
                                    vErrors.push(err197);
                                }
                                errors++;
                            }
                            for (const key29 in data84) {
                                if (!(key29 === "unreadable")) {
                                    const err198 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data84 };
                                    if (vErrors === null) {
                                        vErrors = [err198];
                                    }
                                    else {
                                        vErrors.push(err198);
                                    }
                                    errors++;
                                }
                            }
                            if (data84.unreadable !== undefined) {
                                let data85 = data84.unreadable;
                                if (typeof data85 !== "string") {
                                    const err199 = { instancePath: instancePath + "/bucket/objectLock/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data85 };
                                    if (vErrors === null) {
                                        vErrors = [err199];
                                    }
                                    else {
                                        vErrors.push(err199);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err200 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data84 };
                            if (vErrors === null) {
                                vErrors = [err200];
                            }
                            else {
                                vErrors.push(err200);
                            }
                            errors++;
                        }
                        var _valid15 = _errs283 === errors;
                        valid82 = _valid15;
                        if (valid82) {
                            var props15 = true;
                        }
                        ifClause12 = "then";
                    }
                    else {
                        const _errs289 = errors;
                        if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                            if (data84.enabled === undefined) {
                                const err201 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/properties/bucket/properties/objectLock/else/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property '" + "enabled" + "'", schema: schema31.properties.bucket.properties.objectLock.else.required, parentSchema: schema31.properties.bucket.properties.objectLock.else, data: data84 };
                                if (vErrors === null) {
                                    vErrors = [err201];
                                }
                                else {
                                    vErrors.push(err201);
                                }
                                errors++;
                            }
                            for (const key30 in data84) {
                                if (!((key30 === "enabled") || (key30 === "defaultRetention"))) {
                                    const err202 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/properties/bucket/properties/objectLock/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket.properties.objectLock.else, data: data84 };
                                    if (vErrors === null) {
                                        vErrors = [err202];
                                    }
                                    else {
                                        vErrors.push(err202);
                                    }
                                    errors++;
                                }
                            }
                            if (data84.enabled !== undefined) {
                                let data86 = data84.enabled;
                                if (typeof data86 !== "boolean") {
                                    const err203 = { instancePath: instancePath + "/bucket/objectLock/enabled", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.bucket.properties.objectLock.else.properties.enabled.type, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.enabled, data: data86 };
                                    if (vErrors === null) {
                                        vErrors = [err203];
                                    }
                                    else {
                                        vErrors.push(err203);
                                    }
                                    errors++;
                                }
                            }
                            if (data84.defaultRetention !== undefined) {
                                let data87 = data84.defaultRetention;
                                if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                    if (data87.mode === undefined) {
                                        const err204 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'", schema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.required, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention, data: data87 };
                                        if (vErrors === null) {
                                            vErrors = [err204];
                                        }
                                        else {
                                            vErrors.push(err204);
                                        }
                                        errors++;
                                    }
                                    for (const key31 in data87) {
                                        if (!(((key31 === "mode") || (key31 === "days")) || (key31 === "years"))) {
                                            const err205 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention, data: data87 };
                                            if (vErrors === null) {
                                                vErrors = [err205];
                                            }
                                            else {
                                                vErrors.push(err205);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data87.mode !== undefined) {
                                        let data88 = data87.mode;
                                        if (!((data88 === "GOVERNANCE") || (data88 === "COMPLIANCE"))) {
                                            const err206 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention/mode", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.mode.enum, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.mode, data: data88 };
                                            if (vErrors === null) {
                                                vErrors = [err206];
                                            }
                                            else {
                                                vErrors.push(err206);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data87.days !== undefined) {
                                        let data89 = data87.days;
                                        if (!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))) {
                                            const err207 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention/days", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.days.type, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.days, data: data89 };
                                            if (vErrors === null) {
                                                vErrors = [err207];
                                            }
                                            else {
                                                vErrors.push(err207);
                                            }
                                            errors++;
                                        }
                                        if ((typeof data89 == "number") && (isFinite(data89))) {
                                            if (data89 < 1 || isNaN(data89)) {
                                                const err208 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention/days", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.days, data: data89 };
                                                if (vErrors === null) {
                                                    vErrors = [err208];
                                                }
                                                else {
                                                    vErrors.push(err208);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    if (data87.years !== undefined) {
                                        let data90 = data87.years;
                                        if (!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))) {
                                            const err209 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention/years", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/properties/years/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.years.type, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.years, data: data90 };
                                            if (vErrors === null) {
                                                vErrors = [err209];
                                            }
                                            else {
                                                vErrors.push(err209);
                                            }
                                            errors++;
                                        }
                                        if ((typeof data90 == "number") && (isFinite(data90))) {
                                            if (data90 < 1 || isNaN(data90)) {
                                                const err210 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention/years", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/properties/years/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.properties.years, data: data90 };
                                                if (vErrors === null) {
                                                    vErrors = [err210];
                                                }
                                                else {
                                                    vErrors.push(err210);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err211 = { instancePath: instancePath + "/bucket/objectLock/defaultRetention", schemaPath: "#/properties/bucket/properties/objectLock/else/properties/defaultRetention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention.type, parentSchema: schema31.properties.bucket.properties.objectLock.else.properties.defaultRetention, data: data87 };
                                    if (vErrors === null) {
                                        vErrors = [err211];
                                    }
                                    else {
                                        vErrors.push(err211);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err212 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/properties/bucket/properties/objectLock/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objectLock.else.type, parentSchema: schema31.properties.bucket.properties.objectLock.else, data: data84 };
                            if (vErrors === null) {
                                vErrors = [err212];
                            }
                            else {
                                vErrors.push(err212);
                            }
                            errors++;
                        }
                        var _valid15 = _errs289 === errors;
                        valid82 = _valid15;
                        if (valid82) {
                            if (props15 !== true) {
                                props15 = true;
                            }
                        }
                        ifClause12 = "else";
                    }
                    if (!valid82) {
                        const err213 = { instancePath: instancePath + "/bucket/objectLock", schemaPath: "#/properties/bucket/properties/objectLock/if", keyword: "if", params: { failingKeyword: ifClause12 }, message: "must match \"" + ifClause12 + "\" schema", schema: schema31.properties.bucket.properties.objectLock.if, parentSchema: schema31.properties.bucket.properties.objectLock, data: data84 };
                        if (vErrors === null) {
                            vErrors = [err213];
                        }
                        else {
                            vErrors.push(err213);
                        }
                        errors++;
                    }
                }
                if (data42.requesterPays !== undefined) {
                    let data91 = data42.requesterPays;
                    const _errs303 = errors;
                    let valid87 = true;
                    const _errs304 = errors;
                    if (errors === _errs304) {
                        if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                            let missing13;
                            if ((data91.unreadable === undefined) && (missing13 = "unreadable")) {
                                const err214 = {};
                                if (vErrors === null) {
                                    vErrors = [err214];
                                }
                                else {
                                    vErrors.push(err214);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err215 = {};
                            if (vErrors === null) {
                                vErrors = [err215];
                            }
                            else {
                                vErrors.push(err215);
                            }
                            errors++;
                        }
                    }
                    var _valid16 = _errs304 === errors;
                    errors = _errs303;
                    if (vErrors !== null) {
                        if (_errs303) {
                            vErrors.length = _errs303;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause13;
                    if (_valid16) {
                        const _errs306 = errors;
                        if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                            if (data91.unreadable === undefined) {
                                const err216 = { instancePath: instancePath + "/bucket/requesterPays", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data91 };
                                if (vErrors === null) {
                                    vErrors = [err216];
                                }
                                else {
                                    vErrors.push(err216);
                                }
                                errors++;
                            }
                            for (const key32 in data91) {
                                if (!(key32 === "unreadable")) {
                                    const err217 = { instancePath: instancePath + "/bucket/requesterPays", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data91 };
                                    if (vErrors === null) {
                                        vErrors = [err217];
                                    }
                                    else {
                                        vErrors.push(err217);
                                    }
                                    errors++;
                                }
                            }
                            if (data91.unreadable !== undefined) {
                                let data92 = data91.unreadable;
                                if (typeof data92 !== "string") {
                                    const err218 = { instancePath: instancePath + "/bucket/requesterPays/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data92 };
                                    if (vErrors === null) {
                                        vErrors = [err218];
                                    }
                                    else {
                                        vErrors.push(err218);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err219 = { instancePath: instancePath + "/bucket/requesterPays", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data91 };
                            if (vErrors === null) {
                                vErrors = [err219];
                            }
                            else {
                                vErrors.push(err219);
                            }
                            errors++;
                        }
                        var _valid16 = _errs306 === errors;
                        valid87 = _valid16;
                        ifClause13 = "then";
                    }
                    else {
                        const _errs312 = errors;
                        if (typeof data91 !== "boolean") {
                            const err220 = { instancePath: instancePath + "/bucket/requesterPays", schemaPath: "#/properties/bucket/properties/requesterPays/else/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.bucket.properties.requesterPays.else.type, parentSchema: schema31.properties.bucket.properties.requesterPays.else, data: data91 };
                            if (vErrors === null) {
                                vErrors = [err220];
                            }
                            else {
                                vErrors.push(err220);
                            }
                            errors++;
                        }
                        var _valid16 = _errs312 === errors;
                        valid87 = _valid16;
                        ifClause13 = "else";
                    }
                    if (!valid87) {
                        const err221 = { instancePath: instancePath + "/bucket/requesterPays", schemaPath: "#/properties/bucket/properties/requesterPays/if", keyword: "if", params: { failingKeyword: ifClause13 }, message: "must match \"" + ifClause13 + "\" schema", schema: schema31.properties.bucket.properties.requesterPays.if, parentSchema: schema31.properties.bucket.properties.requesterPays, data: data91 };
                        if (vErrors === null) {
                            vErrors = [err221];
                        }
                        else {
                            vErrors.push(err221);
                        }
                        errors++;
                    }
                }
                if (data42.objects !== undefined) {
                    let data93 = data42.objects;
                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                        for (const key33 in data93) {
                            let data94 = data93[key33];
                            if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                                for (const key34 in data94) {
                                    if (!(((((((key34 === "exists") || (key34 === "owner")) || (key34 === "kmsKeyArn")) || (key34 === "acl")) || (key34 === "tags")) || (key34 === "retention")) || (key34 === "legalHold"))) {
                                        const err222 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bucket/properties/objects/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties, data: data94 };
                                        if (vErrors === null) {
                                            vErrors = [err222];
                                        }
                                        else {
                                            vErrors.push(err222);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.exists !== undefined) {
                                    let data95 = data94.exists;
                                    if (typeof data95 !== "boolean") {
                                        const err223 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/exists", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/exists/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.exists.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.exists, data: data95 };
                                        if (vErrors === null) {
                                            vErrors = [err223];
                                        }
                                        else {
                                            vErrors.push(err223);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.owner !== undefined) {
                                    let data96 = data94.owner;
                                    if (typeof data96 === "string") {
                                        if (!pattern13.test(data96)) {
                                            const err224 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/owner/pattern", keyword: "pattern", params: { pattern: "^([0-9]{12}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9]{12}|[0-9a-fA-F]{64})$" + "\"", schema: "^([0-9]{12}|[0-9a-fA-F]{64})$", parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.owner, data: data96 };
                                            if (vErrors === null) {
                                                vErrors = [err224];
                                            }
                                            else {
                                                vErrors.push(err224);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err225 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.owner.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.owner, data: data96 };
                                        if (vErrors === null) {
                                            vErrors = [err225];
                                        }
                                        else {
                                            vErrors.push(err225);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.kmsKeyArn !== undefined) {
                                    let data97 = data94.kmsKeyArn;
                                    if (typeof data97 === "string") {
                                        if (func3(data97) < 1) {
                                            const err226 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/kmsKeyArn", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/kmsKeyArn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.kmsKeyArn, data: data97 };
                                            if (vErrors === null) {
                                                vErrors = [err226];
                                            }
                                            else {
                                                vErrors.push(err226);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err227 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/kmsKeyArn", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/kmsKeyArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.kmsKeyArn.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.kmsKeyArn, data: data97 };
                                        if (vErrors === null) {
                                            vErrors = [err227];
                                        }
                                        else {
                                            vErrors.push(err227);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.acl !== undefined) {
                                    let data98 = data94.acl;
                                    const _errs327 = errors;
                                    let valid92 = true;
                                    const _errs328 = errors;
                                    if (errors === _errs328) {
                                        if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                            let missing14;
                                            if ((data98.unreadable === undefined) && (missing14 = "unreadable")) {
                                                const err228 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err228];
                                                }
                                                else {
                                                    vErrors.push(err228);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err229 = {};
                                            if (vErrors === null) {
                                                vErrors = [err229];
                                            }
                                            else {
                                                vErrors.push(err229);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid17 = _errs328 === errors;
                                    errors = _errs327;
                                    if (vErrors !== null) {
                                        if (_errs327) {
                                            vErrors.length = _errs327;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause14;
                                    if (_valid17) {
                                        const _errs330 = errors;
                                        if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                            if (data98.unreadable === undefined) {
                                                const err230 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err230];
                                                }
                                                else {
                                                    vErrors.push(err230);
                                                }
                                                errors++;
                                            }
                                            for (const key35 in data98) {
                                                if (!(key35 === "unreadable")) {
                                                    const err231 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data98 };
                                                    if (vErrors === null) {
                                                        vErrors = [err231];
                                                    }
                                                    else {
                                                        vErrors.push(err231);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data98.unreadable !== undefined) {
                                                let data99 = data98.unreadable;
                                                if (typeof data99 !== "string") {
                                                    const err232 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data99 };
                                                    if (vErrors === null) {
                                                        vErrors = [err232];
                                                    }
                                                    else {
                                                        vErrors.push(err232);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err233 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data98 };
                                            if (vErrors === null) {
                                                vErrors = [err233];
                                            }
                                            else {
                                                vErrors.push(err233);
                                            }
                                            errors++;
                                        }
                                        var _valid17 = _errs330 === errors;
                                        valid92 = _valid17;
                                        if (valid92) {
                                            var props17 = true;
                                        }
                                        ifClause14 = "then";
                                    }
                                    else {
                                        const _errs336 = errors;
                                        if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                            if (data98.owner === undefined) {
                                                const err234 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/acl/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema49.required, parentSchema: schema49, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err234];
                                                }
                                                else {
                                                    vErrors.push(err234);
                                                }
                                                errors++;
                                            }
                                            if (data98.grants === undefined) {
                                                const err235 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/acl/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property '" + "grants" + "'", schema: schema49.required, parentSchema: schema49, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err235];
                                                }
                                                else {
                                                    vErrors.push(err235);
                                                }
                                                errors++;
                                            }
                                            for (const key36 in data98) {
                                                if (!((key36 === "owner") || (key36 === "grants"))) {
                                                    const err236 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/acl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data98 };
                                                    if (vErrors === null) {
                                                        vErrors = [err236];
                                                    }
                                                    else {
                                                        vErrors.push(err236);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data98.owner !== undefined) {
                                                let data100 = data98.owner;
                                                if (typeof data100 === "string") {
                                                    if (!pattern13.test(data100)) {
                                                        const err237 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/owner", schemaPath: "#/$defs/acl/properties/owner/pattern", keyword: "pattern", params: { pattern: "^([0-9]{12}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9]{12}|[0-9a-fA-F]{64})$" + "\"", schema: "^([0-9]{12}|[0-9a-fA-F]{64})$", parentSchema: schema49.properties.owner, data: data100 };
                                                        if (vErrors === null) {
                                                            vErrors = [err237];
                                                        }
                                                        else {
                                                            vErrors.push(err237);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err238 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/owner", schemaPath: "#/$defs/acl/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.owner.type, parentSchema: schema49.properties.owner, data: data100 };
                                                    if (vErrors === null) {
                                                        vErrors = [err238];
                                                    }
                                                    else {
                                                        vErrors.push(err238);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data98.grants !== undefined) {
                                                let data101 = data98.grants;
                                                if (Array.isArray(data101)) {
                                                    const len9 = data101.length;
                                                    for (let i9 = 0; i9 < len9; i9++) {
                                                        let data102 = data101[i9];
                                                        if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                                            if (data102.grantee === undefined) {
                                                                const err239 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9, schemaPath: "#/$defs/acl/properties/grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property '" + "grantee" + "'", schema: schema49.properties.grants.items.required, parentSchema: schema49.properties.grants.items, data: data102 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err239];
                                                                }
                                                                else {
                                                                    vErrors.push(err239);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data102.permission === undefined) {
                                                                const err240 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9, schemaPath: "#/$defs/acl/properties/grants/items/required", keyword: "required", params: { missingProperty: "permission" }, message: "must have required property '" + "permission" + "'", schema: schema49.properties.grants.items.required, parentSchema: schema49.properties.grants.items, data: data102 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err240];
                                                                }
                                                                else {
                                                                    vErrors.push(err240);
                                                                }
                                                                errors++;
                                                            }
                                                            for (const key37 in data102) {
                                                                if (!((key37 === "grantee") || (key37 === "permission"))) {
                                                                    const err241 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9, schemaPath: "#/$defs/acl/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items, data: data102 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err241];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err241);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data102.grantee !== undefined) {
                                                                let data103 = data102.grantee;
                                                                const _errs350 = errors;
                                                                let valid101 = true;
                                                                const _errs351 = errors;
                                                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                    if (data103.type !== undefined) {
                                                                        if ("CanonicalUser" !== data103.type) {
                                                                            const err242 = {};
                                                                            if (vErrors === null) {
                                                                                vErrors = [err242];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err242);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                var _valid18 = _errs351 === errors;
                                                                errors = _errs350;
                                                                if (vErrors !== null) {
                                                                    if (_errs350) {
                                                                        vErrors.length = _errs350;
                                                                    }
                                                                    else {
                                                                        vErrors = null;
                                                                    }
                                                                }
                                                                if (_valid18) {
                                                                    const _errs353 = errors;
                                                                    if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                        if (data103.id === undefined) {
                                                                            const err243 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then, data: data103 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err243];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err243);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        for (const key38 in data103) {
                                                                            if (!(((key38 === "type") || (key38 === "id")) || (key38 === "displayName"))) {
                                                                                const err244 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then, data: data103 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err244];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err244);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data103.id !== undefined) {
                                                                            let data105 = data103.id;
                                                                            if (typeof data105 === "string") {
                                                                                if (!pattern13.test(data105)) {
                                                                                    const err245 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/id", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/id/pattern", keyword: "pattern", params: { pattern: "^([0-9]{12}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9]{12}|[0-9a-fA-F]{64})$" + "\"", schema: "^([0-9]{12}|[0-9a-fA-F]{64})$", parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id, data: data105 };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err245];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err245);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err246 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/id", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.id, data: data105 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err246];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err246);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data103.displayName !== undefined) {
                                                                            let data106 = data103.displayName;
                                                                            if (typeof data106 !== "string") {
                                                                                const err247 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/displayName", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/then/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.displayName.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0].then.properties.displayName, data: data106 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err247];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err247);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    var _valid18 = _errs353 === errors;
                                                                    valid101 = _valid18;
                                                                    if (valid101) {
                                                                        var props18 = true;
                                                                    }
                                                                }
                                                                if (!valid101) {
                                                                    const err248 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[0].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[0], data: data103 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err248];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err248);
                                                                    }
                                                                    errors++;
                                                                }
                                                                const _errs360 = errors;
                                                                let valid104 = true;
                                                                const _errs361 = errors;
                                                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                    if (data103.type !== undefined) {
                                                                        if ("Group" !== data103.type) {
                                                                            const err249 = {};
                                                                            if (vErrors === null) {
                                                                                vErrors = [err249];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err249);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                var _valid19 = _errs361 === errors;
                                                                errors = _errs360;
                                                                if (vErrors !== null) {
                                                                    if (_errs360) {
                                                                        vErrors.length = _errs360;
                                                                    }
                                                                    else {
                                                                        vErrors = null;
                                                                    }
                                                                }
                                                                if (_valid19) {
                                                                    const _errs363 = errors;
                                                                    if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                        if (data103.uri === undefined) {
                                                                            const err250 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property '" + "uri" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[1].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then, data: data103 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err250];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err250);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        for (const key39 in data103) {
                                                                            if (!((key39 === "type") || (key39 === "uri"))) {
                                                                                const err251 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then, data: data103 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err251];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err251);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data103.uri !== undefined) {
                                                                            let data108 = data103.uri;
                                                                            if (!(((data108 === "http://acs.amazonaws.com/groups/global/AllUsers") || (data108 === "http://acs.amazonaws.com/groups/global/AuthenticatedUsers")) || (data108 === "http://acs.amazonaws.com/groups/s3/LogDelivery"))) {
                                                                                const err252 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/uri", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/then/properties/uri/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri.enum, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1].then.properties.uri, data: data108 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err252];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err252);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    var _valid19 = _errs363 === errors;
                                                                    valid104 = _valid19;
                                                                    if (valid104) {
                                                                        var props19 = true;
                                                                    }
                                                                }
                                                                if (!valid104) {
                                                                    const err253 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[1].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[1], data: data103 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err253];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err253);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (props18 !== true && props19 !== undefined) {
                                                                    if (props19 === true) {
                                                                        props18 = true;
                                                                    }
                                                                    else {
                                                                        props18 = props18 || {};
                                                                        Object.assign(props18, props19);
                                                                    }
                                                                }
                                                                const _errs367 = errors;
                                                                let valid107 = true;
                                                                const _errs368 = errors;
                                                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                    if (data103.type !== undefined) {
                                                                        if ("AmazonCustomerByEmail" !== data103.type) {
                                                                            const err254 = {};
                                                                            if (vErrors === null) {
                                                                                vErrors = [err254];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err254);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                var _valid20 = _errs368 === errors;
                                                                errors = _errs367;
                                                                if (vErrors !== null) {
                                                                    if (_errs367) {
                                                                        vErrors.length = _errs367;
                                                                    }
                                                                    else {
                                                                        vErrors = null;
                                                                    }
                                                                }
                                                                if (_valid20) {
                                                                    const _errs370 = errors;
                                                                    if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                        if (data103.emailAddress === undefined) {
                                                                            const err255 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/required", keyword: "required", params: { missingProperty: "emailAddress" }, message: "must have required property '" + "emailAddress" + "'", schema: schema49.properties.grants.items.properties.grantee.allOf[2].then.required, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then, data: data103 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err255];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err255);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        for (const key40 in data103) {
                                                                            if (!((key40 === "type") || (key40 === "emailAddress"))) {
                                                                                const err256 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then, data: data103 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err256];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err256);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data103.emailAddress !== undefined) {
                                                                            let data110 = data103.emailAddress;
                                                                            if (typeof data110 === "string") {
                                                                                if (!pattern15.test(data110)) {
                                                                                    const err257 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/emailAddress", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/properties/emailAddress/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: "must match pattern \"" + "^[^@\\s]+@[^@\\s]+$" + "\"", schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress, data: data110 };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err257];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err257);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err258 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/emailAddress", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/then/properties/emailAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress.type, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2].then.properties.emailAddress, data: data110 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err258];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err258);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    var _valid20 = _errs370 === errors;
                                                                    valid107 = _valid20;
                                                                    if (valid107) {
                                                                        var props20 = true;
                                                                    }
                                                                }
                                                                if (!valid107) {
                                                                    const err259 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema49.properties.grants.items.properties.grantee.allOf[2].if, parentSchema: schema49.properties.grants.items.properties.grantee.allOf[2], data: data103 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err259];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err259);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (props18 !== true && props20 !== undefined) {
                                                                    if (props20 === true) {
                                                                        props18 = true;
                                                                    }
                                                                    else {
                                                                        props18 = props18 || {};
                                                                        Object.assign(props18, props20);
                                                                    }
                                                                }
                                                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                    if (data103.type === undefined) {
                                                                        const err260 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema49.properties.grants.items.properties.grantee.required, parentSchema: schema49.properties.grants.items.properties.grantee, data: data103 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err260];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err260);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    if (props18 !== true) {
                                                                        props18 = props18 || {};
                                                                        props18.type = true;
                                                                    }
                                                                    if (data103.type !== undefined) {
                                                                        let data111 = data103.type;
                                                                        if (!(((data111 === "CanonicalUser") || (data111 === "Group")) || (data111 === "AmazonCustomerByEmail"))) {
                                                                            const err261 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee/type", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/properties/type/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.grantee.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.grantee.properties.type.enum, parentSchema: schema49.properties.grants.items.properties.grantee.properties.type, data: data111 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err261];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err261);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err262 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/grantee", schemaPath: "#/$defs/acl/properties/grants/items/properties/grantee/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.grants.items.properties.grantee.type, parentSchema: schema49.properties.grants.items.properties.grantee, data: data103 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err262];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err262);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data102.permission !== undefined) {
                                                                let data112 = data102.permission;
                                                                if (!(((((data112 === "FULL_CONTROL") || (data112 === "READ")) || (data112 === "WRITE")) || (data112 === "READ_ACP")) || (data112 === "WRITE_ACP"))) {
                                                                    const err263 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9 + "/permission", schemaPath: "#/$defs/acl/properties/grants/items/properties/permission/enum", keyword: "enum", params: { allowedValues: schema49.properties.grants.items.properties.permission.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.grants.items.properties.permission.enum, parentSchema: schema49.properties.grants.items.properties.permission, data: data112 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err263];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err263);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err264 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants/" + i9, schemaPath: "#/$defs/acl/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.grants.items.type, parentSchema: schema49.properties.grants.items, data: data102 };
                                                            if (vErrors === null) {
                                                                vErrors = [err264];
                                                            }
                                                            else {
                                                                vErrors.push(err264);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err265 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl/grants", schemaPath: "#/$defs/acl/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.grants.type, parentSchema: schema49.properties.grants, data: data101 };
                                                    if (vErrors === null) {
                                                        vErrors = [err265];
                                                    }
                                                    else {
                                                        vErrors.push(err265);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err266 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/$defs/acl/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data98 };
                                            if (vErrors === null) {
                                                vErrors = [err266];
                                            }
                                            else {
                                                vErrors.push(err266);
                                            }
                                            errors++;
                                        }
                                        var _valid17 = _errs336 === errors;
                                        valid92 = _valid17;
                                        if (valid92) {
                                            if (props17 !== true) {
                                                props17 = true;
                                            }
                                        }
                                        ifClause14 = "else";
                                    }
                                    if (!valid92) {
                                        const err267 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/acl", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/acl/if", keyword: "if", params: { failingKeyword: ifClause14 }, message: "must match \"" + ifClause14 + "\" schema", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.acl.if, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.acl, data: data98 };
                                        if (vErrors === null) {
                                            vErrors = [err267];
                                        }
                                        else {
                                            vErrors.push(err267);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.tags !== undefined) {
                                    let data113 = data94.tags;
                                    const _errs377 = errors;
                                    let valid111 = true;
                                    const _errs378 = errors;
                                    if (errors === _errs378) {
                                        if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                                            let missing15;
                                            if ((data113.unreadable === undefined) && (missing15 = "unreadable")) {
                                                const err268 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err268];
                                                }
                                                else {
                                                    vErrors.push(err268);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err269 = {};
                                            if (vErrors === null) {
                                                vErrors = [err269];
                                            }
                                            else {
                                                vErrors.push(err269);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid21 = _errs378 === errors;
                                    errors = _errs377;
                                    if (vErrors !== null) {
                                        if (_errs377) {
                                            vErrors.length = _errs377;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause15;
                                    if (_valid21) {
                                        const _errs380 = errors;
                                        if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                                            if (data113.unreadable === undefined) {
                                                const err270 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data113 };
                                                if (vErrors === null) {
                                                    vErrors = [err270];
                                                }
                                                else {
                                                    vErrors.push(err270);
                                                }
                                                errors++;
                                            }
                                            for (const key41 in data113) {
                                                if (!(key41 === "unreadable")) {
                                                    const err271 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data113 };
                                                    if (vErrors === null) {
                                                        vErrors = [err271];
                                                    }
                                                    else {
                                                        vErrors.push(err271);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data113.unreadable !== undefined) {
                                                let data114 = data113.unreadable;
                                                if (typeof data114 !== "string") {
                                                    const err272 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data114 };
                                                    if (vErrors === null) {
                                                        vErrors = [err272];
                                                    }
                                                    else {
                                                        vErrors.push(err272);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err273 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data113 };
                                            if (vErrors === null) {
                                                vErrors = [err273];
                                            }
                                            else {
                                                vErrors.push(err273);
                                            }
                                            errors++;
                                        }
                                        var _valid21 = _errs380 === errors;
                                        valid111 = _valid21;
                                        if (valid111) {
                                            var props21 = true;
                                        }
                                        ifClause15 = "then";
                                    }
                                    else {
                                        const _errs386 = errors;
                                        if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                                            for (const key42 in data113) {
                                                let data115 = data113[key42];
                                                if (typeof data115 !== "string") {
                                                    const err274 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/tags/else/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags.else.additionalProperties.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags.else.additionalProperties, data: data115 };
                                                    if (vErrors === null) {
                                                        vErrors = [err274];
                                                    }
                                                    else {
                                                        vErrors.push(err274);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err275 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/tags/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags.else.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags.else, data: data113 };
                                            if (vErrors === null) {
                                                vErrors = [err275];
                                            }
                                            else {
                                                vErrors.push(err275);
                                            }
                                            errors++;
                                        }
                                        var _valid21 = _errs386 === errors;
                                        valid111 = _valid21;
                                        if (valid111) {
                                            if (props21 !== true) {
                                                props21 = true;
                                            }
                                        }
                                        ifClause15 = "else";
                                    }
                                    if (!valid111) {
                                        const err276 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/tags/if", keyword: "if", params: { failingKeyword: ifClause15 }, message: "must match \"" + ifClause15 + "\" schema", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags.if, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.tags, data: data113 };
                                        if (vErrors === null) {
                                            vErrors = [err276];
                                        }
                                        else {
                                            vErrors.push(err276);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.retention !== undefined) {
                                    let data116 = data94.retention;
                                    const _errs392 = errors;
                                    let valid115 = true;
                                    const _errs393 = errors;
                                    if (errors === _errs393) {
                                        if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                            let missing16;
                                            if ((data116.unreadable === undefined) && (missing16 = "unreadable")) {
                                                const err277 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err277];
                                                }
                                                else {
                                                    vErrors.push(err277);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err278 = {};
                                            if (vErrors === null) {
                                                vErrors = [err278];
                                            }
                                            else {
                                                vErrors.push(err278);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid22 = _errs393 === errors;
                                    errors = _errs392;
                                    if (vErrors !== null) {
                                        if (_errs392) {
                                            vErrors.length = _errs392;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause16;
                                    if (_valid22) {
                                        const _errs395 = errors;
                                        if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                            if (data116.unreadable === undefined) {
                                                const err279 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data116 };
                                                if (vErrors === null) {
                                                    vErrors = [err279];
                                                }
                                                else {
                                                    vErrors.push(err279);
                                                }
                                                errors++;
                                            }
                                            for (const key43 in data116) {
                                                if (!(key43 === "unreadable")) {
                                                    const err280 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data116 };
                                                    if (vErrors === null) {
                                                        vErrors = [err280];
                                                    }
                                                    else {
                                                        vErrors.push(err280);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data116.unreadable !== undefined) {
                                                let data117 = data116.unreadable;
                                                if (typeof data117 !== "string") {
                                                    const err281 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data117 };
                                                    if (vErrors === null) {
                                                        vErrors = [err281];
                                                    }
                                                    else {
                                                        vErrors.push(err281);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err282 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data116 };
                                            if (vErrors === null) {
                                                vErrors = [err282];
                                            }
                                            else {
                                                vErrors.push(err282);
                                            }
                                            errors++;
                                        }
                                        var _valid22 = _errs395 === errors;
                                        valid115 = _valid22;
                                        if (valid115) {
                                            var props22 = true;
                                        }
                                        ifClause16 = "then";
                                    }
                                    else {
                                        const _errs401 = errors;
                                        if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                            if (data116.mode === undefined) {
                                                const err283 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.required, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else, data: data116 };
                                                if (vErrors === null) {
                                                    vErrors = [err283];
                                                }
                                                else {
                                                    vErrors.push(err283);
                                                }
                                                errors++;
                                            }
                                            if (data116.until === undefined) {
                                                const err284 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property '" + "until" + "'", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.required, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else, data: data116 };
                                                if (vErrors === null) {
                                                    vErrors = [err284];
                                                }
                                                else {
                                                    vErrors.push(err284);
                                                }
                                                errors++;
                                            }
                                            for (const key44 in data116) {
                                                if (!((key44 === "mode") || (key44 === "until"))) {
                                                    const err285 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else, data: data116 };
                                                    if (vErrors === null) {
                                                        vErrors = [err285];
                                                    }
                                                    else {
                                                        vErrors.push(err285);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data116.mode !== undefined) {
                                                let data118 = data116.mode;
                                                if (!((data118 === "GOVERNANCE") || (data118 === "COMPLIANCE"))) {
                                                    const err286 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention/mode", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.mode.enum, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.mode, data: data118 };
                                                    if (vErrors === null) {
                                                        vErrors = [err286];
                                                    }
                                                    else {
                                                        vErrors.push(err286);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data116.until !== undefined) {
                                                let data119 = data116.until;
                                                if (typeof data119 === "string") {
                                                    if (!pattern8.test(data119)) {
                                                        const err287 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention/until", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/properties/until/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"", schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.until, data: data119 };
                                                        if (vErrors === null) {
                                                            vErrors = [err287];
                                                        }
                                                        else {
                                                            vErrors.push(err287);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err288 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention/until", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.until.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.properties.until, data: data119 };
                                                    if (vErrors === null) {
                                                        vErrors = [err288];
                                                    }
                                                    else {
                                                        vErrors.push(err288);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err289 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.else, data: data116 };
                                            if (vErrors === null) {
                                                vErrors = [err289];
                                            }
                                            else {
                                                vErrors.push(err289);
                                            }
                                            errors++;
                                        }
                                        var _valid22 = _errs401 === errors;
                                        valid115 = _valid22;
                                        if (valid115) {
                                            if (props22 !== true) {
                                                props22 = true;
                                            }
                                        }
                                        ifClause16 = "else";
                                    }
                                    if (!valid115) {
                                        const err290 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/retention", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/retention/if", keyword: "if", params: { failingKeyword: ifClause16 }, message: "must match \"" + ifClause16 + "\" schema", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention.if, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.retention, data: data116 };
                                        if (vErrors === null) {
                                            vErrors = [err290];
                                        }
                                        else {
                                            vErrors.push(err290);
                                        }
                                        errors++;
                                    }
                                }
                                if (data94.legalHold !== undefined) {
                                    let data120 = data94.legalHold;
                                    const _errs408 = errors;
                                    let valid119 = true;
                                    const _errs409 = errors;
                                    if (errors === _errs409) {
                                        if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                            let missing17;
                                            if ((data120.unreadable === undefined) && (missing17 = "unreadable")) {
                                                const err291 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err291];
                                                }
                                                else {
                                                    vErrors.push(err291);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err292 = {};
                                            if (vErrors === null) {
                                                vErrors = [err292];
                                            }
                                            else {
                                                vErrors.push(err292);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid23 = _errs409 === errors;
                                    errors = _errs408;
                                    if (vErrors !== null) {
                                        if (_errs408) {
                                            vErrors.length = _errs408;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause17;
                                    if (_valid23) {
                                        const _errs411 = errors;
                                        if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                            if (data120.unreadable === undefined) {
                                                const err293 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data120 };
                                                if (vErrors === null) {
                                                    vErrors = [err293];
                                                }
                                                else {
                                                    vErrors.push(err293);
                                                }
                                                errors++;
                                            }
                                            for (const key45 in data120) {
                                                if (!(key45 === "unreadable")) {
                                                    const err294 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data120 };
                                                    if (vErrors === null) {
                                                        vErrors = [err294];
                                                    }
                                                    else {
                                                        vErrors.push(err294);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data120.unreadable !== undefined) {
                                                let data121 = data120.unreadable;
                                                if (typeof data121 !== "string") {
                                                    const err295 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data121 };
                                                    if (vErrors === null) {
                                                        vErrors = [err295];
                                                    }
                                                    else {
                                                        vErrors.push(err295);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err296 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data120 };
                                            if (vErrors === null) {
                                                vErrors = [err296];
                                            }
                                            else {
                                                vErrors.push(err296);
                                            }
                                            errors++;
                                        }
                                        var _valid23 = _errs411 === errors;
                                        valid119 = _valid23;
                                        ifClause17 = "then";
                                    }
                                    else {
                                        const _errs417 = errors;
                                        if (typeof data120 !== "boolean") {
                                            const err297 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/legalHold/else/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.legalHold.else.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.legalHold.else, data: data120 };
                                            if (vErrors === null) {
                                                vErrors = [err297];
                                            }
                                            else {
                                                vErrors.push(err297);
                                            }
                                            errors++;
                                        }
                                        var _valid23 = _errs417 === errors;
                                        valid119 = _valid23;
                                        ifClause17 = "else";
                                    }
                                    if (!valid119) {
                                        const err298 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1") + "/legalHold", schemaPath: "#/properties/bucket/properties/objects/additionalProperties/properties/legalHold/if", keyword: "if", params: { failingKeyword: ifClause17 }, message: "must match \"" + ifClause17 + "\" schema", schema: schema31.properties.bucket.properties.objects.additionalProperties.properties.legalHold.if, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties.properties.legalHold, data: data120 };
                                        if (vErrors === null) {
                                            vErrors = [err298];
                                        }
                                        else {
                                            vErrors.push(err298);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err299 = { instancePath: instancePath + "/bucket/objects/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bucket/properties/objects/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objects.additionalProperties.type, parentSchema: schema31.properties.bucket.properties.objects.additionalProperties, data: data94 };
                                if (vErrors === null) {
                                    vErrors = [err299];
                                }
                                else {
                                    vErrors.push(err299);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err300 = { instancePath: instancePath + "/bucket/objects", schemaPath: "#/properties/bucket/properties/objects/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.properties.objects.type, parentSchema: schema31.properties.bucket.properties.objects, data: data93 };
                        if (vErrors === null) {
                            vErrors = [err300];
                        }
                        else {
                            vErrors.push(err300);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err301 = { instancePath: instancePath + "/bucket", schemaPath: "#/properties/bucket/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bucket.type, parentSchema: schema31.properties.bucket, data: data42 };
                if (vErrors === null) {
                    vErrors = [err301];
                }
                else {
                    vErrors.push(err301);
                }
                errors++;
            }
        }
        if (data.kmsKeys !== undefined) {
            let data122 = data.kmsKeys;
            if (Array.isArray(data122)) {
                const len10 = data122.length;
                for (let i10 = 0; i10 < len10; i10++) {
                    let data123 = data122[i10];
                    if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                        if (data123.arn === undefined) {
                            const err302 = { instancePath: instancePath + "/kmsKeys/" + i10, schemaPath: "#/properties/kmsKeys/items/required", keyword: "required", params: { missingProperty: "arn" }, message: "must have required property '" + "arn" + "'", schema: schema31.properties.kmsKeys.items.required, parentSchema: schema31.properties.kmsKeys.items, data: data123 };
                            if (vErrors === null) {
                                vErrors = [err302];
                            }
                            else {
                                vErrors.push(err302);
                            }
                            errors++;
                        }
                        for (const key46 in data123) {
                            if (!(((((key46 === "arn") || (key46 === "aliases")) || (key46 === "keyManager")) || (key46 === "policy")) || (key46 === "grants"))) {
                                const err303 = { instancePath: instancePath + "/kmsKeys/" + i10, schemaPath: "#/properties/kmsKeys/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kmsKeys.items, data: data123 };
                                if (vErrors === null) {
                                    vErrors = [err303];
                                }
                                else {
                                    vErrors.push(err303);
                                }
                                errors++;
                            }
                        }
                        if (data123.arn !== undefined) {
                            let data124 = data123.arn;
                            if (typeof data124 === "string") {
                                if (func3(data124) < 1) {
                                    const err304 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/arn", schemaPath: "#/properties/kmsKeys/items/properties/arn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.kmsKeys.items.properties.arn, data: data124 };
                                    if (vErrors === null) {
                                        vErrors = [err304];
                                    }
                                    else {
                                        vErrors.push(err304);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err305 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/arn", schemaPath: "#/properties/kmsKeys/items/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.arn.type, parentSchema: schema31.properties.kmsKeys.items.properties.arn, data: data124 };
                                if (vErrors === null) {
                                    vErrors = [err305];
                                }
                                else {
                                    vErrors.push(err305);
                                }
                                errors++;
                            }
                        }
                        if (data123.aliases !== undefined) {
                            let data125 = data123.aliases;
                            if (Array.isArray(data125)) {
                                const len11 = data125.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                    let data126 = data125[i11];
                                    if (typeof data126 === "string") {
                                        if (!pattern21.test(data126)) {
                                            const err306 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/aliases/" + i11, schemaPath: "#/properties/kmsKeys/items/properties/aliases/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$" }, message: "must match pattern \"" + "^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$" + "\"", schema: "^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$", parentSchema: schema31.properties.kmsKeys.items.properties.aliases.items, data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err306];
                                            }
                                            else {
                                                vErrors.push(err306);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err307 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/aliases/" + i11, schemaPath: "#/properties/kmsKeys/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.aliases.items.type, parentSchema: schema31.properties.kmsKeys.items.properties.aliases.items, data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err307];
                                        }
                                        else {
                                            vErrors.push(err307);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err308 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/aliases", schemaPath: "#/properties/kmsKeys/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.kmsKeys.items.properties.aliases.type, parentSchema: schema31.properties.kmsKeys.items.properties.aliases, data: data125 };
                                if (vErrors === null) {
                                    vErrors = [err308];
                                }
                                else {
                                    vErrors.push(err308);
                                }
                                errors++;
                            }
                        }
                        if (data123.keyManager !== undefined) {
                            let data127 = data123.keyManager;
                            if (!((data127 === "AWS") || (data127 === "CUSTOMER"))) {
                                const err309 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/keyManager", schemaPath: "#/properties/kmsKeys/items/properties/keyManager/enum", keyword: "enum", params: { allowedValues: schema31.properties.kmsKeys.items.properties.keyManager.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.kmsKeys.items.properties.keyManager.enum, parentSchema: schema31.properties.kmsKeys.items.properties.keyManager, data: data127 };
                                if (vErrors === null) {
                                    vErrors = [err309];
                                }
                                else {
                                    vErrors.push(err309);
                                }
                                errors++;
                            }
                        }
                        if (data123.policy !== undefined) {
                            let data128 = data123.policy;
                            const _errs432 = errors;
                            let valid127 = true;
                            const _errs433 = errors;
                            if (errors === _errs433) {
                                if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                                    let missing18;
                                    if ((data128.unreadable === undefined) && (missing18 = "unreadable")) {
                                        const err310 = {};
                                        if (vErrors === null) {
                                            vErrors = [err310];
                                        }
                                        else {
                                            vErrors.push(err310);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err311 = {};
                                    if (vErrors === null) {
                                        vErrors = [err311];
                                    }
                                    else {
                                        vErrors.push(err311);
                                    }
                                    errors++;
                                }
                            }
                            var _valid24 = _errs433 === errors;
                            errors = _errs432;
                            if (vErrors !== null) {
                                if (_errs432) {
                                    vErrors.length = _errs432;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause18;
                            if (_valid24) {
                                const _errs435 = errors;
                                if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                                    if (data128.unreadable === undefined) {
                                        const err312 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data128 };
                                        if (vErrors === null) {
                                            vErrors = [err312];
                                        }
                                        else {
                                            vErrors.push(err312);
                                        }
                                        errors++;
                                    }
                                    for (const key47 in data128) {
                                        if (!(key47 === "unreadable")) {
                                            const err313 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data128 };
                                            if (vErrors === null) {
                                                vErrors = [err313];
                                            }
                                            else {
                                                vErrors.push(err313);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data128.unreadable !== undefined) {
                                        let data129 = data128.unreadable;
                                        if (typeof data129 !== "string") {
                                            const err314 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data129 };
                                            if (vErrors === null) {
                                                vErrors = [err314];
                                            }
                                            else {
                                                vErrors.push(err314);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err315 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data128 };
                                    if (vErrors === null) {
                                        vErrors = [err315];
                                    }
                                    else {
                                        vErrors.push(err315);
                                    }
                                    errors++;
                                }
                                var _valid24 = _errs435 === errors;
                                valid127 = _valid24;
                                if (valid127) {
                                    var props24 = true;
                                }
                                ifClause18 = "then";
                            }
                            else {
                                const _errs441 = errors;
                                if (!(validate21(data128, { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy", parentData: data123, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                    errors = vErrors.length;
                                }
                                var _valid24 = _errs441 === errors;
                                valid127 = _valid24;
                                if (valid127) {
                                    if (props24 !== true) {
                                        props24 = true;
                                    }
                                }
                                ifClause18 = "else";
                            }
                            if (!valid127) {
                                const err316 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/policy", schemaPath: "#/properties/kmsKeys/items/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause18 }, message: "must match \"" + ifClause18 + "\" schema", schema: schema31.properties.kmsKeys.items.properties.policy.if, parentSchema: schema31.properties.kmsKeys.items.properties.policy, data: data128 };
                                if (vErrors === null) {
                                    vErrors = [err316];
                                }
                                else {
                                    vErrors.push(err316);
                                }
                                errors++;
                            }
                        }
                        if (data123.grants !== undefined) {
                            let data130 = data123.grants;
                            const _errs443 = errors;
                            let valid130 = true;
                            const _errs444 = errors;
                            if (errors === _errs444) {
                                if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                                    let missing19;
                                    if ((data130.unreadable === undefined) && (missing19 = "unreadable")) {
                                        const err317 = {};
                                        if (vErrors === null) {
                                            vErrors = [err317];
                                        }
                                        else {
                                            vErrors.push(err317);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err318 = {};
                                    if (vErrors === null) {
                                        vErrors = [err318];
                                    }
                                    else {
                                        vErrors.push(err318);
                                    }
                                    errors++;
                                }
                            }
                            var _valid25 = _errs444 === errors;
                            errors = _errs443;
                            if (vErrors !== null) {
                                if (_errs443) {
                                    vErrors.length = _errs443;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause19;
                            if (_valid25) {
                                const _errs446 = errors;
                                if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                                    if (data130.unreadable === undefined) {
                                        const err319 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data130 };
                                        if (vErrors === null) {
                                            vErrors = [err319];
                                        }
                                        else {
                                            vErrors.push(err319);
                                        }
                                        errors++;
                                    }
                                    for (const key48 in data130) {
                                        if (!(key48 === "unreadable")) {
                                            const err320 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data130 };
                                            if (vErrors === null) {
                                                vErrors = [err320];
                                            }
                                            else {
                                                vErrors.push(err320);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data130.unreadable !== undefined) {
                                        let data131 = data130.unreadable;
                                        if (typeof data131 !== "string") {
                                            const err321 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data131 };
                                            if (vErrors === null) {
                                                vErrors = [err321];
                                            }
                                            else {
                                                vErrors.push(err321);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err322 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data130 };
                                    if (vErrors === null) {
                                        vErrors = [err322];
                                    }
                                    else {
                                        vErrors.push(err322);
                                    }
                                    errors++;
                                }
                                var _valid25 = _errs446 === errors;
                                valid130 = _valid25;
                                ifClause19 = "then";
                            }
                            else {
                                const _errs452 = errors;
                                if (Array.isArray(data130)) {
                                    const len12 = data130.length;
                                    for (let i12 = 0; i12 < len12; i12++) {
                                        let data132 = data130[i12];
                                        if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
                                            if (data132.granteePrincipal === undefined) {
                                                const err323 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/required", keyword: "required", params: { missingProperty: "granteePrincipal" }, message: "must have required property '" + "granteePrincipal" + "'", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.required, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items, data: data132 };
                                                if (vErrors === null) {
                                                    vErrors = [err323];
                                                }
                                                else {
                                                    vErrors.push(err323);
                                                }
                                                errors++;
                                            }
                                            if (data132.operations === undefined) {
                                                const err324 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/required", keyword: "required", params: { missingProperty: "operations" }, message: "must have required property '" + "operations" + "'", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.required, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items, data: data132 };
                                                if (vErrors === null) {
                                                    vErrors = [err324];
                                                }
                                                else {
                                                    vErrors.push(err324);
                                                }
                                                errors++;
                                            }
                                            for (const key49 in data132) {
                                                if (!((((key49 === "granteePrincipal") || (key49 === "operations")) || (key49 === "retiringPrincipal")) || (key49 === "constraints"))) {
                                                    const err325 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items, data: data132 };
                                                    if (vErrors === null) {
                                                        vErrors = [err325];
                                                    }
                                                    else {
                                                        vErrors.push(err325);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data132.granteePrincipal !== undefined) {
                                                let data133 = data132.granteePrincipal;
                                                if (typeof data133 === "string") {
                                                    if (func3(data133) < 1) {
                                                        const err326 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/granteePrincipal", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/granteePrincipal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.granteePrincipal, data: data133 };
                                                        if (vErrors === null) {
                                                            vErrors = [err326];
                                                        }
                                                        else {
                                                            vErrors.push(err326);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err327 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/granteePrincipal", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/granteePrincipal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.granteePrincipal.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.granteePrincipal, data: data133 };
                                                    if (vErrors === null) {
                                                        vErrors = [err327];
                                                    }
                                                    else {
                                                        vErrors.push(err327);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data132.operations !== undefined) {
                                                let data134 = data132.operations;
                                                if (Array.isArray(data134)) {
                                                    const len13 = data134.length;
                                                    for (let i13 = 0; i13 < len13; i13++) {
                                                        let data135 = data134[i13];
                                                        if (typeof data135 === "string") {
                                                            if (func3(data135) < 1) {
                                                                const err328 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/operations/" + i13, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/operations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.operations.items, data: data135 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err328];
                                                                }
                                                                else {
                                                                    vErrors.push(err328);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err329 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/operations/" + i13, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/operations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.operations.items.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.operations.items, data: data135 };
                                                            if (vErrors === null) {
                                                                vErrors = [err329];
                                                            }
                                                            else {
                                                                vErrors.push(err329);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err330 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/operations", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/operations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.operations.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.operations, data: data134 };
                                                    if (vErrors === null) {
                                                        vErrors = [err330];
                                                    }
                                                    else {
                                                        vErrors.push(err330);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data132.retiringPrincipal !== undefined) {
                                                let data136 = data132.retiringPrincipal;
                                                if (typeof data136 === "string") {
                                                    if (func3(data136) < 1) {
                                                        const err331 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/retiringPrincipal", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/retiringPrincipal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.retiringPrincipal, data: data136 };
                                                        if (vErrors === null) {
                                                            vErrors = [err331];
                                                        }
                                                        else {
                                                            vErrors.push(err331);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err332 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/retiringPrincipal", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/retiringPrincipal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.retiringPrincipal.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.retiringPrincipal, data: data136 };
                                                    if (vErrors === null) {
                                                        vErrors = [err332];
                                                    }
                                                    else {
                                                        vErrors.push(err332);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data132.constraints !== undefined) {
                                                let data137 = data132.constraints;
                                                if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                                                    for (const key50 in data137) {
                                                        if (!((key50 === "encryptionContextSubset") || (key50 === "encryptionContextEquals"))) {
                                                            const err333 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints, data: data137 };
                                                            if (vErrors === null) {
                                                                vErrors = [err333];
                                                            }
                                                            else {
                                                                vErrors.push(err333);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data137.encryptionContextSubset !== undefined) {
                                                        let data138 = data137.encryptionContextSubset;
                                                        if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                                                            for (const key51 in data138) {
                                                                let data139 = data138[key51];
                                                                if (typeof data139 !== "string") {
                                                                    const err334 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints/encryptionContextSubset/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/properties/encryptionContextSubset/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextSubset.additionalProperties.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextSubset.additionalProperties, data: data139 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err334];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err334);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err335 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints/encryptionContextSubset", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/properties/encryptionContextSubset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextSubset.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextSubset, data: data138 };
                                                            if (vErrors === null) {
                                                                vErrors = [err335];
                                                            }
                                                            else {
                                                                vErrors.push(err335);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data137.encryptionContextEquals !== undefined) {
                                                        let data140 = data137.encryptionContextEquals;
                                                        if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                                                            for (const key52 in data140) {
                                                                let data141 = data140[key52];
                                                                if (typeof data141 !== "string") {
                                                                    const err336 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints/encryptionContextEquals/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/properties/encryptionContextEquals/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextEquals.additionalProperties.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextEquals.additionalProperties, data: data141 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err336];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err336);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err337 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints/encryptionContextEquals", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/properties/encryptionContextEquals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextEquals.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.properties.encryptionContextEquals, data: data140 };
                                                            if (vErrors === null) {
                                                                vErrors = [err337];
                                                            }
                                                            else {
                                                                vErrors.push(err337);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err338 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12 + "/constraints", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items.properties.constraints, data: data137 };
                                                    if (vErrors === null) {
                                                        vErrors = [err338];
                                                    }
                                                    else {
                                                        vErrors.push(err338);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err339 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants/" + i12, schemaPath: "#/properties/kmsKeys/items/properties/grants/else/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kmsKeys.items.properties.grants.else.items.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else.items, data: data132 };
                                            if (vErrors === null) {
                                                vErrors = [err339];
                                            }
                                            else {
                                                vErrors.push(err339);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err340 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants", schemaPath: "#/properties/kmsKeys/items/properties/grants/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.kmsKeys.items.properties.grants.else.type, parentSchema: schema31.properties.kmsKeys.items.properties.grants.else, data: data130 };
                                    if (vErrors === null) {
                                        vErrors = [err340];
                                    }
                                    else {
                                        vErrors.push(err340);
                                    }
                                    errors++;
                                }
                                var _valid25 = _errs452 === errors;
                                valid130 = _valid25;
                                ifClause19 = "else";
                            }
                            if (!valid130) {
                                const err341 = { instancePath: instancePath + "/kmsKeys/" + i10 + "/grants", schemaPath: "#/properties/kmsKeys/items/properties/grants/if", keyword: "if", params: { failingKeyword: ifClause19 }, message: "must match \"" + ifClause19 + "\" schema", schema: schema31.properties.kmsKeys.items.properties.grants.if, parentSchema: schema31.properties.kmsKeys.items.properties.grants, data: data130 };
                                if (vErrors === null) {
                                    vErrors = [err341];
                                }
                                else {
                                    vErrors.push(err341);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err342 = { instancePath: instancePath + "/kmsKeys/" + i10, schemaPath: "#/properties/kmsKeys/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kmsKeys.items.type, parentSchema: schema31.properties.kmsKeys.items, data: data123 };
                        if (vErrors === null) {
                            vErrors = [err342];
                        }
                        else {
                            vErrors.push(err342);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err343 = { instancePath: instancePath + "/kmsKeys", schemaPath: "#/properties/kmsKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.kmsKeys.type, parentSchema: schema31.properties.kmsKeys, data: data122 };
                if (vErrors === null) {
                    vErrors = [err343];
                }
                else {
                    vErrors.push(err343);
                }
                errors++;
            }
        }
        if (data.vpcEndpoints !== undefined) {
            let data142 = data.vpcEndpoints;
            if (Array.isArray(data142)) {
                const len14 = data142.length;
                for (let i14 = 0; i14 < len14; i14++) {
                    let data143 = data142[i14];
                    if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
                        if (data143.id === undefined) {
                            const err344 = { instancePath: instancePath + "/vpcEndpoints/" + i14, schemaPath: "#/properties/vpcEndpoints/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema31.properties.vpcEndpoints.items.required, parentSchema: schema31.properties.vpcEndpoints.items, data: data143 };
                            if (vErrors === null) {
                                vErrors = [err344];
                            }
                            else {
                                vErrors.push(err344);
                            }
                            errors++;
                        }
                        for (const key53 in data143) {
                            if (!(((key53 === "id") || (key53 === "type")) || (key53 === "policy"))) {
                                const err345 = { instancePath: instancePath + "/vpcEndpoints/" + i14, schemaPath: "#/properties/vpcEndpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.vpcEndpoints.items, data: data143 };
                                if (vErrors === null) {
                                    vErrors = [err345];
                                }
                                else {
                                    vErrors.push(err345);
                                }
                                errors++;
                            }
                        }
                        if (data143.id !== undefined) {
                            let data144 = data143.id;
                            if (typeof data144 === "string") {
                                if (func3(data144) < 1) {
                                    const err346 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/id", schemaPath: "#/properties/vpcEndpoints/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.vpcEndpoints.items.properties.id, data: data144 };
                                    if (vErrors === null) {
                                        vErrors = [err346];
                                    }
                                    else {
                                        vErrors.push(err346);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err347 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/id", schemaPath: "#/properties/vpcEndpoints/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.vpcEndpoints.items.properties.id.type, parentSchema: schema31.properties.vpcEndpoints.items.properties.id, data: data144 };
                                if (vErrors === null) {
                                    vErrors = [err347];
                                }
                                else {
                                    vErrors.push(err347);
                                }
                                errors++;
                            }
                        }
                        if (data143.type !== undefined) {
                            let data145 = data143.type;
                            if (!((data145 === "Gateway") || (data145 === "Interface"))) {
                                const err348 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/type", schemaPath: "#/properties/vpcEndpoints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.vpcEndpoints.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.vpcEndpoints.items.properties.type.enum, parentSchema: schema31.properties.vpcEndpoints.items.properties.type, data: data145 };
                                if (vErrors === null) {
                                    vErrors = [err348];
                                }
                                else {
                                    vErrors.push(err348);
                                }
                                errors++;
                            }
                        }
                        if (data143.policy !== undefined) {
                            let data146 = data143.policy;
                            const _errs487 = errors;
                            let valid144 = true;
                            const _errs488 = errors;
                            if (errors === _errs488) {
                                if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
                                    let missing20;
                                    if ((data146.unreadable === undefined) && (missing20 = "unreadable")) {
                                        const err349 = {};
                                        if (vErrors === null) {
                                            vErrors = [err349];
                                        }
                                        else {
                                            vErrors.push(err349);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err350 = {};
                                    if (vErrors === null) {
                                        vErrors = [err350];
                                    }
                                    else {
                                        vErrors.push(err350);
                                    }
                                    errors++;
                                }
                            }
                            var _valid26 = _errs488 === errors;
                            errors = _errs487;
                            if (vErrors !== null) {
                                if (_errs487) {
                                    vErrors.length = _errs487;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause20;
                            if (_valid26) {
                                const _errs490 = errors;
                                if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
                                    if (data146.unreadable === undefined) {
                                        const err351 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy", schemaPath: "#/$defs/unreadable/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property '" + "unreadable" + "'", schema: schema35.required, parentSchema: schema35, data: data146 };
                                        if (vErrors === null) {
                                            vErrors = [err351];
                                        }
                                        else {
                                            vErrors.push(err351);
                                        }
                                        errors++;
                                    }
                                    for (const key54 in data146) {
                                        if (!(key54 === "unreadable")) {
                                            const err352 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy", schemaPath: "#/$defs/unreadable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data146 };
                                            if (vErrors === null) {
                                                vErrors = [err352];
                                            }
                                            else {
                                                vErrors.push(err352);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data146.unreadable !== undefined) {
                                        let data147 = data146.unreadable;
                                        if (typeof data147 !== "string") {
                                            const err353 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy/unreadable", schemaPath: "#/$defs/unreadable/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.unreadable.type, parentSchema: schema35.properties.unreadable, data: data147 };
                                            if (vErrors === null) {
                                                vErrors = [err353];
                                            }
                                            else {
                                                vErrors.push(err353);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err354 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy", schemaPath: "#/$defs/unreadable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data146 };
                                    if (vErrors === null) {
                                        vErrors = [err354];
                                    }
                                    else {
                                        vErrors.push(err354);
                                    }
                                    errors++;
                                }
                                var _valid26 = _errs490 === errors;
                                valid144 = _valid26;
                                if (valid144) {
                                    var props26 = true;
                                }
                                ifClause20 = "then";
                            }
                            else {
                                const _errs496 = errors;
                                if (!(validate21(data146, { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy", parentData: data143, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                    errors = vErrors.length;
                                }
                                var _valid26 = _errs496 === errors;
                                valid144 = _valid26;
                                if (valid144) {
                                    if (props26 !== true) {
                                        props26 = true;
                                    }
                                }
                                ifClause20 = "else";
                            }
                            if (!valid144) {
                                const err355 = { instancePath: instancePath + "/vpcEndpoints/" + i14 + "/policy", schemaPath: "#/properties/vpcEndpoints/items/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause20 }, message: "must match \"" + ifClause20 + "\" schema", schema: schema31.properties.vpcEndpoints.items.properties.policy.if, parentSchema: schema31.properties.vpcEndpoints.items.properties.policy, data: data146 };
                                if (vErrors === null) {
                                    vErrors = [err355];
                                }
                                else {
                                    vErrors.push(err355);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err356 = { instancePath: instancePath + "/vpcEndpoints/" + i14, schemaPath: "#/properties/vpcEndpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.vpcEndpoints.items.type, parentSchema: schema31.properties.vpcEndpoints.items, data: data143 };
                        if (vErrors === null) {
                            vErrors = [err356];
                        }
                        else {
                            vErrors.push(err356);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err357 = { instancePath: instancePath + "/vpcEndpoints", schemaPath: "#/properties/vpcEndpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.vpcEndpoints.type, parentSchema: schema31.properties.vpcEndpoints, data: data142 };
                if (vErrors === null) {
                    vErrors = [err357];
                }
                else {
                    vErrors.push(err357);
                }
                errors++;
            }
        }
        if (data.expect !== undefined) {
            let data148 = data.expect;
            if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                if (data148.decision === undefined) {
                    const err358 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property '" + "decision" + "'", schema: schema31.properties.expect.required, parentSchema: schema31.properties.expect, data: data148 };
                    if (vErrors === null) {
                        vErrors = [err358];
                    }
                    else {
                        vErrors.push(err358);
                    }
                    errors++;
                }
                for (const key55 in data148) {
                    if (!((key55 === "decision") || (key55 === "denial"))) {
                        const err359 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.expect, data: data148 };
                        if (vErrors === null) {
                            vErrors = [err359];
                        }
                        else {
                            vErrors.push(err359);
                        }
                        errors++;
                    }
                }
                if (data148.decision !== undefined) {
                    let data149 = data148.decision;
                    if (!((data149 === "allow") || (data149 === "deny"))) {
                        const err360 = { instancePath: instancePath + "/expect/decision", schemaPath: "#/properties/expect/properties/decision/enum", keyword: "enum", params: { allowedValues: schema31.properties.expect.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.expect.properties.decision.enum, parentSchema: schema31.properties.expect.properties.decision, data: data149 };
                        if (vErrors === null) {
                            vErrors = [err360];
                        }
                        else {
                            vErrors.push(err360);
                        }
                        errors++;
                    }
                }
                if (data148.denial !== undefined) {
                    let data150 = data148.denial;
                    if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
                        if (data150.policyType === undefined) {
                            const err361 = { instancePath: instancePath + "/expect/denial", schemaPath: "#/properties/expect/properties/denial/required", keyword: "required", params: { missingProperty: "policyType" }, message: "must have required property '" + "policyType" + "'", schema: schema31.properties.expect.properties.denial.required, parentSchema: schema31.properties.expect.properties.denial, data: data150 };
                            if (vErrors === null) {
                                vErrors = [err361];
                            }
                            else {
                                vErrors.push(err361);
                            }
                            errors++;
                        }
                        for (const key56 in data150) {
                            if (!((((key56 === "kind") || (key56 === "policyType")) || (key56 === "statement")) || (key56 === "action"))) {
                                const err362 = { instancePath: instancePath + "/expect/denial", schemaPath: "#/properties/expect/properties/denial/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.expect.properties.denial, data: data150 };
                                if (vErrors === null) {
                                    vErrors = [err362];
                                }
                                else {
                                    vErrors.push(err362);
                                }
                                errors++;
                            }
                        }
                        if (data150.kind !== undefined) {
                            let data151 = data150.kind;
                            if (!((data151 === "explicit") || (data151 === "implicit"))) {
                                const err363 = { instancePath: instancePath + "/expect/denial/kind", schemaPath: "#/properties/expect/properties/denial/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.expect.properties.denial.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.expect.properties.denial.properties.kind.enum, parentSchema: schema31.properties.expect.properties.denial.properties.kind, data: data151 };
                                if (vErrors === null) {
                                    vErrors = [err363];
                                }
                                else {
                                    vErrors.push(err363);
                                }
                                errors++;
                            }
                        }
                        if (data150.policyType !== undefined) {
                            let data152 = data150.policyType;
                            if (!(((((((((((((data152 === "service-control-policy") || (data152 === "resource-control-policy")) || (data152 === "identity-based-policy")) || (data152 === "resource-based-policy")) || (data152 === "permissions-boundary")) || (data152 === "session-policy")) || (data152 === "vpc-endpoint-policy")) || (data152 === "block-public-access")) || (data152 === "acl")) || (data152 === "object-ownership")) || (data152 === "object-lock")) || (data152 === "requester-pays")) || (data152 === "missing-list-permission"))) {
                                const err364 = { instancePath: instancePath + "/expect/denial/policyType", schemaPath: "#/properties/expect/properties/denial/properties/policyType/enum", keyword: "enum", params: { allowedValues: schema31.properties.expect.properties.denial.properties.policyType.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.expect.properties.denial.properties.policyType.enum, parentSchema: schema31.properties.expect.properties.denial.properties.policyType, data: data152 };
                                if (vErrors === null) {
                                    vErrors = [err364];
                                }
                                else {
                                    vErrors.push(err364);
                                }
                                errors++;
                            }
                        }
                        if (data150.statement !== undefined) {
                            let data153 = data150.statement;
                            if ((typeof data153 !== "string") && (data153 !== null)) {
                                const err365 = { instancePath: instancePath + "/expect/denial/statement", schemaPath: "#/properties/expect/properties/denial/properties/statement/type", keyword: "type", params: { type: schema31.properties.expect.properties.denial.properties.statement.type }, message: "must be string,null", schema: schema31.properties.expect.properties.denial.properties.statement.type, parentSchema: schema31.properties.expect.properties.denial.properties.statement, data: data153 };
                                if (vErrors === null) {
                                    vErrors = [err365];
                                }
                                else {
                                    vErrors.push(err365);
                                }
                                errors++;
                            }
                        }
                        if (data150.action !== undefined) {
                            let data154 = data150.action;
                            if (typeof data154 === "string") {
                                if (func3(data154) < 1) {
                                    const err366 = { instancePath: instancePath + "/expect/denial/action", schemaPath: "#/properties/expect/properties/denial/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.expect.properties.denial.properties.action, data: data154 };
                                    if (vErrors === null) {
                                        vErrors = [err366];
                                    }
                                    else {
                                        vErrors.push(err366);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err367 = { instancePath: instancePath + "/expect/denial/action", schemaPath: "#/properties/expect/properties/denial/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.expect.properties.denial.properties.action.type, parentSchema: schema31.properties.expect.properties.denial.properties.action, data: data154 };
                                if (vErrors === null) {
                                    vErrors = [err367];
                                }
                                else {
                                    vErrors.push(err367);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err368 = { instancePath: instancePath + "/expect/denial", schemaPath: "#/properties/expect/properties/denial/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.expect.properties.denial.type, parentSchema: schema31.properties.expect.properties.denial, data: data150 };
                        if (vErrors === null) {
                            vErrors = [err368];
                        }
                        else {
                            vErrors.push(err368);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err369 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.expect.type, parentSchema: schema31.properties.expect, data: data148 };
                if (vErrors === null) {
                    vErrors = [err369];
                }
                else {
                    vErrors.push(err369);
                }
                errors++;
            }
        }
    }
    else {
        const err370 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err370];
        }
        else {
            vErrors.push(err370);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/scenario/load.ts
/**
 * Scenario loading: JSON text (or an already-parsed value) -> a validated `Scenario`, or a
 * ScenarioError whose issues each name a field and say what was expected. Nothing else is thrown.
 *
 * Steps: parse (with nesting and size limits) or copy the value; decode the policy documents given
 * as JSON strings or URL-encoded JSON; validate against ./schema.ts with ajv; lower-case header names.
 * The caller's value is never mutated: parseScenario works on a copy, loadScenario on its own parse.
 *
 * Keys such as `__proto__`, `constructor` and `prototype` are ordinary data: JSON.parse and the copy
 * below make them own properties, never prototypes, and the schema rejects them where the format has
 * a fixed set of fields.
 */





/** Issues listed in one ScenarioError; the rest are counted in a last line. */
const MAX_ISSUES = 20;
/** ./schema.ts compiled ahead of time (scripts/compile-scenario-schema.ts, `npm run schema`). */
const validateScenario = validate;
/** JSON text -> validated Scenario, or throws ScenarioError (never anything else). */
function loadScenario(text) {
    if (typeof text !== 'string') {
        throw new errors/* ScenarioError */.tp([{ path: errors/* ROOT_PATH */.Dl, message: `expected JSON text, got ${(0,errors/* preview */.VH)(text)}` }]);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is not JSON
    return validateOwned((0,policy_document/* parseJsonText */.lk)(body, ''));
}
/** Already-parsed JSON -> validated Scenario, or throws ScenarioError (never anything else). */
function parseScenario(value) {
    return validateOwned(copyJson(value));
}
// ---------------------------------------------------------------------------------------------
class IssueList {
    items = [];
    seen = new Set();
    omitted = 0;
    add(path, message) {
        const shown = (0,errors/* displayPath */.Gt)(path);
        const key = `${shown}\u0000${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        if (this.items.length < MAX_ISSUES)
            this.items.push({ path: shown, message });
        else
            this.omitted++;
    }
    get size() {
        return this.items.length + this.omitted;
    }
    error() {
        const list = [...this.items];
        if (this.omitted > 0) {
            list.push({ path: errors/* ROOT_PATH */.Dl, message: `${this.omitted} more issue${this.omitted === 1 ? '' : 's'} not shown` });
        }
        return new errors/* ScenarioError */.tp(list);
    }
}
/** `obj[key] = value` that stores `__proto__` as an own property instead of replacing the prototype. */
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    else
        obj[key] = value;
}
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/** A deep copy of a JSON value, limited in depth; non-JSON values become issues. */
function copyJson(value) {
    const issues = new IssueList();
    let copy;
    try {
        copy = copyValue(value, null, 0, issues);
    }
    catch (error) {
        if (error instanceof errors/* ScenarioError */.tp)
            throw error;
        // A getter or proxy of the caller's threw: the value cannot be read, so it is not a scenario.
        throw new errors/* ScenarioError */.tp([{ path: errors/* ROOT_PATH */.Dl, message: `the value could not be read: ${safeString(error)}` }]);
    }
    if (issues.size > 0)
        throw issues.error();
    return copy;
}
function pathOf(node) {
    if (node === null)
        return '';
    const parent = pathOf(node.parent);
    return typeof node.key === 'number' ? (0,errors/* indexPath */.AV)(parent, node.key) : (0,errors/* childPath */.cm)(parent, node.key);
}
function copyValue(value, at, depth, issues) {
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return value;
        case 'number':
            if (!Number.isFinite(value))
                issues.add(pathOf(at), `expected a JSON value, got ${String(value)}`);
            return value;
        case 'object': {
            if (value === null)
                return null;
            if (depth >= policy_document/* MAX_NESTING */.M1)
                throw new errors/* ScenarioError */.tp([{ path: (0,errors/* displayPath */.Gt)(pathOf(at)), message: `nesting deeper than ${policy_document/* MAX_NESTING */.M1} levels` }]);
            if (Array.isArray(value)) {
                const out = [];
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    const node = { parent: at, key: i };
                    if (item === undefined)
                        issues.add(pathOf(node), 'expected a JSON value, got undefined');
                    out.push(copyValue(item, node, depth + 1, issues));
                }
                return out;
            }
            if (!(0,policy_document/* isPlainObject */.Qd)(value)) {
                const name = value.constructor?.name;
                issues.add(pathOf(at), `expected a JSON value, got ${typeof name === 'string' ? `a ${name}` : 'an object that is not plain'}`);
                return undefined;
            }
            const out = {};
            for (const key of Object.keys(value)) {
                const item = value[key];
                if (item === undefined)
                    continue; // as JSON.stringify does: an undefined property is an absent one
                setOwn(out, key, copyValue(item, { parent: at, key }, depth + 1, issues));
            }
            return out;
        }
        default:
            issues.add(pathOf(at), `expected a JSON value, got ${value === undefined ? 'undefined' : `a ${typeof value}`}`);
            return undefined;
    }
}
function safeString(error) {
    try {
        return error instanceof Error ? error.message : String(error);
    }
    catch {
        return 'an exception';
    }
}
// ---------------------------------------------------------------------------------------------
/** Validates a value the loader owns (fresh from JSON.parse or copyJson), decoding it in place. */
function validateOwned(root) {
    const issues = new IssueList();
    const undecoded = [];
    if ((0,policy_document/* isPlainObject */.Qd)(root))
        decodeDocuments(root, issues, undecoded);
    if (!validateScenario(root))
        reportSchemaErrors(validateScenario.errors ?? [], root, issues, undecoded);
    if (issues.size === 0)
        normalizeRequest(root, issues);
    if (issues.size > 0)
        throw issues.error();
    return root;
}
/** Replaces every policy document given as a string by its object; failures become issues. */
function decodeDocuments(root, issues, undecoded) {
    const decodeAt = (container, key, path, readableLayer) => {
        if (!(0,policy_document/* isPlainObject */.Qd)(container) || !Object.hasOwn(container, key))
            return;
        const value = container[key];
        if (readableLayer && (0,types/* isUnreadable */.G)(value))
            return;
        try {
            container[key] = (0,policy_document/* decodePolicyDocument */.au)(value, path);
        }
        catch (error) {
            if (!(error instanceof errors/* ScenarioError */.tp))
                throw error;
            for (const issue of error.issues)
                issues.add(issue.path, issue.message);
            undecoded.push(path);
        }
    };
    const named = (policy, path) => {
        if ((0,policy_document/* isPlainObject */.Qd)(policy) && !(0,types/* isUnreadable */.G)(policy))
            decodeAt(policy, 'document', `${path}.document`, true);
    };
    const namedList = (list, path) => {
        if (Array.isArray(list))
            list.forEach((policy, i) => named(policy, (0,errors/* indexPath */.AV)(path, i)));
    };
    const levels = (list, path) => {
        if (Array.isArray(list))
            list.forEach((level, i) => namedList(level, (0,errors/* indexPath */.AV)(path, i)));
    };
    decodeAt(own(root, 'request'), 'policy', 'request.policy', false);
    const identity = own(root, 'identity');
    if ((0,policy_document/* isPlainObject */.Qd)(identity)) {
        namedList(own(identity, 'policies'), 'identity.policies');
        named(own(identity, 'permissionsBoundary'), 'identity.permissionsBoundary');
        namedList(own(identity, 'sessionPolicies'), 'identity.sessionPolicies');
    }
    const organization = own(root, 'organization');
    if ((0,policy_document/* isPlainObject */.Qd)(organization)) {
        levels(own(organization, 'serviceControlPolicies'), 'organization.serviceControlPolicies');
        levels(own(organization, 'resourceControlPolicies'), 'organization.resourceControlPolicies');
    }
    decodeAt(own(root, 'bucket'), 'policy', 'bucket.policy', true);
    for (const field of ['kmsKeys', 'vpcEndpoints']) {
        const list = own(root, field);
        if (Array.isArray(list))
            list.forEach((item, i) => decodeAt(item, 'policy', `${(0,errors/* indexPath */.AV)(field, i)}.policy`, true));
    }
}
/** Lower-cases header names; flags names (and condition keys) that differ only in case. */
function normalizeRequest(root, issues) {
    const request = root['request'];
    const headers = own(request, 'headers');
    if (headers !== undefined) {
        const lowered = {};
        const firstName = new Map();
        for (const name of Object.keys(headers)) {
            const lower = name.toLowerCase();
            const earlier = firstName.get(lower);
            if (earlier !== undefined) {
                issues.add((0,errors/* childPath */.cm)('request.headers', name), `the same header as ${JSON.stringify(earlier)} (header names are case-insensitive); give it once`);
            }
            else {
                firstName.set(lower, name);
            }
            setOwn(lowered, lower, headers[name]);
        }
        request['headers'] = lowered;
    }
    const context = own(request, 'context');
    if (context !== undefined) {
        const firstKey = new Map();
        for (const key of Object.keys(context)) {
            const earlier = firstKey.get(key.toLowerCase());
            if (earlier !== undefined) {
                issues.add((0,errors/* childPath */.cm)('request.context', key), `the same condition key as ${JSON.stringify(earlier)} (condition key names are case-insensitive); give it once`);
            }
            else {
                firstKey.set(key.toLowerCase(), key);
            }
        }
    }
}
function reportSchemaErrors(errors, root, issues, undecoded) {
    const dropped = new Set();
    const replaced = new Map();
    const byLocation = new Map(); // so a huge document with many errors stays linear
    for (const error of errors) {
        const list = byLocation.get(error.instancePath);
        if (list)
            list.push(error);
        else
            byLocation.set(error.instancePath, [error]);
    }
    for (const error of errors) {
        if (error.keyword === 'if')
            dropped.add(error); // "must match then/else": the branch's own errors say why
        if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
            continue;
        const branches = Array.isArray(error.schema) ? error.schema : [];
        const names = branches.map(requiredOnlyName);
        const branchErrors = (byLocation.get(error.instancePath) ?? []).filter((other) => other !== error && other.schemaPath.startsWith(`${error.schemaPath}/`));
        if (names.length > 0 && names.every((name) => name !== null)) {
            // anyOf [{required: [A]}, {required: [B]}]: one issue, not one per missing alternative.
            for (const other of branchErrors)
                dropped.add(other);
            replaced.set(error, `needs ${names.join(' or ')}`);
        }
        else {
            dropped.add(error); // "must match a schema in anyOf" says nothing; the branches' errors do
        }
    }
    const translated = [];
    for (const error of errors) {
        if (dropped.has(error))
            continue;
        const base = pointerToPath(error.instancePath, root);
        translated.push(replaced.has(error) ? { path: base, message: replaced.get(error), isType: false } : translate(error, base));
    }
    // The most useful error per location: where a value has the wrong type, nothing else about it matters.
    const typeErrorAt = new Set(translated.filter((t) => t.isType).map((t) => t.path));
    const reported = new Set();
    for (const t of translated) {
        if (isUnder(t.path, undecoded))
            continue;
        if (typeErrorAt.has(t.path)) {
            if (!t.isType || reported.has(t.path))
                continue;
            reported.add(t.path);
        }
        issues.add(t.path, t.message);
    }
}
/** `B` for a schema that only requires B (`{properties: {B: true}, required: [B]}`), else null. */
function requiredOnlyName(schema) {
    if (!(0,policy_document/* isPlainObject */.Qd)(schema))
        return null;
    const required = schema['required'];
    const onlyPresence = Object.keys(schema).every((k) => k === 'required' || k === 'properties');
    if (onlyPresence && Array.isArray(required) && required.length === 1 && typeof required[0] === 'string')
        return required[0];
    return null;
}
function isUnder(path, prefixes) {
    return prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}
/** JSON Pointer (`/bucket/policy/Statement/2`) -> `bucket.policy.Statement[2]`, using the data to tell indexes from keys. */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return '';
    let path = '';
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            const index = Number(segment);
            path = (0,errors/* indexPath */.AV)(path, index);
            node = node[index];
        }
        else {
            path = (0,errors/* childPath */.cm)(path, segment);
            node = (0,policy_document/* isPlainObject */.Qd)(node) ? own(node, segment) : undefined;
        }
    }
    return path;
}
function translate(error, base) {
    const parent = ((0,policy_document/* isPlainObject */.Qd)(error.parentSchema) ? error.parentSchema : {});
    const description = typeof parent['description'] === 'string' ? parent['description'] : undefined;
    const got = `got ${(0,errors/* preview */.VH)(error.data)}`;
    const params = error.params;
    const value = (message, isType = false) => ({ path: base, message, isType });
    switch (error.keyword) {
        case 'required':
            return { path: (0,errors/* childPath */.cm)(base, String(params['missingProperty'])), message: 'required', isType: false };
        case 'additionalProperties': {
            const allowed = (0,policy_document/* isPlainObject */.Qd)(parent['properties']) ? Object.keys(parent['properties']) : [];
            const noun = parent['$comment'] === SCHEMA_ROLE.policyGrammar
                ? 'unknown element'
                : parent['$comment'] === SCHEMA_ROLE.principalMap
                    ? 'unknown principal type'
                    : 'unknown field';
            return {
                path: (0,errors/* childPath */.cm)(base, String(params['additionalProperty'])),
                message: allowed.length > 0 ? `${noun}; expected one of ${allowed.join(', ')}` : noun,
                isType: false
            };
        }
        case 'type':
            return value(`expected ${description ?? describeTypes(params['type'], parent)}, ${got}`, true);
        case 'enum':
            return value(`expected ${description ?? listValues(params['allowedValues'])}, ${got}`);
        case 'const':
            return value(`expected ${description ?? JSON.stringify(params['allowedValue'])}, ${got}`);
        case 'pattern':
            return value(`expected ${description ?? `a string matching ${String(params['pattern'])}`}, ${got}`);
        case 'minLength':
            return value(`expected ${description ?? 'a non-empty string'}, ${got}`);
        case 'minItems':
            return value(`expected ${description ?? `at least ${String(params['limit'])} item(s)`}, ${got}`);
        case 'minimum':
            return value(`expected ${description ?? `a number of at least ${String(params['limit'])}`}, ${got}`);
        case 'not': {
            const both = (0,policy_document/* isPlainObject */.Qd)(error.schema) && Array.isArray(error.schema['required']) ? error.schema['required'] : [];
            return value(both.length === 2 ? `has both ${both[0]} and ${both[1]}; use only one` : (error.message ?? 'not allowed here'));
        }
        default:
            return value(error.message ?? `fails ${error.keyword}`);
    }
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    object: 'an object',
    array: 'an array',
    null: 'null'
};
function describeTypes(type, schema) {
    const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
    const items = (0,policy_document/* isPlainObject */.Qd)(schema['items']) ? schema['items']['type'] : undefined;
    const names = types.map((t) => {
        if (t === 'array' && typeof items === 'string')
            return `an array of ${items}s`;
        return TYPE_NAMES[t] ?? t;
    });
    return joinAlternatives(names);
}
function listValues(values) {
    const list = Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : [];
    return list.length <= 2 ? list.join(' or ') : `one of ${list.join(', ')}`;
}
function joinAlternatives(names) {
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   au: () => (/* binding */ decodePolicyDocument),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony exports MAX_TEXT_LENGTH, lineColumn */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6455);
/**
 * Policy documents as the collector finds them, and the JSON text they are written in.
 *
 * IAM returns documents URL-encoded: GetRolePolicy, GetUserPolicy, GetPolicyVersion and friends
 * say "Policies returned by this operation are URL-encoded compliant with RFC 3986. You can use a
 * URL decoding method to convert the policy back to plain JSON text", naming java.net.URLDecoder
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html). We decode as that
 * class does: `+` is a space, `%XX` a UTF-8 byte. A literal `+` in the JSON is always `%2B` there.
 *
 * Hostile text never reaches JSON.parse unchecked: a linear scan rejects nesting deeper than
 * MAX_NESTING levels first, so no input overflows the stack, here or in anything that walks the
 * parsed value recursively.
 */

/** Deepest nesting of arrays and objects accepted; a real scenario needs about 12. */
const MAX_NESTING = 64;
/** Longest JSON text accepted, in characters: 64 MiB, far beyond any real scenario. */
const MAX_TEXT_LENGTH = 64 * 1024 * 1024;
/** True for `{...}` values: not null, not an array, not a Date, Map or class instance. */
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/**
 * Accepts an object, a JSON string, or a URL-encoded JSON string (as IAM's GetRolePolicy/GetPolicyVersion
 * return it). Returns the object (an object argument is returned as is), or throws ScenarioError naming
 * `path`. The policy grammar is checked by the scenario schema, not here.
 */
function decodePolicyDocument(value, path) {
    if (isPlainObject(value))
        return value;
    const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(path);
    if (typeof value === 'string') {
        const start = firstNonSpace(value);
        let parsed;
        if (value[start] === '{') {
            parsed = parseJsonText(value, path, 'the JSON string: ');
        }
        else if (value[start] === '%' || value[start] === '+') {
            let decoded;
            try {
                decoded = decodeURIComponent(value.replace(/\+/g, ' '));
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
                    { path: where, message: 'the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)' }
                ]);
            }
            parsed = parseJsonText(decoded, path, 'the URL-decoded string: ');
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(value)}` }]);
        }
        if (!isPlainObject(parsed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
                { path: where, message: `expected the string to hold a policy document (a JSON object), but it holds ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(parsed)}` }
            ]);
        }
        return parsed;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(value)}` }]);
}
const EXPECTED_DOCUMENT = 'expected a policy document: an object, a JSON string or a URL-encoded JSON string';
function firstNonSpace(text) {
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * JSON.parse with limits and messages a person can act on. Throws ScenarioError at `path`
 * (prefixing each message with `context`) for text longer than MAX_TEXT_LENGTH, nesting deeper
 * than MAX_NESTING, or invalid JSON (naming line and column).
 */
function parseJsonText(text, path, context = '') {
    const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(path);
    if (text.length > MAX_TEXT_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
            {
                path: where,
                message: `${context}larger than the ${MAX_TEXT_LENGTH / (1024 * 1024)} MiB limit (${text.length} characters)`
            }
        ]);
    }
    const tooDeep = findExcessiveNesting(text);
    if (tooDeep !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
            { path: where, message: `${context}nesting deeper than ${MAX_NESTING} levels at ${lineColumn(text, tooDeep)}` }
        ]);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const fault = findSyntaxError(text);
        const detail = fault
            ? ` at ${lineColumn(text, fault.offset)}: ${fault.message}`
            : `: ${error instanceof Error ? error.message : String(error)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${context}invalid JSON${detail}` }]);
    }
}
/** Offset of the first `[` or `{` that opens level MAX_NESTING + 1, or -1. Linear, no recursion. */
function findExcessiveNesting(text) {
    const n = text.length;
    let depth = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // Skip the string: to the next quote not escaped by a backslash.
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > MAX_NESTING)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            depth--;
        }
    }
    return -1;
}
/** `line L, column C` (both 1-based) of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
    }
    return `line ${line}, column ${offset - lineStart + 1}`;
}
class SyntaxFault {
    offset;
    message;
    constructor(offset, message) {
        this.offset = offset;
        this.message = message;
    }
}
/**
 * Where and why `text` is not JSON (RFC 8259), or null if it is. Only called after JSON.parse
 * failed, because V8's messages do not always give a position. Recursion is bounded by the
 * nesting check that ran before.
 */
function findSyntaxError(text) {
    const n = text.length;
    let i = 0;
    const describe = (at) => {
        if (at >= n)
            return 'the end of the text';
        const cp = text.codePointAt(at) ?? 0;
        return cp < 0x20 ? `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(String.fromCodePoint(cp));
    };
    const fail = (message, at = i) => {
        throw new SyntaxFault(at, message);
    };
    const skipSpace = () => {
        while (i < n && isSpace(text.charCodeAt(i)))
            i++;
    };
    const hint = (at) => {
        const ch = text[at];
        if (ch === "'")
            return ' (JSON strings use double quotes)';
        if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
            return ' (comments are not allowed in JSON)';
        return '';
    };
    const parseString = () => {
        const start = i;
        i++; // opening quote
        for (;;) {
            if (i >= n)
                fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail(`${describe(i)} inside a string; escape it (for example \\n)`);
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('invalid \\u escape; expected 4 hex digits');
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
                    i += 2;
                }
                else {
                    fail(`invalid escape ${JSON.stringify(`\\${e ?? ''}`)} in a string`);
                }
            }
            else {
                i++;
            }
        }
    };
    const parseNumber = () => {
        const match = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        match.lastIndex = i;
        const m = match.exec(text);
        if (m === null)
            return fail(`invalid number`);
        i += m[0].length;
    };
    const parseValue = (depth, after) => {
        skipSpace();
        if (i >= n)
            fail(`unexpected end of the text; expected a value${after === '' ? '' : ` ${after}`}`);
        const ch = text[i];
        if (ch === '{')
            return parseObject(depth + 1);
        if (ch === '[')
            return parseArray(depth + 1);
        if (ch === '"')
            return parseString();
        if (ch === '-' || (ch >= '0' && ch <= '9'))
            return parseNumber();
        for (const literal of ['true', 'false', 'null']) {
            if (text.startsWith(literal, i)) {
                i += literal.length;
                return;
            }
        }
        const trailing = (ch === ']' || ch === '}') && after === 'after ","' ? ' (trailing commas are not allowed in JSON)' : '';
        fail(`unexpected ${describe(i)}; expected a value${trailing}${hint(i)}`);
    };
    const parseObject = (depth) => {
        if (depth > MAX_NESTING)
            fail(`nesting deeper than ${MAX_NESTING} levels`);
        i++; // {
        skipSpace();
        if (text[i] === '}') {
            i++;
            return;
        }
        for (;;) {
            skipSpace();
            if (text[i] !== '"') {
                const trailing = text[i] === '}' ? ' (trailing commas are not allowed in JSON)' : '';
                fail(`expected a property name in double quotes, got ${describe(i)}${trailing}${hint(i)}`);
            }
            parseString();
            skipSpace();
            if (text[i] !== ':')
                fail(`expected ":" after a property name, got ${describe(i)}`);
            i++;
            parseValue(depth, 'after ":"');
            skipSpace();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}') {
                i++;
                return;
            }
            fail(`expected "," or "}" after a property value, got ${describe(i)}${hint(i)}`);
        }
    };
    const parseArray = (depth) => {
        if (depth > MAX_NESTING)
            fail(`nesting deeper than ${MAX_NESTING} levels`);
        i++; // [
        skipSpace();
        if (text[i] === ']') {
            i++;
            return;
        }
        for (let first = true;; first = false) {
            parseValue(depth, first ? 'after "["' : 'after ","');
            skipSpace();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']') {
                i++;
                return;
            }
            fail(`expected "," or "]" after an array element, got ${describe(i)}${hint(i)}`);
        }
    };
    try {
        parseValue(0, '');
        skipSpace();
        if (i < n)
            fail(`unexpected ${describe(i)} after the end of the JSON value${hint(i)}`);
        return null;
    }
    catch (error) {
        if (error instanceof SyntaxFault)
            return error;
        throw error;
    }
}


/***/ }),

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ checkPolicies),
/* harmony export */   ZN: () => (/* binding */ readScenario),
/* harmony export */   tp: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_2__.tp)
/* harmony export */ });
/* harmony import */ var _evaluate_layers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4509);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2745);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6455);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7526);
/**
 * Scenario text to a scenario the evaluator can trust: the schema (./load.ts) and then what a schema
 * cannot check (condition operators and their values, by parsing every policy document once).
 */





function readScenario(text) {
    return checkPolicies((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScenario */ .df)(text));
}
/** Parses every policy document (collectLayers does, and caches them); a bad operator or value becomes a ScenarioError. */
function checkPolicies(scenario) {
    try {
        (0,_evaluate_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .collectLayers */ .ZD)(scenario);
    }
    catch (error) {
        if (error instanceof _policy_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ScenarioError */ .tp(error.issues);
        throw error;
    }
    return scenario;
}


/***/ })

};
