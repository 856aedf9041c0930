// Preloaded into a measured Node process: writes its peak resident memory (KiB) to the file
// named by BENCH_PEAK_FILE when it exits, so both tools are measured the same way.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
