-- Row-level security: the second wall around social data.
--
-- Applied by the migrator after every migration run; written to be idempotent and to run on
-- PostgreSQL 15 and on PGlite (PostgreSQL 18). The application never queries tenant tables as
-- the owner: each transaction switches to
--   hilfewerk_app     requests of a logged-in user; sees what the policies below allow, and
--                     reads its context from app.organisation_id, app.benutzer_id, app.rolle,
--                     app.organisation_art (set with set_config(..., true) per transaction);
--   hilfewerk_system  authentication and the demo loader, which must work before any
--                     organisation is known; policies grant it everything, explicitly.
-- FORCE ROW LEVEL SECURITY makes a non-superuser table owner subject to the policies as well.
--
-- The role lists here mirror packages/server/src/access/permissions.ts on purpose: the two walls
-- are independent, and the access tests prove they agree.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hilfewerk_app') THEN
    CREATE ROLE hilfewerk_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- created concurrently by another database
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hilfewerk_system') THEN
    CREATE ROLE hilfewerk_system NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- A non-superuser connecting user must be a member to SET ROLE; a superuser needs nothing.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT hilfewerk_app TO %I', current_user);
    EXECUTE format('GRANT hilfewerk_system TO %I', current_user);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Hilfewerk: Mitgliedschaft in hilfewerk_app/hilfewerk_system muss ein Administrator vergeben.';
END $$;

-- Context of the current transaction; NULL when unset, so every comparison fails closed.
CREATE OR REPLACE FUNCTION hw_org() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
CREATE OR REPLACE FUNCTION hw_benutzer() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.benutzer_id', true), '')::uuid $$;
CREATE OR REPLACE FUNCTION hw_rolle() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.rolle', true), '') $$;
CREATE OR REPLACE FUNCTION hw_org_art() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.organisation_art', true), '') $$;

GRANT USAGE ON SCHEMA public TO hilfewerk_app, hilfewerk_system;
GRANT EXECUTE ON FUNCTION hw_org(), hw_benutzer(), hw_rolle(), hw_org_art() TO hilfewerk_app, hilfewerk_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  organisation, benutzer, sitzung, fehlversuch, fall, person, hilfe, fall_team, ereignis, notiz, audit, audit_kette,
  frist, leistungseintrag, kalkulation,
  organisationsfrist, kalender_abo, benutzer_einstellung, leistungseintrag_teilnahme, monatsabschluss, nummernkreis, rechnung, rechnungsposition, budgetvereinbarung,
  kinderschutzverfahren, kinderschutzschritt, kinderschutz_vignette,
  anfrage, bericht, posteingang, hilfeplan_termin, hilfeplan_ziel,
  beschwerde, mitarbeiter, mitarbeiter_vk, bereitschaft,
  vorkommnis, vorkommnis_pflicht, mitarbeiter_schulung, loeschsperre, abwesenheit, jahresbericht, dokument, eigene_pflicht
  TO hilfewerk_system;

-- What the application role may do at all; rows are narrowed by the policies.
GRANT SELECT ON organisation, benutzer TO hilfewerk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON fall, person, hilfe, fall_team, ereignis, notiz,
  frist, leistungseintrag, kalkulation,
  organisationsfrist, kalender_abo, benutzer_einstellung, leistungseintrag_teilnahme, monatsabschluss, nummernkreis, rechnung, rechnungsposition, budgetvereinbarung,
  anfrage, bericht, hilfeplan_termin, hilfeplan_ziel,
  beschwerde, mitarbeiter, mitarbeiter_vk, bereitschaft, abwesenheit TO hilfewerk_app;
