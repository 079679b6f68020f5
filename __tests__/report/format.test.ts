/**
 * The CLI's formats over the report builders: json prints the verdict contract
 * (../shared/scenario-format.md), text and markdown the report with the proposed fixes, or the
 * reason none is proposed.
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes, proposeFixes } from '../../src/fix/index.js'
import { formatDiagnosis, formatVerdict } from '../../src/format/index.js'
import { example } from './fixtures.js'

describe('formatVerdict', () => {
  const { scenario, verdict } = example('01-missing-putobject.json')

  test('json is the verdict, unchanged', () => {
    expect(JSON.parse(formatVerdict(verdict, scenario, 'json'))).toEqual(JSON.parse(JSON.stringify(verdict)))
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
