import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeFolders } from '../src/make-folders.js'

let work: string
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-folders-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('makeFolders', () => {
  it('creates a folder and every missing parent', async () => {
    const dir = path.join(work, 'a', 'b', 'c')
    await makeFolders(dir)
    expect(statSync(dir).isDirectory()).toBe(true)
  })

  it('does nothing to a folder that exists, nor to relative paths resolved from the cwd', async () => {
    await makeFolders(work)
    await makeFolders(path.relative(process.cwd(), path.join(work, 'x')))
    expect(statSync(path.join(work, 'x')).isDirectory()).toBe(true)
  })

  it('fails with ENOTDIR when a file is in the way, at the path or above it', async () => {
    writeFileSync(path.join(work, 'taken'), 'a file')
    await expect(makeFolders(path.join(work, 'taken'))).rejects.toMatchObject({ code: 'ENOTDIR' })
    await expect(makeFolders(path.join(work, 'taken', 'sub'))).rejects.toMatchObject({
      code: 'ENOTDIR'
    })
    expect(existsSync(path.join(work, 'taken', 'sub'))).toBe(false)
  })

  it('lets two writers make the same folders at once', async () => {
    const dir = path.join(work, 'shards', 'reports')
    await Promise.all([makeFolders(dir), makeFolders(dir), makeFolders(path.join(dir, 'x'))])
    expect(statSync(path.join(dir, 'x')).isDirectory()).toBe(true)
  })
})

// Only where there is a /proc (Linux), as on the runners and CI.
const onLinux = existsSync('/proc/self') ? describe : describe.skip
onLinux('makeFolders under /proc', () => {
  it('fails at once, where a recursive mkdir loops for ever', async () => {
    await expect(makeFolders('/proc/self/nope/deeper')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
