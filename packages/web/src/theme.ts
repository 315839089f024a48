import {
  Alert,
  Badge,
  type CSSVariablesResolver,
  createTheme,
  Modal,
  Pagination,
  PasswordInput,
  Select,
} from '@mantine/core';

const paginationNamen: Record<string, string> = {
  first: 'Erste Seite',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  last: 'Letzte Seite',
};

/**
 * The green of "done" and "on plan": Mantine's green-9 reaches only 4.3:1 against white (and less on a
 * striped table row), WCAG 2.1 AA needs 4.5:1 for text; this one has 7.9:1.
 */
export const GRUEN = '#1b5e20';

/** The orange of a hint ("kurzfristig"): Mantine's orange-9 has 4.3:1 against white; this one 7.4:1. */
export const ORANGE = '#8f3b00';

/**
 * WCAG 2.1 AA needs 4.5:1 for text. Mantine's default blue-6 with white text and its gray-6 "dimmed"
 * text on white fall short, so buttons use shade 8 and dimmed text a darker gray.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  defaultRadius: 'sm',
  // Mantine's built-in labels are English or missing; screen readers must hear German everywhere.
  components: {
    // Coloured alert titles on their light background fall below 4.5:1; the icon carries the colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // A badge says a state in a word; Mantine cuts its label to "AKT…" when a table column is narrow.
    // Full width instead: the column makes room.
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } },
    }),
    Select: Select.extend({
      defaultProps: {
        clearButtonProps: { 'aria-label': 'Auswahl löschen' },
        nothingFoundMessage: 'Keine Treffer',
      },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dialog schließen' } } }),
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Passwort anzeigen oder verbergen' } },
    }),
    Pagination: Pagination.extend({
      defaultProps: {
        getControlProps: (control: string) => ({ 'aria-label': paginationNamen[control] ?? control }),
        getItemProps: (seite: number) => ({ 'aria-label': `Seite ${seite}` }),
      },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    // Field errors: Mantine's red-6 has 3.3:1 against white, red-9 reaches 5.9:1.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
