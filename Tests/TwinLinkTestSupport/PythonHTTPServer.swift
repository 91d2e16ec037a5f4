import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP server on 127.0.0.1 at a free port, run by Python (`python3 -c SCRIPT ARGS…`) in a
/// process of its own, so that it answers on time however busy the test process's threads are.
/// The script prints the port it listens on as its first line.
/// Unchecked: its process is only started here and stopped once by `stop()`.
public final class PythonHTTPServer: @unchecked Sendable {
    let process: Process
    public let port: Int

    /// Serves the files of `folder` (Python's `SimpleHTTPRequestHandler`: `If-Modified-Since` → 304).
    public static let staticFiles = """
        import functools, http.server, sys
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
        handler.log_message = lambda *args: None
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    public init(script: String, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        // The server must not hold the test runner's own output open.
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        // The port, then the server runs; bounded: a port number is a few bytes.
        while line.count < 16, let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            if byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        self.process = process
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    public var base: String { "http://127.0.0.1:\(port)" }

    /// Stops the server (SIGKILL: the test runner may have SIGTERM blocked, and the child inherits that).
    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
