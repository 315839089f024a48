import { notifications } from '@mantine/notifications';

/** A success message; its close button carries a German name (axe: button-name). */
export function meldeErfolg(message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': 'Meldung schließen' } });
}
