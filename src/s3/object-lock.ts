/**
 * S3 Object Lock: which requests a retention period or a legal hold refuses.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html
 *
 * Locks protect object versions, and a scenario names the IAM action, so "a specific version" is
 * the action: `s3:DeleteObjectVersion` (DeleteObject with a versionId: permanently deletes the
 * version) and `s3:PutObjectRetention` (changes the version's retention). The scenario's
 * `bucket.objects[key]` describes the version the request targets. Requests that never remove or
 * overwrite a version are not refused: `s3:DeleteObject` without a version id only adds a delete
 * marker ("Although you can't delete a protected object version, you can still create a delete
 * marker"), and `s3:PutObject` on an existing key adds a new version ("your PUT succeeds, and
 * Amazon S3 creates a new version of the object").
 *
 * For `s3:PutObjectRetention`, the requested retention (the request body) is read from the headers
 * `x-amz-object-lock-mode` and `x-amz-object-lock-retain-until-date` (the names PutObject uses, and
 * the values behind the `s3:object-lock-mode` / `s3:object-lock-retain-until-date` condition keys);
 * neither header means the retention is being removed.
 */
import { isUnreadable } from '../scenario/types.js'
import type { ObjectState, Retention } from '../scenario/types.js'
import { getHeader } from './actions.js'

export type ObjectLockCheck =
  /** The action cannot remove or overwrite a protected version. */
  | { kind: 'not-applicable'; reason: string }
  /** The action could, but the version has no lock in force (or the change only extends it). */
  | { kind: 'allowed'; reason: string }
  | {
      kind: 'blocked'
      protection: 'legal-hold' | 'compliance' | 'governance'
      httpStatus: 403
      errorCode: 'AccessDenied'
      reason: string
    }
  /**
   * Governance mode with `x-amz-bypass-governance-retention: true`: allowed if, and only if, the
   * caller is allowed `s3:BypassGovernanceRetention` on the object. The engine evaluates that
   * permission with its policy layers; if it is denied, the denial is the object lock's.
   */
  | { kind: 'needs-bypass-permission'; permission: 's3:BypassGovernanceRetention'; retainUntil: string; reason: string }
  | { kind: 'unknown'; missing: 'retention' | 'legalHold'; reason: string }

const DELETE_VERSION = 's3:deleteobjectversion'
const PUT_RETENTION = 's3:putobjectretention'

const NOT_AFFECTED: Record<string, string> = {
  's3:deleteobject': 'deleting without a version id only adds a delete marker; Object Lock protects versions, not the current key',
  's3:putobject': 'a PUT to a locked key creates a new version; the protected version is not overwritten'
}

/**
 * Object Lock for one request at time `now`:
 * - a legal hold "prevents an object version from being overwritten or deleted" and "Bypassing
 *   governance mode doesn't affect an object version's legal hold status";
 * - COMPLIANCE: "can't be overwritten or deleted by any user, including the root user ... its
 *   retention mode can't be changed, and its retention period can't be shortened";
 * - GOVERNANCE: deleting the version, shortening or removing the retention, or changing its mode
 *   needs "the s3:BypassGovernanceRetention permission and ... x-amz-bypass-governance-retention:true";
 * - extending a retention period is open to anyone allowed s3:PutObjectRetention, in either mode;
 * - a retention whose date has passed protects nothing.
 */
export function checkObjectLock(
  action: string,
  object: ObjectState | undefined,
  headers: Readonly<Record<string, string>> | undefined,
  now: Date
): ObjectLockCheck {
  const lower = action.toLowerCase()
  if (lower !== DELETE_VERSION && lower !== PUT_RETENTION) {
    return { kind: 'not-applicable', reason: NOT_AFFECTED[lower] ?? `${action} neither deletes an object version nor changes its retention` }
  }
  if (object === undefined || object.exists === false) return { kind: 'not-applicable', reason: 'no object version with a lock is known for this key' }

  if (lower === DELETE_VERSION) {
    const hold = object.legalHold
    if (hold !== undefined && isUnreadable(hold)) return { kind: 'unknown', missing: 'legalHold', reason: `the version's legal hold could not be read (${hold.unreadable})` }
    if (hold === true) {
      return {
        kind: 'blocked',
        protection: 'legal-hold',
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: 'the object version is under a legal hold, which prevents deleting it until the hold is removed (bypassing governance mode does not lift a legal hold)'
      }
    }
  }

  const retention = object.retention
  if (retention !== undefined && isUnreadable(retention)) return { kind: 'unknown', missing: 'retention', reason: `the version's retention could not be read (${retention.unreadable})` }
  if (retention === undefined) return { kind: 'allowed', reason: 'the object version has no retention period' }
  const until = Date.parse(retention.until)
  if (Number.isNaN(until)) return { kind: 'unknown', missing: 'retention', reason: `the retention date "${retention.until}" is not a valid date` }
  if (until <= now.getTime()) return { kind: 'allowed', reason: `the ${retention.mode} retention expired at ${retention.until}` }

  if (lower === PUT_RETENTION) return checkRetentionChange(retention, until, headers)
  return protectedVersion(retention, headers, 'deleting the object version')
}

function checkRetentionChange(current: Retention, currentUntil: number, headers: Readonly<Record<string, string>> | undefined): ObjectLockCheck {
  const mode = getHeader(headers, 'x-amz-object-lock-mode')?.trim().toUpperCase()
  const dateText = getHeader(headers, 'x-amz-object-lock-retain-until-date')?.trim()
  if (mode === undefined && dateText === undefined) return protectedVersion(current, headers, 'removing the retention')
  const requestedUntil = dateText === undefined ? Number.NaN : Date.parse(dateText)
  if (Number.isNaN(requestedUntil)) {
    return { kind: 'unknown', missing: 'retention', reason: 'the requested retention has no valid x-amz-object-lock-retain-until-date to compare with the current one' }
  }
  const requestedMode = mode ?? current.mode
  if (requestedMode !== current.mode) return protectedVersion(current, headers, `changing the retention mode from ${current.mode} to ${requestedMode}`)
  if (requestedUntil < currentUntil) return protectedVersion(current, headers, `shortening the retention from ${current.until} to ${dateText}`)
  return { kind: 'allowed', reason: `extending a ${current.mode} retention (to ${dateText}) is allowed to anyone allowed s3:PutObjectRetention` }
}

/** The verdict on an operation a retention in force protects against. */
function protectedVersion(retention: Retention, headers: Readonly<Record<string, string>> | undefined, operation: string): ObjectLockCheck {
  if (retention.mode === 'COMPLIANCE') {
    return {
      kind: 'blocked',
      protection: 'compliance',
      httpStatus: 403,
      errorCode: 'AccessDenied',
      reason: `the object version is locked in COMPLIANCE mode until ${retention.until}: no user, not even the root user, can proceed with ${operation}`
    }
  }
  const bypass = getHeader(headers, 'x-amz-bypass-governance-retention')
  if (bypass !== undefined && bypass.trim().toLowerCase() === 'true') {
    return {
      kind: 'needs-bypass-permission',
      permission: 's3:BypassGovernanceRetention',
      retainUntil: retention.until,
      reason: `the object version is locked in GOVERNANCE mode until ${retention.until}; the request asks to bypass it, so ${operation} needs s3:BypassGovernanceRetention`
    }
  }
  return {
    kind: 'blocked',
    protection: 'governance',
    httpStatus: 403,
    errorCode: 'AccessDenied',
    reason: `the object version is locked in GOVERNANCE mode until ${retention.until}: ${operation} needs the header x-amz-bypass-governance-retention: true and the s3:BypassGovernanceRetention permission`
  }
}
