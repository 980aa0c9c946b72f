"""argparse, speaking the user's language.

argparse writes its own words ("usage:", "options", "show this help message and
exit", its error lines) in English. A facilitator reads Indonesian first, so the
parser class here takes those words from the catalogue. Sub-command parsers
inherit the class, so every ``pra`` command gets them without asking.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, Final, NoReturn

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
        """Bad usage: the usage line, one sentence, exit 2 (argparse's detail in the user's words)."""
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.usage_error", prog=self.prog, detail=usage_detail(message)) + "\n")


# argparse's error messages (English, built from gettext templates) -> catalogue keys.
# An argument's own part ("argument --jobs: ...") is said first, then the rest.
_ARGUMENT: Final = re.compile(r"argument (?P<argument>.+?): (?P<rest>.*)", re.DOTALL)
_DETAILS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"unrecognized arguments: (?P<args>.*)", "cli.argparse.unrecognized"),
        (r"the following arguments are required: (?P<args>.*)", "cli.argparse.required"),
        (r"one of the arguments (?P<args>.*) is required", "cli.argparse.one_required"),
        (r"invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)", "cli.argparse.choice"),
        (r"invalid (?P<type>\S+) value: (?P<value>.*)", "cli.argparse.invalid_value"),
        (r"expected one argument", "cli.argparse.expected_one"),
        (r"expected at most one argument", "cli.argparse.expected_at_most_one"),
        (r"expected at least one argument", "cli.argparse.expected_at_least_one"),
        (r"expected (?P<count>\d+) arguments?", "cli.argparse.expected_count"),
        (
            r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
            "cli.argparse.ambiguous",
        ),
        (r"not allowed with argument (?P<other>.*)", "cli.argparse.not_allowed_with"),
        (r"ignored explicit argument (?P<value>.*)", "cli.argparse.ignored_value"),
        (r"unexpected option string: (?P<option>.*)", "cli.argparse.unexpected_option"),
    )
)


def usage_detail(message: str) -> str:
    """argparse's ``message`` in the catalogue's words; unknown messages are kept as they are."""
    argument = _ARGUMENT.fullmatch(message)
    rest = argument["rest"] if argument else message
    for pattern, key in _DETAILS:
        found = pattern.fullmatch(rest)
        if found:
            params = found.groupdict()
            if params.get("type") == "int":
                params["type"] = t("cli.argparse.whole_number")
            detail = t(key, lang=None, **params)
            if argument:
                return t("cli.argparse.argument", argument=argument["argument"], detail=detail)
            return detail
    return message
