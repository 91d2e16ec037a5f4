public import Foundation

/// A file of the written report: `report.html` or one CSV per table.
public struct ReportFile: Hashable, Sendable {
    /// The file name, without folders.
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
