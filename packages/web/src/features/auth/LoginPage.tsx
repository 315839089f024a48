import {
  Alert,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconClockHour4 } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { sitzungAbfrage, ssoAbfrage } from '../../api/abfragen';
import { anmelden, SSO_START } from '../../api/auth';
import { ApiFehler } from '../../api/client';
import { useSeitentitel } from '../../lib/seitentitel';
import { DemoBanner } from '../layout/DemoBanner';
import { anmeldeFehlermeldung, sichererRuecksprung } from './anmeldung';
import { SITZUNG_ABGELAUFEN } from './sitzungsende';

export function LoginPage() {
  useSeitentitel('Anmelden');
  const { weiter, abgelaufen } = useSearch({ from: '/anmelden' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sso = useQuery(ssoAbfrage);
  const form = useForm({
    initialValues: { email: '', passwort: '' },
    validate: {
      email: (wert) => (wert.trim() ? null : 'Bitte geben Sie Ihre E-Mail-Adresse ein.'),
      passwort: (wert) => (wert ? null : 'Bitte geben Sie Ihr Passwort ein.'),
    },
  });

  const anmeldung = useMutation({
    mutationFn: (werte: { email: string; passwort: string }) => anmelden(werte.email.trim(), werte.passwort),
    onSuccess: (sitzung) => {
      queryClient.setQueryData(sitzungAbfrage.queryKey, sitzung);
      void navigate({ href: sichererRuecksprung(weiter) });
    },
  });

  const fehler = anmeldung.error;
  return (
    <>
      <DemoBanner />
      <Center component="main" mih="80vh" p="md">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
          <form onSubmit={form.onSubmit((werte) => anmeldung.mutate(werte))} noValidate>
            <Stack>
              <Title order={1} size="h2">
                Anmelden bei Hilfewerk
              </Title>
              {abgelaufen && !fehler && (
                <Alert
                  color="yellow"
                  icon={<IconClockHour4 aria-hidden />}
                  role="alert"
                  title="Sitzung abgelaufen"
                >
                  {SITZUNG_ABGELAUFEN} Danach geht es dort weiter, wo Sie waren; begonnene Eingaben sind als
                  Entwurf erhalten.
                </Alert>
              )}
              {weiter && !abgelaufen && !fehler && (
                <Text size="sm">Bitte melden Sie sich an. Danach geht es dort weiter, wo Sie waren.</Text>
              )}
              {fehler && (
                <Alert
                  color="red"
                  icon={<IconAlertCircle aria-hidden />}
                  role="alert"
                  title="Anmeldung fehlgeschlagen"
                >
                  {anmeldeFehlermeldung(fehler instanceof ApiFehler ? fehler : null)}
                </Alert>
              )}
              <TextInput
                label="E-Mail-Adresse"
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label="Passwort"
                autoComplete="current-password"
                required
                {...form.getInputProps('passwort')}
              />
              <Button type="submit" loading={anmeldung.isPending}>
                Anmelden
              </Button>
              {sso.data?.aktiv && (
                <>
                  <Divider label="oder" labelPosition="center" />
                  {/* A full page navigation: the server sends the browser on to the identity provider. */}
                  <Button component="a" href={SSO_START} variant="default">
                    Mit Single Sign-on anmelden
                  </Button>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Center>
    </>
  );
}
