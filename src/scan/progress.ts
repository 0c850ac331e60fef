/** The progress line a scan shows on a terminal. */

export interface ProgressLine {
  readonly objects: number;
  readonly unreadable: number;
  /** Bytes read of `totalBytes`: the share of the corpus behind us. */
  readonly bytes: number;
  readonly totalBytes: number;
  /** Objects per second in this run. */
  readonly rate: number;
}

const WIDTH = 24;
const number = (n: number) => Math.round(n).toLocaleString('en');

export function formatProgress(p: ProgressLine): string {
  const share = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
  const filled = Math.round(share * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const unreadable = p.unreadable > 0 ? `, ${number(p.unreadable)} unreadable` : '';
  return `${bar} ${percent}  ${number(p.objects)} objects${unreadable}, ${number(p.rate)}/s`;
}
