// `npm run bench`: start-up time and peak RSS of the bundled CLI against a bare `node -e 0`,
// in-process lint throughput of lintPolicy (src/lint.ts) against mailauth's parsePolicy, and the
// bundled action (dist/index.js) run as the runner runs it on pull requests of 1 to 2,000 domains
// (git fixtures from bench/repo-fixtures.mjs), alternated on one domain with a minimal
// @actions/core action bundled by the same ncc (sections 1 to 5); deployed-state verification of
// 1, 200 and 1,000 domains (section 6) and of 10,000 domains in 10 shards (section 7):
// verifyDomains from src, bundled by the same ncc, in a child process per run, against DNS and
// HTTPS servers on loopback (bench/verify-*.mjs), beside Node's floor for the same I/O
// (bench/verify-floor.mjs: node:dns/promises and node:https alone), on this machine. Every timed child runs without
// NODE_* variables (see childEnv). Prints tables with PASS/MISS next to each target; never fails
// on a missed target, only on a run that did not do its work. Runs in about 3 minutes: section 5
// skips what would overrun its share and estimates it instead (`node bench/run.mjs --full`, or
// BENCH_FULL=1, runs everything).
//
// `--sections LIST` (or BENCH_SECTIONS=LIST) runs only some: a comma-separated list of `1-5`
// (they share their fixtures, so they run together), `6` and `7`; e.g.
// `npm run bench -- --sections 6` for the verification figures alone (~1 minute). Sections 1 to 5
// need dist/index.js and dist/cli/index.js (`npm run bundle`) and git; 6 and 7 build from src.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  FILES_PER_DOMAIN,
  gitEnv,
  makeOrigin,
  manyDomainRepo,
  oneDomainRepo,
  shallowClone
} from './repo-fixtures.mjs'
import { fail, fmt, median, table, verdict } from './bench-util.mjs'

const benchStart = performance.now()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const action = path.join(root, 'dist', 'index.js')
const probe = pathToFileURL(path.join(root, 'bench', 'rss-probe.mjs')).href
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/** The sections to run: `--sections 6,7` or BENCH_SECTIONS=6,7; all when neither is given. */
const SECTION_NAMES = ['1-5', '6', '7']
const sectionsArg = (() => {
  const i = process.argv.findIndex(a => a === '--sections' || a.startsWith('--sections='))
  if (i === -1) return process.env.BENCH_SECTIONS
  const a = process.argv[i]
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (process.argv[i + 1] ?? '')
})()
const SECTIONS = new Set(
  sectionsArg === undefined || sectionsArg.trim() === ''
    ? SECTION_NAMES
    : sectionsArg.split(',').map(s => s.trim())
)
for (const s of SECTIONS) {
  if (!SECTION_NAMES.includes(s)) {
    fail(
      `--sections takes a comma-separated list of ${SECTION_NAMES.join(', ')}; got ${JSON.stringify(s)}`
    )
  }
}

for (const bundle of SECTIONS.has('1-5') ? [cli, action] : []) {
  if (!existsSync(bundle)) {
    fail(
      `${path.relative(root, bundle)} is missing: run \`npm run bundle\` first, then \`npm run bench\` again.`
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

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
console.log(
  `  sections  ${[...SECTIONS].join(', ')} (of ${SECTION_NAMES.join(', ')}: --sections LIST)`
)
let gitVersion
if (SECTIONS.has('1-5'))
  try {
    gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    fail('git is not installed (or not on PATH): sections 4 and 5 run the action on git clones.')
  }
if (gitVersion !== undefined) console.log(`  git       ${gitVersion}`)
const newestSrc = newestMtime(path.join(root, 'src'))
for (const [label, bundle] of SECTIONS.has('1-5')
  ? [
      ['cli', cli],
      ['action', action]
    ]
  : []) {
  const mtime = statSync(bundle).mtimeMs
  const rel = path.relative(root, bundle)
  console.log(`  ${label.padEnd(9)} ${rel}, built ${new Date(mtime).toISOString()}`)
  if (newestSrc.t > mtime) {
    console.log(
      `  NOTE      ${path.relative(root, newestSrc.file)} is newer than ${rel}: ` +
        'its numbers are for the old bundle (run `npm run bundle` first)'
    )
  }
}

// Every timed child (the `node -e 0` baseline included) runs without NODE_* variables: a machine
// that sets NODE_EXTRA_CA_CERTS (as these do) adds ~30 ms to each node start, and NODE_OPTIONS
// can add anything; hosted runners and users' machines have neither. PATH, HOME and the rest stay,
// and the action's runs add their own GITHUB_*/INPUT_*/RUNNER_* variables (section 4).
const strippedNames = Object.keys(process.env).filter(k => k.startsWith('NODE_'))
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_') && k !== 'FORCE_COLOR')
)
childEnv.NO_COLOR = '1'
console.log(
  `  children  run without ${strippedNames.length === 0 ? 'NODE_* variables (none were set)' : strippedNames.sort().join(', ')}`
)

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-bench-'))
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }))

