/** Requests of a case file's documents; shapes as /api/…/dokumente answers. */
import type { Dokument, DokumentArtCode } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage, sendeFormular } from '../../api/client';

export type { Dokument } from '@hilfewerk/api';

export const dokumenteAbfrage = (fallId: string) =>
  queryOptions({
    queryKey: ['dokumente', fallId],
    queryFn: async () => (await anfrage<Dokument[]>(`/api/faelle/${fallId}/dokumente`)).daten,
  });

/** The kind first, then the file: the server reads the form in order. */
export function ladeDokumentHoch(fallId: string, art: DokumentArtCode, datei: File) {
  const formular = new FormData();
  formular.append('art', art);
  formular.append('datei', datei, datei.name);
  return sendeFormular<Dokument>(`/api/faelle/${fallId}/dokumente`, formular);
}

export async function loescheDokument(id: string) {
  await anfrage<void>(`/api/dokumente/${id}`, { methode: 'DELETE' });
}
