/**
 * A crew of worker processes (worker.ts) on one database, for the crash tests: each is told the
 * test time, can be killed with SIGKILL at any moment, and is replaced by a fresh process under a
 * new name, as a restarted instance would be.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const WORKER = join(import.meta.dirname, 'worker.js');

export class Crew {
  private readonly live = new Map<string, ChildProcess>();
  /** Names of processes that were killed: what they had claimed is abandoned. */
  readonly dead = new Set<string>();
  /** Errors a worker reported, and exits nobody asked for: each fails the test. */
  readonly problems: string[] = [];
  private now: number | null = null;
  private generation = 0;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    slots: number,
  ) {
    for (let i = 0; i < slots; i++) this.spawn();
  }

  get names(): string[] {
    return [...this.live.keys()];
  }

  setNow(now: number): void {
    this.now = now;
    for (const child of this.live.values()) if (child.connected) child.send({ now });
  }

  /** Kills the named worker with SIGKILL, waits until it is gone, and starts its replacement. */
  async kill(name: string): Promise<void> {
    const child = this.live.get(name);
    if (!child) return;
    this.live.delete(name);
    this.dead.add(name);
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    this.spawn();
  }

  async stop(): Promise<void> {
    const children = [...this.live.values()];
    this.live.clear();
    await Promise.all(
      children.map((child) => {
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        return exited;
      }),
    );
  }

  private spawn(): void {
    const name = `worker-${++this.generation}`;
    const child = fork(WORKER, [], { env: { ...this.env, VIGIL_INSTANCE: name }, stdio: 'inherit' });
    this.live.set(name, child);
    child.on('message', (message: { ready?: true; error?: string }) => {
      if (message.error) this.problems.push(`${name}: ${message.error}`);
      if (message.ready && this.now !== null) child.send({ now: this.now });
    });
    child.on('exit', (code, signal) => {
      if (this.live.get(name) === child) this.problems.push(`${name} exited by itself (${code ?? signal})`);
    });
  }
}
