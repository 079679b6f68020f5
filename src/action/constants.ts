/** Input and output names, once: they must match action.yml (a test checks that they do). */
export const Inputs = {
  Mode: 'mode',
  Scenario: 'scenario',
  Bucket: 'bucket',
  Key: 'key',
  Prefix: 'prefix',
  Operations: 'operations',
  Region: 'region',
  EndpointUrl: 'endpoint-url',
  RoleToAssume: 'role-to-assume',
  RoleSessionName: 'role-session-name',
  Audience: 'audience',
  ReaderRoleToAssume: 'reader-role-to-assume',
  Probe: 'probe',
  Acl: 'acl',
  Sse: 'sse',
  SseKmsKeyId: 'sse-kms-key-id',
  RequestPayer: 'request-payer',
  ExpectedBucketOwner: 'expected-bucket-owner',
  ErrorMessage: 'error-message',
  SourceIp: 'source-ip',
  VpcEndpointId: 'vpc-endpoint-id',
  SaveScenario: 'save-scenario',
  FailOnDeny: 'fail-on-deny',
  TimeoutSeconds: 'timeout-seconds',
  Comment: 'comment',
  GithubToken: 'github-token',
  Redact: 'redact',
  Expectations: 'expectations',
  Plan: 'plan',
  Template: 'template',
  FailOn: 'fail-on'
} as const

export const Outputs = {
  Decision: 'decision',
  DeniedBy: 'denied-by',
  Statement: 'statement',
  Principal: 'principal',
  ScenarioPath: 'scenario-path',
  FixPath: 'fix-path',
  ReportPath: 'report-path',
  Broken: 'broken'
} as const

export const MODES = ['explain', 'preflight', 'diagnose', 'review'] as const
export const OPERATIONS = ['put', 'get', 'head', 'list', 'delete', 'multipart'] as const
export const PROBES = ['conditional', 'canary', 'none'] as const
export const COMMENT_MODES = ['auto', 'always', 'never'] as const
export const REDACT_MODES = ['none', 'account-ids'] as const
export const FAIL_ON = ['broken', 'any-change', 'never'] as const
export const SSE_VALUES = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const
export const CANNED_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control'
] as const
