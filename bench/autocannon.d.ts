// Minimal types for the part of autocannon the benchmarks use (the package ships none).
declare module 'autocannon' {
  export interface Anfrage {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  export interface Optionen {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before every request; returns the request to send (a different body each time). */
    requests?: { setupRequest?: (anfrage: Anfrage) => Anfrage }[];
  }
  export interface Ergebnis {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    '2xx': number;
  }
  export default function autocannon(opt: Optionen): Promise<Ergebnis>;
}
