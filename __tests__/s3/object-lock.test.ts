import { checkObjectLock, type ObjectLockCheck } from '../../src/s3/object-lock.js'
import type { ObjectState } from '../../src/scenario/types.js'

const NOW = new Date('2026-06-01T00:00:00Z')
const FUTURE = '2027-01-01T00:00:00Z'
const PAST = '2026-01-01T00:00:00Z'
const BYPASS = { 'x-amz-bypass-governance-retention': 'true' }

const governance: ObjectState = { exists: true, retention: { mode: 'GOVERNANCE', until: FUTURE } }
const compliance: ObjectState = { exists: true, retention: { mode: 'COMPLIANCE', until: FUTURE } }

// Rules:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
//   governance: "users can't overwrite or delete an object version or alter its lock settings unless
//   they have special permissions ... must have the s3:BypassGovernanceRetention permission and must
//   explicitly include x-amz-bypass-governance-retention:true"; compliance: "can't be overwritten or
//   deleted by any user, including the root user ... its retention mode can't be changed, and its
//   retention period can't be shortened"; "After the retention period expires, the object version
//   can be overwritten or deleted unless you also placed a legal hold"; "Any user with permissions to
//   place an object retention period can extend a retention period for an object version locked in
//   either mode"; a PUT to the same key "succeeds, and Amazon S3 creates a new version".
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html
//   bypass covers "deleting an object version, shortening the retention period, or removing the
//   object lock"; "Bypassing governance mode doesn't affect an object version's legal hold status";
//   "Although you can't delete a protected object version, you can still create a delete marker".
const rows: {
  name: string
  action: string
  object: ObjectState | undefined
  headers?: Record<string, string>
  expected: Partial<ObjectLockCheck>
}[] = [
  // CI classic: GOVERNANCE retention delete with and without bypass
  { name: 'GOVERNANCE: delete version without the bypass header → blocked', action: 's3:DeleteObjectVersion', object: governance, expected: { kind: 'blocked', protection: 'governance' } },
  { name: 'GOVERNANCE: delete version with the bypass header → needs s3:BypassGovernanceRetention', action: 's3:DeleteObjectVersion', object: governance, headers: BYPASS, expected: { kind: 'needs-bypass-permission', permission: 's3:BypassGovernanceRetention', retainUntil: FUTURE } },
  { name: 'GOVERNANCE: bypass header "false" is no bypass', action: 's3:DeleteObjectVersion', object: governance, headers: { 'x-amz-bypass-governance-retention': 'false' }, expected: { kind: 'blocked', protection: 'governance' } },
  { name: 'GOVERNANCE: header name and value in other letter case', action: 's3:DeleteObjectVersion', object: governance, headers: { 'X-Amz-Bypass-Governance-Retention': 'TRUE' }, expected: { kind: 'needs-bypass-permission' } },
  { name: 'COMPLIANCE: delete version → blocked, bypass or not', action: 's3:DeleteObjectVersion', object: compliance, headers: BYPASS, expected: { kind: 'blocked', protection: 'compliance' } },
  { name: 'expired retention: delete version allowed', action: 's3:DeleteObjectVersion', object: { exists: true, retention: { mode: 'COMPLIANCE', until: PAST } }, expected: { kind: 'allowed' } },
  { name: 'no retention: delete version allowed', action: 's3:DeleteObjectVersion', object: { exists: true }, expected: { kind: 'allowed' } },
  { name: 'legal hold: delete version blocked even with bypass', action: 's3:DeleteObjectVersion', object: { exists: true, legalHold: true, retention: { mode: 'GOVERNANCE', until: FUTURE } }, headers: BYPASS, expected: { kind: 'blocked', protection: 'legal-hold' } },
  { name: 'legal hold without retention: delete version blocked', action: 's3:DeleteObjectVersion', object: { exists: true, legalHold: true }, expected: { kind: 'blocked', protection: 'legal-hold' } },
  { name: 'legal hold outlives an expired retention', action: 's3:DeleteObjectVersion', object: { exists: true, legalHold: true, retention: { mode: 'GOVERNANCE', until: PAST } }, expected: { kind: 'blocked', protection: 'legal-hold' } },
  { name: 'DeleteObject without version id only adds a delete marker', action: 's3:DeleteObject', object: compliance, expected: { kind: 'not-applicable' } },
  { name: 'PutObject on a locked key creates a new version', action: 's3:PutObject', object: compliance, expected: { kind: 'not-applicable' } },
  { name: 'GetObject is not affected', action: 's3:GetObject', object: compliance, expected: { kind: 'not-applicable' } },
  { name: 'no object known: nothing to protect', action: 's3:DeleteObjectVersion', object: undefined, expected: { kind: 'not-applicable' } },
  { name: 'unreadable retention: unknown', action: 's3:DeleteObjectVersion', object: { exists: true, retention: { unreadable: 'AccessDenied: s3:GetObjectRetention' } }, expected: { kind: 'unknown', missing: 'retention' } },
  { name: 'unreadable legal hold: unknown', action: 's3:DeleteObjectVersion', object: { exists: true, legalHold: { unreadable: 'AccessDenied: s3:GetObjectLegalHold' } }, expected: { kind: 'unknown', missing: 'legalHold' } },
  // PutObjectRetention: the requested retention comes in x-amz-object-lock-mode / -retain-until-date
  { name: 'GOVERNANCE: extend retention → allowed', action: 's3:PutObjectRetention', object: governance, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': '2028-01-01T00:00:00Z' }, expected: { kind: 'allowed' } },
  { name: 'COMPLIANCE: extend retention → allowed', action: 's3:PutObjectRetention', object: compliance, headers: { 'x-amz-object-lock-mode': 'COMPLIANCE', 'x-amz-object-lock-retain-until-date': '2028-01-01T00:00:00Z' }, expected: { kind: 'allowed' } },
  { name: 'GOVERNANCE: shorten retention without bypass → blocked', action: 's3:PutObjectRetention', object: governance, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': '2026-07-01T00:00:00Z' }, expected: { kind: 'blocked', protection: 'governance' } },
  { name: 'GOVERNANCE: shorten retention with bypass → needs permission', action: 's3:PutObjectRetention', object: governance, headers: { ...BYPASS, 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': '2026-07-01T00:00:00Z' }, expected: { kind: 'needs-bypass-permission' } },
  { name: 'GOVERNANCE: remove retention (no mode, no date) with bypass → needs permission', action: 's3:PutObjectRetention', object: governance, headers: BYPASS, expected: { kind: 'needs-bypass-permission' } },
  { name: 'GOVERNANCE: change mode to COMPLIANCE without bypass → blocked', action: 's3:PutObjectRetention', object: governance, headers: { 'x-amz-object-lock-mode': 'COMPLIANCE', 'x-amz-object-lock-retain-until-date': FUTURE }, expected: { kind: 'blocked', protection: 'governance' } },
  { name: 'COMPLIANCE: shorten retention → blocked even with bypass', action: 's3:PutObjectRetention', object: compliance, headers: { ...BYPASS, 'x-amz-object-lock-mode': 'COMPLIANCE', 'x-amz-object-lock-retain-until-date': '2026-07-01T00:00:00Z' }, expected: { kind: 'blocked', protection: 'compliance' } },
  { name: 'COMPLIANCE: change mode to GOVERNANCE → blocked', action: 's3:PutObjectRetention', object: compliance, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': '2028-01-01T00:00:00Z' }, expected: { kind: 'blocked', protection: 'compliance' } },
  { name: 'COMPLIANCE: remove retention → blocked', action: 's3:PutObjectRetention', object: compliance, expected: { kind: 'blocked', protection: 'compliance' } },
  { name: 'expired COMPLIANCE retention can be shortened', action: 's3:PutObjectRetention', object: { exists: true, retention: { mode: 'COMPLIANCE', until: PAST } }, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': '2026-06-02T00:00:00Z' }, expected: { kind: 'allowed' } },
  { name: 'legal hold does not restrict retention changes', action: 's3:PutObjectRetention', object: { exists: true, legalHold: true }, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': FUTURE }, expected: { kind: 'allowed' } },
  { name: 'requested date unreadable: unknown', action: 's3:PutObjectRetention', object: governance, headers: { 'x-amz-object-lock-mode': 'GOVERNANCE', 'x-amz-object-lock-retain-until-date': 'next year' }, expected: { kind: 'unknown' } },
  { name: 'PutObjectLegalHold is not restricted by retention', action: 's3:PutObjectLegalHold', object: compliance, expected: { kind: 'not-applicable' } }
]

describe('checkObjectLock', () => {
  test.each(rows)('$name', ({ action, object, headers, expected }) => {
    const result = checkObjectLock(action, object, headers, NOW)
    expect(result).toMatchObject(expected)
    expect(result.reason.length).toBeGreaterThan(0)
    if (result.kind === 'blocked') {
      expect(result.httpStatus).toBe(403)
      expect(result.errorCode).toBe('AccessDenied')
    }
  })

  test('the governance block tells which header and permission are missing', () => {
    const result = checkObjectLock('s3:DeleteObjectVersion', governance, undefined, NOW)
    expect(result.reason).toContain('x-amz-bypass-governance-retention: true')
    expect(result.reason).toContain('s3:BypassGovernanceRetention')
  })
})
