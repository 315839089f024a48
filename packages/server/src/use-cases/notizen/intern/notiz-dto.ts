import type { notiz } from '@hilfewerk/db';

export function notizDto(n: typeof notiz.$inferSelect, autorName: string | null) {
  return {
    id: n.id,
    text: n.text,
    besondereKategorie: n.besondereKategorie,
    autor: { id: n.autorId, name: autorName ?? '' },
    erstelltAm: n.erstelltAm.toISOString(),
  };
}
