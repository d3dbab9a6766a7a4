// `npm run check-pack`: what `npx mta-sts-lint` would install. Packs the package (npm pack),
// checks its file list (the bundled CLI and every chunk of it, the rule pages, the config
// schema, README, LICENSE, CHANGELOG; no tests, benches, scripts or sources), installs the
// tarball into an empty temporary project offline (it has no dependencies: the bundle carries
// them), and runs the installed bin from there: --version, help, rules, policy -, record -,
// check on a small repository, and a usage error. Exits 1 with every problem listed.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const problems = []
const problem = message => problems.push(message)
const started = Date.now()

/** Files that must ship: the CLI bundle with all its chunks, the rule pages, the schema. */
const required = () => [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'src/repo/config-schema.json',
  ...readdirSync(path.join(root, 'dist', 'cli')).map(f => `dist/cli/${f}`),
  ...readdirSync(path.join(root, 'docs', 'rules')).map(f => `docs/rules/${f}`)
]

/** What must not ship: tests, benches, build scripts, CI, examples, sources but the schema. */
const FORBIDDEN = [
  /(^|\/)__tests__\//,
  /\.test\.[cm]?[jt]s$/,
  /^bench\//,
  /^scripts\//,
  /^\.ci\//,
  /^\.github\//,
  /^examples\//,
  /^coverage\//,
  /(^|\/)node_modules\//,
  /^src\/(?!repo\/config-schema\.json$)/,
  /^dist\/(?!cli\/)/
]

const VALID_POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'
const BROKEN_POLICY = 'version: STSv1\nmode: Enforce\nmx: mail.example.com\nmax_age: 604800\n'

const work = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-pack-'))
try {
  // 1. Pack (no lifecycle scripts: dist/ is committed, nothing is built at pack time).
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const [packed] = JSON.parse(out)
  const tarball = path.join(work, packed.filename)
  const files = packed.files.map(f => f.path)
  const shipped = new Set(files)

  // 2. The file list.
  for (const f of required()) if (!shipped.has(f)) problem(`missing from the package: ${f}`)
  for (const f of files) {
    if (FORBIDDEN.some(re => re.test(f))) problem(`must not be in the package: ${f}`)
  }
  const schema = JSON.parse(readFileSync(path.join(root, 'src/repo/config-schema.json'), 'utf8'))
  const schemaPath = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[^/]+\/(.+)$/.exec(
    schema.$id ?? ''
  )?.[1]
  if (schemaPath === undefined || !shipped.has(schemaPath)) {
    problem(`the config schema's $id (${schema.$id}) does not name a file the package ships`)
  }

  // 3. Install the tarball into an empty project, offline: it must need nothing else.
  const project = path.join(work, 'project')
  mkdirSync(project)
  writeFileSync(path.join(project, 'package.json'), '{ "name": "pack-check", "private": true }\n')
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  const installed = path.join(project, 'node_modules', pkg.name)
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'))
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    if (Object.keys(manifest[field] ?? {}).length > 0) {
      problem(
        `the package has ${field} (${Object.keys(manifest[field]).join(', ')}): the bundle must carry them`
      )
    }
  }
  const others = readdirSync(path.join(project, 'node_modules')).filter(
    d => !d.startsWith('.') && d !== pkg.name
  )
  if (others.length > 0) problem(`installing it brought other packages: ${others.join(', ')}`)

  // 4. Run the installed bin as a user would (its shebang and link), from the empty project.
  const bin = path.join(project, 'node_modules', '.bin', 'mta-sts-lint')
  const cli = (args, input = '', cwd = project) => {
    const r = spawnSync(bin, args, {
      cwd,
      input,
      encoding: 'utf8',
      timeout: 20_000,
      killSignal: 'SIGKILL',
      env: { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1' }
    })
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error }
  }
  const expectRun = (label, r, code, test) => {
    if (r.error !== undefined) return problem(`${label}: ${r.error.message}`)
    if (r.code !== code || !test(r)) {
      problem(`${label}: exit ${r.code} (want ${code})\n${r.stdout}${r.stderr}`.trimEnd())
    }
  }
  expectRun('--version', cli(['--version']), 0, r => r.stdout === `${pkg.version}\n`)
  expectRun('help', cli(['help']), 0, r => r.stdout.includes('mta-sts-lint policy FILE|-'))
  expectRun('help verify', cli(['help', 'verify']), 0, r => r.stdout.startsWith('Usage:'))
  const ruleIds = readdirSync(path.join(root, 'docs', 'rules')).map(f => f.replace(/\.md$/, ''))
  expectRun('rules', cli(['rules']), 0, r => ruleIds.every(id => r.stdout.includes(id)))
  expectRun('rules --format json', cli(['rules', '--format', 'json']), 0, r => {
    const list = JSON.parse(r.stdout)
    return list.length > 0 && list.every(x => shipped.has(`docs/rules/${x.id}.md`))
  })
  expectRun('policy - (valid)', cli(['policy', '-'], VALID_POLICY), 0, r =>
    r.stdout.includes('no problems')
  )
  expectRun('policy - (broken)', cli(['policy', '-'], BROKEN_POLICY), 1, r =>
    r.stdout.includes('policy-mode')
  )
  expectRun(
    'record -',
    cli(['record', '-', '--format', 'json'], '"v=STSv1; " "id=20250701T150000Z"\n'),
    0,
    r => JSON.parse(r.stdout).record.id === '20250701T150000Z'
  )
  // A small repository with a config file: the lazily loaded chunks (YAML, the config
  // validator, the zone reader) must all be in the package.
  const repo = path.join(work, 'repo')
  const put = (rel, text) => {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true })
    writeFileSync(path.join(repo, rel), text)
  }
  put('site/.well-known/mta-sts.txt', VALID_POLICY)
  put('site/CNAME', 'mta-sts.example.com')
  put('site/.nojekyll', '')
  put(
    'dns/example.com.zone',
    '$ORIGIN example.com.\n@ 3600 IN MX 10 mail.example.com.\n' +
      '_mta-sts 3600 IN TXT "v=STSv1; id=20250701T150000Z"\n' +
      '_smtp._tls 3600 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"\n'
  )
  put(
    '.mta-sts.yml',
    `# yaml-language-server: $schema=${schema.$id}\ndomains:\n  example.com:\n    record: dns/example.com.zone\n`
  )
  expectRun('check --root repo', cli(['check', '--root', repo, '--format', 'json']), 0, r => {
    const report = JSON.parse(r.stdout)
    return report.findings.length === 0 && report.domains[0]?.id === '20250701T150000Z'
  })
  expectRun(
    'a misspelt command',
    cli(['chek']),
    2,
    r =>
      r.stdout === '' &&
      r.stderr === 'mta-sts-lint: unknown command "chek"; did you mean "check"?\n'
  )

  const kb = n => `${(n / 1024).toFixed(0)} KiB`
  console.log(
    `${packed.filename}: ${files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; installed offline and run in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
} catch (e) {
  problem(`check-pack failed: ${e.message}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check-pack: ${p}`)
  process.exitCode = 1
}
