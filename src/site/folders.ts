/** Site folders: which folders never hold one, and site folders written as path prefixes. */
import path from 'node:path'

/** Folders that never hold a site's sources. */
export const SKIP_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.cache',
  'bower_components'
])

/** A site folder as a path prefix: `""` for the root, from `.`, `./`, `/`, `./docs/`. */
export const siteRoot = (dir: string): string => {
  const n = path.posix.normalize(dir.replace(/\\/g, '/').replace(/^\/+/, '') || '.')
  return n === '.' || n === './' ? '' : n.replace(/\/+$/, '')
}

/** A path below a site folder given as `""` for the root. */
export const sitePath = (site: string, file: string): string =>
  site === '' ? file : `${site}/${file}`
