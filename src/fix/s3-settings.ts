/**
 * Denials that are S3 settings or S3 rules rather than policies: Block Public Access, Object
 * Ownership, object ACLs, Object Lock, Requester Pays, and the 403-instead-of-404 of a missing key.
 * Each proposes the specific setting or permission, the safe option first.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-existing-bucket.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html ("If the object you request doesn't exist, the error
 *   that Amazon S3 returns depends on whether you also have the s3:ListBucket permission")
 */
import { evaluateScenario } from '../evaluate/engine.js'
import { callerAccount } from '../evaluate/principal.js'
import { checkObjectLock } from '../s3/object-lock.js'
import { effectiveBlock, BLOCK_SETTINGS, type BlockSetting } from '../s3/block-public-access.js'
import { parsePolicy } from '../policy/parse.js'
import { cannedAclIsPublic, grantHeadersArePublic, GRANT_HEADERS, isPolicyPublic } from '../s3/public.js'
import { isUnreadable, type JsonObject, type PolicyDocument, type PublicAccessBlock, type Scenario } from '../scenario/types.js'
import { contextFor, droppedNote, fileName, granteeOf, isObject, keyScope, partitionOf, plan, sh, statementIndex, statementsOf, withStatement, type Candidate, type FixContext, type Plan } from './common.js'
import { formatPointer } from './pointer.js'
import { siteOf } from './site.js'
import { bypassGovernanceCandidate, headerCandidate, requestPayerCandidate } from './request-headers.js'

// ---------------------------------------------------------------------------------------------
// Block Public Access
// ---------------------------------------------------------------------------------------------

function turnOff(context: FixContext, setting: BlockSetting, level: 'bucket' | 'account'): Candidate {
  const bucket = context.scenario.bucket
  const current = level === 'bucket' ? bucket?.publicAccessBlock : bucket?.accountPublicAccessBlock
  const settings: PublicAccessBlock = { ...(current !== undefined && !isUnreadable(current) ? current : {}), [setting]: false }
  // The scenario's shape is S3's PublicAccessBlockConfiguration, so the file is what the CLI reads.
  const document = settings as JsonObject
  const name = bucket?.name ?? context.scenario.request.bucket
  const account = bucket?.account ?? 'ACCOUNT_ID'
  const file = level === 'bucket' ? fileName(name, 'public-access-block') : fileName('account', account, 'public-access-block')
  return {
    policyType: 'block-public-access',
    strategy: 's3-setting',
    target: formatPointer(['bucket', level === 'bucket' ? 'publicAccessBlock' : 'accountPublicAccessBlock']),
    document,
    command:
      level === 'bucket'
        ? `aws s3api put-public-access-block --bucket ${sh(name)} --public-access-block-configuration file://${file}`
        : `aws s3control put-public-access-block --account-id ${sh(account)} --public-access-block-configuration file://${file}`,
    file: { name: file, content: document },
    owner: level === 'bucket' ? 'bucket-owner' : 'bucket-account-admin',
    title: `Last resort: turn off ${setting} ${level === 'account' ? `for every bucket of account ${account}` : `on ${name}`}`,
    explanation:
      `This lifts a guard-rail${level === 'account' ? ` for every bucket of account ${account}, not only ${name}` : ''}: make it a deliberate decision of whoever owns the data, ` +
      'and prefer the options above when there are any. ' +
      `Block Public Access applies the most restrictive of the bucket's and the account's settings, so ${setting} must be off at every level that turns it on. ` +
      `This sets ${setting}=false ${level === 'bucket' ? `on ${name}` : `at the account level of ${account}`} and keeps the other settings as they are. ` +
      PUBLIC_WARNING[setting]
  }
}

const PUBLIC_WARNING: Record<BlockSetting, string> = {
  BlockPublicAcls: 'New public ACLs will then be accepted; with IgnorePublicAcls still on they grant nothing, so the object still is not public.',
  IgnorePublicAcls: 'Public ACLs will then grant access again, to anyone.',
  BlockPublicPolicy: 'Bucket policies that grant public access will then be accepted: review the policy being written first.',
  RestrictPublicBuckets:
    'The public statements of the bucket policy will then grant access to anyone, anonymous callers included. For a public website, CloudFront with origin access control keeps the bucket private; for a known caller, a statement that names it (so that the policy is no longer public) is safer than this.'
}

