-- Each mail says which council it is sent for, so that the local mailbox shows a council's administrator only its
-- own council's mail (a referral's mail names the child's needs).
alter table notification_outbox add column local_authority_id bigint;
alter table notification_mailbox add column local_authority_id bigint;
create index notification_mailbox_council on notification_mailbox (local_authority_id, sent_at desc);
