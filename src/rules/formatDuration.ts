import { DAY, HOUR, MINUTE, SECOND } from './time.js';

const UNITS: readonly { unit: string; size: number }[] = [
  { unit: 'd', size: DAY },
  { unit: 'h', size: HOUR },
  { unit: 'min', size: MINUTE },
  { unit: 's', size: SECOND },
];

/**
 * A duration for people: the largest unit and the next one unless it is zero ("3 h 12 min",
 * "2 d 4 h", "2 d"), rounded down. The sign is dropped: the caller writes "due in" or "overdue by".
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const first = UNITS.findIndex((u) => abs >= u.size);
  const major = UNITS[first];
  if (major === undefined) return '0 s';
  const count = Math.floor(abs / major.size);
  const minor = UNITS[first + 1];
  const minorCount = minor === undefined ? 0 : Math.floor((abs % major.size) / minor.size);
  return minor !== undefined && minorCount > 0
    ? `${count} ${major.unit} ${minorCount} ${minor.unit}`
    : `${count} ${major.unit}`;
}
