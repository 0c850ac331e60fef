/** A certificate linked to a case: the stored facts, the fields the x509 views decode, the lint findings. */
import { z } from 'zod';
import type { CaseCertificate } from '../../store/schema.js';
import { parseCertificate } from '../../x509/certificate.js';
import { formatIp } from '../../x509/generalName.js';
import { formatTime, parseJsonText } from '../format.js';
import { type Html, html } from '../html.js';
import { dataTable } from './table.js';

const Findings = z.record(z.string(), z.object({ status: z.string(), details: z.string().optional() }));

function decodedFields(der: Uint8Array): Html {
  const parsed = parseCertificate(der);
  if (!parsed.ok) return html`<p class="error">Does not decode: ${parsed.reason} (byte ${parsed.offset})</p>`;
  const cert = parsed.value;
  const ext = cert.extensions;
  const names = (ext.subjectAltName ?? []).map((n) =>
    n.tag === 2
      ? `DNS:${n.value}`
      : n.tag === 7
        ? `IP:${formatIp(n.bytes)}`
        : n.tag === 1
          ? `email:${n.value}`
          : n.tag === 6
            ? `URI:${n.value}`
            : `[${n.tag}]`,
  );
  const key = cert.publicKey.rsa
    ? `RSA ${cert.publicKey.rsa.bits} bits`
    : `${cert.publicKey.algorithm.oid}${cert.publicKey.curve ? ` (curve ${cert.publicKey.curve})` : ''}`;
  return html`<dl>
    <dt>Kind</dt>
    <dd>${cert.kind}, version ${cert.version}</dd>
    <dt>Subject alternative names</dt>
    <dd>${names.length ? names.join(', ') : 'none'}</dd>
    <dt>Public key</dt>
    <dd>${key}</dd>
    <dt>CA</dt>
    <dd>${ext.basicConstraints?.ca ? 'yes' : 'no'}</dd>
    <dt>Extended key usage</dt>
    <dd>${ext.extKeyUsage?.join(', ') ?? 'none'}</dd>
  </dl>`;
}

function findings(json: string | null): Html {
  if (json === null) return html`<p class="hint">Not linted: only a reference is known.</p>`;
  const parsed = Findings.safeParse(parseJsonText(json));
  if (!parsed.success) return html`<pre>${json}</pre>`;
  const entries = Object.entries(parsed.data);
  if (entries.length === 0) return html`<p class="state-ok">The linter found nothing to report.</p>`;
  return dataTable(
    [
      ['Lint', ([name]) => html`<code>${name}</code>`],
      [
        'Result',
        ([, r]) =>
          r.status === 'error' || r.status === 'fatal'
            ? html`<span class="error">${r.status}</span>`
            : r.status,
      ],
      ['Details', ([, r]) => r.details ?? ''],
    ],
    entries,
  );
}

export function certificateView(cert: CaseCertificate): Html {
  return html`<section class="certificate">
    <h3>${cert.kind.replace(/_/g, ' ')}: <code>${cert.value}</code></h3>
    <p class="hint">
      Found in ${cert.source}; ${cert.lint_errors} lint error${cert.lint_errors === 1 ? '' : 's'}.
    </p>
    <dl>
      ${
        cert.sha256
          ? html`<dt>SHA-256</dt>
              <dd>
                <code>${cert.sha256}</code> ·
                <a href="https://crt.sh/?sha256=${cert.sha256}" rel="noreferrer noopener">crt.sh</a>
              </dd>`
          : ''
      }
      ${
        cert.subject !== null
          ? html`<dt>Subject</dt>
              <dd>${cert.subject}</dd>`
          : ''
      }
      ${
        cert.issuer !== null
          ? html`<dt>Issuer</dt>
              <dd>${cert.issuer}</dd>`
          : ''
      }
      ${
        cert.serial !== null
          ? html`<dt>Serial</dt>
              <dd><code>${cert.serial}</code></dd>`
          : ''
      }
      ${
        cert.not_before !== null
          ? html`<dt>Validity</dt>
              <dd>${formatTime(cert.not_before)} to ${formatTime(cert.not_after)}</dd>`
          : ''
      }
    </dl>
    ${cert.der ? decodedFields(cert.der) : ''} ${findings(cert.lint_results)}
  </section>`;
}
