/**
 * Is this message a Certificate Problem Report? A scored, explainable guess:
 * every feature found adds its weight and says why. The BR 4.9.5 clock runs
 * from receipt, so anything that might be a CPR is handled as one until a
 * person says otherwise: `possible` needs a single signal, and `not_cpr` is
 * kept for messages with no signal, or a clear negative and no artefact.
 */
import type { ProblemType, Verdict } from '../store/schema.js';
import type { Reference, ReferenceKind } from './references.js';

export interface FeatureWeight {
  readonly feature: string;
  readonly weight: number;
  /** What the feature means, for the person reviewing the verdict. */
  readonly reason: string;
  /** Where it is looked for. */
  readonly signal: 'text' | 'reference' | 'attachment' | 'header';
  readonly problemType?: Exclude<ProblemType, 'other'>;
}

/** The weights, as data for the UI; patterns are below, keyed by feature. */
export const CPR_FEATURES = [
  { feature: 'cpr_phrase', weight: 6, signal: 'text', reason: 'Calls itself a certificate problem report' },
  { feature: 'cpr_acronym', weight: 3, signal: 'text', reason: 'Uses the acronym CPR' },
  {
    feature: 'misissuance',
    weight: 5,
    signal: 'text',
    reason: 'Says a certificate was mis-issued',
    problemType: 'misissuance',
  },
  {
    feature: 'key_compromise',
    weight: 6,
    signal: 'text',
    reason: 'Reports a key compromise',
    problemType: 'key_compromise',
  },
  {
    feature: 'private_key_exposed',
    weight: 5,
    signal: 'text',
    reason: 'Says a private key was leaked, exposed or published',
    problemType: 'key_compromise',
  },
  {
    feature: 'private_key_block',
    weight: 6,
    signal: 'text',
    reason: 'Contains a PEM private key',
    problemType: 'key_compromise',
  },
  {
    feature: 'private_key',
    weight: 1,
    signal: 'text',
    reason: 'Mentions a private key',
    problemType: 'key_compromise',
  },
  { feature: 'revocation', weight: 3, signal: 'text', reason: 'Asks for or mentions revocation' },
  {
    feature: 'unauthorised',
    weight: 3,
    signal: 'text',
    reason: 'Says a certificate was not requested or authorised',
    problemType: 'misissuance',
  },
  {
    feature: 'incorrect_certificate',
    weight: 2,
    signal: 'text',
    reason: 'Calls a certificate incorrect, invalid or non-compliant',
    problemType: 'misissuance',
  },
  {
    feature: 'linter',
    weight: 3,
    signal: 'text',
    reason: 'Cites a certificate linter',
    problemType: 'misissuance',
  },
  { feature: 'baseline_requirements', weight: 3, signal: 'text', reason: 'Cites the Baseline Requirements' },
  { feature: 'br_section', weight: 3, signal: 'text', reason: 'Cites a section number of the BRs' },
  { feature: 'cabf', weight: 2, signal: 'text', reason: 'Mentions the CA/Browser Forum' },
  {
    feature: 'root_program',
    weight: 2,
    signal: 'text',
    reason: 'Mentions a root program, the CCADB or the CP/CPS',
  },
  { feature: 'ct', weight: 1, signal: 'text', reason: 'Mentions Certificate Transparency' },
  {
    feature: 'misuse',
    weight: 4,
    signal: 'text',
    reason: 'Reports misuse: phishing, malware or fraud',
    problemType: 'misuse',
  },
  {
    feature: 'certificate_attached',
    weight: 4,
    signal: 'reference',
    reason: 'A certificate is pasted or attached',
  },
  {
    feature: 'csr_attached',
    weight: 4,
    signal: 'reference',
    reason: 'A CSR is pasted or attached (evidence of key possession)',
    problemType: 'key_compromise',
  },
  { feature: 'crtsh_link', weight: 4, signal: 'reference', reason: 'Links a certificate on crt.sh' },
  { feature: 'crtsh_search', weight: 2, signal: 'reference', reason: 'Links a crt.sh search' },
  { feature: 'fingerprint', weight: 3, signal: 'reference', reason: 'Gives a SHA-256 fingerprint' },
  { feature: 'serial', weight: 2, signal: 'reference', reason: 'Gives a certificate serial number' },
  {
    feature: 'certificate_file',
    weight: 1,
    signal: 'attachment',
    reason: 'An attachment is named like a certificate file',
  },
  {
    feature: 'key_file',
    weight: 4,
    signal: 'attachment',
    reason: 'An attachment is named like a private-key file',
    problemType: 'key_compromise',
  },
  {
    feature: 'auto_submitted',
    weight: -10,
    signal: 'header',
    reason: 'Sent automatically (Auto-Submitted header)',
  },
  {
    feature: 'out_of_office',
    weight: -6,
    signal: 'text',
    reason: 'Reads as an out-of-office or automatic reply',
  },
  { feature: 'newsletter', weight: -5, signal: 'text', reason: 'Reads as a newsletter or marketing mail' },
  {
    feature: 'sales_or_support',
    weight: -4,
    signal: 'text',
    reason: 'Asks how to buy, renew or install a certificate',
  },
  { feature: 'billing', weight: -4, signal: 'text', reason: 'Is about an invoice, payment or refund' },
] as const satisfies readonly FeatureWeight[];

