/**
 * What a side's scenario leaves open, and the readings that bound it.
 *
 * A value the source does not determine (an unknown document or statement, an SCP whose attachment
 * may or may not reach the account, unknown Block Public Access or default encryption, an endpoint
 * that may be one the source cannot name) is an `Uncertainty` with two kinds of reading:
 *
 * - permissive: the reading that allows the most: an unknown document allows everything (naming the
 *   caller directly, the strongest grant a resource policy can give), an unknown Deny statement
 *   matches nothing, a maybe-attached SCP is not attached, Block Public Access is off, no KMS key;
 * - restrictive: the reading that allows the least: an unknown document denies everything (or, for a
 *   document that can only allow, such as an AWS managed policy, allows nothing), an unknown Allow
 *   statement matches nothing, the SCP is attached, Block Public Access is on, the request needs an
 *   unknown KMS key that denies. A value that is one of a few candidates (an endpoint the source
 *   cannot name) has one restrictive reading per candidate.
 *
 * Each layer can only deny more as its documents deny more and allow less (explicit deny overrides,
 * every layer that must allow must allow:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html),
 * so when the permissive reading and every restrictive one decide the same, every value the unknowns
 * could take decides the same: the side is decided. Otherwise it is `unknown`. An uncertainty
 * without such bounds (Object Ownership for a request with ACLs, a generated key id a policy may or
 * may not name) is `hard`: only an explicit deny of the S3 request decides despite it.
 *
 * Variants share every unchanged object with the scenario they come from (documents keep their
 * identity, so the evaluator's parse caches still apply).
 */
import type { Caller } from '../evaluate/principal.js'
import type { JsonObject, PolicyDocument, PublicAccessBlock, Scenario } from '../scenario/types.js'
import { placeholderStatement, type DocumentRole } from './documents.js'
import { isUnknown, type SourcedDocument } from './types.js'

export type Path = (string | number)[]

/** Removes the value at the path instead of setting it. */
export const REMOVE: unique symbol = Symbol('remove')

export interface Edit {
  path: Path
  value: unknown
}

export interface Uncertainty {
  /** What is unknown, in words (the report lists it when it can change the outcome). */
  reason: string
  /** The edits of the permissive reading (none: the scenario as built already reads it so). */
  permissive: Edit[]
  /** The restrictive readings: one list of edits each. */
  restrictive: Edit[][]
  /** No reading bounds it: only an explicit deny of the S3 request decides despite it. */
  hard?: boolean
}

/** The scenario with the edits applied (shorter paths first), sharing everything they do not touch. */
export function applyEdits(base: Scenario, edits: readonly Edit[]): Scenario {
  const root: Record<string | number, unknown> = { ...base }
  const copied = new Set<unknown>([root])
  const ordered = [...edits].sort((a, b) => a.path.length - b.path.length)
  for (const edit of ordered) {
    let node = root
    for (let index = 0; index < edit.path.length - 1; index++) {
      const key = edit.path[index] as string | number
      let child = node[key]
      if (child === undefined || child === null || typeof child !== 'object') child = typeof edit.path[index + 1] === 'number' ? [] : {}
      else if (!copied.has(child)) child = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as object) }
      copied.add(child)
      node[key] = child
      node = child as Record<string | number, unknown>
    }
    const last = edit.path[edit.path.length - 1] as string | number
    if (edit.value === REMOVE) delete node[last]
    else node[last] = edit.value
  }
  return root as unknown as Scenario
}

// ---------------------------------------------------------------------------------------------
// Stand-in documents
// ---------------------------------------------------------------------------------------------

/** Sids of the stand-ins, so that reports can leave them out. */
const ASSUMED_ALLOW = 'ReviewAssumesUnknownAllows'
const ASSUMED_DENY = 'ReviewAssumesUnknownDenies'

