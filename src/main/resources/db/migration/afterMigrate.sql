-- After every migration, run as the schema's owner: the application's own role may read and change every table
-- but may only add to and read the audit log. It owns nothing, so it cannot disable the audit log's triggers or
-- drop them, and it is no superuser, so it cannot set session_replication_role to get round them.
-- Where the application connects as the owner itself (application_role is the current user), nothing is granted.
do $$
declare
    application_role text := '${application_role}';
begin
    if application_role = '' or application_role = current_user then
        return;
    end if;
    -- Instances starting together each run this: granting at once fails with "tuple concurrently updated".
    perform pg_advisory_xact_lock(hashtext('placement-broker: grants to the application role'));
    execute format('grant usage on schema public to %I', application_role);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application_role);
    execute format('grant usage, select on all sequences in schema public to %I', application_role);
    execute format('revoke update, delete, truncate on identity_audit_event from %I', application_role);
    execute format('revoke insert, update, delete on flyway_schema_history from %I', application_role);
end
$$;
