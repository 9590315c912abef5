/**
 * The env module with some of its values replaced, for `vi.mock("@/server/env", …)` in tests:
 * each override is read when asked, so a test may set it after the module loads (the port of a
 * fake server started in beforeAll).
 */
export function envWithOverrides<Env extends object>(
  actual: { env: Env },
  overrides: Record<string, () => unknown>,
): { env: Env } {
  return {
    env: new Proxy(actual.env, {
      get: (target, name) =>
        typeof name === "string" && name in overrides ? overrides[name]!() : Reflect.get(target, name),
    }),
  };
}

/** Overrides that point the EDGAR client at a fake EDGAR's address, with a test User-Agent. */
export function fakeEdgarOverrides(url: () => string): Record<string, () => unknown> {
  return {
    MARGINALIA_EDGAR_WWW: url,
    MARGINALIA_EDGAR_DATA: url,
    MARGINALIA_EDGAR_USER_AGENT: () => "Marginalia tests tests@marginalia.example",
  };
}
