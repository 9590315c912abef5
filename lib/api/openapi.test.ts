import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";

type Spec = Parameters<Validator["validate"]>[0];
import { openApiDocument } from "./openapi";

/** Every route.ts under app/api/v1 as an OpenAPI path with its exported methods. */
function routeFiles(dir: string, prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
      return routeFiles(path.join(dir, entry.name), `${prefix}/${segment}`);
    }
    return entry.name === "route.ts" ? [prefix] : [];
  });
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument) as unknown as Spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("would be caught if it broke the OpenAPI schema", async () => {
    const broken = structuredClone(openApiDocument) as unknown as { paths: Record<string, { get?: object }> };
    broken.paths["/api/v1/search"]!.get = { parameters: [{ name: "q", in: "body" }], responses: {} };
    expect((await new Validator().validate(broken as unknown as Spec)).valid).toBe(false);
  });

  it("describes every route of /api/v1 and nothing else", () => {
    const routes = routeFiles(path.join(process.cwd(), "app/api/v1")).sort();
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(routes);
  });
});
