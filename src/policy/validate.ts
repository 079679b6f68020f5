/**
 * Statements AWS would refuse to store, by the kind of policy they are in. The scenario's JSON Schema
 * checks the grammar common to every policy; what is valid also depends on where the document lives:
 *
 * - resource-based policies (bucket, key, VPC endpoint policies, RCPs) "must use the Principal
 *   element" (reference_policies_elements_principal.html; for endpoints "It must contain a Principal
 *   element", vpc/latest/privatelink/vpc-endpoints-access.html);
 * - "NotPrincipal must be used with "Effect":"Deny". Using it with "Effect":"Allow" is not
 *   supported", and SCPs and RCPs do not support NotPrincipal at all
 *   (reference_policies_elements_notprincipal.html);
 * - "You cannot use the Principal element in an identity-based policy" (the same holds for
 *   boundaries and session policies, which are identity-side documents, and SCPs, whose syntax has
 *   no Principal element: organizations/latest/userguide/orgs_manage_policies_scps_syntax.html);
 * - "If you create an IAM permissions policy, you must specify a list of resources to which the
 *   actions apply. If you create a resource-based policy, this element is optional"
 *   (access_policies.html#access_policies-json; a resource-based statement without it applies to the
 *   resource the policy is attached to, which the evaluator reads as any resource the request names);
 * - a Resource is `*` or an ARN, and an AWS principal is `*`, an account id, an ARN or an IAM unique
 *   id (the ARN format: reference_identifiers.html#identifiers-arns).
 *
 * How the evaluator treats such a statement: AWS would have rejected the whole document with
 * MalformedPolicy, so no request ever meets it. A scenario can still hold one (a policy file from a
 * repository in review mode, or a hand-written scenario). The evaluator sets the statement aside, so
 * that it neither allows nor denies (its trace says `outcome: 'invalid'`), evaluates the rest of the
 * document, and reports an `invalid-policy` finding naming the statement and the rule, so the user
 * knows the document cannot be deployed as written. Setting aside rather than guessing keeps the
 * verdict to what AWS could actually hold: an Allow that AWS never stored grants nothing, a Deny it
 * never stored denies nothing.
 */
import type { Finding } from '../verdict/findings.js'
import type { Policy, Statement } from './types.js'

/** Where a document lives decides which elements it may have. */
export type PolicyKind =
  | 'identity'
  | 'permissions-boundary'
  | 'session'
  | 'service-control-policy'
  | 'resource-control-policy'
  | 'bucket-policy'
  | 'key-policy'
  | 'vpc-endpoint-policy'

const RESOURCE_SIDE: ReadonlySet<PolicyKind> = new Set(['resource-control-policy', 'bucket-policy', 'key-policy', 'vpc-endpoint-policy'])
const NEEDS_RESOURCE: ReadonlySet<PolicyKind> = new Set(['identity', 'permissions-boundary', 'session'])

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'

export interface StatementProblem {
  /** Index of the statement in the document. */
  index: number
  /** The element at fault, for the finding's path. */
  element: 'Principal' | 'NotPrincipal' | 'Resource' | 'NotResource' | null
  message: string
}

export interface PolicyValidity {
  problems: StatementProblem[]
  /** Indexes of the statements set aside (at least one problem each). */
  invalid: ReadonlySet<number>
}

const VALID: PolicyValidity = Object.freeze({ problems: [], invalid: new Set<number>() })

/** An IAM unique id (AIDA..., AROA...): S3 and IAM show one in place of a principal that was deleted. */
const UNIQUE_ID = /^A[A-Z0-9]{15,127}$/
const ACCOUNT_ID = /^\d{12}$/

/** `*`, or `arn:partition:service:region:account:resource` (wildcards allowed in any part). */
export function isResourceArnPattern(value: string): boolean {
  if (value === '*') return true
  if (!value.startsWith('arn:')) return false
  // arn:partition:service:region:account:resource, without splitting (large policies have thousands).
  const partition = value.indexOf(':', 4)
  const service = partition < 0 ? -1 : value.indexOf(':', partition + 1)
  const region = service < 0 ? -1 : value.indexOf(':', service + 1)
  const account = region < 0 ? -1 : value.indexOf(':', region + 1)
  return account >= 0 && partition > 4 && service > partition + 1 && account + 1 < value.length
}

/** An `AWS` principal value AWS accepts: `*`, an account id, an ARN of IAM or STS, or an IAM unique id. */
export function isAwsPrincipalValue(value: string): boolean {
  if (value === '*' || ACCOUNT_ID.test(value) || UNIQUE_ID.test(value)) return true
  if (!value.startsWith('arn:')) return false
  const parts = value.split(':')
  return parts.length >= 6 && (parts[2] === 'iam' || parts[2] === 'sts') && parts.slice(5).join(':') !== ''
}