-- Documents are added and deleted, never changed: a corrected scan is a new document.
GRANT SELECT, INSERT, DELETE ON dokument TO hilfewerk_app;
-- A duty the Leitung set itself is changed and stopped, never deleted (its met deadlines point to it).
GRANT SELECT, INSERT, UPDATE ON eigene_pflicht TO hilfewerk_app;
-- A legal hold is set and lifted, never deleted: its history is part of the file.
GRANT SELECT, INSERT, UPDATE ON loeschsperre TO hilfewerk_app;
-- A notice is sent once and never changed; only the read receipt is written later.
REVOKE UPDATE, DELETE ON posteingang FROM hilfewerk_app;
GRANT SELECT, INSERT ON posteingang TO hilfewerk_app;
GRANT UPDATE (gelesen_am, gelesen_von, antwort, beantwortet_am, beantwortet_von) ON posteingang TO hilfewerk_app;
-- The yearly report's texts: written until sent; never deleted (a sent report stays as it went out).
GRANT SELECT, INSERT, UPDATE ON jahresbericht TO hilfewerk_app;
GRANT SELECT, INSERT ON audit TO hilfewerk_app; -- append-only for the application
-- The chain's head, moved on by the trigger that appends each audit row (as the inserting role).
GRANT SELECT, INSERT, UPDATE ON audit_kette TO hilfewerk_app;
-- § 8a: procedures close (UPDATE abgeschlossen_am), steps are only ever added, the vignette is rewritten.
GRANT SELECT, INSERT, UPDATE ON kinderschutzverfahren, kinderschutz_vignette TO hilfewerk_app;
GRANT SELECT, INSERT ON kinderschutzschritt TO hilfewerk_app;
-- Besondere Vorkommnisse are kept, never deleted; a duty is done once (UPDATE of its open row).
GRANT SELECT, INSERT ON vorkommnis TO hilfewerk_app;
GRANT SELECT, INSERT ON vorkommnis_pflicht TO hilfewerk_app;
GRANT UPDATE (erledigt_am, an, weg, grund, erledigt_von) ON vorkommnis_pflicht TO hilfewerk_app;
-- A training attended is a fact: recorded, not changed.
GRANT SELECT, INSERT ON mitarbeiter_schulung TO hilfewerk_app;
REVOKE ALL ON sitzung, fehlversuch FROM hilfewerk_app;
-- Accounts: the administration creates and changes its organisation's accounts, everyone changes
-- their own password; ending sessions (deactivation, password change) needs to find them.
GRANT INSERT, UPDATE ON benutzer TO hilfewerk_app;
GRANT SELECT, DELETE ON sitzung TO hilfewerk_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisation', 'benutzer', 'sitzung', 'fehlversuch', 'fall', 'person', 'hilfe',
    'fall_team', 'ereignis', 'notiz', 'audit', 'audit_kette', 'frist', 'leistungseintrag', 'kalkulation',
    'organisationsfrist', 'kalender_abo', 'benutzer_einstellung', 'leistungseintrag_teilnahme', 'monatsabschluss',
    'nummernkreis', 'rechnung', 'rechnungsposition', 'budgetvereinbarung',
    'kinderschutzverfahren', 'kinderschutzschritt', 'kinderschutz_vignette', 'anfrage', 'bericht', 'posteingang',
    'hilfeplan_termin', 'hilfeplan_ziel', 'beschwerde', 'mitarbeiter', 'mitarbeiter_vk', 'bereitschaft',
    'vorkommnis', 'vorkommnis_pflicht', 'mitarbeiter_schulung', 'loeschsperre', 'abwesenheit', 'jahresbericht', 'dokument',
    'eigene_pflicht']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('DROP POLICY IF EXISTS hw_system ON %I', t);
    EXECUTE format('CREATE POLICY hw_system ON %I FOR ALL TO hilfewerk_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Organisation names and Bundesland are directory data (to choose a Jugendamt), not social data.
DROP POLICY IF EXISTS hw_lesen ON organisation;
CREATE POLICY hw_lesen ON organisation FOR SELECT TO hilfewerk_app USING (true);
-- An organisation edits only its own invoice data (address, tax and register numbers, bank, Leitweg-ID);
-- name, kind and Bundesland stay as set up.
GRANT UPDATE (rechnungsangaben, leitweg_id) ON organisation TO hilfewerk_app;
-- A provider's Leitung maintains the Leistungen it offers (use-cases/leistungsangebot/).
GRANT UPDATE (leistungen) ON organisation TO hilfewerk_app;
DROP POLICY IF EXISTS hw_eigene ON organisation;
CREATE POLICY hw_eigene ON organisation FOR UPDATE TO hilfewerk_app
  USING (id = (SELECT hw_org())) WITH CHECK (id = (SELECT hw_org()));

DROP POLICY IF EXISTS hw_mandant ON benutzer;
CREATE POLICY hw_mandant ON benutzer FOR SELECT TO hilfewerk_app USING (organisation_id = (SELECT hw_org()));
DROP POLICY IF EXISTS hw_verwalten ON benutzer;
CREATE POLICY hw_verwalten ON benutzer FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'administration')
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'administration');
-- Everyone's own row, for the password change; the use case sets nothing else.
DROP POLICY IF EXISTS hw_selbst ON benutzer;
CREATE POLICY hw_selbst ON benutzer FOR UPDATE TO hilfewerk_app
  USING (id = (SELECT hw_benutzer()) AND organisation_id = (SELECT hw_org()))
  WITH CHECK (id = (SELECT hw_benutzer()) AND organisation_id = (SELECT hw_org()));

-- Sessions: one's own, and for the administration those of its organisation (a deactivated
-- account's sessions end at once). Never created or changed by the application role: login does that.
DROP POLICY IF EXISTS hw_mandant ON sitzung;
CREATE POLICY hw_mandant ON sitzung FOR SELECT TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org())
         AND (benutzer_id = (SELECT hw_benutzer()) OR (SELECT hw_rolle()) = 'administration'));
DROP POLICY IF EXISTS hw_beenden ON sitzung;
CREATE POLICY hw_beenden ON sitzung FOR DELETE TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org())
         AND (benutzer_id = (SELECT hw_benutzer()) OR (SELECT hw_rolle()) = 'administration'));

-- fall_team must not look at fall (the fall policy looks at fall_team: that would recurse).
DROP POLICY IF EXISTS hw_mandant ON fall_team;
CREATE POLICY hw_mandant ON fall_team FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org())) WITH CHECK (organisation_id = (SELECT hw_org()));

-- Policy expressions call the hw_* context functions as scalar subqueries "(SELECT hw_org())":
-- PostgreSQL then evaluates each once per query (an InitPlan) instead of once per row, the
-- organisation condition can use an index, and a role test that is false skips the EXISTS.
-- For the same reason the scope test is written out in each policy rather than hidden in a
-- function, which the planner could not see through.
--
-- Record scope: Leitung, Administration and Verwaltung see the whole organisation; Fachkräfte
-- and semiprofessional staff only the cases whose team they are in.
--
-- A subquery names the organisation of the row it looks up from (t.organisation_id =
-- <table>.organisation_id), not only the case id: that is the distribution column, and Citus runs
-- a correlated subquery on the shards only when it correlates on it (docs/adr/0004-citus.md).

