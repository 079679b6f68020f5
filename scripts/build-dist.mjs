// Builds the two committed bundles with ncc:
//   dist/action/  the action (action.yml runs dist/index.js, which imports dist/action/index.js)
//   dist/cli/     the CLI (package.json's bin is dist/cli.js, which imports dist/cli/index.js)
// Each entry point has a folder of its own because ncc splits what is imported lazily (the AWS SDK
// for the live modes, the review parsers) into numbered chunks beside the entry file, and two builds
// in one folder would mix their chunks. Both folders are emptied first, so no stale chunk survives
// (CI fails on any difference between dist/ and a fresh build, untracked files included). No ncc
// cache: a cached transpile of an older source once went into a local build.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ncc = join('node_modules', '.bin', 'ncc')
const entries = [
  { source: 'src/index.ts', folder: 'action', shim: 'index.js', licenses: true },
  { source: 'src/cli.ts', folder: 'cli', shim: 'cli.js', licenses: false }
]

mkdirSync('dist', { recursive: true })
for (const entry of entries) {
  const out = join('dist', entry.folder)
  rmSync(out, { recursive: true, force: true })
  execFileSync(ncc, ['build', entry.source, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '--no-cache'], { stdio: 'inherit' })
  const licenses = join(out, 'licenses.txt')
  if (existsSync(licenses)) {
    // One list beside the bundles: the action's (the CLI bundles the same packages).
    if (entry.licenses) renameSync(licenses, join('dist', 'licenses.txt'))
    else rmSync(licenses)
  }
  const shebang = entry.shim === 'cli.js' ? '#!/usr/bin/env node\n' : ''
  writeFileSync(join('dist', entry.shim), `${shebang}import './${entry.folder}/index.js'\n`)
  if (shebang !== '') chmodSync(join('dist', entry.shim), 0o755)
}
// The shims are ES modules too (ncc writes the same package.json into each folder).
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n')
