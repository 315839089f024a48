import { Stack, Text, Title } from '@mantine/core';
import { abschnitteVon, alsText } from './bericht-abschnitte';

/** A report's sections as the Jugendamt will read them: heading and text, empty sections left out. */
export function BerichtAnsicht({ titel, inhalt }: { titel: string; inhalt: Record<string, unknown> }) {
  const abschnitte = abschnitteVon(inhalt).filter(([s]) => alsText(inhalt[s]).trim() !== '');
  return (
    <Stack gap="sm">
      <Title order={3}>{titel}</Title>
      {abschnitte.length === 0 && <Text>Der Bericht enthält noch keinen Text.</Text>}
      {abschnitte.map(([s, t]) => (
        <div key={s}>
          <Title order={4}>{t}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{alsText(inhalt[s])}</Text>
        </div>
      ))}
    </Stack>
  );
}
