import type { ProblemType } from '../store/schema.js';

/** The kinds of problem a reporter can choose, in the order the form offers them, with their names. */
export const PROBLEM_TYPES: readonly { readonly value: ProblemType; readonly label: string }[] = [
  { value: 'key_compromise', label: 'Key compromise' },
  { value: 'misissuance', label: 'Mis-issuance' },
  { value: 'misuse', label: 'Misuse (phishing, malware, fraud)' },
  { value: 'other', label: 'Other' },
];

export function problemTypeLabel(type: ProblemType | null): string {
  return PROBLEM_TYPES.find((p) => p.value === type)?.label ?? 'Not determined';
}
