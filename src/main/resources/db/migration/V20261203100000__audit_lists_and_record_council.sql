-- The council whose record an event is about, where that is not the actor's own (a provider's offer on a council's
-- referral, someone refused another council's child): that council's administrator sees the event too.
alter table identity_audit_event add column record_local_authority_id bigint;
create index identity_audit_event_record_council on identity_audit_event (record_local_authority_id, occurred_at desc)
    where record_local_authority_id is not null;

-- Every record a list showed (children's names and dates of birth), so a search for one child finds the lists too.
alter table identity_audit_event add column listed_record_ids text[];
create index identity_audit_event_listed on identity_audit_event using gin (listed_record_ids)
    where listed_record_ids is not null;
