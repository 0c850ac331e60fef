import type { GeneralName } from '../../x509/generalName.js';
import { bytesEqual, parseIp } from '../../x509/ip.js';

/**
 * Whether a commonName appears among the SAN entries: as a dNSName (exactly,
 * or ignoring ASCII case when `exact` is false) or as the text of an iPAddress.
 */
export function commonNameInSan(cn: string, san: readonly GeneralName[], exact: boolean): boolean {
  const ip = parseIp(cn);
  const lower = cn.toLowerCase();
  return san.some((n) => {
    if (n.tag === 2) return exact ? n.value === cn : n.value.toLowerCase() === lower;
    if (n.tag === 7) return ip !== undefined && bytesEqual(n.bytes, ip);
    return false;
  });
}
