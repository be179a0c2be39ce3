// Every benchmark, one after the other, as one Markdown report (README.md's Performance section).
// Run: npm run bench   (BENCH_RUNS=N to change the number of runs of every point)
import { benchLint } from './lint.mjs';
import { benchParallel } from './parallel.mjs';
import { benchPrecommit } from './precommit.mjs';
import { benchScale } from './scale.mjs';
import { benchStartup } from './startup.mjs';
import { benchVerify } from './verify.mjs';

const sections = [benchLint().markdown, benchScale().markdown, benchStartup().markdown, (await benchVerify()).markdown, (await benchParallel()).markdown, (await benchPrecommit()).markdown];
console.log(sections.join('\n\n'));
