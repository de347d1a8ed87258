-- A placement comes from one offer, and an offer makes one placement at most: the provider's portal finds its
-- placement by the offer it came from.
create unique index placement_placement_offer on placement_placement (offer_id);
