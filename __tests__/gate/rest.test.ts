/**
 * The REST fallback against a local HTTP server standing in for the GitHub API: no real network.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SourceError } from '../../src/gate/ports.js'
import { restBaseSource, type RestOptions } from '../../src/gate/rest.js'

const SHA = 'c0ffee'.padEnd(40, '0')
const POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'
/** Bytes a text decoder would mangle: a BOM, invalid UTF-8, a bare CR. */
const RAW = new Uint8Array([0xef, 0xbb, 0xbf, 0x6d, 0xff, 0x0d, 0x0a])
const BIG = 'x'.repeat(100)

interface Seen {
  method: string
  path: string
  ref: string | null
  auth: string | undefined
}
const seen: Seen[] = []
let server: Server
let apiUrl: string

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

const file = (path: string, bytes: Uint8Array | string) => ({
  type: 'file',
  encoding: 'base64',
  path,
  sha: 'b'.repeat(40),
  // GitHub wraps base64 at 60 characters.
  content: Buffer.from(bytes)
    .toString('base64')
    .replace(/(.{60})/g, '$1\n')
})

const handle = (req: IncomingMessage, res: ServerResponse): void => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const path = decodeURIComponent(url.pathname)
  seen.push({
    method: req.method ?? '',
    path,
    ref: url.searchParams.get('ref'),
    auth: req.headers.authorization
  })
  const contents = '/repos/acme/dns/contents/'
  if (path.startsWith(contents)) {
    const p = path.slice(contents.length)
    if (url.searchParams.get('ref') !== SHA) return json(res, 404, { message: 'No commit found' })
    switch (p) {
      case 'site/.well-known/mta-sts.txt':
        return json(res, 200, file(p, POLICY))
      case 'raw.txt':
        return json(res, 200, file(p, RAW))
      case 'site':
        return json(res, 200, [{ type: 'dir', path: 'site/.well-known' }])
      case 'link':
        return json(res, 200, { type: 'symlink', target: 'x', path: p })
      case 'big.zone':
        // Over 1 MB the API sends no content; the blob has it.
        return json(res, 200, { type: 'file', encoding: 'none', content: '', sha: 'f'.repeat(40) })
      case 'secret':
        return json(res, 403, { message: 'Resource not accessible by integration' })
      case 'broken':
        return json(res, 500, { message: 'Server Error' })
      case 'slow':
        return // never answers
      default:
        return json(res, 404, { message: 'Not Found' })
    }
  }
  if (path === `/repos/acme/dns/git/blobs/${'f'.repeat(40)}`) {
    return json(res, 200, { encoding: 'base64', content: Buffer.from(BIG).toString('base64') })
  }
  if (path === `/repos/acme/dns/git/trees/${SHA}`) {
    return json(res, 200, {
      sha: SHA,
      truncated: url.searchParams.get('recursive') !== 'true',
      tree: [
        { path: 'site', type: 'tree' },
        { path: 'site/.well-known/mta-sts.txt', type: 'blob' },
        { path: 'site/CNAME', type: 'blob' },
        { path: 'README.md', type: 'blob' }
      ]
    })
  }
  json(res, 404, { message: 'Not Found' })
}

beforeAll(async () => {
  server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const source = (over: Partial<RestOptions> = {}) =>
  restBaseSource({ owner: 'acme', repo: 'dns', sha: SHA, token: 'tok123', apiUrl, ...over })

const rejection = async (p: Promise<unknown>): Promise<SourceError> => {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError)
    return e as SourceError
  }
  throw new Error('expected a rejection')
}

describe('restBaseSource', () => {
  it('reads a file at the base with repos.getContent, sending the token and the ref', async () => {
    seen.length = 0
    const src = source()
    expect(src.name).toBe('REST API (c0ffee0)')
    const bytes = await src.read('site/.well-known/mta-sts.txt')
    expect(new TextDecoder().decode(bytes ?? new Uint8Array())).toBe(POLICY)
    expect(seen).toEqual([
      {
        method: 'GET',
        path: '/repos/acme/dns/contents/site/.well-known/mta-sts.txt',
        ref: SHA,
        auth: 'token tok123'
      }
    ])
  })

  it('keeps the bytes exactly (BOM, invalid UTF-8, CR)', async () => {
    expect(await source().read('raw.txt')).toEqual(RAW)
  })

  it('gives null for a missing file, a folder and a link', async () => {
    const src = source()
    expect(await src.read('nope.txt')).toBeNull()
    expect(await src.read('site')).toBeNull()
    expect(await src.read('link')).toBeNull()
    expect(await src.read('../escape')).toBeNull()
  })

  it('reads a file over 1 MB through its blob', async () => {
    expect(new TextDecoder().decode((await source().read('big.zone')) ?? undefined)).toBe(BIG)
  })

  it('puts the root prefix before paths', async () => {
    seen.length = 0
    const src = source({ pathPrefix: 'site/' })
    expect(await src.read('.well-known/mta-sts.txt')).not.toBeNull()
    expect(seen[0].path).toBe('/repos/acme/dns/contents/site/.well-known/mta-sts.txt')
    expect(await src.list()).toEqual(['.well-known/mta-sts.txt', 'CNAME'])
  })

  it('lists the base tree', async () => {
    expect(await source().list()).toEqual([
      'README.md',
      'site/.well-known/mta-sts.txt',
      'site/CNAME'
    ])
  })

  it('turns refusals, server errors and silence into typed errors', async () => {
    const src = source({ timeoutMs: 500 })
    const refused = await rejection(src.read('secret'))
    expect(refused.code).toBe('auth')
    expect(refused.message).toContain('HTTP 403')
    expect(refused.message).toContain('contents: read')
    const broken = await rejection(src.read('broken'))
    expect(broken.code).toBe('failed')
    expect(broken.message).toContain('500')
    const slow = await rejection(src.read('slow'))
    expect(slow.code).toBe('timeout')
  })

  it('a base the API does not know reads as absent files (404)', async () => {
    expect(await source({ sha: 'd'.repeat(40) }).read('site/.well-known/mta-sts.txt')).toBeNull()
  })

  it('an API that is not there: a typed error', async () => {
    const src = source({ apiUrl: 'http://127.0.0.1:1', timeoutMs: 2000 })
    const e = await rejection(src.read('site/.well-known/mta-sts.txt'))
    expect(e.code).toMatch(/failed|timeout/)
  })
})
