/// A problem with the registry database, by kind, so that a shell can match on it (an exit status,
/// an HTTP status) and show its message.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The schema could not be brought up to date (the migrations failed).
    case schema(String)
    /// Another process or request held the database for longer than the busy timeout.
    case busy(String)
    /// A write broke a rule of the schema (a unique key, a foreign key, a check), named by table and
    /// column where SQLite names them. Nothing was changed.
    case constraint(table: String?, column: String?, message: String)
    /// A stored value no longer validates: the database was edited by hand.
    case corrupt(table: String, column: String, id: String, message: String)
    /// The change conflicts with what is stored (a version that exists, a withdrawal already recorded).
    case conflict(String)
    /// Any other failure of a read or a write.
    case failed(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the database '\(path)': \(reason)"
        case .schema(let reason): "cannot prepare the database schema: \(reason)"
        case .busy(let reason): "the database is busy (another process holds it), nothing was changed: \(reason)"
        case .constraint(_, _, let message): "database write failed, nothing was changed: \(message)"
        case .corrupt(_, _, _, let message): message
        case .conflict(let message): message
        case .failed(let message): message
        }
    }

    /// Any other failure, with its message.
    public init(_ message: String) {
        self = .failed(message)
    }

    /// A value that no longer validates in `table.column` of the row `id`.
    static func invalidValue(_ table: String, _ column: String, _ id: String, _ raw: Any?) -> StoreError {
        .corrupt(
            table: table, column: column, id: id,
            message: "the database holds an invalid value in \(table).\(column) for id '\(id)': '\(raw ?? "NULL")'")
    }
}