/** Every in-process result (section 3) adds up here, kept observable at the end. */
let sink = 0

if (SECTIONS.has('1-5')) {
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
    bare([
      'version: STSv1',
      'mode: enforce',
      'mx: *.mail.protection.outlook.com',
      'max_age: 604800'
    ]),
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
  // Build the linting core and the Public Suffix check the CLI and the action pass to it (ncc keeps
  // the ESM exports of src/lint.ts and src/public-suffix.ts), and load mailauth.

  const buildStart = performance.now()
  const buildCore = entry => {
    const out = path.join(tmp, path.basename(entry, '.ts'))
    try {
      execFileSync(
        process.execPath,
        [ncc, 'build', entry, '-o', out, '--no-cache', '--transpile-only', '--quiet'],
        { cwd: root, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] }
      )
    } catch (e) {
      fail(`building ${entry} with ncc failed:\n${e.stderr?.toString() ?? e.message}`)
    }
    return import(pathToFileURL(path.join(out, 'index.js')).href)
  }
  const { lintPolicy } = await buildCore('src/lint.ts')
  const { loadPublicSuffixCheck, loadPublicSuffixLookup } = await buildCore('src/public-suffix.ts')
  const buildMs = performance.now() - buildStart
  if (typeof lintPolicy !== 'function' || typeof loadPublicSuffixCheck !== 'function')
    fail('the ncc builds of src/lint.ts and src/public-suffix.ts lack lintPolicy or the PSL check')
  const { parsePolicy } = await import('mailauth/lib/mta-sts.js')
  // What the CLI and the action pass when a policy has a wildcard mx: answers are remembered per
  // run, so in this loop (the same 15 policies again and again) every lookup after the first is
  // remembered. The informational row below looks every suffix up each time.
  const isPublicSuffix = await loadPublicSuffixCheck()
  const lookUpEveryTime = await loadPublicSuffixLookup()

  // ---------------------------------------------------------------------------------------------
  // 1 + 2. CLI start-up

  // One file per policy shape: `policy FILE` loads the Public Suffix List only for a wildcard mx.
  const policyFile = (name, text) => {
    const file = path.join(tmp, name)
    writeFileSync(file, text)
    return file
  }
  const validFile = policyFile('valid.txt', corpus[10])
  const wildcardFile = policyFile('wildcard.txt', corpus[0])
  const publicWildcardFile = policyFile(
    'public-wildcard.txt',
    lf(['version: STSv1', 'mode: enforce', 'mx: *.co.uk', 'mx: *.github.io', 'max_age: 604800'])
  )
  // 200 mx lines, one in ten a wildcard under its own name (each suffix looked up once)
  const manyMxFile = policyFile(
    'many-mx.txt',
    lf([
      'version: STSv1',
      'mode: enforce',
      ...Array.from({ length: 200 }, (_, i) =>
        i % 10 === 0 ? `mx: *.mx${i}.example.net` : `mx: mx${i}.example.net`
      ),
      'max_age: 604800'
    ])
  )
  // Template leftovers and typos: errors on most lines
  const badFile = policyFile(
    'bad.txt',
    lf([
      'version: STSv2',
      'mode: [testing]',
      'mx: mail.example.com:25',
      'mx: *.*.example.com',
      'mx: https://mx.example.com/',
      'max_age: 1 week',
      'max-age: 604800',
      'max_age: 99999999999'
    ])
  )

  const cases = [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'], ok: [0] },
    { name: 'policy FILE', args: [cli, 'policy', validFile], ok: [0] },
    { name: 'policy FILE (wildcard mx)', args: [cli, 'policy', wildcardFile], ok: [0] },
    // wildcards under public suffixes are errors in enforce: exit 1 is the outcome
    {
      name: 'policy FILE (*.co.uk, *.github.io)',
      args: [cli, 'policy', publicWildcardFile],
      ok: [1]
    },
    { name: 'policy FILE (200 mx, 20 wildcards)', args: [cli, 'policy', manyMxFile], ok: [0] },
    // a bad policy has error findings: exit 1 is its normal outcome
    { name: 'policy FILE (bad policy)', args: [cli, 'policy', badFile], ok: [1] },
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
      name: 'lintPolicy (all rules, PSL check as runs pass it)',
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
    {
      name: 'lintPolicy (all rules, PSL looked up each time)',
      fn: s => lintPolicy(s, { isPublicSuffix: lookUpEveryTime }).findings.length,
      extra: true
    },
    { name: 'lintPolicy (no PSL check)', fn: s => lintPolicy(s).findings.length, extra: true },
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

  // This machine's speed drifts by tens of percent over seconds (a shared host): short slices,
  // alternated, compare each variant with mailauth under the same conditions. Each round's ratio
  // is taken within the round; the verdict is on their median.
  const ROUNDS = 40
  const MAIN_MS = 40
  const EXTRA_MS = 15
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
    `   ${ROUNDS} rounds, each running every variant for ${MAIN_MS} ms ` +
      `(${EXTRA_MS} ms for the informational rows) in rotating order, after a warm-up; ` +
      `medians shown, the ratio is the median of the ratios within each round`
  )
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
  const ratioToMailauth = j => median(rates[j].map((x, r) => x / rates[1][r]))
  table(
    ['variant', 'policies/s', 'min..max', 'µs/policy', 'x mailauth lenient'],
    variants.map((v, j) => [
      v.name,
      fmt(med[j], 0),
      `${fmt(Math.min(...rates[j]) / 1000, 0)}k..${fmt(Math.max(...rates[j]) / 1000, 0)}k`,
      fmt(1e6 / med[j], 2),
      fmt(ratioToMailauth(j), 2)
    ])
  )
  const throughputRatio = ratioToMailauth(0)
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

  // ---------------------------------------------------------------------------------------------
  // 4 + 5. The action as the runner runs it: a depth-1 checkout of a pull request's head (a fresh
  // clone before each timed run, outside the timed region, so the base is never already there),
  // the event payload, the INPUT_* defaults of action.yml, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
  // files. The gate fetches the base commit from the local bare origin (the only network step on
  // GitHub). The REST fallback is pointed at a closed local port: a run that would need it fails
  // the bench instead of going online.

  const FULL = process.argv.includes('--full') || process.env.BENCH_FULL === '1'
  /** Section 5 starts nothing predicted to end after this, unless FULL. */
  const DEADLINE = benchStart + 84_000

  // Clones go to a RAM disk when there is one: writing and deleting thousands of files on a busy
  // disk costs seconds (not timed, but the bench's budget), and the timed runs read the files from
  // the page cache either way.
  let gitTmp = tmp
  try {
    gitTmp = mkdtempSync('/dev/shm/mta-sts-bench-')
    process.on('exit', () => rmSync(gitTmp, { recursive: true, force: true }))
  } catch {
    // not Linux, or no /dev/shm: the system's temp folder
  }

  const { parse: parseYaml } = await import('yaml')
  const actionYml = parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8'))
  // What the runner does with defaults: INPUT_ + the name upper-cased, spaces to `_`, hyphens kept;
  // `${{ github.token }}` becomes the job's token (a dummy here: it must never be used).
  const inputDefaults = Object.fromEntries(
    Object.entries(actionYml.inputs ?? {})
      .filter(([, spec]) => spec?.default !== undefined)
      .map(([name, spec]) => [
        `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
        String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, 'bench-token-unused')
      ])
  )
  const runnerEnv = gitEnv(childEnv)
  for (const k of Object.keys(runnerEnv)) {
    // a bench run inside GitHub Actions must not leak the job's own context into the action
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) delete runnerEnv[k]
  }

  /** A pull request fixture: bare origin, event payload, output files. */
  const prFixture = (name, repo) => {
    const dir = path.join(gitTmp, name)
    const origin = makeOrigin(dir, repo.base, repo.changes)
    const event = path.join(dir, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          base: { ref: 'main', sha: origin.baseSha },
          head: { ref: 'bench', sha: origin.headSha }
        },
        repository: { full_name: 'bench/mta-sts', default_branch: 'main' }
      })
    )
    let clones = 0
    const fx = {
      ...origin,
      dir,
      event,
      files: Object.keys(repo.base).length,
      /** How long the last clone took (not timed in the figures, but it spends the bench's time). */
      cloneMs: 0,
      clone: () => {
        const dest = path.join(dir, `clone-${clones++}`)
        const t0 = performance.now()
        shallowClone(origin.url, dest)
        fx.cloneMs = performance.now() - t0
        return { dir: dest }
      }
    }
    return fx
  }

  const outputsOf = text => {
    const out = {}
    for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3]
    return out
  }

  /** What the runner gives an action on a pull request (no NODE_* variables: see childEnv). */
  const pullRequestEnv = (fx, clone, output, summary) => ({
    ...runnerEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: fx.event,
    GITHUB_WORKSPACE: clone,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'bench/mta-sts',
    GITHUB_SHA: fx.headSha,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'bench',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: fx.dir
  })

  /**
   * Runs dist/index.js in `clone` (the workspace and cwd) with the default inputs plus `inputs`;
   * checks the outcome with `expect`, so a broken run fails the bench instead of timing an error.
   * Returns the wall time and, with `rss`, the peak RSS in MiB.
   */
  const runAction = (fx, clone, inputs, expect, rss = false) => {
    const output = path.join(fx.dir, 'github-output')
    const summary = path.join(fx.dir, 'step-summary')
    const rssFile = path.join(fx.dir, 'rss')
    writeFileSync(output, '')
    writeFileSync(summary, '')
    rmSync(rssFile, { force: true })
    const env = {
      ...pullRequestEnv(fx, clone, output, summary),
      ...inputDefaults,
      ...inputs,
      ...(rss && { BENCH_RSS_FILE: rssFile })
    }
    const t0 = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [...(rss ? ['--import', probe] : []), action], {
      cwd: clone,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000
    })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    const outputs = outputsOf(readFileSync(output, 'utf8'))
    const problem =
      r.error?.message ??
      (r.status !== expect.status
        ? `exit ${r.status ?? r.signal} (expected ${expect.status})`
        : !r.stdout.includes(expect.note)
          ? `no "${expect.note}" in its log`
          : outputs.errors !== String(expect.errors)
            ? `errors output ${outputs.errors} (expected ${expect.errors})`
            : statSync(summary).size === 0
              ? 'an empty step summary'
              : undefined)
    if (problem !== undefined) {
      fail(
        `the action in ${clone} (${JSON.stringify(inputs)}): ${problem}\n` +
          `${r.stdout?.slice(0, 3000) ?? ''}\n${r.stderr?.slice(0, 3000) ?? ''}`
      )
    }
    if (!rss) return { ms }
    if (!existsSync(rssFile)) fail('the RSS probe wrote nothing for the action')
    return { ms, mib: Number(readFileSync(rssFile, 'utf8')) / 1024 }
  }

  /**
   * `git fetch` as the gate runs it (src/gate/git/repository.ts ensureCommit) in a fresh depth-1
   * clone.
   */
  const timeFetch = fx => {
    const clone = fx.clone().dir
    const t0 = process.hrtime.bigint()
    const r = spawnSync(
      'git',
      [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--quiet',
        '--depth=1',
        'origin',
        fx.baseSha
      ],
      { cwd: clone, env: runnerEnv, encoding: 'utf8', timeout: 120_000 }
    )
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (r.status !== 0)
      fail(`git fetch of the base in ${clone} failed: ${r.error?.message ?? r.stderr}`)
    rmSync(clone, { recursive: true, force: true })
    return ms
  }

  const GATE_NOTE = 'id gate: compared with git (fetched '
  const LINT_NOTE = 'id gate off (input gate: false)'

  // ---------------------------------------------------------------------------------------------
  // The yardstick for the action: the least an action built on @actions/core does (read an input,
  // set an output, write the job summary), bundled by the same ncc from this project's
  // node_modules (the same @actions/core), minified, and run as the runner runs ours.

  const MINIMAL_SOURCE = [
    "import * as core from '@actions/core'",
    "core.setOutput('x', core.getInput('y'))",
    "await core.summary.addRaw('ok').write()",
    ''
  ].join('\n')

  const buildMinimalAction = () => {
    const dir = mkdtempSync(path.join(tmp, 'minimal-action-'))
    const src = path.join(dir, 'src')
    const out = path.join(dir, 'dist')
    mkdirSync(src)
    writeFileSync(path.join(src, 'package.json'), '{ "type": "module" }\n')
    writeFileSync(path.join(src, 'index.js'), MINIMAL_SOURCE)
    // @actions/core resolves from this project's node_modules, as for dist/index.js
    symlinkSync(path.join(root, 'node_modules'), path.join(src, 'node_modules'), 'dir')
    try {
      // what `npx ncc build <file> -m -o <dir> --no-cache` runs: this project's ncc
      execFileSync(
        process.execPath,
        [ncc, 'build', path.join(src, 'index.js'), '-m', '-o', out, '--no-cache', '--quiet'],
        { cwd: dir, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] }
      )
    } catch (e) {
      fail(`bundling the minimal action with ncc failed:\n${e.stderr?.toString() ?? e.message}`)
    }
    return { dir, bundle: path.join(out, 'index.js') }
  }

  /** Runs the minimal action with the environment the action gets; checks its output and summary. */
  const runMinimal = (minimal, fx, rss = false) => {
    const output = path.join(minimal.dir, 'github-output')
    const summary = path.join(minimal.dir, 'step-summary')
    const rssFile = path.join(minimal.dir, 'rss')
    writeFileSync(output, '')
    writeFileSync(summary, '')
    rmSync(rssFile, { force: true })
    const env = {
      ...pullRequestEnv(fx, minimal.dir, output, summary),
      INPUT_Y: 'bench',
      ...(rss && { BENCH_RSS_FILE: rssFile })
    }
    const t0 = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [...(rss ? ['--import', probe] : []), minimal.bundle], {
      cwd: minimal.dir,
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (
      r.error ||
      r.status !== 0 ||
      outputsOf(readFileSync(output, 'utf8')).x !== 'bench' ||
      readFileSync(summary, 'utf8') !== 'ok'
    ) {
      fail(
        `the minimal action: exit ${r.error?.message ?? r.status ?? r.signal}, ` +
          `outputs ${JSON.stringify(readFileSync(output, 'utf8'))}\n${r.stderr ?? ''}`
      )
    }
    if (!rss) return { ms }
    if (!existsSync(rssFile)) fail('the RSS probe wrote nothing for the minimal action')
    return { ms, mib: Number(readFileSync(rssFile, 'utf8')) / 1024 }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. One domain

  const ROUNDS4 = 11
  const RSS_RUNS4 = 3
  const one = prFixture('one-domain', oneDomainRepo())
  const minimal = buildMinimalAction()
  const baseline = { name: 'node -e 0 (baseline)', args: ['-e', '0'], ok: [0] }
  const oneCases = [
    { name: 'node -e 0 (baseline)', time: () => ({ ms: run(baseline) }) },
    {
      name: 'minimal @actions/core action (ncc -m)',
      time: rss => runMinimal(minimal, one, rss)
    },
    {
      name: 'git fetch --depth=1 origin <base>',
      time: () => ({ ms: timeFetch(one) }),
      noRss: true
    },
    {
      name: 'action, gate (default inputs)',
      time: rss => {
        const c = one.clone().dir
        const r = runAction(one, c, {}, { status: 0, note: GATE_NOTE, errors: 0 }, rss)
        rmSync(c, { recursive: true, force: true })
        return r
      }
    },
    {
      name: 'action, gate=false (lint only)',
      time: rss => {
        const c = one.clone().dir
        const r = runAction(
          one,
          c,
          { INPUT_GATE: 'false' },
          { status: 0, note: LINT_NOTE, errors: 0 },
          rss
        )
        rmSync(c, { recursive: true, force: true })
        return r
      }
    }
  ]
  console.log(
    `\n4. The action on a one-domain pull request (policy + dns/example.com.zone changed, id bumped), ` +
      `as the runner runs it`
  )
  console.log(
    `   fresh depth-1 clone per run (not timed); wall: median of ${ROUNDS4} round-robin runs after a ` +
      `warm-up; peak RSS: median of ${RSS_RUNS4} runs with --import bench/rss-probe.mjs (node only)`
  )
  for (const c of oneCases) c.time(false) // warm-up, and a first check of every outcome
  const oneTimes = oneCases.map(() => [])
  for (let i = 0; i < ROUNDS4; i++) oneCases.forEach((c, j) => oneTimes[j].push(c.time(false).ms))
  const oneRss = oneCases.map(() => [])
  for (let i = 0; i < RSS_RUNS4; i++) {
    oneCases.forEach((c, j) => {
      if (j === 0) {
        const out = path.join(tmp, `rss-base-${i}`)
        run(baseline, ['--import', probe], { ...childEnv, BENCH_RSS_FILE: out })
        oneRss[j].push(Number(readFileSync(out, 'utf8')) / 1024)
      } else if (!c.noRss) oneRss[j].push(c.time(true).mib)
    })
  }
  const oneWall = oneTimes.map(median)
  const onePeak = oneRss.map(xs => (xs.length === 0 ? undefined : median(xs)))
  const [base4, minimal4, fetch4, gate4, lint4] = oneWall
  const gateBudget = 3 * base4 + fetch4
  const lintBudget = 3 * base4
  table(
    ['run', 'wall ms', 'min..max', 'x base', 'peak RSS MiB', 'x base', 'target'],
    oneCases.map((c, j) => [
      c.name,
      fmt(oneWall[j]),
      `${fmt(Math.min(...oneTimes[j]), 0)}..${fmt(Math.max(...oneTimes[j]), 0)}`,
      j === 0 ? '1.00' : fmt(oneWall[j] / base4, 2),
      onePeak[j] === undefined ? '' : fmt(onePeak[j]),
      onePeak[j] === undefined ? '' : j === 0 ? '1.00' : fmt(onePeak[j] / onePeak[0], 2),
      j === 3
        ? `≤3x base + fetch, ≤2.5x minimal: ${verdict(gate4 <= gateBudget)}, ${verdict(gate4 <= 2.5 * minimal4)}`
        : j === 4
          ? `≤3x base: ${verdict(lint4 <= lintBudget)}`
          : ''
    ])
  )
  // The action and the minimal action ran alternately, the same number of times: medians and
  // their ratio. The action's figure includes its git fetch of the base (the gate, on by default).
  console.log(
    `  action one-domain PR: ${fmt(gate4, 0)} ms vs minimal @actions/core action ${fmt(minimal4, 0)} ms` +
      ` = ${fmt(gate4 / minimal4, 2)} x (target <= 2.5x) ${verdict(gate4 <= 2.5 * minimal4)}`
  )
  console.log(
    `  (gate=false, no git fetch: ${fmt(lint4, 0)} ms vs ${fmt(minimal4, 0)} ms = ` +
      `${fmt(lint4 / minimal4, 2)} x; ratios of medians over ${ROUNDS4} alternated runs each)`
  )
  console.log(
    `  target: one domain within 3x a bare node -e 0 plus the git fetch: ${fmt(gate4, 0)} ms vs ` +
      `3 × ${fmt(base4, 0)} + ${fmt(fetch4, 0)} = ${fmt(gateBudget, 0)} ms ${verdict(gate4 <= gateBudget)}` +
      ` (gate=false: ${fmt(lint4, 0)} ms vs ${fmt(lintBudget, 0)} ms ${verdict(lint4 <= lintBudget)})`
  )
  console.log(
    '  (the git fetch row is timed alone in a fresh clone; the action row includes its own fetch)'
  )

  // ---------------------------------------------------------------------------------------------
  // 5. Growth with the number of domains

  const SIZES5 = [10, 100, 1000, 2000]
  const TARGET_DOMAINS = 1000
  const TARGET_MS = 3000
  console.log(
    `\n5. A repository of N domains (sites/<domain>/.well-known/mta-sts.txt, CNAME, .nojekyll; ` +
      `dns/<domain>.zone), a pull request changing 1% of the policies without bumping their ids`
  )
  console.log(
    `   action: default inputs (gate on; fresh depth-1 clone per run, not timed); check: ` +
      `\`check --root <clone> --format json\` (no gate); wall and peak RSS (node's own, not its ` +
      `git children) from the same runs (--import bench/rss-probe.mjs), median of 3 when a run ` +
      `takes under 3 s, else 1`
  )

  const cells = new Map() // `${variant} ${n}` -> { ms, mib } | { estimate }
  const key = (variant, n) => `${variant} ${n}`
  /** Measured points of a variant, for estimates: [n, ms], ascending. */
  const points = variant =>
    SIZES5.map(n => [n, cells.get(key(variant, n))])
      .filter(([, c]) => c?.ms !== undefined)
      .map(([n, c]) => [n, c.ms])
  /** Linear through the last two measured points (through the origin with one). */
  const predict = (variant, n, extra = []) => {
    const pts = [...extra, ...points(variant)].sort((a, b) => a[0] - b[0])
    if (pts.length === 0) return undefined
    const [n2, t2] = pts[pts.length - 1]
    if (pts.length === 1) return (t2 * n) / n2
    const [n1, t1] = pts[pts.length - 2]
    const slope = Math.max(0, (t2 - t1) / (n2 - n1))
    return t2 + slope * (n - n2)
  }
  /** With a 25% margin on the estimate, as growth may not be linear. */
  const fits = ms => FULL || ms === undefined || performance.now() + 1.25 * ms < DEADLINE
  /** What a size costs besides its timed runs: the fixture, and a clone per run (~1 ms a domain). */
  const setupMs = n => 1.5 * n

  const fixtures = new Map()
  const fixtureOf = n => {
    if (!fixtures.has(n)) {
      const repo = manyDomainRepo(n, Math.max(1, Math.round(n / 100)))
      fixtures.set(n, { ...prFixture(`domains-${n}`, repo), changed: repo.changed })
    }
    return fixtures.get(n)
  }

  const measureCheck = n => {
    const fx = fixtureOf(n)
    fx.checkClone ??= fx.clone().dir
    const out = path.join(fx.dir, 'check.json')
    const rssFile = path.join(fx.dir, 'rss-check')
    const once = () => {
      rmSync(rssFile, { force: true })
      const fd = openSync(out, 'w')
      const t0 = process.hrtime.bigint()
      const r = spawnSync(
        process.execPath,
        ['--import', probe, cli, 'check', '--root', fx.checkClone, '--format', 'json'],
        {
          cwd: root,
          env: { ...childEnv, BENCH_RSS_FILE: rssFile },
          stdio: ['ignore', fd, 'pipe'],
          encoding: 'utf8',
          timeout: 600_000
        }
      )
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      closeSync(fd)
      let domains
      try {
        domains = JSON.parse(readFileSync(out, 'utf8')).domains?.length
      } catch {
        domains = undefined
      }
      if (r.error || ![0, 1].includes(r.status) || domains !== n || !existsSync(rssFile)) {
        fail(
          `check --root ${fx.checkClone}: exit ${r.error?.message ?? r.status ?? r.signal}, ` +
            `${domains} domains in its JSON (expected ${n})\n${r.stderr ?? ''}`
        )
      }
      return { ms, mib: Number(readFileSync(rssFile, 'utf8')) / 1024 }
    }
    return once
  }

  const measureAction = n => {
    const fx = fixtureOf(n)
    return () => {
      const c = fx.clone().dir
      const r = runAction(fx, c, {}, { status: 1, note: GATE_NOTE, errors: fx.changed }, true)
      rmSync(c, { recursive: true, force: true })
      return r
    }
  }

  /** Runs a cell when it fits the time left (3 runs under 3 s each, else 1), else estimates it. */
  const cell = (variant, n, measure, extra = []) => {
    const guess = predict(variant, n, extra)
    if (!fits(guess === undefined ? undefined : guess + setupMs(n))) {
      cells.set(key(variant, n), { estimate: guess })
      return
    }
    const once = measure(n)
    const first = once()
    const runs = [first]
    if (first.ms < 3000 && fits(2 * (first.ms + setupMs(n)))) runs.push(once(), once())
    const fx = fixtureOf(n)
    if (fx.checkClone !== undefined) {
      rmSync(fx.checkClone, { recursive: true, force: true })
      delete fx.checkClone
    }
    cells.set(key(variant, n), {
      ms: median(runs.map(x => x.ms)),
      mib: median(runs.map(x => x.mib))
    })
  }

  // Most wanted first: the check up to the target, then the action, then the largest size.
  const oneDomainPoint = [[1, gate4]]
  for (const n of SIZES5.filter(n => n <= TARGET_DOMAINS)) cell('check', n, measureCheck)
  for (const n of SIZES5.filter(n => n <= TARGET_DOMAINS))
    cell('action', n, measureAction, oneDomainPoint)
  for (const n of SIZES5.filter(n => n > TARGET_DOMAINS)) {
    cell('check', n, measureCheck)
    cell('action', n, measureAction, oneDomainPoint)
  }
  const fetches = new Map()
  for (const n of SIZES5) {
    if (fixtures.has(n) && fits(2 * fixtures.get(n).cloneMs))
      fetches.set(n, timeFetch(fixtureOf(n)))
  }

  const show = (variant, n, prev) => {
    const c = cells.get(key(variant, n))
    if (c === undefined) return ['', '', '', '']
    if (c.ms === undefined) {
      return [c.estimate === undefined ? 'skipped' : `~${fmt(c.estimate / 1000)} est.`, '', '', '']
    }
    const p = prev === undefined ? undefined : cells.get(key(variant, prev))
    return [
      fmt(c.ms / 1000, 2),
      fmt(c.ms / n, 2),
      p?.ms === undefined ? '' : fmt((c.ms - p.ms) / (n - prev), 2),
      fmt(c.mib)
    ]
  }
  table(
    [
      'domains',
      'files',
      'fetch ms',
      'action s',
      'ms/domain',
      'Δms/domain',
      'MiB',
      'check s',
      'ms/domain',
      'Δms/domain',
      'MiB'
    ],
    SIZES5.map((n, i) => [
      fmt(n, 0),
      fmt(n * FILES_PER_DOMAIN, 0),
      fetches.has(n) ? fmt(fetches.get(n), 0) : '',
      ...show('action', n, SIZES5[i - 1]),
      ...show('check', n, SIZES5[i - 1])
    ])
  )
  const estimated = [...cells.values()].some(c => c.ms === undefined)
  console.log(
    '  (Δms/domain: the cost of each domain added since the row above; flat when growth is linear.' +
      (estimated
        ? ' est.: linear from the last two sizes measured, not run to stay within ~90 s; `--full` runs it)'
        : ')')
  )

  const targetFor = variant => {
    const c = cells.get(key(variant, TARGET_DOMAINS))
    if (c?.ms !== undefined) return `${fmt(c.ms / 1000, 2)} s ${verdict(c.ms < TARGET_MS)}`
    if (c?.estimate !== undefined)
      return `~${fmt(c.estimate / 1000)} s est. ${verdict(c.estimate < TARGET_MS)} (est.)`
    return 'not run'
  }
  /** Linear: the last step's Δms/domain at most 1.5x the step before's. */
  const growthFor = variant => {
    const pts = points(variant)
    if (pts.length === 2) {
      const [[a, ta], [b, tb]] = pts
      return `Δ ${fmt((tb - ta) / (b - a), 2)} ms/domain (${fmt(a, 0)}→${fmt(b, 0)}), a third size needs --full`
    }
    if (pts.length < 2) return 'too few sizes measured'
    const [[a, ta], [b, tb], [c, tc]] = pts.slice(-3)
    const before = (tb - ta) / (b - a)
    const last = (tc - tb) / (c - b)
    return `Δ ${fmt(before, 2)} → ${fmt(last, 2)} ms/domain (${fmt(b, 0)}→${fmt(c, 0)}) ${verdict(last <= 1.5 * before)}`
  }
  console.log(
    `  target: ${fmt(TARGET_DOMAINS, 0)} domains under ${TARGET_MS / 1000} s: action ${targetFor('action')}; check ${targetFor('check')}`
  )
  console.log(
    `  target: linear growth (last Δms/domain ≤ 1.5x the one before): action ${growthFor('action')}; check ${growthFor('check')}`
  )
}

if (SECTIONS.has('6') || SECTIONS.has('7')) {
  const { verifySections } = await import('./verify-sections.mjs')
  await verifySections({ sections: SECTIONS, root, tmp, childEnv, probe, ncc })
}

globalThis.benchSink = sink // keeps every result observable, so none is optimised away
console.log(`\nbench took ${fmt((performance.now() - benchStart) / 1000)} s`)
