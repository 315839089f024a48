import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DOKUMENT_MAX_BYTES, fehler, gesundheit } from '@hilfewerk/api';
import type { Datenbank } from '@hilfewerk/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { OidcKonfiguration } from './konfiguration/oidc.ts';
import { accessPlugin } from './plugins/access.ts';
import { authPlugin } from './plugins/auth.ts';
import { dbPlugin } from './plugins/db.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { kopfzeilenPlugin } from './plugins/kopfzeilen.ts';
import { leererKoerperPlugin } from './plugins/leerer-koerper.ts';
import { routenPlugin } from './plugins/routen.ts';
import { steuerzeichenPlugin } from './plugins/steuerzeichen.ts';
import { zaehlungenPlugin } from './plugins/zaehlungen.ts';
import { abrechnungRouten } from './routes/abrechnung/index.ts';
import { anfragenRouten } from './routes/anfragen/index.ts';
import { auditRouten } from './routes/audit/index.ts';
import { aufbewahrungRouten } from './routes/aufbewahrung/index.ts';
import { authRouten } from './routes/auth/index.ts';
import { oidcRouten } from './routes/auth/oidc.ts';
import { benutzerRouten } from './routes/benutzer/index.ts';
import { bereitschaftRouten } from './routes/bereitschaft/index.ts';
import { berichteRouten } from './routes/berichte/index.ts';
import { beschwerdenRouten } from './routes/beschwerden/index.ts';
import { budgetRouten } from './routes/budget/index.ts';
import { controllingRouten } from './routes/controlling/index.ts';
import { dokumenteRouten } from './routes/dokumente/index.ts';
import { ereignisseRouten } from './routes/faelle/ereignisse.ts';
import { faelleRouten } from './routes/faelle/faelle.ts';
import { hilfenRouten } from './routes/faelle/hilfen.ts';
import { notizenRouten } from './routes/faelle/notizen.ts';
import { personenRouten } from './routes/faelle/personen.ts';
import { teamRouten } from './routes/faelle/team.ts';
import { fristenRouten } from './routes/fristen/index.ts';
import { organisationspflichtenRouten } from './routes/fristen/organisationspflichten.ts';
import { gewaehrteHilfenRouten } from './routes/gewaehrte-hilfen/index.ts';
import { hilfeplanRouten } from './routes/hilfeplan/index.ts';
import { kalkulationenRouten } from './routes/kalkulationen/index.ts';
import { kennzahlenRouten } from './routes/kennzahlen/index.ts';
import { kennzahlenTraegerRouten } from './routes/kennzahlen-traeger/index.ts';
import { kinderschutzRouten } from './routes/kinderschutz/index.ts';
import { leistungenRouten } from './routes/leistungen/index.ts';
import { mitteilungenRouten } from './routes/mitteilungen/index.ts';
import { organisationRouten } from './routes/organisation/index.ts';
import { personalRouten } from './routes/personal/index.ts';
import { schulungRouten } from './routes/schulungen/index.ts';
import { stammdatenRouten } from './routes/stammdaten/index.ts';
import { traegerbudgetRouten } from './routes/traegerbudgets/index.ts';
import { vorkommnisRouten } from './routes/vorkommnisse/index.ts';
import { type AnmeldeOptionen, STANDARD_ANMELDUNG } from './use-cases/auth/login.ts';
import {
  type BeschwerdeDrosselung,
  STANDARD_BESCHWERDE_DROSSELUNG,
} from './use-cases/beschwerden/reiche-beschwerde-ein.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptionen {
  db: Datenbank;
  /** Demo mode: shown by /api/health so the web app can show its DEMO banner. @default false */
  demo?: boolean;
  /** Fastify logger setting. @default false */
  logger?: FastifyServerOptions['logger'];
  /** Idle minutes before a session ends (HILFEWERK_SITZUNG_MINUTEN). @default 60 */
  sitzungMinuten?: number;
  /** Reuse of a resolved session without a database round trip, in ms (0 = off). @default 5000 */
  sitzungsCacheMs?: number;
  /** Failure throttling of logins. */
  anmeldung?: Partial<AnmeldeOptionen>;
  /** Throttle of the public complaint form per client address (default: 10 per hour). */
  beschwerdeDrosselung?: Partial<BeschwerdeDrosselung>;
  /** Login requests per minute and client address. @default ANMELDE_LIMIT_PRO_MINUTE */
  anmeldeLimitProMinute?: number;
  /** Trust X-Forwarded-* from a reverse proxy (for client address and Secure cookies). @default false */
  /** Addresses/CIDRs of trusted reverse proxies; nothing else's X-Forwarded-* is believed. */
  trustProxy?: string[] | false;
  /** Single sign-on over OpenID Connect (HILFEWERK_OIDC_*); absent: password login only. */
  oidc?: OidcKonfiguration | null;
  /** Folder of the built web app; served at / when it exists. @default packages/web/dist */
  webDist?: string;
}

