-- The one outbox for every mail: a row per recipient, written in the transaction that decides to send it,
-- claimed by one instance at a time, retried with back-off until SENT or given up as FAILED.
-- The message id is the mail's identity: queueing the same mail again (a listener run twice) adds nothing.
create table notification_outbox (
    id              bigint generated always as identity primary key,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    message_id      text        not null unique,
    status          text        not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    queued_at       timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    claimed_until   timestamptz,
    last_error      text,
    sent_at         timestamptz
);
create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'QUEUED';

-- The round's recipients keep who was asked; how their mail went is the outbox's.
alter table brokerage_recipient add column mail_id bigint references notification_outbox (id);
insert into notification_outbox (recipient, subject, body, message_id, status, attempts, next_attempt_at, claimed_until, last_error, sent_at)
select x.email, 'Referral ' || r.referral_id, '(sent before the shared outbox)', 'round-' || x.round_id || '-recipient-' || x.id || '@placement-broker',
       x.status, x.attempts, x.next_attempt_at, x.claimed_until, x.last_error, x.sent_at
from brokerage_recipient x join brokerage_round r on r.id = x.round_id;
update brokerage_recipient x set mail_id = o.id
from notification_outbox o where o.message_id = 'round-' || x.round_id || '-recipient-' || x.id || '@placement-broker';
drop index brokerage_recipient_due;
alter table brokerage_recipient drop column status, drop column attempts, drop column next_attempt_at, drop column claimed_until,
    drop column last_error, drop column sent_at;
