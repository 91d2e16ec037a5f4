/// The opportunity digest for one local SME, as the templates see it.
struct OpportunityDigestView: DocumentView {
    /// What the digest shows of an event whatever the firm: made once per language and run.
    struct EventFacts: Sendable {
        let kind: String
        let place: String
        let dates: String
        let venue: String
        let activities: [InviteView]
    }

    struct Event: TemplateView {
        let anchor: String
        let name: String
        let kind: String
        let place: String
        let dates: String
        let venue: String?
        let reasons: [String]
        let status: String?
        let activities: [InviteView]

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "anchor": box(anchor),
                "name": box(name),
                "kind": box(kind),
                "place": box(place),
                "dates": box(dates),
                "venue": box(venue),
                "reasons": box(reasons),
                "status": box(status),
                "activities": box(activities),
            ])
        }
    }

    let t: TemplateTexts
    let page: PageView
    let greeting: String
    let intro: String
    let firm: FirmView
    let notices: [String]
    let partners: [PartnerView]
    /// How many matching partners the bounded list leaves out, as a sentence.
    let morePartners: String?
    let events: [Event]
    let moreEvents: String?
    let otherEvents: [Event]
    let moreOtherEvents: String?
    let howToApply: [String]
    let contacts: [PersonView]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "t": box(t),
            "page": box(page),
            "greeting": box(greeting),
            "intro": box(intro),
            "firm": box(firm),
            "notices": box(notices),
            "partners": box(partners),
            "morePartners": box(morePartners),
            "events": box(events),
            "moreEvents": box(moreEvents),
            "otherEvents": box(otherEvents),
            "moreOtherEvents": box(moreOtherEvents),
            "howToApply": box(howToApply),
            "contacts": box(contacts),
        ])
    }
}