/** The labels of the bucket policy's public statements (as AWS judges them), null when it does not parse. */
function publicStatementsOf(policy: PolicyDocument): string[] | null {
  try {
    return isPolicyPublic(parsePolicy(policy, 'bucket.policy')).publicStatements
  } catch {
    return null
  }
}

/**
 * A copy of `policy` in which each statement named in `labels` gets `key: value` under `operator` in
 * its Condition, and with `principal` that Principal in place of its Principal or NotPrincipal; null
 * when a label names no statement.
 */
function withConditionOn(policy: PolicyDocument, labels: readonly string[], condition: { operator: string; key: string; value: string }, principal?: JsonObject): JsonObject | null {
  const document = structuredClone(policy)
  const statements = statementsOf(document)
  for (const label of labels) {
    const index = statementIndex(document, label)
    const statement = statements[index]
    if (!isObject(statement)) return null
    const block = isObject(statement.Condition) ? structuredClone(statement.Condition) : {}
    const existing = block[condition.operator]
    block[condition.operator] = { ...(isObject(existing) ? existing : {}), [condition.key]: condition.value }
    const { NotPrincipal: _unused, ...rest } = statement
    statements[index] = principal === undefined ? { ...statement, Condition: block } : { ...rest, Principal: principal, Condition: block }
  }
  document.Statement = statements
  return document
}

/** The condition that makes a public statement non-public for this caller, in words and JSON; null when there is none to give. */
function narrowing(context: FixContext): { operator: string; key: string; value: string; words: string } | null {
  const { caller, scenario } = context
  const grantee = granteeOf(caller)
  if (grantee !== null) return { operator: 'ArnEquals', key: 'aws:PrincipalArn', value: grantee.arn, words: `the ${grantee.kind} ${grantee.arn}` }
  if (caller.kind !== 'anonymous') return null
  if (scenario.request.vpcEndpoint !== undefined) {
    return { operator: 'StringEquals', key: 'aws:SourceVpce', value: scenario.request.vpcEndpoint, words: `requests through the VPC endpoint ${scenario.request.vpcEndpoint}` }
  }
  const address = scenario.request.context?.['aws:SourceIp']
  if (typeof address !== 'string' || address === '' || address.includes('/')) return null
  const cidr = address.includes(':') ? `${address}/128` : `${address}/32`
  return { operator: 'IpAddress', key: 'aws:SourceIp', value: cidr, words: `unsigned requests from ${cidr}` }
}

/**
 * RestrictPublicBuckets cuts off what a public bucket policy grants to anyone outside the bucket
 * owner's account. The safe option keeps Block Public Access on: fix each public statement to this
 * caller (a condition AWS counts as fixing the principal), so that the policy is no longer public.
 */
function narrowPublicStatements(context: FixContext): Candidate | null {
  const { scenario } = context
  const policy = scenario.bucket?.policy
  const condition = narrowing(context)
  const site = siteOf(scenario, formatPointer(['bucket', 'policy']))
  if (policy === undefined || isUnreadable(policy) || condition === null || site === null) return null
  const publicLabels = publicStatementsOf(policy)
  if (publicLabels === null || publicLabels.length === 0) return null
  const document = withConditionOn(policy, publicLabels, condition)
  if (document === null) return null
  const names = publicLabels.join(', ')
  const account = scenario.bucket?.account
  const outside = account === undefined ? "outside the bucket owner's account" : `outside account ${account}, the bucket owner`
  const anonymous = context.caller.kind === 'anonymous'
  return {
    policyType: 'resource-based-policy',
    strategy: 'bucket-policy-grant',
    target: formatPointer(['bucket', 'policy']),
    document,
    command: site.command(site.file),
    file: { name: site.file, content: document },
    owner: 'bucket-owner',
    title: `Keep Block Public Access on: limit the public statement ${names} to ${condition.words}`,
    explanation:
      `RestrictPublicBuckets cuts off everything a public bucket policy grants to callers ${outside}, so statement ${names} grants them nothing today. ` +
      `Adding the condition ${condition.operator} ${condition.key} ${condition.value} fixes who it grants to, so AWS no longer counts the policy as public, ` +
      `RestrictPublicBuckets no longer applies, and the statement allows ${condition.words} and nobody else; Block Public Access stays on for the bucket and the account. ` +
      (anonymous
        ? `Addresses of GitHub-hosted runners change from run to run: this suits a runner with a fixed egress address (self-hosted, or behind a NAT gateway). ` +
          'To serve the content to the public with Block Public Access on, use CloudFront with origin access control instead; to read it in a job, sign the request with the job\'s AWS credentials. '
        : '') +
      `If principals of account ${account ?? 'the bucket owner'} rely on statement ${names}, give them a statement of their own.`
  }
}

