import { Checkbox, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { EingabeFeld } from './api';
import type { Feldwert } from './eingabe';

interface Props {
  felder: EingabeFeld[];
  werte: Record<string, Feldwert>;
  fehler: Record<string, string>;
  onChange: (feld: string, wert: Feldwert) => void;
}

const deZahl = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 }).format(n);

/** Range, clause and hint under a field, so the negotiator sees where a limit comes from. */
function Beschreibung({ f }: { f: EingabeFeld }) {
  const teile = [
    f.einheit && f.art !== 'geld' ? `Einheit: ${f.einheit}` : null,
    f.bereich ? `Bereich: ${f.bereich}` : null,
    f.hinweis,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {teile}
      {f.quelle && (
        <Text component="span" size="xs" c="dimmed" display="block">
          Quelle: {f.quelle}
        </Text>
      )}
    </>
  );
}

function zahlWert(w: Feldwert): number | string {
  return typeof w === 'number' || typeof w === 'string' ? w : '';
}

/** The inputs of one scenario, as the catalogue describes them for Leistung, Variante and Stichtag. */
export function EingabeFelder({ felder, werte, fehler, onChange }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
      {felder.map((f) => {
        const gemeinsam = {
          label: f.label,
          description: <Beschreibung f={f} />,
          error: fehler[f.feld],
        };
        if (f.art === 'ja-nein') {
          return (
            <Stack key={f.feld} gap={4} justify="center">
              <Checkbox
                label={f.label}
                checked={Boolean(werte[f.feld])}
                onChange={(e) => onChange(f.feld, e.currentTarget.checked)}
                error={fehler[f.feld]}
                description={<Beschreibung f={f} />}
              />
            </Stack>
          );
        }
        if (f.art === 'fest') {
          return (
            <TextInput
              key={f.feld}
              {...gemeinsam}
              readOnly
              value={typeof f.standard === 'number' ? deZahl(f.standard) : String(f.standard ?? '')}
            />
          );
        }
        const geld = f.art === 'geld';
        const anteil = f.art === 'anteil';
        return (
          <NumberInput
            key={f.feld}
            {...gemeinsam}
            required={!f.optional}
            value={zahlWert(werte[f.feld])}
            onChange={(wert) => onChange(f.feld, wert === '' ? null : wert)}
            decimalSeparator=","
            thousandSeparator="."
            decimalScale={geld ? 2 : f.art === 'ganzzahl' ? 0 : 4}
            allowDecimal={f.art !== 'ganzzahl'}
            allowNegative={false}
            suffix={geld ? ' €' : anteil ? ' %' : undefined}
            min={anteil ? undefined : f.min}
            max={anteil ? undefined : f.max}
            clampBehavior="none"
            hideControls={geld}
            step={anteil ? 0.5 : 1}
          />
        );
      })}
    </SimpleGrid>
  );
}
