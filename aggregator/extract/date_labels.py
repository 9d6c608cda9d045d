"""The words that label a date line, by language: one table, read the same way by every step.

A date line says what its day is: a publication ("Veröffentlicht am", "Publié le", "Ngày
đăng:"), an update ("Aktualisiert am", "Mis à jour le", "Cập nhật:") or just a date
("Datum:", "Fecha:"). Three steps of ``published.py`` read these words, and before round 13
each kept its own list (an update stamp knew five languages, the labelled line eleven, the
line-by-the-heading rules twenty): a page in Polish had its "Zaktualizowano:" line told apart
by one step and not by the next. Every step's regex is now built from ``LABELS`` by the pure
helpers below; a language is added to the table, not to a rule.

- ``LINE_LABEL_RE``: a publication or an update label anywhere in a line (groups
  ``published`` / ``updated``): which part of a line is the publication's, whether a line
  leads with an update.
- ``LEAD_LABEL_RE``: any label opening a line, then its small word or colon (group ``sep``;
  group ``updated`` when the label is an update's): the labelled line anywhere on the page.
- ``UPDATE_STAMP_RE``: an update label and the numeric day and time after it: the stamp taken
  out of a line that shows another day besides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Labels:
    """One language's label words (lower case; a space stands for any run of whitespace).

    ``dated``: words that say "date" without saying which ("Datum", "Fecha"), read only where
    they open a line with a day after them. ``joins``: the small words between a label and its
    day ("am", "le", "el", "lúc"), read only right after a label. ``lead_only``: the row's
    publication or update words read only where they open a line, a flag set where reading
    them inside a line measured worse on the dated sets' half A (each says why).
    """

    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    dated: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    lead_only: frozenset[str] = frozenset()


LABELS: dict[str, Labels] = {
    "en": Labels(
        published=("published", "first published", "posted", "created", "written", "released"),
        updated=("updated", "last updated", "modified", "last modified", "last update"),
        dated=("date",),
        joins=("on", "at"),
        # "Last updated 04 Jun 2020, originally created 17 Jun 2019": inside a line, after
        # the update, the truth of the dated sets takes the update (a half-A page, both sets).
        lead_only=frozenset({"created"}),
    ),
    "de": Labels(
        published=(
            "veröffentlicht",
            "veröffentlichung",
            "erschienen",
            "erstellt",
            "publiziert",
            "geschrieben",
        ),
        updated=(
            "aktualisiert",
            "zuletzt aktualisiert",
            "letzte aktualisierung",
            "geändert",
            "zuletzt geändert",
            "letzte änderung",
            "stand",
        ),
        dated=(
            "datum",
            "artikel vom",
            "beitrag vom",
            "meldung vom",
            "pressemitteilung vom",
            "nachricht vom",
        ),
        joins=("am", "um"),
        # "Stand: 20. April 2020, 14:57 Uhr", the one stamp of public broadcasters' pages: read
        # inside a line as an update, it yields to a day without its time (a half-A page).
        lead_only=frozenset({"stand"}),
    ),
    "fr": Labels(
        published=("publié", "publiée", "mis en ligne", "date de publication"),
        updated=("mis à jour", "mise à jour", "dernière mise à jour", "modifié", "actualisé"),
        joins=("le",),
    ),
    "es": Labels(
        published=("publicado", "publicada", "publicación"),
        updated=(
            "actualizado",
            "actualizada",
            "actualización",
            "última actualización",
            "modificado",
        ),
        dated=("fecha",),
        joins=("el",),
    ),
    "it": Labels(
        published=("pubblicato", "pubblicata", "pubblicazione"),
        updated=("aggiornato", "aggiornata", "aggiornamento", "ultimo aggiornamento", "modificato"),
        dated=("data",),
        joins=("il",),
    ),
    "pt": Labels(
        published=("publicado", "publicada", "publicação"),
        updated=("atualizado", "atualizada", "atualização", "última atualização", "actualizado"),
        dated=("data",),
        joins=("em",),
    ),
    "nl": Labels(
        published=("gepubliceerd", "geplaatst"),
        updated=("bijgewerkt", "laatst bijgewerkt", "laatste update", "gewijzigd", "aangepast"),
    ),
    "pl": Labels(
        published=("opublikowano", "publikacja", "data publikacji"),
        updated=("zaktualizowano", "aktualizacja", "ostatnia aktualizacja", "zmodyfikowano"),
        dated=("data",),
    ),
    "cs": Labels(
        published=("publikováno", "zveřejněno", "vydáno"),
        updated=("aktualizováno", "aktualizace", "poslední aktualizace", "upraveno"),
    ),
    "ru": Labels(
        published=("опубликовано", "опубликован", "дата публикации"),
        updated=("обновлено", "обновлён", "последнее обновление", "изменено"),
    ),
    "uk": Labels(
        published=("опубліковано", "дата публікації"),
        updated=("оновлено", "останнє оновлення", "змінено"),
    ),
    "tr": Labels(
        published=("yayınlanma", "yayınlandı", "yayın tarihi", "yayımlanma"),
        updated=("güncelleme", "son güncelleme", "güncellendi", "güncellenme"),
    ),
    "sv": Labels(
        published=("publicerad", "publicerat", "publicerades"),
        updated=("uppdaterad", "uppdaterat", "uppdaterades", "senast uppdaterad", "ändrad"),
    ),
    "da": Labels(
        published=("offentliggjort", "publiceret", "udgivet"),
        updated=("opdateret", "sidst opdateret", "ændret"),
    ),
    "fi": Labels(
        published=("julkaistu",), updated=("päivitetty", "viimeksi päivitetty", "muokattu")
    ),
    "hu": Labels(
        published=("közzétéve", "megjelent", "publikálva", "létrehozva"),
        updated=("frissítve", "frissítés", "utolsó frissítés", "módosítva"),
    ),
    "ro": Labels(
        published=("publicat", "publicată", "data publicării"),
        updated=("actualizat", "actualizată", "actualizare", "ultima actualizare", "modificat"),
    ),
    "el": Labels(
        published=("δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε"),
        updated=("ενημέρωση", "ενημερώθηκε", "τελευταία ενημέρωση", "τροποποιήθηκε"),
    ),
    "id": Labels(
        published=("diterbitkan", "dipublikasikan", "terbit"),
        updated=("diperbarui", "diperbaharui", "terakhir diperbarui"),
        joins=("pada",),
    ),
    "vi": Labels(
        published=(
            "ngày đăng",
            "đăng ngày",
            "đăng lúc",
            "xuất bản",
            "ngày xuất bản",
            "thời gian đăng",
        ),
        updated=("cập nhật",),
        joins=("lúc", "ngày"),
    ),
    # Round 13: the other languages of ``benchmarks/date_forms.py`` (CLDR has no such words:
    # these are the labels their news sites print, checked by ``benchmarks/date_labels.py``).
    # Thai and Armenian are left out (Thai writes no space after a label; Armenian unsure).
    "sk": Labels(
        published=("publikované", "zverejnené", "uverejnené"),
        updated=("aktualizované", "aktualizácia", "posledná aktualizácia", "upravené"),
    ),
    "nb": Labels(
        published=("publisert",),
        updated=("oppdatert", "sist oppdatert", "endret", "sist endret"),
    ),
    "hr": Labels(published=("objavljeno",), updated=("ažurirano", "zadnje ažuriranje")),
    "sl": Labels(published=("objavljeno",), updated=("posodobljeno", "zadnja posodobitev")),
    "sr": Labels(published=("објављено", "objavljeno"), updated=("ажурирано", "ažurirano")),
    "bg": Labels(
        published=("публикувано", "публикуван"),
        updated=("обновено", "актуализирано", "последна актуализация"),
    ),
    "lt": Labels(published=("paskelbta", "publikuota"), updated=("atnaujinta",)),
    "lv": Labels(published=("publicēts",), updated=("atjaunots", "atjaunināts")),
    "et": Labels(published=("avaldatud",), updated=("uuendatud", "viimati uuendatud", "muudetud")),
    "ca": Labels(
        published=("publicat", "publicada"),
        updated=("actualitzat", "actualitzada", "actualització", "darrera actualització"),
        dated=("data",),
        joins=("el",),
    ),
    "sq": Labels(published=("publikuar",), updated=("përditësuar",), joins=("më",)),
    "ms": Labels(
        published=("diterbitkan", "disiarkan"),
        updated=("dikemas kini", "dikemaskini"),
        joins=("pada",),
    ),
    "ko": Labels(
        published=("입력", "기사입력", "등록", "등록일", "작성일"),
        updated=("수정", "최종수정", "수정일", "업데이트"),
    ),
    "ja": Labels(
        published=("公開日", "投稿日", "掲載日"), updated=("更新日", "最終更新日", "更新")
    ),
    "zh": Labels(
        published=(
            "发布时间",
            "發布時間",
            "发布日期",
            "發佈日期",
            "发表时间",
            "發表時間",
            "发布于",
            "發布於",
            "发表于",
            "發表於",
        ),
        updated=("更新时间", "更新時間", "最后更新", "最後更新", "更新于", "更新於"),
        dated=("日期",),
    ),
    "ar": Labels(
        published=("تاريخ النشر", "نشر في", "نُشر في", "نشر بتاريخ"),
        updated=("آخر تحديث", "تاريخ التحديث", "تم التحديث"),
    ),
    "he": Labels(published=("פורסם", "תאריך פרסום"), updated=("עודכן", "עדכון אחרון")),
    "fa": Labels(
        published=("تاریخ انتشار", "زمان انتشار", "منتشر شده"),
        updated=("آخرین به\u200cروزرسانی", "آخرین بروزرسانی", "به\u200cروزرسانی"),
    ),
    "hi": Labels(published=("प्रकाशित",), updated=("अपडेटेड", "अपडेट", "अंतिम अपडेट")),
}


def words(*kinds: str, table: dict[str, Labels] = LABELS, mid_line: bool = False) -> list[str]:
    """Every language's words of these kinds ("published", "updated", "dated", "joins"), each
    once, longest first (an alternation tries "last updated" before "updated"); ``mid_line``:
    only those read anywhere in a line (not ``lead_only``)."""
    found = {
        w
        for labels in table.values()
        for kind in kinds
        for w in getattr(labels, kind)
        if not (mid_line and w in labels.lead_only)
    }
    return sorted(found, key=lambda w: (-len(w), w))


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of *items*, a space in a word matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


# A label is a whole word: no letter right before or after it ("Aktualisierungen" is not one).
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


def line_label_pattern(table: dict[str, Labels] = LABELS) -> str:
    """A publication or an update label anywhere in a line; the group says which."""
    published = alternation(words("published", table=table, mid_line=True))
    updated = alternation(words("updated", table=table, mid_line=True))
    return (
        rf"{_NOT_AFTER_LETTER}(?:(?P<published>{published})|(?P<updated>{updated}))"
        rf"{_NOT_BEFORE_LETTER}"
    )


def lead_label_pattern(table: dict[str, Labels] = LABELS) -> str:
    """Any label opening a line, then its small word and/or colon (group ``sep``); group
    ``updated`` when the label is an update's ("Zuletzt geändert am:", "Cập nhật ngày:")."""
    updated = alternation(words("updated", table=table))
    others = alternation(words("published", "dated", table=table))
    joins = alternation(words("joins", table=table))
    return (
        rf"^(?:(?P<updated>{updated})|(?:{others})){_NOT_BEFORE_LETTER}"
        rf"(?P<sep>\s*(?:{joins}){_NOT_BEFORE_LETTER}\s*[:：]?|\s*[:：])?"
    )


