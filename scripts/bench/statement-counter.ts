/**
 * A TCP proxy between the app and PostgreSQL that reads the PostgreSQL wire protocol the app
 * sends and records each statement it runs: a simple query ('Q') or an extended-protocol
 * Execute ('E', whose text is the Parse of the statement its portal was bound to). The bench
 * points the app's DATABASE_URL at it to count the queries of one page view. No TLS: the
 * bench's PostgreSQL is local.
 */
import net from "node:net";

/** A statement the app ran, in order. */
export interface CountedStatement {
  connection: number;
  text: string;
}

export interface StatementCounter {
  /** host:port of the proxy, for the app's DATABASE_URL. */
  port: number;
  /** Every statement run so far (a snapshot's length marks a point in time). */
  statements: CountedStatement[];
  close(): Promise<void>;
}

/** Reads a NUL-terminated string at `at`; returns it and the offset after the NUL. */
function cstring(buffer: Buffer, at: number): [string, number] {
  const end = buffer.indexOf(0, at);
  return [buffer.toString("utf8", at, end), end + 1];
}

/** Starts a proxy on 127.0.0.1 to PostgreSQL at `target` (host and port). */
export async function startStatementCounter(target: {
  host: string;
  port: number;
}): Promise<StatementCounter> {
  const statements: CountedStatement[] = [];
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const connection = ++connections;
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);

    // The frontend's messages: the first is the startup (no type byte; an SSLRequest or a
    // cancel request too), then each is a type byte and a length that counts itself.
    let pending = Buffer.alloc(0);
    let started = false;
    const parsed = new Map<string, string>(); // statement name → text
    const bound = new Map<string, string>(); // portal name → text
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          // 80877103: SSLRequest, answered before the real startup message comes.
          if (code !== 80877103) started = true;
          continue;
        }
        if (pending.length < 5) return;
        const type = String.fromCharCode(pending[0]!);
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) return;
        const body = pending.subarray(5, 1 + length);
        pending = pending.subarray(1 + length);
        if (type === "Q") statements.push({ connection, text: cstring(body, 0)[0] });
        else if (type === "P") {
          const [name, next] = cstring(body, 0);
          parsed.set(name, cstring(body, next)[0]);
        } else if (type === "B") {
          const [portal, next] = cstring(body, 0);
          bound.set(portal, parsed.get(cstring(body, next)[0]) ?? "(unknown statement)");
        } else if (type === "E") {
          statements.push({ connection, text: bound.get(cstring(body, 0)[0]) ?? "(unknown portal)" });
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    statements,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
