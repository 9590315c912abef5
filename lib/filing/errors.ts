/**
 * Why a filing could not be read: nothing in it, not text at all, no readable words, or more
 * than one filing may hold (lib/filing/limits.ts).
 */
export type FilingReadErrorCode = "empty" | "binary" | "no-text" | "too-large";

const MESSAGES: Record<FilingReadErrorCode, string> = {
  empty: "The file is empty.",
  binary: "The file is not text: it looks like a binary file (PDF, image, archive or similar).",
  "no-text": "The file has no readable text.",
  "too-large": "This filing holds more than Marginalia reads in one filing. Import the part you need.",
};

/**
 * Thrown by `analyzeFiling` when the input cannot be read as a filing. The app and the CLI turn
 * it into a message for the user; `code` says which case it is.
 */
export class FilingReadError extends Error {
  readonly code: FilingReadErrorCode;

  /** @param code which unreadable case; @param message overrides the default message. */
  constructor(code: FilingReadErrorCode, message?: string) {
    super(message ?? MESSAGES[code]);
    this.name = "FilingReadError";
    this.code = code;
  }
}
