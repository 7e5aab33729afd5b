"""``python -m bot``: run the Discord bot, or an offline command (see ``--help``)."""

from bot.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
