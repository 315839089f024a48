import { Anchor, Badge, Button, Fieldset, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { formatZeitpunkt } from '../../lib/format';
import { GRUEN } from '../../theme';
import {
  BERICHT_ARTEN,
  type Bericht,
  type BerichtArt,
  berichteAbfrage,
  berichtPdfAdresse,
  holeVorlage,
  legeBerichtAn,
} from './api';
import { BerichtAnsicht } from './BerichtAnsicht';
import { BerichtBearbeiten } from './BerichtBearbeiten';
import { BerichtSenden } from './BerichtSenden';
import { meldeErfolg } from './melde';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

function Zeile({
  b,
  darfSchreiben,
  offen,
  oeffne,
  sende,
}: {
  b: Bericht;
  darfSchreiben: boolean;
  offen: boolean;
  oeffne: (id: string | null) => void;
  sende: (b: Bericht) => void;
}) {
  const gesendet = b.status === 'gesendet';
  return (
    <Table.Tr>
      <Table.Td>{b.titel}</Table.Td>
      <Table.Td>
        <Badge variant="outline" color={gesendet ? GRUEN : 'gray.8'}>
          {gesendet ? 'gesendet' : 'Entwurf'}
        </Badge>
      </Table.Td>
      <Table.Td>{formatZeitpunkt(b.gesendetAm ?? b.geaendertAm)}</Table.Td>
      <Table.Td>
        {gesendet ? (b.gelesenAm ? `gelesen am ${formatZeitpunkt(b.gelesenAm)}` : 'noch nicht gelesen') : '–'}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {(gesendet || darfSchreiben) && (
            <Button
              size="xs"
              variant="default"
              onClick={() => oeffne(offen ? null : b.id)}
              aria-label={`${b.titel} ${offen ? 'schließen' : gesendet ? 'ansehen' : 'bearbeiten'}`}
              aria-expanded={offen}
            >
              {offen ? 'Schließen' : gesendet ? 'Ansehen' : 'Bearbeiten'}
            </Button>
          )}
          {gesendet && (
            <Anchor href={berichtPdfAdresse(b.id)} target="_blank" rel="noopener" size="sm">
              PDF öffnen
            </Anchor>
          )}
          {!gesendet && darfSchreiben && (
            <Button size="xs" onClick={() => sende(b)} aria-label={`${b.titel} an das Jugendamt senden`}>
              An das Jugendamt senden
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** A new report starts as a draft filled from the template (goals and their review, hours, dates). */
function NeuerBericht({ hilfeId, angelegt }: { hilfeId: string; angelegt: (b: Bericht) => void }) {
  const queryClient = useQueryClient();
  const [art, setArt] = useState<BerichtArt | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const anlegen = useMutation({
    mutationFn: async (a: BerichtArt) => legeBerichtAn(hilfeId, a, await holeVorlage(hilfeId, a)),
    onSuccess: async (b) => {
      setArt(null);
      setFehler(null);
      meldeErfolg(`${b.titel} als Entwurf aus der Vorlage angelegt.`);
      await queryClient.invalidateQueries({ queryKey: ['berichte', hilfeId] });
      angelegt(b);
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Fieldset legend="Neuer Bericht">
      {fehler && (
        <Text c="red.9" role="alert" size="sm">
          {fehler}
        </Text>
      )}
      <Group align="flex-end">
        <Select
          label="Art des Berichts"
          required
          data={Object.entries(BERICHT_ARTEN).map(([value, label]) => ({ value, label }))}
          value={art}
          onChange={(w) => setArt(w as BerichtArt | null)}
        />
        <Button loading={anlegen.isPending} disabled={!art} onClick={() => art && anlegen.mutate(art)}>
          Entwurf aus Vorlage anlegen
        </Button>
      </Group>
    </Fieldset>
  );
}

/**
 * Reports on one Hilfe: the case team drafts them from the template's sections, edits and previews them, and
 * sends them to the granting Jugendamt after a confirmation (then they are fixed, as PDF and read-only here);
 * the ASD sees those sent to it. Read receipts show beside them.
 */
export function BerichteAbschnitt({ hilfeId, fallId }: { hilfeId: string; fallId: string }) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const rolle = sitzung?.benutzer.rolle ?? '';
  const darfLesen = ['leitung', 'fachkraft', 'semiprofessionell', 'asd'].includes(rolle);
  const darfSchreiben = ['leitung', 'fachkraft', 'semiprofessionell'].includes(rolle);
  const abfrage = useQuery({ ...berichteAbfrage(hilfeId), enabled: darfLesen });
  const [offen, setOffen] = useState<string | null>(null);
  const [senden, setSenden] = useState<Bericht | null>(null);
  if (!darfLesen) return null;
  const geoeffnet = abfrage.data?.find((b) => b.id === offen);
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
              <Zeile
                key={b.id}
                b={b}
                darfSchreiben={darfSchreiben}
                offen={offen === b.id}
                oeffne={setOffen}
                sende={setSenden}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {geoeffnet?.status === 'entwurf' && darfSchreiben && (
        <BerichtBearbeiten key={geoeffnet.id} b={geoeffnet} fallId={fallId} onClose={() => setOffen(null)} />
      )}
      {geoeffnet?.status === 'gesendet' && (
        <Fieldset legend={`${geoeffnet.titel} (gesendet, unveränderlich)`}>
          <BerichtAnsicht titel={geoeffnet.titel} inhalt={geoeffnet.inhalt} />
        </Fieldset>
      )}
      {senden && <BerichtSenden b={senden} fallId={fallId} onClose={() => setSenden(null)} />}
      {darfSchreiben && <NeuerBericht hilfeId={hilfeId} angelegt={(b) => setOffen(b.id)} />}
    </Stack>
  );
}
