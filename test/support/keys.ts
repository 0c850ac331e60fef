import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** Keys made once per test process; signatures are real so the certificates are too. */
export type KeyName = 'rsa2048' | 'rsa3072' | 'p256' | 'p384' | 'p521' | 'ed25519';

interface Pair {
  readonly privateKey: KeyObject;
  readonly spki: Uint8Array;
}

const cache = new Map<KeyName, Pair>();

export function key(name: KeyName): Pair {
  let pair = cache.get(name);
  if (!pair) {
    const generated =
      name === 'ed25519'
        ? generateKeyPairSync('ed25519')
        : name.startsWith('rsa')
          ? generateKeyPairSync('rsa', { modulusLength: Number(name.slice(3)), publicExponent: 65537 })
          : generateKeyPairSync('ec', {
              namedCurve: { p256: 'P-256', p384: 'P-384', p521: 'P-521' }[name as 'p256'],
            });
    pair = {
      privateKey: generated.privateKey,
      spki: new Uint8Array(generated.publicKey.export({ type: 'spki', format: 'der' })),
    };
    cache.set(name, pair);
  }
  return pair;
}

/** Signs with the key; the hash follows BR 7.1.3.2 pairings (SHA-384 for P-384, SHA-512 for P-521). */
export function signWith(name: KeyName, data: Uint8Array): Uint8Array {
  const hash = name === 'ed25519' ? null : name === 'p384' ? 'sha384' : name === 'p521' ? 'sha512' : 'sha256';
  return new Uint8Array(sign(hash, data, key(name).privateKey));
}
