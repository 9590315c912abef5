import { describe, expect, it } from "vitest";
// The environment's parser is server code; its mail settings are checked here, with no server.
import { parseEnv } from "@/server/parse-env";

const base = { MARGINALIA_DATA_DIR: "/tmp/unused" };

describe("the mail settings", () => {
  it("are off unless MARGINALIA_SMTP_URL names an SMTP server", () => {
    expect(parseEnv(base).MARGINALIA_SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...base, MARGINALIA_SMTP_URL: "  " }).MARGINALIA_SMTP_URL).toBeUndefined();
    expect(
      parseEnv({ ...base, MARGINALIA_SMTP_URL: "smtp://user:pass@mail.example:587" }).MARGINALIA_SMTP_URL,
    ).toBe("smtp://user:pass@mail.example:587");
    expect(parseEnv({ ...base, MARGINALIA_SMTP_URL: "smtps://mail.example" }).MARGINALIA_SMTP_URL).toBe(
      "smtps://mail.example",
    );
    for (const wrong of ["mail.example:25", "http://mail.example", "smtp://", "smtp:// spaced"])
      expect(() => parseEnv({ ...base, MARGINALIA_SMTP_URL: wrong })).toThrow(/MARGINALIA_SMTP_URL/);
  });

  it("send from MARGINALIA_MAIL_FROM, else no-reply at the app's own address", () => {
    expect(parseEnv(base).mailFrom).toBe("Marginalia <no-reply@localhost>");
    expect(parseEnv({ ...base, MARGINALIA_URL: "https://notes.acme.example/" }).mailFrom).toBe(
      "Marginalia <no-reply@notes.acme.example>",
    );
    expect(parseEnv({ ...base, MARGINALIA_MAIL_FROM: "Acme Notes <notes@acme.example>" }).mailFrom).toBe(
      "Acme Notes <notes@acme.example>",
    );
    for (const wrong of ["no address", "Ann <ann@acme.example>\r\nBcc: x@y.z"])
      expect(() => parseEnv({ ...base, MARGINALIA_MAIL_FROM: wrong })).toThrow(/MARGINALIA_MAIL_FROM/);
  });
});
