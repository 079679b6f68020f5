/**
 * SCPs and RCPs: guard-rails the pipeline's owner cannot change. The fix names the owner
 * (`organization-admin`) and gives the document they would change, re-evaluated like any other.
 *
 * - An SCP level that allows nothing for the action (an allow-list SCP without it): an Allow
 *   statement for exactly the action and resource, added to a policy attached at that level.
 *   SCPs only set the maximum: the caller's own policies still have to allow it.
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 * - An RCP level that allows nothing cannot happen in AWS: "The effect of Allow is only supported
 *   for the RCPFullAWSAccess policy ... automatically attached to the organization root, every OU,
 *   and every account ... You cannot detach this policy" (no fix: the snapshot is missing it).
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 * - Explicit denies in either are handled by ./explicit-deny.ts (an exception in the Deny), with
 *   this owner and `aws organizations update-policy`.
 */
import { isUnreadable, type JsonObject } from '../scenario/types.js'
import { fileName, layerTrace, needFor, pascal, plan, sh, withStatement, type FixContext, type Plan } from './common.js'
import { grantStatement } from './identity.js'
import { formatPointer } from './pointer.js'
import { siteOf } from './site.js'

/** The first SCP level (index) where no readable policy allows the action, from the verdict's trace. */
export function failingLevel(context: FixContext): number | null {
  const levels = context.scenario.organization?.serviceControlPolicies
  if (levels === undefined || isUnreadable(levels)) return null
  const trace = layerTrace(context.verdict, 'service-control-policy', context.denial.action)
  const allowed = new Set<number>()
  const unreadable = new Set<number>()
  for (const policy of trace?.policies ?? []) {
    const match = /^organization\.serviceControlPolicies\[(\d+)\]/.exec(policy.path)
    if (match !== null && policy.outcome === 'allow') allowed.add(Number(match[1]))
  }
  levels.forEach((level, index) => {
    if (level.some((named) => isUnreadable(named.document))) unreadable.add(index)
  })
  for (let index = 0; index < levels.length; index++) if (!allowed.has(index) && !unreadable.has(index)) return index
  return null
}

function levelWords(index: number, count: number): string {
  if (index === 0) return 'the organization root'
  if (index === count - 1 && count > 1) return 'the account'
  return `the OU at level ${index}`
}

export function organizationGrantPlans(context: FixContext): Plan[] {
  if (context.denial.policyType !== 'service-control-policy') return []
  const levels = context.scenario.organization?.serviceControlPolicies
  const index = failingLevel(context)
  if (levels === undefined || isUnreadable(levels) || index === null) return []
  const level = levels[index] ?? []
  const need = needFor(context)
  const statement = grantStatement(need, `Allow${need.label}`)
  const where = levelWords(index, levels.length)
  const why =
    `SCPs are evaluated level by level and every level must allow the action: no SCP attached to ${where} allows ${need.action}. ` +
    'The pipeline\'s owner cannot change SCPs; the organization\'s administrators can.'
  const position = level.findIndex((named) => !isUnreadable(named.document))
  const named = level[position]
  if (named !== undefined && !isUnreadable(named.document)) {
    const pointer = formatPointer(['organization', 'serviceControlPolicies', index, position, 'document'])
    const site = siteOf(context.scenario, pointer)
    const merged = withStatement(named.document, statement)
    if (site !== null && site.size(merged.document) <= site.limit.limit) {
      const file = fileName('scp', named.name)
      return [
        plan({
          policyType: 'service-control-policy',
          strategy: 'organization-grant',
          target: pointer,
          document: merged.document,
          command: site.command(file),
          file: { name: file, content: merged.document },
          owner: 'organization-admin',
          title: `Allow ${need.action} in the SCP ${named.name} attached to ${where}`,
          explanation:
            `${why} Adds statement ${merged.sid} to ${named.name}, keeping its other statements: ${need.action} ${need.scope} ` +
            `(an allow-list SCP often lists whole services, such as s3:*; this is the narrowest addition). An SCP grants nothing by itself.`
        })
      ]
    }
  }
  // No policy to extend at that level (or it would go over 5,120 characters): a new SCP attached there.
  const fresh = withStatement(undefined, statement)
  const name = `allow-${pascal(need.action)}`.toLowerCase()
  const file = fileName('scp', name)
  const document: JsonObject = { name, document: fresh.document }
  return [
    plan({
      policyType: 'service-control-policy',
      strategy: 'organization-grant',
      target: formatPointer(['organization', 'serviceControlPolicies', index, '-']),
      document,
      command:
        `aws organizations create-policy --type SERVICE_CONTROL_POLICY --name ${sh(name)} --description ${sh(`Allow ${need.action}`)} --content file://${file} ` +
        `&& aws organizations attach-policy --policy-id POLICY_ID --target-id TARGET_ID`,
      file: { name: file, content: fresh.document },
      owner: 'organization-admin',
      title: `Attach a new SCP allowing ${need.action} to ${where}`,
      explanation:
        `${why} Creates the SCP ${name} with one statement ${fresh.sid} (${need.action} ${need.scope}) and attaches it to ${where} ` +
        `(POLICY_ID is the id create-policy returns, TARGET_ID the id of ${where}; at most 5 SCPs can be attached to one target).`
    })
  ]
}
