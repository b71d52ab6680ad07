"""The payments domain: pure deciders for payments and envelopes, and reconciliation."""
