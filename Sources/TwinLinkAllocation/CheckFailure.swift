public import TwinLinkLocalization

/// A check of the processing order that an application failed, with what the firm reads: a
/// message for the reader's language and its English sentence.
public struct CheckFailure: Hashable, Sendable, Codable {
    public var step: ProcessingStep
    public var reason: ReasonCode
    /// The English sentence (what versions stored before messages show in every language).
    public var sentence: String
    /// The sentence as a message; `nil` in decisions stored before messages.
    public var message: Message?

    public init(step: ProcessingStep, reason: ReasonCode, sentence: String, message: Message? = nil) {
        self.step = step
        self.reason = reason
        self.sentence = sentence
        self.message = message
    }
}
