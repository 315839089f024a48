import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler } from '../../components/Ladezustand';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { MONATSNAMEN } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import {
  type Rechnungsangaben,
  rechnungsangabenAbfrage,
  speichereRechnungsangaben,
} from './rechnungsangaben-api';
import { bodyAus, type Werte, werteAus } from './rechnungsangaben-formular';

/**
 * The organisation's invoice data. A provider needs a seller identifier (register number, USt-IdNr. or
 * GLN) or e-invoice portals reject its invoices; the page says what is missing before a month close
 * runs into it. Only the Administration edits; Leitung, Verwaltung and the WJH read.
 */
export function RechnungsangabenPage() {
  useSeitentitel('Rechnungsangaben');
  const abfrage = useQuery(rechnungsangabenAbfrage);
  const sitzung = useQuery(sitzungAbfrage).data;
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} />;
  if (!abfrage.data || !sitzung) return <Loader aria-label="Rechnungsangaben werden geladen" />;
  return <Formular geladen={abfrage.data} darfAendern={sitzung.benutzer.rolle === 'administration'} />;
}

function Stand({ r }: { r: Rechnungsangaben }) {
  if (r.rechnungenMoeglich) {
    return (
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title="Vollständig" role="status">
        {r.art === 'traeger'
          ? 'Mit diesen Angaben lassen sich Rechnungen und E-Rechnungen (XRechnung) stellen.'
          : 'Mit diesen Angaben können Träger Ihnen Rechnungen (XRechnung) stellen.'}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle aria-hidden />}
      title="Noch keine Rechnungen möglich"
      role="alert"
    >
      <Text size="sm">
        {r.art === 'traeger'
          ? 'Ein Monatsabschluss wird abgewiesen, solange diese Angaben fehlen:'
          : 'Träger können Ihnen keine E-Rechnung stellen, solange diese Angaben fehlen:'}
      </Text>
      <List size="sm">
        {r.fehlt.map((f) => (
          <List.Item key={f}>{f}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Formular({ geladen, darfAendern }: { geladen: Rechnungsangaben; darfAendern: boolean }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({ initialValues: werteAus(geladen) });
  const entwurf = useEntwurf('rechnungsangaben', form);
  const traeger = geladen.art === 'traeger';

  const speichern = useMutation({
    mutationFn: (w: Werte) => speichereRechnungsangaben(bodyAus(w, geladen)),
    onSuccess: async (neu) => {
      entwurf.erledigt();
      setMeldungen([]);
      queryClient.setQueryData(rechnungsangabenAbfrage.queryKey, neu);
      form.setValues(werteAus(neu));
      notifications.show({ color: 'green', message: 'Rechnungsangaben gespeichert.' });
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, ['angaben', 'leitwegId'])),
  });

  const feld = (pfad: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} readOnly={!darfAendern} {...extra} {...form.getInputProps(pfad)} />
  );

  return (
    <Stack maw={900}>
      <Title order={1}>Rechnungsangaben</Title>
      <Text c="dimmed" size="sm">
        {geladen.name} — diese Angaben stehen auf jeder Rechnung und in jeder E-Rechnung. Bereits gestellte
        Rechnungen behalten die Angaben, mit denen sie geschrieben wurden.
      </Text>
      <Stand r={geladen} />
      {!darfAendern && (
        <Alert color="blue" role="status">
          Nur die Administration Ihrer Organisation kann diese Angaben ändern.
        </Alert>
      )}
      <EntwurfHinweis entwurf={entwurf} />
      {meldungen.length > 0 && (
        <Alert color="red" role="alert" title="Nicht gespeichert">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          <Fieldset legend="Anschrift">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {feld('angaben.rechnungsname', 'Name auf Rechnungen', {
                description: `leer: ${geladen.name}`,
              })}
              {feld('angaben.strasse', 'Straße und Hausnummer', { required: true })}
              {feld('angaben.plz', 'PLZ', { required: true, inputMode: 'numeric' })}
              {feld('angaben.ort', 'Ort', { required: true })}
            </SimpleGrid>
          </Fieldset>
          {!traeger && (
            <Fieldset legend="E-Rechnung">
              {feld('leitwegId', 'Leitweg-ID', {
                required: true,
                description: 'Ohne Leitweg-ID kann Ihnen kein Träger eine XRechnung stellen.',
              })}
            </Fieldset>
          )}
          {traeger && (
            <>
              <Fieldset legend="Kennung als Rechnungssteller">
                <Text size="sm" c="dimmed" mb="xs">
                  E-Rechnungsportale verlangen mindestens eine dieser drei Angaben; die Steuernummer allein
                  genügt nicht (EN 16931, Regel BR-CO-26).
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {feld('angaben.registernummer', 'Registernummer', {
                    description: 'z. B. VR 3456, Amtsgericht Wuppertal',
                  })}
                  {feld('angaben.ustId', 'USt-IdNr.', { description: 'DE und 9 Ziffern' })}
                  {feld('angaben.gln', 'GLN', { description: '13 Ziffern', inputMode: 'numeric' })}
                  {feld('angaben.steuernummer', 'Steuernummer')}
                </SimpleGrid>
              </Fieldset>
              <Fieldset legend="Bankverbindung und Zahlung">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {feld('angaben.iban', 'IBAN', { required: true })}
                  {feld('angaben.bic', 'BIC')}
                  <NumberInput
                    label="Zahlungsziel (Tage)"
                    min={0}
                    max={120}
                    allowDecimal={false}
                    readOnly={!darfAendern}
                    {...form.getInputProps('angaben.zahlungszielTage')}
                  />
                  {feld('angaben.nummernPrefix', 'Präfix der Rechnungsnummern', {
                    description: 'z. B. RE → RE-2026-00001',
                  })}
                </SimpleGrid>
              </Fieldset>
              <Fieldset legend="Ansprechperson für Rechnungen">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {feld('angaben.kontakt.name', 'Name', { required: true })}
                  {feld('angaben.kontakt.telefon', 'Telefon', { required: true, type: 'tel' })}
                  {feld('angaben.kontakt.email', 'E-Mail', { required: true, type: 'email' })}
                </SimpleGrid>
              </Fieldset>
              <Fieldset legend="DATEV (Buchhaltung)">
                <Text size="sm" c="dimmed" mb="xs">
                  Nur für den DATEV-Export der abgeschlossenen Monate nötig. Debitorenkonten je Jugendamt
                  bleiben wie eingerichtet.
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {feld('angaben.datev.beraterNr', 'Beraternummer', { inputMode: 'numeric' })}
                  {feld('angaben.datev.mandantNr', 'Mandantennummer', { inputMode: 'numeric' })}
                  {feld('angaben.datev.sachkontenlaenge', 'Sachkontenlänge', { inputMode: 'numeric' })}
                  {feld('angaben.datev.erloesKonto', 'Erlöskonto')}
                  {feld('angaben.datev.debitorStandard', 'Debitorenkonto (Standard)')}
                  {feld('angaben.datev.kontenrahmen', 'Kontenrahmen', { description: 'z. B. 03 (SKR03)' })}
                  <Select
                    label="Beginn des Wirtschaftsjahres"
                    readOnly={!darfAendern}
                    allowDeselect={false}
                    data={MONATSNAMEN.map((m, i) => ({ value: String(i + 1), label: m }))}
                    {...form.getInputProps('angaben.datev.wjBeginnMonat')}
                  />
                </SimpleGrid>
              </Fieldset>
            </>
          )}
          {darfAendern && (
            <Group>
              <Button type="submit" loading={speichern.isPending}>
                Speichern
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