function statementProblems(statement: Statement, kind: PolicyKind): StatementProblem[] {
  const problems: StatementProblem[] = []
  const index = statement.index
  const principal = statement.principal
  if (RESOURCE_SIDE.has(kind)) {
    if (principal === null) {
      problems.push({ index, element: null, message: `a statement of ${describe(kind)} must name a Principal (or NotPrincipal); AWS rejects the policy without one (${IAM}reference_policies_elements_principal.html)` })
    } else if (principal.negated && statement.effect === 'Allow') {
      problems.push({ index, element: 'NotPrincipal', message: `NotPrincipal with "Effect": "Allow" is not supported; AWS rejects it (${IAM}reference_policies_elements_notprincipal.html)` })
    } else if (principal.negated && kind === 'resource-control-policy') {
      problems.push({ index, element: 'NotPrincipal', message: `RCPs do not support NotPrincipal (${IAM}reference_policies_elements_notprincipal.html)` })
    }
    if (principal !== null && !principal.wildcard) {
      for (const value of principal.AWS) {
        if (!isAwsPrincipalValue(value)) {
          problems.push({
            index,
            element: principal.negated ? 'NotPrincipal' : 'Principal',
            message: `"${value}" is not a valid AWS principal: expected "*", a 12-digit account id, or an ARN such as arn:aws:iam::123456789012:role/name; AWS rejects the policy (${IAM}reference_policies_elements_principal.html)`
          })
          break
        }
      }
    }
  } else if (principal !== null) {
    const element = principal.negated ? 'NotPrincipal' : 'Principal'
    problems.push({ index, element, message: `${element} is not allowed in ${describe(kind)}: the principal is the identity the policy applies to; AWS rejects the policy ("Has prohibited field Principal", ${IAM}reference_policies_elements_principal.html)` })
  }
  if (statement.resource === null) {
    if (NEEDS_RESOURCE.has(kind)) {
      problems.push({ index, element: null, message: `a statement of ${describe(kind)} must include Resource or NotResource; AWS rejects the policy without one (${IAM}access_policies.html#access_policies-json)` })
    }
  } else {
    for (const value of statement.resource.values) {
      if (!isResourceArnPattern(value)) {
        problems.push({
          index,
          element: statement.resource.negated ? 'NotResource' : 'Resource',
          message: `"${value}" is not a resource ARN: expected "*" or arn:partition:service:region:account:resource, such as arn:aws:s3:::bucket/*; AWS rejects the policy (${IAM}reference_policies_elements_resource.html)`
        })
        break
      }
    }
  }
  return problems
}

function describe(kind: PolicyKind): string {
  switch (kind) {
    case 'identity':
      return 'an identity-based policy'
    case 'permissions-boundary':
      return 'a permissions boundary'
    case 'session':
      return 'a session policy'
    case 'service-control-policy':
      return 'an SCP'
    case 'resource-control-policy':
      return 'a resource control policy'
    case 'bucket-policy':
      return 'a bucket policy'
    case 'key-policy':
      return 'a key policy'
    case 'vpc-endpoint-policy':
      return 'a VPC endpoint policy'
  }
}

const cache = new WeakMap<Policy, Map<PolicyKind, PolicyValidity>>()

/** The statements of `policy` that AWS would refuse in a document of `kind` (memoized; read-only). */
export function validatePolicy(policy: Policy, kind: PolicyKind): PolicyValidity {
  let byKind = cache.get(policy)
  if (byKind === undefined) cache.set(policy, (byKind = new Map()))
  let validity = byKind.get(kind)
  if (validity === undefined) {
    const problems = policy.statements.flatMap((statement) => statementProblems(statement, kind))
    validity = problems.length === 0 ? VALID : { problems, invalid: new Set(problems.map((problem) => problem.index)) }
    byKind.set(kind, validity)
  }
  return validity
}

/** The `invalid-policy` findings of a document at `path` (e.g. `bucket.policy`). */
export function validityFindings(policy: Policy, kind: PolicyKind, path: string): Finding[] {
  const statements = policy.statements
  return validatePolicy(policy, kind).problems.map((problem) => {
    const statement = statements.find((candidate) => candidate.index === problem.index)
    const where = `${path}.Statement[${problem.index}]${problem.element === null ? '' : `.${problem.element}`}`
    return { code: 'invalid-policy', path: where, message: `statement ${statement?.label ?? `#${problem.index}`} is set aside (it neither allows nor denies): ${problem.message}` }
  })
}
