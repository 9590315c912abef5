/**
 * The fake EDGAR (server/testing/fake-edgar.ts) as a process of its own, for the end-to-end
 * tests' server: `tsx scripts/system/fake-edgar.ts <port>`. Runs until stopped.
 */
import { startFakeEdgar } from "@/server/testing/fake-edgar";

const port = Number(process.argv[2] ?? 3199);
const fake = await startFakeEdgar({ port });
console.log(`fake EDGAR on ${fake.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void fake.close().then(() => process.exit(0)));
