import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The outbound SMTP relay from a URL such as smtp://127.0.0.1:1025 or
 * smtps://user:pass@mail.example:465. Timeouts stay well under the outbox
 * lease, so a hung relay never outlives the claim on a message.
 */
export function createRelay(url: string | null): Transporter | null {
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
  Object.assign(transport.options, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return transport;
}
