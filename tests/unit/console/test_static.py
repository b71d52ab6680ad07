"""The console's own front-end files: htmx vendored at the pinned version, fonts for Kazakh."""

import hashlib
import re
from importlib import resources

from services.console.charts import Bar, stacked_bars

STATIC = resources.files("services.console").joinpath("static")
HTMX_SHA256 = "d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717"


def test_htmx_is_the_pinned_file_its_readme_names():
    body = STATIC.joinpath("vendor", "htmx-2.0.11.min.js").read_bytes()
    assert hashlib.sha256(body).hexdigest() == HTMX_SHA256
    readme = STATIC.joinpath("vendor", "README.md").read_text()
    assert HTMX_SHA256 in readme and "2.0.11" in readme


def test_the_pages_load_htmx_from_the_console_itself():
    base = resources.files("services.console").joinpath("templates", "base.html").read_text()
    scripts = re.findall(r'<script src="([^"]+)"', base)
    assert "/static/vendor/htmx-2.0.11.min.js" in scripts
    assert all(s.startswith("/static/") for s in scripts)  # no CDN


def test_the_fonts_cover_the_kazakh_letters_and_tenge():
    css = STATIC.joinpath("fonts.css").read_text()
    for subset in ("cyrillic", "cyrillic-ext", "latin-ext"):
        assert f"noto-sans-{subset}-400-normal.woff2" in css
        assert STATIC.joinpath("fonts", f"noto-sans-{subset}-400-normal.woff2").is_file()
    assert "U+0460-052F" in css  # Ә Ғ Қ Ң Ө Ұ Ү Һ
    assert "U+20AD-20C0" in css  # ₸ (U+20B8)


def test_a_chart_is_an_svg_picture_with_a_title_and_its_figures():
    svg = stacked_bars("Cases per district", ["On time", "Late"],
                       [Bar("Talgar", (3, 1)), Bar("Ile <&>", (0, 2))])
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title>Cases per district</title>" in svg
    assert "Ile &lt;&amp;&gt;" in svg  # labels are escaped
    assert svg.count("<rect") == 3  # a zero is drawn as nothing
    assert ">4</text>" in svg and ">2</text>" in svg  # totals beside the bars


def test_an_empty_chart_still_draws():
    assert "<svg" in stacked_bars("None", ["On time"], [])
