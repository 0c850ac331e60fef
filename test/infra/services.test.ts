/** The services npm test brings up really work: a PostgreSQL database per test, and headless Chromium. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import pg from 'pg';
import { launchBrowser } from '../support/browser.js';
import { freshPostgresDatabase } from '../support/postgres.js';

describe('test services', () => {
  it('gives each test a fresh PostgreSQL database', async () => {
    const db = await freshPostgresDatabase('services');
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('CREATE TABLE probe (id integer PRIMARY KEY, name text NOT NULL)');
        await client.query('INSERT INTO probe VALUES ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
        const { rows } = await client.query('SELECT name FROM probe ORDER BY id');
        assert.deepEqual(
          rows.map((r) => r.name),
          ['one', 'two'],
        );
        const { rows: current } = await client.query('SELECT current_database() AS name');
        assert.match(current[0].name, /^services_/);
      } finally {
        await client.end();
      }
    } finally {
      await db.drop();
    }
  });

  it('loads a page from a loopback server in headless Chromium', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>probe</title><h1>Vigil browser probe</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      assert.equal(await page.textContent('h1'), 'Vigil browser probe');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
