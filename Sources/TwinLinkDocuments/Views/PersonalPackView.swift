/// One participant's own pack: their meetings, counterparts, invites and costs.
struct PersonalPackView: DocumentView {
    struct Meeting: TemplateView {
        let day: String
        /// The meeting's time on each column's clock, with the column's cities.
        let zoneTimes: [LabelledValue]
        let timesLine: String
        let table: String
        let partner: String
        let partnerAnchor: String
        let city: String

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "day": box(day),
                "zoneTimes": box(zoneTimes),
                "timesLine": box(timesLine),
                "table": box(table),
                "partner": box(partner),
                "partnerAnchor": box(partnerAnchor),
                "city": box(city),
            ])
        }
    }

    let t: TemplateTexts
    let page: PageView
    let glance: [LabelledValue]
    let meetings: [Meeting]
    let meetingsSummary: String
    let invites: [InviteView]
    let timetable: TimetableView
    let travel: [LabelledValue]
    let venue: VenueView?
    let joinURL: String?
    let costs: CostsView
    let counterparts: [PartnerView]
    let checklist: [String]
    let emergency: EmergencyView

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "t": box(t),
            "page": box(page),
            "glance": box(glance),
            "meetings": box(meetings),
            "meetingsSummary": box(meetingsSummary),
            "invites": box(invites),
            "timetable": box(timetable),
            "travel": box(travel),
            "venue": box(venue),
            "joinURL": box(joinURL),
            "costs": box(costs),
            "counterparts": box(counterparts),
            "checklist": box(checklist),
            "emergency": box(emergency),
        ])
    }
}
