// Preloaded into a measured Node process: writes its peak resident memory (KiB) and the CPU time
// of all its threads (user + system, ms) to the file named by BENCH_PEAK_FILE when it exits, so
// every tool is measured the same way. CPU time is what a loaded machine does not distort.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (!process.env.BENCH_PEAK_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_PEAK_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
