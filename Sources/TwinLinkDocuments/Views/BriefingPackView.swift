/// The activity briefing pack for the coordinator and the whole delegation, as the templates see it.
struct BriefingPackView: DocumentView {
    let t: TemplateTexts
    let page: PageView
    let glance: [LabelledValue]
    let event: EventView
    let timetable: TimetableView
    let travel: [LabelledValue]
    let venue: VenueView?
    let joinURL: String?
    let costs: CostsView
    let cities: [CityView]
    let firms: [FirmView]
    let partners: [PartnerView]
    let schedule: ScheduleView?
    let regulations: [String]
    let checklist: [String]
    let emergency: EmergencyView

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "t": box(t),
            "page": box(page),
            "glance": box(glance),
            "event": box(event),
            "timetable": box(timetable),
            "travel": box(travel),
            "venue": box(venue),
            "joinURL": box(joinURL),
            "costs": box(costs),
            "cities": box(cities),
            "firms": box(firms),
            "partners": box(partners),
            "schedule": box(schedule),
            "regulations": box(regulations),
            "checklist": box(checklist),
            "emergency": box(emergency),
        ])
    }
}