DO $$
DECLARE
  t text;
  -- %1$s is replaced by the table, %2$s by its column holding the case id.
  umfang constant text := $u$organisation_id = (SELECT hw_org()) AND (
      (SELECT hw_rolle()) IN ('administration', 'leitung', 'verwaltung')
      OR ((SELECT hw_rolle()) IN ('fachkraft', 'semiprofessionell')
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = %1$s.organisation_id
                      AND t.fall_id = %1$s.%2$s AND t.benutzer_id = (SELECT hw_benutzer()))))$u$;
  -- A Jugendamt's ASD and WJH read what the provider has sent: cases with a Hilfe it granted.
  jugendamt constant text := $j$(SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) IN ('asd', 'wjh')
      AND EXISTS (SELECT 1 FROM hilfe h WHERE h.organisation_id = %1$s.organisation_id
                  AND h.fall_id = %1$s.%2$s AND h.jugendamt_id = (SELECT hw_org()))$j$;
BEGIN
  -- A new case is inserted before its creator joins the team: inserting needs only the tenant.
  DROP POLICY IF EXISTS hw_mandant ON fall;
  EXECUTE format('CREATE POLICY hw_mandant ON fall FOR ALL TO hilfewerk_app USING (%s)
    WITH CHECK (organisation_id = (SELECT hw_org()))', format(umfang, 'fall', 'id'));
  DROP POLICY IF EXISTS hw_jugendamt ON fall;
  EXECUTE format('CREATE POLICY hw_jugendamt ON fall FOR SELECT TO hilfewerk_app USING (%s)',
    format(jugendamt, 'fall', 'id'));

  DROP POLICY IF EXISTS hw_mandant ON person;
  EXECUTE format('CREATE POLICY hw_mandant ON person FOR ALL TO hilfewerk_app USING (%1$s) WITH CHECK (%1$s)',
    format(umfang, 'person', 'fall_id'));
  DROP POLICY IF EXISTS hw_jugendamt ON person;
  EXECUTE format('CREATE POLICY hw_jugendamt ON person FOR SELECT TO hilfewerk_app USING (%s)',
    format(jugendamt, 'person', 'fall_id'));

  -- hilfe compares its own column: a policy on hilfe that queried hilfe would recurse.
  DROP POLICY IF EXISTS hw_mandant ON hilfe;
  EXECUTE format('CREATE POLICY hw_mandant ON hilfe FOR ALL TO hilfewerk_app USING (%1$s) WITH CHECK (%1$s)',
    format(umfang, 'hilfe', 'fall_id'));
  DROP POLICY IF EXISTS hw_jugendamt ON hilfe;
  CREATE POLICY hw_jugendamt ON hilfe FOR SELECT TO hilfewerk_app
    USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) IN ('asd', 'wjh')
           AND jugendamt_id = (SELECT hw_org()));

  -- Events and deadlines belong to the provider's own work: no Jugendamt branch.
  FOREACH t IN ARRAY ARRAY['ereignis', 'frist'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format('CREATE POLICY hw_mandant ON %1$I FOR ALL TO hilfewerk_app USING (%2$s) WITH CHECK (%2$s)',
      t, format(umfang, t, 'fall_id'));
  END LOOP;

  -- Narrative: never Verwaltung or Administration. Special categories (health, § 8a): only
  -- Leitung and the Fachkräfte of the case team.
  DROP POLICY IF EXISTS hw_mandant ON notiz;
  EXECUTE format($n$CREATE POLICY hw_mandant ON notiz FOR ALL TO hilfewerk_app USING (%1$s) WITH CHECK (%1$s)$n$,
    format(umfang, 'notiz', 'fall_id') || $n$ AND CASE WHEN besondere_kategorie
      THEN (SELECT hw_rolle()) IN ('leitung', 'fachkraft')
      ELSE (SELECT hw_rolle()) IN ('leitung', 'fachkraft', 'semiprofessionell') END$n$);

  -- § 8a procedures: special category, only Leitung and the Fachkräfte of the case team (never the
  -- semiprofessional staff, Verwaltung, Administration or a Jugendamt).
  -- Crises and besondere Vorkommnisse (health data) follow the same rule.
  FOREACH t IN ARRAY ARRAY['kinderschutzverfahren', 'kinderschutzschritt', 'kinderschutz_vignette',
    'vorkommnis', 'vorkommnis_pflicht'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format('CREATE POLICY hw_mandant ON %1$I FOR ALL TO hilfewerk_app USING (%2$s) WITH CHECK (%2$s)',
      t, format(umfang, t, 'fall_id') || $k$ AND (SELECT hw_rolle()) IN ('leitung', 'fachkraft')$k$);
  END LOOP;
END $$;

-- The insoweit erfahrene Fachkraft of the organisation: reads and updates the pseudonymised vignettes,
-- adds her advice as a step — and reads no case, person, procedure or other step (no policy grants it).
DROP POLICY IF EXISTS hw_iefk ON kinderschutz_vignette;
CREATE POLICY hw_iefk ON kinderschutz_vignette FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'iefk')
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'iefk');
DROP POLICY IF EXISTS hw_iefk ON kinderschutzschritt;
CREATE POLICY hw_iefk ON kinderschutzschritt FOR INSERT TO hilfewerk_app
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'iefk' AND art = 'iefk-beratung');

