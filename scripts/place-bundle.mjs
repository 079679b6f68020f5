// Moves one ncc output folder's bundle to dist/<name> and its licence list beside it.
// ncc writes a folder per entry point (index.js, plus package.json for ESM and licences); we ship
// two entry points, so each is built into its own folder and placed here.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'

const [folder, name] = process.argv.slice(2)
if (!folder || !name) throw new Error('usage: place-bundle.mjs FOLDER NAME')
const from = join('dist', folder)
mkdirSync('dist', { recursive: true })
const target = join('dist', name)
let code = readFileSync(join(from, 'index.js'), 'utf8')
if (name === 'cli.js' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`
writeFileSync(target, code)
if (name === 'cli.js') chmodSync(target, 0o755)
const licenses = join(from, 'licenses.txt')
if (existsSync(licenses)) renameSync(licenses, join('dist', 'licenses.txt'))
rmSync(from, { recursive: true, force: true })
// Both bundles are ES modules.
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n')
