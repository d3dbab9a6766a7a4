// Helpers shared by the sections of bench/run.mjs.

export const fail = message => {
  console.error(`bench: ${message}`)
  process.exit(1)
}

export const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
export const fmt = (x, digits = 1) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
export const verdict = ok => (ok ? 'PASS' : 'MISS')

export const table = (head, rows) => {
  const all = [head, ...rows].map(r => r.map(String))
  const widths = head.map((_, i) => Math.max(...all.map(r => r[i].length)))
  // first column left-aligned, the others right-aligned (numbers)
  const line = r =>
    '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(line(all[0]))
  console.log('  ' + widths.map(w => '-'.repeat(w)).join('  '))
  for (const r of all.slice(1)) console.log(line(r))
}
