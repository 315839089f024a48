import '@mantine/charts/styles.css';
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy, IconFileSpreadsheet, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { istIsoDatum } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { darfIn } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import {
  berechnenAbfrage,
  type Eingabe,
  exportiere,
  type KalkulationDetail,
  type KalkulationsLeistung,
  kalkulationAbfrage,
  leistungenAbfrage,
  vorgabenAbfrage,
} from './api';
import { EingabeFelder } from './EingabeFelder';
import { Ergebnis } from './Ergebnis';
import {
  baueEingabe,
  bereichsfehler,
  type Feldwert,
  fehlerJeFeld,
  leeresSzenario,
  lesbareMeldung,
  MAX_SZENARIEN,
  mitVorgaben,
  SZENARIO_NAMEN,
  type Szenario,
  szenarioAus,
} from './eingabe';
import { Gespeichert, type Speicherstand } from './Gespeichert';
import { Szenarienvergleich } from './Szenarienvergleich';

export interface KalkulationWerte extends Record<string, unknown> {
  szenarien: Szenario[];
  aktiv: number;
  bezeichnung: string;
  kommentar: string;
  /** The saved series the form continues, and the newest version the user knows of. */
  reiheId: string | null;
  version: number | null;
  /** The saved version last opened or saved (its versions list is shown). */
  geladeneId: string | null;
}

const LEER: KalkulationWerte = {
  szenarien: [leeresSzenario()],
  aktiv: 0,
  bezeichnung: '',
  kommentar: '',
  reiheId: null,
  version: null,
  geladeneId: null,
};

export function KalkulationPage() {
  useSeitentitel('Kalkulation');
  const leistungen = useQuery(leistungenAbfrage);
  if (leistungen.error) return <Ladefehler fehler={leistungen.error} />;
  if (!leistungen.data) return <Laden />;
  return <Kalkulation leistungen={leistungen.data} />;
}

