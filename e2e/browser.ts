/** How these machines run Chromium: Debian's binary, no downloads, no sandbox. */
export const CHROMIUM_PFAD = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The day the browser tests run on (server and browser clock): the demo's own day (demo/verschiebung.ts). */
export const E2E_HEUTE = '2026-11-25';
