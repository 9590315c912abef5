import { describe, expect, it } from "vitest";
import { handleOf } from "./handles";

describe("handleOf", () => {
  it("takes the email's local part, lower-cased, in handle characters", () => {
    expect(handleOf("Ann.Lee@Example.com")).toBe("ann.lee");
    expect(handleOf("bob+desk@example.com")).toBe("bobdesk");
    expect(handleOf("@example.com")).toBe("user");
  });
});