export type Feature = (typeof CPR_FEATURES)[number]['feature'];
type TextFeature = Extract<(typeof CPR_FEATURES)[number], { signal: 'text' }>['feature'];

/** At or above `cpr`: a CPR; at or above `possible`, or with any artefact: possibly one. */
export const CPR_THRESHOLDS = { cpr: 6, possible: 1 } as const;
/** Characters of subject and body read; a report says what it is near the top. */
export const MAX_CLASSIFIED = 100_000;

const CERT_WORD = String.raw`\bcert(?:ificate)?s?\b`;
const FAULT_WORD = String.raw`\b(?:incorrect|invalid|wrong|non-?compliant|violat\w{0,5}|inaccurate)\b`;
const EXPOSED = String.raw`(?:leak|expos|publish|disclos|posted|pastebin|github)`;

/** Over normalised text (NFKC, whitespace collapsed); every repetition is bounded. */
const TEXT_PATTERNS: Record<TextFeature, RegExp> = {
  cpr_phrase: /\bcertificate problem reports?\b/i,
  cpr_acronym: /\bcprs?\b/i,
  misissuance:
    /\bmis-?issu(?:ed|ance|ing|es?)\b|\b(?:incorrectly|improperly|wrongly) issued\b|\bissued in error\b/i,
  key_compromise: /\bkey[- ]?compromise\b|\bcompromised (?:private )?keys?\b/i,
  private_key_exposed: new RegExp(
    String.raw`\bprivate[- ]keys?\b.{0,160}?${EXPOSED}|${EXPOSED}\w{0,6}\b.{0,160}?\bprivate[- ]keys?\b`,
    'i',
  ),
  private_key_block: /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-----/i,
  private_key: /\bprivate[- ]keys?\b/i,
  revocation: /\brevok(?:e|ed|es|ing)\b|\brevocation\b/i,
  unauthorised:
    /\bunauthori[sz]ed\b|\b(?:did not|didn't|never) (?:request|authori[sz]e|order|apply for)\b|\bwithout (?:my |our )?(?:permission|consent|authori[sz]ation)\b/i,
  incorrect_certificate: new RegExp(
    `${FAULT_WORD}.{0,40}?${CERT_WORD}|${CERT_WORD}.{0,40}?${FAULT_WORD}`,
    'i',
  ),
  linter: /\b(?:zlint|pkilint|certlint|x509lint)\b/i,
  baseline_requirements: /\bbaseline requirements\b/i,
  // After "section", "§" or "BR", or a chapter the BRs are usually cited for; not version numbers.
  br_section:
    /(?:\bsection|\bsec\.|§|\bbrs?)[ ]?[1-9](?:\.[0-9]{1,2}){1,5}\b|(?<![0-9.])(?:3\.2\.2|4\.9\.[0-9]{1,2}|6\.1\.[1-7]|7\.1\.[0-9])(?:\.[0-9]{1,2}){0,3}(?!\.?[0-9])/i,
  cabf: /\bca ?\/? ?b(?:rowser)? ?forum\b|\bcabf\b/i,
  root_program: /\broot (?:store|program)\b|\bccadb\b|\bcp\/cps\b|\bcps\b/i,
  ct: /\bcertificate transparency\b|\bct logs?\b/i,
  misuse:
    /\bphish\w{0,6}|\bmalware\b|\bfraud\w{0,6}|\bscam\w{0,3}\b|\bimpersonat\w{0,5}|\bcommand[- ]and[- ]control\b/i,
  out_of_office:
    /\bout of (?:the )?office\b|\bauto(?:matic)?[- ]?(?:reply|response|responder)\b|\bon (?:annual |parental )?(?:leave|vacation|holiday)\b|\baway from (?:the|my) (?:office|desk)\b/i,
  newsletter:
    /\bunsubscribe\b|\bview (?:this (?:e-?mail|message) )?in (?:your|a|the) browser\b|\bmanage (?:your )?(?:e-?mail |subscription |notification )?preferences\b|\bnewsletter\b/i,
  sales_or_support:
    /\bhow (?:do|can|should) (?:i|we) (?:renew|buy|purchase|install|order|reissue|re-issue|set ?up|configure)\b|\brenewal (?:reminder|notice|quote|price)\b/i,
  billing: /\binvoices?\b|\bpayments?\b|\brefunds?\b|\bbilling\b|\bpurchase order\b|\bprice quote\b/i,
};

const REFERENCE_FEATURE: Record<ReferenceKind, Feature> = {
  pem: 'certificate_attached',
  der: 'certificate_attached',
  csr: 'csr_attached',
  crtsh_id: 'crtsh_link',
  crtsh_query: 'crtsh_search',
  sha256: 'fingerprint',
  serial_issuer: 'serial',
};

const CERTIFICATE_FILE = /\.(?:pem|crt|cer|der|csr|req|p7b|p7c)$/i;
const KEY_FILE = /\.(?:key|p8|p12|pfx)$|private[-_ ]?key/i;

export interface MessageToClassify {
  readonly subject: string;
  /** The plain-text body. */
  readonly body: string;
  /** From extractCertificateReferences. */
  readonly references?: readonly Reference[];
  readonly attachmentNames?: readonly string[];
  /** An Auto-Submitted header with a value other than "no" (RFC 3834). */
  readonly autoSubmitted?: boolean;
}

export interface Reason {
  readonly feature: Feature;
  readonly weight: number;
  readonly reason: string;
  /** What was found: the words with a little context, a reference, a filename. */
  readonly evidence: string;
}

export interface Classification {
  readonly score: number;
  readonly verdict: Verdict;
  /** null when not a CPR; 'other' when it is one of no recognised kind. */
  readonly problemType: ProblemType | null;
  readonly reasons: Reason[];
}

const FEATURES: ReadonlyMap<Feature, FeatureWeight> = new Map(CPR_FEATURES.map((f) => [f.feature, f]));

export function classifyMessage(message: MessageToClassify): Classification {
  const found = new Map<Feature, string>();
  const text = normalise(`${message.subject}\n${message.body}`.slice(0, MAX_CLASSIFIED));
  for (const [feature, pattern] of Object.entries(TEXT_PATTERNS) as [TextFeature, RegExp][]) {
    const m = pattern.exec(text);
    if (m) found.set(feature, snippet(text, m.index, m[0].length));
  }
  const references = message.references ?? [];
  const counts = new Map<Feature, number>();
  for (const ref of references) {
    const feature = REFERENCE_FEATURE[ref.kind];
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
    if (!found.has(feature)) found.set(feature, `${ref.kind} ${ref.value} (${ref.source})`);
  }
  for (const [feature, n] of counts) if (n > 1) found.set(feature, `${found.get(feature)} and ${n - 1} more`);
  for (const name of message.attachmentNames ?? []) {
    if (KEY_FILE.test(name) && !found.has('key_file')) found.set('key_file', name);
    else if (CERTIFICATE_FILE.test(name) && !found.has('certificate_file'))
      found.set('certificate_file', name);
  }
  if (message.autoSubmitted) found.set('auto_submitted', 'Auto-Submitted');

  const reasons = [...found].map(([feature, evidence]): Reason => {
    const { weight, reason } = FEATURES.get(feature) as FeatureWeight;
    return { feature, weight, reason, evidence };
  });
  const score = reasons.reduce((sum, r) => sum + r.weight, 0);
  const verdict: Verdict =
    score >= CPR_THRESHOLDS.cpr
      ? 'cpr'
      : score >= CPR_THRESHOLDS.possible || references.length > 0
        ? 'possible'
        : 'not_cpr';
  return { score, verdict, problemType: verdict === 'not_cpr' ? null : problemTypeOf(reasons), reasons };
}

/** NFKC folds look-alike letters and digits; invisible format characters and line breaks would split words. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

function snippet(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 30);
  const to = Math.min(text.length, at + Math.min(length, 120) + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The kind with the most weight behind it; ties go to the one with the shortest revocation deadline. */
function problemTypeOf(reasons: readonly Reason[]): ProblemType {
  const order = ['key_compromise', 'misissuance', 'misuse'] as const;
  const totals = order.map((type) =>
    reasons.reduce((sum, r) => sum + (FEATURES.get(r.feature)?.problemType === type ? r.weight : 0), 0),
  );
  const best = Math.max(...totals);
  return best > 0 ? (order[totals.indexOf(best)] ?? 'other') : 'other';
}