-- Helpers of an earlier draft of this file, replaced by the inline conditions above.
DROP FUNCTION IF EXISTS hw_notiz_erlaubt(uuid, boolean);
DROP FUNCTION IF EXISTS hw_im_umfang(uuid);
DROP FUNCTION IF EXISTS hw_jugendamt_darf(uuid);

-- Hours: Leitung, Verwaltung and Administration see the organisation's; staff their own and
-- those on the cases whose team they are in (hour controlling of a shared case).
DROP POLICY IF EXISTS hw_mandant ON leistungseintrag;
CREATE POLICY hw_mandant ON leistungseintrag FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (
    (SELECT hw_rolle()) IN ('administration', 'leitung', 'verwaltung')
    OR benutzer_id = (SELECT hw_benutzer())
    OR ((SELECT hw_rolle()) IN ('fachkraft', 'semiprofessionell') AND fall_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = leistungseintrag.organisation_id
                    AND t.fall_id = leistungseintrag.fall_id AND t.benutzer_id = (SELECT hw_benutzer())))))
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (
    (SELECT hw_rolle()) IN ('administration', 'leitung', 'verwaltung') OR benutzer_id = (SELECT hw_benutzer())));

-- Tables whose rows are the organisation's business as a whole; which roles may use them is
-- decided by the permission table (first wall), the tenant by this policy (second wall).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisationsfrist', 'leistungseintrag_teilnahme', 'monatsabschluss', 'nummernkreis',
    'rechnung', 'rechnungsposition', 'budgetvereinbarung', 'eigene_pflicht'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format('CREATE POLICY hw_mandant ON %1$I FOR ALL TO hilfewerk_app
      USING (organisation_id = (SELECT hw_org())) WITH CHECK (organisation_id = (SELECT hw_org()))', t);
  END LOOP;
  -- A user's own settings and calendar token: nobody else's, not even Leitung's.
  FOREACH t IN ARRAY ARRAY['kalender_abo', 'benutzer_einstellung'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format('CREATE POLICY hw_mandant ON %1$I FOR ALL TO hilfewerk_app
      USING (organisation_id = (SELECT hw_org()) AND benutzer_id = (SELECT hw_benutzer()))
      WITH CHECK (organisation_id = (SELECT hw_org()) AND benutzer_id = (SELECT hw_benutzer()))', t);
  END LOOP;
END $$;

-- Complaints name the complainant and often a young person: only Leitung handles them. The public form
-- writes as hilfewerk_system (no session, no organisation context).
DROP POLICY IF EXISTS hw_mandant ON beschwerde;
CREATE POLICY hw_mandant ON beschwerde FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung')
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');

-- Personnel data (qualification, VK, certificate of conduct, on-call phone numbers): Leitung and
-- Administration only.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mitarbeiter', 'mitarbeiter_vk', 'bereitschaft', 'mitarbeiter_schulung', 'abwesenheit'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format($p$CREATE POLICY hw_mandant ON %1$I FOR ALL TO hilfewerk_app
      USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) IN ('leitung', 'administration'))
      WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) IN ('leitung', 'administration'))$p$, t);
  END LOOP;
END $$;

-- A Jugendamt's WJH reads the invoices addressed to it (never the hours behind them). Fachcontrolling
-- sees aggregates only, never single invoices, as the permission table says: the wall below agrees.
DROP POLICY IF EXISTS hw_jugendamt ON rechnung;
CREATE POLICY hw_jugendamt ON rechnung FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'wjh'
         AND jugendamt_id = (SELECT hw_org()));
-- The WJH records its two steps on such an invoice (sachlich richtig, angewiesen). The table grant cannot narrow
-- columns per side, so the trigger below does: a Jugendamt changes only its step columns, a provider never them.
DROP POLICY IF EXISTS hw_jugendamt_pruefen ON rechnung;
CREATE POLICY hw_jugendamt_pruefen ON rechnung FOR UPDATE TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'wjh' AND jugendamt_id = (SELECT hw_org()))
  WITH CHECK ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'wjh'
              AND jugendamt_id = (SELECT hw_org()));
CREATE OR REPLACE FUNCTION hw_rechnung_spalten() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pruefung_alt jsonb := jsonb_build_array(OLD.sachlich_richtig_am, OLD.sachlich_richtig_von, OLD.angewiesen_am,
    OLD.angewiesen_von);
  pruefung_neu jsonb := jsonb_build_array(NEW.sachlich_richtig_am, NEW.sachlich_richtig_von, NEW.angewiesen_am,
    NEW.angewiesen_von);
BEGIN
  IF current_user <> 'hilfewerk_app' THEN RETURN NEW; END IF;
  IF hw_org_art() = 'jugendamt' THEN
    IF (to_jsonb(NEW) - 'sachlich_richtig_am' - 'sachlich_richtig_von' - 'angewiesen_am' - 'angewiesen_von')
       IS DISTINCT FROM (to_jsonb(OLD) - 'sachlich_richtig_am' - 'sachlich_richtig_von' - 'angewiesen_am'
       - 'angewiesen_von') THEN
      RAISE EXCEPTION 'Das Jugendamt ändert an einer Rechnung nur seine Prüfschritte' USING ERRCODE = '42501';
    END IF;
  ELSIF pruefung_neu IS DISTINCT FROM pruefung_alt THEN
    RAISE EXCEPTION 'Die Prüfschritte setzt nur das Jugendamt' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS hw_rechnung_spalten ON rechnung;
