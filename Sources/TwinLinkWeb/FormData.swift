import Foundation
import Hummingbird
import NIOFoundationEssentialsCompat

/// The fields of a submitted form (`application/x-www-form-urlencoded` or `multipart/form-data`),
/// with the files of a multipart upload.
struct FormData: Sendable {
    var values: [String: [String]] = [:]
    var files: [(name: String, filename: String, data: Data)] = []

    subscript(name: String) -> String? { values[name]?.first }

    /// The trimmed value, `nil` when empty.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Reads the body of `request` (at most `limit` bytes).
    static func read(_ request: Request, context: WebContext, limit: Int = 1 << 20) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: max(limit, context.maxUploadSize))
        let data = Data(buffer: buffer)
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard
                let boundary = type.components(separatedBy: "boundary=").last?.trimmingCharacters(
                    in: .init(charactersIn: "\" ")),
                !boundary.isEmpty
            else { throw HTTPError(.badRequest, message: "multipart form without a boundary") }
            return try multipart(data, boundary: boundary)
        }
        return urlEncoded(String(decoding: data, as: UTF8.self))
    }

    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(String(parts[0]))
            let value = parts.count > 1 ? decode(String(parts[1])) : ""
            form.values[name, default: []].append(value)
        }
        return form
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
    }

    /// RFC 7578: parts separated by `--boundary`, each with headers and a body.
    static func multipart(_ data: Data, boundary: String) throws -> FormData {
        var form = FormData()
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Data] = []
        var searchStart = data.startIndex
        var previous: Range<Data.Index>?
        while let range = data.range(of: delimiter, in: searchStart..<data.endIndex) {
            if let previous { parts.append(data[previous.upperBound..<range.lowerBound]) }
            previous = range
            searchStart = range.upperBound
        }
        for var part in parts {
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.count >= 2, part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: headerEnd) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let body = Data(part[split.upperBound...])
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                })
            else { continue }
            let name = parameter("name", in: String(disposition)) ?? ""
            if let filename = parameter("filename", in: String(disposition)) {
                if !filename.isEmpty { form.files.append((name, filename, body)) }
            } else {
                form.values[name, default: []].append(String(decoding: body, as: UTF8.self))
            }
        }
        return form
    }

    private static func parameter(_ key: String, in header: String) -> String? {
        for item in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard item.hasPrefix("\(key)=") else { continue }
            return String(item.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
