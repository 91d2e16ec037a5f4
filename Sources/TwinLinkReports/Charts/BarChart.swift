/// A horizontal bar chart drawn as SVG from the report's own figures. Every bar carries its label
/// on the left and its value in words on the right, so nobody has to match colours to a legend.
public struct BarChart: Hashable, Sendable {
    /// How a segment is coloured: the first thing measured, the second, or the whole it is part of.
    public enum Tone: String, Hashable, Sendable {
        case primary, secondary, background
    }

    public struct Segment: Hashable, Sendable {
        public let value: Int64
        public let tone: Tone

        public init(_ value: Int64, _ tone: Tone) {
            self.value = max(0, value)
            self.tone = tone
        }
    }

    public struct Bar: Hashable, Sendable {
        /// Left of the bar: what it is about (empty for the second bar of a group).
        public let label: String
        /// Stacked left to right.
        public let segments: [Segment]
        /// Drawn behind the segments, e.g. the invited people behind those who attended.
        public let whole: Int64?
        /// Right of the bar: the figures in words, such as `9 of 12 attended`.
        public let caption: String

        public init(label: String, segments: [Segment], whole: Int64? = nil, caption: String) {
            self.label = label
            self.segments = segments
            self.whole = whole.map { max(0, $0) }
            self.caption = caption
        }

        var length: Int64 { max(segments.reduce(0) { $0 + $1.value }, whole ?? 0) }
    }

    /// Names the chart in the page, and its accessible title.
    public let id: String
    public let title: String
    /// Bars in groups; groups are set apart by a gap.
    public let groups: [[Bar]]

    public init(id: String, title: String, groups: [[Bar]]) {
        self.id = id
        self.title = title
        self.groups = groups.filter { !$0.isEmpty }
    }

    // Layout in SVG user units; the drawing scales to the page width.
    static let labelWidth = 300
    static let barArea = 400
    static let captionWidth = 260
    static let barHeight = 18
    static let barGap = 6
    static let groupGap = 12
    static let top = 8

    /// The SVG element, with every text escaped.
    public var svg: String {
        let longest = groups.joined().map(\.length).max() ?? 0
        let width = Self.labelWidth + Self.barArea + Self.captionWidth
        var y = Self.top
        var body = ""
        for (groupIndex, group) in groups.enumerated() {
            if groupIndex > 0 { y += Self.groupGap }
            for bar in group {
                let textY = y + Self.barHeight - 5
                if !bar.label.isEmpty {
                    body +=
                        "<text class=\"label\" x=\"\(Self.labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">"
                        + SVGText.escape(SVGText.truncated(bar.label, to: 42)) + "</text>"
                }
                if let whole = bar.whole {
                    body += rect(x: Self.labelWidth, y: y, width: scaled(whole, longest), tone: .background)
                }
                var x = Self.labelWidth
                for segment in bar.segments {
                    let width = scaled(segment.value, longest)
                    body += rect(x: x, y: y, width: width, tone: segment.tone)
                    x += width
                }
                let end = Self.labelWidth + scaled(bar.length, longest) + 6
                body += "<text class=\"caption\" x=\"\(end)\" y=\"\(textY)\">" + SVGText.escape(bar.caption) + "</text>"
                y += Self.barHeight + Self.barGap
            }
        }
        let height = y + Self.top
        return "<svg class=\"chart\" id=\"chart-\(id)\" role=\"img\" aria-labelledby=\"chart-\(id)-title\" "
            + "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"chart-\(id)-title\">\(SVGText.escape(title))</title>" + body + "</svg>"
    }

    private func scaled(_ value: Int64, _ longest: Int64) -> Int {
        guard longest > 0, value > 0 else { return 0 }
        return max(1, Int(value * Int64(Self.barArea) / longest))
    }

    private func rect(x: Int, y: Int, width: Int, tone: Tone) -> String {
        guard width > 0 else { return "" }
        return
            "<rect class=\"\(tone.rawValue)\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(Self.barHeight)\"/>"
    }
}
