// `npm run bench`: start-up time and peak RSS of the bundled CLI against a bare `node -e 0`, and
// in-process lint throughput of lintPolicy (src/lint.ts) against mailauth's parsePolicy, on this
// machine. Prints tables with PASS/MISS next to each target; never fails on a missed target.
// Runs in well under a minute. Needs dist/cli/index.js (`npm run bundle`).
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const benchStart = performance.now()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const probe = pathToFileURL(path.join(root, 'bench', 'rss-probe.mjs')).href
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

const fail = message => {
  console.error(`bench: ${message}`)
  process.exit(1)
}

if (!existsSync(cli)) {
  fail('dist/cli/index.js is missing: run `npm run bundle` first, then `npm run bench` again.')
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const fmt = (x, digits = 1) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const verdict = ok => (ok ? 'PASS' : 'MISS')

const table = (head, rows) => {
  const all = [head, ...rows].map(r => r.map(String))
  const widths = head.map((_, i) => Math.max(...all.map(r => r[i].length)))
  // first column left-aligned, the others right-aligned (numbers)
  const line = r =>
    '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(line(all[0]))
  console.log('  ' + widths.map(w => '-'.repeat(w)).join('  '))
  for (const r of all.slice(1)) console.log(line(r))
}

const newestMtime = dir => {
  let newest = { t: 0, file: '' }
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    const cand = e.isDirectory() ? newestMtime(p) : { t: statSync(p).mtimeMs, file: p }
    if (cand.t > newest.t) newest = cand
  }
  return newest
}

const cpuModel = () => {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (m) return m[1].trim()
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown'
}

// ---------------------------------------------------------------------------------------------
// Environment

console.log('mta-sts-lint bench')
console.log(`  node      ${process.version} (${process.platform} ${os.release()} ${process.arch})`)
console.log(`  cpu       ${cpuModel()} (${os.availableParallelism()} cores available)`)
console.log(`  date      ${new Date().toISOString()}`)
const newestSrc = newestMtime(path.join(root, 'src'))
const cliMtime = statSync(cli).mtimeMs
console.log(`  cli       dist/cli/index.js, built ${new Date(cliMtime).toISOString()}`)
if (newestSrc.t > cliMtime) {
  console.log(
    `  NOTE      ${path.relative(root, newestSrc.file)} is newer than dist/cli/index.js: ` +
      'start-up numbers are for the old bundle (run `npm run bundle` first)'
  )
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-bench-'))
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }))

// ---------------------------------------------------------------------------------------------
// Policy corpus: the representative files of spec/users.md section 3.3 (exact text, CRLF where
// marked) plus valid ones covering LF, CRLF, no final newline, several mx lines and wildcards.

const lf = lines => lines.join('\n') + '\n'
const crlf = lines => lines.join('\r\n') + '\r\n'
const bare = lines => lines.join('\n')

