// Preloaded by bench/run.mjs (`node --import bench/rss-probe.mjs ...`): on exit, writes the
// process's peak resident set size (KiB, from getrusage) to the file named in BENCH_RSS_FILE,
// and its CPU time (user + system, all threads, ms) to the file named in BENCH_CPU_FILE if set.
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_RSS_FILE
const cpuOut = process.env.BENCH_CPU_FILE
if (out) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage()
      writeFileSync(out, String(usage.maxRSS))
      if (cpuOut) writeFileSync(cpuOut, String((usage.userCPUTime + usage.systemCPUTime) / 1000))
    } catch {
      // nothing to report to: the bench notices the missing file
    }
  })
}
