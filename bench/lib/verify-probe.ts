// Bundled by bench/verify.mjs (esbuild) and run with Node: drives the verify providers of src/verify/.
//   ready PROVIDER RUNS [DATABASE_URL]   time start() until the database answers; prints JSON
//   hold local                           start a local cluster, print its URLs as JSON, stop on stdin's end
import { CleanupTracker } from '../../src/verify/cleanup.js';
import { dockerAnswers, selectProvider } from '../../src/verify/providers/select.js';
import type { DatabaseChoice } from '../../src/verify/providers/types.js';

const [command, provider, runsText, databaseUrl] = process.argv.slice(2);

async function providerFor(name: string, url: string | undefined) {
  const context = { tracker: new CleanupTracker(), log: () => {} };
  return selectProvider({ database: name as DatabaseChoice, databaseUrl: url }, context);
}

async function ready(): Promise<void> {
  if (provider === 'testcontainers' && !(await dockerAnswers())) {
    console.log(JSON.stringify({ skipped: 'no Docker engine answers on /var/run/docker.sock or DOCKER_HOST' }));
    return;
  }
  const samples: number[] = [];
  for (let i = 0; i < Number(runsText); i += 1) {
    const started = performance.now();
    const database = await providerFor(provider ?? '', databaseUrl);
    try {
      await database.start();
      samples.push(performance.now() - started);
    } finally {
      await database.stop();
    }
  }
  console.log(JSON.stringify({ samples }));
}

async function hold(): Promise<void> {
  const database = await providerFor(provider ?? 'local', undefined);
  try {
    const started = await database.start();
    console.log(JSON.stringify(started));
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.on('end', resolve));
  } finally {
    await database.stop();
  }
}

await (command === 'hold' ? hold() : ready());
