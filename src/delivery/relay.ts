import { SEND_CONCURRENCY } from './deliver.js';
import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The outbound SMTP relay from a URL such as smtp://127.0.0.1:1025 or
 * smtps://user:pass@mail.example:465. Connections are pooled: a new SMTP
 * session per message costs a greeting delay (100 ms on smtp-server, often
 * seconds on a relay guarding against early talkers). The timeouts keep a
 * hung relay from holding a send; deliver.ts also bounds each send whole.
 */
export function createRelay(url: string | null): Transporter | null {
  if (!url) return null;
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: SEND_CONCURRENCY,
    // The outbox retries, with backoff and a visible error; the pool must not resend on its own.
    maxRequeues: 0,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
