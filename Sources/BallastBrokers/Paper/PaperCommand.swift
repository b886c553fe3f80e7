import BallastCore

/// One state change of the paper venue, as the journal records it. Replaying a venue's
/// commands in order on a new venue rebuilds it exactly.
public enum PaperCommand: Sendable, Codable, Hashable {
    /// Replaces the venue's settings (the first line of every journal).
    case configure(PaperVenueSettings)
    case submit(OrderRequest, at: Timestamp, options: PaperSubmitOptions)
    case cancel(ClientOrderID, account: String, at: Timestamp)
    case quote(PaperQuote)
}

extension PaperVenue {
    /// Applies `command` and returns what its operation returned: the order for a submission
    /// or cancellation, nil for settings and quotes, or the operation's error.
    @discardableResult
    public mutating func apply(_ command: PaperCommand) -> Result<BrokerOrder?, BrokerError> {
        switch command {
        case .configure(let settings):
            self.settings = settings
            return .success(nil)
        case .submit(let request, let time, let options):
            do throws(BrokerError) { return .success(try submit(request, at: time, options: options)) } catch { return .failure(error) }
        case .cancel(let id, let account, let time):
            do throws(BrokerError) { return .success(try cancel(id, account: account, at: time)) } catch { return .failure(error) }
        case .quote(let quote):
            apply(quote: quote)
            return .success(nil)
        }
    }
}
