"""discord.py extensions: thin adapters from interactions to the domain in ``bot``."""