const CLOUDFRONT_SERVICE = 'cloudfront.amazonaws.com'

/**
 * The safe way to serve a bucket's objects to everyone with Block Public Access on: CloudFront with
 * origin access control. Viewers ask the distribution; the distribution signs its request to S3 as
 * the service principal cloudfront.amazonaws.com, with aws:SourceArn set to the distribution's ARN,
 * and the bucket policy grants that principal for that distribution only (AWS's documented policy).
 *
 * Two changes that only work together: the bucket policy (each public statement becomes the grant
 * to the distribution, which is narrower than what it granted before; without one, a statement is
 * added), then the request, which is no longer the unsigned one but the distribution's. The proof is
 * that this request is allowed; the unsigned request stays denied, which is the point. The
 * distribution's id is not known here: DISTRIBUTION_ID stands for it, in the policy and the request
 * alike. Offered for unsigned reads only, and shown only when proven.
 */
function cloudFrontPlan(context: FixContext): Plan | null {
  const { scenario, caller } = context
  const request = scenario.request
  const bucket = scenario.bucket
  const account = bucket?.account
  const policy = bucket?.policy
  if (caller.kind !== 'anonymous' || request.action.toLowerCase() !== 's3:getobject' || request.key === undefined || account === undefined) return null
  if (policy !== undefined && isUnreadable(policy)) return null
  const site = siteOf(scenario, formatPointer(['bucket', 'policy']))
  if (site === null) return null
  const partition = partitionOf(caller)
  const distribution = `arn:${partition}:cloudfront::${account}:distribution/DISTRIBUTION_ID`
  const principal = { Service: CLOUDFRONT_SERVICE }
  const publicLabels = policy === undefined ? [] : publicStatementsOf(policy)
  if (publicLabels === null) return null
  let document: JsonObject
  let change: string
  if (publicLabels.length > 0 && policy !== undefined) {
    const rewritten = withConditionOn(policy, publicLabels, { operator: 'StringEquals', key: 'AWS:SourceArn', value: distribution }, principal)
    if (rewritten === null) return null
    document = rewritten
    change =
      `Statement ${publicLabels.join(', ')} now grants ${CLOUDFRONT_SERVICE} for the distribution only (Principal and an AWS:SourceArn condition) instead of everyone, ` +
      'with the same actions and resources: narrower than before, and no longer public. Today it admits CloudFront already, but from any distribution of any AWS account ' +
      '(RestrictPublicBuckets still lets AWS service principals through); the condition keeps other accounts\' distributions out. '
  } else {
    const scope = keyScope(request.key)
    const merged = withStatement(policy as JsonObject | undefined, {
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: principal,
      Action: 's3:GetObject',
      Resource: `arn:${partition}:s3:::${request.bucket}/${scope.pattern}`,
      Condition: { StringEquals: { 'AWS:SourceArn': distribution } }
    }, undefined, 'bucket-policy')
    document = merged.document
    change =
      `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}: ` +
      `s3:GetObject on ${scope.words} for ${CLOUDFRONT_SERVICE}, for the distribution only (AWS:SourceArn); widen the resource to what the distribution serves. ` +
      `The public ACL grant can go: with IgnorePublicAcls on it grants nothing.${droppedNote(merged.dropped)} `
  }
  const name = bucket?.name ?? request.bucket
  const policyStep: Candidate = {
    policyType: 'resource-based-policy',
    strategy: 'bucket-policy-grant',
    target: formatPointer(['bucket', 'policy']),
    document,
    command: site.command(site.file),
    file: { name: site.file, content: document },
    owner: 'bucket-owner',
    title: `Keep Block Public Access on: let one CloudFront distribution (origin access control) read, instead of everyone`,
    explanation:
      change +
      'Block Public Access stays on for the bucket and the account. Unsigned requests straight to S3 stay denied after this change, on purpose: ' +
      'readers go through CloudFront (the next change). Replace DISTRIBUTION_ID with the id of the distribution that serves the bucket.'
  }
  const context2 = { ...(request.context ?? {}) }
  // CloudFront's request to S3 does not come from the viewer's address nor through the viewer's VPC endpoint.
  for (const key of Object.keys(context2)) if (/^aws:(sourceip|sourcevpce?|vpcsourceip)$/i.test(key)) delete context2[key]
  context2['aws:SourceArn'] = distribution
  context2['aws:SourceAccount'] = account
  const { vpcEndpoint: _endpoint, ...kept } = request
  const fixedRequest = { ...kept, principal: CLOUDFRONT_SERVICE, context: context2 }
  const requestStep: Candidate = {
    policyType: 'resource-based-policy',
    strategy: 'request-change',
    target: formatPointer(['request']),
    document: fixedRequest as unknown as JsonObject,
    command: `aws cloudfront create-origin-access-control --origin-access-control-config Name=${sh(`${name}-oac`)},SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3`,
    file: null,
    owner: 'bucket-owner',
    title: `Read ${request.key} through the CloudFront distribution, not straight from S3`,
    explanation:
      `This changes who calls S3: readers ask the distribution, and the distribution signs its own request to S3 as ${CLOUDFRONT_SERVICE}, with aws:SourceArn ${distribution}. ` +
      'That is the request re-evaluated here (in place of the unsigned one), and the bucket policy above allows it. ' +
      'Create the origin access control with this command, attach it to the distribution\'s S3 origin (its OriginAccessControlId, with an empty S3 origin access identity), ' +
      `and point readers at the distribution's domain instead of the S3 URL of ${name}. A KMS-encrypted object also needs ${CLOUDFRONT_SERVICE} allowed kms:Decrypt in the key policy.`
  }
  return { steps: [policyStep, requestStep], together: true, onlyIfProven: true }
}

