import { z } from 'zod';

// German messages for everything not given its own text below.
z.config(z.locales.de());

// The field schemas are part of the API contract; routes import them from here or from @hilfewerk/api.
export {
  datei,
  datum,
  ereignisArt,
  fallParams,
  fehler,
  id,
  leer,
  optDatum,
  optText,
  personRolle,
  pflicht,
  proSeite,
  seite,
  version,
} from '@hilfewerk/api';
