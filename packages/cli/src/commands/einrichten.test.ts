import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatenbank } from '../../../server/src/test/test-app.ts';
import { starteServe } from '../test/serve-prozess.ts';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const eltern = mkdtempSync(join(tmpdir(), 'hilfewerk-einrichten-'));
chmodSync(eltern, 0o755);
afterAll(() => rmSync(eltern, { recursive: true, force: true }));

function einrichten(args: string[], env: Record<string, string>) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'einrichten', ...args], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
}

const gut = ['--organisation', 'Jugendhilfe Nordlicht e. V.', '--art', 'traeger', '--bundesland', 'hb'];

async function anmelden(url: string, email: string, passwort: string) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, passwort }),
  });
}

describe('hilfewerk einrichten', () => {
  it('refuses bad input with exit 2 and a German message, before touching any database', () => {
    const daten = join(eltern, 'nie-angelegt');
    const faelle: [string[], RegExp][] = [
      [[...gut], /es fehlt --email/],
      [
        ['--organisation', 'X', '--art', 'verein', '--bundesland', 'HB', '--email', 'a@b.de'],
        /--art: Bitte „traeger“/,
      ],
      [
        ['--organisation', 'X', '--art', 'traeger', '--bundesland', 'XX', '--email', 'a@b.de'],
        /--bundesland: .*NW/,
      ],
      [[...gut, '--email', 'kein-at'], /--email: Bitte eine gültige E-Mail-Adresse/],
      [
        ['--organisation', ' ', '--art', 'traeger', '--bundesland', 'HB', '--email', 'a@b.de'],
        /--organisation/,
      ],
      [[...gut, '--email', 'a@b.de', '--unbekannt', 'x'], /Unknown option|unbekannt/i],
    ];
    for (const [args, meldung] of faelle) {
      const r = einrichten(args, { HILFEWERK_DATA: daten });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(meldung);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(daten)).toBe(false);
  }, 120_000);

  it('sets up an organisation and its administration on DATABASE_URL (migrating an empty database); an existing e-mail is exit 2', async () => {
    const { url, aufraeumen } = await testDatenbank({ leer: true });
    try {
      const r = einrichten([...gut, '--email', 'Admin@Nordlicht.example'], { DATABASE_URL: url });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Einmalpasswort: [\w]{4}(-[\w]{4}){3}\n$/);
      const nochmal = einrichten(
        [
          '--organisation',
          'Andere',
          '--art',
          'jugendamt',
          '--bundesland',
          'NW',
          '--email',
          'admin@nordlicht.example',
        ],
        { DATABASE_URL: url },
      );
      expect(nochmal.status).toBe(2);
      expect(nochmal.stderr).toMatch(
        /^Fehler: --email: Für admin@nordlicht\.example gibt es bereits ein Konto/,
      );
      expect(nochmal.stdout).toBe('');
    } finally {
      await aufraeumen();
    }
  }, 120_000);

  it('sets up a fresh data folder; the administrator logs in with the one-time password and must change it', async () => {
    const daten = join(eltern, 'frisch');
    const r = einrichten([...gut, '--email', 'leitung@nordlicht.example'], { HILFEWERK_DATA: daten });
    expect(r.status, r.stderr).toBe(0);
    const einmalpasswort = /^Einmalpasswort: (\S+)\n$/.exec(r.stdout)?.[1] as string;
    const s = await starteServe({ HILFEWERK_DATA: daten });
    try {
      const res = await anmelden(s.url, 'leitung@nordlicht.example', einmalpasswort);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        passwortAendern: boolean;
        organisation: { name: string; bundesland: string; kennung: string };
      };
      expect(body.passwortAendern).toBe(true);
      expect(body.organisation).toMatchObject({ name: 'Jugendhilfe Nordlicht e. V.', bundesland: 'HB' });
      // A new organisation has its public complaint form from the start, and the command names its address.
      expect(body.organisation.kennung).toMatch(/^[0-9a-f]{12}$/);
      expect(r.stderr).toContain(`/beschwerde/${body.organisation.kennung}`);
      const beschwerde = await fetch(`${s.url}/api/beschwerden/oeffentlich`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ organisation: body.organisation.kennung, text: 'Erste Beschwerde.' }),
      });
      expect(beschwerde.status).toBe(201);
      // No demo accounts in an installation that was set up.
      expect((await anmelden(s.url, 'leitung@kiju.demo', 'hilfewerk-demo')).status).toBe(401);
      // Set up a second organisation while Hilfewerk runs: the command uses its database server.
      const zweite = einrichten(
        [
          '--organisation',
          'Jugendamt Nordstadt',
          '--art',
          'jugendamt',
          '--bundesland',
          'NI',
          '--email',
          'it@nordstadt.example',
        ],
        { HILFEWERK_DATA: daten },
      );
      expect(zweite.status, zweite.stderr).toBe(0);
      const pw = /^Einmalpasswort: (\S+)\n$/.exec(zweite.stdout)?.[1] as string;
      expect((await anmelden(s.url, 'it@nordstadt.example', pw)).status).toBe(200);
    } finally {
      s.prozess.kill('SIGTERM');
      await s.ende;
    }
  }, 180_000);
});
