/** Good certificates of each kind a TLS CA issues, beyond the builder's DV default. */
import { OID } from '../../src/x509/oids.js';
import { type CertOptions, ext, leaf, name } from './certs.js';

const ovSubject = name(
  ['C', 'DE'],
  ['ST', 'Bayern'],
  ['L', 'München'],
  ['O', 'Beispiel GmbH'],
  ['CN', 'www.example.com'],
);

export function ovLeaf(options: CertOptions = {}): Uint8Array {
  return leaf({
    subject: ovSubject,
    ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.brOrganizationValidated]) },
    ...options,
  });
}

export function evLeaf(options: CertOptions = {}): Uint8Array {
  return leaf({
    subject: name(
      ['businessCategory', 'Private Organization'],
      ['jurC', 'DE'],
      ['serialNumber', 'HRB 123456'],
      ['C', 'DE'],
      ['ST', 'Bayern'],
      ['L', 'München'],
      ['O', 'Beispiel GmbH'],
      ['CN', 'www.example.com'],
    ),
    ext: {
      [OID.certificatePolicies]: ext.certificatePolicies([
        { oid: OID.evGuidelines, cps: 'https://cps.example.net' },
      ]),
    },
    ...options,
  });
}
