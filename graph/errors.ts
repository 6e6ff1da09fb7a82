/** The message of anything thrown, for a line a person reads. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