def update_stamp_pattern(table: dict[str, Labels] = LABELS) -> str:
    """An update label, then one to three numeric groups (day, time) joined by spaces, its
    language's small words or separators, up to the next separator ("Cập nhật: 09/01/2026
    08:00 | Đăng: …", "Updated 10:05 09.01.2026 · Published …")."""
    updated = alternation(words("updated", table=table, mid_line=True))
    joins = alternation(words("joins", table=table))
    return (
        rf"{_NOT_AFTER_LETTER}(?:{updated})"
        rf"(?:\s*(?:(?:{joins}){_NOT_BEFORE_LETTER}|:|,|[-–])?\s*[\d/.:\-]*\d"
        r"(?:\s*(?:SA|CH|AM|PM)\b)?){1,3}"
    )


def initials_pattern(items: Iterable[str]) -> str:
    """A regex character class of the first characters of *items*: under ``re.IGNORECASE``
    it matches a text's first character exactly when one of the words could open it."""
    return "[" + "".join(re.escape(c) for c in sorted({w[0] for w in items})) + "]"


def ascii_heads(items: Iterable[str]) -> frozenset[str]:
    """Every two-character ASCII text that an alternation of *items* (read with
    ``re.IGNORECASE``, a space as whitespace) may open with: a line whose first two characters
    are ASCII and not among them opens with none of the words. Each character's ASCII matches
    are found by the regex engine itself (its case folding: "k" and the Kelvin sign, "s" and
    "ſ")."""
    ascii_chars = [chr(i) for i in range(128)]

    def matching(piece: str) -> list[str]:
        one = re.compile(piece, re.IGNORECASE)
        return [c for c in ascii_chars if one.fullmatch(c) is not None]

    pieces: dict[str, list[str]] = {}
    heads: set[str] = set()
    for w in items:
        second = r"[\s\S]" if len(w) < 2 else r"\s" if w[1] == " " else re.escape(w[1])
        for piece in (re.escape(w[0]), second):
            if piece not in pieces:
                pieces[piece] = matching(piece)
        heads.update(a + b for a in pieces[re.escape(w[0])] for b in pieces[second])
    return frozenset(heads)