/**
 * Query strings can carry names (?suche=…) and headers carry cookies: the request log keeps
 * method and path only.
 */
function ohnePersonendaten(logger: AppOptionen['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const basis = logger === true ? {} : (logger as object);
  return {
    ...basis,
    serializers: {
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        // A calendar feed's path is its secret: the log keeps only that it was a feed.
        pfad: req.url.split('?')[0].replace(/^\/api\/kalender\/[^/]+\.ics$/, '/api/kalender/…ics'),
      }),
    },
  };
}

/** Builds the HTTP application on an open, migrated database. */
/**
 * Login requests per minute from one client address, successful ones included. Password guessing is stopped per
 * account (5 failures → 429 for 15 minutes); this only slows spraying over many accounts, so it is set high enough
 * that a team behind one NAT address, or a test suite signing in as every demo account, is not turned away.
 */
export const ANMELDE_LIMIT_PRO_MINUTE = 120;

export async function buildApp(opt: AppOptionen): Promise<FastifyInstance> {
  const sitzungMinuten = opt.sitzungMinuten ?? 60;
  const app = Fastify({ logger: ohnePersonendaten(opt.logger), trustProxy: opt.trustProxy ?? false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  routenPlugin(app);
  dbPlugin(app, opt.db);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine and Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // Plain-HTTP installs on a LAN must keep working; TLS is the reverse proxy's job.
        upgradeInsecureRequests: null,
      },
    },
    // Set below only over HTTPS: an HSTS header on a plain-HTTP LAN install would be ignored at best.
    strictTransportSecurity: false,
  });
  kopfzeilenPlugin(app);
  await app.register(rateLimit, { global: false });
  // Uploads (documents of a case file): one file, counted while read, so an oversized one is cut off early.
  await app.register(multipart, {
    limits: { fileSize: DOKUMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 10 },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hilfewerk API',
        version: '0.1.0',
        description: 'Fallakte, Anmeldung, Zugriff, Protokoll',
      },
      components: { securitySchemes: { sitzung: { type: 'apiKey', in: 'cookie', name: 'hw_sitzung' } } },
      security: [{ sitzung: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (`.meta({ id })` in @hilfewerk/api) are referenced, and listed under components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  authPlugin(app, { sitzungMinuten, sitzungsCacheMs: opt.sitzungsCacheMs ?? 5000 });
  accessPlugin(app);
  zaehlungenPlugin(app);
  const webDist = opt.webDist ?? WEB_DIST;
  steuerzeichenPlugin(app);
  leererKoerperPlugin(app);
  errorsPlugin(app, webDist);

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['System'], summary: 'Betriebszustand', response: { 200: gesundheit, ...fehler } } },
      async () => ({
        status: 'ok' as const,
        datenbank: 'postgres',
        eingebettet: opt.db.eingebettet,
        demo: opt.demo ?? false,
      }),
    );
  const anmeldung = { ...STANDARD_ANMELDUNG, ...opt.anmeldung };
  authRouten(app, {
    anmeldung,
    anmeldeLimitProMinute: opt.anmeldeLimitProMinute ?? ANMELDE_LIMIT_PRO_MINUTE,
    sitzungMinuten,
  });
  oidcRouten(app, {
    oidc: opt.oidc ?? null,
    anmeldung,
    anmeldeLimitProMinute: opt.anmeldeLimitProMinute ?? ANMELDE_LIMIT_PRO_MINUTE,
  });
  beschwerdenRouten(app, {
    drosselung: { ...STANDARD_BESCHWERDE_DROSSELUNG, ...opt.beschwerdeDrosselung },
  });
  personalRouten(app);
  bereitschaftRouten(app);
  faelleRouten(app);
  personenRouten(app);
  hilfenRouten(app);
  mitteilungenRouten(app);
  ereignisseRouten(app);
  notizenRouten(app);
  dokumenteRouten(app);
  teamRouten(app);
  stammdatenRouten(app);
  benutzerRouten(app, anmeldung);
  kinderschutzRouten(app);
  vorkommnisRouten(app);
  schulungRouten(app);
  kennzahlenRouten(app);
  kennzahlenTraegerRouten(app);
  organisationRouten(app);
  auditRouten(app);
  aufbewahrungRouten(app);
  leistungenRouten(app);
  abrechnungRouten(app);
  budgetRouten(app);
  traegerbudgetRouten(app);
  controllingRouten(app);
  fristenRouten(app);
  organisationspflichtenRouten(app);
  kalkulationenRouten(app);
  anfragenRouten(app);
  berichteRouten(app);
  hilfeplanRouten(app);
  gewaehrteHilfenRouten(app);

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/' });
  }
  return app;
}
