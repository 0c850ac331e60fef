import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCertificateLints } from '../../src/lint/runner.js';
import { type CertificateLint, check, failAs, pass } from '../../src/lint/types.js';
import { parseCertificate } from '../../src/x509/certificate.js';
import { leaf } from '../support/certs.js';

const parsed = parseCertificate(leaf());
assert.ok(parsed.ok);
const cert = parsed.value;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function lint(overrides: Partial<CertificateLint>): CertificateLint {
  return {
    name: 'e_test',
    description: 'test',
    citation: 'test',
    source: 'community',
    effectiveDate: day('2000-01-01'),
    target: 'certificate',
    appliesTo: () => true,
    run: () => pass,
    ...overrides,
  };
}

const status = (l: CertificateLint, at?: Date) => runCertificateLints(cert, [l], at)[l.name];

describe('lint runner', () => {
  it('reports NA before looking at dates', () =>
    assert.deepEqual(status(lint({ appliesTo: () => false, effectiveDate: day('2100-01-01') })), {
      status: 'NA',
    }));
  it('reports NE before the effective date and from the ineffective date, as of notBefore', () => {
    assert.equal(status(lint({ effectiveDate: day('2026-06-02') }))?.status, 'NE');
    assert.equal(status(lint({ ineffectiveDate: day('2026-06-01') }))?.status, 'NE');
    assert.equal(status(lint({ ineffectiveDate: day('2026-06-02') }))?.status, 'pass');
  });
  it('evaluates as of another date when asked', () =>
    assert.equal(status(lint({ effectiveDate: day('2027-03-15') }), day('2027-03-15'))?.status, 'pass'));
  it('maps a failure to the severity of the name prefix', () => {
    const failing = { run: () => check(false, 'bad') };
    assert.deepEqual(status(lint({ ...failing, name: 'e_x' })), { status: 'error', details: 'bad' });
    assert.equal(status(lint({ ...failing, name: 'w_x' }))?.status, 'warn');
    assert.equal(status(lint({ ...failing, name: 'n_x' }))?.status, 'notice');
  });
  it('lets a failure lower its severity but never raise it', () => {
    assert.equal(status(lint({ name: 'e_x', run: () => failAs('warn', 'should') }))?.status, 'warn');
    assert.equal(status(lint({ name: 'n_x', run: () => failAs('warn', 'should') }))?.status, 'notice');
  });
  it('reports a lint that throws as fatal for that lint alone', () => {
    const results = runCertificateLints(cert, [
      lint({
        name: 'e_broken',
        run: () => {
          throw new TypeError('boom');
        },
      }),
      lint({ name: 'e_fine' }),
    ]);
    assert.deepEqual(results.e_broken, { status: 'fatal', details: 'lint failed: boom' });
    assert.deepEqual(results.e_fine, { status: 'pass' });
  });
});