function blockPublicAccessPlans(context: FixContext): Plan[] {
  const setting = BLOCK_SETTINGS.find((name) => context.denial.policy.startsWith(name))
  const bucket = context.scenario.bucket
  if (setting === undefined) return []
  const block = effectiveBlock(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock)
  const source = block.source[setting]
  const plans: Plan[] = []
  if (setting === 'BlockPublicAcls') {
    const headers = context.scenario.request.headers ?? {}
    const publicGrant = (name: string, value: string): boolean => GRANT_HEADERS.some((grant) => grant.header === name) && grantHeadersArePublic({ [name]: value }).public
    const safe = headerCandidate(
      context,
      { remove: (name, value) => (name === 'x-amz-acl' && cannedAclIsPublic(value.trim())) || publicGrant(name, value) },
      {
        policyType: 'block-public-access',
        title: 'Upload without the public ACL',
        explanation:
          'BlockPublicAcls rejects uploads that carry a public ACL. Upload without it and publish through CloudFront with origin access control ' +
          '(or a deliberate bucket policy) instead of per-object ACLs; nothing in the bucket\'s protection changes.'
      }
    )
    if (safe !== null && Object.keys(headers).length > 0) plans.push(plan(safe))
  }
  if (setting === 'RestrictPublicBuckets' || setting === 'IgnorePublicAcls') {
    // Serving everyone: CloudFront with origin access control, Block Public Access kept on.
    const cloudFront = cloudFrontPlan(context)
    if (cloudFront !== null) plans.push(cloudFront)
  }
  if (setting === 'RestrictPublicBuckets') {
    const narrow = narrowPublicStatements(context)
    if (narrow !== null) plans.push({ steps: [narrow], onlyIfProven: true })
  }
  // Last, and clearly marked: turning a guard-rail off.
  const steps: Candidate[] = []
  if (source === 'bucket' || source === 'both') steps.push(turnOff(context, setting, 'bucket'))
  if (source === 'account' || source === 'both') steps.push(turnOff(context, setting, 'account'))
  if (steps.length > 0) plans.push({ steps })
  return plans
}

// ---------------------------------------------------------------------------------------------
// Object Ownership and ACLs
// ---------------------------------------------------------------------------------------------

