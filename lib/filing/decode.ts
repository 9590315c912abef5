/** Decodes a filing file's bytes: UTF-8 when valid, else Windows-1252 (older EDGAR text). */
export function decodeFilingBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
