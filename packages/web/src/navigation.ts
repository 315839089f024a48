/**
 * The main navigation. A new page gets one entry here; `sichtbar` hides links a role cannot use
 * (the server still checks every request — this only keeps the menu honest).
 */
import {
  type Icon,
  IconCalculator,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconClockHour4,
  IconFileInvoice,
  IconFolders,
  IconHistory,
  IconId,
  IconMessageReport,
  IconPhoneCall,
  IconReportMoney,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { Sitzung } from './api/typen';
import { leitetTeam, siehtFristen } from './features/fristen/rollen';

export interface NavEintrag {
  to: NonNullable<LinkProps['to']>;
  beschriftung: string;
  icon: Icon;
  sichtbar?: (sitzung: Sitzung) => boolean;
}

const leitungOderAdministration = (sitzung: Sitzung) =>
  ['leitung', 'administration'].includes(sitzung.benutzer.rolle);

/** Roles with the permission `kalkulation: lesen` (server: access/permissions.ts). */
const darfKalkulieren = (sitzung: Sitzung) =>
  ['administration', 'leitung', 'verwaltung', 'wjh', 'fachcontrolling'].includes(sitzung.benutzer.rolle);

/** Roles of the issue-5 pages, as in server/src/access/permissions.ts. */
const hatRolle =
  (...rollen: string[]) =>
  (sitzung: Sitzung) =>
    rollen.includes(sitzung.benutzer.rolle);

export const navigation: NavEintrag[] = [
  { to: '/meine-fristen', beschriftung: 'Meine Fristen', icon: IconChecklist, sichtbar: siehtFristen },
  { to: '/faelle', beschriftung: 'Fälle', icon: IconFolders },
  { to: '/team-fristen', beschriftung: 'Fristen im Team', icon: IconUsersGroup, sichtbar: leitetTeam },
  {
    to: '/fristenkalender',
    beschriftung: 'Fristenkalender',
    icon: IconCalendarEvent,
    sichtbar: siehtFristen,
  },
  { to: '/audit', beschriftung: 'Protokoll', icon: IconHistory, sichtbar: leitungOderAdministration },
  { to: '/kalkulation', beschriftung: 'Kalkulation', icon: IconCalculator, sichtbar: darfKalkulieren },
  {
    to: '/leistungen',
    beschriftung: 'Stunden erfassen',
    icon: IconClockHour4,
    sichtbar: hatRolle('leitung', 'fachkraft', 'semiprofessionell'),
  },
  {
    to: '/abrechnung',
    beschriftung: 'Abrechnung',
    icon: IconFileInvoice,
    sichtbar: hatRolle('administration', 'leitung', 'verwaltung', 'wjh'),
  },
  {
    to: '/stundencontrolling',
    beschriftung: 'Stundencontrolling',
    icon: IconChartBar,
    sichtbar: hatRolle('administration', 'leitung', 'fachkraft', 'verwaltung'),
  },
  {
    to: '/budget',
    beschriftung: 'Trägerbudget',
    icon: IconReportMoney,
    sichtbar: (s) =>
      s.organisation.art === 'traeger' && hatRolle('administration', 'leitung', 'verwaltung')(s),
  },
  { to: '/personal', beschriftung: 'Personal', icon: IconId, sichtbar: hatRolle('leitung') },
  {
    to: '/bereitschaft',
    beschriftung: 'Bereitschaftsdienst',
    icon: IconPhoneCall,
    sichtbar: hatRolle('leitung'),
  },
  { to: '/beschwerden', beschriftung: 'Beschwerden', icon: IconMessageReport, sichtbar: hatRolle('leitung') },
];
