import {
  Alert,
  Badge,
  Button,
  Card,
  Chip,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconRepeat, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler } from '../../components/Ladezustand';
import { datumFehler } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import {
  brauchtFall,
  dauer,
  EIGENE_EINTRAEGE_HOECHSTENS,
  eigeneHilfenAbfrage,
  heuteIso,
  istGruppe,
  kannFall,
  type Leistungsart,
  type Leistungseintrag,
  leistungenAbfrage,
  leistungsarten,
  loescheEintrag,
  type NeuerEintrag,
  speichereEintrag,
} from './api';

interface Werte extends Record<string, unknown> {
  datum: string | null;
  art: Leistungsart;
  hilfeId: string | null;
  hilfeIds: string[];
  gruppenangebot: string;
  zeitangabe: 'uhrzeit' | 'dauer';
  beginn: string;
  ende: string;
  minuten: number | string;
  bemerkung: string;
}

const FELDER = [
  'datum',
  'art',
  'hilfeId',
  'hilfeIds',
  'gruppenangebot',
  'beginn',
  'ende',
  'minuten',
  'bemerkung',
];

const leer = (): Werte => ({
  datum: heuteIso(),
  art: 'direkt',
  hilfeId: null,
  hilfeIds: [],
  gruppenangebot: '',
  zeitangabe: 'uhrzeit',
  beginn: '',
  ende: '',
  minuten: '',
  bemerkung: '',
});

function alsEintrag(w: Werte): NeuerEintrag {
  const uhrzeit = w.zeitangabe === 'uhrzeit';
  return {
    datum: w.datum ?? '',
    art: w.art,
    beginn: uhrzeit ? w.beginn || null : null,
    ende: uhrzeit ? w.ende || null : null,
    minuten: uhrzeit ? null : w.minuten === '' ? null : Number(w.minuten),
    hilfeId: kannFall(w.art) ? w.hilfeId : null,
    ...(istGruppe(w.art) ? { hilfeIds: w.hilfeIds } : {}),
    gruppenangebot: istGruppe(w.art) ? w.gruppenangebot : null,
    bemerkung: w.bemerkung.trim() || null,
  };
}

/** The most recently recorded distinct entries (same case, kind and times), to repeat with one tap. */
function vorlagen(eintraege: Leistungseintrag[]): Leistungseintrag[] {
  const gesehen = new Set<string>();
  const ergebnis: Leistungseintrag[] = [];
  const neueste = [...eintraege].sort((a, b) =>
    a.erfasstAm < b.erfasstAm ? 1 : a.erfasstAm > b.erfasstAm ? -1 : 0,
  );
  for (const e of neueste) {
    const schluessel = [
      e.art,
      e.hilfeId,
      e.teilnahmen.map((t) => t.hilfeId).join(','),
      e.beginn,
      e.ende,
      e.minuten,
    ].join('|');
    if (gesehen.has(schluessel)) continue;
    gesehen.add(schluessel);
    ergebnis.push(e);
    if (ergebnis.length === 3) break;
  }
  return ergebnis;
}

/** How many of the user's entries the list shows at first and adds per tap. */
const SEITE = 20;

const weitereText = (n: number) =>
  n === 1 ? '1 weiteren Eintrag anzeigen' : `${n} weitere Einträge anzeigen`;

/**
 * Quick entry of the user's own hours, made for a phone: one column at 360 px, large targets, a draft
 * kept while typing, and the last entries one tap away. Below it, the user's own entries.
 */
