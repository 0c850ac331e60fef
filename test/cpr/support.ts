/** Shared by the intake tests: a configuration, a store on each database, and mail as a real client writes it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { type Config, loadConfig } from '../../src/config/config.js';
import { openDatabase, type Store } from '../../src/store/database.js';
import { freshPostgresDatabase } from '../support/postgres.js';

export const BASE_URL = 'http://vigil.test';
export const MAIL_FROM = '"Test CA problem reports" <cpr@vigil.test>';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    VIGIL_BASE_URL: BASE_URL,
    VIGIL_CA_NAME: 'Test CA',
    VIGIL_MAIL_FROM: MAIL_FROM,
    VIGIL_SMTP_HOST: '127.0.0.1',
    VIGIL_SMTP_PORT: '0',
    ...env,
  });
}

export interface TestStore {
  readonly store: Store;
  readonly url: string;
  close(): Promise<void>;
}

/** The two databases Vigil runs on; storage and intake tests run on both. */
export const DIALECTS: readonly { readonly name: string; open(): Promise<TestStore> }[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-cpr-'));
      const url = `sqlite:${join(dir, 'vigil.db')}`;
      const store = await openDatabase(url);
      return {
        store,
        url,
        async close() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const db = await freshPostgresDatabase('cpr');
      const store = await openDatabase(db.url);
      return {
        store,
        url: db.url,
        async close() {
          await store.close();
          await db.drop();
        },
      };
    },
  },
];

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** The octets nodemailer would send for a message. */
export async function compose(mail: SendMailOptions): Promise<Buffer> {
  const info = await composer.sendMail({ date: new Date('2026-11-23T10:00:00Z'), ...mail });
  return info.message as Buffer;
}

export const at = (iso: string): number => Date.parse(iso);
