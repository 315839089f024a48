import type { Ereignis, Fall } from '@hilfewerk/api';
import { Button, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconPencil, IconPoint } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { katalogAbfrage } from '../../../api/abfragen';
import { ereignisArten } from '../../../lib/beschriftungen';
import { formatDatum, formatZeitpunkt } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { leistungsTitel } from '../katalogtexte';
import { EreignisFormular } from './EreignisFormular';
import { EreignisKorrektur } from './EreignisKorrektur';
import { sortiereEreignisse } from './zeitleiste';

export function EreignisAbschnitt({ fall }: { fall: Fall }) {
  const { data: katalog } = useQuery(katalogAbfrage);
  const darf = useDarf();
  const [korrektur, setKorrektur] = useState<Ereignis | null>(null);
  const darfKorrigieren = darf('ereignis', 'aendern');
  const ereignisse = sortiereEreignisse(fall.ereignisse);
  const hilfeName = (id: string | null) => {
    const hilfe = fall.hilfen.find((h) => h.id === id);
    return hilfe ? leistungsTitel(katalog, hilfe.leistung, hilfe.variante) : null;
  };

  return (
    <Stack component="section" aria-labelledby="ereignisse-titel" gap="sm">
      <Title order={2} id="ereignisse-titel">
        Verlauf
      </Title>
      {darf('ereignis', 'anlegen') && <EreignisFormular fall={fall} />}
      {ereignisse.length === 0 ? (
        <Text>Noch keine Ereignisse erfasst.</Text>
      ) : (
        <Timeline bulletSize={20} lineWidth={2} active={-1} aria-label="Ereignisse, neueste zuerst">
          {ereignisse.map((ereignis) => (
            <Timeline.Item
              key={ereignis.id}
              bullet={<IconPoint size={14} aria-hidden />}
              title={
                <Text component="h3" fw={600} size="md" m={0}>
                  {formatDatum(ereignis.datum)}: {ereignisArten[ereignis.art] ?? ereignis.art}
                </Text>
              }
            >
              {hilfeName(ereignis.hilfeId) && <Text size="sm">Hilfe: {hilfeName(ereignis.hilfeId)}</Text>}
              {ereignis.bekanntSeit && (
                <Text size="sm">Bekannt seit: {formatDatum(ereignis.bekanntSeit)}</Text>
              )}
              {ereignis.notiz && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {ereignis.notiz}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                Erfasst {formatZeitpunkt(ereignis.erfasstAm)}
                {ereignis.erfasstVon?.name ? ` von ${ereignis.erfasstVon.name}` : ''}
                {ereignis.version > 1 ? ', später korrigiert' : ''}
              </Text>
              {darfKorrigieren && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  mt={4}
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setKorrektur(ereignis)}
                  aria-label={`Ereignis vom ${formatDatum(ereignis.datum)} (${ereignisArten[ereignis.art] ?? ereignis.art}) korrigieren`}
                >
                  Korrigieren
                </Button>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {korrektur && <EreignisKorrektur fall={fall} ereignis={korrektur} onClose={() => setKorrektur(null)} />}
    </Stack>
  );
}
