/**
 * Terraform (HCL) DNS record resources: `cloudflare_record`, `cloudflare_dns_record`,
 * `aws_route53_record`, `google_dns_record_set`, `azurerm_dns_txt_record` / `_mx_record` /
 * `_cname_record`, `digitalocean_record` and any other resource with a `type` (or
 * `record_type`/`fieldtype`) of TXT, MX or CNAME and a `name` (or `subdomain`/`hostname`/
 * `record_name`). Values come from `content`, `value`, `data`, `target`, `txt`, `records`,
 * `rrdatas`, `values`, `record` (attribute or `record { value = ... }` blocks).
 *
 * References are resolved where that is a matter of reading, not running: `var.x` / `${var.x}`
 * from the `*.tfvars` among `ctx.siblings` (the auto-loaded `terraform.tfvars` and
 * `*.auto.tfvars` first, the last one defining it winning, as Terraform does; then any other
 * `*.tfvars`) or the `variable "x" { default = ... }` block; `local.x` from `locals { x = ... }`,
 * in this file or a sibling `.tf`. The id span then points into the file that holds the literal
 * (`idFile`). An id made by a hash or a clock (`md5(`, `sha1(`, `sha256(`, `filemd5(`,
 * `base64sha256(`, `timestamp()` ..., directly or through locals) is `computed`.
 *
 * The reader is a careful scanner (strings with `${}`/`%{}` templates, heredocs, `#`, `//` and
 * `/* *\/` comments, nested blocks), not a full HCL parser. The one npm offers costs far more
 * than it gives: `npm view @cdktf/hcl2json dist.unpackedSize` prints nothing (the registry keeps
 * no size for it), and `npm pack --dry-run @cdktf/hcl2json` (0.21.0) reports 1 839 145 bytes
 * unpacked, 1.7 MB of it a gzipped Go WASM module behind an async API, to read a few attribute
 * values into the bundled action.
 *
 * An unresolved interpolation at the end of a name (`_mta-sts.${var.domain}`, or a name that is
 * only `var.domain`) stands for the zone: it is dropped, leaving a relative owner (`_mta-sts`,
 * the apex). Not handled: `for_each`/`count` expansion, maps and objects indexed by key
 * (`each.value.id`, `var.domains["x"]`), modules, `.tf.json` and `.tfvars.json`.
 */
import type { DnsRecord, SourceContext, SourceFile, SourceParser } from '../types.js'
import { LineIndex } from '../mapped-text.js'
import { guarded, idRange, idSpanOf, type Problem, problemAt } from '../parser-output.js'
import { textRuns } from '../record-place.js'
import { looksLikeSts } from '../../../record/sts.js'
import type { Tok } from './hcl-lexer.js'
import { Evaluator, type Str } from './evaluator.js'
import { txtAsSent } from './provider-txt-quoting.js'
import { recordType, resourceOwner, resourceValues } from './record-resources.js'
import { parseFile, type ParsedFile, Workspace } from './workspace.js'
import { attributeNamed, type Block } from './hcl-body.js'
import { canonicalDomain } from '../../../domain-name.js'

type Position = ReturnType<LineIndex['pos']>

/** Problems for each `}` that closes nothing and for a `{` still open at the end of the file. */
const checkBraces = (
  toks: readonly Tok[],
  lines: LineIndex,
  end: number,
  problems: Problem[]
): void => {
  let depth = 0
  for (const t of toks) {
    if (t.kind !== 'punct') continue
    if (t.text === '{') depth++
    else if (t.text === '}') {
      if (depth === 0) problems.push(problemAt(lines, t.start, 'unbalanced "}"'))
      else depth--
    }
  }
  if (depth > 0) problems.push(problemAt(lines, end, 'unclosed "{" at the end of the file'))
}

/** Where a value starts in the parsed file: its first character copied from it, else `at`. */
const valueStart = (v: Str, at: number): number => {
  const firstOwn = v.value.map.findIndex((m, i) => m >= 0 && (v.value.src?.[i] ?? 0) === 0)
  return firstOwn >= 0 ? (v.value.map[firstOwn] ?? at) : at
}

