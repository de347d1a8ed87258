-- Names that say who a child is besides their own: the names they are known by (nicknames, earlier names) and their
-- family's. Recorded so that the anonymiser keeps them out of everything providers read.
alter table children_child add column known_as text[] not null default '{}';
alter table children_child add column family_names text[] not null default '{}';
