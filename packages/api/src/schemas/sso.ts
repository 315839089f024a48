/** Single sign-on (OpenID Connect): what the login page needs to know. */
import { z } from 'zod';

export const ssoStatus = z
  .object({
    /** An identity provider is configured: the login page offers „Mit Single Sign-on anmelden“. */
    aktiv: z.boolean(),
  })
  .meta({ id: 'SsoStatus' });
export type SsoStatus = z.infer<typeof ssoStatus>;

/** The query the identity provider sends back (RFC 6749 § 4.1.2, RFC 9207); checked by the client library. */
export const ssoRueckruf = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});
