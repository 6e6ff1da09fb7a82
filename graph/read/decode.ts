// Bytes → text, or the reason the bytes are not an article. Pure (no node:fs) so the
// explorer can check a dropped file the same way the CLI checks a file on disk.

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** How much of the start of a file is sampled for control characters. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of control characters the file is treated as binary, not text. */
const MAX_CONTROL_RATIO = 0.1;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true }); // also strips a leading BOM

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty file" };
  const utf16 = utf16ByBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);

  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `binary file (NUL byte at offset ${nul})` };

  const ratio = controlCharRatio(bytes.subarray(0, SNIFF_BYTES));
  if (ratio > MAX_CONTROL_RATIO) {
    return { ok: false, problem: `binary file (${Math.round(ratio * 100)}% control characters)` };
  }

  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, "0");
    return { ok: false, problem: `not valid UTF-8 (byte 0x${byte} at offset ${at})` };
  }
  if (text.trim() === "") return { ok: false, problem: "empty file (only whitespace)" };
  return { ok: true, text };
}

type Utf16 = "utf-16le" | "utf-16be";

/** Windows tools (Notepad, PowerShell's `>`) write UTF-16 with a byte order mark; without one it is binary. */
function utf16ByBom(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16): Decoded {
  const name = encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
  if (bytes.length % 2 !== 0) {
    return { ok: false, problem: `not valid ${name} (odd number of bytes: ${bytes.length})` };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes); // drops the BOM
  } catch {
    return { ok: false, problem: `not valid ${name} (unpaired surrogate)` };
  }
  // The same checks as for UTF-8, on characters instead of bytes.
  const nul = text.indexOf("\0");
  if (nul >= 0) return { ok: false, problem: `binary file (NUL character at offset ${2 + nul * 2})` };
  const codes = Uint8Array.from(text.slice(0, SNIFF_BYTES), (c) => Math.min(c.charCodeAt(0), 0xff));
  const ratio = controlCharRatio(codes);
  if (ratio > MAX_CONTROL_RATIO) {
    return { ok: false, problem: `binary file (${Math.round(ratio * 100)}% control characters)` };
  }
  if (text.trim() === "") return { ok: false, problem: "empty file (only whitespace)" };
  return { ok: true, text };
}

function controlCharRatio(sample: Uint8Array): number {
  let control = 0;
  for (const b of sample) {
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * Offset of the first byte that breaks UTF-8 well-formedness (Unicode table 3-7).
 * Only used to word the message: TextDecoder decides validity but does not say where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated sequence at the end of the file
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i; // name the sequence's first byte: that is the odd character
    }
    i += need + 1;
  }
  return -1;
}
