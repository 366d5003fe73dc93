"""The form fixtures (fixtures/build_form_fixtures.py): a GB/T 9704-correct report and variants
that each break one rule give exactly their finding, as .docx and as exported PDF."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter

ROOT = Path(__file__).resolve().parent.parent


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_form_fixtures", ROOT / "fixtures" / "build_form_fixtures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


B = _builder()


@pytest.fixture(scope="module")
def docx_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made: dict[str, Path] = B.build(tmp_path_factory.mktemp("form"))
    return made


@pytest.fixture(scope="module")
def pdf_files(docx_files: dict[str, Path]) -> dict[str, Path]:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    folder = next(iter(docx_files.values())).parent
    pdfs = B.export_pdfs(list(docx_files.values()), folder)
    return {variant: pdf for variant, pdf in zip(docx_files, pdfs, strict=True)}


def f_codes(path: Path, profile: str = "national") -> list[str]:
    result = Linter(Config(select=("F",), profile=profile)).lint_path(path)
    return sorted(d.code for d in result.diagnostics)


@pytest.mark.parametrize(("variant", "code"), list(B.VARIANTS.items()))
def test_docx_variant_gives_exactly_its_finding(
    docx_files: dict[str, Path], variant: str, code: str | None
) -> None:
    assert f_codes(docx_files[variant]) == ([code] if code else [])


@pytest.mark.parametrize(("variant", "code"), list(B.PDF_VARIANTS.items()))
def test_pdf_variant_gives_exactly_its_finding(
    pdf_files: dict[str, Path], tmp_path: Path, variant: str, code: str | None
) -> None:
    profile = tmp_path / "export.toml"
    profile.write_text(B.PDF_PROFILE, encoding="utf-8")
    assert f_codes(pdf_files[variant], str(profile)) == ([code] if code else [])


def test_body_font_finding_counts_and_places(docx_files: dict[str, Path]) -> None:
    result = Linter(Config(select=("F102",))).lint_path(docx_files["body-font-theme"])
    (finding,) = result.diagnostics
    assert finding.message.startswith("正文有16段的字体为文泉驿正黑，应为仿宋类字体")
    assert "第2段、第5段、第6段等" in finding.message
    assert finding.data["count"] == 16


def test_national_pdf_export_without_the_fonts_is_reported(pdf_files: dict[str, Path]) -> None:
    # under the national profile the substitute fonts of the export are what the PDF shows
    codes = f_codes(pdf_files["correct"])
    assert "F102" in codes


def _profile(folder: Path, name: str, layout: str) -> str:
    path = folder / f"{name}.toml"
    path.write_text(f'extends = "national"\nname = "{name}"\n[layout]\n{layout}', "utf-8")
    return str(path)


def test_regional_profile_overrides_silence_the_national_rule(
    docx_files: dict[str, Path], tmp_path: Path
) -> None:
    margins = _profile(
        tmp_path,
        "region-margins",
        "margin-top-mm = 25.4\nmargin-bottom-mm = 25.4\nmargin-left-mm = 31.8\n"
        "margin-right-mm = 31.8\nlines-per-page = 24\n",
    )
    assert f_codes(docx_files["margins"]) == ["F101"]
    assert f_codes(docx_files["margins"], margins) == []
    assert f_codes(docx_files["correct"], margins) == ["F101"]
    font = _profile(tmp_path, "region-font", 'body-font = "黑体"\n')
    assert f_codes(docx_files["body-font-style"]) == ["F102"]
    assert f_codes(docx_files["body-font-style"], font) == []
    assert f_codes(docx_files["correct"], font) == ["F102"]


def test_tianjin_inherits_the_national_layout(docx_files: dict[str, Path]) -> None:
    assert f_codes(docx_files["correct"], "tianjin") == []
    assert f_codes(docx_files["margins"], "tianjin") == ["F101"]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("仿宋_GB2312", "仿宋"),
        ("FangSong", "仿宋"),
        ("方正仿宋_GBK", "仿宋"),
        ("楷体_GB2312", "楷体"),
        ("KaiTi", "楷体"),
        ("SimHei", "黑体"),
        ("方正小标宋简体", "小标宋"),
        ("方正小标宋_GBK", "小标宋"),
        ("宋体", "宋体"),
        ("等线", None),
    ],
)
def test_font_names_normalise_to_families(name: str, family: str | None) -> None:
    from fazhi_lint.checks.layout import font_family

    assert font_family(name) == family


def test_addressee_line_is_not_body_text(docx_files: dict[str, Path], tmp_path: Path) -> None:
    # 主送机关 is flush left (GB/T 9704 §7.3.2): a variant with one, unindented, stays clean
    data = B.build_variant("correct")
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                addressee = (
                    '<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>各街道办事处，区政府各委、办、局，各有关单位：</w:t></w:r></w:p>'
                ).encode()
                marker = b"</w:p>"
                first = content.index(marker) + len(marker)
                content = content[:first] + addressee + content[first:]
            target.writestr(item, content)
    path = tmp_path / "addressee.docx"
    path.write_bytes(out.getvalue())
    assert f_codes(path) == []


def test_pdf_margins_are_measured_at_the_docx_rule_severity(
    pdf_files: dict[str, Path], tmp_path: Path
) -> None:
    profile = tmp_path / "export.toml"
    profile.write_text(B.PDF_PROFILE, encoding="utf-8")
    config = Config(select=("F101",), profile=str(profile))
    (finding,) = Linter(config).lint_path(pdf_files["margin-top"]).diagnostics
    assert finding.severity.label == "warning"
    assert "上边距约2" in finding.message and "应为37 mm" in finding.message
    (finding,) = Linter(config).lint_path(pdf_files["margin-right"]).diagnostics
    assert "右边距约3" in finding.message and "版心约150×225 mm" in finding.message
