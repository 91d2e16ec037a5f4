/// A check of the processing order that an application failed, with the sentence for the firm.
public struct CheckFailure: Hashable, Sendable, Codable {
    public var step: ProcessingStep
    public var reason: ReasonCode
    public var sentence: String

    public init(step: ProcessingStep, reason: ReasonCode, sentence: String) {
        self.step = step
        self.reason = reason
        self.sentence = sentence
    }
}