function objectOwnershipPlans(context: FixContext): Plan[] {
  const ownership = context.scenario.bucket?.objectOwnership
  if (ownership !== 'BucketOwnerEnforced') return []
  const grant = (name: string): boolean => GRANT_HEADERS.some((item) => item.header === name)
  const drop = headerCandidate(
    context,
    { remove: (name, value) => (name === 'x-amz-acl' && value.trim() !== 'bucket-owner-full-control') || grant(name) },
    {
      policyType: 'object-ownership',
      title: 'Upload without the ACL (drop --acl)',
      explanation:
        'The bucket has ACLs disabled (Object Ownership BucketOwnerEnforced): it owns every object and refuses requests that set an ACL other than ' +
        'bucket-owner-full-control with 400 AccessControlListNotSupported. Access is managed by policies only, so the ACL is not needed.'
    }
  )
  const owner = headerCandidate(
    context,
    { set: { 'x-amz-acl': 'bucket-owner-full-control' }, remove: (name) => grant(name) },
    {
      policyType: 'object-ownership',
      title: 'Send --acl bucket-owner-full-control instead',
      explanation: 'With ACLs disabled, S3 still accepts the bucket-owner-full-control canned ACL (a bucket policy may require it), and no other.'
    }
  )
  const name = context.scenario.bucket?.name ?? context.scenario.request.bucket
  const reenable: Candidate = {
    policyType: 'object-ownership',
    strategy: 's3-setting',
    target: formatPointer(['bucket', 'objectOwnership']),
    document: 'BucketOwnerPreferred',
    command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerPreferred}]'`,
    file: null,
    owner: 'bucket-owner',
    title: `Re-enable ACLs on ${name} (Object Ownership BucketOwnerPreferred)`,
    explanation:
      'Only if the pipeline truly needs ACLs: BucketOwnerPreferred enables ACLs again. AWS recommends keeping ACLs disabled and managing access with policies.'
  }
  const plans: Plan[] = []
  if (drop !== null) plans.push(plan(drop))
  if (owner !== null) plans.push({ steps: [owner], fallback: true })
  plans.push({ steps: [reenable], fallback: true })
  return plans
}

function aclPlans(context: FixContext): Plan[] {
  const { scenario } = context
  const key = scenario.request.key
  const bucket = scenario.bucket
  const object = key !== undefined ? bucket?.objects?.[key] : undefined
  const bucketOwner = bucket?.account
  if (key === undefined || bucket === undefined || bucketOwner === undefined || object?.owner === undefined || object.owner === bucketOwner) return []
  const plans: Plan[] = []
  const name = bucket.name
  if (callerAccount(context.caller) === bucketOwner) {
    const acl = { owner: object.owner, grants: [
      { grantee: { type: 'CanonicalUser', id: object.owner }, permission: 'FULL_CONTROL' },
      { grantee: { type: 'CanonicalUser', id: bucketOwner }, permission: 'FULL_CONTROL' }
    ] }
    plans.push(
      plan({
        policyType: 'acl',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objects', key, 'acl']),
        document: acl,
        command: `aws s3api put-object-acl --bucket ${sh(name)} --key ${sh(key)} --acl bucket-owner-full-control`,
        file: null,
        owner: 'object-owner',
        title: `Have account ${object.owner} grant the bucket owner full control of ${key}`,
        explanation:
          `Account ${object.owner} uploaded ${key} and owns it (the bucket's Object Ownership lets writers own their objects), so only its ACL can grant access; ` +
          `the bucket owner's policies cannot. The object owner runs this command (and should upload with --acl bucket-owner-full-control from now on). ` +
          'It changes this one object only.'
      })
    )
  }
  plans.push(
    plan({
      policyType: 'acl',
      strategy: 's3-setting',
      target: formatPointer(['bucket', 'objectOwnership']),
      document: 'BucketOwnerEnforced',
      command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'`,
      file: null,
      owner: 'bucket-owner',
      title: `Disable ACLs on ${name} (Object Ownership BucketOwnerEnforced)`,
      explanation:
        `With ACLs disabled the bucket owner owns every object, ${key} included, and access is decided by policies only (AWS's recommended setting). ` +
        'Afterwards, requests that set an ACL other than bucket-owner-full-control fail with 400 AccessControlListNotSupported, and S3 refuses the change ' +
        'while the bucket ACL grants access outside the bucket owner\'s account.'
    })
  )
  return plans
}

// ---------------------------------------------------------------------------------------------
// Object Lock, Requester Pays
// ---------------------------------------------------------------------------------------------

