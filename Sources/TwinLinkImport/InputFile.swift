public import Foundation

/// One input file as data: its bytes and the name messages give it (the path as the user typed
/// it, or an upload's file name). A file from a folder and the same file uploaded go through the
/// same code and give the same FILE:LINE messages, each naming what the user gave.
public struct InputFile: Sendable, Hashable {
    /// How messages name the file: `fixtures/attendance/day-1.csv`, or `day-1.csv` for an upload.
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The file's own name without any folder: `day-1.csv`.
    public var fileName: String { (name as NSString).lastPathComponent }

    /// The file at `path`, named as given; `nil` when it cannot be read.
    public static func contents(ofPath path: String) -> InputFile? {
        FileManager.default.contents(atPath: path).map { InputFile(name: path, data: $0) }
    }
}
