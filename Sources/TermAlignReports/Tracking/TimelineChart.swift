/// One concept's occurrences per period as stacked bars, one colour per rendering: inline SVG drawn
/// from numbers only (no script, no network), with a tooltip (`title`) on every bar segment and the
/// whole chart described for screen readers.
struct TimelineChart {
    /// The axis: every period, those without an occurrence included.
    let periods: [String]
    /// Each rendering's counts by period, in the legend's order (its colour is its position).
    let series: [[String: Int]]
    /// The rendering each series counts, for the tooltips.
    let labels: [String]
    /// What the chart shows, in words.
    let summary: String

    static let width = 960.0, height = 240.0
    static let left = 48.0, right = 8.0, top = 10.0, bottom = 30.0
    /// Colours that stay apart for the common colour-vision deficiencies (Okabe and Ito's set, with
    /// brown and grey for its yellow and black); renderings past the eighth reuse them.
    static let palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c6d31", "#7f7f7f"]

    func write(_ html: HTMLWriter) {
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let totals = periods.map { period in series.reduce(0) { $0 + ($1[period] ?? 0) } }
        let step = Self.step(for: totals.max() ?? 0)
        let ceiling = Double(max(1, ((totals.max() ?? 0) + step - 1) / step) * step)
        let slot = plotWidth / Double(max(1, periods.count))
        let barWidth = max(slot * 0.8, 0.3)
        let base = Self.top + plotHeight
        html.element(.svg, .class("timeline"), HTMLAttribute(.viewBox, "0 0 \(Self.number(Self.width)) \(Self.number(Self.height))"),
                     HTMLAttribute(.role, "img"), HTMLAttribute(.ariaLabel, summary)) {
            html.element(.title, text: summary)
            html.element(.g, .class("grid")) {
                for value in stride(from: 0, through: Int(ceiling), by: step) {
                    let y = base - Double(value) / ceiling * plotHeight
                    // Not a void element in SVG: without its end tag the labels after it would be its children.
                    html.element(.line, HTMLAttribute(.x1, Self.number(Self.left)), HTMLAttribute(.y1, Self.number(y)),
                                 HTMLAttribute(.x2, Self.number(Self.left + plotWidth)), HTMLAttribute(.y2, Self.number(y))) {}
                    html.element(.text, HTMLAttribute(.x, Self.number(Self.left - 6)), HTMLAttribute(.y, Self.number(y + 4)),
                                 HTMLAttribute(.textAnchor, "end"), text: "\(value)")
                }
            }
            for (index, period) in periods.enumerated() where totals[index] > 0 {
                var y = base
                let x = Self.left + Double(index) * slot + (slot - barWidth) / 2
                html.element(.g, .class("bar")) {
                    for (position, counts) in series.enumerated() {
                        guard let count = counts[period], count > 0 else { continue }
                        let height = Double(count) / ceiling * plotHeight
                        y -= height
                        html.element(.rect, .class("r\(position % Self.palette.count)"), HTMLAttribute(.x, Self.number(x)),
                                     HTMLAttribute(.y, Self.number(y)), HTMLAttribute(.width, Self.number(barWidth)),
                                     HTMLAttribute(.height, Self.number(height))) {
                            html.element(.title, text: "\(period): \(labels[position]) — \(count)")
                        }
                    }
                }
            }
            html.element(.g, .class("axis")) {
                let labelEvery = max(1, (periods.count + 11) / 12)
                for (index, period) in periods.enumerated() where index % labelEvery == 0 {
                    html.element(.text, HTMLAttribute(.x, Self.number(Self.left + (Double(index) + 0.5) * slot)),
                                 HTMLAttribute(.y, Self.number(base + 18)), HTMLAttribute(.textAnchor, "middle"), text: period)
                }
            }
        }
    }

    /// A step of 1, 2 or 5 times a power of ten that divides `maximum` into at most five gridlines.
    static func step(for maximum: Int) -> Int {
        var scale = 1
        while true {
            for factor in [1, 2, 5] where factor * scale * 5 >= maximum { return factor * scale }
            scale *= 10
        }
    }

    /// A coordinate to a tenth, without a trailing ".0": the same bytes on every platform.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The chart's style: the palette as classes, so the legend's swatches share it.
    static let style: HTMLAsset = {
        var rules = "svg.timeline{width:100%;max-width:960px;height:auto;display:block}"
            + "svg.timeline text{font-size:12px;fill:#444}svg.timeline .grid line{stroke:#e2e2e2}"
            + "table.overview td.date{white-space:nowrap}"
            + "span.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.35em}"
        for (index, colour) in palette.enumerated() {
            rules += "svg.timeline rect.r\(index),span.swatch.r\(index){fill:\(colour);background:\(colour)}"
        }
        return HTMLAsset(generated: rules)
    }()
}
