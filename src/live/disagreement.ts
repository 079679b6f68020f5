/**
 * When the probe and the evaluation disagree: say so plainly, and rank what could explain it from
 * what the run actually saw, most likely first, instead of inventing a cause.
 *
 * The evidence, strongest first:
 *   1. the layer AWS's own error message names, when the doctor could not read it;
 *   2. the unreadable layers the verdict says its conclusion depends on;
 *   3. the other unreadable layers that could deny (or grant);
 *   4. what no read can reach: another account's RCPs and account settings, a session policy,
 *      a condition key whose value is unknown (with the statements that test it);
 *   5. a change between the probe and the snapshot, or an evaluator bug (with how to report it).
 *
 * Before all of these: the write probes go to a fresh probe key, never the real key (./probe.ts).
 * When the probe was denied and the snapshot evaluated for the probe's key denies too while it
 * allows the real key, a policy names exact object keys: that is the whole explanation, the real
 * request is allowed, and the disagreement says so (`probeKeyOnly`).
 *
 * Which probe outcomes mean "authorized": 2xx, 412 PreconditionFailed (S3 checks conditions after
 * authorizing: https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html), and 404
 * for HEAD/GET (S3 answers 404 rather than 403 only to a caller allowed to list the bucket:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html).
 */
import { evaluateScenario } from '../evaluate/engine.js'
import { parseCaller } from '../evaluate/principal.js'
import type { PolicyType, Scenario } from '../scenario/types.js'
import type { Verdict } from '../verdict/types.js'
import type { ContextNote } from './context.js'
import { isProbeKey } from './probe.js'
import type { Diagnosis, ParsedAccessDenied, ProbeRecord, UnreadableLayer } from './types.js'

export interface DisagreementEvidence {
  parsedError?: ParsedAccessDenied | null
  contextNotes?: readonly ContextNote[]
}

type Stance = 'authorized' | 'denied' | null

/** What a probe says about authorization, or null when it says nothing (an error, a skipped probe, a missing bucket). */
export function probeStance(probe: ProbeRecord): Stance {
  switch (probe.outcome) {
    case 'allowed':
    case 'precondition-failed':
      return 'authorized'
    case 'denied':
      return 'denied'
    case 'not-found':
      // 404 on a key is an answer only an authorized caller gets; NoSuchBucket says nothing.
      return probe.errorCode === 'NoSuchBucket' ? null : /^s3:getobject/i.test(probe.action) || /^headobject$/i.test(probe.operation) ? 'authorized' : null
    default:
      return null
  }
}

const PHRASES: Record<PolicyType, string> = {
  'service-control-policy': 'the service control policies',
  'resource-control-policy': 'the resource control policies',
  'identity-based-policy': "the caller's identity policies",
  'resource-based-policy': 'the bucket policy (or the KMS key policy)',
  'permissions-boundary': 'the permissions boundary',
  'session-policy': 'the session policy',
  'vpc-endpoint-policy': 'the VPC endpoint policy',
  'block-public-access': 'Block Public Access',
  acl: 'the ACLs',
  'object-ownership': 'Object Ownership',
  'object-lock': 'Object Lock',
  'requester-pays': 'Requester Pays',
  'missing-list-permission': 's3:ListBucket for a missing key'
}

