-- The child's unique pupil number (903 Header UPN): a letter and 12 digits, or a DfE UN code where not known.
alter table children_child add column upn text;
