import type { Fall, Hilfe, Jugendamt, KatalogEintrag } from '@hilfewerk/api';
import { BEENDIGUNG_TEXT, BEENDIGUNGS_ARTEN } from '@hilfewerk/api';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { fallAbfrage, fallGeaendert, jugendaemterAbfrage, katalogAbfrage } from '../../../api/abfragen';
import { ApiFehler } from '../../../api/client';
import { aendereHilfe, legeHilfeAn } from '../../../api/faelle';
import { DatumFeld } from '../../../components/DatumFeld';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { KonfliktHinweis } from '../../../components/KonfliktHinweis';
import { Ladefehler, Laden } from '../../../components/Ladezustand';
import { LinkAnker, LinkKnopf } from '../../../components/RouterLinks';
import { datumFehler } from '../../../lib/datumseingabe';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { useSeitentitel } from '../../../lib/seitentitel';
import { pflichtfeld } from '../formular/pruefung';
import { AnschlussFelder } from './AnschlussFelder';
import { betragAusText } from './betrag';
import { HilfeendeHinweis } from './HilfeendeHinweis';
import {
  alsEingabe,
  datumFormat,
  type HilfeWerte,
  hilfeWerteAus,
  LEERE_HILFE,
  passeAnLeistungAn,
} from './hilfeWerte';
import { ZusatzleistungenFelder } from './ZusatzleistungenFelder';

const FELDER = Object.keys(LEERE_HILFE);

export function HilfePage() {
  const { fallId, hilfeId } = useParams({ strict: false }) as { fallId: string; hilfeId?: string };
  useSeitentitel(hilfeId ? 'Hilfe bearbeiten' : 'Hilfe hinzufügen');
  const fall = useQuery({ ...fallAbfrage(fallId), staleTime: Number.POSITIVE_INFINITY });
  const katalog = useQuery(katalogAbfrage);
  const jugendaemter = useQuery(jugendaemterAbfrage);

  const fehler = fall.error ?? katalog.error ?? jugendaemter.error;
  if (fehler) return <Ladefehler fehler={fehler} nichtGefunden="Fall nicht gefunden." />;
  if (!fall.data || !katalog.data || !jugendaemter.data) return <Laden />;
  const hilfe = hilfeId ? fall.data.hilfen.find((h) => h.id === hilfeId) : undefined;
  if (hilfeId && !hilfe)
    return <Ladefehler fehler={new ApiFehler(404, {}, null)} nichtGefunden="Hilfe nicht gefunden." />;
  return (
    <HilfeFormular fall={fall.data} hilfe={hilfe} katalog={katalog.data} jugendaemter={jugendaemter.data} />
  );
}

interface Props {
  fall: Fall;
  hilfe: Hilfe | undefined;
  katalog: KatalogEintrag[];
  jugendaemter: Jugendamt[];
}

