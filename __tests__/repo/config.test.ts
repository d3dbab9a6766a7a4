/**
 * The config file: where it is found, what it may hold, and that every error names the key and
 * its line:column. Loader cases use real temporary folders.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CONFIG_FILES,
  ConfigError,
  DOMAIN_KEYS,
  NUMBER_RANGES,
  MAX_CONFIG_BYTES,
  ROOT_KEYS,
  VERIFY_KEYS,
  loadConfig,
  loadConfigSchema,
  parseConfig,
  type Config
} from '../../src/repo/config.js'
import { didYouMean } from '../../src/did-you-mean.js'
import { validDomain } from '../../src/domain-name.js'

const RULE_IDS = ['policy-mode', 'policy-max-age', 'policy-max-age-short', 'pages-jekyll']

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`

/** The error message parseConfig throws for a text, or "ok". */
const errorOf = async (text: string): Promise<string> => {
  try {
    await parseConfig(text, '.mta-sts.yml', RULE_IDS)
    return 'ok'
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
}

const REPO = fileURLToPath(new URL('../..', import.meta.url))

describe('parseConfig: valid files', () => {
  it('reads the example of the design, with typed values', async () => {
    const { config, file } = await parseConfig(
      lines(
        'domains:',
        '  example.com:',
        '    policy: site/.well-known/mta-sts.txt',
        '    record: dns/example.com.zone      # format detected',
        '    mx: [mail.example.com]',
        '  example.net:',
        '    policy: ./site//.well-known/mta-sts.txt',
        '    id: 20250701T150000Z',
        'rules:',
        '  policy-max-age-short: off',
        'history-depth: 500',
        'verify:',
        '  cert-expiry-days: 21',
        '  concurrency: 64'
      ),
      '.mta-sts.yml',
      RULE_IDS
    )
    expect(file).toBe('.mta-sts.yml')
    expect(config).toEqual({
      domains: {
        'example.com': {
          policy: 'site/.well-known/mta-sts.txt',
          record: 'dns/example.com.zone',
          mx: ['mail.example.com']
        },
        'example.net': { policy: 'site/.well-known/mta-sts.txt', id: '20250701T150000Z' }
      },
      rules: { 'policy-max-age-short': 'off' },
      historyDepth: 500,
      certExpiryDays: 21,
      concurrency: 64
    })
  })

  it.each<[string, string, Config]>([
    ['an empty file', '', { domains: {}, rules: {} }],
    ['only comments', '# nothing yet\n', { domains: {}, rules: {} }],
    ['empty sections', 'domains:\nrules:\n', { domains: {}, rules: {} }],
    [
      'a domain with no keys, in capitals, with a trailing dot',
      'domains:\n  Example.COM.:\n',
      { domains: { 'example.com': {} }, rules: {} }
    ],
    [
      'an internationalized domain becomes its A-label',
      'domains:\n  bücher.example: {}\n',
      { domains: { 'xn--bcher-kva.example': {} }, rules: {} }
    ],
    [
      'ids YAML reads as numbers keep their text',
      'domains:\n  a.example:\n    id: 0123\n  b.example:\n    id: 20241119001\n  c.example:\n    id: 1e5\n',
      {
        domains: {
          'a.example': { id: '0123' },
          'b.example': { id: '20241119001' },
          'c.example': { id: '1e5' }
        },
        rules: {}
      }
    ],
    [
      'mx as one host, hosts normalized and deduplicated',
      'domains:\n  example.com:\n    mx: Mail.Example.com.\n  example.org:\n    mx:\n      - a.example.org\n      - A.example.org.\n',
      {
        domains: {
          'example.com': { mx: ['mail.example.com'] },
          'example.org': { mx: ['a.example.org'] }
        },
        rules: {}
      }
    ],
    [
      'tlsrpt as a record or as a path',
      'domains:\n  a.example:\n    tlsrpt: "v=TLSRPTv1; rua=mailto:tls@a.example"\n  b.example:\n    tlsrpt: dns/tlsrpt.txt\n',
      {
        domains: {
          'a.example': { tlsrpt: { record: 'v=TLSRPTv1; rua=mailto:tls@a.example' } },
          'b.example': { tlsrpt: { file: 'dns/tlsrpt.txt' } }
        },
        rules: {}
      }
    ],
    [
      'a BOM, CRLF and a $schema key',
      '\uFEFF$schema: https://example.com/s.json\r\nrules:\r\n  pages-jekyll: warning\r\n',
      { domains: {}, rules: { 'pages-jekyll': 'warning' } }
    ]
  ])('%s', async (_, text, want) => {
    expect((await parseConfig(text, '.mta-sts.yml', RULE_IDS)).config).toEqual(want)
  })
})

describe('parseConfig: errors name the key and its line:column', () => {
  it.each([
    [
      'a misspelt domain key',
      lines('domains:', '  example.com:', '    polcy: site/.well-known/mta-sts.txt'),
      '.mta-sts.yml:3:5: domains.example.com.polcy is not a known key (did you mean "policy"?)'
    ],
    [
      'an unknown key with no look-alike',
      lines('domains:', '  example.com:', '    colour: blue'),
      '.mta-sts.yml:3:5: domains.example.com.colour is not a known key (known keys: policy, record, id, mx, tlsrpt)'
    ],
    [
      'a misspelt top-level key',
      lines('domain:', '  example.com: {}'),
      '.mta-sts.yml:1:1: domain is not a known key (did you mean "domains"?)'
    ],
    [
      'a kebab key written with underscores',
      lines('history_depth: 3'),
      '.mta-sts.yml:1:1: history_depth is not a known key (did you mean "history-depth"?)'
    ],
    [
      'a verify key that does not exist, with a hint',
      lines('verify:', '  cert-expiry-day: 21'),
      '.mta-sts.yml:2:3: verify.cert-expiry-day is not a known key (did you mean "cert-expiry-days"?)'
    ],
    [
      'a verify concurrency out of range',
      lines('verify:', '  concurrency: 0'),
      '.mta-sts.yml:2:16: verify.concurrency must be between 1 and 256; found 0'
    ],
    [
      "a certificate expiry beyond ten years (its own bounds, not another key's)",
      lines('verify:', '  cert-expiry-days: 5000'),
      '.mta-sts.yml:2:21: verify.cert-expiry-days must be between 0 and 3650; found 5000'
    ],
    [
      'a path that leaves the root',
      lines('domains:', '  example.com:', '    policy: ../site/mta-sts.txt'),
      '.mta-sts.yml:3:13: domains.example.com.policy must be a path inside the repository, relative to the root: "../site/mta-sts.txt" leaves the root with ".."'
    ],
    [
      'an absolute path',
      lines('domains:', '  example.com:', '    record: /etc/bind/example.com.zone'),
      '.mta-sts.yml:3:13: domains.example.com.record must be a path inside the repository, relative to the root: "/etc/bind/example.com.zone" is absolute'
    ],
    [
      'a Windows path',
      lines('domains:', '  example.com:', '    policy: C:\\site\\mta-sts.txt'),
      '.mta-sts.yml:3:13: domains.example.com.policy must be a path inside the repository, relative to the root: "C:\\\\site\\\\mta-sts.txt" is a Windows path'
    ],
    [
      'a tlsrpt path that leaves the root',
      lines('domains:', '  example.com:', '    tlsrpt: ../tlsrpt.txt'),
      '.mta-sts.yml:3:13: domains.example.com.tlsrpt must be a path inside the repository, relative to the root: "../tlsrpt.txt" leaves the root with ".." (or give the record itself: "v=TLSRPTv1; rua=mailto:…")'
    ],
    [
      'an id with dashes',
      lines('domains:', '  example.com:', '    id: 2025-07-01'),
      '.mta-sts.yml:3:9: domains.example.com.id must be 1 to 32 letters and digits (RFC 8461 3.1); found "2025-07-01" (only letters and digits: write "20250701")'
    ],
    [
      'an id that is a SHA-1',
      lines('domains:', '  example.com:', '    id: 356a192b7913b04c54574d18c28d46e6395428ab'),
      '.mta-sts.yml:3:9: domains.example.com.id must be 1 to 32 letters and digits (RFC 8461 3.1); found "356a192b7913b04c54574d18c28d46e6395428ab" (40 characters: a hash this long does not fit; use a date such as 20250701T150000Z)'
    ],
    [
      'both id and record',
      lines('domains:', '  example.com:', '    id: 1', '    record: dns/zone'),
      '.mta-sts.yml:4:5: domains.example.com.record: give either id or record, not both (id is set on line 3); the id is kept in one place'
    ],
    [
      'a wildcard mx',
      lines('domains:', '  example.com:', '    mx: [mail.example.com, "*.example.com"]'),
      '.mta-sts.yml:3:28: domains.example.com.mx: "*.example.com" is a wildcard: list the MX host names themselves, as the MX records give them'
    ],
    [
      'an address as mx',
      lines('domains:', '  example.com:', '    mx:', '      - 192.0.2.1'),
      '.mta-sts.yml:4:9: domains.example.com.mx: "192.0.2.1" is an address: MX records name hosts'
    ],
    [
      'an empty mx list',
      lines('domains:', '  example.com:', '    mx: []'),
      '.mta-sts.yml:3:9: domains.example.com.mx is an empty list; list the MX hosts, or remove the key'
    ],
    [
      'the policy host instead of the domain',
      lines('domains:', '  mta-sts.example.com:', '    id: 1'),
      '.mta-sts.yml:2:3: domains: "mta-sts.example.com" names the policy host; write the mail domain itself: "example.com:"'
    ],
    [
      'the TXT record name instead of the domain',
      lines('domains:', '  _mta-sts.example.com: {}'),
      '.mta-sts.yml:2:3: domains: "_mta-sts.example.com" names the TXT record; write the mail domain itself: "example.com:"'
    ],
    [
      'settings without a domain',
      lines('domains:', '  policy: site/.well-known/mta-sts.txt'),
      '.mta-sts.yml:2:3: domains: "policy" is not a domain name; put the settings under one: "example.com:", then "policy:" indented below it'
    ],
    [
      'a domain with a space',
      lines('domains:', '  "exa mple.com": {}'),
      '.mta-sts.yml:2:3: domains: "exa mple.com" is not a valid domain name (letters, digits and hyphens in dot-separated labels of at most 63 characters)'
    ],
    [
      'one domain twice in two spellings',
      lines('domains:', '  example.com: {}', '  EXAMPLE.com: {}'),
      '.mta-sts.yml:3:3: domains.EXAMPLE.com is the same domain as "example.com" (line 2); keep one'
    ],
    [
      'a key twice',
      lines('rules:', '  policy-mode: off', '  policy-mode: error'),
      '.mta-sts.yml:3:3: rules.policy-mode is given twice (line 2); keep one'
    ],
    [
      'a rule that does not exist',
      lines('rules:', '  policy-mod: off'),
      '.mta-sts.yml:2:3: rules.policy-mod is not a rule id (did you mean "policy-mode"?)'
    ],
    [
      'a rule id nothing resembles',
      lines('rules:', '  frobnicate: off'),
      '.mta-sts.yml:2:3: rules.frobnicate is not a rule id ("mta-sts-lint rules" lists them)'
    ],
    [
      'a rule id in capitals',
      lines('rules:', '  Policy-Mode: off'),
      '.mta-sts.yml:2:3: rules.Policy-Mode is not a rule id (rule ids are lower case words joined by "-"; "mta-sts-lint rules" lists them)'
    ],
    [
      'a severity in capitals',
      lines('rules:', '  policy-mode: Off'),
      '.mta-sts.yml:2:16: rules.policy-mode must be off, notice, warning or error; found "Off" (values are case-sensitive: write off)'
    ],
    [
      'a severity of false',
      lines('rules:', '  policy-mode: false'),
      '.mta-sts.yml:2:16: rules.policy-mode must be off, notice, warning or error; found false (write off)'
    ],
    [
      'a number out of range',
      lines('history-depth: 0'),
      '.mta-sts.yml:1:16: history-depth must be between 1 and 100000; found 0'
    ],
    [
      'a fraction',
      lines('history-depth: 2.5'),
      '.mta-sts.yml:1:16: history-depth must be a whole number; found 2.5'
    ],
    [
      'domains as a list',
      lines('domains:', '  - example.com'),
      '.mta-sts.yml:2:3: domains must be a mapping of domain names to their settings (example.com: followed by indented keys); found a list'
    ],
    [
      'a domain given a string',
      lines('domains:', '  example.com: site/.well-known/mta-sts.txt'),
      '.mta-sts.yml:2:16: domains.example.com must be a mapping of keys to values; found "site/.well-known/mta-sts.txt"'
    ],
    [
      'a list at the top',
      lines('- x'),
      '.mta-sts.yml:1:1: the config must be a mapping with domains, rules, history-depth and verify; found a list'
    ],
    [
      'YAML syntax',
      lines('rules: [', '  a'),
      '.mta-sts.yml:3:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ],
    [
      'two documents',
      lines('rules: {}', '---', 'rules: {}'),
      '.mta-sts.yml:2:1: the file holds more than one YAML document (a second "---"); keep one'
    ],
    [
      'the first problem in the file is the one reported',
      lines('rules:', '  policy-mode: Off', 'domains:', '  example.com:', '    polcy: x'),
      '.mta-sts.yml:2:16: rules.policy-mode must be off, notice, warning or error; found "Off" (values are case-sensitive: write off)'
    ]
  ])('%s', async (_, text, message) => {
    expect(await errorOf(text)).toBe(message)
  })

  it('messages are one line', async () => {
    expect(await errorOf('a: "\n')).not.toContain('\n')
  })
})

describe('lineOf', () => {
  it('points at keys, list items and domains in any spelling', async () => {
    const { lineOf } = await parseConfig(
      lines(
        'rules:',
        '  pages-jekyll: off',
        'domains:',
        '  Example.COM:',
        '    id: 1',
        '    mx:',
        '      - a.example.com',
        '      - b.example.com'
      ),
      '.mta-sts.yml',
      RULE_IDS
    )
    expect(lineOf(['rules', 'pages-jekyll'])).toEqual({ line: 2, column: 3 })
    expect(lineOf(['domains', 'example.com'])).toEqual({ line: 4, column: 3 })
    expect(lineOf(['domains', 'example.com', 'id'])).toEqual({ line: 5, column: 5 })
    expect(lineOf(['domains', 'EXAMPLE.com.', 'mx', '1'])).toEqual({ line: 8, column: 9 })
    expect(lineOf(['domains', 'example.com', 'policy'])).toBeUndefined()
    expect(lineOf(['domains', 'example.com', 'mx', '2'])).toBeUndefined()
    expect(lineOf(['history-depth'])).toBeUndefined()
    expect(lineOf([])).toBeUndefined()
  })
})

describe('loadConfig on real folders', () => {
  let root: string
  const put = (rel: string, text: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), text)
  }
  const message = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p
      return 'ok'
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      return (e as Error).message
    }
  }
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mta-sts-config-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('without a config file, the config is empty and points nowhere', async () => {
    const loaded = await loadConfig(root, undefined, RULE_IDS)
    expect(loaded.config).toEqual({ domains: {}, rules: {} })
    expect(loaded.file).toBeUndefined()
    expect(loaded.lineOf(['domains'])).toBeUndefined()
  })

  it.each(CONFIG_FILES)('reads %s', async name => {
    put(name, 'rules:\n  policy-mode: warning\n')
    const loaded = await loadConfig(root, undefined, RULE_IDS)
    expect(loaded.file).toBe(name)
    expect(loaded.config.rules).toEqual({ 'policy-mode': 'warning' })
    expect(loaded.lineOf(['rules', 'policy-mode'])).toEqual({ line: 2, column: 3 })
  })

  it('names the file in errors', async () => {
    put('.github/mta-sts.yml', 'domains:\n  example.com:\n    polcy: x\n')
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe(
      '.github/mta-sts.yml:3:5: domains.example.com.polcy is not a known key (did you mean "policy"?)'
    )
  })

  it('refuses two config files', async () => {
    put('.mta-sts.yml', '')
    put('.github/mta-sts.yml', '')
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe(
      '.mta-sts.yml and .github/mta-sts.yml both exist; keep one of them (only one config file is read)'
    )
  })

  it('says to rename a .yaml file rather than ignore it', async () => {
    put('.mta-sts.yaml', 'rules: {}\n')
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe(
      '.mta-sts.yaml: the config file is read only as .mta-sts.yml or .github/mta-sts.yml; rename it (or pass --config .mta-sts.yaml)'
    )
  })

  it('reads an explicit path (relative to the working directory), even a .yaml', async () => {
    put('conf/lint.yaml', 'domains:\n  example.com:\n    policy: site/.well-known/mta-sts.txt\n')
    put('.mta-sts.yml', 'rules:\n  nope: off\n')
    const loaded = await loadConfig(
      root,
      path.relative(process.cwd(), path.join(root, 'conf/lint.yaml')),
      RULE_IDS
    )
    expect(loaded.file).toBe('conf/lint.yaml')
    expect(loaded.config.domains).toEqual({
      'example.com': { policy: 'site/.well-known/mta-sts.txt' }
    })
  })

  it('an explicit config outside the root is named relative to it', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'mta-sts-config-other-'))
    try {
      writeFileSync(path.join(other, 'c.yml'), 'rules:\n  nope: off\n')
      const rel = path.relative(root, path.join(other, 'c.yml')).split(path.sep).join('/')
      expect(await message(loadConfig(root, path.join(other, 'c.yml'), RULE_IDS))).toBe(
        `${rel}:2:3: rules.nope is not a rule id ("mta-sts-lint rules" lists them)`
      )
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('a missing explicit config is an error', async () => {
    const missing = path.join(root, 'nope.yml')
    expect(await message(loadConfig(root, missing, RULE_IDS))).toBe(
      `${missing}: config file not found`
    )
  })

  it('a configured policy that does not exist is not a config error', async () => {
    put('.mta-sts.yml', 'domains:\n  example.com:\n    policy: gone/.well-known/mta-sts.txt\n')
    const loaded = await loadConfig(root, undefined, RULE_IDS)
    expect(loaded.config.domains['example.com'].policy).toBe('gone/.well-known/mta-sts.txt')
  })

  it.each([
    [
      'a missing record file',
      lines('domains:', '  example.com:', '    record: dns/example.zone'),
      []
    ],
    [
      'a record path that is a folder',
      lines('domains:', '  example.com:', '    record: dns'),
      ['dns/example.com.zone']
    ],
    [
      'a record file under a file',
      lines('domains:', '  example.com:', '    record: dns/example.com.zone/x'),
      ['dns/example.com.zone']
    ]
  ])('%s is a config error naming the key and its line', async (_, text, files) => {
    put('.mta-sts.yml', text)
    for (const f of files) put(f, '')
    const got = await message(loadConfig(root, undefined, RULE_IDS))
    expect(got).toMatch(
      /^\.mta-sts\.yml:3:5: domains\.example\.com\.record names "dns[^"]*", which /
    )
    expect(got).toContain(`(paths are relative to the root, ${root})`)
    expect(got).not.toContain('\n')
  })

  it('a record file that exists, or a record kept in a policy that is gone, is no error', async () => {
    put('dns/example.com.zone', '')
    put(
      '.mta-sts.yml',
      lines(
        'domains:',
        '  example.com:',
        '    record: dns/example.com.zone',
        '  example.net:',
        '    policy: gone/.well-known/mta-sts.txt',
        '    record: gone/.well-known/mta-sts.txt',
        '  example.org:',
        '    record: old/.well-known/mta-sts.txt'
      )
    )
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe('ok')
  })

  it('refuses a file that is not UTF-8, or too large', async () => {
    put('.mta-sts.yml', Buffer.from([0x72, 0x75, 0xff, 0x0a]))
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe(
      '.mta-sts.yml: the config file is not UTF-8 text'
    )
    put('.mta-sts.yml', `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)
    expect(await message(loadConfig(root, undefined, RULE_IDS))).toBe(
      `.mta-sts.yml: the config file is over ${MAX_CONFIG_BYTES} bytes`
    )
  })
})

describe('the schema', () => {
  interface SchemaNode {
    description?: string
    properties?: Record<string, SchemaNode>
    definitions?: Record<string, SchemaNode>
    additionalProperties?: SchemaNode | boolean
    $id?: string
    $schema?: string
    minimum?: number
    maximum?: number
  }

  it('is a draft-07 schema with an $id, for editors', async () => {
    const schema = (await loadConfigSchema()) as SchemaNode
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$id).toMatch(/^https:\/\/.+\/config-schema\.json$/)
  })

  it('describes every key and definition', async () => {
    const schema = (await loadConfigSchema()) as SchemaNode
    const missing: string[] = []
    const walk = (node: SchemaNode, at: string): void => {
      if (node.description === undefined && !('$ref' in node)) missing.push(at)
      for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, `${at}.${k}`)
      for (const [k, v] of Object.entries(node.definitions ?? {})) walk(v, `${at}#${k}`)
    }
    walk(schema, '')
    expect(missing).toEqual([])
  })

  it('is what runs validate with: the committed validator is generated from it', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(REPO, 'scripts', 'generate-config-validator.mjs'), '--check'],
      { encoding: 'utf8', timeout: 30_000 }
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('applies minLength with the inlined length count (code points, as ajv counts)', async () => {
    const { validate } = await import('../../src/repo/config-validate.generated.js')
    const tlsrpt = (v: string) => ({ domains: { 'example.com': { tlsrpt: v } } })
    expect(validate(tlsrpt(''))).toBe(false)
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'minLength', params: { limit: 1 } })
    expect(validate(tlsrpt('\ud83d\ude00'))).toBe(true)
    expect(validate(tlsrpt('v=TLSRPTv1; rua=mailto:a@example.com'))).toBe(true)
  })

  it('holds the keys the messages suggest', async () => {
    const schema = (await loadConfigSchema()) as SchemaNode
    const props = schema.properties ?? {}
    expect(Object.keys(props).filter(k => k !== '$schema')).toEqual([...ROOT_KEYS])
    expect(Object.keys(schema.definitions?.domain.properties ?? {})).toEqual([...DOMAIN_KEYS])
    expect(Object.keys(props.verify.properties ?? {})).toEqual([...VERIFY_KEYS])
    // Every bounded number, with the bounds its message names.
    const ranges: Record<string, [number, number]> = {}
    const walk = (node: SchemaNode, at: string[]): void => {
      if (node.minimum !== undefined && node.maximum !== undefined) {
        ranges[at.join('.')] = [node.minimum, node.maximum]
      }
      for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, [...at, k])
    }
    walk(schema, [])
    expect(ranges).toEqual(NUMBER_RANGES)
  })
})

describe('helpers', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM.', 'example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['com', undefined],
    ['a_b.example', undefined],
    ['-a.example', undefined],
    ['192.0.2.1', undefined],
    [`${'a'.repeat(64)}.example`, undefined],
    ['*.example.com', undefined]
  ])('validDomain(%j) is %j', (name, want) => {
    expect(validDomain(name)).toBe(want)
  })

  it.each([
    ['polcy', ['policy', 'record'], 'policy'],
    ['Policy', ['policy'], 'policy'],
    ['cert_expiry_days', ['cert-expiry-days'], 'cert-expiry-days'],
    ['zzz', ['policy'], undefined]
  ])('didYouMean(%j) is %j', (name, known, want) => {
    expect(didYouMean(name, known)).toBe(want)
  })
})

describe('hostile YAML', () => {
  it('an alias bomb is refused, not expanded', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'
    ].join('\n')
    expect(await errorOf(bomb)).toMatch(/^\.mta-sts\.yml:1:1: not usable YAML: /)
  })
})
