import { Alert, Button, Paper, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { erfasseSchritt, SCHRITT_TITEL, vignetteAbfrage } from './api';
import { SchrittInhalt } from './SchrittInhalt';

const route = getRouteApi('/app/kinderschutz/beratung/$verfahrenId');

const ROLLE: Record<string, string> = {
  junger_mensch: 'junger Mensch',
  kind: 'Kind',
  sorgeberechtigt: 'sorgeberechtigt',
  betreuungsperson: 'Betreuungsperson',
  geschwister: 'Geschwister',
};

/** The pseudonymised vignette; the iefk records her advice below it. The team sees the same, read-only. */
export function VignettePage() {
  const { verfahrenId } = route.useParams();
  const abfrage = useQuery(vignetteAbfrage(verfahrenId));
  const sitzung = useQuery(sitzungAbfrage).data;
  useSeitentitel('Fallvignette');
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} nichtGefunden="Verfahren nicht gefunden." />;
  const v = abfrage.data;
  const iefk = sitzung?.benutzer.rolle === 'iefk';
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>Fallvignette (pseudonymisiert)</Title>
      <Text size="sm" c="dimmed">
        Verfahren begonnen am {formatDatum(v.begonnenAm)}. Namen, Geburtsdaten, Anschriften und Aktenzeichen
        sind ersetzt.
      </Text>
      <Table withTableBorder maw={500}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Rolle</Table.Th>
            <Table.Th scope="col">Alter</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.pseudonyme.map((p) => (
            <Table.Tr key={p.bezeichnung}>
              <Table.Td>{p.bezeichnung}</Table.Td>
              <Table.Td>{ROLLE[p.rolle] ?? p.rolle}</Table.Td>
              <Table.Td>{p.alterJahre === null ? '—' : `${p.alterJahre} Jahre`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <Text fw={600}>Gewichtige Anhaltspunkte</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{v.anhaltspunkte}</Text>
      </Paper>
      {v.schritte.length > 0 && (
        <Timeline active={v.schritte.length - 1} bulletSize={22}>
          {v.schritte.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps of a vignette carry no id
            <Timeline.Item key={i} title={`${formatDatum(s.datum)} · ${SCHRITT_TITEL[s.art]}`}>
              <SchrittInhalt inhalt={s.inhalt} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {iefk && !v.abgeschlossen && v.naechsterSchritt !== 'gefaehrdungseinschaetzung' && (
        <Beratung id={v.id} />
      )}
    </Stack>
  );
}

function Beratung({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ datum: string | null; inhalt: { empfehlung: string } }>({
    initialValues: { datum: heuteIso(), inhalt: { empfehlung: '' } },
    validate: {
      datum: (w) => datumFehler(w, true),
      inhalt: { empfehlung: (w) => (w.trim() ? null : 'Bitte die Empfehlung festhalten.') },
    },
  });
  const entwurf = useEntwurf(`kinderschutz-beratung:${id}`, form);
  const speichern = useMutation({
    mutationFn: (w: { datum: string | null; inhalt: { empfehlung: string } }) =>
      erfasseSchritt(id, {
        art: 'iefk-beratung',
        datum: w.datum ?? '',
        inhalt: { empfehlung: w.inhalt.empfehlung.trim() },
      }),
    onSuccess: async () => {
      entwurf.erledigt();
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['kinderschutz'] });
      notifications.show({ color: 'green', message: 'Beratung festgehalten.' });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['datum', 'inhalt'])),
  });
  return (
    <Stack component="section" aria-labelledby="beratung" gap="sm">
      <Title order={2} size="h3" id="beratung">
        Ihre Beratung festhalten
      </Title>
      <EntwurfHinweis entwurf={entwurf} />
      {meldungen.length > 0 && (
        <Alert color="red" role="alert">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          <DatumFeld label="Beraten am" required {...form.getInputProps('datum')} />
          <Textarea
            label="Empfehlung"
            required
            autosize
            minRows={4}
            {...form.getInputProps('inhalt.empfehlung')}
          />
          <Button type="submit" loading={speichern.isPending} w="fit-content">
            Beratung festhalten
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
