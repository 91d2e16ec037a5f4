import Foundation
import TwinLinkDocuments

/// A temporary copy of the shipped templates, for tests that edit one file.
enum TemplateCopy {
    struct NoShippedTemplates: Error {}

    static func make() throws -> URL {
        guard let shipped = DocumentRenderer.shippedTemplatesFolder else { throw NoShippedTemplates() }
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("twinlink-templates-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: shipped, to: copy)
        return copy
    }
}
