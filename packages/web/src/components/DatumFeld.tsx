import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { alsText, datumFehler, istIsoDatum, wertAusText } from '../lib/datumseingabe';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** ISO date, null, or — while the typed text is not a date — that text (see lib/datumseingabe). */
  value?: string | null;
  onChange?: (wert: string | null) => void;
};

/**
 * A date field that shows and accepts TT.MM.JJJJ and hands the form an ISO date (YYYY-MM-DD). A text
 * that is no real day (31.02.2026) stays in the field with a German message beside it instead of being
 * erased; the calendar button picks a day with the mouse or the keyboard.
 */
export function DatumFeld({ value, onChange, error, onBlur, label, disabled, ...rest }: Props) {
  const [text, setText] = useState(() => alsText(value));
  const [verlassen, setVerlassen] = useState(false);
  const [offen, setOffen] = useState(false);

  // Follow changes from outside (reset, restored draft, loaded record), not the echo of our own typing.
  useEffect(() => {
    setText((bisher) => (wertAusText(bisher) === (value ?? null) ? bisher : alsText(value)));
  }, [value]);

  const aendere = (neu: string) => {
    setText(neu);
    onChange?.(wertAusText(neu));
  };
  const eigenerFehler = verlassen && text.trim() !== '' ? datumFehler(wertAusText(text)) : null;

  return (
    <TextInput
      label={label}
      placeholder="TT.MM.JJJJ"
      description="Format: TT.MM.JJJJ"
      inputMode="numeric"
      autoComplete="off"
      disabled={disabled}
      {...rest}
      value={text}
      onChange={(e) => {
        setVerlassen(false);
        aendere(e.currentTarget.value);
      }}
      onBlur={(e) => {
        setVerlassen(true);
        onBlur?.(e);
      }}
      error={error || eigenerFehler}
      rightSection={
        <Popover opened={offen} onChange={setOffen} position="bottom-end" trapFocus withinPortal>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={disabled}
              onClick={() => setOffen((o) => !o)}
              aria-label={`Kalender öffnen${typeof label === 'string' ? `: ${label}` : ''}`}
            >
              <IconCalendar size={18} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              locale="de"
              value={istIsoDatum(value) ? value : null}
              defaultDate={istIsoDatum(value) ? value : undefined}
              onChange={(tag) => {
                if (tag) aendere(alsText(tag));
                setOffen(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
