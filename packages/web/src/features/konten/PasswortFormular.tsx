import { Alert, Button, List, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { aenderePasswort } from './api';

/** The server's minimum (use-cases/konten/intern/passwort-regel.ts); checked here only to answer sooner. */
const MINDESTLAENGE = 12;

interface Props {
  /** Label of the old-password field: "Einmalpasswort" on the forced change. */
  altesLabel: string;
  knopf: string;
  onGeaendert: () => void;
}

/** Old password, new password twice; the server's refusals appear at their fields. */
export function PasswortFormular({ altesLabel, knopf, onGeaendert }: Props) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { altesPasswort: '', neuesPasswort: '', wiederholung: '' },
    validate: {
      altesPasswort: (w) => (w ? null : `Bitte geben Sie Ihr ${altesLabel} ein.`),
      neuesPasswort: (w) =>
        [...w].length >= MINDESTLAENGE
          ? null
          : `Das Passwort muss mindestens ${MINDESTLAENGE} Zeichen lang sein.`,
      wiederholung: (w, werte) =>
        w === werte.neuesPasswort ? null : 'Die beiden Eingaben stimmen nicht überein.',
    },
  });
  const aenderung = useMutation({
    mutationFn: (w: typeof form.values) => aenderePasswort(w.altesPasswort, w.neuesPasswort),
    onSuccess: (sitzung) => {
      queryClient.setQueryData(sitzungAbfrage.queryKey, sitzung);
      form.reset();
      onGeaendert();
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler) form.setErrors(fehler.felder);
    },
  });
  const fehler = aenderung.error;
  return (
    <form onSubmit={form.onSubmit((w) => aenderung.mutate(w))} noValidate>
      <Stack>
        <List size="sm" spacing={2}>
          <List.Item>mindestens {MINDESTLAENGE} Zeichen – ein Satz lässt sich gut merken</List.Item>
          <List.Item>nicht Ihre E-Mail-Adresse und nicht das bisherige Passwort</List.Item>
          <List.Item>kein häufig verwendetes Passwort (Hilfewerk prüft gegen eine Liste)</List.Item>
        </List>
        {fehler && !(fehler instanceof ApiFehler && Object.keys(fehler.felder).length > 0) && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title="Nicht geändert">
            {fehler.message}
          </Alert>
        )}
        <PasswordInput
          label={altesLabel}
          autoComplete="current-password"
          required
          {...form.getInputProps('altesPasswort')}
        />
        <PasswordInput
          label="Neues Passwort"
          autoComplete="new-password"
          required
          {...form.getInputProps('neuesPasswort')}
        />
        <PasswordInput
          label="Neues Passwort wiederholen"
          autoComplete="new-password"
          required
          {...form.getInputProps('wiederholung')}
        />
        <Button type="submit" loading={aenderung.isPending}>
          {knopf}
        </Button>
      </Stack>
    </form>
  );
}
