// Loaded with `node --import` by bench/hostile.mjs: writes the process's peak resident set size (KB) to
// $APF_RSS_FILE when it exits, however it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.APF_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
