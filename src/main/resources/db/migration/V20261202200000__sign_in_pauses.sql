-- Wrong passwords pause signing in for one username from one address, for longer each time, instead of locking the
-- account: typing a colleague's name five times no longer stops them signing in from their own desk.
-- Usernames are kept as typed (lower-cased), whether or not an account has them, so a pause says nothing about
-- which usernames exist.
create table identity_sign_in_pause (
    username        text        not null,
    source_address  text        not null,
    failures        integer     not null,
    paused_until    timestamptz,
    last_failure_at timestamptz not null default now(),
    primary key (username, source_address)
);

alter table identity_user_account drop column failed_login_attempts, drop column locked_until;
