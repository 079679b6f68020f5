/**
 * Team isolation: a pipeline tagged team=mobile writes under platform/. The change that keeps the
 * isolation is the request's (write under mobile/), offered first, and only when re-evaluation
 * proves it; the policy exception or the tag come after it.
 *
 * [tag]  https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltag
 * [vars] https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html (${aws:PrincipalTag/team} in a Resource)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes } from '../../src/fix/index.js'
import { readScenario } from '../../src/scenario/read.js'
import { allow, base, BUCKET, checkFixes, deny, diagnose, doc, named, ROLE, variant } from './helpers.js'

const teams = `arn:aws:s3:::${BUCKET}`
const platformKey = 'platform/base-image.tar'

/** A bucket policy that keeps platform/ to the platform team, and a role tagged team=mobile writing there. */
const denyOtherTeams = variant(base(), (s) => {
  s.request.key = platformKey
  s.identity = { arn: ROLE, tags: { team: 'mobile' }, policies: [named('ci-write', allow('s3:PutObject', `${teams}/*`))] }
  if (s.bucket !== undefined) {
    s.bucket.policy = doc(deny('OnlyPlatformWritesPlatform', 's3:PutObject', `${teams}/platform/*`, { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'platform' } } }))
  }
})

/** The role may write only under the prefix its team tag names. */
const ownTeamPrefix = variant(base(), (s) => {
  s.request.key = platformKey
  s.identity = { arn: ROLE, tags: { team: 'mobile' }, policies: [named('ci-own-prefix', allow('s3:PutObject', `${teams}/\${aws:PrincipalTag/team}/*`))] }
})

describe('write under your own prefix', () => {
  test('a Deny on another team: the own prefix first, then the exception and the tag (all flip)', () => {
    const { fixes } = diagnose(denyOtherTeams)
    checkFixes(denyOtherTeams, fixes, [
      { strategy: 'request-change', target: '/request/key', proven: true, owner: 'workflow-author', command: /^aws s3 cp \.\/base-image\.tar s3:\/\/artifacts\/mobile\/base-image\.tar$/ },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true },
      { strategy: 'principal-tag', target: '/identity/tags/team', proven: true }
    ])
    expect(fixes[0]?.document).toBe('mobile/base-image.tar')
    expect(fixes[0]?.title).toBe('Write under your own prefix mobile/ instead of platform/')
    expect(fixes[0]?.explanation).toMatch(/statement OnlyPlatformWritesPlatform of bucket policy of artifacts denies writes under platform\/ to callers not tagged team=platform, and the role ci is tagged team=mobile/)
  })

  test('an Allow on ${aws:PrincipalTag/team}/*: the own prefix first, then the grant (both flip)', () => {
    const { fixes } = diagnose(ownTeamPrefix)
    checkFixes(ownTeamPrefix, fixes, [
      { strategy: 'request-change', target: '/request/key', proven: true },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true }
    ])
    expect(fixes[0]?.document).toBe('mobile/base-image.tar')
  })

  test('a literal before the variable is kept: teams/${aws:PrincipalTag/team}/* moves teams/platform/x to teams/mobile/x', () => {
    const scenario = variant(ownTeamPrefix, (s) => {
      s.request.key = 'teams/platform/base-image.tar'
      if (s.identity !== undefined) s.identity.policies = [named('ci-own-prefix', allow('s3:PutObject', `${teams}/teams/\${aws:PrincipalTag/team}/*`))]
    })
    const { fixes } = diagnose(scenario)
    expect(fixes[0]).toMatchObject({ target: '/request/key', document: 'teams/mobile/base-image.tar', proven: true, title: 'Write under your own prefix teams/mobile/ instead of teams/platform/' })
  })

  test('not offered when it would not work on its own (the role may write nowhere else either)', () => {
    const scenario = variant(denyOtherTeams, (s) => {
      if (s.identity !== undefined) s.identity.policies = [named('ci-write', allow('s3:PutObject', `${teams}/platform/*`))]
    })
    const { fixes } = diagnose(scenario)
    expect(fixes.some((fix) => fix.target === '/request/key')).toBe(false)
    expect(fixes[0]?.strategy).toBe('deny-exception')
  })

  test('not offered for a caller without the tag, nor for a key that is not under another team', () => {
    const untagged = variant(denyOtherTeams, (s) => {
      if (s.identity !== undefined) delete s.identity.tags
    })
    expect(diagnose(untagged).fixes.some((fix) => fix.target === '/request/key')).toBe(false)
    const otherKey = variant(ownTeamPrefix, (s) => {
      s.request.key = 'base-image.tar'
    })
    expect(diagnose(otherKey).fixes.some((fix) => fix.target === '/request/key')).toBe(false)
  })

  test.each(['39-principal-tag-bucket-policy-deny.json', '40-policy-variable-principal-tag-resource.json'])('example %s: the own prefix comes first', (file) => {
    const scenario = readScenario(readFileSync(join(process.cwd(), 'examples', file), 'utf8'))
    const { fixes } = diagnoseFixes(scenario, evaluateScenario(scenario))
    expect(fixes[0]).toMatchObject({ strategy: 'request-change', target: '/request/key', document: 'mobile/base-image-2026.01.tar', proven: true, owner: 'workflow-author' })
    expect(fixes.length).toBeGreaterThan(1)
  })
})

