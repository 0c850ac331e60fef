import { fail } from '../der/error.js';
import {
  children,
  type DerNode,
  encoded,
  expect,
  expectSequence,
  isContext,
  parseDer,
  Tag,
} from '../der/node.js';
import { type BitString, readBitString, readSmallInteger } from '../der/primitives.js';
import {
  type AlgorithmIdentifier,
  type PublicKeyInfo,
  parseAlgorithm,
  parsePublicKeyInfo,
} from './algorithm.js';
import { type Parsed, parsing } from './certificate.js';
import { EMPTY_EXTENSIONS, type Extensions, parseExtensionList } from './extensions.js';
import { type Name, parseName } from './name.js';
import { readCanonicalOid } from './oids.js';

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';

/** A PKCS#10 certification request (RFC 2986). */
export interface Csr {
  readonly kind: 'csr';
  readonly der: Uint8Array;
  readonly infoDer: Uint8Array;
  readonly version: number;
  readonly subject: Name;
  readonly publicKey: PublicKeyInfo;
  readonly attributeTypes: readonly string[];
  /** Extensions asked for through the extensionRequest attribute. */
  readonly extensions: Extensions;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: BitString;
}

export function parseCsr(der: Uint8Array): Parsed<Csr> {
  return parsing(() => {
    const [infoNode, algNode, sigNode, extra] = expectSequence(parseDer(der), 'CertificationRequest');
    if (extra !== undefined) fail(extra.start, 'CertificationRequest: extra fields');
    const [versionNode, subjectNode, spkiNode, attrsNode, infoExtra] = expectSequence(
      infoNode,
      'certificationRequestInfo',
    );
    if (attrsNode === undefined || !isContext(attrsNode, 0))
      fail(infoNode?.start ?? 0, 'certificationRequestInfo: missing attributes [0]');
    if (infoExtra !== undefined) fail(infoExtra.start, 'certificationRequestInfo: extra fields');
    const attributeTypes: string[] = [];
    let extensions = EMPTY_EXTENSIONS;
    for (const attr of children(attrsNode)) {
      const [typeNode, valuesNode] = expectSequence(attr, 'attribute');
      const type = readCanonicalOid(typeNode, 'attribute type');
      attributeTypes.push(type);
      if (type === EXTENSION_REQUEST) {
        const [list] = children(expect(valuesNode, Tag.SET, 'extensionRequest values'));
        if (list === undefined) fail(attr.start, 'extensionRequest: no value');
        extensions = parseExtensionList(list, 'extensionRequest');
      }
    }
    return {
      kind: 'csr',
      der,
      infoDer: encoded(infoNode as DerNode),
      version: readSmallInteger(versionNode, 'version') + 1,
      subject: parseName(subjectNode, 'subject'),
      publicKey: parsePublicKeyInfo(spkiNode, 'subjectPKInfo'),
      attributeTypes,
      extensions,
      signatureAlgorithm: parseAlgorithm(algNode, 'signatureAlgorithm'),
      signature: readBitString(sigNode, 'signature'),
    };
  });
}