CREATE TRIGGER hw_rechnung_spalten BEFORE UPDATE ON rechnung FOR EACH ROW EXECUTE FUNCTION hw_rechnung_spalten();

DROP POLICY IF EXISTS hw_mandant ON kalkulation;
CREATE POLICY hw_mandant ON kalkulation FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org())) WITH CHECK (organisation_id = (SELECT hw_org()));

-- Audit: anyone writes rows for themselves; only Leitung and Administration read them.
DROP POLICY IF EXISTS hw_schreiben ON audit;
CREATE POLICY hw_schreiben ON audit FOR INSERT TO hilfewerk_app
  WITH CHECK (organisation_id = (SELECT hw_org()) AND benutzer_id = (SELECT hw_benutzer()));
DROP POLICY IF EXISTS hw_lesen ON audit;
CREATE POLICY hw_lesen ON audit FOR SELECT TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) IN ('leitung', 'administration'));

-- The head of the organisation's audit chain: written only by the trigger hw_audit_verkette on behalf
-- of whoever writes an audit row, so every role of the organisation reaches it.
DROP POLICY IF EXISTS hw_mandant ON audit_kette;
CREATE POLICY hw_mandant ON audit_kette FOR ALL TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org())) WITH CHECK (organisation_id = (SELECT hw_org()));

-- The Jugendamt's Fachcontrolling reads the Trägerbudgets agreed with it (never the hours' rows: their
-- quarterly sums are computed for one such budget as the system, after this read proved the agreement).
DROP POLICY IF EXISTS hw_jugendamt ON budgetvereinbarung;
CREATE POLICY hw_jugendamt ON budgetvereinbarung FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'fachcontrolling'
         AND jugendamt_id = (SELECT hw_org()));

-- Between Jugendamt and provider. Each row lives with the provider (organisation_id) and names the Jugendamt
-- (jugendamt_id); each side sees only its own rows: the provider its organisation's, the Jugendamt the rows
-- that carry its id. Nobody else — another provider, another Jugendamt — sees them at all.
--
-- Anfrage: written by the ASD (the request it sends, and its withdrawal), answered by the addressed
-- provider's Leitung. The provider's other staff learn of a request only through the case it creates. An answer
-- is given once: each side may change only an open request, and only into its own answer.
DROP POLICY IF EXISTS hw_mandant ON anfrage;
DROP POLICY IF EXISTS hw_jugendamt ON anfrage;
DROP POLICY IF EXISTS hw_lesen ON anfrage;
DROP POLICY IF EXISTS hw_antworten ON anfrage;
DROP POLICY IF EXISTS hw_jugendamt_lesen ON anfrage;
DROP POLICY IF EXISTS hw_jugendamt_anfragen ON anfrage;
DROP POLICY IF EXISTS hw_jugendamt_zurueckziehen ON anfrage;
CREATE POLICY hw_lesen ON anfrage FOR SELECT TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');
CREATE POLICY hw_antworten ON anfrage FOR UPDATE TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung' AND status = 'offen')
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung'
              AND status IN ('zugesagt', 'abgesagt'));
CREATE POLICY hw_jugendamt_lesen ON anfrage FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd' AND jugendamt_id = (SELECT hw_org()));
CREATE POLICY hw_jugendamt_anfragen ON anfrage FOR INSERT TO hilfewerk_app
  WITH CHECK ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
              AND jugendamt_id = (SELECT hw_org()) AND status = 'offen');
CREATE POLICY hw_jugendamt_zurueckziehen ON anfrage FOR UPDATE TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
         AND jugendamt_id = (SELECT hw_org()) AND status = 'offen')
  WITH CHECK ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
              AND jugendamt_id = (SELECT hw_org()) AND status = 'zurueckgezogen');

-- Bericht: the provider's case team writes it; a sent report never changes again — the policies for
-- UPDATE and DELETE reach drafts only, so even a use case that forgot to check cannot alter a sent one.
-- The addressed Jugendamt's ASD reads sent reports, never drafts.
DO $$
DECLARE
  umfang constant text := $u$organisation_id = (SELECT hw_org()) AND (
      (SELECT hw_rolle()) = 'leitung'
      OR ((SELECT hw_rolle()) IN ('fachkraft', 'semiprofessionell')
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = %1$s.organisation_id
                      AND t.fall_id = %1$s.fall_id AND t.benutzer_id = (SELECT hw_benutzer()))))$u$;
  posteingang_umfang constant text := $p$organisation_id = (SELECT hw_org()) AND (
      (SELECT hw_rolle()) = 'leitung'
      OR ((SELECT hw_rolle()) = 'fachkraft' AND art <> 'jahresbericht'
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = posteingang.organisation_id
                      AND t.fall_id = posteingang.fall_id AND t.benutzer_id = (SELECT hw_benutzer())))
      OR ((SELECT hw_rolle()) = 'semiprofessionell' AND art IN ('bericht', 'mitteilung')
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = posteingang.organisation_id
                      AND t.fall_id = posteingang.fall_id AND t.benutzer_id = (SELECT hw_benutzer()))))$p$;
