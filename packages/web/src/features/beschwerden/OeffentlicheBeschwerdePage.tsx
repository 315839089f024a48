import { Alert, Button, Center, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ApiFehler } from '../../api/client';
import { useSeitentitel } from '../../lib/seitentitel';
import { reicheEin } from './api';

const MAX_TEXT = 5000;

/**
 * The public complaint form of one organisation, without login: plain words a young person understands,
 * usable on a phone. `webseite` is a honeypot hidden from people (and from screen readers).
 */
export function OeffentlicheBeschwerdePage() {
  useSeitentitel('Beschwerde');
  const { kennung } = useParams({ from: '/beschwerde/$kennung' });
  const form = useForm({
    initialValues: { text: '', kontakt: '', webseite: '' },
    validate: {
      text: (wert) =>
        !wert.trim()
          ? 'Bitte schreib auf, worüber du dich beschweren möchtest.'
          : wert.length > MAX_TEXT
            ? `Bitte fasse dich kürzer: höchstens ${MAX_TEXT} Zeichen.`
            : null,
      kontakt: (wert) => (wert.length > 200 ? 'Höchstens 200 Zeichen.' : null),
    },
  });
  const senden = useMutation({
    mutationFn: (werte: typeof form.values) =>
      reicheEin({
        organisation: kennung,
        text: werte.text.trim(),
        ...(werte.kontakt.trim() ? { kontakt: werte.kontakt.trim() } : {}),
        ...(werte.webseite ? { webseite: werte.webseite } : {}),
      }),
  });
  const fehler = senden.error instanceof ApiFehler ? senden.error : null;

  return (
    <Center component="main" p="md">
      <Paper withBorder p="lg" w="100%" maw={560}>
        {senden.data ? (
          <Stack>
            <Title order={1} size="h2">
              Danke! Deine Beschwerde ist angekommen.
            </Title>
            <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
              Deine Vorgangsnummer: <strong>{senden.data.vorgangsnummer}</strong>. Schreib sie dir auf. Wenn
              du nachfragen möchtest, nenne diese Nummer.
            </Alert>
            <Text>
              Wir melden uns innerhalb einer Woche, wenn du uns gesagt hast, wie wir dich erreichen.
              Spätestens nach vier Wochen bekommst du eine Antwort.
            </Text>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit((werte) => senden.mutate(werte))} noValidate>
            <Stack>
              <Title order={1} size="h2">
                Du möchtest dich beschweren?
              </Title>
              <Text>
                Hier kannst du aufschreiben, was dich stört oder was nicht gut gelaufen ist. Das geht auch
                ohne Namen. Die Leitung liest deine Beschwerde und kümmert sich darum. Niemand bekommt Ärger,
                weil du dich beschwerst.
              </Text>
              {fehler && (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title="Nicht gesendet">
                  {fehler.status === 404
                    ? 'Diese Adresse gehört zu keiner Einrichtung. Bitte prüfe den Link.'
                    : fehler.message}
                </Alert>
              )}
              <Textarea
                label="Was ist passiert? Worüber möchtest du dich beschweren?"
                required
                autosize
                minRows={5}
                maxLength={MAX_TEXT}
                {...form.getInputProps('text')}
              />
              <TextInput
                label="Wie können wir dich erreichen? (freiwillig)"
                description="Telefon oder E-Mail. Wenn du nichts einträgst, bleibst du anonym."
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('kontakt')}
              />
              {/* Honeypot: invisible to people and screen readers, filled only by bots. */}
              <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
                <label>
                  Webseite
                  <input tabIndex={-1} autoComplete="off" {...form.getInputProps('webseite')} />
                </label>
              </div>
              <Button type="submit" loading={senden.isPending} size="md">
                Beschwerde absenden
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
