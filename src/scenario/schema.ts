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
import { POLICY_TYPES } from './types.js'

const ACCOUNT_ID = '^[0-9]{12}$'
/** ISO 8601 / RFC 3339 date-time; the format doc asks for UTC (`Z`) but an explicit offset is unambiguous too. */
const ISO_TIME =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$'

/** `^...$` pattern matching `name` in any letter case (condition key names are case-insensitive). */
function caseInsensitivePattern(name: string): string {
  let out = '^'
  for (const ch of name) {
    const lower = ch.toLowerCase()
    const upper = ch.toUpperCase()
    if (lower !== upper) out += `[${lower}${upper}]`
    else out += '^$\\.*+?()[]{}|/'.includes(ch) ? `\\${ch}` : ch
  }
  return `${out}$`
}

const nonEmptyString = { type: 'string', minLength: 1 } as const
const accountId = { type: 'string', pattern: ACCOUNT_ID, description: 'a 12-digit account id' } as const
/** ACL owners and grantees: a canonical user id, or (as the format allows) the owning account's 12-digit id. */
const accountOrCanonicalId = {
  type: 'string',
  pattern: '^([0-9]{12}|[0-9a-fA-F]{64})$',
  description: 'a 12-digit account id or a 64-hex-digit canonical user id'
} as const
const isoTime = { type: 'string', pattern: ISO_TIME, description: 'an ISO 8601 time such as 2026-01-15T09:30:00Z' } as const
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const
const stringOrStrings = { type: ['string', 'array'], items: { type: 'string' } } as const

// ---------------------------------------------------------------------------------------------
// Policy grammar

const principalMap = {
  $comment: 'principal map',
  properties: { AWS: stringOrStrings, Service: stringOrStrings, Federated: stringOrStrings, CanonicalUser: stringOrStrings },
  additionalProperties: false
} as const

const PRINCIPAL_EXPECTED = '"*" or an object with AWS, Service, Federated or CanonicalUser'
const principal = {
  type: ['string', 'object'],
  description: PRINCIPAL_EXPECTED,
  if: { type: 'string' },
  then: { const: '*', description: PRINCIPAL_EXPECTED },
  else: principalMap
} as const

const conditionValue = {
  type: ['string', 'number', 'boolean', 'array'],
  items: { type: ['string', 'number', 'boolean'], description: 'a string, a number or a boolean' },
  description: 'a string, a number, a boolean or an array of those'
} as const

/** Operator -> key -> value(s). Operator names and values are checked by the policy parser, not here. */
const condition = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    additionalProperties: conditionValue,
    description: 'an object of condition keys to values'
  },
  description: 'an object of condition operators, such as {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}'
} as const

/** "has all of `names`" (properties listed too, as ajv's strictRequired wants). */
function present<const N extends string>(...names: N[]) {
  return { properties: Object.fromEntries(names.map((n) => [n, true])) as Record<N, true>, required: names } as const
}

export const statementSchema = {
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
} as const

export const policyDocumentSchema = {
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
} as const

// ---------------------------------------------------------------------------------------------
// Layers

const unreadable = {
  type: 'object',
  properties: { unreadable: { type: 'string', description: 'a string saying why the layer could not be read' } },
  required: ['unreadable'],
  additionalProperties: false
} as const

/** `Readable<T>`: T, or `{"unreadable": "..."}`. if/then/else (not anyOf) so errors come from one branch only. */
function readable<T extends object>(schema: T) {
  return {
    if: { type: 'object', properties: { unreadable: true }, required: ['unreadable'] },
    then: { $ref: '#/$defs/unreadable' },
    else: schema
  } as const
}

const namedPolicy = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    document: readable({ $ref: '#/$defs/policyDocument' })
  },
  required: ['name', 'document'],
  additionalProperties: false
} as const

const policyLevels = {
  type: 'array',
  description: 'an array of levels (root first), each an array of policies',
  items: { type: 'array', items: { $ref: '#/$defs/namedPolicy' } }
} as const

const publicAccessBlock = {
  type: 'object',
  properties: {
    BlockPublicAcls: { type: 'boolean' },
    IgnorePublicAcls: { type: 'boolean' },
    BlockPublicPolicy: { type: 'boolean' },
    RestrictPublicBuckets: { type: 'boolean' }
  },
  additionalProperties: false
} as const

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
} as const

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
} as const

const lockMode = { enum: ['GOVERNANCE', 'COMPLIANCE'] } as const

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
} as const

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
} as const

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
} as const

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
} as const

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
} as const

const organization = {
  type: 'object',
  properties: {
    serviceControlPolicies: readable(policyLevels),
    resourceControlPolicies: readable(policyLevels),
    managementAccount: accountId
  },
  additionalProperties: false
} as const

const POLICY_TYPE_NAMES = POLICY_TYPES

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
} as const

/** How ajv compiles the schema: every error (allErrors), with the schema beside each (verbose). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const

export const scenarioSchema = {
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
} as const

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) deepFreeze(child)
}
deepFreeze(scenarioSchema)

/**
 * What an object schema is, by its `$comment` (a value, not the object's identity: the validator is
 * compiled ahead of time with copies of the schema). The policy grammar's unknown keys are
 * "elements" in error messages, the principal map's "principal types".
 */
export const SCHEMA_ROLE = { policyGrammar: statementSchema.$comment, principalMap: principalMap.$comment } as const
