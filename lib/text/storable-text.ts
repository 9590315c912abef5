/**
 * User text as PostgreSQL can store it: without NUL (text columns cannot hold it, and it never
 * means anything in a note) and well-formed UTF-16 (a lone surrogate becomes U+FFFD, as any
 * UTF-8 encoder would make it; left alone it reaches the database as invalid UTF-8).
 */
export function storableText(value: string): string {
  return value.replaceAll("\u0000", "").toWellFormed();
}
