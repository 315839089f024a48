import { type OrganisationsArt, ROLLEN_JE_ART, type Rolle } from '@hilfewerk/api';
import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiFehler } from '../../api/client';
import { benutzerRolle } from '../../lib/beschriftungen';
import { legeKontoAn } from './api';
import type { Einmalpasswort } from './EinmalpasswortDialog';

/** A new colleague's account: e-mail, name, role; the answer's one-time password goes to the dialog. */
export function KontoAnlegen({
  art,
  onAngelegt,
}: {
  art: OrganisationsArt;
  onAngelegt: (e: Einmalpasswort) => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', name: '', rolle: '' as Rolle | '' },
    validate: {
      email: (w) =>
        /^\S+@\S+\.\S+$/.test(w.trim()) ? null : 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
      name: (w) => (w.trim() ? null : 'Bitte geben Sie den Namen an.'),
      rolle: (w) => (w ? null : 'Bitte wählen Sie eine Rolle.'),
    },
  });
  const anlegen = useMutation({
    mutationFn: legeKontoAn,
    onSuccess: async (r, eingabe) => {
      onAngelegt({
        fuer: eingabe.name.trim(),
        email: eingabe.email.trim().toLowerCase(),
        passwort: r.einmalpasswort,
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['benutzer'] });
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler) form.setErrors(fehler.felder);
    },
  });
  return (
    <Stack component="section" aria-labelledby="anlegen-titel" gap="sm">
      <Title order={2} id="anlegen-titel">
        Konto anlegen
      </Title>
      <form
        onSubmit={form.onSubmit((w) =>
          // validate has refused an empty role before this runs
          anlegen.mutate({ email: w.email.trim(), name: w.name.trim(), rolle: w.rolle as Rolle }),
        )}
        noValidate
      >
        <Group align="flex-start" wrap="wrap">
          <TextInput label="E-Mail-Adresse" type="email" required w={260} {...form.getInputProps('email')} />
          <TextInput label="Name" required w={220} {...form.getInputProps('name')} />
          <Select
            label="Rolle"
            required
            w={240}
            data={ROLLEN_JE_ART[art].map((r) => ({ value: r, label: benutzerRolle(r) }))}
            {...form.getInputProps('rolle')}
          />
          <Button type="submit" mt={25} loading={anlegen.isPending}>
            Konto anlegen
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
