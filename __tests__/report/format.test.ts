/**
 * The CLI's formats over the report builders: json prints the verdict contract
 * (../shared/scenario-format.md), text and markdown the report with the proposed fixes, or the
 * reason none is proposed.
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes, proposeFixes } from '../../src/fix/index.js'
import { diagnosesJson, formatDiagnosis, formatVerdict } from '../../src/format/index.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { example } from './fixtures.js'

describe('formatVerdict', () => {
  const { scenario, verdict } = example('01-missing-putobject.json')

  test('json is the verdict, with the fixes and no reason when one is proven', () => {
    const output = JSON.parse(formatVerdict(verdict, scenario, 'json')) as Record<string, unknown>
    const { fixes, noFix, ...rest } = output
    expect(rest).toEqual(JSON.parse(JSON.stringify(verdict)))
    expect(fixes).toEqual(JSON.parse(JSON.stringify(proposeFixes(scenario, verdict))))
    expect(noFix).toBeNull()
  })

  test('json says why there is no fix when none is proven', () => {
    const locked = example('32-object-lock-compliance-delete-version.json')
    const output = JSON.parse(formatVerdict(locked.verdict, locked.scenario, 'json', [])) as { fixes: unknown[]; noFix: { kind: string; reason: string } }
    expect(output.fixes).toEqual([])
    expect(output.noFix).toEqual({ kind: 'object-lock-compliance', reason: expect.stringMatching(/^The object version is under COMPLIANCE retention/) })
  })

  test('json of an allow: no fixes, no reason', () => {
    const allowed = example('12-allowed-upload.json')
    expect(JSON.parse(formatVerdict(allowed.verdict, allowed.scenario, 'json'))).toMatchObject({ decision: 'allow', fixes: [], noFix: null })
  })

  test.each([
    ['proposed here', undefined],
    ['given as a list', proposeFixes(scenario, verdict)],
    ['given with the reason', diagnoseFixes(scenario, verdict)]
  ])('text and markdown show the fixes (%s)', (_name, fixes) => {
    expect(formatVerdict(verdict, scenario, 'text', fixes)).toContain('How to fix it:\n  1. Allow s3:PutObject')
    expect(formatVerdict(verdict, scenario, 'markdown', fixes)).toContain('#### How to fix it\n\n**1. Allow s3:PutObject')
  })

  test('with no fix, the reason from the fix module', () => {
    const locked = example('32-object-lock-compliance-delete-version.json')
    expect(formatVerdict(locked.verdict, locked.scenario, 'text', [])).toContain('No corrective change is proposed. The object version is under COMPLIANCE retention')
    expect(formatVerdict(locked.verdict, locked.scenario, 'markdown')).toContain('No corrective change is proposed. The object version is under COMPLIANCE retention')
  })

  test('an allow needs no reason', () => {
    const allowed = example('12-allowed-upload.json')
    expect(formatVerdict(evaluateScenario(allowed.scenario), allowed.scenario, 'text', [])).not.toContain('fix')
  })
})

test('formatDiagnosis renders a live diagnosis the same way', () => {
  const diagnosis = example('02-ip-restricted-bucket-policy.json')
  expect(formatDiagnosis(diagnosis, 'markdown')).toMatch(/^### ⛔ DENY/)
  expect(formatDiagnosis(diagnosis, 'text')).toMatch(/^DENY: s3:PutObject/)
})

describe('secrets never reach any format', () => {
  const token = 'FQoGZXIvYXdzEXAMPLEsessionTOKEN0123'
  const signature = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  // Example 05's upload with the session token and a signed Authorization header in its request headers.
  const { scenario } = example('05-acl-header-on-bucket-owner-enforced.json')
  const leaky = structuredClone(scenario)
  leaky.request.headers = {
    ...leaky.request.headers,
    'x-amz-security-token': token,
    Authorization: `AWS4-HMAC-SHA256 Credential=ASIAIOSFODNN7EXAMPLE/20260115/us-east-2/s3/aws4_request, SignedHeaders=host, Signature=${signature}`
  }
  const verdict = evaluateScenario(leaky)

  test.each(['json', 'text', 'markdown'] as const)('%s', (format) => {
    const output = formatVerdict(verdict, leaky, format)
    expect(output).not.toContain(token)
    expect(output).not.toContain(signature)
    expect(output).not.toContain('ASIAIOSFODNN7EXAMPLE')
    expect(output).toContain('[REDACTED]')
  })

  test('json keeps the shape: the header is there, its value is not', () => {
    const output = JSON.parse(formatVerdict(verdict, leaky, 'json')) as { context: { key: string; values: string[] }[] }
    expect(output.context.find((entry) => entry.key === 's3:x-amz-security-token')?.values).toEqual(['[REDACTED]'])
  })

  test('a live diagnosis in every format, and the diagnoses JSON', () => {
    const diagnosis = offlineDiagnosis(leaky, verdict, diagnoseFixes(leaky, verdict))
    for (const format of ['json', 'text', 'markdown'] as const) expect(formatDiagnosis(diagnosis, format)).not.toContain(token)
    const parsed = JSON.parse(diagnosesJson([diagnosis], { secrets: ['private-known-value'] })) as { scenario: { request: { headers: Record<string, string> } }; noFix: unknown }[]
    expect(parsed[0]?.scenario.request.headers['x-amz-security-token']).toBe('[REDACTED]')
    expect(parsed[0]?.noFix).toBeNull()
  })
})
