import { Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatBetrag, formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { rechnungenAbfrage } from '../abrechnung/api';
import { RechnungDateien } from '../abrechnung/RechnungDateien';
import { JugendamtSchritte } from '../abrechnung/RechnungsStatus';
import { istOffen, naechsterSchritt, type Rechnung, SCHRITT_DE } from './api';
import { PruefDialog } from './PruefDialog';

/**
 * The Wirtschaftliche Jugendhilfe's start: invoices addressed to its Jugendamt, the open ones first shown.
 * Each is checked as „sachlich richtig“ and then „angewiesen“; PDF and XRechnung are the provider's documents.
 */
export function EingangsrechnungenPage() {
  useSeitentitel('Eingangsrechnungen');
  const abfrage = useQuery(rechnungenAbfrage);
  const [ansicht, setAnsicht] = useState<'offen' | 'alle'>('offen');
  const [pruefen, setPruefen] = useState<Rechnung | null>(null);
  const liste = (abfrage.data ?? []).filter((r) => ansicht === 'alle' || istOffen(r));
  return (
    <Stack gap="lg">
      <Title order={1}>Eingangsrechnungen</Title>
      <Text>
        Rechnungen der Träger an Ihr Jugendamt. Zuerst sachlich richtig zeichnen, dann anweisen; der Träger
        sieht beide Schritte an seiner Rechnung. Die Leitweg-ID, an die Träger adressieren, steht in den{' '}
        <LinkAnker to="/abrechnung/rechnungsangaben">Rechnungsangaben Ihres Jugendamts</LinkAnker>.
      </Text>
      <SegmentedControl
        aria-label="Welche Rechnungen"
        value={ansicht}
        onChange={(w) => setAnsicht(w as 'offen' | 'alle')}
        data={[
          { value: 'offen', label: 'Offen' },
          { value: 'alle', label: 'Alle' },
        ]}
        w="fit-content"
      />
      {abfrage.isPending ? (
        <Laden />
      ) : abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : liste.length === 0 ? (
        <Text c="dimmed">
          {ansicht === 'offen' ? 'Keine offenen Rechnungen.' : 'Noch keine Rechnungen an Ihr Jugendamt.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nummer</Table.Th>
                <Table.Th scope="col">Träger</Table.Th>
                <Table.Th scope="col">Rechnungsdatum</Table.Th>
                <Table.Th scope="col">Zeitraum</Table.Th>
                <Table.Th scope="col" ta="right">
                  Betrag
                </Table.Th>
                <Table.Th scope="col">Prüfung</Table.Th>
                <Table.Th scope="col">Dokumente</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {liste.map((r) => {
                const schritt = naechsterSchritt(r);
                return (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row">
                      <Text fw={600} size="sm">
                        {r.nummer}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.art === 'gutschrift' ? `Gutschrift zu ${r.bezugNummer}` : 'Rechnung'}
                      </Text>
                    </Table.Th>
                    <Table.Td>{r.aussteller}</Table.Td>
                    <Table.Td>{formatDatum(r.rechnungsdatum)}</Table.Td>
                    <Table.Td>
                      {formatDatum(r.zeitraumVon)} – {formatDatum(r.zeitraumBis)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.art === 'gutschrift' ? '−' : ''}
                      {formatBetrag(r.summe)}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {!r.sachlichRichtig && r.art === 'rechnung' && (
                          <Badge color="gray" variant="light">
                            ungeprüft
                          </Badge>
                        )}
                        <JugendamtSchritte r={r} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <RechnungDateien r={r} />
                        {schritt && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setPruefen(r)}
                            aria-label={`${r.nummer} als ${SCHRITT_DE[schritt]} vermerken`}
                          >
                            {schritt === 'sachlich-richtig' ? 'Sachlich richtig …' : 'Angewiesen …'}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pruefen && <PruefDialog rechnung={pruefen} schliessen={() => setPruefen(null)} />}
    </Stack>
  );
}
