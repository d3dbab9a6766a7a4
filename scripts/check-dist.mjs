// Fails when a fresh build differs from the committed dist/ (a stale or hand-edited bundle).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fresh = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-dist-'))
const list = dir =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter(f => statSync(path.join(dir, f)).isFile())
    .sort()

try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), fresh], {
    stdio: 'inherit'
  })
  const committed = path.join(root, 'dist')
  const a = list(committed)
  const b = list(fresh)
  const differ = [...new Set([...a, ...b])].filter(f => {
    if (!a.includes(f) || !b.includes(f)) return true
    return !readFileSync(path.join(committed, f)).equals(readFileSync(path.join(fresh, f)))
  })
  if (differ.length > 0) {
    console.error(`dist/ is stale; run "npm run bundle" and commit. Differs: ${differ.join(', ')}`)
    process.exitCode = 1
  } else {
    console.log(`dist/ matches a fresh build (${a.length} files)`)
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
