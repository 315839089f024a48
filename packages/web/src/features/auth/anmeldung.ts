import type { ApiFehler } from '../../api/client';

/** Only paths of this application; an attacker-made `?weiter=https://…` must not send users away. */
export function sichererRuecksprung(weiter: string | undefined): string {
  if (!weiter?.startsWith('/') || weiter.startsWith('//') || weiter.startsWith('/anmelden')) {
    return '/';
  }
  return weiter;
}

export function anmeldeFehlermeldung(fehler: ApiFehler | null): string {
  if (fehler?.status === 401)
    return 'E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie Ihre Eingabe.';
  if (fehler?.status === 429) {
    const warten = fehler.wiederholenNachSekunden;
    if (!warten)
      return 'Zu viele Anmeldeversuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.';
    const dauer = warten < 120 ? `${warten} Sekunden` : `${Math.ceil(warten / 60)} Minuten`;
    return `Zu viele Anmeldeversuche. Bitte warten Sie ${dauer} und versuchen Sie es dann erneut.`;
  }
  return 'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später erneut.';
}
