-- A provider list finds each setting's owner by name whatever its case: without this, every row of a
-- national list read the whole directory.
create index market_provider_lower_name on market_provider (lower(name));
