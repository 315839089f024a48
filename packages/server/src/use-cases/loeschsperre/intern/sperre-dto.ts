import type { loeschsperre } from '@hilfewerk/db';

/** A legal hold as the API answers it. */
export function sperreDto(s: typeof loeschsperre.$inferSelect) {
  return {
    id: s.id,
    fallId: s.fallId,
    grund: s.grund,
    gesetztAm: s.gesetztAm.toISOString(),
    aufgehobenAm: s.aufgehobenAm?.toISOString() ?? null,
  };
}