function Kalkulation({ leistungen }: { leistungen: KalkulationsLeistung[] }) {
  const queryClient = useQueryClient();
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const darfSpeichern = darfIn(sitzung, 'kalkulation', 'anlegen');
  const form = useForm<KalkulationWerte>({ initialValues: LEER });
  const entwurf = useEntwurf('kalkulation', form);
  const [exportFehler, setExportFehler] = useState<string | null>(null);
  const { szenarien, aktiv } = form.values;
  const szenario = szenarien[aktiv] ?? szenarien[0];
  const hatVarianten = (id: string | null) =>
    (leistungen.find((l) => l.id === id)?.varianten.length ?? 0) > 0;

  const vorgaben = useQueries({
    queries: szenarien.map((s) => ({
      ...vorgabenAbfrage(s.leistung ?? '', s.variante, s.stichtag),
      enabled: Boolean(s.leistung && s.stichtag && (!hatVarianten(s.leistung) || s.variante)),
    })),
  });

  // Defaults from the catalogue for fields the scenario does not have yet.
  useEffect(() => {
    vorgaben.forEach((v, i) => {
      const s = form.values.szenarien[i];
      if (!v.data || !s || v.data.leistung !== s.leistung) return;
      const neu = mitVorgaben(s.werte, v.data.felder);
      if (neu !== s.werte) form.setFieldValue(`szenarien.${i}.werte`, neu);
    });
  });

  const eingaben = szenarien.map((s, i) =>
    vorgaben[i]?.data?.leistung === s.leistung
      ? baueEingabe(s, vorgaben[i]?.data?.felder, hatVarianten(s.leistung))
      : null,
  );
  // Compared as text: a new array each render must not restart the wait.
  const schluessel = JSON.stringify(eingaben);
  const [entprellt] = useDebouncedValue(schluessel, 350);
  const entprellteEingaben = useMemo(() => JSON.parse(entprellt) as (Eingabe | null)[], [entprellt]);
  const ergebnisse = useQueries({
    queries: szenarien.map((_, i) => berechnenAbfrage(entprellteEingaben[i] ?? null)),
  });
  const aktivesErgebnis = ergebnisse[aktiv];
  const felder = vorgaben[aktiv]?.data?.felder ?? [];
  const serverFehler =
    aktivesErgebnis?.error instanceof ApiFehler && aktivesErgebnis.error.status === 422
      ? fehlerJeFeld(aktivesErgebnis.error.felder, felder)
      : { amFeld: {}, uebrig: [] };
  // Range errors in the user's words first; the engine's message only where the form has none of its own.
  const lokaleFehler: Record<string, string> = {};
  for (const f of felder) {
    const meldung = bereichsfehler(f, szenario.werte[f.feld]);
    if (meldung) lokaleFehler[f.feld] = meldung;
  }
  const feldFehler: Record<string, string> = {};
  for (const [feld, meldung] of Object.entries(serverFehler.amFeld)) {
    feldFehler[feld] = lesbareMeldung(
      meldung,
      felder.find((f) => f.feld === feld),
    );
  }
  Object.assign(feldFehler, lokaleFehler);
  const vorgabenFehler = vorgaben[aktiv]?.error;
  const eingabe = eingaben[aktiv] ?? null;

  const setzeSzenario = (teil: Partial<Szenario>) =>
    form.setFieldValue(`szenarien.${aktiv}`, { ...szenario, ...teil });
  const setzeWert = (feld: string, wert: Feldwert) =>
    form.setFieldValue(`szenarien.${aktiv}.werte`, { ...szenario.werte, [feld]: wert });

  const waehleVariante = (variante: string | null) => {
    // A fixed Regel key must not stay behind as the input of a gering or intensiv variant.
    const fest = felder.filter((f) => f.art === 'fest').map((f) => f.feld);
    const werte = Object.fromEntries(Object.entries(szenario.werte).filter(([k]) => !fest.includes(k)));
    setzeSzenario({ variante, werte });
  };

  const szenarioHinzufuegen = () => {
    form.setValues({ szenarien: [...szenarien, structuredClone(szenario)], aktiv: szenarien.length });
  };
  const szenarioEntfernen = () => {
    form.setValues({ szenarien: szenarien.filter((_, i) => i !== aktiv), aktiv: Math.max(0, aktiv - 1) });
  };

  /** Opens a saved version in the active scenario; the series continues with the next version. */
  const oeffne = async (id: string) => {
    const d: KalkulationDetail = await queryClient.fetchQuery(kalkulationAbfrage(id));
    const v = await queryClient.fetchQuery(vorgabenAbfrage(d.leistung, d.variante, d.stichtag));
    const neu = szenarien.map((s, i) => (i === aktiv ? szenarioAus(d.eingabe, v.felder) : s));
    form.setValues({
      szenarien: neu,
      bezeichnung: d.bezeichnung,
      kommentar: '',
      reiheId: d.reiheId,
      version: Math.max(...d.versionen.map((x) => x.version)),
      geladeneId: d.id,
    });
  };

  const gespeichert = (d: KalkulationDetail) => {
    entwurf.erledigt();
    form.setValues({ reiheId: d.reiheId, version: d.version, geladeneId: d.id, kommentar: '' });
    form.resetDirty();
  };

  const speicherstand: Speicherstand = {
    bezeichnung: form.values.bezeichnung,
    kommentar: form.values.kommentar,
    reiheId: form.values.reiheId,
    version: form.values.version,
    geladeneId: form.values.geladeneId,
  };

  const exportieren = async (format: 'xlsx' | 'pdf') => {
    if (!eingabe) return;
    setExportFehler(null);
    try {
      await exportiere(eingabe, format);
    } catch (fehler) {
      setExportFehler(fehler instanceof Error ? fehler.message : 'Der Export ist fehlgeschlagen.');
    }
  };

  const leistung = leistungen.find((l) => l.id === szenario.leistung);
  const leistungText = (id: string | null, variante: string | null) => {
    const l = leistungen.find((x) => x.id === id);
    return [l?.titel ?? id, l?.varianten.find((v) => v.id === variante)?.titel].filter(Boolean).join(' – ');
  };
  const vergleich = szenarien.length > 1;

  return (
    <Stack maw={1200}>
      <Title order={1}>Kalkulation</Title>
      <Text c="dimmed" size="sm">
        Entgelt aus dem Katalog berechnen: Leistung, Variante und Stichtag wählen, Eingaben anpassen – das
        Ergebnis rechnet bei jeder Änderung neu. Bis zu drei Szenarien lassen sich nebeneinander vergleichen.
      </Text>
      <EntwurfHinweis entwurf={entwurf} />

      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={500} id="szenario-wahl">
            Szenario
          </Text>
          <SegmentedControl
            aria-labelledby="szenario-wahl"
            value={String(aktiv)}
            onChange={(wert) => form.setFieldValue('aktiv', Number(wert))}
            data={szenarien.map((_, i) => ({ value: String(i), label: `Szenario ${SZENARIO_NAMEN[i]}` }))}
          />
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconCopy size={16} aria-hidden />}
            onClick={szenarioHinzufuegen}
            disabled={szenarien.length >= MAX_SZENARIEN}
          >
            Szenario hinzufügen
          </Button>
          {vergleich && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={szenarioEntfernen}
            >
              Szenario {SZENARIO_NAMEN[aktiv]} entfernen
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Leistung"
              required
              data={leistungen.map((l) => ({ value: l.id, label: l.titel }))}
              value={szenario.leistung}
              onChange={(wert) => setzeSzenario({ leistung: wert, variante: null, werte: {} })}
              error={feldFehler.leistung}
            />
            <Select
              label="Variante"
              required={Boolean(leistung && leistung.varianten.length > 0)}
              disabled={!leistung || leistung.varianten.length === 0}
              placeholder={leistung && leistung.varianten.length === 0 ? 'Keine Varianten' : 'Bitte wählen'}
              data={(leistung?.varianten ?? []).map((v) => ({ value: v.id, label: v.titel }))}
              value={szenario.variante}
              onChange={waehleVariante}
              error={feldFehler.variante}
            />
            <DatumFeld
              label="Stichtag"
              required
              value={szenario.stichtag}
              onChange={(wert) => istIsoDatum(wert) && setzeSzenario({ stichtag: wert })}
              error={feldFehler.stichtag}
            />
          </SimpleGrid>
          {leistung && (
            <Text size="xs" c="dimmed">
              Preisform: {leistung.einheit}
            </Text>
          )}
          {vorgabenFehler && <Ladefehler fehler={vorgabenFehler} />}
          {(vorgaben[aktiv]?.data?.hinweise ?? []).map((h) => (
            <Alert key={h} color="blue" variant="light">
              {h}
            </Alert>
          ))}
          {felder.length > 0 && (
            <EingabeFelder felder={felder} werte={szenario.werte} fehler={feldFehler} onChange={setzeWert} />
          )}
        </Stack>
      </Paper>

      {serverFehler.uebrig.length > 0 && (
        <Alert color="red" role="alert" title="Eingabe prüfen">
          {serverFehler.uebrig.join(' ')}
        </Alert>
      )}
      {aktivesErgebnis?.error &&
        !(aktivesErgebnis.error instanceof ApiFehler && aktivesErgebnis.error.status === 422) && (
          <Ladefehler fehler={aktivesErgebnis.error} />
        )}
      {aktivesErgebnis?.error instanceof ApiFehler && aktivesErgebnis.error.status === 422 && (
        <Alert color="red" role="alert" title="Keine Berechnung">
          {Object.keys(feldFehler).length === 0 && serverFehler.uebrig.length === 0
            ? `${lesbareMeldung(aktivesErgebnis.error.message, undefined)} `
            : ''}
          Die markierten Felder zeigen, was zu ändern ist; alle Eingaben bleiben erhalten.
        </Alert>
      )}

      {aktivesErgebnis?.data && !aktivesErgebnis.error && (
        <section aria-labelledby="ergebnis-titel">
          <Title order={2} size="h3" id="ergebnis-titel" mb="sm">
            Ergebnis{vergleich ? ` Szenario ${SZENARIO_NAMEN[aktiv]}` : ''}
          </Title>
          <Ergebnis
            ergebnis={aktivesErgebnis.data}
            veraltet={aktivesErgebnis.isFetching || entprellt !== schluessel}
          />
        </section>
      )}

      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          disabled={!eingabe}
          onClick={() => void exportieren('xlsx')}
        >
          XLSX exportieren
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          disabled={!eingabe}
          onClick={() => void exportieren('pdf')}
        >
          PDF exportieren
        </Button>
      </Group>
      {exportFehler && (
        <Alert color="red" role="alert">
          {exportFehler}
        </Alert>
      )}

      {vergleich && (
        <section aria-labelledby="vergleich-titel">
          <Title order={2} size="h3" id="vergleich-titel" mb="sm">
            Szenarienvergleich
          </Title>
          <Szenarienvergleich
            spalten={szenarien.map((s, i) => ({
              ergebnis: ergebnisse[i]?.error ? undefined : ergebnisse[i]?.data,
              beschriftung: leistungText(s.leistung, s.variante),
            }))}
          />
        </section>
      )}

      <Gespeichert
        stand={speicherstand}
        eingabe={eingabe}
        darfSpeichern={darfSpeichern}
        bezeichnungProps={form.getInputProps('bezeichnung')}
        kommentarProps={form.getInputProps('kommentar')}
        onGespeichert={gespeichert}
        onVersionBekannt={(version) => form.setFieldValue('version', version)}
        onOeffnen={oeffne}
        leistungText={leistungText}
      />
    </Stack>
  );
}
