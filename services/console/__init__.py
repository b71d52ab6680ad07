"""The web console: the people's way into the four services, through their public APIs only."""
