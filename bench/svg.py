"""A line chart as SVG, written by hand: axes with round ticks, one polyline per series, dashed
goal lines and a legend. Enough for latency against load; no plotting library needed."""

import math
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

WIDTH, HEIGHT = 720, 420
LEFT, RIGHT, TOP, BOTTOM = 70, 180, 40, 60
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")

Points = Sequence[tuple[float, float]]


def ticks(high: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `high`."""
    if high <= 0:
        return [0.0, 1.0]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(high / step) + 1)]


def _label(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:g}"


def line_chart(path: Path, title: str, x_label: str, y_label: str,
               series: Mapping[str, Points], goals: Sequence[tuple[float, str]] = ()) -> None:
    """Write the chart to `path`; a series is (x, y) points, a goal a horizontal line at y.
    Points without a value (NaN: nothing was measured there) are left out."""
    series = {name: [(x, y) for x, y in data if not (math.isnan(x) or math.isnan(y))]
              for name, data in series.items()}
    points = [p for s in series.values() for p in s]
    x_ticks = ticks(max((x for x, _ in points), default=1.0))
    y_ticks = ticks(max([y for _, y in points] + [g for g, _ in goals] + [1.0]))
    x_max, y_max = x_ticks[-1], y_ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return LEFT + x / x_max * plot_w

    def sy(y: float) -> float:
        return TOP + plot_h - min(y, y_max) / y_max * plot_h

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}"'
           f' viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
           f'<text x="{WIDTH / 2}" y="22" text-anchor="middle" font-size="15">'
           f'{escape(title)}</text>']
    for x in x_ticks:
        out.append(f'<line x1="{sx(x):.1f}" y1="{TOP}" x2="{sx(x):.1f}" y2="{TOP + plot_h}"'
                   ' stroke="#eee"/>')
        out.append(f'<text x="{sx(x):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">'
                   f'{_label(x)}</text>')
    for y in y_ticks:
        out.append(f'<line x1="{LEFT}" y1="{sy(y):.1f}" x2="{LEFT + plot_w}" y2="{sy(y):.1f}"'
                   ' stroke="#eee"/>')
        out.append(f'<text x="{LEFT - 8}" y="{sy(y) + 4:.1f}" text-anchor="end">'
                   f'{_label(y)}</text>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none"'
               ' stroke="#333"/>')
    out.append(f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 18}" text-anchor="middle">'
               f'{escape(x_label)}</text>')
    out.append(f'<text x="18" y="{TOP + plot_h / 2}" text-anchor="middle"'
               f' transform="rotate(-90 18 {TOP + plot_h / 2})">{escape(y_label)}</text>')
    for value, label in goals:
        out.append(f'<line x1="{LEFT}" y1="{sy(value):.1f}" x2="{LEFT + plot_w}"'
                   f' y2="{sy(value):.1f}" stroke="#555" stroke-dasharray="6 4"/>')
        out.append(f'<text x="{LEFT + plot_w - 4}" y="{sy(value) - 5:.1f}" text-anchor="end"'
                   f' fill="#555">{escape(label)}</text>')
    for n, (name, data) in enumerate(series.items()):
        colour = COLOURS[n % len(COLOURS)]
        coords = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in sorted(data))
        out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}"'
                   ' stroke-width="2"/>')
        out += [f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{colour}"/>'
                for x, y in data]
        ly = TOP + 10 + n * 20
        out.append(f'<line x1="{LEFT + plot_w + 12}" y1="{ly}" x2="{LEFT + plot_w + 32}"'
                   f' y2="{ly}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{LEFT + plot_w + 38}" y="{ly + 4}">{escape(name)}</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n")
