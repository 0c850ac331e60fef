/**
 * Worker threads that lint: each batch goes to the worker with the fewest batches outstanding,
 * packed into one buffer that is moved, not copied. The caller bounds how many batches are
 * outstanding; the pool keeps no queue of its own.
 */
import { Worker } from 'node:worker_threads';
import type { Linted } from './record.js';

export interface BatchRequest {
  readonly id: number;
  /** Evaluation date (epoch ms) for every lint, or null for each certificate's notBefore. */
  readonly at: number | null;
  readonly data: Uint8Array;
  /** Where each object ends in `data`. */
  readonly ends: Uint32Array;
}

export interface BatchResponse {
  readonly id: number;
  readonly results: Linted[];
}

interface Pending {
  resolve(results: Linted[]): void;
  reject(error: Error): void;
}

interface Member {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

export class LintPool {
  private readonly members: Member[];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    this.members = Array.from({ length: Math.max(1, size) }, () => {
      const member: Member = {
        worker: new Worker(new URL('./worker.js', import.meta.url)),
        pending: new Map(),
      };
      member.worker.on('message', ({ id, results }: BatchResponse) => {
        member.pending.get(id)?.resolve(results);
        member.pending.delete(id);
      });
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const p of member.pending.values()) p.reject(error);
        member.pending.clear();
      };
      member.worker.on('error', fail);
      member.worker.on('exit', (code) => fail(new Error(`lint worker exited with code ${code}`)));
      return member;
    });
  }

  get size(): number {
    return this.members.length;
  }

  lint(ders: readonly Uint8Array[], at: number | null): Promise<Linted[]> {
    if (this.failure) return Promise.reject(this.failure);
    const ends = new Uint32Array(ders.length);
    const data = new Uint8Array(ders.reduce((n, d) => n + d.length, 0));
    let end = 0;
    ders.forEach((der, i) => {
      data.set(der, end);
      ends[i] = end += der.length;
    });
    const member = this.members.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      member.pending.set(id, { resolve, reject });
      member.worker.postMessage({ id, at, data, ends } satisfies BatchRequest, [data.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.members.map((m) => {
        m.worker.removeAllListeners('exit');
        return m.worker.terminate();
      }),
    );
  }
}
