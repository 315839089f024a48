import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { erfasseSchritt, SCHRITT_TITEL, type Verfahren, verfahrenAbfrage, type Zustellung } from './api';
import { SchrittFelder } from './SchrittFelder';
import { SchrittInhalt } from './SchrittInhalt';
import { formularFeld, inhaltFuer, LEER, type Werte } from './schritt-formular';

const route = getRouteApi('/app/kinderschutz/$verfahrenId');

/**
 * One § 8a procedure: what was observed, every step with date and who recorded it, and the form for the
 * next step with what the law expects of it. Steps are never edited; a correction is a new step.
 */
export function VerfahrenPage() {
  const { verfahrenId } = route.useParams();
  const abfrage = useQuery(verfahrenAbfrage(verfahrenId));
  useSeitentitel('Kinderschutzverfahren');
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} nichtGefunden="Verfahren nicht gefunden." />;
  const v = abfrage.data;
  const mitteilung = v.schritte.some((s) => s.art === 'mitteilung-jugendamt');
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>Verfahren nach § 8a SGB VIII</Title>
          {v.abgeschlossenAm ? (
            <Badge color="gray">abgeschlossen am {formatDatum(v.abgeschlossenAm)}</Badge>
          ) : (
            <Badge color="red">offen</Badge>
          )}
        </Group>
        <Text>
          Fall{' '}
          <LinkAnker to="/faelle/$fallId" params={{ fallId: v.fallId }}>
            {v.aktenzeichen}
          </LinkAnker>{' '}
          · begonnen am {formatDatum(v.begonnenAm)} von {v.begonnenVon}
          {v.ueberpruefungAm && ` · Überprüfung des Schutzplans am ${formatDatum(v.ueberpruefungAm)}`}
        </Text>
        <Text size="sm" c="dimmed">
          Besondere Kategorie personenbezogener Daten: sichtbar nur für die Fachkräfte des Fallteams und die
          Leitung; jedes Öffnen wird protokolliert.
        </Text>
      </Stack>
      <Paper withBorder p="md">
        <Text fw={600}>Gewichtige Anhaltspunkte</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{v.anhaltspunkte}</Text>
      </Paper>
      <Group>
        <LinkAnker to="/kinderschutz/beratung/$verfahrenId" params={{ verfahrenId: v.id }}>
          Was die insoweit erfahrene Fachkraft sieht (pseudonymisiert)
        </LinkAnker>
        {mitteilung && (
          <Button
            component="a"
            href={`/api/kinderschutz/${v.id}/mitteilung/pdf`}
            download
            size="xs"
            variant="light"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            Mitteilung an das Jugendamt (PDF)
          </Button>
        )}
      </Group>
      <section aria-labelledby="verlauf">
        <Title order={2} size="h3" id="verlauf" mb="sm">
          Verlauf
        </Title>
        {v.schritte.length === 0 ? (
          <Text c="dimmed">Noch kein Schritt festgehalten.</Text>
        ) : (
          <Timeline active={v.schritte.length - 1} bulletSize={22}>
            {v.schritte.map((s) => (
              <Timeline.Item key={s.id} title={`${formatDatum(s.datum)} · ${s.titel}`}>
                <Text size="xs" c="dimmed">
                  festgehalten von {s.erfasstVon}
                </Text>
                <SchrittInhalt inhalt={s.inhalt} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </section>
      {!v.abgeschlossenAm && <NaechsterSchritt v={v} />}
    </Stack>
  );
}

function NaechsterSchritt({ v }: { v: Verfahren }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [zustellung, setZustellung] = useState<Zustellung | null>(null);
  const form = useForm<Werte>({
    initialValues: { art: v.naechsterSchritt, datum: heuteIso(), inhalt: LEER },
    validate: { datum: (w) => datumFehler(w, true), art: (w) => (w ? null : 'Bitte den Schritt wählen.') },
  });
  const entwurf = useEntwurf(`kinderschutz-schritt:${v.id}`, form);
  const art = form.values.art;
  const erwartung = v.moeglicheSchritte.find((m) => m.art === art)?.erwartung;

  const speichern = useMutation({
    mutationFn: (w: Werte) =>
      erfasseSchritt(v.id, {
        art: w.art as NonNullable<Werte['art']>,
        datum: w.datum ?? '',
        inhalt: inhaltFuer(w.art as NonNullable<Werte['art']>, w.inhalt),
      }),
    onSuccess: async (e) => {
      entwurf.erledigt();
      setMeldungen([]);
      if (e.zustellung) setZustellung(e.zustellung);
      form.setValues({ art: null, datum: heuteIso(), inhalt: LEER });
      await queryClient.invalidateQueries({ queryKey: ['kinderschutz'] });
      notifications.show({
        color: 'green',
        message: `${SCHRITT_TITEL[e.art]} am ${formatDatum(e.datum)} festgehalten.`,
      });
    },
    onError: (fehler) => {
      const uebrig = zeigeServerfehler(form, fehler, ['art', 'datum', 'inhalt']);
      // Content messages come as inhalt.<feld>; the closure's choice has its own form field.
      if (art) {
        const fehlerFelder = form.errors;
        const umbenannt = Object.fromEntries(
          Object.entries(fehlerFelder).map(([k, m]) => [formularFeld(art, k), m]),
        );
        form.setErrors(umbenannt);
      }
      setMeldungen(uebrig);
    },
  });

  return (
    <Stack component="section" aria-labelledby="naechster" gap="sm">
      <Title order={2} size="h3" id="naechster">
        Nächster Schritt
      </Title>
      {zustellung && (
        <Alert
          color={zustellung.imPosteingang ? 'green' : 'orange'}
          role="status"
          title="Mitteilung an das Jugendamt"
        >
          {zustellung.hinweis}
        </Alert>
      )}
      <EntwurfHinweis entwurf={entwurf} />
      {meldungen.length > 0 && (
        <Alert color="red" role="alert" title="Nicht festgehalten">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          <Group align="flex-end" grow>
            <Select
              label="Schritt"
              required
              allowDeselect={false}
              data={v.moeglicheSchritte.map((m) => ({ value: m.art, label: m.titel }))}
              {...form.getInputProps('art')}
            />
            <DatumFeld label="Datum" required {...form.getInputProps('datum')} />
          </Group>
          {erwartung && (
            <Alert color="blue" icon={<IconShieldCheck aria-hidden />} title="Was das Gesetz erwartet">
              {erwartung}
            </Alert>
          )}
          {art && <SchrittFelder art={art} form={form} />}
          <Group>
            <Button type="submit" loading={speichern.isPending} disabled={!art}>
              Schritt festhalten
            </Button>
            <Text size="sm" c="dimmed">
              Ein festgehaltener Schritt lässt sich nicht ändern; eine Korrektur ist ein neuer Schritt.
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
