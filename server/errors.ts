import "server-only";

/** Codes of the failures a user can cause or meet; each has a message fit to show. */
export type AppErrorCode =
  | "not-found"
  | "invalid-input"
  | "conflict"
  | "database-unavailable"
  | "unreadable-filing"
  | "unauthenticated"
  | "forbidden"
  | "precondition-failed"
  | "precondition-required"
  | "unsupported-media-type"
  | "payload-too-large"
  | "unprocessable"
  | "rate-limited"
  /** A feature needs configuration this server lacks (EDGAR without a User-Agent). */
  | "not-configured"
  /** A service the app depends on (EDGAR) is down, slow or refusing. */
  | "upstream-unavailable";

const statusByCode: Record<AppErrorCode, number> = {
  "not-found": 404,
  "invalid-input": 400,
  conflict: 409,
  "database-unavailable": 503,
  "unreadable-filing": 422,
  unauthenticated: 401,
  forbidden: 403,
  "precondition-failed": 412,
  "precondition-required": 428,
  "unsupported-media-type": 415,
  "payload-too-large": 413,
  unprocessable: 422,
  "rate-limited": 429,
  "not-configured": 503,
  "upstream-unavailable": 502,
};

/** An expected failure: its message is written for the user; raw errors never reach them. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Each problem found, for input with several (an import document), also fit to show. */
  readonly details: string[] | undefined;
  /** Seconds to wait before trying again (rate limits: sent as Retry-After). */
  readonly retryAfter: number | undefined;
  /** Messages for a form's fields (a conflict's newer text, the field at fault), fit to show. */
  readonly fieldErrors: Record<string, string[]> | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    options?: {
      cause?: unknown;
      details?: string[];
      retryAfter?: number;
      fieldErrors?: Record<string, string[]>;
    },
  ) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.status = statusByCode[code];
    this.details = options?.details;
    this.retryAfter = options?.retryAfter;
    this.fieldErrors = options?.fieldErrors;
  }
}

/** True for an AppError (also across module copies, which `instanceof` can miss). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof Error && error.name === "AppError" && "code" in error;
}