function objectLockPlans(context: FixContext): Plan[] {
  const { scenario, verdict } = context
  const key = scenario.request.key
  const object = key !== undefined ? scenario.bucket?.objects?.[key] : undefined
  if (key === undefined || object === undefined) return []
  const time = verdict.context.find((entry) => entry.key.toLowerCase() === 'aws:currenttime')?.values[0]
  const now = time !== undefined && !Number.isNaN(Date.parse(time)) ? new Date(time) : new Date(0)
  const lock = checkObjectLock(scenario.request.action, object, scenario.request.headers, now)
  const name = scenario.bucket?.name ?? scenario.request.bucket
  if (lock.kind === 'blocked' && lock.protection === 'legal-hold') {
    return [
      plan({
        policyType: 'object-lock',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objects', key, 'legalHold']),
        document: false,
        command: `aws s3api put-object-legal-hold --bucket ${sh(name)} --key ${sh(key)} --version-id VERSION_ID --legal-hold Status=OFF`,
        file: null,
        owner: 'bucket-owner',
        title: `Remove the legal hold on ${key}`,
        explanation:
          'A legal hold keeps the version until someone with s3:PutObjectLegalHold removes it; bypassing governance mode does not lift it. ' +
          'Holds are placed on purpose (litigation, audits): remove it only with the agreement of whoever placed it. Any retention period still applies afterwards.'
      })
    ]
  }
  if (lock.kind === 'blocked' && lock.protection === 'governance') {
    const retention = object.retention
    const until = retention !== undefined && !isUnreadable(retention) ? retention.until : 'its retention date'
    const candidate = bypassGovernanceCandidate(context, until)
    return candidate === null ? [] : [plan(candidate)]
  }
  if (lock.kind === 'needs-bypass-permission') {
    return subRequestPlans(context, 's3:BypassGovernanceRetention', false, `Bypassing GOVERNANCE retention needs s3:BypassGovernanceRetention on the object.`)
  }
  return []
}

function requesterPaysPlans(context: FixContext): Plan[] {
  if (context.caller.kind === 'anonymous') return []
  const plans: Plan[] = []
  const header = requestPayerCandidate(context)
  if (header !== null) plans.push(plan(header))
  const name = context.scenario.bucket?.name ?? context.scenario.request.bucket
  plans.push({
    fallback: true,
    steps: [
      {
        policyType: 'requester-pays',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'requesterPays']),
        document: false,
        command: `aws s3api put-bucket-request-payment --bucket ${sh(name)} --request-payment-configuration Payer=BucketOwner`,
        file: null,
        owner: 'bucket-owner',
        title: `Turn off Requester Pays on ${name}`,
        explanation: 'The bucket owner then pays for every request and download from the bucket, by anyone. Only for the bucket owner to decide.'
      }
    ]
  })
  return plans
}

// ---------------------------------------------------------------------------------------------
// A permission S3 checks on the side (s3:ListBucket for a missing key, s3:BypassGovernanceRetention)
// ---------------------------------------------------------------------------------------------

/** The scenario asking for `action` instead (on the bucket when `onBucket`), to find which layer denies it. */
export function subRequest(scenario: Scenario, action: string, onBucket: boolean): Scenario {
  const copy = structuredClone(scenario)
  copy.request.action = action
  delete copy.request.operation
  if (onBucket) delete copy.request.key
  return copy
}

function subRequestPlans(context: FixContext, action: string, onBucket: boolean, note: string): Plan[] {
  const scenario = subRequest(context.scenario, action, onBucket)
  const verdict = evaluateScenario(scenario)
  if (verdict.denial === null) return []
  const sub = contextFor(scenario, verdict, verdict.denial, context.plansFor)
  return context.plansFor(sub).map((item) => ({
    ...item,
    steps: item.steps.map((step) => ({ ...step, explanation: `${note} ${step.explanation}` }))
  }))
}

function missingListPlans(context: FixContext): Plan[] {
  const key = context.scenario.request.key ?? ''
  return subRequestPlans(
    context,
    's3:ListBucket',
    true,
    `The key ${key} does not exist; S3 says so (404 NoSuchKey) only to callers allowed s3:ListBucket on the bucket and answers 403 to everyone else. ` +
      'With this permission the request gets 404, which cache restores and existence checks expect; if the key should exist, check the step that writes it.'
  )
}

/** The strategies of this module, by the denial's layer. */
export function s3SettingPlans(context: FixContext): Plan[] {
  switch (context.denial.policyType) {
    case 'block-public-access':
      return blockPublicAccessPlans(context)
    case 'object-ownership':
      return objectOwnershipPlans(context)
    case 'acl':
      return aclPlans(context)
    case 'object-lock':
      return objectLockPlans(context)
    case 'requester-pays':
      return requesterPaysPlans(context)
    case 'missing-list-permission':
      return missingListPlans(context)
    default:
      return []
  }
}
