/**
 * A person's @handle: the part of their email before the @, lower-cased and kept to the
 * characters handles allow ("ann.lee@example.com" → "ann.lee").
 */
export function handleOf(email: string): string {
  const local = email.split("@")[0] ?? "";
  return (
    local
      .toLowerCase()
      .replace(/[^a-z0-9._-]/g, "")
      .slice(0, 32) || "user"
  );
}
