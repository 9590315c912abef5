import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layers of README's Architecture, as the lint sees them (eslint.config.mjs): code that
// crosses a boundary fails `npm test`.
const eslint = new ESLint({ cwd: process.cwd() });

/** The restricted-import messages ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("the layers' import boundaries", () => {
  it("fails a component that imports a server module, even only a type; server actions are allowed", async () => {
    const [viaData] = await boundaryErrors(
      "components/library/example.tsx",
      'import type { listFilings } from "@/server/data/list-filings";\nexport type X = typeof listFilings;\n',
    );
    expect(viaData).toMatch(/components\/ import no server module/);
    expect(
      await boundaryErrors(
        "components/library/example.tsx",
        'import { currentUser } from "../../server/auth";\nexport const x = currentUser;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "components/library/example.tsx",
        'import { addComment } from "@/server/actions/add-comment";\nexport const x = addComment;\n',
      ),
    ).toEqual([]);
  });

  it("keeps lib/ free of frameworks and server code", async () => {
    expect(
      await boundaryErrors(
        "lib/filing/example.ts",
        'import { useState } from "react";\nexport const x = useState;\n',
      ),
    ).toEqual([expect.stringMatching(/framework-free/)]);
    expect(
      await boundaryErrors(
        "lib/filing/example.ts",
        'import { db } from "@/server/db";\nexport const x = db;\n',
      ),
    ).toEqual([expect.stringMatching(/pure domain logic/)]);
  });

  it("lets only the data layer use the Prisma client", async () => {
    const code = 'import { db } from "@/server/db";\nexport const x = db;\n';
    for (const filePath of ["server/actions/example.ts", "server/notes/example.ts", "app/example/page.tsx"])
      expect(await boundaryErrors(filePath, code)).toEqual([expect.stringMatching(/Only server\/data/)]);
    expect(await boundaryErrors("server/data/example.ts", code)).toEqual([]);
  });
});
