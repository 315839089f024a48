import type { OrganisationsArt } from '../../api/typen';

/** The roles an account can have per kind of organisation, as the server checks them (konten/intern/rollen-je-art.ts). */
export const ROLLEN_JE_ART: Record<OrganisationsArt, string[]> = {
  traeger: ['administration', 'leitung', 'fachkraft', 'semiprofessionell', 'verwaltung', 'iefk'],
  jugendamt: ['administration', 'asd', 'wjh', 'fachcontrolling'],
};
