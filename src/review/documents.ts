/**
 * Policy documents read from a source (a JSON string in a Terraform plan, an object in a
 * CloudFormation template, a file): decoded and checked once, with the scenario loader's own schema
 * and condition checks, so every scenario built from them later can trust them. A document that is
 * not valid becomes an `Unknown` naming the problem: the review reports it instead of guessing what
 * AWS would make of it (AWS rejects it when it is applied).
 */
import { parseScenario } from '../scenario/load.js'
import { checkPolicies, ScenarioError } from '../scenario/read.js'
import type { JsonObject, PolicyDocument } from '../scenario/types.js'
import { Unknown, type SourcedDocument } from './types.js'

/** Where the document is attached decides what the loader checks (a resource policy needs a Principal...). */
export type DocumentRole = 'identity' | 'resource' | 'organization'

const REQUEST = { principal: 'anonymous', action: 's3:GetObject', bucket: 'review-placeholder' }

function holder(role: DocumentRole, document: unknown): { value: Record<string, unknown>; prefix: string } {
  switch (role) {
    case 'identity':
      return { value: { version: 1, request: REQUEST, identity: { policies: [{ name: 'p', document }] } }, prefix: 'identity.policies[0].document' }
    case 'resource':
      return { value: { version: 1, request: REQUEST, bucket: { name: 'review-placeholder', policy: document } }, prefix: 'bucket.policy' }
    case 'organization':
      return { value: { version: 1, request: REQUEST, organization: { serviceControlPolicies: [[{ name: 'p', document }]] } }, prefix: 'organization.serviceControlPolicies[0][0].document' }
  }
}

function extract(role: DocumentRole, scenario: ReturnType<typeof parseScenario>): PolicyDocument {
  switch (role) {
    case 'identity': {
      const policies = scenario.identity?.policies
      return (Array.isArray(policies) ? policies[0]?.document : undefined) as PolicyDocument
    }
    case 'resource':
      return scenario.bucket?.policy as PolicyDocument
    case 'organization': {
      const levels = scenario.organization?.serviceControlPolicies
      return (Array.isArray(levels) ? levels[0]?.[0]?.document : undefined) as PolicyDocument
    }
  }
}

/**
 * A document as the source holds it (an object, or JSON text) -> the decoded, checked document, or an
 * Unknown naming `origin` and the first problems. Empty text means "no document": undefined.
 */
export function readDocument(value: unknown, origin: string, role: DocumentRole): PolicyDocument | Unknown | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && value.trim() === '') return undefined
  const { value: scenario, prefix } = holder(role, value)
  try {
    const parsed = checkPolicies(parseScenario(scenario))
    return extract(role, parsed)
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error
    const issues = error.issues.slice(0, 3).map((issue) => {
      const rest = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length).replace(/^\./, '') : issue.path
      return rest === '' ? issue.message : `${rest}: ${issue.message}`
    })
    return new Unknown(`${origin}: not a valid policy document (${issues.join('; ')})`)
  }
}

/**
 * The action of the placeholder that stands for a statement the source does not determine: no
 * request has it, so the placeholder matches nothing (and is no broad grant); the review reads the
 * statement's possible effects from `SourcedDocument.unknownStatements`.
 */
const PLACEHOLDER_ACTION = 'review:UnresolvedStatement'

/** A statement that matches no request, valid where `role` puts it (a resource policy needs a Principal). */
export function placeholderStatement(role: DocumentRole, effect: 'Allow' | 'Deny', sid?: string): JsonObject {
  const statement: JsonObject = {}
  if (sid !== undefined && sid !== '') statement['Sid'] = sid
  statement['Effect'] = effect
  if (role === 'resource') statement['Principal'] = { AWS: 'arn:aws:iam::000000000000:root' }
  statement['Action'] = PLACEHOLDER_ACTION
  statement['Resource'] = '*'
  return statement
}

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/
/**
 * AWS managed policies hold Allow statements, except the few that exist to deny: AWSDenyAll
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSDenyAll.html) and the
 * AWSCompromisedKeyQuarantine family
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV2.html).
 */
const DENYING_AWS_MANAGED = /deny|quarantine/i

/**
 * An AWS managed policy named by ARN: unknown (nothing is bundled), marked allow-only unless its name
 * says it denies. Null for any other ARN.
 */
export function awsManagedPolicy(arn: string, where: string): SourcedDocument | null {
  const match = AWS_MANAGED.exec(arn)
  if (match === null) return null
  const allowOnly = !DENYING_AWS_MANAGED.test(match[1] ?? '')
  const reason = `${arn} is an AWS managed policy: its text is not in ${where}${allowOnly ? ' (it only allows, so it matters only where an allow is missing)' : ''}`
  const doc: SourcedDocument = { origin: arn, name: arn, document: new Unknown(reason) }
  if (allowOnly) doc.allowOnly = true
  return doc
}