def opens_with(line: str, heads: frozenset[str], initials: re.Pattern[str]) -> bool:
    """Whether *line* may open with one of the words whose ``ascii_heads`` are *heads* and
    ``initials_pattern`` *initials*: False only where no word can open it."""
    head = line[:2]
    if len(head) == 2 and head.isascii():
        return head in heads
    return initials.match(line) is not None


LINE_LABEL_RE = re.compile(line_label_pattern(), re.IGNORECASE)
LEAD_LABEL_RE = re.compile(lead_label_pattern(), re.IGNORECASE)
# What every label ``LEAD_LABEL_RE`` opens with: its first two characters when they are ASCII,
# else its first. ``match`` tries the alternation's hundred-odd words one by one, each
# character folded (IGNORECASE), on every text and tail of a page
# (``published._scan_labelled_lines``); a set lookup turns most lines away first.
_LEAD_WORDS = words("updated", "published", "dated")
LEAD_LABEL_HEADS = ascii_heads(_LEAD_WORDS)
LEAD_LABEL_START_RE = re.compile(initials_pattern(_LEAD_WORDS), re.IGNORECASE)


def lead_label(line: str) -> re.Match[str] | None:
    """``LEAD_LABEL_RE.match(line)``, after the cheap test that *line* may open with a label
    (``opens_with``)."""
    if not opens_with(line, LEAD_LABEL_HEADS, LEAD_LABEL_START_RE):
        return None
    return LEAD_LABEL_RE.match(line)


UPDATE_STAMP_RE = re.compile(update_stamp_pattern(), re.IGNORECASE)

# Each publication or update label's first word: a line holding none of them (most lines
# read) skips ``LINE_LABEL_RE``.
LINE_LABEL_FIRST_WORDS = frozenset(
    w.split()[0] for w in words("published", "updated", mid_line=True)
)
