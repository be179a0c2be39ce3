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
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, reason: utf16 };
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

/**
 * A file saved as UTF-16 (Windows editors and PowerShell's `>` do it). Airflow 2.10.5, reading such an
 * airflow.cfg, fails with the error quoted here (with a byte order mark); without one, UTF-8 decoding
 * succeeds and configparser sees a NUL before every character, so nothing Airflow knows is read.
 */
function utf16Kind(bytes: Uint8Array): string | undefined {
  const fix = 'save it as UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return `is UTF-16 (little-endian, with a byte order mark); Airflow reads airflow.cfg as UTF-8 and fails with "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte": ${fix}`;
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return `is UTF-16 (big-endian, with a byte order mark); Airflow reads airflow.cfg as UTF-8 and fails with "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte": ${fix}`;
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul += 1;
    else oddNul += 1;
  }
  const half = Math.floor(sample.length / 2);
  const order = oddNul >= half * 0.9 && evenNul === 0 ? 'little-endian' : evenNul >= half * 0.9 && oddNul === 0 ? 'big-endian' : undefined;
  if (!order) return undefined;
  return `looks like UTF-16 (${order}, without a byte order mark: a NUL byte beside every character); Airflow reads airflow.cfg as UTF-8 and would see a NUL in every name, so none of its options would be read: ${fix}`;
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
