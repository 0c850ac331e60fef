import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const WORKER = join(import.meta.dirname, 'storeWorker.js');

/**
 * Starts one storeWorker process per name, lets them all go at once and
 * returns what each reported: the ids it claimed (empty for `open`).
 */
export async function runTogether(
  mode: 'open' | 'claim',
  url: string,
  workers: readonly string[],
  now: number,
): Promise<number[][]> {
  const children = workers.map((w) => fork(WORKER, [mode, url, w, String(now)], { stdio: 'inherit' }));
  try {
    await Promise.all(children.map((c) => once(c, 'message')));
    const results = children.map(resultOf);
    for (const c of children) c.send('go');
    return await Promise.all(results);
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  }
}

function resultOf(child: ChildProcess): Promise<number[]> {
  return new Promise((resolve, reject) => {
    child.once('message', (m: { ids: number[] }) => resolve(m.ids));
    child.once('exit', (code) => reject(new Error(`store worker exited with ${code} before reporting`)));
  });
}
