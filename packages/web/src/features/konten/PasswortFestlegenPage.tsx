import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useSeitentitel } from '../../lib/seitentitel';
import { DemoBanner } from '../layout/DemoBanner';
import { PasswortFormular } from './PasswortFormular';

/**
 * After a login with a one-time password: nothing else opens (the server answers 403 everywhere)
 * until the user has chosen a password of their own.
 */
export function PasswortFestlegenPage() {
  useSeitentitel('Eigenes Passwort festlegen');
  const navigate = useNavigate();
  return (
    <>
      <DemoBanner />
      <Center component="main" mih="80vh" p="md">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={480}>
          <Stack>
            <Title order={1} size="h2">
              Eigenes Passwort festlegen
            </Title>
            <Alert color="blue" icon={<IconKey aria-hidden />} title="Anmeldung mit Einmalpasswort">
              Sie haben sich mit einem Einmalpasswort angemeldet. Bitte legen Sie jetzt ein Passwort fest, das
              nur Sie kennen. Danach geht es weiter.
            </Alert>
            <Text size="sm">Das Einmalpasswort gilt danach nicht mehr.</Text>
            <PasswortFormular
              altesLabel="Einmalpasswort"
              knopf="Passwort festlegen"
              onGeaendert={() => void navigate({ to: '/' })}
            />
          </Stack>
        </Paper>
      </Center>
    </>
  );
}
