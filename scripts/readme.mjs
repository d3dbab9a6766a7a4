// `npm run readme`: writes the generated parts of README.md and docs/config.md, each between
// `<!-- NAME:start -->` and `<!-- NAME:end -->` markers (the rest of both files is written by
// hand):
//   inputs, outputs          the action's inputs and outputs, from action.yml
//   rules                    every rule of src/rules/registry.ts, linking its docs/rules page
//   example:FILE             examples/workflows/FILE, verbatim, as a yaml block
//   keys (docs/config.md)    every key of src/repo/config-schema.json, from its descriptions
// then formats both with prettier. `--check` only compares, and exits 1 naming what is stale
// (a test runs it); `--readme FILE` and `--config-doc FILE` check or write other copies.
import { register } from 'node:module'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WORKFLOWS = path.join(ROOT, 'examples', 'workflows')

/** Text for a markdown table cell or paragraph: code spans kept, everything else literal. */
const inline = text =>
  text
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/\|/g, '\\|')
        : part.replace(/[\\*_<>|[\]]/g, c => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    )
    .join('')

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`)
  ].join('\n')

const renderInputs = meta =>
  table(
    ['input', 'default', 'description'],
    Object.entries(meta.inputs ?? {}).map(([name, input]) => [
      `\`${name}\``,
      input.default === undefined || input.default === '' ? '' : inline(`\`${input.default}\``),
      inline(input.description ?? '')
    ])
  )

const renderOutputs = meta =>
  table(
    ['output', 'description'],
    Object.entries(meta.outputs ?? {}).map(([name, output]) => [
      `\`${name}\``,
      inline(output.description ?? '')
    ])
  )

/** What each rule target looks at, in the registry's order of first appearance. */
const TARGETS = {
  policy: 'The policy file (`check`, `policy`, and what `verify` fetches)',
  record: 'The `_mta-sts` TXT record',
  tlsrpt: 'The `_smtp._tls` TLS-RPT record',
  repo: "The repository's layout (`check`)",
  gate: 'The id gate (`check --base`, the action on pull requests and pushes)',
  live: 'What is deployed (`verify`, `check --verify`, the action with `verify: true`)'
}

const renderRules = metas => {
  const targets = [...new Set(metas.map(m => m.target))]
  return targets
    .map(target => {
      const rows = metas
        .filter(m => m.target === target)
        .map(m => [`[\`${m.id}\`](docs/rules/${m.id}.md)`, m.severity, inline(m.description)])
      return `**${TARGETS[target] ?? `\`${target}\``}**\n\n${table(['rule', 'default', 'reports'], rows)}`
    })
    .join('\n\n')
}

/** Names standing for any key, by the definition their names must match. */
const PLACEHOLDERS = { domainName: '<domain>', ruleId: '<rule-id>' }
const EXAMPLE_NAMES = { '<domain>': 'example.com', '<rule-id>': 'policy-max-age-short' }

/** Every key of the config schema, depth first: its dotted path and its (resolved) schema. */
const schemaKeys = schema => {
  const deref = node => {
    const name = node?.$ref?.replace('#/definitions/', '')
    if (name === undefined) return { node, ref: undefined }
    return { node: { ...schema.definitions[name], ...node }, ref: schema.definitions[name] }
  }
  const out = []
  const walk = (node, prefix) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const keyPath = [...prefix, key]
      const { node: resolved, ref } = deref(child)
      out.push({ path: keyPath, schema: resolved, ref })
      walk(resolved, keyPath)
    }
    if (typeof node.additionalProperties === 'object') {
      const name = node.propertyNames?.$ref?.replace('#/definitions/', '')
      const keyPath = [...prefix, PLACEHOLDERS[name] ?? '<key>']
      const { node: resolved, ref } = deref(node.additionalProperties)
      out.push({ path: keyPath, schema: resolved, ref, name: schema.definitions[name] })
      walk(resolved, keyPath)
    }
  }
  walk(schema, [])
  return out
}

const typeOf = s => {
  if (s.enum !== undefined) return s.enum.map(v => `\`${v}\``).join(', ')
  const types = [s.type ?? []].flat().filter(t => t !== 'null')
  const words = { object: 'a mapping', string: 'a string', integer: 'a whole number' }
  const list = types.map(t => (t === 'array' ? 'a list' : (words[t] ?? t)))
  const range =
    s.minimum !== undefined && s.maximum !== undefined ? ` from ${s.minimum} to ${s.maximum}` : ''
  return `${list.join(' or ')}${range}`
}

