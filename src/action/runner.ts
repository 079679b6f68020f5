/**
 * The runner's side of publishing: @actions/core for outputs, masks, annotations and the job
 * summary, the file system, fetch, and the repository's JSON files (where a deciding policy may
 * live). Kept apart from ./publish.ts so that the entry point loads only this, and the report code
 * comes with the mode that uses it.
 */
import * as core from '@actions/core'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import type { RepositoryFile } from '../report/locate.js'
import type { PublishDeps } from './publish.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'dist', 'coverage', '.terraform', 'vendor', '.venv', 'cdk.out'])
const MAX_FILE_BYTES = 512 * 1024
const MAX_FILES = 5000

/** The JSON files under `root` (paths relative to it, forward slashes), skipping dependencies and build output. */
export async function listJsonFiles(root: string): Promise<RepositoryFile[]> {
  const found: RepositoryFile[] = []
  const walk = async (directory: string, depth: number): Promise<void> => {
    if (depth > 12 || found.length >= MAX_FILES) return
    let entries
    try {
      entries = await readdir(directory, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return
      const path = join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, depth + 1)
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
        const info = await stat(path).catch(() => null)
        if (info === null || info.size > MAX_FILE_BYTES) continue
        const text = await readFile(path, 'utf8').catch(() => null)
        if (text !== null) found.push({ path: relative(root, path).split(sep).join('/'), text })
      }
    }
  }
  await walk(root, 0)
  return found
}

export const defaultPublishDeps: PublishDeps = {
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message, properties) => core.error(message, properties),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write()
  },
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text, 'utf8')
  },
  repositoryFiles: () => listJsonFiles(process.env['GITHUB_WORKSPACE'] ?? process.cwd()),
  fetch: (url, init) => fetch(url, init),
  env: process.env,
  tempDir: process.env['RUNNER_TEMP'] ?? tmpdir()
}
