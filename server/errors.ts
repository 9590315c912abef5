import "server-only";

/** Codes of the failures a user can cause or meet; each has a message fit to show. */
export type AppErrorCode =
  "not-found" | "invalid-input" | "conflict" | "database-unavailable" | "unreadable-filing";

const statusByCode: Record<AppErrorCode, number> = {
  "not-found": 404,
  "invalid-input": 400,
  conflict: 409,
  "database-unavailable": 503,
  "unreadable-filing": 422,
};

/** An expected failure: its message is written for the user; raw errors never reach them. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.status = statusByCode[code];
  }
}

/** True for an AppError (also across module copies, which `instanceof` can miss). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof Error && error.name === "AppError" && "code" in error;
}
