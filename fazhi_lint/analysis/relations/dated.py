"""Events counted by the dates they were held on (N203, read by :mod:`.announced`).

「2020年4月27日和10月21日举办3场…培训班」: a run of two or more days (月 and 日, a year
before the first allowed) joined by 、, 和, 及 or 与, then at most ``VERB`` characters of the act
(举办, 分别召开了, 先后开展), then a count of instances (场, 次, 期, 批, 轮: numbers.toml
``announced.instance-measures``). Each day is one event, so the days are the list of the count.
Not read: a range (「4月27日至28日」: the 至 breaks the run), a date followed by 起 or 以来, and
a clause mark between the dates and the count (the dates are then of another clause).
Several sessions may share one day, so the caller reports a warning at most.
"""

from __future__ import annotations

import re

VERB = 6  # characters of the act between the last date and the count
_DAY = r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]"
_DAYS_RE = re.compile(
    rf"(?P<days>{_DAY}(?:(?:、|和|及|与|以及){_DAY})+)"
    rf"(?P<verb>[\u4e00-\u9fff]{{0,{VERB}}})$"
)
_DAY_RE = re.compile(_DAY)
_SINCE = ("起", "以来", "至", "到", "前", "后")
REACH = 80  # characters before the count read for the dates


def dated_items(text: str, num_start: int) -> list[str]:
    """The days right before the count at ``num_start`` (empty when there is no such run)."""
    before = text[max(0, num_start - REACH) : num_start]
    m = _DAYS_RE.search(before)
    if m is None or m.group("verb").startswith(_SINCE):
        return []
    return _DAY_RE.findall(m.group("days"))
