"""The language between Qorgau services: envelopes, events, topics, catalogue, calendar, IIN."""