/** The YAML of an example value at a key's place in the file. */
const exampleAt = (keyPath, value) => {
  let doc = value
  for (const key of [...keyPath].reverse()) doc = { [EXAMPLE_NAMES[key] ?? key]: doc }
  return stringifyYaml(doc).trimEnd()
}

const renderConfigKeys = schema =>
  schemaKeys(schema)
    .map(({ path: keyPath, schema: s, ref, name }) => {
      const parts = [`### \`${keyPath.join('.')}\``, inline(s.description ?? '')]
      if (name?.description !== undefined) parts.push(`The name: ${inline(name.description)}`)
      if (ref?.description !== undefined && ref.description !== s.description) {
        parts.push(inline(ref.description))
      }
      parts.push(`Value: ${typeOf(s)}.`)
      for (const example of s.examples ?? []) {
        parts.push(`\`\`\`yaml\n${exampleAt(keyPath, example)}\n\`\`\``)
      }
      return parts.join('\n\n')
    })
    .join('\n\n')

/** Replaces what stands between the `name` markers of `text` with `body`. */
const fill = (text, name, body, file) => {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
    throw new Error(`${file}: needs one "${start}" followed by one "${end}"`)
  }
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`
}

/** The example workflows, by file name. */
const workflows = () =>
  readdirSync(WORKFLOWS)
    .filter(f => f.endsWith('.yml'))
    .sort()
    .map(file => ({ file, text: readFileSync(path.join(WORKFLOWS, file), 'utf8') }))

const format = async (text, file) =>
  prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file })

/** The README as generated from `text`, and docs/config.md from `configText`. */
export const generate = async ({ readme, configDoc, rules }) => {
  const meta = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const schema = JSON.parse(
    readFileSync(path.join(ROOT, 'src', 'repo', 'config-schema.json'), 'utf8')
  )
  let text = readme.text
  text = fill(text, 'inputs', renderInputs(meta), readme.name)
  text = fill(text, 'outputs', renderOutputs(meta), readme.name)
  text = fill(text, 'rules', renderRules(rules), readme.name)
  for (const w of workflows()) {
    text = fill(text, `example:${w.file}`, `\`\`\`yaml\n${w.text}\`\`\``, readme.name)
  }
  const config = fill(configDoc.text, 'keys', renderConfigKeys(schema), configDoc.name)
  return {
    readme: await format(text, path.join(ROOT, 'README.md')),
    configDoc: await format(config, path.join(ROOT, 'docs', 'config.md'))
  }
}

const option = name => {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : path.resolve(process.argv[i + 1])
}

const main = async () => {
  register(pathToFileURL(path.join(ROOT, 'scripts', 'ts-hooks.mjs')))
  const { RULES } = await import(pathToFileURL(path.join(ROOT, 'src', 'rules', 'registry.ts')))
  const files = {
    readme: option('--readme') ?? path.join(ROOT, 'README.md'),
    configDoc: option('--config-doc') ?? path.join(ROOT, 'docs', 'config.md')
  }
  const read = file => ({ name: path.relative(ROOT, file), text: readFileSync(file, 'utf8') })
  const have = { readme: read(files.readme), configDoc: read(files.configDoc) }
  const want = await generate({ ...have, rules: RULES.map(r => r.meta) })
  const stale = Object.keys(files).filter(k => want[k] !== have[k].text)
  if (process.argv.includes('--check')) {
    for (const k of stale) {
      console.error(`${have[k].name} is not what \`npm run readme\` writes: run it and commit`)
    }
    process.exitCode = stale.length > 0 ? 1 : 0
    return
  }
  for (const k of stale) {
    writeFileSync(files[k], want[k])
    console.log(`wrote ${have[k].name}`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch(e => {
    console.error(`readme: ${e.message}`)
    process.exitCode = 2
  })
}
