/** The permission table lives in the API contract (@hilfewerk/api), which the web reads too. */
export {
  type Aktion,
  BERECHTIGUNGEN,
  darf,
  type Ressource,
  UMFANG,
  type Umfang,
} from '@hilfewerk/api';
