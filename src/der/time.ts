import { fail } from './error.js';
import { contents, type DerNode, describeTag, Tag, UNIVERSAL } from './node.js';
import { latin1 } from './strings.js';

/**
 * A UTCTime or GeneralizedTime as encoded. The text is kept because RFC 5280
 * restricts the forms (seconds present, 'Z', no fractions) and lints check that;
 * the reader accepts every form X.680 allows so those lints can speak.
 */
export interface DerTime {
  readonly tag: number;
  readonly text: string;
  /** Epoch milliseconds, UTC. */
  readonly ms: number;
}

const UTC_FORM = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
const GENERALIZED_FORM = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(\.\d+)?(Z|[+-]\d{4})?$/;

export function readTime(node: DerNode | undefined, what: string): DerTime {
  if (node === undefined) fail(0, `missing ${what}`);
  const isUtc = node.cls === UNIVERSAL && node.tag === Tag.UTC_TIME;
  const isGen = node.cls === UNIVERSAL && node.tag === Tag.GENERALIZED_TIME;
  if (!(isUtc || isGen) || node.constructed) {
    fail(node.start, `${what}: expected UTCTime or GeneralizedTime, found ${describeTag(node)}`);
  }
  const text = latin1(contents(node));
  const m = (isUtc ? UTC_FORM : GENERALIZED_FORM).exec(text);
  if (!m) return fail(node.valueStart, `${what}: malformed time '${printable(text)}'`);
  let year = Number(m[1]);
  if (isUtc) year += year >= 50 ? 1900 : 2000;
  const [month, day, hour] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const fraction = isGen && m[7] ? Number(`0${m[7]}`) : 0;
  const zone = (isUtc ? m[7] : m[8]) ?? 'Z';
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    fail(node.valueStart, `${what}: impossible date or time '${text}'`);
  }
  let ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000);
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return { tag: node.tag, text, ms };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}
