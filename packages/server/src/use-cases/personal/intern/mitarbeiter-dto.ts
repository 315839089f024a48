import type { mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { fuehrungszeugnisFaellig, vkAm } from '@hilfewerk/rules';

type Person = typeof mitarbeiter.$inferSelect;
type Vk = typeof mitarbeiterVk.$inferSelect;

export const vkListe = (zeilen: Vk[]) =>
  zeilen.map((v) => ({ ab: v.ab, vk: Number(v.vk) })).sort((a, b) => a.ab.localeCompare(b.ab));

/** A person of the register with today's VK and when the § 72a certificate must be renewed. */
export function mitarbeiterDto(p: Person, vk: Vk[], heute: string) {
  const verlauf = vkListe(vk);
  const faellig = p.fuehrungszeugnisAm ? fuehrungszeugnisFaellig(p.fuehrungszeugnisAm) : null;
  return {
    id: p.id,
    benutzerId: p.benutzerId,
    name: p.name,
    qualifikation: p.qualifikation,
    funktion: p.funktion,
    berufsjahre: p.berufsjahre,
    leistung: p.leistung,
    eintritt: p.eintritt,
    austritt: p.austritt,
    vkHeute: vkAm({ ...p, vk: verlauf }, heute),
    vkVerlauf: verlauf,
    fuehrungszeugnisAm: p.fuehrungszeugnisAm,
    fuehrungszeugnisFaellig: faellig,
    // Missing counts as due: nobody may work with children without one (§ 72a SGB VIII).
    fuehrungszeugnisUeberfaellig: faellig === null || faellig <= heute,
    version: p.version,
  };
}
