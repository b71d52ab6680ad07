"""What every test folder shares: the decider grammar and the one way to wait."""
