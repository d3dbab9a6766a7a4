/** The drift state on disk: read, validated, written atomically; a bad file is left alone. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CheckError } from '../../src/check-error.js'
import { compareDrift, emptyState } from '../../src/verify/drift.js'
import { readStateFile, writeStateFile } from '../../src/verify/state-file.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-state-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sample = () =>
  compareDrift(
    emptyState(),
    [
      {
        domain: 'example.com',
        live: {
          id: 'X',
          policy: {
            version: 'STSv1',
            mode: 'testing',
            max_age: 86400,
            mx: ['mx.example.com'],
            extensions: {}
          },
          url: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
          elapsedMs: 1
        }
      }
    ],
    new Date('2025-01-01T00:00:00Z')
  ).state

describe('state file', () => {
  it('no file yet is an empty state', async () => {
    expect(await readStateFile(path.join(dir, 'none.json'))).toEqual(emptyState())
  })

  it('round-trips, making its folder, leaving no temporary file', async () => {
    const file = path.join(dir, 'sub', 'folder', 'state.json')
    await writeStateFile(file, sample())
    expect(await readStateFile(file)).toEqual(sample())
    expect(readdirSync(path.dirname(file))).toEqual(['state.json'])
    const text = readFileSync(file, 'utf8')
    expect(JSON.parse(text)).toMatchObject({ version: 1, tool: 'mta-sts-lint' })
    expect(text.endsWith('\n')).toBe(true)
  })

  it('writes through a temporary file in the same folder, renamed over the old one', async () => {
    const file = path.join(dir, 'atomic.json')
    writeFileSync(file, JSON.stringify(emptyState()))
    await writeStateFile(file, sample())
    expect(readdirSync(dir).filter(f => f.includes('atomic'))).toEqual(['atomic.json'])
    expect(await readStateFile(file)).toEqual(sample())
  })

  it('a write that fails leaves no temporary file behind', async () => {
    // A non-empty folder where the file should be: the rename fails.
    const blocked = path.join(dir, 'blocked')
    mkdirSync(path.join(blocked, 'state.json', 'x'), { recursive: true })
    await expect(writeStateFile(path.join(blocked, 'state.json'), sample())).rejects.toThrow(
      /^state file .*state\.json: cannot be written/
    )
    expect(readdirSync(blocked)).toEqual(['state.json'])
  })

  it.each([
    ['corrupt', '{"version": 1, "tool": "mta-sts-lint", "domains": {', /not JSON/],
    ['empty', '', /not JSON/],
    ['foreign JSON', '{"name": "package", "version": "1.0.0"}', /not an mta-sts-lint state file/],
    ['a JSON list', '[1, 2]', /not an mta-sts-lint state file/],
    [
      'a newer version',
      '{"version": 2, "tool": "mta-sts-lint", "domains": {}}',
      /version 2 is newer than this mta-sts-lint reads \(1\)/
    ],
    [
      'no version',
      '{"tool": "mta-sts-lint", "domains": {}}',
      /version undefined is not a version number/
    ],
    ['no domains', '{"version": 1, "tool": "mta-sts-lint"}', /no "domains" object/],
    [
      'a broken entry',
      '{"version": 1, "tool": "mta-sts-lint", "domains": {"example.com": {"id": 5, "digestsUnderId": [], "history": []}}}',
      /its entry for example.com: id is not a string/
    ]
  ])('%s: an error naming the file, one line; the file untouched', async (_name, text, why) => {
    const file = path.join(dir, `bad-${_name.replace(/\W+/g, '-')}.json`)
    writeFileSync(file, text)
    const err = await readStateFile(file).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(CheckError)
    const message = (err as Error).message
    expect(message).toMatch(why)
    expect(message.startsWith(`state file ${file}: `)).toBe(true)
    expect(message).not.toContain('\n')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})
