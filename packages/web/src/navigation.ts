/**
 * The main navigation. A new page gets one entry here; `sichtbar` hides links a role cannot use
 * (the server still checks every request — this only keeps the menu honest).
 */
import { type Icon, IconFolders, IconHistory } from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { Sitzung } from './api/typen';

export interface NavEintrag {
  to: NonNullable<LinkProps['to']>;
  beschriftung: string;
  icon: Icon;
  sichtbar?: (sitzung: Sitzung) => boolean;
}

const leitungOderAdministration = (sitzung: Sitzung) =>
  ['leitung', 'administration'].includes(sitzung.benutzer.rolle);

export const navigation: NavEintrag[] = [
  { to: '/faelle', beschriftung: 'Fälle', icon: IconFolders },
  { to: '/audit', beschriftung: 'Protokoll', icon: IconHistory, sichtbar: leitungOderAdministration },
];
