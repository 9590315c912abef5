import { checkDatabase } from "@/server/data/check-database";

export const dynamic = "force-dynamic";

/** Liveness and database check: 200 when the database answers within 3 s, else 503. */
export async function GET() {
  try {
    const database = await checkDatabase({ timeoutMs: 3_000 });
    return Response.json({ status: "ok", database }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json(
      { status: "unavailable", message: "The database is not answering." },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
