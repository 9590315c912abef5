/**
 * HTTP measurements of one URL: sequential requests with a plain node:http client (time to
 * last byte), and autocannon runs at fixed connection counts. Both keep connections alive and
 * send no Accept-Encoding, so the app and the static baseline both answer uncompressed.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { summarize, type Summary } from "./stats";

/** One response fully read. */
export interface Fetched {
  status: number;
  body: Buffer;
  /** Request start to last byte, milliseconds. */
  ms: number;
}

/** GETs `url` and reads the whole body (keep-alive when `agent` keeps connections alive). */
export function getOnce(
  url: string,
  agent: http.Agent = http.globalAgent,
  headers: http.OutgoingHttpHeaders = {},
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

export interface SequentialResult extends Summary {
  /** Bytes on the wire of the last response (compressed when asked for). */
  bytes: number;
  samples: number[];
}

/**
 * Time to last byte of `runs` sequential GETs after `warmUp` unmeasured ones.
 * @param headers e.g. `accept-encoding: gzip` to time the app compressing as it does for browsers
 * @throws when any answer is not 200 (we must not time an error page)
 */
export async function measureSequential(
  url: string,
  warmUp: number,
  runs: number,
  headers: http.OutgoingHttpHeaders = {},
): Promise<SequentialResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let bytes = 0;
    const samples: number[] = [];
    for (let i = 0; i < warmUp + runs; i++) {
      const { status, body, ms } = await getOnce(url, agent, headers);
      if (status !== 200) throw new Error(`${url} answered ${status}`);
      bytes = body.length;
      if (i >= warmUp) samples.push(ms);
    }
    return { ...summarize(samples), bytes, samples };
  } finally {
    agent.destroy();
  }
}

export interface LoadResult {
  connections: number;
  durationS: number;
  latencyP50: number;
  latencyP975: number;
  latencyMean: number;
  requestsPerS: number;
  completed: number;
  errors: number;
  non2xx: number;
}

/** What each request of a load run sends (default: a plain GET). */
export interface LoadRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

/** An autocannon run of `durationS` seconds at `connections` connections (no pipelining). */
export async function measureLoad(
  url: string,
  connections: number,
  durationS: number,
  request: LoadRequest = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    pipelining: 1,
    timeout: 30,
    ...request,
  });
  return {
    connections,
    durationS: result.duration,
    latencyP50: result.latency.p50,
    latencyP975: result.latency.p97_5,
    latencyMean: result.latency.average,
    requestsPerS: result.requests.average,
    completed: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
