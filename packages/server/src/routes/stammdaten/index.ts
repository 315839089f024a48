import { benutzerZeile, jugendamt, katalogEintrag } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listBenutzer } from '../../use-cases/stammdaten/list-benutzer.ts';
import { listJugendaemter } from '../../use-cases/stammdaten/list-jugendaemter.ts';
import { listKatalog } from '../../use-cases/stammdaten/list-katalog.ts';
import { fehler } from '../schemas.ts';

export function stammdatenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Stammdaten'];
  r.get(
    '/api/jugendaemter',
    { schema: { tags, summary: 'Alle Jugendämter', response: { 200: z.array(jugendamt), ...fehler } } },
    async (req) => listJugendaemter(req.kontext()),
  );
  r.get(
    '/api/benutzer',
    {
      schema: {
        tags,
        summary: 'Mitarbeitende der eigenen Organisation',
        response: { 200: z.array(benutzerZeile), ...fehler },
      },
    },
    async (req) => listBenutzer(req.kontext()),
  );
  r.get(
    '/api/katalog',
    {
      schema: {
        tags,
        summary: 'Leistungen des Katalogs, Varianten mit Titel',
        response: { 200: z.array(katalogEintrag), ...fehler },
      },
    },
    async (req) => listKatalog(req.kontext()),
  );
}
