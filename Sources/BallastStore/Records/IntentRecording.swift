/// The outcome of recording an intent: new, or already there (a duplicate submission, which
/// changes nothing and gets the records made the first time).
public enum IntentRecording: Sendable, Hashable {
    case recorded
    case duplicate(IntentRecord, OrderRecord?)
}
