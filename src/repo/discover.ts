/**
 * Zero-configuration discovery of committed policies: every `.well-known/mta-sts.txt` below the
 * root and a root `mta-sts.txt`, and the domain each one serves when the layout says it.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Folders that never hold a site's sources. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', '.cache', 'bower_components'])
/** Bounds a walk over a huge tree. */
const MAX_ENTRIES = 200_000

export interface DiscoveredPolicy {
  /** Path relative to the root, with `/`. */
  file: string
  domain?: string
  /** How the domain was found: `CNAME` file or folder name. */
  domainSource?: string
}

const MTA_STS_HOST = /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i

/** `mta-sts.example.com` (as in a CNAME file or a folder name) gives `example.com`. */
export const domainFromHost = (host: string): string | undefined =>
  MTA_STS_HOST.exec(host.trim().replace(/\.$/, ''))?.[1]?.toLowerCase()

export const discoverPolicies = async (root: string): Promise<DiscoveredPolicy[]> => {
  const found: string[] = []
  let seen = 0
  const walk = async (rel: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return
      const child = rel === '' ? e.name : `${rel}/${e.name}`
      // Symbolic links are not followed: they could lead out of the repository.
      if (e.isDirectory() && !SKIP.has(e.name)) await walk(child)
      else if (
        e.isFile() &&
        e.name === 'mta-sts.txt' &&
        (rel === '' || path.posix.basename(rel) === '.well-known')
      )
        found.push(child)
    }
  }
  await walk('')
  const out: DiscoveredPolicy[] = []
  for (const file of found) {
    const site = path.posix.dirname(path.posix.dirname(file))
    const entry: DiscoveredPolicy = { file }
    const cname = await readCname(root, file === 'mta-sts.txt' ? '' : site === '.' ? '' : site)
    if (cname !== undefined) {
      entry.domain = cname
      entry.domainSource = 'CNAME'
    } else {
      const folders = [...file.split('/').slice(0, -1), path.basename(path.resolve(root))]
      for (const f of folders) {
        const d = domainFromHost(f)
        if (d !== undefined) {
          entry.domain = d
          entry.domainSource = `folder ${f}`
          break
        }
      }
    }
    out.push(entry)
  }
  return out
}

const readCname = async (root: string, site: string): Promise<string | undefined> => {
  try {
    const text = await readFile(path.join(root, site, 'CNAME'), 'utf8')
    return domainFromHost(text.split(/\r?\n/)[0] ?? '')
  } catch {
    return undefined
  }
}
