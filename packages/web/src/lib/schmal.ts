import { useMediaQuery } from '@mantine/hooks';

/**
 * True on a phone (narrower than Mantine's `sm`, 48em): wide tables show their rows as a list there,
 * so no page needs sideways scrolling at 360 px. Read on the first render, so nothing flickers.
 */
export function useSchmal(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
