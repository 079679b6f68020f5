/**
 * The job summary, the pull request comment and the terminal text built from one diagnosis: what
 * they contain and in which order, their size limits (a step summary up to 1 MiB,
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary;
 * a comment body up to 65,536 characters, https://docs.github.com/rest/issues/comments#create-an-issue-comment),
 * `redact: account-ids`, and that no secret gets through, whatever the input.
 */
import { marked } from 'marked'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes } from '../../src/fix/index.js'
import type { Fix } from '../../src/fix/types.js'
import type { Diagnosis } from '../../src/live/types.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { buildComment, commentMarker, COMMENT_LIMIT_CHARACTERS } from '../../src/report/comment.js'
import { AccountIds } from '../../src/report/redact.js'
import { buildSummary, byteLength, SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { buildText } from '../../src/report/text.js'
import { parseScenario } from '../../src/scenario/load.js'
import type { Scenario } from '../../src/scenario/types.js'
import { bucketFix, caller, deniedProbe, example, headerFix, listProbe, withLive } from './fixtures.js'

const marker = commentMarker('ci', 'upload', 'example-ci-artifacts', 's3:PutObject')

/** A live diagnosis with every part filled in. */
function live(): Diagnosis {
  return withLive(example('04-cross-account-upload-no-bucket-grant.json'), {
    caller,
    probes: [deniedProbe, listProbe],
    parsedError: {
      kind: 'implicit',
      policyType: 'resource-based-policy',
      raw: 'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::210987654321:assumed-role/ci-publisher/GitHubActions is not authorized to perform: s3:PutObject because no resource-based policy allows the s3:PutObject action'
    },
    fixes: [bucketFix, headerFix],
    unreadable: [{ path: 'organization.serviceControlPolicies', error: 'AccessDeniedException: not the management account', permission: 'organizations:ListPoliciesForTarget' }],
    disagreement: { summary: 'the probe was denied and the snapshot agrees', explanations: ['nothing to reconcile'] }
  })
}

function sectionsOf(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('#### ') || line.startsWith('<summary>')).map((line) => line.replace(/^#### |<\/?summary>/g, ''))
}

describe('the job summary', () => {
  test('leads with one sentence: what, to whom, which layer and statement', () => {
    const summary = buildSummary(example('02-ip-restricted-bucket-policy.json'))
    expect(summary.split('\n')[0]).toBe(
      '### ⛔ DENY: `s3:PutObject` on `s3://example-ci-artifacts/builds/app-1.4.2.zip` for `arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions` is denied by the bucket policy (explicit deny): bucket policy of example-ci-artifacts, statement `DenyOutsideOffice`.'
    )
  })

  test('an allow says so in its first line', () => {
    expect(buildSummary(example('12-allowed-upload.json')).split('\n')[0]).toMatch(/^### ✅ ALLOW: `s3:PutObject` on `s3:\/\/.+` is allowed: no layer denies it\.$/)
  })

  test('a live diagnosis has every part, in reading order', () => {
    expect(sectionsOf(buildSummary(live()))).toEqual([
      'How to fix it',
      'Every layer',
      'Probes',
      'What the doctor could not read',
      expect.stringMatching(/^The request's condition keys \(\d+\)$/),
      expect.stringMatching(/^Evaluation trace: every statement \(\d+\)$/)
    ])
  })

  test.each([
    ['the caller', '**Running as** `arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions` (behind it: `arn:aws:iam::123456789012:role/ci-publisher`), credentials from assume-role-with-web-identity.'],
    ['what AWS said, compared', '**What AWS said:** AWS named an implicit deny in the bucket policy. The evaluation agrees.'],
    ['the disagreement', '> **⚠️ The probe and the snapshot disagree:** the probe was denied and the snapshot agrees'],
    ['a probe row', '| `PutObject` | `builds/app-1.4.2.zip` | 403 denied | `AccessDenied` | `R3QUEST1D0001` | the upload would fail with 403 |'],
    ['an unreadable row with its permission', '| `organization.serviceControlPolicies` | AccessDeniedException: not the management account | organizations:ListPoliciesForTarget | the verdict does not depend on it |'],
    ['a proven fix', '✅ proven: re-evaluated with this change, the request is allowed.'],
    ['who can make it', 'Who can make it: the bucket owner. Where: `/bucket/policy` in the scenario.'],
    ['the file to save', 'Save this as `bucket-policy.json`:'],
    ['the command', '```sh\naws s3api put-bucket-policy --bucket example-ci-artifacts --policy file://bucket-policy.json\n```'],
    ['a fix that is not enough alone', "⚠️ not enough on its own: the caller's identity-based policies (identity-based policies) would still deny `s3:PutObject`."],
    ['a request change, in one line', 'In the scenario, this sets `/request/headers/x-amz-acl` to `bucket-owner-full-control`.']
  ])('shows %s', (_name, expected) => {
    expect(buildSummary(live())).toContain(expected)
  })

  test('a failed condition: operator, key, the policy’s values and the request’s value side by side', () => {
    const summary = buildSummary(example('37-list-bucket-prefix-condition.json'))
    expect(summary).toContain("| statement | what does not match | policy's values | request's value |")
    expect(summary).toContain('| `ListBuildsOnly` in identity policy ci-list-builds | `s3:prefix` `StringLike` | `"builds/*"` | `"cache/"` |')
  })

  test.each([
    ['01-missing-putobject.json', "is denied by the caller's identity-based policies (implicit deny: nothing allows it)."],
    ['04-cross-account-upload-no-bucket-grant.json', 'is denied by the bucket policy (implicit deny: nothing allows it).'],
    ['06-scp-region-deny.json', "is denied by the organization's SCPs (explicit deny): SCP frankfurt-only (account), statement `DenyOutsideFrankfurt`."],
    ['07-head-missing-key-without-listbucket.json', 'is denied by S3 (the key does not exist, and the caller may not list the bucket): s3:ListBucket on example-ci-artifacts.'],
    ['11-block-public-access.json', 'is denied by Block Public Access: RestrictPublicBuckets (account level).'],
    ['28-kms-cross-account-key-policy-no-grant-upload.json', 'is denied by the KMS key policy (implicit deny: nothing allows it): key policy of arn:aws:kms:']
  ])('the headline names the layer in words, not its id (%s)', (file, words) => {
    const headline = buildSummary(example(file)).split('\n')[0] ?? ''
    expect(headline).toContain(words)
    expect(headline).not.toMatch(/denied by the (resource-based-policy|identity-based-policy|service-control-policy|block-public-access|missing-list-permission)\b/)
    expect(buildText(example(file)).split('\n')[0]).toContain(words.replace(/`/g, ''))
  })

  test.each([
    ['02-ip-restricted-bucket-policy.json', 'aws:SourceIp', 'Who can make it: whoever manages where the job runs and the address its traffic to S3 leaves from (a self-hosted runner\'s network, a NAT gateway).'],
    ['19-source-vpce-github-hosted-runner.json', '/request/vpcEndpoint', 'Who can make it: whoever manages where the job runs and its network path: a runner in the VPC whose S3 traffic goes through the VPC endpoint.'],
    ['08-vpc-endpoint-policy.json', '/vpcEndpoints/0/policy', 'Who can make it: whoever manages the VPC endpoint.'],
    ['11-block-public-access.json', '/bucket/accountPublicAccessBlock', "Who can make it: an administrator of the bucket owner's account (the setting covers every bucket of that account)."]
  ])('who can make it matches the change (%s, %s)', (file, target, words) => {
    const base = example(file)
    const diagnosis = offlineDiagnosis(base.scenario, base.verdict, diagnoseFixes(base.scenario, base.verdict))
    const fix = diagnosis.fixes.find((item) => item.target.endsWith(target))
    expect(fix).toBeDefined()
    const summary = buildSummary({ ...diagnosis, fixes: [fix as Fix] })
    expect(summary).toContain(words)
    expect(summary).not.toContain("the caller's account")
  })

  test('the layer table uses the status words', () => {
    const summary = buildSummary(example('02-ip-restricted-bucket-policy.json'))
    expect(summary).toContain('| Bucket policy | **denies** | denies s3:PutObject: bucket policy of example-ci-artifacts, statement DenyOutsideOffice |')
    expect(summary).toContain('| Identity-based policies | allows |')
    expect(summary).toContain('| Service control policies | not involved | none present |')
  })

  test('a 400 says it is not a 403', () => {
    expect(buildSummary(example('05-acl-header-on-bucket-owner-enforced.json'))).toContain('S3 answers **400 AccessControlListNotSupported**, not 403.')
  })

  test('an explicit deny does not repeat the headline as its "why"; an implicit deny explains itself', () => {
    expect(buildSummary(example('02-ip-restricted-bucket-policy.json'))).not.toContain('**Why:**')
    expect(buildSummary(example('01-missing-putobject.json'))).toContain('**Why:** no identity-based policy allows s3:PutObject.')
  })

  test('a deny without fixes says none could be proposed', () => {
    expect(buildSummary(example('32-object-lock-compliance-delete-version.json'))).toContain('No corrective change could be proposed')
  })

  test('notes come last', () => {
    const summary = buildSummary(example('01-missing-putobject.json'), { notes: ['No pull request comment: the token may not comment.'] })
    expect(summary.trimEnd().split('\n').slice(-3)).toEqual(['#### Notes', '', '- No pull request comment: the token may not comment.'])
  })
})

/** A scenario whose trace is large: `count` identity policy statements that name the action but miss on the resource. */
function bigScenario(count: number, principal = 'arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions'): Scenario {
  const statements = Array.from({ length: count }, (_, index) => ({
    Sid: `Other${index}`,
    Effect: 'Allow',
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::example-ci-artifacts/some/very/long/prefix/that/does/not/match/the/request/number-${index}/*`
  }))
  return parseScenario({
    version: 1,
    request: { principal, action: 's3:PutObject', bucket: 'example-ci-artifacts', key: 'builds/app.zip' },
    identity: { arn: 'arn:aws:iam::123456789012:role/ci-publisher', policies: [{ name: 'many', document: { Version: '2012-10-17', Statement: statements } }] },
    bucket: { name: 'example-ci-artifacts', account: '123456789012' }
  })
}

describe('size limits', () => {
  test('a summary over the limit gives up trace statements first, with a note, and keeps the verdict and the fix', () => {
    const scenario = bigScenario(400)
    const diagnosis = offlineDiagnosis(scenario, evaluateScenario(scenario), [bucketFix])
    const full = buildSummary(diagnosis)
    const max = 60_000
    expect(byteLength(full)).toBeGreaterThan(max)
    const summary = buildSummary(diagnosis, { maxBytes: max })
    expect(byteLength(summary)).toBeLessThanOrEqual(max)
    expect(summary.split('\n')[0]).toBe(full.split('\n')[0])
    expect(summary).toContain('**Why:** no identity-based policy allows s3:PutObject.')
    expect(summary).toContain('#### How to fix it')
    expect(summary).toContain('aws s3api put-bucket-policy')
    expect(summary).toMatch(/\*\d+ of 400 statements are left out to keep this summary within GitHub's 1 MiB limit\./)
    // As many statements as fit: one more would not.
    expect(summary).toContain('- identity policy many (`identity.policies[0].document`): no-match')
  })

  test('at the real limit, a huge scenario still yields a summary GitHub accepts', () => {
    const scenario = bigScenario(6000)
    const summary = buildSummary(offlineDiagnosis(scenario, evaluateScenario(scenario)))
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(summary).toMatch(/statements are left out/)
    expect(summary.startsWith('### ⛔ DENY: `s3:PutObject`')).toBe(true)
  })

  test('a hostile principal of 2 MB is shortened where it is printed; the headline stays, code fences stay balanced', () => {
    const scenario = bigScenario(1, `arn:aws:sts::123456789012:assumed-role/${'r'.repeat(2_000_000)}/s`)
    const summary = buildSummary(offlineDiagnosis(scenario, evaluateScenario(scenario)), { maxBytes: 100_000 })
    expect(byteLength(summary)).toBeLessThanOrEqual(100_000)
    expect(summary.startsWith('### ⛔ DENY: `s3:PutObject`')).toBe(true)
    expect((summary.match(/^`{3,}/gm) ?? []).length % 2).toBe(0)
  })

  test('when even no trace is too long, the context table goes next, then the warnings', () => {
    const diagnosis = live()
    const noTrace = buildSummary(diagnosis, { maxBytes: byteLength(buildSummary(diagnosis)) - 1 })
    expect(noTrace).toContain("The request's condition keys")
    const max = byteLength(noTrace.replace(/<details>\n<summary>The request's condition keys[\s\S]*?<\/details>\n\n/, ''))
    const smaller = buildSummary(diagnosis, { maxBytes: max })
    expect(byteLength(smaller)).toBeLessThanOrEqual(max)
    expect(smaller).not.toContain("The request's condition keys")
    expect(smaller).toContain('#### How to fix it')
  })

  test('the last resort cuts the end, closes an open code fence and says so', () => {
    const summary = buildSummary(live(), { maxBytes: 2500 })
    expect(byteLength(summary)).toBeLessThanOrEqual(2500)
    expect(summary.startsWith('### ⛔ DENY: `s3:PutObject`')).toBe(true)
    expect(summary.endsWith("*This summary was cut to stay within GitHub's limit.*\n")).toBe(true)
    expect((summary.match(/^`{3,}/gm) ?? []).length % 2).toBe(0)
  })

  test('a comment stays within 65,536 characters and keeps its marker', () => {
    const scenario = bigScenario(3000)
    const diagnosis = offlineDiagnosis(scenario, evaluateScenario(scenario), [bucketFix])
    const comment = buildComment(diagnosis, { marker })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARACTERS)
    expect(comment.startsWith(`${marker}\n\n### ⛔ DENY`)).toBe(true)
    expect(comment).toContain('aws s3api put-bucket-policy')
  })
})

describe('the pull request comment', () => {
  test('starts with the hidden marker, is shorter than the summary, and links to the run', () => {
    const diagnosis = live()
    const comment = buildComment(diagnosis, { marker, runUrl: 'https://github.com/o/r/actions/runs/42' })
    expect(comment.startsWith(`${marker}\n\n### ⛔ DENY`)).toBe(true)
    expect(comment.length).toBeLessThan(buildSummary(diagnosis).length)
    expect(comment).toContain('[job summary](https://github.com/o/r/actions/runs/42)')
    expect(comment).toContain('aws s3api put-bucket-policy')
    expect(comment).not.toContain('Evaluation trace')
    // Raw HTML comment: GitHub shows nothing of it.
    expect(marked.parse(comment, { async: false }).startsWith(`${marker}<h3>`)).toBe(true)
  })

  test('the marker is stable for the same identity and differs for another', () => {
    expect(marker).toMatch(/^<!-- s3-403-doctor:[0-9a-f]{16} -->$/)
    expect(commentMarker('ci', 'upload', 'b', 's3:PutObject')).toBe(commentMarker('ci', 'upload', 'b', 's3:PutObject'))
    expect(commentMarker('ci', 'upload', 'b', 's3:PutObject')).not.toBe(commentMarker('ci', 'deploy', 'b', 's3:PutObject'))
    expect(commentMarker('ci', 'upload', '123456789012-bucket', 's3:PutObject')).not.toContain('123456789012')
  })

  test('an allow comment shows the layers (it replaces an earlier denial)', () => {
    expect(buildComment(example('12-allowed-upload.json'), { marker })).toContain('#### Every layer')
  })
})

describe('redact: account-ids', () => {
  test('every account id is replaced, ARNs stay readable, and summary and comment share the placeholders', () => {
    const diagnosis = live()
    const accountIds = new AccountIds()
    const summary = buildSummary(diagnosis, { redact: true, accountIds })
    const comment = buildComment(diagnosis, { marker, redact: true, accountIds })
    for (const text of [summary, comment]) {
      expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/)
      expect(text).toContain('`arn:aws:sts::<account-1>:assumed-role/ci-publisher/GitHubActions`')
    }
    expect(summary).toContain('arn:aws:iam::<account-2>:role/ci-publisher')
    expect(comment).toContain('arn:aws:iam::<account-2>:role/ci-publisher')
  })

  test('placeholders outside code render as text, not as HTML tags', () => {
    const summary = buildSummary(live(), { redact: true })
    const html = marked.parse(summary, { async: false })
    expect(html).not.toMatch(/<account-\d+>/)
    expect(html).toContain('&lt;account-1&gt;')
  })

  test('without redact, ids stay', () => {
    expect(buildSummary(live())).toContain('arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions')
  })
})

describe('secrets never appear, whatever the input', () => {
  const token = 'ghs_S3cr3tT0k3nValue0123456789abcdefABCD'
  const awsSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

  /** Appends secrets to every string of the diagnosis: error texts, probe messages, policy names, condition values... */
  function stuffed(value: unknown): unknown {
    if (typeof value === 'string') return `${value} ${token} aws_secret_access_key=${awsSecret} AKIAIOSFODNN7EXAMPLE`
    if (Array.isArray(value)) return value.map(stuffed)
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stuffed(item)]))
    return value
  }

  const diagnosis = stuffed(live()) as Diagnosis
  test.each([
    ['summary', () => buildSummary(diagnosis, { secrets: [token] })],
    ['summary without the known list (patterns alone)', () => buildSummary(diagnosis)],
    ['comment', () => buildComment(diagnosis, { marker, secrets: [token] })],
    ['text', () => buildText(diagnosis, { secrets: [token] })],
    ['text without the known list', () => buildText(diagnosis)]
  ])('%s', (_name, build) => {
    const output = build()
    expect(output).not.toContain(token)
    expect(output).not.toContain(awsSecret)
    expect(output).not.toContain('AKIAIOSFODNN7EXAMPLE')
    expect(output).toContain('[REDACTED]')
  })
})

describe('the terminal text', () => {
  test.each([
    ['the headline', 'DENY: s3:PutObject on s3://'],
    ['the fix with its file and command', '     save as bucket-policy.json:'],
    ['the command', '     $ aws s3api put-bucket-policy --bucket example-ci-artifacts --policy file://bucket-policy.json'],
    ['the probe', '  PutObject builds/app-1.4.2.zip: 403 denied AccessDenied (request id R3QUEST1D0001): the upload would fail with 403'],
    ['what could not be read', '  organization.serviceControlPolicies: AccessDeniedException: not the management account\n    needs: organizations:ListPoliciesForTarget'],
    ['the caller', '  running as: arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions (arn:aws:iam::123456789012:role/ci-publisher), credentials from assume-role-with-web-identity'],
    ['the disagreement', 'WARNING: the probe and the snapshot disagree']
  ])('shows %s', (_name, expected) => {
    expect(buildText(live())).toContain(expected)
  })

  test('near misses with both values', () => {
    expect(buildText(example('37-list-bucket-prefix-condition.json'))).toContain(
      'Statements that name s3:ListBucket but do not apply:\n  identity policy ci-list-builds, statement ListBuildsOnly: condition StringLike on s3:prefix did not match\n    policy "builds/*"; request "cache/"'
    )
  })

  test('warnings and what the verdict assumed for an unreadable layer', () => {
    const base = example('01-missing-putobject.json')
    const diagnosis = withLive(base, {
      verdict: {
        ...base.verdict,
        findings: [{ code: 'unknown-action', path: 'identity.policies[0].document.Statement[0].Action', message: 's3:PutObjekt is not an S3 action' }],
        dependsOnUnreadable: [{ layer: 'resource-based-policy', path: 'bucket.policy', error: 'AccessDenied', effect: 'assumed to grant nothing' }]
      }
    })
    expect(buildText(diagnosis)).toContain('Warnings:\n  identity.policies[0].document.Statement[0].Action: s3:PutObjekt is not an S3 action')
    expect(buildText(diagnosis)).toContain('  bucket.policy: AccessDenied\n    needs: s3:GetBucketPolicy; the verdict assumed: assumed to grant nothing')
    expect(buildSummary(diagnosis)).toContain('#### Warnings\n\n- `identity.policies[0].document.Statement[0].Action`: s3:PutObjekt is not an S3 action')
    expect(buildSummary(diagnosis)).toContain('| `bucket.policy` | AccessDenied | s3:GetBucketPolicy | assumed to grant nothing |')
  })

  test('a probe that left something behind is shown, to be deleted by hand', () => {
    const diagnosis = withLive(example('12-allowed-upload.json'), { probes: [{ ...listProbe, leftBehind: 's3://example-ci-artifacts/builds/.doctor-canary?versionId=3HL4kqtJ' }] })
    expect(buildText(diagnosis)).toContain('    WARNING: left behind, delete it by hand: s3://example-ci-artifacts/builds/.doctor-canary?versionId=3HL4kqtJ')
    expect(buildSummary(diagnosis)).toContain('**⚠️ The probes left these behind and could not remove them; delete them by hand:**\n\n- `s3://example-ci-artifacts/builds/.doctor-canary?versionId=3HL4kqtJ`')
  })

  test('what AWS said, in full: code, phrase, setting, explanation, authorization id', () => {
    const diagnosis = withLive(example('36-public-read-acl-blocked.json'), {
      parsedError: {
        raw: 'An error occurred (AccessDenied) when calling the PutObject operation: ... because public ACLs are prevented by the BlockPublicAcls setting in S3 Block Public Access.',
        code: 'AccessDenied',
        policyType: 'block-public-access',
        policyPhrase: 'S3 Block Public Access',
        setting: 'BlockPublicAcls',
        transitivelyThrough: 'service-control-policy',
        explanation: 'Block Public Access refused a public ACL.',
        authorizationId: 'AQoDYXdzEJr...'
      }
    })
    const summary = buildSummary(diagnosis)
    expect(summary).toContain('**What AWS said:** AWS (`AccessDenied`) named the S3 Block Public Access, transitively through a service control policy, setting `BlockPublicAcls`. The evaluation agrees.')
    expect(summary).toContain('Block Public Access refused a public ACL.')
    expect(summary).toContain("Authorization id `AQoDYXdzEJr...` (IAM's GetRequestAuthorizationDetails can expand it).")
    expect(buildText(diagnosis)).toContain('What AWS said: Block Public Access refused a public ACL.')
  })

  test('the layer table uses the status words', () => {
    expect(buildText(example('02-ip-restricted-bucket-policy.json'))).toMatch(/resource-based-policy\s+denies\s+denies s3:PutObject/)
  })

  test('an error that is not about permissions is called out', () => {
    const diagnosis = withLive(example('01-missing-putobject.json'), { parsedError: { raw: 'ExpiredToken', nonAuthorization: { code: 'ExpiredToken', explanation: 'the session expired' } } })
    expect(buildText(diagnosis)).toContain('WARNING: the error is not about permissions: ExpiredToken: the session expired')
    expect(buildSummary(diagnosis)).toContain('> **⚠️ The error is not about permissions:** `ExpiredToken`: the session expired')
  })
})
