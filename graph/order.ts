/** Locale-independent string order, so every machine sorts keys, files and evidence the same way. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
