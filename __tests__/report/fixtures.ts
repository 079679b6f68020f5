/**
 * Diagnoses for the report tests: the example scenarios evaluated offline, and hand-made live
 * parts (caller, probes, unreadable layers, fixes) to lay over them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import type { Fix } from '../../src/fix/types.js'
import type { CallerIdentity, Diagnosis, ProbeRecord } from '../../src/live/types.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { readScenario } from '../../src/scenario/read.js'

export const examplesFolder = join(process.cwd(), 'examples')

export function example(file: string): Diagnosis {
  const scenario = readScenario(readFileSync(join(examplesFolder, file), 'utf8'))
  return offlineDiagnosis(scenario, evaluateScenario(scenario))
}

export const caller: CallerIdentity = {
  arn: 'arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions',
  account: '123456789012',
  userId: 'AROAEXAMPLEROLEID:GitHubActions',
  identityArn: 'arn:aws:iam::123456789012:role/ci-publisher',
  source: 'assume-role-with-web-identity'
}

export const deniedProbe: ProbeRecord = {
  operation: 'PutObject',
  action: 's3:PutObject',
  key: 'builds/app-1.4.2.zip',
  status: 403,
  errorCode: 'AccessDenied',
  message: 'User: arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions is not authorized to perform: s3:PutObject',
  requestId: 'R3QUEST1D0001',
  outcome: 'denied',
  meaning: 'the upload would fail with 403'
}

export const listProbe: ProbeRecord = {
  operation: 'ListObjectsV2',
  action: 's3:ListBucket',
  key: 'builds/',
  status: 200,
  errorCode: null,
  message: null,
  requestId: 'R3QUEST1D0002',
  outcome: 'allowed',
  meaning: 'listing under builds/ works'
}

/** A hand-made fix: an Allow statement for the bucket policy, proven. */
export const bucketFix: Fix = {
  policyType: 'resource-based-policy',
  target: '/bucket/policy',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowCiPublisher',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::210987654321:role/ci-publisher' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::example-ci-artifacts/builds/*'
      }
    ]
  },
  command: 'aws s3api put-bucket-policy --bucket example-ci-artifacts --policy file://bucket-policy.json',
  proven: true,
  stillDeniedBy: null,
  rejected: null,
  title: 'Let ci-publisher upload under builds/ in the bucket policy',
  explanation: 'Adds one Allow statement naming the role, for s3:PutObject under builds/ only.',
  owner: 'bucket-owner',
  strategy: 'bucket-policy-grant',
  dependsOn: [],
  file: {
    name: 'bucket-policy.json',
    content: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowCiPublisher',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::210987654321:role/ci-publisher' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::example-ci-artifacts/builds/*'
        }
      ]
    }
  }
}

/** A hand-made request change that is not enough on its own. */
export const headerFix: Fix = {
  policyType: 'resource-based-policy',
  target: '/request/headers/x-amz-acl',
  document: 'bucket-owner-full-control',
  command: '--acl bucket-owner-full-control',
  proven: false,
  stillDeniedBy: { policyType: 'identity-based-policy', statement: null, action: 's3:PutObject', policy: 'identity-based policies' },
  rejected: null,
  title: 'Send x-amz-acl: bucket-owner-full-control',
  explanation: 'The bucket policy requires the header.',
  owner: 'workflow-author',
  strategy: 'request-change',
  dependsOn: [],
  file: null
}

export function withLive(diagnosis: Diagnosis, parts: Partial<Diagnosis>): Diagnosis {
  return { ...diagnosis, ...parts }
}