const corpus = [
  // jimeh/mta-sts-on-github-pages (template)
  lf([
    'version: STSv1',
    'mode: testing',
    'max_age: 604800',
    'mx: *.googlemail.com',
    'mx: *.aspmx.l.google.com',
    'mx: aspmx.l.google.com'
  ]),
  // hmcts/MTA-STS-Policy
  lf([
    'version: STSv1',
    'mode: enforce',
    'mx: hmcts-net.mail.protection.outlook.com',
    'max_age: 1209600'
  ]),
  // noconnor29/mta-sts (no final newline)
  bare([
    'version: STSv1',
    'mode: enforce',
    'mx: mail.protonmail.ch',
    'mx: mailsec.protonmail.ch',
    'max_age: 86400'
  ]),
  // 9174a4150b8def8f/mta-sts.febit.eu (wildcard + several providers)
  lf([
    'version: STSv1',
    'mode: enforce',
    'mx: *.febit.eu',
    'mx: mxext1.mailbox.org',
    'mx: mxext2.mailbox.org',
    'mx: mxext3.mailbox.org',
    'mx: mx1.forwardemail.net',
    'mx: mx2.forwardemail.net',
    'max_age: 2419200'
  ]),
  // flaschools (CRLF, mode none)
  crlf(['version: STSv1', 'mode: none', 'mx: cc.flaschools.info', 'max_age: 604800']),
  // 301guru/mta-sts (none + tiny max_age)
  lf([
    'version: STSv1',
    'mode: none',
    'mx: c365-biz.p-v1.mx.microsoft',
    'mx: c365-biz.mail.protection.outlook.com',
    'max_age: 600'
  ]),
  // 4D5YqUngUAma35o/mta-sts (indented, duplicate mx)
  lf([
    '      version: STSv1',
    '      mode: testing',
    '      mx: mail.tutanota.de',
    '      mx: mail.tutanota.de',
    '      max_age: 604800'
  ]),
  // Argia-Github (template placeholder left in)
  lf([
    'version: STSv1',
    'mode: [testing] ',
    'mx: mx.mailprotect.be',
    'mx: mx.backup.mailprotect.be',
    'max_age: 1209600'
  ]),
  // AlexVernon/mta-sts (trailing dot)
  lf(['version: STSv1', 'mode: testing', 'mx: mail.tutanota.de.', 'max_age: 604800']),
  // co-cddo/mta-sts-template (CRLF, placeholder mx, no final newline)
  'version: STSv1\r\nmode: testing\r\nmax_age: 86401\r\nmx: .',
  // valid: LF, two mx
  lf([
    'version: STSv1',
    'mode: enforce',
    'mx: mx1.example.com',
    'mx: mx2.example.com',
    'max_age: 1209600'
  ]),
  // valid: CRLF, several mx
  crlf([
    'version: STSv1',
    'mode: enforce',
    'mx: aspmx.l.google.com',
    'mx: alt1.aspmx.l.google.com',
    'mx: alt2.aspmx.l.google.com',
    'mx: alt3.aspmx.l.google.com',
    'mx: alt4.aspmx.l.google.com',
    'max_age: 31557600'
  ]),
  // valid: no final newline, wildcard
  bare(['version: STSv1', 'mode: enforce', 'mx: *.mail.protection.outlook.com', 'max_age: 604800']),
  // valid: testing, wildcard and named hosts, CRLF
  crlf([
    'version: STSv1',
    'mode: testing',
    'mx: *.mx.example.net',
    'mx: backup.example.org',
    'max_age: 86400'
  ]),
  // valid: mode none to withdraw a policy
  lf(['version: STSv1', 'mode: none', 'max_age: 86400'])
]

// ---------------------------------------------------------------------------------------------
// Build the linting core (ncc keeps the ESM exports of src/lint.ts) and load both libraries.

const coreDir = path.join(tmp, 'core')
const buildStart = performance.now()
try {
  execFileSync(
    process.execPath,
    [ncc, 'build', 'src/lint.ts', '-o', coreDir, '--no-cache', '--transpile-only', '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }
  )
} catch (e) {
  fail(`building src/lint.ts with ncc failed:\n${e.stderr?.toString() ?? e.message}`)
}
const buildMs = performance.now() - buildStart
const { lintPolicy } = await import(pathToFileURL(path.join(coreDir, 'index.js')).href)
if (typeof lintPolicy !== 'function')
  fail('the ncc build of src/lint.ts does not export lintPolicy')
const { parsePolicy } = await import('mailauth/lib/mta-sts.js')
const { getPublicSuffix } = await import('tldts')
// The same check as src/public-suffix.ts, which the CLI passes when a policy has a wildcard mx.
const isPublicSuffix = name => {
  const lower = name.toLowerCase()
  return getPublicSuffix(lower, { allowPrivateDomains: true }) === lower
}

// ---------------------------------------------------------------------------------------------
// 1 + 2. CLI start-up

const validFile = path.join(tmp, 'valid.txt')
writeFileSync(validFile, corpus[10])
const wildcardFile = path.join(tmp, 'wildcard.txt')
writeFileSync(wildcardFile, corpus[0])

const childEnv = { ...process.env, NO_COLOR: '1' }
delete childEnv.NODE_OPTIONS
delete childEnv.FORCE_COLOR

const cases = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'], ok: [0] },
  { name: 'policy FILE', args: [cli, 'policy', validFile], ok: [0] },
  { name: 'policy FILE (wildcard mx)', args: [cli, 'policy', wildcardFile], ok: [0] },
  // the demo has error findings on purpose: exit 1 is its normal outcome
  {
    name: 'check --root examples/demo',
    args: [cli, 'check', '--root', 'examples/demo'],
    ok: [0, 1]
  }
]

