import { angelegtesKonto, geaendertesKonto, konto, kontoAenderung, neuesKonto } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnmeldeOptionen } from '../../use-cases/auth/login.ts';
import { createBenutzer } from '../../use-cases/konten/create-benutzer.ts';
import { updateBenutzer } from '../../use-cases/konten/update-benutzer.ts';
import { listBenutzer } from '../../use-cases/stammdaten/list-benutzer.ts';
import { fehler, id } from '../schemas.ts';

/** Accounts of the own organisation: the administration creates, changes, locks out and unlocks them. */
export function benutzerRouten(app: FastifyInstance, anmeldung: AnmeldeOptionen): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Benutzerkonten'];
  r.get(
    '/api/benutzer',
    {
      schema: {
        tags,
        summary: 'Mitarbeitende der eigenen Organisation (Leitung, Administration)',
        response: { 200: z.array(konto), ...fehler },
      },
    },
    async (req) => listBenutzer(req.kontext(), anmeldung),
  );
  r.post(
    '/api/benutzer',
    {
      schema: {
        tags,
        summary: 'Konto anlegen (Administration); liefert einmal das Einmalpasswort',
        body: neuesKonto,
        response: { 201: angelegtesKonto, ...fehler },
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
        body: kontoAenderung,
        response: { 200: geaendertesKonto, ...fehler },
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
