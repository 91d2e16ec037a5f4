/// A person as the documents show them: name, role, organisation and how to reach them.
struct PersonView: TemplateView {
    let name: String
    let jobTitle: String?
    let organisation: String?
    let email: String
    let phone: String?
    let languages: String?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "name": box(name),
            "jobTitle": box(jobTitle),
            "organisation": box(organisation),
            "email": box(email),
            "phone": box(phone),
            "languages": box(languages),
        ])
    }
}
