import { describe, expect, it } from "vitest";
import { clientAddress, isTrustedProxy, parseTrustedProxies } from "./client-address.mjs";

describe("clientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.1, 192.168.0.0/16 ::1");

  it("believes only the socket when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "evil", none)).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // A client-forged first hop is never reached: the proxy appended the real one.
    expect(clientAddress("10.0.0.1", "1.1.1.1, 198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "198.51.100.7, 192.168.4.4", proxies)).toBe("198.51.100.7");
    expect(clientAddress("::1", ["198.51.100.7", "192.168.1.1"], proxies)).toBe("198.51.100.7");
    // An untrusted socket is the client, even with a header.
    expect(clientAddress("203.0.113.9", "198.51.100.7", proxies)).toBe("203.0.113.9");
    // Garbage in the header is skipped, not believed.
    expect(clientAddress("10.0.0.1", "not-an-ip", proxies)).toBe("10.0.0.1");
  });

  it("tells a trusted proxy's connection, in its IPv4-mapped form too", () => {
    expect(isTrustedProxy(proxies, "::ffff:192.168.3.3")).toBe(true);
    expect(isTrustedProxy(proxies, "::1")).toBe(true);
    expect(isTrustedProxy(proxies, "203.0.113.9")).toBe(false);
    expect(isTrustedProxy(none, "10.0.0.1")).toBe(false);
  });

  it("refuses a bad MARGINALIA_TRUSTED_PROXIES", () => {
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/bad prefix/);
  });
});
