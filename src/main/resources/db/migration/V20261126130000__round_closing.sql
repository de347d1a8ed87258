-- When a round's deadline passed and what it had brought by then. A round that closed with no acceptable
-- offer while it was still the referral's latest is escalated: the head of service is told and the broker prompted.
alter table brokerage_round add column closed_at timestamptz;
alter table brokerage_round add column acceptable_offers integer;
alter table brokerage_round add column escalated boolean not null default false;
create index brokerage_round_open on brokerage_round (respond_by) where closed_at is null;
