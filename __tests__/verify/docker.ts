import { existsSync } from 'node:fs';
import { request } from 'node:http';

/** Whether a Docker engine answers on /var/run/docker.sock. */
export function dockerSocketAnswers(): Promise<boolean> {
  if (!existsSync('/var/run/docker.sock')) return Promise.resolve(false);
  return new Promise((resolve) => {
    const req = request({ socketPath: '/var/run/docker.sock', path: '/_ping', timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