const run = (c, extraArgs = [], env = childEnv, stdio = 'ignore') => {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [...extraArgs, ...c.args], {
    cwd: root,
    env,
    stdio,
    encoding: 'utf8',
    timeout: 20_000
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.error || !c.ok.includes(r.status)) {
    fail(
      `\`node ${c.args.join(' ')}\` exited with ${r.error?.message ?? r.status ?? r.signal}` +
        (r.stderr ? `:\n${r.stderr}` : '')
    )
  }
  return ms
}

const WARMUPS = 3
const RUNS = 21
const RSS_RUNS = 5
console.log(
  `\n1-2. CLI start-up (wall: median of ${RUNS} runs after ${WARMUPS} warm-ups, round-robin; ` +
    `peak RSS: median of ${RSS_RUNS} runs with --import bench/rss-probe.mjs)`
)
for (const c of cases) run(c, [], childEnv, 'pipe') // surfaces a broken command with its stderr
for (let i = 0; i < WARMUPS; i++) for (const c of cases) run(c)
const times = cases.map(() => [])
for (let i = 0; i < RUNS; i++) cases.forEach((c, j) => times[j].push(run(c)))
const rss = cases.map(() => [])
for (let i = 0; i < RSS_RUNS; i++) {
  cases.forEach((c, j) => {
    const out = path.join(tmp, `rss-${j}-${i}`)
    run(c, ['--import', probe], { ...childEnv, BENCH_RSS_FILE: out })
    if (!existsSync(out)) fail(`the RSS probe wrote nothing for \`${c.name}\``)
    rss[j].push(Number(readFileSync(out, 'utf8')) / 1024)
  })
}
const wall = times.map(median)
const peak = rss.map(median)
table(
  ['command', 'wall ms', 'min..max', 'x base', 'peak RSS MiB', 'x base', 'target ≤2x base'],
  cases.map((c, j) => {
    const tr = wall[j] / wall[0]
    const rr = peak[j] / peak[0]
    return [
      c.name,
      fmt(wall[j]),
      `${fmt(Math.min(...times[j]), 0)}..${fmt(Math.max(...times[j]), 0)}`,
      j === 0 ? '1.00' : fmt(tr, 2),
      fmt(peak[j]),
      j === 0 ? '1.00' : fmt(rr, 2),
      j === 0 ? '' : `time ${verdict(tr <= 2)}, RSS ${verdict(rr <= 2)}`
    ]
  })
)
console.log(
  '  (wall includes spawning from this process; RSS runs also load the probe, baseline included)'
)

// ---------------------------------------------------------------------------------------------
// 3. In-process throughput

const runFor = (fn, inputs, ms) => {
  let n = 0
  let sink = 0
  const t0 = performance.now()
  const end = t0 + ms
  let now
  do {
    for (let i = 0; i < inputs.length; i++) sink += fn(inputs[i])
    n += inputs.length
  } while ((now = performance.now()) < end)
  return { perSec: (n * 1000) / (now - t0), sink }
}

const variants = [
  {
    name: 'lintPolicy (all rules, PSL check)',
    fn: s => lintPolicy(s, { isPublicSuffix }).findings.length
  },
  {
    name: 'mailauth parsePolicy (lenient)',
    fn: s => {
      try {
        return parsePolicy(s).maxAge > 0 ? 1 : 2
      } catch {
        return 0
      }
    }
  },
  { name: 'lintPolicy (no options)', fn: s => lintPolicy(s).findings.length, extra: true },
  {
    name: 'mailauth parsePolicy (strict)',
    fn: s => {
      try {
        return parsePolicy(s, { strict: true }).maxAge > 0 ? 1 : 2
      } catch {
        return 0
      }
    },
    extra: true
  }
]

