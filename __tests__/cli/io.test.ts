/** The CLI's real I/O (nodeIO) on real files in a temporary folder. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MAX_INPUT_BYTES, nodeIO } from '../../src/cli/io.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-io-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nodeIO', () => {
  const io = nodeIO()

  it('writes a file and reads back its bytes', async () => {
    const file = path.join(dir, 'policy.txt')
    await io.writeFile(file, 'version: STSv1\n')
    expect(Buffer.from(await io.readFile(file)).toString()).toBe('version: STSv1\n')
  })

  it('creates the missing folders of a file it writes, and says what exists', async () => {
    const file = path.join(dir, 'a', 'b', 'report.json')
    await expect(io.exists(file)).resolves.toBe(false)
    await io.writeFile(file, '{}\n')
    expect(Buffer.from(await io.readFile(file)).toString()).toBe('{}\n')
    await expect(io.exists(file)).resolves.toBe(true)
    await expect(io.exists(path.join(dir, 'a'))).resolves.toBe(true)
  })

  it('refuses a directory as a file, with the code the CLI turns into words', async () => {
    await expect(io.readFile(dir)).rejects.toMatchObject({ code: 'EISDIR' })
    await expect(io.isDirectory(dir)).resolves.toBe(true)
    await expect(io.isDirectory(path.join(dir, 'policy.txt'))).resolves.toBe(false)
  })

  it('passes a missing file on as ENOENT', async () => {
    await expect(io.readFile(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('does not read a file too large to be a policy (a sparse file: no disk used)', async () => {
    const big = path.join(dir, 'big')
    writeFileSync(big, '')
    truncateSync(big, MAX_INPUT_BYTES + 1)
    await expect(io.readFile(big)).rejects.toThrow(/too large to be a policy/)
  })

  it('takes the process environment, working directory and terminal state', () => {
    expect(io.cwd).toBe(process.cwd())
    expect(io.env).toBe(process.env)
    expect(typeof io.stdoutIsTTY).toBe('boolean')
  })
})
