// Builds the two committed bundles reproducibly: the action (dist/index.js) and the CLI
// (dist/cli/index.js). ncc's cache is disabled so a fresh build equals the committed one.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

const build = (entry, out, extra = []) =>
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      out,
      '--no-cache',
      '--license',
      'licenses.txt',
      '--quiet',
      ...extra
    ],
    { cwd: root, stdio: 'inherit' }
  )

rmSync(outDir, { recursive: true, force: true })
// The action is minified: @actions/core brings undici into its entry file, and a smaller file is
// parsed faster on every run of every user's workflow (about 7 ms here). The CLI is not: its
// entry is small, and readable stack traces (--debug) matter more there.
build('src/index.ts', outDir, ['-m'])
build('src/cli/index.ts', path.join(outDir, 'cli'))
