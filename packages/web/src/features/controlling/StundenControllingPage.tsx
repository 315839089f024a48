import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler } from '../../components/Ladezustand';
import { MonatJahrAuswahl } from '../../components/MonatJahrAuswahl';
import { useSeitentitel } from '../../lib/seitentitel';
import { GRUEN } from '../../theme';
import { type Status, stundenAbfrage } from './api';

const stunden = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// Dark shades: outline badges use the colour as text, which must keep 4.5:1 contrast (WCAG 1.4.3). Mantine's
// light variant with a shade paints the background in that shade, hiding the text: outline instead.
const STATUS: Record<Status, { text: string; farbe: string }> = {
  ueber: { text: 'über Plan', farbe: 'indigo.9' },
  unter: { text: 'unter Plan', farbe: 'red.9' },
  'im-plan': { text: 'im Plan', farbe: GRUEN },
  'ohne-plan': { text: 'ohne Plan', farbe: 'gray.8' },
};

/** Plan, delivered hours and a status word (not colour alone) for one period. */
function Zellen({ plan, ist, status }: { plan: number; ist: number; status: Status }) {
  const s = STATUS[status];
  const abweichung = ist - plan;
  return (
    <>
      <Table.Td ta="right">{stunden.format(plan)}</Table.Td>
      <Table.Td ta="right" fw={status === 'ueber' || status === 'unter' ? 700 : undefined}>
        {stunden.format(ist)}
      </Table.Td>
      <Table.Td ta="right">
        {status === 'ohne-plan'
          ? '–'
          : `${abweichung >= 0 ? '+' : '−'}${stunden.format(Math.abs(abweichung))}`}
      </Table.Td>
      <Table.Td>
        <Badge
          color={s.farbe}
          variant={status === 'im-plan' || status === 'ohne-plan' ? 'outline' : 'filled'}
        >
          {s.text}
        </Badge>
      </Table.Td>
    </>
  );
}

function Kopf({ erste }: { erste: string }) {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col" rowSpan={2}>
          {erste}
        </Table.Th>
        <Table.Th scope="colgroup" colSpan={4} ta="center">
          Monat
        </Table.Th>
        <Table.Th scope="colgroup" colSpan={4} ta="center">
          Jahr bis Monatsende
        </Table.Th>
      </Table.Tr>
      <Table.Tr>
        {(['monat', 'jahr'] as const).flatMap((zeitraum) =>
          ['Plan', 'Ist', 'Abw.', 'Bewertung'].map((t) => (
            <Table.Th key={`${zeitraum}-${t}`} scope="col" ta={t === 'Bewertung' ? undefined : 'right'}>
              {t}
            </Table.Th>
          )),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

/**
 * Hour controlling: per Hilfe the granted direct hours (pro rata) against those delivered, and per
 * staff member their share of the plans against their direct hours — for the month and the year to
 * date; deviations beyond the tolerance are marked in words and colour.
 */
export function StundenControllingPage() {
  useSeitentitel('Stundencontrolling');
  const vormonat = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1);
  const [jahr, setJahr] = useState(vormonat.getFullYear());
  const [monat, setMonat] = useState(vormonat.getMonth() + 1);
  const abfrage = useQuery(stundenAbfrage(jahr, monat));
  const d = abfrage.data;
  const jahre = Array.from({ length: 4 }, (_, i) => new Date().getFullYear() - i);

  return (
    <Stack gap="lg">
      <Title order={1}>Stundencontrolling</Title>
      <MonatJahrAuswahl
        monat={monat}
        jahr={jahr}
        jahre={jahre}
        onMonat={setMonat}
        onJahr={setJahr}
        beschriftung="Zeitraum wählen"
      />
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {d && (
        <Text size="sm">
          Direkte Stunden (am Klient, mit Anteilen an Gruppenangeboten). Markiert wird eine Abweichung von
          mehr als {Math.round(d.toleranz * 100)} % vom Plan; der Plan eines angebrochenen Monats zählt
          anteilig nach Kalendertagen.
        </Text>
      )}
      <Stack gap="xs" component="section" aria-labelledby="je-hilfe">
        <Title order={2} size="h3" id="je-hilfe">
          Je Hilfe
        </Title>
        <Table.ScrollContainer minWidth={880}>
          <Table striped>
            <Kopf erste="Fall" />
            <Table.Tbody>
              {(d?.hilfen ?? []).map((h) => (
                <Table.Tr key={h.hilfeId}>
                  <Table.Th scope="row">
                    {h.aktenzeichen}
                    <Text size="xs" c="dimmed">
                      {h.stundenProMonat === null
                        ? 'keine bewilligten Stunden'
                        : `${stunden.format(h.stundenProMonat)} h/Monat bewilligt`}
                    </Text>
                  </Table.Th>
                  <Zellen plan={h.planMonat} ist={h.istMonat} status={h.statusMonat} />
                  <Zellen plan={h.planJahr} ist={h.istJahr} status={h.statusJahr} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {d?.hilfen.length === 0 && <Text c="dimmed">Keine Hilfen in diesem Zeitraum.</Text>}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="je-person">
        <Title order={2} size="h3" id="je-person">
          Je Mitarbeiterin und Mitarbeiter
        </Title>
        <Text size="sm">
          Plan: Anteil an den bewilligten Stunden der Fälle im eigenen Team, gleich verteilt auf das Team.
        </Text>
        <Table.ScrollContainer minWidth={880}>
          <Table striped>
            <Kopf erste="Name" />
            <Table.Tbody>
              {(d?.mitarbeitende ?? []).map((m) => (
                <Table.Tr key={m.benutzerId}>
                  <Table.Th scope="row">
                    {m.name}
                    <Text size="xs" c="dimmed">
                      dazu {stunden.format(m.sonstigeMonat)} h sonstige Zeit im Monat
                    </Text>
                  </Table.Th>
                  <Zellen plan={m.planMonat} ist={m.istMonat} status={m.statusMonat} />
                  <Zellen plan={m.planJahr} ist={m.istJahr} status={m.statusJahr} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Stack>
  );
}
