"""The Qorgau system as a whole: CLI, dev stack, demo, scenarios, treasury simulator."""
