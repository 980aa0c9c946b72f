"""argparse, speaking the user's language.

argparse writes its own words ("usage:", "options", "show this help message and
exit", its error lines) in English. A facilitator reads Indonesian first, so the
parser class here takes those words from the catalogue. Sub-command parsers
inherit the class, so every ``pra`` command gets them without asking.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from pra.i18n import t


class PraHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, t("cli.usage_prefix") if prefix is None else prefix
        )


class PraArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose headings, help option and errors come from the catalogue."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", PraHelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # our own -h, with its help text from the catalogue
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.positionals")
        self._optionals.title = t("cli.options")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.help_help")
            )

    def error(self, message: str) -> NoReturn:
        """Bad usage: the usage line, one sentence, exit 2 (argparse's own detail kept inside)."""
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.usage_error", prog=self.prog, detail=message) + "\n")
