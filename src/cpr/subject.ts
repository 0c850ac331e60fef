/**
 * Case numbers in mail subjects, so a reply ("Re: [CPR-000123] …") joins its
 * case instead of opening a new one. The number is the case's id, zero-padded
 * to six digits to keep subjects aligned; ids past 999999 simply grow.
 */
export { formatCaseNumber } from '../rules/caseNumber.js';

/** Bounded digits: the id stays a safe integer and the pattern linear. */
const IN_SUBJECT = /(?<![a-z0-9])CPR-([0-9]{6,15})(?![0-9])/i;

/** The case id named in a subject, or null; full-width digits and letters count (NFKC). */
export function caseNumberInSubject(subject: string): number | null {
  const m = IN_SUBJECT.exec(subject.normalize('NFKC'));
  if (!m) return null;
  const id = Number(m[1]);
  return id >= 1 ? id : null;
}