/** The policy type a scenario path belongs to; null for facts that feed condition keys (account, region, tags...). */
export function policyTypeOfPath(path: string): PolicyType | null {
  const rules: [RegExp, PolicyType][] = [
    [/^organization\.serviceControlPolicies/, 'service-control-policy'],
    [/^organization\.resourceControlPolicies/, 'resource-control-policy'],
    [/^(vpcEndpoints|request\.vpcEndpoint)/, 'vpc-endpoint-policy'],
    [/^(bucket\.policy|kmsKeys)/, 'resource-based-policy'],
    [/^identity\.policies/, 'identity-based-policy'],
    [/^identity\.permissionsBoundary/, 'permissions-boundary'],
    [/^identity\.sessionPolicies/, 'session-policy'],
    [/^bucket\.(accountP|p)ublicAccessBlock/, 'block-public-access'],
    [/^bucket\.objectOwnership/, 'object-ownership'],
    [/^bucket\.objectLock|\.(retention|legalHold)$/, 'object-lock'],
    [/^bucket\.requesterPays/, 'requester-pays'],
    [/^bucket\.acl|\.(acl|owner)$/, 'acl'],
    [/^bucket\.objects(\.|\[)[^.]*$/, 'missing-list-permission']
  ]
  for (const [pattern, type] of rules) if (pattern.test(path)) return type
  return null
}

function unreadableText(layer: UnreadableLayer): string {
  const grant = layer.permission !== '' ? ` Reading it needs ${layer.permission}${layer.permission.startsWith('organizations:') ? ' (from the management account or a delegated administrator)' : ''}.` : ''
  return `${layer.path} could not be read (${layer.error}).${grant}`
}

/**
 * Null when the probes that exercised the scenario's action agree with the verdict (or none did);
 * otherwise a summary and the ranked explanations.
 */
export function explainDisagreement(
  probes: readonly ProbeRecord[],
  verdict: Verdict,
  unreadable: readonly UnreadableLayer[],
  scenario: Scenario,
  evidence: DisagreementEvidence = {}
): Diagnosis['disagreement'] {
  const action = scenario.request.action.toLowerCase()
  const relevant = probes.filter((probe) => probe.action.toLowerCase() === action && probeStance(probe) !== null)
  const disagreeing = relevant.find((probe) => (probeStance(probe) === 'denied') !== (verdict.decision === 'deny'))
  if (disagreeing === undefined) return null
  return probeStance(disagreeing) === 'denied'
    ? deniedButAllowed(disagreeing, verdict, unreadable, scenario, evidence)
    : allowedButDenied(disagreeing, verdict, unreadable, scenario, evidence)
}

function answered(probe: ProbeRecord): string {
  const parts = [probe.status !== null ? String(probe.status) : null, probe.errorCode].filter((part): part is string => part !== null)
  const id = probe.requestId !== null ? `, request id ${probe.requestId}` : ''
  return `${parts.length > 0 ? parts.join(' ') : 'no status'}${id}`
}

class Ranked {
  private readonly items: string[] = []
  add(text: string): void {
    if (!this.items.includes(text)) this.items.push(text)
  }
  list(): string[] {
    return [...this.items]
  }
}

function callerIsRoleSession(scenario: Scenario): boolean {
  return parseCaller(scenario.request.principal, scenario.identity?.arn).kind === 'role-session'
}

function contextExplanations(notes: readonly ContextNote[], effect: 'Allow' | 'Deny', ranked: Ranked): void {
  for (const note of notes) {
    const uses = note.conditions.filter((use) => use.effect === effect)
    if (uses.length === 0) continue
    const where = uses.map((use) => `${use.path} statement ${use.statement} (${use.operator} ${use.values.join(', ')})`).join('; ')
    ranked.add(`${note.key} is unknown (${note.reason}) and ${uses.length === 1 ? 'a statement tests' : `${uses.length} statements test`} it: ${where}.`)
  }
}

function generic(ranked: Ranked): void {
  ranked.add('A policy or setting changed between the probe and the snapshot (IAM changes take a few seconds to propagate): run the diagnosis again.')
  ranked.add('If none of the above applies, the evaluator may be wrong: save the snapshot (save-scenario) and attach it to an issue, with the probe result.')
}

/** The snapshot evaluated for the probe's own key, when the probe wrote to a probe key and the request names a real one. */
function probeKeyVerdict(probe: ProbeRecord, scenario: Scenario): Verdict | null {
  const real = scenario.request.key
  if (probe.key === undefined || real === undefined || probe.key === real || !isProbeKey(probe.key)) return null
  const copy: Scenario = { ...scenario, request: { ...scenario.request, key: probe.key } }
  if (scenario.bucket?.objects !== undefined) copy.bucket = { ...scenario.bucket, objects: { [probe.key]: { exists: false } } }
  try {
    return evaluateScenario(copy)
  } catch {
    return null
  }
}

/** The Allow statements that apply, as `statement LABEL of POLICY`, over every layer and request. */
function allowingStatements(verdict: Verdict): string[] {
  const found: string[] = []
  for (const request of verdict.requests) {
    for (const layer of request.layers) {
      for (const policy of layer.policies) {
        for (const statement of policy.statements) {
          if (statement.applies && statement.effect === 'Allow') found.push(`statement ${statement.label} of the ${policy.policy}`)
        }
      }
    }
  }
  return [...new Set(found)]
}

function folderOf(key: string | undefined): string {
  return key === undefined ? '' : key.slice(0, key.lastIndexOf('/') + 1)
}

function deniedButAllowed(probe: ProbeRecord, verdict: Verdict, unreadable: readonly UnreadableLayer[], scenario: Scenario, evidence: DisagreementEvidence): Diagnosis['disagreement'] {
  const atProbeKey = probeKeyVerdict(probe, scenario)
  if (atProbeKey !== null && atProbeKey.decision === 'deny' && atProbeKey.denial !== null) {
    const denial = atProbeKey.denial
    const by = `${PHRASES[denial.policyType]}${denial.statement !== null ? ` (statement ${denial.statement})` : ''}`
    return {
      summary: `The probe's ${probe.operation} (${probe.action}) was denied (${answered(probe)}) because it went to the doctor's fresh probe key ${probe.key ?? ''}, never to the real key; the snapshot denies that key too, through ${by}, and allows the real key ${scenario.request.key ?? ''}: a policy names exact object keys. The real request is allowed.`,
      explanations: [
        `The doctor never writes to the real key (a server that skipped the checks would overwrite the object), so a policy that grants ${probe.action} on exact object names, without a wildcard, cannot be probed: ${denial.reason}.`,
        'To have the probe exercise the real grant, allow the same action on the folder (e.g. builds/*), or run with probe: none and rely on the evaluation.'
      ],
      probeKeyOnly: true
    }
  }
  const ranked = new Ranked()
  const mentioned = new Set<string>()
  const parsed = evidence.parsedError ?? null
  const named = parsed?.policyType

  // 0. The probe's own key: statements that allow the real key and not the probe key (a policy
  // naming exact object keys). Not certain here (the snapshot, with what it could not read, allows
  // both), so first in the ranking rather than the whole story.
  if (atProbeKey !== null) {
    const lost = allowingStatements(verdict).filter((statement) => !allowingStatements(atProbeKey).includes(statement))
    if (lost.length > 0) {
      ranked.add(
        `The probe went to the doctor's fresh probe key ${probe.key ?? ''}, never to the real key ${scenario.request.key ?? ''}, and ${lost.join(', ')} ${lost.length === 1 ? 'allows' : 'allow'} the real key but not the probe key: unless a layer the snapshot could not read grants more, that is why the probe was refused, and the real upload may be allowed. Granting the action on the folder (e.g. ${folderOf(scenario.request.key)}*) lets the probe exercise the real grant.`
      )
    }
  }

  // 1. The layer AWS names, when it could not be read.
  if (named !== undefined) {
    const unreadableNamed = unreadable.filter((layer) => policyTypeOfPath(layer.path) === named)
    const how = `${parsed?.kind === 'explicit' ? 'an explicit deny in' : 'no allow in'} ${PHRASES[named]}`
    for (const layer of unreadableNamed) {
      ranked.add(`AWS's error names ${how}, and ${unreadableText(layer)}`)
      mentioned.add(layer.path)
    }
    if (unreadableNamed.length === 0) {
      ranked.add(`AWS's error names ${how}, but the snapshot of that layer allows the request: the policy that denies is one the snapshot does not hold (another level, another account's policy) or it changed after the snapshot.`)
    }
  }
  // 2. What the verdict itself says it depends on.
  for (const dependency of verdict.dependsOnUnreadable) {
    if (mentioned.has(dependency.path)) continue
    const layer = unreadable.find((item) => item.path === dependency.path)
    ranked.add(layer !== undefined ? `${unreadableText(layer)} The verdict assumes ${dependency.effect}.` : `${dependency.path} could not be read (${dependency.error}); the verdict assumes ${dependency.effect}.`)
    mentioned.add(dependency.path)
  }
  // 3. Other unreadable layers that could deny.
  for (const layer of unreadable) {
    if (mentioned.has(layer.path) || policyTypeOfPath(layer.path) === null) continue
    ranked.add(unreadableText(layer))
    mentioned.add(layer.path)
  }
  // 4. Beyond what can be read.
  for (const layer of unreadable) {
    if (mentioned.has(layer.path)) continue
    ranked.add(unreadableText(layer))
  }
  if (callerIsRoleSession(scenario) && scenario.identity?.sessionPolicies === undefined) {
    ranked.add("A session policy passed when the pipeline's role session was created (for example configure-aws-credentials' inline-session-policy or managed-session-policies) cannot be read back from AWS, and it would restrict the session.")
  }
  contextExplanations(evidence.contextNotes ?? [], 'Deny', ranked)
  generic(ranked)
  return {
    summary: `The probe's ${probe.operation} (${probe.action}) was denied (${answered(probe)}) but the snapshot evaluates to allow: something the snapshot does not show, or shows wrongly, denies it.`,
    explanations: ranked.list()
  }
}

function allowedButDenied(probe: ProbeRecord, verdict: Verdict, unreadable: readonly UnreadableLayer[], _scenario: Scenario, evidence: DisagreementEvidence): Diagnosis['disagreement'] {
  const ranked = new Ranked()
  const denial = verdict.denial
  const by = denial === null ? 'deny' : `${denial.policyType}${denial.statement !== null ? ` statement ${denial.statement}` : ''} in ${denial.policy}`

  // 1. The deciding statement tests a key whose value was not known.
  if (denial !== null && denial.path !== undefined) {
    for (const note of evidence.contextNotes ?? []) {
      const uses = note.conditions.filter((use) => use.path === denial.path && (denial.statement === null || use.statement === denial.statement))
      if (uses.length > 0) ranked.add(`The deciding statement tests ${note.key}, whose value is unknown (${note.reason}); the real request's value may satisfy it.`)
    }
  }
  // 2. What the verdict depends on, then the unreadable layers that could grant.
  for (const dependency of verdict.dependsOnUnreadable) {
    const layer = unreadable.find((item) => item.path === dependency.path)
    ranked.add(layer !== undefined ? `${unreadableText(layer)} The verdict assumes ${dependency.effect}.` : `${dependency.path} could not be read (${dependency.error}); the verdict assumes ${dependency.effect}.`)
  }
  const grants: (PolicyType | null)[] = ['identity-based-policy', 'resource-based-policy', 'acl']
  for (const layer of unreadable) if (grants.includes(policyTypeOfPath(layer.path))) ranked.add(`${unreadableText(layer)} It may hold the grant the snapshot lacks.`)
  // 3. The probe may not have exercised what the verdict denies.
  if (denial?.policyType === 'missing-list-permission' && probe.outcome === 'not-found') {
    ranked.add(`S3 answered 404, which it does only to a caller allowed s3:ListBucket, yet the snapshot denies s3:ListBucket (${denial.reason}): the grant of s3:ListBucket is in a layer the snapshot lacks or could not read.`)
  } else if (denial !== null && denial.action.toLowerCase() !== probe.action.toLowerCase()) {
    ranked.add(`The verdict denies ${denial.action}, a call the probe's ${probe.operation} may not have reached (${probe.outcome === 'precondition-failed' ? 'a conditional request S3 refused with 412 never stores anything' : 'it is a separate authorization'}): the real upload can still fail there.`)
  }
  contextExplanations(evidence.contextNotes ?? [], 'Allow', ranked)
  for (const layer of unreadable) ranked.add(unreadableText(layer))
  generic(ranked)
  return {
    summary: `The probe's ${probe.operation} (${probe.action}) was allowed (${answered(probe)}) but the snapshot evaluates to deny (${by}): the snapshot lacks a grant the real request has, or assumes a value the real request does not carry.`,
    explanations: ranked.list()
  }
}
