/** The PostgreSQL error behind a Drizzle error (both drivers), for constraint checks. */
export function pgFehler(error: unknown): { code?: string; constraint?: string } {
  const e = error as { code?: string; constraint?: string; cause?: unknown };
  if (e?.code) return e;
  if (e?.cause) return pgFehler(e.cause);
  return {};
}

export function istEindeutigkeitsFehler(error: unknown, constraint: string): boolean {
  const f = pgFehler(error);
  return f.code === '23505' && (f.constraint === undefined || f.constraint === constraint);
}
