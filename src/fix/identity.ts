/**
 * Implicit denies on the caller's side: no identity-based policy, permissions boundary or session
 * policy allows the action. The fix is one Allow statement with exactly the denied action on the
 * narrowest resource (see `needFor`), merged into an existing document of the caller where one
 * exists, or a new inline policy (a new managed policy when the role's inline policies would go over
 * 10,240 characters).
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { bucketArn } from '../s3/actions.js'
import { isUnreadable, type JsonObject, type NamedPolicy } from '../scenario/types.js'
import {
  describeGrantee,
  fileName,
  granteeOf,
  isManagedName,
  nearMisses,
  needFor,
  pascal,
  plan,
  sh,
  withStatement,
  type Candidate,
  type FixContext,
  type Grantee,
  type Need,
  type Plan,
  droppedNote
} from './common.js'
import { formatPointer } from './pointer.js'
import { inlineSite, overLimit, siteOf } from './site.js'

/** The Allow statement for a need, on the identity side (no Principal). */
export function grantStatement(need: Need, sid: string): JsonObject {
  const statement: JsonObject = { Sid: sid, Effect: 'Allow', Action: need.action, Resource: need.resource }
  if (need.condition !== null) statement.Condition = need.condition
  return statement
}

function sidFor(grantee: Grantee, need: Need): string {
  return `Allow${pascal(grantee.name)}${need.label}`
}

function mentions(document: JsonObject, need: Need, bucket: string): boolean {
  const text = JSON.stringify(document)
  return text.includes(need.keyArn ?? `${bucketArn(bucket)}`.slice('arn:aws:'.length))
}

/** An Allow statement in the caller's identity policies. */
export function identityGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  if (grantee === null) return []
  const { scenario } = context
  const list = scenario.identity?.policies
  if (list !== undefined && isUnreadable(list)) return []
  const policies: NamedPolicy[] = list ?? []
  const need = needFor(context)
  const statement = grantStatement(need, sidFor(grantee, need))
  const misses = nearMisses(context.verdict, 'identity-based-policy', need.action)

  // Merge into an inline policy of the caller (one that already concerns this bucket or key first).
  const inline = policies.flatMap((named, index) => (!isManagedName(named.name) && !isUnreadable(named.document) ? [{ named, index, document: named.document }] : []))
  const chosen = inline.find((item) => mentions(item.document, need, scenario.request.bucket)) ?? inline[0]
  let overflow = ''
  if (chosen !== undefined) {
    const site = inlineSite(scenario, chosen.index, chosen.named.name)
    const merged = withStatement(chosen.document, statement, undefined, 'identity')
    const file = fileName(grantee.name, chosen.named.name)
    if (site !== null) {
      const over = overLimit(site, merged.document)
      if (over === null) {
        return [
          plan({
            policyType: 'identity-based-policy',
            strategy: 'identity-grant',
            target: formatPointer(['identity', 'policies', chosen.index, 'document']),
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'pipeline-role-owner',
            title: `Allow ${need.action} ${need.scope} in ${site.words}`,
            explanation:
              `Adds statement ${merged.sid} to ${site.words}, keeping its other statements: it allows exactly ${need.action} ${need.scope} ` +
              `(the resource is ${need.rule}).${droppedNote(merged.dropped)}${misses}`
          })
        ]
      }
      overflow = ` Adding it to ${site.words} would not fit: ${over} So it is a new managed policy instead.`
    }
  }

  const fresh = withStatement(undefined, statement)
  const policyName = `${grantee.name}-${need.label}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 128)
  const file = fileName(grantee.name, need.label)
  if (overflow === '') {
    const site = inlineSite(scenario, -1, policyName)
    if (site !== null && overLimit(site, fresh.document) === null) {
      return [
        plan({
          policyType: 'identity-based-policy',
          strategy: 'identity-grant',
          target: formatPointer(['identity', 'policies', '-']),
          document: { name: policyName, document: fresh.document },
          command: site.command(file),
          file: { name: file, content: fresh.document },
          owner: 'pipeline-role-owner',
          title: `Allow ${need.action} ${need.scope} in a new inline policy of ${describeGrantee(grantee)}`,
          explanation:
            `The ${grantee.kind} has no inline policy to extend, so this adds one, ${policyName}, with one statement ${fresh.sid}: ` +
            `it allows exactly ${need.action} ${need.scope} (the resource is ${need.rule}).${misses}`
        })
      ]
    }
    if (site !== null) overflow = ` The ${grantee.kind}'s inline policies are already at AWS's limit of ${site.limit.limit} characters (${site.limit.source}), so it is a new managed policy instead.`
  }
  return [plan(managedGrant(grantee, need, fresh.document, fresh.sid, policyName, file, `${overflow}${misses}`))]
}

function managedGrant(grantee: Grantee, need: Need, document: JsonObject, sid: string, name: string, file: string, notes: string): Candidate {
  const arn = `arn:${grantee.partition}:iam::${grantee.account}:policy/${name}`
  const attach = grantee.kind === 'role' ? `aws iam attach-role-policy --role-name ${sh(grantee.name)}` : `aws iam attach-user-policy --user-name ${sh(grantee.name)}`
  return {
    policyType: 'identity-based-policy',
    strategy: 'identity-grant',
    target: formatPointer(['identity', 'policies', '-']),
    document: { name: arn, document },
    command: `aws iam create-policy --policy-name ${sh(name)} --policy-document file://${file} && ${attach} --policy-arn ${sh(arn)}`,
    file: { name: file, content: document },
    owner: 'pipeline-role-owner',
    title: `Allow ${need.action} ${need.scope} in a new managed policy attached to ${describeGrantee(grantee)}`,
    explanation:
      `Creates the managed policy ${name} with one statement ${sid} and attaches it to the ${grantee.kind} ${grantee.name}: it allows exactly ` +
      `${need.action} ${need.scope} (the resource is ${need.rule}).${notes}`
  }
}

