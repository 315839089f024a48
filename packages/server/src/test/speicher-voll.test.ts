import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaufenderServer, startServer } from '../index.ts';

/**
 * A full disk under the embedded database: the data folder lives on a small tmpfs that the test
 * fills. Writes answer 507 with a German message (nothing half-stored), reads go on, and once
 * space returns writes succeed again. Mounting needs root — which CI has; elsewhere the test fails
 * and says why rather than pass unseen.
 */
let einhaengepunkt: string;
let server: LaufenderServer;
const fueller = () => join(einhaengepunkt, 'fueller');

beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Der Test "Speicher voll" muss als root laufen: er hängt ein kleines tmpfs ein (mount -t tmpfs).',
    );
  }
  einhaengepunkt = mkdtempSync(join(tmpdir(), 'hilfewerk-voll-'));
  chmodSync(einhaengepunkt, 0o755);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=192m,mode=0755', 'tmpfs', einhaengepunkt]);
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(einhaengepunkt, 'daten'),
    demo: true,
    logger: false,
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (einhaengepunkt) {
    execFileSync('umount', [einhaengepunkt]);
    rmSync(einhaengepunkt, { recursive: true, force: true });
  }
});

/** Fills the file system to the last byte. */
function fuelle(): void {
  const fd = openSync(fueller(), 'w');
  const block = Buffer.alloc(1 << 20, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  const klein = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, klein);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  closeSync(fd);
}

async function notizenZahl(fallId: string): Promise<number> {
  const c = new pg.Client({ connectionString: server.eingebettet?.url() });
  await c.connect();
  try {
    return (await c.query('select count(*)::int as n from notiz where fall_id = $1', [fallId])).rows[0].n;
  } finally {
    await c.end();
  }
}

describe('Speicherplatz erschöpft', () => {
  it('antwortet 507 mit deutscher Meldung, speichert nichts halb und erholt sich, wenn wieder Platz ist', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'fachkraft@kiju.demo', passwort: 'hilfewerk-demo' }),
    });
    const kopf = {
      cookie: (login.headers.get('set-cookie') ?? '').split(';')[0],
      'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
      'content-type': 'application/json',
    };
    const [fall] = (await (await fetch(`${server.url}/api/faelle`, { headers: kopf })).json()) as {
      id: string;
    }[];
    const vorher = await notizenZahl(fall.id);
    // A fresh WAL segment (16 MB, already allocated) takes the few MB written below: what fills up is
    // the tables, as on a real full disk, not the log the server needs to stay up.
    const c = new pg.Client({ connectionString: server.eingebettet?.url() });
    await c.connect();
    await c.query('checkpoint');
    await c.query('select pg_switch_wal()');
    // A committed write makes the server create that segment's file now, while there is room.
    await c.query('create table hw_wal_probe as select 1 as x; drop table hw_wal_probe');
    await c.end();

    fuelle();
    let angenommen = 0;
    let voll: Response | undefined;
    for (let i = 0; i < 400 && !voll; i++) {
      // Random text does not compress: every note needs new pages.
      const res = await fetch(`${server.url}/api/faelle/${fall.id}/notizen`, {
        method: 'POST',
        headers: kopf,
        body: JSON.stringify({ text: randomBytes(6000).toString('base64') }),
      });
      if (res.status === 201) angenommen++;
      else voll = res;
    }
    expect(voll?.status).toBe(507);
    const body = (await voll?.json()) as { fehler: string; fehlerId: string };
    expect(body.fehler).toMatch(/Speicherplatz der Datenbank ist erschöpft.*nicht gespeichert/);
    expect(body.fehlerId).toMatch(/^[0-9a-f]{12}$/);
    // Reading goes on while the disk is full.
    const lesen = await fetch(`${server.url}/api/faelle`, { headers: kopf });
    expect(lesen.status, server.eingebettet?.letzteMeldungen()).toBe(200);

    rmSync(fueller());
    const danach = await fetch(`${server.url}/api/faelle/${fall.id}/notizen`, {
      method: 'POST',
      headers: kopf,
      body: JSON.stringify({ text: 'Nach dem Aufräumen' }),
    });
    expect(danach.status).toBe(201);
    // Exactly what was answered 201 is stored: the refused note left nothing behind.
    expect(await notizenZahl(fall.id)).toBe(vorher + angenommen + 1);
  }, 120_000);
});
