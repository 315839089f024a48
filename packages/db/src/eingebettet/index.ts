export { EingebetteteDatenbankFehler, PgliteDatenordner } from './fehler.ts';
export { prozessLaeuft } from './prozess.ts';
export {
  CLUSTER_ORDNER,
  type EinbettungsOptionen,
  type EingebetteterServer,
  fuerAndereLesbar,
  type GesperrterServer,
  starteDatenordner,
  starteEingebettet,
} from './server.ts';
export { DatenordnerBelegt, sperreDatenordner } from './sperre.ts';
export { type DatenordnerVerbindung, verbindeMitDatenordner } from './verbinde.ts';
