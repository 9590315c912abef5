import type { AppError } from "@/server/errors";

/** The AppError a promise rejects with; fails the test when it resolves instead. */
export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected the operation to fail");
}
