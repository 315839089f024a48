import { z } from 'zod';
import { DOKUMENT_ARTEN } from '../enums.ts';
import { bezug, zeitpunkt } from './basis.ts';

export const dokumentArt = z.enum(DOKUMENT_ARTEN, {
  error: 'Bitte eine Art des Dokuments wählen: Hilfeplan, Bescheid, Bericht oder Sonstiges.',
});

/** A document of the case file as listed: everything but its content. */
export const dokument = z.object({
  id: z.string(),
  fallId: z.string(),
  name: z.string(),
  art: dokumentArt,
  mime: z.string(),
  groesse: z.number().int().describe('Größe in Bytes'),
  hochgeladenVon: bezug,
  hochgeladenAm: zeitpunkt,
});
export type Dokument = z.infer<typeof dokument>;
