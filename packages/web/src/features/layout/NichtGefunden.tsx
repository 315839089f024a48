import { Stack, Text, Title } from '@mantine/core';
import { LinkAnker } from '../../components/RouterLinks';

export function NichtGefunden() {
  return (
    <Stack p="md">
      <Title order={1}>Seite nicht gefunden</Title>
      <Text>Diese Adresse gibt es nicht.</Text>
      <LinkAnker to="/">Zur Startseite</LinkAnker>
    </Stack>
  );
}
