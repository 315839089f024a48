export { EingebetteteDatenbankFehler, PgliteDatenordner } from './fehler.ts';
export { prozessLaeuft } from './prozess.ts';
export {
  CLUSTER_ORDNER,
  type EinbettungsOptionen,
  type EingebetteterServer,
  fuerAndereLesbar,
  starteEingebettet,
} from './server.ts';
export { type DatenordnerVerbindung, verbindeMitDatenordner } from './verbinde.ts';
