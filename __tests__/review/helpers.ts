/** Shared by the review tests: fixtures, and small plans and templates built from rows. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkExpectations } from '../../src/review/expectations.js'
import type { ExpectationsFile } from '../../src/review/types.js'

export const FIXTURES = join(process.cwd(), '__tests__', 'review', 'fixtures')

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

export const ACCOUNT = '111122223333'
export const CI = `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/GitHubActions`

/** An expectations file from plain entries (version and defaults filled in). */
export function expectations(entries: Record<string, unknown>[], extra: Record<string, unknown> = {}): ExpectationsFile {
  return checkExpectations({ version: 1, expectations: entries, ...extra })
}

export interface Change {
  address: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  unknown?: Record<string, unknown>
}

/** A `terraform show -json` plan from resource changes (type and name taken from the address). */
export function plan(changes: Change[], configuration: Record<string, unknown>[] = []): Record<string, unknown> {
  return {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: changes.map((change) => {
      const parts = change.address.replace(/^(module\.[^.]+\.)+/, '').split('.')
      const type = parts[0]
      const name = (parts[1] ?? '').replace(/\[.*$/, '')
      const before = change.before === undefined ? (change.after ?? null) : change.before
      const after = change.after === undefined ? (change.before ?? null) : change.after
      return { address: change.address, mode: 'managed', type, name, change: { actions: ['update'], before, after, after_unknown: change.unknown ?? {} } }
    }),
    configuration: { root_module: { resources: configuration } }
  }
}

export function doc(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements }
}
