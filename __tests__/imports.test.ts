/**
 * What the source imports at load, read from the static import graph (type-only imports and
 * `await import()` left out, as the compiler and the bundler leave them out): rules touch no
 * file, process or parser module, and the entry files do not load the YAML parser at start-up.
 * The bundle test (action/dist.test.ts) checks the committed dist/ files; this one checks the
 * source, so a change is caught before the bundles are rebuilt.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

/** The modules a file imports at load: relative ones as absolute paths, the others by name. */
const staticImports = (file: string): string[] => {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
  const out: string[] = []
  for (const st of source.statements) {
    let spec: ts.Expression | undefined
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every(e => e.isTypeOnly)))
      if (!typeOnly) spec = st.moduleSpecifier
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      spec = st.moduleSpecifier
    }
    if (spec === undefined || !ts.isStringLiteral(spec)) continue
    const name = spec.text
    if (!name.startsWith('.')) {
      out.push(name)
      continue
    }
    const abs = path.resolve(path.dirname(file), name)
    const ts_ = abs.replace(/\.js$/, '.ts')
    out.push(existsSync(ts_) ? ts_ : abs)
  }
  return out
}

/** Every module reachable from `entry` at load. */
const reachable = (entry: string): Set<string> => {
  const seen = new Set<string>([entry])
  const queue = [entry]
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    if (!f.endsWith('.ts')) continue
    for (const m of staticImports(f)) {
      if (seen.has(m)) continue
      seen.add(m)
      queue.push(m)
    }
  }
  return seen
}

const rel = (m: string): string => (path.isAbsolute(m) ? path.relative(SRC, m) : m)

/** Modules that read or write files, run processes or parse YAML (300 kB). */
const IO = new Set([
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'yaml'
])

describe('the static import graph', () => {
  const rules = readdirSync(path.join(SRC, 'rules')).filter(f => f.endsWith('.ts'))

  it.each(rules)('rules/%s loads no file, process or YAML module', file => {
    const mods = [...reachable(path.join(SRC, 'rules', file))].map(rel)
    expect(mods.filter(m => IO.has(m) || m.startsWith('repo/hosting'))).toEqual([])
  })

  it('the site modules import the yaml package for its types only', () => {
    for (const f of readdirSync(path.join(SRC, 'site'))) {
      expect([f, staticImports(path.join(SRC, 'site', f)).filter(m => IO.has(m))]).toEqual([f, []])
    }
  })

  it.each(['index.ts', 'cli/index.ts'])('%s does not load yaml at start-up', entry => {
    const mods = reachable(path.join(SRC, entry))
    expect(mods.size).toBeGreaterThan(10)
    expect(mods.has('yaml')).toBe(false)
  })

  // A lint of one file needs none of these: they load on demand (verify, shards, drift state).
  it.each(['node:crypto', 'node:tls', 'node:https', 'node:net', 'node:dns', 'node:dns/promises'])(
    'cli/index.ts does not load %s at start-up',
    mod => {
      const mods = reachable(path.join(SRC, 'cli', 'index.ts'))
      expect(mods.has(mod)).toBe(false)
    }
  )
})
