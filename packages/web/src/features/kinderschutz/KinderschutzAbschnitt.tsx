import { Alert, Button, Collapse, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { LinkAnker } from '../../components/RouterLinks';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { starteVerfahren, verfahrenListeAbfrage } from './api';

/**
 * In the case file, for the case team's Fachkräfte and the Leitung: the case's § 8a procedures and the
 * start of a new one with the weighty indications.
 */
export function KinderschutzAbschnitt({ fallId }: { fallId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const liste = useQuery(verfahrenListeAbfrage);
  const [offen, setOffen] = useState(false);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ anhaltspunkte: string; datum: string | null }>({
    initialValues: { anhaltspunkte: '', datum: heuteIso() },
    validate: {
      anhaltspunkte: (w) => (w.trim() ? null : 'Bitte die gewichtigen Anhaltspunkte beschreiben.'),
      datum: (w) => datumFehler(w, true),
    },
  });
  const entwurf = useEntwurf(`kinderschutz-neu:${fallId}`, form);
  const starten = useMutation({
    mutationFn: (w: { anhaltspunkte: string; datum: string | null }) =>
      starteVerfahren({ fallId, anhaltspunkte: w.anhaltspunkte.trim(), datum: w.datum ?? undefined }),
    onSuccess: async ({ id }) => {
      entwurf.erledigt();
      await queryClient.invalidateQueries({ queryKey: ['kinderschutz'] });
      await navigate({ to: '/kinderschutz/$verfahrenId', params: { verfahrenId: id } });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['anhaltspunkte', 'datum'])),
  });
  const eigene = (liste.data ?? []).filter((v) => v.fallId === fallId);
  return (
    <Stack component="section" aria-labelledby="kinderschutz-titel" gap="sm">
      <Title order={2} id="kinderschutz-titel">
        Kinderschutz (§ 8a)
      </Title>
      {eigene.length === 0 ? (
        <Text c="dimmed">Kein Verfahren zu diesem Fall.</Text>
      ) : (
        <List>
          {eigene.map((v) => (
            <List.Item key={v.id}>
              <LinkAnker to="/kinderschutz/$verfahrenId" params={{ verfahrenId: v.id }}>
                Verfahren vom {formatDatum(v.begonnenAm)}
              </LinkAnker>{' '}
              —{' '}
              {v.abgeschlossenAm
                ? `abgeschlossen am ${formatDatum(v.abgeschlossenAm)}`
                : `nächster Schritt: ${v.naechsterSchrittTitel}`}
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <Button
          variant={offen ? 'default' : 'light'}
          color="red"
          leftSection={<IconShieldExclamation size={16} aria-hidden />}
          onClick={() => setOffen((o) => !o)}
          aria-expanded={offen}
        >
          Gewichtige Anhaltspunkte festhalten …
        </Button>
      </Group>
      <Collapse expanded={offen || entwurf.wiederhergestellt}>
        <form onSubmit={form.onSubmit((w) => starten.mutate(w))} noValidate>
          <Stack maw={700}>
            {meldungen.length > 0 && (
              <Alert color="red" role="alert">
                {meldungen.join(' ')}
              </Alert>
            )}
            <Textarea
              label="Gewichtige Anhaltspunkte"
              description="Was wurde wann beobachtet oder berichtet? Möglichst wörtlich, ohne Bewertung."
              required
              autosize
              minRows={4}
              {...form.getInputProps('anhaltspunkte')}
            />
            <DatumFeld label="Bekannt geworden am" required {...form.getInputProps('datum')} />
            <Group>
              <Button type="submit" color="red" loading={starten.isPending}>
                Verfahren nach § 8a beginnen
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}
