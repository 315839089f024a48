import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testDatenbank } from '../test/test-app.ts';
import { KonfigurationsFehler, vertrauenswuerdigeProxys } from './vertrauenswuerdige-proxys.ts';

describe('HILFEWERK_TRUST_PROXY', () => {
  it('nimmt Adressen und Netze, IPv4 und IPv6', () => {
    expect(vertrauenswuerdigeProxys(undefined)).toBe(false);
    expect(vertrauenswuerdigeProxys('')).toBe(false);
    expect(vertrauenswuerdigeProxys('0')).toBe(false);
    expect(vertrauenswuerdigeProxys('127.0.0.1, 10.0.0.0/24,::1,fd00::/8')).toEqual([
      '127.0.0.1',
      '10.0.0.0/24',
      '::1',
      'fd00::/8',
    ]);
  });

  it.each(['1', 'true', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1'])(
    'weist „%s“ mit einer Erklärung ab',
    (wert) => {
      expect(() => vertrauenswuerdigeProxys(wert)).toThrow(KonfigurationsFehler);
      expect(() => vertrauenswuerdigeProxys(wert)).toThrow(
        /Kommaliste der Adressen vorgeschalteter Reverse-Proxys/,
      );
    },
  );

  it('glaubt X-Forwarded-For nur vom genannten Proxy', async () => {
    const { db, aufraeumen } = await testDatenbank();
    const app = await buildApp({ db, demo: true, trustProxy: vertrauenswuerdigeProxys('10.9.9.9') });
    // Outside /api: no session needed to ask the server which client address it sees.
    app.get('/test-adresse', async (req) => ({ ip: req.ip }));
    try {
      const vomProxy = await app.inject({
        url: '/test-adresse',
        remoteAddress: '10.9.9.9',
        headers: { 'x-forwarded-for': '192.0.2.7' },
      });
      expect(vomProxy.json()).toEqual({ ip: '192.0.2.7' });
      const vonAnderen = await app.inject({
        url: '/test-adresse',
        remoteAddress: '10.9.9.8',
        headers: { 'x-forwarded-for': '192.0.2.7' },
      });
      expect(vonAnderen.json()).toEqual({ ip: '10.9.9.8' });
    } finally {
      await app.close();
      await aufraeumen();
    }
  });
});
