/**
 * Drafts of forms in localStorage, so a session that expires mid-typing (401 → login → back) or a
 * reload never loses input. One key per user, form and record; removed once the form is saved or the
 * user discards it, and all of a user's drafts are removed on an explicit logout (shared computers).
 */
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sitzungAbfrage } from '../api/abfragen';

const PRAEFIX = 'hilfewerk:entwurf:';

function lies(schluessel: string): unknown {
  try {
    const text = window.localStorage.getItem(schluessel);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

export function loescheEntwuerfe(benutzerId: string): void {
  const praefix = `${PRAEFIX}${benutzerId}:`;
  for (const schluessel of Object.keys(window.localStorage)) {
    if (schluessel.startsWith(praefix)) window.localStorage.removeItem(schluessel);
  }
}

export interface Entwurf {
  /** True when the form shows values restored from an earlier, unsaved draft. */
  wiederhergestellt: boolean;
  /** Discard the draft and go back to the saved values. */
  verwerfen: () => void;
  /** Forget the draft after a successful save. */
  erledigt: () => void;
}

/** @param name form and record, e.g. `fall-bearbeiten:<id>` or `fall-neu` */
export function useEntwurf<T extends Record<string, unknown>>(
  name: string,
  form: UseFormReturnType<T>,
): Entwurf {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const schluessel = sitzung ? `${PRAEFIX}${sitzung.benutzer.id}:${name}` : null;
  const [wiederhergestellt, setWiederhergestellt] = useState(false);
  const geladen = useRef<string | null>(null);
  // The values just saved must not be written back as a new draft by the next render.
  const gespeicherteWerte = useRef<unknown>(null);

  // Restore once per key, before the first save can overwrite the stored draft.
  useEffect(() => {
    if (!schluessel || geladen.current === schluessel) return;
    geladen.current = schluessel;
    const gespeichert = lies(schluessel);
    if (gespeichert && typeof gespeichert === 'object') {
      form.setValues(gespeichert as Partial<T>);
      setWiederhergestellt(true);
    }
  }, [schluessel, form]);

  const werte = form.values;
  useEffect(() => {
    if (!schluessel || geladen.current !== schluessel) return;
    if (werte !== gespeicherteWerte.current && form.isDirty())
      window.localStorage.setItem(schluessel, JSON.stringify(werte));
  }, [schluessel, werte, form]);

  const erledigt = useCallback(() => {
    if (schluessel) window.localStorage.removeItem(schluessel);
    gespeicherteWerte.current = form.values;
    setWiederhergestellt(false);
  }, [schluessel, form]);

  const verwerfen = useCallback(() => {
    erledigt();
    form.reset();
  }, [erledigt, form]);

  return { wiederhergestellt, verwerfen, erledigt };
}
