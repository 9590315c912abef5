// What an import accepts, without zod, so the browser can check a file before sending it.

/** Largest filing accepted for import. */
export const MAX_FILING_BYTES = 20 * 1024 * 1024;
/** File types the analysis reads (EDGAR text and HTML). */
export const SUPPORTED_FILING_EXTENSIONS = [".txt", ".htm", ".html"] as const;

/** UTF-8 size of a string, without allocating a buffer (UTF-16 code units to bytes). */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why a file name is refused, or null when its type is supported (pasted text has none). */
export function unsupportedFileType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (!/\.[a-z0-9]+$/.test(lower)) return null;
  if (SUPPORTED_FILING_EXTENSIONS.some((extension) => lower.endsWith(extension))) return null;
  return `“${fileName}” is not a supported file type. Import EDGAR text (.txt) or HTML (.htm, .html).`;
}
