"""The document's language where Word and LibreOffice look for it, and its core properties.

Word picks the spelling dictionary and hyphenation from the language of the
style defaults and of each style (``w:lang``), and the theme fonts from the
settings' ``w:themeFontLang``; the core properties' ``language`` is only
metadata. All three are set, so an Indonesian plan is checked in Indonesian.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from pra.i18n import Language

if TYPE_CHECKING:
    from docx.document import Document

LOCALES: Final[dict[Language, str]] = {"id": "id-ID", "en": "en-US"}
_AFTER_THEME_FONT_LANG: Final = frozenset(
    [
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    ]
)


def locale(lang: Language) -> str:
    return LOCALES[lang]


def apply_language(doc: Document, lang: Language) -> None:
    """Set ``lang`` in the style defaults, in every style that names a language, and in the settings."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tag = locale(lang)
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    langs = [rpr.find(qn("w:lang"))]
    if langs[0] is None:
        element = OxmlElement("w:lang")
        rpr.append(element)
        langs = [element]
    langs.extend(styles.iter(qn("w:lang")))
    for element in langs:
        if element is not None:
            element.set(qn("w:val"), tag)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        later = [el for el in settings if el.tag.split("}")[-1] in _AFTER_THEME_FONT_LANG]
        if later:  # Word refuses settings out of the schema's order
            later[0].addprevious(theme)
        else:
            settings.append(theme)
    theme.set(qn("w:val"), tag)


def set_properties(
    doc: Document,
    lang: Language,
    *,
    title: str,
    subject: str,
    author: str,
    created: dt.date | None,
) -> None:
    """Core properties: title, subject, author, language, and the workshop's date as created.

    The date of the workshop, not the clock, so exporting twice gives the same
    properties; a workshop without a date gets none rather than a made-up one.
    """
    props = doc.core_properties
    props.title = title[:255]
    props.subject = subject[:255]
    props.author = author[:255]
    props.last_modified_by = author[:255]
    props.language = locale(lang)
    props.comments = ""
    props.revision = 1
    if created is not None:
        moment = dt.datetime(created.year, created.month, created.day)
        props.created = props.modified = moment
