-- A council's own area, as the local authority districts that make it up (the names postcode look-ups give):
-- what "placed outside the council's area" is measured against.
alter table identity_local_authority add column area_districts text[] not null default '{}';