/** The permissions boundary caps what the caller's policies grant: the cap must include the action. */
export function boundaryGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  const boundary = context.scenario.identity?.permissionsBoundary
  if (grantee === null || boundary === undefined || isUnreadable(boundary) || isUnreadable(boundary.document)) return []
  const pointer = formatPointer(['identity', 'permissionsBoundary', 'document'])
  const site = siteOf(context.scenario, pointer)
  if (site === null) return []
  const need = needFor(context)
  const merged = withStatement(boundary.document, grantStatement(need, `Allow${need.label}`))
  const file = fileName('boundary', boundary.name.slice(boundary.name.lastIndexOf('/') + 1))
  return [
    plan({
      policyType: 'permissions-boundary',
      strategy: 'boundary-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: site.owner,
      title: `Let the permissions boundary ${boundary.name} include ${need.action} ${need.scope}`,
      explanation:
        `The ${grantee.kind}'s own policies allow ${need.action}, but its permissions boundary sets the maximum it can have and does not include it. ` +
        `Adds statement ${merged.sid} to the boundary (as a new default version), keeping its other statements: exactly ${need.action} ${need.scope} ` +
        `(the resource is ${need.rule}). A boundary grants nothing by itself; every role with this boundary may now be granted this action.` +
        `${nearMisses(context.verdict, 'permissions-boundary', need.action)}`
    })
  ]
}

/** A session policy passed when the session was created limits the session: it must include the action. */
export function sessionGrantPlans(context: FixContext): Plan[] {
  const grantee = granteeOf(context.caller)
  const list = context.scenario.identity?.sessionPolicies
  if (grantee === null || list === undefined || isUnreadable(list)) return []
  const readable = list.flatMap((named, index) => (isUnreadable(named.document) ? [] : [{ named, index, document: named.document }]))
  const chosen = readable.find((item) => !isManagedName(item.named.name)) ?? readable[0]
  if (chosen === undefined) return []
  const pointer = formatPointer(['identity', 'sessionPolicies', chosen.index, 'document'])
  const site = siteOf(context.scenario, pointer)
  if (site === null) return []
  const need = needFor(context)
  const merged = withStatement(chosen.document, grantStatement(need, `Allow${need.label}`))
  const file = fileName('session-policy', chosen.named.name)
  const managed = isManagedName(chosen.named.name)
  return [
    plan({
      policyType: 'session-policy',
      strategy: 'session-grant',
      target: pointer,
      document: merged.document,
      command: site.command(file),
      file: { name: file, content: merged.document },
      owner: site.owner,
      title: `Let ${site.words} include ${need.action} ${need.scope}`,
      explanation:
        `The session was created with ${site.words}, which limits it to what that policy allows. Adds statement ${merged.sid}, keeping the others: ` +
        `exactly ${need.action} ${need.scope} (the resource is ${need.rule}).` +
        (managed
          ? ' This managed policy is passed as a session policy; changing it changes every session that passes it.'
          : ' With aws-actions/configure-aws-credentials, put this document in the inline-session-policy input; the command shows the same for a plain AssumeRole.') +
        `${nearMisses(context.verdict, 'session-policy', need.action)}`
    })
  ]
}
