public import TwinLinkDomain

extension InviteWriter {
    /// The `.ics` texts of `messages` in their order, written on `workers` tasks of a task group
    /// (`ParallelWork`), each message's text or its error in its place. The texts are those of
    /// `write(_:)`, byte for byte, for any number of workers; the writer's templates are shared.
    public func write(_ messages: [InviteMessage], workers: Int = ParallelWork.defaultWorkers) async
        -> [Result<String, InviteWriteError>]
    {
        await ParallelWork.map(messages, workers: workers) { message in
            Result { () throws(InviteWriteError) -> String in try write(message) }
        }
    }
}
