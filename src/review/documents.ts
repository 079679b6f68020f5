/**
 * Policy documents read from a source (a JSON string in a Terraform plan, an object in a
 * CloudFormation template, a file): decoded and checked once, with the scenario loader's own schema
 * and condition checks, so every scenario built from them later can trust them. A document that is
 * not valid becomes an `Unknown` naming the problem: the review reports it instead of guessing what
 * AWS would make of it (AWS rejects it when it is applied).
 */
import { parseScenario } from '../scenario/load.js'
import { checkPolicies, ScenarioError } from '../scenario/read.js'
import type { PolicyDocument } from '../scenario/types.js'
import { Unknown } from './types.js'

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
