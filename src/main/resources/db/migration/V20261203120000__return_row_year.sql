-- The year a row is for, where a multi-year file says (its YEAR column), so that the checks and measures read back
-- from the stored rows keep the latest year's copy of an episode, as the import's own checks do. Null: the return's.
alter table insight_return_row add column row_year smallint;
