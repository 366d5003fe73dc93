"""Sample inboxes for the batch and report tests: the fixtures in every format plus bad files.

``build_inbox(folder)`` copies the seed fixtures (.txt, both .docx variants, the misc
Markdown/HTML/encoded text, and the PDFs when the PDF fixtures exist) and adds the files a
reviewer's inbox always has: a corrupt .docx, a legacy .doc, an encrypted PDF (when
reportlab can write one) and an empty file. ``BAD`` says which E code each bad file must get.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ole2_samples import docx_bytes, ole2_file

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

# file name -> the E codes it may get
BAD = {
    "损坏.docx": {"E005"},
    "旧版.doc": {"E003"},
    "空白.txt": {"E006"},
    "加密.pdf": {"E004"},
}


def encrypted_pdf() -> bytes | None:
    """A one-page PDF that needs a password to open (None without reportlab)."""
    existing = FIXTURES / "pdf" / "rl-encrypted.pdf"
    if existing.is_file():
        return existing.read_bytes()
    try:
        import io

        from reportlab.lib import pdfencrypt
        from reportlab.pdfgen import canvas
    except ImportError:
        return None
    buffer = io.BytesIO()
    encrypt = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner", canPrint=1)
    page = canvas.Canvas(buffer, invariant=1, encrypt=encrypt)
    page.drawString(72, 720, "2023 report")
    page.showPage()
    page.save()
    return buffer.getvalue()


def build_inbox(
    folder: Path,
    *,
    seeds: tuple[str, ...] = ("000", "001", "002", "003", "004"),
    pdfs: bool = True,
) -> list[Path]:
    """Fill ``folder`` with the fixtures in every format and the bad files; returns them.

    ``pdfs=False`` leaves out the seed PDFs (reading them is the slow part of a run); the
    encrypted PDF stays.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        for source in sorted((FIXTURES / "seeds").glob(f"{seed}*")):
            target = folder / source.name
            shutil.copyfile(source, target)
            written.append(target)
        for source in sorted((FIXTURES / "pdf").glob(f"{seed}-*.pdf")) if pdfs else ():
            target = folder / source.name
            shutil.copyfile(source, target)
            written.append(target)
    for source in sorted((FIXTURES / "misc").glob("*")):
        target = folder / source.name
        shutil.copyfile(source, target)
        written.append(target)
    bad = {
        "损坏.docx": docx_bytes()[:700],  # a zip cut short
        "旧版.doc": ole2_file("WordDocument", "1Table", "\x05SummaryInformation"),
        "空白.txt": b"",
    }
    pdf = encrypted_pdf()
    if pdf is not None:
        bad["加密.pdf"] = pdf
    for name, data in bad.items():
        target = folder / name
        target.write_bytes(data)
        written.append(target)
    return written