BEGIN
  DROP POLICY IF EXISTS hw_mandant ON bericht;
  DROP POLICY IF EXISTS hw_lesen ON bericht;
  DROP POLICY IF EXISTS hw_anlegen ON bericht;
  DROP POLICY IF EXISTS hw_entwurf ON bericht;
  DROP POLICY IF EXISTS hw_entwurf_loeschen ON bericht;
  EXECUTE format('CREATE POLICY hw_lesen ON bericht FOR SELECT TO hilfewerk_app USING (%s)',
    format(umfang, 'bericht'));
  EXECUTE format('CREATE POLICY hw_anlegen ON bericht FOR INSERT TO hilfewerk_app WITH CHECK (%s AND status = ''entwurf'')',
    format(umfang, 'bericht'));
  EXECUTE format('CREATE POLICY hw_entwurf ON bericht FOR UPDATE TO hilfewerk_app USING (%1$s AND status = ''entwurf'')
    WITH CHECK (%1$s)', format(umfang, 'bericht'));
  EXECUTE format('CREATE POLICY hw_entwurf_loeschen ON bericht FOR DELETE TO hilfewerk_app
    USING (%s AND status = ''entwurf'')', format(umfang, 'bericht'));

  -- Posteingang: on the provider's side a sent notice is seen (and sent) only by those who send its kind, never by
  -- Verwaltung, Administration or a Fachkraft outside the case team:
  --   report (and a plain notice): Leitung and the whole case team — semiprofessional staff write reports too;
  --   § 8a notification, wesentliche Veränderung, Gruppenangebot: Leitung and the case team's Fachkräfte
  --     (the roles of `kinderschutz` and `traegerMitteilung` in berechtigungen.ts; the § 8a one is special category);
  --   yearly report: Leitung only (it belongs to no case).
  DROP POLICY IF EXISTS hw_mandant ON posteingang;
  DROP POLICY IF EXISTS hw_senden ON posteingang;
  EXECUTE format('CREATE POLICY hw_mandant ON posteingang FOR SELECT TO hilfewerk_app USING (%s)', posteingang_umfang);
  EXECUTE format('CREATE POLICY hw_senden ON posteingang FOR INSERT TO hilfewerk_app WITH CHECK (%s)', posteingang_umfang);
END $$;

DROP POLICY IF EXISTS hw_jugendamt ON bericht;
CREATE POLICY hw_jugendamt ON bericht FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
         AND jugendamt_id = (SELECT hw_org()) AND status = 'gesendet');

-- The addressed Jugendamt's ASD reads its notices and writes the read receipt; it never adds or deletes one.
DROP POLICY IF EXISTS hw_jugendamt ON posteingang;
CREATE POLICY hw_jugendamt ON posteingang FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd' AND jugendamt_id = (SELECT hw_org()));
DROP POLICY IF EXISTS hw_quittung ON posteingang;
CREATE POLICY hw_quittung ON posteingang FOR UPDATE TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd' AND jugendamt_id = (SELECT hw_org()))
  WITH CHECK ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
              AND jugendamt_id = (SELECT hw_org()));

-- The Hilfeplan: the granting Jugendamt's ASD runs it (dates, goals, reviews, participation); the provider's
-- case team reads it, and the deadline derivation reads the dates.
DO $$
DECLARE
  t text;
  umfang constant text := $u$organisation_id = (SELECT hw_org()) AND (
      (SELECT hw_rolle()) IN ('administration', 'leitung', 'verwaltung')
      OR ((SELECT hw_rolle()) IN ('fachkraft', 'semiprofessionell')
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = %1$s.organisation_id
                      AND t.fall_id = %1$s.fall_id AND t.benutzer_id = (SELECT hw_benutzer()))))$u$;
BEGIN
  FOREACH t IN ARRAY ARRAY['hilfeplan_termin', 'hilfeplan_ziel'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS hw_mandant ON %I', t);
    EXECUTE format('CREATE POLICY hw_mandant ON %1$I FOR SELECT TO hilfewerk_app USING (%2$s)', t, format(umfang, t));
    EXECUTE format('DROP POLICY IF EXISTS hw_jugendamt ON %I', t);
    EXECUTE format($p$CREATE POLICY hw_jugendamt ON %I FOR ALL TO hilfewerk_app
      USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd' AND jugendamt_id = (SELECT hw_org()))
      WITH CHECK ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
                  AND jugendamt_id = (SELECT hw_org()))$p$, t);
  END LOOP;
END $$;

-- Deadlines the granting Jugendamt is owed or takes part in: its ASD reads them on the Hilfen it granted (the
-- list is FRISTEN_FUER_DAS_JUGENDAMT in packages/api/src/schemas/gewaehrte-hilfen.ts). The provider's other
-- deadlines — crisis intervention, contact with the parents — would tell it of events it never reads.
DROP POLICY IF EXISTS hw_jugendamt ON frist;
CREATE POLICY hw_jugendamt ON frist FOR SELECT TO hilfewerk_app
  USING ((SELECT hw_org_art()) = 'jugendamt' AND (SELECT hw_rolle()) = 'asd'
         AND regel IN ('handlungsplan', 'bericht-halbjahr', 'bericht-vor-hpg', 'hpg-ersthilfeplan',
                       'abstimmungsgespraech', 'hilfeende-max', 'entscheidung-anschlusshilfe')
         AND EXISTS (SELECT 1 FROM hilfe h WHERE h.organisation_id = frist.organisation_id
                     AND h.id = frist.hilfe_id AND h.jugendamt_id = (SELECT hw_org())));

