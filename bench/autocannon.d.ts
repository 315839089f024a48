// Minimal types for the part of autocannon the benchmark uses (the package ships none).
declare module 'autocannon' {
  interface Optionen {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }
  interface Ergebnis {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  }
  export default function autocannon(opt: Optionen): Promise<Ergebnis>;
}
