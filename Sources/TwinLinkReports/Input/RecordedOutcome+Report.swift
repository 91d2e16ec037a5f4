public import TwinLinkDomain

extension RecordedOutcome {
    public var stage: OutcomeStage { OutcomeStage(kind) }

    /// The contact the outcome is about: the firm and the partner at this activity.
    public var contact: Contact {
        Contact(activityID: activityID, enterpriseID: enterpriseID, partnerEnterpriseID: partnerEnterpriseID)
    }
}
