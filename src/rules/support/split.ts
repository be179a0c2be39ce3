/** Splits on a separator and keeps each part's offset in the text, for positions inside a value. */
export function splitWithOffsets(text: string, separator: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const part of text.split(separator)) {
    parts.push({ text: part, offset });
    offset += part.length + separator.length;
  }
  return parts;
}
