"""The analysis views of one document, each computed once on first use: the one door to them.

A check reads ``ctx.views.outline``, ``ctx.views.relations``…; the functions below
(:func:`outline_of`, :func:`sections_of`…) are the same views for code that holds a document
and a profile. The modules of :mod:`fazhi_lint.analysis` compute a view afresh
(``build_outline``, ``find_debris``…); only this module keeps them, in one
:class:`DocumentViews` per document.

A view that raises is not a missing view: the failure is kept (a second use raises the same
:class:`ViewFailed` at once, without computing again), the engine reports it as one ``E999``
naming the view, and the checks that needed it are skipped. A view built on a failed view
fails with the same cause.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ..model import Block, Document

if TYPE_CHECKING:
    from ..profiles import Profile
    from .debris import CleanBlock, Finding
    from .ending import Ending
    from .kind import DocumentKind
    from .masks import TextView
    from .outline import Outline
    from .prefilter import TextIndex
    from .privacy import Found, Masker
    from .quantities import BlockQuantities
    from .ranges import RangeUse
    from .relations import Relation, SectionRange
    from .roles import BlockRoles
    from .sections import SectionMap
    from .sentences import Sentence

T = TypeVar("T")
CACHE_KEY = "views"

#: What each view is, for the reviewer reading an E999.
VIEW_NAMES = {
    "outline": "标题、层级和报告年度",
    "sections": "必备内容所在部分",
    "kind": "文件类别",
    "sentences": "句子",
    "debris": "转换和网页残留",
    "clean": "去除残留后的文字",
    "damaged": "损坏副本迹象",
    "quantities": "数字和单位",
    "statistics_sections": "统计检查所用的部分划分",
    "relations": "数字之间的关系",
    "masks": "标点检查不看的范围（网址、标题编号、残留）",
    "ending": "文末署名和成文日期",
    "roles": "版式检查所用的标题、正文段落",
    "privacy": "不得公开的个人信息和密级标志",
    "ranges": "起止范围及其连接号",
    "body_index": "正文全文（逐段查找前的整体预查）",
    "clean_body_index": "去除残留后的正文全文（逐段查找前的整体预查）",
}


class ViewFailed(Exception):
    """An analysis view raised: the checks that need it are skipped (one E999 names it)."""

    def __init__(self, view: str, cause: BaseException):
        super().__init__(f"{view}: {type(cause).__name__}: {cause}")
        self.view = view
        self.cause = cause

    @property
    def message(self) -> str:
        """The E999 message (Chinese)."""
        what = VIEW_NAMES.get(self.view, self.view)
        return f"分析视图 {self.view}（{what}）计算失败：{type(self.cause).__name__}: {self.cause}"


class view(Generic[T]):
    """A view of :class:`DocumentViews`: computed on first use; a failure is kept too."""

    def __init__(self, func: Callable[[DocumentViews], T]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> view[T]: ...

    @overload
    def __get__(self, obj: DocumentViews, owner: type) -> T: ...

    def __get__(self, obj: DocumentViews | None, owner: type) -> view[T] | T:
        if obj is None:
            return self
        values = obj._values
        if self.name not in values:
            try:
                values[self.name] = self.func(obj)
            except ViewFailed as failed:  # built on a failed view: the same cause
                values[self.name] = failed
            except Exception as exc:
                values[self.name] = ViewFailed(self.name, exc)
        value = values[self.name]
        if isinstance(value, ViewFailed):
            raise value
        return value


class DocumentViews:
    """Every analysis view of one document (and, for the views that need one, a profile)."""

    def __init__(self, document: Document, profile: Profile | None = None):
        self.document = document
        self._profile = profile
        self._values: dict[str, Any] = {}

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            raise ValueError("this view needs a profile (views_of(document, profile))")
        return self._profile

    def provide(self, name: str, value: Any) -> None:
        """Use ``value`` as the view ``name`` (a stub in a test, a view computed elsewhere)."""
        if not isinstance(getattr(type(self), name, None), view):
            raise AttributeError(f"no view named {name!r}")
        self._values[name] = value

    def failures(self) -> list[ViewFailed]:
        """The views that failed so far (each once, by its own name)."""
        return [v for k, v in self._values.items() if isinstance(v, ViewFailed) and v.view == k]

    # -- structure ---------------------------------------------------------------------------
    @view
    def outline(self) -> Outline:
        """Title, headings, levels, section tree and report year."""
        from .outline import build_outline

        return build_outline(self.document, self.profile)

    @view
    def sections(self) -> SectionMap:
        """Where each required content (C1–C5) is."""
        from .sections import build_sections

        return build_sections(self.document, self.profile, self.outline)

    @view
    def kind(self) -> DocumentKind:
        """A report of the profile's kind, another report, or neither."""
        from .kind import classify_kind

        return classify_kind(self.document, self.profile, self.outline, lambda: self.sections)

    # -- text --------------------------------------------------------------------------------
    @view
    def sentences(self) -> list[Sentence]:
        """The sentences of every body block, in reading order."""
        from .sentences import split_sentences

        return split_sentences(self.document)

    @view
    def debris(self) -> tuple[Finding, ...]:
        """Conversion and web-page debris (T001, T002)."""
        from .debris import find_debris

        return find_debris(self.document)

    @view
    def clean(self) -> dict[int, CleanBlock]:
        """The blocks that carry debris, read without it (by block index)."""
        from .debris import clean_text

        return clean_text(self.document, self.debris)

    @view
    def damaged(self) -> tuple[str, Block, int] | None:
        """Why the file is a damaged copy (T003), or None."""
        from .debris import find_damaged

        return find_damaged(self.document)

    @view
    def body_index(self) -> TextIndex:
        """The body blocks' texts joined: a pattern found nowhere in it is not searched for
        paragraph by paragraph (:mod:`.prefilter`)."""
        from .prefilter import TextIndex

        return TextIndex(b.text for b in self.document.blocks if b.is_body)

    @view
    def clean_body_index(self) -> TextIndex:
        """:attr:`body_index` of the body blocks read without debris (the ``clean`` view)."""
        from .prefilter import TextIndex

        clean = self.clean
        return TextIndex(
            clean[b.index].block.text if b.index in clean else b.text
            for b in self.document.blocks
            if b.is_body
        )

    @view
    def masks(self) -> TextView:
        """The body blocks with the ranges the typography checks must not look at."""
        from .masks import build_text_view

        return build_text_view(self.document, self.outline, self.debris)

    @view
    def ranges(self) -> list[RangeUse]:
        """The ranges of the body (years, times, dates, numbers) with their connectors."""
        from .ranges import find_ranges

        return find_ranges(self.masks)

    @view
    def privacy(self) -> tuple[Found, ...]:
        """ID, mobile and bank card numbers, secrecy markings, names next to case details."""
        from .privacy import find_sensitive

        return find_sensitive(self.document)

    # -- the end and the layout --------------------------------------------------------------
    @view
    def ending(self) -> Ending:
        """The signing body and the date of writing at the end."""
        from .ending import find_ending

        return find_ending(self.document)

    @view
    def roles(self) -> BlockRoles:
        """Title, headings by level and body paragraphs, as the layout checks read them."""
        from .roles import find_roles

        return find_roles(self.document, self.outline, self.ending)

    # -- statistics --------------------------------------------------------------------------
    @view
    def quantities(self) -> list[BlockQuantities]:
        """The figures, units and years of every body block (page furniture left out)."""
        from .quantities import quantities_of as extract_quantities

        return extract_quantities(self.document, self.clean)

    @view
    def statistics_sections(self) -> tuple[int | None, list[SectionRange]]:
        """The year the report is on and its top-level parts with their roles (C1…C5)."""
        from .relations.years import work_year

        outline = self.outline
        year = work_year(outline.title_text, outline.report_year)
        if year is None:
            return None, []
        return year, self.sections_for(year)

    @view
    def relations(self) -> list[Relation]:
        """Every relation between figures (the N checks report the contradictions)."""
        from .relations import analyze_document

        year, sections = self.statistics_sections
        return analyze_document(self.document, year, sections, self.quantities)

    def sections_in(self, year: int | None) -> SectionMap:
        """:attr:`sections` as in a report on ``year`` (a heading naming the next year is the
        plan): the view itself when the outline found that year."""
        if year == self.outline.report_year:
            return self.sections
        key = f"sections.{year}"
        if key not in self._values:
            from .sections import build_sections

            self._values[key] = build_sections(self.document, self.profile, self.outline, year)
        found: SectionMap = self._values[key]
        return found

    def sections_for(self, year: int) -> list[SectionRange]:
        """The top-level parts as the statistics checks read them in a report on ``year``:
        the roles of :attr:`sections`, a thematic heading naming only the next year as the
        plan (2025年主要任务), and the thematic parts before the problems or the plan as the
        year's work (an implicit C1). The statistics golden set is scored through this too."""
        from .relations import SectionRange
        from .relations.years import next_year_heading

        smap = self.sections_in(year)
        thematic = {id(s) for s in smap.thematic}
        found = []  # (section, its title, its role)
        for section in self.outline.top_sections():
            if section.heading is None:
                continue
            title = section.heading.title
            role = smap.key_of(section) or ""
            if not role and id(section) in thematic and next_year_heading(title, year):
                role = "C4"  # a thematic heading naming only the next year is the plan
            found.append((section, title, role))
        later = [s.start for s, _, role in found if role in ("C2", "C4")]
        limit = min(later, default=len(self.document.blocks))
        ranges = []
        for section, title, role in found:
            if not role and id(section) in thematic and section.start < limit:
                role = "C1"
            ranges.append(SectionRange(role, section.start, section.end, title))
        return ranges


