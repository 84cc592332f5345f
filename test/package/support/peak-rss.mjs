// Preloaded into a child process (`node --import <this file>`): when the process exits,
// writes its peak resident set size in bytes to the file named by PEAK_RSS_FILE. The
// kernel's own figure (getrusage's ru_maxrss, through process.resourceUsage()), measured
// inside the process under test, so nothing races its exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
