public import Foundation
import Mustache
public import TwinLinkDomain

/// Makes the documents people read — briefing packs, personal packs, information material for
/// partner cities and opportunity digests — from plain domain values, through Mustache templates
/// and string catalogues kept as files that a non-programmer can edit and translate.
///
/// Each document comes as HTML (self-contained, readable on a phone, printable on A4) and as
/// Markdown with the same content. Everything a user typed is escaped for the format.
///
/// Languages (see `ReaderLanguage`): the activity pack is in the programme's first language, a
/// personal pack and a digest in their reader's language, the information material in each of the
/// partner city's languages that the programme offers. `DocumentOptions.language` overrides them.
public struct DocumentRenderer: Sendable {
    private let folder: TemplateFolder
    /// Renders every document with swift-mustache, not the compiled templates (to compare them).
    var mustacheOnly = false

    /// The folder of the templates shipped with the module (inside its resource bundle), to copy
    /// as the start of an organisation's own edition; `nil` if the bundle is missing.
    public static var shippedTemplatesFolder: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }

    /// Loads the templates shipped with the module.
    public init() throws(DocumentError) {
        guard let url = Self.shippedTemplatesFolder else {
            throw .templatesNotFound(path: Bundle.module.bundlePath + "/Templates")
        }
        try self.init(templatesFolder: url)
    }

    /// Loads templates from a folder laid out as the shipped one (`html/`, `markdown/`, `strings/`,
    /// `emergency-numbers.json`): an organisation's own edition of the documents.
    public init(templatesFolder: URL) throws(DocumentError) {
        folder = try TemplateFolder(url: templatesFolder)
    }

    /// The languages that have a string catalogue.
    public var languages: [LanguageCode] { folder.catalogues.keys.sorted() }

    /// The catalogue of `language` (English where there is none), e.g. to list its missing keys.
    public func catalogue(for language: LanguageCode) -> StringCatalogue { folder.catalogue(for: language) }

    /// The activity's briefing pack, then one personal pack per delegate, in delegation order.
    ///
    /// Names: `pack-<activity id>` and `pack-<activity id>-<person id>`. Personal packs are rendered
    /// on all processor cores; the result does not depend on how many there are.
    public func briefingPacks(_ input: BriefingPackInput, options: DocumentOptions = DocumentOptions())
        -> [RenderedDocument]
    {
        let jobs = PackJobs(renderer: self, input: input, options: options)
        let results = DocumentSlots(count: jobs.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var views = PackViews()
            for slot in (jobs.count * worker / workers)..<(jobs.count * (worker + 1) / workers) {
                results.set(slot, jobs.render(slot, views: &views))
            }
        }
        return results.documents
    }

    /// As `briefingPacks(_:options:)`, on `workers` tasks of a task group (`ParallelWork`): the same
    /// documents, byte for byte, for any number of workers.
    public func briefingPacks(_ input: BriefingPackInput, options: DocumentOptions = DocumentOptions(), workers: Int)
        async -> [RenderedDocument]
    {
        let jobs = PackJobs(renderer: self, input: input, options: options)
        return await ParallelWork.map(
            Array(0..<jobs.count), workers: workers, state: { PackViews() },
            body: { views, slot in jobs.render(slot, views: &views) })
    }

    /// The packs of one activity: slot 0 is the activity's pack, slot i the personal pack of
    /// participant i - 1.
    private struct PackJobs: Sendable {
        let renderer: DocumentRenderer
        let input: BriefingPackInput
        let options: DocumentOptions
        let builder: BriefingPackBuilder
        let people: [Person]
        let base: String
        let participants: [(person: Person, member: DelegationMember)]

        var count: Int { participants.count + 1 }

        init(renderer: DocumentRenderer, input: BriefingPackInput, options: DocumentOptions) {
            self.renderer = renderer
            self.input = input
            self.options = options
            builder = BriefingPackBuilder(input: input)
            people = input.contacts + input.delegation.flatMap { [$0.contact] + $0.delegates }
            base = "pack-\(input.activity.id.rawValue)"
            var participants: [(person: Person, member: DelegationMember)] = []
            var seen: Set<Identifier<Person>> = []
            for member in input.delegation {
                for person in member.delegates where seen.insert(person.id).inserted {
                    participants.append((person, member))
                }
            }
            self.participants = participants
        }

        func render(_ slot: Int, views cache: inout PackViews) -> RenderedDocument {
            let folder = renderer.folder
            func views(for language: LanguageCode) -> ViewFactory {
                let catalogue = folder.firstAvailable([
                    options.language ?? language, ReaderLanguage.coordinator(input.programme),
                ])
                if let cached = cache.factories[catalogue.language] { return cached }
                let factory = ViewFactory(catalogue: catalogue, people: people)
                cache.factories[catalogue.language] = factory
                return factory
            }
            if slot == 0 {
                let packViews = views(for: options.coordinatorLanguage ?? ReaderLanguage.coordinator(input.programme))
                let view = builder.pack(views: packViews, emergencyNumbers: folder.emergencyNumbers)
                return renderer.render(
                    view, template: "briefing-pack", kind: .briefingPack, name: base,
                    language: packViews.catalogue.language)
            }
            let (person, member) = participants[slot - 1]
            let personViews = views(
                for: ReaderLanguage.of(person, country: input.programme.homeCity.country, programme: input.programme))
            let view = builder.personalPack(
                for: person, of: member, views: personViews, emergencyNumbers: folder.emergencyNumbers)
            return renderer.render(
                view, template: "personal-pack", kind: .personalPack, name: "\(base)-\(person.id.rawValue)",
                language: personViews.catalogue.language)
        }
    }

    /// A worker's views, one factory per language: they cache what they format, so each thread
    /// has its own.
    private struct PackViews {
        var factories: [LanguageCode: ViewFactory] = [:]
    }

    /// The information material for the input's partner city in its first language the programme
    /// offers. Name: `info-material-<city id>`.
    public func informationMaterial(_ input: InformationMaterialInput, options: DocumentOptions = DocumentOptions())
        -> RenderedDocument
    {
        informationMaterials(input, options: options)[0]
    }

    /// The information material for the input's partner city, one document per language of the
    /// city that the programme offers (`ReaderLanguage.informationMaterial`), or only in
    /// `options.language`. Names: `info-material-<city id>` for the first language,
    /// `info-material-<city id>-<language>` for each further one.
    public func informationMaterials(_ input: InformationMaterialInput, options: DocumentOptions = DocumentOptions())
        -> [RenderedDocument]
    {
        let languages =
            options.language.map { [$0] }
            ?? ReaderLanguage.informationMaterial(for: input.partnerCity, programme: input.programme)
        let base = "info-material-\(input.partnerCity.id.rawValue)"
        return languages.enumerated().map { index, language in
            let catalogue = folder.firstAvailable([language, ReaderLanguage.coordinator(input.programme)])
            let views = ViewFactory(catalogue: catalogue, people: input.contacts + [input.cityContact])
            return render(
                InformationMaterialBuilder(input: input).view(views: views), template: "information-material",
                kind: .informationMaterial, name: index == 0 ? base : "\(base)-\(language.rawValue)",
                language: catalogue.language)
        }
    }

    /// Checks that every language is one the documents have a catalogue for; the error lists them.
    public func checkLanguages(_ languages: [LanguageCode]) throws(DocumentError) {
        for language in languages { _ = try folder.requiredCatalogue(for: language) }
    }

    /// The opportunity digest for the input's firm. Name: `digest-<enterprise id>`.
    public func opportunityDigest(_ input: OpportunityDigestInput, options: DocumentOptions = DocumentOptions())
        -> RenderedDocument
    {
        let reader = ReaderLanguage.of(
            input.contact, country: input.programme.homeCity.country, programme: input.programme)
        let catalogue = folder.firstAvailable([options.language ?? reader, ReaderLanguage.coordinator(input.programme)])
        let views = ViewFactory(catalogue: catalogue, people: input.contacts + [input.contact])
        return render(
            OpportunityDigestBuilder(input: input).view(views: views), template: "opportunity-digest",
            kind: .opportunityDigest, name: "digest-\(input.enterprise.id.rawValue)", language: catalogue.language)
    }

    private func render(
        _ view: any DocumentView, template: String, kind: RenderedDocument.Kind, name: String, language: LanguageCode
    )
        -> RenderedDocument
    {
        let context = view.boxed(TemplateBoxer(texts: view.t))
        let html = render(context, template: "html/\(template)")
        let markdown = render(context, template: "markdown/\(template)")
        return RenderedDocument(
            kind: kind, name: name, language: language, html: String(decoding: html, as: UTF8.self),
            markdown: MarkdownTidy.tidy(utf8: markdown))
    }

    /// The compiled template's rendering, or swift-mustache's for what the compiled templates
    /// leave to it; nothing for a template the folder lacks.
    private func render(_ context: [String: TemplateValue], template: String) -> [UInt8] {
        if !mustacheOnly, let text = try? folder.compiled.renderUTF8(context, template: template) { return text }
        return Array((folder.library.render(TemplateValue.object(context).mustache, withTemplate: template) ?? "").utf8)
    }
}
