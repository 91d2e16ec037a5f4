/// An agenda by day, with each item's time in every column's zone.
struct TimetableView: TemplateView {
    struct Day: TemplateView {
        let date: String
        let rows: [Row]

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "date": box(date),
                "rows": box(rows),
            ])
        }
    }

    struct Row: TemplateView {
        let times: [String]
        /// The times with their cities on one line, for the Markdown edition.
        let timesLine: String
        let title: String

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "times": box(times),
                "timesLine": box(timesLine),
                "title": box(title),
            ])
        }
    }

    let zones: [ZoneHeaderView]
    let days: [Day]
    /// Which partner cities keep the home city's time, when they have no column.
    let note: String?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "zones": box(zones),
            "days": box(days),
            "note": box(note),
        ])
    }
}
