import TwinLinkDomain

/// Finds the records a command names, with errors that say what exists.
public enum AllocationLookup {
    static func application(_ id: Identifier<Application>, in registry: Registry) throws(TwinLinkError)
        -> Application
    {
        guard let application = registry.applications.first(where: { $0.id == id }) else {
            throw .notFound("no application '\(id)' in the registry (applications.csv)")
        }
        return application
    }
}