function HilfeFormular({ fall, hilfe, katalog, jugendaemter }: Props) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bearbeiten = Boolean(hilfe);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [konflikt, setKonflikt] = useState<HilfeWerte | null>(null);
  const form = useForm<HilfeWerte>({
    initialValues: hilfe ? hilfeWerteAus(hilfe) : LEERE_HILFE,
    validate: {
      leistung: pflichtfeld('Bitte wählen Sie eine Leistung.'),
      rechtsgrundlage: pflichtfeld('Bitte wählen Sie die Rechtsgrundlage.'),
      jugendamtId: pflichtfeld('Bitte wählen Sie das Jugendamt.'),
      beginn: (w) => datumFehler(w, true),
      geplantesEnde: (w) => datumFehler(w),
      tatsaechlichesEnde: (w) => datumFehler(w),
      zusatzleistungen: {
        datum: (w) => datumFehler(w, true),
        text: pflichtfeld('Bitte beschreiben Sie die Leistung.'),
        betrag: (w) => (betragAusText(String(w)) ? null : 'Bitte einen Betrag über 0 angeben, z. B. 120,00.'),
        genehmigung: pflichtfeld('Bitte geben Sie die Genehmigung des Jugendamts an.'),
      },
    },
  });
  const entwurf = useEntwurf(`hilfe:${fall.id}:${hilfe?.id ?? 'neu'}`, form);
  const eintrag = katalog.find((e) => e.id === form.values.leistung);

  const speichern = useMutation({
    mutationFn: (werte: HilfeWerte) =>
      hilfe
        ? aendereHilfe(fall.id, hilfe.id, { ...alsEingabe(werte, true), version: werte.version })
        : legeHilfeAn(fall.id, alsEingabe(werte, false)),
    onSuccess: async () => {
      entwurf.erledigt();
      await fallGeaendert(queryClient, fall.id);
      await queryClient.invalidateQueries({ queryKey: ['faelle'] });
      notifications.show({
        color: 'green',
        message: bearbeiten ? 'Hilfe gespeichert.' : 'Hilfe hinzugefügt.',
      });
      await navigate({ to: '/faelle/$fallId', params: { fallId: fall.id } });
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler && fehler.status === 409 && fehler.aktuell) {
        setKonflikt(hilfeWerteAus(fehler.aktuell as Hilfe));
        setMeldungen([]);
        return;
      }
      setMeldungen(zeigeServerfehler(form, fehler, FELDER));
    },
  });

  const titelVon = (id: unknown) => katalog.find((e) => e.id === id)?.titel ?? String(id ?? '–');
  const konfliktFelder = [
    { name: 'leistung', beschriftung: 'Leistung', format: titelVon },
    { name: 'variante', beschriftung: 'Variante' },
    { name: 'rechtsgrundlage', beschriftung: 'Rechtsgrundlage' },
    {
      name: 'jugendamtId',
      beschriftung: 'Jugendamt',
      format: (id: unknown) => jugendaemter.find((j) => j.id === id)?.name ?? '–',
    },
    { name: 'aktenzeichenJugendamt', beschriftung: 'Aktenzeichen Jugendamt' },
    { name: 'beginn', beschriftung: 'Beginn', format: datumFormat },
    { name: 'geplantesEnde', beschriftung: 'Geplantes Ende', format: datumFormat },
    { name: 'tatsaechlichesEnde', beschriftung: 'Tatsächliches Ende', format: datumFormat },
    { name: 'endegrund', beschriftung: 'Endegrund' },
    { name: 'beendigung', beschriftung: 'Art der Beendigung' },
    { name: 'ausnahmeBegruendung', beschriftung: 'Begründung Ausnahmefall' },
    { name: 'herkunft', beschriftung: 'Herkunft des jungen Menschen' },
    { name: 'herkunftText', beschriftung: 'Herkunft, Beschreibung' },
    { name: 'berichtsintervallMonate', beschriftung: 'Berichtsintervall (Monate)' },
  ];

  return (
    <Stack maw={900}>
      <LinkAnker to="/faelle/$fallId" params={{ fallId: fall.id }} size="sm">
        Zurück zu Fall {fall.aktenzeichen}
      </LinkAnker>
      <Title order={1}>
        {bearbeiten ? 'Hilfe bearbeiten' : 'Hilfe hinzufügen'} – Fall {fall.aktenzeichen}
      </Title>
      <EntwurfHinweis entwurf={entwurf} />
      {konflikt && (
        <KonfliktHinweis
          felder={konfliktFelder}
          aktuell={konflikt}
          eigene={form.values}
          onBehalten={() => {
            form.setFieldValue('version', konflikt.version);
            setKonflikt(null);
            speichern.mutate({ ...form.values, version: konflikt.version });
          }}
          onUebernehmen={() => {
            form.setValues(konflikt);
            setKonflikt(null);
          }}
        />
      )}
      {meldungen.length > 0 && (
        <Alert color="red" role="alert" title="Nicht gespeichert">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((werte) => speichern.mutate(werte))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Leistung"
              required
              searchable
              data={katalog.map((e) => ({ value: e.id, label: e.titel }))}
              {...form.getInputProps('leistung')}
              onChange={(wert) => {
                const neu = katalog.find((e) => e.id === wert);
                form.setValues({ leistung: wert, ...passeAnLeistungAn(form.values, neu) });
              }}
            />
            <Select
              label="Variante"
              required={Boolean(eintrag && eintrag.varianten.length > 0)}
              placeholder={eintrag && eintrag.varianten.length === 0 ? 'Keine Varianten' : 'Bitte wählen'}
              disabled={!eintrag || eintrag.varianten.length === 0}
              clearable
              data={(eintrag?.varianten ?? []).map((v) => ({ value: v.id, label: v.titel }))}
              {...form.getInputProps('variante')}
            />
            <Select
              label="Rechtsgrundlage"
              required
              disabled={!eintrag}
              data={eintrag?.rechtsgrundlage ?? []}
              {...form.getInputProps('rechtsgrundlage')}
            />
            <Select
              label="Jugendamt"
              required
              searchable
              data={jugendaemter.map((j) => ({ value: j.id, label: j.name }))}
              {...form.getInputProps('jugendamtId')}
            />
            <TextInput label="Aktenzeichen des Jugendamts" {...form.getInputProps('aktenzeichenJugendamt')} />
            <DatumFeld label="Beginn" required {...form.getInputProps('beginn')} />
            <DatumFeld label="Geplantes Ende" {...form.getInputProps('geplantesEnde')} />
          </SimpleGrid>
          {eintrag && (
            <AnschlussFelder
              form={form}
              eintrag={eintrag}
              katalog={katalog}
              hilfen={fall.hilfen}
              hilfeId={hilfe?.id}
            />
          )}
          <HilfeendeHinweis
            leistung={form.values.leistung}
            beginn={form.values.beginn}
            geplantesEnde={form.values.geplantesEnde}
            ausnahmeBegruendung={form.values.ausnahmeBegruendung}
          />
          <Textarea
            label="Begründung Ausnahmefall"
            description="Nur wenn die Leistungsbeschreibung eine längere Dauer im begründeten Ausnahmefall erlaubt."
            autosize
            minRows={2}
            {...form.getInputProps('ausnahmeBegruendung')}
          />
          {eintrag?.berichtsintervall && (
            <Select
              label="Berichtsintervall"
              description={`Im Hilfeplan vereinbart; ohne Angabe alle ${eintrag.berichtsintervall.monate} Monate (${eintrag.berichtsintervall.quelle.split(':')[0]}).`}
              placeholder={`alle ${eintrag.berichtsintervall.monate} Monate`}
              clearable
              data={[1, 2, 3, 4, 5, 6].map((n) => ({
                value: String(n),
                label: n === 1 ? 'jeden Monat' : `alle ${n} Monate`,
              }))}
              {...form.getInputProps('berichtsintervallMonate')}
            />
          )}
          {eintrag && <ZusatzleistungenFelder form={form} eintrag={eintrag} />}
          {bearbeiten && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DatumFeld label="Tatsächliches Ende" {...form.getInputProps('tatsaechlichesEnde')} />
              <TextInput label="Endegrund" {...form.getInputProps('endegrund')} />
              <Select
                label="Art der Beendigung"
                description="Für die Kennzahl „Entlassungen nach Art“"
                clearable
                data={BEENDIGUNGS_ARTEN.map((b) => ({ value: b, label: BEENDIGUNG_TEXT[b] }))}
                {...form.getInputProps('beendigung')}
              />
            </SimpleGrid>
          )}
          <Group justify="flex-end">
            <LinkKnopf to="/faelle/$fallId" params={{ fallId: fall.id }} variant="default">
              Abbrechen
            </LinkKnopf>
            <Button type="submit" loading={speichern.isPending}>
              {bearbeiten ? 'Speichern' : 'Hilfe hinzufügen'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
