import {
  Alert,
  Anchor,
  Badge,
  Button,
  Fieldset,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fallGeaendert, sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { formatZeitpunkt } from '../../lib/format';
import {
  BERICHT_ARTEN,
  type Bericht,
  type BerichtArt,
  berichteAbfrage,
  berichtPdfAdresse,
  holeVorlage,
  legeBerichtAn,
  sendeBericht,
} from './api';
import { meldeErfolg } from './melde';

/** The sections of the report template; each becomes a heading in the PDF. */
const ABSCHNITTE = [
  ['ausgangslage', 'Ausgangslage'],
  ['ziele', 'Ziele und Teilziele'],
  ['verlauf', 'Verlauf und Entwicklung'],
  ['beteiligung', 'Beteiligung des jungen Menschen und der Sorgeberechtigten'],
  ['gruppenangebote', 'Fallübergreifende Arbeit (Gruppenangebote)'],
  ['ausblick', 'Ausblick und Empfehlung'],
] as const;
const STANDARD = ABSCHNITTE.map(([s]) => s).filter((s) => s !== 'gruppenangebote') as string[];

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

function Zeile({ b, fallId, darfSenden }: { b: Bericht; fallId: string; darfSenden: boolean }) {
  const queryClient = useQueryClient();
  const [fehler, setFehler] = useState<string | null>(null);
  const senden = useMutation({
    mutationFn: () => sendeBericht(b.id),
    onSuccess: async () => {
      meldeErfolg(`${b.titel} an das Jugendamt gesendet.`);
      await queryClient.invalidateQueries({ queryKey: ['berichte', b.hilfeId] });
      await fallGeaendert(queryClient, fallId);
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Table.Tr>
      <Table.Td>{b.titel}</Table.Td>
      <Table.Td>
        <Badge variant="outline" color={b.status === 'gesendet' ? 'green.9' : 'gray.8'}>
          {b.status === 'gesendet' ? 'gesendet' : 'Entwurf'}
        </Badge>
      </Table.Td>
      <Table.Td>{formatZeitpunkt(b.gesendetAm ?? b.erstelltAm)}</Table.Td>
      <Table.Td>
        {b.status === 'gesendet'
          ? b.gelesenAm
            ? `gelesen am ${formatZeitpunkt(b.gelesenAm)}`
            : 'noch nicht gelesen'
          : '–'}
      </Table.Td>
      <Table.Td>
        {b.status === 'gesendet' ? (
          <Anchor href={berichtPdfAdresse(b.id)} target="_blank" rel="noopener">
            PDF öffnen
          </Anchor>
        ) : darfSenden ? (
          <Button
            size="xs"
            loading={senden.isPending}
            onClick={() => senden.mutate()}
            aria-label={`${b.titel} an das Jugendamt senden`}
          >
            An das Jugendamt senden
          </Button>
        ) : null}
        {fehler && (
          <Text c="red.9" size="xs" role="alert">
            {fehler}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function BerichtFormular({ hilfeId }: { hilfeId: string }) {
  const queryClient = useQueryClient();
  const [art, setArt] = useState<BerichtArt | null>(null);
  const [texte, setTexte] = useState<Record<string, string>>({});
  const [abschnitte, setAbschnitte] = useState<string[]>(STANDARD);
  // The template fills in goals, hours and dates — unless the user has begun writing.
  const waehleArt = async (neu: BerichtArt | null) => {
    setArt(neu);
    if (!neu) return;
    const vorlage = await holeVorlage(hilfeId, neu).catch(() => null);
    if (!vorlage) return;
    setAbschnitte(Object.keys(vorlage));
    setTexte((bisher) => (Object.values(bisher).some((t) => t.trim() !== '') ? bisher : vorlage));
  };
  const [fehler, setFehler] = useState<string | null>(null);
  const speichern = useMutation({
    mutationFn: () =>
      legeBerichtAn(
        hilfeId,
        art as BerichtArt,
        Object.fromEntries(Object.entries(texte).filter(([, t]) => t.trim() !== '')),
      ),
    onSuccess: async () => {
      setArt(null);
      setTexte({});
      setAbschnitte(STANDARD);
      setFehler(null);
      meldeErfolg('Bericht als Entwurf gespeichert.');
      await queryClient.invalidateQueries({ queryKey: ['berichte', hilfeId] });
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Fieldset legend="Bericht schreiben">
      {fehler && (
        <Alert color="red" role="alert" mb="sm">
          {fehler}
        </Alert>
      )}
      <Select
        label="Art des Berichts"
        required
        data={Object.entries(BERICHT_ARTEN).map(([value, label]) => ({ value, label }))}
        value={art}
        onChange={(w) => void waehleArt(w as BerichtArt | null)}
      />
      {ABSCHNITTE.filter(([schluessel]) => abschnitte.includes(schluessel)).map(([schluessel, titel]) => (
        <Textarea
          key={schluessel}
          label={titel}
          autosize
          minRows={2}
          mt="sm"
          value={texte[schluessel] ?? ''}
          onChange={(e) => setTexte({ ...texte, [schluessel]: e.currentTarget.value })}
        />
      ))}
      <Group justify="flex-end" mt="sm">
        <Button loading={speichern.isPending} disabled={!art} onClick={() => speichern.mutate()}>
          Als Entwurf speichern
        </Button>
      </Group>
    </Fieldset>
  );
}

/**
 * Reports on one Hilfe: the case team writes them from the template's sections and sends them to the granting
 * Jugendamt (then they are fixed, as PDF); the ASD sees those sent to it. Read receipts show beside them.
 */
export function BerichteAbschnitt({ hilfeId, fallId }: { hilfeId: string; fallId: string }) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const rolle = sitzung?.benutzer.rolle ?? '';
  const darfLesen = ['leitung', 'fachkraft', 'semiprofessionell', 'asd'].includes(rolle);
  const darfSchreiben = ['leitung', 'fachkraft', 'semiprofessionell'].includes(rolle);
  const abfrage = useQuery({ ...berichteAbfrage(hilfeId), enabled: darfLesen });
  if (!darfLesen) return null;
  return (
    <Stack gap="xs" mt="md">
      <Title order={4}>Berichte an das Jugendamt</Title>
      {abfrage.data && abfrage.data.length === 0 && <Text size="sm">Noch keine Berichte.</Text>}
      {abfrage.data && abfrage.data.length > 0 && (
        <Table aria-label="Berichte an das Jugendamt">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Bericht</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Datum</Table.Th>
              <Table.Th scope="col">Lesebestätigung</Table.Th>
              <Table.Th scope="col">Aktion</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {abfrage.data.map((b) => (
              <Zeile key={b.id} b={b} fallId={fallId} darfSenden={darfSchreiben} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {darfSchreiben && <BerichtFormular hilfeId={hilfeId} />}
    </Stack>
  );
}
