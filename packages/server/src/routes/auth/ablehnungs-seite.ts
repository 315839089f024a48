const ersetzen: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The page a refused single sign-on shows. The browser arrives here from the provider, not from the web
 * app, so a JSON error would be all the person sees; this says what happened and leads back.
 */
export function ablehnungsSeite(meldung: string): string {
  const text = meldung.replace(/[&<>"']/g, (z) => ersetzen[z]);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anmeldung nicht möglich – Hilfewerk</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1b1e}h1{font-size:1.5rem}a{color:#1864ab}</style>
</head>
<body>
<main>
<h1>Anmeldung mit Single Sign-on nicht möglich</h1>
<p>${text}</p>
<p><a href="/anmelden">Zurück zur Anmeldung</a></p>
</main>
</body>
</html>
`;
}
