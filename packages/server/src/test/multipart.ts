import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestSitzung } from './test-app.ts';

/** A multipart/form-data body as a browser sends it: text fields, then files. */
export function formular(
  felder: Record<string, string>,
  dateien: { feld: string; name: string; inhalt: Buffer; typ?: string }[] = [],
): { body: Buffer; headers: Record<string, string> } {
  const grenze = '----hilfewerktest7f3a';
  const teile: Buffer[] = [];
  for (const [k, v] of Object.entries(felder)) {
    teile.push(Buffer.from(`--${grenze}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const d of dateien) {
    teile.push(
      Buffer.from(
        `--${grenze}\r\nContent-Disposition: form-data; name="${d.feld}"; filename="${d.name}"\r\nContent-Type: ${d.typ ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      d.inhalt,
      Buffer.from('\r\n'),
    );
  }
  teile.push(Buffer.from(`--${grenze}--\r\n`));
  return {
    body: Buffer.concat(teile),
    headers: { 'content-type': `multipart/form-data; boundary=${grenze}` },
  };
}

/** Uploads one document as the session's user (art first, as the web form sends it). */
export function hochladen(
  t: TestApp,
  s: Pick<TestSitzung, 'cookie' | 'csrfToken'>,
  fallId: string,
  art: string | null,
  datei: { name: string; inhalt: Buffer; typ?: string } | null,
): Promise<LightMyRequestResponse> {
  const f = formular(art === null ? {} : { art }, datei ? [{ feld: 'datei', ...datei }] : []);
  return t.app.inject({
    method: 'POST',
    url: `/api/faelle/${fallId}/dokumente`,
    headers: { ...f.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    payload: f.body,
  });
}
