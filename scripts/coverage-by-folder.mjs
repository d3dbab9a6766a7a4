// Prints line coverage per src folder from coverage/coverage-summary.json (jest --coverage
// --coverageReporters=json-summary), for the closing notes' table.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'))
const folders = new Map()
for (const [file, s] of Object.entries(summary)) {
  if (file === 'total') continue
  const rel = path.relative(process.cwd(), file).split(path.sep)
  const folder = rel.length > 2 ? `${rel[0]}/${rel[1]}` : rel[0]
  const f = folders.get(folder) ?? { covered: 0, total: 0 }
  f.covered += s.lines.covered
  f.total += s.lines.total
  folders.set(folder, f)
}
console.log('| folder | lines | covered |\n| --- | --- | --- |')
for (const [folder, f] of [...folders].sort()) {
  console.log(`| ${folder} | ${f.total} | ${((100 * f.covered) / f.total).toFixed(1)}% |`)
}