-- The Jugendamt's Fachcontrolling: key figures over the providers it placed Hilfen with (docs/kennzahlen.md).
-- It has no case access (UMFANG 'keine'): no policy lets it read a hilfe or leistungseintrag row. These two
-- functions are its only way in. They run as hilfewerk_system (SECURITY DEFINER, owner below), whose
-- explicit policies see every row, and return only sums per provider — never a row, a name of a young person
-- or a case — and only for Hilfen granted by the caller's own Jugendamt, only when the caller is its
-- Fachcontrolling (app.rolle, app.organisation_art, app.organisation_id of the caller's transaction).
-- Small counts are suppressed afterwards in packages/rules (unterdrueckung.ts), where the rule is tested.
CREATE OR REPLACE FUNCTION hw_kennzahlen_traeger(p_jahr int, p_budget_leistungen text[])
RETURNS TABLE (traeger_id uuid, traeger text, hilfen int, aufnahmen int, entlassungen int,
               verweildauer_summe bigint, verweildauer_median double precision, minuten bigint,
               budget_direkt_minuten bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  WITH ich AS (
    SELECT hw_org() AS ja WHERE hw_org_art() = 'jugendamt' AND hw_rolle() = 'fachcontrolling'
  ), h AS (
    -- Hilfen granted by this Jugendamt that ran on at least one day of the year.
    SELECT h.organisation_id, h.id, h.leistung, h.beginn, h.tatsaechliches_ende AS ende
    FROM hilfe h JOIN ich ON h.jugendamt_id = ich.ja
    WHERE h.beginn <= make_date(p_jahr, 12, 31)
      AND (h.tatsaechliches_ende IS NULL OR h.tatsaechliches_ende >= make_date(p_jahr, 1, 1))
  ), e AS (
    -- Own entries on a Hilfe; group offers come in through their shares below.
    SELECT l.organisation_id, sum(l.minuten) AS m,
           sum(l.minuten) FILTER (WHERE l.art = 'direkt' AND h.leistung = ANY (p_budget_leistungen)) AS bm
    FROM leistungseintrag l JOIN h ON h.organisation_id = l.organisation_id AND h.id = l.hilfe_id
    WHERE l.gruppenangebot IS NULL AND l.datum BETWEEN make_date(p_jahr, 1, 1) AND make_date(p_jahr, 12, 31)
    GROUP BY l.organisation_id
  ), g AS (
    SELECT t.organisation_id, sum(t.minuten) AS m,
           sum(t.minuten) FILTER (WHERE l.art IN ('direkt', 'falluebergreifend')
                                  AND h.leistung = ANY (p_budget_leistungen)) AS bm
    FROM leistungseintrag_teilnahme t
    JOIN leistungseintrag l ON l.organisation_id = t.organisation_id AND l.id = t.eintrag_id
    JOIN h ON h.organisation_id = t.organisation_id AND h.id = t.hilfe_id
    WHERE l.datum BETWEEN make_date(p_jahr, 1, 1) AND make_date(p_jahr, 12, 31)
    GROUP BY t.organisation_id
  ), f AS (
    SELECT h.organisation_id,
           count(*)::int AS hilfen,
           count(*) FILTER (WHERE extract(year FROM h.beginn) = p_jahr)::int AS aufnahmen,
           count(*) FILTER (WHERE extract(year FROM h.ende) = p_jahr)::int AS entlassungen,
           -- Length of stay with both days counted (packages/rules kennzahlen.ts: 01.01.–31.01. = 31 days).
           sum(h.ende - h.beginn + 1) FILTER (WHERE extract(year FROM h.ende) = p_jahr)::bigint AS vsumme,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY h.ende - h.beginn + 1)
             FILTER (WHERE extract(year FROM h.ende) = p_jahr) AS vmedian
    FROM h GROUP BY h.organisation_id
  )
  SELECT f.organisation_id, o.name, f.hilfen, f.aufnahmen, f.entlassungen, coalesce(f.vsumme, 0), f.vmedian,
         coalesce(e.m, 0) + coalesce(g.m, 0), coalesce(e.bm, 0) + coalesce(g.bm, 0)
  FROM f JOIN organisation o ON o.id = f.organisation_id
  LEFT JOIN e ON e.organisation_id = f.organisation_id
  LEFT JOIN g ON g.organisation_id = f.organisation_id
$f$;

-- The same Jugendamt's total length of stay over all its providers (a median does not add up from the rows).
CREATE OR REPLACE FUNCTION hw_kennzahlen_traeger_gesamt(p_jahr int)
RETURNS TABLE (entlassungen int, verweildauer_summe bigint, verweildauer_median double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT count(*)::int, coalesce(sum(h.tatsaechliches_ende - h.beginn + 1), 0)::bigint,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY h.tatsaechliches_ende - h.beginn + 1)
  FROM hilfe h
  WHERE hw_org_art() = 'jugendamt' AND hw_rolle() = 'fachcontrolling' AND h.jugendamt_id = hw_org()
    AND h.tatsaechliches_ende BETWEEN make_date(p_jahr, 1, 1) AND make_date(p_jahr, 12, 31)
$f$;

-- The Trägerbudget agreements between the caller's Jugendamt and its providers (a contract both sides signed).
CREATE OR REPLACE FUNCTION hw_traegerbudgets_jugendamt()
RETURNS TABLE (traeger_id uuid, gesamtbudget numeric, beginn date, monate int, direktanteil numeric,
               stellen jsonb, stellenaenderungen jsonb, basisleistung_stunden int)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT b.organisation_id, b.gesamtbudget, b.beginn, b.monate, b.direktanteil, b.stellen, b.stellenaenderungen,
         b.basisleistung_stunden
  FROM budgetvereinbarung b
  WHERE hw_org_art() = 'jugendamt' AND hw_rolle() = 'fachcontrolling' AND b.jugendamt_id = hw_org()
  ORDER BY b.beginn
$f$;

REVOKE ALL ON FUNCTION hw_kennzahlen_traeger(int, text[]), hw_kennzahlen_traeger_gesamt(int), hw_traegerbudgets_jugendamt()
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hw_kennzahlen_traeger(int, text[]), hw_kennzahlen_traeger_gesamt(int), hw_traegerbudgets_jugendamt()
  TO hilfewerk_app;
DO $$
BEGIN
  ALTER FUNCTION hw_kennzahlen_traeger(int, text[]) OWNER TO hilfewerk_system;
  ALTER FUNCTION hw_kennzahlen_traeger_gesamt(int) OWNER TO hilfewerk_system;
  ALTER FUNCTION hw_traegerbudgets_jugendamt() OWNER TO hilfewerk_system;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Hilfewerk: die Kennzahlen-Funktionen muss ein Administrator hilfewerk_system übereignen.';
END $$;
-- Complaints per provider of the caller's Hilfen, in the year: a count only. A complaint names no Jugendamt,
-- so it is the provider's number over all its complaints (as in its own key figures), suppressed like the others.
CREATE OR REPLACE FUNCTION hw_kennzahlen_traeger_beschwerden(p_jahr int)
RETURNS TABLE (traeger_id uuid, beschwerden int)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT t.organisation_id, count(b.id)::int
  FROM (SELECT DISTINCT h.organisation_id FROM hilfe h
        WHERE hw_org_art() = 'jugendamt' AND hw_rolle() = 'fachcontrolling' AND h.jugendamt_id = hw_org()
          AND h.beginn <= make_date(p_jahr, 12, 31)
          AND (h.tatsaechliches_ende IS NULL OR h.tatsaechliches_ende >= make_date(p_jahr, 1, 1))) t
  LEFT JOIN beschwerde b ON b.organisation_id = t.organisation_id
    AND b.eingegangen_am BETWEEN make_date(p_jahr, 1, 1) AND make_date(p_jahr, 12, 31)
  GROUP BY t.organisation_id
$f$;
REVOKE ALL ON FUNCTION hw_kennzahlen_traeger_beschwerden(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hw_kennzahlen_traeger_beschwerden(int) TO hilfewerk_app;
DO $$
BEGIN
  ALTER FUNCTION hw_kennzahlen_traeger_beschwerden(int) OWNER TO hilfewerk_system;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Hilfewerk: die Kennzahlen-Funktionen muss ein Administrator hilfewerk_system übereignen.';
END $$;
-- Legal holds: Leitung sets and lifts them, Leitung and Administration see them (the retention report).
DROP POLICY IF EXISTS hw_mandant ON loeschsperre;
CREATE POLICY hw_mandant ON loeschsperre FOR SELECT TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) IN ('leitung', 'administration'));
DROP POLICY IF EXISTS hw_leitung ON loeschsperre;
CREATE POLICY hw_leitung ON loeschsperre FOR INSERT TO hilfewerk_app
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');
DROP POLICY IF EXISTS hw_leitung_aufheben ON loeschsperre;
CREATE POLICY hw_leitung_aufheben ON loeschsperre FOR UPDATE TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung')
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');