const ROUNDS = 3
const MAIN_MS = 1500
const EXTRA_MS = 500
const rejected = corpus.filter(s => variants[1].fn(s) === 0).length
const withErrors = corpus.filter(s =>
  lintPolicy(s, { isPublicSuffix }).findings.some(f => f.severity === 'error')
).length
console.log(
  `\n3. In-process throughput: ${corpus.length} policies as strings ` +
    `(${rejected} rejected by mailauth lenient, ${withErrors} with error findings in ours); ` +
    `core built with ncc in ${fmt(buildMs / 1000)} s`
)
console.log(
  `   ${ROUNDS} alternated rounds of ${MAIN_MS / 1000} s each ` +
    `(${EXTRA_MS / 1000} s for the informational rows), after a warm-up; median shown`
)
let sink = 0
for (const v of variants) sink += runFor(v.fn, corpus, 300).sink
const rates = variants.map(() => [])
for (let r = 0; r < ROUNDS; r++) {
  // rotate the order each round so no variant always runs first
  for (let k = 0; k < variants.length; k++) {
    const j = (k + r) % variants.length
    const res = runFor(variants[j].fn, corpus, variants[j].extra ? EXTRA_MS : MAIN_MS)
    rates[j].push(res.perSec)
    sink += res.sink
  }
}
const med = rates.map(median)
table(
  ['variant', 'policies/s', 'min..max', 'µs/policy', 'x mailauth lenient'],
  variants.map((v, j) => [
    v.name,
    fmt(med[j], 0),
    `${fmt(Math.min(...rates[j]) / 1000, 0)}k..${fmt(Math.max(...rates[j]) / 1000, 0)}k`,
    fmt(1e6 / med[j], 2),
    fmt(med[j] / med[1], 2)
  ])
)
const throughputRatio = med[0] / med[1]
console.log(
  `  target: ours at least as fast as mailauth's lenient parse: ${fmt(throughputRatio, 2)}x ` +
    verdict(throughputRatio >= 1)
)

// Growth with file size: N mx lines
const SIZES = [1, 10, 100, 1000]
const SIZE_ROUNDS = 3
const SIZE_MS = 200
const sized = SIZES.map(n =>
  lf([
    'version: STSv1',
    'mode: enforce',
    ...Array.from({ length: n }, (_, i) => `mx: mx${i + 1}.mail.example.com`),
    'max_age: 604800'
  ])
)
console.log(
  `\n   Growth with file size (${SIZE_ROUNDS} alternated rounds of ${SIZE_MS} ms, median)`
)
const sizeRows = []
let ours1 = 0
for (let i = 0; i < SIZES.length; i++) {
  const input = [sized[i]]
  const o = []
  const m = []
  runFor(variants[0].fn, input, 50)
  runFor(variants[1].fn, input, 50)
  for (let r = 0; r < SIZE_ROUNDS; r++) {
    const a = runFor(variants[0].fn, input, SIZE_MS)
    const b = runFor(variants[1].fn, input, SIZE_MS)
    o.push(a.perSec)
    m.push(b.perSec)
    sink += a.sink + b.sink
  }
  const usOurs = 1e6 / median(o)
  const usMail = 1e6 / median(m)
  if (i === 0) ours1 = usOurs
  sizeRows.push([
    `${SIZES[i]} mx line${SIZES[i] === 1 ? '' : 's'}`,
    fmt(sized[i].length, 0),
    fmt(usOurs, 1),
    fmt(usOurs / (SIZES[i] + 3), 2),
    fmt(usOurs / ours1, 1),
    fmt(usMail, 1),
    fmt(usMail / usOurs, 2)
  ])
}
table(
  ['policy', 'bytes', 'ours µs', 'µs/line', 'x 1-line', 'mailauth µs', 'ours speed x mailauth'],
  sizeRows
)

globalThis.benchSink = sink // keeps every result observable, so none is optimised away
console.log(`\nbench took ${fmt((performance.now() - benchStart) / 1000)} s`)
