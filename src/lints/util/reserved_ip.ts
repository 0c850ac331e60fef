import { parseIp, toV4 } from '../../x509/ip.js';

interface Prefix {
  readonly bytes: Uint8Array;
  readonly bits: number;
}

function cidr(text: string): Prefix {
  const [addr = '', len = ''] = text.split('/');
  return { bytes: parseIp(addr) as Uint8Array, bits: Number(len) };
}

/**
 * BR 1.6.1 "Reserved IP Address": any block of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries, and (BR 1.x) what the IPv4 and IPv6
 * Address Space registries mark reserved. Loopback, unspecified, multicast,
 * link-local and limited broadcast fall inside these blocks.
 */
const RESERVED: readonly Prefix[] = [
  // IPv4
  '0.0.0.0/8', // this network
  '10.0.0.0/8', // private use
  '100.64.0.0/10', // shared address space
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link local
  '172.16.0.0/12', // private use
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // TEST-NET-1
  '192.31.196.0/24', // AS112-v4
  '192.52.193.0/24', // AMT
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16', // private use
  '192.175.48.0/24', // direct delegation AS112
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // TEST-NET-2
  '203.0.113.0/24', // TEST-NET-3
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including 255.255.255.255
  // IPv6
  '::/8', // reserved by IETF: unspecified, loopback, IPv4-compatible, NAT64 64:ff9b::/96 and /48
  '100::/8', // reserved by IETF, discard-only 100::/64
  '200::/7',
  '400::/6',
  '800::/5',
  '1000::/4',
  '2001::/23', // IETF protocol assignments (TEREDO, benchmarking, AMT, ORCHIDv2, ...)
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4
  '2620:4f:8000::/48', // direct delegation AS112
  '3fff::/20', // documentation (RFC 9637)
  '4000::/3', // not allocated for global unicast
  '6000::/3',
  '8000::/3',
  'a000::/3',
  'c000::/3',
  'e000::/4',
  'f000::/5',
  'f800::/6',
  'fc00::/7', // unique local
  'fe00::/9', // reserved by IETF
  'fe80::/10', // link local
  'fec0::/10', // reserved by IETF (former site-local)
  'ff00::/8', // multicast
].map(cidr);

function inPrefix(ip: Uint8Array, p: Prefix): boolean {
  if (ip.length !== p.bytes.length) return false;
  const whole = p.bits >> 3;
  for (let i = 0; i < whole; i++) if (ip[i] !== p.bytes[i]) return false;
  const rest = p.bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (((ip[whole] as number) ^ (p.bytes[whole] as number)) & mask) === 0;
}

/**
 * Whether an address lies in an IANA reserved or special-purpose range
 * (IPv4-mapped IPv6 addresses are judged as IPv4). Octet strings that are not
 * 4 or 16 long are not addresses and are not judged here.
 */
export function isReservedIp(address: Uint8Array): boolean {
  const ip = toV4(address);
  return (ip.length === 4 || ip.length === 16) && RESERVED.some((p) => inPrefix(ip, p));
}