-- The yearly report's texts are the Leitung's, like the report itself; once sent they stay as sent.
DROP POLICY IF EXISTS hw_mandant ON jahresbericht;
CREATE POLICY hw_mandant ON jahresbericht FOR SELECT TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');
DROP POLICY IF EXISTS hw_schreiben ON jahresbericht;
CREATE POLICY hw_schreiben ON jahresbericht FOR INSERT TO hilfewerk_app
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');
DROP POLICY IF EXISTS hw_aendern ON jahresbericht;
CREATE POLICY hw_aendern ON jahresbericht FOR UPDATE TO hilfewerk_app
  USING (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung' AND gesendet_am IS NULL)
  WITH CHECK (organisation_id = (SELECT hw_org()) AND (SELECT hw_rolle()) = 'leitung');
-- Documents of a case file: Leitung and the case team's Fachkräfte and semiprofessional staff, as for reports.
-- Verwaltung and Administration never see them (a Bescheid or a report is case narrative), nor does the Jugendamt.
-- A report attached to an organisation deadline (no case): Leitung and Administration, who mark those met.
DO $$
DECLARE
  umfang constant text := $u$organisation_id = (SELECT hw_org()) AND (
      (SELECT hw_rolle()) = 'leitung'
      OR ((SELECT hw_rolle()) IN ('fachkraft', 'semiprofessionell')
          AND EXISTS (SELECT 1 FROM fall_team t WHERE t.organisation_id = dokument.organisation_id
                      AND t.fall_id = dokument.fall_id AND t.benutzer_id = (SELECT hw_benutzer())))
      OR (dokument.organisationsfrist_id IS NOT NULL AND (SELECT hw_rolle()) = 'administration'))$u$;
BEGIN
  DROP POLICY IF EXISTS hw_mandant ON dokument;
  EXECUTE format('CREATE POLICY hw_mandant ON dokument FOR ALL TO hilfewerk_app USING (%1$s) WITH CHECK (%1$s)', umfang);
END $$;
