// Preloaded by bench/run.mjs (`node --import bench/rss-probe.mjs ...`): on exit, writes the
// process's peak resident set size (KiB, from getrusage) to the file named in BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_RSS_FILE
if (out) {
  process.on('exit', () => {
    try {
      writeFileSync(out, String(process.resourceUsage().maxRSS))
    } catch {
      // nothing to report to: the bench notices the missing file
    }
  })
}