export function ErfassungPage() {
  useSeitentitel('Stunden erfassen');
  const queryClient = useQueryClient();
  const hilfen = useQuery(eigeneHilfenAbfrage);
  const eintraege = useQuery(leistungenAbfrage);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [gespeichert, setGespeichert] = useState<string | null>(null);
  const [zuLoeschen, setZuLoeschen] = useState<string | null>(null);
  // Months of entries would make the phone screen endless: the newest first, more on request.
  const [sichtbareEintraege, setSichtbareEintraege] = useState(SEITE);
  const form = useForm<Werte>({
    initialValues: leer(),
    validate: {
      datum: (d) => datumFehler(d, true),
      hilfeId: (h, w) => (brauchtFall(w.art) && !h ? 'Bitte den Fall wählen.' : null),
      hilfeIds: (h, w) =>
        istGruppe(w.art) && h.length === 0 ? 'Bitte die teilnehmenden Fälle wählen.' : null,
      gruppenangebot: (g, w) => (istGruppe(w.art) && !g.trim() ? 'Bitte das Gruppenangebot benennen.' : null),
      beginn: (b, w) => (w.zeitangabe === 'uhrzeit' && !b ? 'Bitte den Beginn angeben.' : null),
      ende: (e, w) => (w.zeitangabe === 'uhrzeit' && !e ? 'Bitte das Ende angeben.' : null),
      minuten: (m, w) =>
        w.zeitangabe === 'dauer' && !(Number(m) > 0) ? 'Bitte die Dauer in Minuten angeben.' : null,
    },
  });
  const entwurf = useEntwurf('leistung-neu', form);

  const fallName = useMemo(() => {
    const karte = new Map((hilfen.data ?? []).map((h) => [h.hilfeId, h.aktenzeichen]));
    return (id: string | null) => (id ? (karte.get(id) ?? 'Fall') : null);
  }, [hilfen.data]);
  const optionen = (hilfen.data ?? []).map((h) => ({
    value: h.hilfeId,
    label: `${h.aktenzeichen} – ${h.bezeichnung}`,
  }));

  const speichern = useMutation({
    mutationFn: speichereEintrag,
    onSuccess: (e) => {
      entwurf.erledigt();
      setMeldungen([]);
      setGespeichert(
        `Gespeichert: ${formatDatum(e.datum)}, ${dauer(e.minuten)} ${leistungsarten[e.art]}${e.hilfeId ? ` (${fallName(e.hilfeId)})` : ''}.`,
      );
      form.setValues({ ...leer(), datum: e.datum, art: e.art, zeitangabe: form.values.zeitangabe });
      form.resetDirty();
      void queryClient.invalidateQueries({ queryKey: ['leistungen', 'eigene'] });
    },
    onError: (fehler) => {
      setGespeichert(null);
      setMeldungen(zeigeServerfehler(form, fehler, FELDER));
    },
  });
  const loeschen = useMutation({
    mutationFn: loescheEintrag,
    onSuccess: () => {
      setZuLoeschen(null);
      void queryClient.invalidateQueries({ queryKey: ['leistungen', 'eigene'] });
    },
    onError: (fehler) => setMeldungen([fehler instanceof Error ? fehler.message : 'Löschen fehlgeschlagen.']),
  });

  function wiederhole(e: Leistungseintrag) {
    setGespeichert(null);
    form.setValues({
      datum: heuteIso(),
      art: e.art,
      hilfeId: e.hilfeId,
      hilfeIds: e.teilnahmen.map((t) => t.hilfeId),
      gruppenangebot: e.gruppenangebot ?? '',
      zeitangabe: e.beginn ? 'uhrzeit' : 'dauer',
      beginn: e.beginn ?? '',
      ende: e.ende ?? '',
      minuten: e.beginn ? '' : e.minuten,
      bemerkung: '',
    });
  }

  const art = form.values.art;
  return (
    <Stack maw={640} gap="md">
      <Title order={1}>Stunden erfassen</Title>
      <EntwurfHinweis entwurf={entwurf} />
      {hilfen.isError && <Ladefehler fehler={hilfen.error} />}

      {(eintraege.data?.length ?? 0) > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="zuletzt">
          <Text id="zuletzt" fw={600}>
            Zuletzt erfasst – zum Wiederholen antippen
          </Text>
          {vorlagen(eintraege.data ?? []).map((e) => (
            <Button
              key={e.id}
              variant="light"
              size="lg"
              fz="md"
              fullWidth
              justify="flex-start"
              leftSection={<IconRepeat aria-hidden />}
              onClick={() => wiederhole(e)}
              // At 360 px the label wraps: the button grows with it instead of clipping the text.
              h="auto"
              mih={48}
              py={8}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left', overflow: 'visible' } }}
            >
              {[
                fallName(e.hilfeId) ?? e.gruppenangebot ?? leistungsarten[e.art],
                leistungsarten[e.art],
                e.beginn ? `${e.beginn}–${e.ende}` : dauer(e.minuten),
              ].join(' · ')}
            </Button>
          ))}
        </Stack>
      )}

      <form onSubmit={form.onSubmit((w) => speichern.mutate(alsEintrag(w)))} noValidate>
        <Stack gap="md">
          <DatumFeld label="Datum" required size="lg" {...form.getInputProps('datum')} />
          <Fieldset legend="Art der Leistung" variant="unstyled">
            <Chip.Group value={art} onChange={(v) => form.setFieldValue('art', v as Leistungsart)}>
              <Group gap="xs">
                {(Object.keys(leistungsarten) as Leistungsart[]).map((a) => (
                  <Chip key={a} value={a} size="md">
                    {leistungsarten[a]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Fieldset>
          {kannFall(art) && (
            <Select
              label={brauchtFall(art) ? 'Fall' : 'Fall (optional)'}
              required={brauchtFall(art)}
              size="lg"
              searchable
              clearable={!brauchtFall(art)}
              data={optionen}
              nothingFoundMessage="Kein eigener Fall gefunden"
              {...form.getInputProps('hilfeId')}
            />
          )}
          {istGruppe(art) && (
            <>
              <TextInput
                label="Gruppenangebot"
                required
                size="lg"
                {...form.getInputProps('gruppenangebot')}
              />
              <MultiSelect
                label="Teilnehmende Fälle"
                description="Die Zeit wird zu gleichen Minuten auf die Fälle verteilt."
                required
                size="lg"
                searchable
                data={optionen}
                {...form.getInputProps('hilfeIds')}
              />
            </>
          )}
          <SegmentedControl
            fullWidth
            size="md"
            aria-label="Zeitangabe"
            data={[
              { value: 'uhrzeit', label: 'Von – bis' },
              { value: 'dauer', label: 'Nur Dauer' },
            ]}
            {...form.getInputProps('zeitangabe')}
          />
          {form.values.zeitangabe === 'uhrzeit' ? (
            <SimpleGrid cols={2}>
              <TextInput type="time" label="Beginn" required size="lg" {...form.getInputProps('beginn')} />
              <TextInput type="time" label="Ende" required size="lg" {...form.getInputProps('ende')} />
            </SimpleGrid>
          ) : (
            <NumberInput
              label="Dauer in Minuten"
              required
              size="lg"
              min={1}
              max={1440}
              step={15}
              allowDecimal={false}
              {...form.getInputProps('minuten')}
            />
          )}
          <Textarea
            label="Kurze Notiz (optional)"
            description="Keine Gesundheitsdaten oder Inhalte aus Gesprächen – dafür ist die Fallakte da."
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('bemerkung')}
          />
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.map((m) => (
                <Text key={m} size="sm">
                  {m}
                </Text>
              ))}
            </Alert>
          )}
          {gespeichert && (
            <Alert color="green" role="status">
              {gespeichert}
            </Alert>
          )}
          <Button type="submit" size="xl" fullWidth loading={speichern.isPending}>
            Speichern
          </Button>
        </Stack>
      </form>

      <Stack gap="xs" component="section" aria-labelledby="eigene">
        <Title order={2} id="eigene" size="h3">
          Meine Einträge
        </Title>
        {eintraege.isError && <Ladefehler fehler={eintraege.error} />}
        {eintraege.data?.length === 0 && <Text c="dimmed">Noch keine Einträge.</Text>}
        {(eintraege.data ?? []).slice(0, sichtbareEintraege).map((e) => (
          <Card key={e.id} withBorder padding="sm" data-testid="eintrag">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>
                  {formatDatum(e.datum)} · {e.beginn ? `${e.beginn}–${e.ende} Uhr` : dauer(e.minuten)}
                </Text>
                <Text size="sm">
                  {leistungsarten[e.art]}
                  {e.hilfeId ? ` · ${fallName(e.hilfeId)}` : ''}
                  {e.gruppenangebot ? ` · ${e.gruppenangebot} (${e.teilnahmen.length} Fälle)` : ''} ·{' '}
                  {dauer(e.minuten)}
                </Text>
                {e.bemerkung && (
                  <Text size="sm" c="dimmed">
                    {e.bemerkung}
                  </Text>
                )}
              </Stack>
              {e.abgeschlossen ? (
                <Badge variant="light" color="gray">
                  abgerechnet
                </Badge>
              ) : zuLoeschen === e.id ? (
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="sm"
                    color="red"
                    onClick={() => loeschen.mutate(e.id)}
                    loading={loeschen.isPending}
                  >
                    Löschen
                  </Button>
                  <Button size="sm" variant="default" onClick={() => setZuLoeschen(null)}>
                    Abbrechen
                  </Button>
                </Group>
              ) : (
                <Button
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={`Eintrag vom ${formatDatum(e.datum)} löschen`}
                  onClick={() => setZuLoeschen(e.id)}
                >
                  <IconTrash aria-hidden size={20} />
                </Button>
              )}
            </Group>
          </Card>
        ))}
        {(eintraege.data?.length ?? 0) > sichtbareEintraege && (
          <Button variant="default" size="md" onClick={() => setSichtbareEintraege((n) => n + SEITE)}>
            {weitereText(Math.min(SEITE, (eintraege.data?.length ?? 0) - sichtbareEintraege))}
          </Button>
        )}
        {(eintraege.data?.length ?? 0) === EIGENE_EINTRAEGE_HOECHSTENS &&
          sichtbareEintraege >= EIGENE_EINTRAEGE_HOECHSTENS && (
            <Text size="sm">
              Hier stehen Ihre letzten {EIGENE_EINTRAEGE_HOECHSTENS} Einträge; ältere Stunden zeigt das
              Stundencontrolling.
            </Text>
          )}
      </Stack>
    </Stack>
  );
}
