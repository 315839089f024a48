export { type Anwendungsfrist, berechneFristen, type Frist, leiteFristenAb } from './berechnen.ts';
export {
  type EigenePflicht,
  eigenePflichtAlsRegel,
  eigeneRegel,
  leiteEigenePflichtenAb,
  RHYTHMUS_MONATE,
} from './eigene-pflichten.ts';
export { type Hilfeendepruefung, pruefeHilfeende } from './hilfedauer.ts';
export {
  leiteOrganisationsfristenAb,
  type Organisationsfrist,
  type OrganisationsfristenEingabe,
} from './organisation.ts';
export { erlaubteEreignisarten, fristenkataloge } from './regeln.ts';
export { type Friststatus, type FriststatusEingabe, fristStatus } from './status.ts';
