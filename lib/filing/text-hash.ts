import { createHash } from "node:crypto";

/** sha256 of a canonical text, hex: what annotations and duplicate checks compare. */
export function filingTextHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
