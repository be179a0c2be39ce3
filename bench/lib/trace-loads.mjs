// Preload (`node --import ./bench/lib/trace-loads.mjs …`): appends the URL of every module the process
// loads, one a line, to the file named by APF_TRACE_LOADS when it exits.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  if (process.env.APF_TRACE_LOADS) appendFileSync(process.env.APF_TRACE_LOADS, `${loaded.join('\n')}\n`);
});
