import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256, the fingerprint crt.sh and incident reports name certificates by. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A serial number as minimal, even-length, lower-case hex: "0x0A1B", "0a:1b",
 * "0A 1B" and decimal "2587" all become "0a1b", so one certificate is named
 * once. A run of digits alone is decimal up to 20 digits, as OpenSSL prints
 * serials that fit in 64 bits, and hex beyond (crt.sh writes serials in hex);
 * `digits: 'hex'` is for places that only take hex.
 */
export function normaliseSerial(token: string, digits: 'decimal' | 'hex' = 'decimal'): string | undefined {
  let hex: string;
  if (/^[0-9]{1,20}$/.test(token) && digits === 'decimal') hex = BigInt(token).toString(16);
  else if (/^0x[0-9a-f]+$/i.test(token)) hex = token.slice(2);
  else if (/^[0-9a-f]{2}(?:[: ][0-9a-f]{2})+$/i.test(token)) hex = token.replace(/[: ]/g, '');
  else if (/^[0-9a-f]+$/i.test(token)) hex = token;
  else return undefined;
  hex = hex.toLowerCase().replace(/^0+/, '');
  return hex.length % 2 ? `0${hex}` : hex || '00';
}
