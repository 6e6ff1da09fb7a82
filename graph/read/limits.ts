// Size limits and how they are worded, shared by the CLI and the explorer so both name the limit alike:
// "too large (52.4 MB; the limit is 20 MB)". Pure: no node:fs, the page imports it.

/** Article files larger than this many MB are reported and skipped (`graph build --max-file-mb`). */
export const DEFAULT_MAX_FILE_MB = 20;

export const MB = 1024 * 1024;

export function formatSize(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** "too large (137.1 MB; the limit is 64 MB)". */
export function tooLarge(bytes: number, limitBytes: number): string {
  return `too large (${formatSize(bytes)}; the limit is ${formatSize(limitBytes)})`;
}