export function isStandIn(statement: string | null | undefined): boolean {
  return statement === ASSUMED_ALLOW || statement === ASSUMED_DENY
}

/** Where a document sits decides its stand-ins' shape. */
export type DocumentKind = 'identity' | 'organization' | 'resource-policy' | 'key-policy' | 'endpoint-policy' | 'rcp'

function roleOf(kind: DocumentKind): DocumentRole {
  return kind === 'identity' || kind === 'organization' ? 'identity' : 'resource'
}

/** The Principal that names the caller as directly as a resource policy can. */
function callerPrincipal(caller: Caller): JsonObject | string {
  switch (caller.kind) {
    case 'anonymous':
      return '*'
    case 'service':
      return { Service: caller.service }
    default:
      return { AWS: caller.arn }
  }
}

function principalFor(kind: DocumentKind, caller: Caller, effect: 'Allow' | 'Deny'): JsonObject | string | undefined {
  if (kind === 'identity' || kind === 'organization') return undefined
  if (effect === 'Deny' || kind === 'endpoint-policy' || kind === 'rcp') return '*'
  return callerPrincipal(caller)
}

function standInStatement(kind: DocumentKind, caller: Caller, effect: 'Allow' | 'Deny'): JsonObject {
  const statement: JsonObject = { Sid: effect === 'Allow' ? ASSUMED_ALLOW : ASSUMED_DENY, Effect: effect }
  const principal = principalFor(kind, caller, effect)
  if (principal !== undefined) statement['Principal'] = principal
  statement['Action'] = '*'
  statement['Resource'] = '*'
  return statement
}

export function standIn(kind: DocumentKind, caller: Caller, effect: 'Allow' | 'Deny'): PolicyDocument {
  return { Version: '2012-10-17', Statement: [standInStatement(kind, caller, effect)] }
}

/** A document that allows nothing: the restrictive reading of one that can only allow. */
function allowsNothing(kind: DocumentKind): PolicyDocument {
  return { Version: '2012-10-17', Statement: [placeholderStatement(roleOf(kind), 'Allow')] }
}

export const BLOCK_ALL: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }

/**
 * The uncertainties of one sourced document placed at `path` in the scenario (the document itself,
 * not its NamedPolicy): the whole document when unknown, else each statement the source does not
 * determine.
 */
export function documentUncertainties(doc: SourcedDocument, path: Path, kind: DocumentKind, caller: Caller): Uncertainty[] {
  if (isUnknown(doc.document)) {
    return [
      {
        reason: doc.document.reason,
        permissive: [{ path, value: standIn(kind, caller, 'Allow') }],
        restrictive: [[{ path, value: doc.allowOnly === true ? allowsNothing(kind) : standIn(kind, caller, 'Deny') }]]
      }
    ]
  }
  return (doc.unknownStatements ?? []).map((statement) => {
    const at = [...path, 'Statement', statement.index]
    return {
      reason: statement.reason,
      permissive: statement.effect === 'Deny' ? [] : [{ path: at, value: standInStatement(kind, caller, 'Allow') }],
      restrictive: [statement.effect === 'Allow' ? [] : [{ path: at, value: standInStatement(kind, caller, 'Deny') }]]
    }
  })
}

/** The most restrictive version of a document (for a value set as a whole, such as a maybe-attached SCP). */
export function restrictiveDocument(doc: SourcedDocument, kind: DocumentKind, caller: Caller): PolicyDocument {
  if (isUnknown(doc.document)) return doc.allowOnly === true ? allowsNothing(kind) : standIn(kind, caller, 'Deny')
  const unknown = doc.unknownStatements ?? []
  if (unknown.length === 0) return doc.document
  const statements = [...((doc.document['Statement'] as JsonObject[] | undefined) ?? [])]
  for (const statement of unknown) if (statement.effect !== 'Allow') statements[statement.index] = standInStatement(kind, caller, 'Deny')
  return { ...doc.document, Statement: statements }
}
