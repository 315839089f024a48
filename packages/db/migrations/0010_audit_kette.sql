CREATE TABLE "audit_kette" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"nummer" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "nummer" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "vorheriger_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_kette" ADD CONSTRAINT "audit_kette_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The content a row's hash covers: every column but the hash itself, as canonical JSON text (jsonb
-- orders keys), the time in UTC with microseconds. The chain link (vorheriger_hash) is part of it.
CREATE OR REPLACE FUNCTION hw_audit_inhalt(a audit) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(a.organisation_id, a.nummer, a.id, a.benutzer_id,
    to_char(a.zeitpunkt AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.aktion, a.ressource,
    a.ressource_id, a.ip, a.details, a.vorheriger_hash)::text
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION hw_audit_hash(a audit) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(hw_audit_inhalt(a), 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Appends a new row to its organisation's chain. The head row in audit_kette is locked until the
-- transaction ends: writers of one organisation chain one after the other, so numbers have no gaps
-- and each row links to the one committed before it. Runs as the inserting role (no SECURITY
-- DEFINER): the policies on audit_kette let each organisation reach only its own head.
CREATE OR REPLACE FUNCTION hw_audit_verkette() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kopf audit_kette%ROWTYPE;
BEGIN
  INSERT INTO audit_kette (organisation_id, nummer, hash) VALUES (NEW.organisation_id, 0, '')
    ON CONFLICT (organisation_id) DO NOTHING;
  SELECT * INTO kopf FROM audit_kette WHERE organisation_id = NEW.organisation_id FOR UPDATE;
  NEW.nummer := kopf.nummer + 1;
  NEW.vorheriger_hash := kopf.hash;
  NEW.hash := hw_audit_hash(NEW);
  UPDATE audit_kette SET nummer = NEW.nummer, hash = NEW.hash WHERE organisation_id = NEW.organisation_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
-- Rows written before the chain existed are chained in their order of time. The table owner running
-- the migration must see every row: row-level security is forced on audit, so it is lifted here for
-- the owner and forced again below (rls.sql forces it as well).
ALTER TABLE "audit" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_kette" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
DO $$
DECLARE
  z record;
  org uuid;
  n bigint := 0;
  vorher text := '';
BEGIN
  FOR z IN SELECT id, organisation_id FROM audit ORDER BY organisation_id, zeitpunkt, id LOOP
    IF org IS DISTINCT FROM z.organisation_id THEN
      org := z.organisation_id;
      n := 0;
      vorher := '';
    END IF;
    n := n + 1;
    UPDATE audit SET nummer = n, vorheriger_hash = vorher WHERE id = z.id AND organisation_id = z.organisation_id;
    UPDATE audit a SET hash = hw_audit_hash(a) WHERE a.id = z.id AND a.organisation_id = z.organisation_id
      RETURNING a.hash INTO vorher;
  END LOOP;
  INSERT INTO audit_kette (organisation_id, nummer, hash)
    SELECT DISTINCT ON (organisation_id) organisation_id, nummer, hash FROM audit
    ORDER BY organisation_id, nummer DESC;
END
$$;--> statement-breakpoint
ALTER TABLE "audit" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_organisation_nummer_idx" ON "audit" USING btree ("organisation_id","nummer");--> statement-breakpoint
CREATE TRIGGER "audit_verkette" BEFORE INSERT ON "audit" FOR EACH ROW EXECUTE FUNCTION hw_audit_verkette();
