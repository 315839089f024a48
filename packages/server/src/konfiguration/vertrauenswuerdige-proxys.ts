import { isIP } from 'node:net';

export class KonfigurationsFehler extends Error {}

/**
 * HILFEWERK_TRUST_PROXY: a comma list of the reverse proxies' addresses or networks (CIDR) whose
 * `X-Forwarded-For`/`-Proto` are believed. Anything else — a blanket "1", a host name — is refused,
 * because believing every sender would let any client choose the address that throttling and the
 * audit log record.
 */
export function vertrauenswuerdigeProxys(wert: string | undefined): string[] | false {
  if (!wert?.trim() || wert.trim() === '0') return false;
  const eintraege = wert.split(',').map((e) => e.trim());
  for (const e of eintraege) {
    const [adresse, praefix, ...rest] = e.split('/');
    const version = isIP(adresse ?? '');
    const praefixOk =
      praefix === undefined || (/^\d{1,3}$/.test(praefix) && Number(praefix) <= (version === 6 ? 128 : 32));
    if (!version || !praefixOk || rest.length > 0) {
      throw new KonfigurationsFehler(
        `HILFEWERK_TRUST_PROXY: „${e}“ ist keine IP-Adresse und kein Netz (CIDR). Erwartet wird eine Kommaliste der ` +
          'Adressen vorgeschalteter Reverse-Proxys, z. B. HILFEWERK_TRUST_PROXY=127.0.0.1,10.0.0.0/24; nur deren ' +
          'X-Forwarded-For wird geglaubt. Ohne Proxy die Variable weglassen.',
      );
    }
  }
  return eintraege;
}
