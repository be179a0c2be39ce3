// Turns a file's bytes into the text Airflow would read, or a one-line reason why Airflow could not
// read it at all. Airflow opens airflow.cfg as UTF-8 text (not `utf-8-sig`), so a byte order mark
// stays in the text and the parser reports it, as Python would.

export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeConfigBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, reason: `is larger than 10 MB (${bytes.length} bytes); an airflow.cfg is a text file of a few hundred KB at most` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `contains a NUL byte at line ${lineOfOffset(bytes, nul)}; it looks like a binary file, not an airflow.cfg` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `is not valid UTF-8 (first bad byte at line ${lineOfOffset(bytes, offset)}); Airflow reads airflow.cfg as UTF-8 and would fail with UnicodeDecodeError: save it as UTF-8`,
    };
  }
}

/** 1-based line of a byte offset, counting `\n`, `\r\n` and lone `\r` as Python does. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i];
    if (byte === 0x0a) line += 1;
    else if (byte === 0x0d && bytes[i + 1] !== 0x0a) line += 1;
  }
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  let length: number;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) length = 3;
  else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
  else return 0;
  try {
    utf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}
