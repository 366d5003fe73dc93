"""Chinese and Arabic numerals to exact values (``int`` / ``Decimal``), never floats.

The text itself is never rewritten: these helpers convert a matched substring only.
``cn_to_int`` handles grouped numerals (一百二十, 两万三千, 一亿零五百万), digit-by-digit
ones (二〇二三), financial forms (壹佰贰拾) and the placeholder 几 (with ``few=``).
cn2an is used only as a test oracle, not as a dependency.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

# Full-width digits and signs -> ASCII, applied to a matched number only (one char -> one char).
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")


class NumeralError(ValueError):
    """The string is not a numeral this module understands."""


def cn_to_int(text: str, few: int = 1) -> int:
    """Value of a Chinese numeral. ``几`` counts as ``few`` (1 for a lower bound, 9 for upper).

    >>> cn_to_int("一百二十"), cn_to_int("两万三千"), cn_to_int("二〇二三"), cn_to_int("十五")
    (120, 23000, 2023, 15)
    """
    if not text:
        raise NumeralError("empty numeral")
    digits = {**CN_DIGITS, "几": few}
    if all(ch in digits for ch in text):
        if len(text) == 1:
            return digits[text]
        # digit by digit: 二〇二三 -> 2023
        value = 0
        for ch in text:
            value = value * 10 + digits[ch]
        return value
    total = 0  # completed 亿 groups
    section = 0  # completed 万 group below the current 亿
    current = 0  # below 万
    digit: int | None = None
    for ch in text:
        if ch in digits:
            if digit is not None and ch not in "零〇○":
                # two digits in a row inside a grouped numeral (e.g. 二十三四): not a single number
                raise NumeralError(f"unexpected digit in {text!r}")
            digit = digits[ch] if ch not in "零〇○" else None
        elif ch in CN_SMALL_UNITS:
            current += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        elif ch in CN_BIG_UNITS:
            unit = CN_BIG_UNITS[ch]
            group = current + (digit or 0)
            if unit == 10_000:
                section = (section + group) * unit if group or section else unit
            else:
                total = (total + section + group) * unit if (total or section or group) else unit
                section = 0
            current = 0
            digit = None
        else:
            raise NumeralError(f"not a Chinese numeral: {text!r}")
    return total + section + current + (digit or 0)


def count_or_none(text: str) -> int | None:
    """A count written in digits or as a Chinese numeral (「12」「十二」「两」), None when it is
    neither — the one reading of a count word the relations share.

    >>> count_or_none("12"), count_or_none("十二"), count_or_none("若干")
    (12, 12, None)
    """
    try:
        return int(text) if text.isdigit() else cn_to_int(text)
    except ValueError:  # NumeralError is one; int() of a non-ASCII digit such as 「²」 another
        return None


def cn_to_decimal(text: str, few: int = 1) -> Decimal:
    """A Chinese numeral that may contain a decimal point 点 (百分之九十五点五 -> 95.5)."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac or any(ch not in CN_DIGITS for ch in frac):
            raise NumeralError(f"bad decimal numeral {text!r}")
        frac_digits = "".join(str(CN_DIGITS[ch]) for ch in frac)
        return Decimal(f"{cn_to_int(whole, few) if whole else 0}.{frac_digits}")
    return Decimal(cn_to_int(text, few))


def arabic_to_decimal(text: str) -> Decimal:
    """An Arabic number as printed (full-width digits, thousands commas, spaces allowed)."""
    clean = text.translate(_FULLWIDTH).replace(",", "").replace(" ", "").replace("\u3000", "")
    clean = clean.replace("\u2009", "").replace("\u202f", "")
    try:
        return Decimal(clean)
    except InvalidOperation:
        raise NumeralError(f"not a number: {text!r}") from None


def decimals_of(text: str) -> int:
    """How many digits the printed number has after the decimal point."""
    clean = text.translate(_FULLWIDTH)
    if "." not in clean:
        return 0
    return len(clean.rsplit(".", 1)[1].strip())


def trailing_zeros(text: str) -> int:
    """Trailing zeros of the integer digits of a printed Arabic integer (5000 -> 3)."""
    clean = text.translate(_FULLWIDTH).replace(",", "").replace(" ", "")
    if "." in clean or not clean.isdigit():
        return 0
    stripped = clean.rstrip("0")
    return len(clean) - len(stripped) if stripped else 0


def fmt(value: Decimal) -> str:
    """A Decimal without exponent or needless trailing zeros (1.140E+4 -> 11400)."""
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
