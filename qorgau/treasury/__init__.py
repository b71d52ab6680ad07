"""A treasury simulator: answers the payments service's envelopes so the loop runs locally."""
