/// The figures every breakdown of the report shows for its rows (see docs/reports.md for each
/// definition): the delegation, who came, the 1:1 meetings and what came of the contacts.
struct ParticipationFigures: Equatable {
    var activities = 0
    /// Applications not withdrawn, to the events of the activities.
    var applications = 0
    /// Of those, accepted into the delegation.
    var accepted = 0
    /// Person-activity pairs the activities expected.
    var invited = 0
    var attended = 0
    var noShows = 0
    var excused = 0
    var lateCancellations = 0
    var meetingsRequested = 0
    var meetingsScheduled = 0
    var meetingsHeld = 0
    /// Contacts whose furthest outcome is a lead or further.
    var leads = 0
    var jointProjects = 0
    var ratingSum = 0
    var ratingCount = 0

    /// No-shows among those still expected on the day: attended, no-show or late cancellation.
    var noShowRateTenths: Int? {
        Ratio.percentTenths(noShows, of: attended + noShows + lateCancellations)
    }

    var averageRatingHundredths: Int? { Ratio.averageHundredths(sum: ratingSum, count: ratingCount) }
}
