public import Foundation

/// Prints an HTML document to PDF with headless Chromium, where it is installed.
///
/// Chromium lays the page out with the document's own print stylesheet (A4, page breaks between
/// sections). Where no Chromium is found, `locate` returns `nil` and `unavailableMessage` says why,
/// so callers skip PDFs with a clear message instead of failing.
public struct PDFPrinter: Sendable {
    /// The Chromium executable used.
    public let executable: URL

    /// Names tried on `PATH`, in order.
    public static let candidateNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// What to tell the user when no Chromium is found.
    public static let unavailableMessage =
        "PDF skipped: headless Chromium not found (looked for \(candidateNames.joined(separator: ", ")) on PATH "
        + "and TWINLINK_CHROMIUM); install it (Debian: apt-get install chromium) to get PDFs"

    public init(executable: URL) {
        self.executable = executable
    }

    /// Finds Chromium: `TWINLINK_CHROMIUM` if it names an executable, else the first candidate on `PATH`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFPrinter? {
        let fileManager = FileManager.default
        if let explicit = environment["TWINLINK_CHROMIUM"], fileManager.isExecutableFile(atPath: explicit) {
            return PDFPrinter(executable: URL(fileURLWithPath: explicit))
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in candidateNames {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if fileManager.isExecutableFile(atPath: path) {
                    return PDFPrinter(executable: URL(fileURLWithPath: path))
                }
            }
        }
        return nil
    }

    /// Prints the HTML file at `html` to `pdf`, waiting at most `timeout` seconds.
    public func print(html: URL, to pdf: URL, timeout: TimeInterval = 120) throws(PDFPrintError) {
        let process = Process()
        process.executableURL = executable
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("twinlink-chromium-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
            "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .launchFailed(executable: executable.path, problem: error.localizedDescription)
        }
        let finished = DispatchSemaphore(value: 0)
        let stderr = ErrorCollector()
        DispatchQueue.global().async {
            stderr.set(errors.fileHandleForReading.readDataToEndOfFile())
            process.waitUntilExit()
            finished.signal()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw .timedOut(seconds: Int(timeout))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            throw .failed(status: process.terminationStatus, message: stderr.text)
        }
    }
}

/// Collects a child's error output from another thread.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ data: Data) { lock.withLock { self.data = data } }

    var text: String {
        lock.withLock {
            String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
        }
    }
}

/// Why a PDF could not be printed.
public enum PDFPrintError: Error, Equatable, CustomStringConvertible {
    case launchFailed(executable: String, problem: String)
    case timedOut(seconds: Int)
    case failed(status: Int32, message: String)

    public var description: String {
        switch self {
        case .launchFailed(let executable, let problem): "cannot start \(executable): \(problem)"
        case .timedOut(let seconds): "Chromium did not finish printing the PDF within \(seconds) s"
        case .failed(let status, let message): "Chromium failed to print the PDF (exit status \(status)): \(message)"
        }
    }
}
