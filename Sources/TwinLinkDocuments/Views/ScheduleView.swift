/// The 1:1 meetings of an event by day and time slot, each with its table or room.
struct ScheduleView: TemplateView {
    struct Day: TemplateView {
        let date: String
        let slots: [Slot]

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "date": box(date),
                "slots": box(slots),
            ])
        }
    }

    struct Slot: TemplateView {
        let times: [String]
        let timesLine: String
        let meetings: [Meeting]

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "times": box(times),
                "timesLine": box(timesLine),
                "meetings": box(meetings),
            ])
        }
    }

    struct Meeting: TemplateView {
        let table: String
        let sme: String
        let smeAnchor: String
        let partner: String
        let partnerAnchor: String

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "table": box(table),
                "sme": box(sme),
                "smeAnchor": box(smeAnchor),
                "partner": box(partner),
                "partnerAnchor": box(partnerAnchor),
            ])
        }
    }

    let zones: [ZoneHeaderView]
    let summary: String
    let days: [Day]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "zones": box(zones),
            "summary": box(summary),
            "days": box(days),
        ])
    }
}
