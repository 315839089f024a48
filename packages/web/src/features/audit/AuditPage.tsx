import { Anchor, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditAbfrage } from '../../api/abfragen';
import { DatumFeld } from '../../components/DatumFeld';
import { Ladefehler } from '../../components/Ladezustand';
import { alsOptionen, auditAktionen, auditRessourcen, beschriftung } from '../../lib/beschriftungen';
import { istIsoDatum } from '../../lib/datumseingabe';
import { formatZahl, formatZeitpunkt } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { AuditWerte } from './AuditWerte';

const PRO_SEITE = 50;

/** Who did what and when — for Leitung and Administration; the server refuses everyone else. */
export function AuditPage() {
  useSeitentitel('Protokoll');
  const [aktion, setAktion] = useState<string | null>(null);
  const [ressource, setRessource] = useState<string | null>(null);
  const [von, setVon] = useState<string | null>(null);
  const [bis, setBis] = useState<string | null>(null);
  const [seite, setSeite] = useState(1);
  const abfrage = useQuery(
    auditAbfrage({
      aktion: aktion ?? undefined,
      ressource: ressource ?? undefined,
      // A half-typed or impossible date filters nothing; the field itself says what is wrong.
      von: istIsoDatum(von) ? von : undefined,
      bis: istIsoDatum(bis) ? bis : undefined,
      seite,
      proSeite: PRO_SEITE,
    }),
  );
  const gesamt = abfrage.data?.gesamtzahl ?? 0;
  // The export takes the same filters as the list on screen.
  const csvFilter = new URLSearchParams(
    Object.entries({
      aktion,
      ressource,
      von: istIsoDatum(von) ? von : null,
      bis: istIsoDatum(bis) ? bis : null,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const seiten = Math.max(1, Math.ceil(gesamt / PRO_SEITE));
  const neueSuche =
    <T,>(setzen: (wert: T) => void) =>
    (wert: T) => {
      setzen(wert);
      setSeite(1);
    };

  return (
    <Stack>
      <Title order={1}>Protokoll</Title>
      <Group align="flex-end" role="search" aria-label="Protokoll filtern">
        <Select
          label="Aktion"
          placeholder="Alle"
          clearable
          data={alsOptionen(auditAktionen)}
          value={aktion}
          onChange={neueSuche(setAktion)}
        />
        <Select
          label="Bereich"
          placeholder="Alle"
          clearable
          data={alsOptionen(auditRessourcen)}
          value={ressource}
          onChange={neueSuche(setRessource)}
        />
        <DatumFeld label="Von" value={von} onChange={neueSuche(setVon)} />
        <DatumFeld label="Bis" value={bis} onChange={neueSuche(setBis)} />
        <Anchor href={`/api/audit.csv?${csvFilter}`} download>
          Als CSV herunterladen
        </Anchor>
      </Group>
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : (
        <>
          <Text role="status" size="sm">
            {abfrage.isPending ? 'Protokoll wird geladen …' : `${formatZahl(gesamt)} Einträge`}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Zeitpunkt</Table.Th>
                  <Table.Th scope="col">Benutzer</Table.Th>
                  <Table.Th scope="col">Aktion</Table.Th>
                  <Table.Th scope="col">Bereich</Table.Th>
                  <Table.Th scope="col">Datensatz</Table.Th>
                  <Table.Th scope="col">Änderung (alt → neu)</Table.Th>
                  <Table.Th scope="col">IP-Adresse</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(abfrage.data?.eintraege ?? []).map((eintrag) => (
                  <Table.Tr key={eintrag.id}>
                    <Table.Td>{formatZeitpunkt(eintrag.zeitpunkt)}</Table.Td>
                    <Table.Td>{eintrag.benutzer?.name ?? '–'}</Table.Td>
                    <Table.Td>{beschriftung(auditAktionen, eintrag.aktion)}</Table.Td>
                    <Table.Td>{beschriftung(auditRessourcen, eintrag.ressource)}</Table.Td>
                    <Table.Td>{eintrag.datensatz ?? eintrag.ressourceId ?? '–'}</Table.Td>
                    <Table.Td>
                      <AuditWerte details={eintrag.details} />
                    </Table.Td>
                    <Table.Td>{eintrag.ip ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {seiten > 1 && <Pagination total={seiten} value={seite} onChange={setSeite} />}
    </Stack>
  );
}
