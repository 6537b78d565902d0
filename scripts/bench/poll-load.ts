export interface LoadWindow {
  seconds: number;
  requests: number;
  /** Answers other than 200, and requests that failed outright. */
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface PollLoad {
  /** What the clients saw since the previous window (or since they started), in ms; opens the next window. */
  window(): LoadWindow;
  stop(): Promise<void>;
}

/**
 * `clients` loops, each requesting `url` as soon as its previous answer was read, as a page of that
 * many open portals polling would. Node's fetch keeps connections alive, so each loop holds one.
 * A request counts in the window in which its answer arrived.
 */
export function startPollLoad(url: string, headers: Record<string, string>, clients: number): PollLoad {
  let latencies: number[] = [];
  let errors = 0;
  let windowStart = performance.now();
  let stopping = false;
  const loop = async () => {
    while (!stopping) {
      const started = performance.now();
      try {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    window() {
      const now = performance.now();
      const seconds = (now - windowStart) / 1000;
      const result = summarise(latencies, errors, seconds);
      latencies = [];
      errors = 0;
      windowStart = now;
      return result;
    },
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

function summarise(latencies: number[], errors: number, seconds: number): LoadWindow {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    seconds: Math.round(seconds * 10) / 10,
    requests: sorted.length,
    errors,
    requestsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}
