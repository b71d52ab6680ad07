"""Charts drawn on the server as SVG (no chart library, no CDN): stacked horizontal bars.

Each chart is a picture with a title and a description for screen readers; the same figures
are in the table beside it, so nothing is only in the picture.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# colours with at least 3:1 contrast against white and between neighbours
SERIES_COLOURS = ("#1e6b35", "#b3261e", "#04609f", "#8a4b00")


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one per series
    href: str | None = None  # drill-down


def stacked_bars(title: str, series: Sequence[str], bars: Sequence[Bar],
                 width: int = 720) -> str:
    label_w, row_h, gap, top = 220, 26, 10, 8
    plot_w = width - label_w - 70
    top_value = max((sum(b.values) for b in bars), default=0) or 1
    height = top + len(bars) * (row_h + gap) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    for i, bar in enumerate(bars):
        y = top + i * (row_h + gap)
        parts.append(f'<text x="{label_w - 8}" y="{y + row_h * 0.68:.1f}" text-anchor="end" '
                     f'font-size="13" fill="#1b1f23">{escape(bar.label)}</text>')
        x = float(label_w)
        for value, name, colour in zip(bar.values, series, SERIES_COLOURS, strict=False):
            w = plot_w * value / top_value
            if w > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h}" '
                             f'fill="{colour}"><title>{escape(name)}: {value}</title></rect>')
            x += w
        total = sum(bar.values)
        parts.append(f'<text x="{x + 6:.1f}" y="{y + row_h * 0.68:.1f}" font-size="13" '
                     f'fill="#1b1f23">{total}</text>')
    parts.append("</svg>")
    return "".join(parts)
