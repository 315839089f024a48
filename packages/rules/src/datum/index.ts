export * from './arbeitstage.ts';
export * from './feiertage.ts';
export * from './jahrestabelle.ts';
export * from './kalender.ts';
