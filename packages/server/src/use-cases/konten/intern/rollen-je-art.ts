/** Which roles an account of a provider or of a Jugendamt can have; the web offers the same list. */
export { ROLLEN_JE_ART } from '@hilfewerk/api';