def views_of(document: Document, profile: Profile | None = None) -> DocumentViews:
    """The views of ``document``, created on first use and kept with it. A different profile
    than the one the views were computed with starts afresh."""
    current = document.cache.get(CACHE_KEY)
    if isinstance(current, DocumentViews):
        if profile is None or current._profile is profile:
            return current
        if current._profile is None:
            current._profile = profile
            return current
        if current._profile == profile:
            return current
    views = DocumentViews(document, profile)
    document.cache[CACHE_KEY] = views
    return views


# -- the same views as functions --------------------------------------------------------------


def outline_of(document: Document, profile: Profile) -> Outline:
    return views_of(document, profile).outline


def sections_of(document: Document, profile: Profile) -> SectionMap:
    return views_of(document, profile).sections


def kind_of(document: Document, profile: Profile) -> DocumentKind:
    return views_of(document, profile).kind


def other_report(document: Document, profile: Profile) -> str | None:
    """The kind of report named by a title that is not ours (e.g. 政府信息公开工作年度报告)."""
    kind = kind_of(document, profile)
    return kind.name if kind.kind == "other" else None


def sentences_of(document: Document) -> list[Sentence]:
    return views_of(document).sentences


def scan(document: Document) -> list[Finding]:
    """The debris findings (T001, T002) of a document."""
    return list(views_of(document).debris)


