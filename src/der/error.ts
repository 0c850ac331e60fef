/** A violation of DER found at a byte offset of the input. */
export class DerError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`${reason} at byte ${offset}`);
    this.name = 'DerError';
  }
}

export function fail(offset: number, reason: string): never {
  throw new DerError(offset, reason);
}
