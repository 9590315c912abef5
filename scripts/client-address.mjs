/**
 * Who sent a request: the address of the connection's other end, unless that is a proxy the
 * operator named in MARGINALIA_TRUSTED_PROXIES; then the proxy's X-Forwarded-For says, read
 * from the right, skipping the trusted proxies. A client-set X-Forwarded-For is never believed
 * on its own (rate limits and sign-in delays key on this address).
 */
import net from "node:net";

/**
 * Parses MARGINALIA_TRUSTED_PROXIES: addresses and CIDR ranges, comma or space separated
 * ("10.0.0.1, 192.168.0.0/16, ::1"). Throws on an entry that is neither.
 * @param {string | undefined} value
 * @returns {net.BlockList}
 */
export function parseTrustedProxies(value) {
  const list = new net.BlockList();
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    if (!family)
      throw new Error(`MARGINALIA_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    if (prefix === undefined) list.addAddress(address, family);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === "ipv4" ? 32 : 128))
        throw new Error(`MARGINALIA_TRUSTED_PROXIES: "${entry}" has a bad prefix length.`);
      list.addSubnet(address, bits, family);
    }
  }
  return list;
}

/** "::ffff:127.0.0.1" → "127.0.0.1" (IPv4 clients of a dual-stack socket). @param {string} address */
function plain(address) {
  return address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

/**
 * Is this address one of the trusted proxies? ("::ffff:" IPv4 forms included.)
 * @param {net.BlockList} trusted @param {string} address
 */
export function isTrustedProxy(trusted, address) {
  return isTrusted(trusted, plain(address));
}

/** @param {net.BlockList} trusted @param {string} address */
function isTrusted(trusted, address) {
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  return family !== null && trusted.check(address, family);
}

/**
 * The client's address for a request.
 * @param {string | undefined} socketAddress the connection's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {net.BlockList} trusted the proxies whose X-Forwarded-For is believed
 * @returns {string} the address ("unknown" when the socket has none)
 */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  let address = plain(socketAddress ?? "unknown");
  if (!isTrusted(trusted, address) || forwardedFor === undefined) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((hop) => plain(hop.trim()))
    .filter((hop) => net.isIP(hop) !== 0);
  // From the right: each trusted proxy vouches for the hop before it.
  while (hops.length > 0 && isTrusted(trusted, address)) address = hops.pop() ?? address;
  return address;
}
