/** Test helpers for the scenario loader's tests (not a test file itself). */

import { ScenarioError } from '../../src/scenario/errors.js'
import type { ScenarioIssue } from '../../src/scenario/errors.js'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** A small valid scenario touching most layers; each call returns a fresh object to mutate. */
export function baseScenario(): { [key: string]: Json } {
  return {
    version: 1,
    name: 'base',
    request: {
      principal: 'arn:aws:sts::123456789012:assumed-role/ci/run-1',
      action: 's3:PutObject',
      bucket: 'artifacts',
      key: 'builds/app.zip',
      headers: { 'x-amz-acl': 'bucket-owner-full-control' },
      context: { 'aws:SourceIp': '198.51.100.7', 'aws:CurrentTime': '2026-01-15T09:30:00Z' }
    },
    identity: {
      arn: 'arn:aws:iam::123456789012:role/ci',
      tags: { team: 'platform' },
      policies: [
        {
          name: 'writer',
          document: {
            Version: '2012-10-17',
            Statement: [{ Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' }]
          }
        }
      ]
    },
    bucket: {
      name: 'artifacts',
      account: '444455556666',
      region: 'us-east-1',
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'A', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' },
          { Sid: 'B', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::artifacts/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          { Sid: 'C', Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', NotResource: ['arn:aws:s3:::artifacts/public/*'] }
        ]
      },
      acl: { owner: '444455556666', grants: [{ grantee: { type: 'CanonicalUser', id: '444455556666' }, permission: 'FULL_CONTROL' }] },
      objects: { 'builds/app.zip': { exists: true, owner: '123456789012', retention: { mode: 'GOVERNANCE', until: '2027-01-01T00:00:00Z' } } }
    }
  }
}

/** Runs `fn`, which must throw a ScenarioError, and returns its issues. */
export function issuesOf(fn: () => unknown): ScenarioIssue[] {
  try {
    fn()
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw new Error(`expected a ScenarioError, got ${String(error)}`)
    return error.issues
  }
  throw new Error('expected a ScenarioError, but the scenario loaded')
}

/** Sets the value at `path` (keys and indexes), creating objects on the way; `undefined` deletes. */
export function setAt(root: Json, path: (string | number)[], value: Json | undefined): void {
  let node = root as { [key: string]: Json } | Json[]
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number
    const next = (node as Record<string | number, Json>)[key]
    if (typeof next !== 'object' || next === null) {
      const created: { [key: string]: Json } = {}
      ;(node as Record<string | number, Json>)[key] = created
      node = created
    } else {
      node = next as { [key: string]: Json } | Json[]
    }
  }
  const last = path[path.length - 1] as string | number
  if (value === undefined) delete (node as Record<string | number, Json>)[last]
  else Object.defineProperty(node, last, { value, writable: true, enumerable: true, configurable: true })
}
