import { ROLLEN } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnmeldeOptionen } from '../../use-cases/auth/login.ts';
import { createBenutzer } from '../../use-cases/konten/create-benutzer.ts';
import { updateBenutzer } from '../../use-cases/konten/update-benutzer.ts';
import { listBenutzer } from '../../use-cases/stammdaten/list-benutzer.ts';
import { id, pflicht } from '../schemas.ts';

const rolle = z.enum(ROLLEN, { error: `Bitte eine Rolle wählen: ${ROLLEN.join(', ')}.` });
const email = z
  .string({ error: 'Bitte geben Sie die E-Mail-Adresse an.' })
  .trim()
  .max(254, 'Höchstens 254 Zeichen.')
  .pipe(z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse an (name@beispiel.de).' }));

/** Accounts of the own organisation: the administration creates, changes, locks out and unlocks them. */
export function benutzerRouten(app: FastifyInstance, anmeldung: AnmeldeOptionen): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Benutzerkonten'];
  r.get(
    '/api/benutzer',
    { schema: { tags, summary: 'Mitarbeitende der eigenen Organisation (Leitung, Administration)' } },
    async (req) => listBenutzer(req.kontext(), anmeldung),
  );
  r.post(
    '/api/benutzer',
    {
      schema: {
        tags,
        summary: 'Konto anlegen (Administration); liefert einmal das Einmalpasswort',
        body: z.object({ email, name: pflicht('den Namen'), rolle }),
      },
    },
    async (req, reply) => reply.status(201).send(await createBenutzer(req.kontext(), req.body)),
  );
  r.patch(
    '/api/benutzer/:id',
    {
      schema: {
        tags,
        summary:
          'Konto ändern (Administration): Name, Rolle, aktiv (false beendet die Sitzungen), Passwort zurücksetzen, Sperre aufheben',
        params: z.object({ id }),
        body: z
          .object({
            name: pflicht('den Namen').optional(),
            rolle: rolle.optional(),
            aktiv: z.boolean({ error: 'aktiv muss true oder false sein.' }).optional(),
            passwortZuruecksetzen: z
              .literal(true, { error: 'passwortZuruecksetzen kann nur true sein.' })
              .optional(),
            entsperren: z.literal(true, { error: 'entsperren kann nur true sein.' }).optional(),
          })
          .refine((a) => Object.values(a).some((w) => w !== undefined), {
            error:
              'Bitte geben Sie an, was sich ändern soll (name, rolle, aktiv, passwortZuruecksetzen, entsperren).',
          }),
      },
    },
    async (req) => {
      const ergebnis = await updateBenutzer(req.kontext(), req.params.id, req.body, anmeldung);
      // This instance's session cache must not keep a deactivated or demoted account logged in.
      app.vergesseBenutzer(req.params.id);
      return ergebnis;
    },
  );
}
