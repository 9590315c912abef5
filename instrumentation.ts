/**
 * Runs once when the server starts. It hands the page cache in front of Next
 * (scripts/page-cache.mjs, used by scripts/serve.mjs in the same process) the two things it
 * needs from the app: the version of a filing's page, read through the data layer, and whether
 * a reader may have it (on a private deployment, only with a session).
 * And it starts the background work (analyses after an upgrade, EDGAR imports and watches),
 * except while `next build` runs it.
 */
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const global = globalThis as unknown as {
    marginaliaReaderPageVersion?: (slug: string) => Promise<string | null>;
    marginaliaReaderPageAccess?: (cookie: string | undefined) => Promise<"public" | "signed-in" | null>;
  };
  global.marginaliaReaderPageVersion = async (slug) => {
    // Loaded on first use: `next build` runs this hook too, and must not open the database.
    const { getReaderPageVersion } = await import("./server/data/get-reader-page-version");
    return getReaderPageVersion({ slug });
  };
  global.marginaliaReaderPageAccess = async (cookie) => {
    const { readerPageAccess } = await import("./server/auth");
    return readerPageAccess(cookie);
  };
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  void import("./server/jobs/start-background-work")
    .then(({ startBackgroundWork }) => startBackgroundWork())
    .catch((error: unknown) =>
      console.error(
        `Background work did not start: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
}