/** An MX or CNAME record: the target host (an MX's preference dropped), with its expression. */
const hostRecord = (owner: string, type: 'MX' | 'CNAME', v: Str, pos: Position): DnsRecord => {
  let host = v.value.text.trim()
  if (type === 'MX') host = host.replace(/^\d+\s+/, '')
  const rec: DnsRecord = { owner, type, value: canonicalDomain(host), ...pos }
  if (v.holes.some(h => !h.resolved)) rec.expression = v.holes.map(h => h.source).join('')
  return rec
}

/**
 * A TXT record, with where each of its characters is written when its text is read in full (one
 * holding an expression is never linted). For an MTA-STS value, where its id comes from: the
 * expression it is read from (computed when that hashes or reads a clock, a problem when it has
 * no literal value here) and the id's span, in whichever file of the workspace holds it.
 */
const txtRecord = (
  owner: string,
  v: Str,
  at: { lines: LineIndex; start: number },
  ws: Workspace,
  problems: Problem[]
): DnsRecord => {
  const pos = at.lines.pos(at.start)
  const rec: DnsRecord = { owner, type: 'TXT', value: v.value.text, ...pos }
  if (v.holes.every(h => h.resolved && !h.computed)) {
    const runs = textRuns(at.lines, v.value, at.start)
    if (runs !== undefined) rec.textRuns = runs
  }
  const range = looksLikeSts(v.value.text) ? idRange(v.value.text) : undefined
  if (range === undefined) return rec
  const [a, b] = range
  const idHoles = v.holes.filter(h => h.start < Math.max(b, a + 1) && h.end > a)
  if (idHoles.length > 0) {
    rec.expression = idHoles.map(h => h.source).join('')
    if (idHoles.some(h => h.computed)) rec.computed = true
    else if (idHoles.some(h => !h.resolved))
      problems.push({
        message: `the id comes from ${rec.expression}, which has no literal value here (no *.tfvars entry, default or local)`,
        ...pos
      })
  }
  const span = rec.computed === true ? undefined : idSpanOf(v.value)
  if (span !== undefined) {
    rec.idSpan = span.span
    if (span.file !== 0) rec.idFile = ws.files[span.file]?.name ?? ''
  }
  return rec
}

/**
 * The variables and locals a resource's `count` reads, when it is not a whole number written out
 * (`count = length(var.x) > 0 ? 1 : 0` reads `var.x`): a value filled in from one of them may be
 * one that count rules out (the default "" of an optional address).
 */
const countReads = (f: ParsedFile, block: Block): readonly string[] => {
  const count = attributeNamed(block.body, 'count')
  if (count === undefined) return []
  const [a, b] = count.expr
  const text = f.text.slice(f.toks[a]?.start ?? 0, f.toks[b - 1]?.end ?? 0)
  return /^\s*[1-9][0-9]*\s*$/.test(text) ? [] : referencesIn(text)
}

/** The `var.x` and `local.x` an expression's text names. */
const referencesIn = (text: string): string[] =>
  [...text.matchAll(/\b(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*/g)].map(m => m[0])

export const parseTerraform: SourceParser = (text: string, ctx: SourceContext): SourceFile =>
  guarded('terraform', () => {
    const lines = new LineIndex(text)
    const problems: Problem[] = []
    const records: DnsRecord[] = []
    const own = parseFile(0, ctx.file, text, lines, problems)
    const ws = new Workspace(own, ctx.siblings ?? new Map<string, string>())
    const ev = new Evaluator(ws)
    checkBraces(own.toks, lines, text.length, problems)
    for (const block of own.body) {
      if (block.kind !== 'block' || block.type !== 'resource') continue
      const type = recordType(ev, own, block)
      if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME') continue
      const owner = resourceOwner(ev, own, block)
      const guards = countReads(own, block)
      for (const { v: raw, at } of resourceValues(ev, own, block)) {
        const v = type === 'TXT' ? txtAsSent(block.labels[0] ?? '', raw) : raw
        const start = valueStart(v, at)
        const rec =
          type === 'TXT'
            ? txtRecord(owner, v, { lines, start }, ws, problems)
            : hostRecord(owner, type, v, lines.pos(start))
        // Filled in from a value its count may rule out (`var.x` default "" under
        // `count = length(var.x) > 0 ? 1 : 0`): what it says is not what a deployment publishes.
        if (v.holes.some(h => referencesIn(h.source).some(r => guards.includes(r)))) {
          rec.conditional = true
        }
        records.push(rec)
      }
    }
    return { format: 'terraform', records, problems }
  })
