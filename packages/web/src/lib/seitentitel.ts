import { useEffect } from 'react';

/** Screen readers announce the document title on navigation; every page names itself. */
export function useSeitentitel(titel: string): void {
  useEffect(() => {
    document.title = `${titel} – Hilfewerk`;
  }, [titel]);
}
