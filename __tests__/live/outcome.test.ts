/**
 * The live outputs (decision, denied-by, statement) and fail-on-deny: S3's answer to the probe and
 * the evaluation of the snapshot are both witnesses, and either denial makes the decision `deny`
 * (action.yml, outputs). And the probe-key case: the write probes never touch the real key
 * (src/live/probe.ts), so a policy naming exact object keys refuses the probe and allows the real
 * upload; the snapshot, evaluated for both keys, tells that apart, and the probe then does not
 * count.
 *
 * - An explicit deny in an SCP reads "with an explicit deny in a service control policy":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 * - ExpectedBucketOwner: "If the account ID that you provide does not match the actual owner of the
 *   bucket, the request fails with the HTTP status code 403 Forbidden (access denied)":
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { explainDisagreement } from '../../src/live/disagreement.js'
import { liveOutcome, refusedProbe } from '../../src/live/outcome.js'
import type { Diagnosis, ProbeRecord } from '../../src/live/types.js'
import type { Scenario } from '../../src/scenario/types.js'

const ACCOUNT = '111122223333'
const ROLE_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`

function scenario(identityResource: string, key = 'builds/app.zip'): Scenario {
  return {
    version: 1,
    request: { principal: ROLE_SESSION, action: 's3:PutObject', bucket: 'b', key, operation: 'PutObject', context: { 'aws:CurrentTime': '2026-11-25T10:00:00Z' } },
    identity: { arn: `arn:aws:iam::${ACCOUNT}:role/ci`, policies: [{ name: 'ci', document: { Version: '2012-10-17', Statement: [{ Sid: 'UploadTheBuild', Effect: 'Allow', Action: 's3:PutObject', Resource: identityResource }] } }] },
    bucket: { name: 'b', account: ACCOUNT, region: 'us-east-1' }
  }
}

function probe(extra: Partial<ProbeRecord> = {}): ProbeRecord {
  return { operation: 'PutObject', action: 's3:PutObject', key: 'builds/.s3-403-doctor-probe-0123abcd', status: 403, errorCode: 'AccessDenied', message: null, requestId: 'R1', outcome: 'denied', meaning: '', ...extra }
}

function diagnosis(s: Scenario, probes: ProbeRecord[]): Diagnosis {
  const verdict = evaluateScenario(s)
  return { caller: null, probes, parsedError: null, scenario: s, verdict, fixes: [], unreadable: [], disagreement: explainDisagreement(probes, verdict, [], s), noFix: null }
}

describe('liveOutcome', () => {
  test('the evaluation denies: its layer and statement', () => {
    const s = scenario('arn:aws:s3:::other/*')
    const outcome = liveOutcome([diagnosis(s, [probe()])])
    expect(outcome).toMatchObject({ decision: 'deny', deniedBy: 'identity-based-policy', statement: '', basis: 'evaluation' })
  })

  test('the probe was denied but the snapshot allows: deny, with the policy type AWS named', () => {
    const s = scenario('arn:aws:s3:::b/*')
    const refused = probe({ message: `User: ${ROLE_SESSION} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/builds/x" with an explicit deny in a service control policy` })
    const d = diagnosis(s, [refused])
    expect(d.verdict.decision).toBe('allow')
    expect(d.disagreement?.probeKeyOnly).toBeUndefined()
    expect(liveOutcome([d])).toEqual({ decision: 'deny', deniedBy: 'service-control-policy', statement: '', basis: 'probe', reason: 'S3 refused the PutObject probe (403 AccessDenied): AWS names the service-control-policy' })
  })

  test('the probe was denied, no policy named, the snapshot allows: deny by unknown', () => {
    const d = diagnosis(scenario('arn:aws:s3:::b/*'), [probe()])
    expect(liveOutcome([d])).toMatchObject({ decision: 'deny', deniedBy: 'unknown', statement: '' })
  })

  test('an owner mismatch: denied-by expected-bucket-owner', () => {
    const d = diagnosis(scenario('arn:aws:s3:::b/*'), [probe({ ownerMismatch: true })])
    expect(liveOutcome([d])).toMatchObject({ decision: 'deny', deniedBy: 'expected-bucket-owner', reason: expect.stringMatching(/not owned by the expected account/) })
  })

  test('a clean-up record (a probe body a server stored, refused deletion) is not the operation’s answer', () => {
    const d = diagnosis(scenario('arn:aws:s3:::b/*'), [probe({ outcome: 'allowed', status: 200, errorCode: null }), probe({ operation: 'DeleteObject', action: 's3:PutObject', cleanup: 'PutObject' })])
    expect(refusedProbe(d)).toBeUndefined()
    expect(liveOutcome([d]).decision).toBe('allow')
  })

  test('nothing denied: allow, and empty fields', () => {
    const d = diagnosis(scenario('arn:aws:s3:::b/*'), [probe({ outcome: 'allowed', status: 400, errorCode: 'BadDigest' })])
    expect(liveOutcome([d])).toEqual({ decision: 'allow', deniedBy: '', statement: '', basis: 'none', reason: '' })
  })
})

describe('a policy that names the exact object key', () => {
  test('the probe key is refused, the real key allowed: the disagreement says so, and the decision is allow', () => {
    const s = scenario('arn:aws:s3:::b/builds/app.zip')
    const d = diagnosis(s, [probe()])
    expect(d.verdict.decision).toBe('allow')
    expect(d.disagreement).toMatchObject({
      probeKeyOnly: true,
      summary: expect.stringMatching(/fresh probe key builds\/\.s3-403-doctor-probe-0123abcd, never to the real key.*allows the real key builds\/app\.zip: a policy names exact object keys/)
    })
    expect(d.disagreement?.explanations.join(' ')).toMatch(/allow the same action on the folder/)
    expect(liveOutcome([d])).toMatchObject({ decision: 'allow' })
  })

  test('a probe refused where the snapshot allows both keys: not the key, the ordinary ranking', () => {
    // The identity grants the whole bucket, so the probe key is allowed by the snapshot: the refusal is unexplained.
    const d = diagnosis(scenario('arn:aws:s3:::b/*'), [probe()])
    expect(d.disagreement?.probeKeyOnly).toBeUndefined()
    expect(d.disagreement?.summary).toMatch(/snapshot evaluates to allow/)
  })

  test('the snapshot cannot be sure (an identity policy it could not read may grant the probe key): first in the ranking, and still a deny', () => {
    const s: Scenario = {
      ...scenario('arn:aws:s3:::other/*'),
      identity: { arn: `arn:aws:iam::${ACCOUNT}:role/ci`, policies: [{ name: 'ci', document: { unreadable: 'AccessDenied' } }] },
      bucket: {
        name: 'b',
        account: ACCOUNT,
        region: 'us-east-1',
        policy: { Version: '2012-10-17', Statement: [{ Sid: 'UploadThatOneFile', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ci` }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/builds/app.zip' }] }
      }
    }
    const d = diagnosis(s, [probe()])
    expect(d.disagreement?.probeKeyOnly).toBeUndefined()
    expect(d.disagreement?.explanations[0]).toMatch(/^The probe went to the doctor's fresh probe key builds\/\.s3-403-doctor-probe-0123abcd, never to the real key builds\/app\.zip, and statement UploadThatOneFile of the bucket policy of b allows the real key but not the probe key/)
    expect(liveOutcome([d])).toMatchObject({ decision: 'deny', basis: 'probe' })
  })

  test('a probe record at the real key (a read) is never re-evaluated at another key', () => {
    const d = diagnosis(scenario('arn:aws:s3:::b/builds/app.zip'), [probe({ key: 'builds/app.zip' })])
    expect(d.disagreement?.probeKeyOnly).toBeUndefined()
  })
})
