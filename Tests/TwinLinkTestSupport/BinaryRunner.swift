public import Foundation

/// Runs the built `twinlink` executable as a user would, and captures what it prints.
public struct BinaryRunner {
    public struct Result {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    public static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("twinlink")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return RepositoryPaths.root.appendingPathComponent(".build/debug/twinlink")
    }()

    public var environment: [String: String]
    public var workingDirectory: URL

    public init(environment: [String: String] = [:], workingDirectory: URL = RepositoryPaths.root) {
        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "TWINLINK_DB")
        base.removeValue(forKey: "TWINLINK_LANGUAGE")
        self.environment = base.merging(environment) { $1 }
        self.workingDirectory = workingDirectory
    }

    public func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    public func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = workingDirectory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so that a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
