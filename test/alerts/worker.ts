/**
 * The background loop of `vigil serve` in a process of its own, for the crash tests: sweeps the
 * alerts and delivers the outbox over and over, at the test time its parent last sent, until it
 * is killed. Configured by the environment, as vigil serve is.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sweepAlerts } from '../../src/alerts/sweeper.js';
import { loadConfig } from '../../src/config/config.js';
import { deliverDue } from '../../src/delivery/deliver.js';
import { createRelay } from '../../src/delivery/relay.js';
import { openDatabase } from '../../src/store/database.js';

const config = loadConfig(process.env);
const store = await openDatabase(config.databaseUrl);
const mail = createRelay(config.relay);
const delivery = {
  store,
  mail,
  from: config.mailFrom,
  messageIdDomain: new URL(config.baseUrl).hostname,
  worker: config.instance,
};

let now: number | null = null;
process.on('message', (message: { now: number }) => (now = message.now));
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });

for (;;) {
  const at = now;
  if (at === null) {
    await sleep(2);
    continue;
  }
  try {
    const fired = await sweepAlerts({ store, config }, at);
    const { sent, retried, dead, released } = await deliverDue(delivery, at);
    // Idle: look again soon, but not so often that idle workers crowd out the busy one (on
    // SQLite, a writer that finds the file locked sleeps up to 100 ms before it tries again).
    if (fired + sent + retried + dead + released === 0) await sleep(20);
  } catch (error) {
    process.send?.({ error: (error as Error).stack ?? String(error) });
    await sleep(10);
  }
}
