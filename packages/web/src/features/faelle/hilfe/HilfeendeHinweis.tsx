import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { holeHilfeende } from '../../../api/fristen';
import { formatDatum } from '../../../lib/format';

interface Props {
  leistung: string | null;
  beginn: string | null;
  geplantesEnde: string | null;
  ausnahmeBegruendung: string;
}

/**
 * Shows a Leistung's latest allowed end (LT 11: 3 months, 6 with a justification) while the form is filled in,
 * and asks for the justification when the planned end passes the regular limit. The server checks again.
 */
export function HilfeendeHinweis({ leistung, beginn, geplantesEnde, ausnahmeBegruendung }: Props) {
  const abfrage = useQuery({
    queryKey: ['fristen', 'hilfeende', leistung, beginn, geplantesEnde, Boolean(ausnahmeBegruendung.trim())],
    queryFn: () =>
      holeHilfeende({
        leistung: leistung as string,
        beginn: beginn as string,
        geplantesEnde: geplantesEnde || undefined,
        ausnahmeBegruendung: ausnahmeBegruendung.trim() || undefined,
      }),
    enabled: Boolean(leistung && beginn),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const p = abfrage.data;
  if (!p?.spaetestesEnde) return null;
  const ohneBegruendung = !ausnahmeBegruendung.trim();
  const brauchtBegruendung =
    ohneBegruendung &&
    geplantesEnde !== null &&
    geplantesEnde > p.spaetestesEnde &&
    geplantesEnde <= (p.spaetestesEndeMitBegruendung ?? '');
  return (
    <Alert
      color={p.zulaessig ? 'blue' : 'red'}
      title="Höchstdauer der Hilfe"
      role={p.zulaessig ? undefined : 'alert'}
    >
      <Text size="sm">
        Spätestes Ende: {formatDatum(p.spaetestesEnde)}
        {ohneBegruendung && p.spaetestesEndeMitBegruendung
          ? `; im begründeten Ausnahmefall ${formatDatum(p.spaetestesEndeMitBegruendung)}.`
          : '.'}
      </Text>
      {brauchtBegruendung && (
        <Text size="sm" fw={700}>
          Das geplante Ende liegt nach dem {formatDatum(p.spaetestesEnde)}: Bitte begründen Sie den
          Ausnahmefall im Feld „Begründung Ausnahmefall“.
        </Text>
      )}
      {!p.zulaessig && !brauchtBegruendung && p.meldung && <Text size="sm">{p.meldung}</Text>}
      {p.quelle && (
        <Text size="xs" c="dimmed">
          {p.quelle}
        </Text>
      )}
    </Alert>
  );
}