def clean_blocks(document: Document) -> dict[int, CleanBlock]:
    return views_of(document).clean


def damaged(document: Document) -> tuple[str, Block, int] | None:
    return views_of(document).damaged


def masker_of(document: Document) -> Masker:
    """What masks the document's sensitive values (the view ``privacy``) in every output;
    masks nothing when that view failed (the engine reports the failure as E999)."""
    from .privacy import Masker

    try:
        found = views_of(document).privacy
    except ViewFailed:
        found = ()
    return Masker(found)


def quantities_of(document: Document) -> list[BlockQuantities]:
    return list(views_of(document).quantities)


def statistics_sections(
    document: Document, profile: Profile, year: int | None = None
) -> tuple[int | None, list[SectionRange]]:
    """The report year and the parts the statistics checks read; with ``year`` given (a
    labelled case of the golden set), the parts of a report on that year."""
    views = views_of(document, profile)
    if year is None:
        return views.statistics_sections
    return year, views.sections_for(year)


__all__ = [
    "DocumentViews",
    "ViewFailed",
    "clean_blocks",
    "damaged",
    "kind_of",
    "masker_of",
    "other_report",
    "outline_of",
    "quantities_of",
    "scan",
    "sections_of",
    "sentences_of",
    "statistics_sections",
    "views_of",
]
