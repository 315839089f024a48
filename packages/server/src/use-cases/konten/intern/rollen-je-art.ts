import type { Rolle } from '@hilfewerk/db';

/** Which roles an account of a provider or of a Jugendamt can have (DOMAIN: who works where). */
export const ROLLEN_JE_ART: Record<'traeger' | 'jugendamt', readonly Rolle[]> = {
  traeger: ['administration', 'leitung', 'fachkraft', 'semiprofessionell', 'verwaltung', 'iefk'],
  jugendamt: ['administration', 'asd', 'wjh', 'fachcontrolling'],
};
